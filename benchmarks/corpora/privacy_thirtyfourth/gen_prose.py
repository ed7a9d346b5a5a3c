"""Prose: a colleague shares a data-system password in their own language, 10 new chat-export formats."""
import random, json
from common import *

# code, English name, span type, sentence with {P}
L = [
 ("ga", "Irish", "database_password", "Seo é pasfhocal an bhunachair sonraí: {P} – ná roinn é le duine ar bith."),
 ("cy", "Welsh", "erp_login_password", "Dyma’r cyfrinair ar gyfer y system gyllid: {P} diolch!"),
 ("br", "Breton", "database_password", "Setu ar ger-tremen evit ar bank roadennoù: {P}"),
 ("eu", "Basque", "bi_dashboard_password", "Txostenen panelaren pasahitza {P} da, ez partekatu."),
 ("ca", "Catalan", "database_password", "La contrasenya de la base de dades de vendes és {P}, no la comparteixis."),
 ("gl", "Galician", "erp_login_password", "O contrasinal do ERP é {P}, cámbiao o luns."),
 ("ast", "Asturian", "database_password", "La contraseña de la base de datos del almacén ye {P}."),
 ("lb", "Luxembourgish", "crm_login_password", "D’Passwuert fir de CRM ass {P}, w.e.g. net weiderginn."),
 ("fy", "Frisian", "database_password", "It wachtwurd fan de databank is {P}, hâld it geheim."),
 ("fo", "Faroese", "erp_login_password", "Loyniorðið til bókhaldsskipanina er {P}."),
 ("is", "Icelandic", "database_password", "Lykilorðið að gagnagrunninum er {P}, ekki deila því."),
 ("mt", "Maltese", "crm_login_password", "Il-password tas-CRM hija {P}, żommha għalik."),
 ("sq", "Albanian", "database_password", "Fjalëkalimi i bazës së të dhënave është {P}, mos e ndaj me askënd."),
 ("mk", "Macedonian", "erp_login_password", "Лозинката за ERP системот е {P}, не ја споделувај."),
 ("sl", "Slovenian", "database_password", "Geslo za podatkovno bazo je {P}, ne ga deliti."),
 ("hr", "Croatian", "bi_dashboard_password", "Lozinka za izvještajnu ploču je {P}, nemoj je dijeliti."),
 ("lt", "Lithuanian", "database_password", "Duomenų bazės slaptažodis yra {P}, niekam nesakyk."),
 ("et", "Estonian", "erp_login_password", "Raamatupidamissüsteemi parool on {P}, ära jaga seda."),
 ("fi", "Finnish", "database_password", "Tietokannan salasana on {P}, älä jaa sitä eteenpäin."),
 ("hu", "Hungarian", "crm_login_password", "A CRM jelszava {P}, kérlek ne add tovább."),
 ("cs", "Czech", "database_password", "Heslo k databázi je {P}, nikomu ho neposílej."),
 ("uk", "Ukrainian", "erp_login_password", "Пароль до облікової системи: {P}, нікому не передавай."),
 ("be", "Belarusian", "database_password", "Пароль да базы даных: {P}, нікому не кажы."),
 ("ka", "Georgian", "database_password", "მონაცემთა ბაზის პაროლია {P}, არავის გაუზიარო."),
 ("hy", "Armenian", "erp_login_password", "Հաշվապահական համակարգի գաղտնաբառն է {P}, ոչ մեկին մի ասա։"),
 ("he", "Hebrew", "database_password", "הסיסמה למסד הנתונים היא {P} ואל תשתף אותה."),
 ("sw", "Swahili", "crm_login_password", "Nenosiri la CRM ni {P}, usimpe mtu yeyote."),
 ("yo", "Yoruba", "database_password", "Ọ̀rọ̀ aṣínà ibi ìpamọ́ data ni {P}, má ṣe fi han ẹnikẹ́ni."),
 ("zu", "Zulu", "erp_login_password", "Iphasiwedi ye-ERP ithi {P}, ungayitsheli muntu."),
 ("af", "Afrikaans", "database_password", "Die wagwoord vir die databasis is {P}, moet dit nie deel nie."),
 ("tl", "Tagalog", "bi_dashboard_password", "Ang password ng dashboard ay {P}, huwag mo itong ibahagi."),
 ("mi", "Maori", "database_password", "Ko te kupuhipa mō te pātengi raraunga ko {P}."),
 ("eo", "Esperanto", "database_password", "La pasvorto de la datumbazo estas {P}, ne dividu ĝin."),
 ("ht", "Haitian Creole", "crm_login_password", "Modpas CRM lan se {P}, pa bay pèsonn li."),
 ("da", "Danish", "database_password", "Adgangskoden til databasen er {P}, del den ikke."),
 ("nl", "Dutch", "erp_login_password", "Het wachtwoord voor het ERP-systeem is {P}, deel het niet."),
 ("sv", "Swedish", "database_password", "Lösenordet till databasen är {P}, dela det inte."),
 ("de", "German", "bi_dashboard_password", "Das Passwort für das Reporting-Dashboard lautet {P}, bitte nicht weitergeben."),
 ("es", "Spanish", "database_password", "La contraseña de la base de datos de nóminas es {P}, no la compartas."),
 ("pt", "Portuguese", "erp_login_password", "A senha do sistema de faturação é {P}, não partilhes."),
]

NAMES = ["Aoife", "Rhys", "Maiwenn", "Ander", "Jordi", "Uxía", "Xuan", "Lena", "Sjoerd", "Rói"]


def fmt(name, rng, who, msg):
    ts = f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    hh = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    if name == "mattermost_bulk_export_jsonl":
        return ('{"type":"post","post":{"team":"finance","channel":"data-ops","user":"' + who + '","message":"', msg, '","create_at":1709' + str(rng.randint(100000, 999999)) + '000}}')
    if name == "ms_teams_chat_html_export":
        return (f'<div class="message"><span class="author">{who}</span> <span class="time">{ts} {hh}</span><div class="body"><p>', msg, '</p></div></div>')
    if name == "zulip_realm_export_messages_json":
        return ('{"zerver_message": [{"sender": "' + who + '", "subject": "warehouse", "content": "', msg, '"}]}')
    if name == "discord_chat_exporter_csv":
        return ('AuthorID,Author,Date,Content,Attachments,Reactions\n"4471","' + who + f'","{ts}T{hh}:00","', msg, '","",""')
    if name == "signal_desktop_markdown_export":
        return (f'### {ts}\n\n**{who}** ({hh}): ', msg, '\n')
    if name == "telegram_desktop_result_json":
        return ('{"type": "message", "date": "' + ts + 'T' + hh + ':00", "from": "' + who + '", "text": "', msg, '"}')
    if name == "element_matrix_room_export_txt":
        return (f'{ts} {hh} | @{who.lower()}:matrix.corp.example | ', msg, '')
    if name == "skype_messages_json_export":
        return ('{"conversations": [{"MessageList": [{"from": "8:live:' + who.lower() + '", "messagetype": "RichText", "content": "', msg, '"}]}]}')
    if name == "irssi_autolog_txt":
        return (f'--- Log opened {ts}\n{hh} < {who}> ', msg, '\n--- Log closed')
    if name == "line_chat_history_txt":
        return (f'[LINE] Chat history with {who}\n{ts}\n{hh}\t{who}\t', msg, '')
    raise KeyError(name)

FORMATS = ["discord_chat_exporter_csv", "element_matrix_room_export_txt", "irssi_autolog_txt",
           "line_chat_history_txt", "mattermost_bulk_export_jsonl", "ms_teams_chat_html_export",
           "signal_desktop_markdown_export", "skype_messages_json_export", "telegram_desktop_result_json",
           "zulip_realm_export_messages_json"]


def generate():
    rng = random.Random(34004)
    recs = []
    for i, (code, lname, typ, sent) in enumerate(L):
        f = FORMATS[i % 10]
        pw = password(rng)
        a, b = sent.split("{P}")
        pre, _, post = fmt(f, rng, NAMES[i % 10], "X")
        bd = Builder(); bd.lit(pre + a); bd.val(pw, typ); bd.lit(b + post)
        recs.append({"type": typ, "container": f"{f}__{code}", "text": bd.text(), "secrets": bd.spans, "source": "prose"})
    return recs
