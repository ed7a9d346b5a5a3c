"""Prose source: 40 languages, one sentence each; someone tells a colleague a password."""
import random
from common187 import SEEDS, owner_password

PROSE_TYPE = "stockroom_pc_password_in_chat_message"
FORMATS = ["volunteer_group_chat_line", "area_manager_text_message", "shop_handover_note_sentence",
           "warehouse_voicemail_transcript"]

# code, name, script, sentence with {v}
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du PC de la réserve est {v} et merci de ne le transmettre à personne."),
    ("spa", "Spanish", "Latin", "La contraseña del ordenador del almacén es {v} y, por favor, no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de pc in het magazijn is {v} en stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Lösenordet till datorn i lagret är {v} och skicka det inte vidare, tack."),
    ("dan", "Danish", "Latin", "Adgangskoden til computeren i baglokalet er {v} og send den venligst ikke videre."),
    ("fin", "Finnish", "Latin", "Varaston tietokoneen salasana on {v} eikä sitä saa lähettää eteenpäin."),
    ("est", "Estonian", "Latin", "Laoruumi arvuti parool on {v} ja palun ära saada seda kellelegi edasi."),
    ("lvs", "Latvian", "Latin", "Noliktavas datora parole ir {v} un lūdzu nevienam to nepārsūti."),
    ("lit", "Lithuanian", "Latin", "Sandėlio kompiuterio slaptažodis yra {v} ir prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do komputera na zapleczu to {v} i proszę nikomu go nie przekazywać."),
    ("ces", "Czech", "Latin", "Heslo k počítači ve skladu je {v} a prosím nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v sklade je {v} a prosím, nikomu ho neposielaj."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v skladišču je {v} in prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u skladištu je {v} i molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A raktári gép jelszava {v} és kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din depozit este {v} și te rog să n-o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата на компютъра в склада е {v} и моля, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во магацинот е {v} и те молам не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера на складі {v} і, будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара на складзе {v} і, калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή στην αποθήκη είναι {v} και σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Depodaki bilgisayarın şifresi {v} ve lütfen kimseye iletme."),
    ("azj", "Azerbaijani", "Latin", "Anbardakı kompüterin şifrəsi {v} və xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", "საწყობის კომპიუტერის პაროლია {v} და გთხოვ, არავის გადაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Պահեստի համակարգչի գաղտնաբառը {v} է, խնդրում եմ ոչ մեկին չուղարկես։"),
    ("als", "Albanian", "Latin", "Fjalëkalimi i kompjuterit në magazinë është {v} dhe të lutem mos ia përcill askujt."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter fil-maħżen hija {v} u jekk jogħġbok la tibgħathiex lil ħadd."),
    ("cym", "Welsh", "Latin", "Cyfrinair y cyfrifiadur yn y stordy yw {v} a phaid â'i anfon ymlaen at neb, plîs."),
    ("pes", "Persian", "Arabic", "رمز عبور کامپیوتر انبار {v} است و لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "گودام والے کمپیوٹر کا پاس ورڈ {v} ہے اور براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਗੋਦਾਮ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ ਅਤੇ ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("tam", "Tamil", "Tamil", "கிடங்கு கணினியின் கடவுச்சொல் {v} ஆகும், தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("npi", "Nepali", "Devanagari", "गोदामको कम्प्युटरको पासवर्ड {v} हो र कृपया यो कसैलाई नपठाउनुहोस्।"),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ในห้องเก็บของคือ {v} ช่วยอย่าส่งต่อให้ใครนะ"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີໃນສາງແມ່ນ {v} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính trong kho là {v} và làm ơn đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer di gudang adalah {v} dan tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya ghalani ni {v} na tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "የመጋዘኑ ኮምፒውተር የይለፍ ቃል {v} ነው፤ እባክህ ለማንም አታስተላልፈው።"),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die rekenaar in die stoorkamer is {v} en moet dit asseblief vir niemand aanstuur nie."),
]
SPARES = [("eng", "English"), ("som", "Somali"), ("ibo", "Igbo"), ("oci", "Occitan"), ("ast", "Asturian")]


def generate(reg):
    rng = random.Random(SEEDS["prose"])
    out = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        v = reg.draw(owner_password, rng, strict=True)
        i0 = sent.index("{v}")
        text = sent[:i0] + v + sent[i0 + 3:]
        out.append({"type": PROSE_TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                    "secrets": [{"value": v, "start": i0, "end": i0 + len(v), "type": PROSE_TYPE}],
                    "source": "prose"})
    return out
