"""Prose: a colleague shares a password in their own language, in new chat / mail export formats."""
import random
from common import *
import denylist

SEED = 36004
# (code, English name, sentence with {P}, span type)
CANDS = [
 ("pl", "Polish", "Nowe hasło do serwera testowego to {P} – nie udostępniaj go nikomu.", "staging_server_password"),
 ("ro", "Romanian", "Parola nouă pentru serverul de test este {P}, te rog să nu o distribui.", "staging_server_password"),
 ("fr", "French", "Le nouveau mot de passe du serveur de recette est {P}, merci de ne pas le partager.", "staging_server_password"),
 ("ru", "Russian", "Новый пароль от тестового сервера: {P}, никому его не пересылай.", "staging_server_password"),
 ("el", "Greek", "Ο νέος κωδικός για τον δοκιμαστικό διακομιστή είναι {P}, μην τον μοιραστείς.", "staging_server_password"),
 ("tr", "Turkish", "Test sunucusunun yeni şifresi {P}, lütfen kimseyle paylaşma.", "staging_server_password"),
 ("ar", "Arabic", "كلمة المرور الجديدة لخادم الاختبار هي {P} من فضلك لا تشاركها.", "staging_server_password"),
 ("fa", "Persian", "رمز عبور جدید سرور تست {P} است، لطفاً آن را با کسی به اشتراک نگذار.", "staging_server_password"),
 ("hi", "Hindi", "टेस्ट सर्वर का नया पासवर्ड {P} है, कृपया इसे किसी से साझा मत करना।", "staging_server_password"),
 ("ja", "Japanese", "検証サーバーの新しいパスワードは {P} です。誰にも共有しないでください。", "staging_server_password"),
 ("ko", "Korean", "테스트 서버 새 비밀번호는 {P} 입니다. 다른 사람과 공유하지 마세요.", "staging_server_password"),
 ("zh", "Chinese", "测试服务器的新密码是 {P} ，请不要外传。", "staging_server_password"),
 ("id", "Indonesian", "Kata sandi baru untuk server uji adalah {P}, tolong jangan dibagikan.", "wiki_admin_password"),
 ("sk", "Slovak", "Nové heslo k testovaciemu serveru je {P}, prosím, nikomu ho neposielaj.", "wiki_admin_password"),
 ("lv", "Latvian", "Jaunā parole testa serverim ir {P}, lūdzu, nedalies ar to.", "wiki_admin_password"),
 ("sr", "Serbian", "Нова лозинка за тест сервер је {P}, молим те да је не делиш.", "wiki_admin_password"),
 ("no", "Norwegian", "Det nye passordet til testserveren er {P}, ikke del det med noen.", "wiki_admin_password"),
 ("bs", "Bosnian", "Nova lozinka za testni server je {P}, molim te nemoj je dijeliti.", "wiki_admin_password"),
 ("kk", "Kazakh", "Тест серверінің жаңа құпия сөзі {P}, оны ешкімге берме.", "wiki_admin_password"),
 ("uz", "Uzbek", "Test serverining yangi paroli {P}, iltimos, hech kimga bermang.", "wiki_admin_password"),
 ("az", "Azerbaijani", "Test serverinin yeni parolu {P}, xahiş edirəm heç kimlə paylaşma.", "wiki_admin_password"),
 ("ky", "Kyrgyz", "Тест серверинин жаңы сырсөзү {P}, аны эч кимге бербе.", "wiki_admin_password"),
 ("tt", "Tatar", "Тест серверның яңа серсүзе {P}, аны беркемгә дә бирмә.", "wiki_admin_password"),
 ("tg", "Tajik", "Пароли нави сервери санҷишӣ {P} аст, лутфан онро ба касе надиҳед.", "shared_ci_account_password"),
 ("jv", "Javanese", "Sandhi anyar kanggo server uji yaiku {P}, aja dibagekake marang sapa-sapa.", "shared_ci_account_password"),
 ("su", "Sundanese", "Kecap akses anyar pikeun server uji nyaéta {P}, ulah dibagikeun ka saha waé.", "shared_ci_account_password"),
 ("ceb", "Cebuano", "Ang bag-ong password sa test server kay {P}, palihug ayaw ipaambit.", "shared_ci_account_password"),
 ("ha", "Hausa", "Sabuwar kalmar sirri ta sabar gwaji ita ce {P}, don Allah kada ka raba ta.", "shared_ci_account_password"),
 ("ig", "Igbo", "Okwuntughe ọhụrụ maka sava nnwale bụ {P}, biko ekesala ya.", "shared_ci_account_password"),
 ("am", "Amharic", "የሙከራ ሰርቨሩ አዲሱ የይለፍ ቃል {P} ነው፣ እባክህ ለማንም አታጋራ።", "shared_ci_account_password"),
 ("xh", "Xhosa", "Igama lokugqithisa elitsha leseva yovavanyo ngu {P}, nceda ungabelani ngalo.", "shared_ci_account_password"),
 ("st", "Sesotho", "Phasewete e ncha ya seva ya teko ke {P}, ka kopo o se ke wa e arolelana.", "shared_ci_account_password"),
 ("sn", "Shona", "Pasiwedhi itsva yesevha yekuyedza ndi {P}, ndapota usaigovera.", "database_password"),
 ("ny", "Chichewa", "Mawu achinsinsi atsopano a seva yoyesera ndi {P}, chonde musawagawire.", "database_password"),
 ("gu", "Gujarati", "ટેસ્ટ સર્વરનો નવો પાસવર્ડ {P} છે, કૃપા કરીને કોઈને શેર ન કરશો.", "database_password"),
 ("pa", "Punjabi", "ਟੈਸਟ ਸਰਵਰ ਦਾ ਨਵਾਂ ਪਾਸਵਰਡ {P} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।", "database_password"),
 ("mr", "Marathi", "टेस्ट सर्व्हरचा नवीन पासवर्ड {P} आहे, कृपया तो कोणालाही सांगू नका.", "database_password"),
 ("kn", "Kannada", "ಪರೀಕ್ಷಾ ಸರ್ವರ್‌ನ ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ {P}, ದಯವಿಟ್ಟು ಯಾರೊಂದಿಗೂ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ.", "database_password"),
 ("te", "Telugu", "టెస్ట్ సర్వర్ కొత్త పాస్‌వర్డ్ {P}, దయచేసి ఎవరితోనూ పంచుకోవద్దు.", "database_password"),
 ("ml", "Malayalam", "ടെസ്റ്റ് സെർവറിന്റെ പുതിയ പാസ്‌വേഡ് {P} ആണ്, ദയവായി ആരുമായും പങ്കിടരുത്.", "database_password"),
 ("si", "Sinhala", "පරීක්ෂණ සේවාදායකයේ නව මුරපදය {P} යි, කරුණාකර කිසිවෙකුට දෙන්න එපා.", "database_password"),
 ("km", "Khmer", "ពាក្យសម្ងាត់ថ្មីសម្រាប់ម៉ាស៊ីនមេសាកល្បងគឺ {P} សូមកុំចែករំលែក។", "database_password"),
 ("lo", "Lao", "ລະຫັດຜ່ານໃໝ່ຂອງເຊີບເວີທົດສອບແມ່ນ {P} ກະລຸນາຢ່າແບ່ງປັນ.", "database_password"),
 ("my", "Burmese", "စမ်းသပ်ဆာဗာ၏ စကားဝှက်အသစ်မှာ {P} ဖြစ်သည်၊ မည်သူ့ကိုမျှ မမျှဝေပါနှင့်။", "database_password"),
]

FMT = [
 ("slack_export_channel_day_json", lambda r, u, m: "[\n  {\"type\": \"message\", \"user\": \"U0%s\", \"text\": \"%s\", \"ts\": \"17%08d.000%03d\"}\n]\n" % (rs(r, UP + DIG, 8), m, r.randint(0, 10**8 - 1), r.randint(100, 999))),
 ("weechat_logger_tab_lines", lambda r, u, m: "2024-04-18 09:%02d:11\t-->\t%s has joined #ops\n2024-04-18 09:%02d:40\t%s\t%s\n" % (r.randint(0, 29), u, r.randint(30, 59), u, m)),
 ("hexchat_scrollback_t_lines", lambda r, u, m: "T %d %s\t%s\n" % (1713400000 + r.randint(0, 99999), u, m)),
 ("znc_bracket_time_log", lambda r, u, m: "[09:%02d:03] <%s> %s\n[09:%02d:30] <ops-bot> noted\n" % (r.randint(0, 29), u, m, r.randint(30, 59))),
 ("rocketchat_room_history_json", lambda r, u, m: "{\"messages\": [{\"_id\": \"%s\", \"u\": {\"username\": \"%s\"}, \"msg\": \"%s\"}]}\n" % (rs(r, ALNUM, 17), u, m)),
 ("google_chat_takeout_messages_json", lambda r, u, m: "{\n  \"messages\": [\n    {\n      \"creator\": {\"name\": \"%s\"},\n      \"created_date\": \"Thursday, April 18, 2024 at 9:%02d:00 AM UTC\",\n      \"text\": \"%s\"\n    }\n  ]\n}\n" % (u.title(), r.randint(10, 59), m)),
 ("whatsapp_android_txt_export", lambda r, u, m: "18/04/2024, 09:%02d - %s: %s\n18/04/2024, 09:%02d - Ops: 👍\n" % (r.randint(0, 29), u.title(), m, r.randint(30, 59))),
 ("mbox_single_message_plain", lambda r, u, m: "From %s@dev.example Thu Apr 18 09:00:00 2024\nFrom: %s <%s@dev.example>\nSubject: server\nContent-Type: text/plain; charset=utf-8\n\n%s\n" % (u, u.title(), u, m)),
 ("gitter_archive_messages_json", lambda r, u, m: "[{\"id\": \"%s\", \"text\": \"%s\", \"fromUser\": {\"username\": \"%s\"}}]\n" % (rs(r, HEX, 24), m, u)),
 ("keybase_chat_api_read_json", lambda r, u, m: "{\"result\": {\"messages\": [{\"msg\": {\"sender\": {\"username\": \"%s\"}, \"content\": {\"type\": \"text\", \"text\": {\"body\": \"%s\"}}}}]}}\n" % (u, m)),
]

USERS = ["ana", "kai", "lena", "omar", "priya", "tomas", "yuki", "marco", "ines", "dario"]


def languages(fr):
    ok = [c for c in CANDS if denylist.language_ok(c[0], c[1], fr)]
    assert len(ok) >= 40, len(ok)
    return ok[:40]


def generate(fr):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, sent, typ) in enumerate(languages(fr)):
        fname, f = FMT[i % len(FMT)]
        p = password(rng)
        msg = sent.replace("{P}", MARK)
        tmpl = f(rng, rng.choice(USERS), msg)
        text, s, e = place(tmpl, p)
        out.append((typ, fname + "__" + code, text, s, e, code, name))
    return out
