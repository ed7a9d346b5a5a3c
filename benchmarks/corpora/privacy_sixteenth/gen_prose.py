"""Chat / prose positives in 36 languages, scripts or chat styles absent from the p14/p15
language lists, inside 12 message-export formats not used before.
Container kind = <export format>__<language code>."""
import json

# (lang, type, generator or None (=human password), first message with ⟦S⟧, reply)
LINES = [
    ("ps", "wifi_psk", None, "د کور د وای فای پاسورډ دا دی: ⟦S⟧ هېچا ته یې مه ورکوه", "مننه وروره"),
    ("fa_latn", "openai_project_api_key", "sk-proj-<b64u:74>T3BlbkFJ<b64u:74>", "salam, in kelide OpenAI baraye proje-ye daneshgah: ⟦S⟧ lotfan jaee post nakon", "merci, gereftam"),
    ("ur_latn", "ssh_password", None, "bhai VPS ka root password ye hai ⟦S⟧ kisi ko mat batana", "theek hai, login ho gaya"),
    ("bn_latn", "github_classic_pat", "@ghp", "dada CI fail korche, ami amar token dilam: ⟦S⟧ kaj hoye gele delete kore dibo", "ok dekhchi"),
    ("ta_latn", "wifi_psk", None, "machi office guest wifi password ⟦S⟧ da, reception la kekkadha", "super da thanks"),
    ("mi", "wifi_psk", None, "Kia ora e hoa! Ko te kupuhipa Wi-Fi o te marae: ⟦S⟧", "Ngā mihi nui!"),
    ("sm", "wifi_psk", None, "Talofa! O le upu fa'alilolilo o le Wi-Fi i le fale: ⟦S⟧", "Fa'afetai tele"),
    ("ty", "router_admin_password", None, "Ia ora na, te parau huna no te router (admin): ⟦S⟧", "Mauruuru roa"),
    ("rw", "wifi_psk", None, "Muraho! Ijambo ry'ibanga rya Wi-Fi ya biro ni ⟦S⟧", "Murakoze cyane"),
    ("so", "email_account_password", None, "Walaal, furaha sirta ah ee email-ka shirkadda waa ⟦S⟧ ha u sheegin qof kale", "Mahadsanid"),
    ("wo", "wifi_psk", None, "Salaam aleekum! Mot de passe bu Wi-Fi bi mooy ⟦S⟧", "Jërëjëf"),
    ("ig", "ssh_password", None, "Nwanne, okwuntughe server anyị bụ ⟦S⟧ , onye ọrụ bụ deploy", "Daalụ, abanyela m"),
    ("xh", "wifi_psk", None, "Molo! Igama lokugqitha le-Wi-Fi yasekhaya ngu ⟦S⟧", "Enkosi kakhulu"),
    ("mg", "nas_admin_password", None, "Salama, ny tenimiafina an'ny NAS (admin) dia ⟦S⟧", "Misaotra betsaka"),
    ("ceb", "pos_system_password", None, "Bai, ang password sa POS sa tindahan kay ⟦S⟧ ha, ayaw ipakalat", "sige bai, salamat"),
    ("jv", "cctv_dvr_password", None, "Mas, sandhi DVR CCTV omah ⟦S⟧ yo, aja disebar", "Suwun mas"),
    ("su", "wifi_psk", None, "Kang, sandi wifi na ⟦S⟧ nya, tong dibejakeun ka batur", "Nuhun kang"),
    ("qu", "wifi_psk", None, "Allillanchu! Wi-Fi pakasqa siminqa kaymi: ⟦S⟧", "Sulpayki"),
    ("gn", "wifi_psk", None, "Mba'éichapa! Wi-Fi ñe'ẽñemi ha'e: ⟦S⟧", "Aguyje"),
    ("ht", "email_account_password", None, "Bonjou, modpas imel biwo a se ⟦S⟧ , pa bay pèsonn li", "Mèsi anpil"),
    ("gd", "nas_admin_password", None, "Halò! Seo am facal-faire airson an NAS: ⟦S⟧", "Tapadh leat"),
    ("br", "wifi_psk", None, "Demat! Ger-tremen ar Wi-Fi er gêr eo ⟦S⟧", "Trugarez"),
    ("oc", "router_admin_password", None, "Adiu! Lo senhal de l'administracion del router es ⟦S⟧", "Mercé plan"),
    ("rm", "wifi_psk", None, "Allegra! Il pled-clav dal Wi-Fi en chasa è ⟦S⟧", "Grazia fitg"),
    ("fy", "ssh_password", None, "Hoi, it wachtwurd fan 'e server (brûker beheer) is ⟦S⟧", "Tankewol"),
    ("fo", "wifi_psk", None, "Hey! Loyniorðið til Wi-Fi er ⟦S⟧", "Takk fyri"),
    ("be", "router_admin_password", None, "Прывітанне! Пароль ад адмінкі роўтара: ⟦S⟧", "Дзякуй!"),
    ("tt", "wifi_psk", None, "Исәнме! Өйдәге Wi-Fi серсүзе: ⟦S⟧", "Рәхмәт"),
    ("tg", "email_account_password", None, "Салом! Рамзи почтаи корӣ: ⟦S⟧ ба касе нагӯ", "Ташаккур"),
    ("tk", "wifi_psk", None, "Salam! Öýdäki Wi-Fi paroly: ⟦S⟧", "Sag bol"),
    ("ug", "wifi_psk", None, "ياخشىمۇسىز! ئۆيدىكى Wi-Fi پارولى: ⟦S⟧", "رەھمەت"),
    ("ckb", "router_admin_password", None, "سڵاو! وشەی نهێنی ڕاوتەر: ⟦S⟧ بە کەس مەڵێ", "سوپاس"),
    ("el_latn", "email_account_password", None, "re file, o kwdikos tou email tou grafeiou einai ⟦S⟧ min ton dwseis se kanena", "ok, efxaristw"),
    ("bg_latn", "router_admin_password", None, "Zdrasti, parolata na routera (admin panela) e ⟦S⟧", "Mersi mnogo"),
    ("ru_padonki", "ssh_password", None, "аффтар жжот, пасс от сервака ⟦S⟧ юзер deploy, ниасилил ssh-ключи", "зачот, зашол"),
    ("ko_latn", "streaming_account_password", None, "annyeong! netflix gongyu biboneun ⟦S⟧ ya, ttan de malhajima", "gomawo!!"),
]

SENDERS = ["Amani", "Kiri", "Tavita", "Ngozi", "Lwazi", "Rado", "Bea", "Yann", "Aisha", "Nikos", "Dara", "Ilya"]


def _json_str(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def fmt_viber(a, b, m1, m2):
    return "Date,Time,Sender,Name,Message\n2025-03-01,18:22:10,+4219⟦n2:d:6⟧,%s,\"%s\"\n2025-03-01,18:23:02,Me,Me,\"%s\"\n" % (a, m1, m2)


def fmt_line(a, b, m1, m2):
    return "[LINE] Chat history with %s\nSaved on: 2025/03/04 10:00\n\n2025/03/01(Sat)\n18:22\t%s\t%s\n18:23\t%s\t%s\n" % (a, a, m1, b, m2)


def fmt_kakao(a, b, m1, m2):
    return "%s님과 카카오톡 대화\nDate Saved : 2025-03-04 10:00:00\n\n--------------- Saturday, March 1, 2025 ---------------\n[%s] [6:22 PM] %s\n[%s] [6:23 PM] %s\n" % (a, a, m1, b, m2)


def fmt_threema(a, b, m1, m2):
    return "[01/03/2025, 18:22] %s: %s\n[01/03/2025, 18:23] %s: %s\n" % (a, m1, b, m2)


def fmt_signal_cli(a, b, m1, m2):
    return ("{\"envelope\":{\"source\":\"+4479⟦n3:d:9⟧\",\"sourceName\":\"%s\",\"timestamp\":1740849730000,\"dataMessage\":{\"timestamp\":1740849730000,\"message\":\"%s\"}},\"account\":\"+4479⟦n⟧00\"}\n"
            "{\"envelope\":{\"source\":\"+4479⟦n⟧00\",\"sourceName\":\"%s\",\"timestamp\":1740849790000,\"dataMessage\":{\"message\":\"%s\"}}}\n") % (a, _json_str(m1), b, _json_str(m2))


def fmt_pidgin(a, b, m1, m2):
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"><title>Conversation with %s@jabber.⟦domain⟧ at 2025-03-01 18:22:10 (jabber)</title></head><body>\n"
            "<font color=\"#A82F2F\"><font size=\"2\">(18:22:10)</font> <b>%s:</b></font> %s<br/>\n"
            "<font color=\"#16569E\"><font size=\"2\">(18:23:02)</font> <b>%s:</b></font> %s<br/>\n</body></html>\n") % (a.lower(), a, m1, b, m2)


def fmt_adium(a, b, m1, m2):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<chat xmlns=\"http://purl.org/net/ulf/ns/0.4-02\" account=\"%s@jabber.⟦domain⟧\" service=\"Jabber\">\n"
            "<message sender=\"%s@jabber.⟦domain⟧\" time=\"2025-03-01T18:22:10+01:00\" alias=\"%s\"><div><span style=\"font-family: Helvetica;\">%s</span></div></message>\n"
            "<message sender=\"%s@jabber.⟦domain⟧\" time=\"2025-03-01T18:23:02+01:00\" alias=\"%s\"><div><span>%s</span></div></message>\n</chat>\n") % (b.lower(), a.lower(), a, m1, b.lower(), b, m2)


def fmt_qtox(a, b, m1, m2):
    return "qTox chat log export\n[2025-03-01 18:22:10] %s: %s\n[2025-03-01 18:23:02] %s: %s\n" % (a, m1, b, m2)


def fmt_revolt(a, b, m1, m2):
    return ("[{\"_id\":\"01JN⟦reqid⟧AA\",\"channel\":\"01JM⟦reqid⟧CH\",\"author\":\"01HZ⟦reqid⟧%s\",\"content\":\"%s\"},\n"
            " {\"_id\":\"01JN⟦reqid⟧AB\",\"channel\":\"01JM⟦reqid⟧CH\",\"author\":\"01HZ⟦reqid⟧%s\",\"content\":\"%s\"}]\n") % (a[:2].upper(), _json_str(m1), b[:2].upper(), _json_str(m2))


def fmt_jami(a, b, m1, m2):
    return ("[{\"type\":\"text/plain\",\"author\":\"⟦sha⟧\",\"displayName\":\"%s\",\"timestamp\":\"1740849730\",\"body\":\"%s\"},\n"
            " {\"type\":\"text/plain\",\"author\":\"⟦sha⟧\",\"displayName\":\"%s\",\"timestamp\":\"1740849790\",\"body\":\"%s\"}]\n") % (a, _json_str(m1), b, _json_str(m2))


def fmt_mastodon(a, b, m1, m2):
    return ("{\"id\":\"1140⟦n3:d:9⟧\",\"visibility\":\"direct\",\"account\":{\"acct\":\"%s@social.⟦domain⟧\"},\"content\":\"<p>%s</p>\"}\n"
            "{\"id\":\"1140⟦n3b:d:10⟧\",\"visibility\":\"direct\",\"account\":{\"acct\":\"%s\"},\"content\":\"<p>%s</p>\"}\n") % (a.lower(), _json_str(m1), b.lower(), _json_str(m2))


def fmt_chatterino(a, b, m1, m2):
    return "# Start logging at 2025-03-01 18:20:00 CET\n[18:22:10] %s: %s\n[18:23:02] %s: %s\n" % (a.lower(), m1, b.lower(), m2)


# (base container, formatter, needs markup-safe passwords)
CONTAINERS = [
    ("viber_desktop_backup_csv", fmt_viber, False),
    ("line_chat_history_txt", fmt_line, False),
    ("kakaotalk_pc_export_txt", fmt_kakao, False),
    ("threema_chat_export_txt", fmt_threema, False),
    ("signal_cli_json_receive_output", fmt_signal_cli, False),
    ("pidgin_html_conversation_log", fmt_pidgin, True),
    ("adium_chatlog_xml", fmt_adium, True),
    ("qtox_chat_history_txt", fmt_qtox, False),
    ("revolt_channel_messages_json", fmt_revolt, False),
    ("jami_conversation_json", fmt_jami, False),
    ("mastodon_direct_status_json", fmt_mastodon, True),
    ("chatterino_whisper_log_txt", fmt_chatterino, False),
]


def specs():
    out = []
    for i, (lang, typ, gen, m1, m2) in enumerate(LINES):
        base, fmt, safe = CONTAINERS[i % len(CONTAINERS)]
        a, b = SENDERS[i % len(SENDERS)], SENDERS[(i + 5) % len(SENDERS)]
        tpl = fmt(a, b, m1, m2)
        out.append(("%s__%s" % (base, lang), [(typ, gen or ("@pws" if safe else "@pw"))], tpl))
    return out


LANGS = [x[0] for x in LINES]
