"""Prose: someone shares the sportsbook back-office password in a message, 40 new languages."""
import random
from common114 import owner_pw

X = "\ue000"
# (iso639-3, iso639-1 or '', English name, sentence with X set off by spaces)
LANGS = [
    ("nld", "nl", "Dutch", "Het wachtwoord voor de sportsbook-backoffice is X , stuur het alsjeblieft niet door."),
    ("fra", "fr", "French", "Le mot de passe du back-office du sportsbook est X , merci de ne pas le transmettre."),
    ("ita", "it", "Italian", "La password del back office delle scommesse è X , per favore non inoltrarla."),
    ("por", "pt", "Portuguese", "A senha do back office das apostas é X , por favor não a repasse."),
    ("rus", "ru", "Russian", "Пароль от бэк-офиса букмекерской платформы: X , пожалуйста, никому его не пересылай."),
    ("nob", "nb", "Norwegian Bokmal", "Passordet til backoffice for oddsplattformen er X , ikke send det videre."),
    ("isl", "is", "Icelandic", "Lykilorðið að bakvinnslukerfi veðmálanna er X , vinsamlegast ekki áframsenda það."),
    ("ltz", "lb", "Luxembourgish", "D'Passwuert fir de Backoffice vun de Wetten ass X , schéck et w.e.g. net weider."),
    ("glg", "gl", "Galician", "O contrasinal do backoffice das apostas é X , por favor non o reenvíes."),
    ("srp", "sr", "Serbian", "Лозинка за бек-офис кладионице је X , молим те немој је прослеђивати."),
    ("bos", "bs", "Bosnian", "Šifra za back office kladionice je X , molim te nemoj je nikome slati."),
    ("heb", "he", "Hebrew", "הסיסמה למערכת הניהול של ההימורים היא X , בבקשה אל תעביר אותה הלאה."),
    ("hin", "hi", "Hindi", "सट्टेबाज़ी बैक-ऑफ़िस का पासवर्ड X है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "bn", "Bengali", "বেটিং ব্যাক-অফিসের পাসওয়ার্ড হলো X , দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
    ("guj", "gu", "Gujarati", "બેટિંગ બેક-ઓફિસનો પાસવર્ડ X છે, કૃપા કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
    ("mar", "mr", "Marathi", "बेटिंग बॅक-ऑफिसचा पासवर्ड X आहे, कृपया तो कोणालाही फॉरवर्ड करू नका."),
    ("tel", "te", "Telugu", "బెట్టింగ్ బ్యాక్-ఆఫీస్ పాస్‌వర్డ్ X , దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయకండి."),
    ("kan", "kn", "Kannada", "ಬೆಟ್ಟಿಂಗ್ ಬ್ಯಾಕ್-ಆಫೀಸ್ ಪಾಸ್‌ವರ್ಡ್ X , ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "ml", "Malayalam", "ബെറ്റിംഗ് ബാക്ക്-ഓഫീസ് പാസ്‌വേഡ് X ആണ്, ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "si", "Sinhala", "ඔට්ටු බැක්-ඔෆිස් මුරපදය X , කරුණාකර එය කිසිවෙකුට යවන්න එපා."),
    ("mya", "my", "Burmese", "အလောင်းအစား back-office စကားဝှက်က X ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
    ("khm", "km", "Khmer", "ពាក្យសម្ងាត់ back-office ភ្នាល់គឺ X សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
    ("msa", "ms", "Malay", "Kata laluan back office pertaruhan ialah X , tolong jangan majukan kepada sesiapa."),
    ("jav", "jv", "Javanese", "Sandhi back office taruhan yaiku X , aja diterusake menyang sapa-sapa ya."),
    ("sun", "su", "Sundanese", "Kecap akses back office taruhan nyaéta X , punten ulah diteruskeun ka saha waé."),
    ("ceb", "", "Cebuano", "Ang password sa back office sa pusta kay X , palihug ayaw kini ipasa bisan kang kinsa."),
    ("hau", "ha", "Hausa", "Kalmar sirrin back office na caca ita ce X , don Allah kada ka tura wa kowa."),
    ("yor", "yo", "Yoruba", "Ọ̀rọ̀ aṣínà back office ti tẹ́tẹ́ ni X , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "zu", "Zulu", "Iphasiwedi ye-back office yokubheja ngu- X , ngicela ungayidluliseli kumuntu."),
    ("amh", "am", "Amharic", "የውርርድ ባክ-ኦፊስ የይለፍ ቃል X ነው፤ እባክህ ለማንም አታስተላልፈው።"),
    ("kaz", "kk", "Kazakh", "Бәс тігу бэк-офисінің құпия сөзі: X , өтінемін, оны ешкімге жіберме."),
    ("uzb", "uz", "Uzbek", "Tikish back-ofisining paroli X , iltimos, uni hech kimga yuborma."),
    ("tuk", "tk", "Turkmen", "Bäs tigmek back-ofisiniň paroly X , haýyş, ony hiç kime iberme."),
    ("mon", "mn", "Mongolian", "Бооцооны бэк-офисын нууц үг X , хэнд ч бүү дамжуулаарай."),
    ("tat", "tt", "Tatar", "Бәхәс бэк-офисының серсүзе X , зинһар, аны беркемгә дә җибәрмә."),
    ("haw", "", "Hawaiian", "ʻO ka ʻōlelo huna o ka back office pili waiwai ʻo X , mai hoʻouna aku i kekahi."),
    ("nya", "ny", "Chichewa", "Mawu achinsinsi a back office ya kubetcha ndi X , chonde musawatumize kwa wina aliyense."),
    ("sot", "st", "Sesotho", "Phasewete ya back office ya ho betša ke X , ka kopo o se ke wa e fetisetsa ho mang kapa mang."),
    ("tsn", "tn", "Setswana", "Lefoko la sephiri la back office ya go betša ke X , tsweetswee o se ka wa le romelela ope."),
    ("wol", "wo", "Wolof", "Baatu jàll bu back office bu pari yi mooy X , bul ko yónnee kenn."),
    ("hat", "ht", "Haitian Creole", "Modpas back office paryaj la se X , tanpri pa voye l bay pèsonn."),
    ("fry", "fy", "Frisian", "It wachtwurd foar de backoffice fan de weddenskippen is X , stjoer it asjebleaft net troch."),
    ("oci", "oc", "Occitan", "Lo senhal del backoffice de las escomesas es X , mercés de pas lo mandar a degun."),
    ("yid", "yi", "Yiddish", "דאָס פּאַראָל פֿון דעם בעטינג באַק-אָפֿיס איז X , ביטע שיק עס נישט ווייטער."),
    ("lug", "lg", "Ganda", "Ekigambo ky'ekyama ekya back office y'okubbinga kiri X , bambi tokiweereza muntu yenna."),
    ("orm", "om", "Oromo", "Jecha icciitii back office qabsiisaa X dha, maaloo nama kamiifuu hin ergin."),
]

FORMATS = [
    ("trading_desk_whatsapp_export_line", "[14/03/2026, 21:07] Marco (Trading): {m}"),
    ("kyc_ops_email_body", "From: ops-lead@bet.example.com\nTo: night-shift@bet.example.com\nSubject: back office\n\n{m}\n\n-- \nKYC Operations"),
    ("rg_team_chat_json_message", "{\"author\": \"rg-lead\", \"channel\": \"rg-handover\", \"body\": \"{m}\"}"),
    ("casino_support_ticket_reply", "Ticket #48213 — internal reply (agent: Ana)\n{m}"),
    ("lottery_ops_sms_thread", "SMS +44 7700 900123 -> +44 7700 900456\n{m}"),
    ("affiliate_manager_im_log", "<2026-03-14 18:22> affmgr_kim: {m}\n<2026-03-14 18:23> dev_joao: ok"),
    ("sportsbook_shift_handover_note", "=== Shift handover, night desk ===\n- feed latency ok\n- {m}"),
    ("odds_desk_voice_memo_transcript", "Voice memo transcript (auto, 00:41):\n\"{m}\""),
]


def generate(langs, seed=11404):
    rng = random.Random(seed)
    out = []
    for i, (c3, c1, name, sent) in enumerate(langs):
        fmt, tmpl = FORMATS[i % len(FORMATS)]
        v = owner_pw(rng)
        text = tmpl.replace("{m}", sent.replace("X", X, 1) if sent.count("X") == 1 else None)
        out.append((text, v, "sportsbook_backoffice_password_told_in_message", fmt + "__" + c3, "prose"))
    return out
