"""Chat / prose in languages and chat styles absent from the p13/p14 lists, in message-export containers."""
import json, random
import gen_common as G

SEED = 15005
# (lang, slot kind, sentence) ; W wifi, S server login, R router admin, E e-mail, K vendor key
MSGS = [
    ("lb", "W", "Moien! D'WLAN-Passwuert fir d'Büro ass ⟦0⟧, ech hunn et grad geännert."),
    ("li", "W", "Hoi, 't wachwoord vaan de wifi is ⟦0⟧ - neet doorgaeve hè."),
    ("fur", "W", "Mandi! La peraule clâf dal wifi e je ⟦0⟧"),
    ("vec", "W", "Ciao, ła password del wifi de casa ła xe ⟦0⟧ ok?"),
    ("nap", "W", "Uè, 'a password d''o wifi è ⟦0⟧, nun 'a dà a nisciuno"),
    ("scn", "W", "Ciao, a password dû wifi è ⟦0⟧ e nun ci la dari a nuddu"),
    ("co", "W", "Bonghjornu, a parolla d'intrata di u wifi hè ⟦0⟧"),
    ("an", "W", "Ola, a clau d'o wifi ye ⟦0⟧"),
    ("mt", "W", "Ħi, il-password tal-wifi hija ⟦0⟧, tgħidx lil ħadd"),
    ("ga", "W", "Dia duit, is é pasfhocal an wifi ná ⟦0⟧"),
    ("gv", "W", "Moghrey mie, ta'n fockle follit son y wifi ⟦0⟧"),
    ("kw", "W", "Dydh da, ger-tremena an wifi yw ⟦0⟧"),
    ("sq", "W", "Përshëndetje, fjalëkalimi i wifi-t është ⟦0⟧"),
    ("sq", "S", "Serveri {host}, përdoruesi {user}, fjalëkalimi ⟦0⟧ - ndryshoje pas hyrjes."),
    ("mk", "W", "Здраво, лозинката за wifi е ⟦0⟧"),
    ("mk", "S", "Најава на {host}: корисник {user}, лозинка ⟦0⟧"),
    ("lt", "W", "Labas, wifi slaptažodis yra ⟦0⟧"),
    ("lt", "R", "Maršrutizatoriaus admin slaptažodis: ⟦0⟧ (vartotojas admin)"),
    ("hsb", "W", "Witaj, hesło za wifi je ⟦0⟧"),
    ("csb", "W", "Witôj, parola do wifi to je ⟦0⟧"),
    ("szl", "W", "Siema, hasło do wifi to ⟦0⟧, niy dowej nikomu"),
    ("cv", "W", "Салам, wifi паролĕ ⟦0⟧"),
    ("sah", "W", "Дорообо, wifi киирэр тыла ⟦0⟧"),
    ("ky", "W", "Салам, wifi сырсөзү ⟦0⟧"),
    ("ky", "S", "{host} серверине кирүү: {user} / ⟦0⟧"),
    ("uz", "W", "Salom, wifi paroli ⟦0⟧"),
    ("uz", "E", "Pochta paroli: ⟦0⟧, hech kimga aytmang"),
    ("crh", "W", "Selâm, wifi parolü ⟦0⟧"),
    ("lo", "W", "ສະບາຍດີ ລະຫັດ wifi ແມ່ນ ⟦0⟧"),
    ("km", "W", "សួស្តី លេខសម្ងាត់ wifi គឺ ⟦0⟧"),
    ("my", "W", "မင်္ဂလာပါ wifi စကားဝှက်က ⟦0⟧ ပါ"),
    ("ilo", "W", "Kablaaw, ti password ti wifi ket ⟦0⟧"),
    ("war", "W", "Maupay, an password han wifi amo an ⟦0⟧"),
    ("min", "W", "Assalamualaikum, kato sandi wifi iko ⟦0⟧"),
    ("ban", "W", "Om swastiastu, password wifi ne ⟦0⟧"),
    ("ha", "W", "Sannu, kalmar sirri ta wifi ita ce ⟦0⟧"),
    ("ha", "S", "Shiga {host} da sunan {user}, kalmar sirri ⟦0⟧"),
    ("yo", "W", "Ẹ n lẹ, ọ̀rọ̀ aṣínà wifi ni ⟦0⟧"),
    ("zu", "W", "Sawubona, iphasiwedi ye-wifi ithi ⟦0⟧"),
    ("zu", "R", "Iphasiwedi ye-router (admin) ithi ⟦0⟧"),
    ("bm", "W", "I ni ce, wifi gundodaɲɛ ye ⟦0⟧ ye"),
    ("ee", "W", "Ŋdi, wifi ƒe nyaɣla enye ⟦0⟧"),
    ("kab", "W", "Azul, awal uffir n wifi d ⟦0⟧"),
    ("mai", "W", "प्रणाम, wifi क पासवर्ड ⟦0⟧ अछि"),
    ("gu", "W", "નમસ્તે, wifi નો પાસવર્ડ ⟦0⟧ છે"),
    ("gu", "S", "{host} પર લોગિન: {user}, પાસવર્ડ ⟦0⟧"),
    ("pa_latn", "W", "Sat sri akal paaji, wifi da password ⟦0⟧ aa"),
    ("pa_latn", "S", "Server {host} te login {user} te password ⟦0⟧ hai"),
    ("kn_latn", "W", "Namaskara, wifi password ⟦0⟧ ide, yarigu kodbedi"),
    ("he_latn", "W", "Hi, ha-sisma shel ha-wifi hi ⟦0⟧"),
    ("he_latn", "S", "Ha-server {host}, user {user}, sisma ⟦0⟧ - tachlif achrei ha-knisa"),
    ("am_latn", "W", "Selam, ye wifi passwordu ⟦0⟧ new"),
    ("pcm", "W", "Abeg, di wifi password na ⟦0⟧, no give anybody o"),
    ("pcm", "K", "Oga, di {label} wey we dey use na ⟦0⟧"),
    ("eo", "W", "Saluton, la pasvorto de la wifi estas ⟦0⟧"),
    ("eo", "S", "Ensalutu al {host} kiel {user}, pasvorto ⟦0⟧"),
    ("tok", "W", "toki! nimi open pi ilo wifi li ⟦0⟧"),
    ("vi_teen", "W", "pass wjfj la` ⟦0⟧ nha, dung cho ai het"),
    ("id_alay", "W", "p4sw0rd wifi n4 ⟦0⟧ y4h kk"),
    ("id_alay", "K", "kk ini {label} nya ⟦0⟧ jgn dishare y"),
]
TYPES = {"W": "wifi_psk", "S": "ssh_password", "R": "router_admin_password", "E": "email_account_password"}


def wrap(r, i, lang, msg):
    who = r.choice(G.FIRST).capitalize()
    ts = G.ts(r)
    k = i % 12
    j = json.dumps
    if k == 0:
        return "telegram_desktop_result_json", '{"id":%d,"type":"message","date":"%s","from":"%s","text":%s}\n' % (r.randint(1000, 99999), ts, who, j(msg, ensure_ascii=False))
    if k == 1:
        return "whatsapp_android_txt_export", "%s, %s - %s: %s\n" % (ts[:10].replace("-", "/"), ts[11:16], who, msg)
    if k == 2:
        return "wechat_pc_export_txt", "%s %s\n%s\n\n" % (ts.replace("T", " "), who, msg)
    if k == 3:
        return "discord_chat_exporter_csv", 'AuthorID,Author,Date,Content,Attachments,Reactions\n"%d","%s","%s","%s","",""\n' % (r.randint(10 ** 17, 10 ** 18), who.lower(), ts, msg.replace('"', '""'))
    if k == 4:
        return "messenger_takeout_json", '{"participants":[{"name":"%s"}],"messages":[{"sender_name":"%s","timestamp_ms":%d,"content":%s}]}\n' % (who, who, 1736000000000 + r.randint(0, 10 ** 9), j(msg, ensure_ascii=False))
    if k == 5:
        return "session_messenger_txt_export", "[%s] %s: %s\n" % (ts.replace("T", " "), who, msg)
    if k == 6:
        return "gajim_history_txt", "%s <%s> %s\n" % (ts.replace("T", " "), who.lower(), msg)
    if k == 7:
        return "kik_chat_export_txt", "%s\n%s: %s\n" % (ts[:10], who, msg)
    if k == 8:
        return "imo_chat_backup_txt", "%s (%s): %s\n" % (who, ts[11:16], msg)
    if k == 9:
        return "slack_export_channel_day_json", '[\n  {"type":"message","user":"U0%s","text":%s,"ts":"%d.000200"}\n]\n' % (G.rs(r, G.UPALNUM, 8), j(msg, ensure_ascii=False), 1736000000 + r.randint(0, 9999999))
    if k == 10:
        return "nextcloud_talk_export_json", '{"actorDisplayName":"%s","message":%s,"timestamp":%d}\n' % (who, j(msg, ensure_ascii=False), 1736000000 + r.randint(0, 9999999))
    return "fluffychat_export_txt", "%s: %s\n" % (who, msg)


def build(leftover_types):
    r = random.Random(SEED)
    out = []
    left = list(leftover_types)
    for i, (lang, slot, msg) in enumerate(MSGS):
        if slot == "K":
            typ, var, spec, _ = left.pop(0)
            val = G.expand(r, spec)
            label = typ.replace("_", " ")
        else:
            typ = TYPES[slot]
            val = G.password(r, True)
            label = ""
        msg = msg.replace("{host}", G.host(r)).replace("{user}", G.user(r)).replace("{label}", label)
        kind, text = wrap(r, i, lang, msg)
        out.append(G.rec(kind + "__" + lang, text, [(val, typ)], "gen_prose"))
    return out


LANGS = sorted({m[0] for m in MSGS})
