"""Prose positives: one sentence per language in which someone gives the password of the engraving laptop."""
import random
import re

import common265 as C
from common265 import MARK

TYPE = "engraving_laptop_password_in_remark"
FORMATS = ["pen_clinic_postcard_note", "bench_whiteboard_line", "till_roll_scribble", "workshop_intercom_transcript"]
V = MARK

# (ISO 639-3 code, English name, script, confidence, sentence)
LANGS = [
    ("deu", "German", "Latin", "fair", "Das Passwort für den Gravur-Laptop im Hinterzimmer ist " + V + " – bitte behalte es für dich."),
    ("fra", "French", "Latin", "fair", "Le mot de passe du portable de gravure, dans l'arrière-boutique, est " + V + " : garde-le pour toi, s'il te plaît."),
    ("spa", "Spanish", "Latin", "fair", "La contraseña del portátil de grabado de la trastienda es " + V + " y, por favor, no se la digas a nadie."),
    ("ita", "Italian", "Latin", "fair", "La password del portatile per le incisioni nel retrobottega è " + V + " e ti prego di tenerla per te."),
    ("por", "Portuguese", "Latin", "fair", "A senha do portátil de gravação na sala dos fundos é " + V + " – por favor, guarda-a só para ti."),
    ("nld", "Dutch", "Latin", "fair", "Het wachtwoord van de graveerlaptop in de achterkamer is " + V + " – hou het alsjeblieft voor jezelf."),
    ("swe", "Swedish", "Latin", "fair", "Lösenordet till graveringsdatorn i bakrummet är " + V + " – behåll det för dig själv, tack."),
    ("dan", "Danish", "Latin", "fair", "Adgangskoden til graveringscomputeren i baglokalet er " + V + " – hold den venligst for dig selv."),
    ("nob", "Norwegian Bokmål", "Latin", "fair", "Passordet til graveringsmaskinen på bakrommet er " + V + " – vær så snill og hold det for deg selv."),
    ("fin", "Finnish", "Latin", "modest", "Takahuoneen kaiverruskoneen salasana on " + V + " – pidäthän sen omana tietonasi."),
    ("tur", "Turkish", "Latin", "fair", "Arka odadaki gravür dizüstü bilgisayarının şifresi " + V + " – lütfen bunu kendine sakla."),
    ("arb", "Standard Arabic", "Arabic", "modest", "كلمة المرور لحاسوب النقش المحمول في الغرفة الخلفية هي " + V + " – أرجو أن تحتفظ بها لنفسك."),
    ("pes", "Iranian Persian", "Arabic", "modest", "رمز عبور لپ\u200cتاپ حکاکی در اتاق پشتی " + V + " است – لطفاً آن را پیش خودت نگه دار."),
    ("urd", "Urdu", "Arabic", "low", "پچھلے کمرے میں کندہ کاری والے لیپ ٹاپ کا پاس ورڈ " + V + " ہے – براہِ کرم اسے اپنے تک ہی رکھنا۔"),
    ("ben", "Bengali", "Bengali", "low", "পেছনের ঘরের খোদাইয়ের ল্যাপটপের পাসওয়ার্ড " + V + " – দয়া করে এটা নিজের কাছেই রেখো।"),
    ("jpn", "Japanese", "Han and kana", "modest", "奥の部屋にある彫刻用ノートパソコンのパスワードは " + V + " です。誰にも言わないでね。"),
    ("cmn", "Mandarin Chinese", "Han", "modest", "后屋那台雕刻用笔记本电脑的密码是 " + V + " ，请你自己知道就好，别告诉别人。"),
    ("vie", "Vietnamese", "Latin", "modest", "Mật khẩu của máy tính xách tay khắc chữ ở phòng sau là " + V + " – làm ơn giữ kín giùm mình nhé."),
    ("tha", "Thai", "Thai", "low", "รหัสผ่านของโน้ตบุ๊กแกะสลักในห้องหลังร้านคือ " + V + " ช่วยเก็บไว้คนเดียวนะ"),
    ("ukr", "Ukrainian", "Cyrillic", "fair", "Пароль до ноутбука для гравіювання в задній кімнаті: " + V + " – будь ласка, тримай його при собі."),
    ("ron", "Romanian", "Latin", "fair", "Parola laptopului de gravură din camera din spate este " + V + " – te rog să o păstrezi pentru tine."),
    ("bul", "Bulgarian", "Cyrillic", "fair", "Паролата на лаптопа за гравиране в задната стая е " + V + " – моля те, запази я за себе си."),
    ("hrv", "Croatian", "Latin", "fair", "Lozinka za laptop za graviranje u stražnjoj sobi je " + V + " – molim te, zadrži je za sebe."),
    ("srp", "Serbian", "Cyrillic", "fair", "Лозинка за лаптоп за гравирање у задњој соби је " + V + " – молим те, задржи је за себе."),
    ("slk", "Slovak", "Latin", "fair", "Heslo k notebooku na gravírovanie v zadnej miestnosti je " + V + " – prosím, nechaj si ho pre seba."),
    ("slv", "Slovenian", "Latin", "fair", "Geslo za prenosnik za graviranje v zadnji sobi je " + V + " – prosim, obdrži ga zase."),
    ("cym", "Welsh", "Latin", "modest", "Cyfrinair y gliniadur ysgythru yn yr ystafell gefn yw " + V + " – cadwa fe i ti dy hun, plîs."),
    ("kat", "Georgian", "Georgian", "low", "უკანა ოთახში გრავირების ლეპტოპის პაროლია " + V + " – გთხოვ, არავის უთხრა."),
    ("kaz", "Kazakh", "Cyrillic", "modest", "Артқы бөлмедегі гравюра ноутбугының құпиясөзі " + V + " – өтінемін, оны ешкімге айтпа."),
    ("amh", "Amharic", "Ethiopic", "low", "በኋላ ክፍል ያለው የቅርጻ ቅርጽ ላፕቶፕ የይለፍ ቃል " + V + " ነው – እባክህ ለራስህ ብቻ ያዝ።"),
    ("som", "Somali", "Latin", "low", "Furaha sirta ah ee laptop-ka xardhidda ee qolka dambe waa " + V + " – fadlan adiga keliya ha ogaado."),
    ("tgl", "Tagalog", "Latin", "modest", "Ang password ng laptop na pang-ukit sa likod na kuwarto ay " + V + " – pakiusap, sa iyo na lang iyan."),
    ("zsm", "Standard Malay", "Latin", "modest", "Kata laluan komputer riba ukiran di bilik belakang ialah " + V + " – tolong simpan untuk diri sendiri."),
    ("npi", "Nepali", "Devanagari", "low", "पछाडिको कोठामा रहेको खोपाइ ल्यापटपको पासवर्ड " + V + " हो – कृपया आफैँसँग राख्नुहोस्।"),
    ("pan", "Panjabi", "Gurmukhi", "low", "ਪਿਛਲੇ ਕਮਰੇ ਵਾਲੇ ਨੱਕਾਸ਼ੀ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ " + V + " ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਆਪਣੇ ਕੋਲ ਹੀ ਰੱਖਣਾ।"),
    ("tel", "Telugu", "Telugu", "low", "వెనుక గదిలోని చెక్కడం ల్యాప్\u200cటాప్ పాస్\u200cవర్డ్ " + V + " – దయచేసి దీన్ని నీ దగ్గరే ఉంచుకో."),
    ("lvs", "Standard Latvian", "Latin", "modest", "Gravēšanas klēpjdatora parole aizmugurējā telpā ir " + V + " – lūdzu, paturi to pie sevis."),
    ("als", "Tosk Albanian", "Latin", "modest", "Fjalëkalimi i laptopit të gdhendjes në dhomën e pasme është " + V + " – të lutem, mbaje për vete."),
    ("mkd", "Macedonian", "Cyrillic", "fair", "Лозинката за лаптопот за гравирање во задната соба е " + V + " – те молам, чувај ја за себе."),
    ("bel", "Belarusian", "Cyrillic", "modest", "Пароль ад ноўтбука для гравіроўкі ў задняй пакоі – " + V + " – калі ласка, нікому яго не кажы."),
]
SPARES = [("mlt", "Maltese"), ("epo", "Esperanto"), ("kir", "Kirghiz"), ("azj", "North Azerbaijani")]


def build(reg):
    rng = random.Random(C.SEEDS["prose"])
    recs = []
    for i, (code, name, script, conf, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        for _ in range(2000):
            v = C.owner_password(rng, C.JOIN_STRICT, 0.3)
            text, s, e = C.place(sent, v)
            if text.count(v) != 1 or [x for x in C.PW_FORM_ANY_RE.findall(text) if x != v]:
                continue
            if not reg.add(v):
                continue
            break
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return recs


def set_off(text, s, e):
    return (s == 0 or text[s - 1].isspace()) and (e == len(text) or text[e].isspace())
