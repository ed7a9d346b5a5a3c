import random, json
from common import *
M = MARK
SPAN = 'staging_database_shared_password'
LANGS = [
 ('fi', 'Finnish', 'Stagingin tietokannan salasana on ' + M + ', älä committaa sitä repoon.'),
 ('hu', 'Hungarian', 'A staging adatbázis jelszava ' + M + ', kérlek ne commitold a repóba.'),
 ('et', 'Estonian', 'Staging-andmebaasi parool on ' + M + ', palun ära pane seda repositooriumisse.'),
 ('lv', 'Latvian', 'Staging datubāzes parole ir ' + M + ', lūdzu, neievieto to repozitorijā.'),
 ('lt', 'Lithuanian', 'Staging duomenų bazės slaptažodis yra ' + M + ', prašau jo nekomituoti į repozitoriją.'),
 ('ro', 'Romanian', 'Parola bazei de date de staging este ' + M + ', te rog nu o pune în repo.'),
 ('bg', 'Bulgarian', 'Паролата за staging базата данни е ' + M + ', моля, не я комитвай в репото.'),
 ('uk', 'Ukrainian', 'Пароль до staging бази даних: ' + M + ', будь ласка, не комітьте його в репозиторій.'),
 ('sr', 'Serbian', 'Лозинка за staging базу података је ' + M + ', молим те не комитуј је у репо.'),
 ('hr', 'Croatian', 'Lozinka za staging bazu podataka je ' + M + ', molim te ne commitaj je u repozitorij.'),
 ('sk', 'Slovak', 'Heslo k staging databáze je ' + M + ', prosím, necommituj ho do repozitára.'),
 ('sq', 'Albanian', 'Fjalëkalimi i bazës së të dhënave staging është ' + M + ', të lutem mos e vendos në repo.'),
 ('mk', 'Macedonian', 'Лозинката за staging базата на податоци е ' + M + ', те молам не ја комитувај во репото.'),
 ('ka', 'Georgian', 'staging მონაცემთა ბაზის პაროლია ' + M + ', გთხოვ, რეპოზიტორიაში არ დაამატო.'),
 ('hy', 'Armenian', 'staging տվյալների բազայի գաղտնաբառը ' + M + ' է, խնդրում եմ այն ռեպոզիտորիայում չպահես։'),
 ('az', 'Azerbaijani', 'Staging verilənlər bazasının şifrəsi: ' + M + '. Xahiş edirəm onu repoya commit etmə.'),
 ('kk', 'Kazakh', 'Staging дерекқорының құпиясөзі: ' + M + ', өтінемін, оны репозиторийге коммиттеме.'),
 ('uz', 'Uzbek', "Staging ma'lumotlar bazasining paroli: " + M + ', iltimos, uni repoga commit qilmang.'),
 ('mn', 'Mongolian', 'Staging өгөгдлийн сангийн нууц үг: ' + M + ', үүнийг репо руу commit хийж болохгүй шүү.'),
 ('fa', 'Persian', 'رمز عبور پایگاه داده staging این است: ' + M + ' لطفاً آن را در مخزن کامیت نکن.'),
 ('ur', 'Urdu', 'staging ڈیٹا بیس کا پاس ورڈ یہ ہے: ' + M + ' براہ کرم اسے ریپو میں کمٹ نہ کریں۔'),
 ('bn', 'Bengali', 'staging ডাটাবেসের পাসওয়ার্ড হলো ' + M + ', দয়া করে এটা রিপোতে কমিট করবেন না।'),
 ('ta', 'Tamil', 'staging தரவுத்தளத்தின் கடவுச்சொல் ' + M + ', தயவுசெய்து இதை ரெப்போவில் கமிட் செய்ய வேண்டாம்.'),
 ('te', 'Telugu', 'staging డేటాబేస్ పాస్‌వర్డ్ ' + M + ', దయచేసి దీన్ని రిపోలో కమిట్ చేయవద్దు.'),
 ('mr', 'Marathi', 'staging डेटाबेसचा पासवर्ड ' + M + ' आहे, कृपया तो रिपोमध्ये कमिट करू नका.'),
 ('th', 'Thai', 'รหัสผ่านฐานข้อมูล staging คือ ' + M + ' อย่าคอมมิตลง repo นะ'),
 ('vi', 'Vietnamese', 'Mật khẩu database staging là ' + M + ', đừng commit nó lên repo nhé.'),
 ('tl', 'Tagalog', 'Ang password ng staging database ay ' + M + ', pakiusap huwag itong i-commit sa repo.'),
 ('ha', 'Hausa', 'Kalmar sirri ta staging database ita ce ' + M + ', don Allah kar ka saka ta a repo.'),
 ('yo', 'Yoruba', 'Ọ̀rọ̀ aṣínà database staging ni ' + M + ', jọ̀wọ́ má ṣe fi sínú repo.'),
 ('ig', 'Igbo', 'Okwuntughe nke staging database bụ ' + M + ', biko etinyela ya na repo.'),
 ('cy', 'Welsh', 'Cyfrinair cronfa ddata staging yw ' + M + ", paid â'i gomitio i'r repo os gweli di'n dda."),
 ('ga', 'Irish', 'Is é ' + M + ' pasfhocal an bhunachair sonraí staging, ná cuir sa stór é le do thoil.'),
 ('eu', 'Basque', 'Staging datu-basearen pasahitza ' + M + ' da, mesedez ez egin commit-ik repoan.'),
 ('ca', 'Catalan', 'La contrasenya de la base de dades de staging és ' + M + ', si us plau no la pugis al repo.'),
 ('gl', 'Galician', 'O contrasinal da base de datos de staging é ' + M + ', por favor non o subas ao repo.'),
 ('mt', 'Maltese', 'Il-password tad-database tal-istaging hija ' + M + ', jekk jogħġbok tagħmilhiex commit fir-repo.'),
 ('lb', 'Luxembourgish', "D'Passwuert vun der Staging-Datebank ass " + M + ', w.e.g. net an de Repo committen.'),
 ('eo', 'Esperanto', 'La pasvorto de la staging-datumbazo estas ' + M + ', bonvolu ne enmeti ĝin en la deponejon.'),
 ('af', 'Afrikaans', 'Die wagwoord vir die staging-databasis is ' + M + ', moenie dit asseblief in die repo commit nie.'),
 ('jv', 'Javanese', 'Sandhi database staging yaiku ' + M + ', tulung aja di-commit menyang repo.'),
 ('mg', 'Malagasy', "Ny tenimiafina an'ny database staging dia " + M + ', aza atao ao amin\'ny repo azafady.'),
 ('sn', 'Shona', 'Password ye staging database ndeye ' + M + ', ndapota usaiise mu repo.'),
 ('ne', 'Nepali', 'staging डाटाबेसको पासवर्ड ' + M + ' हो, कृपया यसलाई रिपोमा कमिट नगर्नुहोस्।'),
 ('km', 'Khmer', 'ពាក្យសម្ងាត់ database staging គឺ ' + M + ' សូមកុំ commit វាទៅ repo។'),
 ('si', 'Sinhala', 'staging දත්ත ගබඩාවේ මුරපදය ' + M + ', කරුණාකර එය repo එකට commit කරන්න එපා.'),
 ('ky', 'Kyrgyz', 'Staging маалымат базасынын сырсөзү: ' + M + ', сураныч, аны репого коммит кылба.'),
]
NAMES = ['Aino', 'Bence', 'Kertu', 'Ilze', 'Rokas', 'Ioana', 'Petar', 'Olena', 'Milan', 'Ivana']

def f_slack(m, who, ts): return json.dumps([{'type': 'message', 'user': 'U0' + str(1000 + ts), 'text': m, 'ts': str(1741000000 + ts) + '.000200'}], ensure_ascii=False, indent=1)
def f_discord(m, who, ts): return 'AuthorID,Author,Date,Content,Attachments,Reactions\n"4418' + str(ts) + '","' + who + '","2025-03-05T10:' + str(10 + ts % 50) + ':00+01:00","' + m + '","",""\n'
def f_telegram(m, who, ts): return json.dumps({'id': 880 + ts, 'type': 'message', 'date': '2025-03-05T11:02:' + str(10 + ts % 50), 'from': who, 'text': m}, ensure_ascii=False, indent=1)
def f_whatsapp(m, who, ts): return '05/03/2025, 11:' + str(10 + ts % 50) + ' - ' + who + ': ' + m + '\n'
def f_signal(m, who, ts): return '### ' + who + ' — 2025-03-05 12:' + str(10 + ts % 50) + '\n\n' + m + '\n'
def f_teams(m, who, ts): return json.dumps({'messageType': 'message', 'from': {'user': {'displayName': who}}, 'body': {'contentType': 'html', 'content': '<p>' + m + '</p>'}}, ensure_ascii=False, indent=1)
def f_rocket(m, who, ts): return json.dumps({'_id': 'x' + str(ts), 'rid': 'GENERAL', 'msg': m, 'u': {'username': who.lower()}, 'ts': {'$date': '2025-03-05T09:00:00Z'}}, ensure_ascii=False)
def f_zulip(m, who, ts): return json.dumps({'id': 5100 + ts, 'sender_full_name': who, 'subject': 'staging', 'content': m, 'type': 'stream'}, ensure_ascii=False, indent=1)
def f_line(m, who, ts): return '2025.03.05 Wednesday\n13:' + str(10 + ts % 50) + '\t' + who + '\t' + m + '\n'
def f_weechat(m, who, ts): return '2025-03-05 14:' + str(10 + ts % 50) + ':07\t' + who.lower() + '\t' + m + '\n'
FORMATS = [('slack_workspace_export_day_json', f_slack), ('discord_chat_exporter_csv', f_discord),
 ('telegram_desktop_result_json_message', f_telegram), ('whatsapp_android_txt_export', f_whatsapp),
 ('signal_desktop_markdown_export', f_signal), ('teams_graph_chatmessage_json', f_teams),
 ('rocketchat_message_export_json', f_rocket), ('zulip_realm_export_message', f_zulip),
 ('line_talk_history_txt', f_line), ('weechat_buffer_log_tsv', f_weechat)]

def build(d, language_ok, seed=4804):
    r = random.Random(seed)
    langs = [l for l in LANGS if language_ok(l[0], l[1], d)][:40]
    dropped = [l[:2] for l in LANGS if not language_ok(l[0], l[1], d)]
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        fname, f = FORMATS[i % len(FORMATS)]
        val = password(r)
        val = val.replace('"', '').replace('\\', '')
        who = NAMES[i % len(NAMES)]
        body = f(sent.replace(M, val), who, i)
        n = body.count(val); assert n == 1
        s = body.index(val)
        recs.append({'type': SPAN, 'container': fname + '__' + code, 'text': body,
                     'secrets': [{'value': val, 'start': s, 'end': s + len(val), 'type': SPAN}], 'source': 'prose'})
    return recs, langs, dropped, [f[0] for f in FORMATS]
