"""Prose source: someone tells a colleague the shop PC password, 40 languages."""
import random

from common222 import MARK as V, owner_password, fill, positive

SEED = 22204
TYPE = "lock_shop_pc_password_in_message"
FORMATS = ["key_van_chat_line", "workshop_sms_text", "shop_email_sentence", "callout_voicemail_transcript"]

# (iso639-3, English name, script, sentence)
LANGS = [
    ("eng", "English", "Latin", "The password for the shop PC is " + V + " – please don't pass it on to anyone."),
    ("spa", "Spanish", "Latin", "La contraseña del ordenador de la tienda es " + V + " , por favor no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de winkel-pc is " + V + " – stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Lösenordet till butiksdatorn är " + V + " – skicka inte vidare det till någon."),
    ("fin", "Finnish", "Latin", "Liikkeen tietokoneen salasana on " + V + " – älä lähetä sitä eteenpäin kenellekään."),
    ("est", "Estonian", "Latin", "Poe arvuti parool on " + V + " – palun ära saada seda kellelegi edasi."),
    ("lvs", "Standard Latvian", "Latin", "Veikala datora parole ir " + V + " – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Parduotuvės kompiuterio slaptažodis yra " + V + " – prašau, niekam jo nepersiųsk."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v predajni je " + V + " – prosím, nikomu ho neposielaj."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v trgovini je " + V + " – prosim, ne pošiljaj ga nikomur naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u radnji je " + V + " – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A bolti gép jelszava " + V + " – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola de la calculatorul din magazin este " + V + " – te rog să nu o trimiți nimănui."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в магазина е " + V + " – моля, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во продавницата е " + V + " – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера в майстерні – " + V + " , будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара ў майстэрні – " + V + " , калі ласка, нікому яго не перасылай."),
    ("ell", "Modern Greek", "Greek", "Ο κωδικός για τον υπολογιστή του μαγαζιού είναι " + V + " – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("als", "Tosk Albanian", "Latin", "Fjalëkalimi i kompjuterit të dyqanit është " + V + " – të lutem mos ia dërgo askujt."),
    ("tur", "Turkish", "Latin", "Dükkândaki bilgisayarın şifresi " + V + " – lütfen kimseye iletme."),
    ("azj", "North Azerbaijani", "Latin", "Dükandakı kompüterin şifrəsi " + V + " – xahiş edirəm, heç kimə göndərmə."),
    ("kaz", "Kazakh", "Cyrillic", "Дүкендегі компьютердің құпия сөзі " + V + " – өтінемін, оны ешкімге жіберме."),
    ("kir", "Kyrgyz", "Cyrillic", "Дүкөндөгү компьютердин сырсөзү " + V + " – суранам, аны эч кимге жөнөтпө."),
    ("hye", "Armenian", "Armenian", "Խանութի համակարգչի գաղտնաբառն է " + V + " – խնդրում եմ, ոչ մեկին մի՛ ուղարկիր։"),
    ("kat", "Georgian", "Georgian", "მაღაზიის კომპიუტერის პაროლია " + V + " – გთხოვ, არავის გაუგზავნო."),
    ("arb", "Standard Arabic", "Arabic", "كلمة مرور حاسوب المحل هي " + V + " – من فضلك لا ترسلها لأحد."),
    ("pes", "Iranian Persian", "Arabic", "رمز عبور کامپیوتر مغازه " + V + " است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "دکان کے کمپیوٹر کا پاس ورڈ " + V + " ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("tam", "Tamil", "Tamil", "கடை கணினியின் கடவுச்சொல் " + V + " – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "షాప్ కంప్యూటర్ పాస్‌వర్డ్ " + V + " – దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ที่ร้านคือ " + V + " อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở cửa hàng là " + V + " – đừng chuyển tiếp cho ai nhé."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີຂອງຮ້ານແມ່ນ " + V + " ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer toko adalah " + V + " – tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa tindahan ay " + V + " – pakiusap, huwag mo itong ipasa kaninuman."),
    ("amh", "Amharic", "Ethiopic", "የሱቁ ኮምፒውተር የይለፍ ቃል " + V + " ነው – እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombiyuutarka dukaanka waa " + V + " – fadlan cidna ha u gudbin."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að tölvunni í búðinni er " + V + " – vinsamlegast ekki áframsenda það."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y siop yw " + V + " – plîs paid â'i anfon ymlaen at neb."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-ħanut hija " + V + " – jekk jogħġbok la tgħaddiha lil ħadd."),
]
SPARES = [("ory", "Odia"), ("asm", "Assamese")]

CONFIDENCE = {
    "fair": ["eng", "spa", "nld", "swe", "ron", "bul", "ukr", "ell", "tur", "vie", "ind", "hrv", "slk", "hun", "fin"],
    "modest": ["est", "lvs", "lit", "slv", "mkd", "bel", "als", "azj", "kaz", "arb", "pes", "urd", "tha", "tgl", "isl", "cym", "mlt"],
    "low": ["kir", "hye", "kat", "tam", "tel", "lao", "amh", "som"],
}


def wrap(fmt, sentence):
    if fmt == "key_van_chat_line":
        return "[07:48] Karen → Sam: " + sentence + "\n"
    if fmt == "workshop_sms_text":
        return "SMS from +44 7700 900412 (Karen, shop):\n" + sentence + "\n"
    if fmt == "shop_email_sentence":
        return "Subject: shop PC\n\n" + sentence + "\n\nKaren\n"
    if fmt == "callout_voicemail_transcript":
        return "Voicemail transcript (00:19): " + sentence + "\n"
    raise ValueError(fmt)


def make_records(registry, ids):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        value = registry.draw(lambda: owner_password(rng, strict=True))
        text, start = fill(wrap(fmt, sent), value)
        recs.append(positive(ids(), TYPE, fmt + "__" + code, text, start, value, "prose"))
    return recs
