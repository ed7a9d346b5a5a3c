"""Prose source: one sentence in each of 40 languages; someone tells a colleague the workshop PC password."""
import random

from common207 import SLOT, owner_password, span_record

SEED = 20704
TYPE = "bike_workshop_pc_password_in_message"
FORMATS = ["workshop_group_chat_line", "hire_desk_sms", "bike_shop_email_sentence", "mechanic_voicemail_transcript"]

# code, name, script, sentence (V marks the value; it is always set off by whitespace)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Werkstatt-PC ist V – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC dell'officina è V – per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do computador da oficina é V – por favor não a reencaminhes."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til verksted-PC-en er V – ikke send det videre til noen."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в мастерской: V – пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у радионици је V – молим те, немој да је прослеђујеш."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u radionici je V – molim te, nemoj je nikome proslijediti."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador do taller é V – por favor, non o reenvíes a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Atelier-PC ass V – schéck et w.e.g. net weider."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de kompjûter yn de wurkpleats is V – stjoer it asjebleaft net troch."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die werkswinkel se rekenaar is V – moet dit asseblief vir niemand aanstuur nie."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasewekhishophu ithi V – ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yeworkshop ngu V – nceda ungalithumeli komnye umntu."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ilé iṣẹ́ ni V – jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹlòmíì."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar bita ita ce V – don Allah kada ka tura wa kowa."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo mu igaraji ni V – ndakwinginze ntuyoherereze undi muntu."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafina amin'ny solosain'ny atelier dia V – aza alefa amin'olon-kafa azafady."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב של הסדנה היא V – בבקשה אל תעביר אותה הלאה."),
    ("hin", "Hindi", "Devanagari", "वर्कशॉप वाले कंप्यूटर का पासवर्ड V है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "ওয়ার্কশপের কম্পিউটারের পাসওয়ার্ড হলো V – দয়া করে এটা কাউকে ফরোয়ার্ড কোরো না।"),
    ("pan", "Eastern Punjabi", "Gurmukhi", "ਵਰਕਸ਼ਾਪ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ V ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("guj", "Gujarati", "Gujarati", "વર્કશોપના કમ્પ્યુટરનો પાસવર્ડ V છે – મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરતા."),
    ("mar", "Marathi", "Devanagari", "वर्कशॉपच्या कॉम्प्युटरचा पासवर्ड V आहे – कृपया तो कोणालाही फॉरवर्ड करू नकोस."),
    ("kan", "Kannada", "Kannada", "ವರ್ಕ್‌ಶಾಪ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ V – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "വർക്ക്ഷോപ്പിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് V ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "වැඩපොළ පරිගණකයේ මුරපදය V – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("nep", "Nepali", "Devanagari", "वर्कसपको कम्प्युटरको पासवर्ड V हो – कृपया यो कसैलाई फरवार्ड नगर्नुहोला।"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័ររោងជាង គឺ V – សូមកុំបញ្ជូនបន្តទៅអ្នកផ្សេង។"),
    ("mya", "Burmese", "Myanmar", "အလုပ်ရုံ ကွန်ပျူတာရဲ့ စကားဝှက်က V ပါ – ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("cmn", "Mandarin Chinese", "Han", "修车间电脑的密码是 V ，请不要转发给别人。"),
    ("jpn", "Japanese", "Kana and kanji", "工房のパソコンのパスワードは V です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "정비실 컴퓨터 비밀번호는 V 입니다. 다른 사람에게 전달하지 마세요."),
    ("zsm", "Standard Malay", "Latin", "Kata laluan komputer bengkel ialah V – tolong jangan panjangkan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Tembung sandhi komputer bengkel yaiku V – tulung aja diterusake menyang sapa-sapa."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa talyer kay V – palihug ayaw kini ipasa sa uban."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa mō te rorohiko o te awheawhe ko V – tēnā koa kaua e tukuna atu ki ētahi atu."),
    ("uzn", "Northern Uzbek", "Latin", "Ustaxona kompyuterining paroli V – iltimos, uni hech kimga yubormang."),
    ("kir", "Kyrgyz", "Cyrillic", "Устакананын компьютеринин сырсөзү V – суранам, аны эч кимге жөнөтпө."),
    ("khk", "Halh Mongolian", "Cyrillic", "Засварын газрын компьютерийн нууц үг V – хэнд ч бүү дамжуулаарай."),
    ("fao", "Faroese", "Latin", "Loyniorðið til telduna á verkstaðnum er V – vinarliga send tað ikki víðari."),
]
SPARES = [("gla", "Scottish Gaelic"), ("epo", "Esperanto"), ("tat", "Tatar"), ("bre", "Breton")]


def generate(reg, start_index):
    rng = random.Random(SEED)
    out = []
    n = start_index
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        assert sent.count(" V ") == 1, code
        idx = sent.index(" V ") + 1
        tpl = sent[:idx] + SLOT + sent[idx + 1:]
        fmt = FORMATS[i % len(FORMATS)]
        out.append(span_record("p207-s-%04d" % n, TYPE, fmt + "__" + code, tpl, pw, "prose"))
        n += 1
    return out
