import json, random
from common import *

# (iso639-3, English name, sentence with {p})
LANGS = [
 ('deu', 'German', 'Neues Passwort für den gemeinsamen Staging-Testaccount qa-bot: {p} – bitte nicht in den Bugreport kopieren.'),
 ('fra', 'French', 'Nouveau mot de passe du compte de test partagé qa-bot sur staging : {p} – merci de ne pas le coller dans le rapport de bug.'),
 ('spa', 'Spanish', 'Nueva contraseña de la cuenta de pruebas compartida qa-bot en staging: {p} — por favor no la peguéis en el reporte del bug.'),
 ('por', 'Portuguese', 'Nova senha da conta de teste compartilhada qa-bot no staging: {p} — por favor não colem no relatório de bug.'),
 ('nld', 'Dutch', 'Nieuw wachtwoord voor het gedeelde staging-testaccount qa-bot: {p} – plak het alsjeblieft niet in het bugrapport.'),
 ('swe', 'Swedish', 'Nytt lösenord för det delade testkontot qa-bot i staging: {p} – klistra inte in det i buggrapporten.'),
 ('pol', 'Polish', 'Nowe hasło do wspólnego konta testowego qa-bot na stagingu: {p} – proszę nie wklejać go do zgłoszenia błędu.'),
 ('ces', 'Czech', 'Nové heslo ke sdílenému testovacímu účtu qa-bot na stagingu: {p} – prosím nevkládejte ho do hlášení chyby.'),
 ('hun', 'Hungarian', 'Az új jelszó a közös qa-bot staging tesztfiókhoz: {p} – kérlek, ne másoljátok be a hibajegybe.'),
 ('ron', 'Romanian', 'Parola nouă pentru contul de test comun qa-bot de pe staging: {p} – vă rog să nu o lipiți în raportul de bug.'),
 ('srp', 'Serbian', 'Нова лозинка за заједнички тест налог qa-bot на стејџингу: {p} – молим вас, не лепите је у пријаву грешке.'),
 ('sqi', 'Albanian', 'Fjalëkalimi i ri për llogarinë e përbashkët të testimit qa-bot në staging: {p} – ju lutem mos e ngjitni në raportin e gabimit.'),
 ('ell', 'Greek', 'Νέος κωδικός για τον κοινό δοκιμαστικό λογαριασμό qa-bot στο staging: {p} – παρακαλώ μην τον επικολλήσετε στην αναφορά σφάλματος.'),
 ('tur', 'Turkish', 'Ortak staging test hesabı qa-bot için yeni şifre: {p} – lütfen hata raporuna yapıştırmayın.'),
 ('rus', 'Russian', 'Новый пароль для общего тестового аккаунта qa-bot на стейджинге: {p} – пожалуйста, не вставляйте его в баг-репорт.'),
 ('ukr', 'Ukrainian', 'Новий пароль до спільного тестового акаунта qa-bot на стейджингу: {p} – будь ласка, не вставляйте його в баг-репорт.'),
 ('lit', 'Lithuanian', 'Naujas bendros testinės paskyros qa-bot slaptažodis staging aplinkoje: {p} – prašau neįklijuoti jo į klaidos ataskaitą.'),
 ('est', 'Estonian', 'Jagatud testkonto qa-bot uus parool staging-keskkonnas: {p} – palun ärge kleepige seda veateatesse.'),
 ('cym', 'Welsh', 'Cyfrinair newydd y cyfrif prawf a rennir qa-bot ar staging: {p} – peidiwch â’i ludo yn yr adroddiad nam, os gwelwch yn dda.'),
 ('gle', 'Irish', 'Pasfhocal nua don chuntas tástála comhroinnte qa-bot ar staging: {p} – ná greamaigh é sa tuairisc fabht, le do thoil.'),
 ('eus', 'Basque', 'Staging-eko qa-bot proba-kontu partekatuaren pasahitz berria: {p} – mesedez, ez itsatsi akats-txostenean.'),
 ('cat', 'Catalan', 'Contrasenya nova del compte de proves compartit qa-bot a staging: {p} – si us plau, no l’enganxeu a l’informe d’error.'),
 ('mlt', 'Maltese', 'Password ġdida għall-kont tat-test komuni qa-bot fuq staging: {p} – jekk jogħġbok tpoġġihiex fir-rapport tal-bug.'),
 ('hye', 'Armenian', 'Staging-ի ընդհանուր qa-bot թեստային հաշվի նոր գաղտնաբառը՝ {p} – խնդրում եմ, մի տեղադրեք այն սխալի հաշվետվության մեջ։'),
 ('kat', 'Georgian', 'staging-ზე საერთო სატესტო ანგარიშის qa-bot ახალი პაროლი: {p} – გთხოვთ, ნუ ჩასვამთ ბაგ-რეპორტში.'),
 ('kaz', 'Kazakh', 'Staging-тегі ортақ qa-bot тест аккаунтының жаңа құпиясөзі: {p} – өтінемін, оны қате туралы есепке қоймаңыздар.'),
 ('khk', 'Mongolian', 'Staging дээрх нийтийн qa-bot тест бүртгэлийн шинэ нууц үг: {p} – алдааны тайланд бүү хуулаарай.'),
 ('fas', 'Persian', 'رمز جدید حساب تست مشترک qa-bot روی staging: {p} – لطفاً آن را در گزارش باگ نچسبانید.'),
 ('urd', 'Urdu', 'اسٹیجنگ پر مشترکہ ٹیسٹ اکاؤنٹ qa-bot کا نیا پاس ورڈ: {p} – براہ کرم اسے بگ رپورٹ میں پیسٹ نہ کریں۔'),
 ('hin', 'Hindi', 'स्टेजिंग पर साझा टेस्ट अकाउंट qa-bot का नया पासवर्ड: {p} – कृपया इसे बग रिपोर्ट में पेस्ट न करें।'),
 ('mar', 'Marathi', 'स्टेजिंगवरील सामायिक टेस्ट खाते qa-bot चा नवीन पासवर्ड: {p} – कृपया तो बग रिपोर्टमध्ये पेस्ट करू नका.'),
 ('tam', 'Tamil', 'ஸ்டேஜிங்கில் உள்ள பகிரப்பட்ட சோதனைக் கணக்கு qa-bot இன் புதிய கடவுச்சொல்: {p} – தயவுசெய்து இதை பிழை அறிக்கையில் ஒட்ட வேண்டாம்.'),
 ('tel', 'Telugu', 'స్టేజింగ్‌లోని షేర్డ్ టెస్ట్ ఖాతా qa-bot కొత్త పాస్‌వర్డ్: {p} – దయచేసి దీన్ని బగ్ రిపోర్ట్‌లో పేస్ట్ చేయకండి.'),
 ('sin', 'Sinhala', 'staging හි පොදු පරීක්ෂණ ගිණුම qa-bot සඳහා නව මුරපදය: {p} – කරුණාකර එය දෝෂ වාර්තාවට අලවන්න එපා.'),
 ('tha', 'Thai', 'รหัสผ่านใหม่ของบัญชีทดสอบที่ใช้ร่วมกัน qa-bot บน staging คือ {p} กรุณาอย่าวางลงในรายงานบั๊ก'),
 ('vie', 'Vietnamese', 'Mật khẩu mới của tài khoản test dùng chung qa-bot trên staging: {p} – đừng dán nó vào bug report nhé.'),
 ('khm', 'Khmer', 'ពាក្យសម្ងាត់ថ្មីសម្រាប់គណនីសាកល្បងរួម qa-bot នៅលើ staging គឺ {p} សូមកុំបិទភ្ជាប់វាក្នុងរបាយការណ៍កំហុស។'),
 ('kor', 'Korean', '스테이징 공용 테스트 계정 qa-bot 새 비밀번호: {p} – 버그 리포트에는 붙여넣지 말아 주세요.'),
 ('jpn', 'Japanese', 'ステージングの共有テストアカウント qa-bot の新しいパスワード: {p} ――バグレポートには貼らないでください。'),
 ('zsm', 'Malay', 'Kata laluan baharu untuk akaun ujian kongsi qa-bot di staging: {p} – tolong jangan tampal dalam laporan pepijat.'),
 ('swh', 'Swahili', 'Nenosiri jipya la akaunti ya majaribio ya pamoja qa-bot kwenye staging: {p} – tafadhali msiliweke kwenye ripoti ya hitilafu.'),
 ('dan', 'Danish', 'Ny adgangskode til den fælles testkonto qa-bot på staging: {p} – indsæt den ikke i fejlrapporten.'),
 ('nob', 'Norwegian', 'Nytt passord for den delte testkontoen qa-bot i staging: {p} – ikke lim det inn i feilrapporten.'),
 ('slk', 'Slovak', 'Nové heslo k zdieľanému testovaciemu účtu qa-bot na stagingu: {p} – prosím, nevkladajte ho do hlásenia chyby.'),
 ('hrv', 'Croatian', 'Nova lozinka za zajednički testni račun qa-bot na stagingu: {p} – molim vas, ne lijepite je u prijavu greške.'),
 ('mkd', 'Macedonian', 'Нова лозинка за заедничката тест сметка qa-bot на staging: {p} – ве молам, не ја лепете во пријавата за грешка.'),
 ('glg', 'Galician', 'Contrasinal novo da conta de probas compartida qa-bot en staging: {p} – por favor, non o peguedes no informe do erro.'),
 ('lav', 'Latvian', 'Jaunā parole kopīgajam testa kontam qa-bot staging vidē: {p} – lūdzu, neielīmējiet to kļūdas ziņojumā.'),
 ('ltz', 'Luxembourgish', 'Neit Passwuert fir de gemeinsamen Testkont qa-bot um Staging: {p} – w.e.g. net an de Bugrapport kopéieren.'),
 ('aze', 'Azerbaijani', 'Staging-də ortaq qa-bot test hesabının yeni şifrəsi: {p} – xahiş edirəm, onu xəta hesabatına yapışdırmayın.'),
 ('uzb', 'Uzbek', 'Stagingdagi umumiy qa-bot test akkauntining yangi paroli: {p} – iltimos, uni xato hisobotiga joylashtirmang.'),
 ('bul', 'Bulgarian', 'Новата парола за общия тестов акаунт qa-bot в staging: {p} – моля, не я поставяйте в доклада за бъга.'),
]

# (format, renderer(name, msg, i) -> text)
def _json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)

FORMATS = {
 'slack_export_channel_day_json': lambda u, m, i: _json([{'type': 'message', 'user': 'U0' + str(4812 + i), 'text': m, 'ts': '17%08d.000%d00' % (i * 997, i % 10)}]),
 'teams_graph_chatmessage_json': lambda u, m, i: _json({'messageType': 'message', 'from': {'user': {'displayName': u}}, 'body': {'contentType': 'text', 'content': m}}),
 'zulip_export_message_json': lambda u, m, i: _json({'sender_full_name': u, 'stream': 'qa-staging', 'subject': 'shared accounts', 'content': m}),
 'telegram_desktop_result_json': lambda u, m, i: _json({'id': 9000 + i, 'type': 'message', 'from': u, 'text': m}),
 'irssi_autolog_line': lambda u, m, i: '%02d:%02d <%s> %s' % (9 + i % 8, (i * 7) % 60, u, m),
 'element_matrix_txt_export': lambda u, m, i: '%s\n%s\n' % (u, m),
 'google_chat_takeout_messages_json': lambda u, m, i: _json({'messages': [{'creator': {'name': u}, 'text': m, 'topic_id': 'qa%d' % i}]}),
 'pidgin_html_log_line': lambda u, m, i: '<font color="#16569E"><font size="2">(%02d:15:0%d)</font> <b>%s:</b></font> %s<br/>' % (10 + i % 9, i % 10, u, m),
 'threema_txt_export_line': lambda u, m, i: '[%02d/03/2026, 11:2%d] %s: %s' % (1 + i % 28, i % 10, u, m),
 'webex_space_transcript_txt': lambda u, m, i: '%s  11:%02d AM\n%s' % (u, i % 60, m),
}
NAMES = ['Ana', 'Bram', 'Chiara', 'Dmytro', 'Elif', 'Farah', 'Goran', 'Hyejin', 'Ilse', 'Jomo']

def generate(langs, seed=8004):
    r = random.Random(seed)
    fmts = list(FORMATS)
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        p = owner_pw(r)
        fmt = fmts[i % len(fmts)]
        msg = sent.replace('{p}', p)
        text = FORMATS[fmt](r.choice(NAMES), msg, i)
        s = text.index(p)
        t = 'shared_staging_test_account_password'
        recs.append(dict(type=t, container=fmt + '__' + code, text=text, secrets=[dict(value=p, start=s, end=s + len(p), type=t)], source='prose'))
    return recs
