"""Prose source: one sentence in each of 40 languages; someone tells a colleague the taproom office PC password."""
import random

import common236 as C

TYPE = "taproom_office_pc_password_in_message"
FORMATS = ["brewery_staff_chat_line", "taproom_sms", "brewhouse_email_sentence", "cellar_voicemail_transcript"]

# code, name, script, sentence ({V} = the value, always set off by whitespace)
LANGS = [
    ("eng", "English", "Latin", "Hi Sam, the taproom office PC password is {V} – please keep it to yourself."),
    ("rus", "Russian", "Cyrillic", "Привет, пароль от компьютера в офисе тапрума {V} – только никому его не передавай."),
    ("jpn", "Japanese", "Japanese", "タップルームの事務所のパソコンのパスワードは {V} です。他の人には教えないでください。"),
    ("kor", "Korean", "Hangul", "탭룸 사무실 컴퓨터 비밀번호는 {V} 입니다. 다른 사람에게는 알려주지 마세요."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב במשרד של הטאפרום היא {V} – בבקשה אל תעביר אותה לאף אחד."),
    ("arb", "Arabic", "Arabic", "كلمة المرور لحاسوب مكتب صالة التذوق هي {V} – من فضلك لا تعطها لأحد."),
    ("hin", "Hindi", "Devanagari", "टैपरूम ऑफिस के कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी और को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "टॅपरूमच्या ऑफिसमधल्या संगणकाचा पासवर्ड {V} आहे, कृपया तो कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "ટેપરૂમ ઑફિસના કમ્પ્યુટરનો પાસવર્ડ {V} છે, કૃપા કરીને કોઈને કહેશો નહીં."),
    ("kan", "Kannada", "Kannada", "ಟ್ಯಾಪ್‌ರೂಮ್ ಕಚೇರಿಯ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ടാപ്പ്റൂം ഓഫീസിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "ටැප්රූම් කාර්යාලයේ පරිගණකයේ මුරපදය {V} යි, කරුණාකර එය කිසිවෙකුට කියන්න එපා."),
    ("mya", "Burmese", "Myanmar", "ဘီယာဆိုင် ရုံးခန်း ကွန်ပျူတာ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງການຂອງຮ້ານເບຍແມ່ນ {V} ກະລຸນາຢ່າບອກໃຜ."),
    ("zsm", "Malay", "Latin", "Kata laluan komputer pejabat bilik tap ialah {V} – tolong jangan beritahu sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa opisina ng taproom ay {V} – pakiusap, huwag mo itong ipamigay."),
    ("jav", "Javanese", "Latin", "Sandhi komputer kantor taproom yaiku {V} – aja dikandhakake marang sapa-sapa, ya."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar ofishin gidan giya ita ce {V} – don Allah kada ka ba kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ilé ọtí ni {V} – jọ̀wọ́ má sọ fún ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi le-taproom ithi {V} – ngicela ungayitsheli muntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yeofisi ye-taproom ngu {V} – nceda ungaxeleli mntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo mu biro bya taproom ni {V} – ntuzaribwire undi muntu."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafin'ny solosaina ao amin'ny biraon'ny taproom dia {V} – aza omena olon-kafa azafady."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að tölvunni á skrifstofu bjórstofunnar er {V} – vinsamlegast láttu það ekki ganga lengra."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina da taberna é {V} – por favor, non llo pases a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Computer am Büro vum Taproom ass {V} – gëff et w.e.g. net weider."),
    ("fry", "West Frisian", "Latin", "It wachtwurd fan de kompjûter yn it kantoar fan 'e taproom is {V} – jou it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Latin", "'S e am facal-faire aig a' choimpiutair ann an oifis an taproom {V} – na toir do dhuine sam bith e."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer burev an davarn eo {V} – na roit ket anezhañ da zen, mar plij."),
    ("oci", "Occitan", "Latin", "Lo senhal de l'ordenador del burèu de la taverna es {V} – te prègui, lo balhes pas a degun."),
    ("fao", "Faroese", "Latin", "Loyniorðið til teldunnar á skrivstovuni á ølstovuni er {V} – vinaliga gev tað ikki víðari."),
    ("kaz", "Kazakh", "Cyrillic", "Тапрум кеңсесіндегі компьютердің құпия сөзі {V} – өтінемін, ешкімге берме."),
    ("uzn", "Uzbek", "Latin", "Taproom ofisidagi kompyuterning paroli {V} – iltimos, hech kimga berma."),
    ("tgk", "Tajik", "Cyrillic", "Рамзи компютери дафтари таппрум {V} аст – лутфан онро ба касе надиҳед."),
    ("tat", "Tatar", "Cyrillic", "Тапрум офисындагы компьютер серсүзе {V} – зинһар, аны беркемгә дә бирмә."),
    ("khk", "Mongolian", "Cyrillic", "Тапрумын оффисын компьютерийн нууц үг {V} – үүнийг хэнд ч битгий дамжуулаарай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у канцеларији пивнице је {V} – молим те, немој је никоме давати."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè biwo taproom nan se {V} – tanpri pa bay pèsonn li."),
    ("ckb", "Central Kurdish", "Arabic", "وشەی نهێنی کۆمپیوتەری ئۆفیسی تاپروم {V} ە – تکایە بە کەسی مەدە."),
    ("ory", "Odia", "Odia", "ଟ୍ୟାପରୁମ ଅଫିସ କମ୍ପ୍ୟୁଟରର ପାସୱାର୍ଡ {V} ଅଟେ, ଦୟାକରି କାହାକୁ କୁହନ୍ତୁ ନାହିଁ।"),
]
SPARES = [("bos", "Bosnian"), ("asm", "Assamese")]


def build(reg):
    rng = random.Random(C.SEEDS["prose"])
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(C.password, rng, True)
        text, s, e = C.make_record(sent.replace("{V}", C.MARK), v)
        out.append({"type": TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                    "secrets": [{"value": v, "start": s, "end": e, "type": TYPE}], "source": "prose",
                    "_lang": code, "_langname": name})
    return out
