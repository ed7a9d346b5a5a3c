"""Prose in 27 languages / scripts not used by the earlier corpora, in 14
message-export containers. Container kind: <container>__<lang>."""
from gen_common import rng, fill, S, safe_pw, passphrase, rs, DIG, LHEX
from gen_tokens import TOKENS, gen

# {S} secret, {N} network, {H} host, {U} user
LANGS = {
    "fi": ["Wifin salasana on {S}, verkko on {N}.", "Palvelimelle {H} p\u00e4\u00e4see tunnuksella {U}, salasana: {S}", "T\u00e4ss\u00e4 API-avain testiymp\u00e4rist\u00f6\u00f6n: {S} \u2013 \u00e4l\u00e4 jaa eteenp\u00e4in."],
    "da": ["Koden til wifi ({N}) er {S} \U0001F642", "Log ind p\u00e5 {H} som {U}, adgangskoden er {S}", "Her er API-n\u00f8glen til staging: {S}"],
    "nb": ["Passordet til Wi-Fi {N} er {S}", "Du logger p\u00e5 {H} med brukernavn {U} og passord {S}", "API-n\u00f8kkelen er {S}, ikke del den videre."],
    "sk": ["Heslo na wifi {N} je {S}", "Na server {H} sa prihl\u00e1si\u0161 ako {U}, heslo: {S}"],
    "sl": ["Geslo za WiFi {N} je {S}", "Na stre\u017enik {H} se prijavi\u0161 kot {U}, geslo je {S}"],
    "sr": ["\u041b\u043e\u0437\u0438\u043d\u043a\u0430 \u0437\u0430 WiFi {N} \u0458\u0435 {S}", "\u041d\u0430 \u0441\u0435\u0440\u0432\u0435\u0440 {H} \u0441\u0435 \u043f\u0440\u0438\u0458\u0430\u0432\u0459\u0443\u0458\u0435\u0448 \u043a\u0430\u043e {U}, \u043b\u043e\u0437\u0438\u043d\u043a\u0430: {S}"],
    "et": ["WiFi {N} parool on {S}", "Serverisse {H} logid sisse kasutajaga {U}, parool: {S}", "Siin on API v\u00f5ti: {S} (ainult testkeskkond)"],
    "lv": ["WiFi {N} parole ir {S}", "Server\u012b {H} piesl\u0113dzies k\u0101 {U}, parole: {S}"],
    "ca": ["La contrasenya del wifi {N} \u00e9s {S}", "Per entrar a {H} fes servir l'usuari {U} i la contrasenya {S}", "Aqu\u00ed tens la clau de l'API: {S}"],
    "eu": ["{N} wifiaren pasahitza: {S}", "{H} zerbitzarian {U} erabiltzailearekin sartu, pasahitza: {S}"],
    "gl": ["O contrasinal da wifi {N} \u00e9 {S}", "Entra en {H} co usuario {U}, contrasinal: {S}"],
    "ms": ["Kata laluan WiFi {N} ialah {S}", "Log masuk ke {H} sebagai {U}, kata laluan: {S}", "Ini kunci API untuk staging: {S}"],
    "tl": ["Ang password ng WiFi na {N} ay {S}", "Mag-login ka sa {H} gamit ang {U}, password: {S}"],
    "bn": ["\u0993\u09af\u09bc\u09be\u0987\u09ab\u09be\u0987 {N}-\u098f\u09b0 \u09aa\u09be\u09b8\u0993\u09af\u09bc\u09be\u09b0\u09cd\u09a1 \u09b9\u09b2\u09cb {S}", "{H} \u09b8\u09be\u09b0\u09cd\u09ad\u09be\u09b0\u09c7 {U} \u09b9\u09bf\u09b8\u09c7\u09ac\u09c7 \u09b2\u0997\u0987\u09a8 \u0995\u09b0\u09cb, \u09aa\u09be\u09b8\u0993\u09af\u09bc\u09be\u09b0\u09cd\u09a1: {S}"],
    "mr": ["{N} \u0935\u093e\u092f\u092b\u093e\u092f\u091a\u093e \u092a\u093e\u0938\u0935\u0930\u094d\u0921 {S} \u0906\u0939\u0947", "{H} \u0938\u0930\u094d\u0935\u094d\u0939\u0930\u0935\u0930 {U} \u092e\u094d\u0939\u0923\u0942\u0928 \u0932\u0949\u0917\u093f\u0928 \u0915\u0930, \u092a\u093e\u0938\u0935\u0930\u094d\u0921: {S}"],
    "te": ["{N} \u0c35\u0c48\u0c2b\u0c48 \u0c2a\u0c3e\u0c38\u0c4d\u200c\u0c35\u0c30\u0c4d\u0c21\u0c4d: {S}", "{H} \u0c38\u0c30\u0c4d\u0c35\u0c30\u0c4d\u200c\u0c32\u0c4b {U}\u0c17\u0c3e \u0c32\u0c3e\u0c17\u0c3f\u0c28\u0c4d \u0c05\u0c35\u0c4d\u0c35\u0c02\u0c21\u0c3f, \u0c2a\u0c3e\u0c38\u0c4d\u200c\u0c35\u0c30\u0c4d\u0c21\u0c4d: {S}"],
    "is": ["Lykilor\u00f0i\u00f0 \u00e1 WiFi {N} er {S}", "Skr\u00e1\u00f0u \u00feig inn \u00e1 {H} sem {U}, lykilor\u00f0: {S}"],
    "af": ["Die WiFi-wagwoord vir {N} is {S}", "Teken in op {H} as {U}, wagwoord: {S}"],
    "cy": ["Cyfrinair y WiFi {N} yw {S}", "Mewngofnodwch i {H} fel {U}, cyfrinair: {S}"],
    "az": ["{N} WiFi \u015fifr\u0259si: {S}", "{H} serverin\u0259 {U} kimi daxil ol, \u015fifr\u0259: {S}"],
    "kk": ["{N} WiFi \u049b\u04b1\u043f\u0438\u044f \u0441\u04e9\u0437\u0456: {S}", "{H} \u0441\u0435\u0440\u0432\u0435\u0440\u0456\u043d\u0435 {U} \u0440\u0435\u0442\u0456\u043d\u0434\u0435 \u043a\u0456\u0440, \u049b\u04b1\u043f\u0438\u044f \u0441\u04e9\u0437: {S}"],
    "ka": ["WiFi {N}-\u10d8\u10e1 \u10de\u10d0\u10e0\u10dd\u10da\u10d8\u10d0 {S}", "{H} \u10e1\u10d4\u10e0\u10d5\u10d4\u10e0\u10d6\u10d4 \u10e8\u10d4\u10d3\u10d8 \u10e0\u10dd\u10d2\u10dd\u10e0\u10ea {U}, \u10de\u10d0\u10e0\u10dd\u10da\u10d8: {S}"],
    "hy": ["{N} WiFi-\u056b \u0563\u0561\u0572\u057f\u0576\u0561\u0562\u0561\u057c\u0568\u055d {S}", "{H} \u057d\u0565\u0580\u057e\u0565\u0580 \u0574\u0578\u0582\u057f\u0584 \u0563\u0578\u0580\u056e\u056b\u0580 \u0578\u0580\u057a\u0565\u057d {U}, \u0563\u0561\u0572\u057f\u0576\u0561\u0562\u0561\u057c\u055d {S}"],
    "mn": ["{N} WiFi-\u043d \u043d\u0443\u0443\u0446 \u04af\u0433: {S}", "{H} \u0441\u0435\u0440\u0432\u0435\u0440 \u0440\u04af\u04af {U} \u043d\u044d\u0440\u044d\u044d\u0440 \u043d\u044d\u0432\u0442\u044d\u0440, \u043d\u0443\u0443\u0446 \u04af\u0433: {S}"],
    "ne": ["{N} \u0935\u093e\u0907\u092b\u093e\u0907\u0915\u094b \u092a\u093e\u0938\u0935\u0930\u094d\u0921 {S} \u0939\u094b", "{H} \u0938\u0930\u094d\u092d\u0930\u092e\u093e {U} \u092d\u090f\u0930 \u0932\u0917\u0907\u0928 \u0917\u0930, \u092a\u093e\u0938\u0935\u0930\u094d\u0921: {S}"],
    "hi_latn": ["bhai wifi ka password {S} hai, network {N}", "{H} pe {U} se login kar, password {S} hai", "ye le API key: {S} kisi ko forward mat karna"],
    "ar_latn": ["el password bta3 el wifi {S} w esm el network {N}", "odkhol 3ala {H} b user {U} w el pass {S}"],
}

HOSTS = ["srv-01.kestrel.dev", "10.20.4.11", "nas.lumen-labs.net", "vps.tanager.app", "db2.orbitlab.io", "bastion.vireo.cloud"]
USERS = ["admin", "deploy", "root", "ops", "pi", "backup"]
NETS = ["Koti-5G", "Lab-IoT", "Kontor_Gjest", "TP-Link_8A31", "Vodafone-4F2A", "Casa Nuova", "Office-Guest"]
VENDOR_FOR_PROSE = ["nvidia_api_key", "llamacloud_api_key", "e2b_api_key", "xata_api_key", "polar_access_token", "mailersend_api_token",
                    "checkly_api_key", "apify_token", "telnyx_api_key", "trigger_dev_secret_key"]

C = [
    ("imessage_exporter_txt", "Feb 11, 2025  9:14:02 PM (Read by you after 3 minutes)\n+49 151 2{D7}\n{MSG}\n\n"),
    ("google_chat_takeout_messages_json", "{\"messages\":[{\"creator\":{\"name\":\"{NAME}\",\"email\":\"{NAME}@gmail.com\",\"user_type\":\"Human\"},\"created_date\":\"Tuesday, February 11, 2025 at 9:14:02 PM UTC\",\"text\":\"{MSG}\",\"topic_id\":\"{HEX}\"}]}\n"),
    ("skype_messages_json_export", "{\"userId\":\"8:live:.cid.{HEX}\",\"conversations\":[{\"MessageList\":[{\"from\":\"8:live:{NAME}\",\"content\":\"{MSG}\",\"messagetype\":\"RichText\",\"originalarrivaltime\":\"2025-02-11T21:14:02.118Z\"}]}]}\n"),
    ("qq_chat_export_txt", "\u6d88\u606f\u8bb0\u5f55\uff08\u6b64\u6d88\u606f\u8bb0\u5f55\u4e3a\u6587\u672c\u683c\u5f0f\uff09\n================================================================\n2025-02-11 21:14:02 {NAME}({D9})\n{MSG}\n\n"),
    ("vk_messages_html_archive", "<div class=\"item\">\n  <div class=\"message\" data-id=\"{D7}\">\n    <div class=\"message__header\"><a href=\"https://vk.com/id{D7}\">{NAME}</a>, 21:14:02 11 Feb 2025</div>\n    <div>{MSG}</div>\n  </div>\n</div>\n"),
    ("instagram_dm_message_json", "{\"participants\":[{\"name\":\"{NAME}\"},{\"name\":\"me\"}],\"messages\":[{\"sender_name\":\"{NAME}\",\"timestamp_ms\":1739308442118,\"content\":\"{MSG}\",\"is_geoblocked_for_viewer\":false}]}\n"),
    ("x_direct_messages_js", "window.YTD.direct_messages.part0 = [ {\n  \"dmConversation\" : {\n    \"conversationId\" : \"{D7}-{D9}\",\n    \"messages\" : [ { \"messageCreate\" : { \"senderId\" : \"{D9}\", \"text\" : \"{MSG}\", \"createdAt\" : \"2025-02-11T21:14:02.118Z\" } } ]\n  }\n} ]\n"),
    ("linkedin_messages_csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,DATE,CONTENT\n2-{HEX}==,,{NAME},https://www.linkedin.com/in/{NAME},2025-02-11 21:14:02 UTC,\"{MSG}\"\n"),
    ("android_mmssms_db_row", "sqlite> SELECT address, date, body FROM sms ORDER BY date DESC LIMIT 1;\n+3584{D7}|1739308442118|{MSG}\n"),
    ("nextcloud_talk_message_json", "{\"ocs\":{\"meta\":{\"status\":\"ok\",\"statuscode\":200},\"data\":[{\"id\":{D7},\"actorType\":\"users\",\"actorDisplayName\":\"{NAME}\",\"message\":\"{MSG}\",\"messageType\":\"comment\"}]}}\n"),
    ("voicemail_transcript_email", "Subject: New voicemail from +44 7700 9{D7}\n\nDuration: 0:38\nTranscription (beta, may contain errors):\n\"{MSG}\"\n\nListen in the app to hear the full message.\n"),
    ("zalo_chat_copy_text", "[21:14, 11/02/2025] {NAME}: {MSG}\n[21:15, 11/02/2025] B\u1ea1n: ok c\u1ea3m \u01a1n\n"),
    ("bluesky_chat_convo_json", "{\"messages\":[{\"$type\":\"chat.bsky.convo.defs#messageView\",\"id\":\"3l{HEX}\",\"text\":\"{MSG}\",\"sender\":{\"did\":\"did:plc:{HEX}\"},\"sentAt\":\"2025-02-11T21:14:02.118Z\"}]}\n"),
    ("snapchat_chat_history_json", "{\"{NAME}\":[{\"From\":\"{NAME}\",\"Media Type\":\"TEXT\",\"Created\":\"2025-02-11 21:14:02 UTC\",\"Content\":\"{MSG}\",\"IsSender\":false}]}\n"),
]


def prose_pw(r):
    while True:
        p = safe_pw(r)
        if p[0].isalnum() and p[-1].isalnum():
            return p


def build(seed=3300):
    r = rng(seed)
    recs = []
    ci = 0
    for lang in LANGS:
        for si, sent in enumerate(LANGS[lang]):
            if si == 0:
                val = S(prose_pw(r) if r.random() < 0.6 else passphrase(r, "-"), "wifi_psk")
            elif si == 1:
                val = S(prose_pw(r), "ssh_password")
            else:
                typ = VENDOR_FOR_PROSE[(ci // 1) % len(VENDOR_FOR_PROSE)]
                val = S(gen(typ, r), typ)
            msg = (sent.replace("{S}", "\u27eas\u27eb").replace("{N}", r.choice(NETS))
                   .replace("{H}", r.choice(HOSTS)).replace("{U}", r.choice(USERS)))
            kind, tmpl = C[ci % len(C)]
            ci += 1
            t = (tmpl.replace("{MSG}", msg).replace("{NAME}", r.choice(["aino.k", "mads_p", "ivana", "kerli", "joan.m", "amir", "priyanka", "tamar", "baurzhan", "nodira"]))
                 .replace("{D7}", rs(r, DIG, 7)).replace("{D9}", rs(r, DIG, 9)).replace("{HEX}", rs(r, LHEX, 16)))
            text, spans = fill(t, {"s": val})
            recs.append({"type": spans[0]["type"], "container": kind + "__" + lang, "text": text, "secrets": spans, "source": "gen_prose"})
    return recs
