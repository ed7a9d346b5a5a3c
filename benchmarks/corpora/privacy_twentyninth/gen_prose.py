"""Prose: a relative or colleague shares a password in their own language / chat style, in chat-export formats."""
import random
from common import password, build_text
SEED = 29004
# code, English name, span type, message with {PW}
LANGS = [
 ('sc', 'Sardinian', 'wifi_psk', 'Mà, sa password de su wifi est {PW}, la scries tue in su quadernu?'),
 ('co', 'Corsican', 'wifi_psk', 'O Ghjuvanni, a chjave di u wifi hè {PW}, ùn la dà à nimu.'),
 ('lmo', 'Lombard', 'router_admin_password', 'Ciao nonu, la password del router l’è {PW}, scrivela giò.'),
 ('pms', 'Piedmontese', 'wifi_psk', 'Ciau, la ciav dël wifi a l’é {PW}, fa nen vëdde a j’àutri.'),
 ('lld', 'Ladin', 'wifi_psk', 'Bondì, la parola d’ordin dl wifi é {PW}, dal bel.'),
 ('frp', 'Arpitan', 'wifi_psk', 'Salut, lo mot de passa du wifi est {PW}, gârda-lo bien.'),
 ('ext', 'Extremaduran', 'wifi_psk', 'Mira, la contraseña del wifi es {PW}, apúntala ondi sepas.'),
 ('mwl', 'Mirandese', 'nas_admin_password', 'Oulá, la palabra-passe de l NAS ye {PW}, nun la perdas.'),
 ('szl', 'Silesian', 'wifi_psk', 'Ôma, hasło do wifi to {PW}, napisz se to na karteczce.'),
 ('oc', 'Occitan', 'email_account_password', 'Mamà, lo senhal de ton corrièl es {PW}, cambia-lo aprèp.'),
 ('jam', 'Jamaican Patois', 'wifi_psk', 'Wah gwaan cuz, di wifi password a {PW}, nuh gi it to nobody.'),
 ('srn', 'Sranan Tongo', 'wifi_psk', 'Odi, a wifi password na {PW}, no gi en na trawan.'),
 ('gcf', 'Guadeloupean Creole', 'wifi_psk', 'Sa ou fè, modpas wifi la sé {PW}, pa bay pèsonn li.'),
 ('cbk', 'Chavacano', 'router_admin_password', 'Manang, el password del router {PW}, no dale con otro gente.'),
 ('bzj', 'Belize Kriol', 'wifi_psk', 'Weh di gaan, di wifi password da {PW}, no gi nobadi.'),
 ('pih', 'Norfuk', 'wifi_psk', 'Watawieh, dem wifi password es {PW}, yu rait et daun.'),
 ('niu', 'Niuean', 'wifi_psk', 'Fakaalofa atu, ko e password he wifi ko {PW}.'),
 ('tkl', 'Tokelauan', 'wifi_psk', 'Taloha ni, ko te password o te wifi ko {PW}.'),
 ('tvl', 'Tuvaluan', 'wifi_psk', 'Talofa, te password o te wifi ko {PW}.'),
 ('gil', 'Gilbertese', 'wifi_psk', 'Mauri, te password ibukin te wifi bon {PW}.'),
 ('wls', 'Wallisian', 'wifi_psk', 'Malo te ma’uli, ko te password o te wifi ko {PW}.'),
 ('ee', 'Ewe', 'wifi_psk', 'Efoa, wifi password la enye {PW}, mègana ame bubu o.'),
 ('tw', 'Twi', 'wifi_psk', 'Maakye, wifi password no ne {PW}, mma obiara.'),
 ('bm', 'Bambara', 'wifi_psk', 'I ni ce, wifi password ye {PW} ye, i kana a di mɔgɔ wɛrɛ ma.'),
 ('rn', 'Kirundi', 'wifi_psk', 'Mwaramutse, ijambo ry’ibanga rya wifi ni {PW}.'),
 ('luo', 'Dholuo', 'wifi_psk', 'Misawa, password mar wifi en {PW}, kik imi ng’ato.'),
 ('st', 'Sesotho', 'wifi_psk', 'Dumela mme, phasewete ya wifi ke {PW}, o se e fe motho.'),
 ('nd', 'North Ndebele', 'wifi_psk', 'Salibonani, iphasiwedi ye wifi ngu {PW}.'),
 ('bem', 'Bemba', 'wifi_psk', 'Mwapoleni, password ya wifi ni {PW}, mwilapeela umuntu.'),
 ('loz', 'Lozi', 'wifi_psk', 'Lumela, password ya wifi ki {PW}.'),
 ('bjn', 'Banjar', 'wifi_psk', 'Ading, password wifi nya {PW}, jangan bagi ka urang lain lah.'),
 ('ace', 'Acehnese', 'ssh_password', 'Adek, password server nyan {PW}, bek neupeugah bak gob.'),
 ('sas', 'Sasak', 'wifi_psk', 'Side, password wifi {PW}, endaq beng dengan lain.'),
 ('ay', 'Aymara', 'wifi_psk', 'Kamisaki, wifi password ukax {PW}, janiw khitirus churamti.'),
 ('nah', 'Nahuatl', 'wifi_psk', 'Niltze, in wifi password ye {PW}, amo xiquimmaca occequintin.'),
 ('yua', 'Yucatec Maya', 'wifi_psk', 'Ba’ax ka wa’alik, u password le wifi’o’ {PW}.'),
 ('si_singlish_chat', 'Singlish (romanised Sinhala chat)', 'wifi_psk', 'machan wifi password eka {PW}, kattiyata denna epa.'),
 ('gu_romanized_chat', 'Romanised Gujarati chat', 'database_password', 'bhai db no password {PW} che, koi ne aapta nai.'),
 ('mr_romanized_chat', 'Romanised Marathi chat', 'wifi_psk', 'aai, wifi cha password {PW} aahe, kunala sangu nakos.'),
 ('kn_romanized_chat', 'Romanised Kannada chat', 'email_account_password', 'appa, nimma mail password {PW}, yaarigu helbedi.'),
]
FORMATS = {
 'weechat_logger_txt': lambda who, msg: f'2026-02-14 19:02:11\t--\tChannel #family: 3 nicks\n2026-02-14 19:03:40\t{who}\t{msg}\n',
 'rocketchat_room_export_json': lambda who, msg: f'[{{"_id": "Xk2pQ9", "rid": "GENERAL", "u": {{"username": "{who}"}}, "msg": "{msg}", "ts": "2026-02-14T19:03:40.000Z"}}]\n',
 'gajim_xmpp_history_txt': lambda who, msg: f'[14.02.2026 19:03:40] {who}@jabber.example: {msg}\n',
 'wechat_pc_backup_txt': lambda who, msg: f'2026-02-14 19:03:40 {who}\n{msg}\n\n',
 'linkedin_messages_csv': lambda who, msg: f'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT\n2-Y2Q4,,{who},https://www.linkedin.com/in/{who.lower()},Alex,2026-02-14 19:03:40 UTC,,"{msg}"\n',
 'twitter_dm_archive_js': lambda who, msg: f'window.YTD.direct_messages.part0 = [{{"dmConversation": {{"conversationId": "1111-2222", "messages": [{{"messageCreate": {{"senderId": "{who}", "text": "{msg}", "createdAt": "2026-02-14T19:03:40.000Z"}}}}]}}}}]\n',
 'keybase_chat_api_json': lambda who, msg: f'{{"result": {{"messages": [{{"msg": {{"sender": {{"username": "{who}"}}, "content": {{"type": "text", "text": {{"body": "{msg}"}}}}}}}}]}}}}\n',
 'reddit_chat_messages_csv': lambda who, msg: f'id,permalink,thread_id,date,ip,from,to,subject,body\nt4_9xk2,,,2026-02-14 19:03:40 UTC,,{who},alex,chat,"{msg}"\n',
 'adium_chatlog_xml': lambda who, msg: f'<?xml version="1.0" encoding="UTF-8" ?>\n<chat xmlns="http://purl.org/net/ulf/ns/0.4-02" account="alex" service="Jabber">\n<message sender="{who}" time="2026-02-14T19:03:40+01:00"><div>{msg}</div></message>\n</chat>\n',
 'google_voice_takeout_html': lambda who, msg: f'<div class="message"><abbr class="dt" title="2026-02-14T19:03:40.000+01:00">Feb 14</abbr>: <cite class="sender vcard"><span class="fn">{who}</span></cite>: <q>{msg}</q></div>\n',
}
WHO = ['Mama', 'Tio', 'Nana', 'Cousin', 'Papa', 'Sis', 'Uncle', 'Colleague']

def records():
    rng = random.Random(SEED)
    fmts = sorted(FORMATS)
    out = []
    for i, (code, name, stype, msg) in enumerate(LANGS):
        fmt = fmts[i % len(fmts)]
        pw = password(rng)
        who = rng.choice(WHO)
        for ch in '"\\<>&':
            assert ch not in msg, (code, ch)
        pre, post = msg.split('{PW}')
        full = FORMATS[fmt](who, '\x00')
        a, b = full.split('\x00')
        text, spans = build_text([a + pre, (pw, stype), post + b])
        out.append({'type': stype, 'container': f'{fmt}__{code}', 'text': text, 'secrets': spans, 'source': 'prose'})
    return out
