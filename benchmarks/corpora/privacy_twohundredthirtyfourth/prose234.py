"""Prose source: one sentence per language, someone tells a colleague the back-office PC password."""
import random

from common234 import MARK, SEEDS, owner_password, place, span_record

PROSE_TYPE = "laundrette_back_office_pc_password_in_message"
FORMATS = ["laundrette_staff_chat_line", "dry_cleaner_counter_sms", "linen_depot_email_sentence",
           "night_attendant_voicemail_transcript"]

# (ISO 639-3 code, name, script, sentence with {v})
LANGS = [
    ("spa", "Spanish", "Latin", "El ordenador de la trastienda tiene la contraseña {v} y, por favor, no se la pases a nadie."),
    ("fra", "French", "Latin", "Le mot de passe de l'ordinateur de l'arrière-boutique est {v} et ne le donne à personne, s'il te plaît."),
    ("deu", "German", "Latin", "Das Passwort für den Rechner im Hinterzimmer ist {v} und bitte gib es an niemanden weiter."),
    ("ita", "Italian", "Latin", "La password del computer del retrobottega è {v} e per favore non darla a nessuno."),
    ("por", "Portuguese", "Latin", "A palavra-passe do computador das traseiras é {v} e, por favor, não a dês a ninguém."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de computer in het achterkantoor is {v} en geef het alsjeblieft aan niemand door."),
    ("pol", "Polish", "Latin", "Hasło do komputera na zapleczu to {v} i proszę, nie podawaj go nikomu."),
    ("ces", "Czech", "Latin", "Heslo k počítači v zázemí je {v} a prosím, nikomu ho nedávej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v zázemí je {v} a prosím, nikomu ho nedávaj."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v zaledju je {v} in prosim, ne daj ga nikomur."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u stražnjoj prostoriji je {v} i molim te, nemoj je nikome davati."),
    ("hun", "Hungarian", "Latin", "A hátsó irodai gép jelszava {v} – kérlek, senkinek ne add tovább."),
    ("ron", "Romanian", "Latin", "Parola de la calculatorul din spate este {v} și te rog să nu o dai nimănui."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в задната стая е {v} и моля те, не я казвай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера в підсобці — {v} — тільки нікому його не передавай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара ў падсобцы — {v} — толькі нікому яго не перадавай."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во задната просторија е {v} и те молам, не ја давај никому."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit në zyrën e pasme është {v} dhe të lutem mos ia jep askujt."),
    ("ell", "Greek", "Greek", "Ο κωδικός για τον υπολογιστή στο πίσω γραφείο είναι {v} και σε παρακαλώ μην τον δώσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Arka ofisteki bilgisayarın şifresi {v} ve lütfen kimseye verme."),
    ("azj", "Azerbaijani", "Latin", "Arxa otaqdakı kompüterin şifrəsi {v} və xahiş edirəm, heç kimə vermə."),
    ("kat", "Georgian", "Georgian", "უკანა ოთახის კომპიუტერის პაროლია {v} და გთხოვ, არავის მისცე."),
    ("hye", "Armenian", "Armenian", "Հետևի սենյակի համակարգչի գաղտնաբառը {v} է, խնդրում եմ ոչ մեկին մի տուր։"),
    ("pes", "Persian", "Arabic", "رمز کامپیوتر اتاق پشتی {v} است، لطفاً به هیچ‌کس نده."),
    ("urd", "Urdu", "Arabic", "پچھلے کمرے کے کمپیوٹر کا پاس ورڈ {v} ہے، براہِ کرم کسی کو مت بتانا۔"),
    ("ben", "Bengali", "Bengali", "পেছনের ঘরের কম্পিউটারের পাসওয়ার্ড হলো {v} এবং দয়া করে কাউকে দিও না।"),
    ("pan", "Punjabi", "Gurmukhi", "ਪਿਛਲੇ ਕਮਰੇ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("npi", "Nepali", "Devanagari", "पछाडिको कोठाको कम्प्युटरको पासवर्ड {v} हो, कृपया कसैलाई नदिनू।"),
    ("tam", "Tamil", "Tamil", "பின் அறை கணினியின் கடவுச்சொல் {v} ஆகும்; தயவுசெய்து யாரிடமும் சொல்லாதே."),
    ("tel", "Telugu", "Telugu", "వెనుక గదిలోని కంప్యూటర్ పాస్‌వర్డ్ {v} అని గుర్తుంచుకో, దయచేసి ఎవరికీ చెప్పకు."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ห้องหลังร้านคือ {v} อย่าบอกใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở phòng sau là {v} và làm ơn đừng đưa cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer di ruang belakang adalah {v} dan tolong jangan dikasih ke siapa pun."),
    ("cmn", "Mandarin", "Han", "后面办公室那台电脑的密码是 {v} ，请不要告诉任何人。"),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya ofisi ya nyuma ni {v} na tafadhali usimpe mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "የኋላ ቢሮው ኮምፒውተር የይለፍ ቃል {v} ነው፤ እባክህ ለማንም አትስጥ።"),
    ("som", "Somali", "Latin", "Furaha sirta ee kombiyuutarka qolka dambe waa {v} ee fadlan qofna ha siin."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die rekenaar in die agterkantoor is {v} en moet dit asseblief vir niemand gee nie."),
    ("cym", "Welsh", "Latin", "Cyfrinair y cyfrifiadur yn y swyddfa gefn yw {v} a paid â'i roi i neb, plîs."),
    ("fin", "Finnish", "Latin", "Takahuoneen tietokoneen salasana on {v} eikä sitä saa antaa kenellekään."),
]
SPARES = [("swe", "Swedish"), ("dan", "Danish"), ("mlt", "Maltese")]

RTL = {"pes", "urd"}


def generate(registry, next_id):
    rng = random.Random(SEEDS["prose"])
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = registry.draw(lambda: owner_password(rng, strict=True))
        tmpl = sent.replace("{v}", MARK)
        text, s, e = place(tmpl, value)
        container = "%s__%s" % (FORMATS[i % len(FORMATS)], code)
        recs.append(span_record(next_id(), PROSE_TYPE, container, text, s, e, "prose"))
    return recs
