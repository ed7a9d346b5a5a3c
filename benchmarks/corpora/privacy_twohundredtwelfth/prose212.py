"""Prose source: one sentence per language; someone tells a colleague the boutique till-PC password."""
import random

from common212 import owner_password, span_record

SEED = 21204
TYPE = "boutique_till_pc_password_in_message"
FORMATS = ["bridal_team_chat_line", "hire_desk_sms", "atelier_email_sentence", "costume_store_voicemail_transcript"]

# (iso 639-3 code, English name, script, sentence with {V})
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Kassen-PC im Laden ist {V} – bitte nicht weiterleiten."),
    ("por", "Portuguese", "Latin", "A senha do PC do caixa da loja é {V} – por favor não a reencaminhes a ninguém."),
    ("ita", "Italian", "Latin", "La password del PC della cassa in negozio è {V} – per favore non inoltrarla a nessuno."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kasse-PC-en i butikken er {V} – ikke send det videre til noen."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар на каси у радњи је {V} – молим те, не прослеђуј је никоме."),
    ("bos", "Bosnian", "Latin", "Šifra za računar na kasi u radnji je {V} – molim te, nemoj je nikome prosljeđivati."),
    ("rus", "Russian", "Cyrillic", "Пароль от кассового компьютера в салоне — {V} – пожалуйста, никому его не пересылай."),
    ("hin", "Hindi", "Devanagari", "दुकान के काउंटर वाले कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी को आगे मत भेजना।"),
    ("ben", "Bengali", "Bengali", "দোকানের ক্যাশ কাউন্টারের কম্পিউটারের পাসওয়ার্ড হলো {V} – দয়া করে এটা কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "दुकानातील काउंटरच्या संगणकाचा पासवर्ड {V} आहे, कृपया तो कोणालाही पाठवू नकोस."),
    ("guj", "Gujarati", "Gujarati", "દુકાનના કાઉન્ટરના કમ્પ્યુટરનો પાસવર્ડ {V} છે, કૃપા કરીને તે કોઈને ફોરવર્ડ ન કરતા."),
    ("pan", "Eastern Panjabi", "Gurmukhi", "ਦੁਕਾਨ ਦੇ ਕਾਊਂਟਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("kan", "Kannada", "Kannada", "ಅಂಗಡಿಯ ಕೌಂಟರ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "കടയിലെ കൗണ്ടർ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "කඩේ කවුන්ටරයේ පරිගණකයේ මුරපදය {V} වේ, කරුණාකර එය කාටවත් යවන්න එපා."),
    ("npi", "Nepali", "Devanagari", "पसलको काउन्टर कम्प्युटरको पासवर्ड {V} हो, कृपया यो कसैलाई फरवार्ड नगर्नुहोस्।"),
    ("jpn", "Japanese", "Han and Kana", "お店のレジ用パソコンのパスワードは {V} です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "매장 계산대 컴퓨터 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han", "店里收银电脑的密码是 {V} ，请不要转发给别人。"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan komputer kaunter di butik ialah {V} dan tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Sandhi komputer kasir ing toko iku {V} lan aja diterusake menyang sapa-sapa ya."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa kahera sa tindahan kay {V} – palihug ayaw ni ipasa bisan kang kinsa."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រគិតលុយនៅហាងគឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
    ("mya", "Burmese", "Myanmar", "ဆိုင်ရှိ ငွေရှင်းကောင်တာ ကွန်ပျူတာ၏ စကားဝှက်မှာ {V} ဖြစ်သည်။ ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနှင့်။"),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar kanta a shago ita ce {V} – don Allah kar ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà ibi ìsanwó nínú ṣọ́ọ̀bù ni {V} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yokukhokhela esitolo yile {V} – ngicela ungayithumeleli muntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yokuhlawula evenkileni lithi {V} – nceda ungalithumeli nakubani na."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die kasregister-rekenaar in die winkel is {V} – moet dit asseblief vir niemand aanstuur nie."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של מחשב הקופה בחנות היא {V} – בבקשה אל תעביר אותה לאף אחד."),
    ("uzn", "Northern Uzbek", "Latin", "Do‘kondagi kassa kompyuterining paroli {V} – iltimos, uni hech kimga yubormang."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери хазина дар мағоза {V} аст, лутфан онро ба касе нафиристед."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da caixa na tenda é {V} – por favor, non llo reenvíes a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Keesen-PC am Geschäft ass {V} – schéck et w.e.g. net weider."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer ar c'hef er stal eo {V} – na gas anezhañ da zen, mar plij."),
    ("gla", "Scottish Gaelic", "Latin", "Seo am facal-faire airson coimpiutair a' chunntair sa bhùth: {V} – na cuir air adhart e gu duine sam bith."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la kasa komputilo en la butiko estas {V} – bonvolu ne plusendi ĝin al iu ajn."),
    ("khk", "Halh Mongolian", "Cyrillic", "Дэлгүүрийн кассын компьютерийн нууц үг {V} – хэнд ч бүү дамжуулаарай."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo kuri kesi mu iduka ni {V} – ntuzaryoherereze undi muntu."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko utu i te toa ko {V} – kaua e tukuna ki tētahi atu."),
]

SPARES = [("hat", "Haitian Creole"), ("plt", "Plateau Malagasy")]


def build(reg, start_id):
    rng = random.Random(SEED)
    out = []
    n = start_id
    for i, (code, name, script, sent) in enumerate(LANGS):
        val = reg.draw(lambda: owner_password(rng, joiners="-_."))
        text = sent.replace("{V}", val)
        fmt = FORMATS[i % len(FORMATS)]
        out.append(span_record("p212-s-%04d" % n, TYPE, "%s__%s" % (fmt, code), text, val, "prose"))
        n += 1
    return out
