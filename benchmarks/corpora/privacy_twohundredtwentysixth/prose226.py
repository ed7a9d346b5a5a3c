"""Prose source: one sentence in each of 40 languages; someone tells a colleague the dome-PC password."""
import random

from common226 import MARK, owner_password, place

SEED = 22604
TYPE = "dome_pc_password_in_message"
FORMATS = ["society_chat_line", "observing_team_sms", "planetarium_email_sentence", "star_party_voicemail_transcript"]
V = MARK

# code, English name, script, sentence
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Kuppel-PC ist %s – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC della cupola è %s – per favore non inoltrarla."),
    ("por", "Portuguese", "Latin", "A senha do PC da cúpula é %s – por favor, não a reencaminhes."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в куполе: %s — пожалуйста, никому его не пересылай."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kuppel-PC-en er %s – ikke send det videre."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að hvolftölvunni er %s – vinsamlegast ekki áframsenda það."),
    ("glg", "Galician", "Latin", "O contrasinal do PC da cúpula é %s – por favor, non o reenvíes."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Kuppel-PC ass %s – w.e.g. net weiderschécken."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan 'e koepel-PC is %s – stjoer it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Latin", "Is e %s am facal-faire airson PC a' chrom-chinn – na cuir air adhart e, mas e do thoil e."),
    ("bre", "Breton", "Latin", "Ger-tremen PC an domm eo %s – na gas ket anezhañ da zen all, mar plij."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у куполи је %s – молим те, не прослеђуј је."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u kupoli je %s – molim te, nemoj je prosljeđivati."),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "ドームのPCのパスワードは %s です。転送しないでください。"),
    ("kor", "Korean", "Hangul", "돔 PC 비밀번호는 %s 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "圆顶电脑的密码是 %s ，请不要转发给别人。"),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב של הכיפה היא %s – בבקשה אל תעביר אותה הלאה."),
    ("arb", "Standard Arabic", "Arabic", "كلمة المرور لحاسوب القبة هي %s – من فضلك لا تُعِد إرسالها لأحد."),
    ("hin", "Hindi", "Devanagari", "डोम वाले कंप्यूटर का पासवर्ड %s है – कृपया इसे आगे मत भेजना।"),
    ("ben", "Bengali", "Bengali", "ডোমের কম্পিউটারের পাসওয়ার্ড %s – দয়া করে এটা কাউকে ফরওয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "घुमटातील संगणकाचा पासवर्ड %s आहे – कृपया तो पुढे पाठवू नकोस."),
    ("guj", "Gujarati", "Gujarati", "ડોમના કમ્પ્યુટરનો પાસવર્ડ %s છે – કૃપા કરીને આગળ મોકલશો નહીં."),
    ("kan", "Kannada", "Kannada", "ಗುಮ್ಮಟದ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ %s – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ഡോമിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് %s ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "ගුම්මට කුටියේ පරිගණකයේ මුරපදය %s – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រក្នុងដូម គឺ %s សូមកុំបញ្ជូនបន្តឱ្យអ្នកណា។"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີໃນໂດມ ແມ່ນ %s ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ."),
    ("mya", "Burmese", "Myanmar", "ဒုံးခန်းကွန်ပျူတာ စကားဝှက်က %s ပါ။ ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan PC kubah ialah %s – tolong jangan majukan kepada sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng PC sa dome ay %s – pakiusap, huwag mo itong ipasa."),
    ("jav", "Javanese", "Latin", "Tembung sandhi PC ing kubah yaiku %s – aja diterusake menyang sapa-sapa, ya."),
    ("kaz", "Kazakh", "Cyrillic", "Күмбездегі компьютердің құпиясөзі: %s – ешкімге жібере көрме."),
    ("uzn", "Northern Uzbek", "Latin", "Gumbazdagi kompyuterning paroli %s – iltimos, uni hech kimga yubormang."),
    ("tat", "Tatar", "Cyrillic", "Гөмбәздәге компьютерның серсүзе: %s – зинһар, аны беркемгә дә җибәрмә."),
    ("khk", "Halh Mongolian", "Cyrillic", "Бөмбөгөр доторх компьютерийн нууц үг %s – хэнд ч бүү дамжуулаарай."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar dome ita ce %s – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà inú dome ni %s – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹlòmíràn."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha esedomu ithi %s – ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha esedome ngu %s – nceda ungalidluliseli komnye umntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambobanga rya mudasobwa yo mu idome ni %s – ndakwinginze ntuyoherereze abandi."),
]
SPARES = [("fao", "Faroese"), ("epo", "Esperanto")]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        fmt = FORMATS[i % len(FORMATS)]
        text, s, e = place(sent % V, value)
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return recs
