"""Prose source: one sentence per language, someone tells a colleague the workshop-PC password."""
import random

import common228 as C

TYPE = "workshop_pc_password_told_in_message"
FORMATS = ["tuner_group_chat_line", "organ_workshop_sms", "repair_shop_email_sentence", "piano_store_voicemail_transcript"]

# code, name, script, sentence ({pw} is the value, always with whitespace on both sides)
LANGS = [
    ("swe", "Swedish", "Latin", "Lösenordet till verkstadsdatorn är {pw} – skicka det inte vidare, tack."),
    ("est", "Estonian", "Latin", "Töökoja arvuti parool on {pw} – palun ära seda kellelegi edasi saada."),
    ("lav", "Latvian", "Latin", "Darbnīcas datora parole ir {pw} – lūdzu, nevienam to nepārsūti."),
    ("lit", "Lithuanian", "Latin", "Dirbtuvių kompiuterio slaptažodis yra {pw} – prašau niekam jo nepersiųsk."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v dielni je {pw} – prosím, nikomu ho neposielaj."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v delavnici je {pw} – prosim, ne pošilji ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u radionici je {pw} – molim te, nemoj je nikome proslijediti."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во работилницата е {pw} – те молам, не ја препраќај никому."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в работилницата е {pw} – моля те, не я препращай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера в майстерні: {pw} – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль да камп'ютара ў майстэрні: {pw} – калі ласка, нікому яго не перасылай."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din atelier este {pw} – te rog să nu o trimiți mai departe."),
    ("hun", "Hungarian", "Latin", "A műhelyben lévő gép jelszava {pw} – kérlek, ne add tovább senkinek."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit të punishtes është {pw} – të lutem, mos ia dërgo askujt."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή στο εργαστήριο είναι {pw} – σε παρακαλώ, μην τον προωθήσεις σε κανέναν."),
    ("kat", "Georgian", "Georgian", "სახელოსნოს კომპიუტერის პაროლი არის {pw} – გთხოვ, არავის გაუგზავნო."),
    ("pes", "Persian", "Arabic", "رمز عبور کامپیوتر کارگاه {pw} است؛ لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "ورکشاپ کے کمپیوٹر کا پاس ورڈ {pw} ہے، براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("amh", "Amharic", "Ethiopic", "የወርክሾፑ ኮምፒውተር የይለፍ ቃል {pw} ነው፤ እባክህ ለማንም አታስተላልፈው።"),
    ("tir", "Tigrinya", "Ethiopic", "ናይ ወርክሾፕ ኮምፒተር መሕለፊ ቃል {pw} እዩ፤ በጃኻ ንዝኾነ ሰብ ኣይተሕልፎ።"),
    ("som", "Somali", "Latin", "Erayga sirta ah ee kombiyuutarka aqalka shaqada waa {pw} – fadlan cidna ha u gudbin."),
    ("lug", "Ganda", "Latin", "Ekigambo eky'ekyama ekya kompyuta ey'omu wooluksopu kiri {pw} – nkwegayiridde, tokiweereza muntu yenna."),
    ("lin", "Lingala", "Latin", "Liloba ya sekele ya ordinatɛ́ ya atelier ezali {pw} – palado, kotindela moto mosusu te."),
    ("wol", "Wolof", "Latin", "Baatu jàll bu ordinaatëru atelier bi mooy {pw} – bul ko yónnee kenn, su la neexee."),
    ("nya", "Chichewa", "Latin", "Mawu achinsinsi a kompyuta ya ku msonkhano ndi {pw} – chonde usawatumize kwa wina aliyense."),
    ("tsn", "Tswana", "Latin", "Lefoko la sephiri la khomphiutara ya bodirelo ke {pw} – tsweetswee o se ka wa le romela ope."),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở xưởng là {pw} – làm ơn đừng gửi cho ai khác."),
    ("tel", "Telugu", "Telugu", "వర్క్‌షాప్ కంప్యూటర్ పాస్‌వర్డ్ {pw} – దయచేసి ఎవరికీ పంపవద్దు."),
    ("ory", "Odia", "Odia", "କର୍ମଶାଳା କମ୍ପ୍ୟୁଟରର ପାସୱାର୍ଡ {pw} – ଦୟାକରି କାହାକୁ ପଠାନ୍ତୁ ନାହିଁ।"),
    ("asm", "Assamese", "Bengali", "কৰ্মশালাৰ কম্পিউটাৰৰ পাছৱৰ্ড {pw} – অনুগ্ৰহ কৰি কাকো নপঠিয়াব।"),
    ("ilo", "Ilocano", "Latin", "Ti password ti kompiuter idiay talyer ket {pw} – pangngaasim ta dimo ipatulod iti sabali."),
    ("smo", "Samoan", "Latin", "O le upu faalilo o le komepiuta i le fale faigaluega o {pw} – faamolemole aua le auina atu i se isi."),
    ("ton", "Tongan", "Latin", "Ko e lea fufū ʻo e komipiuta ʻi he falengāueʻ ko {pw} – kātaki ʻoua ʻe ʻoatu ia ki ha taha."),
    ("haw", "Hawaiian", "Latin", "ʻO ka ʻōlelo hūnā o ke kamepiula o ka hale hana ʻo {pw} – mai hoʻouna aku i kekahi, e ʻoluʻolu."),
    ("eus", "Basque", "Latin", "Tailerreko ordenagailuaren pasahitza {pw} da – mesedez, ez bidali inori."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador del taller és {pw} – si us plau, no la reenviïs a ningú."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y gweithdy yw {pw} – paid â'i anfon ymlaen at neb, plîs."),
    ("gle", "Irish", "Latin", "Is é {pw} pasfhocal ríomhaire na ceardlainne – ná seol ar aghaidh chuig aon duine é, le do thoil."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-workshop hija {pw} – jekk jogħġbok tibgħathiex lil ħadd."),
    ("kir", "Kyrgyz", "Cyrillic", "Устакананын компьютеринин сырсөзү: {pw} – суранам, эч кимге жөнөтпө."),
]
SPARES = [("tuk", "Turkmen"), ("bod", "Tibetan")]


def build(registry):
    rng = random.Random(C.SEEDS["prose"])
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = registry.draw(lambda: C.strict_password(rng))
        text = sent.format(pw=pw)
        out.append((TYPE, FORMATS[i % 4] + "__" + code, text, pw, code))
    return out
