"""Prose part: a relative / colleague shares a password in their own language or chat style."""
import random
from common import *

SEED = 25004
SSIDS = ['Heima-5G', 'FRITZ!Box 7530 QX', 'Casa_Wifi', 'TP-Link_8C21', 'Vodafone-3F9A', 'Nêst', 'Lakay']
HOSTS = ['192.168.0.10', '10.0.0.5', 'nas.local', 'srv-home']

# code -> (English name, prose type, sentence with ⟨P⟩ and optional ⟨S⟩ / ⟨H⟩)
L = {
 'fo': ('Faroese', 'wifi_psk', 'Hey! Loyniorðið til WiFi er ⟨P⟩ – netið eitur ⟨S⟩.'),
 'lb': ('Luxembourgish', 'nas_admin_password', 'Moien! D’Passwuert fir den NAS (Benotzer admin) ass ⟨P⟩.'),
 'fy': ('West Frisian', 'email_account_password', 'Hoi mem, it wachtwurd fan myn e-mail is ⟨P⟩, net fergetten!'),
 'rm': ('Romansh', 'wifi_psk', 'Allegra! Il pled-clav dal WLAN è ⟨P⟩.'),
 'br': ('Breton', 'wifi_psk', 'Demat! Ar ger-tremen evit ar wifi eo ⟨P⟩.'),
 'kw': ('Cornish', 'wifi_psk', 'Dydh da! An ger-tremena rag an wifi yw ⟨P⟩.'),
 'gv': ('Manx', 'wifi_psk', 'Moghrey mie! Yn fockle-follit son y wifi t’eh ⟨P⟩.'),
 'gd': ('Scottish Gaelic', 'router_admin_password', 'Halò! Seo am facal-faire airson an router: ⟨P⟩ (cleachd admin mar ainm).'),
 'oc': ('Occitan', 'wifi_psk', 'Adiu! Lo senhal del wifi es ⟨P⟩.'),
 'co': ('Corsican', 'wifi_psk', 'Bonghjornu! A parolla d’intrata di u wifi hè ⟨P⟩.'),
 'fur': ('Friulian', 'wifi_psk', 'Mandi! La peraule clâf dal wifi e je ⟨P⟩.'),
 'scn': ('Sicilian', 'wifi_psk', 'Ciao! A chiavi dû wifi è ⟨P⟩, a riti si chiama ⟨S⟩.'),
 'nap': ('Neapolitan', 'wifi_psk', 'Uè! ’A password d’’o wifi è ⟨P⟩.'),
 'vec': ('Venetian', 'database_password', 'Ciao! La password del database la xe ⟨P⟩, no sta dirla a nissun.'),
 'an': ('Aragonese', 'wifi_psk', 'Hola! A clau d’o wifi ye ⟨P⟩.'),
 'hsb': ('Upper Sorbian', 'wifi_psk', 'Witaj! Hesło za WLAN je ⟨P⟩.'),
 'csb': ('Kashubian', 'wifi_psk', 'Witôj! Hasło do wifi je ⟨P⟩.'),
 'crh': ('Crimean Tatar', 'wifi_psk', 'Selâm! Wifi’niñ parolü ⟨P⟩.'),
 'gag': ('Gagauz', 'router_admin_password', 'Merhaba! Routerin parolası ⟨P⟩, admin adınnan gir.'),
 'ch': ('Chamorro', 'wifi_psk', 'Håfa adai! I password para i wifi ⟨P⟩.'),
 'ts': ('Tsonga', 'wifi_psk', 'Avuxeni! Phasiwedi ya wifi i ⟨P⟩.'),
 've': ('Venda', 'wifi_psk', 'Ndaa! Phasiwede ya wifi ndi ⟨P⟩.'),
 'nso': ('Northern Sotho', 'ssh_password', 'Dumela! Phasewete ya seva (ssh go ⟨H⟩) ke ⟨P⟩.'),
 'ss': ('Swati', 'wifi_psk', 'Sawubona! Liphasiwedi le-wifi ngu ⟨P⟩.'),
 'ki': ('Kikuyu', 'wifi_psk', 'Wĩ mwega! Password ya wifi nĩ ⟨P⟩.'),
 'rn': ('Kirundi', 'wifi_psk', 'Amahoro! Ijambo ry’ibanga rya wifi ni ⟨P⟩.'),
 'bm': ('Bambara', 'wifi_psk', 'I ni ce! Wifi gundo daɲɛ ye ⟨P⟩ ye.'),
 'hil': ('Hiligaynon', 'wifi_psk', 'Maayong aga! Ang password sang wifi amo ang ⟨P⟩.'),
 'bcl': ('Bikol', 'email_account_password', 'Marhay na aga! An password kan email ko iyo an ⟨P⟩.'),
 'pam': ('Kapampangan', 'wifi_psk', 'Mayap a abak! Ing password ning wifi ⟨P⟩.'),
 'min': ('Minangkabau', 'wifi_psk', 'Assalamualaikum! Password wifi ko ⟨P⟩ yo.'),
 'ban': ('Balinese', 'wifi_psk', 'Om Swastiastu! Password wifi niki ⟨P⟩.'),
 'hmn': ('Hmong', 'wifi_psk', 'Nyob zoo! Tus password wifi yog ⟨P⟩.'),
 'mai': ('Maithili', 'wifi_psk', 'प्रणाम! वाईफाई केर पासवर्ड अछि ⟨P⟩।'),
 'bho': ('Bhojpuri', 'wifi_psk', 'प्रणाम! वाईफाई के पासवर्ड बा ⟨P⟩।'),
 'gom': ('Konkani', 'router_admin_password', 'नमस्कार! राउटराचो पासवर्ड ⟨P⟩ आसा।'),
 'nan': ('Min Nan (Pe̍h-ōe-jī)', 'wifi_psk', 'Lí hó! Wifi ê bi̍t-bé sī ⟨P⟩.'),
 'ar_arabizi': ('Arabizi (Arabic chat alphabet)', 'router_admin_password', 'salam! password el router (admin) howa ⟨P⟩, 5alli balak 3leh'),
 'el_greeklish': ('Greeklish (Greek in Latin letters)', 'wifi_psk', 'geia! o kwdikos tou wifi einai ⟨P⟩, to diktyo legetai ⟨S⟩'),
 'hi_hinglish': ('Hinglish (romanised Hindi-English)', 'nas_admin_password', 'bhai, NAS ka admin password ⟨P⟩ hai, kisi ko mat batana'),
}

NAMES = ['Sina', 'Jóna', 'Loïc', 'Mari', 'Tomàs', 'Nanda', 'Aroha', 'Kofi', 'Ilse', 'Rui', 'Dara', 'Yusuf']
F = {
 'viber_backup_csv': 'Date,Time,Sender,Phone number,Message\n⟨D⟩,19:04,⟨N⟩,+4407700900⟨NUM⟩,"⟨M⟩"\n',
 'line_chat_history_txt': '[LINE] Chat history with ⟨N⟩\nSaved on: ⟨DS⟩ 19:10\n\n⟨DS⟩(Mon)\n19:04\t⟨N⟩\t⟨M⟩\n',
 'kakaotalk_chat_export_txt': 'Date Saved : ⟨D⟩ 19:10:22\n\n--------------- ⟨D⟩ ---------------\n[⟨N⟩] [7:04 PM] ⟨M⟩\n',
 'threema_chat_export_txt': '[⟨DD⟩, 19:04] ⟨N⟩: ⟨M⟩\n',
 'imessage_exporter_txt': '⟨D⟩  7:04:11 PM\n⟨N⟩\n⟨M⟩\n\n',
 'facebook_messenger_message_json': '{"participants": [{"name": "⟨N⟩"}, {"name": "Me"}], "messages": [{"sender_name": "⟨N⟩", "timestamp_ms": ⟨TS⟩, "content": "⟨M⟩"}]}\n',
 'discord_chat_exporter_json': '{"guild": {"name": "Direct Messages"}, "messages": [{"id": "⟨SNOW⟩", "type": "Default", "timestamp": "⟨D⟩T19:04:11+00:00", "content": "⟨M⟩", "author": {"name": "⟨NL⟩"}}]}\n',
 'pidgin_conversation_html': '<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>Conversation with ⟨N⟩</title></head><body>\n<font color="#A82F2F"><font size="2">(19:04:11)</font> <b>⟨N⟩:</b></font> ⟨M⟩<br/>\n</body></html>\n',
 'weechat_buffer_log_txt': '⟨D⟩ 19:03:58\t-->\t⟨NL⟩ has joined #family\n⟨D⟩ 19:04:11\t⟨NL⟩\t⟨M⟩\n',
 'rocketchat_room_export_json': '{"_id": "⟨RID⟩", "rid": "GENERAL", "msg": "⟨M⟩", "u": {"username": "⟨NL⟩"}, "ts": {"$date": "⟨D⟩T19:04:11.000Z"}}\n',
}


def build():
    r = random.Random(SEED)
    codes = sorted(L); fmts = sorted(F)
    r.shuffle(codes)
    recs = []
    for i, code in enumerate(codes):
        fmt = fmts[i // 4]
        name, ptype, sent = L[code]
        pw = password(r)
        msg_text, msg_spans = render(sent, P=[(pw, ptype)], S=r.choice(SSIDS), H=r.choice(HOSTS))
        nm = r.choice(NAMES)
        mo, da = r.randint(1, 11), r.randint(1, 28)
        pieces = []
        # splice message (with its span) into the format template
        pre, post = F[fmt].split('⟨M⟩')
        kw = dict(N=nm, NL=nm.lower().replace('ó', 'o').replace('ï', 'i').replace('à', 'a'), D='2026-%02d-%02d' % (mo, da),
                  DS='2026/%02d/%02d' % (mo, da), DD='%02d/%02d/2026' % (da, mo), NUM=str(r.randint(100, 999)),
                  TS=str(r.randint(1767000000000, 1790000000000)), SNOW=str(r.randint(10**17, 10**18 - 1)), RID=an(r, 17))
        a, _ = render(pre, **kw); b, _ = render(post, **kw)
        off = len(a)
        spans = [dict(s, start=s['start'] + off, end=s['end'] + off) for s in msg_spans]
        recs.append({'type': ptype, 'container': fmt + '__' + code, 'text': a + msg_text + b, 'secrets': spans, 'source': 'prose'})
    return recs
