"""Prose source: someone tells a colleague the office booking PC password, in 40 languages."""
import random

from common229 import make_span_record, owner_password

SEED = 22904
TYPE = "sweep_office_pc_password_in_message"
FORMATS = ["sweep_team_chat_line", "installer_van_sms", "stove_shop_email_sentence", "sweep_office_voicemail_transcript"]

# (iso 639-3 code, name, script, sentence with {v})
LANGS = [
    ("swe", "Swedish", "Latin", "Hej, lösenordet till bokningsdatorn på kontoret är {v} – skicka det inte vidare."),
    ("est", "Estonian", "Latin", "Tere, kontori broneerimisarvuti parool on {v} – palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Latin", "Sveiki, biroja rezervāciju datora parole ir {v} – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Labas, biuro rezervacijų kompiuterio slaptažodis yra {v} – prašau jo niekam nepersiųsti."),
    ("hun", "Hungarian", "Latin", "Szia, az irodai foglalási gép jelszava {v} – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Salut, parola calculatorului de programări din birou este {v} – te rog să nu o trimiți mai departe."),
    ("slk", "Slovak", "Latin", "Ahoj, heslo k rezervačnému počítaču v kancelárii je {v} – prosím, nikomu ho neposielaj."),
    ("slv", "Slovenian", "Latin", "Živjo, geslo za računalnik za rezervacije v pisarni je {v} – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Bok, lozinka za računalo za rezervacije u uredu je {v} – molim te, nemoj je nikome prosljeđivati."),
    ("bul", "Bulgarian", "Cyrillic", "Здравей, паролата за компютъра за резервации в офиса е {v} – моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Здраво, лозинката за компјутерот за резервации во канцеларијата е {v} – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Привіт, пароль від офісного комп'ютера для записів – {v} – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Прывітанне, пароль ад офіснага камп'ютара для запісаў – {v} – калі ласка, нікому яго не перасылай."),
    ("ell", "Modern Greek", "Greek", "Γεια σου, ο κωδικός του υπολογιστή κρατήσεων στο γραφείο είναι {v} – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("als", "Tosk Albanian", "Latin", "Përshëndetje, fjalëkalimi i kompjuterit të rezervimeve në zyrë është {v} – të lutem mos ia dërgo askujt."),
    ("cym", "Welsh", "Latin", "Helo, cyfrinair cyfrifiadur archebu'r swyddfa yw {v} – paid â'i anfon ymlaen at neb, plîs."),
    ("mlt", "Maltese", "Latin", "Bongu, il-password tal-kompjuter tal-bookings fl-uffiċċju hija {v} – jekk jogħġbok tgħaddiha lil ħadd."),
    ("afr", "Afrikaans", "Latin", "Hallo, die wagwoord vir die besprekingsrekenaar op kantoor is {v} – moet dit asseblief vir niemand aanstuur nie."),
    ("pes", "Iranian Persian", "Arabic", "سلام، رمز عبور کامپیوتر رزرو دفتر {v} است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic (Nastaliq)", "سلام، دفتر کے بکنگ کمپیوٹر کا پاس ورڈ {v} ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Eastern Punjabi", "Gurmukhi", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਦਫ਼ਤਰ ਦੇ ਬੁਕਿੰਗ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("npi", "Nepali", "Devanagari", "नमस्ते, अफिसको बुकिङ कम्प्युटरको पासवर्ड {v} हो – कृपया यो कसैलाई नपठाउनुहोस्।"),
    ("tel", "Telugu", "Telugu", "హలో, ఆఫీసు బుకింగ్ కంప్యూటర్ పాస్‌వర్డ్ {v} – దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ("ory", "Odia", "Odia", "ନମସ୍କାର, ଅଫିସ ବୁକିଂ କମ୍ପ୍ୟୁଟରର ପାସୱାର୍ଡ {v} – ଦୟାକରି ଏହାକୁ କାହାକୁ ପଠାନ୍ତୁ ନାହିଁ।"),
    ("kat", "Georgian", "Georgian", "გამარჯობა, ოფისის ჯავშნების კომპიუტერის პაროლია {v} – გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Բարև, գրասենյակի ամրագրումների համակարգչի գաղտնաբառը {v} է – խնդրում եմ, ոչ մեկին մի ուղարկիր։"),
    ("azj", "North Azerbaijani", "Latin", "Salam, ofisdəki sifariş kompüterinin parolu {v} – xahiş edirəm, onu heç kimə göndərmə."),
    ("tuk", "Turkmen", "Latin", "Salam, ofisdäki bron kompýuteriniň paroly {v} – haýyş edýärin, ony hiç kime ugratma."),
    ("kir", "Kyrgyz", "Cyrillic", "Салам, кеңседеги брондоо компьютеринин сырсөзү {v} – суранам, аны эч кимге жөнөтпө."),
    ("uig", "Uyghur", "Arabic (Uyghur)", "ياخشىمۇسىز، ئىشخانىدىكى زاكاز كومپيۇتېرىنىڭ مەخپىي نومۇرى {v} – ئۇنى ھېچكىمگە ئەۋەتمەڭ."),
    ("vie", "Vietnamese", "Latin", "Chào bạn, mật khẩu máy tính đặt lịch ở văn phòng là {v} – đừng chuyển tiếp cho ai nhé."),
    ("amh", "Amharic", "Ethiopic", "ሰላም፣ የቢሮው የቦታ ማስያዣ ኮምፒውተር የይለፍ ቃል {v} ነው – እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Salaan, furaha sirta ah ee kombiyuutarka ballamaha xafiiska waa {v} – fadlan qofna ha u gudbin."),
    ("sna", "Shona", "Latin", "Mhoro, pasiwedhi yekombiyuta yekubhuka muhofisi ndi {v} – ndapota usaitumire kune mumwe munhu."),
    ("nya", "Chichewa", "Latin", "Moni, mawu achinsinsi a kompyuta yosungitsira malo ku ofesi ndi {v} – chonde musawatumize kwa wina aliyense."),
    ("smo", "Samoan", "Latin", "Talofa, o le upu faalilolilo o le komepiuta mo faatulagaga i le ofisa o le {v} – faamolemole aua le auina atu i se isi."),
    ("haw", "Hawaiian", "Latin", "Aloha, ʻo {v} ka ʻōlelo huna o ke kamepiula hoʻopaʻa ma ke keʻena – mai hoʻouna aku i kekahi."),
    ("quy", "Ayacucho Quechua", "Latin", "Allillanchu, oficinapi kamachina computadorapa pakasqa siminqa {v} – ama pimanpas apachiychu."),
    ("sun", "Sundanese", "Latin", "Wilujeng, kecap konci komputer booking di kantor nyaéta {v} – punten ulah diteruskeun ka saha waé."),
    ("tpi", "Tok Pisin", "Latin", "Gude, pasword bilong kompyuta bilong buking long ofis em {v} – plis no ken salim i go long narapela."),
]
SPARES = [("oci", "Occitan"), ("wol", "Wolof")]
CONFIDENCE = {
    "fair": ["swe", "ron", "slk", "hrv", "bul", "ukr", "afr", "vie"],
    "modest": ["est", "lav", "lit", "hun", "slv", "mkd", "bel", "ell", "als", "cym", "mlt", "pes", "urd", "npi",
               "azj", "kir", "tpi"],
    "low": ["pan", "tel", "ory", "kat", "hye", "tuk", "uig", "amh", "som", "sna", "nya", "smo", "haw", "quy", "sun"],
}


def build(registry):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = registry.draw(lambda: owner_password(rng, strict=True))
        text = sent.replace("{v}", value)
        container = FORMATS[i % len(FORMATS)] + "__" + code
        out.append(make_span_record(text, value, TYPE, container, "prose"))
    return out
