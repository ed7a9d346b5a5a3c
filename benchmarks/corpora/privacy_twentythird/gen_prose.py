"""Prose part: a relative / colleague shares a password in their own language (40 languages, 10 formats)."""
import random
from common import password, assemble, fill, fillers, digits, hexs, alnum

SEED = 23004

# code, English name, message ({P} = password), span type
LANGS = [
 ("zh", "Chinese (Simplified)", "家里的WiFi密码是 {P} ，别告诉别人哦。", "wifi_psk"),
 ("yue", "Cantonese (Traditional Chinese script)", "屋企部路由器嘅管理密碼係 {P} ，你記住啦。", "router_admin_password"),
 ("th", "Thai", "รหัสผ่าน Wi-Fi ที่บ้านคือ {P} นะ", "wifi_psk"),
 ("bn", "Bengali", "বাসার ওয়াইফাই পাসওয়ার্ড হলো {P}", "wifi_psk"),
 ("ta", "Tamil", "அலுவலக சர்வர் கடவுச்சொல் {P} , யாரிடமும் சொல்லாதே.", "ssh_password"),
 ("te", "Telugu", "ఇంటి వైఫై పాస్‌వర్డ్ {P}", "wifi_psk"),
 ("mr", "Marathi", "आईच्या ईमेलचा पासवर्ड {P} आहे.", "email_account_password"),
 ("gu", "Gujarati", "ઘરના વાઇફાઇનો પાસવર્ડ {P} છે.", "wifi_psk"),
 ("pa", "Punjabi (Gurmukhi)", "ਰਾਊਟਰ ਦਾ ਐਡਮਿਨ ਪਾਸਵਰਡ {P} ਹੈ।", "router_admin_password"),
 ("kn", "Kannada", "ಮನೆಯ ವೈಫೈ ಪಾಸ್‌ವರ್ಡ್ {P} ಆಗಿದೆ.", "wifi_psk"),
 ("ml", "Malayalam", "NAS-ന്റെ അഡ്മിൻ പാസ്‌വേഡ് {P} ആണ്.", "nas_admin_password"),
 ("ne", "Nepali", "घरको वाइफाइ पासवर्ड {P} हो।", "wifi_psk"),
 ("si", "Sinhala", "ගෙදර වයිෆයි මුරපදය {P}", "wifi_psk"),
 ("my", "Burmese", "အိမ်က ဝိုင်ဖိုင် စကားဝှက်က {P} ပါ။", "wifi_psk"),
 ("km", "Khmer", "លេខសម្ងាត់ វ៉ាយហ្វាយ នៅផ្ទះ គឺ {P}", "wifi_psk"),
 ("lo", "Lao", "ລະຫັດຜ່ານ ວາຍຟາຍ ຢູ່ເຮືອນ ແມ່ນ {P}", "wifi_psk"),
 ("mn", "Mongolian (Cyrillic)", "Гэрийн вайфайн нууц үг {P} шүү.", "wifi_psk"),
 ("uz", "Uzbek (Latin)", "Serverga kirish paroli: {P}", "ssh_password"),
 ("ky", "Kyrgyz", "Үйдөгү вайфайдын сырсөзү {P}", "wifi_psk"),
 ("tg", "Tajik", "Пароли почтаи падар {P} аст.", "email_account_password"),
 ("tt", "Tatar", "Өйдәге Wi-Fi серсүзе: {P}", "wifi_psk"),
 ("am", "Amharic", "የቤቱ ዋይፋይ የይለፍ ቃል {P} ነው።", "wifi_psk"),
 ("so", "Somali", "Furaha sirta ah ee Wi-Fi-ga guriga waa {P}", "wifi_psk"),
 ("ha", "Hausa", "Kalmar sirri ta rauta ita ce {P}", "router_admin_password"),
 ("ig", "Igbo", "Okwuntughe Wi-Fi nke ụlọ bụ {P}", "wifi_psk"),
 ("xh", "Xhosa", "Igama lokugqitha le-imeyile kaMama ngu {P}", "email_account_password"),
 ("rw", "Kinyarwanda", "Ijambo ry'ibanga rya Wi-Fi yo mu rugo ni {P}", "wifi_psk"),
 ("mg", "Malagasy", "Ny tenimiafina an'ny NAS dia {P}", "nas_admin_password"),
 ("ps", "Pashto", "د کور د وای فای پټنوم {P} دی.", "wifi_psk"),
 ("ku", "Kurdish (Kurmanji)", "Şîfreya Wi-Fi ya malê {P} e.", "wifi_psk"),
 ("jv", "Javanese", "Sandhi Wi-Fi ing omah yaiku {P}", "wifi_psk"),
 ("su", "Sundanese", "Kecap konci server kantor nyaéta {P}", "ssh_password"),
 ("haw", "Hawaiian", "ʻO ka ʻōlelo huna o ka Wi-Fi ma ka hale, ʻo {P} nō ia.", "wifi_psk"),
 ("sm", "Samoan", "O le upu faalilolilo o le Wi-Fi i le fale o {P}", "wifi_psk"),
 ("qu", "Quechua (Southern)", "Wasipi Wi-Fi pakasqa siminqa {P} kachkan.", "wifi_psk"),
 ("gn", "Guarani", "Ñe'ẽñemi Wi-Fi óga pegua ha'e {P}", "wifi_psk"),
 ("ht", "Haitian Creole", "Modpas routè a se {P}, pa bay pèsonn li.", "router_admin_password"),
 ("ast", "Asturian", "La contraseña de la base de datos ye {P}", "database_password"),
 ("sc", "Sardinian", "Sa password de su Wi-Fi de domo est {P}", "wifi_psk"),
 ("nds", "Low German", "Dat Passwoort för dat NAS is {P}", "nas_admin_password"),
]

FORMATS = {
 "telegram_desktop_result_json": "{\"name\": \"{NAME}\", \"type\": \"personal_chat\", \"messages\": [{\"id\": {N2}, \"type\": \"message\", \"date\": \"{TS}\", \"from\": \"{NAME}\", \"text\": \"{MSG}\"}]}",
 "signal_cli_receive_log": "Envelope from: {NAME} +49151{NUM} (device: 1)\nTimestamp: {EPOCH}000 ({TS})\nMessage timestamp: {EPOCH}000\nBody: {MSG}",
 "instagram_inbox_message_json": "{\"participants\": [{\"name\": \"{NAME}\"}, {\"name\": \"me\"}], \"messages\": [{\"sender_name\": \"{NAME}\", \"timestamp_ms\": {EPOCH}000, \"content\": \"{MSG}\"}]}",
 "skype_messages_export_json": "{\"conversations\": [{\"id\": \"8:live:.cid.{HEX12}\", \"MessageList\": [{\"from\": \"8:live:{NAME}\", \"originalarrivaltime\": \"{TS}\", \"messagetype\": \"RichText\", \"content\": \"{MSG}\"}]}]}",
 "qq_chat_record_txt": "消息记录\n================================================================\n{DATE} {TIME}:07 {NAME}({NUM})\n{MSG}\n",
 "vk_messages_archive_html": "<div class=\"item\">\n  <div class=\"message\" data-id=\"{N2}\">\n    <div class=\"message__header\">{NAME}, {DATE} {TIME}</div>\n    <div>{MSG}</div>\n  </div>\n</div>",
 "xmpp_chat_stanza_log": "<message from='{NAME}@jabber.lan/phone' to='me@jabber.lan' type='chat' id='{HEX8}'>\n  <body>{MSG}</body>\n</message>",
 "bluesky_chat_convo_json": "{\"messages\": [{\"$type\": \"chat.bsky.convo.defs#messageView\", \"id\": \"{HEX12}\", \"text\": \"{MSG}\", \"sender\": {\"did\": \"did:plc:{DID}\"}, \"sentAt\": \"{TS}\"}]}",
 "twitter_dm_archive_js": "window.YTD.direct_messages.part0 = [{\"dmConversation\": {\"conversationId\": \"{NUM}-{NUM2}\", \"messages\": [{\"messageCreate\": {\"senderId\": \"{NUM}\", \"text\": \"{MSG}\", \"createdAt\": \"{TS}\"}}]}}]",
 "qtox_chat_history_txt": "{DATE}\n[{TIME}:41] {NAME}: {MSG}\n[{TIME}:55] me: ok",
}
NAMES = ["Mei", "Ah Keung", "Somchai", "Rahim", "Kavya", "Ravi", "Aai", "Hetal", "Gurpreet", "Shreya", "Anu", "Sita",
         "Nimal", "Aung", "Sokha", "Khamla", "Bat", "Dilnoza", "Aibek", "Farrukh", "Alsu", "Abebe", "Hodan", "Musa",
         "Chinedu", "Thandi", "Aline", "Hery", "Wali", "Rojda", "Sri", "Asep", "Keala", "Sina", "Wayra", "Arami",
         "Jean-Paul", "Xuan", "Bainzu", "Hinnerk"]


def generate():
    rng = random.Random(SEED)
    fmts = sorted(FORMATS)
    recs = []
    for i, (code, lname, msg, t) in enumerate(LANGS):
        fmt = fmts[i % len(fmts)]
        f = fillers(rng)
        f.update({"NAME": NAMES[i], "NUM": digits(rng, 9), "NUM2": digits(rng, 9), "DID": alnum(rng, 24).lower()})
        body = fill(FORMATS[fmt], f)
        pw = password(rng)
        a, b = body.split("{MSG}")
        m1, m2 = msg.split("{P}")
        text, spans = assemble([a + m1, (pw, t), m2 + b])
        recs.append({"type": t, "container": f"{fmt}__{code}", "text": text, "secrets": spans, "source": "prose",
                     "_lang": code, "_lang_name": lname})
    return recs
