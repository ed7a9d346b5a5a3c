"""Prose: someone tells a colleague the pharmacy-system password (seed 14604)."""
import random
from common146 import owner_pw, place

TYPE = "pharmacy_system_password_told_in_message"
FORMATS = ["pharmacy_team_line_app_message", "dispensary_manager_email_sentence",
           "rx_helpdesk_ticket_reply", "locum_pharmacist_text_message"]

L = [
 ("ita", "Italian", "La password del gestionale della farmacia è {V} — per favore non inoltrarla a nessuno."),
 ("por", "Portuguese", "A senha do sistema da farmácia é {V} — por favor não a reencaminhes a ninguém."),
 ("cat", "Catalan", "La contrasenya del programa de la farmàcia és {V} — si us plau, no la reenviïs a ningú."),
 ("glg", "Galician", "O contrasinal do sistema da farmacia é {V} — por favor non o reenvíes a ninguén."),
 ("eus", "Basque", "Farmaziako sistemaren pasahitza {V} da — mesedez, ez bidali inori."),
 ("gle", "Irish", "Is é {V} pasfhocal chóras na cógaslainne — ná seol ar aghaidh é chuig aon duine, le do thoil."),
 ("gla", "Scottish Gaelic", "Is e {V} am facal-faire aig siostam na bùtha-chungaidh — na cuir air adhart e, mas e do thoil e."),
 ("bre", "Breton", "Ger-tremen reizhiad an apotikerezh eo {V} — na gas anezhañ da zen ebet, mar plij."),
 ("fao", "Faroese", "Loyniorðið til apoteksskipanina er {V} — vinarliga send tað ikki víðari."),
 ("nob", "Norwegian Bokmål", "Passordet til apotekssystemet er {V} — ikke videresend det, er du snill."),
 ("ltz", "Luxembourgish", "D'Passwuert vum Apothekesystem ass {V} — schéck et w.e.g. net weider."),
 ("fry", "Western Frisian", "It wachtwurd fan it apoteeksysteem is {V} — stjoer it asjebleaft net troch."),
 ("srp", "Serbian", "Лозинка за апотекарски систем је {V} — молим те, не прослеђуј је никоме."),
 ("bos", "Bosnian", "Šifra za apotekarski sistem je {V} — molim te, nemoj je nikome prosljeđivati."),
 ("rus", "Russian", "Пароль от аптечной системы {V} — пожалуйста, никому его не пересылай."),
 ("heb", "Hebrew", "הסיסמה למערכת בית המרקחת היא {V} — בבקשה אל תעביר אותה לאף אחד."),
 ("ydd", "Eastern Yiddish", "דאָס פּאַראָל פֿאַר דער אַפּטייק־סיסטעם איז {V} — ביטע שיק עס נישט ווייטער."),
 ("hin", "Hindi", "फ़ार्मेसी सिस्टम का पासवर्ड {V} है — कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
 ("ben", "Bengali", "ফার্মেসি সিস্টেমের পাসওয়ার্ড {V} — দয়া করে এটা কাউকে ফরোয়ার্ড কোরো না।"),
 ("guj", "Gujarati", "ફાર્મસી સિસ્ટમનો પાસવર્ડ {V} છે — કૃપા કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
 ("kan", "Kannada", "ಫಾರ್ಮಸಿ ಸಿಸ್ಟಮ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} — ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
 ("mal", "Malayalam", "ഫാർമസി സിസ്റ്റത്തിന്റെ പാസ്‌വേഡ് {V} ആണ് — ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
 ("ory", "Odia", "ଫାର୍ମାସି ସିଷ୍ଟମର ପାସୱାର୍ଡ {V} — ଦୟାକରି ଏହାକୁ କାହାକୁ ଫରୱାର୍ଡ କରନ୍ତୁ ନାହିଁ।"),
 ("asm", "Assamese", "ফাৰ্মেচী চিষ্টেমৰ পাছৱৰ্ড {V} — অনুগ্ৰহ কৰি কাকো ফৰৱাৰ্ড নকৰিব।"),
 ("zsm", "Standard Malay", "Kata laluan sistem farmasi ialah {V} — tolong jangan majukan kepada sesiapa."),
 ("jav", "Javanese", "Tembung sandhi sistem apotek yaiku {V} — tulung aja diterusake marang sapa-sapa."),
 ("sun", "Sundanese", "Kecap akses sistem apoték nyaéta {V} — punten ulah diteruskeun ka saha waé."),
 ("ceb", "Cebuano", "Ang password sa sistema sa parmasya kay {V} — palihug ayaw kini ipasa bisan kinsa."),
 ("khm", "Khmer", "ពាក្យសម្ងាត់ប្រព័ន្ធឱសថស្ថានគឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
 ("mya", "Burmese", "ဆေးဆိုင်စနစ်ရဲ့ စကားဝှက်က {V} ပါ — ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
 ("cmn", "Mandarin Chinese", "药房系统的密码是 {V} ，请不要转发给任何人。"),
 ("yue", "Cantonese", "藥房系統嘅密碼係 {V} ，唔該唔好轉發俾任何人。"),
 ("hau", "Hausa", "Kalmar sirrin tsarin kantin magani ita ce {V} — don Allah kar ka tura wa kowa."),
 ("yor", "Yoruba", "Ọ̀rọ̀ aṣínà ètò ilé ìtajà oògùn ni {V} — jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
 ("ibo", "Igbo", "Okwuntughe sistemụ ụlọ ọgwụ bụ {V} — biko ezigala ya onye ọ bụla."),
 ("zul", "Zulu", "Iphasiwedi yesistimu yekhemisi ithi {V} — ngicela ungayidluliseli kunoma ubani."),
 ("sna", "Shona", "Pasiwedhi yesisitimu yekemisti ndeye {V} — ndapota usaitumira kune chero munhu."),
 ("kin", "Kinyarwanda", "Ijambo ry'ibanga rya sisitemu ya farumasi ni {V} — ndakwinginze ntuyoherereze undi muntu."),
 ("tir", "Tigrinya", "ናይ ፋርማሲ ሲስተም ፓስዎርድ {V} እዩ — በጃኻ ንማንም ኣይተሕልፎ።"),
 ("epo", "Esperanto", "La pasvorto de la apoteka sistemo estas {V} — bonvolu ne plusendi ĝin al iu ajn."),
 ("tat", "Tatar", "Аптека системасының серсүзе {V} — зинһар, аны беркемгә дә җибәрмә."),
 ("kir", "Kyrgyz", "Дарыкана системасынын сырсөзү {V} — сураныч, эч кимге жөнөтпө."),
 ("tgk", "Tajik", "Пароли системаи дорухона {V} аст — лутфан онро ба ҳеҷ кас нафирист."),
 ("pbt", "Southern Pashto", "د درملتون سیسټم پټنوم {V} دی — مهرباني وکړه چا ته یې مه لېږه."),
 ("mri", "Maori", "Ko te kupuhipa o te pūnaha whare rongoā ko {V} — kaua e tukuna ki tētahi atu."),
 ("haw", "Hawaiian", "ʻO {V} ka ʻōlelo huna o ka ʻōnaehana hale kūʻai lāʻau — mai hoʻouna aku i kekahi."),
 ("smo", "Samoan", "O le upu faataga o le polokalame a le fale talavai o {V} — faamolemole aua le auina atu i se isi."),
]


def lang_ok(code, name, deny, words):
    if code in deny or name.lower() in deny:
        return False
    return not any(w in deny or w in words for w in name.lower().split())


def build(deny, words, n=40):
    R = random.Random(14604)
    out, dropped, used, spare = [], [], [], []
    for code, name, sent in L:
        if not lang_ok(code, name, deny, words):
            dropped.append(code); continue
        if len(used) >= n:
            spare.append(code); continue
        v = owner_pw(R)
        fmt = FORMATS[len(used) % 4]
        text, s, e = place(sent, v)
        used.append((code, name))
        out.append(dict(type=TYPE, container=fmt + "__" + code, text=text,
                        secrets=[dict(value=v, start=s, end=e, type=TYPE)], source="prose"))
    return out, dropped, used, spare
