"""Prose part: a person shares a password in running text, in 40 languages absent from the p17/p18 lists,
inside 10 chat / message export formats not used before."""
import random
from common import mk, render, password, SRC

SEED = 19004

# (language code, language name, span type, sentence with {P})
LANG = [
 ("cy", "Welsh", "wifi_psk", "Helo! Cyfrinair y wifi yn y tŷ ydy {P} – enw'r rhwydwaith ydy TyNain."),
 ("ga", "Irish", "router_admin_password", "A Sheáin, is é {P} pasfhocal an ródaire, ná tabhair é do dhuine ar bith."),
 ("gd", "Scottish Gaelic", "wifi_psk", "Seo am facal-faire airson an WiFi agad: {P}"),
 ("br", "Breton", "wifi_psk", "Ger-tremen ar wifi eo {P}, evit ar rouedad Ti-Mamm."),
 ("oc", "Occitan", "email_account_password", "Lo senhal de la bóstia de corrièr es {P}, cambia-lo quand poiràs."),
 ("ca", "Catalan", "ssh_password", "La contrasenya SSH del servidor de proves és {P}, amb l'usuari deploy."),
 ("rm", "Romansh", "wifi_psk", "Il pled-clav dal WLAN è {P}, la rait ha num Chasa."),
 ("fy", "West Frisian", "router_admin_password", "It wachtwurd fan de router is {P}, brûker admin."),
 ("lb", "Luxembourgish", "wifi_psk", "D'WLAN-Passwuert ass {P}, d'Netz heescht Famill-Weber."),
 ("fo", "Faroese", "wifi_psk", "Loyniorðið til WiFi er {P}."),
 ("sq", "Albanian", "email_account_password", "Fjalëkalimi i emailit të zyrës është {P}, mos e ndaj me askënd."),
 ("mk", "Macedonian", "ssh_password", "Лозинката за SSH на серверот е {P}, корисник root."),
 ("be", "Belarusian", "wifi_psk", "Пароль ад Wi-Fi: {P}. Сетка называецца Dom-5G."),
 ("uk", "Ukrainian", "database_password", "Пароль до бази даних на проді: {P}, користувач app_rw."),
 ("mt", "Maltese", "wifi_psk", "Il-password tal-WiFi hija {P}."),
 ("lt", "Lithuanian", "router_admin_password", "Maršrutizatoriaus slaptažodis yra {P}, vartotojas admin."),
 ("ro", "Romanian", "nas_admin_password", "Parola de la NAS este {P}, contul este admin."),
 ("hu", "Hungarian", "email_account_password", "Az e-mail fiók jelszava {P}, kérlek változtasd meg belépés után."),
 ("fi", "Finnish", "ssh_password", "Palvelimen SSH-salasana on {P}, käyttäjä deploy."),
 ("tt", "Tatar", "wifi_psk", "Wi-Fi серсүзе: {P}."),
 ("uz", "Uzbek", "wifi_psk", "Wi-Fi paroli: {P}. Tarmoq nomi Uy-Net."),
 ("ky", "Kyrgyz", "router_admin_password", "Роутердин сырсөзү {P}, колдонуучу admin."),
 ("ne", "Nepali", "wifi_psk", "वाइफाइको पासवर्ड {P} हो।"),
 ("mr", "Marathi", "router_admin_password", "राउटरचा पासवर्ड {P} आहे, युजर admin."),
 ("bn", "Bengali", "email_account_password", "অফিসের ইমেইলের পাসওয়ার্ড {P}, কাউকে দিও না।"),
 ("ta", "Tamil", "ssh_password", "சர்வரின் SSH கடவுச்சொல் {P}, பயனர் deploy."),
 ("th", "Thai", "nas_admin_password", "รหัสผ่าน NAS คือ {P} ผู้ใช้ admin นะ"),
 ("vi", "Vietnamese", "email_account_password", "Mật khẩu email công ty là {P}, đừng chia sẻ nhé."),
 ("jv", "Javanese", "wifi_psk", "Sandhi WiFi omah yaiku {P}."),
 ("ceb", "Cebuano", "wifi_psk", "Ang password sa WiFi kay {P}."),
 ("tl", "Tagalog", "ssh_password", "Ang SSH password ng server ay {P}, ang user ay deploy."),
 ("mg", "Malagasy", "wifi_psk", "Ny tenimiafina WiFi dia {P}."),
 ("mi", "Māori", "wifi_psk", "Ko te kupuhipa WiFi ko {P}."),
 ("ha", "Hausa", "email_account_password", "Kalmar sirri ta imel ɗin ofis ita ce {P}."),
 ("yo", "Yoruba", "wifi_psk", "Ọ̀rọ̀ aṣínà WiFi ni {P}."),
 ("zu", "Zulu", "router_admin_password", "Iphasiwedi ye-router ithi {P}, umsebenzisi ngu-admin."),
 ("so", "Somali", "wifi_psk", "Furaha WiFi-ga waa {P}."),
 ("am", "Amharic", "wifi_psk", "የዋይፋይ የይለፍ ቃል {P} ነው።"),
 ("qu", "Quechua", "wifi_psk", "WiFi pakasqa simiqa {P} kanmi."),
 ("ht", "Haitian Creole", "wifi_psk", "Modpas WiFi a se {P}."),
]

NAMES = ["Mara", "Tomos", "Ilse", "Niko", "Aroha", "Sade", "Bilal", "Lina", "Oskar", "Yuki"]


def f_line(s, g):
    return "2026.02.%02d 水曜日\n21:%02d\t%s\t%s\n" % (g.randint(1, 28), g.randint(0, 59), g.choice(NAMES), s)

def f_viber(s, g):
    return "Date,Time,Sender,Message\n2026-02-%02d,20:%02d,%s,\"%s\"\n" % (g.randint(1, 28), g.randint(0, 59), g.choice(NAMES), s)

def f_kakao(s, g):
    return "Date,User,Message\n2026-01-%02d 19:%02d:11,\"%s\",\"%s\"\n" % (g.randint(1, 28), g.randint(0, 59), g.choice(NAMES), s)

def f_threema(s, g):
    return "[%02d/01/2026, 18:%02d] %s: %s\n" % (g.randint(1, 28), g.randint(0, 59), g.choice(NAMES), s)

def f_wire(s, g):
    return "{\"conversation\": \"Family\", \"events\": [{\"type\": \"conversation.message-add\", \"from_name\": \"%s\", \"data\": {\"content\": \"%s\"}}]}\n" % (g.choice(NAMES), s)

def f_gvoice(s, g):
    return "<div class=\"message\"><abbr class=\"dt\" title=\"2026-03-0%dT08:15:00.000-05:00\">Mar %d</abbr>: <cite class=\"sender vcard\"><span class=\"fn\">%s</span></cite>: <q>%s</q></div>\n" % (g.randint(1, 9), g.randint(1, 9), g.choice(NAMES), s)

def f_imessage(s, g):
    return "Mar %02d, 2026  7:%02d:18 PM\n%s\n%s\n" % (g.randint(1, 28), g.randint(0, 59), g.choice(NAMES), s)

def f_session(s, g):
    return "{\"sent_at\": %d, \"source\": \"05%s\", \"body\": \"%s\"}\n" % (g.randint(1.70e12, 1.80e12), "".join(g.choice("0123456789abcdef") for _ in range(12)), s)

def f_rcs(s, g):
    return "_id|address|date|type|body\n%d|+4915%07d|%d|1|%s\n" % (g.randint(100, 9999), g.randint(0, 9999999), g.randint(1.70e12, 1.80e12), s)

def f_mastodon(s, g):
    return "{\"type\": \"Create\", \"object\": {\"type\": \"Note\", \"visibility\": \"direct\", \"content\": \"<p>@%s %s</p>\"}}\n" % (g.choice(NAMES).lower(), s)

FORMATS = [("line_chat_history_txt", f_line), ("viber_messages_csv", f_viber), ("kakaotalk_chat_export_csv", f_kakao),
           ("threema_chat_export_txt", f_threema), ("wire_backup_events_json", f_wire), ("google_voice_takeout_html", f_gvoice),
           ("imessage_exporter_txt", f_imessage), ("session_messenger_export_json", f_session),
           ("android_mmssms_db_row", f_rcs), ("mastodon_outbox_direct_note_json", f_mastodon)]


def build():
    rng = random.Random(SEED)
    recs = []
    for i, (code, lname, typ, sent) in enumerate(LANG):
        fname, fn = FORMATS[i % len(FORMATS)]
        p = password(rng, rng.randint(10, 16))
        text, spans = render(fn(sent.replace("{P}", mk(p, typ)), rng))
        recs.append(dict(container="%s__%s" % (fname, code), text=text, secrets=spans, source=SRC % ("gen_prose, language=" + lname)))
    return recs
