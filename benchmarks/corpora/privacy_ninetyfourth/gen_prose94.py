"""Prose: a bot owner tells a teammate the bot admin password, 40 languages (seed 9404)."""
import random
from common94 import *
SPAN = 'bot_admin_password_told_in_team_message'
CANDIDATES = [
 ('ltz', 'Luxembourgish', "D'Passwuert vum Bot-Admin ass {V}, w.e.g. net am Channel posten."),
 ('fao', 'Faroese', "Loyniorðið til bot-admin er {V}, vinarliga ikki seta tað í rásina."),
 ('glg', 'Galician', "O contrasinal do administrador do bot é {V}, non o pegues na canle."),
 ('lim', 'Limburgish', "'t Wachwaord vanne bot-beheerder is {V}, zèt 't neet in 't kanaal."),
 ('vec', 'Venetian', "La password de l'admin del bot la xe {V}, no stà incołarla in tel canal."),
 ('scn', 'Sicilian', "A password di l'amministraturi dû bot è {V}, nun la mèttiri nnô canali."),
 ('nap', 'Neapolitan', "'A password 'e l'admin d'o bot è {V}, nun 'a mettere dint'o canale."),
 ('lmo', 'Lombard', "La password de l'aministradór del bot l'è {V}, mett-la minga in del canal."),
 ('pms', 'Piedmontese', "La password ëd l'aministrator dël bot a l'é {V}, ch'a la buta nen ant ël canal."),
 ('csb', 'Kashubian', "Parola administratora bota to {V}, nie wklejôj ji na kanal."),
 ('hsb', 'Upper Sorbian', "Hesło administratora bota je {V}, njezasadź jo prošu do kanala."),
 ('dsb', 'Lower Sorbian', "Gronidło administratora bota jo {V}, pšosym njezasajź jo do kanala."),
 ('rue', 'Rusyn', "Гесло адміністратора бота є {V}, не вкладай го до каналу."),
 ('sme', 'Northern Sami', "Bot-hálddaheaddji beassansátni lea {V}, ale bija dan kanálii."),
 ('szl', 'Silesian', "Hasło admina bota to je {V}, niy wklejej go na kanał."),
 ('arg', 'Aragonese', "A clau de l'administrador d'o bot ye {V}, no la apegues en a canal."),
 ('mwl', 'Mirandese', "La palabra-passe de l admenistrador de l bot ye {V}, nun la pegues ne l canal."),
 ('lad', 'Ladino', "El kodigo del administrador del bot es {V}, no lo apegues en el kanal."),
 ('kaz', 'Kazakh', "Бот әкімшісінің құпия сөзі {V} , оны арнаға қоймаңыз."),
 ('uzb', 'Uzbek', "Bot administratorining paroli {V}, uni kanalga joylamang."),
 ('bak', 'Bashkir', "Бот хакимының серһүҙе {V} , уны каналға ҡуймағыҙ."),
 ('chv', 'Chuvash', "Бот администраторӗн пароль {V} , ăна канала ан хур."),
 ('sah', 'Yakut', "Бот администраторын пароля {V} , каналга угума."),
 ('mon', 'Mongolian', "Ботын админы нууц үг {V} , сувагт бүү оруул."),
 ('uig', 'Uyghur', "بوت باشقۇرغۇچىسىنىڭ پارولى {V} ، ئۇنى قانالغا چاپلىماڭ."),
 ('pus', 'Pashto', "د بوټ د مدیر پټنوم {V} دی، په چینل کې یې مه ږدئ."),
 ('snd', 'Sindhi', "بوٽ جي ايڊمن جو پاسورڊ {V} آهي، ان کي چينل ۾ نه وجهو."),
 ('sin', 'Sinhala', "බොට් පරිපාලකගේ මුරපදය {V} , එය චැනලයට දාන්න එපා."),
 ('mar', 'Marathi', "बॉट ॲडमिनचा पासवर्ड {V} आहे, तो चॅनेलमध्ये टाकू नका."),
 ('tel', 'Telugu', "బాట్ అడ్మిన్ పాస్‌వర్డ్ {V} , దాన్ని ఛానెల్‌లో పెట్టవద్దు."),
 ('khm', 'Khmer', "ពាក្យសម្ងាត់អ្នកគ្រប់គ្រងបូត {V} សូមកុំដាក់វាក្នុងឆានែល។"),
 ('amh', 'Amharic', "የቦቱ አስተዳዳሪ የይለፍ ቃል {V} ነው፣ እባክህ ቻናሉ ላይ አትለጥፈው።"),
 ('tir', 'Tigrinya', "ናይ ቦት ኣመሓዳሪ መሕለፊ ቃል {V} እዩ፣ ኣብ ቻነል ኣይትለጥፎ።"),
 ('hau', 'Hausa', "Kalmar sirri ta mai kula da bot ita ce {V}, kada ka saka ta a channel."),
 ('yor', 'Yoruba', "Ọ̀rọ̀ aṣínà alábòójútó bot ni {V}, má ṣe fi sí inú channel."),
 ('zul', 'Zulu', "Iphasiwedi yomphathi webhothi ithi {V}, ungayifaki ku-channel."),
 ('wol', 'Wolof', "Baatu jàll bu admin bu bot bi mooy {V}, bul ko def ci channel bi."),
 ('lin', 'Lingala', "Liloba ya sekele ya admin ya bot ezali {V}, kotia yango na channel te."),
 ('lug', 'Ganda', "Ekigambo ky'ekyama eky'omuddukanya wa bot kiri {V}, tokiteeka mu channel."),
 ('nya', 'Chichewa', "Mawu achinsinsi a woyang'anira bot ndi {V}, musawaike mu channel."),
 ('tsn', 'Tswana', "Lefoko la sephiri la motsamaisi wa bot ke {V}, o se le tsenye mo channel."),
 ('orm', 'Oromo', "Jecha icciitii bulchaa bot {V} dha, chaanaalii irratti hin maxxansin."),
 ('tpi', 'Tok Pisin', "Paswot bilong bot admin em {V}, no ken putim long channel."),
 ('ton', 'Tongan', "Ko e lea fufū ʻa e pule ʻo e bot ko {V}, ʻoua ʻe tuku ia ki he channel."),
 ('tah', 'Tahitian', "Te parau huna a te faatere o te bot o {V} ia, eiaha e tuu i roto i te channel."),
 ('fij', 'Fijian', "Na vosa vuni ni dauvakarau ni bot e {V}, kua ni biuta ena channel."),
 ('war', 'Waray', "An password han admin han bot amo an {V}, ayaw ig-paste ha channel."),
 ('min', 'Minangkabau', "Kato kunci admin bot tu {V}, jan ditampekan di channel."),
 ('bis', 'Bislama', "Pasword blong admin blong bot hem i {V}, yu no putum long channel."),
]
ISO1 = {'ltz': 'lb', 'fao': 'fo', 'glg': 'gl', 'lim': 'li', 'sme': 'se', 'arg': 'an', 'kaz': 'kk', 'uzb': 'uz', 'bak': 'ba', 'chv': 'cv',
        'mon': 'mn', 'uig': 'ug', 'pus': 'ps', 'snd': 'sd', 'sin': 'si', 'mar': 'mr', 'tel': 'te', 'khm': 'km', 'amh': 'am', 'tir': 'ti',
        'hau': 'ha', 'yor': 'yo', 'zul': 'zu', 'wol': 'wo', 'lin': 'ln', 'lug': 'lg', 'nya': 'ny', 'tsn': 'tn', 'orm': 'om', 'ton': 'to',
        'tah': 'ty', 'fij': 'fj', 'bis': 'bi'}
FORMATS = [
 ('slack_conversations_history_json', '{"type":"message","user":"U0{n}ABCD","text":"{S}","ts":"17410{n}123.000200"}'),
 ('discord_message_create_payload', '{"t":"MESSAGE_CREATE","d":{"channel_id":"11{n}0000000000000","content":"{S}"}}'),
 ('telegram_update_message_json', '{"update_id":9{n}1,"message":{"chat":{"id":-100{n}},"text":"{S}"}}'),
 ('mattermost_post_api_response', '{"id":"post{n}","channel_id":"bots","message":"{S}"}'),
 ('matrix_room_message_event', '{"type":"m.room.message","content":{"msgtype":"m.text","body":"{S}"}}'),
 ('zulip_private_message_api_body', 'type=private&to=[{n}]&content={S}'),
 ('rocketchat_realtime_stream_message', '{"msg":"changed","collection":"stream-room-messages","fields":{"args":[{"msg":"{S}"}]}}'),
 ('teams_activity_text_field_log', 'activity.type=message activity.text="{S}"'),
 ('whatsapp_cloud_webhook_text_body', '{"messages":[{"from":"4479{n}00000","type":"text","text":{"body":"{S}"}}]}'),
 ('errbot_text_backend_transcript', '>>> {S}\n[@CHANGE_ME] ok'),
]
def select(langnames, denied):
    used, excl = [], []
    for code, eng, sent in CANDIDATES:
        bad = code in denied or ISO1.get(code, '') in denied or any(w.lower() in langnames for w in eng.split())
        (excl if bad else used).append((code, eng, sent))
    return used[:40], excl, used[40:]

def build(denied, langnames, seed=9404):
    r = random.Random(seed)
    used, excl, spare = select(langnames, denied)
    out = []
    for i, (code, eng, sent) in enumerate(used):
        fk, ft = FORMATS[i % 10]
        v = password(r)
        s = sent
        text, starts = fill(ft.replace('{S}', s), v, **ctx(r))
        out.append((fk + '__' + code, text, starts, v, SPAN))
    return out, used, excl, spare
