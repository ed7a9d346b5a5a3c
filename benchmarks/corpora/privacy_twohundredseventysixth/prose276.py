"""Prose source of p276: one sentence in each of 40 languages."""
import random

import common276 as C

SEED = 27604
TYPE = "tapestry_studio_laptop_password_in_message"
FORMATS = ["wash_floor_group_text", "loom_room_notebook_line", "studio_kettle_sticky_note", "van_logbook_margin_note"]
HAND_LANGUAGES = ["english", "catalan", "latin", "chinese", "irish", "persian", "arabic"]
HAND_CODES = ["eng", "cat", "lat", "zho", "cmn", "gle", "fas", "pes", "ara", "arb"]

# (ISO 639-3, name, confidence, sentence with «V»)
L = [
    ("pol", "Polish", "good", "Hasło do laptopa w pracowni to «V» i proszę, zachowaj je dla siebie."),
    ("ces", "Czech", "fair", "Heslo k notebooku v dílně je «V» a prosím, nech si ho pro sebe."),
    ("slk", "Slovak", "fair", "Heslo k notebooku v dielni je «V» a prosím, nechaj si ho pre seba."),
    ("slv", "Slovenian", "modest", "Geslo za prenosnik v delavnici je «V» in prosim, obdrži ga zase."),
    ("hrv", "Croatian", "fair", "Lozinka za laptop u radionici je «V» pa je, molim te, zadrži za sebe."),
    ("bul", "Bulgarian", "fair", "Паролата за лаптопа в ателието е «V» и моля те, не я казвай на никого."),
    ("mkd", "Macedonian", "modest", "Лозинката за лаптопот во ателјето е «V» и те молам, не ја кажувај никому."),
    ("ukr", "Ukrainian", "fair", "Пароль до ноутбука в майстерні — «V» і, будь ласка, нікому його не кажи."),
    ("bel", "Belarusian", "modest", "Пароль да ноўтбука ў майстэрні — «V» і, калі ласка, нікому яго не кажы."),
    ("ron", "Romanian", "fair", "Parola laptopului din atelier este «V» și te rog să o păstrezi pentru tine."),
    ("lvs", "Standard Latvian", "modest", "Darbnīcas klēpjdatora parole ir «V» un, lūdzu, paturi to pie sevis."),
    ("als", "Tosk Albanian", "modest", "Fjalëkalimi i laptopit në punishte është «V» dhe të lutem mbaje për vete."),
    ("hye", "Armenian", "low", "Արհեստանոցի նոութբուքի գաղտնաբառն է «V» և խնդրում եմ, ոչ մեկին մի ասա։"),
    ("kat", "Georgian", "low", "სახელოსნოს ლეპტოპის პაროლია «V» და გთხოვ, არავის უთხრა."),
    ("azj", "North Azerbaijani", "modest", "Emalatxanadakı noutbukun şifrəsi «V» və xahiş edirəm, onu heç kimə demə."),
    ("deu", "German", "good", "Das Passwort für den Laptop in der Werkstatt ist «V» und bitte behalte es für dich."),
    ("nld", "Dutch", "good", "Het wachtwoord van de laptop in de werkplaats is «V» en hou het alsjeblieft voor jezelf."),
    ("fra", "French", "good", "Le mot de passe de l'ordinateur portable de l'atelier est «V» et garde-le pour toi, s'il te plaît."),
    ("ita", "Italian", "good", "La password del portatile del laboratorio è «V» e per favore tienila per te."),
    ("spa", "Spanish", "good", "La contraseña del portátil del taller es «V» y, por favor, guárdala para ti."),
    ("por", "Portuguese", "good", "A senha do portátil da oficina é «V» e, por favor, guarda-a só para ti."),
    ("swe", "Swedish", "good", "Lösenordet till laptopen i verkstaden är «V» och snälla, håll det för dig själv."),
    ("nob", "Norwegian Bokmål", "fair", "Passordet til den bærbare PC-en i verkstedet er «V» og vær så snill å holde det for deg selv."),
    ("dan", "Danish", "fair", "Adgangskoden til den bærbare computer i værkstedet er «V» og behold den venligst for dig selv."),
    ("cym", "Welsh", "modest", "Cyfrinair y gliniadur yn y gweithdy yw «V» a chadwa fe i ti dy hun, plîs."),
    ("mlt", "Maltese", "low", "Il-password tal-laptop fil-workshop hija «V» u jekk jogħġbok żommha għalik."),
    ("vie", "Vietnamese", "fair", "Mật khẩu máy tính xách tay ở xưởng là «V» và làm ơn giữ kín cho riêng mình nhé."),
    ("jpn", "Japanese", "fair", "工房のノートパソコンのパスワードは «V» です。誰にも教えないでください。"),
    ("ben", "Bengali", "modest", "কারখানার ল্যাপটপের পাসওয়ার্ড হলো «V» আর দয়া করে এটা কাউকে বলবে না।"),
    ("pan", "Panjabi", "modest", "ਵਰਕਸ਼ਾਪ ਵਾਲੇ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ «V» ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਆਪਣੇ ਕੋਲ ਹੀ ਰੱਖੋ।"),
    ("urd", "Urdu", "modest", "ورکشاپ والے لیپ ٹاپ کا پاس ورڈ «V» ہے، براہ کرم اسے اپنے تک رکھیں۔"),
    ("npi", "Nepali", "modest", "कार्यशालाको ल्यापटपको पासवर्ड «V» हो, कृपया यो कसैलाई नभन्नुहोला।"),
    ("tel", "Telugu", "low", "వర్క్‌షాప్ ల్యాప్‌టాప్ పాస్‌వర్డ్ «V» అని గుర్తుంచుకోండి, దయచేసి ఎవరికీ చెప్పకండి."),
    ("amh", "Amharic", "low", "የአውደ ጥናቱ ላፕቶፕ የይለፍ ቃል «V» ነው፤ እባክህ ለማንም አትንገር።"),
    ("som", "Somali", "low", "Erayga sirta ah ee laptop-ka warshadda waa «V» ee fadlan cidna ha u sheegin."),
    ("ibo", "Igbo", "low", "Okwuntughe laptop dị n'ụlọ ọrụ bụ «V» biko debere ya onwe gị."),
    ("afr", "Afrikaans", "fair", "Die wagwoord vir die skootrekenaar in die werkswinkel is «V» en hou dit asseblief vir jouself."),
    ("zsm", "Standard Malay", "fair", "Kata laluan komputer riba di bengkel ialah «V» dan tolong simpan untuk diri sendiri."),
    ("epo", "Esperanto", "fair", "La pasvorto de la tekkomputilo en la metiejo estas «V» kaj bonvolu teni ĝin por vi mem."),
    ("kir", "Kirghiz", "modest", "Устаканадагы ноутбуктун сырсөзү «V» болот, сураныч, эч кимге айтпа."),
]
SPARES = [("tuk", "Turkmen"), ("sun", "Sundanese"), ("ton", "Tonga (Tonga Islands)"), ("haw", "Hawaiian"),
          ("ast", "Asturian"), ("fur", "Friulian")]
CODES = [x[0] for x in L]


def build(registry):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, conf, sent) in enumerate(L):
        v = registry.draw(lambda: C.password(rng, C.STRICT_JOINERS, 0.3))
        text = sent.replace("«V»", v) + "\n"
        s = text.index(v)
        out.append({"type": TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                    "secrets": [{"value": v, "start": s, "end": s + len(v), "type": TYPE}], "source": "prose"})
    return out
