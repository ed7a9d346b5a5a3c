"""Prose: someone tells a colleague the dealer portal password, in 40 languages not used before."""
from common116 import G, positive

SPAN_TYPE = "dealer_portal_password_shared_in_message"

# (iso639-3, iso639-1, English name, script, sentence)
LANGS = [
    ("pol", "pl", "Polish", "Latin", "Cześć, hasło do portalu dealera to {S} — proszę, nie przesyłaj go nikomu."),
    ("ces", "cs", "Czech", "Latin", "Ahoj, heslo k dealerskému portálu je {S} – prosím, nikomu ho nepřeposílej."),
    ("slk", "sk", "Slovak", "Latin", "Ahoj, heslo do dílerského portálu je {S} – prosím, nikomu ho neposielaj."),
    ("slv", "sl", "Slovenian", "Latin", "Živjo, geslo za trgovski portal je {S} – prosim, ne posreduj ga nikomur."),
    ("hrv", "hr", "Croatian", "Latin", "Bok, lozinka za portal zastupnika je {S} – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "hu", "Hungarian", "Latin", "Szia, a márkakereskedői portál jelszava {S} – kérlek, ne továbbítsd senkinek."),
    ("ron", "ro", "Romanian", "Latin", "Salut, parola pentru portalul dealerului este {S} – te rog să nu o trimiți nimănui."),
    ("bul", "bg", "Bulgarian", "Cyrillic", "Здравей, паролата за дилърския портал е {S} – моля, не я препращай на никого."),
    ("mkd", "mk", "Macedonian", "Cyrillic", "Здраво, лозинката за дилерскиот портал е {S} – те молам, не ја препраќај никому."),
    ("ukr", "uk", "Ukrainian", "Cyrillic", "Привіт, пароль до дилерського порталу {S} – будь ласка, нікому його не пересилай."),
    ("ell", "el", "Greek", "Greek", "Γεια, ο κωδικός για την πύλη της αντιπροσωπείας είναι {S} – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "tr", "Turkish", "Latin", "Selam, bayi portalının şifresi {S} – lütfen kimseye iletme."),
    ("fin", "fi", "Finnish", "Latin", "Moi, jälleenmyyjäportaalin salasana on {S} – älä lähetä sitä eteenpäin kenellekään."),
    ("est", "et", "Estonian", "Latin", "Tere, edasimüüja portaali parool on {S} – palun ära saada seda kellelegi edasi."),
    ("lav", "lv", "Latvian", "Latin", "Sveiki, dīleru portāla parole ir {S} – lūdzu, nepārsūti to nevienam."),
    ("lit", "lt", "Lithuanian", "Latin", "Labas, prekybininko portalo slaptažodis yra {S} – prašau niekam jo nepersiųsk."),
    ("swe", "sv", "Swedish", "Latin", "Hej, lösenordet till återförsäljarportalen är {S} – snälla vidarebefordra det inte till någon."),
    ("dan", "da", "Danish", "Latin", "Hej, adgangskoden til forhandlerportalen er {S} – send den venligst ikke videre til nogen."),
    ("sqi", "sq", "Albanian", "Latin", "Përshëndetje, fjalëkalimi për portalin e tregtarit është {S} – të lutem mos ia përcill askujt."),
    ("mlt", "mt", "Maltese", "Latin", "Bongu, il-password tal-portal tad-dealer hija {S} – jekk jogħġbok tgħaddiha lil ħadd."),
    ("gle", "ga", "Irish", "Latin", "Dia duit, is é pasfhocal thairseach an déileálaí ná {S} – ná seol ar aghaidh é chuig aon duine, le do thoil."),
    ("cym", "cy", "Welsh", "Latin", "Helo, cyfrinair porth y deliwr yw {S} – paid â'i anfon ymlaen at neb, os gweli di'n dda."),
    ("eus", "eu", "Basque", "Latin", "Kaixo, saltzailearen atariko pasahitza {S} da – mesedez, ez bidali inori."),
    ("bre", "br", "Breton", "Latin", "Demat, ger-tremen porched ar gwerzher a zo {S} – na gas anezhañ da zen mar plij."),
    ("gla", "gd", "Scottish Gaelic", "Latin", "Halò, 's e facal-faire portal an reiceadair {S} – na cuir air adhart e gu duine sam bith, mas e do thoil e."),
    ("fao", "fo", "Faroese", "Latin", "Hey, loyniorðið til forhandlaraportalin er {S} – vinarliga send tað ikki víðari til nakran."),
    ("vie", "vi", "Vietnamese", "Latin", "Chào bạn, mật khẩu cổng đại lý là {S} – làm ơn đừng chuyển tiếp cho ai nhé."),
    ("tha", "th", "Thai", "Thai", "สวัสดี รหัสผ่านพอร์ทัลตัวแทนจำหน่ายคือ {S} กรุณาอย่าส่งต่อให้ใคร"),
    ("lao", "lo", "Lao", "Lao", "ສະບາຍດີ ລະຫັດຜ່ານຂອງພອດທັລຕົວແທນແມ່ນ {S} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("tgl", "tl", "Tagalog", "Latin", "Hi, ang password ng dealer portal ay {S} – pakiusap huwag mo itong ipasa kahit kanino."),
    ("swh", "sw", "Swahili", "Latin", "Habari, nenosiri la tovuti ya muuzaji ni {S} – tafadhali usimtumie mtu yeyote."),
    ("kin", "rw", "Kinyarwanda", "Latin", "Muraho, ijambo ry'ibanga rya portal y'umucuruzi ni {S} – ndakwinginze ntuyoherereze undi muntu."),
    ("som", "so", "Somali", "Latin", "Salaan, furaha sirta ah ee bogga iibiyaha waa {S} – fadlan cidna ha u gudbin."),
    ("ibo", "ig", "Igbo", "Latin", "Ndewo, okwuntughe nke portal onye na-ere ahịa bụ {S} – biko ezigala ya onye ọ bụla."),
    ("xho", "xh", "Xhosa", "Latin", "Molo, igama lokugqitha le-portal yomthengisi ngu {S} – nceda ungayithumeleli mntu."),
    ("afr", "af", "Afrikaans", "Latin", "Hallo, die wagwoord vir die handelaarportaal is {S} – moet dit asseblief vir niemand aanstuur nie."),
    ("mlg", "mg", "Malagasy", "Latin", "Manao ahoana, ny tenimiafina ho an'ny vavahadin'ny mpivarotra dia {S} – aza alefa amin'olona azafady."),
    ("npi", "ne", "Nepali", "Devanagari", "नमस्ते, डिलर पोर्टलको पासवर्ड {S} हो – कृपया कसैलाई फर्वार्ड नगर्नुहोस्।"),
    ("pan", "pa", "Punjabi", "Gurmukhi", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਡੀਲਰ ਪੋਰਟਲ ਦਾ ਪਾਸਵਰਡ {S} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("urd", "ur", "Urdu", "Perso-Arabic", "السلام علیکم، ڈیلر پورٹل کا پاس ورڈ {S} ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pes", "fa", "Persian", "Perso-Arabic", "سلام، رمز عبور پورتال نمایندگی {S} است – لطفاً آن را برای کسی فوروارد نکن."),
    ("tam", "ta", "Tamil", "Tamil", "வணக்கம், டீலர் போர்டல் கடவுச்சொல் {S} – தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
    ("kir", "ky", "Kyrgyz", "Cyrillic", "Салам, дилер порталынын сырсөзү {S} – суранам, эч кимге жөнөтпө."),
    ("tgk", "tg", "Tajik", "Cyrillic", "Салом, пароли портали дилер {S} аст – лутфан онро ба касе нафирист."),
    ("smo", "sm", "Samoan", "Latin", "Talofa, o le upu faalilolilo o le portal a le faatau oloa o le {S} – faamolemole aua le auina atu i se isi."),
    ("mri", "mi", "Maori", "Latin", "Kia ora, ko te kupuhipa o te tomokanga kaihoko ko {S} – tēnā koa kaua e tukuna ki tētahi atu."),
    ("epo", "eo", "Esperanto", "Latin", "Saluton, la pasvorto de la vendista portalo estas {S} – bonvolu ne plusendi ĝin al iu ajn."),
    ("que", "qu", "Quechua", "Latin", "Allillanchu, dealer portalpa pakasqa simin {S} – ama pimanpas apachiychu."),
    ("lin", "ln", "Lingala", "Latin", "Mbote, liloba ya sekele ya portail ya mosombisi ezali {S} – svp kotindela yango moto te."),
    ("tir", "ti", "Tigrinya", "Ethiopic", "ሰላም፣ ናይ ዲለር ፖርታል ፓስዎርድ {S} እዩ – በጃኻ ንዝኾነ ሰብ ኣይተመሓላልፎ።"),
    ("grn", "gn", "Guarani", "Latin", "Mba'éichapa, dealer portal ñe'ẽñemi ha'e {S} – ani remondo avavépe."),
]

FORMATS = [
    ("dealer_group_signal_export_line", "[2025-03-14 08:12] Marta K.: {T}"),
    ("fleet_manager_email_body", "Subject: portal\n\n{T}\n\n-- \nFleet desk"),
    ("rental_counter_servicedesk_comment", "Comment by agent #41 (public: no):\n{T}"),
    ("scooter_ops_chat_json_message", "{\"ts\": \"1741939920.001\", \"user\": \"U07OPS\", \"text\": \"{T}\"}"),
    ("parking_team_sms_export_row", "+15555550143;2025-03-14T08:12:55;inbound;\"{T}\""),
    ("workshop_shift_handoff_note", "HANDOFF – service lane, late shift\n* lift 3 hydraulic leak\n* {T}"),
    ("finance_desk_viber_line", "14.03.25, 08:12 - F&I desk: {T}"),
    ("oem_rep_linkedin_direct_message", "Message from regional OEM rep · 8:12 AM\n{T}"),
]


def build(allowed):
    """allowed: function(code3, code2, name) -> bool (deny-list language filter)."""
    g = G(11604)
    out, used, dropped = [], [], []
    for code3, code2, name, script, sent in LANGS:
        if not allowed(code3, code2, name):
            dropped.append(code3)
            continue
        if len(used) == 40:
            break
        fmt, wrap = FORMATS[len(used) % len(FORMATS)]
        val = g.pw()
        tpl = wrap.replace("{T}", sent)
        out.append(positive(None, SPAN_TYPE, fmt + "__" + code3, tpl, val, "prose"))
        used.append((code3, name, script))
    return out, used, dropped
