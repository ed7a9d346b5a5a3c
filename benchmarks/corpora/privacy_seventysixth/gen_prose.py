"""Prose part: an SSO admin shares the new break-glass IdP admin password in their own language."""
import json, random
from common import password, fill

SPAN_TYPE = 'idp_break_glass_admin_password'

# (code, English name, sentence with {V}); candidates in order, the first 40 passing the language check are used
CANDIDATES = [
 ('fr', 'French', "Le nouveau mot de passe du compte admin de secours de l'IdP est {V}, ne le colle pas dans le ticket stp."),
 ('de', 'German', 'Das neue Passwort für das Notfall-Admin-Konto im IdP ist {V} – bitte nicht ins Ticket kopieren.'),
 ('es', 'Spanish', 'La nueva contraseña de la cuenta de administrador de emergencia del IdP es {V}, no la pegues en el ticket, por favor.'),
 ('pt', 'Portuguese', 'A nova senha da conta de administrador de emergência do IdP é {V}, não cole no chamado, por favor.'),
 ('nl', 'Dutch', 'Het nieuwe wachtwoord van het noodbeheerdersaccount van de IdP is {V}, plak het alsjeblieft niet in het ticket.'),
 ('sv', 'Swedish', 'Det nya lösenordet för IdP:ns nödadminkonto är {V}, klistra inte in det i ärendet.'),
 ('da', 'Danish', 'Den nye adgangskode til IdP-ens nødadministratorkonto er {V}, lad være med at indsætte den i sagen.'),
 ('pl', 'Polish', 'Nowe hasło do awaryjnego konta administratora IdP to {V}, nie wklejaj go proszę do zgłoszenia.'),
 ('cs', 'Czech', 'Nové heslo k nouzovému administrátorskému účtu IdP je {V}, prosím nevkládej ho do tiketu.'),
 ('sk', 'Slovak', 'Nové heslo k núdzovému administrátorskému účtu IdP je {V}, prosím nevkladaj ho do tiketu.'),
 ('hu', 'Hungarian', 'Az IdP vészhelyzeti adminfiókjának új jelszava {V}, kérlek, ne másold be a jegybe.'),
 ('ro', 'Romanian', 'Noua parolă a contului de administrator de urgență din IdP este {V}, te rog nu o lipi în tichet.'),
 ('bg', 'Bulgarian', 'Новата парола за аварийния администраторски акаунт в IdP е {V}, моля, не я поставяй в тикета.'),
 ('ru', 'Russian', 'Новый пароль аварийной учётной записи администратора IdP — {V}, пожалуйста, не вставляй его в тикет.'),
 ('uk', 'Ukrainian', 'Новий пароль аварійного облікового запису адміністратора IdP — {V}, будь ласка, не встав його в тікет.'),
 ('el', 'Greek', 'Ο νέος κωδικός του λογαριασμού διαχειριστή έκτακτης ανάγκης του IdP είναι {V}, μην τον επικολλήσεις στο ticket.'),
 ('tr', 'Turkish', 'IdP acil durum yönetici hesabının yeni şifresi {V}, lütfen bilete yapıştırma.'),
 ('ar', 'Arabic', 'كلمة المرور الجديدة لحساب المسؤول الطارئ في IdP هي {V} ، من فضلك لا تلصقها في التذكرة.'),
 ('he', 'Hebrew', 'הסיסמה החדשה לחשבון מנהל החירום של ה-IdP היא {V} , בבקשה אל תדביק אותה בכרטיס.'),
 ('fa', 'Persian', 'رمز عبور جدید حساب مدیر اضطراری IdP این است: {V} لطفاً آن را در تیکت نچسبان.'),
 ('bn', 'Bengali', 'IdP-এর জরুরি অ্যাডমিন অ্যাকাউন্টের নতুন পাসওয়ার্ড {V} , দয়া করে টিকিটে পেস্ট করবেন না।'),
 ('ur', 'Urdu', 'IdP کے ہنگامی ایڈمن اکاؤنٹ کا نیا پاس ورڈ {V} ہے، براہ کرم اسے ٹکٹ میں پیسٹ نہ کریں۔'),
 ('ta', 'Tamil', 'IdP அவசர நிர்வாகி கணக்கின் புதிய கடவுச்சொல் {V} , தயவுசெய்து அதை டிக்கெட்டில் ஒட்ட வேண்டாம்.'),
 ('te', 'Telugu', 'IdP అత్యవసర అడ్మిన్ ఖాతా కొత్త పాస్‌వర్డ్ {V} , దయచేసి దాన్ని టికెట్‌లో పేస్ట్ చేయకండి.'),
 ('mr', 'Marathi', 'IdP च्या आपत्कालीन अ‍ॅडमिन खात्याचा नवीन पासवर्ड {V} आहे, कृपया तो तिकिटात पेस्ट करू नका.'),
 ('th', 'Thai', 'รหัสผ่านใหม่ของบัญชีแอดมินฉุกเฉินของ IdP คือ {V} อย่าวางลงในทิกเก็ตนะ'),
 ('vi', 'Vietnamese', 'Mật khẩu mới của tài khoản quản trị khẩn cấp trên IdP là {V} , đừng dán vào ticket nhé.'),
 ('ms', 'Malay', 'Kata laluan baharu akaun pentadbir kecemasan IdP ialah {V} , tolong jangan tampal dalam tiket.'),
 ('ja', 'Japanese', 'IdPの緊急用管理者アカウントの新しいパスワードは {V} です。チケットには貼らないでください。'),
 ('ko', 'Korean', 'IdP 비상 관리자 계정의 새 비밀번호는 {V} 입니다. 티켓에 붙여넣지 마세요.'),
 ('sw', 'Swahili', 'Nenosiri jipya la akaunti ya dharura ya msimamizi wa IdP ni {V} , tafadhali usilibandike kwenye tiketi.'),
 ('yo', 'Yoruba', 'Ọ̀rọ̀ aṣínà tuntun fún àkọọ́lẹ̀ alákòóso pajawiri IdP ni {V} , jọ̀wọ́ má ṣe lẹ̀ ẹ́ sínú tíkẹ́ẹ̀tì.'),
 ('ha', 'Hausa', 'Sabuwar kalmar sirri ta asusun mai gudanarwa na gaggawa na IdP ita ce {V} , don Allah kada ka liƙa ta a tikiti.'),
 ('zu', 'Zulu', 'Iphasiwedi entsha ye-akhawunti yomlawuli yesimo esiphuthumayo ku-IdP ithi {V} , ngicela ungayinamathiseli kuthikithi.'),
 ('af', 'Afrikaans', 'Die nuwe wagwoord vir die IdP se nood-admin-rekening is {V} , moet dit asseblief nie in die kaartjie plak nie.'),
 ('sq', 'Albanian', 'Fjalëkalimi i ri i llogarisë së administratorit të emergjencës në IdP është {V} , të lutem mos e ngjit në tiketë.'),
 ('sr', 'Serbian', 'Нова лозинка за хитни администраторски налог у IdP-у је {V} , молим те не лепи је у тикет.'),
 ('hr', 'Croatian', 'Nova lozinka za hitni administratorski račun u IdP-u je {V} , molim te nemoj je lijepiti u tiket.'),
 ('mk', 'Macedonian', 'Новата лозинка за итната администраторска сметка во IdP е {V} , те молам не ја лепи во тикетот.'),
 ('lt', 'Lithuanian', 'Naujas IdP avarinės administratoriaus paskyros slaptažodis yra {V} , prašau neįklijuok jo į užklausą.'),
 ('lv', 'Latvian', 'Jaunā IdP avārijas administratora konta parole ir {V} , lūdzu, neielīmē to biļetē.'),
 ('et', 'Estonian', 'IdP hädaolukorra administraatori konto uus parool on {V} , palun ära kleebi seda piletisse.'),
 ('ga', 'Irish', 'Is é {V} an pasfhocal nua don chuntas riarthóra éigeandála san IdP, ná greamaigh sa ticéad é, le do thoil.'),
 ('cy', 'Welsh', "Y cyfrinair newydd ar gyfer cyfrif gweinyddwr brys yr IdP yw {V} , paid â'i ludo yn y tocyn os gweli di'n dda."),
 ('eu', 'Basque', 'IdPko larrialdiko administratzaile-kontuaren pasahitz berria {V} da, mesedez ez itsatsi txartelean.'),
 ('ca', 'Catalan', "La nova contrasenya del compte d'administrador d'emergència de l'IdP és {V} , si us plau no l'enganxis al tiquet."),
 ('gl', 'Galician', 'O novo contrasinal da conta de administrador de emerxencia do IdP é {V} , por favor non o pegues no ticket.'),
 ('mt', 'Maltese', "Il-password il-ġdida tal-kont tal-amministratur tal-emerġenza tal-IdP hija {V} , jekk jogħġbok tpejstjahiex fit-ticket."),
 ('lb', 'Luxembourgish', 'Dat neit Passwuert vum Noutfall-Admin-Kont am IdP ass {V} , w.e.g. net an den Ticket pechen.'),
 ('eo', 'Esperanto', 'La nova pasvorto de la kriza administranta konto de la IdP estas {V} , bonvolu ne alglui ĝin en la bileton.'),
 ('mn', 'Mongolian', 'IdP-ийн яаралтай админ бүртгэлийн шинэ нууц үг {V} , тасалбар руу бүү хуулаарай.'),
 ('kk', 'Kazakh', 'IdP апаттық әкімші тіркелгісінің жаңа құпиясөзі {V} , оны билетке қоймаңызшы.'),
 ('uz', 'Uzbek', 'IdP favqulodda administrator hisobining yangi paroli {V} , iltimos, uni chiptaga joylashtirmang.'),
 ('km', 'Khmer', 'ពាក្យសម្ងាត់ថ្មីនៃគណនីអ្នកគ្រប់គ្រងបន្ទាន់របស់ IdP គឺ {V} សូមកុំបិទភ្ជាប់វាក្នុងសំបុត្រ។'),
 ('si', 'Sinhala', 'IdP හදිසි පරිපාලක ගිණුමේ නව මුරපදය {V} වේ, කරුණාකර එය ටිකට් එකට අලවන්න එපා.'),
 ('am', 'Amharic', 'የIdP የአደጋ ጊዜ አስተዳዳሪ መለያ አዲሱ የይለፍ ቃል {V} ነው፣ እባክህ በቲኬቱ ውስጥ አትለጥፈው።'),
]

FORMATS = [
 ('ms_teams_graph_chatmessage_json', lambda n, ts, m: json.dumps({'messageType': 'message', 'createdDateTime': ts + ':00Z', 'from': {'user': {'displayName': n}}, 'body': {'contentType': 'text', 'content': m}}, ensure_ascii=False) + '\n'),
 ('google_chat_takeout_messages_json', lambda n, ts, m: json.dumps({'creator': {'name': n, 'user_type': 'Human'}, 'created_date': ts, 'text': m}, ensure_ascii=False, indent=2) + '\n'),
 ('zulip_realm_export_message_json', lambda n, ts, m: json.dumps({'sender_full_name': n, 'subject': 'idp-cutover', 'content': m, 'date_sent': ts}, ensure_ascii=False) + '\n'),
 ('webex_space_transcript_line', lambda n, ts, m: '%s | %s | %s\n' % (ts, n, m)),
 ('telegram_desktop_result_json_message', lambda n, ts, m: json.dumps({'id': 4100, 'type': 'message', 'date': ts.replace(' ', 'T') + ':00', 'from': n, 'text': m}, ensure_ascii=False) + '\n'),
 ('imessage_chat_db_csv_row', lambda n, ts, m: 'date,handle,is_from_me,text\n"%s","%s",0,"%s"\n' % (ts, n, m)),
 ('irssi_autolog_line', lambda n, ts, m: '--- Log opened %s\n%s <@%s> %s\n' % (ts[:10], ts[11:], n, m)),
 ('pidgin_html_log_line', lambda n, ts, m: '<font color="#A82F2F"><font size="2">(%s)</font> <b>%s:</b></font> %s<br/>\n' % (ts[11:], n, m)),
 ('wire_desktop_backup_json_event', lambda n, ts, m: json.dumps({'type': 'conversation.message-add', 'time': ts, 'from_name': n, 'data': {'content': m}}, ensure_ascii=False) + '\n'),
 ('element_android_plaintext_export_line', lambda n, ts, m: '[%s] %s: %s\n' % (ts, n, m)),
]

NAMES = ['Amélie', 'Jonas', 'Lucía', 'Bram', 'Kasia', 'Ioana', 'Dimitra', 'Emre', 'Yara', 'Noa', 'Arjun', 'Linh',
         'Haruto', 'Minji', 'Amani', 'Tunde', 'Sipho', 'Ardit', 'Marko', 'Rūta', 'Siôn', 'Aitor', 'Nuria', 'Bolor']


def select(frozen):
    from denylist import language_ok
    ok = [c for c in CANDIDATES if language_ok(c[0], c[1], frozen)]
    excluded = [c[0] for c in CANDIDATES if not language_ok(c[0], c[1], frozen)]
    return ok[:40], excluded, [c[0] for c in ok[40:]]


def generate(pool, frozen):
    r = random.Random(7604)
    langs, _, _ = select(frozen)
    recs = []
    for i, (code, eng, sent) in enumerate(langs):
        fmt, fn = FORMATS[i % len(FORMATS)]
        v = pool.take(lambda: password(r))
        ts = '2024-%02d-%02d %02d:%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
        msg = sent.replace('{V}', '\ue000')
        raw = fn(r.choice(NAMES), ts, msg)
        text, s, e = fill(raw.replace('\ue000', '{V}'), v, {})
        recs.append({'type': SPAN_TYPE, 'container': fmt + '__' + code, 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': SPAN_TYPE}], 'source': 'prose'})
    return recs
