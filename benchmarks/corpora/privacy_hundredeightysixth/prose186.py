"""Prose source: one sentence per language; someone tells a colleague the front-desk PC password."""
import random

from common186 import MARK, owner_password, fill, record

SEED = 18604
TYPE = "range_front_desk_pc_password_in_message"
FORMATS = ["range_staff_chat_line", "rso_shift_sms", "gun_shop_email_sentence", "armoury_whatsapp_message"]

# (code, name, script, sentence with § for the value)
L = [
    ("fra", "French", "Latin", "Le mot de passe du PC de l'accueil du stand de tir est § – merci de ne le transférer à personne."),
    ("spa", "Spanish", "Latin", "La contraseña del PC de recepción del campo de tiro es § y por favor no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de pc bij de balie van de schietbaan is § – stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Lösenordet till datorn i skjutbanans reception är § – skicka det inte vidare till någon."),
    ("dan", "Danish", "Latin", "Adgangskoden til pc'en i skydebanens reception er § – send den venligst ikke videre."),
    ("fin", "Finnish", "Latin", "Ampumaradan vastaanoton tietokoneen salasana on § – älä välitä sitä kenellekään."),
    ("est", "Estonian", "Latin", "Lasketiiru vastuvõtu arvuti parool on § – palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Latin", "Šautuves reģistratūras datora parole ir § – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Šaudyklos registratūros kompiuterio slaptažodis yra § – prašau niekam jo nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do komputera w recepcji strzelnicy to § – proszę, nie przekazuj go nikomu."),
    ("ces", "Czech", "Latin", "Heslo k počítači na recepci střelnice je § – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču na recepcii strelnice je § – prosím, nikomu ho nepreposielaj."),
    ("slv", "Slovene", "Latin", "Geslo za računalnik na recepciji strelišča je § – prosim, ne pošiljaj ga nikomur."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo na recepciji streljane je § – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A lőtér recepcióján álló gép jelszava § – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului de la recepția poligonului este § – te rog să nu o trimiți nimănui."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра на рецепцията на стрелбището е § – моля, не я препращай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера на рецепції тиру: § – будь ласка, нікому його не пересилай."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή στην υποδοχή του σκοπευτηρίου είναι § – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Atış poligonu resepsiyonundaki bilgisayarın şifresi § – lütfen kimseye iletme."),
    ("kat", "Georgian", "Georgian", "სროლის ტირის მიმღების კომპიუტერის პაროლია § – გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Հրաձգարանի ընդունարանի համակարգչի գաղտնաբառն է § – խնդրում եմ, ոչ մեկին մի ուղարկիր։"),
    ("pes", "Persian", "Arabic", "رمز عبور کامپیوتر پذیرش میدان تیر § است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "شوٹنگ رینج کے استقبالیہ والے کمپیوٹر کا پاس ورڈ § ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("tam", "Tamil", "Tamil", "துப்பாக்கி சுடும் மையத்தின் வரவேற்பு கணினியின் கடவுச்சொல் § – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tha", "Thai", "Thai", "รหัสผ่านของคอมพิวเตอร์ที่เคาน์เตอร์สนามยิงปืนคือ § อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở quầy lễ tân trường bắn là § – làm ơn đừng chuyển tiếp cho ai."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer di meja depan lapangan tembak adalah § – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya mapokezi ya uwanja wa shabaha ni § – tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "የተኩስ ልምምድ ቦታው የእንግዳ መቀበያ ኮምፒውተር የይለፍ ቃል § ነው፤ እባክህ ለማንም አታስተላልፍ።"),
    ("som", "Somali", "Latin", "Erayga sirta ah ee kombiyuutarka soo dhaweynta goobta toogashada waa § – fadlan cidna ha u gudbin."),
    ("cym", "Welsh", "Latin", "Cyfrinair y cyfrifiadur yn nerbynfa'r maes saethu yw § – paid â'i anfon ymlaen at neb, plîs."),
    ("gle", "Irish", "Latin", "Is é § pasfhocal an ríomhaire ag an deasc fáilte sa raon lámhaigh – ná seol ar aghaidh é chuig aon duine."),
    ("eus", "Basque", "Latin", "Tiro-eremuko harrerako ordenagailuaren pasahitza § da – mesedez, ez bidali inori."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador de la recepció del camp de tir és § – si us plau, no la reenviïs a ningú."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter fir-riċeviment tal-firing range hija § – jekk jogħġbok tgħaddihiex lil ħadd."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit në recepsionin e poligonit të qitjes është § – të lutem mos ia përcill askujt."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот на рецепцијата на стрелиштето е § – те молам, не ја препраќај никому."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара на рэцэпцыі ціра: § – калі ласка, нікому яго не перасылай."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງຄອມພິວເຕີຢູ່ເຄົາເຕີຕ້ອນຮັບຂອງສະໜາມຍິງປືນແມ່ນ § ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ."),
]
SPARES = [("ibo", "Igbo"), ("smo", "Samoan"), ("ton", "Tongan"), ("tuk", "Turkmen")]


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(L):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        text, s, e = fill(sent.replace("§", MARK), value)
        recs.append(record("p186-s-%04d" % (start_index + i), TYPE, "%s__%s" % (FORMATS[i % 4], code), text, s, e, "prose"))
    return recs
