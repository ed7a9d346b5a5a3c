"""Prose source: someone tells a fellow club member the password of the
clubroom layout PC and asks them not to forward it - 40 languages."""
import random

from common216 import MARK, password

SEED = 21604
TYPE = "clubroom_layout_pc_password_in_message"
FORMATS = ["club_signal_group_line", "shop_sms_text", "committee_email_sentence",
           "layout_night_voicemail_transcript"]
V = MARK

# code, name, script, sentence
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du PC du réseau, au local du club, c'est " + V + " – ne le transfère à personne, s'il te plaît."),
    ("spa", "Spanish", "Latin", "La contraseña del PC de la maqueta del club es " + V + " y, por favor, no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de baan-pc in het clubhuis is " + V + " en stuur het alsjeblieft niet door."),
    ("dan", "Danish", "Latin", "Adgangskoden til banens pc i klubhuset er " + V + " og send den venligst ikke videre."),
    ("swe", "Swedish", "Latin", "Lösenordet till banans dator i klubblokalen är " + V + " och skicka det inte vidare, tack."),
    ("fin", "Finnish", "Latin", "Kerhotilan rata-PC:n salasana on " + V + " – älä lähetä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Klubiruumi maketi arvuti parool on " + V + " – palun ära saada seda edasi."),
    ("lav", "Latvian", "Latin", "Kluba maketa datora parole ir " + V + " – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Klubo maketo kompiuterio slaptažodis yra " + V + " – prašau niekam jo nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do komputera makiety w klubie to " + V + " – proszę, nie przesyłaj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k počítači u kolejiště v klubovně je " + V + " – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču pri koľajisku v klubovni je " + V + " – prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik pri maketi v klubu je " + V + " – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo kod makete u klubu je " + V + " – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A klubterem terepasztal-gépének jelszava " + V + " – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola de la calculatorul machetei din club este " + V + " – te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра на макета в клуба е " + V + " – моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот на макетата во клубот е " + V + " – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп’ютера макета в клубі: " + V + " – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль да камп’ютара макета ў клубе: " + V + " – калі ласка, нікому яго не перасылай."),
    ("ell", "Modern Greek", "Greek", "Ο κωδικός του υπολογιστή της μακέτας στη λέσχη είναι " + V + " – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Kulüpteki maket bilgisayarının şifresi " + V + " – lütfen kimseye iletme."),
    ("azj", "North Azerbaijani", "Latin", "Klubdakı maket kompüterinin şifrəsi " + V + " – xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", "კლუბის მაკეტის კომპიუტერის პაროლია " + V + " – გთხოვ, არავის გადაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Ակումբի մակետի համակարգչի գաղտնաբառը " + V + " է – խնդրում եմ, ոչ մեկին չուղարկես։"),
    ("pes", "Iranian Persian", "Arabic (Perso-Arabic)", "رمز کامپیوتر ماکت باشگاه " + V + " است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic (Nastaliq)", "کلب کے ماڈل لے آؤٹ والے کمپیوٹر کا پاس ورڈ " + V + " ہے – براہِ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Panjabi", "Gurmukhi", "ਕਲੱਬ ਦੇ ਲੇਆਉਟ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ " + V + " ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜੋ।"),
    ("tam", "Tamil", "Tamil", "கிளப் லேஅவுட் கணினியின் கடவுச்சொல் " + V + " – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "క్లబ్ లేఅవుట్ కంప్యూటర్ పాస్‌వర్డ్ " + V + " – దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("npi", "Nepali", "Devanagari", "क्लबको लेआउट कम्प्युटरको पासवर्ड " + V + " हो – कृपया यो कसैलाई पनि फर्वार्ड नगर्नुहोला।"),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ของเลย์เอาต์ที่ชมรมคือ " + V + " อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính của mô hình ở câu lạc bộ là " + V + " – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi PC maket di klub adalah " + V + " – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya modeli klabuni ni " + V + " – tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "የክለቡ ሞዴል ኮምፒውተር የይለፍ ቃል " + V + " ነው – እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombiyuutarka moodelka naadiga waa " + V + " – fadlan qofna ha u gudbin."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die uitleg-rekenaar by die klub is " + V + " – moet dit asseblief vir niemand aanstuur nie."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y cynllun yn y clwb yw " + V + " – paid â'i anfon ymlaen at neb, plîs."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-mudell fil-klabb hi " + V + " – jekk jogħġbok tibgħatha lil ħadd."),
]
SPARES = [
    ("als", "Tosk Albanian", "Latin", "Fjalëkalimi i kompjuterit të maketit në klub është " + V + " – të lutem mos ia dërgo askujt."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa modelo sa club kay " + V + " – ayaw kini ipasa bisan kinsa."),
]


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, script, s) in enumerate(LANGS):
        pw = reg.draw(lambda: password(rng, strict=True))
        start = s.index(MARK)
        text = s.replace(MARK, pw)
        out.append((TYPE, FORMATS[i % 4] + "__" + code, text, start, pw, code, name))
    return out
