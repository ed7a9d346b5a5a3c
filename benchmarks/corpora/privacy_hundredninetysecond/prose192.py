"""Prose source: someone tells a colleague the reception booking PC password, 40 languages."""
import random

import common192 as C
from common192 import MARK

SEED = 19204
TYPE = "reception_booking_pc_password_in_message"
FORMATS = ["reception_team_chat_line", "warden_shift_text_message", "site_manager_email_sentence",
           "night_warden_voicemail_transcript"]

# code, name, script, sentence ({pw} is set off by whitespace)
LANGS = [
    ("eng", "English", "Latin", "Hi, the password for the reception booking PC is {pw} – please don't forward it to anyone."),
    ("fra", "French", "Latin", "Salut, le mot de passe du PC de réservation de l'accueil est {pw} – merci de ne le transférer à personne."),
    ("spa", "Spanish", "Latin", "Hola, la contraseña del ordenador de reservas de recepción es {pw} y, por favor, no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "Hoi, het wachtwoord van de boekings-pc bij de receptie is {pw} – stuur het alsjeblieft niet door."),
    ("dan", "Danish", "Latin", "Hej, adgangskoden til booking-pc'en i receptionen er {pw} – send den venligst ikke videre."),
    ("swe", "Swedish", "Latin", "Hej, lösenordet till bokningsdatorn i receptionen är {pw} – skicka det inte vidare till någon."),
    ("fin", "Finnish", "Latin", "Moi, vastaanoton varauskoneen salasana on {pw} – älä välitä sitä kenellekään."),
    ("ekk", "Estonian", "Latin", "Tere, vastuvõtu broneerimisarvuti parool on {pw} – palun ära saada seda kellelegi edasi."),
    ("lvs", "Latvian", "Latin", "Sveiki, reģistratūras rezervāciju datora parole ir {pw} – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Labas, registratūros rezervacijų kompiuterio slaptažodis yra {pw} – prašau niekam jo nepersiųsti."),
    ("pol", "Polish", "Latin", "Cześć, hasło do komputera rezerwacyjnego w recepcji to {pw} – proszę, nie przekazuj go nikomu."),
    ("ces", "Czech", "Latin", "Ahoj, heslo k rezervačnímu počítači na recepci je {pw} – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Ahoj, heslo k rezervačnému počítaču na recepcii je {pw} – prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", "Živjo, geslo za rezervacijski računalnik na recepciji je {pw} – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Bok, lozinka za računalo za rezervacije na recepciji je {pw} – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "Szia, a recepciós foglalási gép jelszava {pw} – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Salut, parola calculatorului de rezervări de la recepție este {pw} – te rog să nu o trimiți nimănui."),
    ("bul", "Bulgarian", "Cyrillic", "Здравей, паролата на компютъра за резервации на рецепцията е {pw} – моля, не я препращай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Привіт, пароль від комп'ютера для бронювань на рецепції {pw} – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Прывітанне, пароль ад камп'ютара для браніравання на рэцэпцыі {pw} – калі ласка, нікому яго не перасылай."),
    ("mkd", "Macedonian", "Cyrillic", "Здраво, лозинката за компјутерот за резервации на рецепција е {pw} – те молам, не ја препраќај никому."),
    ("ell", "Greek", "Greek", "Γεια, ο κωδικός του υπολογιστή κρατήσεων στη ρεσεψιόν είναι {pw} – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Selam, resepsiyondaki rezervasyon bilgisayarının şifresi {pw} – lütfen kimseye iletme."),
    ("azj", "North Azerbaijani", "Latin", "Salam, resepsiyadakı rezervasiya kompüterinin şifrəsi {pw} – xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", "გამარჯობა, მიღების ჯავშნების კომპიუტერის პაროლია {pw} – გთხოვ, არავის გადაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Բարև, ընդունարանի ամրագրման համակարգչի գաղտնաբառն է {pw} – խնդրում եմ, ոչ մեկին մի՛ ուղարկիր։"),
    ("pes", "Persian", "Arabic", "سلام، رمز کامپیوتر رزرو پذیرش {pw} است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "سلام، استقبالیہ کے بکنگ کمپیوٹر کا پاس ورڈ {pw} ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਰਿਸੈਪਸ਼ਨ ਵਾਲੇ ਬੁਕਿੰਗ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {pw} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("tam", "Tamil", "Tamil", "வணக்கம், வரவேற்பறை முன்பதிவு கணினியின் கடவுச்சொல் {pw} – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("npi", "Nepali", "Devanagari", "नमस्ते, रिसेप्सनको बुकिङ कम्प्युटरको पासवर्ड {pw} हो – कृपया यो कसैलाई फर्वार्ड नगर्नुहोस्।"),
    ("tha", "Thai", "Thai", "สวัสดี รหัสผ่านคอมพิวเตอร์จองที่แผนกต้อนรับคือ {pw} อย่าส่งต่อให้ใครนะ"),
    ("lao", "Lao", "Lao", "ສະບາຍດີ ລະຫັດຜ່ານຄອມພິວເຕີຈອງຢູ່ແຜນກຕ້ອນຮັບແມ່ນ {pw} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("vie", "Vietnamese", "Latin", "Chào bạn, mật khẩu máy tính đặt chỗ ở quầy lễ tân là {pw} – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Hai, kata sandi PC pemesanan di resepsionis adalah {pw} – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Habari, nenosiri la kompyuta ya kuhifadhi nafasi mapokezi ni {pw} – tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", "ሰላም፣ የእንግዳ መቀበያው የቦታ ማስያዣ ኮምፒውተር የይለፍ ቃል {pw} ነው – እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Salaan, erayga sirta ah ee kombiyuutarka ballansashada ee soo dhaweynta waa {pw} – fadlan cidna ha u gudbin."),
    ("afr", "Afrikaans", "Latin", "Haai, die wagwoord van die besprekingsrekenaar by ontvangs is {pw} – moet dit asseblief vir niemand aanstuur nie."),
    ("cym", "Welsh", "Latin", "Helo, cyfrinair cyfrifiadur archebu'r dderbynfa yw {pw} – paid â'i anfon ymlaen at neb, plîs."),
]
SPARES = [("mlt", "Maltese"), ("als", "Tosk Albanian"), ("kir", "Kyrgyz"), ("ibo", "Igbo")]

LEAD = {
    "reception_team_chat_line": "[{t}] Maeve: ",
    "warden_shift_text_message": "SMS from Gareth (warden) {t}: ",
    "site_manager_email_sentence": "",
    "night_warden_voicemail_transcript": "Voicemail transcript ({t}, 00:19): ",
}


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % len(FORMATS)]
        pw = reg.draw(lambda: C.owner_password(rng, strict=True))
        t = "%02d:%02d" % (rng.randint(6, 23), rng.randint(0, 59))
        tmpl = LEAD[fmt].format(t=t) + sent.replace("{pw}", MARK) + "\n"
        out.append((TYPE, fmt + "__" + code, tmpl, pw, "prose"))
    return out
