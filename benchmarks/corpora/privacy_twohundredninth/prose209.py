"""Prose source: one sentence per language, someone tells a colleague the repair-counter PC password."""
import random
import common209 as C

SEED = 20904
TYPE = "repair_counter_pc_password_in_message"
FORMATS = ["repair_counter_chat_line", "refurb_team_sms", "workshop_manager_email_sentence", "bench_voicemail_transcript"]

# (iso 639-3, English name, script, sentence with {V})
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du PC du comptoir de réparation est {V} et merci de ne pas le transférer."),
    ("spa", "Spanish", "Latin", "La contraseña del PC del mostrador de reparaciones es {V} y por favor no la reenvíes."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de pc aan de reparatiebalie is {V} dus stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Lösenordet till datorn vid reparationsdisken är {V} och skicka det inte vidare."),
    ("dan", "Danish", "Latin", "Adgangskoden til pc'en ved reparationsdisken er {V} så lad være med at videresende den."),
    ("fin", "Finnish", "Latin", "Korjaustiskin tietokoneen salasana on {V} joten älä lähetä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Parandusleti arvuti parool on {V} palun ära saada seda kellelegi edasi."),
    ("lvs", "Latvian", "Latin", "Remonta letes datora parole ir {V} lūdzu, nepārsūti to tālāk."),
    ("lit", "Lithuanian", "Latin", "Remonto prekystalio kompiuterio slaptažodis yra {V} prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do komputera przy ladzie serwisowej to {V} tylko proszę nie przesyłaj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k počítači u servisního pultu je {V} prosím nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču pri servisnom pulte je {V} prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik na servisnem pultu je {V} prosim, ne posreduj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo na servisnom pultu je {V} molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A szervizpult gépének jelszava {V} kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului de la ghișeul de reparații este {V} te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата на компютъра на сервизния щанд е {V} моля, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот на сервисниот шалтер е {V} те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера на стійці ремонту — {V} будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара на стойцы рамонту — {V} калі ласка, нікому яго не перасылай."),
    ("ell", "Modern Greek", "Greek", "Ο κωδικός του υπολογιστή στον πάγκο επισκευών είναι {V} σε παρακαλώ μην τον προωθήσεις."),
    ("tur", "Turkish", "Latin", "Tamir tezgâhındaki bilgisayarın şifresi {V} lütfen kimseye iletme."),
    ("azj", "North Azerbaijani", "Latin", "Təmir piştaxtasındakı kompüterin parolu {V} xahiş edirəm, heç kimə göndərmə."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að tölvunni við viðgerðarborðið er {V} ekki áframsenda það, takk."),
    ("als", "Tosk Albanian", "Latin", "Fjalëkalimi i kompjuterit te banaku i riparimeve është {V} të lutem mos ia përcill askujt."),
    ("kat", "Georgian", "Georgian", "სარემონტო დახლთან მდგარი კომპიუტერის პაროლია {V} გთხოვ, არავის გადაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Վերանորոգման վաճառասեղանի համակարգչի գաղտնաբառն է {V} խնդրում եմ, ոչ մեկին մի ուղարկիր։"),
    ("arb", "Arabic", "Arabic", "كلمة مرور حاسوب مكتب الإصلاح هي {V} من فضلك لا ترسلها لأحد."),
    ("pes", "Iranian Persian", "Arabic", "رمز عبور کامپیوتر پیشخوان تعمیرات {V} است، لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "مرمت کاؤنٹر والے کمپیوٹر کا پاس ورڈ {V} ہے، براہ کرم اسے آگے مت بھیجنا۔"),
    ("tam", "Tamil", "Tamil", "பழுதுபார்ப்பு கவுண்டர் கணினியின் கடவுச்சொல் {V} தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "రిపేర్ కౌంటర్ కంప్యూటర్ పాస్‌వర్డ్ {V} దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ที่เคาน์เตอร์ซ่อมคือ {V} ช่วยอย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở quầy sửa chữa là {V} đừng chuyển tiếp cho ai nhé."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີຢູ່ເຄົາເຕີສ້ອມແປງແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ."),
    ("ind", "Indonesian", "Latin", "Kata sandi PC di meja servis adalah {V} tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Latin", "Ang password ng PC sa repair counter ay {V} pakiusap huwag mo itong ipasa kahit kanino."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya kaunta ya matengenezo ni {V} tafadhali usiitume kwa mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "የጥገና ቆጣሪው ኮምፒውተር የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አታስተላልፍ።"),
    ("cym", "Welsh", "Latin", "Cyfrinair y cyfrifiadur wrth y cownter trwsio yw {V} paid â'i anfon ymlaen at neb, plîs."),
]
SPARES = [
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter fil-kontro tat-tiswija hija {V} jekk jogħġbok tgħaddihiex lil ħadd."),
    ("kaz", "Kazakh", "Cyrillic", "Жөндеу үстеліндегі компьютердің құпиясөзі {V} өтінемін, ешкімге жіберме."),
]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(lambda: C.password(rng, strict=True))
        text = sent.replace("{V}", v)
        start = text.index(v)
        recs.append({"type": TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": TYPE}], "source": "prose"})
    return recs
