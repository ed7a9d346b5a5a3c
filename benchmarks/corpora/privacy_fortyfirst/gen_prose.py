"""Prose part: a researcher shares the group's cluster-account password in their own language,
in 10 new chat / forum / mailing-list export formats."""
import random, json
from common import password, place

SEED = 4104
SPAN_TYPE = 'research_group_cluster_account_password'

# candidate languages in preference order (code, English name, sentence with {P}); the build keeps the
# first 40 that pass the deny-list language check.
LANGS = [
 ('nb', 'Norwegian Bokmål', 'Passordet til gruppekontoen på klyngen er {P}, ikke del det med andre.'),
 ('fo', 'Faroese', 'Loyniorðið til bólkakontuna á klynguni er {P}, vinarliga ikki deil tað við onnur.'),
 ('gd', 'Scottish Gaelic', "'S e am facal-faire airson cunntas na buidhne air a' chnuasach {P}, na roinn e le duine sam bith."),
 ('kw', 'Cornish', 'An ger-tremena rag akont an bagas war an klystyer yw {P}, na ranna ev gans denvyth.'),
 ('rm', 'Romansh', 'Il pled-clav dal conto da gruppa sin il cluster è {P}, per plaschair betg al dar vinavant.'),
 ('fur', 'Friulian', 'La peraule clâf dal cont dal grup sul cluster e je {P}, no sta dâle a nissun.'),
 ('sc', 'Sardinian', 'Sa paràula de intrada de su contu de su grupu in su cluster est {P}, non la dês a nemos.'),
 ('wa', 'Walloon', "Li scret do conte do groupe sol cluster, c' est {P}; nel dinez nén a ôtes djins."),
 ('li', 'Limburgish', "'t Wachwoord veur 't groepsaccount op de cluster is {P}, gaef 't neet door."),
 ('hsb', 'Upper Sorbian', 'Hesło za skupinske konto na klusterje je {P}, prošu njedawaj jo nikomu.'),
 ('csb', 'Kashubian', 'Parola do kònta grëpë na klastrze to je {P}, nie dôwôj ji nikòmù.'),
 ('cv', 'Chuvash', 'Кластерти ушкӑн аккаунчӗн пароле — {P}, ӑна никама та ан пар.'),
 ('ba', 'Bashkir', 'Кластерҙағы төркөм аккаунтының пароле — {P}, уны бер кемгә лә бирмәгеҙ.'),
 ('sah', 'Yakut', 'Кластерга бөлөх аккаунун пароля — {P}, ким да биэрэйимэ.'),
 ('tk', 'Turkmen', 'Klasterdäki topar hasabynyň paroly {P}, ony hiç kime bermäň.'),
 ('ug', 'Uyghur', 'كلاستېردىكى گۇرۇپپا ھېساباتىنىڭ پارولى {P}، ئۇنى ھېچكىمگە بەرمەڭ.'),
 ('bo', 'Tibetan', 'ཚོགས་པའི་རྩིས་ཐོའི་གསང་ཚིག་ནི་ {P} ཡིན། གཞན་ལ་མ་སྤྲོད།'),
 ('sd', 'Sindhi', 'ڪلسٽر تي گروپ اڪائونٽ جو پاسورڊ {P} آهي، مهرباني ڪري ڪنهن کي نه ڏيو.'),
 ('sa', 'Sanskrit', 'समूहस्य गणकखातस्य गूढशब्दः {P} अस्ति, कस्मै अपि मा ददातु।'),
 ('mai', 'Maithili', 'क्लस्टर पर समूह खाताक पासवर्ड {P} अछि, ककरो नहि दिअ।'),
 ('dv', 'Dhivehi', 'ކްލަސްޓަރުގެ ގްރޫޕް އެކައުންޓުގެ ޕާސްވޯޑަކީ {P}، އެއީ އެހެން މީހަކަށް ނުދޭށެވެ.'),
 ('ti', 'Tigrinya', 'ናይ ክላስተር ጉጅለ ኣካውንት ፓስዎርድ {P} እዩ፣ ንማንም ኣይትሃብ።'),
 ('om', 'Oromo', 'Jecha-darbii herrega garee kilaastara irratti {P} dha, nama biraaf hin kenninaa.'),
 ('ln', 'Lingala', 'Mot de passe ya compte ya groupe na cluster ezali {P}, kopesa yango na moto moko te.'),
 ('lg', 'Ganda', "Ekigambo ky'ekyama ekya akawunti y'ekibiina ku cluster kiri {P}, tokiwa muntu yenna."),
 ('ak', 'Akan', 'Ahintasɛm a ɛwɔ kuw no akawnt so wɔ cluster no so ne {P}, mfa mma obiara.'),
 ('ee', 'Ewe', 'Ƒuƒoa ƒe akɔnta ƒe nya ɣaɣla le cluster la dzi enye {P}, mègana ame aɖeke o.'),
 ('wo', 'Wolof', 'Baatu jàll bi ci kontu mbootaay mi ci cluster bi mooy {P}, bul ko jox kenn.'),
 ('tn', 'Tswana', 'Lefoko la sephiri la akhaonto ya setlhopha mo cluster ke {P}, o se ka wa le naya ope.'),
 ('ki', 'Kikuyu', 'Kiugo kia hitho kia akaunti ya gikundi kuri cluster ni {P}, ndũkakĩhe mũndũ.'),
 ('mi', 'Māori', 'Ko te kupuhipa mō te pūkete o te rōpū i te tautau ko {P}, kaua e tuku atu ki tētahi atu.'),
 ('fj', 'Fijian', 'Na vosa vuni ni akaude ni ilawalawa ena cluster e {P}, kakua ni solia vua e dua tale.'),
 ('ilo', 'Ilocano', 'Ti password ti account ti grupo iti cluster ket {P}, dimo nga iburay iti sabali.'),
 ('qu', 'Quechua', 'Huñunakuypa cluster nisqapi cuentanpa pakasqa siminqa {P} kachkan, ama pimanpas quychu.'),
 ('ay', 'Aymara', 'Tamana cluster ukan cuentapan imantat arupax {P}, janiw khitirus churamti.'),
 ('gn', 'Guarani', "Aty mba'ekuatiáre ñe'ẽñemi cluster-pe ha'e {P}, ani reme'ẽ avavépe."),
 ('pap', 'Papiamento', "E kontraseña di e kuenta di grupo riba e cluster ta {P}, no dun'é na ningun hende."),
 ('tpi', 'Tok Pisin', 'Paswot bilong akaun bilong grup long cluster em {P}, no ken givim long narapela.'),
 ('yi', 'Yiddish', 'דאָס פּאַראָל פֿון דער גרופּע־חשבון אויפֿן קלאַסטער איז {P}, ביטע גיט עס נישט ווייטער.'),
 ('lad', 'Ladino', 'La palavra sekreta del konto del grupo en el kluster es {P}, no la des a dinguno.'),
 ('gv', 'Manx', 'Yn fockle follit son coontey yn possan er y chruinnaght {P}, ny cur eh da peiagh erbee.'),
 ('ts', 'Tsonga', 'Phasiwedi ya akhawunti ya ntlawa eka cluster i {P}, u nga yi nyiki munhu.'),
 ('war', 'Waray', 'An password han account han grupo ha cluster amo an {P}, ayaw ini ihatag ha iba.'),
 ('hil', 'Hiligaynon', 'Ang password sang account sang grupo sa cluster amo ang {P}, indi pag-ihatag sa iban.'),
 ('bi', 'Bislama', 'Pasword blong akaon blong grup long cluster hem i {P}, yu no givim long narafala.'),
 ('tet', 'Tetum', 'Liafuan-xave ba konta grupu nian iha cluster mak {P}, labele fó ba ema seluk.'),
]

SENDERS = ['Ingrid', 'Tupac', 'Amadou', 'Rangi', 'Aigul', 'Tenzin', 'Mereana', 'Kofi', 'Ruslan', 'Esther']


def _js(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def fmt(name, r, sender, msg_parts):
    """Render one export; msg_parts = [pre, (value,type), post]. Returns list of parts."""
    ts = '2024-%02d-%02dT%02d:%02d:%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    pre, val, post = msg_parts
    if name == 'mattermost_bulk_import_jsonl':
        return ['{"type":"post","post":{"team":"lab","channel":"cluster","user":"%s","message":"' % sender.lower(), _js(pre), val, _js(post) + '","create_at":%d}}\n' % r.randint(1700000000000, 1730000000000)]
    if name == 'matrix_element_export_html':
        return ['<div class="mx_EventTile"><span class="mx_DisambiguatedProfile">%s</span> <span class="mx_MessageTimestamp">%s</span><div class="mx_EventTile_body">' % (sender, ts[11:16]), pre, val, post + '</div></div>\n']
    if name == 'pidgin_xmpp_html_log':
        return ['<font color="#A82F2F"><font size="2">(%s)</font> <b>%s@xmpp.uni.example:</b></font> ' % (ts[11:], sender.lower()), pre, val, post + '<br/>\n']
    if name == 'znc_irc_channel_log_line':
        return ['[%s] <%s> ' % (ts[11:], sender), pre, val, post + '\n']
    if name == 'pipermail_archive_message_text':
        return ['From %s at uni.example  %s\nFrom: %s at uni.example (%s)\nSubject: [lab-hpc] account\n\n' % (sender.lower(), ts, sender.lower(), sender), pre, val, post + '\n\n-------------- next part --------------\n']
    if name == 'webex_space_transcript_txt':
        return ['%s  %s\n' % (sender, ts.replace('T', ' ')), pre, val, post + '\n']
    if name == 'feishu_chat_record_txt':
        return ['%s %s\n' % (ts.replace('T', ' '), sender), pre, val, post + '\n']
    if name == 'dingtalk_group_export_csv':
        return ['时间,发送人,内容\n%s,%s,"' % (ts.replace('T', ' '), sender), pre.replace('"', '""'), val, post.replace('"', '""') + '"\n']
    if name == 'discourse_raw_post_markdown':
        return ['[quote="%s, post:3, topic:%d"]\n' % (sender.lower(), r.randint(100, 999)), pre, val, post + '\n[/quote]\n']
    if name == 'nextcloud_talk_json_message':
        return ['{"actorDisplayName":"%s","timestamp":%d,"message":"' % (sender, r.randint(1700000000, 1730000000)), _js(pre), val, _js(post) + '","messageType":"comment"}\n']
    raise ValueError(name)


FORMATS = ['mattermost_bulk_import_jsonl', 'matrix_element_export_html', 'pidgin_xmpp_html_log', 'znc_irc_channel_log_line',
           'pipermail_archive_message_text', 'webex_space_transcript_txt', 'feishu_chat_record_txt',
           'dingtalk_group_export_csv', 'discourse_raw_post_markdown', 'nextcloud_talk_json_message']


def build(pool, langs):
    r = random.Random(SEED)
    recs = []
    for i, (code, eng, sent) in enumerate(langs):
        form = FORMATS[i % len(FORMATS)]
        pw = pool.take(lambda: password(r))
        pre, post = sent.split('{P}')
        parts = fmt(form, r, SENDERS[i % len(SENDERS)], [pre, (pw, SPAN_TYPE), post])
        text, spans = place(parts)
        recs.append({'type': SPAN_TYPE, 'container': form + '__' + code, 'text': text, 'secrets': spans, 'source': 'prose'})
    return recs
