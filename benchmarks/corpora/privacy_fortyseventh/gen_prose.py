"""Prose: someone shares the team JupyterHub password in their own language, in 10 chat-export formats."""
import random, json
from common import human_pw, finish

SPAN_TYPE = "team_jupyterhub_login_password"
# (code, English name, sentence with {P})
LANGS = [
 ("de", "German", "Das Passwort für unser gemeinsames JupyterHub-Konto ist {P} – bitte nicht in den KI-Chat kopieren."),
 ("fr", "French", "Le mot de passe du compte JupyterHub de l'équipe est {P} — merci de ne pas le coller dans le chat de l'IA."),
 ("es", "Spanish", "La contraseña de la cuenta de JupyterHub del equipo es {P}, por favor no la pegues en el chat de la IA."),
 ("pt", "Portuguese", "A senha da conta do JupyterHub da equipe é {P}, por favor não cole no chat da IA."),
 ("nl", "Dutch", "Het wachtwoord van het team-account op JupyterHub is {P}, plak het alsjeblieft niet in de AI-chat."),
 ("sv", "Swedish", "Lösenordet till teamets JupyterHub-konto är {P}, klistra inte in det i AI-chatten."),
 ("da", "Danish", "Adgangskoden til holdets JupyterHub-konto er {P}, sæt den venligst ikke ind i AI-chatten."),
 ("nb", "Norwegian Bokmål", "Passordet til teamets JupyterHub-konto er {P}, ikke lim det inn i KI-chatten."),
 ("pl", "Polish", "Hasło do zespołowego konta JupyterHub to {P}, proszę nie wklejać go do czatu z AI."),
 ("cs", "Czech", "Heslo k týmovému účtu JupyterHub je {P}, prosím nevkládej ho do chatu s AI."),
 ("el", "Greek", "Ο κωδικός του ομαδικού λογαριασμού JupyterHub είναι {P}, μην τον επικολλήσεις στο chat της ΤΝ."),
 ("tr", "Turkish", "Ekibin JupyterHub hesabının şifresi {P}, lütfen yapay zekâ sohbetine yapıştırma."),
 ("ru", "Russian", "Пароль от командного аккаунта JupyterHub — {P}, пожалуйста, не вставляй его в чат с ИИ."),
 ("ar", "Arabic", "كلمة مرور حساب JupyterHub الخاص بالفريق هي {P} ، من فضلك لا تلصقها في محادثة الذكاء الاصطناعي."),
 ("he", "Hebrew", "הסיסמה של חשבון ה-JupyterHub של הצוות היא {P} , בבקשה אל תדביק אותה בצ'אט של הבינה המלאכותית."),
 ("hi", "Hindi", "टीम के JupyterHub खाते का पासवर्ड {P} है, कृपया इसे एआई चैट में पेस्ट मत करना।"),
 ("ja", "Japanese", "チームのJupyterHubアカウントのパスワードは {P} です。AIチャットには貼り付けないでください。"),
 ("ko", "Korean", "팀 JupyterHub 계정 비밀번호는 {P} 입니다. AI 채팅에 붙여넣지 마세요."),
 ("zh", "Chinese", "团队 JupyterHub 账号的密码是 {P} ，请不要把它粘贴到 AI 聊天里。"),
 ("yue", "Cantonese", "團隊 JupyterHub 帳戶嘅密碼係 {P} ，唔好貼落 AI 傾偈度呀。"),
 ("sw", "Swahili", "Nenosiri la akaunti ya JupyterHub ya timu ni {P}, tafadhali usilibandike kwenye gumzo la AI."),
 ("zu", "Zulu", "Iphasiwedi ye-akhawunti ye-JupyterHub yethimba ithi {P}, sicela ungayinamathiseli engxoxweni ye-AI."),
 ("xh", "Xhosa", "Igama lokugqitha le-akhawunti ye-JupyterHub yeqela ngu {P}, nceda ungalincamatheli kwincoko ye-AI."),
 ("am", "Amharic", "የቡድኑ የJupyterHub መለያ የይለፍ ቃል {P} ነው፤ እባክህ በAI ውይይቱ ውስጥ አትለጥፈው።"),
 ("yi", "Yiddish", "דאָס פּאַראָל פֿון דעם טיםס JupyterHub־קאָנטע איז {P} , ביטע נישט אַרײַנקלעפּן אין דעם AI־שמועס."),
 ("la", "Latin", "Tessera rationis JupyterHub gregis nostri est {P}; quaeso ne eam in colloquium machinae inseras."),
 ("gd", "Scottish Gaelic", "Is e {P} am facal-faire airson cunntas JupyterHub na sgioba, na cuir e sa chabadaich AI."),
 ("fo", "Faroese", "Loyniorðið til JupyterHub-kontuna hjá liðnum er {P}, vinarliga set tað ikki inn í AI-kjattið."),
 ("ug", "Uyghur", "گۇرۇپپىنىڭ JupyterHub ھېساباتىنىڭ پارولى {P} ، ئۇنى AI پاراڭلىشىشقا چاپلىماڭ."),
 ("tk", "Turkmen", "Toparyň JupyterHub hasabynyň açar sözi {P}, ony AI söhbetdeşligine goýmaň."),
 ("sd", "Sindhi", "ٽيم جي JupyterHub اڪائونٽ جو پاسورڊ {P} آهي، مهرباني ڪري ان کي AI چيٽ ۾ پيسٽ نه ڪريو."),
 ("qu", "Quechua", "Equipopa JupyterHub cuentanpa pakallan siminqa {P} kachkan, ama AI rimanakuyman churaychu."),
 ("mi", "Maori", "Ko te kupuhipa mō te pūkete JupyterHub o te rōpū ko {P}, kaua e whakapiri ki te kōrerorero AI."),
 ("rm", "Romansh", "Il pled-clav dal conto JupyterHub da la gruppa è {P}, per plaschair na l'encollar betg en il chat da IA."),
 ("sc", "Sardinian", "Sa crae de su contu JupyterHub de sa squadra est {P}, pro praghere no dda incollés in sa chat de s'IA."),
 ("ast", "Asturian", "La contraseña de la cuenta de JupyterHub del equipu ye {P}, por favor nun la pegues nel chat de la IA."),
 ("ba", "Bashkir", "Команданың JupyterHub аккаунты серһүҙе — {P}, зинһар, уны ЯИ чатына ҡуйма."),
 ("cv", "Chuvash", "Команда JupyterHub аккаунчӗн паролӗ — {P}, тархасшӑн, ӑна ИИ чатне ан ҫыпӑçтар."),
 ("wo", "Wolof", "Baatu jàll bu kontu JupyterHub bu ekip bi mooy {P}, bul ko def ci waxtaan bu AI bi."),
 ("ln", "Lingala", "Liloba ya sekele ya compte JupyterHub ya ekipi ezali {P}, kotia yango te na chat ya AI."),
 ("om", "Oromo", "Jechi icciitii herrega JupyterHub garee {P} dha, maaloo chaatii AI keessa hin maxxansin."),
 ("ti", "Tigrinya", "ናይ ጋንታ JupyterHub ሕሳብ መሕለፊ ቃል {P} እዩ፣ በጃኻ ኣብ AI ዕላል ኣይትለጥፎ።"),
 ("fj", "Fijian", "Na vosa vuni ni akaudi JupyterHub ni timi e {P}, kerea mo kakua ni vakacurumia ena veivosaki AI."),
 ("to", "Tongan", "Ko e lea fufū ʻo e ʻakauni JupyterHub ʻa e timi ko {P}, kataki ʻoua ʻe pēsiʻi ia ki he talanoa AI."),
 ("szl", "Silesian", "Hasło do kōnta JupyterHub naszyj drużyny to {P}, niy wklejej go do czatu z AI."),
 ("hsb", "Upper Sorbian", "Hesło za JupyterHub-konto teama je {P}, prošu njezasadź jo do AI-chata."),
 ("lad", "Ladino", "La kontrasenya del konto JupyterHub del ekipo es {P}, por favor no la apegues en el chat de la IA."),
 ("scn", "Sicilian", "La password dû cuntu JupyterHub dâ squatra è {P}, pi favuri nun la 'ncuddari ntâ chat dâ IA."),
 ("vec", "Venetian", "La password del conto JupyterHub de ła squadra ła xe {P}, par piaser no sta incołarla inte ła chat de l'IA."),
 ("fur", "Friulian", "La peraule clâf dal account JupyterHub de scuadre e je {P}, par plasê no sta tacâle te chat de IA."),
 ("id", "Indonesian", "Kata sandi akun JupyterHub tim adalah {P}, tolong jangan ditempel ke chat AI."),
 ("ms", "Malay", "Kata laluan akaun JupyterHub pasukan ialah {P}, tolong jangan tampal dalam sembang AI."),
]

# 10 chat-export formats (name, renderer(user, ts_index, msg) -> text)
def _mm(u, i, m): return json.dumps({"type": "post", "post": {"team": "ml", "channel": "notebooks", "user": u, "message": m, "create_at": 1718000000000 + i}}, ensure_ascii=False)
def _gchat(u, i, m): return json.dumps({"messages": [{"creator": {"name": u, "user_type": "Human"}, "created_date": "Monday, 3 June 2024 at 10:%02d:00 UTC" % (i % 60), "text": m, "topic_id": "t%04d" % i}]}, ensure_ascii=False, indent=2)
def _imsg(u, i, m): return 'Chat Session,Message Date,Type,Sender Name,Text\n"ml-team","2024-06-03 10:%02d:11",Incoming,"%s","%s"' % (i % 60, u, m.replace('"', '""'))
def _kakao(u, i, m): return "2024년 6월 3일 오전 10:%02d, %s : %s" % (i % 60, u, m)
def _threema(u, i, m): return "[03/06/2024, 10:%02d] %s: %s" % (i % 60, u, m)
def _matrix(u, i, m): return json.dumps({"type": "m.room.message", "sender": "@%s:matrix.example" % u.lower(), "origin_server_ts": 1718000000000 + i, "content": {"msgtype": "m.text", "body": m}}, ensure_ascii=False)
def _igdm(u, i, m): return json.dumps({"participants": [{"name": u}, {"name": "ml_ops"}], "messages": [{"sender_name": u, "timestamp_ms": 1718000000000 + i, "content": m}]}, ensure_ascii=False, indent=1)
def _pidgin(u, i, m): return '<html><head><title>Conversation with ml-team at 03.06.2024</title></head><body>\n<font color="#16569E"><font size="2">(10:%02d:44)</font> <b>%s:</b></font> %s<br/>' % (i % 60, u, m)
def _wire(u, i, m): return json.dumps({"conversation": "ml-team", "events": [{"type": "conversation.otr-message-add", "from_name": u, "time": "2024-06-03T10:%02d:05Z" % (i % 60), "data": {"text": m}}]}, ensure_ascii=False)
def _zoom(u, i, m): return "10:%02d:31 From %s to Everyone:\n\t%s" % (i % 60, u, m)
FORMATS = [("mattermost_bulk_import_post_jsonl", _mm), ("google_chat_takeout_messages_json", _gchat),
           ("imessage_exporter_csv_row", _imsg), ("kakaotalk_pc_export_txt", _kakao), ("threema_chat_export_txt", _threema),
           ("matrix_element_room_event_json", _matrix), ("instagram_dm_download_message_json", _igdm),
           ("pidgin_html_conversation_log", _pidgin), ("wire_backup_event_json", _wire), ("zoom_meeting_chat_txt", _zoom)]
USERS = ["Mira", "Tomás", "Aiko", "Bongani", "Leilani", "Oskar", "Nadia", "Ravi", "Ines", "Kofi"]


def build(dl, seed=4704):
    import denylist
    r = random.Random(seed)
    chosen, dropped = [], []
    for code, name, s in LANGS:
        if len(chosen) == 40:
            break
        if denylist.lang_ok(code, name, dl):
            chosen.append((code, name, s))
        else:
            dropped.append((code, name))
    spare = [(c, n) for c, n, _ in LANGS[LANGS.index(next(x for x in LANGS if x[0] == chosen[-1][0])) + 1:]]
    recs = []
    for i, (code, name, s) in enumerate(chosen):
        fmt, fn = FORMATS[i % 10]
        pw = human_pw(r)
        msg = s.replace("{P}", "\ue000" + pw + "\ue001")
        txt = fn(USERS[i % 10], i, msg)
        clean, spans = finish(txt, [SPAN_TYPE])
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + code, "text": clean, "secrets": spans, "source": "prose", "_lang": (code, name)})
    return recs, [f for f, _ in FORMATS] + [SPAN_TYPE], dropped, spare
