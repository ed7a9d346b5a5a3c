"""Prose: a dispatcher shares the new dispatch-portal shared-login password in their own language."""
import random, json
from common import owner_pw, fresh, rec, SLOT

SPAN_TYPE = 'dispatch_portal_shared_login_password'
V = SLOT
# (code, English name, sentence); the first 40 that pass the deny-list check are used.
CANDIDATES = [
 ('de', 'German', f'Das neue Passwort für den gemeinsamen Dispo-Portal-Login ist {V} – bitte nicht in die Fahrergruppe posten.'),
 ('fr', 'French', f'Le nouveau mot de passe du compte partagé du portail de dispatch est {V}, merci de ne pas le poster dans le groupe des chauffeurs.'),
 ('es', 'Spanish', f'La nueva contraseña de la cuenta compartida del portal de despacho es {V}, por favor no la pongáis en el grupo de conductores.'),
 ('it', 'Italian', f'La nuova password dell\'account condiviso del portale di dispatch è {V}, per favore non scrivetela nel gruppo degli autisti.'),
 ('pt', 'Portuguese', f'A nova senha da conta partilhada do portal de expedição é {V}, por favor não a publiquem no grupo dos motoristas.'),
 ('nl', 'Dutch', f'Het nieuwe wachtwoord voor de gedeelde login van het planningsportaal is {V}, zet het alsjeblieft niet in de chauffeursgroep.'),
 ('sv', 'Swedish', f'Det nya lösenordet till det delade inloggningskontot i transportportalen är {V}, lägg inte upp det i förargruppen.'),
 ('da', 'Danish', f'Den nye adgangskode til det fælles login på disponentportalen er {V}, lad være med at skrive den i chaufførgruppen.'),
 ('pl', 'Polish', f'Nowe hasło do wspólnego konta w portalu spedycyjnym to {V}, proszę nie wrzucajcie go na grupę kierowców.'),
 ('cs', 'Czech', f'Nové heslo ke sdílenému účtu dispečerského portálu je {V}, prosím nedávejte ho do skupiny řidičů.'),
 ('sk', 'Slovak', f'Nové heslo k zdieľanému účtu dispečerského portálu je {V}, prosím nedávajte ho do skupiny vodičov.'),
 ('hu', 'Hungarian', f'A diszpécserportál közös fiókjának új jelszava {V}, kérlek ne tegyétek ki a sofőrcsoportba.'),
 ('ro', 'Romanian', f'Noua parolă pentru contul comun din portalul de dispecerat este {V}, vă rog să nu o puneți în grupul șoferilor.'),
 ('bg', 'Bulgarian', f'Новата парола за общия акаунт в диспечерския портал е {V}, моля, не я пускайте в групата на шофьорите.'),
 ('hr', 'Croatian', f'Nova lozinka za zajednički račun dispečerskog portala je {V}, molim vas ne stavljajte je u grupu vozača.'),
 ('sr', 'Serbian', f'Нова лозинка за заједнички налог диспечерског портала је {V}, молим вас не стављајте је у групу возача.'),
 ('uk', 'Ukrainian', f'Новий пароль до спільного облікового запису диспетчерського порталу — {V}, будь ласка, не пишіть його в групу водіїв.'),
 ('ru', 'Russian', f'Новый пароль от общего аккаунта диспетчерского портала — {V}, пожалуйста, не публикуйте его в группе водителей.'),
 ('el', 'Greek', f'Ο νέος κωδικός για τον κοινό λογαριασμό της πύλης διανομής είναι {V}, παρακαλώ μην τον γράψετε στην ομάδα των οδηγών.'),
 ('tr', 'Turkish', f'Sevkiyat portalının ortak hesabının yeni şifresi {V}, lütfen şoför grubuna yazmayın.'),
 ('fa', 'Persian', f'رمز جدید حساب مشترک پرتال اعزام {V} است، لطفاً آن را در گروه رانندگان نگذارید.'),
 ('hi', 'Hindi', f'डिस्पैच पोर्टल के साझा लॉगिन का नया पासवर्ड {V} है, कृपया इसे ड्राइवर ग्रुप में न डालें।'),
 ('bn', 'Bengali', f'ডিসপ্যাচ পোর্টালের শেয়ার করা লগইনের নতুন পাসওয়ার্ড {V}, দয়া করে এটা ড্রাইভার গ্রুপে দেবেন না।'),
 ('ur', 'Urdu', f'ڈسپیچ پورٹل کے مشترکہ لاگ اِن کا نیا پاس ورڈ {V} ہے، براہ کرم اسے ڈرائیور گروپ میں نہ ڈالیں۔'),
 ('ta', 'Tamil', f'டிஸ்பாட்ச் போர்ட்டலின் பொது கணக்கின் புதிய கடவுச்சொல் {V}, தயவுசெய்து அதை ஓட்டுநர் குழுவில் போடாதீர்கள்.'),
 ('te', 'Telugu', f'డిస్పాచ్ పోర్టల్ షేర్డ్ లాగిన్ కొత్త పాస్‌వర్డ్ {V}, దయచేసి దాన్ని డ్రైవర్ల గ్రూప్‌లో పెట్టకండి.'),
 ('mr', 'Marathi', f'डिस्पॅच पोर्टलच्या सामायिक लॉगिनचा नवीन पासवर्ड {V} आहे, कृपया तो ड्रायव्हर ग्रुपवर टाकू नका.'),
 ('th', 'Thai', f'รหัสผ่านใหม่ของบัญชีกลางพอร์ทัลจัดส่งคือ {V} กรุณาอย่าโพสต์ในกลุ่มคนขับ'),
 ('vi', 'Vietnamese', f'Mật khẩu mới của tài khoản dùng chung trên cổng điều phối là {V}, đừng đăng nó vào nhóm tài xế nhé.'),
 ('ms', 'Malay', f'Kata laluan baharu untuk akaun kongsi portal penghantaran ialah {V}, tolong jangan kongsi dalam kumpulan pemandu.'),
 ('ja', 'Japanese', f'配車ポータルの共有ログインの新しいパスワードは {V} です。ドライバーのグループには貼らないでください。'),
 ('ko', 'Korean', f'배차 포털 공용 계정의 새 비밀번호는 {V} 입니다. 기사님 단톡방에는 올리지 말아 주세요.'),
 ('sw', 'Swahili', f'Nenosiri jipya la akaunti ya pamoja ya tovuti ya usafirishaji ni {V}, tafadhali msiliweke kwenye kikundi cha madereva.'),
 ('am', 'Amharic', f'የጋራ የመላኪያ ፖርታል መለያ አዲሱ የይለፍ ቃል {V} ነው፤ እባካችሁ በሾፌሮች ቡድን ውስጥ አትለጥፉት።'),
 ('yo', 'Yoruba', f'Ọ̀rọ̀ aṣínà tuntun fún àkọọ́lẹ̀ àjọlò ti pọ́tà ìfiránṣẹ́ ni {V}, ẹ jọ̀wọ́ ẹ má fi sí ẹgbẹ́ àwọn awakọ̀.'),
 ('ha', 'Hausa', f'Sabuwar kalmar sirri ta asusun haɗin gwiwa na tashar jigilar kaya ita ce {V}, don Allah kar ku saka ta a rukunin direbobi.'),
 ('zu', 'Zulu', f'Iphasiwedi entsha ye-akhawunti esabelwana ngayo yephothali yokuthumela ithi {V}, ngicela ningayifaki eqenjini labashayeli.'),
 ('so', 'Somali', f'Furaha sirta ah ee cusub ee akoonka wadaagga ah ee bogga dirista waa {V}, fadlan ha dhigina kooxda darawalada.'),
 ('et', 'Estonian', f'Dispetšerportaali ühiskonto uus parool on {V}, palun ärge pange seda autojuhtide gruppi.'),
 ('lv', 'Latvian', f'Dispečeru portāla kopīgā konta jaunā parole ir {V}, lūdzu, nelieciet to šoferu grupā.'),
 ('lt', 'Lithuanian', f'Naujas bendros dispečerių portalo paskyros slaptažodis yra {V}, prašau nedėkite jo į vairuotojų grupę.'),
 ('is', 'Icelandic', f'Nýja lykilorðið að sameiginlega aðganginum á flutningsgáttinni er {V}, vinsamlegast setjið það ekki í bílstjórahópinn.'),
 ('ga', 'Irish', f'Is é {V} an pasfhocal nua don chuntas comhroinnte ar thairseach an dáilithe, ná cuir sa ghrúpa tiománaithe é le do thoil.'),
 ('cy', 'Welsh', f'Y cyfrinair newydd ar gyfer cyfrif a rennir y porth anfon yw {V}, peidiwch â’i roi yn y grŵp gyrwyr os gwelwch yn dda.'),
 ('eu', 'Basque', f'Banaketa atariko kontu partekatuaren pasahitz berria {V} da, mesedez ez jarri gidarien taldean.'),
 ('ca', 'Catalan', f'La nova contrasenya del compte compartit del portal d\'expedicions és {V}, si us plau no la pengeu al grup de conductors.'),
 ('gl', 'Galician', f'O novo contrasinal da conta compartida do portal de expedición é {V}, por favor non o poñades no grupo de condutores.'),
 ('sq', 'Albanian', f'Fjalëkalimi i ri i llogarisë së përbashkët të portalit të dërgesave është {V}, ju lutem mos e postoni në grupin e shoferëve.'),
 ('mk', 'Macedonian', f'Новата лозинка за заедничката сметка на диспечерскиот портал е {V}, ве молам не ја ставајте во групата на возачите.'),
 ('hy', 'Armenian', f'Առաքման պորտալի ընդհանուր հաշվի նոր գաղտնաբառն է {V}, խնդրում եմ այն չգրել վարորդների խմբում։'),
 ('ka', 'Georgian', f'დისპეტჩერის პორტალის საერთო ანგარიშის ახალი პაროლია {V}, გთხოვთ, მძღოლების ჯგუფში ნუ დადებთ.'),
 ('az', 'Azerbaijani', f'Göndərmə portalının ortaq hesabının yeni şifrəsi {V}-dir, xahiş edirəm onu sürücülər qrupuna yazmayın.'),
 ('kk', 'Kazakh', f'Диспетчерлік порталдың ортақ аккаунтының жаңа құпиясөзі {V}, өтінемін, оны жүргізушілер тобына салмаңыздар.'),
 ('uz', 'Uzbek', f'Dispetcherlik portalining umumiy akkaunti uchun yangi parol {V}, iltimos, uni haydovchilar guruhiga yozmang.'),
 ('mn', 'Mongolian', f'Диспетчерийн порталын нийтийн бүртгэлийн шинэ нууц үг {V}, жолооч нарын группт бүү тавиарай.'),
 ('km', 'Khmer', f'ពាក្យសម្ងាត់ថ្មីសម្រាប់គណនីរួមនៃវិបផតថលបញ្ជូនគឺ {V} សូមកុំដាក់វាក្នុងក្រុមអ្នកបើកបរ។'),
 ('si', 'Sinhala', f'යැවීමේ ද්වාරයේ පොදු ගිණුමේ නව මුරපදය {V} වේ, කරුණාකර එය රියදුරු කණ්ඩායමට දමන්න එපා.'),
 ('mt', 'Maltese', f'Il-password il-ġdida tal-kont komuni tal-portal tad-dispaċċ hija {V}, jekk jogħġbok tpoġġihiex fil-grupp tax-xufiera.'),
 ('lb', 'Luxembourgish', f'Dat neit Passwuert fir de gemeinsame Login vum Dispo-Portal ass {V}, w.e.g. net an d\'Chauffeursgrupp setzen.'),
 ('af', 'Afrikaans', f'Die nuwe wagwoord vir die gedeelde rekening op die versendingsportaal is {V}, moet dit asseblief nie in die drywersgroep plaas nie.'),
 ('eo', 'Esperanto', f'La nova pasvorto de la komuna konto de la ekspeda portalo estas {V}, bonvolu ne afiŝi ĝin en la grupo de ŝoforoj.'),
]

FORMATS = {
 'telegram_desktop_result_json_message': lambda d, who, body: json.dumps({'id': d, 'type': 'message', 'date': '2024-03-%02dT05:%02d:00' % (d % 28 + 1, d % 60), 'from': who, 'text': body}, ensure_ascii=False) + '\n',
 'slack_export_channel_day_json': lambda d, who, body: json.dumps([{'type': 'message', 'user': 'U0%dDISP' % d, 'user_name': who, 'text': body, 'ts': '17100%05d.000200' % d}], ensure_ascii=False) + '\n',
 'discordchatexporter_csv_row': lambda d, who, body: 'AuthorID,Author,Date,Content,Attachments,Reactions\n"8123%d","%s","03/%02d/2024 05:12","%s","",""\n' % (d, who, d % 28 + 1, body.replace('"', '""')),
 'line_chat_history_txt_line': lambda d, who, body: '2024/03/%02d(Sat)\n05:%02d\t%s\t%s\n' % (d % 28 + 1, d % 60, who, body),
 'mattermost_bulk_export_jsonl_post': lambda d, who, body: json.dumps({'type': 'post', 'post': {'team': 'fleet', 'channel': 'dispatch-%d' % d, 'user': who, 'message': body, 'create_at': 1710000000000 + d}}, ensure_ascii=False) + '\n',
 'zello_ptt_transcript_line': lambda d, who, body: '[Zello] channel "Depot %d" %s (voice-to-text): %s\n' % (d, who, body),
 'element_matrix_export_json_event': lambda d, who, body: json.dumps({'type': 'm.room.message', 'sender': '@%s:fleet.example' % who, 'content': {'msgtype': 'm.text', 'body': body}, 'event_id': '$ev%d' % d}, ensure_ascii=False) + '\n',
 'google_chat_takeout_messages_json': lambda d, who, body: json.dumps({'messages': [{'creator': {'name': who, 'user_type': 'Human'}, 'created_date': 'Saturday, March %d, 2024 at 5:12:00 AM UTC' % (d % 28 + 1), 'text': body}]}, ensure_ascii=False) + '\n',
 'threema_chat_export_txt_line': lambda d, who, body: '[%02d/03/2024, 05:%02d] %s: %s\n' % (d % 28 + 1, d % 60, who, body),
 'rocketchat_room_export_html_div': lambda d, who, body: '<div class="message"><span class="author">%s</span> <span class="time">05:%02d</span><p>%s</p></div>\n' % (who, d % 60, body.replace('&', '&amp;')),
}
NAMES = ['Dispo Nord', 'Yard lead', 'Night dispatcher', 'Fleet desk', 'Hub planner', 'Depot office']

def usable(code, name, deny):
    names, langs, words = set(deny['names']), set(deny['languages']), set(deny['words'])
    if code in names or code in langs or code in words:
        return False
    return not any(w.lower() in words or w.lower() in langs for w in name.split())

def gen(start_id, pool, deny):
    rng = random.Random(6704)
    langs = [c for c in CANDIDATES if usable(c[0], c[1], deny)][:40]
    fmts = sorted(FORMATS)
    out, i = [], start_id
    for k, (code, name, sent) in enumerate(langs):
        fmt = fmts[k % len(fmts)]
        v = fresh(rng, pool, lambda: owner_pw(rng))
        text = FORMATS[fmt](k + 3, rng.choice(NAMES), sent)
        s = text.index(SLOT)
        text = text.replace(SLOT, v)
        out.append(rec('p67-s-%04d' % i, SPAN_TYPE, fmt + '__' + code, text, s, s + len(v), 'prose')); i += 1
    return out, langs
