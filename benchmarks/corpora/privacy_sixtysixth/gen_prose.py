"""Prose part: a producer shares the new password of the shared edit-suite login in their own
language and asks not to put it into the rundown; 10 new chat-export formats."""
import random, json
from common import password, record, PFX

SPAN_TYPE = "shared_edit_suite_login_password"
# (code, English name, sentence with <<V>>). Written by a non-native builder, best effort.
CANDIDATES = [
    ("it", "Italian", "La nuova password dell'account condiviso della sala montaggio è <<V>> — per favore non scriverla nella scaletta."),
    ("de", "German", "Das neue Passwort für den gemeinsamen Schnittplatz-Account ist <<V>> – bitte nicht in den Sendeablauf schreiben."),
    ("fr", "French", "Le nouveau mot de passe du compte partagé de la salle de montage est <<V>>, merci de ne pas le mettre dans le conducteur."),
    ("es", "Spanish", "La nueva contraseña de la cuenta compartida de la sala de edición es <<V>>; por favor, no la pongas en la escaleta."),
    ("nl", "Dutch", "Het nieuwe wachtwoord van het gedeelde montage-account is <<V>> – zet het alsjeblieft niet in het draaiboek."),
    ("pl", "Polish", "Nowe hasło do wspólnego konta montażowni to <<V>> – proszę nie wpisywać go do scenariusza wydania."),
    ("cs", "Czech", "Nové heslo ke sdílenému účtu střižny je <<V>>, prosím nepište ho do scénáře vysílání."),
    ("hu", "Hungarian", "A közös vágószobai fiók új jelszava <<V>> – kérlek, ne írd bele a forgatókönyvbe."),
    ("ro", "Romanian", "Noua parolă a contului comun din camera de montaj este <<V>> – vă rog nu o scrieți în desfășurător."),
    ("bg", "Bulgarian", "Новата парола за общия акаунт на монтажната е <<V>> – моля, не я пишете в сценария на емисията."),
    ("sr", "Serbian", "Нова лозинка за заједнички налог монтаже је <<V>> – молим вас, не уписујте је у сценарио емисије."),
    ("hr", "Croatian", "Nova lozinka za zajednički račun montaže je <<V>> – molim vas, ne upisujte je u scenarij emisije."),
    ("ru", "Russian", "Новый пароль от общей учётки монтажной — <<V>>, пожалуйста, не пишите его в сценарий выпуска."),
    ("el", "Greek", "Ο νέος κωδικός του κοινού λογαριασμού του μοντάζ είναι <<V>> – παρακαλώ μην τον γράψετε στο ροή της εκπομπής."),
    ("sv", "Swedish", "Det nya lösenordet till det delade klippkontot är <<V>> – skriv det inte i körschemat, tack."),
    ("da", "Danish", "Den nye adgangskode til den fælles klippekonto er <<V>> – skriv den venligst ikke i afviklingen."),
    ("et", "Estonian", "Ühise montaažikonto uus parool on <<V>> – palun ärge kirjutage seda saatekavasse."),
    ("lv", "Latvian", "Kopīgā montāžas konta jaunā parole ir <<V>> – lūdzu, neierakstiet to raidījuma scenārijā."),
    ("lt", "Lithuanian", "Naujas bendros montažo paskyros slaptažodis yra <<V>> – prašau neįrašyti jo į laidos scenarijų."),
    ("ga", "Irish", "Is é <<V>> an pasfhocal nua don chuntas eagarthóireachta comhroinnte – ná cuir sa rith-chlár é, le do thoil."),
    ("cy", "Welsh", "Y cyfrinair newydd ar gyfer y cyfrif golygu a rennir yw <<V>> – peidiwch â'i roi yn y drefn raglen, os gwelwch yn dda."),
    ("eu", "Basque", "Muntaketa-gela partekatuko kontuaren pasahitz berria <<V>> da – mesedez, ez idatzi escaletan."),
    ("gl", "Galician", "O novo contrasinal da conta compartida da sala de edición é <<V>>; por favor, non o poñades na escaleta."),
    ("sq", "Albanian", "Fjalëkalimi i ri i llogarisë së përbashkët të montazhit është <<V>> – ju lutem mos e shkruani në skenarin e emisionit."),
    ("mk", "Macedonian", "Новата лозинка за заедничката сметка на монтажата е <<V>> – ве молам не ја пишувајте во сценариото."),
    ("hy", "Armenian", "Մոնտաժի ընդհանուր հաշվի նոր գաղտնաբառն է <<V>> – խնդրում եմ, մի գրեք այն հաղորդման սցենարում։"),
    ("ka", "Georgian", "მონტაჟის საერთო ანგარიშის ახალი პაროლია <<V>> – გთხოვთ, ნუ ჩაწერთ მას გადაცემის სცენარში."),
    ("az", "Azerbaijani", "Ortaq montaj hesabının yeni şifrəsi <<V>> – xahiş edirəm, onu veriliş ssenarisinə yazmayın."),
    ("kk", "Kazakh", "Ортақ монтаж аккаунтының жаңа құпиясөзі – <<V>>, өтінемін, оны хабар сценарийіне жазбаңыз."),
    ("uz", "Uzbek", "Umumiy montaj akkauntining yangi paroli <<V>> – iltimos, uni eshittirish ssenariysiga yozmang."),
    ("mn", "Mongolian", "Хамтын монтажийн бүртгэлийн шинэ нууц үг нь <<V>> – үүнийг нэвтрүүлгийн зохиолд бүү бичээрэй."),
    ("fa", "Persian", "رمز عبور جدید حساب مشترک اتاق تدوین <<V>> است – لطفاً آن را در راندان برنامه ننویسید."),
    ("ur", "Urdu", "مشترکہ ایڈیٹنگ اکاؤنٹ کا نیا پاس ورڈ <<V>> ہے – براہ کرم اسے رن ڈاؤن میں نہ لکھیں۔"),
    ("bn", "Bengali", "শেয়ার করা এডিটিং অ্যাকাউন্টের নতুন পাসওয়ার্ড <<V>> – দয়া করে এটা রানডাউনে লিখবেন না।"),
    ("ta", "Tamil", "பகிரப்பட்ட எடிட்டிங் கணக்கின் புதிய கடவுச்சொல் <<V>> – தயவுசெய்து இதை ரன்டவுனில் எழுத வேண்டாம்."),
    ("te", "Telugu", "షేర్ చేసిన ఎడిటింగ్ ఖాతా కొత్త పాస్‌వర్డ్ <<V>> – దయచేసి దాన్ని రన్‌డౌన్‌లో రాయకండి."),
    ("vi", "Vietnamese", "Mật khẩu mới của tài khoản phòng dựng dùng chung là <<V>> – vui lòng đừng ghi nó vào kịch bản chương trình."),
    ("ms", "Malay", "Kata laluan baharu akaun bilik suntingan bersama ialah <<V>> – tolong jangan tulis dalam susunan rancangan."),
    ("ja", "Japanese", "共有編集室アカウントの新しいパスワードは <<V>> です。進行表には書かないでください。"),
    ("ko", "Korean", "공용 편집실 계정의 새 비밀번호는 <<V>> 입니다. 큐시트에는 적지 말아 주세요."),
    ("sw", "Swahili", "Nenosiri jipya la akaunti ya pamoja ya chumba cha uhariri ni <<V>> – tafadhali usiliandike kwenye ratiba ya kipindi."),
    ("af", "Afrikaans", "Die nuwe wagwoord vir die gedeelde redigeerrekening is <<V>> – moet dit asseblief nie in die rolverloop skryf nie."),
    ("zu", "Zulu", "Iphasiwedi entsha ye-akhawunti yokuhlela ehlanganyelwe ithi <<V>> – ngicela ungayibhali ohlelweni lohlelo."),
]

NAMES = ["Ana", "Kenji", "Oyelaran", "Mireille", "Dragan", "Sunita", "Tomasz", "Leila", "Arvid", "Nhung"]


def _tg(u, s, n):   # Telegram Desktop result.json message
    return json.dumps({"id": n, "type": "message", "date": "2026-03-0%dT21:14:07" % (n % 9 + 1), "from": u, "text": s}, ensure_ascii=False)


def _dce(u, s, n):  # DiscordChatExporter CSV row
    return '"%d","%s","03/0%d/2026 21:14","%s","",""' % (10**17 + n, u, n % 9 + 1, s)


def _slack(u, s, n):  # Slack workspace export message
    return json.dumps({"type": "message", "user": "U0%dNEWS" % n, "user_name": u, "text": s, "ts": "17730%d.000100" % n}, ensure_ascii=False)


def _mm(u, s, n):  # Mattermost bulk export JSONL post
    return json.dumps({"type": "post", "post": {"team": "newsroom", "channel": "edit-desk", "user": u, "message": s, "create_at": 1773000000000 + n}}, ensure_ascii=False)


def _rc(u, s, n):   # Rocket.Chat history text
    return "[2026-03-0%d 21:14] <%s> %s" % (n % 9 + 1, u, s)


def _line(u, s, n):  # LINE chat history txt
    return "21:%02d\t%s\t%s" % (n % 60, u, s)


def _zulip(u, s, n):  # Zulip realm export message
    return json.dumps({"id": n, "sender_full_name": u, "subject": "edit suite", "content": s}, ensure_ascii=False)


def _gchat(u, s, n):  # Google Chat takeout messages.json
    return json.dumps({"messages": [{"creator": {"name": u, "user_type": "Human"}, "created_date": "Tuesday, 3 March 2026 at 21:14:07 UTC", "text": s}]}, ensure_ascii=False)


def _matrix(u, s, n):  # Element / Matrix room export event
    return json.dumps({"type": "m.room.message", "sender": "@%s:news.example" % u.lower(), "content": {"msgtype": "m.text", "body": s}}, ensure_ascii=False)


def _threema(u, s, n):  # Threema chat export txt
    return "[03/0%d/2026, 21:14] %s: %s" % (n % 9 + 1, u, s)


FORMATS = [("telegram_desktop_result_json_message", _tg), ("discord_chat_exporter_csv_row", _dce),
           ("slack_workspace_export_message_json", _slack), ("mattermost_bulk_export_jsonl_post", _mm),
           ("rocketchat_history_text_line", _rc), ("line_talk_history_tab_line", _line),
           ("zulip_realm_export_message_json", _zulip), ("google_chat_takeout_message_json", _gchat),
           ("element_matrix_room_export_event", _matrix), ("threema_chat_export_text_line", _threema)]


def chosen_languages(frozen):
    from denylist import language_ok
    ok = [c for c in CANDIDATES if language_ok(c[0], c[1], frozen)]
    return ok[:40]


def generate(frozen, start, seed=6604):
    rng = random.Random(seed)
    out = []
    for i, (code, name, sent) in enumerate(chosen_languages(frozen)):
        fmt, fn = FORMATS[i % len(FORMATS)]
        val = password(rng)
        marker = "\ue000"
        line = fn(rng.choice(NAMES), sent.replace("<<V>>", marker), i + 1)
        s = line.index(marker)
        text = line.replace(marker, val) + "\n"
        out.append(record("%s-s-%04d" % (PFX, start + i), SPAN_TYPE, "%s__%s" % (fmt, code), text, s, s + len(val), "prose"))
    return out
