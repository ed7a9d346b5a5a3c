"""Prose source: someone tells a colleague the reception PC password, 40 languages."""
import random

from common237 import MARK, owner_password, place

SEED = 23704
SPAN_TYPE = "reception_pc_password_told_in_message"
FORMATS = ["front_desk_chat_line", "hygienist_sms", "lab_liaison_email_sentence",
           "practice_manager_voicemail_transcript"]
P = "{S}"

LANGS = [
    ("eng", "English", "Latin", "Hi Sam, the reception PC password is now {S} – please keep it to yourself."),
    ("nob", "Norwegian Bokmål", "Latin", "Hei, passordet til resepsjons-PC-en er {S} – ikke gi det til noen andre."),
    ("gle", "Irish", "Latin", "Haigh, is é pasfhocal ríomhaire na fáilte ná {S} – ná tabhair d'aon duine eile é."),
    ("gla", "Scottish Gaelic", "Latin", "Halò, 's e facal-faire coimpiutair an ionad-fàilte {S} – na toir do dhuine sam bith e."),
    ("bre", "Breton", "Latin", "Demat, ger-tremen urzhiataer an degemer eo {S} – na roit anezhañ da zen all."),
    ("glg", "Galician", "Latin", "Ola, o contrasinal do ordenador da recepción é {S} – non llo deas a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "Moien, d'Passwuert vum Computer um Empfang ass {S} – gëff et w.e.g. kengem weider."),
    ("fry", "Frisian", "Latin", "Hoi, it wachtwurd fan de kompjûter by de resepsje is {S} – jou it net oan oaren troch."),
    ("rus", "Russian", "Cyrillic", "Привет, пароль от компьютера на ресепшене — {S} — никому его не говори, пожалуйста."),
    ("srp", "Serbian", "Cyrillic", "Ћао, лозинка за рачунар на рецепцији је {S} – немој је никоме давати."),
    ("bos", "Bosnian", "Latin", "Ćao, šifra za računar na recepciji je {S} – nemoj je nikome davati."),
    ("yid", "Yiddish", "Hebrew", "העלא, דאָס פּאַראָל פֿון דעם קאָמפּיוטער בײַ דער רעצעפּציע איז {S} – גיב עס נישט ווייטער."),
    ("kor", "Korean", "Hangul", "안녕하세요, 접수처 컴퓨터 비밀번호는 {S} 입니다 – 다른 사람에게 알려주지 마세요."),
    ("yue", "Cantonese", "Han", "喂，前台部電腦嘅密碼係 {S} ，唔好話俾其他人知呀。"),
    ("khk", "Mongolian", "Cyrillic", "Сайн уу, хүлээн авахын компьютерийн нууц үг {S} – хэнд ч битгий хэлээрэй."),
    ("uzn", "Uzbek", "Latin", "Salom, qabulxonadagi kompyuter paroli {S} – uni hech kimga bermang."),
    ("tat", "Tatar", "Cyrillic", "Сәлам, кабул итү бүлмәсендәге компьютер серсүзе {S} – аны беркемгә дә әйтмә."),
    ("hin", "Hindi", "Devanagari", "नमस्ते, रिसेप्शन वाले कंप्यूटर का पासवर्ड {S} है – किसी और को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "नमस्कार, रिसेप्शनच्या संगणकाचा पासवर्ड {S} आहे – तो कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "નમસ્તે, રિસેપ્શનના કમ્પ્યુટરનો પાસવર્ડ {S} છે – કોઈને કહેતા નહીં."),
    ("kan", "Kannada", "Kannada", "ನಮಸ್ಕಾರ, ರಿಸೆಪ್ಷನ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {S} – ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ഹായ്, റിസപ്ഷൻ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {S} ആണ് – ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "ආයුබෝවන්, පිළිගැනීමේ පරිගණකයේ මුරපදය {S} – කාටවත් කියන්න එපා."),
    ("khm", "Khmer", "Khmer", "សួស្តី ពាក្យសម្ងាត់កុំព្យូទ័រនៅកន្លែងទទួលភ្ញៀវគឺ {S} សូមកុំប្រាប់អ្នកផ្សេង។"),
    ("lao", "Lao", "Lao", "ສະບາຍດີ ລະຫັດຜ່ານຄອມພິວເຕີຢູ່ບ່ອນຕ້ອນຮັບແມ່ນ {S} ຢ່າບອກໃຜເດີ."),
    ("mya", "Burmese", "Myanmar", "မင်္ဂလာပါ ဧည့်ကြိုကွန်ပျူတာ စကားဝှက်က {S} ပါ တခြားသူကို မပြောပါနဲ့။"),
    ("zsm", "Malay", "Latin", "Hai, kata laluan komputer di kaunter penyambut tetamu ialah {S} – jangan beritahu sesiapa."),
    ("ceb", "Cebuano", "Latin", "Hi, ang password sa kompyuter sa reception kay {S} – ayaw ni ihatag sa uban."),
    ("mlg", "Malagasy", "Latin", "Salama, ny teny miafina amin'ny solosaina eo amin'ny fandraisana dia {S} – aza omena olon-kafa."),
    ("hau", "Hausa", "Latin", "Sannu, kalmar sirri ta kwamfutar liyafa ita ce {S} – kada ka ba kowa."),
    ("yor", "Yoruba", "Latin", "Ẹ n lẹ, ọ̀rọ̀ aṣínà kọ̀mpútà ibi ìgbàlejò ni {S} – má ṣe fún ẹnikẹ́ni."),
    ("ibo", "Igbo", "Latin", "Ndewo, okwuntughe kọmputa nnabata bụ {S} – enyela onye ọzọ ya."),
    ("zul", "Zulu", "Latin", "Sawubona, iphasiwedi yekhompyutha yokwamukela ithi {S} – ungayiniki muntu."),
    ("xho", "Xhosa", "Latin", "Molo, igama lokugqitha lekhompyutha yolwamkelo ngu {S} – musa ukulinika mntu."),
    ("kin", "Kinyarwanda", "Latin", "Muraho, ijambo ry'ibanga rya mudasobwa yo kwakira abantu ni {S} – ntuzaryereke undi muntu."),
    ("hat", "Haitian Creole", "Latin", "Bonjou, modpas òdinatè resepsyon an se {S} – pa bay pèsonn li."),
    ("que", "Quechua", "Latin", "Allillanchu, chaskiq computadorapa pakasqa siminqa {S} – ama pimanpas qunkichu."),
    ("tgk", "Tajik", "Cyrillic", "Салом, пароли компютери қабулгоҳ {S} аст – ба ҳеҷ кас нагӯ."),
    ("sco", "Scots", "Latin", "Hullo, the passwird fur the front desk computer is {S} – dinnae gie it tae onybody."),
    ("ast", "Asturian", "Latin", "Hola, la contraseña del ordenador de la recepción ye {S} – nun-y la des a naide."),
]
SPARES = [("pus", "Pashto"), ("fao", "Faroese")]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        text, s, e = place(sent.replace(P, MARK), value)
        recs.append({"type": SPAN_TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": SPAN_TYPE}], "source": "prose"})
    return recs
