"""Prose: someone tells a colleague the ad server admin password in 40 new languages."""
import random, json
from common120 import *

TYPE = "ad_server_admin_password_shared_in_message"
# (iso639-3, iso639-1 or '', English name, sentence with {v})
LANGS = [
 ("fra", "fr", "French", "Le mot de passe admin du serveur publicitaire est {v} , merci de ne pas le transférer."),
 ("ita", "it", "Italian", "La password admin dell'ad server è {v} , per favore non inoltrarla."),
 ("por", "pt", "Portuguese", "A senha de admin do ad server é {v} , por favor não encaminhe."),
 ("ron", "ro", "Romanian", "Parola de admin pentru ad server este {v} , te rog nu o trimite mai departe."),
 ("pol", "pl", "Polish", "Hasło admina do serwera reklam to {v} , proszę nie przekazuj go dalej."),
 ("ces", "cs", "Czech", "Heslo admina k reklamnímu serveru je {v} , prosím nepřeposílej ho."),
 ("ukr", "uk", "Ukrainian", "Пароль адміна рекламного сервера {v} , будь ласка, не пересилай його."),
 ("rus", "ru", "Russian", "Пароль админа рекламного сервера {v} , пожалуйста, не пересылай его."),
 ("srp", "sr", "Serbian", "Лозинка админа за рекламни сервер је {v} , молим те не прослеђуј је."),
 ("mkd", "mk", "Macedonian", "Лозинката за админ на рекламниот сервер е {v} , те молам не ја препраќај."),
 ("nob", "nb", "Norwegian Bokmal", "Admin-passordet til annonseserveren er {v} , ikke videresend det."),
 ("dan", "da", "Danish", "Admin-adgangskoden til annonceserveren er {v} , lad være med at videresende den."),
 ("swe", "sv", "Swedish", "Adminlösenordet till annonsservern är {v} , vidarebefordra det inte."),
 ("isl", "is", "Icelandic", "Lykilorð stjórnanda auglýsingaþjónsins er {v} , vinsamlegast ekki áframsenda það."),
 ("fao", "fo", "Faroese", "Loyniorðið hjá umsitaranum á lýsingarambætaranum er {v} , vinarliga send tað ikki víðari."),
 ("ltz", "lb", "Luxembourgish", "D'Admin-Passwuert vum Reklammeserver ass {v} , w.e.g. net weiderschécken."),
 ("glg", "gl", "Galician", "O contrasinal de admin do servidor de anuncios é {v} , por favor non o reenvíes."),
 ("oci", "oc", "Occitan", "Lo senhal d'admin del servidor de reclama es {v} , mercés de lo pas transmetre."),
 ("bre", "br", "Breton", "Ger-tremen an admin evit ar servijer bruderezh eo {v} , na gas ket anezhañ da zen all mar plij."),
 ("tur", "tr", "Turkish", "Reklam sunucusunun admin şifresi {v} , lütfen kimseye iletme."),
 ("uzb", "uz", "Uzbek", "Reklama serverining admin paroli {v} , iltimos, uni boshqalarga yuborma."),
 ("kaz", "kk", "Kazakh", "Жарнама серверінің админ құпиясөзі {v} , өтінемін, оны ешкімге жіберме."),
 ("mon", "mn", "Mongolian", "Зар сурталчилгааны серверийн админы нууц үг {v} , бусдад бүү дамжуулаарай."),
 ("heb", "he", "Hebrew", "הסיסמה של האדמין בשרת הפרסומות היא {v} , בבקשה אל תעביר אותה הלאה."),
 ("ara", "ar", "Arabic", "كلمة مرور المدير لخادم الإعلانات هي {v} ، من فضلك لا تعيد توجيهها."),
 ("hin", "hi", "Hindi", "विज्ञापन सर्वर का एडमिन पासवर्ड {v} है , कृपया इसे आगे मत भेजना।"),
 ("ben", "bn", "Bengali", "বিজ্ঞাপন সার্ভারের অ্যাডমিন পাসওয়ার্ড {v} , দয়া করে কাউকে ফরওয়ার্ড করবেন না।"),
 ("mar", "mr", "Marathi", "जाहिरात सर्व्हरचा ॲडमिन पासवर्ड {v} आहे , कृपया तो पुढे पाठवू नकोस."),
 ("nep", "ne", "Nepali", "विज्ञापन सर्भरको एडमिन पासवर्ड {v} हो , कृपया अरूलाई नपठाउनुहोस्।"),
 ("sin", "si", "Sinhala", "දැන්වීම් සර්වරයේ ඇඩ්මින් මුරපදය {v} , කරුණාකර එය වෙන කෙනෙකුට යවන්න එපා."),
 ("tel", "te", "Telugu", "యాడ్ సర్వర్ అడ్మిన్ పాస్‌వర్డ్ {v} , దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
 ("khm", "km", "Khmer", "ពាក្យសម្ងាត់អ្នកគ្រប់គ្រងម៉ាស៊ីនមេពាណិជ្ជកម្មគឺ {v} សូមកុំបញ្ជូនបន្ត។"),
 ("ind", "id", "Indonesian", "Kata sandi admin ad server adalah {v} , tolong jangan diteruskan ke siapa pun."),
 ("zul", "zu", "Zulu", "Iphasiwedi ka-admin yeseva yezikhangiso ithi {v} , ngicela ungayidluliseli."),
 ("yor", "yo", "Yoruba", "Ọ̀rọ̀ aṣínà admin ti ad server ni {v} , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹlòmíràn."),
 ("hau", "ha", "Hausa", "Kalmar sirri ta admin na sabar talla ita ce {v} , don Allah kada ka tura wa kowa."),
 ("orm", "om", "Oromo", "Jecha icciitii admin ad server {v} dha , maaloo nama biraatti hin ergin."),
 ("nya", "ny", "Chichewa", "Mawu achinsinsi a admin a seva ya zotsatsa ndi {v} , chonde usawatumize kwa ena."),
 ("sot", "st", "Sesotho", "Phasewete ya admin ya seva ya dipapatso ke {v} , ka kopo o se ke wa e fetisetsa."),
 ("tsn", "tn", "Tswana", "Lefoko la sephiri la admin la seva ya dipapatso ke {v} , tsweetswee o se ka wa le romela pele."),
 ("haw", "", "Hawaiian", "ʻO ka ʻōlelo huna admin o ka ad server ʻo {v} , mai hoʻouna aku iā haʻi."),
 ("ton", "to", "Tongan", "Ko e lea fufū ʻa e admin ʻo e ad server ko {v} , kātaki ʻoua ʻe fakaʻaliʻali ki ha taha."),
 ("fij", "fj", "Fijian", "Na vosa vuni ni admin ni ad server e {v} , yalovinaka kakua ni vakauta yani."),
 ("que", "qu", "Quechua", "Ad server admin pakasqa simin {v} , ama pimanpas apachinkichu."),
 ("grn", "gn", "Guarani", "Ad server admin ñe'ẽñemi ha'e {v} , ani remondo ambue tapichápe."),
 ("hat", "ht", "Haitian Creole", "Modpas admin sèvè piblisite a se {v} , tanpri pa voye l bay pèsonn."),
 ("jpn", "ja", "Japanese", "広告サーバーの管理者パスワードは {v} です 。転送しないでください。"),
 ("kor", "ko", "Korean", "광고 서버 관리자 비밀번호는 {v} 입니다 , 다른 사람에게 전달하지 마세요."),
 ("zho", "zh", "Chinese", "广告服务器的管理员密码是 {v} ，请不要转发。"),
]

FORMATS = [
 ("adops_whatsapp_export_line", lambda s: "[14/03, 09:12] Mira: " + s),
 ("agency_mail_reply_body", lambda s: "Re: ad server access\n\n" + s + "\n\n-- \nM."),
 ("ad_platform_support_ticket_note", lambda s: "Ticket #48213 - internal note:\n" + s),
 ("trafficking_team_chat_json", lambda s: json.dumps({"user": "k.ito", "ts": "1710407521.0042", "text": s}, ensure_ascii=False)),
 ("publisher_forum_private_message", lambda s: "PM from pub_ops_lead:\n> " + s),
 ("ad_ops_call_transcript_line", lambda s: "00:04:17 Speaker 2: " + s),
 ("sales_engineer_sms_row", lambda s: "2024-03-14 09:12,+15550104477,in," + s),
 ("campaign_brief_sticky_note_scan", lambda s: "[scan p.3, handwritten note]\n" + s),
]

def select(deny):
    names, langs, words = set(deny["names"]), set(deny["langs"]), set(deny["words"])
    kept, dropped = [], []
    for L in LANGS:
        code3, code1, en, sent = L
        bad = code3 in names or code3 in langs or (code1 and (code1 in langs or code1 in names))
        for w in en.lower().split():
            if w in langs or w in words:
                bad = True
        (dropped if bad else kept).append(L)
    return kept, dropped

def generate(idgen, deny, limit=40):
    r = random.Random(12004)
    kept, dropped = select(deny)
    kept = kept[:limit]
    out = []
    for i, (c3, c1, en, sent) in enumerate(kept):
        fmt, f = FORMATS[i % len(FORMATS)]
        v = owner_password(r)
        s = sent.replace("{v}", MARK)
        t = f(s)
        text, a, b = fill(t, v)
        out.append(rec_pos(idgen(), TYPE, fmt + "__" + c3, text, a, b, "prose"))
    return out, dropped, kept
