"""Prose: someone shares a password in their own language, in 10 new chat-export formats."""
import random
from common import password, mark, realize, subst, rand

SEED = 24004

# code: (English name, span type, sentence with §P§)
LANGS = {
    'ckb': ('Central Kurdish (Sorani)', 'wifi_psk', 'وشەی نهێنی وایفایەکە: §P§ — بە کەسی تری مەڵێ'),
    'sd': ('Sindhi', 'wifi_psk', 'وائي فائي جو پاسورڊ آهي: §P§ ، ڪنهن کي نه ٻڌائجانءِ'),
    'or': ('Odia', 'wifi_psk', 'ୱାଇଫାଇ ପାସୱାର୍ଡ ହେଉଛି §P§, କାହାକୁ କହିବ ନାହିଁ'),
    'as': ('Assamese', 'wifi_psk', 'ৱাইফাইৰ পাছৱৰ্ড হৈছে §P§, কাকো নকবা দেই'),
    'bo': ('Tibetan', 'wifi_psk', 'ཝའི་ཕའི་གི་གསང་ཚིག་ནི་ §P§ རེད། མི་གཞན་ལ་མ་བཤད།'),
    'dv': ('Dhivehi', 'wifi_psk', 'ވައިފައި ޕާސްވޯޑަކީ §P§ . އެހެން މީހަކަށް ނުބުނާތި'),
    'ti': ('Tigrinya', 'wifi_psk', 'ናይ ዋይፋይ መሕለፊ ቃል §P§ እዩ፣ ንካልእ ሰብ ኣይትንገር'),
    'om': ('Oromo', 'router_admin_password', 'Jecha icciitii router manaa: §P§ — nama biraatti hin himin'),
    'wo': ('Wolof', 'wifi_psk', 'Baatu jàll bu WiFi bi mooy §P§, bul ko wax kenn'),
    'ln': ('Lingala', 'wifi_psk', 'Mot de passe ya WiFi ezali §P§, koyebisa moto mosusu te'),
    'sn': ('Shona', 'wifi_psk', 'Pasiwedhi yeWiFi ndeye §P§, usaudza mumwe munhu'),
    'st': ('Southern Sotho', 'wifi_psk', 'Phasewete ya WiFi ke §P§, o se ke wa bolella motho e mong'),
    'tn': ('Setswana', 'wifi_psk', 'Lefoko la sephiri la WiFi ke §P§, o se bolelele ope'),
    'ny': ('Chichewa', 'wifi_psk', 'Mawu achinsinsi a WiFi ndi §P§, usauze wina aliyense'),
    'lg': ('Luganda', 'wifi_psk', 'Ekigambo ekyekusifu ekya WiFi kye §P§, tokibuulira muntu mulala'),
    'ee': ('Ewe', 'wifi_psk', 'WiFi ƒe nya ɣaɣla enye §P§, mègagblɔe na ame bubu o'),
    'tw': ('Twi (Akan)', 'wifi_psk', 'WiFi no password ne §P§, nka nkyerɛ obiara'),
    'to': ('Tongan', 'wifi_psk', 'Ko e lea fufū ʻo e WiFi ko §P§, ʻoua naʻa ke tala ki ha taha'),
    'fj': ('Fijian', 'wifi_psk', 'Na password ni WiFi e §P§, kua ni tukuna vei ira tale eso'),
    'ty': ('Tahitian', 'wifi_psk', 'Te parau huna no te WiFi o §P§ ïa, eiaha e faaite i te taata ê'),
    'ilo': ('Ilocano', 'email_account_password', 'Ti password ti email ti opisina ket §P§, dika ibaga iti sabali'),
    'war': ('Waray', 'wifi_psk', 'An password han WiFi amo an §P§, ayaw igsumat ha iba'),
    'tet': ('Tetum', 'wifi_psk', 'Liafuan-segredu WiFi nian mak §P§, labele fó-hatene ba ema seluk'),
    'se': ('Northern Sami', 'wifi_psk', 'WiFi beassansátni lea §P§, ale muital earáide'),
    'tpi': ('Tok Pisin', 'nas_admin_password', 'Pasword bilong NAS long ofis em §P§, no ken tokim narapela man'),
    'bi': ('Bislama', 'email_account_password', 'Pasword blong imel blong ofis hem i §P§, yu no talem long narafala man'),
    'bar': ('Bavarian', 'ssh_password', 'Des Passwort fürn Server (ssh) is §P§, sogs fei koam weida'),
    'ksh': ('Kölsch (Ripuarian)', 'router_admin_password', 'Dat Passwoot för dä Router es §P§, sach et keinem wigger'),
    'wa': ('Walloon', 'wifi_psk', 'Li scret do WiFi, c\u2019 est §P§, nel dijhoz a nolu'),
    'lij': ('Ligurian', 'wifi_psk', 'A password do WiFi a l\u2019é §P§, no dîla a nisciun'),
    'dsb': ('Lower Sorbian', 'wifi_psk', 'Gronidło za WLAN jo §P§, njepowědaj to nikomu'),
    'sah': ('Yakut (Sakha)', 'wifi_psk', 'WiFi кистэл тыла: §P§, кимиэхэ да этимэ'),
    'ba': ('Bashkir', 'wifi_psk', 'WiFi серһүҙе: §P§, бер кемгә лә әйтмә'),
    'cv': ('Chuvash', 'wifi_psk', 'WiFi вăрттăн сăмахĕ: §P§, никама та ан кала'),
    'os': ('Ossetian', 'wifi_psk', 'WiFi-йы сусæг дзырд у §P§, искæмæн ма зæгъ'),
    'tk': ('Turkmen', 'nas_admin_password', 'NAS-yň admin açar sözi: §P§, hiç kime aýtma'),
    'ug': ('Uyghur', 'wifi_psk', 'WiFi نىڭ مەخپىي نومۇرى: §P§، ھېچكىمگە دېمە'),
    'pap': ('Papiamento', 'database_password', 'E kontraseña di e base di datos ta §P§, no bisa niun hende'),
    'pcm': ('Nigerian Pidgin', 'router_admin_password', 'Oga, the router admin password na §P§, abeg no tell anybody o'),
    'ay': ('Aymara', 'wifi_psk', 'WiFi jist\u2019añ arux §P§ ukawa, janiw khitirus yatiyamti'),
}

FORMATS = {
    'sms_backup_restore_xml': "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\">\n  <sms protocol=\"0\" address=\"+1555010§N§\" date=\"17417§N§000000\" type=\"1\" body=\"§T§\" read=\"1\" contact_name=\"§U§\" />\n</smses>",
    'matrix_room_event_json': '{"type":"m.room.message","sender":"@§u§:matrix.example.org","content":{"msgtype":"m.text","body":"§T§"},"origin_server_ts":17417§N§000000,"event_id":"$§E§"}',
    'wire_conversation_backup_txt': '[2026-03-12 19:§N§] §U§: hi!\n[2026-03-12 19:§N§] §U§: §T§',
    'session_messenger_log_txt': 'Session · §U§ · 12 Mar 2026 19:§N§\n§T§',
    'jami_swarm_message_json': '{"id":"§E§","type":"text/plain","author":"§X§","body":"§T§","timestamp":"17417§N§00"}',
    'steam_friends_chat_log_txt': '[2026-03-12 19:§N§:11] §U§: §T§\n[2026-03-12 19:§N§:40] you: ok thanks',
    'twitch_irc_whisper_log_txt': '@badges=;color=#1E90FF;display-name=§U§;message-id=§N§ :§u§!§u§@§u§.tmi.twitch.tv WHISPER you :§T§',
    'mirc_channel_log_txt': 'Session Start: Thu Mar 12 19:00:00 2026\n[19:§N§] <§U§> §T§\nSession Close: Thu Mar 12 21:00:00 2026',
    'snapchat_chat_history_json': '{"Received Saved Chat History":[{"From":"§u§","Media Type":"TEXT","Created":"2026-03-12 19:§N§:11 UTC","Content":"§T§"}]}',
    'linkedin_messages_csv': 'CONVERSATION ID,FROM,TO,DATE,SUBJECT,CONTENT\n2-§E§,§U§,me,2026-03-12 19:§N§:11 UTC,,"§T§"',
}
NAMES = ['Amara', 'Tenzin', 'Lusia', 'Kofi', 'Ayaan', 'Sefo', 'Nneka', 'Bakyt', 'Malia', 'Rustam', 'Inge', 'Tavita']


def build():
    rng = random.Random(SEED)
    codes = sorted(LANGS)
    fmts = sorted(FORMATS)
    assert len(codes) == 40 and len(fmts) == 10
    order = codes[:]
    rng.shuffle(order)
    recs = []
    for i, code in enumerate(order):
        fmt = fmts[i % 10]
        name, typ, sentence = LANGS[code]
        pw = password(rng, rng.randint(10, 16))
        u = rng.choice(NAMES)
        t = subst(sentence, {'P': mark(typ, pw)})
        marked = subst(FORMATS[fmt], {'T': t, 'U': u, 'u': u.lower() + str(rng.randint(1, 99)), 'N': '%02d' % rng.randint(10, 59),
                                      'E': rand(rng, 'b64u', 22), 'X': rand(rng, 'hex', 40)})
        text, spans = realize(marked)
        recs.append({'type': typ, 'container': '%s__%s' % (fmt, code), 'text': text, 'secrets': spans, 'source': 'prose'})
    return recs
