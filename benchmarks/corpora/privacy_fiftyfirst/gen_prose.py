"""Prose: a small-business owner shares the point-of-sale / booking password with staff."""
import random, json
from common import MARK, positive, human_pw

SPAN = 'shop_till_and_booking_staff_password'
# (code, English name, sentence with {P}); best-effort, non-native builder
LANGS = [
 ('lo', 'Lao', 'ລະຫັດຜ່ານລະບົບຈອງ ແລະ ເຄື່ອງຂາຍຂອງຮ້ານແມ່ນ {P} ກະລຸນາຢ່າບອກລູກຄ້າ.'),
 ('my', 'Burmese', 'ဆိုင်ရဲ့ အရောင်းစက်နဲ့ ဘွတ်ကင်စနစ် စကားဝှက်က {P} ပါ၊ ဖောက်သည်တွေကို မပြောပါနဲ့။'),
 ('bo', 'Tibetan', 'ཚོང་ཁང་གི་ཉོ་ཚོང་མ་ལག་གི་གསང་ཚིག་ནི་ {P} རེད། ཉོ་མཁན་ལ་མ་ཤོད།'),
 ('dz', 'Dzongkha', 'ཚོང་ཁང་གི་ཆོག་ཡིག་འདི་ {P} ཨིན། ཉོ་མི་ལུ་མ་སླབ།'),
 ('su', 'Sundanese', 'Kecap konci kasir jeung sistem booking warung nyaéta {P}, ulah dibéjakeun ka nu meuli.'),
 ('ceb', 'Cebuano', 'Ang password sa kahera ug booking system sa tindahan kay {P}, ayaw isulti sa mga customer.'),
 ('ilo', 'Ilocano', 'Ti password ti kahera ken booking system ti tiendaan ket {P}, dimo ibaga kadagiti customer.'),
 ('war', 'Waray', 'An password han kahera ngan booking system han tindahan amo an {P}, ayaw igsumat ha mga customer.'),
 ('hil', 'Hiligaynon', 'Ang password sang kahera kag booking system sang tindahan amo ang {P}, indi pagsugiri ang mga customer.'),
 ('pam', 'Kapampangan', 'Ing password ning kahera at booking system ning tindahan ya ing {P}, ali yu sasabyan deng customer.'),
 ('hmn', 'Hmong', 'Tus password rau lub tshuab them nyiaj thiab booking hauv khw yog {P}, tsis txhob qhia rau cov neeg yuav khoom.'),
 ('ky', 'Kyrgyz', 'Дүкөндүн кассасы менен брондоо системасынын сырсөзү {P}, кардарларга айтпагыла.'),
 ('dv', 'Dhivehi', 'ފިހާރައިގެ ކޭޝް މެޝިނާއި ބުކިންގ ސިސްޓަމުގެ ޕާސްވޯޑަކީ {P}، ކަސްޓަމަރުންނަށް ނުބުނާށެވެ.'),
 ('mai', 'Maithili', 'दोकानक काउंटर आ बुकिंग सिस्टमक पासवर्ड {P} अछि, ग्राहक सभकें नहि कहब।'),
 ('bho', 'Bhojpuri', 'दोकान के काउंटर आ बुकिंग सिस्टम के पासवर्ड {P} बा, गाहक लोग के मत बताईं।'),
 ('gom', 'Konkani', 'दुकानाच्या काउंटराचो आनी बुकिंग सिस्टिमाचो पासवर्ड {P} आसा, गिरायकांक सांगूं नाकात.'),
 ('nan', 'Min Nan', 'Tiàm-á siu-ngîn-ki kap booking hē-thóng ê bi̍t-bé sī {P}, m̄-thang kā lâng-kheh kóng.'),
 ('ban', 'Balinese', 'Kruna sandi kasir miwah sistem booking warung inggih punika {P}, sampunang orahang ring pelanggan.'),
 ('ace', 'Acehnese', 'Password kasir ngon sistem booking keudé nyan {P}, bek neupeugah bak ureueng bloe.'),
 ('tet', 'Tetum', 'Password ba kaixa no sistema booking loja nian mak {P}, labele fó-hatene ba kliente sira.'),
 ('rw', 'Kinyarwanda', "Ijambo ry'ibanga rya mashini y'amafaranga n'iyo kubika imyanya by'iduka ni {P}, ntimuribwire abakiriya."),
 ('rn', 'Kirundi', "Ijambo ry'ibanga ry'imashini y'amahera y'iduka ni {P}, ntimuribwire abaguzi."),
 ('sn', 'Shona', 'Password yemuchina wemari uye yekubhuka yechitoro ndeye {P}, musaudza vatengi.'),
 ('tn', 'Setswana', 'Lefoko la sephiri la motšhine wa madi le la go beeletsa la lebenkele ke {P}, lo se ka lwa le bolelela badirisi.'),
 ('ve', 'Venda', 'Phasiwede ya mutshini wa tshelede na ya u bukha ya vhengele ndi {P}, ni songo i vhudza vharengi.'),
 ('ss', 'Swati', 'Liphasiwedi lemshini wemali nelekubhuka lesitolo ngu {P}, ningatjeli emakhasimende.'),
 ('nso', 'Northern Sotho', 'Phasewete ya motšhene wa tšhelete le ya go bukela ya lebenkele ke {P}, le se ke la e botša bareki.'),
 ('ig', 'Igbo', 'Okwuntụghe igwe ego na ndebanye aha nke ụlọ ahịa bụ {P}, unu agwala ndị ahịa.'),
 ('ee', 'Ewe', 'Fiasea ƒe gaxɔmɔ̃ kple booking ƒe password enye {P}, migagblɔe na asitsalawo o.'),
 ('bm', 'Bambara', 'Butiki wari masin ni booking password ye {P} ye, aw kana a fɔ sanbagaw ye.'),
 ('ki', 'Kikuyu', 'Password ya mashini ya mbeca na booking ya duka nĩ {P}, mũtikeere ageri.'),
 ('lg', 'Luganda', "Ekigambo eky'ekyama ekya kyuma ky'ensimbi n'ekya booking eky'edduuka ye {P}, temukibuulira bakasitoma."),
 ('mg', 'Malagasy', "Ny tenimiafina amin'ny milina vola sy ny famandrihana ao amin'ny fivarotana dia {P}, aza lazaina amin'ny mpanjifa."),
 ('ny', 'Chichewa', 'Mawu achinsinsi a makina a ndalama ndi booking ya sitolo ndi {P}, musawauze makasitomala.'),
 ('kab', 'Kabyle', 'Awal uffir n tmachint n yedrimen d unagraw n usekles n tḥanut d {P}, ur t-ttinim ara i imsaɣen.'),
 ('luo', 'Dholuo', 'Password mar mashin mar pesa kod booking mar duka en {P}, kik unyis jongʼiewo.'),
 ('ty', 'Tahitian', 'Te parau huna o te mātini moni e te faanahoraa o te fare toa o {P}, eiaha e faaite i te feia hoo mai.'),
 ('tpi', 'Tok Pisin', 'Paswot bilong masin mani na booking sistem bilong stoa em {P}, yupela no ken tokim ol kastoma.'),
 ('niu', 'Niuean', 'Ko e password he mīsini tupe mo e booking he fale koloa ko {P}, ua talahau ke he tau tagata fakatau.'),
 ('rar', 'Rarotongan', 'Ko te password o te mātini moni e te booking o te toa ko {P}, auraka e akakite atu ki te au kaihoko.'),
 ('ch', 'Chamorro', "I password para i mákinan salåpe' yan i booking gi tenda ha' {P}, cha'-mu sangåni i kustomet siha."),
 ('mh', 'Marshallese', 'Password eo an mejin in jããn im booking eo an stoa eo ej {P}, jab kwaļo̧k ñan ri-wia ro.'),
 ('gil', 'Gilbertese', 'Te password ibukin te mwaini n te mwane ao te booking n te titoa bon {P}, tai taekina nakoia taan kabooboo.'),
 ('ho', 'Hiri Motu', 'Stoa ena moni masini bona booking ena password be {P}, kastoma dekenai do umui gwau lasi.'),
]

FORMATS = ['zalo_pc_history_txt_dump', 'dingtalk_group_export_csv', 'lark_feishu_history_json_item',
           'imo_chat_backup_txt_line', 'botim_conversation_export_txt', 'wechat_work_archive_api_json',
           'workplace_chat_download_json', 'x_dm_archive_js_record', 'snapchat_mydata_chat_history_json',
           'teams_graph_chatmessage_json']

NAMES = ['Aroha', 'Kofi', 'Nkechi', 'Sione', 'Linh', 'Tenzin', 'Amara', 'Rangi', 'Chipo', 'Dewi', 'Malia', 'Juma']


def render(fmt, r, i, sent):
    who = r.choice(NAMES)
    hh, mm = r.randrange(7, 22), r.randrange(60)
    day = '2025-%02d-%02d' % (r.randrange(1, 13), r.randrange(1, 29))
    j = lambda o: json.dumps(o, ensure_ascii=False).replace('\\ue000', MARK)
    if fmt == 'zalo_pc_history_txt_dump':
        return '[%s %02d:%02d] %s:\n%s\n' % (day, hh, mm, who, sent)
    if fmt == 'dingtalk_group_export_csv':
        return 'sender,time,content\n%s,%s %02d:%02d,"%s"\n' % (who, day, hh, mm, sent.replace('"', '""'))
    if fmt == 'lark_feishu_history_json_item':
        return j({'message_id': 'om_%d' % (900000 + i), 'msg_type': 'text', 'sender': {'name': who},
                  'create_time': '%s %02d:%02d' % (day, hh, mm), 'body': {'content': sent}})
    if fmt == 'imo_chat_backup_txt_line':
        return '%s %02d:%02d - %s: %s' % (day, hh, mm, who, sent)
    if fmt == 'botim_conversation_export_txt':
        return '%s\n%s (%02d:%02d)\n%s\n' % (day, who, hh, mm, sent)
    if fmt == 'wechat_work_archive_api_json':
        return j({'msgid': '%d_%d' % (r.randrange(10**9), i), 'action': 'send', 'from': who.lower(),
                  'msgtype': 'text', 'text': {'content': sent}})
    if fmt == 'workplace_chat_download_json':
        return j({'sender_name': who, 'timestamp_ms': 1700000000000 + i * 3600000, 'content': sent, 'type': 'Generic'})
    if fmt == 'x_dm_archive_js_record':
        return 'window.YTD.direct_messages.part0 = [{"dmConversation":{"messages":[{"messageCreate":' + \
            j({'senderId': str(r.randrange(10**12)), 'text': sent, 'createdAt': day + 'T%02d:%02d:00.000Z' % (hh, mm)}) + '}]}}]'
    if fmt == 'snapchat_mydata_chat_history_json':
        return j({'From': who.lower(), 'Media Type': 'TEXT', 'Created': day + ' %02d:%02d:00 UTC' % (hh, mm), 'Content': sent})
    if fmt == 'teams_graph_chatmessage_json':
        return j({'messageType': 'message', 'from': {'user': {'displayName': who}},
                  'body': {'contentType': 'text', 'content': sent}})
    raise KeyError(fmt)


def generate(pool, deny_ok):
    r = random.Random(5104)
    out, dropped = [], []
    langs = [l for l in LANGS if deny_ok(l[0], l[1])]
    dropped = [l[:2] for l in LANGS if not deny_ok(l[0], l[1])]
    use, spare = langs[:40], langs[40:]
    for i, (code, name, s) in enumerate(use):
        pw = pool.take(lambda: human_pw(r))
        fmt = FORMATS[i % 10]
        tpl = render(fmt, r, i, s.replace('{P}', MARK))
        out.append(positive('%s__%s' % (fmt, code), tpl, [(pw, SPAN)], 'prose'))
    return out, use, dropped, spare
