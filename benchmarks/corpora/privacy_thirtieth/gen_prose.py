"""Prose part: a relative / colleague shares a password in their own language, in new chat-export formats."""
import random
from common import password, render

LANGS = [  # code, English name, span type, message with {PW}
 ('wa', 'Walloon', 'wifi_psk', 'Bondjou! Li mot d’ passe do wifi, c’ est {PW}. Tape-lu bén come il est.'),
 ('pcd', 'Picard', 'wifi_psk', 'Ch’mot d’passe du wifi, ch’est {PW}, pis n’el donne point à tin voésin.'),
 ('nrf', 'Jèrriais', 'wifi_psk', 'L’mot d’passe pour le wifi, ch’est {PW}. Bouonne nièt!'),
 ('vls', 'West Flemish', 'router_admin_password', 'Ier is ’t paswoord van de router: {PW}. Nie deurgeven he!'),
 ('zea', 'Zeelandic', 'wifi_psk', '’t Wachtwoord van de wifi is {PW}, schriefd ’t mar op.'),
 ('li', 'Limburgish', 'wifi_psk', '’t Wachwoord vaan ’t wifi is {PW}, neet wiejergaeve!'),
 ('lij', 'Ligurian', 'wifi_psk', 'A paròlla d’ordine do wifi a l’é {PW}, no dâla a nisciun.'),
 ('egl', 'Emilian', 'router_admin_password', 'La paròla d’ordin dal router l’é {PW}, an la dèr a nisun.'),
 ('rgn', 'Romagnol', 'wifi_psk', 'La password de wifi l’è {PW}, nu dêla a inciôn.'),
 ('se', 'Northern Sami', 'wifi_psk', 'WiFi beassansátni lea {PW}. Ale atte dan earáide.'),
 ('ast', 'Asturian', 'ssh_password', 'La contraseña de SSH pal servidor ye {PW}, nun-y la des a naide.'),
 ('ty', 'Tahitian', 'wifi_psk', 'Ia ora na! Te parau huna no te wifi: {PW}. Mauruuru.'),
 ('fj', 'Fijian', 'wifi_psk', 'Bula! Na password ni wifi e {PW}. Kua ni tukuna vei ira tale eso.'),
 ('sm', 'Samoan', 'nas_admin_password', 'Talofa! O le upu faalilolilo o le NAS o {PW}. Aua le tuuina atu i se isi.'),
 ('to', 'Tongan', 'wifi_psk', 'Mālō e lelei! Ko e password ʻo e wifi ko {PW}.'),
 ('hif', 'Fiji Hindi', 'email_account_password', 'Bhaiya, email ke password hai {PW}, kaun ko nahi batana.'),
 ('tet', 'Tetum', 'wifi_psk', 'Password wifi nian mak {PW}. Labele fó ba ema seluk.'),
 ('mg', 'Malagasy', 'wifi_psk', 'Ny tenimiafina amin’ny wifi dia {PW}. Aza omena olon-kafa.'),
 ('ny', 'Chichewa', 'wifi_psk', 'Mawu achinsinsi a wifi ndi {PW}. Osauza wina aliyense.'),
 ('sn', 'Shona', 'wifi_psk', 'Password yeWiFi ndeye {PW}. Usaudza mumwe munhu.'),
 ('tn', 'Setswana', 'wifi_psk', 'Lefoko la sephiri la wifi ke {PW}. O se ka wa le bolelela ope.'),
 ('om', 'Oromo', 'wifi_psk', 'Jecha icciitii wifi {PW} dha. Nama biraaf hin kenniin.'),
 ('lg', 'Luganda', 'wifi_psk', 'Ekigambo eky’ekyama kya wifi kiri {PW}. Tokibuulira muntu yenna.'),
 ('pap', 'Papiamento', 'database_password', 'E password di database ta {PW}. No dun’é na niun hende.'),
 ('mt', 'Maltese', 'wifi_psk', 'Il-password tal-wifi hija {PW}. Tgħidha lil ħadd!'),
 ('eu', 'Basque', 'wifi_psk', 'Wifiaren pasahitza {PW} da. Ez eman inori.'),
 ('gl', 'Galician', 'router_admin_password', 'O contrasinal do router é {PW}, non llo digas a ninguén.'),
 ('br', 'Breton', 'wifi_psk', 'Ger-tremen ar wifi eo {PW}. Na ro ket anezhañ da zen.'),
 ('gd', 'Scottish Gaelic', 'wifi_psk', 'Seo am facal-faire airson an wifi: {PW}. Na innis do dhuine sam bith.'),
 ('cy', 'Welsh', 'email_account_password', 'Cyfrinair yr ebost yw {PW}. Paid â’i rannu gyda neb.'),
 ('ga', 'Irish', 'wifi_psk', 'Seo é pasfhocal an wifi: {PW}. Ná tabhair é d’aon duine eile.'),
 ('is', 'Icelandic', 'nas_admin_password', 'Lykilorðið að NAS-inu er {PW}. Ekki segja neinum frá því.'),
 ('lv', 'Latvian', 'wifi_psk', 'Wifi parole ir {PW}. Nevienam citam nesaki!'),
 ('lt', 'Lithuanian', 'ssh_password', 'Serverio SSH slaptažodis yra {PW}. Niekam nesakyk.'),
 ('sq', 'Albanian', 'wifi_psk', 'Fjalëkalimi i wifi-t është {PW}. Mos ia jep askujt.'),
 ('sl', 'Slovene', 'wifi_psk', 'Geslo za wifi je {PW}. Ne povej ga nikomur.'),
 ('hr', 'Croatian', 'database_password', 'Lozinka za bazu je {PW}, nemoj je nikome slati.'),
 ('ro', 'Romanian', 'wifi_psk', 'Parola de la wifi este {PW}. Nu o da nimănui.'),
 ('ca', 'Catalan', 'router_admin_password', 'La contrasenya del router és {PW}, no la diguis a ningú.'),
 ('af', 'Afrikaans', 'wifi_psk', 'Die wifi-wagwoord is {PW}. Moet dit vir niemand gee nie.'),
]
FORMATS = {
 'irssi_autolog_txt': '--- Log opened Sat Mar 09 19:02:11 2024\n19:02 <{A}> {MSG}\n19:03 <{B}> ok\n--- Log closed Sat Mar 09 19:10:40 2024\n',
 'mattermost_bulk_export_jsonl': '{"type":"version","version":1}\n{"type":"direct_post","direct_post":{"channel_members":["{A}","{B}"],"user":"{A}","message":"{MSG}","create_at":1710010931000}}\n',
 'zulip_export_messages_json': '{\n  "zerver_message": [\n    {"id": 48213, "sender": "{A}", "content": "{MSG}", "date_sent": 1710010931.0}\n  ]\n}\n',
 'element_matrix_export_html': '<div class="mx_EventTile"><span class="mx_DisambiguatedProfile">{A}</span>\n<div class="mx_EventTile_body">{MSG}</div></div>\n',
 'skype_export_messages_json': '{"conversations":[{"displayName":"{B}","MessageList":[{"from":"8:{A}","content":"{MSG}","messagetype":"RichText"}]}]}\n',
 'gitter_room_archive_json': '[\n  {"id": "65ec1f3a", "fromUser": {"username": "{A}"}, "text": "{MSG}", "sent": "2024-03-09T19:02:11.000Z"}\n]\n',
 'psi_plus_history_txt': '|2024-03-09T19:02:11|1|from|N---|{MSG}\n|2024-03-09T19:03:40|1|to|N---|thanks!\n',
 'webex_space_export_txt': 'Space: family\n{A}  3/9/24, 7:02 PM\n{MSG}\n\n{B}  3/9/24, 7:03 PM\nthanks\n',
 'mastodon_outbox_activity_json': '{"orderedItems": [{"type": "Create", "actor": "https://social.example/users/{A}", "object": {"type": "Note", "visibility": "direct", "content": "{MSG}"}}]}\n',
 'hexchat_scrollback_txt': 'Mar 09 19:02:11 <{A}>\t{MSG}\nMar 09 19:03:40 <{B}>\tthanks\n',
}
NAMES = ['mamie_odette', 'tonton_jef', 'oma_riet', 'nonna_pina', 'cousin_tavita', 'aunty_mele', 'bhaiya_raj', 'tia_ana', 'neni_ravo', 'sekuru_tendai']


def build(seed=30004):
    r = random.Random(seed)
    fmts = sorted(FORMATS)
    recs = []
    for i, (code, name, typ, msg) in enumerate(LANGS):
        fmt = fmts[i % len(fmts)]
        pw = password(r)
        a, b = r.sample(NAMES, 2)
        m_pre, m_post = msg.split('{PW}')
        parts = {'MSG': (m_pre + pw + m_post, len(m_pre), pw, typ), 'A': (a, None, None, None), 'B': (b, None, None, None)}
        text, spans = render(FORMATS[fmt], parts)
        recs.append({'type': typ, 'container': f'{fmt}__{code}', 'text': text, 'secrets': spans, 'source': 'prose'})
    return recs
