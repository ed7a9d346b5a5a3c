"""Prose part: a relative / colleague shares a password in 40 new languages / chat styles, 10 new export formats."""
import json, random
from common import Gen, render

SEED = 27004

# code, English name, password type, sender, message («p» = password), short reply
LANGS = [
    ("ast", "Asturian", "wifi_psk", "Xuan", "Hola, la contraseña del wifi ye «p», apúntala bien.", "Gracies!"),
    ("wa", "Walloon", "wifi_psk", "Mareye", "Bondjoû, vocî l’ mot d’ passe do wifi : «p»", "Merci bén!"),
    ("lij", "Ligurian", "wifi_psk", "Giacomo", "Ciao, a paròlla d’ordine do wifi a l’é «p», no dâla a nisciun.", "Grassie!"),
    ("egl", "Emilian", "wifi_psk", "Nonna Ada", "Ciao bèla, la password dal wifi l’è «p», scrivla da quèlca pèrt.", "Grasie nòna"),
    ("rgn", "Romagnol", "router_admin_password", "Zio Tonino", "Oh burdèl, la password de router l’è «p», an la cambiè mia.", "Ok zio"),
    ("pdc", "Pennsylvania Dutch", "wifi_psk", "Mammi", "Hallo, es Passwatt fer’s WiFi is «p». Sag’s kenner.", "Denki!"),
    ("tpi", "Tok Pisin", "wifi_psk", "Kila", "Pasword bilong wifi em «p». Yu no ken givim long narapela man.", "Tenkyu tru"),
    ("bi", "Bislama", "wifi_psk", "Anna", "Pasword blong wifi hem i «p», yu no givim long narafala man plis.", "Tangkyu"),
    ("hwc", "Hawaiian Pidgin", "router_admin_password", "Uncle Kimo", "Eh brah, da router admin password stay «p», no tell nobody k.", "Shoots"),
    ("pcm", "Nigerian Pidgin", "wifi_psk", "Chinedu", "Abeg the wifi password na «p», no give anybody o.", "Thank you bro"),
    ("mfe", "Mauritian Creole", "wifi_psk", "Tantine Josiane", "Bonzour, password wifi la se «p», pa donn okenn dimounn.", "Mersi tantine"),
    ("pap", "Papiamento", "wifi_psk", "Shon Ria", "Bon dia, e password di wifi ta «p», no duna niun hende.", "Danki!"),
    ("kea", "Cape Verdean Creole", "wifi_psk", "Tia Nha", "Oi, password di wifi é «p», ka bu da ninguem.", "Obrigadu"),
    ("crs", "Seychellois Creole", "wifi_psk", "Marie-Ange", "Bonzour, password wifi i «p», pa donn personn.", "Mersi"),
    ("gcr", "Guianan Creole", "wifi_psk", "Tonton Léon", "Bonjou, modpas wifi-a sé «p», pa bay pèrsonn.", "Mèsi tonton"),
    ("sg", "Sango", "wifi_psk", "Yabanda", "Balao, password ti wifi ayeke «p». Mo fa ni na zo oko pëpe.", "Singila"),
    ("lg", "Luganda", "wifi_psk", "Nnalongo", "Ssebo, password ya wifi eri «p», togiwa muntu mulala.", "Webale nnyo"),
    ("ny", "Chichewa", "wifi_psk", "Amayi", "Moni, password ya wifi ndi «p», usapatse wina aliyense.", "Zikomo"),
    ("sn", "Shona", "nas_admin_password", "Tinashe", "Mhoro, password ye NAS ndeye «p», usape munhu.", "Ndatenda"),
    ("tn", "Tswana", "wifi_psk", "Mma Dineo", "Dumela, password ya wifi ke «p», o se e neele ope.", "Ke a leboga"),
    ("war", "Waray", "wifi_psk", "Tita Baby", "Maupay nga aga, an password han wifi amo an «p».", "Salamat tita"),
    ("ilo", "Ilocano", "wifi_psk", "Manang Lorna", "Kablaaw, ti password ti wifi ket «p», dimo ibaga iti sabali.", "Agyamanak"),
    ("pag", "Pangasinan", "wifi_psk", "Ate Cora", "Say password na wifi ed abong et «p».", "Salamat ate"),
    ("mad", "Madurese", "wifi_psk", "Cak Rofi", "Password wifi ka’dinto «p», ja’ ebagi ka oreng laen.", "Sakalangkong"),
    ("su", "Sundanese", "wifi_psk", "Teh Euis", "Sampurasun, sandi wifi téh «p», ulah dibéjakeun ka batur nya.", "Hatur nuhun teh"),
    ("tet", "Tetum", "wifi_psk", "Maun Zeca", "Bondia, password wifi nian mak «p», labele fó ba ema seluk.", "Obrigadu maun"),
    ("sm", "Samoan", "wifi_psk", "Tina", "Talofa, o le password o le wifi o le «p». Aua le tuuina i se isi.", "Faafetai"),
    ("to", "Tongan", "wifi_psk", "Sione", "Mālō e lelei, ko e password ʻo e wifi ko e «p».", "Mālō"),
    ("fj", "Fijian", "wifi_psk", "Bu Losana", "Bula, na password ni wifi oqo «p», kakua ni solia vei tani.", "Vinaka"),
    ("ty", "Tahitian", "wifi_psk", "Mama Teura", "Ia ora na, te password o te wifi o «p» ïa.", "Māuruuru"),
    ("krl", "Karelian", "wifi_psk", "Muamo", "Terveh, wifin salasana on «p», älä anna nikellä.", "Spasibo"),
    ("vep", "Veps", "wifi_psk", "D’ed’", "Tervhen, wifin salasana om «p».", "Spasib"),
    ("rup", "Aromanian", "wifi_psk", "Papu Mitu", "Bunã dzua, parola di wifi easti «p», nu u dã a vãrnui.", "Haristo"),
    ("gn", "Guarani", "wifi_psk", "Sy", "Mba’éichapa, wifi password ha’e «p», ani reme’ẽ ambuépe.", "Aguyje"),
    ("qu", "Quechua", "wifi_psk", "Mama Rosa", "Allillanchu, wifi password nisqaqa «p» kachkan.", "Sulpayki"),
    ("ja_romaji_chat", "Romaji chat (romanised Japanese)", "nas_admin_password", "Kenji", "ne, NAS no kanri pasuwaado wa «p» da yo. dare ni mo iwanaide ne", "ryoukai, arigato"),
    ("bn_banglish", "Banglish (romanised Bengali chat)", "email_account_password", "Apu", "bhai amar email er password holo «p», kauke dis na plz", "ok apu"),
    ("ta_tanglish", "Tanglish (romanised Tamil chat)", "ssh_password", "Karthik", "machan server ssh password «p» dhaan, yaarukkum sollaadha", "seri da"),
    ("bg_shlyokavitsa", "Shlyokavitsa (Bulgarian Latin chat)", "database_password", "Niki", "zdrasti, parolata za bazata danni e «p», ne ya davai na nikoi", "mersi"),
    ("sw_sheng", "Sheng (Nairobi slang)", "wifi_psk", "Brayo", "Niaje msee, password ya wifi ni «p», usipeane kwa mtu yeyote", "Poa sana"),
]

ME = "me"


def _fmt(fmt, sender, msg, reply, ts):
    """Return template with «m» marker for the message (message itself contains «p»)."""
    if fmt == "element_matrix_export_html":
        return ("<div class=\"mx_EventTile\"><span class=\"mx_DisambiguatedProfile\">" + sender + "</span>"
                "<span class=\"mx_MessageTimestamp\">" + ts + "</span><div class=\"mx_EventTile_body\">" + msg + "</div></div>\n"
                "<div class=\"mx_EventTile\"><span class=\"mx_DisambiguatedProfile\">" + ME + "</span><div class=\"mx_EventTile_body\">" + reply + "</div></div>\n")
    if fmt == "sms_backup_restore_xml":
        return ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\">\n"
                "  <sms protocol=\"0\" address=\"+15550100\" date=\"1717171717000\" type=\"1\" body=\"" + msg + "\" read=\"1\" contact_name=\"" + sender + "\" />\n"
                "  <sms protocol=\"0\" address=\"+15550100\" date=\"1717171799000\" type=\"2\" body=\"" + reply + "\" read=\"1\" contact_name=\"" + sender + "\" />\n</smses>\n")
    if fmt == "instagram_dm_export_json":
        return ("{\n  \"participants\": [{\"name\": \"" + sender + "\"}, {\"name\": \"" + ME + "\"}],\n  \"messages\": [\n"
                "    {\"sender_name\": \"" + ME + "\", \"timestamp_ms\": 1717171799000, \"content\": \"" + reply + "\"},\n"
                "    {\"sender_name\": \"" + sender + "\", \"timestamp_ms\": 1717171717000, \"content\": \"" + msg + "\"}\n  ]\n}\n")
    if fmt == "irssi_window_log_txt":
        return ("--- Log opened Fri May 31 09:00:00 2024\n" + ts + " <" + sender + "> " + msg + "\n" + ts + " <" + ME + "> " + reply + "\n--- Log closed Fri May 31 23:59:59 2024\n")
    if fmt == "mirc_channel_log_txt":
        return ("Session Start: Fri May 31 09:00:00 2024\n[" + ts + "] <" + sender + "> " + msg + "\n[" + ts + "] <" + ME + "> " + reply + "\nSession Close: Fri May 31 23:59:59 2024\n")
    if fmt == "snapchat_chat_history_json":
        return ("{\n  \"" + sender + "\": [\n    {\"From\": \"" + sender + "\", \"Media Type\": \"TEXT\", \"Created\": \"2024-05-31 " + ts + " UTC\", \"Content\": \"" + msg + "\"},\n"
                "    {\"From\": \"" + ME + "\", \"Media Type\": \"TEXT\", \"Created\": \"2024-05-31 " + ts + " UTC\", \"Content\": \"" + reply + "\"}\n  ]\n}\n")
    if fmt == "wire_desktop_export_txt":
        return ("Conversation: Family\n\n" + sender + " (31/05/2024 " + ts + "):\n" + msg + "\n\n" + ME + " (31/05/2024 " + ts + "):\n" + reply + "\n")
    if fmt == "vk_messages_archive_html":
        return ("<div class=\"item\"><div class=\"message\"><div class=\"message__header\">" + sender + ", 31 May 2024 at " + ts + "</div>"
                "<div>" + msg + "</div></div></div>\n<div class=\"item\"><div class=\"message\"><div class=\"message__header\">You, 31 May 2024 at " + ts + "</div><div>" + reply + "</div></div></div>\n")
    if fmt == "mattermost_bulk_export_jsonl":
        return ("{\"type\":\"version\",\"version\":1}\n{\"type\":\"direct_post\",\"direct_post\":{\"channel_members\":[\"" + sender + "\",\"" + ME + "\"],\"user\":\"" + sender + "\",\"message\":\"" + msg + "\",\"create_at\":1717171717000}}\n"
                "{\"type\":\"direct_post\",\"direct_post\":{\"channel_members\":[\"" + sender + "\",\"" + ME + "\"],\"user\":\"" + ME + "\",\"message\":\"" + reply + "\",\"create_at\":1717171799000}}\n")
    if fmt == "qq_message_manager_txt":
        return ("消息记录（此消息记录为文本格式，不支持重新导入）\n\n================================================================\n消息分组:我的好友\n================================================================\n消息对象:" + sender + "\n================================================================\n\n"
                "2024-05-31 " + ts + " " + sender + "\n" + msg + "\n\n2024-05-31 " + ts + " " + ME + "\n" + reply + "\n")
    raise KeyError(fmt)


FORMATS = ["element_matrix_export_html", "instagram_dm_export_json", "irssi_window_log_txt", "mattermost_bulk_export_jsonl",
           "mirc_channel_log_txt", "qq_message_manager_txt", "sms_backup_restore_xml", "snapchat_chat_history_json",
           "vk_messages_archive_html", "wire_desktop_export_txt"]


def build(used, deny_overlap):
    rng = random.Random(SEED)
    g = Gen(rng, used)
    langs = list(LANGS)
    rng.shuffle(langs)
    recs = []
    for i, (code, name, ptype, sender, msg, reply) in enumerate(langs):
        for bad in "\"\\<>&":
            assert bad not in msg + reply + sender, (code, bad)
        fmt = FORMATS[i % len(FORMATS)]
        ts = "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59))
        tpl = _fmt(fmt, sender, msg.replace("«p»", "«p»"), reply, ts)
        p = g.uniq(lambda: g.password(10, 16))
        text, spans = render(tpl, {"p": [(p, ptype)]})
        if fmt.endswith("json") or fmt.endswith("jsonl"):
            for line in text.split("\n") if fmt.endswith("jsonl") else [text]:
                if line.strip():
                    json.loads(line)
        recs.append(("prose", fmt + "__" + code, text, spans))
    recs.sort(key=lambda x: x[1])
    return recs
