"""Prose: one sentence per language in which someone gives the password of
the estimating laptop and asks the colleague to keep it to themselves."""
import random

import common249 as C

SEED = 24904
SPAN_TYPE = "estimating_laptop_password_in_message"
FORMATS = ["site_chat_message", "yard_text_message", "office_email_line", "van_radio_transcript"]
V = "\x00"

# (ISO 639-3 code, English name, script, sentence with V)
LANGS = [
    ("lit", "Lithuanian", "Latin", "Sąmatų nešiojamojo kompiuterio slaptažodis yra " + V + " – prašau niekam jo neduoti."),
    ("est", "Estonian", "Latin", "Eelarvete sülearvuti parool on " + V + " – palun ära anna seda kellelegi."),
    ("isl", "Icelandic", "Latin", "Lykilorðið á tilboðsfartölvunni er " + V + " – vinsamlegast ekki gefa það neinum."),
    ("fao", "Faroese", "Latin", "Loyniorðið til fartelduna við tilboðunum er " + V + " – vinarliga gev ongum tað."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за лаптоп за понуде је " + V + " – молим те, не дај је никоме."),
    ("rus", "Russian", "Cyrillic", "Пароль от ноутбука для смет: " + V + " — пожалуйста, никому его не говори."),
    ("kaz", "Kazakh", "Cyrillic", "Смета ноутбугының құпия сөзі: " + V + " – өтінемін, оны ешкімге айтпаңыз."),
    ("uzn", "Uzbek", "Latin", "Smeta noutbukining paroli " + V + " – iltimos, uni hech kimga bermang."),
    ("tgk", "Tajik", "Cyrillic", "Пароли ноутбуки смета " + V + " аст, лутфан онро ба ҳеҷ кас надиҳед."),
    ("khk", "Mongolian", "Cyrillic", "Төсвийн зөөврийн компьютерийн нууц үг бол " + V + " – үүнийг хэнд ч битгий хэлээрэй."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב הנייד של הצעות המחיר היא " + V + " – בבקשה אל תמסור אותה לאף אחד."),
    ("arb", "Arabic", "Arabic", "كلمة مرور الحاسوب المحمول الخاص بعروض الأسعار هي " + V + " فلا تعطها لأحد من فضلك."),
    ("hin", "Hindi", "Devanagari", "एस्टिमेट वाले लैपटॉप का पासवर्ड " + V + " है, कृपया इसे किसी को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "अंदाजपत्रकाच्या लॅपटॉपचा पासवर्ड " + V + " आहे, कृपया तो कोणालाही सांगू नका."),
    ("guj", "Gujarati", "Gujarati", "અંદાજ માટેના લેપટોપનો પાસવર્ડ " + V + " છે, કૃપા કરીને કોઈને કહેતા નહીં."),
    ("kan", "Kannada", "Kannada", "ಅಂದಾಜು ಲ್ಯಾಪ್‌ಟಾಪ್‌ನ ಪಾಸ್‌ವರ್ಡ್ " + V + " ಆಗಿದೆ, ದಯವಿಟ್ಟು ಅದನ್ನು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "എസ്റ്റിമേറ്റ് ലാപ്‌ടോപ്പിന്റെ പാസ്‌വേഡ് " + V + " ആണ്, ദയവായി ഇത് ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "ඇස්තමේන්තු ලැප්ටොප් එකේ මුරපදය " + V + " වේ, කරුණාකර එය කිසිවෙකුටත් නොකියන්න."),
    ("ory", "Odia", "Odia", "ଆକଳନ ଲାପଟପର ପାସୱାର୍ଡ " + V + " ଅଟେ, ଦୟାକରି ଏହା କାହାକୁ କୁହନ୍ତୁ ନାହିଁ।"),
    ("mya", "Burmese", "Myanmar", "ခန့်မှန်းတွက်ချက်တဲ့ လက်ပ်တော့ရဲ့ စကားဝှက်က " + V + " ပါ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງໂນດບຸກສຳລັບຄິດໄລ່ລາຄາແມ່ນ " + V + " ກະລຸນາຢ່າບອກໃຜ."),
    ("cmn", "Mandarin Chinese", "Han", "报价用的笔记本电脑密码是 " + V + " ，请不要告诉任何人。"),
    ("kor", "Korean", "Hangul", "견적용 노트북 비밀번호는 " + V + " 입니다. 아무에게도 알려주지 마세요."),
    ("zsm", "Malay", "Latin", "Kata laluan komputer riba untuk sebut harga ialah " + V + " dan tolong jangan beritahu sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng laptop para sa mga quotation ay " + V + " kaya huwag mo itong ibigay kahit kanino."),
    ("jav", "Javanese", "Latin", "Sandhi laptop kanggo ngitung rega yaiku " + V + " lan aja dikandhakake marang sapa-sapa."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta mpakato ya makadirio ni " + V + " na tafadhali usimpe mtu yeyote."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà alágbèéká ìdíyelé ni " + V + " nítorí náà má ṣe sọ fún ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar tafi-da-gidanka ta kiyasin farashi ita ce " + V + " don Allah kada ka gaya wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha ephathekayo yezilinganiso ithi " + V + " futhi ngicela ungayitsheli muntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqithisa lekhompyutha ephathwayo yoqikelelo ngu " + V + " kwaye nceda ungaxeleli mntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa igendanwa y'ibiciro ni " + V + " kandi ntuzaribwire umuntu n'umwe."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Laptop fir d'Devisen ass " + V + " – w.e.g. gëff et kengem weider."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de laptop foar de offertes is " + V + " – jou it asjebleaft oan net ien troch."),
    ("gla", "Scottish Gaelic", "Latin", "Is e " + V + " am facal-faire aig a' choimpiutair-uchd airson nan tuairmsean – na innis e do dhuine sam bith."),
    ("bre", "Breton", "Latin", "Ar ger-tremen evit an urzhiataer hezoug eus ar priziadennoù eo " + V + " – na roit anezhañ da zen, mar plij."),
    ("glg", "Galician", "Latin", "O contrasinal do portátil dos orzamentos é " + V + " – por favor, non llo deas a ninguén."),
    ("hat", "Haitian Creole", "Latin", "Modpas laptop pou devi yo se " + V + " – tanpri pa bay pèsonn li."),
    ("kmr", "Northern Kurdish", "Latin", "Şîfreya laptopa pêşniyarên bihayê " + V + " e, ji kerema xwe wê nede tu kesî."),
    ("ydd", "Yiddish", "Hebrew", "דאָס פּאַראָל פֿונעם לאַפּטאָפּ פֿאַר די אָפּשאַצונגען איז " + V + " – ביטע גיב עס ניט קיינעם."),
]
SPARES = [("tat", "Tatar"), ("haw", "Hawaiian")]


def frame(fmt, rng, sentence):
    if fmt == "site_chat_message":
        return "[%02d:%02d] %s: %s" % (rng.randint(6, 18), rng.randint(0, 59),
                                       rng.choice(["Dele", "Siobhán", "Rhys", "Kwame"]), sentence)
    if fmt == "yard_text_message":
        return "SMS from +44 7700 900%03d: %s" % (rng.randint(0, 999), sentence)
    if fmt == "office_email_line":
        return "Subject: estimating laptop\n\n%s\n" % sentence
    return "(radio, van %d) %s" % (rng.randint(1, 9), sentence)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: C.owner_password(rng, strict=True))
        fmt = FORMATS[i % len(FORMATS)]
        tmpl = frame(fmt, rng, sent)
        text, s, e = C.place(tmpl, value)
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": SPAN_TYPE}],
                     "source": "prose"})
    return recs
