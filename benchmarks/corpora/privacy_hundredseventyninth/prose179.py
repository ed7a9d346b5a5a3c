"""Prose: someone tells a colleague the studio's shared planning-laptop password (40 languages)."""
import random
from common179 import MARK, owner_password, make_record

SEED = 17904
TYPE = "planning_laptop_password_in_message"
FORMATS = ["florist_van_sms_line", "wedding_studio_chat_message", "venue_office_email_sentence",
           "event_voicemail_transcript"]

# code, English name, script, sentence (V = value, always set off by whitespace)
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du portable de planification du studio est V — merci de ne le transférer à personne."),
    ("spa", "Spanish", "Latin", "La contraseña del portátil de planificación del estudio es V y, por favor, no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de planningslaptop in de studio is V – stuur het alsjeblieft naar niemand door."),
    ("dan", "Danish", "Latin", "Adgangskoden til studiets planlægningslaptop er V – send den venligst ikke videre til nogen."),
    ("swe", "Swedish", "Latin", "Lösenordet till studions planeringslaptop är V – skicka det inte vidare till någon."),
    ("fin", "Finnish", "Latin", "Studion suunnittelukannettavan salasana on V – älä välitä sitä kenellekään."),
    ("est", "Estonian", "Latin", "Stuudio planeerimissülearvuti parool on V – palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Latin", "Studijas plānošanas klēpjdatora parole ir V – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Studijos planavimo nešiojamojo kompiuterio slaptažodis yra V – prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do laptopa do planowania w studiu to V – proszę, nie przesyłaj go nikomu dalej."),
    ("ces", "Czech", "Latin", "Heslo k plánovacímu notebooku ve studiu je V – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k plánovaciemu notebooku v štúdiu je V – prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", "Geslo za načrtovalni prenosnik v studiu je V – prosim, ne pošiljaj ga nikomur naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za studijski laptop za planiranje je V – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A stúdió tervezőlaptopjának jelszava V – kérlek, ne továbbítsd senkinek."),
    ("ron", "Romanian", "Latin", "Parola laptopului de planificare din studio este V – te rog să n-o trimiți nimănui mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за лаптопа за планиране в студиото е V – моля, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за лаптопот за планирање во студиото е V – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до ноутбука для планування в студії – V – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад ноўтбука для планавання ў студыі – V – калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "Ο κωδικός του φορητού για τον προγραμματισμό στο στούντιο είναι V – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Stüdyodaki planlama dizüstü bilgisayarının şifresi V – lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Latin", "Studiyadakı planlaşdırma noutbukunun şifrəsi V – xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", "სტუდიის დაგეგმვის ლეპტოპის პაროლია V – გთხოვ, არავის გადაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Ստուդիայի պլանավորման նոութբուքի գաղտնաբառն է V – խնդրում եմ, ոչ մեկին մի՛ փոխանցիր։"),
    ("fas", "Persian", "Arabic", "رمز عبور لپ‌تاپ برنامه‌ریزی استودیو V است؛ لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "اسٹوڈیو کے پلاننگ لیپ ٹاپ کا پاس ورڈ V ہے، براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਸਟੂਡੀਓ ਦੇ ਪਲੈਨਿੰਗ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ V ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜੋ।"),
    ("nep", "Nepali", "Devanagari", "स्टुडियोको योजना ल्यापटपको पासवर्ड V हो, कृपया यो कसैलाई नपठाउनुहोस्।"),
    ("tam", "Tamil", "Tamil", "ஸ்டுடியோவின் திட்டமிடல் லேப்டாப்பின் கடவுச்சொல் V ஆகும், தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tha", "Thai", "Thai", "รหัสผ่านของแล็ปท็อปวางแผนในสตูดิโอคือ V กรุณาอย่าส่งต่อให้ใคร"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu của laptop lập kế hoạch ở studio là V – làm ơn đừng chuyển tiếp cho ai nhé."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງແລັບທັອບວາງແຜນຢູ່ສະຕູດິໂອແມ່ນ V ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("ind", "Indonesian", "Latin", "Kata sandi laptop perencanaan di studio adalah V – tolong jangan diteruskan ke siapa pun."),
    ("swa", "Swahili", "Latin", "Nenosiri la kompyuta mpakato ya mipango ya studio ni V – tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "የስቱዲዮው የእቅድ ላፕቶፕ የይለፍ ቃል V ነው፤ እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee laptop-ka qorsheynta ee istuudiyaha waa V – fadlan cidna ha u gudbin."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die ateljee se beplanningskootrekenaar is V – moet dit asseblief vir niemand aanstuur nie."),
    ("cym", "Welsh", "Latin", "Cyfrinair gliniadur cynllunio'r stiwdio yw V – paid â'i anfon ymlaen at neb, plîs."),
    ("mlt", "Maltese", "Latin", "Il-password tal-laptop tal-ippjanar fl-istudjo hija V – jekk jogħġbok ma tgħaddihiex lil ħadd."),
]
SPARES = [("sqi", "Albanian"), ("ibo", "Igbo"), ("eng", "English")]


def generate(reg, start_index):
    r = random.Random(SEED)
    recs = []
    n = start_index
    for i, (code, name, script, sent) in enumerate(LANGS):
        assert sent.count(" V ") == 1
        v = reg.draw(owner_password, r, "-_.")
        tpl = sent.replace(" V ", " " + MARK + " ")
        fmt = FORMATS[i % 4]
        if fmt == "florist_van_sms_line":
            tpl = "SMS 07:" + str(r.randint(10, 59)) + " · " + tpl + "\n"
        elif fmt == "wedding_studio_chat_message":
            tpl = "[" + str(r.randint(9, 17)) + ":" + str(r.randint(10, 59)) + "] " + tpl + "\n"
        elif fmt == "venue_office_email_sentence":
            tpl = tpl + "\n"
        else:
            tpl = "(voicemail, 0:" + str(r.randint(10, 48)) + ") " + tpl + "\n"
        n += 1
        recs.append(make_record(f"p179-s-{n:04d}", TYPE, f"{fmt}__{code}", tpl, v, "prose"))
    return recs
