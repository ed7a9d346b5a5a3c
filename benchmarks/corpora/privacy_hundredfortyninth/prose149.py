"""Prose: someone tells a colleague the storage-office PC password in a message (one sentence per language)."""
from common149 import Gen, fill

TYPE = "storage_office_password_shared_in_message"
FORMATS = ["storage_district_whatsapp_note", "relocation_coordinator_email_line",
           "facility_helpdesk_ticket_reply", "crew_shift_handover_text"]

# (iso639-3, name, sentence with {V})
L = [
    ("cym", "Welsh", "Cyfrinair cyfrifiadur y swyddfa storio yw {V} – paid â'i anfon ymlaen at neb, plîs."),
    ("isl", "Icelandic", "Lykilorðið á skrifstofutölvunni í geymslunni er {V} – ekki áframsenda það."),
    ("est", "Estonian", "Laohoone kontoriarvuti parool on {V} – palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Noliktavas biroja datora parole ir {V} – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Sandėlio biuro kompiuterio slaptažodis yra {V} – prašau niekam jo nepersiųsti."),
    ("slv", "Slovenian", "Geslo za pisarniški računalnik v skladišču je {V} – prosim, ne posreduj ga naprej."),
    ("slk", "Slovak", "Heslo k počítaču v kancelárii skladu je {V} – prosím, nikomu ho neposielaj."),
    ("ces", "Czech", "Heslo k počítači v kanceláři skladu je {V} – prosím, nikomu ho nepřeposílej."),
    ("hrv", "Croatian", "Lozinka za uredsko računalo u skladištu je {V} – molim te, nemoj je nikome prosljeđivati."),
    ("mkd", "Macedonian", "Лозинката за компјутерот во канцеларијата на магацинот е {V} – те молам, не ја препраќај."),
    ("bul", "Bulgarian", "Паролата за компютъра в офиса на склада е {V} – моля, не я препращай на никого."),
    ("ell", "Greek", "Ο κωδικός του υπολογιστή στο γραφείο της αποθήκης είναι {V} – σε παρακαλώ μην τον προωθήσεις."),
    ("hye", "Armenian", "Պահեստի գրասենյակի համակարգչի գաղտնաբառն է {V} – խնդրում եմ, ոչ մեկին մի՛ ուղարկիր։"),
    ("kat", "Georgian", "საწყობის ოფისის კომპიუტერის პაროლია {V} – გთხოვ, არავის გადაუგზავნო."),
    ("kaz", "Kazakh", "Қойма кеңсесіндегі компьютердің құпиясөзі {V} – өтінемін, ешкімге жіберме."),
    ("uzn", "Uzbek", "Ombor ofisidagi kompyuter paroli {V} – iltimos, uni hech kimga yuborma."),
    ("khk", "Mongolian", "Агуулахын оффисын компьютерийн нууц үг {V} – хэнд ч бүү дамжуулаарай."),
    ("ukr", "Ukrainian", "Пароль до комп'ютера в офісі складу: {V} – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Пароль да камп'ютара ў офісе склада: {V} – калі ласка, нікому яго не перасылай."),
    ("ron", "Romanian", "Parola calculatorului din biroul depozitului este {V} – te rog să n-o trimiți mai departe."),
    ("hun", "Hungarian", "A raktáriroda gépének jelszava {V} – kérlek, ne küldd tovább senkinek."),
    ("fin", "Finnish", "Varaston toimistokoneen salasana on {V} – älä välitä sitä eteenpäin."),
    ("mlt", "Maltese", "Il-password tal-kompjuter fl-uffiċċju tal-maħżen hija {V} – jekk jogħġbok tibgħatha lil ħadd."),
    ("tur", "Turkish", "Depo ofisindeki bilgisayarın şifresi {V} – lütfen kimseye iletme."),
    ("pes", "Persian", "رمز کامپیوتر دفتر انبار {V} است – لطفاً برای کسی نفرست."),
    ("urd", "Urdu", "گودام کے دفتر کے کمپیوٹر کا پاس ورڈ {V} ہے – براہ کرم کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Punjabi", "ਗੋਦਾਮ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("mar", "Marathi", "गोदामाच्या ऑफिसमधील संगणकाचा पासवर्ड {V} आहे – कृपया तो कोणालाही पुढे पाठवू नकोस."),
    ("tam", "Tamil", "கிடங்கு அலுவலகக் கணினியின் கடவுச்சொல் {V} – தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "గోడౌన్ ఆఫీసు కంప్యూటర్ పాస్‌వర్డ్ {V} – దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("sin", "Sinhala", "ගබඩා කාර්යාලයේ පරිගණකයේ මුරපදය {V} – කරුණාකර කාටවත් යවන්න එපා."),
    ("tha", "Thai", "รหัสผ่านคอมพิวเตอร์ในออฟฟิศโกดังคือ {V} อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Mật khẩu máy tính ở văn phòng kho là {V} – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Kata sandi komputer kantor gudang adalah {V} – tolong jangan diteruskan ke siapa pun."),
    ("plt", "Malagasy", "Ny tenimiafina amin'ny solosaina ao amin'ny biraon'ny trano fitehirizana dia {V} – aza alefa amin'olona azafady."),
    ("wol", "Wolof", "Baatu jàll bu ordinatëer bu biro bu dépôt bi mooy {V} – bul ko yónnee kenn."),
    ("lin", "Lingala", "Liloba ya sekele ya ordinatɛrɛ ya biro ya depo ezali {V} – kotindela moto mosusu te."),
    ("sot", "Sesotho", "Phasewete ya khomphutha ya ofisi ya polokelo ke {V} – ka kopo o se ke wa e fetisetsa ho mang kapa mang."),
    ("tsn", "Setswana", "Lefoko la sephiri la khomputara ya ofisi ya polokelo ke {V} – tsweetswee o se ka wa le romelela ope."),
    ("nya", "Chichewa", "Mawu achinsinsi a kompyuta ya ofesi ya nkhokwe ndi {V} – chonde usawatumize kwa aliyense."),
    ("ton", "Tongan", "Ko e lea fufū ʻo e komipiuta ʻi he ʻōfisi ʻo e falé ko {V} – ʻoua ʻe ʻave ia ki ha taha."),
    ("haw", "Hawaiian", "ʻO {V} ka ʻōlelo huna o ke kamepiula ma ke keʻena hale waiho – mai hoʻouna aku i kekahi."),
    ("quy", "Quechua", "Waqaychana wasipa oficinanpi computadorapa pakasqa siminqa {V} – ama pimanpas apachiychu."),
    ("gug", "Guarani", "Ñe'ẽñemi pe computadora oĩva ofisina ñongatuhápe ha'e {V} – ani remondo avavépe."),
    ("oci", "Occitan", "Lo senhal de l'ordenador del burèu del depaus es {V} – mandes pas a degun, se te plai."),
    ("cos", "Corsican", "A parolla d'intrata di l'urdinatore di l'uffiziu di u magazinu hè {V} – ùn la mandà à nimu."),
    ("swe", "Swedish", "Lösenordet till kontorsdatorn på förrådet är {V} – skicka inte vidare det till någon."),
    ("dan", "Danish", "Adgangskoden til kontorcomputeren på lageret er {V} – send den ikke videre til nogen."),
    ("nld", "Dutch", "Het wachtwoord van de kantoorcomputer in de opslag is {V} – stuur het alsjeblieft niet door."),
    ("pol", "Polish", "Hasło do komputera w biurze magazynu to {V} – proszę, nie przesyłaj go nikomu."),
]


def build(registry, denied_lang):
    g = Gen(14904, registry)
    kept, dropped = [], []
    for code, name, sent in L:
        (dropped if denied_lang(code, name) else kept).append((code, name, sent))
    spare = kept[40:]
    kept = kept[:40]
    out = []
    for i, (code, name, sent) in enumerate(kept):
        v = g.pw()
        text, s, e = fill(sent, v)
        out.append((FORMATS[i % 4] + "__" + code, TYPE, text, s, e, v))
    return out, kept, [d[0] for d in dropped], [s_[0] for s_ in spare]
