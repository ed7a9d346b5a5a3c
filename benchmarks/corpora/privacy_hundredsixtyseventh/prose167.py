"""Prose positives for p167: one sentence in each of 40 languages; a crew lead tells a colleague
the password of the route tablet in truck 12 and asks them not to forward it."""
import random

from common167 import SLOT, owner_password, JOINERS_SAFE, make_record

SEED = 16704
V = SLOT
STYPE = "route_tablet_password_told_to_colleague"
FORMATS = ["crew_group_text_message", "office_manager_email_line", "field_service_ticket_note",
           "technician_radio_chat_log"]

# (iso 639-3 code, English name, script, sentence). The value is always set off by whitespace.
LANGS = [
    ("eng", "English", "Latin", "Hi Sam, the password for the route tablet in truck 12 is " + V + " - please keep it to yourself."),
    ("fra", "French", "Latin", "Salut Marc, le mot de passe de la tablette du camion 12 est " + V + " , ne le transmets à personne s'il te plaît."),
    ("spa", "Spanish", "Latin", "Hola Lucía, la contraseña de la tableta del camión 12 es " + V + " , por favor no la compartas con nadie."),
    ("nld", "Dutch", "Latin", "Hoi Sanne, het wachtwoord van de tablet in bus 12 is " + V + " , stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Hej Erik, lösenordet till surfplattan i bil 12 är " + V + " , skicka det inte vidare."),
    ("dan", "Danish", "Latin", "Hej Mette, adgangskoden til tabletten i bil 12 er " + V + " , send den ikke videre til nogen."),
    ("fin", "Finnish", "Latin", "Moi Jari, auton 12 tabletin salasana on " + V + " , älä lähetä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Tere Kadri, auto 12 tahvelarvuti parool on " + V + " , palun ära saada seda kellelegi edasi."),
    ("lvs", "Latvian", "Latin", "Sveiks, Jāni, 12. auto planšetes parole ir " + V + " , lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Labas, Tomai, 12-o automobilio planšetės slaptažodis yra " + V + " , prašau niekam jo nepersiųsti."),
    ("pol", "Polish", "Latin", "Cześć Kasia, hasło do tabletu w aucie 12 to " + V + " , proszę, nikomu go nie przekazuj."),
    ("ces", "Czech", "Latin", "Ahoj Petře, heslo k tabletu ve voze 12 je " + V + " , prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Ahoj Jana, heslo k tabletu v aute 12 je " + V + " , prosím, nikomu ho neposielaj."),
    ("slv", "Slovenian", "Latin", "Živjo Matej, geslo za tablico v vozilu 12 je " + V + " , prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Bok Ivana, lozinka za tablet u kombiju 12 je " + V + " , molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "Szia Gábor, a 12-es autó tabletjének jelszava " + V + " , kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Salut Andrei, parola tabletei din mașina 12 este " + V + " , te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Здравей, Иво, паролата за таблета в бус 12 е " + V + " , моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Здраво Марко, лозинката за таблетот во возилото 12 е " + V + " , те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Привіт, Олено, пароль до планшета в машині 12 — " + V + " , будь ласка, нікому його не пересилай."),
    ("ell", "Greek", "Greek", "Γεια σου Νίκο, ο κωδικός για το τάμπλετ στο φορτηγάκι 12 είναι " + V + " , σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("sqi", "Albanian", "Latin", "Përshëndetje Arben, fjalëkalimi i tabletit në furgonin 12 është " + V + " , të lutem mos ia dërgo askujt."),
    ("tur", "Turkish", "Latin", "Selam Emre, 12 numaralı aracın tabletinin şifresi " + V + " , lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Latin", "Salam Elvin, 12 nömrəli maşındakı planşetin parolu " + V + " , xahiş edirəm, heç kimə göndərmə."),
    ("kaz", "Kazakh", "Cyrillic", "Сәлем, Айгүл, 12-көліктегі планшеттің құпиясөзі " + V + " , өтінемін, оны ешкімге жіберме."),
    ("uzb", "Uzbek", "Latin", "Salom Jasur, 12-mashinadagi planshetning paroli " + V + " , iltimos, uni hech kimga yuborma."),
    ("kat", "Georgian", "Georgian", "გამარჯობა გიორგი, მე-12 მანქანის პლანშეტის პაროლია " + V + " , გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Բարև Արամ, 12-րդ մեքենայի պլանշետի գաղտնաբառն է " + V + " , խնդրում եմ ոչ մեկին մի ուղարկիր։"),
    ("arb", "Arabic", "Arabic", "مرحبا سامي، كلمة المرور للجهاز اللوحي في الشاحنة 12 هي " + V + " ، من فضلك لا ترسلها لأحد."),
    ("pes", "Persian", "Arabic", "سلام رضا، رمز عبور تبلت ماشین ۱۲ " + V + " است، لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "عمران بھائی، گاڑی نمبر 12 کے ٹیبلٹ کا پاس ورڈ " + V + " ہے، براہ کرم کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਗੁਰਪ੍ਰੀਤ ਜੀ, ਗੱਡੀ 12 ਵਾਲੇ ਟੈਬਲੇਟ ਦਾ ਪਾਸਵਰਡ " + V + " ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("mar", "Marathi", "Devanagari", "राहुल, गाडी 12 मधील टॅबलेटचा पासवर्ड " + V + " आहे, कृपया तो कोणालाही पुढे पाठवू नकोस."),
    ("tam", "Tamil", "Tamil", "கார்த்திக், வண்டி 12 இல் உள்ள டேப்லெட்டின் கடவுச்சொல் " + V + " , தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "రవి, బండి 12 లోని టాబ్లెట్ పాస్‌వర్డ్ " + V + " , దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ("tha", "Thai", "Thai", "สวัสดีสมชาย รหัสผ่านแท็บเล็ตในรถคันที่ 12 คือ " + V + " กรุณาอย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Chào anh Minh, mật khẩu máy tính bảng trên xe số 12 là " + V + " , làm ơn đừng gửi cho ai khác."),
    ("ind", "Indonesian", "Latin", "Halo Budi, kata sandi tablet di mobil 12 adalah " + V + " , tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Latin", "Jun, ang password ng tablet sa trak 12 ay " + V + " , pakiusap huwag mo itong ipasa kahit kanino."),
    ("swh", "Swahili", "Latin", "Habari Juma, nenosiri la tableti kwenye gari namba 12 ni " + V + " , tafadhali usimtumie mtu mwingine."),
    # spares (used only if a language above is refused by the deny-list)
    ("isl", "Icelandic", "Latin", "Hæ Siggi, lykilorðið á spjaldtölvunni í bíl 12 er " + V + " , ekki senda það áfram."),
    ("cym", "Welsh", "Latin", "Helo Dafydd, cyfrinair y dabled yn fan 12 yw " + V + " , paid â'i anfon ymlaen at neb."),
    ("amh", "Amharic", "Ethiopic", "ሰላም ዳዊት፣ የመኪና 12 ታብሌት የይለፍ ቃል " + V + " ነው፤ እባክህ ለማንም አታስተላልፍ።"),
    ("som", "Somali", "Latin", "Salaan Cabdi, furaha sirta ah ee tablet-ka gaariga 12 waa " + V + " , fadlan cidna ha u gudbin."),
]


def lang_refused(code, name, deny):
    codes, names = set(deny["language_codes"]), set(deny["language_names"])
    if code in codes or code in names:
        return True
    n = name.lower()
    return n in names or any(w in names for w in n.split())


def select(deny):
    kept, refused = [], []
    for entry in LANGS:
        (refused if lang_refused(entry[0], entry[1], deny) else kept).append(entry)
    return kept[:40], refused, kept[40:]


def generate(reg, deny, start_id):
    rng = random.Random(SEED)
    kept, _, _ = select(deny)
    out = []
    for i, (code, name, script, sent) in enumerate(kept):
        value = reg.draw(lambda: owner_password(rng, JOINERS_SAFE))
        kind = FORMATS[i % 4] + "__" + code
        out.append(make_record("p167-s-%04d" % (start_id + i), "prose", kind, STYPE, sent, value))
    return out
