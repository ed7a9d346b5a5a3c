"""Prose part: a person shares a password in 40 languages not listed before (seed 20004)."""
import random

from common import filler, password, render

SEED = 20004

# code|language|type|sentence ({P} = password). No double quotes or backslashes.
LANGS = r"""
ast|Asturian|router_admin_password|Hola! La contraseña del router ye {P}, l'usuariu ye admin. Nun-y la des a naide.
bar|Bavarian|router_admin_password|Servus! Fürn Router is da Benutzer admin und as Passwort {P}, schreib da's auf.
bm|Bambara|wifi_psk|I ni ce! So wifi gundokan ye {P} ye.
bi|Bislama|wifi_psk|Halo! Pasword blong wifi long haos hem i {P}.
dsb|Lower Sorbian|wifi_psk|Witaj! Gronidło za WLAN doma jo {P}.
fj|Fijian|wifi_psk|Bula! Na password ni wifi e {P}.
frr|North Frisian|wifi_psk|Moin! Dåt WLAN-paaswurd as {P}.
gn|Guarani|wifi_psk|Mba'éichapa! Wifi ñe'ẽñemi ha'e {P}.
haw|Hawaiian|wifi_psk|Aloha! ʻO ka ʻōlelo huna o ka wifi, ʻo {P} nō ia.
ig|Igbo|wifi_psk|Ndewo! Okwuntughe wifi anyị bụ {P}.
kl|Kalaallisut|wifi_psk|Aluu! Wifi-mi isissutissaq {P}.
ku|Kurmanji Kurdish|email_account_password|Silav! Şîfreya emaila te ya nû {P} e, paşê biguherîne.
lg|Luganda|wifi_psk|Gyebale ko! Ekigambo ekyekusifu ekya wifi kye {P}.
lij|Ligurian|wifi_psk|Ciao! A password do wifi a l'é {P}.
lmo|Lombard|email_account_password|Ciau! La password de la tò mail növa l'è {P}.
ln|Lingala|wifi_psk|Mbote! Liloba ya sekele ya wifi ezali {P}.
mwl|Mirandese|wifi_psk|Ola! La palabra-passe de l wifi ye {P}.
nds|Low German|email_account_password|Moin! Dat Passwoort för dien nee E-Mail-Konto is {P}.
ny|Chichewa|wifi_psk|Moni! Mawu achinsinsi a wifi ndi {P}.
om|Oromo|wifi_psk|Akkam! Jecha darbii wifi keenyaa {P} dha.
pap|Papiamento|nas_admin_password|Bon dia! E password di e NAS (user admin) ta {P}.
pms|Piedmontese|wifi_psk|Cerea! La password dël wifi a l'é {P}.
rw|Kinyarwanda|wifi_psk|Muraho! Ijambo ry'ibanga rya wifi ni {P}.
sc|Sardinian|ssh_password|Salude! Sa password de su server pro ssh est {P}, s'utente est root.
se|Northern Sami|router_admin_password|Bures! Router beassansátni lea {P}.
sm|Samoan|wifi_psk|Talofa! O le upu faalilolilo o le wifi o {P}.
sn|Shona|wifi_psk|Mhoro! Pasiwedhi yewifi ndi {P}.
st|Sesotho|wifi_psk|Dumela! Phasewete ya wifi ke {P}.
tet|Tetum|database_password|Bondia! Password ba database mak {P}, user mak app.
tn|Setswana|wifi_psk|Dumela! Lefoko la sephiri la wifi ke {P}.
to|Tongan|wifi_psk|Mālō e lelei! Ko e lea fufū ʻo e wifi ko {P}.
tpi|Tok Pisin|ssh_password|Gude! Paswot bilong server (ssh root) em {P}.
ts|Tsonga|wifi_psk|Avuxeni! Phasiwedi ya wifi i {P}.
wa|Walloon|wifi_psk|Bondjoû! Li scret mot do wifi, c' est {P}.
wo|Wolof|wifi_psk|Salaam aleekum! Baatu jàll bu wifi bi mooy {P}.
xh|Xhosa|wifi_psk|Molo! Igama lokugqitha le-wifi ngu {P}.
lld|Ladin|router_admin_password|Bon dì! La password dl router é {P}, l'utent é admin.
rn|Kirundi|wifi_psk|Amahoro! Ijambo ry'ibanga rya wifi ni {P}.
ki|Kikuyu|wifi_psk|Wĩ mwega! Kiugo kĩa hitho kĩa wifi nĩ {P}.
ksh|Colognian|nas_admin_password|Joden Daach! Et Passwoot för de NAS es {P}.
"""

FORMATS = {
    "telegram_desktop_result_json": "{{\n \"name\": \"{user2}\",\n \"type\": \"personal_chat\",\n \"messages\": [\n  {{\"id\": {n}, \"type\": \"message\", \"date\": \"{date}T{time}\", \"from\": \"{user2}\", \"text\": \"{M}\"}}\n ]\n}}\n",
    "skype_export_messages_json": "{{\"conversations\": [{{\"id\": \"8:live:.cid.{hexid}\", \"MessageList\": [{{\"originalarrivaltime\": \"{date}T{time}.{ms}Z\", \"from\": \"8:live:{user2}\", \"content\": \"{M}\", \"messagetype\": \"RichText\"}}]}}]}}\n",
    "google_hangouts_takeout_json": "{{\"conversations\": [{{\"events\": [{{\"sender_id\": {{\"gaia_id\": \"1{n}{n}{n}\"}}, \"timestamp\": \"{n}{n}{n}000\", \"chat_message\": {{\"message_content\": {{\"segment\": [{{\"type\": \"TEXT\", \"text\": \"{M}\"}}]}}}}}}]}}]}}\n",
    "pidgin_html_log": "<html><head><title>Conversation with {user2} at {date} {time} on {user}@jabber.lan (jabber)</title></head><body>\n<font color=\"#A82F2F\"><font size=\"2\">({time})</font> <b>{user2}:</b></font> {M}<br/>\n</body></html>\n",
    "irssi_window_log": "--- Log opened {date} {time}\n{time} < {user}> o hai\n{time} < {user2}> {M}\n--- Log closed {date} {time}\n",
    "conversations_xmpp_export_txt": "[{date} {time}] {user2}@xmpp.lan/phone: {M}\n[{date} {time}] {user}@xmpp.lan/laptop: 👍\n",
    "keybase_chat_api_json": "{{\"result\": {{\"messages\": [{{\"msg\": {{\"id\": {n2}, \"sender\": {{\"username\": \"{user2}\"}}, \"content\": {{\"type\": \"text\", \"text\": {{\"body\": \"{M}\"}}}}}}}}]}}}}\n",
    "qtox_history_export_txt": "[{date} {time}] {user2}: {M}\n[{date} {time}] {user}: ok\n",
    "signal_backup_decrypted_csv": "_id,thread_id,date_sent,body,type\n{n},{n2},{n}{n}{n},\"{M}\",10485780\n",
    "instagram_dm_takeout_json": "{{\n  \"participants\": [{{\"name\": \"{user}\"}}, {{\"name\": \"{user2}\"}}],\n  \"messages\": [\n    {{\"sender_name\": \"{user2}\", \"timestamp_ms\": {n}{n}{n}, \"content\": \"{M}\"}}\n  ]\n}}\n",
}


def generate():
    r = random.Random(SEED)
    rows = [l.split("|") for l in LANGS.strip().splitlines()]
    fmts = sorted(FORMATS)
    recs = []
    for i, (code, lang, t, sent) in enumerate(rows):
        fmt = fmts[i % len(fmts)]
        pw = password(r, 10, 16)
        f = filler(r)
        a, b = sent.split("{P}")
        parts = render(FORMATS[fmt], f, {"M": [a, (pw, t), b]})
        recs.append({"part": "prose", "container": fmt + "__" + code, "lang": code, "lang_name": lang,
                     "parts": parts, "source": "synthetic chat message in %s (%s)" % (lang, code)})
    return recs
