"""Prose source: one sentence in each of 40 languages; someone tells a colleague the arrangement-room PC
password and asks them not to forward it. The value is set off by whitespace on both sides."""
import random

from common224 import SEEDS, SLOT, password, record

TYPE = "arrangement_pc_password_in_message"
FORMATS = ["arrangement_team_chat_line", "funeral_office_sms", "crematorium_email_sentence",
           "mason_yard_voicemail_transcript"]
V = SLOT

# code, name, script, confidence, sentence
LANGS = [
    ("rus", "Russian", "Cyrillic", "fair", "Пароль от компьютера в комнате для встреч с семьями: %s — пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "modest", "Лозинка за рачунар у сали за договоре је %s – молим те, не прослеђуј је никоме."),
    ("nob", "Norwegian Bokmål", "Latin", "fair", "Passordet til PC-en på samtalerommet er %s – ikke send det videre, er du snill."),
    ("gle", "Irish", "Latin", "low", "Is é %s an pasfhocal don ríomhaire sa seomra socraithe – ná seol ar aghaidh é, le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "low", "'S e %s am facal-faire airson a' choimpiutair san t-seòmar-rèiteachaidh – na cuir air adhart e, mas e do thoil e."),
    ("bre", "Breton", "Latin", "low", "Ar ger-tremen evit an urzhiataer er sal emglev eo %s – na gas anezhañ da zen all, mar plij."),
    ("eus", "Basque", "Latin", "modest", "Akordio-gelako ordenagailuaren pasahitza %s da – mesedez, ez birbidali inori."),
    ("cat", "Catalan", "Latin", "fair", "La contrasenya de l'ordinador de la sala d'acords és %s – si us plau, no la reenviïs a ningú."),
    ("glg", "Galician", "Latin", "fair", "O contrasinal do ordenador da sala de acordos é %s – por favor, non o reenvíes a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "modest", "D'Passwuert fir de PC am Gespréichsraum ass %s – schéck et w.e.g. net weider."),
    ("fry", "Western Frisian", "Latin", "low", "It wachtwurd fan 'e kompjûter yn 'e petearkeamer is %s – stjoer it asjebleaft net troch."),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "fair", "打ち合わせ室のPCのパスワードは %s です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "modest", "상담실 PC 비밀번호는 %s 입니다. 다른 사람에게 전달하지 마세요."),
    ("ben", "Bengali", "Bengali", "low", "আলোচনা কক্ষের পিসির পাসওয়ার্ড হলো %s – দয়া করে এটা কাউকে ফরোয়ার্ড করবেন না।"),
    ("guj", "Gujarati", "Gujarati", "low", "વાતચીત રૂમના પીસીનો પાસવર્ડ %s છે – કૃપા કરીને તે કોઈને ફોરવર્ડ કરશો નહીં."),
    ("mar", "Marathi", "Devanagari", "low", "चर्चा खोलीतील पीसीचा पासवर्ड %s आहे – कृपया तो कोणालाही फॉरवर्ड करू नका."),
    ("kan", "Kannada", "Kannada", "low", "ಸಮಾಲೋಚನೆ ಕೊಠಡಿಯ ಪಿಸಿಯ ಪಾಸ್‌ವರ್ಡ್ %s – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "low", "ചർച്ചാ മുറിയിലെ പിസിയുടെ പാസ്‌വേഡ് %s ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "low", "සාකච්ඡා කාමරයේ පරිගණකයේ මුරපදය %s – කරුණාකර එය කාටවත් යොමු කරන්න එපා."),
    ("mya", "Burmese", "Myanmar", "low", "ဆွေးနွေးခန်း ကွန်ပျူတာ စကားဝှက်က %s ပါ – ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("khm", "Khmer", "Khmer", "low", "ពាក្យសម្ងាត់កុំព្យូទ័រនៅបន្ទប់ពិភាក្សា គឺ %s – សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
    ("msa", "Malay", "Latin", "fair", "Kata laluan PC di bilik perbincangan ialah %s – tolong jangan hantar kepada orang lain."),
    ("ceb", "Cebuano", "Latin", "modest", "Ang password sa PC sa kwarto sa arrangement kay %s – palihug ayaw kini i-forward bisan kang kinsa."),
    ("hau", "Hausa", "Latin", "low", "Kalmar sirrin kwamfutar ɗakin tattaunawa ita ce %s – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "low", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà yàrá ìjíròrò ni %s – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("ibo", "Igbo", "Latin", "low", "Okwuntughe kọmputa dị n'ime ụlọ mkparịta ụka bụ %s – biko ezigala ya onye ọzọ."),
    ("zul", "Zulu", "Latin", "low", "Iphasiwedi yekhompyutha esegumbini lokuhlela ithi %s – ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "low", "Igama lokugqitha lekhompyutha kwigumbi lokucwangcisa ngu %s – nceda ungalithumeli komnye umntu."),
    ("kin", "Kinyarwanda", "Latin", "low", "Ijambo ry'ibanga rya mudasobwa yo mu cyumba cy'ibiganiro ni %s – ndakwinginze ntuyoherereze abandi."),
    ("tir", "Tigrinya", "Ethiopic", "low", "ናይ ክፍሊ ምርድዳእ ኮምፒተር መሕለፊ ቃል %s እዩ – በጃኻ ንኻልእ ሰብ ኣይትስደዶ።"),
    ("plt", "Plateau Malagasy", "Latin", "low", "Ny teny miafina amin'ny solosaina ao amin'ny efitrano fifampiresahana dia %s – aza alefa amin'ny hafa azafady."),
    ("uzn", "Northern Uzbek", "Latin", "modest", "Suhbat xonasidagi kompyuterning paroli %s – iltimos, uni hech kimga yubormang."),
    ("tgk", "Tajik", "Cyrillic", "low", "Пароли компютери утоқи гуфтугӯ %s аст – лутфан онро ба касе нафиристед."),
    ("kmr", "Northern Kurdish", "Latin", "low", "Şîfreya komputera odeya hevdîtinê %s e – ji kerema xwe ji kesî re neşîne."),
    ("pbt", "Southern Pashto", "Arabic", "low", "د خبرو اترو د کوټې د کمپیوټر پټنوم %s دی – مهرباني وکړه هیچا ته یې مه لیږه."),
    ("hat", "Haitian Creole", "Latin", "modest", "Modpas òdinatè nan sal randevou a se %s – tanpri pa voye l bay pèsonn."),
    ("mri", "Maori", "Latin", "low", "Ko te kupuhipa mō te rorohiko i te rūma whakarite ko %s – kaua e tukuna atu ki ētahi atu."),
    ("heb", "Hebrew", "Hebrew", "modest", "הסיסמה של המחשב בחדר הסידורים היא %s – בבקשה אל תעביר אותה הלאה."),
    ("hin", "Hindi", "Devanagari", "fair", "बातचीत वाले कमरे के पीसी का पासवर्ड %s है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("tat", "Tatar", "Cyrillic", "low", "Сөйләшү бүлмәсендәге компьютерның серсүзе %s – зинһар, аны беркемгә дә җибәрмә."),
]
SPARES = [("sco", "Scots"), ("ast", "Asturian")]

NAMES = ["Helen", "Tom", "Priya", "Mara", "Dave", "Ruth", "Sam", "Owen"]


def wrap(fmt, sentence, i):
    who = NAMES[i % len(NAMES)]
    to = NAMES[(i + 3) % len(NAMES)]
    if fmt == "arrangement_team_chat_line":
        return "[%02d:%02d] %s: %s\n" % (8 + i % 9, (i * 7) % 60, who, sentence)
    if fmt == "funeral_office_sms":
        return "SMS from %s (07700 900%03d):\n%s\n" % (who, 100 + i, sentence)
    if fmt == "crematorium_email_sentence":
        return "From: %s\nTo: %s\nSubject: PC\n\n%s\n\n%s\n" % (who.lower() + "@eastgate-funerals.example",
                                                          to.lower() + "@eastgate-funerals.example", sentence, who)
    if fmt == "mason_yard_voicemail_transcript":
        return "Voicemail transcript (automatic, %d s): \"%s\"\n" % (20 + i, sentence)
    raise ValueError(fmt)


def build(reg, start_id):
    rng = random.Random(SEEDS["prose"])
    recs = []
    for i, (code, _name, _script, _conf, sent) in enumerate(LANGS):
        fmt = FORMATS[i % len(FORMATS)]
        v = reg.draw(lambda: password(rng, strict=True))
        tmpl = wrap(fmt, sent % V, i)
        recs.append(record("p224-s-%04d" % (start_id + i), TYPE, fmt + "__" + code, tmpl, v, "prose"))
    return recs
