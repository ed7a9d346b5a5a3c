"""Prose source: one sentence in each of 40 languages, someone passes on the engraving-machine PC password."""
import random

from common208 import SLOT, owner_password, place

SEED = 20804
TYPE = "engraving_pc_password_in_message"
FORMATS = ["sweep_crew_chat_line", "mason_yard_sms", "watch_bench_email_sentence", "workshop_voicemail_transcript"]
V = SLOT

# (iso 639-3, English name, script, sentence)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Gravur-PC ist " + V + " – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC dell'incisione è " + V + " – per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do PC da gravação é " + V + " – por favor não a reencaminhes."),
    ("glg", "Galician", "Latin", "O contrasinal do PC de gravado é " + V + " – por favor, non o reenvíes."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að leturgröftartölvunni er " + V + " – vinsamlegast ekki áframsenda það."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til graveringsmaskinens PC er " + V + " – ikke videresend det, er du snill."),
    ("fao", "Faroese", "Latin", "Loyniorðið til graveringstelduna er " + V + " – vinarliga send tað ikki víðari."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Gravure-PC ass " + V + " – w.e.g. net weiderschécken."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de graveer-PC is " + V + " – stjoer it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Latin", "Seo am facal-faire airson PC a' ghràbhaidh: " + V + " – na cuir air adhart e, mas e do thoil e."),
    ("bre", "Breton", "Latin", "Ger-tremen PC ar c'hizellañ eo " + V + " – na gas anezhañ da zen all, mar plij."),
    ("oci", "Occitan", "Latin", "Lo senhal del PC de gravadura es " + V + " – mercés de lo pas mandar a degun."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар за гравирање је " + V + " – молим те, не прослеђуј је."),
    ("bos", "Bosnian", "Latin", "Šifra za računar za graviranje je " + V + " – molim te, nemoj je prosljeđivati."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера гравировального станка: " + V + " – пожалуйста, никому не пересылай."),
    ("kaz", "Kazakh", "Cyrillic", "Гравюра компьютерінің құпиясөзі " + V + " – ешкімге жіберме, өтінемін."),
    ("uzn", "Northern Uzbek", "Latin", "Gravyura kompyuterining paroli " + V + " – iltimos, hech kimga yuborma."),
    ("kir", "Kirghiz", "Cyrillic", "Гравюра компьютеринин сырсөзү " + V + " – эч кимге жөнөтпө, сураныч."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери кандакорӣ " + V + " аст – лутфан ба касе нафиристед."),
    ("khk", "Halh Mongolian", "Cyrillic", "Сийлбэрийн компьютерын нууц үг " + V + " – хэнд ч бүү дамжуулаарай."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב החריטה היא " + V + " – בבקשה אל תעביר אותה הלאה."),
    ("arb", "Standard Arabic", "Arabic", "كلمة المرور لحاسوب النقش هي " + V + " – من فضلك لا تُعِد إرسالها لأحد."),
    ("hin", "Hindi", "Devanagari", "नक़्क़ाशी वाले कंप्यूटर का पासवर्ड " + V + " है – कृपया इसे आगे मत भेजना।"),
    ("ben", "Bengali", "Bengali", "খোদাই মেশিনের কম্পিউটারের পাসওয়ার্ড " + V + " – দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "कोरीव कामाच्या संगणकाचा पासवर्ड " + V + " आहे – कृपया तो कोणालाही पुढे पाठवू नकोस."),
    ("guj", "Gujarati", "Gujarati", "કોતરણી કમ્પ્યુટરનો પાસવર્ડ " + V + " છે – કૃપા કરીને કોઈને આગળ મોકલશો નહીં."),
    ("kan", "Kannada", "Kannada", "ಕೆತ್ತನೆ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ " + V + " – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "കൊത്തുപണി കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് " + V + " ആണ് – ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "කැටයම් පරිගණකයේ මුරපදය " + V + " – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("mya", "Burmese", "Myanmar", "ပန်းပုထွင်းစက် ကွန်ပျူတာ စကားဝှက်က " + V + " ပါ – ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("khm", "Central Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រឆ្លាក់គឺ " + V + " – សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan PC mesin ukir ialah " + V + " – tolong jangan majukan kepada sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng PC ng pang-ukit ay " + V + " – pakiusap, huwag mo itong ipasa."),
    ("jpn", "Japanese", "Han + Kana", "彫刻機のPCのパスワードは " + V + " です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "조각기 PC 비밀번호는 " + V + " 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han", "雕刻机电脑的密码是 " + V + " ，请不要转发给别人。"),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar sassaƙa ita ce " + V + " – don Allah kar ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ìfínlẹ̀ ni " + V + " – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yokuqopha ithi " + V + " – ngicela ungayidlulisi."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la gravur-komputilo estas " + V + " – bonvolu ne plusendi ĝin."),
]
SPARES = [
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yokukrola ngu " + V + " – nceda ungalidluliseli."),
    ("ast", "Asturian", "Latin", "La contraseña del PC de grabáu ye " + V + " – por favor, nun la reunvíes."),
    ("plt", "Plateau Malagasy", "Latin", "Ny tenimiafin'ny solosaina fanaovana sokitra dia " + V + " – aza alefa amin'olona azafady."),
]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, tpl) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        text, s, e = place(tpl, value)
        recs.append(("prose", TYPE, FORMATS[i % 4] + "__" + code, text, value, s, e, None))
    return recs
