"""Prose: someone tells a colleague the spawn-lab office PC password, one sentence in each of 40 languages."""
import random

from common246 import MARK as S, owner_password, place, positive

SEED = 24604
TYPE = "spawn_lab_office_pc_password_in_message"
FORMATS = ["grower_chat_line", "packhouse_sms", "coop_email_sentence", "lab_voicemail_transcript"]

# (code, name, script, sentence)
L = [
    ("deu", "German", "Latin", "Das Passwort für den Büro-PC im Sporenlabor ist " + S + " – bitte behalt es für dich."),
    ("fra", "French", "Latin", "Le mot de passe du PC du bureau du labo est " + S + " – garde-le pour toi, s'il te plaît."),
    ("spa", "Spanish", "Latin", "La contraseña del ordenador de la oficina del laboratorio es " + S + " – por favor, no se la digas a nadie."),
    ("ita", "Italian", "Latin", "La password del PC dell'ufficio del laboratorio è " + S + " – per favore tienila per te."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de kantoor-pc in het lab is " + S + " – hou het alsjeblieft voor jezelf."),
    ("swe", "Swedish", "Latin", "Lösenordet till kontorsdatorn i labbet är " + S + " – håll det för dig själv, tack."),
    ("dan", "Danish", "Latin", "Adgangskoden til kontorcomputeren i laboratoriet er " + S + " – behold den venligst for dig selv."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kontor-PC-en på laben er " + S + " – vær så snill og hold det for deg selv."),
    ("fin", "Finnish", "Latin", "Laboratorion toimistokoneen salasana on " + S + " – pidäthän sen omana tietonasi."),
    ("hun", "Hungarian", "Latin", "A labor irodai gépének jelszava " + S + " – kérlek, tartsd meg magadnak."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din biroul laboratorului este " + S + " – te rog să o păstrezi pentru tine."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v kancelárii laboratória je " + S + " – prosím, nechaj si ho pre seba."),
    ("slv", "Slovenian", "Latin", "Geslo za pisarniški računalnik v laboratoriju je " + S + " – prosim, obdrži ga zase."),
    ("hrv", "Croatian", "Latin", "Lozinka za uredsko računalo u laboratoriju je " + S + " – molim te, zadrži je za sebe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за офис компютъра в лабораторията е " + S + " – моля те, не я казвай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до офісного комп'ютера в лабораторії: " + S + " – будь ласка, нікому його не кажи."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад офіснага камп'ютара ў лабараторыі: " + S + " – калі ласка, нікому яго не кажы."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за канцелариискиот компјутер во лабораторијата е " + S + " – те молам, не ја кажувај никому."),
    ("ell", "Greek", "Greek", "Ο κωδικός για τον υπολογιστή του γραφείου στο εργαστήριο είναι " + S + " – σε παρακαλώ κράτα τον για τον εαυτό σου."),
    ("tur", "Turkish", "Latin", "Laboratuvardaki ofis bilgisayarının şifresi " + S + " – lütfen kimseyle paylaşma."),
    ("azj", "Azerbaijani", "Latin", "Laboratoriyadakı ofis kompüterinin parolu " + S + " – xahiş edirəm, heç kimə demə."),
    ("kat", "Georgian", "Georgian", "ლაბორატორიის ოფისის კომპიუტერის პაროლია " + S + " – გთხოვ, არავის უთხრა."),
    ("pes", "Persian", "Arabic", "رمز عبور کامپیوتر دفتر آزمایشگاه " + S + " است – لطفاً آن را به کسی نگو."),
    ("urd", "Urdu", "Arabic", "لیب کے دفتر والے کمپیوٹر کا پاس ورڈ " + S + " ہے – براہ کرم کسی کو نہ بتائیں۔"),
    ("ben", "Bengali", "Bengali", "ল্যাবের অফিস কম্পিউটারের পাসওয়ার্ড হলো " + S + " – দয়া করে কাউকে বলবে না।"),
    ("pan", "Punjabi", "Gurmukhi", "ਲੈਬ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ " + S + " ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("tam", "Tamil", "Tamil", "ஆய்வகத்தின் அலுவலக கணினியின் கடவுச்சொல் " + S + " – தயவுசெய்து யாரிடமும் சொல்லாதே."),
    ("tel", "Telugu", "Telugu", "ల్యాబ్ ఆఫీస్ కంప్యూటర్ పాస్\u200cవర్డ్ " + S + " – దయచేసి ఎవరికీ చెప్పకు."),
    ("npi", "Nepali", "Devanagari", "ल्याबको अफिस कम्प्युटरको पासवर्ड " + S + " हो – कृपया कसैलाई नभन्नू।"),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ในออฟฟิศแล็บคือ " + S + " อย่าบอกใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính văn phòng phòng thí nghiệm là " + S + " – làm ơn đừng nói cho ai nhé."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រការិយាល័យមន្ទីរពិសោធន៍គឺ " + S + " សូមកុំប្រាប់អ្នកណាម្នាក់។"),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer kantor di lab adalah " + S + " – tolong jangan kasih tahu siapa-siapa ya."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur swyddfa'r labordy yw " + S + " – cadwa fe i ti dy hun, plîs."),
    ("gle", "Irish", "Latin", "Is é " + S + " pasfhocal ríomhaire oifige na saotharlainne – coinnigh agat féin é, le do thoil."),
    ("amh", "Amharic", "Ethiopic", "የላብራቶሪው ቢሮ ኮምፒውተር የይለፍ ቃል " + S + " ነው – እባክህ ለማንም አትንገር።"),
    ("eus", "Basque", "Latin", "Laborategiko bulegoko ordenagailuaren pasahitza " + S + " da – mesedez, ez esan inori."),
    ("lvs", "Latvian", "Latin", "Laboratorijas biroja datora parole ir " + S + " – lūdzu, paturi to pie sevis."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-uffiċċju tal-laboratorju hija " + S + " – jekk jogħġbok żommha għalik."),
    ("als", "Albanian", "Latin", "Fjalëkalimi i kompjuterit të zyrës në laborator është " + S + " – të lutem mbaje për vete."),
]
SPARES = [("som", "Somali"), ("kir", "Kyrgyz")]
assert len(L) == 40 and len({x[0] for x in L}) == 40


def generate(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    idx = start_index
    for i, (code, name, script, sent) in enumerate(L):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        text, s, e = place(sent, value)
        recs.append(positive("p246-s-%04d" % idx, TYPE, FORMATS[i % 4] + "__" + code, text, s, e, "prose"))
        idx += 1
    return recs
