"""Prose: someone tells a colleague the workshop PC password, in 40 languages."""
import random

import common200 as C

SEED = 20004
SPAN_TYPE = "workshop_pc_password_in_message"
FORMATS = ["restorer_chat_line", "workshop_text_message", "club_secretary_email_sentence", "garage_voicemail_transcript"]

# (iso 639-3, English name, script, sentence with {} for the value)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Werkstatt-PC ist {} – bitte an niemanden weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC dell'officina è {} – per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do PC da oficina é {} – por favor, não a reencaminhes a ninguém."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til PC-en på verkstedet er {} – ikke send det videre til noen."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в мастерской: {} — пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у радионици је {} – молим те, немој је никоме прослеђивати."),
    ("jpn", "Japanese", "Japanese", "工房のパソコンのパスワードは {} です。誰にも転送しないでください。"),
    ("cmn", "Mandarin Chinese", "Han", "车间电脑的密码是 {} ，请不要转发给任何人。"),
    ("kor", "Korean", "Hangul", "정비소 컴퓨터 비밀번호는 {} 입니다. 아무에게도 전달하지 마세요."),
    ("hin", "Hindi", "Devanagari", "वर्कशॉप वाले कंप्यूटर का पासवर्ड {} है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "ওয়ার্কশপের কম্পিউটারের পাসওয়ার্ড হলো {} — দয়া করে কাউকে ফরওয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "वर्कशॉपच्या कॉम्प्युटरचा पासवर्ड {} आहे, कृपया तो कोणालाही फॉरवर्ड करू नकोस."),
    ("guj", "Gujarati", "Gujarati", "વર્કશોપના કમ્પ્યુટરનો પાસવર્ડ {} છે, મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરતા."),
    ("kan", "Kannada", "Kannada", "ವರ್ಕ್‌ಶಾಪ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {} , ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "വർക്ക്ഷോപ്പ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {} ആണ്, ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "වැඩපොළේ පරිගණකයේ මුරපදය {} යි, කරුණාකර එය කාටවත් යොමු කරන්න එපා."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័ររោងជាងគឺ {} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
    ("mya", "Burmese", "Myanmar", "အလုပ်ရုံ ကွန်ပျူတာရဲ့ စကားဝှက်က {} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan komputer bengkel ialah {} – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Sandhi komputer bengkel yaiku {} , tulung aja diterusake menyang sapa-sapa."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa talyer kay {} – palihug ayaw kini ipasa kang bisan kinsa."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב בסדנה היא {} – בבקשה אל תעביר אותה לאף אחד."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ilé-iṣẹ́ ni {} , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar bita ita ce {} , don Allah kada ka tura wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasendaweni yokusebenzela ithi {} , ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yasemsebenzini ngu {} , nceda ungalidluliseli nakubani."),
    ("eus", "Basque", "Latin", "Tailerreko ordenagailuaren pasahitza {} da – mesedez, ez birbidali inori."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador del taller és {} – si us plau, no la reenviïs a ningú."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador do taller é {} – por favor, non o reenvíes a ninguén."),
    ("gle", "Irish", "Latin", "Is é {} pasfhocal ríomhaire na ceardlainne – ná seol ar aghaidh chuig aon duine é, le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "Is e {} am facal-faire aig coimpiutair a' bhùtha-obrach – na cuir air adhart e gu duine sam bith."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Atelier-PC ass {} – w.e.g. net weiderschécken."),
    ("fao", "Faroese", "Latin", "Loyniorðið til teldu á verkstaðnum er {} – vinarliga send tað ikki víðari til nakran."),
    ("uzn", "Northern Uzbek", "Latin", "Ustaxona kompyuterining paroli {} – iltimos, uni hech kimga yubormang."),
    ("khk", "Halh Mongolian", "Cyrillic", "Засварын газрын компьютерийн нууц үг {} , үүнийг хэнд ч бүү дамжуулаарай."),
    ("kir", "Kyrgyz", "Cyrillic", "Устаканадагы компьютердин сырсөзү {} , сураныч, аны эч кимге жөнөтпө."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la metiejo-komputilo estas {} – bonvolu ne plusendi ĝin al iu ajn."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de wurkpleatskompjûter is {} – stjoer it asjebleaft net troch."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè atelye a se {} – tanpri pa voye l bay pèsonn."),
    ("mri", "Maori", "Latin", "Ko {} te kupuhipa o te rorohiko o te awheawhe – kaua e tukuna ki tētahi atu."),
]
SPARES = [("lat", "Latin"), ("kin", "Kinyarwanda"), ("tgk", "Tajik")]


def wrap(fmt, sentence, rng):
    if fmt == "restorer_chat_line":
        return "[%02d:%02d] Sam: %s" % (rng.randint(7, 22), rng.randint(0, 59), sentence)
    if fmt == "workshop_text_message":
        return sentence
    if fmt == "club_secretary_email_sentence":
        return sentence
    if fmt == "garage_voicemail_transcript":
        return "Voicemail (%d s): %s" % (rng.randint(9, 40), sentence)
    raise ValueError(fmt)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % len(FORMATS)]
        value = reg.draw(lambda: C.owner_password(rng, strict=True))
        t = wrap(fmt, sent.replace("{}", C.SLOT), rng)
        text, s, e = C.place(t, value)
        recs.append({"type": SPAN_TYPE, "container": "%s__%s" % (fmt, code), "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": SPAN_TYPE}], "source": "prose"})
    return recs
