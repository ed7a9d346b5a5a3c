import json, random
from common import *

V = MARK
SPAN_TYPE = "agency_instagram_account_password"

# (code, English name, sentence) – one meaning: "the password of the agency's Instagram account is …, please do not share it with the client"
CANDIDATES = [
 ("af", "Afrikaans", "Die wagwoord vir die agentskap se Instagram-rekening is «V», moet dit asseblief nie met die kliënt deel nie."),
 ("sq", "Albanian", "Fjalëkalimi i llogarisë së Instagramit të agjencisë është «V», të lutem mos ia trego klientit."),
 ("eu", "Basque", "Agentziaren Instagram kontuaren pasahitza «V» da, mesedez ez partekatu bezeroarekin."),
 ("br", "Breton", "Ger-tremen kont Instagram an ajañs eo «V», na roit ket anezhañ d'ar c'hliant, mar plij."),
 ("co", "Corsican", "A parolla d'ordine di u contu Instagram di l'agenzia hè «V», ùn la sparte micca cù u cliente."),
 ("cy", "Welsh", "Cyfrinair cyfrif Instagram yr asiantaeth yw «V», peidiwch â'i rannu gyda'r cleient os gwelwch yn dda."),
 ("ga", "Irish", "Is é «V» pasfhocal chuntas Instagram na gníomhaireachta, ná roinn é leis an gcliant, le do thoil."),
 ("lb", "Luxembourgish", "D'Passwuert vum Instagram-Kont vun der Agence ass «V», w.e.g. net mam Client deelen."),
 ("mt", "Maltese", "Il-password tal-kont tal-Instagram tal-aġenzija hija «V», jekk jogħġbok taqsamhiex mal-klijent."),
 ("et", "Estonian", "Agentuuri Instagrami konto parool on «V», palun ära jaga seda kliendiga."),
 ("lv", "Latvian", "Aģentūras Instagram konta parole ir «V», lūdzu, nedalies ar to ar klientu."),
 ("lt", "Lithuanian", "Agentūros Instagram paskyros slaptažodis yra «V», prašom nesidalinti juo su klientu."),
 ("sl", "Slovenian", "Geslo za Instagram račun agencije je «V», prosim, ne deli ga s stranko."),
 ("sk", "Slovak", "Heslo k Instagram účtu agentúry je «V», prosím, nezdieľaj ho s klientom."),
 ("hr", "Croatian", "Lozinka za Instagram račun agencije je «V», molim te, ne dijeli je s klijentom."),
 ("sr", "Serbian", "Лозинка за Instagram налог агенције је «V», молим те, не дели је са клијентом."),
 ("mk", "Macedonian", "Лозинката за Instagram профилот на агенцијата е «V», те молам не ја споделувај со клиентот."),
 ("bg", "Bulgarian", "Паролата за Instagram профила на агенцията е «V», моля, не я споделяй с клиента."),
 ("uk", "Ukrainian", "Пароль до Instagram-акаунта агенції — «V», будь ласка, не діліться ним із клієнтом."),
 ("ka", "Georgian", "სააგენტოს Instagram ანგარიშის პაროლია «V», გთხოვ, კლიენტს ნუ გაუზიარებ."),
 ("hy", "Armenian", "Գործակալության Instagram հաշվի գաղտնաբառն է «V», խնդրում եմ, մի՛ կիսվիր հաճախորդի հետ։"),
 ("az", "Azerbaijani", "Agentliyin Instagram hesabının şifrəsi belədir: «V». Xahiş edirəm, müştəri ilə paylaşma."),
 ("kk", "Kazakh", "Агенттіктің Instagram аккаунтының құпия сөзі: «V», өтінемін, оны клиентпен бөліспе."),
 ("ky", "Kyrgyz", "Агенттиктин Instagram аккаунтунун сырсөзү: «V», суранам, аны кардар менен бөлүшпө."),
 ("uz", "Uzbek", "Agentlik Instagram akkauntining paroli: «V», iltimos, uni mijoz bilan ulashmang."),
 ("tg", "Tajik", "Пароли ҳисоби Instagram-и агентӣ «V» аст, лутфан онро бо мизоҷ мубодила накунед."),
 ("mn", "Mongolian", "Агентлагийн Instagram бүртгэлийн нууц үг «V», үйлчлүүлэгчтэй битгий хуваалцаарай."),
 ("ps", "Pashto", "د اژانس د Instagram حساب پټنوم «V» دی، مهرباني وکړئ له پیرودونکي سره یې شریک نه کړئ."),
 ("fa", "Persian", "رمز عبور حساب اینستاگرام آژانس «V» است، لطفاً آن را با مشتری به اشتراک نگذارید."),
 ("ur", "Urdu", "ایجنسی کے انسٹاگرام اکاؤنٹ کا پاس ورڈ «V» ہے، براہ کرم اسے کلائنٹ کے ساتھ شیئر نہ کریں۔"),
 ("ne", "Nepali", "एजेन्सीको Instagram खाताको पासवर्ड «V» हो, कृपया ग्राहकसँग साझा नगर्नुहोस्।"),
 ("si", "Sinhala", "ඒජන්සියේ Instagram ගිණුමේ මුරපදය «V» වේ, කරුණාකර එය ගනුදෙනුකරු සමඟ බෙදා නොගන්න."),
 ("ta", "Tamil", "ஏஜென்சியின் Instagram கணக்கின் கடவுச்சொல் «V», தயவுசெய்து வாடிக்கையாளருடன் பகிர வேண்டாம்."),
 ("te", "Telugu", "ఏజెన్సీ Instagram ఖాతా పాస్‌వర్డ్ «V», దయచేసి క్లయింట్‌తో పంచుకోవద్దు."),
 ("kn", "Kannada", "ಏಜೆನ್ಸಿಯ Instagram ಖಾತೆಯ ಪಾಸ್‌ವರ್ಡ್ «V», ದಯವಿಟ್ಟು ಗ್ರಾಹಕರೊಂದಿಗೆ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ."),
 ("ml", "Malayalam", "ഏജൻസിയുടെ Instagram അക്കൗണ്ടിന്റെ പാസ്‌വേഡ് «V» ആണ്, ദയവായി ക്ലയന്റുമായി പങ്കിടരുത്."),
 ("mr", "Marathi", "एजन्सीच्या Instagram खात्याचा पासवर्ड «V» आहे, कृपया तो क्लायंटला सांगू नका."),
 ("gu", "Gujarati", "એજન્સીના Instagram એકાઉન્ટનો પાસવર્ડ «V» છે, કૃપા કરીને ક્લાયન્ટ સાથે શેર કરશો નહીં."),
 ("pa", "Punjabi", "ਏਜੰਸੀ ਦੇ Instagram ਖਾਤੇ ਦਾ ਪਾਸਵਰਡ «V» ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਲਾਇੰਟ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।"),
 ("bn", "Bengali", "এজেন্সির Instagram অ্যাকাউন্টের পাসওয়ার্ড «V», দয়া করে ক্লায়েন্টের সাথে শেয়ার করবেন না।"),
 ("km", "Khmer", "ពាក្យសម្ងាត់គណនី Instagram របស់ភ្នាក់ងារគឺ «V» សូមកុំចែករំលែកជាមួយអតិថិជន។"),
 ("lo", "Lao", "ລະຫັດຜ່ານບັນຊີ Instagram ຂອງອົງການແມ່ນ «V» ກະລຸນາຢ່າແບ່ງປັນໃຫ້ລູກຄ້າ."),
 ("th", "Thai", "รหัสผ่านบัญชี Instagram ของเอเจนซีคือ «V» กรุณาอย่าแชร์ให้ลูกค้า"),
 ("vi", "Vietnamese", "Mật khẩu tài khoản Instagram của agency là «V», vui lòng đừng chia sẻ với khách hàng."),
 ("tl", "Tagalog", "Ang password ng Instagram account ng ahensya ay «V», pakiusap huwag itong ibahagi sa kliyente."),
 ("ceb", "Cebuano", "Ang password sa Instagram account sa ahensya kay «V», palihug ayaw kini ipaambit sa kliyente."),
 ("jv", "Javanese", "Sandhi akun Instagram agensi yaiku «V», tulung aja dituduhake marang klien."),
 ("su", "Sundanese", "Kecap konci akun Instagram agénsi nyaéta «V», mangga ulah dibagikeun ka klién."),
 ("ms", "Malay", "Kata laluan akaun Instagram agensi ialah «V», tolong jangan kongsi dengan pelanggan."),
 ("haw", "Hawaiian", "ʻO «V» ka ʻōlelo huna o ka moʻokāki Instagram o ke keʻena, mai hōʻike i ka mea kūʻai."),
 ("sm", "Samoan", "O le upu faalilolilo o le Instagram a le ofisa o «V», faamolemole aua le faasoaina i le tagata faatau."),
 ("mg", "Malagasy", "Ny tenimiafina an'ny kaonty Instagram an'ny masoivoho dia «V», aza zaraina amin'ny mpanjifa azafady."),
 ("sw", "Swahili", "Nenosiri la akaunti ya Instagram ya wakala ni «V», tafadhali usimshirikishe mteja."),
 ("ha", "Hausa", "Kalmar sirrin asusun Instagram na hukumar ita ce «V», don Allah kada ka raba shi da abokin ciniki."),
 ("yo", "Yoruba", "Ọ̀rọ̀ aṣínà àkáǹtì Instagram ti ilé-iṣẹ́ náà ni «V», jọ̀ọ́ má ṣe pín in pẹ̀lú oníbàárà."),
 ("ig", "Igbo", "Okwuntughe akaụntụ Instagram nke ụlọ ọrụ ahụ bụ «V», biko ekekọrịtala ya na onye ahịa."),
 ("zu", "Zulu", "Iphasiwedi ye-akhawunti ye-Instagram ye-ejensi yile: «V». Ngicela ungayabelani nekhasimende."),
 ("xh", "Xhosa", "Iphasiwedi ye-akhawunti ye-Instagram ye-arhente yile: «V». Nceda ungayabelani nomthengi."),
 ("eo", "Esperanto", "La pasvorto de la Instagram-konto de la agentejo estas «V», bonvolu ne dividi ĝin kun la kliento."),
 ("ht", "Haitian Creole", "Modpas kont Instagram ajans lan se «V», tanpri pa pataje l ak kliyan an."),
 ("ny", "Chichewa", "Mawu achinsinsi a akaunti ya Instagram ya bungwe ndi «V», chonde musagawane ndi kasitomala."),
 ("sn", "Shona", "Pasiwedhi yeakaundi yeInstagram yesangano ndi «V», ndapota usaigovera mutengi."),
 ("st", "Sesotho", "Phasewete ya akhaonto ya Instagram ya setsi ke «V», ka kopo o se ke wa e arolelana le moreki."),
 ("rw", "Kinyarwanda", "Ijambo ry'ibanga rya konti ya Instagram y'ikigo ni «V», ndakwinginze ntuyisangize umukiriya."),
]

SENDERS = ["Ama", "Bruno", "Chen", "Dilnoza", "Eero", "Farah", "Goran", "Hana", "Iwan", "Jomo"]


def _fmt(name, rng, sender, msg, n):
    ts = 1741700000 + n * 3607
    d = "%02d/%02d/2025" % (rng.randint(1, 28), rng.randint(1, 12))
    t = "%02d:%02d" % (rng.randint(8, 19), rng.randint(0, 59))
    j = lambda o: json.dumps(o, ensure_ascii=False)
    csvq = lambda s: '"' + s.replace('"', '""') + '"'
    if name == "whatsapp_android_export_txt":
        return f"{d}, {t} - Studio Bot: Messages are end-to-end encrypted.\n{d}, {t} - {sender}: {msg}\n{d}, {t} - Lea: 👍"
    if name == "whatsapp_ios_bracketed_export_txt":
        return f"[{d}, {t}:0{n % 10}] Lea: quick one\n[{d}, {t}:4{n % 10}] {sender}: {msg}"
    if name == "telegram_desktop_result_json":
        return j({"name": "Agency crew", "type": "private_group", "messages": [{"id": 9000 + n, "type": "message", "date": "2025-03-11T10:%02d:00" % (n % 60), "from": sender, "text": msg}]})
    if name == "signal_backup_viewer_csv":
        return "timestamp,sender,body\n" + str(ts * 1000) + "," + sender + "," + csvq(msg)
    if name == "facebook_messenger_download_json":
        return j({"participants": [{"name": sender}, {"name": "Lea"}], "messages": [{"sender_name": sender, "timestamp_ms": ts * 1000, "content": msg}], "title": "Studio"})
    if name == "linkedin_messages_csv_row":
        return "CONVERSATION ID,FROM,TO,DATE,SUBJECT,CONTENT\n2-" + rs(rng, ALNUM, 20) + "==," + sender + ",Lea,2025-03-11 10:%02d:00 UTC,," % (n % 60) + csvq(msg)
    if name == "viber_backup_csv_row":
        return "Date,Time,Sender,Phone,Text\n" + d + "," + t + "," + sender + ",+000" + str(n).zfill(6) + "," + csvq(msg)
    if name == "line_chat_history_txt":
        return f"[LINE] Chat history with Agency\nSaved on: 2025/03/12 09:00\n\n2025/03/11 Tue\n{t}\t{sender}\t{msg}"
    if name == "wechat_export_html_bubble":
        return f'<div class="message left"><span class="nickname">{sender}</span><span class="time">{d} {t}</span><div class="bubble">{msg}</div></div>'
    if name == "skype_export_messages_json":
        return j({"conversations": [{"displayName": "Agency", "MessageList": [{"from": "8:live:" + sender.lower(), "displayName": sender, "originalarrivaltime": "2025-03-11T10:%02d:00.000Z" % (n % 60), "messagetype": "RichText", "content": msg}]}]})
    raise KeyError(name)

FORMATS = ["whatsapp_android_export_txt", "whatsapp_ios_bracketed_export_txt", "telegram_desktop_result_json", "signal_backup_viewer_csv",
           "facebook_messenger_download_json", "linkedin_messages_csv_row", "viber_backup_csv_row", "line_chat_history_txt",
           "wechat_export_html_bubble", "skype_export_messages_json"]


def languages(data):
    import denylist
    ok = [c for c in CANDIDATES if denylist.language_ok(c[0], c[1], data)]
    dropped = [c[:2] for c in CANDIDATES if c not in ok]
    return ok[:40], dropped, ok[40:]


def generate(data, seed=4404):
    rng = random.Random(seed)
    langs, _, _ = languages(data)
    out = []
    for i, (code, eng, sent) in enumerate(langs):
        fmt = FORMATS[i % len(FORMATS)]
        value = rs(rng, ALNUM, rng.randint(10, 14)) + rng.choice("-_.") + str(rng.randint(10, 99))
        sender = SENDERS[i % len(SENDERS)]
        tpl = _fmt(fmt, rng, sender, sent, i)
        text, start = fill(rng, tpl, value)
        out.append(rec(text, start, value, SPAN_TYPE, fmt + "__" + code, "prose"))
    return out
