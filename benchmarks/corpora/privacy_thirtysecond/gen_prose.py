"""Prose part: 40 languages new relative to the p30/p31 READMEs, 10 new chat-export formats."""
import random
import json
from common import password

SEED = 32004

# code, English name, span type, sentence with {PW}
L = [
    ("rup", "Aromanian", "wifi_psk", "Bunã, parola ti wifi easti {PW}, s-nu u dai a vãrnu."),
    ("oc", "Occitan", "wifi_psk", "Adieu, lo senhal del wifi es {PW}, te’n prègui pas lo donar."),
    ("co", "Corsican", "router_admin_password", "A parolla d’accessu di u router hè {PW}, ùn la dà à nimu."),
    ("fur", "Friulian", "wifi_psk", "Mandi, la peraule dal wifi e je {PW}."),
    ("rm", "Romansh", "wifi_psk", "Allegra, il pled-clav dal wifi è {PW}."),
    ("scn", "Sicilian", "nas_admin_password", "Talìa, la password dû NAS è {PW}, nun la diri a nuddu."),
    ("nap", "Neapolitan", "wifi_psk", "Uè, ’a password d’’o wifi è {PW}, nun ’a dà a nisciuno."),
    ("vec", "Venetian", "router_admin_password", "Ciao, ła password del router xe {PW}."),
    ("lmo", "Lombard", "wifi_psk", "Ciau, la password del wifi l’è {PW}."),
    ("pms", "Piedmontese", "ssh_password", "Cerea, la ciav për intré an ssh a l’é {PW}."),
    ("an", "Aragonese", "wifi_psk", "Ola, a clau d’o wifi ye {PW}."),
    ("csb", "Kashubian", "wifi_psk", "Witôj, parola do wifi to je {PW}."),
    ("szl", "Silesian", "database_password", "Elo, hasło do bazy to je {PW}, niy dowej go nikomu."),
    ("sco", "Scots", "wifi_psk", "Aye, the wifi password is {PW}, dinnae gie it tae onybody."),
    ("gv", "Manx", "wifi_psk", "Moghrey mie, ta’n fockle follit son y wifi {PW}."),
    ("kw", "Cornish", "router_admin_password", "Dydh da, an ger-tremena rag an router yw {PW}."),
    ("frp", "Arpitan", "email_account_password", "Bonjor, lo mot de passa de la mèl est {PW}; lo balye a nion."),
    ("ia", "Interlingua", "wifi_psk", "Salute, le contrasigno del wifi es {PW}."),
    ("io", "Ido", "wifi_psk", "Saluto, la pasvorto di la wifi esas {PW}."),
    ("gn", "Guarani", "wifi_psk", "Mba’éichapa, wifi ñe’ẽñemi ha’e {PW}."),
    ("ay", "Aymara", "wifi_psk", "Kamisaki, wifi imantat arupax {PW}."),
    ("nah", "Nahuatl", "wifi_psk", "Niltze, in wifi ichtacatlahtolli ca {PW}."),
    ("kl", "Greenlandic", "wifi_psk", "Aluu, wifi-p isissutissaa {PW}."),
    ("ch", "Chamorro", "wifi_psk", "Håfa adai, i password para i wifi {PW}."),
    ("hil", "Hiligaynon", "wifi_psk", "Maayong aga, ang password sang wifi amo ang {PW}."),
    ("war", "Waray", "router_admin_password", "Maupay, an password han router amo an {PW}."),
    ("pam", "Kapampangan", "wifi_psk", "Mayap a abak, ing password ning wifi yapin ing {PW}."),
    ("bcl", "Bikol", "wifi_psk", "Marhay na aga, an password kan wifi iyo an {PW}."),
    ("min", "Minangkabau", "wifi_psk", "Assalamualaikum, kato sandi wifi tu {PW}."),
    ("ban", "Balinese", "wifi_psk", "Om swastiastu, password wifi punika {PW}."),
    ("ln", "Lingala", "wifi_psk", "Mbote, password ya wifi ezali {PW}."),
    ("ki", "Kikuyu", "wifi_psk", "Wĩ mwega, password ya wifi nĩ {PW}."),
    ("st", "Sesotho", "wifi_psk", "Dumela, phasewete ya wifi ke {PW}."),
    ("ts", "Tsonga", "wifi_psk", "Avuxeni, phasiwedi ya wifi i {PW}."),
    ("ee", "Ewe", "wifi_psk", "Woezɔ, wifi ƒe nya ɣaɣla enye {PW}."),
    ("ak", "Twi", "nas_admin_password", "Maakye, NAS no password ne {PW}."),
    ("bm", "Bambara", "wifi_psk", "I ni ce, wifi ka gundo daɲɛ ye {PW} ye."),
    ("tk", "Turkmen", "wifi_psk", "Salam, wifi paroly {PW}."),
    ("ky", "Kyrgyz", "wifi_psk", "Салам, wifi сырсөзү {PW}."),
    ("am", "Amharic", "wifi_psk", "ሰላም፣ የwifi የይለፍ ቃሉ {PW} ነው።"),
]

FORMATS = ["rocketchat_room_export_json", "pidgin_html_conversation_log", "weechat_logger_buffer_txt",
           "google_chat_takeout_messages_json", "kakaotalk_pc_export_txt", "wire_desktop_backup_txt",
           "zoom_meeting_saved_chat_txt", "keybase_chat_api_read_json", "slack_workspace_export_channel_json",
           "github_discussion_comment_markdown"]

NAMES = ["mira", "tomas", "ana", "luca", "jonas", "elena", "pau", "ines", "oskar", "sara"]


def _fmt(fmt, rng, who, msg, i):
    h = 8 + i % 12
    m = rng.randint(10, 59)
    if fmt == "rocketchat_room_export_json":
        pre = '{"messages": [{"_id": "m%d", "rid": "GENERAL", "u": {"username": "%s"}, "msg": "' % (i, who)
        return pre, msg, '", "ts": {"$date": "2024-03-%02dT%02d:%02d:00.000Z"}}]}\n' % (1 + i % 27, h, m)
    if fmt == "pidgin_html_conversation_log":
        pre = '<html><head><title>Conversation with %s</title></head><body>\n<font color="#A82F2F"><font size="2">(%02d:%02d:11)</font> <b>%s:</b></font> ' % (who, h, m, who)
        return pre, msg, "<br/>\n</body></html>\n"
    if fmt == "weechat_logger_buffer_txt":
        return "2024-04-%02d %02d:%02d:07\t%s\t" % (1 + i % 27, h, m, who), msg, "\n2024-04-%02d %02d:%02d:40\tme\tok\n" % (1 + i % 27, h, m)
    if fmt == "google_chat_takeout_messages_json":
        return '{\n  "messages": [\n    {\n      "creator": {"name": "%s", "user_type": "Human"},\n      "created_date": "Tuesday, May %d, 2024 at %d:%02d:00 PM UTC",\n      "text": "' % (who.title(), 1 + i % 27, h % 12 + 1, m), msg, '"\n    }\n  ]\n}\n'
    if fmt == "kakaotalk_pc_export_txt":
        return "Talk_2024.5.%d %d:%02d - %s님과 카카오톡 대화\n\n[%s] [오후 %d:%02d] " % (1 + i % 27, h, m, who, who, h % 12 + 1, m), msg, "\n"
    if fmt == "wire_desktop_backup_txt":
        return "--- conversation: family ---\n%s (2024-06-%02d %02d:%02d): " % (who, 1 + i % 27, h, m), msg, "\nme (2024-06-%02d %02d:%02d): danke\n" % (1 + i % 27, h, m + 0)
    if fmt == "zoom_meeting_saved_chat_txt":
        return "%02d:%02d:31 From %s to Everyone:\n\t" % (h, m, who.title()), msg, "\n%02d:%02d:50 From Me to Everyone:\n\tthanks\n" % (h, m)
    if fmt == "keybase_chat_api_read_json":
        return '{"result": {"messages": [{"msg": {"id": %d, "sender": {"username": "%s"}, "content": {"type": "text", "text": {"body": "' % (100 + i, who), msg, '"}}}}]}}\n'
    if fmt == "slack_workspace_export_channel_json":
        return '[\n  {\n    "type": "message",\n    "user": "U0%dABCD",\n    "text": "' % (i,), msg, '",\n    "ts": "17%08d.000200"\n  }\n]\n' % (rng.randint(0, 99999999),)
    if fmt == "github_discussion_comment_markdown":
        return "**@%s** commented · edited\n\n> " % who, msg, "\n\n:+1: 2\n"
    raise KeyError(fmt)


def build():
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, typ, sent) in enumerate(L):
        pw = password(rng, 10, 16)
        a, b = sent.split("{PW}")
        msg = a + pw + b
        fmt = FORMATS[i % len(FORMATS)]
        pre, body, post = _fmt(fmt, rng, NAMES[i % len(NAMES)], msg, i)
        text = pre + body + post
        start = len(pre) + len(a)
        recs.append({"type": typ, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": pw, "start": start, "end": start + len(pw), "type": typ}],
                     "source": "prose", "_lang": (code, name)})
    return recs
