"""Prose: someone tells a colleague the render-farm manager password in 40 languages."""
import random
from common117 import *

S = SLOT
# (iso639-3, iso639-1, English name, script, sentence with slot)
LANGS = [
 ("deu", "de", "German", "Latin", "Hi, das Passwort für den Renderfarm-Manager ist " + S + " – bitte nicht weiterleiten."),
 ("spa", "es", "Spanish", "Latin", "Hola, la contraseña del gestor de la granja de render es " + S + " , por favor no la reenvíes."),
 ("cat", "ca", "Catalan", "Latin", "Hola, la contrasenya del gestor de la granja de render és " + S + " , si us plau no la reenviïs."),
 ("eus", "eu", "Basque", "Latin", "Kaixo, render-granjaren kudeatzailearen pasahitza " + S + " da, mesedez ez birbidali."),
 ("gle", "ga", "Irish", "Latin", "Haigh, is é pasfhocal bhainisteoir na feirme rindreála ná " + S + " , ná seol ar aghaidh é le do thoil."),
 ("cym", "cy", "Welsh", "Latin", "Helo, cyfrinair rheolwr y fferm rendro yw " + S + " , paid â'i anfon ymlaen os gweli di'n dda."),
 ("est", "et", "Estonian", "Latin", "Tere, renderfarmi halduri parool on " + S + " , palun ära saada seda edasi."),
 ("lav", "lv", "Latvian", "Latin", "Sveiki, renderēšanas fermas pārvaldnieka parole ir " + S + " , lūdzu, nepārsūti to."),
 ("lit", "lt", "Lithuanian", "Latin", "Labas, atvaizdavimo ūkio tvarkyklės slaptažodis yra " + S + " , prašau jo nepersiųsti."),
 ("fin", "fi", "Finnish", "Latin", "Moi, renderöintifarmin hallinnan salasana on " + S + " , älä välitä sitä eteenpäin."),
 ("hun", "hu", "Hungarian", "Latin", "Szia, a renderfarm-kezelő jelszava " + S + " , kérlek, ne továbbítsd."),
 ("slk", "sk", "Slovak", "Latin", "Ahoj, heslo k správcovi renderovacej farmy je " + S + " , prosím, nepreposielaj ho."),
 ("slv", "sl", "Slovenian", "Latin", "Živjo, geslo za upravljalnik upodabljalne farme je " + S + " , prosim, ne posreduj ga naprej."),
 ("hrv", "hr", "Croatian", "Latin", "Bok, lozinka za upravitelja render farme je " + S + " , molim te, nemoj je prosljeđivati."),
 ("bul", "bg", "Bulgarian", "Cyrillic", "Здрасти, паролата за мениджъра на рендер фермата е " + S + " , моля, не я препращай."),
 ("ell", "el", "Greek", "Greek", "Γεια, ο κωδικός του διαχειριστή της φάρμας απόδοσης είναι " + S + " , σε παρακαλώ μην τον προωθήσεις."),
 ("sqi", "sq", "Albanian", "Latin", "Përshëndetje, fjalëkalimi i menaxherit të fermës së renderimit është " + S + " , të lutem mos e përcill."),
 ("hye", "hy", "Armenian", "Armenian", "Բարև, ռենդեր ֆերմայի կառավարչի գաղտնաբառն է " + S + " , խնդրում եմ մի՛ փոխանցիր այն։"),
 ("kat", "ka", "Georgian", "Georgian", "გამარჯობა, რენდერ-ფერმის მენეჯერის პაროლია " + S + " , გთხოვ, არავის გადაუგზავნო."),
 ("aze", "az", "Azerbaijani", "Latin", "Salam, render fermasının menecerinin şifrəsi " + S + " , xahiş edirəm, heç kimə göndərmə."),
 ("kir", "ky", "Kyrgyz", "Cyrillic", "Салам, рендер фермасынын менеджеринин сырсөзү " + S + " , суранам, эч кимге жөнөтпө."),
 ("tgk", "tg", "Tajik", "Cyrillic", "Салом, пароли менеҷери фермаи рендер " + S + " аст, лутфан онро ба касе нафирист."),
 ("fas", "fa", "Persian", "Arabic", "سلام، رمز عبور مدیر رندرفارم " + S + " است، لطفاً آن را برای کسی نفرست."),
 ("pus", "ps", "Pashto", "Arabic", "سلام، د رنډر فارم مدیر پټنوم " + S + " دی، مهرباني وکړه چا ته یې مه لیږه."),
 ("vie", "vi", "Vietnamese", "Latin", "Chào bạn, mật khẩu của trình quản lý render farm là " + S + " , đừng chuyển tiếp cho ai nhé."),
 ("tha", "th", "Thai", "Thai", "สวัสดี รหัสผ่านของตัวจัดการเรนเดอร์ฟาร์มคือ " + S + " อย่าส่งต่อให้ใครนะ"),
 ("lao", "lo", "Lao", "Lao", "ສະບາຍດີ ລະຫັດຜ່ານຂອງຕົວຈັດການເຣັນເດີຟາມແມ່ນ " + S + " ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
 ("tgl", "tl", "Tagalog", "Latin", "Hi, ang password ng render farm manager ay " + S + " , pakiusap huwag mo itong ipasa."),
 ("swa", "sw", "Swahili", "Latin", "Habari, nenosiri la meneja wa shamba la render ni " + S + " , tafadhali usilitume kwa mtu mwingine."),
 ("kin", "rw", "Kinyarwanda", "Latin", "Muraho, ijambobanga rya render farm manager ni " + S + " , ndakwinginze ntuyoherereze undi."),
 ("som", "so", "Somali", "Latin", "Salaan, furaha sirta ah ee maamulaha beerta render-ka waa " + S + " , fadlan cidna ha u gudbin."),
 ("tir", "ti", "Tigrinya", "Ethiopic", "ሰላም፡ ናይ ረንደር ፋርም ማናጀር መሕለፊ ቃል " + S + " እዩ፡ በጃኻ ንማንም ኣይተሕልፎ።"),
 ("mlt", "mt", "Maltese", "Latin", "Ħello, il-password tal-maniġer tar-render farm hija " + S + " , jekk jogħġbok tgħaddihiex lil ħadd."),
 ("afr", "af", "Afrikaans", "Latin", "Haai, die wagwoord vir die render-plaas se bestuurder is " + S + " , moet dit asseblief nie aanstuur nie."),
 ("xho", "xh", "Xhosa", "Latin", "Molo, igama lokugqitha lomphathi we-render farm ngu " + S + " , nceda ungalidluliseli."),
 ("ibo", "ig", "Igbo", "Latin", "Ndewo, okwuntughe onye njikwa render farm bụ " + S + " , biko ezigaghị ya onye ọzọ."),
 ("mri", "mi", "Maori", "Latin", "Kia ora, ko te kupuhipa mō te kaiwhakahaere pāmu whakaahua ko " + S + " , kaua e tukuna atu ki tētahi atu."),
 ("smo", "sm", "Samoan", "Latin", "Talofa, o le upu fa'alilolilo o le pule o le render farm o le " + S + " , fa'amolemole aua le lafoina i se isi."),
 ("mlg", "mg", "Malagasy", "Latin", "Salama, ny tenimiafina an'ny mpitantana ny render farm dia " + S + " , aza alefa amin'olon-kafa azafady."),
 ("pan", "pa", "Punjabi", "Gurmukhi", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਰੈਂਡਰ ਫਾਰਮ ਮੈਨੇਜਰ ਦਾ ਪਾਸਵਰਡ " + S + " ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
 ("tam", "ta", "Tamil", "Tamil", "வணக்கம், ரெண்டர் ஃபார்ம் மேலாளரின் கடவுச்சொல் " + S + " , தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
 ("ori", "or", "Odia", "Odia", "ନମସ୍କାର, ରେଣ୍ଡର ଫାର୍ମ ମ୍ୟାନେଜରର ପାସୱାର୍ଡ " + S + " , ଦୟାକରି କାହାକୁ ପଠାନ୍ତୁ ନାହିଁ।"),
 ("asm", "as", "Assamese", "Bengali-Assamese", "নমস্কাৰ, ৰেণ্ডাৰ ফাৰ্ম মেনেজাৰৰ পাছৱৰ্ড " + S + " , অনুগ্ৰহ কৰি কাকো ফৰৱাৰ্ড নকৰিব।"),
 ("bel", "be", "Belarusian", "Cyrillic", "Прывітанне, пароль мэнэджара рэндэр-фермы " + S + " , калі ласка, не перасылай яго."),
 ("epo", "eo", "Esperanto", "Latin", "Saluton, la pasvorto de la bildiga bieno-administrilo estas " + S + " , bonvolu ne plusendi ĝin."),
 ("ast", "", "Asturian", "Latin", "Hola, la contraseña del xestor de la granxa de render ye " + S + " , por favor nun la reunvíes."),
 ("cos", "co", "Corsican", "Latin", "Bonghjornu, a parolla d'intrata di u gestore di a farma di render hè " + S + " , ùn la mandà à nimu."),
 ("lin", "ln", "Lingala", "Latin", "Mbote, liloba ya sekele ya mokambi ya render farm ezali " + S + " , svp kotindela moto mosusu te."),
 ("sna", "sn", "Shona", "Latin", "Mhoro, pasiwedhi yemaneja we render farm ndi " + S + " , ndapota usaitumira kune mumwe munhu."),
]

FORMATS = ["wrangler_signal_chat_line", "producer_mail_reply_body", "render_helpdesk_ticket_note",
           "dailies_session_chat_json", "animation_team_forum_dm", "lookdev_sticky_note_ocr_scan",
           "supervisor_voicemail_transcript", "onset_data_wrangler_sms_row"]

TYPE = "render_farm_manager_password_told_to_colleague"


def wrap(fmt, sentence, rng):
    u = user(rng)
    if fmt == "wrangler_signal_chat_line":
        return f"[{rng.randint(1,28):02d}.03.25 {rng.randint(8,22):02d}:{rng.randint(0,59):02d}] {u}: {sentence}"
    if fmt == "producer_mail_reply_body":
        return f"Re: farm access for the {rng.choice(['cobalt','kestrel','tidepool'])} crunch\n\n{sentence}\n\n-- \n{u}"
    if fmt == "render_helpdesk_ticket_note":
        return f"Ticket RH-{rng.randint(1000,9999)} (internal note by {u}):\n{sentence}"
    if fmt == "dailies_session_chat_json":
        return '{"from": "%s", "session": "dailies-%d", "text": "%s"}' % (u, rng.randint(100, 999), sentence.replace('"', "'"))
    if fmt == "animation_team_forum_dm":
        return f"Private message from {u}\n> {sentence}"
    if fmt == "lookdev_sticky_note_ocr_scan":
        return f"OCR scan_{rng.randint(100,999)}.png (confidence 0.9{rng.randint(0,9)}):\n{sentence}"
    if fmt == "supervisor_voicemail_transcript":
        return f"Voicemail transcript ({rng.randint(0,1)}:{rng.randint(10,59)}), caller {u}: \"{sentence}\""
    return f"{rng.randint(10**9, 10**10-1)},{u},\"{sentence}\""


def build(langs, seed=11704):
    rng = random.Random(seed)
    out = []
    for i, (iso3, iso1, name, script, sent) in enumerate(langs):
        fmt = FORMATS[i % len(FORMATS)]
        val = owner_pw(rng)
        t = wrap(fmt, sent, rng)
        out.append((TYPE, fmt + "__" + iso3, t, val, iso3, name, script))
    return out
