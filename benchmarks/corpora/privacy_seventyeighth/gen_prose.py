import random, json
from common import owner_pw

SPAN_TYPE = 'replica_postgres_superuser_password'
# (code ISO 639-3, English name, sentence with {V})
LANGS = [
 ('ita', 'Italian', "La nuova password del superuser postgres sulla replica è {V}, per favore non incollarla nel ticket."),
 ('ind', 'Indonesian', "Kata sandi baru untuk superuser postgres di replika adalah {V}, tolong jangan tempel di tiket."),
 ('tgl', 'Tagalog', "Ang bagong password ng postgres superuser sa replica ay {V}, pakiusap huwag itong ilagay sa ticket."),
 ('isl', 'Icelandic', "Nýja lykilorðið fyrir postgres-ofurnotandann á afritinu er {V}, vinsamlegast ekki setja það í beiðnina."),
 ('slv', 'Slovenian', "Novo geslo za postgres superuporabnika na repliki je {V}, prosim, ne prilepi ga v zahtevek."),
 ('bos', 'Bosnian', "Nova lozinka za postgres superkorisnika na replici je {V}, molim te ne lijepi je u tiket."),
 ('bel', 'Belarusian', "Новы пароль суперкарыстальніка postgres на рэпліцы — {V}, калі ласка, не ўстаўляй яго ў тыкет."),
 ('fao', 'Faroese', "Nýggja loyniorðið hjá postgres-superbrúkaranum á replikuni er {V}, vinarliga set tað ikki í tikettina."),
 ('fry', 'Frisian', "It nije wachtwurd foar de postgres-superuser op de replika is {V}, set it asjebleaft net yn it ticket."),
 ('gla', 'Gaelic', "'S e {V} am facal-faire ùr airson superuser postgres air an lethbhreac, na cuir san tiocaid e, mas e do thoil e."),
 ('bre', 'Breton', "Ar ger-tremen nevez evit superuser postgres war ar replica eo {V}, na lakait ket anezhañ en tiked, mar plij."),
 ('cos', 'Corsican', "A nova parolla d'intrata di u superuser postgres nant'à a replica hè {V}, ùn la mette micca in u ticket, per piacè."),
 ('oci', 'Occitan', "Lo senhal nòu del superuser postgres sus la replica es {V}, lo pegues pas dins lo ticket, se te plai."),
 ('lat', 'Latin', "Nova tessera superusoris postgres in replica est {V}; quaeso, noli eam in tesseram auxilii inserere."),
 ('kur', 'Kurdish', "Şîfreya nû ya superuserê postgres li ser replîkayê {V} e, ji kerema xwe wê nexe nav tîketê."),
 ('pus', 'Pashto', "د ریپلیکا پر postgres سوپریوزر نوی پاسورډ {V} دی، مهرباني وکړئ په ټکټ کې یې مه ږدئ."),
 ('pan', 'Punjabi', "ਰੈਪਲਿਕਾ 'ਤੇ postgres ਸੁਪਰਯੂਜ਼ਰ ਦਾ ਨਵਾਂ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਟਿਕਟ ਵਿੱਚ ਨਾ ਪਾਓ।"),
 ('guj', 'Gujarati', "રેપ્લિકા પર postgres સુપરયુઝરનો નવો પાસવર્ડ {V} છે, કૃપા કરીને તેને ટિકિટમાં ન મૂકશો."),
 ('kan', 'Kannada', "ರೆಪ್ಲಿಕಾದಲ್ಲಿ postgres ಸೂಪರ್‌ಯೂಸರ್‌ನ ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಅದನ್ನು ಟಿಕೆಟ್‌ನಲ್ಲಿ ಹಾಕಬೇಡಿ."),
 ('mal', 'Malayalam', "റെപ്ലിക്കയിലെ postgres സൂപ്പർയൂസറിന്റെ പുതിയ പാസ്‌വേഡ് {V} ആണ്, ദയവായി അത് ടിക്കറ്റിൽ ഇടരുത്."),
 ('ori', 'Odia', "ରେପ୍ଲିକାରେ postgres ସୁପରୟୁଜରର ନୂଆ ପାସୱାର୍ଡ {V} , ଦୟାକରି ଏହାକୁ ଟିକେଟରେ ଦିଅନ୍ତୁ ନାହିଁ।"),
 ('asm', 'Assamese', "ৰেপ্লিকাত postgres ছুপাৰইউজাৰৰ নতুন পাছৱৰ্ড {V} , অনুগ্ৰহ কৰি ইয়াক টিকেটত নিদিব।"),
 ('nep', 'Nepali', "रेप्लिकामा postgres सुपरयुजरको नयाँ पासवर्ड {V} हो, कृपया यसलाई टिकटमा नराख्नुहोस्।"),
 ('mya', 'Burmese', "replica ပေါ်က postgres superuser ရဲ့ password အသစ်က {V} ဖြစ်ပါတယ်၊ ticket ထဲမှာ မထည့်ပါနဲ့။"),
 ('lao', 'Lao', "ລະຫັດຜ່ານໃໝ່ຂອງ postgres superuser ໃນ replica ແມ່ນ {V} , ກະລຸນາຢ່າໃສ່ມັນໃນ ticket."),
 ('uig', 'Uyghur', "رېپلىكادىكى postgres superuser نىڭ يېڭى پارولى {V} ، ئۇنى تىكېتقا چاپلىماڭ."),
 ('kir', 'Kyrgyz', "Репликадагы postgres суперколдонуучусунун жаңы сырсөзү {V}, сураныч, аны тикетке койбоңуз."),
 ('tgk', 'Tajik', "Пароли нави суперкорбари postgres дар реплика {V} аст, лутфан онро ба тикет нагузоред."),
 ('tuk', 'Turkmen', "Replikadaky postgres superulanyjysynyň täze paroly {V}, haýyş, ony bilete goýmaň."),
 ('tat', 'Tatar', "Репликадагы postgres суперкулланучысының яңа серсүзе {V}, зинһар, аны тикетка кертмәгез."),
 ('jav', 'Javanese', "Sandhi anyar kanggo superuser postgres ing replika yaiku {V}, aja dilebokake ing tiket ya."),
 ('sun', 'Sundanese', "Kecap konci anyar pikeun superuser postgres di réplika nyaéta {V}, punten ulah dilebetkeun kana tikét."),
 ('ceb', 'Cebuano', "Ang bag-ong password sa postgres superuser sa replica kay {V}, palihug ayaw kini ibutang sa ticket."),
 ('mlg', 'Malagasy', "Ny tenimiafina vaovao an'ny superuser postgres ao amin'ny replica dia {V}, aza apetraka ao amin'ny tapakila azafady."),
 ('som', 'Somali', "Furaha sirta cusub ee superuser-ka postgres ee replica-ha waa {V}, fadlan ha ku dhejin tigidhka."),
 ('kin', 'Kinyarwanda', "Ijambobanga rishya rya superuser ya postgres kuri replica ni {V}, ntuzarishyire muri tike."),
 ('sna', 'Shona', "Pasiwedhi itsva ye postgres superuser pa replica ndi {V}, ndapota usaiisa mu tiketi."),
 ('xho', 'Xhosa', "Igama lokugqitha elitsha le-postgres superuser kwi-replica ngu {V}, nceda ungalifaki kwitikiti."),
 ('sot', 'Sesotho', "Phasewete e ncha ya postgres superuser ho replica ke {V}, ka kopo o se ke wa e kenya teketeng."),
 ('tsn', 'Tswana', "Lefoko la sephiri le lešwa la postgres superuser mo replica ke {V}, tsweetswee o se ka wa le tsenya mo teketeng."),
 ('ibo', 'Igbo', "Okwuntughe ọhụrụ maka postgres superuser na replica bụ {V}, biko etinyela ya na tiketi."),
 ('lin', 'Lingala', "Liloba ya sekele ya sika ya superuser postgres na replica ezali {V}, svp kotia yango na tike te."),
 ('mri', 'Maori', "Ko te kupuhipa hou mō te superuser postgres i te tārua ko {V}, tēnā kaua e whakauru ki te tīkiti."),
 ('smo', 'Samoan', "O le upu fa'alilolilo fou mo le superuser postgres i le replica o {V}, fa'amolemole aua le tu'uina i le tiketi."),
 ('ton', 'Tongan', "Ko e lea fufū fo'ou 'o e superuser postgres 'i he replica ko {V}, kataki 'oua 'e tuku ia ki he tikite."),
 ('haw', 'Hawaiian', "ʻO {V} ka ʻōlelo huna hou no ka superuser postgres ma ka replica, mai hoʻokomo iā ia i ka tiketi."),
 ('hat', 'Haitian Creole', "Nouvo modpas superuser postgres la sou replica a se {V}, tanpri pa mete l nan tikè a."),
 ('zho', 'Chinese', "副本上 postgres 超级用户的新密码是 {V} ，请不要贴到工单里。"),
 ('yid', 'Yiddish', "דאָס נײַע פּאַראָל פֿאַר דעם postgres superuser אויף דער רעפּליקע איז {V} , ביטע שטעלט עס נישט אַרײַן אין טיקעט."),
 ('ast', 'Asturian', "La contraseña nueva del superuser postgres na réplica ye {V}, por favor nun la pegues nel tiquete."),
]

FORMATS = ['mattermost_bulk_export_post_jsonl', 'rocketchat_mongo_message_document', 'discord_chatexporter_csv_row',
           'whatsapp_android_txt_export_line', 'weechat_buffer_log_line', 'hexchat_channel_log_line',
           'skype_messages_json_export', 'line_talk_history_txt_line', 'viber_desktop_csv_row',
           'xmpp_mam_archived_stanza_xml']
NAMES = ['mkovac', 'aditya.r', 'lsantos', 'ngozi.e', 'hiroko', 'tavita', 'dba-oncall', 'p.merle', 'kaia', 'bruno.dba']


def render(fmt, msg, rng, i):
    u = NAMES[i % len(NAMES)]
    ts = '2024-%02d-%02d %02d:%02d' % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    S = '\ue000'
    if fmt == 'mattermost_bulk_export_post_jsonl':
        pre = '{"type":"post","post":{"team":"data-platform","channel":"dba-ops","user":"%s","message":"' % u
        return pre + S + '","create_at":17%08d}}' % rng.randint(0, 99999999)
    if fmt == 'rocketchat_mongo_message_document':
        return '{ "_id" : "%s", "rid" : "GENERALdba", "msg" : "%s", "u" : { "username" : "%s" } }' % (''.join(rng.choice('abcdefghijkmnpqrstuvwxyz23456789') for _ in range(17)), S, u)
    if fmt == 'discord_chatexporter_csv_row':
        return 'AuthorID,Author,Date,Content,Attachments,Reactions\n"%d","%s","%s","%s","",""' % (rng.randint(10**17, 10**18), u, ts, S)
    if fmt == 'whatsapp_android_txt_export_line':
        return '%s - %s: %s' % (ts.replace('2024-', '').replace('-', '/'), u, S)
    if fmt == 'weechat_buffer_log_line':
        return '%s:%02d\t%s\t%s' % (ts, rng.randint(0, 59), u, S)
    if fmt == 'hexchat_channel_log_line':
        return '**** BEGIN LOGGING AT %s\n%s <%s>\t%s' % (ts, ts[5:], u, S)
    if fmt == 'skype_messages_json_export':
        return '{"conversations":[{"displayName":"DBA oncall","MessageList":[{"from":"8:live:%s","content":"%s","messagetype":"RichText"}]}]}' % (u, S)
    if fmt == 'line_talk_history_txt_line':
        return '[LINE] Chat history with DBA oncall\n%s\t%s\t%s' % (ts[11:], u, S)
    if fmt == 'viber_desktop_csv_row':
        return 'Date,Time,Sender,Phone,Message\n%s,%s,%s,+100000%05d,"%s"' % (ts[:10], ts[11:], u, rng.randint(0, 99999), S)
    if fmt == 'xmpp_mam_archived_stanza_xml':
        return '<result xmlns="urn:xmpp:mam:2" id="%d"><forwarded xmlns="urn:xmpp:forward:0"><message from="%s@chat.example/desk" type="chat"><body>%s</body></message></forwarded></result>' % (rng.randint(10**9, 10**10), u, S)
    raise KeyError(fmt)


def candidates_ok(langs, words, names):
    ok = []
    for code, name, sent in LANGS:
        if code in names or code in langs or code in words:
            continue
        if any(w.lower() in words or w.lower() in langs for w in name.split()):
            continue
        ok.append((code, name, sent))
    return ok


def build(langs, words, names, seed=7804):
    rng = random.Random(seed)
    chosen = candidates_ok(langs, words, names)[:40]
    out = []
    for i, (code, name, sent) in enumerate(chosen):
        fmt = FORMATS[i % len(FORMATS)]
        v = owner_pw(rng)
        frame = render(fmt, None, rng, i)
        body = sent.replace('{V}', '\ue001')
        if fmt in ('mattermost_bulk_export_post_jsonl', 'rocketchat_mongo_message_document', 'skype_messages_json_export'):
            body = json.dumps(body, ensure_ascii=False)[1:-1]
        elif fmt in ('discord_chatexporter_csv_row', 'viber_desktop_csv_row'):
            body = body.replace('"', '""')
        elif fmt == 'xmpp_mam_archived_stanza_xml':
            body = body.replace('&', '&amp;').replace('<', '&lt;')
        text = frame.replace('\ue000', body)
        s = text.index('\ue001')
        text = text.replace('\ue001', v)
        out.append(dict(type=SPAN_TYPE, container=fmt + '__' + code, text=text, secrets=[dict(value=v, start=s, end=s + len(v), type=SPAN_TYPE)], source='prose', _lang=(code, name)))
    return out, chosen
