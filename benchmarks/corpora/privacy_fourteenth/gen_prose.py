"""Chat / prose in languages, scripts and romanized chat styles absent from p12/p13 (seed 14004).
Each sentence carries {S} (the secret) and optionally {ssid} {user} {host}."""
import json
import random
from gen_common import rec, password, user, host, S0, rs
import gen_types

W, L, T = 'wifi', 'login', 'token'
SENT = [
    ('hy', W, 'Վայ-Ֆայի գաղտնաբառը՝ {S}, ցանցը՝ {ssid}։'),
    ('ka', W, 'ვაიფაის პაროლი არის {S}, ქსელი — {ssid}.'),
    ('ka', T, 'აი API გასაღები, არავის გაუზიარო: {S}'),
    ('kk', W, 'Wi-Fi құпиясөзі: {S} (желі: {ssid})'),
    ('kk', L, 'Серверге кіру: {user}@{host}, құпиясөз {S}'),
    ('mn', W, 'Wi-Fi нууц үг: {S}, сүлжээ нь {ssid}'),
    ('mn', T, 'Энэ токеныг ашигла, хэнд ч бүү өг: {S}'),
    ('az', W, 'Wi-Fi şifrəsi: {S}, şəbəkə {ssid}'),
    ('az', L, 'Serverə giriş: {user}@{host}, parol {S}'),
    ('et', W, 'WiFi parool on {S}, võrk on {ssid}'),
    ('et', T, 'Siin on API võti, ära jaga seda kellegagi: {S}'),
    ('lv', L, 'Pieslēgšanās serverim: {user}@{host}, parole {S}'),
    ('sl', W, 'Geslo za WiFi je {S}, omrežje pa {ssid}.'),
    ('sk', T, 'Tu je API kľúč, nikomu ho nedávaj: {S}'),
    ('is', W, 'Lykilorðið á Wi-Fi er {S}, netið heitir {ssid}.'),
    ('cy', L, "Mewngofnodi i'r gweinydd: {user}@{host}, cyfrinair {S}"),
    ('eu', W, 'Wi-Fi pasahitza {S} da, sarea {ssid}.'),
    ('ca', T, "Aquí tens la clau de l'API, no la comparteixis: {S}"),
    ('gl', W, 'O contrasinal da wifi é {S}, a rede é {ssid}.'),
    ('af', L, 'Bediener-aanmelding: {user}@{host}, wagwoord {S}'),
    ('tl', T, 'Eto yung API key, wag mong i-share kahit kanino: {S}'),
    ('tl', W, 'Ang password ng WiFi ay {S}, yung network ay {ssid}.'),
    ('ne', W, 'वाइफाइको पासवर्ड {S} हो, नेटवर्क {ssid} हो।'),
    ('mr', L, 'सर्व्हर लॉगिन: {user}@{host}, पासवर्ड {S}'),
    ('te', W, 'వైఫై పాస్‌వర్డ్: {S}, నెట్‌వర్క్: {ssid}'),
    ('sr', T, 'Ево API кључа, немој никоме да га дајеш: {S}'),
    ('sr', W, 'Лозинка за вајфај је {S}, мрежа {ssid}.'),
    ('ms', W, 'Kata laluan WiFi ialah {S}, rangkaian {ssid}.'),
    ('ny', W, 'Mawu achinsinsi a WiFi ndi {S}, netiweki ndi {ssid}.'),
    ('sn', W, 'Pasiwedhi yeWiFi ndeiyi: {S}, network: {ssid}'),
    ('st', W, 'Phasewete ya WiFi ke {S}, netweke ke {ssid}.'),
    ('tn', W, 'Lefoko la sephiri la WiFi ke {S}, neteweke ke {ssid}.'),
    ('ln', W, 'Mot de passe ya WiFi ezali {S}, réseau ezali {ssid}.'),
    ('lg', W, 'Ekigambo ekyekusifu ekya WiFi kye kino: {S}, network ye {ssid}.'),
    ('om', W, 'Jecha icciitii WiFi: {S}, neetworkiin {ssid}.'),
    ('haw', W, 'ʻO ka ʻōlelo huna o ka WiFi: {S}, ʻo {ssid} ka pūnaewele.'),
    ('to', W, 'Ko e lea fufū ʻo e WiFi ko {S}, ko e netiueka ko {ssid}.'),
    ('fj', W, 'Na password ni WiFi e {S}, na network e {ssid}.'),
    ('ar_latn', W, 'el password bta3 el wifi howa {S} w el network {ssid}'),
    ('ar_latn', T, 'ya 3am ha el API key, matb3atosh l 7ad: {S}'),
    ('hi_latn', L, 'bhai server pe login kar le: {user}@{host}, password {S} hai'),
    ('ne_latn', W, 'wifi ko password {S} ho, network {ssid}'),
    ('th_latn', W, 'rahat wifi khue {S} na, network {ssid} ja'),
    ('uk_latn', T, "os' API kliuch, nikomu ne davai: {S}"),
    ('si_latn', W, 'wifi password eka {S}, network eka {ssid} machan'),
    ('te_latn', L, 'ra server login {user}@{host}, password {S} ra'),
    ('ml_latn', W, 'wifi password {S} aanu, network {ssid} aanu'),
    ('ka_latn', W, 'wifi-s paroli aris {S}, kseli {ssid}'),
    ('yue', W, 'wifi 密碼係 {S}，網絡名係 {ssid}'),
    ('nds', W, 'Dat WLAN-Passwoord is {S}, dat Nett heet {ssid}.'),
    ('ast', W, 'La contraseña del wifi ye {S}, la rede ye {ssid}.'),
    ('sc', W, 'Sa password de su wifi est {S}, sa rete est {ssid}.'),
    ('se', W, 'WiFi beassansátni lea {S}, fierpmádat lea {ssid}.'),
    ('ak', W, 'WiFi password no ne {S}, network no ne {ssid}.'),
    ('pap', W, 'E password di WiFi ta {S}, e network ta {ssid}.'),
    ('tpi', W, 'Pasword bilong WiFi em {S}, network em {ssid}.'),
]


def _j(x):
    return json.dumps(x, ensure_ascii=False)


def _containers():
    return [
        ('signal_desktop_markdown_export', lambda n, m, t: f'# Chat with {n}\n\n**{n}** ({t}):\n{m}\n'),
        ('element_matrix_export_txt', lambda n, m, t: f'{t} @{n}:matrix.org: {m}\n'),
        ('vk_dialog_json_export', lambda n, m, t: _j({'items': [{'from_id': 418220771, 'date': 1746177295, 'text': m}]}) + '\n'),
        ('zalo_pc_copy_paste', lambda n, m, t: f'[{t[11:16]}] {n}: {m}\n'),
        ('icq_new_history_txt', lambda n, m, t: f'{n} ({t}):\n{m}\n\n'),
        ('skype_messages_json_export', lambda n, m, t: _j({'conversations': [{'MessageList': [{'from': '8:live:' + n, 'content': m, 'originalarrivaltime': t}]}]}) + '\n'),
        ('google_chat_takeout_messages_json', lambda n, m, t: _j({'messages': [{'creator': {'name': n}, 'created_date': t, 'text': m}]}) + '\n'),
        ('instagram_inbox_message_json', lambda n, m, t: _j({'participants': [{'name': n}], 'messages': [{'sender_name': n, 'timestamp_ms': 1746177295118, 'content': m}]}) + '\n'),
        ('snapchat_chat_history_json', lambda n, m, t: _j({'Received Saved Chat History': [{'From': n, 'Media Type': 'TEXT', 'Created': t, 'Content': m}]}) + '\n'),
        ('xabber_xmpp_log_txt', lambda n, m, t: f'({t}) {n}@jabber.example.net: {m}\n'),
        ('mattermost_bulk_export_jsonl', lambda n, m, t: _j({'type': 'post', 'post': {'team': 'home', 'channel': 'general', 'user': n, 'message': m}}) + '\n'),
        ('workplace_chat_html_export', lambda n, m, t: f'<div class="msg"><div class="user">{n}</div><div class="txt">{m}</div><div class="ts">{t}</div></div>\n'),
    ]


def build(start_id):
    r = random.Random(14004)
    conts = _containers()
    prefixed = [t for t in gen_types.TYPES if t[0] not in gen_types.NAME_ONLY and 'url' not in t[0]
                and ' ' not in gen_types.gen(r, t)]
    out = []
    for i, (lang, kind, s) in enumerate(SENT):
        kname, cf = conts[i % len(conts)]
        ssid = r.choice(['Kamer-', 'Home_', 'Casa-', 'Net-', 'Fiber-']) + rs(r, 'UC', 4)
        if kind == W:
            sec = (password(r), 'wifi_psk')
        elif kind == L:
            sec = (password(r), 'ssh_password')
        else:
            t = prefixed[r.randrange(len(prefixed))]
            sec = (gen_types.gen(r, t), t[0])
        msg = s.format(S=S0, ssid=ssid, user=user(r).split('.')[0], host=host(r))
        tmpl = cf(r.choice(['nino', 'aru', 'keala', 'tendai', 'lerato', 'sione', 'marta', 'dev', 'anh']),
                  msg, '2025-05-%02d %02d:%02d' % (r.randrange(1, 29), r.randrange(24), r.randrange(60)))
        out.append(rec('p14-s-%04d' % (start_id + len(out)), '%s__%s' % (kname, lang), tmpl, [sec], 'gen_prose'))
    return out
