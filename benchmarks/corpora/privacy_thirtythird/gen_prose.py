"""Prose: a relative / colleague shares a password in their own language, 10 new chat-export formats."""
import random
from common import *

# code, English name, span type, sentence with ⟦0⟧ (best effort, non-native builder)
L = [
 ("oc", "Occitan", "wifi_psk", "Lo senhal del wifi es ⟦0⟧, pensa de lo cambiar puèi."),
 ("co", "Corsican", "wifi_psk", "A parolla d’ordine di u wifi hè ⟦0⟧."),
 ("fur", "Friulian", "router_admin_password", "La password dal router e je ⟦0⟧, no stâ dâle a nissun."),
 ("rm", "Romansh", "wifi_psk", "Il pled-clav dal wifi è ⟦0⟧."),
 ("an", "Aragonese", "nas_admin_password", "A clau d’o NAS ye ⟦0⟧, no la perdas."),
 ("nap", "Neapolitan", "wifi_psk", "’A password d’’o wifi è ⟦0⟧, nun ’a dà a nisciuno."),
 ("scn", "Sicilian", "printer_admin_password", "La password dâ stampanti è ⟦0⟧."),
 ("vec", "Venetian", "wifi_psk", "La password del wifi xe ⟦0⟧, no dirghela a nissun."),
 ("lmo", "Lombard", "camera_admin_password", "La password de la telecamera l’è ⟦0⟧."),
 ("pms", "Piedmontese", "wifi_psk", "La password dël wifi a l’é ⟦0⟧."),
 ("frp", "Arpitan", "router_admin_password", "Lo mot de passa du routor est ⟦0⟧."),
 ("gv", "Manx", "wifi_psk", "Ta’n fockle follit son y wifi ⟦0⟧."),
 ("kw", "Cornish", "wifi_psk", "An ger-tremena rag an wifi yw ⟦0⟧."),
 ("sco", "Scots", "game_server_password", "The passwird fir the Minecraft server is ⟦0⟧, dinnae gie it oot."),
 ("sk", "Slovak", "nas_admin_password", "Heslo k NAS-ke je ⟦0⟧, nikomu ho nedávaj."),
 ("csb", "Kashubian", "wifi_psk", "Parola do wifi to je ⟦0⟧."),
 ("szl", "Silesian", "router_admin_password", "Hasło do routera to je ⟦0⟧."),
 ("ltg", "Latgalian", "wifi_psk", "Wifi paroļs ir ⟦0⟧."),
 ("tt", "Tatar", "wifi_psk", "Wi-Fi серсүзе: ⟦0⟧, беркемгә дә әйтмә."),
 ("ba", "Bashkir", "wifi_psk", "Wi-Fi паролы: ⟦0⟧."),
 ("ky", "Kyrgyz", "router_admin_password", "Роутердин сырсөзү: ⟦0⟧."),
 ("tk", "Turkmen", "wifi_psk", "Wi-Fi paroly: ⟦0⟧, hiç kime berme."),
 ("ug", "Uyghur", "wifi_psk", "Wi-Fi پارولى: ⟦0⟧"),
 ("tg", "Tajik", "nas_admin_password", "Пароли NAS: ⟦0⟧."),
 ("ps", "Pashto", "wifi_psk", "د وای فای پټنوم دی: ⟦0⟧"),
 ("sd", "Sindhi", "wifi_psk", "وائي فائي جو پاسورڊ آهي: ⟦0⟧"),
 ("dv", "Dhivehi", "wifi_psk", "ވައިފައި ޕާސްވޯޑަކީ ⟦0⟧"),
 ("or", "Odia", "wifi_psk", "ୱାଇଫାଇ ପାସୱାର୍ଡ ହେଉଛି ⟦0⟧"),
 ("as", "Assamese", "router_admin_password", "ৰাউটাৰৰ পাছৱৰ্ড হ’ল ⟦0⟧"),
 ("km", "Khmer", "wifi_psk", "ពាក្យសម្ងាត់ Wi-Fi គឺ ⟦0⟧"),
 ("lo", "Lao", "wifi_psk", "ລະຫັດ Wi-Fi ແມ່ນ ⟦0⟧"),
 ("my", "Burmese", "wifi_psk", "Wi-Fi စကားဝှက်က ⟦0⟧ ပါ"),
 ("bo", "Tibetan", "wifi_psk", "Wi-Fi ཡི་གསང་ཚིག་ནི་ ⟦0⟧ ཡིན།"),
 ("am", "Amharic", "wifi_psk", "የዋይፋይ የይለፍ ቃሉ ⟦0⟧ ነው።"),
 ("ti", "Tigrinya", "wifi_psk", "ናይ ዋይፋይ መሕለፊ ቃል ⟦0⟧ እዩ።"),
 ("rn", "Kirundi", "wifi_psk", "Ijambo ry’ibanga rya wifi ni ⟦0⟧."),
 ("ln", "Lingala", "smart_home_hub_password", "Liloba ya sekele ya hub ya ndako ezali ⟦0⟧."),
 ("st", "Sesotho", "wifi_psk", "Phasewete ya wifi ke ⟦0⟧."),
 ("ts", "Tsonga", "wifi_psk", "Phasiwedi ya wifi i ⟦0⟧."),
 ("ee", "Ewe", "wifi_psk", "Wifi ƒe nya ɣaɣla enye ⟦0⟧."),
 ("ak", "Twi", "router_admin_password", "Router no ahintasɛm ne ⟦0⟧."),
 ("kab", "Kabyle", "wifi_psk", "Awal uffir n wifi d ⟦0⟧."),
 ("ch", "Chamorro", "wifi_psk", "I password para i wifi ⟦0⟧."),
 ("bi", "Bislama", "wifi_psk", "Paswod blong wifi hem i ⟦0⟧."),
 ("gn", "Guarani", "wifi_psk", "Wifi ñe’ẽñemi ha’e ⟦0⟧."),
 ("ay", "Aymara", "wifi_psk", "Wifi imantat arupax ⟦0⟧."),
]

FMT = {
 "sms_backup_restore_xml": lambda who, ts, msg: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<smses count="1">\n  <sms protocol="0" address="+15550123" date="%d" type="1" body="%s" contact_name="%s" />\n</smses>' % (ts, msg, who),
 "google_voice_takeout_html": lambda who, ts, msg: '<div class="message"><abbr class="dt" title="2024-03-02T10:%02d:00.000+01:00">Mar 2</abbr>: <cite class="sender vcard"><span class="fn">%s</span></cite>: <q>%s</q></div>' % (ts % 60, who, msg),
 "kakaotalk_pc_export_txt": lambda who, ts, msg: 'Talk_2024.3.2 10:%02d-1.txt\n\n[%s] [오전 10:%02d] %s' % (ts % 60, who, ts % 60, msg),
 "weechat_logger_txt": lambda who, ts, msg: '2024-03-02 10:%02d:11\t%s\t%s' % (ts % 60, who, msg),
 "pidgin_html_log": lambda who, ts, msg: '<html><head><title>Conversation at Sat 02 Mar 2024</title></head><body>\n<font size="2">(10:%02d:41)</font> <b>%s:</b> %s<br/>\n</body></html>' % (ts % 60, who, msg),
 "rocketchat_history_json": lambda who, ts, msg: '{"messages": [{"_id": "m%d", "rid": "GENERAL", "u": {"username": "%s"}, "msg": "%s", "ts": "2024-03-02T10:%02d:00.000Z"}]}' % (ts, who, msg, ts % 60),
 "google_chat_takeout_json": lambda who, ts, msg: '{"messages": [{"creator": {"name": "%s", "user_type": "Human"}, "created_date": "Saturday, March 2, 2024 at 10:%02d:00 AM UTC", "text": "%s"}]}' % (who, ts % 60, msg),
 "snapchat_chat_history_json": lambda who, ts, msg: '{"Received Saved Chat History": [{"From": "%s", "Media Type": "TEXT", "Created": "2024-03-02 10:%02d:00 UTC", "Text": "%s"}]}' % (who, ts % 60, msg),
 "voicemail_transcription_email": lambda who, ts, msg: 'Subject: New voicemail from %s (0:%02d)\n\nTranscription (beta):\n%s\n\nListen in the app to hear the full message.' % (who, ts % 60, msg),
 "wire_desktop_export_txt": lambda who, ts, msg: '02.03.2024 10:%02d - %s: %s' % (ts % 60, who, msg),
}
FORMATS = sorted(FMT)
NAMES = ["Mamá", "Nonna", "Dédé", "Auntie Jo", "Kuya Ben", "Oma", "Dad", "Liesl", "Tomasz", "Aisha"]


def build(langs):
    r = random.Random(33004)
    recs = []
    for i, (code, name, stype, sent) in enumerate(langs):
        fmt = FORMATS[i % len(FORMATS)]
        pw = password(r)
        who = NAMES[i % len(NAMES)]
        tpl = FMT[fmt](who, 1709370000 + r.randint(0, 9999), sent)
        text, spans = assemble(tpl, [(pw, stype)])
        recs.append({"type": stype, "container": fmt + "__" + code, "text": text, "secrets": spans, "source": "prose", "_lang": (code, name)})
    return recs
