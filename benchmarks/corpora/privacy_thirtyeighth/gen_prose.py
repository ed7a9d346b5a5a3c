"""Prose: a colleague shares a password in their own language, in new chat-export formats."""
import random, json
from common import G, resolve

LANGS = [
 ("de", "German", "Das Passwort für den Build-Server ist {P}, bitte nicht weitergeben."),
 ("es", "Spanish", "La contraseña del servidor de compilación es {P}, no la compartas."),
 ("pt", "Portuguese", "A senha do servidor de build é {P}, não compartilhe com ninguém."),
 ("nl", "Dutch", "Het wachtwoord van de buildserver is {P}, deel het niet verder."),
 ("sv", "Swedish", "Lösenordet till byggservern är {P}, dela det inte vidare."),
 ("da", "Danish", "Adgangskoden til build-serveren er {P}, del den ikke med andre."),
 ("fi", "Finnish", "Käännöspalvelimen salasana on {P}, älä jaa sitä eteenpäin."),
 ("cs", "Czech", "Heslo k build serveru je {P}, prosím nikomu ho neposílej."),
 ("hu", "Hungarian", "A build szerver jelszava {P}, kérlek ne add tovább."),
 ("uk", "Ukrainian", "Пароль до сервера збірки: {P}, будь ласка, нікому не пересилай."),
 ("bg", "Bulgarian", "Паролата за билд сървъра е {P}, моля не я споделяй."),
 ("hr", "Croatian", "Lozinka za build poslužitelj je {P}, molim te ne dijeli je dalje."),
 ("sl", "Slovenian", "Geslo za strežnik za gradnjo je {P}, prosim, ne deli ga naprej."),
 ("lt", "Lithuanian", "Kūrimo serverio slaptažodis yra {P}, prašau niekam nesiųsk."),
 ("et", "Estonian", "Ehitusserveri parool on {P}, palun ära jaga seda edasi."),
 ("he", "Hebrew", "הסיסמה לשרת הבנייה היא {P}, בבקשה אל תעביר אותה הלאה."),
 ("vi", "Vietnamese", "Mật khẩu máy chủ build là {P}, đừng chia sẻ cho ai nhé."),
 ("th", "Thai", "รหัสผ่านของเซิร์ฟเวอร์ build คือ {P} อย่าส่งต่อให้ใครนะ"),
 ("ms", "Malay", "Kata laluan pelayan build ialah {P}, jangan kongsi dengan orang lain."),
 ("tl", "Tagalog", "Ang password ng build server ay {P}, huwag mo itong ibahagi."),
 ("sw", "Swahili", "Nenosiri la seva ya build ni {P}, tafadhali usimpe mtu mwingine."),
 ("bn", "Bengali", "বিল্ড সার্ভারের পাসওয়ার্ড হলো {P}, দয়া করে কাউকে দিও না।"),
 ("ur", "Urdu", "بلڈ سرور کا پاس ورڈ {P} ہے، براہ کرم کسی کو نہ بتائیں۔"),
 ("ta", "Tamil", "பில்ட் சர்வரின் கடவுச்சொல் {P}, யாருடனும் பகிர வேண்டாம்."),
 ("ne", "Nepali", "बिल्ड सर्भरको पासवर्ड {P} हो, कसैलाई नदिनुहोस्।"),
 ("ka", "Georgian", "ბილდ სერვერის პაროლია {P}, გთხოვ არავის გაუზიარო."),
 ("hy", "Armenian", "Բիլդ սերվերի գաղտնաբառն է {P}, խնդրում եմ ոչ մեկին չփոխանցես։"),
 ("mn", "Mongolian", "Билд серверийн нууц үг {P}, хэнд ч бүү дамжуулаарай."),
 ("ga", "Irish", "Is é pasfhocal an fhreastalaí tógála ná {P}, ná roinn é le do thoil."),
 ("cy", "Welsh", "Cyfrinair y gweinydd adeiladu yw {P}, paid â'i rannu os gweli di'n dda."),
 ("eu", "Basque", "Build zerbitzariaren pasahitza {P} da, mesedez ez partekatu."),
 ("gl", "Galician", "O contrasinal do servidor de compilación é {P}, non o compartas."),
 ("sq", "Albanian", "Fjalëkalimi i serverit të build-it është {P}, të lutem mos e shpërndaj."),
 ("mk", "Macedonian", "Лозинката за билд серверот е {P}, те молам не ја споделувај."),
 ("af", "Afrikaans", "Die wagwoord vir die bou-bediener is {P}, moet dit asseblief nie deel nie."),
 ("zu", "Zulu", "Iphasiwedi yeseva yokwakha ithi {P}, sicela ungayabelani nomunye."),
 ("yo", "Yoruba", "Ọ̀rọ̀ aṣínà sáfà build ni {P}, jọ̀wọ́ má ṣe pín in fún ẹnikẹ́ni."),
 ("mt", "Maltese", "Il-password tas-server tal-build hija {P}, jekk jogħġbok taqsamhiex."),
 ("lb", "Luxembourgish", "D'Passwuert fir de Build-Server ass {P}, w.e.g. net weiderginn."),
 ("eo", "Esperanto", "La pasvorto de la konstruservilo estas {P}, bonvolu ne dividi ĝin."),
 ("ca", "Catalan", "La contrasenya del servidor de compilació és {P}, no la comparteixis."),
 ("is", "Icelandic", "Lykilorðið að smíðaþjóninum er {P}, ekki deila því áfram."),
 ("it", "Italian", "La password del server di build è {P}, non condividerla."),
 ("be", "Belarusian", "Пароль да сервера зборкі {P}, калі ласка, нікому не перадавай."),
 ("so", "Somali", "Furaha sirta ah ee server-ka build waa {P}, fadlan cidna ha la wadaagin."),
 ("ps", "Pashto", "د بلډ سرور پاسورډ {P} دی، مهرباني وکړئ له چا سره یې مه شریکوئ."),
 ("mi", "Maori", "Ko te kupuhipa mō te tūmau hanga ko {P}, kaua e tohatoha atu."),
 ("gd", "Scottish Gaelic", "Is e am facal-faire airson an fhrithealaiche togail {P}, na roinn e le duine sam bith."),
 ("ku", "Kurdish", "Şîfreya servera build {P} e, ji kerema xwe bi kesî re parve neke."),
]
NAMES = ["Lena", "Mateo", "Ines", "Jonas", "Sara", "Emil", "Noor", "Kai", "Dana", "Ari"]

def f_discord(g, n, msg, i):
    return json.dumps({"guild": {"name": "Platform"}, "channel": {"name": "ops-handover"}, "messages": [{"id": g.dg(18), "type": "Default", "timestamp": f"2025-02-{10+i:02d}T08:{i:02d}:11.000+00:00", "author": {"name": n}, "content": msg}]}, ensure_ascii=False, indent=2)
def f_tgdesk(g, n, msg, i):
    return json.dumps({"name": "Ops", "type": "private_group", "messages": [{"id": int(g.dg(5)), "type": "message", "date": f"2025-02-{10+i:02d}T09:{i:02d}:03", "from": n, "text": msg}]}, ensure_ascii=False, indent=1)
def f_irssi(g, n, msg, i): return f"--- Day changed Mon Feb {10+i} 2025\n09:{i:02d} < {n}> {msg}\n09:{i+1:02d} <jo> ok\n"
def f_pidgin(g, n, msg, i): return f"<html><head><title>Conversation with ops</title></head><body><h3>Conversation with ops at 2/{10+i}/2025</h3>\n<font color=\"#A82F2F\"><font size=\"2\">(09:{i:02d}:44)</font> <b>{n}:</b></font> {msg}<br/>\n</body></html>\n"
def f_viber(g, n, msg, i): return f"Date,Time,Sender,Message\n{10+i}/02/2025,09:{i:02d},{n},\"{msg}\"\n"
def f_linetxt(g, n, msg, i): return f"[LINE] Chat history with Ops\nSaved on: 2025/02/{10+i} 18:00\n\n2025/02/{10+i}(Mon)\n09:{i:02d}\t{n}\t{msg}\n"
def f_teamsgraph(g, n, msg, i):
    return json.dumps({"@odata.type": "#microsoft.graph.chatMessage", "id": g.dg(13), "createdDateTime": f"2025-02-{10+i}T09:{i:02d}:00Z", "from": {"user": {"displayName": n}}, "body": {"contentType": "text", "content": msg}}, ensure_ascii=False, indent=2)
def f_mmbulk(g, n, msg, i):
    return json.dumps({"type": "post", "post": {"team": "platform", "channel": "ops", "user": n.lower(), "message": msg, "create_at": 1739000000000 + i}}, ensure_ascii=False)
def f_elementhtml(g, n, msg, i): return f"<div class=\"mx_EventTile\"><span class=\"mx_DisambiguatedProfile\">{n}</span><span class=\"mx_MessageTimestamp\">09:{i:02d}</span><div class=\"mx_EventTile_body\">{msg}</div></div>\n"
def f_skype(g, n, msg, i):
    return json.dumps({"conversations": [{"displayName": "Ops", "MessageList": [{"originalarrivaltime": f"2025-02-{10+i}T09:{i:02d}:00.000Z", "displayName": n, "messagetype": "RichText", "content": msg}]}]}, ensure_ascii=False, indent=1)
FORMATS = {"discordchatexporter_channel_json": f_discord, "telegram_desktop_result_json": f_tgdesk,
 "irssi_autolog_day_file": f_irssi, "pidgin_html_conversation_log": f_pidgin, "viber_csv_chat_export": f_viber,
 "line_app_chat_history_txt": f_linetxt, "msgraph_chatmessage_json": f_teamsgraph, "mattermost_bulk_import_jsonl": f_mmbulk,
 "element_html_room_export": f_elementhtml, "skype_messages_json_export": f_skype}
PTYPE = "build_server_login_password"

def build(langs, seed=38004):
    r = random.Random(seed); g = G(r); out = []
    fl = list(FORMATS)
    for i, (code, name, sent) in enumerate(langs):
        fmt = fl[i % len(fl)]
        p = g.pw()
        msg = sent.replace("{P}", "\ue000" + p + "\ue001")
        raw = FORMATS[fmt](g, NAMES[i % len(NAMES)], msg, i % 9)
        text, spans = resolve(raw, PTYPE)
        out.append(dict(type=PTYPE, container=f"{fmt}__{code}", text=text, secrets=spans, source="prose", _lang=(code, name)))
    return out
