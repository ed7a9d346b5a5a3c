"""Prose: one sentence in each of 40 languages, giving the password of the
ringing-chamber laptop and asking the colleague to keep it to themselves."""
import random

import common256 as C

SPAN_TYPE = "ringing_chamber_laptop_password_in_prose"
FORMATS = ["practice_night_text_message", "belfry_noticeboard_card",
           "foundry_canteen_chat_transcript", "clock_van_phone_note"]

# code, name, script, sentence ({V} = value, always between spaces)
LANGS = [
    ("pol", "Polish", "Latin", "Hasło do laptopa w komorze dzwonników to {V} – proszę, zachowaj je dla siebie."),
    ("ces", "Czech", "Latin", "Heslo k notebooku v místnosti pro zvoníky je {V} – prosím, nech si ho pro sebe."),
    ("rus", "Russian", "Cyrillic", "Пароль от ноутбука в звонарской комнате: {V} – пожалуйста, никому его не говори."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за лаптоп у звонари је {V} – молим те, немој је никоме рећи."),
    ("bos", "Bosnian", "Latin", "Šifra za laptop u zvonari je {V} – molim te, zadrži je za sebe."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die skootrekenaar in die klokkamer is {V} – hou dit asseblief vir jouself."),
    ("glg", "Galician", "Latin", "O contrasinal do portátil da sala das campás é {V} – por favor, gárdao para ti."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Laptop an der Klackestuff ass {V} – behal et w.e.g. fir dech."),
    ("fao", "Faroese", "Latin", "Loyniorðið til fartelduna í klokkukamarinum er {V} – vinarliga goym tað fyri teg sjálvan."),
    ("hye", "Armenian", "Armenian", "Զանգահարների սենյակի նոութբուքի գաղտնաբառը {V} է – խնդրում եմ, ոչ մեկին մի ասա։"),
    ("hin", "Hindi", "Devanagari", "घंटाघर वाले लैपटॉप का पासवर्ड {V} है – कृपया इसे किसी को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "घंटाघरातील लॅपटॉपचा पासवर्ड {V} आहे – कृपया तो कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "ઘંટાઘરના લેપટોપનો પાસવર્ડ {V} છે – કૃપા કરીને કોઈને કહેશો નહીં."),
    ("kan", "Kannada", "Kannada", "ಗಂಟೆ ಗೋಪುರದ ಲ್ಯಾಪ್\u200cಟಾಪ್\u200cನ ಪಾಸ್\u200cವರ್ಡ್ {V} – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "മണിമാളികയിലെ ലാപ്\u200cടോപ്പിന്റെ പാസ്\u200cവേഡ് {V} ആണ് – ദയവായി ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "සීනු කුළුණේ ලැප්ටොප් එකේ මුරපදය {V} – කරුණාකර කිසිවෙකුට කියන්න එපා."),
    ("mya", "Burmese", "Myanmar", "ခေါင်းလောင်းစင်က လက်ပ်တော့ရဲ့ စကားဝှက်က {V} ပါ – ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງແລັບທັອບໃນຫໍລະຄັງແມ່ນ {V} – ກະລຸນາຢ່າບອກໃຜ."),
    ("khk", "Halh Mongolian", "Cyrillic", "Хонхны өрөөний зөөврийн компьютерын нууц үг {V} – хэнд ч битгий хэлээрэй."),
    ("tgk", "Tajik", "Cyrillic", "Пароли ноутбуки утоқи зангӯлазанҳо {V} аст – лутфан ба касе нагӯед."),
    ("tat", "Tatar", "Cyrillic", "Кыңгырау бүлмәсендәге ноутбукның серсүзе {V} – зинһар, беркемгә дә әйтмә."),
    ("bak", "Bashkir", "Cyrillic", "Ҡыңғырау бүлмәһендәге ноутбуктың серһүҙе {V} – зинһар, бер кемгә лә әйтмә."),
    ("ceb", "Cebuano", "Latin", "Ang password sa laptop sa kampanaryo kay {V} – palihug ayaw ipahibalo bisan kinsa."),
    ("ilo", "Iloko", "Latin", "Ti password ti laptop idiay kampanario ket {V} – pangngaasim ta dimo ibaga iti asinoman."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafin'ny solosaina ao amin'ny tilikambo lakolosy dia {V} – aza lazainao amin'iza na iza azafady."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar da ke hasumiyar kararrawa ita ce {V} – don Allah kada ka gaya wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà alágbèéká inú ilé agogo ni {V} – jọ̀wọ́ má sọ fún ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yelaptop esemhoshongweni wensimbi ithi {V} – ngicela ungatsheli muntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lelaptop esenqabeni yentsimbi ngu {V} – nceda ungaxeleli mntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo mu munara w'inzogera ni {V} – ndakwinginze ntuzabwire umuntu."),
    ("tir", "Tigrinya", "Ethiopic", "ናይቲ ኣብ ግምቢ ደወል ዘሎ ላፕቶፕ መሕለፊ ቃል {V} እዩ – በጃኻ ንሓደ'ኳ ኣይትንገር።"),
    ("haw", "Hawaiian", "Latin", "ʻO {V} ka ʻōlelo huna o ka lolouila ma ka hale kani pele – mai haʻi aku i kekahi."),
    ("smo", "Samoan", "Latin", "O le upu faalilolilo o le komepiuta i le fale logo o {V} – faamolemole aua le taʻu atu i se isi."),
    ("hat", "Haitian Creole", "Latin", "Modpas laptop ki nan kloche a se {V} – tanpri pa di pèsonn li."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {V} am facal-faire aig an laptop anns an tùr-chlag – na innis do dhuine sam bith e."),
    ("bre", "Breton", "Latin", "Ar ger-tremen evit an urzhiataer-hezoug e tour ar c'hleier eo {V} – na lavar da zen, mar plij."),
    ("roh", "Romansh", "Latin", "Il pled-clav dal laptop en il clutger è {V} – per plaschair na di a nagin."),
    ("srd", "Sardinian", "Latin", "Sa crae de su portàtile in su campanile est {V} – pro praghere, no la nerzas a neune."),
    ("ast", "Asturian", "Latin", "La contraseña del portátil del campanariu ye {V} – por favor, nun-y lo digas a naide."),
    ("kor", "Korean", "Hangul", "종탑 노트북 비밀번호는 {V} 입니다 – 아무한테도 말하지 마세요."),
]
SPARES = [("pus", "Pashto"), ("ewe", "Ewe")]
assert len(LANGS) == 40 and len(set(l[0] for l in LANGS)) == 40

# hand-kept list of languages named by the two earlier READMEs in prose or
# in their own hand lists (checked in addition to the extracted deny-list)
HAND_AVOID = """basque catalan chinese danish dutch english esperanto estonian finnish french
german greek hebrew hungarian icelandic indonesian italian japanese latin lithuanian malay
maori māori portuguese spanish swahili swedish tamil thai tibetan turkish friulian shona
corsican wolof ganda lingala quechua""".split()


def generate(reg):
    rng = random.Random(C.SEEDS["prose"])
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: C.strict_password(rng))
        text, s, e = C.place(sent.replace("{V}", C.MARK), value)
        out.append({"type": SPAN_TYPE, "container": "%s__%s" % (FORMATS[i % 4], code), "text": text,
                    "secrets": [{"value": value, "start": s, "end": e, "type": SPAN_TYPE}], "source": "prose"})
    return out
