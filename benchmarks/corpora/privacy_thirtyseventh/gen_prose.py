"""A colleague shares the staging deploy password in their own language, in 10 new chat-export formats."""
import json, random
from common import *

X = '⟪V⟫'
LANGS = [
 ('fr', 'French', "Salut, le mot de passe du déploiement staging est " + X + " — ne le partage pas."),
 ('pl', 'Polish', "Cześć, hasło do wdrożenia na staging to " + X + ", nie udostępniaj go dalej."),
 ('ro', 'Romanian', "Salut, parola pentru deploy-ul de staging este " + X + ", nu o da mai departe."),
 ('sk', 'Slovak', "Ahoj, heslo na staging nasadenie je " + X + ", nikomu ho neposielaj."),
 ('ru', 'Russian', "Привет, пароль для деплоя на стейджинг: " + X + " — никому не пересылай."),
 ('el', 'Greek', "Γεια, ο κωδικός για το deploy στο staging είναι " + X + ", μην τον μοιραστείς."),
 ('tr', 'Turkish', "Selam, staging dağıtımının şifresi " + X + ", kimseyle paylaşma."),
 ('az', 'Azerbaijani', "Salam, staging yerləşdirməsinin şifrəsi " + X + " — heç kimə vermə."),
 ('kk', 'Kazakh', "Сәлем, staging орнатуының құпия сөзі: " + X + ", ешкімге берме."),
 ('uz', 'Uzbek', "Salom, staging deploy paroli " + X + ", hech kimga berma."),
 ('fa', 'Persian', "سلام، رمز عبور دیپلوی استیجینگ " + X + " است، آن را با کسی به اشتراک نگذار."),
 ('ar', 'Arabic', "مرحباً، كلمة مرور نشر بيئة الاختبار هي " + X + " ، لا تشاركها مع أحد."),
 ('am', 'Amharic', "ሰላም፣ የstaging ማሰማሪያ የይለፍ ቃል " + X + " ነው፤ ለማንም አታጋራ።"),
 ('ha', 'Hausa', "Sannu, kalmar sirri ta staging deploy ita ce " + X + ", kada ka raba ta."),
 ('ig', 'Igbo', "Ndewo, okwuntughe maka staging deploy bụ " + X + ", ekesala ya."),
 ('xh', 'Xhosa', "Molo, igama lokugqitha le-staging deploy ngu-" + X + ", musa ukwabelana ngalo."),
 ('sn', 'Shona', "Mhoro, pasiwedhi yestaging deploy ndeye " + X + ", usaipa munhu."),
 ('rw', 'Kinyarwanda', "Muraho, ijambo ry'ibanga rya staging deploy ni " + X + ", ntuyisangize abandi."),
 ('ny', 'Chichewa', "Moni, mawu achinsinsi a staging deploy ndi " + X + ", musawagawane."),
 ('hi', 'Hindi', "नमस्ते, staging डिप्लॉय का पासवर्ड " + X + " है, किसी से शेयर मत करना।"),
 ('mr', 'Marathi', "नमस्कार, staging डिप्लॉयचा पासवर्ड " + X + " आहे, कोणालाही देऊ नकोस."),
 ('gu', 'Gujarati', "નમસ્તે, staging ડિપ્લોયનો પાસવર્ડ " + X + " છે, કોઈને આપશો નહીં."),
 ('pa', 'Punjabi', "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, staging ਡਿਪਲੌਇ ਦਾ ਪਾਸਵਰਡ " + X + " ਹੈ, ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।"),
 ('te', 'Telugu', "హాయ్, staging డిప్లాయ్ పాస్‌వర్డ్ " + X + ", ఎవరికీ ఇవ్వకండి."),
 ('kn', 'Kannada', "ನಮಸ್ಕಾರ, staging ಡಿಪ್ಲಾಯ್ ಪಾಸ್‌ವರ್ಡ್ " + X + ", ಯಾರಿಗೂ ಕೊಡಬೇಡಿ."),
 ('ml', 'Malayalam', "ഹായ്, staging ഡിപ്ലോയ് പാസ്‌വേഡ് " + X + " ആണ്, ആർക്കും കൊടുക്കരുത്."),
 ('si', 'Sinhala', "ආයුබෝවන්, staging deploy මුරපදය " + X + " යි, කාටවත් දෙන්න එපා."),
 ('my', 'Burmese', "မင်္ဂလာပါ၊ staging deploy စကားဝှက်က " + X + " ပါ၊ ဘယ်သူ့ကိုမှ မပေးပါနဲ့။"),
 ('km', 'Khmer', "សួស្តី ពាក្យសម្ងាត់ staging deploy គឺ " + X + " កុំចែករំលែកវា។"),
 ('lo', 'Lao', "ສະບາຍດີ ລະຫັດຜ່ານ staging deploy ແມ່ນ " + X + " ຢ່າແບ່ງປັນໃຫ້ໃຜ."),
 ('jv', 'Javanese', "Halo, tembung sandhi kanggo staging deploy yaiku " + X + ", aja diwenehake sapa-sapa."),
 ('su', 'Sundanese', "Wilujeng, kecap akses pikeun staging deploy nyaéta " + X + ", ulah dibagikeun."),
 ('ceb', 'Cebuano', "Hi, ang password sa staging deploy kay " + X + ", ayaw ipaambit."),
 ('haw', 'Hawaiian', "Aloha, ʻo " + X + " ka ʻōlelo huna no ka staging deploy; mai haʻawi aku."),
 ('sm', 'Samoan', "Talofa, o le upu faalilolilo mo le staging deploy o le " + X + ", aua le tufaina."),
 ('ja', 'Japanese', "お疲れさまです。ステージングのデプロイ用パスワードは " + X + " です。共有しないでください。"),
 ('ko', 'Korean', "안녕하세요, 스테이징 배포 비밀번호는 " + X + " 입니다. 공유하지 마세요."),
 ('zh', 'Chinese', "你好，预发布环境部署的密码是 " + X + " ，请不要外传。"),
 ('lv', 'Latvian', "Sveiki, staging izvietošanas parole ir " + X + ", nevienam to nedod."),
 ('nb', 'Norwegian Bokmål', "Hei, passordet til staging-utrullingen er " + X + ", ikke del det videre."),
]

NAMES = ['amara', 'kenji', 'olek', 'rania', 'tomas', 'ines', 'dev', 'sione']


def j(x):
    return json.dumps(x, ensure_ascii=False)

# each format: function(msg, user, n) -> template containing the message (which holds MARK)
FORMATS = {
 'rocketchat_room_export_csv': lambda m, u, n: "Username,Date,Message\n" + u + ",2024-05-0" + str(n % 9 + 1) + " 09:1" + str(n % 10) + ":02,\"" + m + "\"",
 'slack_workspace_export_day_json': lambda m, u, n: "[\n  {\"type\": \"message\", \"user\": \"U0" + str(4000 + n) + "\", \"text\": " + j(m) + ", \"ts\": \"171462" + str(1000 + n) + ".000200\"}\n]",
 'whatsapp_ios_bracket_timestamp_txt': lambda m, u, n: "[02.05.24, 09:1" + str(n % 10) + ":44] " + u + ": " + m,
 'imessage_exporter_html_bubble': lambda m, u, n: "<div class=\"message\"><span class=\"sender\">" + u + "</span><div class=\"bubble\">" + m + "</div></div>",
 'wire_backup_events_json': lambda m, u, n: "{\"conversation\": \"" + str(n) + "f1a\", \"from\": \"" + u + "\", \"type\": \"conversation.message-add\", \"data\": {\"content\": " + j(m) + "}}",
 'facebook_messenger_dyi_json': lambda m, u, n: "{\"messages\": [{\"sender_name\": \"" + u + "\", \"timestamp_ms\": 17146210" + str(10000 + n) + ", \"content\": " + j(m) + "}]}",
 'google_chat_takeout_messages_json': lambda m, u, n: "{\"messages\": [{\"creator\": {\"name\": \"" + u + "\"}, \"created_date\": \"Thursday, May 2, 2024 at 9:1" + str(n % 10) + ":05 AM UTC\", \"text\": " + j(m) + "}]}",
 'weechat_logger_tab_separated': lambda m, u, n: "2024-05-02 09:1" + str(n % 10) + ":51\t" + u + "\t" + m,
 'hexchat_channel_log_txt': lambda m, u, n: "**** BEGIN LOGGING AT Thu May  2 09:00:00 2024\n\nmay 02 09:1" + str(n % 10) + ":12 <" + u + ">\t" + m,
 'gajim_history_export_txt': lambda m, u, n: "[2024-05-02 09:1" + str(n % 10) + "] " + u + "@xmpp.web.example: " + m,
}


def generate():
    r = random.Random(37004)
    recs = []
    fmts = sorted(FORMATS)
    t = 'staging_deploy_console_password'
    for i, (code, name, sent) in enumerate(LANGS):
        fmt = fmts[i % len(fmts)]
        v = password(r)
        u = NAMES[i % len(NAMES)]
        tpl = FORMATS[fmt](sent, u, i).replace(X, MARK)
        text, start = place(tpl, v, 0, v)
        recs.append(dict(type=t, container=fmt + '__' + code, text=text,
                         secrets=[dict(value=v, start=start, end=start + len(v), type=t)], source='prose'))
    return recs
