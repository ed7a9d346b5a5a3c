"""Prose source: 40 languages, one sentence each; someone tells a colleague the
password of the honey-house PC and asks them not to forward it."""
import random

import common221 as C

TYPE = "honey_house_pc_password_in_message"
FORMATS = ["bee_club_chat_line", "apiary_team_sms", "honey_house_email_sentence", "swarm_line_voicemail_transcript"]

# (code, name, script, sentence with {v})
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du PC de la miellerie est {v} – ne le transfère à personne, s'il te plaît."),
    ("spa", "Spanish", "Latin", "La contraseña del ordenador de la sala de extracción es {v} y, por favor, no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de pc in het honinghuis is {v} en stuur het alsjeblieft niet door."),
    ("dan", "Danish", "Latin", "Adgangskoden til pc'en i slyngerummet er {v} og send den venligst ikke videre."),
    ("swe", "Swedish", "Latin", "Lösenordet till datorn i slungrummet är {v} och skicka det inte vidare, tack."),
    ("fin", "Finnish", "Latin", "Linkoushuoneen tietokoneen salasana on {v} – älä välitä sitä kenellekään."),
    ("est", "Estonian", "Latin", "Meekoja arvuti parool on {v} – palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Latin", "Medus telpas datora parole ir {v} – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Medaus patalpos kompiuterio slaptažodis yra {v} – prašau, niekam jo nepersiųsk."),
    ("pol", "Polish", "Latin", "Hasło do komputera w miodarni to {v} – proszę, nie przekazuj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k počítači v medárně je {v} – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v medárni je {v} – prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v medišču je {v} – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u medarni je {v} – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A mézkamra gépének jelszava {v} – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din camera de extracție este {v} – te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в медоизвличането е {v} – моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во медарницата е {v} – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера в медовій кімнаті: {v} – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара ў мядовым пакоі: {v} – калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή στο μελιτοκομείο είναι {v} – σε παρακαλώ, μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Bal odasındaki bilgisayarın şifresi {v} – lütfen kimseye iletme."),
    ("azj", "North Azerbaijani", "Latin", "Bal otağındakı kompüterin şifrəsi {v} – xahiş edirəm, heç kimə göndərmə."),
    ("hye", "Armenian", "Armenian", "Մեղրատան համակարգչի գաղտնաբառը {v} է, խնդրում եմ ոչ մեկին չփոխանցես։"),
    ("kat", "Georgian", "Georgian", "თაფლის ოთახის კომპიუტერის პაროლია {v} – გთხოვ, არავის გადაუგზავნო."),
    ("pes", "Iranian Persian", "Arabic", "رمز عبور کامپیوتر اتاق عسل {v} است، لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic (Nastaliq)", "شہد والے کمرے کے کمپیوٹر کا پاس ورڈ {v} ہے، براہِ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Eastern Panjabi", "Gurmukhi", "ਸ਼ਹਿਦ ਵਾਲੇ ਕਮਰੇ ਦੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("tam", "Tamil", "Tamil", "தேன் அறை கணினியின் கடவுச்சொல் {v} – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "తేనె గది కంప్యూటర్ పాస్‌వర్డ్ {v} – దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయకండి."),
    ("npi", "Nepali", "Devanagari", "मह कोठाको कम्प्युटरको पासवर्ड {v} हो, कृपया यो कसैलाई नपठाउनुहोस्।"),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ห้องน้ำผึ้งคือ {v} อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở phòng mật ong là {v} – làm ơn đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer di ruang madu adalah {v} – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya chumba cha asali ni {v} – tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "የማር ክፍሉ ኮምፒውተር የይለፍ ቃል {v} ነው፤ እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Erayga sirta ah ee kombiyuutarka qolka malabka waa {v} – fadlan cidna ha u gudbin."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die rekenaar in die heuningkamer is {v} – moet dit asseblief vir niemand aanstuur nie."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur yr ystafell fêl yw {v} – paid â'i anfon ymlaen at neb, plîs."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter fil-kamra tal-għasel hija {v} – jekk jogħġbok tgħaddiha lil ħadd."),
]
SPARES = [("als", "Tosk Albanian"), ("oci", "Occitan")]


def generate(reg, seed=22104):
    rng = random.Random(seed)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % len(FORMATS)]
        v = reg.draw(lambda: C.password(rng, strict=True))
        if fmt == "bee_club_chat_line":
            head = "[%02d:%02d] %s: " % (rng.randint(7, 21), rng.randint(0, 59), rng.choice(["Ana", "Lars", "Mira", "Kofi", "Ilse"]))
            tail = "\n"
        elif fmt == "apiary_team_sms":
            head, tail = "SMS +44 7700 900%03d: " % rng.randint(0, 999), "\n"
        elif fmt == "honey_house_email_sentence":
            head, tail = "", "\n\n--\nHeatherbank Apiary\n"
        else:
            head, tail = "[voicemail %d:%02d] " % (rng.randint(0, 1), rng.randint(0, 59)), "\n"
        pre, post = sent.split("{v}")
        text = head + pre + v + post + tail
        start = len(head) + len(pre)
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": TYPE}],
                     "source": "prose"})
    return recs
