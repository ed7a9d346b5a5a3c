"""A relative / colleague shares a password in their own language or chat style, in 10 new export formats."""
import json, random
from common import fill, password

SEED = 26004
# code, English name, span type, sentence (⟦P⟧ = password)
L = [
 ('sc', 'Sardinian', 'wifi_psk', "Sa password de su wifi est ⟦P⟧, no la donas a nemos."),
 ('lmo', 'Lombard', 'wifi_psk', "La password del wifi l’è ⟦P⟧, dìghel minga a nissün."),
 ('pms', 'Piedmontese', 'wifi_psk', "La password dël wifi a l’é ⟦P⟧, dìsla a gnun."),
 ('lld', 'Ladin', 'wifi_psk', "La parola segreta dl wifi é ⟦P⟧."),
 ('frp', 'Arpitan (Franco-Provençal)', 'wifi_psk', "Lo mot de passa du wifi est ⟦P⟧, lo dis a nion."),
 ('ext', 'Extremaduran', 'wifi_psk', "La contraseña del güifi es ⟦P⟧, no se la digas a naidi."),
 ('mwl', 'Mirandese', 'wifi_psk', "La palabra-passe de l wifi ye ⟦P⟧."),
 ('lad', 'Ladino (Judeo-Spanish)', 'wifi_psk', "La kontrasenya del wifi es ⟦P⟧, no la dizes a dinguno."),
 ('stq', 'Saterland Frisian', 'wifi_psk', "Dät Paaswoud foar dät WLAN is ⟦P⟧."),
 ('nds', 'Low Saxon', 'wifi_psk', "Dat Passwoort för dat WLAN is ⟦P⟧, segg dat keeneen."),
 ('li', 'Limburgish', 'wifi_psk', "’t Wachwoord vaan de wifi is ⟦P⟧."),
 ('zea', 'Zeelandic', 'wifi_psk', "’t Wachtwoord van de wifi is ⟦P⟧, nie deurvertelle hè."),
 ('vls', 'West Flemish', 'wifi_psk', "’t Paswoord van de wifi is ⟦P⟧, zeg da tegen niemand."),
 ('pcd', 'Picard', 'wifi_psk', "Ch’mot d’passe du wifi, ch’est ⟦P⟧."),
 ('nrf', 'Norman (Jèrriais)', 'wifi_psk', "L’mot d’passe pour l’wifi ch’est ⟦P⟧."),
 ('sco', 'Scots', 'nas_admin_password', "The passwird fir the NAS admin is ⟦P⟧, dinnae tell onybody."),
 ('ltg', 'Latgalian', 'wifi_psk', "Wifi parole ir ⟦P⟧, nikam nasaki."),
 ('vro', 'Võro', 'wifi_psk', "Wifi salasõna om ⟦P⟧, ütle-i kellelegi."),
 ('szl', 'Silesian', 'wifi_psk', "Hasło do wifi to je ⟦P⟧, niy godej nikomu."),
 ('rue', 'Rusyn', 'wifi_psk', "Гесло до вайфаю є ⟦P⟧, никому не гварь."),
 ('mhr', 'Meadow Mari', 'wifi_psk', "Wifi-н пароль ⟦P⟧, нигӧлан ит ойло."),
 ('udm', 'Udmurt', 'wifi_psk', "Wifi-лэн паролез ⟦P⟧, некинлы эн вера."),
 ('kv', 'Komi', 'wifi_psk', "Wifi пароль ⟦P⟧, некодлы эн висьтав."),
 ('myv', 'Erzya', 'wifi_psk', "Wifi-нь паролезэ ⟦P⟧, кинензэяк иля яво."),
 ('ace', 'Acehnese', 'wifi_psk', "Password wifi nyan ⟦P⟧, bek neupeugah bak gob."),
 ('bjn', 'Banjarese', 'wifi_psk', "Password wifi tu ⟦P⟧, jangan bapadah lawan urang lah."),
 ('bug', 'Buginese', 'wifi_psk', "Password wifi-e iyanaritu ⟦P⟧, aja’ mupowada."),
 ('tum', 'Tumbuka', 'wifi_psk', "Password ya wifi ni ⟦P⟧, mungaphaliranga munyinu yayi."),
 ('kg', 'Kongo', 'wifi_psk', "Password ya wifi kele ⟦P⟧, kuzabisa muntu ve."),
 ('bem', 'Bemba', 'wifi_psk', "Password ya wifi ni ⟦P⟧, mwilaebako umuntu."),
 ('loz', 'Lozi', 'wifi_psk', "Password ya wifi ki ⟦P⟧, u sa i bulelli mutu."),
 ('nyn', 'Runyankore', 'wifi_psk', "Password ya wifi ni ⟦P⟧, otakagambira muntu."),
 ('fon', 'Fon', 'wifi_psk', "Password wifi tɔn wɛ nyí ⟦P⟧, mi ma ɖɔ nú mɛɖé ó."),
 ('srn', 'Sranan Tongo', 'router_admin_password', "A password fu a router na ⟦P⟧, no taigi nowan."),
 ('jam', 'Jamaican Patois', 'router_admin_password', "Di router admin password a ⟦P⟧, nuh tell nobody."),
 ('fa_finglish', 'Finglish (romanised Persian)', 'wifi_psk', "Ramze wifi ine: ⟦P⟧ be kasi nagi."),
 ('ur_roman', 'Roman Urdu', 'ssh_password', "Server ka SSH password ⟦P⟧ hai, kisi ko mat batana."),
 ('ru_translit', 'Russian translit chat (latinica)', 'email_account_password', "Parol ot pochty ⟦P⟧, nikomu ne govori."),
 ('zh_pinyin_chat', 'Pinyin chat (toneless romanised Mandarin)', 'database_password', "shujuku mima shi ⟦P⟧, bie gaosu bieren a."),
 ('th_karaoke', 'Karaoke Thai (romanised Thai chat)', 'wifi_psk', "rahat wifi khue ⟦P⟧ na, ya bok krai."),
]
NAMES = [('Ana', 'Tomi'), ('Gigi', 'Marco'), ('Lena', 'Piet'), ('Oma', 'Jonas'), ('Kofi', 'Esi')]

def fmt(f, a, b, msg, i):
    ts = '2026-11-%02dT19:%02d:00' % (3 + i % 20, 10 + i % 40)
    if f == 'skype_export_messages_json':
        return json.dumps({'userId': 'live:' + b.lower(), 'conversations': [{'displayName': a, 'MessageList': [{'originalarrivaltime': ts + '.000Z', 'from': '8:live:' + a.lower(), 'content': msg, 'messagetype': 'RichText'}]}]}, ensure_ascii=False, indent=1) + '\n'
    if f == 'telegram_desktop_result_json':
        return json.dumps({'name': a, 'type': 'personal_chat', 'messages': [{'id': 4100 + i, 'type': 'message', 'date': ts, 'from': a, 'text': msg}]}, ensure_ascii=False, indent=1) + '\n'
    if f == 'slack_export_channel_day_json':
        return json.dumps([{'type': 'message', 'user': 'U0' + str(7310 + i), 'user_name': a.lower(), 'text': msg, 'ts': '1764%06d.0001%02d' % (i * 977, i)}], ensure_ascii=False, indent=1) + '\n'
    if f == 'wechat_exporter_txt':
        return '%s %s\n%s\n\n%s %s\n%s\n' % (ts.replace('T', ' '), a, msg, ts.replace('T', ' '), b, '👍')
    if f == 'signal_desktop_export_md':
        return '# Chat with %s\n\n**%s** (%s):\n> %s\n\n**%s**: ok, thanks\n' % (a, a, ts.replace('T', ' '), msg, b)
    if f == 'hexchat_channel_log_txt':
        return '**** BEGIN LOGGING AT Tue Nov  4 19:00:01 2026\nNov 04 19:%02d:12 <%s>\t%s\nNov 04 19:%02d:40 <%s>\tthx\n' % (10 + i % 40, a, msg, 11 + i % 40, b)
    if f == 'gajim_history_txt':
        return '[%s] %s: %s\n[%s] %s: merci\n' % (ts.replace('T', ' '), a, msg, ts.replace('T', ' '), b)
    if f == 'mastodon_conversation_json':
        return json.dumps({'id': str(113000000000 + i), 'accounts': [{'acct': a.lower() + '@social.example'}], 'last_status': {'visibility': 'direct', 'created_at': ts + '.000Z', 'content': '<p>' + msg + '</p>'}}, ensure_ascii=False, indent=1) + '\n'
    if f == 'zalo_chat_export_txt':
        return '[%s] %s: %s\n[%s] %s: ok\n' % (ts[11:16], a, msg, ts[11:16], b)
    if f == 'teamspeak_chat_log_txt':
        return '<%s> "%s": %s\n<%s> "%s": got it\n' % (ts[11:], a, msg, ts[11:], b)
    raise KeyError(f)

FORMATS = ['gajim_history_txt', 'hexchat_channel_log_txt', 'mastodon_conversation_json', 'signal_desktop_export_md', 'skype_export_messages_json',
           'slack_export_channel_day_json', 'teamspeak_chat_log_txt', 'telegram_desktop_result_json', 'wechat_exporter_txt', 'zalo_chat_export_txt']

def build():
    r = random.Random(SEED)
    recs = []
    for i, (code, name, t, sent) in enumerate(L):
        f = FORMATS[i % len(FORMATS)]
        a, b = NAMES[i % len(NAMES)]
        tpl = fmt(f, a, b, sent, i)
        text, spans = fill(tpl, {'P': (password(r), t)})
        recs.append({'type': t, 'container': f + '__' + code, 'text': text, 'secrets': spans, 'source': 'prose'})
    return recs
