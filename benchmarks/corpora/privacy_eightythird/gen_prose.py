"""Prose: a backend developer tells a teammate the new password of the staging RabbitMQ admin
and asks not to paste it into the ticket, in 40 languages not used before (seed 8304)."""
import json, random
from common import *

M = MARK
# (ISO 639-3, English name, sentence with {P})
LANGS = [
    ("eus", "Basque", "Staging-eko RabbitMQ admin pasahitza orain {P} da, mesedez ez jarri txartelean."),
    ("glg", "Galician", "O contrasinal do admin de RabbitMQ en staging agora é {P}, por favor non o poñas no ticket."),
    ("cym", "Welsh", "Cyfrinair gweinyddwr RabbitMQ ar staging nawr yw {P}, plîs paid â'i roi yn y tocyn."),
    ("gle", "Irish", "Is é {P} pasfhocal riarthóir RabbitMQ ar staging anois, ná cuir sa ticéad é le do thoil."),
    ("mlt", "Maltese", "Il-password tal-admin ta' RabbitMQ fuq staging issa hija {P}, jekk jogħġbok tpoġġihiex fit-ticket."),
    ("sqi", "Albanian", "Fjalëkalimi i adminit të RabbitMQ në staging tani është {P}, të lutem mos e vendos në tiketë."),
    ("mkd", "Macedonian", "Лозинката за админот на RabbitMQ на staging сега е {P}, те молам не ја ставај во тикетот."),
    ("lav", "Latvian", "RabbitMQ admina parole uz staging tagad ir {P}, lūdzu neliec to biļetē."),
    ("lit", "Lithuanian", "RabbitMQ administratoriaus slaptažodis staging aplinkoje dabar yra {P}, prašau nedėk jo į bilietą."),
    ("est", "Estonian", "RabbitMQ admini parool stagingus on nüüd {P}, palun ära pane seda piletisse."),
    ("ltz", "Luxembourgish", "D'Passwuert vum RabbitMQ-Admin op Staging ass elo {P}, w.e.g. sett et net an den Ticket."),
    ("epo", "Esperanto", "La pasvorto de la RabbitMQ-administranto en staging nun estas {P}, bonvolu ne meti ĝin en la bileton."),
    ("hsb", "Sorbian", "Hesło administratora RabbitMQ na stagingu je nětko {P}, prošu njestaj jo do tiketa."),
    ("scn", "Sicilian", "La password di l'admin di RabbitMQ supra staging ora è {P}, pi favuri nun la mettiri nto ticket."),
    ("afr", "Afrikaans", "Die wagwoord van die RabbitMQ-admin op staging is nou {P}, moet dit asseblief nie in die kaartjie sit nie."),
    ("swa", "Swahili", "Nenosiri la admin wa RabbitMQ kwenye staging sasa ni {P}, tafadhali usiliweke kwenye tiketi."),
    ("zul", "Zulu", "Iphasiwedi ye-admin ye-RabbitMQ ku-staging manje ithi {P}, ngicela ungayifaki kuthikithi."),
    ("yor", "Yoruba", "Ọ̀rọ̀ aṣínà admin RabbitMQ lórí staging ni {P} báyìí, jọ̀wọ́ má ṣe fi sínú tíkẹ́ẹ̀tì."),
    ("hau", "Hausa", "Kalmar sirri ta admin na RabbitMQ a staging yanzu ita ce {P}, don Allah kada ka saka ta a tikitin."),
    ("amh", "Amharic", "የstaging RabbitMQ አስተዳዳሪ የይለፍ ቃል አሁን {P} ነው፣ እባክህ ቲኬቱ ውስጥ አታስገባው።"),
    ("nso", "Sepedi", "Phasewete ya admin ya RabbitMQ go staging bjale ke {P}, hle o se e tsenye ka go thekethe."),
    ("tel", "Telugu", "staging లో RabbitMQ అడ్మిన్ పాస్‌వర్డ్ ఇప్పుడు {P} , దయచేసి దాన్ని టికెట్‌లో పెట్టకండి."),
    ("tam", "Tamil", "staging-இல் RabbitMQ admin கடவுச்சொல் இப்போது {P} , தயவுசெய்து அதை டிக்கெட்டில் போடாதீர்கள்."),
    ("ben", "Bengali", "staging-এ RabbitMQ অ্যাডমিনের পাসওয়ার্ড এখন {P} , দয়া করে এটা টিকিটে দিও না।"),
    ("mar", "Marathi", "staging वर RabbitMQ अ‍ॅडमिनचा पासवर्ड आता {P} आहे, कृपया तो तिकिटात टाकू नकोस."),
    ("sin", "Sinhala", "staging හි RabbitMQ admin මුරපදය දැන් {P} , කරුණාකර එය ටිකට් එකට දාන්න එපා."),
    ("khm", "Khmer", "ពាក្យសម្ងាត់ admin RabbitMQ នៅ staging ឥឡូវគឺ {P} សូមកុំដាក់វាក្នុង ticket។"),
    ("tha", "Thai", "รหัสผ่าน admin ของ RabbitMQ บน staging ตอนนี้คือ {P} อย่าใส่ไว้ในตั๋วนะ"),
    ("vie", "Vietnamese", "Mật khẩu admin RabbitMQ trên staging giờ là {P}, đừng dán nó vào ticket nhé."),
    ("mon", "Mongolian", "staging дээрх RabbitMQ админы нууц үг одоо {P} , тасалбарт бүү оруулаарай."),
    ("kaz", "Kazakh", "staging-тегі RabbitMQ админінің құпия сөзі енді {P} , оны тикетке қоспа, өтінемін."),
    ("uzb", "Uzbek", "Stagingdagi RabbitMQ admin paroli endi {P} , iltimos uni ticketga qo'yma."),
    ("fas", "Persian", "رمز عبور ادمین RabbitMQ روی staging الان {P} است، لطفاً آن را در تیکت نگذار."),
    ("urd", "Urdu", "staging پر RabbitMQ ایڈمن کا پاس ورڈ اب {P} ہے، براہ کرم اسے ٹکٹ میں نہ ڈالیں۔"),
    ("heb", "Hebrew", "הסיסמה של אדמין RabbitMQ ב-staging היא עכשיו {P} , בבקשה אל תשים אותה בטיקט."),
    ("kor", "Korean", "staging RabbitMQ 관리자 비밀번호 바뀌었어요: {P} — 티켓에는 넣지 마세요."),
    ("msa", "Malay", "Kata laluan admin RabbitMQ di staging sekarang ialah {P}, tolong jangan letak dalam tiket."),
    ("tet", "Tetum", "Password admin RabbitMQ iha staging agora mak {P}, favór ida labele tau iha tiket."),
    ("slk", "Slovak", "Heslo admina RabbitMQ na stagingu je teraz {P}, prosím nedávaj ho do tiketu."),
    ("hrv", "Croatian", "Lozinka admina za RabbitMQ na stagingu sada je {P}, molim te ne stavljaj je u tiket."),
    ("srp", "Serbian", "Лозинка админа за RabbitMQ на стејџингу сада је {P} , молим те не стављај је у тикет."),
    ("ukr", "Ukrainian", "Пароль адміна RabbitMQ на staging тепер {P} , будь ласка, не вставляй його в тікет."),
    ("fin", "Finnish", "RabbitMQ-adminin salasana stagingissa on nyt {P}, älä laita sitä tikettiin."),
]

NAMES = ["ana", "tomas", "ifeoma", "keoni", "dara", "mirela", "sione", "yusuf", "li", "oskar"]


def fmt_zulip(r, t):
    return json.dumps({"id": r.randint(10**6, 10**7), "sender_full_name": r.choice(NAMES), "stream_id": 41, "subject": "staging broker", "content": t}, ensure_ascii=False)


def fmt_gchat(r, t):
    return json.dumps({"creator": {"name": r.choice(NAMES), "user_type": "Human"}, "created_date": "Tuesday, 4 March 2025 at 10:0%d:11 UTC" % r.randint(0, 9), "text": t, "topic_id": lo(r, 11)}, ensure_ascii=False)


def fmt_teams(r, t):
    return json.dumps({"messageType": "message", "createdDateTime": "2025-03-04T10:0%d:00Z" % r.randint(0, 9), "from": {"user": {"displayName": r.choice(NAMES)}}, "body": {"contentType": "text", "content": t}}, ensure_ascii=False)


def fmt_tgdesktop(r, t):
    return json.dumps({"id": r.randint(1000, 99999), "type": "message", "date": "2025-03-04T10:11:12", "from": r.choice(NAMES), "text": t}, ensure_ascii=False)


def fmt_irssi(r, t):
    return "%02d:%02d < %s> %s" % (r.randint(0, 23), r.randint(0, 59), r.choice(NAMES), t)


def fmt_pidgin(r, t):
    return '<font color="#A82F2F"><font size="2">(10:%02d:%02d)</font> <b>%s:</b></font> %s<br/>' % (r.randint(0, 59), r.randint(0, 59), r.choice(NAMES), t)


def fmt_mail(r, t):
    n = r.choice(NAMES)
    return "From: %s <%s@corp.example>\nTo: oncall-backend@corp.example\nSubject: staging rabbit\nContent-Type: text/plain; charset=utf-8\n\n%s\n\n-- \n%s" % (n, n, t, n)


def fmt_jira(r, t):
    return json.dumps({"id": str(r.randint(10000, 99999)), "author": {"displayName": r.choice(NAMES)}, "body": t, "created": "2025-03-04T10:15:00.000+0000"}, ensure_ascii=False)


def fmt_lark(r, t):
    return json.dumps({"msg_type": "text", "sender": {"id": "ou_" + hx(r, 32), "sender_type": "user"}, "body": {"content": json.dumps({"text": t}, ensure_ascii=False)}}, ensure_ascii=False)


def fmt_threema(r, t):
    return "[04/03/2025 10:%02d] %s: %s" % (r.randint(0, 59), r.choice(NAMES).capitalize(), t)


FORMATS = [("zulip_export_message_json", fmt_zulip), ("google_chat_takeout_message_json", fmt_gchat),
           ("msteams_graph_chatmessage_json", fmt_teams), ("telegram_desktop_result_json_message", fmt_tgdesktop),
           ("irssi_window_log_line", fmt_irssi), ("pidgin_html_conversation_line", fmt_pidgin),
           ("rfc5322_mail_plaintext_body", fmt_mail), ("jira_rest_issue_comment_json", fmt_jira),
           ("lark_open_api_message_json", fmt_lark), ("threema_txt_export_line", fmt_threema)]
SPAN_TYPE = "staging_rabbitmq_admin_password_in_message"


def generate(used, dl, lang_ok):
    r = random.Random(8304)
    chosen, excluded = [], []
    for code, name, sent in LANGS:
        if len(chosen) == 40:
            break
        (chosen if lang_ok(code, name, dl) else excluded).append((code, name, sent))
    assert len(chosen) == 40, (len(chosen), excluded)
    recs = []
    for i, (code, name, sent) in enumerate(chosen):
        fname, fn = FORMATS[i % len(FORMATS)]
        v = used.take(lambda: pw(r))
        tmpl = fn(r, sent.replace("{P}", M))
        recs.append(("prose", SPAN_TYPE, fname + "__" + code, tmpl, v))
    return recs, chosen, excluded
