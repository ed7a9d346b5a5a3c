"""Prose source: one sentence per language telling a colleague the boathouse office PC password."""
import random

from common217 import MARK, owner_password, place

SEED = 21704
TYPE = "boathouse_office_pc_password_in_message"
FORMATS = ["boathouse_chat_line", "canoe_hire_sms", "centre_email_sentence", "club_voicemail_transcript"]
V = MARK

# code, name, script, confidence, sentence
LANGS = [
    ("spa", "Spanish", "Latin", "fair", "La contraseña del PC de la oficina del cobertizo es %s y, por favor, no se la reenvíes a nadie."),
    ("fra", "French", "Latin", "fair", "Le mot de passe du PC du bureau du hangar à bateaux est %s et merci de ne le transférer à personne."),
    ("nld", "Dutch", "Latin", "fair", "Het wachtwoord van de pc in het botenhuiskantoor is %s – stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "fair", "Lösenordet till datorn på båthuskontoret är %s – skicka det inte vidare, är du snäll."),
    ("dan", "Danish", "Latin", "fair", "Adgangskoden til pc'en på bådhuskontoret er %s – lad være med at sende den videre."),
    ("fin", "Finnish", "Latin", "modest", "Venevajan toimiston tietokoneen salasana on %s – älä välitä sitä eteenpäin."),
    ("isl", "Icelandic", "Latin", "modest", "Lykilorðið að tölvunni á bátaskýlisskrifstofunni er %s – vinsamlegast ekki áframsenda það."),
    ("pol", "Polish", "Latin", "fair", "Hasło do komputera w biurze przystani to %s – proszę, nie przekazuj go dalej."),
    ("ces", "Czech", "Latin", "fair", "Heslo k počítači v kanceláři loděnice je %s – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "modest", "Heslo k počítaču v kancelárii lodenice je %s – prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", "modest", "Geslo za računalnik v pisarni čolnarne je %s – prosim, ne posreduj ga naprej."),
    ("hrv", "Croatian", "Latin", "modest", "Lozinka za računalo u uredu spremišta za čamce je %s – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "modest", "A csónakház irodai gépének jelszava %s – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "fair", "Parola calculatorului din biroul hangarului de bărci este %s – te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "modest", "Паролата за компютъра в офиса на навеса за лодки е %s – моля, не я препращай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "modest", "Пароль до комп'ютера в офісі човнової станції %s – будь ласка, нікому його не пересилай."),
    ("ell", "Modern Greek", "Greek", "modest", "Ο κωδικός για τον υπολογιστή του γραφείου στο υπόστεγο των σκαφών είναι %s – σε παρακαλώ μην τον προωθήσεις."),
    ("tur", "Turkish", "Latin", "fair", "Kayıkhane ofisindeki bilgisayarın şifresi %s – lütfen kimseye iletme."),
    ("lit", "Lithuanian", "Latin", "low", "Valčių prieplaukos biuro kompiuterio slaptažodis yra %s – prašau jo niekam nepersiųsti."),
    ("lvs", "Latvian", "Latin", "low", "Laivu mājas biroja datora parole ir %s – lūdzu, nevienam to nepārsūti."),
    ("ekk", "Estonian", "Latin", "low", "Paadikuuri kontori arvuti parool on %s – palun ära saada seda kellelegi edasi."),
    ("mlt", "Maltese", "Latin", "low", "Il-password tal-kompjuter fl-uffiċċju tad-dgħajjes hija %s – jekk jogħġbok tgħaddihiex lil ħadd."),
    ("cym", "Welsh", "Latin", "modest", "Cyfrinair cyfrifiadur swyddfa'r cwt cychod yw %s – paid â'i anfon ymlaen at neb, plîs."),
    ("als", "Tosk Albanian", "Latin", "low", "Fjalëkalimi i kompjuterit në zyrën e strehës së varkave është %s – të lutem mos ia dërgo askujt."),
    ("mkd", "Macedonian", "Cyrillic", "low", "Лозинката за компјутерот во канцеларијата на чамџилницата е %s – те молам, не ја препраќај никому."),
    ("kat", "Georgian", "Georgian", "low", "ნავსადგურის ოფისის კომპიუტერის პაროლია %s – გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "low", "Նավակատան գրասենյակի համակարգչի գաղտնաբառն է %s – խնդրում եմ ոչ մեկին մի՛ փոխանցիր։"),
    ("azj", "North Azerbaijani", "Latin", "low", "Qayıqxananın ofisindəki kompüterin şifrəsi %s – xahiş edirəm, heç kimə göndərmə."),
    ("kaz", "Kazakh", "Cyrillic", "low", "Қайық үйі кеңсесіндегі компьютердің құпиясөзі %s – өтінемін, ешкімге жіберме."),
    ("pes", "Iranian Persian", "Arabic", "modest", "رمز کامپیوتر دفتر قایق‌خانه %s است – لطفاً آن را برای کسی نفرست."),
    ("arb", "Arabic", "Arabic", "modest", "كلمة مرور حاسوب مكتب مرفأ القوارب هي %s – من فضلك لا ترسلها لأحد."),
    ("urd", "Urdu", "Arabic (Nastaliq)", "modest", "بوٹ ہاؤس دفتر کے کمپیوٹر کا پاس ورڈ %s ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("tam", "Tamil", "Tamil", "low", "படகுக் கொட்டகை அலுவலகக் கணினியின் கடவுச்சொல் %s – தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "low", "బోట్‌హౌస్ ఆఫీసు కంప్యూటర్ పాస్‌వర్డ్ %s – దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("tha", "Thai", "Thai", "low", "รหัสผ่านคอมพิวเตอร์ในสำนักงานโรงเก็บเรือคือ %s กรุณาอย่าส่งต่อให้ใคร"),
    ("vie", "Vietnamese", "Latin", "modest", "Mật khẩu máy tính ở văn phòng nhà thuyền là %s – làm ơn đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "fair", "Kata sandi PC kantor gudang perahu adalah %s – tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Latin", "modest", "Ang password ng PC sa opisina ng boathouse ay %s – pakiusap, huwag mo itong ipasa kahit kanino."),
    ("swh", "Swahili", "Latin", "modest", "Nenosiri la kompyuta ya ofisi ya banda la mashua ni %s – tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "low", "የጀልባ ቤቱ ቢሮ ኮምፒውተር የይለፍ ቃል %s ነው – እባክህ ለማንም አታስተላልፈው።"),
]

SPARES = [
    ("som", "Somali", "Erayga sirta ah ee kombiyuutarka xafiiska doonyaha waa %s – fadlan cidna ha u gudbin."),
    ("lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງການເຮືອນເຮືອແມ່ນ %s ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, conf, sent) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        fmt = FORMATS[i % len(FORMATS)]
        if fmt == "boathouse_chat_line":
            tmpl = "[%02d:%02d] %s\n" % (rng.randint(6, 21), rng.randint(0, 59), sent % V)
        elif fmt == "canoe_hire_sms":
            tmpl = "SMS +44 7700 900%03d: %s\n" % (rng.randrange(1000), sent % V)
        elif fmt == "centre_email_sentence":
            tmpl = "%s\n\n— \n" % (sent % V)
        else:
            tmpl = "Voicemail (%ds): \"%s\"\n" % (rng.randint(12, 40), sent % V)
        text, s, e = place(tmpl, value)
        recs.append((TYPE, fmt + "__" + code, text, s, e))
    return recs
