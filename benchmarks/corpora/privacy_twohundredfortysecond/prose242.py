"""Prose: someone tells a colleague the parlour office PC password, in 40 languages."""
import random

from common242 import MARK, span_record, world_password

SEED = 24204
TYPE = "parlour_office_pc_password_told_in_message"
V = MARK

# (iso639-3, name, script, sentence)
LANGS = [
    ("eng", "English", "Latin", "Hi Sam, the password for the office PC in the parlour is " + V + " and please keep it to yourself."),
    ("nob", "Norwegian Bokmål", "Latin", "Hei Ola, passordet til kontor-PC-en i isbaren er " + V + " – hold det for deg selv."),
    ("glg", "Galician", "Latin", "Ola Brais, o contrasinal do ordenador da oficina da xeadería é " + V + " e, por favor, non llo digas a ninguén."),
    ("gle", "Irish", "Latin", "A Sheáin, is é " + V + " pasfhocal ríomhaire na hoifige sa siopa uachtar reoite, coinnigh agat féin é le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "A Mhòrag, ’s e " + V + " am facal-faire airson coimpiutair na h-oifis, cùm agad fhèin e."),
    ("ltz", "Luxembourgish", "Latin", "Moien Jang, d’Passwuert fir de Büro-PC an der Glacerie ass " + V + " a behal et w.e.g. fir dech."),
    ("fao", "Faroese", "Latin", "Hey Rói, loyniorðið til skrivstovutelduna í ísbúðini er " + V + " og halt tað fyri teg sjálvan."),
    ("srp", "Serbian", "Cyrillic", "Ћао Марко, лозинка за канцеларијски рачунар у посластичарници је " + V + " и молим те, задржи је за себе."),
    ("rus", "Russian", "Cyrillic", "Саша, пароль от офисного компьютера в кафе-мороженом — " + V + " и никому его не говори."),
    ("hin", "Hindi", "Devanagari", "राहुल, आइसक्रीम पार्लर के ऑफ़िस कंप्यूटर का पासवर्ड " + V + " है, इसे अपने तक ही रखना।"),
    ("mar", "Marathi", "Devanagari", "अमित, आइस्क्रीम पार्लरच्या ऑफिस संगणकाचा पासवर्ड " + V + " आहे, तो कोणाला सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "નીલ, આઇસક્રીમ પાર્લરના ઓફિસ કમ્પ્યુટરનો પાસવર્ડ " + V + " છે, તે કોઈને કહેતો નહીં."),
    ("kan", "Kannada", "Kannada", "ರವಿ, ಐಸ್‌ಕ್ರೀಮ್ ಪಾರ್ಲರ್‌ನ ಆಫೀಸ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ " + V + " ಆಗಿದೆ, ಇದನ್ನು ಯಾರಿಗೂ ಹೇಳಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "അനു, ഐസ്ക്രീം പാർലറിലെ ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് " + V + " ആണ്, ഇത് ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "නිමල්, අයිස්ක්‍රීම් කඩේ කාර්යාල පරිගණකයේ මුරපදය " + V + " යි, ඒක කාටවත් කියන්න එපා."),
    ("khm", "Khmer", "Khmer", "សុខា ពាក្យសម្ងាត់កុំព្យូទ័រការិយាល័យនៅហាងការ៉េម គឺ " + V + " សូមកុំប្រាប់អ្នកណាម្នាក់។"),
    ("lao", "Lao", "Lao", "ສົມພອນ ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງການຂອງຮ້ານກະແລ້ມ ແມ່ນ " + V + " ກະລຸນາຢ່າບອກໃຜ."),
    ("mya", "Burmese", "Myanmar", "ကိုအောင် ရေခဲမုန့်ဆိုင်ရုံးခန်းကွန်ပျူတာရဲ့ စကားဝှက်က " + V + " ပါ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("cmn", "Mandarin Chinese", "Han", "小王，冰淇淋店办公室电脑的密码是 " + V + " ，请不要告诉别人。"),
    ("kor", "Korean", "Hangul", "민준 씨, 아이스크림 가게 사무실 컴퓨터 비밀번호는 " + V + " 이에요. 다른 사람한테는 말하지 마세요."),
    ("zul", "Zulu", "Latin", "Sipho, iphasiwedi yekhompyutha yasehhovisi esitolo se-ayisikhilimu ithi " + V + " kodwa ungayitsheli muntu."),
    ("xho", "Xhosa", "Latin", "Thando, igama lokugqitha lekhompyutha yeofisi kwivenkile ye-ayisikrimu ngu " + V + " kwaye ungaxeleli mntu."),
    ("hau", "Hausa", "Latin", "Musa, kalmar sirri ta kwamfutar ofis na shagon ice cream ita ce " + V + " kuma kada ka gaya wa kowa."),
    ("yor", "Yoruba", "Latin", "Túndé, ọ̀rọ̀ aṣínà kọ̀mpútà ọ́fíìsì ilé ìtajà yinyin ipara ni " + V + " ṣùgbọ́n má ṣe sọ fún ẹnikẹ́ni."),
    ("mlg", "Malagasy", "Latin", "Rakoto, ny tenimiafina amin’ny solosaina ao amin’ny biraon’ny fivarotana gilasy dia " + V + " ary aza lazainao amin’olona."),
    ("uzn", "Uzbek", "Latin", "Jasur, muzqaymoq do‘konidagi ofis kompyuterining paroli " + V + " bo‘ladi, hech kimga aytma."),
    ("tgk", "Tajik", "Cyrillic", "Фаридун, пароли компютери офиси дӯкони яхмос " + V + " аст, ба ҳеҷ кас нагӯ."),
    ("khk", "Mongolian", "Cyrillic", "Бат аа, зайрмагны дэлгүүрийн оффисын компьютерийн нууц үг " + V + " шүү, хэнд ч битгий хэлээрэй."),
    ("tat", "Tatar", "Cyrillic", "Айдар, туңдырма кибетенең офис компьютеры серсүзе " + V + " була, беркемгә дә әйтмә."),
    ("zsm", "Malay", "Latin", "Aiman, kata laluan komputer pejabat di kedai aiskrim ialah " + V + " dan tolong jangan beritahu sesiapa."),
    ("ceb", "Cebuano", "Latin", "Jun, ang password sa kompyuter sa opisina sa ice cream shop kay " + V + " ug ayaw kini isulti bisan kinsa."),
    ("hat", "Haitian Creole", "Latin", "Jak, modpas òdinatè biwo magazen krèm lan se " + V + " epi pa di pèsonn li."),
    ("fry", "West Frisian", "Latin", "Hoi Sjoerd, it wachtwurd fan de kantoar-PC yn de iiswinkel is " + V + " en hâld it foar dysels."),
    ("ast", "Asturian", "Latin", "Hola Xuan, la contraseña del ordenador de la oficina de la xelatería ye " + V + " y, por favor, nun-y lo digas a naide."),
    ("ckb", "Central Kurdish", "Arabic", "ئاراس، وشەی نهێنی کۆمپیوتەری ئۆفیسی دوکانی بەستەنی " + V + " یە، بە کەسی مەڵێ."),
    ("pbt", "Pashto", "Arabic", "احمد، د آیس کریم پلورنځي د دفتر کمپیوټر پټنوم " + V + " دی، هېچا ته یې مه وایه."),
    ("tir", "Tigrinya", "Ethiopic", "ዳዊት፡ ናይቲ ድኳን ኣይስክሬም ቤት ጽሕፈት ኮምፒተር ፓስዋርድ " + V + " እዩ፡ ንዝኾነ ሰብ ኣይትንገር።"),
    ("kin", "Kinyarwanda", "Latin", "Eric, ijambo ry’ibanga rya mudasobwa y’ibiro by’iduka rya ice cream ni " + V + " kandi ntukaribwire umuntu."),
    ("bre", "Breton", "Latin", "Demat Yann, ar ger-tremen evit urzhiataer ar burev er stal dienn-skorn eo " + V + " ha mar plij dalc’h anezhañ evidout."),
    ("scn", "Sicilian", "Latin", "Turi, a password dû computer di l’ufficiu dâ gelateria è " + V + " e nun ci la diri a nuddu."),
]
SPARES = [("vec", "Venetian"), ("bos", "Bosnian")]
assert len(LANGS) == 40 and len({l[0] for l in LANGS}) == 40

FORMATS = [
    ("parlour_staff_chat_line", lambda s: "[18:02] Giulia: " + s + "\n"),
    ("van_driver_sms", lambda s: "SMS 07:41 from Van 6: " + s + "\n"),
    ("gelato_lab_email_sentence", lambda s: "Subject: office PC\n\n" + s + "\n\nThanks,\nChiara\n"),
    ("parlour_voicemail_transcript", lambda s: "Voicemail transcript (0:19): " + s + "\n"),
]


def build(registry, next_id):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt, wrap = FORMATS[i % 4]
        while True:
            v = registry.draw(lambda: world_password(rng, strict=True))
            text = wrap(sent).replace(MARK, v)
            if text.count(v) == 1:
                break
        recs.append(span_record(next_id(), TYPE, fmt + "__" + code, text, v, "prose"))
    return recs
