"""Prose: someone tells a colleague the tee-sheet admin password in a message, one sentence per language."""
import random

from common169 import MARK, password

SEED = 16904
TYPE = "tee_sheet_password_told_in_message"
FORMATS = ["greenkeeper_signal_message", "pro_shop_email_line", "club_it_ticket_note", "starter_sms_text"]

# (iso639-3, English name, script, sentence with {V}); the value is always followed by a space and a word.
LANGS = [
    ("spa", "Spanish", "Latin", "La contraseña de administrador del sistema de salidas ahora es {V} y por favor no se la reenvíes a nadie."),
    ("fra", "French", "Latin", "Le mot de passe admin de la feuille de départs est maintenant {V} donc ne le transfère à personne, s'il te plaît."),
    ("deu", "German", "Latin", "Das Admin-Passwort für das Startzeiten-System lautet jetzt {V} und bitte leite es an niemanden weiter."),
    ("nld", "Dutch", "Latin", "Het beheerderswachtwoord van het starttijdensysteem is nu {V} dus stuur het alsjeblieft naar niemand door."),
    ("dan", "Danish", "Latin", "Admin-adgangskoden til starttidssystemet er nu {V} så send den venligst ikke videre til nogen."),
    ("swe", "Swedish", "Latin", "Adminlösenordet till starttidsbokningen är nu {V} så skicka det inte vidare till någon."),
    ("fin", "Finnish", "Latin", "Lähtöaikajärjestelmän pääkäyttäjän salasana on nyt {V} joten älä välitä sitä kenellekään."),
    ("est", "Estonian", "Latin", "Stardiaegade süsteemi administraatori parool on nüüd {V} nii et palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Latin", "Starta laiku sistēmas administratora parole tagad ir {V} tāpēc, lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Starto laikų sistemos administratoriaus slaptažodis dabar yra {V} tad prašau jo niekam nepersiųsk."),
    ("pol", "Polish", "Latin", "Hasło administratora systemu rezerwacji startów to teraz {V} więc proszę nikomu go nie przesyłaj."),
    ("ces", "Czech", "Latin", "Heslo správce rezervačního systému startovních časů je teď {V} tak ho prosím nikomu nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo správcu rezervačného systému štartov je teraz {V} tak ho prosím nikomu nepreposielaj."),
    ("slv", "Slovenian", "Latin", "Skrbniško geslo za sistem štartnih časov je zdaj {V} zato ga prosim nikomur ne posreduj."),
    ("hrv", "Croatian", "Latin", "Administratorska lozinka za sustav termina sada je {V} pa je molim te nikome ne prosljeđuj."),
    ("hun", "Hungarian", "Latin", "A kezdési időpontok rendszerének admin jelszava most {V} úgyhogy kérlek, senkinek ne küldd tovább."),
    ("ron", "Romanian", "Latin", "Parola de administrator pentru sistemul de rezervări este acum {V} așa că te rog nu o trimite nimănui."),
    ("bul", "Bulgarian", "Cyrillic", "Администраторската парола за системата за начални часове вече е {V} така че моля, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Администраторската лозинка за системот за термини сега е {V} па те молам не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль адміністратора системи бронювання стартів тепер {V} тож, будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль адміністратара сістэмы браніравання стартаў цяпер {V} таму, калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "Ο κωδικός διαχειριστή για το σύστημα κρατήσεων είναι τώρα {V} οπότε σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Başlama saati sisteminin yönetici şifresi artık {V} o yüzden lütfen kimseye iletme."),
    ("azj", "Azerbaijani", "Latin", "Start vaxtı sisteminin admin şifrəsi indi {V} olduğu üçün xahiş edirəm heç kimə göndərmə."),
    ("hye", "Armenian", "Armenian", "Մեկնարկի ժամերի համակարգի ադմինի գաղտնաբառն այժմ {V} է, խնդրում եմ ոչ մեկին չուղարկես։"),
    ("kat", "Georgian", "Georgian", "სტარტის დროების სისტემის ადმინის პაროლი ახლა არის {V} ამიტომ გთხოვ არავის გადაუგზავნო."),
    ("pes", "Persian", "Arabic", "رمز عبور مدیر سامانه رزرو زمان شروع الان {V} است، لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "ٹی ٹائم بکنگ سسٹم کا ایڈمن پاس ورڈ اب {V} ہے، براہ کرم اسے کسی کو فارورڈ نہ کریں۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਟੀ ਟਾਈਮ ਬੁਕਿੰਗ ਸਿਸਟਮ ਦਾ ਐਡਮਿਨ ਪਾਸਵਰਡ ਹੁਣ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("tam", "Tamil", "Tamil", "டீ டைம் முன்பதிவு அமைப்பின் நிர்வாகி கடவுச்சொல் இப்போது {V} ஆகும், தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
    ("npi", "Nepali", "Devanagari", "टी टाइम बुकिङ प्रणालीको एडमिन पासवर्ड अब {V} हो, कृपया कसैलाई फर्वार्ड नगर्नुहोस्।"),
    ("tha", "Thai", "Thai", "รหัสผ่านผู้ดูแลระบบจองเวลาออกรอบตอนนี้คือ {V} อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu quản trị của hệ thống đặt giờ phát bóng bây giờ là {V} nên đừng chuyển tiếp cho ai nhé."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຜູ້ດູແລລະບົບຈອງເວລາຕີກອຟຕອນນີ້ແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("ind", "Indonesian", "Latin", "Kata sandi admin sistem pemesanan tee time sekarang {V} jadi tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la msimamizi wa mfumo wa kuhifadhi muda wa kuanza sasa ni {V} kwa hiyo tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "የጨዋታ መጀመሪያ ሰዓት ማስያዣ ስርዓት የአስተዳዳሪ የይለፍ ቃል አሁን {V} ነው፤ እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee maamulaha nidaamka ballansashada waqtiga ciyaarta hadda waa {V} fadlan qofna ha u gudbin."),
    ("afr", "Afrikaans", "Latin", "Die admin-wagwoord vir die afslaantye-stelsel is nou {V} so moet dit asseblief vir niemand aanstuur nie."),
    ("cym", "Welsh", "Latin", "Cyfrinair gweinyddwr y system amseroedd cychwyn yw {V} nawr, felly paid â'i anfon ymlaen at neb os gweli di'n dda."),
]
SPARES = [
    ("mlt", "Maltese", "Latin", "Il-password tal-amministratur tas-sistema tal-ħinijiet tal-bidu issa hija {V} allura jekk jogħġbok tibgħatha lil ħadd."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i administratorit për sistemin e orareve të nisjes tani është {V} prandaj të lutem mos ia përcill askujt."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lomlawuli wenkqubo yokubhukisha ixesha ngoku ngu {V} ngoko nceda ungalithumeleli mntu."),
]


def generate(reg, lang_denied):
    rng = random.Random(SEED)
    pool = [l for l in LANGS + SPARES if not lang_denied(l[0], l[1])]
    refused = [l[0] for l in LANGS + SPARES if lang_denied(l[0], l[1])]
    chosen = pool[:40]
    out = []
    for i, (code, name, script, sent) in enumerate(chosen):
        v = reg.draw(password, rng, "-_.")
        fmt = FORMATS[i % len(FORMATS)]
        text = sent.format(V=MARK)
        out.append((TYPE, f"{fmt}__{code}", text, v, code, name, script))
    spares_unused = [l[0] for l in pool[40:]]
    return out, refused, spares_unused
