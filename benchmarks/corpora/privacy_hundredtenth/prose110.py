"""Prose: someone tells a colleague the crew-roster server password, in 40 languages."""
import random
from common110 import *
T = "crew_roster_server_password_told_in_chat"
# (iso639-3, iso639-1 or "", English name, sentence with {V})
LANGS = [
 ("vie", "vi", "Vietnamese", "Chào anh, mật khẩu của máy chủ lịch tổ bay là {V} , xin đừng chuyển cho ai khác."),
 ("tha", "th", "Thai", "สวัสดีครับ รหัสผ่านของเซิร์ฟเวอร์ตารางลูกเรือคือ {V} กรุณาอย่าส่งต่อให้ใคร"),
 ("lao", "lo", "Lao", "ສະບາຍດີ ລະຫັດຜ່ານຂອງເຊີບເວີຕາຕະລາງລູກເຮືອແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
 ("mya", "my", "Burmese", "မင်္ဂလာပါ၊ လေယာဉ်အမှုထမ်းဇယားဆာဗာရဲ့ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
 ("tgl", "tl", "Tagalog", "Hi, ang password ng crew roster server ay {V} , pakiusap huwag mo itong ipasa kahit kanino."),
 ("zsm", "ms", "Malay", "Hai, kata laluan pelayan jadual kru ialah {V} , tolong jangan kongsi dengan sesiapa."),
 ("jav", "jv", "Javanese", "Halo, tembung sandhi server jadwal kru yaiku {V} , aja diwenehake marang sapa-sapa ya."),
 ("sun", "su", "Sundanese", "Halo, kecap konci server jadwal awak kapal nyaéta {V} , punten ulah dibagikeun ka saha waé."),
 ("ceb", "", "Cebuano", "Hi, ang password sa crew roster server kay {V} , palihug ayaw kini ipasa bisan kinsa."),
 ("ilo", "", "Ilocano", "Kablaaw, ti password ti server ti iskedyul ti crew ket {V} , pangngaasiyo ta dikay iyallatiw iti siasinoman."),
 ("mlg", "mg", "Malagasy", "Salama, ny tenimiafina an'ny mpizara fandaharam-potoanan'ny ekipa dia {V} , aza zaraina amin'iza na iza azafady."),
 ("swh", "sw", "Swahili", "Habari, nenosiri la seva ya ratiba ya wafanyakazi wa ndege ni {V} , tafadhali usimpe mtu yeyote."),
 ("kin", "rw", "Kinyarwanda", "Muraho, ijambobanga rya seriveri y'ingengabihe y'abakozi ni {V} , ntukarihe undi muntu."),
 ("lug", "lg", "Ganda", "Ki kati, ekigambo ekyekusifu ekya seva y'enteekateeka y'abakozi kye {V} , tokiwa muntu yenna."),
 ("som", "so", "Somali", "Salaan, furaha sirta ah ee server-ka jadwalka shaqaalaha waa {V} , fadlan cidna ha u gudbin."),
 ("tir", "ti", "Tigrinya", "ሰላም፣ ናይ ሰርቨር መደብ ሰራሕተኛታት መሕለፊ ቃል {V} እዩ፣ ንዝኾነ ሰብ ኣይተሕልፎ።"),
 ("wol", "wo", "Wolof", "Salaam, baatu jàll bu serwëur bu tëralinu liggéeykat yi mooy {V} , bul ko yónne kenn."),
 ("ibo", "ig", "Igbo", "Ndewo, okwuntughe nke sava usoro ndị ọrụ ụgbọelu bụ {V} , biko egosila onye ọ bụla ya."),
 ("xho", "xh", "Xhosa", "Molo, igama lokugqitha leseva yeshedyuli yabasebenzi ngu {V} , nceda ungalinikezeli nakubani na."),
 ("afr", "af", "Afrikaans", "Hallo, die wagwoord vir die bemanningsrooster-bediener is {V} , moet dit asseblief vir niemand aanstuur nie."),
 ("lin", "ln", "Lingala", "Mbote, liloba ya sekele ya serveur ya manaka ya basali ezali {V} , kopesa yango na moto moko te."),
 ("est", "et", "Estonian", "Tere, meeskonna graafikuserveri parool on {V} , palun ära saada seda kellelegi edasi."),
 ("lav", "lv", "Latvian", "Sveiki, apkalpes grafika servera parole ir {V} , lūdzu, nepārsūti to nevienam."),
 ("lit", "lt", "Lithuanian", "Labas, įgulos grafiko serverio slaptažodis yra {V} , prašau niekam jo nepersiųsti."),
 ("slk", "sk", "Slovak", "Ahoj, heslo k serveru rozpisu posádok je {V} , prosím, nikomu ho neposielaj."),
 ("slv", "sl", "Slovenian", "Živijo, geslo za strežnik razporeda posadk je {V} , prosim, ne posreduj ga nikomur."),
 ("hrv", "hr", "Croatian", "Bok, lozinka za poslužitelj rasporeda posada je {V} , molim te, nemoj je nikome prosljeđivati."),
 ("bos", "bs", "Bosnian", "Zdravo, šifra za server rasporeda posade je {V} , molim te da je nikome ne šalješ."),
 ("sqi", "sq", "Albanian", "Përshëndetje, fjalëkalimi i serverit të orarit të ekuipazhit është {V} , të lutem mos ia dërgo askujt."),
 ("bul", "bg", "Bulgarian", "Здравей, паролата за сървъра с графика на екипажите е {V} , моля, не я препращай на никого."),
 ("mlt", "mt", "Maltese", "Bonġu, il-password tas-server tal-iskeda tal-ekwipaġġ hija {V} , jekk jogħġbok tgħaddiha lil ħadd."),
 ("gle", "ga", "Irish", "Dia duit, is é pasfhocal fhreastalaí sceideal na foirne ná {V} , ná seol ar aghaidh chuig aon duine é, le do thoil."),
 ("cym", "cy", "Welsh", "Helo, cyfrinair gweinydd amserlen y criw yw {V} , paid â'i anfon ymlaen at neb, os gweli di'n dda."),
 ("gla", "gd", "Scottish Gaelic", "Halò, is e facal-faire frithealaiche clàr na sgioba {V} , na cuir air adhart e gu duine sam bith."),
 ("eus", "eu", "Basque", "Kaixo, tripulazioaren egutegi-zerbitzariaren pasahitza {V} da, mesedez ez bidali inori."),
 ("oci", "oc", "Occitan", "Adieu, lo senhal del servidor de planificacion de l'equipatge es {V} , se vos plai, lo mandetz pas a degun."),
 ("fry", "fy", "Frisian", "Hoi, it wachtwurd fan de tsjinner foar it bemanningsrooster is {V} , stjoer it asjebleaft net troch nei immen."),
 ("kir", "ky", "Kyrgyz", "Салам, экипаждын графиги серверинин сырсөзү {V} , суранам, эч кимге жөнөтпө."),
 ("tgk", "tg", "Tajik", "Салом, пароли сервери ҷадвали экипаж {V} аст, лутфан онро ба касе нафиристед."),
 ("tuk", "tk", "Turkmen", "Salam, ekipažyň tertip serweriniň paroly {V} , haýyş, ony hiç kime iberme."),
 ("tat", "tt", "Tatar", "Сәлам, экипаж графигы серверының серсүзе {V} , зинһар, аны беркемгә дә җибәрмә."),
 ("fas", "fa", "Persian", "سلام، رمز عبور سرور برنامه خدمه {V} است، لطفاً آن را برای کسی نفرست."),
 ("tam", "ta", "Tamil", "வணக்கம், விமானக் குழு அட்டவணை சர்வரின் கடவுச்சொல் {V} , தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
 ("kan", "kn", "Kannada", "ನಮಸ್ಕಾರ, ಸಿಬ್ಬಂದಿ ವೇಳಾಪಟ್ಟಿ ಸರ್ವರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ."),
 ("mal", "ml", "Malayalam", "ഹലോ, ക്രൂ റോസ്റ്റർ സെർവറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും അയയ്ക്കരുത്."),
 ("guj", "gu", "Gujarati", "નમસ્તે, ક્રૂ રોસ્ટર સર્વરનો પાસવર્ડ {V} છે, કૃપા કરીને કોઈને મોકલશો નહીં."),
 ("pan", "pa", "Punjabi", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਕਰੂ ਰੋਸਟਰ ਸਰਵਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਭੇਜੋ।"),
 ("npi", "ne", "Nepali", "नमस्ते, चालक दल तालिका सर्भरको पासवर्ड {V} हो, कृपया कसैलाई नपठाउनुहोस्।"),
 ("smo", "sm", "Samoan", "Talofa, o le upu faalilo o le server o le faasologa a le auvaa o le {V} , faamolemole aua le auina atu i se isi."),
 ("mri", "mi", "Maori", "Kia ora, ko te kupuhipa o te tūmau rārangi kaimahi ko {V} , kaua e tukuna ki tētahi atu."),
 ("haw", "", "Hawaiian", "Aloha, ʻo ka ʻōlelo huna o ka server papa hana o nā limahana ʻo {V} , mai hoʻouna aku i kekahi."),
 ("epo", "eo", "Esperanto", "Saluton, la pasvorto de la servilo de la skipa horaro estas {V} , bonvolu ne plusendi ĝin al iu ajn."),
]
FORMATS = [
 ("dispatch_whatsapp_forward_line", lambda s: "[19/11/24, 06:12:44] Duty Dispatcher: " + s + "\n"),
 ("crew_desk_email_reply_body", lambda s: "Subject: Re: roster server access\n\n" + s + "\n\n-- \nCrew Desk\n"),
 ("mro_shift_handover_ticket_comment", lambda s: "Ticket MX-4471 · comment by night shift lead\n" + s + "\n"),
 ("ops_control_teams_message_json", lambda s: '{"from":"OCC duty manager","channel":"crew-systems","body":"' + s + '"}\n'),
 ("station_manager_sms_export_row", lambda s: "2024-11-19 05:58,+00 0000 000000,incoming,\"" + s + "\"\n"),
 ("hangar_telegram_chat_export_line", lambda s: "Hangar 3 Ops, [19.11.2024 07:03]\n" + s + "\n"),
 ("efb_admin_signal_note_to_self", lambda s: "Note to self (Signal)\n" + s + "\n"),
 ("gate_agent_viber_message_line", lambda s: "19 Nov 08:31 · Station lead: " + s + "\n"),
]


def candidates():
    return LANGS


def build(langs, seed=11004):
    r = random.Random(seed)
    recs = []
    for i, (code, c1, name, sent) in enumerate(langs):
        fmt, wrap = FORMATS[i % len(FORMATS)]
        v = owner_password(r)
        text, s, e = fill(wrap(sent.replace("{V}", SLOT)), v)
        recs.append({"type": T, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": T}], "source": "prose"})
    return recs
