"""Prose source: someone tells a colleague the office laptop password in 40 languages."""
import random

from common198 import SEED_PROSE, owner_password, place

PROSE_TYPE = "office_laptop_password_in_message"
FORMATS = ["crew_whatsapp_line", "office_sms", "franchise_email_sentence", "depot_voicemail_transcript"]

# (iso639-3, English name, script, confidence, sentence with <<V>>)
LANGS = [
    ("eng", "English", "Latin", "fair", "Hi Sam, the office laptop password is <<V>> – please don't forward it to anyone."),
    ("fra", "French", "Latin", "fair", "Salut, le mot de passe de l'ordinateur portable du bureau est <<V>> – merci de ne le transférer à personne."),
    ("spa", "Spanish", "Latin", "fair", "Hola, la contraseña del portátil de la oficina es <<V>> – por favor, no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "fair", "Hoi, het wachtwoord van de kantoorlaptop is <<V>> – stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "fair", "Hej, lösenordet till kontorets laptop är <<V>> – skicka inte det vidare till någon."),
    ("dan", "Danish", "Latin", "modest", "Hej, adgangskoden til kontorets bærbare er <<V>> – lad være med at sende den videre."),
    ("fin", "Finnish", "Latin", "modest", "Moi, toimiston läppärin salasana on <<V>> – älä välitä sitä kenellekään."),
    ("est", "Estonian", "Latin", "modest", "Tere, kontori sülearvuti parool on <<V>> – palun ära saada seda kellelegi edasi."),
    ("lvs", "Latvian", "Latin", "modest", "Sveiks, biroja klēpjdatora parole ir <<V>> – lūdzu, nevienam to nepārsūti."),
    ("lit", "Lithuanian", "Latin", "modest", "Labas, biuro nešiojamojo kompiuterio slaptažodis yra <<V>> – prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "fair", "Cześć, hasło do laptopa w biurze to <<V>> – proszę, nie przesyłaj go nikomu dalej."),
    ("ces", "Czech", "Latin", "fair", "Ahoj, heslo k notebooku v kanceláři je <<V>> – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "modest", "Ahoj, heslo k notebooku v kancelárii je <<V>> – prosím, nikomu ho nepreposielaj."),
    ("slv", "Slovenian", "Latin", "modest", "Živjo, geslo za pisarniški prenosnik je <<V>> – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "fair", "Bok, lozinka za uredski laptop je <<V>> – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "modest", "Szia, az irodai laptop jelszava <<V>> – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "modest", "Salut, parola laptopului de la birou este <<V>> – te rog să n-o trimiți nimănui mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "modest", "Здравей, паролата за лаптопа в офиса е <<V>> – моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "low", "Здраво, лозинката за лаптопот во канцеларијата е <<V>> – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "fair", "Привіт, пароль від офісного ноутбука: <<V>> – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "low", "Прывітанне, пароль ад офіснага ноўтбука: <<V>> – калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "modest", "Γεια, ο κωδικός του λάπτοπ του γραφείου είναι <<V>> – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "fair", "Selam, ofisteki dizüstü bilgisayarın şifresi <<V>> – lütfen kimseye iletme."),
    ("azj", "Azerbaijani", "Latin", "low", "Salam, ofis noutbukunun şifrəsi <<V>> – xahiş edirəm, heç kimə göndərmə."),
    ("kaz", "Kazakh", "Cyrillic", "low", "Сәлем, кеңсе ноутбугының құпиясөзі <<V>> – өтінемін, ешкімге жіберме."),
    ("kat", "Georgian", "Georgian", "low", "გამარჯობა, ოფისის ლეპტოპის პაროლია <<V>> – გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "low", "Բարև, գրասենյակի նոութբուքի գաղտնաբառը <<V>> է, խնդրում եմ՝ ոչ մեկին մի ուղարկիր։"),
    ("arb", "Arabic", "Arabic", "modest", "مرحبا، كلمة مرور حاسوب المكتب المحمول هي <<V>> – من فضلك لا ترسلها لأحد."),
    ("pes", "Persian", "Arabic", "modest", "سلام، رمز لپ‌تاپ دفتر <<V>> است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "low", "السلام علیکم، دفتر کے لیپ ٹاپ کا پاس ورڈ <<V>> ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("tam", "Tamil", "Tamil", "low", "வணக்கம், அலுவலக லேப்டாப்பின் கடவுச்சொல் <<V>> – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "low", "హాయ్, ఆఫీస్ ల్యాప్‌టాప్ పాస్‌వర్డ్ <<V>> – దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("tha", "Thai", "Thai", "modest", "สวัสดี รหัสผ่านโน้ตบุ๊กที่ออฟฟิศคือ <<V>> ช่วยอย่าส่งต่อให้ใครนะ"),
    ("lao", "Lao", "Lao", "low", "ສະບາຍດີ ລະຫັດຜ່ານຂອງໂນດບຸກຢູ່ຫ້ອງການແມ່ນ <<V>> ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("vie", "Vietnamese", "Latin", "modest", "Chào bạn, mật khẩu của laptop văn phòng là <<V>> – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "fair", "Halo, kata sandi laptop kantor adalah <<V>> – tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Latin", "modest", "Uy, ang password ng laptop sa opisina ay <<V>> – pakiusap, huwag mong ipasa kahit kanino."),
    ("swh", "Swahili", "Latin", "modest", "Habari, nenosiri la kompyuta ndogo ya ofisini ni <<V>> – tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "low", "ሰላም፣ የቢሮው ላፕቶፕ የይለፍ ቃል <<V>> ነው – እባክህ ለማንም አታስተላልፍ።"),
    ("isl", "Icelandic", "Latin", "modest", "Hæ, lykilorðið að fartölvunni á skrifstofunni er <<V>> – vinsamlegast ekki áframsenda það."),
]

SPARES = [
    ("cym", "Welsh", "Helo, cyfrinair gliniadur y swyddfa yw <<V>> – paid â'i anfon ymlaen i neb, plîs."),
    ("mlt", "Maltese", "Bongu, il-password tal-laptop tal-uffiċċju hu <<V>> – jekk jogħġbok tibagħtu lil ħadd."),
    ("som", "Somali", "Salaan, furaha kombiyuutarka xafiiska waa <<V>> – fadlan cidna ha u gudbin."),
    ("ibo", "Igbo", "Ndewo, okwuntughe laptọọpụ ọfịs bụ <<V>> – biko ezigala ya onye ọ bụla."),
]


def build(registry):
    r = random.Random(SEED_PROSE)
    records = []
    for i, (code, _name, _script, _conf, sent) in enumerate(LANGS):
        value = registry.draw(owner_password, r, True)
        text, s, e = place(sent, value, {})
        records.append({"type": PROSE_TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                        "secrets": [{"value": value, "start": s, "end": e, "type": PROSE_TYPE}],
                        "source": "prose"})
    return records
