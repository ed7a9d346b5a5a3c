"""Prose source: one sentence in each of 40 languages; someone tells a colleague the password
of the intake-room tablet and asks them not to forward it."""
import random

from common202 import SEEDS, span_record, strict_password

TYPE = "intake_room_tablet_password_in_message"
FORMATS = ["falconer_group_chat_line", "rescue_hotline_sms", "taxidermy_studio_email_sentence",
           "vet_nurse_voice_note_transcript"]

# code, English name, script, sentence ({V} = the password, always set off by whitespace)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für das Tablet im Aufnahmeraum ist {V} – bitte leite es nicht weiter."),
    ("ita", "Italian", "Latin", "La password del tablet della sala accettazione è {V} e ti prego di non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do tablet da sala de triagem é {V} – por favor não a reencaminhes a ninguém."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til nettbrettet på mottaksrommet er {V} – ikke send det videre til noen."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að spjaldtölvunni í móttökuherberginu er {V} – vinsamlegast ekki áframsenda það."),
    ("fao", "Faroese", "Latin", "Loyniorðið til teldlið í móttøkurúminum er {V} – vinarliga send tað ikki víðari."),
    ("glg", "Galician", "Latin", "O contrasinal da tableta da sala de ingresos é {V} – por favor, non o reenvíes a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert fir den Tablet am Opnamraum ass {V} – schéck et w.e.g. net weider."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd foar de tablet yn de opnamekeamer is {V} – stjoer it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Latin", "Is e am facal-faire airson an tablaid san t-seòmar-gabhail {V} – na cuir air adhart e, mas e do thoil e."),
    ("bre", "Breton", "Latin", "Ar ger-tremen evit an dablezenn er sal degemer eo {V} – na gas ket anezhañ da zen all, mar plij."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за таблет у пријемној соби је {V} – молим те, не прослеђуј је никоме."),
    ("bos", "Bosnian", "Latin", "Lozinka za tablet u prijemnoj sobi je {V} – molim te, nemoj je nikome prosljeđivati."),
    ("rus", "Russian", "Cyrillic", "Пароль от планшета в приёмной: {V} – только, пожалуйста, никому не пересылай."),
    ("kaz", "Kazakh", "Cyrillic", "Қабылдау бөлмесіндегі планшеттің құпия сөзі {V} – оны ешкімге жібермеші."),
    ("uzb", "Uzbek", "Latin", "Qabul xonasidagi planshetning paroli {V} – iltimos, uni hech kimga yubormang."),
    ("tgk", "Tajik", "Cyrillic", "Пароли планшет дар ҳуҷраи қабул {V} аст – лутфан онро ба касе нафиристед."),
    ("mon", "Mongolian", "Cyrillic", "Хүлээн авах өрөөний таблетын нууц үг {V} – үүнийг хэнд ч бүү дамжуулаарай."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה לטאבלט בחדר הקליטה היא {V} – בבקשה אל תעביר אותה לאף אחד."),
    ("arb", "Standard Arabic", "Arabic", "كلمة المرور للجهاز اللوحي في غرفة الاستقبال هي {V} – من فضلك لا ترسلها لأي أحد."),
    ("hin", "Hindi", "Devanagari", "इनटेक रूम वाले टैबलेट का पासवर्ड {V} है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "ভর্তি কক্ষের ট্যাবলেটের পাসওয়ার্ড {V} – দয়া করে এটা কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "दाखल कक्षातील टॅबलेटचा पासवर्ड {V} आहे – कृपया तो कोणालाही फॉरवर्ड करू नकोस."),
    ("guj", "Gujarati", "Gujarati", "દાખલ રૂમના ટેબ્લેટનો પાસવર્ડ {V} છે – કૃપા કરીને કોઈને ફોરવર્ડ ન કરશો."),
    ("kan", "Kannada", "Kannada", "ದಾಖಲಾತಿ ಕೊಠಡಿಯ ಟ್ಯಾಬ್ಲೆಟ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ഇൻടേക്ക് മുറിയിലെ ടാബ്‌ലെറ്റിന്റെ പാസ്‌വേഡ് {V} ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "ඇතුළත් කිරීමේ කාමරයේ ටැබ්ලටයේ මුරපදය {V} – කරුණාකර එය කිසිවෙකුට යොමු නොකරන්න."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់ថេប្លេតនៅបន្ទប់ទទួល គឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់ឡើយ។"),
    ("mya", "Burmese", "Myanmar", "လက်ခံခန်းက တက်ဘလက်ရဲ့ စကားဝှက်က {V} ပါ – ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
    ("jpn", "Japanese", "Japanese", "受付室のタブレットのパスワードは {V} です。誰にも転送しないでください。"),
    ("kor", "Korean", "Hangul", "접수실 태블릿 비밀번호는 {V} 입니다. 아무에게도 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han", "接收室平板电脑的密码是 {V} ，请不要转发给任何人。"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan tablet di bilik penerimaan ialah {V} – tolong jangan majukan kepada sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng tablet sa intake room ay {V} – pakiusap, huwag mo itong ipasa kahit kanino."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar hannu a dakin karɓa ita ce {V} – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà tábúlẹ́ẹ̀tì yàrá gbígbà ni {V} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yethebhulethi esegumbini lokwamukela ithi {V} – ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lethebhulethi kwigumbi lokwamkela ngu {V} – nceda ungalithumeli nakubani."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafina amin'ny takelaka ao amin'ny efitra fandraisana dia {V} – aza alefa amin'olona azafady."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la tabulkomputilo en la akceptejo estas {V} – bonvolu ne plusendi ĝin al iu ajn."),
]
SPARES = [
    ("tat", "Tatar", "Cyrillic", "Кабул итү бүлмәсендәге планшетның серсүзе {V} – зинһар, аны беркемгә дә җибәрмә."),
    ("oci", "Occitan", "Latin", "Lo senhal de la tauleta de la sala d'acuèlh es {V} – mandes pas a degun, se te plai."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya tablet yo mu cyumba cyakira ni {V} – ntuzaryohereze undi muntu."),
]


def build(reg):
    rng = random.Random(SEEDS["prose"])
    records = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(lambda: strict_password(rng))
        start = sent.index("{V}")
        text = sent.replace("{V}", v)
        records.append(span_record("", TYPE, FORMATS[i % 4] + "__" + code, text, start, v, "prose"))
    return records
