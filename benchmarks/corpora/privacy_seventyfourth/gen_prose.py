"""Prose part: a back-office colleague shares the shared macro/robot account password in chat."""
import random, json
from common import owner_password, place

PTYPE = 'shared_backoffice_robot_account_password'

# (code, English name, sentence with {v})
LANGS = [
 ('de', 'German', 'Das neue Passwort für das gemeinsame Robot-Konto der Schadenabteilung ist {v} – bitte nicht in die Gruppe posten.'),
 ('fr', 'French', 'Le nouveau mot de passe du compte robot partagé des sinistres est {v}, merci de ne pas le poster dans le groupe.'),
 ('es', 'Spanish', 'La nueva contraseña de la cuenta compartida del robot de siniestros es {v}, por favor no la publiques en el grupo.'),
 ('pt', 'Portuguese', 'A nova senha da conta partilhada do robô de sinistros é {v}, por favor não a publiquem no grupo.'),
 ('nl', 'Dutch', 'Het nieuwe wachtwoord van het gedeelde robotaccount voor schades is {v}, graag niet in de groep zetten.'),
 ('da', 'Danish', 'Den nye adgangskode til den fælles robotkonto i skadesafdelingen er {v} – lad være med at poste den i gruppen.'),
 ('sv', 'Swedish', 'Det nya lösenordet till det delade robotkontot för skador är {v}, lägg inte ut det i gruppen.'),
 ('nb', 'Norwegian', 'Det nye passordet til den felles robotkontoen for skader er {v}, ikke legg det ut i gruppa.'),
 ('pl', 'Polish', 'Nowe hasło do wspólnego konta robota działu szkód to {v}, proszę nie wrzucać go na grupę.'),
 ('cs', 'Czech', 'Nové heslo ke sdílenému účtu robota pro škody je {v}, prosím nedávejte ho do skupiny.'),
 ('sk', 'Slovak', 'Nové heslo k zdieľanému účtu robota pre škody je {v}, prosím nedávajte ho do skupiny.'),
 ('hu', 'Hungarian', 'A közös kárrendezési robotfiók új jelszava {v}, kérlek ne tedd ki a csoportba.'),
 ('ro', 'Romanian', 'Noua parolă a contului comun al robotului de daune este {v}, vă rog nu o postați în grup.'),
 ('bg', 'Bulgarian', 'Новата парола за общия робот акаунт на щетите е {v}, моля не я публикувайте в групата.'),
 ('hr', 'Croatian', 'Nova lozinka za zajednički robotski račun odjela šteta je {v}, molim vas ne objavljujte je u grupi.'),
 ('sr', 'Serbian', 'Нова лозинка за заједнички налог робота за штете је {v}, молим вас не објављујте је у групи.'),
 ('uk', 'Ukrainian', 'Новий пароль до спільного облікового запису робота з виплат: {v}, будь ласка, не публікуйте його в групі.'),
 ('ru', 'Russian', 'Новый пароль от общей учётной записи робота по убыткам: {v}, пожалуйста, не публикуйте его в группе.'),
 ('lt', 'Lithuanian', 'Naujas bendros žalų roboto paskyros slaptažodis yra {v}, prašau neskelbti jo grupėje.'),
 ('lv', 'Latvian', 'Jaunā kopīgā zaudējumu robota konta parole ir {v}, lūdzu, nepublicējiet to grupā.'),
 ('et', 'Estonian', 'Kahjukäsitluse ühise robotikonto uus parool on {v}, palun ära postita seda gruppi.'),
 ('el', 'Greek', 'Ο νέος κωδικός του κοινού λογαριασμού ρομπότ αποζημιώσεων είναι {v}, παρακαλώ μην τον αναρτήσετε στην ομάδα.'),
 ('tr', 'Turkish', 'Hasar biriminin ortak robot hesabının yeni şifresi {v}, lütfen gruba yazmayın.'),
 ('ar', 'Arabic', 'كلمة المرور الجديدة لحساب الروبوت المشترك لقسم المطالبات هي {v} ، من فضلك لا تنشرها في المجموعة.'),
 ('he', 'Hebrew', 'הסיסמה החדשה לחשבון הרובוט המשותף של מחלקת התביעות היא {v} , בבקשה לא לפרסם אותה בקבוצה.'),
 ('fa', 'Persian', 'رمز عبور جدید حساب مشترک ربات خسارت {v} است، لطفاً آن را در گروه نگذارید.'),
 ('hi', 'Hindi', 'क्लेम्स टीम के साझा रोबोट अकाउंट का नया पासवर्ड {v} है, कृपया इसे ग्रुप में पोस्ट न करें।'),
 ('bn', 'Bengali', 'ক্লেইম টিমের শেয়ার করা রোবট অ্যাকাউন্টের নতুন পাসওয়ার্ড {v} , দয়া করে গ্রুপে পোস্ট করবেন না।'),
 ('ur', 'Urdu', 'کلیمز ٹیم کے مشترکہ روبوٹ اکاؤنٹ کا نیا پاس ورڈ {v} ہے، براہ کرم اسے گروپ میں پوسٹ نہ کریں۔'),
 ('ta', 'Tamil', 'க்ளெய்ம்ஸ் குழுவின் பகிர்ந்த ரோபோ கணக்கின் புதிய கடவுச்சொல் {v} , தயவுசெய்து குழுவில் பதிவிட வேண்டாம்.'),
 ('te', 'Telugu', 'క్లెయిమ్స్ టీమ్ షేర్డ్ రోబో అకౌంట్ కొత్త పాస్‌వర్డ్ {v} , దయచేసి గ్రూప్‌లో పోస్ట్ చేయకండి.'),
 ('mr', 'Marathi', 'क्लेम्स टीमच्या सामायिक रोबोट खात्याचा नवीन पासवर्ड {v} आहे, कृपया तो ग्रुपमध्ये टाकू नका.'),
 ('th', 'Thai', 'รหัสผ่านใหม่ของบัญชีหุ่นยนต์ที่ใช้ร่วมกันของฝ่ายสินไหมคือ {v} กรุณาอย่าโพสต์ในกลุ่ม'),
 ('vi', 'Vietnamese', 'Mật khẩu mới của tài khoản robot dùng chung bộ phận bồi thường là {v}, vui lòng không đăng vào nhóm.'),
 ('ms', 'Malay', 'Kata laluan baharu akaun robot kongsi bahagian tuntutan ialah {v}, tolong jangan siarkan dalam kumpulan.'),
 ('ja', 'Japanese', '保険金チームの共有ロボットアカウントの新しいパスワードは {v} です。グループには投稿しないでください。'),
 ('ko', 'Korean', '보상팀 공용 로봇 계정의 새 비밀번호는 {v} 입니다. 단톡방에는 올리지 말아 주세요.'),
 ('sw', 'Swahili', 'Nenosiri jipya la akaunti ya pamoja ya roboti ya madai ni {v}, tafadhali usiliweke kwenye kikundi.'),
 ('af', 'Afrikaans', 'Die nuwe wagwoord vir die gedeelde eise-robotrekening is {v}, moet dit asseblief nie in die groep plaas nie.'),
 ('ca', 'Catalan', 'La nova contrasenya del compte compartit del robot de sinistres és {v}, si us plau no la publiqueu al grup.'),
 ('eu', 'Basque', 'Istripuen robot kontu partekatuaren pasahitz berria {v} da, mesedez ez argitaratu taldean.'),
 ('gl', 'Galician', 'O novo contrasinal da conta compartida do robot de sinistros é {v}, por favor non o publiquedes no grupo.'),
 ('ga', 'Irish', 'Is é {v} an focal faire nua don chuntas róbait roinnte, ná cuir sa ghrúpa é le do thoil.'),
 ('cy', 'Welsh', 'Y cyfrinair newydd ar gyfer y cyfrif robot a rennir yw {v}, peidiwch â’i bostio yn y grŵp os gwelwch yn dda.'),
 ('mt', 'Maltese', 'Il-password il-ġdida tal-kont komuni tar-robot tat-talbiet hija {v}, jekk jogħġbok tpoġġihiex fil-grupp.'),
 ('sq', 'Albanian', 'Fjalëkalimi i ri i llogarisë së përbashkët të robotit të dëmeve është {v}, ju lutem mos e postoni në grup.'),
 ('mk', 'Macedonian', 'Новата лозинка за заедничката сметка на роботот за штети е {v}, ве молам не ја објавувајте во групата.'),
 ('lb', 'Luxembourgish', 'Dat neit Passwuert fir de gemeinsame Roboter-Kont vun de Schueden ass {v}, w.e.g. net an de Grupp posten.'),
 ('zu', 'Zulu', 'Iphasiwedi entsha ye-akhawunti ye-robhothi eyabelwanayo yizimangalo ithi {v}, sicela ungayifaki eqenjini.'),
 ('yo', 'Yoruba', 'Ọ̀rọ̀ aṣínà tuntun fún àkọọ́lẹ̀ robot tí a jọ ń lò ni {v}, ẹ jọ̀ọ́ ẹ má fi sínú ẹgbẹ́.'),
 ('kk', 'Kazakh', 'Шығын бөлімінің ортақ робот аккаунтының жаңа құпиясөзі {v}, өтінемін, оны топқа салмаңыз.'),
 ('uz', 'Uzbek', 'Zararlar bo‘limining umumiy robot akkauntining yangi paroli {v}, iltimos, uni guruhga joylamang.'),
 ('mn', 'Mongolian', 'Нөхөн төлбөрийн хэлтсийн нийтийн робот бүртгэлийн шинэ нууц үг {v}, группт бүү нийтлээрэй.'),
 ('km', 'Khmer', 'ពាក្យសម្ងាត់ថ្មីនៃគណនីរ៉ូបូតរួម គឺ {v} សូមកុំបង្ហោះក្នុងក្រុម។'),
 ('si', 'Sinhala', 'හිමිකම් කණ්ඩායමේ හවුල් රොබෝ ගිණුමේ නව මුරපදය {v} , කරුණාකර එය සමූහයේ පළ නොකරන්න.'),
]

FORMATS = [
 ('teams_graph_chatmessage_json', lambda u, t, m: json.dumps({"@odata.type": "#microsoft.graph.chatMessage", "createdDateTime": t, "from": {"user": {"displayName": u}}, "body": {"contentType": "text", "content": m}}, ensure_ascii=False)),
 ('slack_workspace_export_json', lambda u, t, m: json.dumps({"type": "message", "user": "U0" + u.upper()[:6], "text": m, "ts": "1709%06d.000200" % (len(u) * 1111)}, ensure_ascii=False)),
 ('telegram_desktop_result_json', lambda u, t, m: json.dumps({"id": 4100 + len(m), "type": "message", "date": t, "from": u, "text": m}, ensure_ascii=False)),
 ('zoom_team_chat_txt', lambda u, t, m: '%s From %s to Claims Ops: %s' % (t[11:19], u, m)),
 ('webex_space_messages_json', lambda u, t, m: json.dumps({"roomType": "group", "personEmail": u + "@claims.example", "created": t + "Z", "text": m}, ensure_ascii=False)),
 ('google_chat_takeout_json', lambda u, t, m: json.dumps({"creator": {"name": u, "user_type": "Human"}, "created_date": t, "text": m}, ensure_ascii=False)),
 ('zulip_realm_export_json', lambda u, t, m: json.dumps({"sender_full_name": u, "subject": "robot accounts", "content": m, "timestamp": 1709000000 + len(m)}, ensure_ascii=False)),
 ('irssi_autolog_line', lambda u, t, m: '%s < %s> %s' % (t[11:16], u, m)),
 ('symphony_chat_export_csv', lambda u, t, m: '"%s","%s","%s"' % (t, u, m.replace('"', '""'))),
 ('bloomberg_ib_transcript_xml', lambda u, t, m: '<Message><DateTime>%s</DateTime><User><LoginName>%s</LoginName></User><Content>%s</Content></Message>' % (t, u, m)),
]


def generate(rng=None, langs=None):
    rng = rng or random.Random(7404)
    langs = langs if langs is not None else LANGS[:40]
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        fname, fmt = FORMATS[i % len(FORMATS)]
        v = owner_password(rng)
        u = rng.choice(['anna', 'jonas', 'mira', 'tomas', 'leyla', 'kenji', 'amara', 'ivo']) + str(rng.randint(1, 9))
        t = '2024-03-%02dT%02d:%02d:%02d' % (rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59))
        marker = '\ue000'
        text = fmt(u, t, sent.replace('{v}', marker))
        text, sp = place(text, v, PTYPE)
        recs.append({'type': PTYPE, 'container': fname + '__' + code, 'text': text, 'secrets': [sp], 'source': 'prose', '_lang': (code, name)})
    return recs
