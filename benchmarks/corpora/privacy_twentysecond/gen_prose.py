"""Prose part: a relative / colleague shares a password in their own language (seed 22004)."""
import random
from common import password, rs, HEX

SEED = 22004

# (code, language, span type, sentence)  -- written by a non-native builder, best effort
L = [
 ('ca', 'Catalan', 'wifi_psk', "Hola! La contrasenya del wifi de casa és {pw} i la xarxa es diu {ssid}."),
 ('oc', 'Occitan', 'wifi_psk', "Adieu! Lo senhal del wifi es {pw}, la ret s'apèla {ssid}."),
 ('co', 'Corsican', 'router_admin_password', "Bonghjornu! A parolla d'intesa di u router hè {pw}, l'utilizatore hè admin."),
 ('fur', 'Friulian', 'wifi_psk', "Mandi! La peraule clâf dal wifi e je {pw}."),
 ('vec', 'Venetian', 'nas_admin_password', "Ciao! La password del NAS xe {pw}, l'utente xe admin."),
 ('scn', 'Sicilian', 'wifi_psk', "Ciau! A password dû wifi è {pw}, a reti si chiama {ssid}."),
 ('nap', 'Neapolitan', 'email_account_password', "Uè! 'A password d''a mail d''a puteca è {pw}, nun t''a scurdà."),
 ('rm', 'Romansh', 'wifi_psk', "Allegra! Il pled-clav dal wifi è {pw}."),
 ('an', 'Aragonese', 'router_admin_password', "Ola! A clau d'o router ye {pw}, l'usuario ye admin."),
 ('fy', 'West Frisian', 'wifi_psk', "Hoi! It wachtwurd fan 'e wifi is {pw}, it netwurk hjit {ssid}."),
 ('lb', 'Luxembourgish', 'ssh_password', "Moien! D'Passwuert fir de Server ass {pw}, de Benotzer ass {user}."),
 ('li', 'Limburgish', 'wifi_psk', "Hoi! 't Wachwaord vaan de wifi is {pw}."),
 ('gsw', 'Swiss German', 'nas_admin_password', "Hoi zäme! S'Passwort vom NAS isch {pw}, dr Benutzer isch admin."),
 ('hsb', 'Upper Sorbian', 'wifi_psk', "Witaj! Hesło za WLAN je {pw}."),
 ('csb', 'Kashubian', 'wifi_psk', "Witôj! Parola do wifi to je {pw}."),
 ('szl', 'Silesian', 'router_admin_password', "Pozdrowiōm! Hasło do routera to je {pw}, a login to admin."),
 ('fo', 'Faroese', 'wifi_psk', "Hey! Loyniorðið til wifi er {pw}."),
 ('ga', 'Irish', 'email_account_password', "Dia duit! Is é {pw} an pasfhocal don ríomhphost nua."),
 ('gd', 'Scottish Gaelic', 'wifi_psk', "Halò! 'S e {pw} am facal-faire airson a' wifi."),
 ('cy', 'Welsh', 'router_admin_password', "Helo! Cyfrinair y llwybrydd yw {pw}, a'r enw defnyddiwr yw admin."),
 ('br', 'Breton', 'wifi_psk', "Demat! Ger-tremen ar wifi eo {pw}."),
 ('kw', 'Cornish', 'wifi_psk', "Dydh da! An ger-tremena rag an wifi yw {pw}."),
 ('gv', 'Manx', 'wifi_psk', "Moghrey mie! She {pw} yn fockle-follit son y wifi."),
 ('mt', 'Maltese', 'ssh_password', "Bongu! Il-password tas-server hija {pw}, l-utent huwa {user}."),
 ('fi', 'Finnish', 'wifi_psk', "Moi! Wifin salasana on {pw}, verkon nimi on {ssid}."),
 ('hu', 'Hungarian', 'database_password', "Szia! Az adatbázis jelszava {pw}, a felhasználó {user}."),
 ('ro', 'Romanian', 'nas_admin_password', "Salut! Parola de la NAS este {pw}, utilizatorul e admin."),
 ('uk', 'Ukrainian', 'wifi_psk', "Привіт! Пароль від вайфаю: {pw}"),
 ('be', 'Belarusian', 'email_account_password', "Прывітанне! Пароль ад пошты: {pw}"),
 ('lt', 'Lithuanian', 'wifi_psk', "Labas! Wifi slaptažodis yra {pw}."),
 ('sq', 'Albanian', 'router_admin_password', "Përshëndetje! Fjalëkalimi i ruterit është {pw}."),
 ('mk', 'Macedonian', 'wifi_psk', "Здраво! Лозинката за вајфај е {pw}."),
 ('bg', 'Bulgarian', 'ssh_password', "Здрасти! Паролата за сървъра е {pw}, потребител {user}."),
 ('yi', 'Yiddish', 'wifi_psk', "שלום! דאָס פּאַראָל פֿאַר דעם וויפֿי איז {pw}"),
 ('tl', 'Tagalog', 'email_account_password', "Uy! Ang password ng email ay {pw}, huwag mong ipamigay ha."),
 ('ceb', 'Cebuano', 'wifi_psk', "Uy! Ang password sa wifi kay {pw}."),
 ('vi', 'Vietnamese', 'wifi_psk', "Chào! Mật khẩu wifi là {pw} nhé."),
 ('yo', 'Yoruba', 'wifi_psk', "Ẹ n lẹ! Ọ̀rọ̀ aṣínà wifi ni {pw}."),
 ('zu', 'Zulu', 'router_admin_password', "Sawubona! Iphasiwedi ye-router ithi {pw}."),
 ('mi', 'Maori', 'ssh_password', "Kia ora! Ko te kupuhipa mō te tūmau ko {pw}, ko {user} te ingoa kaiwhakamahi."),
]

NAMES = ['Mamma', 'Zio Beppe', 'Anja', 'Cousin Rory', 'Oma', 'Dad', 'Ilse', 'Tomas', 'Nini', 'Kai']
SSIDS = ['Casa-Wifi', 'Vodafone-7A1C', 'HomeNet_5G', 'Livebox-92F0', 'Familie', 'Orange-4410']
USERS = ['pi', 'admin', 'marco', 'sysop', 'backup']


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def _date(r):
    return 2024, r.randint(1, 12), r.randint(1, 28), r.randint(7, 22), r.randint(0, 59), r.randint(0, 59)


def f_discord(r, who, msg):
    y, mo, d, h, mi, s = _date(r)
    return ('{"guild": {"name": "Family"}, "channel": {"name": "general"}, "messages": [{"id": "%d", '
            '"timestamp": "%04d-%02d-%02dT%02d:%02d:%02d.000+00:00", "author": {"name": "%s"}, "content": "%s"}]}'
            % (r.randint(10**17, 10**18 - 1), y, mo, d, h, mi, s, who, msg))


def f_viber(r, who, msg):
    y, mo, d, h, mi, s = _date(r)
    return 'Date,Time,Sender Name,Sender Phone Number,Text\n%02d/%02d/%04d,%02d:%02d,"%s",+%d,"%s"' % (d, mo, y, h, mi, who, r.randint(10**10, 10**11), msg)


def f_line(r, who, msg):
    y, mo, d, h, mi, s = _date(r)
    return '[LINE] Chat history with %s\nSaved on: %04d/%02d/%02d %02d:%02d\n\n%04d/%02d/%02d\n%02d:%02d\t%s\t%s' % (who, y, mo, d, h, mi, y, mo, d, h, mi, who, msg)


def f_kakao(r, who, msg):
    y, mo, d, h, mi, s = _date(r)
    return 'Date,User,Message\n%04d-%02d-%02d %02d:%02d:%02d,"%s","%s"' % (y, mo, d, h, mi, s, who, msg)


def f_threema(r, who, msg):
    y, mo, d, h, mi, s = _date(r)
    return '[%02d/%02d/%04d, %02d:%02d] %s: %s' % (d, mo, y, h, mi, who, msg)


def f_imessage(r, who, msg):
    y, mo, d, h, mi, s = _date(r)
    mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]
    return '%s %02d, %04d %02d:%02d:%02d\n%s\n%s\n' % (mon, d, y, h, mi, s, who, msg)


def f_gchat(r, who, msg):
    y, mo, d, h, mi, s = _date(r)
    return ('{"messages": [{"creator": {"name": "%s", "user_type": "Human"}, "created_date": "%d %s %04d at %02d:%02d:%02d UTC", '
            '"text": "%s", "topic_id": "%s"}]}' % (who, d, MONTHS[mo - 1], y, h, mi, s, msg, rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 11)))


def f_mastodon(r, who, msg):
    return ('[{"id": "%d", "unread": false, "last_status": {"visibility": "direct", "content": "<p>%s</p>", '
            '"account": {"display_name": "%s"}}}]' % (r.randint(100000, 999999), msg, who))


def f_weechat(r, who, msg):
    y, mo, d, h, mi, s = _date(r)
    return '%04d-%02d-%02d %02d:%02d:%02d\t-->\t%s joined #family\n%04d-%02d-%02d %02d:%02d:%02d\t%s\t%s' % (y, mo, d, h, mi, s, who.replace(' ', '_'), y, mo, d, h, mi, s, who.replace(' ', '_'), msg)


def f_cliq(r, who, msg):
    return ('{"chat_id": "CT_%d", "messages": [{"sender": {"name": "%s"}, "time": %d, "type": "text", "content": {"text": "%s"}}]}'
            % (r.randint(10**15, 10**16), who, r.randint(1700000000000, 1730000000000), msg))


FORMATS = {'discord_chat_exporter_json': f_discord, 'viber_messages_csv': f_viber, 'line_chat_history_txt': f_line,
           'kakaotalk_chat_export_csv': f_kakao, 'threema_chat_export_txt': f_threema, 'imessage_exporter_txt': f_imessage,
           'google_chat_takeout_messages_json': f_gchat, 'mastodon_conversation_api_json': f_mastodon,
           'weechat_irc_buffer_log': f_weechat, 'zoho_cliq_export_json': f_cliq}


def build():
    r = random.Random(SEED)
    fmts = sorted(FORMATS)
    order = list(range(len(L)))
    r.shuffle(order)
    recs = []
    for j, i in enumerate(order):
        code, lang, t, sent = L[i]
        fmt = fmts[j % len(fmts)]
        pw = password(r, 10, 16)
        msg = sent.format(pw=pw, ssid=r.choice(SSIDS), user=r.choice(USERS))
        text = FORMATS[fmt](r, r.choice(NAMES), msg)
        recs.append((fmt + '__' + code, text, [(pw, t)]))
    return recs
