"""Prose: a release engineer shares the upload-keystore password in their own language."""
import random, json
from common import M, owner_password, fill, rs, DIG

SEED = 5904
SPAN_TYPE = "upload_keystore_signing_password"
V = M
# (code, English name, sentence) - candidates in order; the first 40 passing the deny-list check are used
CANDIDATES = [
 ("en", "English", f"The upload keystore password for the Play release is {V} — please don't commit it to git."),
 ("de", "German", f"Das Passwort für den Upload-Keystore ist {V} — bitte nicht ins Git-Repo committen."),
 ("fr", "French", f"Le mot de passe du keystore d'upload est {V} — merci de ne pas le committer dans git."),
 ("es", "Spanish", f"La contraseña del keystore de subida es {V}; por favor, no la subas a git."),
 ("pt", "Portuguese", f"A senha do keystore de upload é {V} — por favor não faça commit dela no git."),
 ("it", "Italian", f"La password del keystore di upload è {V}, per favore non committarla su git."),
 ("ru", "Russian", f"Пароль от upload-кейстора: {V} — пожалуйста, не коммитьте его в git."),
 ("ja", "Japanese", f"アップロード用キーストアのパスワードは {V} です。git にはコミットしないでください。"),
 ("ko", "Korean", f"업로드 키스토어 비밀번호는 {V} 입니다. git에 커밋하지 마세요."),
 ("hi", "Hindi", f"अपलोड कीस्टोर का पासवर्ड {V} है — कृपया इसे git में कमिट न करें।"),
 ("bn", "Bengali", f"আপলোড কীস্টোরের পাসওয়ার্ড হলো {V} — দয়া করে এটা git-এ কমিট করবেন না।"),
 ("ta", "Tamil", f"அப்லோட் கீஸ்டோர் கடவுச்சொல் {V} — தயவுசெய்து இதை git-இல் கமிட் செய்ய வேண்டாம்."),
 ("te", "Telugu", f"అప్‌లోడ్ కీస్టోర్ పాస్‌వర్డ్ {V} — దయచేసి దీన్ని git లో కమిట్ చేయకండి."),
 ("mr", "Marathi", f"अपलोड कीस्टोअरचा पासवर्ड {V} आहे — कृपया तो git मध्ये कमिट करू नका."),
 ("ur", "Urdu", f"اپلوڈ کی اسٹور کا پاس ورڈ {V} ہے — براہ کرم اسے git میں کمٹ نہ کریں۔"),
 ("fa", "Persian", f"رمز عبور کی‌استور آپلود {V} است — لطفاً آن را در گیت کامیت نکنید."),
 ("tr", "Turkish", f"Yükleme keystore şifresi {V} — lütfen bunu git'e commit etmeyin."),
 ("pl", "Polish", f"Hasło do keystore'a uploadu to {V} — proszę nie commitować go do gita."),
 ("nl", "Dutch", f"Het wachtwoord van de upload-keystore is {V} — graag niet in git committen."),
 ("sv", "Swedish", f"Lösenordet till upload-keystoren är {V} — checka inte in det i git."),
 ("da", "Danish", f"Adgangskoden til upload-keystoren er {V} — lad venligst være med at committe den til git."),
 ("cs", "Czech", f"Heslo k upload keystoru je {V} — prosím necommitujte ho do gitu."),
 ("sk", "Slovak", f"Heslo k upload keystoru je {V} — prosím, necommitujte ho do gitu."),
 ("hu", "Hungarian", f"A feltöltési keystore jelszava {V} — kérlek, ne commitold be a gitbe."),
 ("ro", "Romanian", f"Parola pentru keystore-ul de upload este {V} — vă rog să nu o puneți în git."),
 ("bg", "Bulgarian", f"Паролата за upload keystore-а е {V} — моля, не я комитвайте в git."),
 ("uk", "Ukrainian", f"Пароль до upload-кейстора: {V} — будь ласка, не комітьте його в git."),
 ("el", "Greek", f"Ο κωδικός του upload keystore είναι {V} — παρακαλώ μην τον κάνετε commit στο git."),
 ("he", "Hebrew", f"הסיסמה של ה-keystore להעלאה היא {V} — בבקשה לא לעשות לה commit ל-git."),
 ("th", "Thai", f"รหัสผ่านของ upload keystore คือ {V} กรุณาอย่า commit ลง git"),
 ("vi", "Vietnamese", f"Mật khẩu của upload keystore là {V} — vui lòng đừng commit nó lên git."),
 ("id", "Indonesian", f"Kata sandi keystore upload adalah {V} — tolong jangan di-commit ke git."),
 ("ms", "Malay", f"Kata laluan keystore muat naik ialah {V} — tolong jangan commit ke dalam git."),
 ("sw", "Swahili", f"Nenosiri la keystore ya kupakia ni {V} — tafadhali usiliweke kwenye git."),
 ("am", "Amharic", f"የአፕሎድ ኪስቶር የይለፍ ቃል {V} ነው — እባክዎ ወደ git አያስገቡት።"),
 ("ha", "Hausa", f"Kalmar sirri ta keystore na lodawa ita ce {V} — don Allah kada ku saka ta a git."),
 ("yo", "Yoruba", f"Ọ̀rọ̀ aṣínà keystore ìgbéjáde ni {V} — jọ̀wọ́ ẹ má ṣe fi sí git."),
 ("zu", "Zulu", f"Iphasiwedi ye-keystore yokulayisha ngu- {V} — sicela ungayifaki ku-git."),
 ("hr", "Croatian", f"Lozinka za upload keystore je {V} — molim vas, nemojte je commitati u git."),
 ("sr", "Serbian", f"Лозинка за upload keystore је {V} — молим вас, немојте је комитовати у git."),
 ("lt", "Lithuanian", f"Įkėlimo keystore slaptažodis yra {V} — prašau jo nekomitinti į git."),
 ("lv", "Latvian", f"Augšupielādes keystore parole ir {V} — lūdzu, nekomitējiet to git."),
 ("et", "Estonian", f"Üleslaadimise keystore'i parool on {V} — palun ärge commitige seda giti."),
 ("is", "Icelandic", f"Lykilorðið að upload-keystore er {V} — vinsamlegast ekki setja það í git."),
 ("ga", "Irish", f"Is é pasfhocal an keystore uaslódála ná {V} — ná cuir isteach i git é, le do thoil."),
 ("cy", "Welsh", f"Cyfrinair y keystore uwchlwytho yw {V} — peidiwch â'i roi yn git, os gwelwch yn dda."),
 ("eu", "Basque", f"Igoera-keystorearen pasahitza {V} da — mesedez, ez egin commit git-era."),
 ("ca", "Catalan", f"La contrasenya del keystore de pujada és {V} — si us plau, no la pugeu a git."),
 ("gl", "Galician", f"O contrasinal do keystore de subida é {V} — por favor, non o subades a git."),
 ("mt", "Maltese", f"Il-password tal-keystore tal-upload hija {V} — jekk jogħġbok tagħmilhiex commit fil-git."),
 ("sq", "Albanian", f"Fjalëkalimi i keystore-it të ngarkimit është {V} — ju lutem mos e bëni commit në git."),
 ("mk", "Macedonian", f"Лозинката за upload keystore е {V} — ве молам, не ја комитувајте во git."),
 ("hy", "Armenian", f"Upload keystore-ի գաղտնաբառը {V} է — խնդրում եմ, մի՛ commit արեք այն git-ում։"),
 ("ka", "Georgian", f"ატვირთვის keystore-ის პაროლია {V} — გთხოვთ, git-ში ნუ დააკომიტებთ."),
 ("az", "Azerbaijani", f"Yükləmə keystore-un şifrəsi {V} — xahiş edirəm onu git-ə commit etməyin."),
 ("kk", "Kazakh", f"Жүктеу keystore құпиясөзі: {V} — өтінемін, оны git-ке коммит жасамаңыз."),
 ("uz", "Uzbek", f"Yuklash keystore paroli {V} — iltimos, uni git'ga commit qilmang."),
 ("mn", "Mongolian", f"Upload keystore-ын нууц үг {V} — үүнийг git рүү commit хийж болохгүй шүү."),
 ("km", "Khmer", f"ពាក្យសម្ងាត់ upload keystore គឺ {V} សូមកុំ commit វាទៅ git ។"),
 ("si", "Sinhala", f"අප්ලෝඩ් keystore මුරපදය {V} — කරුණාකර එය git එකට commit කරන්න එපා."),
 ("af", "Afrikaans", f"Die wagwoord vir die oplaai-keystore is {V} — moet dit asseblief nie na git commit nie."),
 ("so", "Somali", f"Furaha sirta ah ee keystore-ka soo gelinta waa {V} — fadlan ha gelin git."),
]

AUTHORS = ["Mika", "Noor", "Oren", "Priya", "Quang", "Rosa", "Sami", "Tomasz", "Uma", "Viktor"]


def _fmt(fmt, msg, r):
    who = r.choice(AUTHORS)
    ts = f"2024-{r.randint(1,12):02d}-{r.randint(1,28):02d}"
    hm = f"{r.randint(8,19):02d}:{r.randint(10,59)}"
    j = lambda o: json.dumps(o, ensure_ascii=False)
    if fmt == "discord_chatexporter_csv_row":
        return f'AuthorID,Author,Date,Content,Attachments,Reactions\n"{rs(r, DIG, 18)}","{who}#0","{ts}T{hm}:00","{msg}","",""\n'
    if fmt == "telegram_desktop_result_json_message":
        return j({"id": r.randint(1000, 99999), "type": "message", "date": f"{ts}T{hm}:05", "from": who, "text": msg}) + "\n"
    if fmt == "element_matrix_plaintext_export":
        return f"[{ts} {hm}] <@{who.lower()}:chat.apps.example> {msg}\n"
    if fmt == "line_talk_history_txt":
        return f"[LINE] Chat history with mobile-release\n{ts}\n{hm}\t{who}\t{msg}\n"
    if fmt == "zulip_export_message_json":
        return j({"sender_full_name": who, "stream": "mobile-release", "subject": "signing", "content": msg, "timestamp": 1717000000 + r.randint(0, 9999)}) + "\n"
    if fmt == "rocketchat_history_api_message":
        return j({"_id": rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 17), "rid": "GENERAL", "msg": msg, "u": {"username": who.lower()}, "ts": f"{ts}T{hm}:11.000Z"}) + "\n"
    if fmt == "mattermost_bulk_export_post_line":
        return j({"type": "post", "post": {"team": "mobile", "channel": "release", "user": who.lower(), "message": msg, "create_at": 1717000000000 + r.randint(0, 99999)}}) + "\n"
    if fmt == "google_chat_takeout_messages_json":
        return j({"messages": [{"creator": {"name": who, "user_type": "Human"}, "created_date": f"{ts} {hm} UTC", "text": msg}]}) + "\n"
    if fmt == "threema_backup_csv_row":
        return f'"identity","text","created_at","isoutbox"\n"{rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 8)}","{msg}","{ts} {hm}","0"\n'
    if fmt == "zalo_pc_export_txt_line":
        return f"{ts} {hm} - {who}: {msg}\n"
    raise KeyError(fmt)


FORMATS = ["discord_chatexporter_csv_row", "telegram_desktop_result_json_message", "element_matrix_plaintext_export",
           "line_talk_history_txt", "zulip_export_message_json", "rocketchat_history_api_message",
           "mattermost_bulk_export_post_line", "google_chat_takeout_messages_json", "threema_backup_csv_row", "zalo_pc_export_txt_line"]


def generate(pool, langs):
    """langs: list of (code, name, sentence) already filtered, len 40."""
    r = random.Random(SEED)
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        fmt = FORMATS[i % len(FORMATS)]
        val = pool.take(lambda: owner_password(r))
        tmpl = _fmt(fmt, sent, r)
        text, spans = fill(tmpl, [(val, SPAN_TYPE)])
        recs.append({"type": SPAN_TYPE, "container": f"{fmt}__{code}", "text": text, "secrets": spans, "source": "prose"})
    return recs
