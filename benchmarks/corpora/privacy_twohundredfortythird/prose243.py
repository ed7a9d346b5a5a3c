"""Prose: 40 languages, one sentence each; someone tells a colleague the woolshed office PC password."""
import random

from common243 import MARK, owner_password, span_record

SEED = 24304
TYPE = "woolshed_office_pc_password_in_message"
FORMATS = ["shearing_gang_chat_line", "wool_mill_sms", "yarn_shop_email_sentence", "farm_voicemail_transcript"]

# (code, name, script, sentence with {V}); every value is set off by whitespace
L = [
    ("pol", "Polish", "Latin", "Hasło do komputera w biurze przy wełniarni to {V} – proszę, nie podawaj go nikomu."),
    ("ces", "Czech", "Latin", "Heslo k počítači v kanceláři u střižny je {V} , prosím nikomu ho neříkej."),
    ("fao", "Faroese", "Latin", "Loyniorðið til teldluna á skrivstovuni er {V} , sig tað ikki við nakran."),
    ("por", "Portuguese", "Latin", "A senha do computador do escritório da tosquia é {V} , não a passes a ninguém."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina é {V} , non llo digas a ninguén."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de kompjûter op it kantoar is {V} , fertel it oan nimmen."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Computer am Büro ass {V} , sot et w.e.g. kengem weider."),
    ("bre", "Breton", "Latin", "Ger-tremen an urzhiataer er burev eo {V} , na lavar anezhañ da zen."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {V} am facal-faire airson a' choimpiutair san oifis, na innis do dhuine e."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у канцеларији је {V} , немој никоме да је кажеш."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u kancelariji je {V} , nemoj je nikome reći."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в конторе у стригальни — {V} , никому его не говори."),
    ("hye", "Armenian", "Armenian", "Գրասենյակի համակարգչի գաղտնաբառը {V} է, ոչ մեկին մի ասա։"),
    ("uzn", "Uzbek", "Latin", "Ofisdagi kompyuterning paroli {V} , uni hech kimga aytma."),
    ("tat", "Tatar", "Cyrillic", "Офистагы компьютерның серсүзе {V} , аны беркемгә дә әйтмә."),
    ("khk", "Mongolian", "Cyrillic", "Оффисын компьютерын нууц үг {V} , хэнд ч бүү хэл."),
    ("cmn", "Mandarin Chinese", "Han", "剪毛棚办公室电脑的密码是 {V} ，别告诉别人。"),
    ("kor", "Korean", "Hangul", "사무실 컴퓨터 비밀번호는 {V} 이니까 아무한테도 말하지 마."),
    ("zsm", "Malay", "Latin", "Kata laluan komputer pejabat ialah {V} , jangan beritahu sesiapa."),
    ("hin", "Hindi", "Devanagari", "दफ़्तर के कंप्यूटर का पासवर्ड {V} है, किसी को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "ऑफिसच्या संगणकाचा पासवर्ड {V} आहे, कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "ઓફિસના કમ્પ્યુટરનો પાસવર્ડ {V} છે, કોઈને કહેતા નહીં."),
    ("kan", "Kannada", "Kannada", "ಆಫೀಸ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} ಆಗಿದೆ, ಯಾರಿಗೂ ಹೇಳಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "කාර්යාල පරිගණකයේ මුරපදය {V} , කාටවත් කියන්න එපා."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງການແມ່ນ {V} ຢ່າບອກໃຜເດີ້."),
    ("mya", "Burmese", "Myanmar", "ရုံးကွန်ပျူတာရဲ့ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar ofis ita ce {V} , kada ka gaya wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ni {V} , má ṣe sọ fún ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi ithi {V} , ungamtsheli muntu."),
    ("xho", "Xhosa", "Latin", "Iphaswedi yekhompyutha yaseofisini ithi {V} , musa ukuxelela mntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo mu biro ni {V} , ntuzaribwire undi muntu."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die kantoorrekenaar by die skeerskuur is {V} , moet dit vir niemand sê nie."),
    ("tir", "Tigrinya", "Ethiopic", "ናይ ቤት ጽሕፈት ኮምፒተር መሕለፊ ቃል {V} እዩ፣ ንማንም ኣይትንገር።"),
    ("kmr", "Kurmanji Kurdish", "Latin", "Şîfreya kompîtera nivîsgehê {V} e, ji kesî re nebêje."),
    ("pbt", "Pashto", "Arabic", "د دفتر د کمپیوټر پټنوم {V} دی، هیچا ته یې مه وایه."),
    ("tgk", "Tajik", "Cyrillic", "Рамзи компютери идора {V} аст, ба ҳеҷ кас нагӯ."),
    ("uig", "Uyghur", "Arabic", "ئىشخانا كومپيۇتېرىنىڭ پارولى {V} ، ھېچكىمگە دېمە."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafina amin'ny solosaina ao amin'ny birao dia {V} , aza lazaina amin'olona."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè biwo a se {V} , pa di pèsonn li."),
]
SPARES = [("pap", "Papiamento"), ("tpi", "Tok Pisin")]
assert len(L) == 40 and len({x[0] for x in L}) == 40


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(L):
        v = reg.draw(lambda: owner_password(rng, "-_."))
        fmt = FORMATS[i % 4]
        recs.append(span_record("p243-s-%04d" % (start_index + i), TYPE, fmt + "__" + code,
                                sent.replace("{V}", MARK), v, "prose"))
    return recs
