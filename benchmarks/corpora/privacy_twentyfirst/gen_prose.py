from common import *
# lang -> (type, sentence with {{A}})
S = {
 'af': ('wifi_psk', "Hallo Ouma, die wifi-wagwoord is nou {{A}} – tik dit presies so in."),
 'ar': ('wifi_psk', "مرحبا يا أمي، كلمة سر الواي فاي الجديدة هي {{A}} اكتبيها كما هي."),
 'az': ('router_admin_password', "Salam, modemin admin şifrəsi {{A}} oldu, heç kimə demə."),
 'bs': ('email_account_password', "Evo ti nova lozinka za mail: {{A}} pa je promijeni kad se prijaviš."),
 'cs': ('ssh_password', "Ahoj, heslo na server je {{A}}, uživatel je deploy."),
 'da': ('wifi_psk', "Hej mor, koden til det nye net er {{A}} – med store og små bogstaver."),
 'de': ('nas_admin_password', "Hi Papa, das Passwort für die NAS ist jetzt {{A}}, bitte nicht aufschreiben."),
 'el': ('wifi_psk', "Γεια σου, ο κωδικός του wifi είναι {{A}} για το σπίτι στο χωριό."),
 'eo': ('email_account_password', "Saluton! La pasvorto de la retpoŝto estas {{A}}, ŝanĝu ĝin baldaŭ."),
 'es': ('database_password', "Oye, la contraseña de la base de datos de pruebas es {{A}}, usuario app."),
 'et': ('wifi_psk', "Tere! Kodu wifi parool on nüüd {{A}}, ruuter on riiuli peal."),
 'eu': ('wifi_psk', "Kaixo ama, wifiaren pasahitza {{A}} da orain."),
 'fa': ('router_admin_password', "سلام، رمز مودم رو عوض کردم، الان {{A}} است."),
 'fr': ('ssh_password', "Salut, le mot de passe du serveur de test c'est {{A}}, compte admin."),
 'gl': ('wifi_psk', "Ola avoa, o contrasinal da wifi é {{A}} e xa está cambiado."),
 'he': ('wifi_psk', "היי אבא, הסיסמה של הוויפי היא {{A}} תעתיק בדיוק."),
 'hi': ('wifi_psk', "नमस्ते माँ, नया वाईफाई पासवर्ड {{A}} है, किसी को मत बताना।"),
 'hr': ('router_admin_password', "Bok, lozinka za router je {{A}}, korisnik admin."),
 'hy': ('wifi_psk', "Բարև մամ, վայֆայի գաղտնաբառը {{A}} է։"),
 'ur': ('wifi_psk', "السلام علیکم امی، وائی فائی کا نیا پاس ورڈ {{A}} ہے۔"),
 'is': ('wifi_psk', "Hæ amma, lykilorðið á netinu er {{A}} núna."),
 'it': ('nas_admin_password', "Ciao zio, la password del NAS è {{A}}, utente admin."),
 'ja': ('wifi_psk', "お母さん、新しいWi-Fiのパスワードは {{A}} だよ。"),
 'ka': ('wifi_psk', "გამარჯობა დედა, ვაიფაის პაროლი არის {{A}}"),
 'kk': ('router_admin_password', "Сәлем, роутердің құпия сөзі енді {{A}} болды."),
 'ko': ('wifi_psk', "엄마, 새 와이파이 비밀번호는 {{A}} 이에요."),
 'la': ('email_account_password', "Salve frater, tessera epistularum electronicarum nunc est {{A}} — cave ne cuiquam dicas."),
 'lv': ('ssh_password', "Čau, servera parole ir {{A}}, lietotājs ops."),
 'ms': ('wifi_psk', "Hai mak, kata laluan wifi baru ialah {{A}} ya."),
 'nl': ('router_admin_password', "Hoi pap, het wachtwoord van de router is nu {{A}}, gebruiker admin."),
 'nb': ('wifi_psk', "Hei mamma, passordet til trådløsnettet er {{A}} nå."),
 'pl': ('email_account_password', "Cześć, nowe hasło do poczty to {{A}}, zmień je po zalogowaniu."),
 'pt': ('wifi_psk', "Oi vó, a senha do wifi agora é {{A}}, com letra maiúscula."),
 'ru': ('ssh_password', "Привет, пароль от сервера {{A}}, логин root, только никому."),
 'sk': ('wifi_psk', "Ahoj mami, heslo na wifi je teraz {{A}}."),
 'sl': ('nas_admin_password', "Živjo, geslo za NAS je {{A}}, uporabnik admin."),
 'sr': ('wifi_psk', "Ћао тата, шифра за вајфај је {{A}} сада."),
 'sv': ('router_admin_password', "Hej pappa, lösenordet till routern är {{A}} nu."),
 'sw': ('wifi_psk', "Habari mama, nenosiri la wifi sasa ni {{A}} usimwambie mtu."),
 'tr': ('email_account_password', "Selam, e-posta şifren artık {{A}}, girişte değiştir lütfen."),
}
F = {
 'whatsapp_chat_export_txt': "[14.03.25, 19:02:11] Mara: {MSG}\n[14.03.25, 19:03:40] Luis: 👍",
 'messenger_takeout_message_json': "{\"sender_name\": \"Mara\", \"timestamp_ms\": 1710442931000, \"content\": \"{MSG}\"}",
 'wechat_backup_chat_txt': "2025-03-14 19:02 Mara\n{MSG}\n\n2025-03-14 19:04 Luis\nOK",
 'zalo_pc_export_txt': "Mara (19:02 14/03/2025): {MSG}",
 'snapchat_chat_history_json': "{\"From\": \"mara.k\", \"Media Type\": \"TEXT\", \"Created\": \"2025-03-14 19:02:11 UTC\", \"Content\": \"{MSG}\"}",
 'linkedin_messages_csv': "CONVERSATION ID,FROM,TO,DATE,CONTENT\n2-YzE4Nj,Mara K,Luis P,2025-03-14 19:02:11 UTC,\"{MSG}\"",
 'matrix_synapse_event_json': "{\"type\": \"m.room.message\", \"sender\": \"@mara:home.lan\", \"content\": {\"msgtype\": \"m.text\", \"body\": \"{MSG}\"}}",
 'teams_graph_chatmessage_json': "{\"messageType\": \"message\", \"from\": {\"user\": {\"displayName\": \"Mara K\"}}, \"body\": {\"contentType\": \"text\", \"content\": \"{MSG}\"}}",
 'sms_backup_restore_xml': "<sms protocol=\"0\" address=\"+4917612345678\" date=\"1710442931000\" type=\"2\" body=\"{MSG}\" read=\"1\" />",
 'facetime_chat_pdf_text_dump': "Mara — 14 Mar 2025 at 19:02\n{MSG}\nDelivered",
}

def gen(r):
    recs = []; langs = sorted(S); fmts = sorted(F)
    for i, lg in enumerate(langs):
        f = fmts[i % len(fmts)]
        t, sent = S[lg]
        pw = password(r, r.randint(10, 16))
        tpl = F[f].replace('{MSG}', sent)
        text, spans = render(tpl, {'A': (pw, t)})
        recs.append({'type': t, 'container': f + '__' + lg, 'text': text, 'secrets': spans, 'source': 'prose', 'lang': lg})
    return recs
