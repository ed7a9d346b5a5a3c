"""Prose part: an on-call engineer shares the lab interface password in 40 languages,
in 10 new chat-export formats (4 each)."""
import random
from common import MARK, password, spans_from_marked

SEED = 5004
SPAN_TYPE = "oncall_lab_interface_password"

# code, English name, sentence with <<V>>
LANGS = [
    ("de", "German", "Für die Rufbereitschaft heute Nacht: das Passwort der Laborschnittstelle ist <<V>> – bitte nicht ins Ticket kopieren."),
    ("fr", "French", "Pour l'astreinte de cette nuit : le mot de passe de l'interface du labo est <<V>>, ne le collez pas dans le ticket."),
    ("es", "Spanish", "Para la guardia de esta noche: la contraseña de la interfaz del laboratorio es <<V>>, no la pegues en el ticket."),
    ("nl", "Dutch", "Voor de wachtdienst vannacht: het wachtwoord van de labkoppeling is <<V>>, plak het niet in het ticket."),
    ("pl", "Polish", "Na dzisiejszy dyżur: hasło do interfejsu laboratorium to <<V>>, nie wklejaj go do zgłoszenia."),
    ("sv", "Swedish", "Till jouren i natt: lösenordet till labbgränssnittet är <<V>>, klistra inte in det i ärendet."),
    ("da", "Danish", "Til vagten i nat: adgangskoden til laboratoriets grænseflade er <<V>>, sæt den ikke ind i sagen."),
    ("nb", "Norwegian Bokmal", "Til vakta i natt: passordet til laboratoriegrensesnittet er <<V>>, ikke lim det inn i saken."),
    ("el", "Greek", "Για την αποψινή εφημερία: ο κωδικός της διεπαφής του εργαστηρίου είναι <<V>>, μην τον βάλεις στο αίτημα."),
    ("ru", "Russian", "Для сегодняшнего дежурства: пароль интерфейса лаборатории — <<V>>, не вставляй его в тикет."),
    ("he", "Hebrew", "לתורנות הלילה: הסיסמה לממשק המעבדה היא <<V>>, אל תדביקו אותה בכרטיס."),
    ("ar", "Arabic", "لمناوبة الليلة: كلمة مرور واجهة المختبر هي <<V>>، لا تلصقها في التذكرة."),
    ("zh", "Chinese", "今晚值班用：检验科接口的密码是 <<V>> ，请不要贴到工单里。"),
    ("ja", "Japanese", "今夜のオンコール用：検査システム連携のパスワードは <<V>> です。チケットには貼らないでください。"),
    ("ko", "Korean", "오늘 밤 당직용: 검사실 인터페이스 비밀번호는 <<V>> 입니다. 티켓에 붙여넣지 마세요."),
    ("sw", "Swahili", "Kwa zamu ya usiku huu: nenosiri la kiolesura cha maabara ni <<V>>, usiliweke kwenye tiketi."),
    ("am", "Amharic", "ለዛሬ ሌሊት ተረኛ፦ የላብራቶሪው በይነገጽ የይለፍ ቃል <<V>> ነው፤ በትኬቱ ውስጥ አትለጥፉት።"),
    ("zu", "Zulu", "Kwabasebenza ebusuku namuhla: iphasiwedi yokuxhumana kwelabhorethri ngu-<<V>>, ungayifaki ethikithini."),
    ("xh", "Xhosa", "Kwabo basebenza ebusuku: igama lokugqithisa lelebhu ngu-<<V>>, musa ukulifaka kwitikiti."),
    ("rw", "Kinyarwanda", "Ku bazaba bari ku izamu iri joro: ijambo ry'ibanga rya laboratwari ni <<V>>, ntimurishyire mu itike."),
    ("my", "Burmese", "ဒီည တာဝန်ကျသူအတွက် - ဓာတ်ခွဲခန်း interface စကားဝှက်က <<V>> ဖြစ်ပါတယ်၊ ticket ထဲ မထည့်ပါနဲ့။"),
    ("ky", "Kyrgyz", "Бүгүнкү түнкү кезмет үчүн: лаборатория интерфейсинин сырсөзү <<V>>, аны тикетке койбогула."),
    ("fy", "Frisian", "Foar de wacht fannacht: it wachtwurd fan de labkeppeling is <<V>>, plak it net yn it ticket."),
    ("gd", "Scottish Gaelic", "Airson na faire a-nochd: 's e <<V>> am facal-faire aig eadar-aghaidh an obair-lann, na cuir san tiogaid e."),
    ("br", "Breton", "Evit ar gward-noz fenoz: ar ger-tremen evit etrefas al labourva eo <<V>>, na lakait ket anezhañ er billed."),
    ("co", "Corsican", "Per a guardia di sta notte: a parolla d'intrata di l'interfaccia di u laburatoriu hè <<V>>, ùn la mette micca in u bigliettu."),
    ("bs", "Bosnian", "Za večerašnje dežurstvo: lozinka za laboratorijski interfejs je <<V>>, nemoj je lijepiti u tiket."),
    ("la", "Latin", "Pro vigilia huius noctis: tessera interfaciei laboratorii est <<V>>; noli eam in tesseram negotii inserere."),
    ("qu", "Quechua", "Kunan tuta qhawaqkunapaq: laboratorio interfazpa pakasqa simin <<V>> kachkan, ama ticketman churaychu."),
    ("mi", "Maori", "Mō te mahi pō i tēnei pō: ko te kupuhipa o te hononga taiwhanga ko <<V>>, kaua e whakapiri ki te tīkiti."),
    ("yi", "Yiddish", "פֿאַר דער דיזשורנע הײַנט בײַ נאַכט: דאָס פּאַראָל פֿון דער לאַבאָראַטאָריע איז <<V>>, לייגט עס נישט אַרײַן אין טיקעט."),
    ("lg", "Luganda", "Eri abali ku mulimu ekiro kino: ekigambo eky'ekyama ekya laboratory kiri <<V>>, tokiteeka mu tikiti."),
    ("rm", "Romansh", "Per il servetsch da notg: il pled-clav da l'interfatscha dal labor è <<V>>, na l'encollar betg en il bigliet."),
    ("sc", "Sardinian", "Pro sa guàrdia de custa note: sa crae de s'interfàtzia de su laboratòriu est <<V>>, no dda pongias in su bigliete."),
    ("ast", "Asturian", "Pa la guardia d'esta nueche: la contraseña de la interfaz del llaboratoriu ye <<V>>, nun la pegues nel tiquete."),
    ("ia", "Interlingua", "Pro le guardia de iste nocte: le contrasigno del interfacie del laboratorio es <<V>>, non colla lo in le billet."),
    ("ny", "Chichewa", "Kwa amene ali pa ntchito usiku uno: mawu achinsinsi a labotale ndi <<V>>, musawaike mu tikiti."),
    ("su", "Sundanese", "Kanggo piket wengi ieu: kecap akses antarmuka laboratorium nyaéta <<V>>, ulah ditempelkeun kana tiket."),
    ("ceb", "Cebuano", "Para sa on-call karong gabii: ang password sa interface sa lab kay <<V>>, ayaw ibutang sa ticket."),
    ("ln", "Lingala", "Mpo na mosala ya butu oyo: liloba ya sekele ya laboratware ezali <<V>>, kotia yango na tiket te."),
]

SENDERS = ["Amira (on-call)", "Jonas N.", "Keiko", "Dr. Mensah", "Lina", "Tomasz", "Sven", "Rafael"]

# Formats: name -> renderer(sender, ts, message)
FORMATS = {
    "mattermost_bulk_export_post_jsonl": lambda s, ts, m: '{"type":"post","post":{"team":"lab-it","channel":"oncall","user":"%s","message":"%s","create_at":%d}}' % (s, m, ts * 1000),
    "element_matrix_room_event_json": lambda s, ts, m: '{"type":"m.room.message","sender":"@%s:hosp.example","origin_server_ts":%d,"content":{"msgtype":"m.text","body":"%s"}}' % (s.split()[0].lower(), ts * 1000, m),
    "znc_irc_channel_log_line": lambda s, ts, m: "[%02d:%02d:%02d] <%s> %s" % (ts % 24, ts % 60, ts % 59, s.split()[0], m),
    "prosody_mam_archive_stanza": lambda s, ts, m: "<message from='%s@chat.hosp.example/desk' type='groupchat'><body>%s</body><delay stamp='%d'/></message>" % (s.split()[0].lower(), m, ts),
    "google_chat_takeout_message_json": lambda s, ts, m: '{"creator":{"name":"%s","user_type":"Human"},"created_date":"%d","text":"%s"}' % (s, ts, m),
    "webex_space_transcript_txt": lambda s, ts, m: "%s  %d  \n%s\n" % (s, ts, m),
    "kakaotalk_pc_txt_export_line": lambda s, ts, m: "[%s] [오후 %d:%02d] %s" % (s, ts % 12 + 1, ts % 60, m),
    "threema_chat_export_csv_row": lambda s, ts, m: '"%d","%s","%s"' % (ts, s, m),
    "pidgin_html_conversation_log": lambda s, ts, m: '<font size="2">(%02d:%02d)</font> <b>%s:</b> %s<br/>' % (ts % 24, ts % 60, s, m),
    "imessage_chat_db_row_dump": lambda s, ts, m: "ROWID=%d|handle=%s|is_from_me=0|text=%s" % (ts % 100000, s.split()[0], m),
}


def build(pool):
    rng = random.Random(SEED)
    fmts = list(FORMATS)
    recs = []
    for i, (code, name, sent) in enumerate(LANGS):
        f = fmts[i % len(fmts)]
        v = pool.take(rng, lambda r: password(r, True))
        ts = rng.randint(1760000000, 1769999999)
        msg = sent.replace("<<V>>", MARK)
        txt = FORMATS[f](rng.choice(SENDERS), ts, msg)
        text, spans = spans_from_marked(txt, [v], [SPAN_TYPE])
        recs.append({"type": SPAN_TYPE, "container": f + "__" + code, "text": text,
                     "secrets": spans, "source": "prose", "_lang": (code, name)})
    return recs
