"""Prose source: one sentence per language, someone tells a colleague the reception PC password."""
import random

from common196 import MARK, SEEDS, password, place, span

TYPE = "reception_pc_password_in_message"
FORMATS = ["community_team_chat_line", "front_desk_sms", "facilities_email_sentence", "night_manager_voicemail_transcript"]

# code, name, script, sentence with «P»
LANGS = [
    ("deu", "German", "Latin", "Hallo, das Passwort für den Empfangs-PC ist «P» – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "Ciao, la password del PC della reception è «P» – per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "Olá, a palavra-passe do PC da receção é «P» – por favor não a reencaminhes a ninguém."),
    ("rus", "Russian", "Cyrillic", "Привет, пароль от компьютера на ресепшене: «P» — пожалуйста, никому его не пересылай."),
    ("nob", "Norwegian Bokmål", "Latin", "Hei, passordet til resepsjons-PC-en er «P» – ikke send det videre til noen."),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "お疲れさまです。受付PCのパスワードは «P» です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "안녕하세요, 리셉션 PC 비밀번호는 «P» 입니다. 다른 사람에게 전달하지 말아 주세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "你好，前台电脑的密码是 «P} ，请不要转发给任何人。".replace("«P}", "«P»")),
    ("hin", "Hindi", "Devanagari", "नमस्ते, रिसेप्शन वाले पीसी का पासवर्ड «P» है — कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "হাই, রিসেপশনের পিসির পাসওয়ার্ড হলো «P» — দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
    ("mar", "Marathi", "Devanagari", "नमस्कार, रिसेप्शनच्या पीसीचा पासवर्ड «P» आहे — कृपया तो कोणालाही फॉरवर्ड करू नका."),
    ("guj", "Gujarati", "Gujarati", "નમસ્તે, રિસેપ્શનના પીસીનો પાસવર્ડ «P» છે — મહેરબાની કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
    ("pan", "Punjabi", "Gurmukhi", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਰਿਸੈਪਸ਼ਨ ਵਾਲੇ ਪੀਸੀ ਦਾ ਪਾਸਵਰਡ «P» ਹੈ — ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("kan", "Kannada", "Kannada", "ನಮಸ್ಕಾರ, ರಿಸೆಪ್ಷನ್ ಪಿಸಿಯ ಪಾಸ್‌ವರ್ಡ್ «P» — ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ഹായ്, റിസപ്ഷൻ പിസിയുടെ പാസ്‌വേഡ് «P» ആണ് — ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "ආයුබෝවන්, රිසෙප්ෂන් පරිගණකයේ මුරපදය «P» — කරුණාකර එය කිසිවෙකුට යවන්න එපා."),
    ("npi", "Nepali", "Devanagari", "नमस्ते, रिसेप्सनको कम्प्युटरको पासवर्ड «P» हो — कृपया कसैलाई फर्वार्ड नगर्नुहोला।"),
    ("heb", "Hebrew", "Hebrew", "היי, הסיסמה של המחשב בקבלה היא «P» — בבקשה אל תעביר אותה לאף אחד."),
    ("zsm", "Malay", "Latin", "Hai, kata laluan PC di kaunter penyambut tetamu ialah «P» — tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Halo, sandhi PC ing resepsionis yaiku «P» — tulung aja diterusake menyang sapa-sapa."),
    ("ceb", "Cebuano", "Latin", "Hi, ang password sa PC sa reception kay «P» — palihug ayaw ipasa bisan kang kinsa."),
    ("hau", "Hausa", "Latin", "Sannu, kalmar sirri ta kwamfutar liyafa ita ce «P» — don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Báwo ni, ọ̀rọ̀ aṣínà kọ̀ǹpútà ibi ìgbàlejò ni «P» — jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Sawubona, iphasiwedi yekhompyutha yasemtatsheni ithi «P» — ngicela ungayidluliseli kunoma ubani."),
    ("xho", "Xhosa", "Latin", "Molo, iphasiwedi yekhompyutha yolwamkelo ngu «P» — nceda ungayithumeli kuye nabani na."),
    ("afr", "Afrikaans", "Latin", "Hallo, die wagwoord vir die ontvangs-rekenaar is «P» – moet dit asseblief vir niemand aanstuur nie."),
    ("ltz", "Luxembourgish", "Latin", "Moien, d'Passwuert vum Empfangs-PC ass «P» – w.e.g. net weiderschécken."),
    ("glg", "Galician", "Latin", "Ola, o contrasinal do PC da recepción é «P» – por favor non llo reenvíes a ninguén."),
    ("gla", "Scottish Gaelic", "Latin", "Halò, 's e am facal-faire airson PC an fhàilteachaidh «P» – na cuir air adhart e gu duine sam bith."),
    ("fao", "Faroese", "Latin", "Hey, loyniorðið til móttøkuteldu okkara er «P» – vinarliga send tað ikki víðari til nakran."),
    ("uzn", "Uzbek", "Latin", "Salom, qabulxona kompyuterining paroli «P» — iltimos, uni hech kimga yubormang."),
    ("tat", "Tatar", "Cyrillic", "Сәлам, ресепшндагы компьютерның серсүзе «P» — зинһар, аны беркемгә дә җибәрмә."),
    ("khk", "Mongolian", "Cyrillic", "Сайн уу, хүлээн авахын компьютерын нууц үг «P» — хэнд ч бүү дамжуулаарай."),
    ("khm", "Khmer", "Khmer", "សួស្តី ពាក្យសម្ងាត់កុំព្យូទ័រនៅកន្លែងទទួលភ្ញៀវគឺ «P» សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
    ("mya", "Burmese", "Myanmar", "မင်္ဂလာပါ၊ ဧည့်ကြိုကောင်တာ ကွန်ပျူတာရဲ့ စကားဝှက်က «P» ပါ။ ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("kin", "Kinyarwanda", "Latin", "Muraho, ijambo ry'ibanga rya mudasobwa yo kwakira abashyitsi ni «P» — ntukarihererekanye ku muntu n'umwe."),
    ("epo", "Esperanto", "Latin", "Saluton, la pasvorto de la akceptejo-komputilo estas «P» – bonvolu ne plusendi ĝin al iu ajn."),
    ("hat", "Haitian Creole", "Latin", "Bonjou, modpas òdinatè resepsyon an se «P» – tanpri pa voye l bay pèsòn."),
    ("srp", "Serbian", "Cyrillic", "Ћао, лозинка за рачунар на рецепцији је «P» – молим те, немој је никоме прослеђивати."),
    ("tgk", "Tajik", "Cyrillic", "Салом, пароли компютери қабулгоҳ «P» аст — лутфан онро ба ҳеҷ кас нафиристед."),
]
SPARES = [
    ("tuk", "Turkmen", "Latin", "Salam, kabul ediş kompýuteriniň açar sözi «P» — haýyş, hiç kime iberme."),
    ("mri", "Maori", "Latin", "Kia ora, ko te kupuhipa o te rorohiko o te taupaepae ko «P» — kaua e tukuna atu ki tētahi atu."),
    ("fry", "Western Frisian", "Latin", "Hoi, it wachtwurd fan de resepsje-PC is «P» – stjoer it asjebleaft net troch."),
    ("oci", "Occitan", "Latin", "Adieu, lo senhal del PC de l'acuèlh es «P» – se vos plai, lo mandetz pas a degun."),
]


def choose(deny):
    """the 40 languages, replacing any deny-listed one by the next usable spare"""
    def bad(code, name):
        if code in deny["language_codes"] or code in deny["_names_set"]:
            return True
        words = [name.lower()] + name.lower().split()
        return any(w in deny["language_names"] for w in words)
    spares = [s for s in SPARES if not bad(s[0], s[1])]
    out = []
    for l in LANGS:
        if bad(l[0], l[1]):
            out.append(spares.pop(0))
        else:
            out.append(l)
    return out


def generate(reg, deny):
    rng = random.Random(SEEDS["prose"])
    recs = []
    for i, (code, name, script, sent) in enumerate(choose(deny)):
        pw = reg.draw(lambda: password(rng, strict=True))
        text, s, e = place(sent.replace("«P»", MARK), pw)
        recs.append({"type": TYPE, "container": "%s__%s" % (FORMATS[i % 4], code), "text": text,
                     "secrets": [span(text, s, e, TYPE)], "source": "prose"})
    return recs
