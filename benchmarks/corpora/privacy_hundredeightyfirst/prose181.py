"""Prose source: one sentence in 40 languages, someone tells a colleague the front-desk PC password."""
import random
from common181 import owner_password, place

SEED = 18104
TYPE = "front_desk_checkin_pc_password_in_message"
FORMATS = ["gym_staff_chat_line", "bowling_desk_sms", "arcade_shift_email_sentence", "party_host_voice_note_transcript"]

# (code, English name, script, sentence)
L = [
 ("fra", "French", "Latin", "Le mot de passe du PC de l'accueil est @@V@@ et merci de ne pas le transférer."),
 ("spa", "Spanish", "Latin", "La contraseña del PC de recepción es @@V@@ y por favor no se la reenvíes a nadie."),
 ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador de recepció és @@V@@ i si us plau no la reenviïs."),
 ("eus", "Basque", "Latin", "Harrerako ordenagailuaren pasahitza @@V@@ da eta mesedez ez bidali inori."),
 ("nld", "Dutch", "Latin", "Het wachtwoord van de balie-pc is @@V@@ en stuur het alsjeblieft niet door."),
 ("dan", "Danish", "Latin", "Adgangskoden til skranke-pc'en er @@V@@ og send den venligst ikke videre."),
 ("swe", "Swedish", "Latin", "Lösenordet till receptionsdatorn är @@V@@ och skicka det inte vidare, tack."),
 ("fin", "Finnish", "Latin", "Vastaanoton tietokoneen salasana on @@V@@ eikä sitä saa lähettää eteenpäin."),
 ("est", "Estonian", "Latin", "Vastuvõtu arvuti parool on @@V@@ ja palun ära saada seda edasi."),
 ("lav", "Latvian", "Latin", "Reģistratūras datora parole ir @@V@@ un, lūdzu, nepārsūti to nevienam."),
 ("lit", "Lithuanian", "Latin", "Registratūros kompiuterio slaptažodis yra @@V@@ ir prašau jo niekam nepersiųsti."),
 ("pol", "Polish", "Latin", "Hasło do komputera w recepcji to @@V@@ i proszę, nikomu go nie przekazuj."),
 ("ces", "Czech", "Latin", "Heslo k počítači na recepci je @@V@@ a prosím, nikomu ho nepřeposílej."),
 ("slk", "Slovak", "Latin", "Heslo k počítaču na recepcii je @@V@@ a prosím, nikomu ho neposielaj."),
 ("slv", "Slovenian", "Latin", "Geslo za računalnik na recepciji je @@V@@ in prosim, ne pošiljaj ga naprej."),
 ("hrv", "Croatian", "Latin", "Lozinka za računalo na recepciji je @@V@@ i molim te, nemoj je nikome prosljeđivati."),
 ("hun", "Hungarian", "Latin", "A recepciós gép jelszava @@V@@ és kérlek, ne küldd tovább senkinek."),
 ("ron", "Romanian", "Latin", "Parola calculatorului de la recepție este @@V@@ și te rog să nu o trimiți mai departe."),
 ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра на рецепцията е @@V@@ и моля те, не я препращай."),
 ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера на рецепції @@V@@ і, будь ласка, нікому його не пересилай."),
 ("bel", "Belarusian", "Cyrillic", "Пароль да камп'ютара на рэцэпцыі @@V@@ і, калі ласка, нікому яго не перасылай."),
 ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот на рецепција е @@V@@ и те молам, не ја препраќај."),
 ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή της υποδοχής είναι @@V@@ και σε παρακαλώ μην τον προωθήσεις."),
 ("tur", "Turkish", "Latin", "Resepsiyon bilgisayarının şifresi @@V@@ ve lütfen bunu kimseye iletme."),
 ("aze", "Azerbaijani", "Latin", "Qəbul masasındakı kompüterin şifrəsi @@V@@ və xahiş edirəm onu heç kimə göndərmə."),
 ("kat", "Georgian", "Georgian", "მიმღების კომპიუტერის პაროლია @@V@@ და გთხოვ, არავის გაუგზავნო."),
 ("hye", "Armenian", "Armenian", "Ընդունարանի համակարգչի գաղտնաբառն է @@V@@ և խնդրում եմ ոչ մեկին չուղարկես։"),
 ("fas", "Persian", "Arabic", "رمز عبور کامپیوتر پذیرش @@V@@ است، لطفاً آن را برای کسی نفرست."),
 ("urd", "Urdu", "Arabic", "ریسیپشن والے کمپیوٹر کا پاس ورڈ @@V@@ ہے، براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
 ("pan", "Punjabi", "Gurmukhi", "ਰਿਸੈਪਸ਼ਨ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ @@V@@ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜੋ।"),
 ("tam", "Tamil", "Tamil", "வரவேற்பு கணினியின் கடவுச்சொல் @@V@@ இதை யாருக்கும் அனுப்ப வேண்டாம்."),
 ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ที่เคาน์เตอร์ต้อนรับคือ @@V@@ กรุณาอย่าส่งต่อให้ใคร"),
 ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີຢູ່ເຄົາເຕີຕ້ອນຮັບແມ່ນ @@V@@ ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
 ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở quầy lễ tân là @@V@@ và làm ơn đừng chuyển tiếp cho ai nhé."),
 ("ind", "Indonesian", "Latin", "Kata sandi komputer meja depan adalah @@V@@ dan tolong jangan diteruskan ke siapa pun."),
 ("swa", "Swahili", "Latin", "Nenosiri la kompyuta ya mapokezi ni @@V@@ na tafadhali usimtumie mtu mwingine."),
 ("amh", "Amharic", "Ethiopic", "የእንግዳ መቀበያው ኮምፒውተር የይለፍ ቃል @@V@@ ነው፤ እባክህ ለማንም አታስተላልፈው።"),
 ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y dderbynfa yw @@V@@ a phaid â'i anfon ymlaen at neb, os gweli di'n dda."),
 ("gle", "Irish", "Latin", "Is é pasfhocal ríomhaire na fáilte ná @@V@@ agus ná seol ar aghaidh é, le do thoil."),
 ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tar-riċeviment hija @@V@@ u jekk jogħġbok tibagħtiha lil ħadd."),
]
SPARES = [("sqi", "Albanian"), ("som", "Somali"), ("ori", "Odia")]

def generate(reg):
    r = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(L):
        v = reg.draw(lambda: owner_password(r, strict=True))
        text, s, e = place(sent, v)
        recs.append((TYPE, FORMATS[i % 4] + "__" + code, text, s, e, code, name))
    return recs
