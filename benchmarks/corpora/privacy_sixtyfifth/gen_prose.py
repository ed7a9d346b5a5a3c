"""Prose part: an engineer shares the HIL-rig password in their own language, in new chat-export formats."""
import json, random
from common import *

SEED = 6504
SPAN_TYPE = "hil_rig_shared_login_password"

# (code, English name, script, sentence with {V}); filtered against the deny-list in build order
CANDIDATES = [
    ("de", "German", "Latin", "Das neue Passwort für den HIL-Prüfstand ist {V} – bitte nicht ins Jira-Ticket schreiben."),
    ("fr", "French", "Latin", "Le nouveau mot de passe du banc HIL est {V} – merci de ne pas le mettre dans le ticket Jira."),
    ("es", "Spanish", "Latin", "La nueva contraseña del banco HIL es {V}; por favor, no la pongas en el ticket de Jira."),
    ("it", "Italian", "Latin", "La nuova password del banco HIL è {V}, per favore non scriverla nel ticket Jira."),
    ("pt", "Portuguese", "Latin", "A nova senha da bancada HIL é {V} – por favor, não a coloque no ticket do Jira."),
    ("nl", "Dutch", "Latin", "Het nieuwe wachtwoord voor de HIL-testbank is {V} – zet het alsjeblieft niet in het Jira-ticket."),
    ("pl", "Polish", "Latin", "Nowe hasło do stanowiska HIL to {V} – proszę nie wpisywać go do zgłoszenia w Jirze."),
    ("cs", "Czech", "Latin", "Nové heslo k HIL stanici je {V} – prosím, nedávej ho do tiketu v Jiře."),
    ("sk", "Slovak", "Latin", "Nové heslo k HIL stanici je {V} – prosím, nedávaj ho do tiketu v Jire."),
    ("hu", "Hungarian", "Latin", "A HIL-tesztpad új jelszava {V} – kérlek, ne írd bele a Jira-jegybe."),
    ("ro", "Romanian", "Latin", "Noua parolă pentru standul HIL este {V} – te rog să nu o pui în tichetul din Jira."),
    ("bg", "Bulgarian", "Cyrillic", "Новата парола за HIL стенда е {V} – моля, не я пиши в тикета в Jira."),
    ("hr", "Croatian", "Latin", "Nova lozinka za HIL stanicu je {V} – molim te, ne stavljaj je u Jira tiket."),
    ("sr", "Serbian", "Cyrillic", "Нова лозинка за HIL станицу је {V} – молим те, не стављај је у Jira тикет."),
    ("uk", "Ukrainian", "Cyrillic", "Новий пароль до HIL-стенда — {V}, будь ласка, не пиши його в тікет у Jira."),
    ("ru", "Russian", "Cyrillic", "Новый пароль от HIL-стенда — {V}, пожалуйста, не пиши его в тикет в Jira."),
    ("lt", "Lithuanian", "Latin", "Naujas HIL stendo slaptažodis yra {V} – prašau neįrašyti jo į Jira užklausą."),
    ("lv", "Latvian", "Latin", "Jaunā HIL stenda parole ir {V} – lūdzu, neraksti to Jira biļetē."),
    ("et", "Estonian", "Latin", "HIL-stendi uus parool on {V} – palun ära pane seda Jira piletisse."),
    ("sv", "Swedish", "Latin", "Det nya lösenordet till HIL-riggen är {V} – skriv det inte i Jira-ärendet, tack."),
    ("da", "Danish", "Latin", "Den nye adgangskode til HIL-riggen er {V} – skriv den venligst ikke i Jira-sagen."),
    ("is", "Icelandic", "Latin", "Nýja lykilorðið fyrir HIL-prófunarbekkinn er {V} – vinsamlegast ekki setja það í Jira-miðann."),
    ("ga", "Irish", "Latin", "Is é {V} an pasfhocal nua don rigín HIL – ná cuir sa ticéad Jira é, le do thoil."),
    ("cy", "Welsh", "Latin", "Y cyfrinair newydd ar gyfer y rig HIL yw {V} – peidiwch â'i roi yn y tocyn Jira, os gwelwch yn dda."),
    ("eu", "Basque", "Latin", "HIL bankuaren pasahitz berria {V} da – mesedez, ez jarri Jira txartelean."),
    ("ca", "Catalan", "Latin", "La nova contrasenya del banc HIL és {V}; si us plau, no la posis al tiquet de Jira."),
    ("gl", "Galician", "Latin", "O novo contrasinal do banco HIL é {V}; por favor, non o poñas no tícket de Jira."),
    ("mt", "Maltese", "Latin", "Il-password il-ġdida tar-rig HIL hija {V} – jekk jogħġbok tpoġġihiex fit-ticket tal-Jira."),
    ("sq", "Albanian", "Latin", "Fjalëkalimi i ri për stendën HIL është {V} – të lutem mos e vendos në tiketën e Jira-s."),
    ("mk", "Macedonian", "Cyrillic", "Новата лозинка за HIL станицата е {V} – те молам, не ја ставај во Jira тикетот."),
    ("el", "Greek", "Greek", "Ο νέος κωδικός για τον πάγκο HIL είναι {V} – παρακαλώ μην τον βάλεις στο εισιτήριο του Jira."),
    ("tr", "Turkish", "Latin", "HIL test düzeneğinin yeni şifresi {V} – lütfen Jira kaydına yazma."),
    ("az", "Azerbaijani", "Latin", "HIL stendinin yeni şifrəsi belədir: {V} – xahiş edirəm, onu Jira biletinə yazma."),
    ("ka", "Georgian", "Georgian", "HIL სტენდის ახალი პაროლია {V} – გთხოვ, Jira-ს ბილეთში არ ჩაწერო."),
    ("hy", "Armenian", "Armenian", "HIL ստենդի նոր գաղտնաբառն է {V} – խնդրում եմ, այն Jira-ի տոմսում մի գրիր։"),
    ("kk", "Kazakh", "Cyrillic", "HIL стендінің жаңа құпиясөзі: {V} – өтінемін, оны Jira тикетіне жазба."),
    ("uz", "Uzbek", "Latin", "HIL stendining yangi paroli: {V} – iltimos, uni Jira chiptasiga yozma."),
    ("mn", "Mongolian", "Cyrillic", "HIL стендийн шинэ нууц үг: {V} – үүнийг Jira тасалбарт бүү бичээрэй."),
    ("fa", "Persian", "Arabic", "رمز عبور جدید میز HIL این است: {V} – لطفاً آن را در تیکت Jira ننویس."),
    ("ur", "Urdu", "Arabic", "HIL بینچ کا نیا پاس ورڈ یہ ہے: {V} – براہ کرم اسے Jira ٹکٹ میں نہ لکھیں۔"),
    ("he", "Hebrew", "Hebrew", "הסיסמה החדשה לעמדת ה-HIL היא {V} – בבקשה אל תכתוב אותה בכרטיס ב-Jira."),
    ("hi", "Hindi", "Devanagari", "HIL बेंच का नया पासवर्ड {V} है – कृपया इसे Jira टिकट में मत लिखना।"),
    ("bn", "Bengali", "Bengali", "HIL বেঞ্চের নতুন পাসওয়ার্ড হলো {V} – দয়া করে এটা Jira টিকিটে লিখো না।"),
    ("mr", "Marathi", "Devanagari", "HIL बेंचचा नवीन पासवर्ड {V} आहे – कृपया तो Jira तिकिटात लिहू नकोस."),
    ("ta", "Tamil", "Tamil", "HIL பெஞ்சின் புதிய கடவுச்சொல் {V} – தயவுசெய்து அதை Jira டிக்கெட்டில் எழுத வேண்டாம்."),
    ("te", "Telugu", "Telugu", "HIL బెంచ్ కొత్త పాస్‌వర్డ్ {V} – దయచేసి దాన్ని Jira టికెట్‌లో రాయవద్దు."),
    ("si", "Sinhala", "Sinhala", "HIL බංකුවේ නව මුරපදය {V} – කරුණාකර එය Jira ටිකට් එකේ ලියන්න එපා."),
    ("th", "Thai", "Thai", "รหัสผ่านใหม่ของแท่นทดสอบ HIL คือ {V} กรุณาอย่าใส่ไว้ในทิกเก็ต Jira"),
    ("vi", "Vietnamese", "Latin", "Mật khẩu mới của bàn thử HIL là {V} – làm ơn đừng ghi nó vào ticket Jira."),
    ("km", "Khmer", "Khmer", "ពាក្យសម្ងាត់ថ្មីរបស់តុសាកល្បង HIL គឺ {V} សូមកុំសរសេរវាក្នុងសំបុត្រ Jira ។"),
    ("ms", "Malay", "Latin", "Kata laluan baharu untuk bangku HIL ialah {V} – tolong jangan tulis dalam tiket Jira."),
    ("id", "Indonesian", "Latin", "Kata sandi baru untuk bench HIL adalah {V} – tolong jangan ditulis di tiket Jira."),
    ("ja", "Japanese", "Japanese", "HILベンチの新しいパスワードは {V} です。Jiraのチケットには書かないでください。"),
    ("ko", "Korean", "Hangul", "HIL 벤치의 새 비밀번호는 {V} 입니다. Jira 티켓에는 적지 말아 주세요."),
    ("sw", "Swahili", "Latin", "Nenosiri jipya la benchi la HIL ni {V} – tafadhali usiliandike kwenye tiketi ya Jira."),
    ("am", "Amharic", "Ethiopic", "የHIL ቤንች አዲሱ የይለፍ ቃል {V} ነው – እባክህ በJira ቲኬት ውስጥ አትጻፈው።"),
    ("ha", "Hausa", "Latin", "Sabuwar kalmar sirri ta bencin HIL ita ce {V} – don Allah kar ka rubuta ta a tikitin Jira."),
    ("yo", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà tuntun fún bẹ́ǹṣì HIL ni {V} – jọ̀wọ́ má kọ ọ́ sínú tíkẹ́ẹ̀tì Jira."),
    ("zu", "Zulu", "Latin", "Iphasiwedi entsha yebhentshi le-HIL ithi {V} – sicela ungayibhali kuthikithi le-Jira."),
    ("af", "Afrikaans", "Latin", "Die nuwe wagwoord vir die HIL-toetsbank is {V} – moet dit asseblief nie in die Jira-kaartjie skryf nie."),
    ("so", "Somali", "Latin", "Furaha sirta cusub ee kursiga HIL waa {V} – fadlan ha ku qorin tigidhka Jira."),
    ("eo", "Esperanto", "Latin", "La nova pasvorto de la HIL-testbenko estas {V} – bonvolu ne skribi ĝin en la Jira-bileton."),
    ("lb", "Luxembourgish", "Latin", "Dat neit Passwuert fir den HIL-Prüfstand ass {V} – schreif et w.e.g. net an den Jira-Ticket."),
]


def _j(o):
    return json.dumps(o, ensure_ascii=False)


def f_telegram(r, u, s, n):
    return _j({"id": 40000 + n, "type": "message", "date": "2024-05-%02dT14:%02d:11" % (1 + n % 28, n % 60), "from": u, "from_id": "user%d" % (5000000 + n), "text": s})

def f_slack(r, u, s, n):
    return _j({"type": "message", "user": "U0" + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9), "text": s, "ts": "17150%05d.00%04d" % (n * 37, n)})

def f_mattermost(r, u, s, n):
    return _j({"type": "post", "post": {"team": "avlab", "channel": "hil-rigs", "user": u, "message": s, "create_at": 1715000000000 + n * 1000}})

def f_rocket(r, u, s, n):
    return "Username,Date,Message\n%s,2024-05-%02d 09:%02d,\"%s\"" % (u, 1 + n % 28, n % 60, s)

def f_zulip(r, u, s, n):
    return _j({"sender_email": u + "@avlab.example", "type": "stream", "subject": "HIL rig 3", "content": s, "timestamp": 1715000000 + n})

def f_discord(r, u, s, n):
    return "\"AuthorID\",\"Author\",\"Date\",\"Content\",\"Attachments\",\"Reactions\"\n\"%d\",\"%s\",\"05/%02d/2024 10:%02d AM\",\"%s\",\"\",\"\"" % (900000000000000000 + n, u, 1 + n % 28, n % 60, s)

def f_matrix(r, u, s, n):
    return _j({"type": "m.room.message", "sender": "@%s:matrix.avlab.example" % u, "origin_server_ts": 1715000000000 + n, "content": {"msgtype": "m.text", "body": s}})

def f_line(r, u, s, n):
    return "2024/05/%02d(Mon)\n14:%02d\t%s\t%s" % (1 + n % 28, n % 60, u, s)

def f_irssi(r, u, s, n):
    return "--- Day changed Mon May %02d 2024\n14:%02d <@%s> %s" % (1 + n % 28, n % 60, u, s)

def f_gchat(r, u, s, n):
    return _j({"creator": {"name": u, "email": u + "@avlab.example", "user_type": "Human"}, "created_date": "Monday, May %d, 2024 at 2:%02d:00 PM UTC" % (1 + n % 28, n % 60), "text": s, "topic_id": rs(r, AN, 11)})

FORMATS = [("telegram_desktop_result_json_message", f_telegram), ("slack_channel_export_json_message", f_slack),
           ("mattermost_bulk_import_jsonl_post", f_mattermost), ("rocketchat_message_export_csv_row", f_rocket),
           ("zulip_realm_export_json_message", f_zulip), ("discord_chat_exporter_csv_row", f_discord),
           ("matrix_element_export_json_event", f_matrix), ("line_chat_history_txt_line", f_line),
           ("irssi_channel_log_line", f_irssi), ("google_chat_takeout_json_message", f_gchat)]


def usable(names, langs, words):
    res = []
    for code, name, script, sent in CANDIDATES:
        bad = code in names or code in langs or code in words or any(w.lower() in words or w.lower() in langs for w in name.split())
        if not bad:
            res.append((code, name, script, sent))
    return res


def build(pool, names, langs, words):
    rng = random.Random(SEED)
    langs_ok = usable(names, langs, words)[:40]
    out = []
    for i, (code, name, script, sent) in enumerate(langs_ok):
        fmt, f = FORMATS[i % len(FORMATS)]
        for _ in range(50):
            v = pool.draw(rng, owner_password)
            text = f(rng, rng.choice(USERS), sent.replace("{V}", v), i + 1)
            if count_overlapping(text, v) == 1:
                break
            pool.vals.remove(v)
        out.append(dict(type=SPAN_TYPE, container=fmt + "__" + code, text=text, value=v, source="prose", lang=(code, name, script)))
    return out, langs_ok
