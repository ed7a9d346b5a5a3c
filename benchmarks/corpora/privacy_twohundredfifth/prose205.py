"""Prose source: 40 languages, one sentence each, someone tells a colleague the till PC password."""
import random

from common205 import MARK, owner_password, place, record

SEED = 20504
TYPE = "farm_shop_till_pc_password_in_message"
FORMATS = ["butcher_counter_whatsapp_line", "farm_shop_text_message", "fishmonger_email_sentence",
           "cold_room_voicemail_transcript"]

# code, name, script, sentence ({V} = value; always whitespace on both sides)
LANGS = [
    ("eng", "English", "Latin", "Hi Sam, the till PC password is {V} so please don't forward it to anyone."),
    ("fra", "French", "Latin", "Salut Léa, le mot de passe du PC de la caisse est {V} et merci de ne pas le transférer."),
    ("spa", "Spanish", "Latin", "Hola Marta, la contraseña del ordenador de la caja es {V} y por favor no la reenvíes."),
    ("nld", "Dutch", "Latin", "Hoi Joost, het wachtwoord van de kassacomputer is {V} en stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Hej Erik, lösenordet till kassadatorn är {V} och skicka det inte vidare."),
    ("dan", "Danish", "Latin", "Hej Mette, adgangskoden til kasse-pc'en er {V} og lad være med at sende den videre."),
    ("fin", "Finnish", "Latin", "Moi Jussi, kassakoneen salasana on {V} eli älä lähetä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Tere Kadri, kassaarvuti parool on {V} ja palun ära saada seda edasi."),
    ("lvs", "Latvian", "Latin", "Sveiks, Jāni, kases datora parole ir {V} un, lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Labas, Tomai, kasos kompiuterio slaptažodis yra {V} ir prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Cześć Kasia, hasło do komputera przy kasie to {V} i proszę, nie przesyłaj go dalej."),
    ("ces", "Czech", "Latin", "Ahoj Petře, heslo k pokladnímu počítači je {V} a prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Ahoj Zuzka, heslo k pokladničnému počítaču je {V} a prosím, nikomu ho neposielaj."),
    ("slv", "Slovenian", "Latin", "Živjo Nina, geslo za blagajniški računalnik je {V} in ga prosim ne posreduj naprej."),
    ("hrv", "Croatian", "Latin", "Bok Ivane, lozinka za računalo na blagajni je {V} i molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "Szia Réka, a kasszagép jelszava {V} és kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Salut Andrei, parola calculatorului de la casă este {V} și te rog să n-o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Здравей, Петя, паролата на компютъра на касата е {V} и моля те, не я препращай."),
    ("mkd", "Macedonian", "Cyrillic", "Здраво Марко, лозинката за компјутерот на касата е {V} и те молам не ја препраќај."),
    ("ukr", "Ukrainian", "Cyrillic", "Привіт, Олено, пароль від касового комп'ютера {V} і, будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Прывітанне, Алесь, пароль ад камп'ютара на касе {V} і, калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "Γεια σου Νίκο, ο κωδικός του υπολογιστή του ταμείου είναι {V} και σε παρακαλώ μην τον προωθήσεις."),
    ("tur", "Turkish", "Latin", "Selam Ayşe, kasa bilgisayarının şifresi {V} ve lütfen kimseye iletme."),
    ("azj", "Azerbaijani", "Latin", "Salam Elvin, kassa kompüterinin şifrəsi {V} və xahiş edirəm, onu heç kimə göndərmə."),
    ("kaz", "Kazakh", "Cyrillic", "Сәлем, Айгүл, касса компьютерінің құпия сөзі {V} және оны ешкімге жіберме."),
    ("kat", "Georgian", "Georgian", "გამარჯობა ნინო, სალაროს კომპიუტერის პაროლია {V} და გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Բարև Անի, դրամարկղի համակարգչի գաղտնաբառն է {V} և խնդրում եմ ոչ մեկին չուղարկես։"),
    ("arb", "Arabic", "Arabic", "مرحبا يا سامي، كلمة سر حاسوب الصندوق هي {V} ورجاءً لا تُرسلها لأحد."),
    ("pes", "Persian", "Arabic", "سلام مریم، رمز کامپیوتر صندوق {V} است و لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "سلام علی، کیش کاؤنٹر والے کمپیوٹر کا پاس ورڈ {V} ہے اور براہ کرم اسے آگے نہ بھیجنا۔"),
    ("tam", "Tamil", "Tamil", "வணக்கம் ரவி, கல்லாப் பெட்டி கணினியின் கடவுச்சொல் {V} ஆகும், தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "హాయ్ రాజు, క్యాష్ కౌంటర్ కంప్యూటర్ పాస్‌వర్డ్ {V} అని గుర్తుంచుకో, దయచేసి ఎవరికీ పంపకు."),
    ("tha", "Thai", "Thai", "สวัสดีสมชาย รหัสผ่านคอมพิวเตอร์ที่แคชเชียร์คือ {V} อย่าส่งต่อให้ใครนะ"),
    ("lao", "Lao", "Lao", "ສະບາຍດີ ສົມພອນ ລະຫັດຜ່ານຄອມພິວເຕີຢູ່ເຄົາເຕີແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("vie", "Vietnamese", "Latin", "Chào Lan, mật khẩu máy tính ở quầy thu ngân là {V} nhé, đừng chuyển tiếp cho ai."),
    ("ind", "Indonesian", "Latin", "Halo Budi, kata sandi komputer kasir adalah {V} dan tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Latin", "Uy Jun, ang password ng computer sa kaha ay {V} at pakiusap, huwag mo itong ipasa kahit kanino."),
    ("swh", "Swahili", "Latin", "Habari Juma, nenosiri la kompyuta ya kaunta ni {V} na tafadhali usimtumie mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "ሰላም አበበ፣ የካሼር ኮምፒውተሩ የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አታስተላልፍ።"),
    ("isl", "Icelandic", "Latin", "Hæ Gunna, lykilorðið að kassatölvunni er {V} og vinsamlegast ekki áframsenda það."),
]
SPARES = [
    ("cym", "Welsh", "Latin", "Helo Rhys, cyfrinair cyfrifiadur y til yw {V} a paid â'i anfon ymlaen os gweli di'n dda."),
    ("mlt", "Maltese", "Latin", "Ħi Marija, il-password tal-kompjuter tal-kaxxa hija {V} u jekk jogħġbok tgħaddihiex lil ħadd."),
    ("als", "Albanian", "Latin", "Përshëndetje Arta, fjalëkalimi i kompjuterit të arkës është {V} dhe të lutem mos ia dërgo askujt."),
    ("som", "Somali", "Latin", "Salaan Cali, furaha sirta ah ee kombiyuutarka khasnadda waa {V} fadlan qofna ha u gudbin."),
]


def generate(reg, next_id):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        tpl = sent.replace("{V}", MARK)
        text, s, e = place(tpl, value)
        out.append(record(next_id(), TYPE, f"{FORMATS[i % 4]}__{code}", text, s, e, value, "prose"))
    return out
