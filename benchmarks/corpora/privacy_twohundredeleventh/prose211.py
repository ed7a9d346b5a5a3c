"""Prose source: one sentence per language, someone passes on the seed-library laptop password."""
import random
import common211 as C
from common211 import MARK

SEED = 21104
TYPE = "seed_library_laptop_password_in_message"
FORMATS = ["plot_chat_line", "committee_sms", "seedlib_email_sentence", "shed_voicemail_transcript"]
V = MARK
# (code, name, script, sentence)
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du portable de la grainothèque est " + V + " mais ne le transfère à personne, s'il te plaît."),
    ("spa", "Spanish", "Latin", "La contraseña del portátil de la biblioteca de semillas es " + V + " pero no se la reenvíes a nadie, por favor."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de laptop van de zadenbibliotheek is " + V + " maar stuur het alsjeblieft niet door."),
    ("eng", "English", "Latin", "The seed library laptop password is " + V + " so please don't forward it to anyone."),
    ("dan", "Danish", "Latin", "Adgangskoden til frøbibliotekets bærbare er " + V + " men send den venligst ikke videre."),
    ("swe", "Swedish", "Latin", "Lösenordet till fröbibliotekets bärbara dator är " + V + " men skicka det inte vidare, tack."),
    ("fin", "Finnish", "Latin", "Siemenkirjaston kannettavan salasana on " + V + " mutta älä lähetä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Seemneraamatukogu sülearvuti parool on " + V + " aga palun ära saada seda edasi."),
    ("lav", "Latvian", "Latin", "Sēklu bibliotēkas klēpjdatora parole ir " + V + " bet, lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Sėklų bibliotekos nešiojamojo kompiuterio slaptažodis yra " + V + " bet prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do laptopa biblioteki nasion to " + V + " ale proszę, nikomu go nie przesyłaj."),
    ("ces", "Czech", "Latin", "Heslo k notebooku semínkovny je " + V + " ale prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k notebooku semienkovej knižnice je " + V + " ale prosím, nikomu ho neposielaj."),
    ("slv", "Slovene", "Latin", "Geslo za prenosnik semenske knjižnice je " + V + " ampak ga prosim ne posreduj naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za laptop knjižnice sjemena je " + V + " ali je, molim te, nikome ne prosljeđuj."),
    ("hun", "Hungarian", "Latin", "A magkönyvtár laptopjának jelszava " + V + " de kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola laptopului de la biblioteca de semințe este " + V + " dar te rog să n-o trimiți mai departe."),
    ("ell", "Greek", "Greek", "Ο κωδικός του λάπτοπ της βιβλιοθήκης σπόρων είναι " + V + " αλλά σε παρακαλώ μην τον προωθήσεις."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата на лаптопа в семенната библиотека е " + V + " но моля те, не я препращай."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль від ноутбука бібліотеки насіння " + V + " але, будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад ноўтбука бібліятэкі насення " + V + " але, калі ласка, нікому яго не перасылай."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за лаптопот од библиотеката за семиња е " + V + " но те молам, не ја препраќај."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i laptopit të bibliotekës së farave është " + V + " por të lutem mos ia përcill askujt."),
    ("tur", "Turkish", "Latin", "Tohum kütüphanesinin dizüstü bilgisayarının şifresi " + V + " ama lütfen kimseye iletme."),
    ("azj", "Azerbaijani", "Latin", "Toxum kitabxanasının noutbukunun şifrəsi " + V + " amma xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", "თესლის ბიბლიოთეკის ლეპტოპის პაროლი არის " + V + " და გთხოვ, არავის გადაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Սերմերի գրադարանի նոութբուքի գաղտնաբառը " + V + " է, խնդրում եմ ոչ մեկին չուղարկես։"),
    ("pes", "Persian", "Arabic", "رمز لپ‌تاپ کتابخانهٔ بذر " + V + " است، لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic (Nastaliq style)", "بیج لائبریری کے لیپ ٹاپ کا پاس ورڈ " + V + " ہے، براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਬੀਜ ਲਾਇਬ੍ਰੇਰੀ ਦੇ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ " + V + " ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜੋ।"),
    ("tam", "Tamil", "Tamil", "விதை நூலக மடிக்கணினியின் கடவுச்சொல் " + V + " ஆகும், தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "విత్తన గ్రంథాలయం ల్యాప్‌టాప్ పాస్‌వర్డ్ " + V + " దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ("npi", "Nepali", "Devanagari", "बीउ पुस्तकालयको ल्यापटपको पासवर्ड " + V + " हो, कृपया यो कसैलाई नपठाउनुहोस्।"),
    ("tha", "Thai", "Thai", "รหัสผ่านของแล็ปท็อปห้องสมุดเมล็ดพันธุ์คือ " + V + " อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính xách tay của thư viện hạt giống là " + V + " nhưng đừng chuyển tiếp cho ai nhé."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງແລັບທັອບຫ້ອງສະໝຸດແນວພັນແມ່ນ " + V + " ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("ind", "Indonesian", "Latin", "Kata sandi laptop perpustakaan benih adalah " + V + " tapi tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ndogo ya maktaba ya mbegu ni " + V + " lakini tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "የዘር ቤተ መጻሕፍት ላፕቶፕ የይለፍ ቃል " + V + " ነው፤ እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee laptop-ka maktabadda abuurka waa " + V + " ee fadlan cidna ha u gudbin."),
]
SPARES = [
    ("cym", "Welsh", "Latin", "Cyfrinair gliniadur y llyfrgell hadau yw " + V + " ond paid â'i anfon ymlaen, plîs."),
    ("mlt", "Maltese", "Latin", "Il-password tal-laptop tal-librerija taż-żrieragħ hija " + V + " imma jekk jogħġbok tgħaddihiex lil ħadd."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die saadbiblioteek se skootrekenaar is " + V + " maar moet dit asseblief vir niemand aanstuur nie."),
]


def wrap(fmt, sentence, rng):
    if fmt == "plot_chat_line":
        return "[%02d:%02d] %s: %s\n" % (rng.randint(7, 21), rng.randint(0, 59), rng.choice(["Mavis", "Raj", "Ola", "Tomasz", "Aiko", "Femi"]), sentence)
    if fmt == "committee_sms":
        return "SMS from +44 7700 900%03d: %s\n" % (rng.randint(0, 999), sentence)
    if fmt == "seedlib_email_sentence":
        return "Subject: laptop\n\n%s\n\n-- \nSeed library desk\n" % sentence
    return "Voicemail transcript (0:%02d): %s\n" % (rng.randint(10, 50), sentence)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, s) in enumerate(LANGS):
        fmt = FORMATS[i % len(FORMATS)]
        val = reg.draw(lambda: C.owner_pw(rng, strict=True))
        recs.append(C.pos_record(None, TYPE, fmt + "__" + code, wrap(fmt, s, rng), val, "prose"))
    return recs
