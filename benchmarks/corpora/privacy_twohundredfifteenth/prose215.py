"""Prose: someone tells a colleague the workshop office PC password in 40 languages."""
import random

from common215 import SLOT, owner_pw, fill, positive

SEED = 21504
TYPE = "workshop_office_pc_password_in_message"
FORMATS = ["workshop_team_chat_line", "dealer_sms", "saleroom_email_sentence", "restorer_voicemail_transcript"]
V = SLOT

# (iso 639-3, name, script, confidence, sentence)
LANGS = [
    ("fra", "French", "Latin", "fair", "Le mot de passe du PC de l'atelier est " + V + " , ne le transfère à personne s'il te plaît."),
    ("spa", "Spanish", "Latin", "fair", "La contraseña del ordenador del taller es " + V + " y, por favor, no se la reenvíes a nadie."),
    ("cat", "Catalan", "Latin", "fair", "La contrasenya de l'ordinador del taller és " + V + " , si us plau no la reenviïs a ningú."),
    ("nld", "Dutch", "Latin", "fair", "Het wachtwoord van de werkplaats-pc is " + V + " , stuur het alsjeblieft niet door."),
    ("ron", "Romanian", "Latin", "fair", "Parola calculatorului din atelier este " + V + " , te rog să nu o trimiți mai departe."),
    ("slk", "Slovak", "Latin", "modest", "Heslo k počítaču v dielni je " + V + " , prosím, nikomu ho neposielaj."),
    ("slv", "Slovenian", "Latin", "modest", "Geslo za računalnik v delavnici je " + V + " , prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "modest", "Lozinka za računalo u radionici je " + V + " , molim te, nemoj je nikome prosljeđivati."),
    ("bul", "Bulgarian", "Cyrillic", "modest", "Паролата за компютъра в работилницата е " + V + " , моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "low", "Лозинката за компјутерот во работилницата е " + V + " , те молам не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "fair", "Пароль від комп'ютера в майстерні " + V + " , будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "low", "Пароль ад камп'ютара ў майстэрні " + V + " , калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "modest", "Ο κωδικός του υπολογιστή του εργαστηρίου είναι " + V + " , σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("lit", "Lithuanian", "Latin", "low", "Dirbtuvių kompiuterio slaptažodis yra " + V + " , prašau niekam jo nepersiųsti."),
    ("lav", "Latvian", "Latin", "low", "Darbnīcas datora parole ir " + V + " , lūdzu, nevienam to nepārsūti."),
    ("est", "Estonian", "Latin", "low", "Töökoja arvuti parool on " + V + " , palun ära saada seda kellelegi edasi."),
    ("eus", "Basque", "Latin", "low", "Tailerreko ordenagailuaren pasahitza " + V + " da, mesedez ez bidali inori."),
    ("cym", "Welsh", "Latin", "low", "Cyfrinair cyfrifiadur y gweithdy yw " + V + " , paid â'i anfon ymlaen at neb os gweli di'n dda."),
    ("gle", "Irish", "Latin", "low", "Is é pasfhocal ríomhaire na ceardlainne ná " + V + " , ná seol ar aghaidh é chuig aon duine, le do thoil."),
    ("kat", "Georgian", "Georgian", "low", "სახელოსნოს კომპიუტერის პაროლია " + V + " , გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "low", "Արհեստանոցի համակարգչի գաղտնաբառն է " + V + " , խնդրում եմ ոչ մեկին մի ուղարկիր։"),
    ("fas", "Persian", "Arabic", "modest", "رمز عبور کامپیوتر کارگاه " + V + " است، لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "modest", "ورکشاپ کے کمپیوٹر کا پاس ورڈ " + V + " ہے، براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("tam", "Tamil", "Tamil", "low", "பட்டறை கணினியின் கடவுச்சொல் " + V + " , தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "low", "వర్క్‌షాప్ కంప్యూటర్ పాస్‌వర్డ్ " + V + " , దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ("tha", "Thai", "Thai", "modest", "รหัสผ่านคอมพิวเตอร์ในโรงงานคือ " + V + " กรุณาอย่าส่งต่อให้ใคร"),
    ("vie", "Vietnamese", "Latin", "modest", "Mật khẩu máy tính ở xưởng là " + V + " , làm ơn đừng chuyển tiếp cho ai nhé."),
    ("amh", "Amharic", "Ethiopic", "low", "የወርክሾፑ ኮምፒውተር የይለፍ ቃል " + V + " ነው፤ እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "low", "Furaha sirta ah ee kombiyuutarka aqoon-isweydaarsiga waa " + V + " , fadlan cidna ha u gudbin."),
    ("ibo", "Igbo", "Latin", "low", "Okwuntughe kọmputa ụlọ ọrụ bụ " + V + " , biko ezigala ya onye ọ bụla."),
    ("aze", "Azerbaijani", "Latin", "low", "Emalatxananın kompüterinin parolu " + V + " -dir, xahiş edirəm heç kimə göndərmə."),
    ("kir", "Kyrgyz", "Cyrillic", "low", "Устаканадагы компьютердин сырсөзү " + V + " , суранам, эч кимге жөнөтпө."),
    ("tat", "Tatar", "Cyrillic", "low", "Остаханә компьютерының серсүзе " + V + " , зинһар, беркемгә дә җибәрмә."),
    ("sqi", "Albanian", "Latin", "low", "Fjalëkalimi i kompjuterit të punishtes është " + V + " , të lutem mos ia përcill askujt."),
    ("mlt", "Maltese", "Latin", "low", "Il-password tal-kompjuter tal-workshop hija " + V + " , jekk jogħġbok tibgħatha lil ħadd."),
    ("sna", "Shona", "Latin", "low", "Pasiwedhi yekombiyuta yekuworkshop i " + V + " , ndapota usaitumira kune chero munhu."),
    ("tuk", "Turkmen", "Latin", "low", "Ussahananyň kompýuteriniň açar sözi " + V + " , haýyş edýärin, hiç kime ugratma."),
    ("uig", "Uyghur", "Arabic", "low", "ئۇستىخانا كومپيۇتېرىنىڭ پارولى " + V + " ، ئۇنى ھېچكىمگە يوللىماڭ."),
    ("pus", "Pashto", "Arabic", "low", "د ورکشاپ د کمپیوټر پاسورډ " + V + " دی، مهرباني وکړه هیچا ته یې مه لېږه."),
    ("asm", "Assamese", "Bengali-Assamese", "low", "কাৰ্যশালাৰ কম্পিউটাৰৰ পাছৱৰ্ড " + V + " , অনুগ্ৰহ কৰি কাকো ফৰৱাৰ্ড নকৰিবা।"),
]
SPARES = [("yid", "Yiddish"), ("ast", "Asturian")]


def build(reg, start_index):
    rng = random.Random(SEED)
    out = []
    idx = start_index
    for i, (code, name, script, conf, sent) in enumerate(LANGS):
        value = reg.draw(lambda: owner_pw(rng, strict=True))
        text, s, e = fill(sent, value)
        out.append(positive("p215-s-%04d" % idx, TYPE, FORMATS[i % 4] + "__" + code, text, s, e, "prose"))
        idx += 1
    return out
