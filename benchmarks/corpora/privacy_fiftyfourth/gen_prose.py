"""Prose part: a data lead shares the shared warehouse login in 40 languages, 10 new chat-export formats."""
import random, json
from common import R, uniq, mark, finalize, ALNUM, DIG, WORDS, PEOPLE

SEED = 5404
SPAN_TYPE = "shared_warehouse_login_password"

# (code, English name, sentence with {V})  -- candidates in order; the first 40 that pass the language check are used
LANGS = [
 ("de", "German", "Das Passwort für den gemeinsamen Warehouse-Login ist {V} – bitte nicht ins Notebook kopieren."),
 ("fr", "French", "Le mot de passe du compte partagé de l'entrepôt de données est {V}, merci de ne pas le coller dans le notebook."),
 ("es", "Spanish", "La contraseña del usuario compartido del almacén de datos es {V}; por favor, no la pegues en el notebook."),
 ("pt", "Portuguese", "A senha do login compartilhado do data warehouse é {V}, por favor não cole no notebook."),
 ("nl", "Dutch", "Het wachtwoord van de gedeelde datawarehouse-login is {V}, plak het alsjeblieft niet in het notebook."),
 ("sv", "Swedish", "Lösenordet till den delade inloggningen för datalagret är {V}, klistra inte in det i notebooken."),
 ("da", "Danish", "Adgangskoden til det fælles datavarehus-login er {V}, indsæt den venligst ikke i notebooken."),
 ("fi", "Finnish", "Tietovaraston yhteisen tunnuksen salasana on {V}, älä liitä sitä notebookiin."),
 ("pl", "Polish", "Hasło do wspólnego konta hurtowni danych to {V}, proszę nie wklejaj go do notatnika."),
 ("cs", "Czech", "Heslo ke sdílenému účtu datového skladu je {V}, prosím nevkládej ho do notebooku."),
 ("hu", "Hungarian", "A közös adattárház-fiók jelszava {V}, kérlek, ne másold be a notebookba."),
 ("ro", "Romanian", "Parola contului comun al depozitului de date este {V}, te rog să nu o lipești în notebook."),
 ("bg", "Bulgarian", "Паролата за общия акаунт към хранилището за данни е {V}, моля, не я поставяй в notebook-а."),
 ("el", "Greek", "Ο κωδικός του κοινού λογαριασμού της αποθήκης δεδομένων είναι {V}, μην τον επικολλήσεις στο notebook."),
 ("tr", "Turkish", "Ortak veri ambarı hesabının şifresi {V}, lütfen notebook'a yapıştırma."),
 ("ru", "Russian", "Пароль от общего логина хранилища данных: {V}, пожалуйста, не вставляй его в Jupyter-блокнот."),
 ("uk", "Ukrainian", "Пароль від спільного логіна сховища даних: {V}, будь ласка, не встав його в Jupyter-блокнот."),
 ("ko", "Korean", "공용 데이터 웨어하우스 계정 비밀번호는 {V} 입니다. 노트북에 붙여넣지 마세요."),
 ("vi", "Vietnamese", "Mật khẩu tài khoản dùng chung của kho dữ liệu là {V}, đừng dán nó vào notebook nhé."),
 ("ms", "Malay", "Kata laluan akaun kongsi gudang data ialah {V}, tolong jangan tampal dalam notebook."),
 ("bn", "Bengali", "শেয়ার করা ডেটা ওয়্যারহাউস লগইনের পাসওয়ার্ড {V}, দয়া করে নোটবুকে পেস্ট করবেন না।"),
 ("ta", "Tamil", "பகிரப்பட்ட டேட்டா வேர்ஹவுஸ் கணக்கின் கடவுச்சொல் {V}, தயவுசெய்து அதை நோட்புக்கில் ஒட்ட வேண்டாம்."),
 ("te", "Telugu", "షేర్ చేసిన డేటా వేర్‌హౌస్ ఖాతా పాస్‌వర్డ్ {V}, దయచేసి దాన్ని నోట్‌బుక్‌లో పేస్ట్ చేయవద్దు."),
 ("mr", "Marathi", "शेअर केलेल्या डेटा वेअरहाऊस लॉगिनचा पासवर्ड {V} आहे, कृपया तो नोटबुकमध्ये पेस्ट करू नका."),
 ("ur", "Urdu", "مشترکہ ڈیٹا ویئرہاؤس لاگ اِن کا پاس ورڈ {V} ہے، براہ کرم اسے نوٹ بک میں پیسٹ نہ کریں۔"),
 ("fa", "Persian", "رمز عبور حساب مشترک انبار داده {V} است، لطفاً آن را در نوت‌بوک نچسبانید."),
 ("he", "Hebrew", "הסיסמה של המשתמש המשותף במחסן הנתונים היא {V}, בבקשה לא להדביק אותה במחברת."),
 ("sw", "Swahili", "Nenosiri la akaunti ya pamoja ya ghala la data ni {V}, tafadhali usilibandike kwenye notebook."),
 ("yo", "Yoruba", "Ọ̀rọ̀ aṣínà àkọọ́lẹ̀ àjọlò ilé ìpamọ́ dátà ni {V}, jọ̀wọ́ má ṣe lẹ̀ ẹ́ sínú notebook."),
 ("zu", "Zulu", "Iphasiwedi ye-akhawunti ehlanganyelwe yendawo yokugcina idatha ithi {V}, sicela ungayifaki ku-notebook."),
 ("af", "Afrikaans", "Die wagwoord vir die gedeelde datapakhuis-aanmelding is {V}, moet dit asseblief nie in die notebook plak nie."),
 ("am", "Amharic", "የጋራ የዳታ ማከማቻ መለያ የይለፍ ቃል {V} ነው፤ እባክህ ኖትቡክ ውስጥ አትለጥፈው።"),
 ("ha", "Hausa", "Kalmar sirri ta asusun bai ɗaya na ma'ajiyar bayanai ita ce {V}, don Allah kar ka liƙa ta a notebook."),
 ("et", "Estonian", "Andmelao ühise konto parool on {V}, palun ära kleebi seda notebooki."),
 ("lv", "Latvian", "Datu noliktavas kopīgā konta parole ir {V}, lūdzu, neielīmē to piezīmju grāmatiņā."),
 ("lt", "Lithuanian", "Bendros duomenų saugyklos paskyros slaptažodis yra {V}, prašau neįklijuok jo į užrašų knygelę."),
 ("hr", "Croatian", "Lozinka zajedničkog računa skladišta podataka je {V}, molim te, ne lijepi je u bilježnicu."),
 ("sr", "Serbian", "Лозинка заједничког налога складишта података је {V}, молим те, не лепи је у свеску."),
 ("ka", "Georgian", "მონაცემთა საცავის საერთო ანგარიშის პაროლია {V}, გთხოვ, ნუ ჩასვამ ნოუთბუქში."),
 ("az", "Azerbaijani", "Məlumat anbarının ortaq hesabının şifrəsi belədir: {V}. Xahiş edirəm, onu notebook-a yapışdırma."),
 # spares
 ("mk", "Macedonian", "Лозинката за заедничката сметка на складиштето на податоци е {V}, те молам не ја лепи во тетратката."),
 ("kk", "Kazakh", "Деректер қоймасының ортақ аккаунтының құпия сөзі {V}, өтінемін, оны блокнотқа қоймаңыз."),
 ("eu", "Basque", "Datu-biltegiko kontu partekatuaren pasahitza {V} da, mesedez ez itsatsi notebookean."),
 ("gl", "Galician", "O contrasinal da conta compartida do almacén de datos é {V}, por favor non o pegues no notebook."),
]

FORMATS = [
 "mattermost_bulk_export_jsonl_post", "rocketchat_room_export_csv_row", "zulip_realm_export_message_json",
 "google_chat_takeout_message_json", "discord_chat_exporter_txt_block", "element_matrix_room_event_json",
 "webex_space_messages_api_json", "telegram_desktop_result_json_message", "slack_export_channel_json_message",
 "threema_chat_export_txt_line",
]


def _render(fmt, rng, who, msg):
    ts = 1735700000 + rng.randint(0, 9000000)
    if fmt == "mattermost_bulk_export_jsonl_post":
        return '{"type":"post","post":{"team":"data","channel":"warehouse","user":"%s","message":%s,"create_at":%d000}}' % (who.lower().replace(" ", "."), json.dumps(msg, ensure_ascii=False), ts)
    if fmt == "rocketchat_room_export_csv_row":
        return 'Username,Date,Message\n%s,2025-0%d-1%d 09:%02d,"%s"' % (who.lower().replace(" ", "."), rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 59), msg.replace('"', '""'))
    if fmt == "zulip_realm_export_message_json":
        return json.dumps({"id": rng.randint(10**6, 10**7), "sender_full_name": who, "subject": "warehouse access", "content": msg, "date_sent": ts}, ensure_ascii=False)
    if fmt == "google_chat_takeout_message_json":
        return json.dumps({"creator": {"name": who, "user_type": "Human"}, "created_date": "Tuesday, March 4, 2025 at 9:%02d:00 AM UTC" % rng.randint(10, 59), "text": msg, "topic_id": R(rng, ALNUM, 11)}, ensure_ascii=False, indent=1)
    if fmt == "discord_chat_exporter_txt_block":
        return "==============================================================\nGuild: Data Guild\nChannel: #warehouse\n==============================================================\n\n[03/0%d/2025 10:%02d] %s\n%s\n" % (rng.randint(1, 9), rng.randint(10, 59), who, msg)
    if fmt == "element_matrix_room_event_json":
        return json.dumps({"type": "m.room.message", "sender": "@%s:matrix.data.example" % who.lower().replace(" ", ""), "content": {"msgtype": "m.text", "body": msg}, "origin_server_ts": ts * 1000, "event_id": "$" + R(rng, ALNUM, 43)}, ensure_ascii=False)
    if fmt == "webex_space_messages_api_json":
        return json.dumps({"items": [{"id": "Y2lzY29zcGFyazovL3VzL01FU1NBR0Uv" + R(rng, ALNUM, 20), "roomType": "group", "text": msg, "personEmail": who.lower().replace(" ", ".") + "@data.example", "created": "2025-03-0%dT10:%02d:00.000Z" % (rng.randint(1, 9), rng.randint(10, 59))}]}, ensure_ascii=False, indent=2)
    if fmt == "telegram_desktop_result_json_message":
        return json.dumps({"id": rng.randint(1000, 99999), "type": "message", "date": "2025-03-0%dT11:%02d:07" % (rng.randint(1, 9), rng.randint(10, 59)), "from": who, "from_id": "user%d" % rng.randint(10**8, 10**9), "text": msg}, ensure_ascii=False, indent=1)
    if fmt == "slack_export_channel_json_message":
        return json.dumps([{"type": "message", "user": "U0" + R(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9), "text": msg, "ts": "%d.%06d" % (ts, rng.randint(0, 999999)), "user_profile": {"real_name": who}}], ensure_ascii=False, indent=4)
    if fmt == "threema_chat_export_txt_line":
        return "[0%d.03.25 %02d:%02d] %s: %s" % (rng.randint(1, 9), rng.randint(8, 18), rng.randint(0, 59), who, msg)
    raise KeyError(fmt)


def _pw(rng):
    return uniq(lambda: rng.choice(WORDS).capitalize() + R(rng, ALNUM, rng.randint(6, 9)) + R(rng, DIG, 2) + rng.choice("!*+"))


def generate(frozen, language_ok):
    rng = random.Random(SEED)
    langs = [l for l in LANGS if language_ok(l[0], l[1], frozen)][:40]
    assert len(langs) == 40
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        fmt = FORMATS[i % len(FORMATS)]
        v = _pw(rng)
        msg = sent.replace("{V}", mark(v))
        text, spans = finalize(_render(fmt, rng, rng.choice(PEOPLE), msg), [SPAN_TYPE])
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + code, "text": text, "secrets": spans, "source": "prose"})
    return recs, langs
