"""Prose source: someone tells a colleague the reception PC password in 40 languages."""
import random

import common247 as C

SPAN_TYPE = "reception_pc_password_shared_in_message"
FORMATS = ["reception_chat_line", "night_porter_sms", "owner_email_sentence", "housekeeping_voicemail_transcript"]
FRAME = {
    "reception_chat_line": "[22:41] Marta: {X}\n",
    "night_porter_sms": "SMS 06:58\n{X}\n",
    "owner_email_sentence": "Subject: reception PC\n\n{X}\n",
    "housekeeping_voicemail_transcript": "Voicemail (0:19), automatic transcript:\n{X}\n",
}

# (code, name, script, sentence with {V})
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Rezeptions-PC lautet {V} – bitte behalte es für dich."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de receptiecomputer is {V} – hou het alsjeblieft voor jezelf."),
    ("por", "Portuguese", "Latin", "A palavra-passe do computador da receção é {V} – por favor, guarda-a só para ti."),
    ("roh", "Romansh", "Latin", "Il pled-clav dal computer da la recepziun è {V} – per plaschair tegna quel per tai."),
    ("pol", "Polish", "Latin", "Hasło do komputera w recepcji to {V} – proszę, zachowaj je dla siebie."),
    ("ces", "Czech", "Latin", "Heslo k počítači na recepci je {V} – prosím, nech si ho pro sebe."),
    ("slk", "Slovak", "Latin", "Heslo do počítača na recepcii je {V} – prosím, nechaj si ho pre seba."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik na recepciji je {V} – prosim, obdrži ga zase."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo na recepciji je {V} – molim te, zadrži je za sebe."),
    ("ron", "Romanian", "Latin", "Parola calculatorului de la recepție este {V} – te rog, păstreaz-o pentru tine."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра на рецепцията е {V} – моля те, запази я за себе си."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот на рецепција е {V} – те молам, чувај ја за себе."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль від комп’ютера на рецепції: {V} — будь ласка, нікому його не кажи."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп’ютара на рэцэпцыі: {V} — калі ласка, нікому яго не кажы."),
    ("lav", "Latvian", "Latin", "Reģistratūras datora parole ir {V} – lūdzu, paturi to pie sevis."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή της υποδοχής είναι {V} – σε παρακαλώ, κράτα τον για τον εαυτό σου."),
    ("dan", "Danish", "Latin", "Adgangskoden til computeren i receptionen er {V} – hold den venligst for dig selv."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y dderbynfa yw {V} – cadwa fe i ti dy hun, plîs."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit të recepsionit është {V} – të lutem, mbaje për vete."),
    ("hye", "Armenian", "Armenian", "Ընդունարանի համակարգչի գաղտնաբառը {V} է, խնդրում եմ՝ ոչ մեկին մի ասա։"),
    ("kat", "Georgian", "Georgian", "მიმღების კომპიუტერის პაროლია {V} – გთხოვ, არავის უთხრა."),
    ("azj", "Azerbaijani", "Latin", "Resepsiya kompüterinin şifrəsi {V} – xahiş edirəm, heç kimə demə."),
    ("pes", "Persian", "Arabic", "رمز کامپیوتر پذیرش {V} است؛ لطفاً آن را پیش خودت نگه دار."),
    ("urd", "Urdu", "Arabic", "ریسیپشن کمپیوٹر کا پاس ورڈ {V} ہے، براہ کرم اسے اپنے تک رکھنا۔"),
    ("ben", "Bengali", "Bengali", "রিসেপশনের কম্পিউটারের পাসওয়ার্ড {V} – দয়া করে কাউকে বলো না।"),
    ("pan", "Punjabi", "Gurmukhi", "ਰਿਸੈਪਸ਼ਨ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੀਂ।"),
    ("tam", "Tamil", "Tamil", "வரவேற்பு கணினியின் கடவுச்சொல் {V} – தயவுசெய்து யாரிடமும் சொல்லாதே."),
    ("tel", "Telugu", "Telugu", "రిసెప్షన్ కంప్యూటర్ పాస్‌వర్డ్ {V} – దయచేసి ఎవరికీ చెప్పకు."),
    ("npi", "Nepali", "Devanagari", "रिसेप्सनको कम्प्युटरको पासवर्ड {V} हो, कृपया कसैलाई नभन है।"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở quầy lễ tân là {V} – làm ơn giữ kín giúp mình nhé."),
    ("amh", "Amharic", "Ethiopic", "የእንግዳ መቀበያው ኮምፒውተር የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አትንገር።"),
    ("som", "Somali", "Latin", "Erayga sirta ah ee kombiyuutarka soo dhaweynta waa {V} – fadlan qofna ha u sheegin."),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa nnabata bụ {V} – biko, agwala onye ọ bụla."),
    ("sna", "Shona", "Latin", "Pasiwedhi yekombiyuta yepa reception ndeye {V} – ndapota usaudze munhu."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die ontvangsrekenaar is {V} – hou dit asseblief vir jouself."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tar-reception hija {V} – jekk jogħġbok żommha għalik."),
    ("smo", "Samoan", "Latin", "O le upu faalilolilo o le komepiuta i le taliaga o {V} – faamolemole aua le ta'uina i se isi."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko o te tari whakatau ko {V} – tēnā, kaua e whāki ki ētahi atu."),
    ("quz", "Quechua", "Latin", "Chaskiq wasipi computadorapa pakasqa siminqa {V} – ama pimanpas willakuychu."),
    ("kir", "Kyrgyz", "Cyrillic", "Ресепшндеги компьютердин сырсөзү {V} – суранам, эч кимге айтпа."),
]
SPARES = [("cos", "Corsican"), ("wol", "Wolof")]
assert len(LANGS) == 40 and len({l[0] for l in LANGS}) == 40


def build(registry):
    rng = random.Random(C.SEEDS["prose"])
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        val = registry.draw(C.password, rng, True)
        text = FRAME[fmt].replace("{X}", sent.replace("{V}", val))
        recs.append({"type": SPAN_TYPE, "container": "%s__%s" % (fmt, code), "text": text,
                     "secrets": [C.span_record(text, val, SPAN_TYPE)], "source": "prose"})
    return recs
