"""Prose source: someone tells a colleague the workshop tablet password, in 40 languages."""
import random

from common180 import owner_password, place, record

SEED = 18004
SPAN_TYPE = "workshop_tablet_password_in_message"
FORMATS = ["bike_shop_staff_chat_line", "club_committee_email_sentence", "race_crew_radio_transcript",
           "workshop_sms_reminder"]

# (iso639-3, English name, script, confidence, sentence with {V})
LANGS = [
    ("fra", "French", "Latin", "fair", "Le mot de passe de la tablette de l'atelier est {V} — ne le transfère à personne, s'il te plaît."),
    ("spa", "Spanish", "Latin", "fair", "La contraseña de la tableta del taller es {V} — por favor no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "fair", "Het wachtwoord van de werkplaatstablet is {V} — stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "fair", "Lösenordet till verkstadens surfplatta är {V} – skicka inte vidare det, tack."),
    ("dan", "Danish", "Latin", "fair", "Adgangskoden til værkstedets tablet er {V} – send den venligst ikke videre."),
    ("fin", "Finnish", "Latin", "modest", "Korjaamon tabletin salasana on {V} – älä välitä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "modest", "Töökoja tahvelarvuti parool on {V} – palun ära saada seda edasi."),
    ("lav", "Latvian", "Latin", "modest", "Darbnīcas planšetes parole ir {V} – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "modest", "Dirbtuvės planšetės slaptažodis yra {V} – prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "fair", "Hasło do tabletu w warsztacie to {V} – proszę, nie przesyłaj go dalej."),
    ("ces", "Czech", "Latin", "fair", "Heslo k tabletu v dílně je {V} – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "modest", "Heslo k tabletu v dielni je {V} – prosím, nikomu ho nepreposielaj."),
    ("slv", "Slovenian", "Latin", "modest", "Geslo za tablico v delavnici je {V} – prosim, ne posreduj ga naprej."),
    ("hrv", "Croatian", "Latin", "fair", "Lozinka za tablet u radionici je {V} – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "modest", "A műhely tabletjének jelszava {V} – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "fair", "Parola tabletei din atelier este {V} – te rog să n-o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "modest", "Паролата за таблета в работилницата е {V} – моля, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "modest", "Лозинката за таблетот во работилницата е {V} – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "fair", "Пароль від планшета в майстерні — {V} — будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "modest", "Пароль ад планшэта ў майстэрні — {V} — калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "modest", "Ο κωδικός για το τάμπλετ του συνεργείου είναι {V} – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "fair", "Atölyedeki tabletin şifresi {V} – lütfen kimseye iletme."),
    ("azj", "Azerbaijani", "Latin", "low", "Emalatxanadakı planşetin parolu {V} – xahiş edirəm, heç kimə göndərmə."),
    ("kaz", "Kazakh", "Cyrillic", "low", "Шеберханадағы планшеттің құпиясөзі {V} – өтінемін, ешкімге жіберме."),
    ("uzn", "Uzbek", "Latin", "low", "Ustaxonadagi planshetning paroli {V} – iltimos, uni hech kimga yuborma."),
    ("kat", "Georgian", "Georgian", "low", "სახელოსნოს პლანშეტის პაროლია {V} – გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "low", "Արհեստանոցի պլանշետի գաղտնաբառն է {V} – խնդրում եմ, ոչ մեկին մի՛ ուղարկիր։"),
    ("pes", "Persian", "Arabic", "modest", "رمز تبلت تعمیرگاه {V} است – لطفاً آن را برای کسی نفرست."),
    ("arb", "Arabic", "Arabic", "modest", "كلمة مرور جهاز التابلت في الورشة هي {V} – من فضلك لا ترسلها لأحد."),
    ("urd", "Urdu", "Arabic (Nastaliq)", "modest", "ورکشاپ کے ٹیبلٹ کا پاس ورڈ {V} ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Punjabi", "Gurmukhi", "low", "ਵਰਕਸ਼ਾਪ ਵਾਲੇ ਟੈਬਲੇਟ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("mar", "Marathi", "Devanagari", "low", "वर्कशॉपच्या टॅबलेटचा पासवर्ड {V} आहे – कृपया तो कोणालाही पुढे पाठवू नकोस."),
    ("tam", "Tamil", "Tamil", "low", "பட்டறை டேப்லெட்டின் கடவுச்சொல் {V} – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "low", "వర్క్‌షాప్ టాబ్లెట్ పాస్‌వర్డ్ {V} – దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("tha", "Thai", "Thai", "low", "รหัสผ่านแท็บเล็ตในร้านซ่อมคือ {V} อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "modest", "Mật khẩu máy tính bảng ở xưởng là {V} — làm ơn đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "fair", "Kata sandi tablet di bengkel adalah {V} — tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Latin", "modest", "Ang password ng tablet sa talyer ay {V} – pakiusap, huwag mo itong ipasa kahit kanino."),
    ("swh", "Swahili", "Latin", "low", "Nenosiri la kompyuta kibao ya karakana ni {V} – tafadhali usiitume kwa mtu yeyote."),
    ("isl", "Icelandic", "Latin", "modest", "Lykilorðið að spjaldtölvunni á verkstæðinu er {V} – vinsamlegast ekki áframsenda það."),
]
SPARES = [("cym", "Welsh"), ("mlt", "Maltese"), ("amh", "Amharic"), ("lao", "Lao")]


def build(registry, start_index):
    rng = random.Random(SEED)
    out = []
    for i, (code, _name, _script, _conf, sent) in enumerate(LANGS):
        value = registry.draw(lambda: owner_password(rng, strict=True))
        text, s, e = place(sent, value)
        fmt = FORMATS[i % len(FORMATS)]
        out.append(record("p180-s-%04d" % (start_index + i), SPAN_TYPE, fmt + "__" + code, text, s, e, "prose"))
    return out
