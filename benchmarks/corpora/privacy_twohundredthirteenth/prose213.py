"""Prose source: one sentence in each of 40 languages; someone tells a colleague a password."""
import random

from common213 import SLOT as V, password, place

SEED = 21304
TYPE = "boathouse_laptop_password_in_message"
FORMATS = ["lifeboat_crew_chat_line", "mrt_team_sms", "station_email_sentence", "coastguard_voicemail_transcript"]

# (iso 639-3 code, English name, script, sentence with one slot)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Laptop im Bootshaus ist %s – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del portatile della rimessa è %s – per favore non inoltrarla."),
    ("por", "Portuguese", "Latin", "A senha do portátil da casa dos barcos é %s – por favor não a reencaminhes."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til laptopen i båthuset er %s – ikke videresend det, er du snill."),
    ("isl", "Icelandic", "Latin", "Lykilorðið á fartölvunni í bátaskýlinu er %s – vinsamlegast ekki áframsenda það."),
    ("fao", "Faroese", "Latin", "Loyniorðið til fartelduna í bátahúsinum er %s – vinarliga send tað ikki víðari."),
    ("gla", "Scottish Gaelic", "Latin", "Is e %s am facal-faire airson an laptop anns an taigh-bhàta – na cuir air adhart e, mas e do thoil e."),
    ("bre", "Breton", "Latin", "Ger-tremen an urzhiataer hezoug er bagdi eo %s – na gas ket anezhañ da zen all, mar plij."),
    ("glg", "Galician", "Latin", "O contrasinal do portátil do galpón das lanchas é %s – por favor non o reenvíes."),
    ("oci", "Occitan", "Latin", "Lo senhal de l'ordenador portable de l'abric de la barca es %s – te prègui de pas lo mandar a degun."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Laptop am Bootshaus ass %s – w.e.g. net weiderschécken."),
    ("fry", "West Frisian", "Latin", "It wachtwurd fan de laptop yn it boatehûs is %s – stjoer it asjebleaft net troch."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за лаптоп у кућици за чамац је %s – молим те, не прослеђуј је."),
    ("bos", "Bosnian", "Latin", "Šifra za laptop u kućici za čamac je %s – molim te, nemoj je nikome prosljeđivati."),
    ("rus", "Russian", "Cyrillic", "Пароль от ноутбука в эллинге: %s – пожалуйста, никому не пересылай."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב הנייד בבית הסירות היא %s – בבקשה אל תעביר אותה הלאה."),
    ("arb", "Standard Arabic", "Arabic", "كلمة المرور للحاسوب المحمول في مرفأ القارب هي %s – من فضلك لا تُعد إرسالها."),
    ("hin", "Hindi", "Devanagari", "बोटहाउस वाले लैपटॉप का पासवर्ड %s है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "বোটহাউসের ল্যাপটপের পাসওয়ার্ড হলো %s – দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "बोटहाऊसमधल्या लॅपटॉपचा पासवर्ड %s आहे – कृपया तो कोणालाही फॉरवर्ड करू नकोस."),
    ("guj", "Gujarati", "Gujarati", "બોટહાઉસના લેપટોપનો પાસવર્ડ %s છે – મહેરબાની કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
    ("kan", "Kannada", "Kannada", "ಬೋಟ್‌ಹೌಸ್ ಲ್ಯಾಪ್‌ಟಾಪ್‌ನ ಪಾಸ್‌ವರ್ಡ್ %s – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ബോട്ട്ഹൗസിലെ ലാപ്‌ടോപ്പിന്റെ പാസ്‌വേഡ് %s ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "බෝට්ටු ගෙදර ලැප්ටොප් එකේ මුරපදය %s – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃនៅផ្ទះទូក គឺ %s – សូមកុំបញ្ជូនបន្តឲ្យអ្នកដទៃ។"),
    ("mya", "Burmese", "Myanmar", "လှေရုံက လက်ပ်တော့ စကားဝှက်က %s ပါ – ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("tgl", "Tagalog", "Latin", "Ang password ng laptop sa boathouse ay %s – pakiusap, huwag mo itong ipasa sa iba."),
    ("jav", "Javanese", "Latin", "Tembung sandhi laptop ing omah prau yaiku %s – aja diterusaké menyang sapa-sapa, ya."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "船库那台笔记本电脑的密码是 %s ，请不要转发给别人。"),
    ("jpn", "Japanese", "Kana and kanji", "ボートハウスのノートPCのパスワードは %s です。他の人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "보트하우스 노트북 비밀번호는 %s 이에요. 다른 사람에게 전달하지 마세요."),
    ("khk", "Halh Mongolian", "Cyrillic", "Завины байшингийн зөөврийн компьютерын нууц үг %s – хэнд ч бүү дамжуулаарай."),
    ("kaz", "Kazakh", "Cyrillic", "Қайық үйіндегі ноутбуктың құпиясөзі: %s – өтінемін, ешкімге жіберме."),
    ("uzn", "Northern Uzbek", "Latin", "Qayiqxonadagi noutbukning paroli %s – iltimos, uni hech kimga yuborma."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar tafi-da-gidanka a gidan jirgin ruwa ita ce %s – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà alágbèéká ní ilé ọkọ̀ ojú omi ni %s – jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yelaptop esakhiweni sezikebhe ithi %s – ngicela ungayidluliseli kunoma ubani."),
    ("plt", "Plateau Malagasy", "Latin", "Ny teny miafina amin'ny solosaina finday ao amin'ny trano sambo dia %s – aza alefa amin'olon-kafa azafady."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la tekkomputilo en la boatejo estas %s – bonvolu ne plusendi ĝin."),
    ("mri", "Māori", "Latin", "Ko %s te kupuhipa o te rorohiko pōnaho i te whare poti – kaua e tukuna atu ki ētahi atu."),
]
SPARES = [("glv", "Manx"), ("cor", "Cornish"), ("smo", "Samoan")]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(password, rng, strict=True)
        text, s, e = place(sent % V, value)
        recs.append({"type": TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return recs
