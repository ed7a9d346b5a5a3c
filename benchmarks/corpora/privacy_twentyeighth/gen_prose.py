"""Prose part: a relative / colleague shares a password in 40 new languages / chat styles,
in 10 new chat-export formats (4 each)."""
import json, random
import common as C
from common import S, fill

SEED = 28004
Q = "\u2019"  # typographic apostrophe
LANGS = [
 ("vec", "Venetian", "wifi_psk", "Ciao nene, ła password del wifi de casa xe «P», no stà dàrghela a nissun."),
 ("nap", "Neapolitan", "email_account_password", "Uè guagliò, " + Q + "a password d" + Q + "a mail è «P», nun " + Q + "a dà a nisciuno."),
 ("scn", "Sicilian", "wifi_psk", "Picciotti, a password dû wifi è «P», nun a dati a nuddu."),
 ("fur", "Friulian", "wifi_psk", "Mandi, la password dal wifi e je «P», no sta dâle a nissun."),
 ("rm", "Romansh", "wifi_psk", "Allegra! Il pled-clav dal wifi è «P», betg al dar vinavant."),
 ("an", "Aragonese", "wifi_psk", "Ola! A clau d" + Q + "o wifi ye «P», no la des a dengún."),
 ("hsb", "Upper Sorbian", "nas_admin_password", "Witaj, hesło za NAS je «P», njedaj jo nikomu."),
 ("csb", "Kashubian", "wifi_psk", "Witôj, parol do wifi to je «P», nie dôwôj gò nikòmù."),
 ("fo", "Faroese", "router_admin_password", "Hey, loyniorðið til routaran er «P», gev tað ikki víðari."),
 ("gv", "Manx", "wifi_psk", "Moghrey mie, yn fockle follit son y wifi ee «P»."),
 ("kw", "Cornish", "wifi_psk", "Dydh da, an ger-tremena rag an wifi yw «P»."),
 ("lou", "Louisiana Creole", "wifi_psk", "Mo garçon, pass-la pou wifi-la sé «P», pa donné li a personne."),
 ("gul", "Gullah", "wifi_psk", "Chile, de password fuh de wifi be «P», don gib um tuh nobody."),
 ("pis", "Pijin (Solomon Islands)", "wifi_psk", "Hao nao, password blong wifi hem «P», no givim long eniwan."),
 ("kri", "Krio", "wifi_psk", "Di password fɔ di wifi na «P», nɔ gi ɛnibɔdi."),
 ("wes", "Cameroonian Pidgin", "wifi_psk", "Massa, di password for di wifi na «P», no give am for anybody o."),
 ("ban", "Balinese", "wifi_psk", "Om Swastiastu, password wifi jumahe «P», eda baange anak len nah."),
 ("min", "Minangkabau", "wifi_psk", "Da, password wifi di rumah «P», jan agiah ka urang lain yo."),
 ("bcl", "Central Bikol", "wifi_psk", "Ini an password kan wifi: «P», dai mo ipag-tao sa iba."),
 ("hil", "Hiligaynon", "wifi_psk", "Ang password sang wifi amo ini «P», indi mo pag-ihatag sa iban ha."),
 ("pam", "Kapampangan", "wifi_psk", "Ing password ning wifi «P», e me ibie king aliwa."),
 ("mh", "Marshallese", "wifi_psk", "Iokwe, password eo an wifi ej «P»."),
 ("ch", "Chamorro", "wifi_psk", "Håfa adai! I password para i wifi «P»."),
 ("haw", "Hawaiian", "wifi_psk", "Aloha, \u02bbo ka \u02bbōlelo hūnā o ka wifi \u02bbo «P»."),
 ("ss", "Swati", "wifi_psk", "Sawubona, iphasiwedi ye-wifi ngu «P»."),
 ("ve", "Venda", "wifi_psk", "Ndaa, phasiwede ya wifi ndi «P»."),
 ("ts", "Tsonga", "wifi_psk", "Avuxeni, phasiwedi ya wifi i «P»."),
 ("nso", "Northern Sotho", "wifi_psk", "Dumela, phasewete ya wifi ke «P»."),
 ("ln", "Lingala", "ssh_password", "Mbote, password ya serveur ssh ezali «P», kopesa moto te."),
 ("kik", "Kikuyu", "wifi_psk", "Wĩmwega, password ya wifi nĩ «P»."),
 ("wo", "Wolof", "wifi_psk", "Salaam aleekum, password bu wifi bi mooy «P»."),
 ("rop", "Kriol (Australian)", "wifi_psk", "Password blanga wifi im «P», langa yu."),
 ("ml_manglish", "Manglish (romanised Malayalam chat)", "router_admin_password", "Eda, router admin password «P» aanu, aarkum kodukkalle."),
 ("te_tenglish", "Tenglish (romanised Telugu chat)", "ssh_password", "Ra, server ssh password «P», evvariki ivvaku."),
 ("ko_romanized_chat", "Romanised Korean chat", "email_account_password", "ya imeil biminbeonho «P» iya, amuhantedo allyeojujima."),
 ("uk_translit", "Ukrainian translit chat", "database_password", "Pryvit, parol vid bazy danykh «P», nikomu ne kazhy."),
 ("ne_romanized_chat", "Romanised Nepali chat", "wifi_psk", "Oi, wifi ko password «P» ho, kasailai nadinu hai."),
 ("hy_latin_chat", "Armenian Latin-letter chat", "wifi_psk", "Barev, wifi-i parol@ «P» a, voch mekin chtas."),
 ("ka_latin_chat", "Georgian Latin-letter chat", "wifi_psk", "Gamarjoba, wifi-s paroli aris «P», aravis ar utkhra."),
 ("pa_roman", "Roman Punjabi", "nas_admin_password", "Veere, NAS da password «P» aa, kise nu na dassi."),
]
SENDERS = ["Mum", "Dad", "Nonna", "Uncle Tomas", "Auntie Rosa", "Grandpa", "Lea (IT)", "Big Sis", "Cousin Ari", "Marta (office)"]
ME = "me"

def ts(rng):
    return (2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59))

def f_line(rng, who, msg):
    y, mo, d, h, mi, s = ts(rng)
    return fill("%04d/%02d/%02d(Sat)\n%02d:%02d\t%s\t«M»\n%02d:%02d\t%s\t👍\n" % (y, mo, d, h, mi, who, h, (mi + 2) % 60, ME), M=msg)

def f_kakao(rng, who, msg):
    y, mo, d, h, mi, s = ts(rng)
    return fill("Date,User,Message\n%04d-%02d-%02d %02d:%02d:%02d,\"%s\",\"«M»\"\n%04d-%02d-%02d %02d:%02d:%02d,\"%s\",\"ok\"\n" % (y, mo, d, h, mi, s, who, y, mo, d, h, (mi + 1) % 60, s, ME), M=msg)

def f_viber(rng, who, msg):
    y, mo, d, h, mi, s = ts(rng)
    return fill("%02d/%02d/%04d,%02d:%02d:%02d,%s,+4479%s,\"«M»\"\n" % (d, mo, y, h, mi, s, who, C.rs(rng, C.DIG, 8)), M=msg)

def f_threema(rng, who, msg):
    y, mo, d, h, mi, s = ts(rng)
    return fill("[%02d/%02d/%04d, %02d:%02d] %s: «M»\n[%02d/%02d/%04d, %02d:%02d] %s: thx\n" % (d, mo, y, h, mi, who, d, mo, y, h, (mi + 1) % 60, ME), M=msg)

def f_imessage(rng, who, msg):
    y, mo, d, h, mi, s = ts(rng)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
    return fill("%s %02d, %04d %2d:%02d:%02d PM\n%s\n«M»\n\n" % (mon, d, y, h % 12 or 12, mi, s, who), M=msg)

def f_messenger(rng, who, msg):
    ms = rng.randint(1700000000000, 1730000000000)
    pre = "{\n  \"participants\": [{\"name\": \"%s\"}, {\"name\": \"%s\"}],\n  \"messages\": [\n    {\"sender_name\": \"%s\", \"timestamp_ms\": %d, \"content\": \"" % (who, ME, who, ms)
    return fill(pre + "«M»\"}\n  ]\n}\n", M=msg)

def f_discord(rng, who, msg):
    y, mo, d, h, mi, s = ts(rng)
    return fill("AuthorID,Author,Date,Content,Attachments,Reactions\n\"%s\",\"%s\",\"%04d-%02d-%02dT%02d:%02d:%02d+00:00\",\"«M»\",\"\",\"\"\n" % (C.rs(rng, C.DIG, 18), who.lower().replace(" ", "_"), y, mo, d, h, mi, s), M=msg)

def f_pidgin(rng, who, msg):
    y, mo, d, h, mi, s = ts(rng)
    return fill("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"><title>Conversation with %s</title></head><body>\n<font color=\"#A82F2F\"><font size=\"2\">(%02d:%02d:%02d)</font> <b>%s:</b></font> «M»<br/>\n</body></html>\n" % (who, h, mi, s, who), M=msg)

def f_zoom(rng, who, msg):
    y, mo, d, h, mi, s = ts(rng)
    return fill("%02d:%02d:%02d From %s to Everyone:\n\t«M»\n%02d:%02d:%02d From %s to Everyone:\n\tgot it\n" % (h, mi, s, who, h, mi, (s + 9) % 60, ME), M=msg)

def f_gchat(rng, who, msg):
    y, mo, d, h, mi, s = ts(rng)
    pre = "{\n  \"messages\": [\n    {\n      \"creator\": {\"name\": \"%s\", \"user_type\": \"Human\"},\n      \"created_date\": \"Saturday, %d March %04d at %02d:%02d:%02d UTC\",\n      \"text\": \"" % (who, d, y, h, mi, s)
    return fill(pre + "«M»\"\n    }\n  ]\n}\n", M=msg)

FORMATS = {
 "line_chat_history_txt": f_line, "kakaotalk_chat_export_csv": f_kakao, "viber_messages_csv": f_viber,
 "threema_chat_export_txt": f_threema, "imessage_exporter_txt": f_imessage,
 "facebook_messenger_json": f_messenger, "discord_chat_exporter_csv": f_discord,
 "pidgin_html_log": f_pidgin, "zoom_meeting_chat_txt": f_zoom, "google_chat_takeout_json": f_gchat,
}

def generate():
    rng = random.Random(SEED)
    fmts = sorted(FORMATS)
    recs = []
    for i, (code, name, typ, sent) in enumerate(LANGS):
        for bad in '"\\<>&':
            assert bad not in sent, (code, bad)
        fmt = fmts[i % 10]
        p = C.password(rng, 10, 16)
        msg_text, msg_spans = fill(sent, P=S(p, typ))
        # rebuild the message as a list of str / S so the export template can place it
        a, b = msg_spans[0]["start"], msg_spans[0]["end"]
        msg = [msg_text[:a], S(p, typ), msg_text[b:]]
        text, spans = FORMATS[fmt](rng, rng.choice(SENDERS), msg)
        recs.append(C.pos_record(None, fmt + "__" + code, text, spans, "prose"))
    return recs, {"langs": [(c, n) for c, n, _, _ in LANGS], "formats": fmts}
