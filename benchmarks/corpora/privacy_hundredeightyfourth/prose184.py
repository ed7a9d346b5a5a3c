"""Prose source: one sentence in each of 40 languages; someone tells a colleague the password of the
agency's shared scoping laptop and asks them not to forward it. X marks the value."""
import random

from common184 import MARK, password, place

SEED = 18404
TYPE = "scoping_laptop_password_in_message"
FORMATS = ["reporter_sms_line", "agency_chat_message", "courthouse_email_sentence", "depo_voicemail_transcript"]

# (code, English name, script, sentence with X)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den gemeinsamen Scoping-Laptop ist X – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del portatile condiviso per le revisioni è X – per favore non inoltrarla."),
    ("por", "Portuguese", "Latin", "A senha do notebook compartilhado de revisão é X – por favor, não encaminhe para ninguém."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til den delte korrekturlaptopen er X – ikke send det videre."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að sameiginlegu fartölvunni er X og vinsamlegast ekki áframsenda það."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum gemeinsame Laptop ass X – schéck et w.e.g. net weider."),
    ("glg", "Galician", "Latin", "O contrasinal do portátil compartido é X – por favor, non o reenvíes."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de dielde laptop is X – stjoer it asjebleaft net troch."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la komuna tekkomputilo estas X – bonvolu ne plusendi ĝin."),
    ("lat", "Latin", "Latin", "Tessera computatri portabilis communis est X – quaeso, ne cuiquam mittas."),
    ("rus", "Russian", "Cyrillic", "Пароль от общего ноутбука для вычитки — X , пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за заједнички лаптоп је X – молим те, не прослеђуј је."),
    ("bos", "Bosnian", "Latin", "Lozinka za zajednički laptop je X – molim te, nemoj je prosljeđivati."),
    ("jpn", "Japanese", "Japanese", "共有のスコーピング用ノートPCのパスワードは X です。転送しないでください。"),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "共用校对笔记本电脑的密码是 X ，请不要转发给别人。"),
    ("kor", "Korean", "Hangul", "공용 교정용 노트북 비밀번호는 X 입니다. 다른 사람에게 전달하지 마세요."),
    ("hin", "Hindi", "Devanagari", "साझा लैपटॉप का पासवर्ड X है, कृपया इसे किसी को आगे मत भेजना।"),
    ("ben", "Bengali", "Bengali", "শেয়ার করা ল্যাপটপের পাসওয়ার্ড হলো X – দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
    ("mar", "Marathi", "Devanagari", "सामायिक लॅपटॉपचा पासवर्ड X आहे, कृपया तो कोणालाही पुढे पाठवू नका."),
    ("guj", "Gujarati", "Gujarati", "શેર કરેલા લેપટોપનો પાસવર્ડ X છે, કૃપા કરીને તેને કોઈને આગળ મોકલશો નહીં."),
    ("tel", "Telugu", "Telugu", "షేర్ చేసిన ల్యాప్‌టాప్ పాస్‌వర్డ్ X – దయచేసి దాన్ని ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("kan", "Kannada", "Kannada", "ಹಂಚಿಕೊಂಡ ಲ್ಯಾಪ್‌ಟಾಪ್‌ನ ಪಾಸ್‌ವರ್ಡ್ X – ದಯವಿಟ್ಟು ಅದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "പങ്കിട്ട ലാപ്ടോപ്പിന്റെ പാസ്‌വേഡ് X ആണ്, ദയവായി അത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "පොදු ලැප්ටොප් එකේ මුරපදය X – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃរួមគឺ X សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
    ("mya", "Burmese", "Myanmar", "မျှဝေသုံး လက်ပ်တော့ စကားဝှက်က X ပါ၊ ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan komputer riba kongsi ialah X – tolong jangan majukan kepada sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng shared na laptop ay X at pakiusap, huwag mo itong ipasa kahit kanino."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב הנייד המשותף היא X ובבקשה אל תעביר אותה לאף אחד."),
    ("arb", "Standard Arabic", "Arabic", "كلمة مرور الحاسوب المحمول المشترك هي X ويرجى عدم إرسالها إلى أي أحد."),
    ("pus", "Pashto", "Arabic", "د ګډ لپټاپ پاسورډ X دی، مهرباني وکړئ چا ته یې مه لېږئ."),
    ("kaz", "Kazakh", "Cyrillic", "Ортақ ноутбуктің құпиясөзі X – оны ешкімге жібермеңізші."),
    ("uzb", "Uzbek", "Latin", "Umumiy noutbukning paroli X – iltimos, uni hech kimga yubormang."),
    ("kir", "Kyrgyz", "Cyrillic", "Жалпы ноутбуктун сырсөзү X – аны эч кимге жибербеңиз."),
    ("khk", "Halh Mongolian", "Cyrillic", "Хамтын зөөврийн компьютерын нууц үг X – үүнийг хэнд ч бүү дамжуулаарай."),
    ("tgk", "Tajik", "Cyrillic", "Пароли ноутбуки умумӣ X аст, лутфан онро ба касе нафиристед."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà alágbèéká tí a jọ ń lò ni X – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar tafi-da-gidanka ta gama-gari ita ce X – don Allah kada ka tura ta ga kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi ye-laptop esetshenziswa sonke ithi X – ngicela ungayidluliseli kubantu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha le-laptop ekwabelwana ngayo ngu X – nceda ungalithumeli komnye umntu."),
]
SPARES = [("hat", "Haitian Creole"), ("jav", "Javanese"), ("mlg", "Malagasy"), ("fao", "Faroese")]

PREFIXES = {
    "reporter_sms_line": "SMS from K. Lim, 07:58: ",
    "agency_chat_message": "[agency chat] Priya: ",
    "courthouse_email_sentence": "(e-mail, second paragraph) ",
    "depo_voicemail_transcript": "Voicemail transcript (auto): ",
}


def generate(reg):
    r = random.Random(SEED)
    out = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        assert sent.count("X") == 1, code
        value = reg.draw(lambda: password(r, strict=True))
        tpl = PREFIXES[fmt] + sent.replace("X", MARK) + "\n"
        text, s, e = place(tpl, value)
        out.append((TYPE, fmt + "__" + code, text, s, e))
    return out
