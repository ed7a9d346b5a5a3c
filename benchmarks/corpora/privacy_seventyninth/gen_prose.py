"""Prose: a platform engineer shares the new Argo CD admin password, asks not to commit it."""
import json, random
from common import owner_password

SEED = 7904
TYPE = "gitops_admin_console_password"

# (code, English name, sentence with «P»); first 40 passing the language check are used
CANDIDATES = [
 ("de", "German", "Das neue Argo-CD-Admin-Passwort ist «P», bitte nicht ins Git-Repo committen."),
 ("fr", "French", "Le nouveau mot de passe admin d'Argo CD est «P», ne le commite pas dans le dépôt Git s'il te plaît."),
 ("es", "Spanish", "La nueva contraseña de admin de Argo CD es «P», por favor no la subas al repo de Git."),
 ("pt", "Portuguese", "A nova senha de admin do Argo CD é «P», por favor não faça commit dela no repositório Git."),
 ("nl", "Dutch", "Het nieuwe Argo CD-adminwachtwoord is «P», zet het alsjeblieft niet in de Git-repo."),
 ("sv", "Swedish", "Det nya adminlösenordet för Argo CD är «P», committa det inte till Git-repot."),
 ("da", "Danish", "Den nye admin-adgangskode til Argo CD er «P», commit den venligst ikke til Git-repoet."),
 ("nb", "Norwegian Bokmål", "Det nye adminpassordet til Argo CD er «P», ikke commit det til Git-repoet."),
 ("pl", "Polish", "Nowe hasło admina do Argo CD to «P», proszę nie commituj go do repozytorium Git."),
 ("cs", "Czech", "Nové heslo správce Argo CD je «P», prosím necommituj ho do Git repozitáře."),
 ("sk", "Slovak", "Nové heslo správcu Argo CD je «P», prosím necommituj ho do Git repozitára."),
 ("hu", "Hungarian", "Az Argo CD új admin jelszava «P», kérlek ne commitold a Git repóba."),
 ("ro", "Romanian", "Noua parolă de admin pentru Argo CD este «P», te rog nu o pune în repo-ul Git."),
 ("bg", "Bulgarian", "Новата админ парола за Argo CD е «P», моля не я комитвай в Git репото."),
 ("uk", "Ukrainian", "Новий пароль адміністратора Argo CD: «P», будь ласка, не комітьте його в Git-репозиторій."),
 ("ru", "Russian", "Новый пароль администратора Argo CD: «P», пожалуйста, не коммить его в Git-репозиторий."),
 ("el", "Greek", "Ο νέος κωδικός διαχειριστή του Argo CD είναι «P», σε παρακαλώ μην τον κάνεις commit στο Git repo."),
 ("tr", "Turkish", "Argo CD'nin yeni admin şifresi «P», lütfen Git reposuna commit etme."),
 ("ar", "Arabic", "كلمة مرور مدير Argo CD الجديدة هي «P» ، من فضلك لا تضعها في مستودع Git."),
 ("he", "Hebrew", "הסיסמה החדשה של מנהל Argo CD היא «P» , בבקשה אל תעשה לה commit לריפו של Git."),
 ("fa", "Persian", "رمز عبور جدید ادمین Argo CD این است: «P» ، لطفاً آن را در مخزن Git کامیت نکن."),
 ("hi", "Hindi", "Argo CD का नया एडमिन पासवर्ड «P» है, कृपया इसे Git रिपो में कमिट मत करना।"),
 ("bn", "Bengali", "Argo CD-র নতুন অ্যাডমিন পাসওয়ার্ড «P» , দয়া করে এটা Git রিপোতে কমিট কোরো না।"),
 ("ur", "Urdu", "Argo CD کا نیا ایڈمن پاس ورڈ «P» ہے، براہ کرم اسے Git ریپو میں کمٹ نہ کریں۔"),
 ("ta", "Tamil", "Argo CD-யின் புதிய அட்மின் கடவுச்சொல் «P» , தயவுசெய்து இதை Git ரெப்போவில் கமிட் செய்யாதீர்கள்."),
 ("te", "Telugu", "Argo CD కొత్త అడ్మిన్ పాస్‌వర్డ్ «P» , దయచేసి దీన్ని Git రెపోలో కమిట్ చేయవద్దు."),
 ("mr", "Marathi", "Argo CD चा नवीन अ‍ॅडमिन पासवर्ड «P» आहे, कृपया तो Git रेपोमध्ये कमिट करू नका."),
 ("th", "Thai", "รหัสผ่านแอดมินใหม่ของ Argo CD คือ «P» อย่าคอมมิตลง Git repo นะ"),
 ("vi", "Vietnamese", "Mật khẩu admin mới của Argo CD là «P», đừng commit nó vào repo Git nhé."),
 ("id", "Indonesian", "Kata sandi admin Argo CD yang baru adalah «P», tolong jangan di-commit ke repo Git."),
 ("ms", "Malay", "Kata laluan admin baharu Argo CD ialah «P», tolong jangan commit ke repo Git."),
 ("ja", "Japanese", "Argo CD の新しい管理者パスワードは «P» です。Git リポジトリにはコミットしないでください。"),
 ("ko", "Korean", "Argo CD 새 관리자 비밀번호는 «P» 입니다. Git 저장소에 커밋하지 마세요."),
 ("sw", "Swahili", "Nenosiri jipya la admin wa Argo CD ni «P», tafadhali usilicommit kwenye repo ya Git."),
 ("am", "Amharic", "የArgo CD አዲሱ የአስተዳዳሪ የይለፍ ቃል «P» ነው፣ እባክህ ወደ Git ሪፖ አታስገባው።"),
 ("ha", "Hausa", "Sabuwar kalmar sirri ta admin na Argo CD ita ce «P», don Allah kada ka saka ta a Git repo."),
 ("yo", "Yoruba", "Ọ̀rọ̀ aṣínà admin tuntun fún Argo CD ni «P», jọ̀wọ́ má ṣe fi sínú Git repo."),
 ("zu", "Zulu", "Iphasiwedi entsha ye-admin ye-Argo CD ithi «P», ngicela ungayifaki ku-Git repo."),
 ("so", "Somali", "Furaha sirta cusub ee admin-ka Argo CD waa «P», fadlan ha ku darin Git repo-ga."),
 ("et", "Estonian", "Argo CD uus adminiparool on «P», palun ära commiti seda Git-i reposse."),
 ("lv", "Latvian", "Jaunā Argo CD administratora parole ir «P», lūdzu, neliec to Git repozitorijā."),
 ("lt", "Lithuanian", "Naujas Argo CD administratoriaus slaptažodis yra «P», prašau jo necommitink į Git repozitoriją."),
 ("hr", "Croatian", "Nova admin lozinka za Argo CD je «P», molim te nemoj je commitati u Git repo."),
 ("sr", "Serbian", "Нова админ лозинка за Argo CD је «P», молим те немој да је комитујеш у Git репо."),
 ("is", "Icelandic", "Nýja stjórnandalykilorðið fyrir Argo CD er «P», vinsamlegast ekki setja það í Git-geymsluna."),
 ("ga", "Irish", "Is é «P» an pasfhocal riarthóra nua do Argo CD, ná cuir sa stór Git é, le do thoil."),
 ("cy", "Welsh", "Y cyfrinair gweinyddwr newydd ar gyfer Argo CD yw «P», plîs paid â'i roi yn y repo Git."),
 ("eu", "Basque", "Argo CD-ren admin pasahitz berria «P» da, mesedez ez egin commit Git biltegian."),
 ("ca", "Catalan", "La nova contrasenya d'administrador d'Argo CD és «P», si us plau no la pugis al repo de Git."),
 ("gl", "Galician", "O novo contrasinal de admin de Argo CD é «P», por favor non o subas ao repo de Git."),
 ("mt", "Maltese", "Il-password ġdida tal-admin ta' Argo CD hija «P», jekk jogħġbok tagħmilhiex commit fir-repo tal-Git."),
 ("ast", "Asturian", "La contraseña nueva d'alministrador d'Argo CD ye «P», por favor nun la xubas al repo de Git."),
 ("nds", "Low German", "Dat nee Adminpasswoort för Argo CD is «P», bitte nich in't Git-Repo committen."),
 ("ba", "Bashkir", "Argo CD өсөн яңы админ пароле — «P», зинһар, уны Git репозиторийға индермә."),
]

FORMATS = ["mattermost_bulk_export_jsonl_post", "rocketchat_message_export_csv_row", "zulip_realm_export_json_message",
           "element_room_export_txt_line", "teams_chat_export_html_div", "google_chat_takeout_json_message",
           "slack_workspace_export_json_message", "irssi_autolog_line", "discord_chat_exporter_csv_row",
           "telegram_desktop_result_json_message"]


def wrap(fmt, msg, f, i):
    u, ts = f["user"], f"{f['day']} {f['hh']}"
    if fmt == "mattermost_bulk_export_jsonl_post":
        return json.dumps({"type": "post", "post": {"team": "platform", "channel": "gitops", "user": u,
                           "message": msg, "create_at": 1717000000000 + i}}, ensure_ascii=False) + "\n"
    if fmt == "rocketchat_message_export_csv_row":
        return f"\"{ts}\",\"{u}\",\"#platform-ops\",\"{msg}\"\n"
    if fmt == "zulip_realm_export_json_message":
        return json.dumps({"id": 90000 + i, "sender_full_name": u, "subject": "argocd", "content": msg,
                           "date_sent": 1717000000 + i}, ensure_ascii=False, indent=1) + "\n"
    if fmt == "element_room_export_txt_line":
        return f"{ts} <@{u}:matrix.platform.example> {msg}\n"
    if fmt == "teams_chat_export_html_div":
        return f"<div class=\"message\"><span class=\"from\">{u}</span> <span class=\"time\">{ts}</span><div class=\"body\">{msg}</div></div>\n"
    if fmt == "google_chat_takeout_json_message":
        return json.dumps({"creator": {"name": u, "user_type": "Human"}, "created_date": ts, "text": msg,
                           "topic_id": f"t{i}"}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "slack_workspace_export_json_message":
        return json.dumps([{"type": "message", "user": f"U0{i:08d}", "text": msg, "ts": f"1717000{i:03d}.000100"}],
                          ensure_ascii=False, indent=4) + "\n"
    if fmt == "irssi_autolog_line":
        return f"{f['hh']} < {u}> {msg}\n"
    if fmt == "discord_chat_exporter_csv_row":
        return f"AuthorID,Author,Date,Content,Attachments,Reactions\n{300000000000000000 + i},{u},{ts},\"{msg}\",,\n"
    return json.dumps({"id": 5000 + i, "type": "message", "date": f"{f['day']}T{f['hh']}:00", "from": u,
                       "text": msg}, ensure_ascii=False, indent=1) + "\n"


def select(check):
    used, excluded = [], []
    for c in CANDIDATES:
        if len(used) == 40:
            break
        (used if check(c[0], c[1]) else excluded).append(c)
    return used, excluded


def generate(pool, fill, check):
    rng = random.Random(SEED)
    used, _ = select(check)
    recs = []
    for i, (code, name, sent) in enumerate(used):
        fmt = FORMATS[i % len(FORMATS)]
        v = pool.take(lambda: owner_password(rng))
        msg = sent.replace("«P»", v)
        text = wrap(fmt, msg, fill(rng), i)
        s = text.index(v)
        recs.append({"type": TYPE, "container": f"{fmt}__{code}", "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": TYPE}], "source": "prose"})
    return recs
