"""Prose part: a person shares a credential in their own language (40 languages new in p18),
in 10 message-export formats not used before. Sentences are short, best-effort, non-native."""
import json
import random
from common import S, pw_safe, pw_sym, github_token, rs, ALNUM

SEED = 18004

# (code, sender, recipient, type, sentence with {pw})
L = [
    ("hsb", "Jan", "Marja", "wifi_psk", "Hesło za WLAN w kuchni je {pw} – prošu nikomu dale njedać."),
    ("csb", "Kasia", "Józef", "router_admin_password", "Hasło do routera to je {pw}, le nie zmieniôj nic bez mie."),
    ("szl", "Zefel", "Hanka", "wifi_psk", "Hasło do wifi we chałpie to {pw}, niy godej nikōmu."),
    ("rue", "Іван", "Марія", "email_account_password", "Гесло до пошты є {pw}, не давай го никому."),
    ("li", "Sjra", "Lei", "wifi_psk", "Ut wachwoord vaan ut wifi is {pw}, neet doorgaeve aub."),
    ("vec", "Bepi", "Nane", "router_admin_password", "La password del modem xe {pw}, no sta darla a nisun."),
    ("nap", "Gennaro", "Titina", "wifi_psk", "'A password d'o wifi è {pw}, nun 'a dà a nisciuno."),
    ("scn", "Turi", "Ninetta", "ssh_password", "A password pû server è {pw}, nun ci la dari a nuddu."),
    ("fur", "Toni", "Mariute", "email_account_password", "La password de pueste e je {pw}, no sta dâle a nissun."),
    ("co", "Ghjuvan", "Maria", "wifi_psk", "A parolla d'intrata di u wifi hè {pw}, ùn la date à nimu."),
    ("an", "Chusé", "Pilara", "nas_admin_password", "A clau d'o NAS ye {pw}, no la digas a dengún."),
    ("kw", "Jowan", "Tamsin", "wifi_psk", "An ger-tremena rag an wifi yw {pw}, na ro dhe dhen vyth."),
    ("gv", "Juan", "Ealish", "router_admin_password", "She {pw} yn fockle-arrey son yn router, ny insh da peiagh erbee."),
    ("ltg", "Juoņs", "Mareja", "wifi_psk", "Wifi paroļs ir {pw}, nikam naroki."),
    ("vro", "Jaan", "Mari", "email_account_password", "Postkasti salasõna om {pw}, ärq annaq tuud kellelegi."),
    ("cv", "Ваҫук", "Анук", "wifi_psk", "Wifi паролӗ — {pw}, никама та ан кала."),
    ("ba", "Айбулат", "Гөлнара", "router_admin_password", "Роутер серһүҙе — {pw}, бер кемгә лә әйтмә."),
    ("sah", "Уйбаан", "Сардаана", "wifi_psk", "Wifi кистэл тыла: {pw}, ким да туох да диэмэ."),
    ("crh", "Server", "Ayşe", "ssh_password", "Serverniñ parolü {pw}, kimsege berme."),
    ("os", "Алан", "Залинæ", "email_account_password", "Почтæйы пароль у {pw}, макæмæн æй ратт."),
    ("mai", "राजेश", "सीता", "wifi_psk", "वाईफाई केर पासवर्ड {pw} अछि, ककरो नहि कहब।"),
    ("bho", "मनोज", "रीना", "router_admin_password", "राउटर के पासवर्ड {pw} बा, केहू के मत बतइहऽ।"),
    ("as", "বিকাশ", "জোনালী", "wifi_psk", "ৱাই-ফাইৰ পাছৱৰ্ড {pw}, কাকো নক'বা।"),
    ("sd", "سليم", "سارا", "email_account_password", "اي ميل جو پاسورڊ {pw} آهي، ڪنهن کي نه ٻڌائجانءِ."),
    ("ilo", "Manong Ben", "Nene", "wifi_psk", "Ti password ti wifi ket {pw}, dika ibaga iti sabali."),
    ("war", "Dodong", "Inday", "router_admin_password", "An password han router amo an {pw}, ayaw igsumat ha iba."),
    ("hil", "Jun", "Tata", "nas_admin_password", "Ang password sang NAS amo ang {pw}, indi pagsugiri ang iban."),
    ("ch", "Juan", "Rosa", "wifi_psk", "I password para i wifi {pw}, cha' un sangåni ni hayiyi."),
    ("eo", "Petro", "Klara", "ssh_password", "La pasvorto de la servilo estas {pw}, bonvolu ne diskonigi ĝin."),
    ("ia", "Marco", "Lucia", "database_password", "Le contrasigno del base de datos es {pw}, non lo divulga."),
    ("la", "Marcus", "Iulia", "wifi_psk", "Tessera retis sine filo est {pw}; noli cuiquam dicere."),
    ("lad", "Avram", "Luna", "email_account_password", "El kodiche del korreo es {pw}, no se lo da a dinguno."),
    ("pcm", "Emeka", "Ngozi", "router_admin_password", "Di router password na {pw}, no give anybodi o."),
    ("srn", "Ramon", "Sylvia", "wifi_psk", "A wifi password na {pw}, no gi en na trawan."),
    ("jam", "Devon", "Keisha", "wifi_psk", "Di wifi password a {pw}, nuh give it to nobody, yuh hear?"),
    ("kea", "Djon", "Nha", "email_account_password", "Senha di email é {pw}, ka bu da ningen."),
    ("ay", "Mamani", "Quispe", "wifi_psk", "Wifi chimpupax {pw}, janiw khitirus yatiyamti."),
    ("kab", "Ameqran", "Tasaɛdit", "router_admin_password", "Awal uffir n router d {pw}, ur t-id-ttini i yiwen."),
    ("nso", "Thabo", "Lerato", "wifi_psk", "Phasewete ya wifi ke {pw}, o se ke wa e botša motho."),
    ("ee", "Kofi", "Akosua", "email_account_password", "Email ƒe password enye {pw}, mègagblɔe na ame aɖeke o."),
]

FORMATS = ["zoom_meeting_chat_txt", "sms_backup_restore_xml", "nextcloud_talk_chat_json", "simplex_chat_export_json",
           "gajim_history_export_txt", "weechat_buffer_log", "facebook_messenger_takeout_json",
           "wechat_pc_export_txt", "discourse_private_message_json", "mbox_reply_quoted_email"]


def _split(sentence, sv):
    a, b = sentence.split("{pw}")
    return a, b


def render(fmt, r, snd, rcp, a, sv, b):
    hh, mm = r.randrange(7, 23), r.randrange(60)
    if fmt == "zoom_meeting_chat_txt":
        return ["%02d:%02d:%02d From %s to %s (direct message):\n\t" % (hh, mm, r.randrange(60), snd, rcp), a, sv, b + "\n"]
    if fmt == "sms_backup_restore_xml":
        return ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\">\n  <sms protocol=\"0\" address=\"+4915%d\" date=\"17%d\" type=\"1\" subject=\"null\" body=\"" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 10, 10 ** 11)), a, sv, b + "\" contact_name=\"%s\" read=\"1\" />\n</smses>\n" % snd]
    if fmt == "nextcloud_talk_chat_json":
        return ["{\"ocs\":{\"data\":[{\"id\":%d,\"actorDisplayName\":\"%s\",\"messageType\":\"comment\",\"message\":\"" % (r.randrange(1000, 9999), snd), a, sv, b + "\"}]}}\n"]
    if fmt == "simplex_chat_export_json":
        return ["{\"chatItems\":[{\"chatDir\":{\"type\":\"directRcv\"},\"meta\":{\"itemTs\":\"2026-02-%02dT%02d:%02d:00Z\"},\"content\":{\"type\":\"rcvMsgContent\",\"msgContent\":{\"type\":\"text\",\"text\":\"" % (r.randrange(1, 28), hh, mm), a, sv, b + "\"}}}],\"contact\":\"%s\"}\n" % snd]
    if fmt == "gajim_history_export_txt":
        return ["2026-01-%02d %02d:%02d:%02d (%s): " % (r.randrange(1, 28), hh, mm, r.randrange(60), snd.lower().replace(" ", "") + "@xmpp.example"), a, sv, b + "\n"]
    if fmt == "weechat_buffer_log":
        return ["2026-03-%02d %02d:%02d:%02d\t%s\t" % (r.randrange(1, 28), hh, mm, r.randrange(60), snd), a, sv, b + "\n2026-03-01 %02d:%02d:59\t%s\tok\n" % (hh, mm, rcp)]
    if fmt == "facebook_messenger_takeout_json":
        return ["{\n  \"participants\": [{\"name\": \"%s\"}, {\"name\": \"%s\"}],\n  \"messages\": [\n    {\n      \"sender_name\": \"%s\",\n      \"timestamp_ms\": 17%d,\n      \"content\": \"" % (snd, rcp, snd, r.randrange(10 ** 10, 10 ** 11)), a, sv, b + "\"\n    }\n  ]\n}\n"]
    if fmt == "wechat_pc_export_txt":
        return ["2026-02-%02d %02d:%02d:%02d  %s\n" % (r.randrange(1, 28), hh, mm, r.randrange(60), snd), a, sv, b + "\n\n"]
    if fmt == "discourse_private_message_json":
        return ["{\"post_stream\":{\"posts\":[{\"username\":\"%s\",\"raw\":\"@%s " % (snd.lower().replace(" ", "_"), rcp.lower()), a, sv, b + "\",\"post_number\":2}]},\"archetype\":\"private_message\"}\n"]
    return ["From %s@mail.example Sat Mar  7 %02d:%02d:11 2026\nFrom: %s <%s@mail.example>\nSubject: Re: domanda\nContent-Type: text/plain; charset=UTF-8\n\n" % (snd.lower().replace(" ", "."), hh, mm, snd, snd.lower().replace(" ", ".")), a, sv, b + "\n\n> %s wrote:\n> (quoted text hidden)\n" % rcp]


def generate():
    rng = random.Random(SEED)
    recs = []
    for i, (code, snd, rcp, t, sent) in enumerate(L):
        fmt = FORMATS[i % len(FORMATS)]
        json_like = fmt in ("nextcloud_talk_chat_json", "simplex_chat_export_json", "facebook_messenger_takeout_json",
                            "discourse_private_message_json", "sms_backup_restore_xml")
        val = pw_safe(rng) if json_like else (pw_sym(rng) if rng.random() < 0.5 else pw_safe(rng))
        sv = S(val, t)
        a, b = _split(sent, sv)
        if json_like:
            a = a.replace('"', '\\"')
            b = b.replace('"', '\\"')
        if fmt == "sms_backup_restore_xml":
            a = a.replace("'", "&apos;")
            b = b.replace("'", "&apos;")
        recs.append(dict(kind=fmt + "__" + code, parts=render(fmt, rng, snd, rcp, a, sv, b), lang=code,
                         source="prose credential share in %s (%s)" % (code, fmt.replace("_", " "))))
    return recs
