"""Prose source: one sentence per language; someone tells a colleague the password of the
audiometer laptop in fitting room 2 and asks them not to forward it."""
import random

import common175 as C

V = C.SLOT
TYPE = "audiometer_laptop_password_in_message"
FORMATS = ["fitting_team_whatsapp_line", "clinic_email_sentence", "repair_ticket_remark", "audiology_signal_note"]

# code, name, script, sentence (the slot is always set off by whitespace)
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du portable de l'audiomètre en cabine 2 est " + V + " – merci de ne pas le transférer."),
    ("spa", "Spanish", "Latin", "La contraseña del portátil del audiómetro de la cabina 2 es " + V + " – por favor, no la reenvíes."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de audiometer-laptop in paskamer 2 is " + V + " – stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Lösenordet till audiometerdatorn i rum 2 är " + V + " – vidarebefordra det inte, tack."),
    ("dan", "Danish", "Latin", "Adgangskoden til audiometer-laptoppen i rum 2 er " + V + " – send den venligst ikke videre."),
    ("isl", "Icelandic", "Latin", "Lykilorðið á heyrnarmælisfartölvunni í herbergi 2 er " + V + " – vinsamlegast ekki áframsenda það."),
    ("fin", "Finnish", "Latin", "Huoneen 2 audiometrikannettavan salasana on " + V + " – älä välitä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Ruumi 2 audiomeetri sülearvuti parool on " + V + " – palun ära saada seda edasi."),
    ("lav", "Latvian", "Latin", "Audiometra klēpjdatora parole 2. kabinetā ir " + V + " – lūdzu, nepārsūti to."),
    ("lit", "Lithuanian", "Latin", "Audiometro nešiojamojo kompiuterio 2 kabinete slaptažodis yra " + V + " – prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do laptopa audiometru w gabinecie 2 to " + V + " – proszę, nie przesyłaj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k notebooku audiometru v ordinaci 2 je " + V + " – prosím, nepřeposílej ho."),
    ("slv", "Slovenian", "Latin", "Geslo za prenosnik avdiometra v sobi 2 je " + V + " – prosim, ne posreduj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za laptop audiometra u sobi 2 je " + V + " – molim te, nemoj je prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A 2-es szoba audiométeres laptopjának jelszava " + V + " – kérlek, ne továbbítsd senkinek."),
    ("ron", "Romanian", "Latin", "Parola laptopului audiometrului din cabinetul 2 este " + V + " – te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата на лаптопа с аудиометъра в кабинет 2 е " + V + " – моля, не я препращай."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до ноутбука аудіометра в кабінеті 2 — " + V + " — будь ласка, нікому його не пересилай."),
    ("ell", "Greek", "Greek", "Ο κωδικός του φορητού του ακουόμετρου στο δωμάτιο 2 είναι " + V + " – σε παρακαλώ μην τον προωθήσεις."),
    ("tur", "Turkish", "Latin", "2 numaralı odadaki odyometre dizüstü bilgisayarının şifresi " + V + " – lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Latin", "2 saylı otaqdakı audiometr noutbukunun şifrəsi " + V + " – xahiş edirəm, heç kimə göndərmə."),
    ("kaz", "Kazakh", "Cyrillic", "2-бөлмедегі аудиометр ноутбугының құпиясөзі " + V + " – өтінемін, оны ешкімге жіберме."),
    ("uzb", "Uzbek", "Latin", "2-xonadagi audiometr noutbukining paroli " + V + " – iltimos, uni hech kimga yuborma."),
    ("arb", "Arabic", "Arabic", "كلمة مرور حاسوب جهاز قياس السمع في الغرفة 2 هي " + V + " – من فضلك لا تُعد إرسالها لأحد."),
    ("pes", "Persian", "Arabic", "رمز لپ‌تاپ شنوایی‌سنج در اتاق ۲ " + V + " است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "کمرہ 2 میں آڈیومیٹر لیپ ٹاپ کا پاس ورڈ " + V + " ہے – براہ کرم اسے آگے نہ بھیجیں۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਕਮਰਾ 2 ਵਾਲੇ ਆਡੀਓਮੀਟਰ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ " + V + " ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("mar", "Marathi", "Devanagari", "खोली 2 मधील ऑडिओमीटर लॅपटॉपचा पासवर्ड " + V + " आहे – कृपया तो कोणालाही पाठवू नकोस."),
    ("tam", "Tamil", "Tamil", "அறை 2-இல் உள்ள ஆடியோமீட்டர் லேப்டாப்பின் கடவுச்சொல் " + V + " – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "గది 2 లోని ఆడియోమీటర్ ల్యాప్‌టాప్ పాస్‌వర్డ్ " + V + " – దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ("tha", "Thai", "Thai", "รหัสผ่านของโน้ตบุ๊กเครื่องตรวจการได้ยินในห้อง 2 คือ " + V + " กรุณาอย่าส่งต่อให้ใคร"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính xách tay của máy đo thính lực ở phòng 2 là " + V + " – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi laptop audiometer di ruang 2 adalah " + V + " – tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Latin", "Ang password ng laptop ng audiometer sa kuwarto 2 ay " + V + " – pakiusap, huwag mo itong ipasa."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya audiometa katika chumba namba 2 ni " + V + " – tafadhali usilitume kwa mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "በክፍል 2 ያለው የኦዲዮሜትር ላፕቶፕ የይለፍ ቃል " + V + " ነው – እባክህ ለማንም አታስተላልፍ።"),
    ("cym", "Welsh", "Latin", "Cyfrinair gliniadur yr awdiomedr yn ystafell 2 yw " + V + " – paid â'i anfon ymlaen, plîs."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i laptopit të audiometrit në dhomën 2 është " + V + " – të lutem mos ia përcill askujt."),
    ("hye", "Armenian", "Armenian", "2-րդ սենյակի աուդիոմետրի նոութբուքի գաղտնաբառը " + V + " է – խնդրում եմ, ոչ մեկին մի՛ փոխանցիր։"),
    ("kat", "Georgian", "Georgian", "მე-2 ოთახში აუდიომეტრის ლეპტოპის პაროლია " + V + " – გთხოვ, არავის გაუგზავნო."),
    # spares (used only if one of the above is refused by the deny-list)
    ("slk", "Slovak", "Latin", "Heslo k notebooku audiometra v ambulancii 2 je " + V + " – prosím, nepreposielaj ho."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за лаптопот со аудиометарот во соба 2 е " + V + " – те молам, не ја препраќај."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад ноўтбука аўдыёметра ў кабінеце 2 — " + V + " — калі ласка, не перасылай яго."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງຄອມພິວເຕີເຄື່ອງກວດການໄດ້ຍິນໃນຫ້ອງ 2 ແມ່ນ " + V + " ກະລຸນາຢ່າສົ່ງຕໍ່"),
]


def language_refused(code, name, deny):
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    if code in codes or code in lnames or C.denied(code, deny):
        return True
    if name.lower() in lnames:
        return True
    return any(w.lower() in lnames for w in name.replace("-", " ").split())


def generate(reg, deny, seed=17504, keep=40):
    rng = random.Random(seed)
    usable, refused = [], []
    for lang in LANGS:
        (refused if language_refused(lang[0], lang[1], deny) else usable).append(lang)
    spares = [l[0] for l in usable[keep:]]
    usable = usable[:keep]
    recs = []
    for i, (code, _name, _script, sent) in enumerate(usable):
        value = reg.draw(lambda: C.password(rng, safe=True))
        text, s_, e_ = C.fill(sent, value)
        recs.append(C.record(None, TYPE, FORMATS[i % 4] + "__" + code, text, s_, e_, "prose"))
    return recs, {"refused": [l[0] for l in refused], "spares": spares, "langs": usable}
