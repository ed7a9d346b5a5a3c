"""Prose source of p275: one sentence per language, a password given in running text."""
import random

import world275 as W

SEED = 27504
TYPE = "weighbridge_office_pc_password_in_message"
FORMATS = ["weighbridge_cabin_sticky_note", "yard_radio_relay_message", "dismantler_bay_whiteboard", "salvage_lorry_cab_text"]

# (ISO 639-3, name, script, confidence, sentence)
LANGS = [
    ("spa", "Spanish", "Latin", "good", "{N}, la contraseña del ordenador de la oficina de la báscula es {V} y, por favor, no se la digas a nadie."),
    ("fra", "French", "Latin", "good", "{N}, le mot de passe du PC du bureau du pont-bascule est {V} ; garde-le pour toi, s'il te plaît."),
    ("deu", "German", "Latin", "good", "{N}, das Passwort für den PC im Waagenbüro ist {V} – bitte behalte es für dich."),
    ("ita", "Italian", "Latin", "good", "{N}, la password del PC dell'ufficio della pesa è {V} e per favore tienila per te."),
    ("por", "Portuguese", "Latin", "good", "{N}, a senha do computador do escritório da balança é {V} e, por favor, guarda-a só para ti."),
    ("nld", "Dutch", "Latin", "good", "{N}, het wachtwoord van de pc op het weegbrugkantoor is {V} – hou het alsjeblieft voor je."),
    ("swe", "Swedish", "Latin", "fair", "{N}, lösenordet till datorn på vågkontoret är {V} – håll det för dig själv, tack."),
    ("dan", "Danish", "Latin", "fair", "{N}, adgangskoden til pc'en på vejekontoret er {V} – hold den for dig selv, tak."),
    ("nob", "Norwegian Bokmål", "Latin", "fair", "{N}, passordet til PC-en på vektkontoret er {V} – hold det for deg selv, er du snill."),
    ("ron", "Romanian", "Latin", "fair", "{N}, parola calculatorului de la biroul cântarului este {V} și te rog să o păstrezi pentru tine."),
    ("slk", "Slovak", "Latin", "fair", "{N}, heslo k počítaču v kancelárii pri váhe je {V} a prosím, nechaj si ho pre seba."),
    ("slv", "Slovenian", "Latin", "modest", "{N}, geslo za računalnik v pisarni pri tehtnici je {V} in prosim, obdrži ga zase."),
    ("hrv", "Croatian", "Latin", "fair", "{N}, lozinka za računalo u uredu kod vage je {V} i molim te, zadrži je za sebe."),
    ("bul", "Bulgarian", "Cyrillic", "fair", "{N}, паролата за компютъра в офиса на кантара е {V} – моля те, не я казвай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "fair", "{N}, пароль до комп’ютера у ваговій: {V} — будь ласка, нікому його не кажи."),
    ("bel", "Belarusian", "Cyrillic", "modest", "{N}, пароль ад камп’ютара ў вагавой: {V} — калі ласка, нікому яго не кажы."),
    ("mkd", "Macedonian", "Cyrillic", "modest", "{N}, лозинката за компјутерот во канцеларијата на вагата е {V} – те молам, чувај ја за себе."),
    ("sqi", "Albanian", "Latin", "modest", "{N}, fjalëkalimi i kompjuterit në zyrën e peshores është {V} dhe të lutem mos ia thuaj askujt."),
    ("lav", "Latvian", "Latin", "modest", "{N}, svaru biroja datora parole ir {V} – lūdzu, paturi to pie sevis."),
    ("mlt", "Maltese", "Latin", "low", "{N}, il-password tal-kompjuter fl-uffiċċju tal-miżien hija {V} u jekk jogħġbok żommha għalik."),
    ("cym", "Welsh", "Latin", "modest", "{N}, cyfrinair y cyfrifiadur yn swyddfa'r bont bwyso yw {V} – cadwa fe i ti dy hun, plîs."),
    ("fry", "Western Frisian", "Latin", "low", "{N}, it wachtwurd fan de kompjûter op it weachbrêgekantoar is {V} – hâld it asjebleaft foar dysels."),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "fair", "{N}さん、計量所の事務所のパソコンのパスワードは {V} です。誰にも言わないでください。"),
    ("vie", "Vietnamese", "Latin", "modest", "{N} ơi, mật khẩu máy tính ở văn phòng trạm cân là {V} – đừng nói cho ai biết nhé."),
    ("zsm", "Standard Malay", "Latin", "fair", "{N}, kata laluan komputer di pejabat jambatan timbang ialah {V} – tolong jangan beritahu sesiapa."),
    ("khm", "Khmer", "Khmer", "low", "{N} ពាក្យសម្ងាត់កុំព្យូទ័រនៅការិយាល័យថ្លឹងទម្ងន់គឺ {V} សូមកុំប្រាប់អ្នកណាឡើយ។"),
    ("ben", "Bengali", "Bengali", "modest", "{N}, ওজন মাপার অফিসের কম্পিউটারের পাসওয়ার্ড হলো {V} — দয়া করে কাউকে বলবেন না।"),
    ("pan", "Punjabi", "Gurmukhi", "low", "{N}, ਕੰਡੇ ਵਾਲੇ ਦਫ਼ਤਰ ਦੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("urd", "Urdu", "Arabic (Nastaliq)", "modest", "{N}، کانٹے والے دفتر کے کمپیوٹر کا پاس ورڈ {V} ہے، براہِ کرم کسی کو مت بتانا۔"),
    ("npi", "Nepali", "Devanagari", "modest", "{N}, तौल कार्यालयको कम्प्युटरको पासवर्ड {V} हो, कृपया कसैलाई नभन्नुहोला।"),
    ("tel", "Telugu", "Telugu", "low", "{N}, తూకం ఆఫీసు కంప్యూటర్ పాస్‌వర్డ్ {V} — దయచేసి ఎవరికీ చెప్పకండి."),
    ("amh", "Amharic", "Ethiopic", "low", "{N}፣ የሚዛን ቢሮው ኮምፒውተር የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አትንገር።"),
    ("som", "Somali", "Latin", "low", "{N}, erayga sirta ah ee kombiyuutarka xafiiska miisaanka waa {V} – fadlan qofna ha u sheegin."),
    ("ibo", "Igbo", "Latin", "low", "{N}, okwuntughe kọmputa dị n'ọfịs ebe a na-atụ ibu bụ {V} – biko agwala onye ọ bụla."),
    ("kat", "Georgian", "Georgian", "modest", "{N}, სასწორის ოფისის კომპიუტერის პაროლია {V} – გთხოვ, არავის უთხრა."),
    ("azj", "North Azerbaijani", "Latin", "modest", "{N}, tərəzi ofisindəki kompüterin parolu {V} – xahiş edirəm, heç kimə demə."),
    ("kir", "Kyrgyz", "Cyrillic", "low", "{N}, таразанын кеңсесиндеги компьютердин сырсөзү {V} – сураныч, эч кимге айтпа."),
    ("tat", "Tatar", "Cyrillic", "low", "{N}, үлчәү бүлмәсендәге компьютерның серсүзе {V} – зинһар, беркемгә дә әйтмә."),
    ("epo", "Esperanto", "Latin", "good", "{N}, la pasvorto de la komputilo en la pesilejo estas {V} – bonvolu gardi ĝin por vi."),
    ("hat", "Haitian Creole", "Latin", "low", "{N}, modpas òdinatè ki nan biwo balans lan se {V} – tanpri pa di pèsonn li."),
]
SPARES = [("que", "Quechua"), ("smo", "Samoan"), ("tuk", "Turkmen")]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, conf, sent) in enumerate(LANGS):
        v = reg.draw(lambda: W.password(rng, W.JOIN_STRICT, 0.3))
        n = W.person(rng).split()[0]
        text = sent.replace("{N}", n).replace("{V}", v)
        assert text.count(v) == 1
        s = text.index(v)
        recs.append({"type": TYPE, "container": f"{FORMATS[i % 4]}__{code}", "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": TYPE}], "source": "prose"})
    return recs
