"""Prose part: a colleague shares the VPN password in their own language, in new chat-export formats."""
import random, json
from common import password
SEED = 35004
Q = '\x00'
LANGS = [
 ('cy', 'Welsh', 'Helo! Cyfrinair newydd y VPN yw ' + Q + ' — paid â’i rannu, plîs.'),
 ('br', 'Breton', 'Demat! Ger-tremen nevez ar VPN eo ' + Q + ', na gas ket anezhañ da zen all.'),
 ('eu', 'Basque', 'Kaixo! VPNaren pasahitz berria ' + Q + ' da, ez partekatu inorekin.'),
 ('gl', 'Galician', 'Ola! O novo contrasinal da VPN é ' + Q + ', non o compartas con ninguén.'),
 ('lb', 'Luxembourgish', 'Moien! D’neit VPN-Passwuert ass ' + Q + ', gëff et w.e.g. net weider.'),
 ('mt', 'Maltese', 'Bongu! Il-password il-ġdida tal-VPN hija ' + Q + ', tgħaddihiex lil ħadd.'),
 ('sq', 'Albanian', 'Përshëndetje! Fjalëkalimi i ri i VPN-së është ' + Q + ', mos ia jep askujt.'),
 ('mk', 'Macedonian', 'Здраво! Новата лозинка за VPN е ' + Q + ', не ја споделувај со никого.'),
 ('sl', 'Slovenian', 'Živjo! Novo geslo za VPN je ' + Q + ', prosim ga ne deli z nikomer.'),
 ('hr', 'Croatian', 'Bok! Nova lozinka za VPN je ' + Q + ', molim te nemoj je nikome slati.'),
 ('lt', 'Lithuanian', 'Labas! Naujas VPN slaptažodis yra ' + Q + ', niekam jo neperduok.'),
 ('et', 'Estonian', 'Tere! Uus VPN-i parool on ' + Q + ', palun ära jaga seda kellegagi.'),
 ('fi', 'Finnish', 'Moi! Uusi VPN-salasana on ' + Q + ', älä jaa sitä kenellekään.'),
 ('hu', 'Hungarian', 'Szia! Az új VPN-jelszó: ' + Q + ', kérlek, ne add tovább senkinek.'),
 ('ka', 'Georgian', 'გამარჯობა! VPN-ის ახალი პაროლია ' + Q + ', არავის გაუზიარო.'),
 ('hy', 'Armenian', 'Բարև։ VPN-ի նոր գաղտնաբառն է ' + Q + ', ոչ մեկի հետ մի կիսվիր։'),
 ('mn', 'Mongolian', 'Сайн уу! VPN-ийн шинэ нууц үг ' + Q + ', хэнд ч бүү дамжуулаарай.'),
 ('ne', 'Nepali', 'नमस्ते! VPN को नयाँ पासवर्ड ' + Q + ' हो, कसैलाई नदिनुहोस्।'),
 ('ta', 'Tamil', 'வணக்கம்! புதிய VPN கடவுச்சொல் ' + Q + ', யாரிடமும் பகிர வேண்டாம்.'),
 ('bn', 'Bengali', 'হ্যালো! নতুন VPN পাসওয়ার্ড হলো ' + Q + ', কাউকে দিও না।'),
 ('ur', 'Urdu', 'سلام! نیا VPN پاس ورڈ ' + Q + ' ہے، کسی کو مت بتانا۔'),
 ('he', 'Hebrew', 'היי! הסיסמה החדשה ל-VPN היא ' + Q + ', אל תעביר אותה לאף אחד.'),
 ('sw', 'Swahili', 'Habari! Nenosiri jipya la VPN ni ' + Q + ', usimpe mtu yeyote.'),
 ('yo', 'Yoruba', 'Ẹ n lẹ! Ọ̀rọ̀ aṣínà tuntun fún VPN ni ' + Q + ', má ṣe fi hàn ẹnikẹ́ni.'),
 ('zu', 'Zulu', 'Sawubona! Iphasiwedi entsha ye-VPN ithi ' + Q + ', ungayiniki muntu.'),
 ('so', 'Somali', 'Salaan! Furaha sirta ah ee cusub ee VPN waa ' + Q + ', qofna ha la wadaagin.'),
 ('mg', 'Malagasy', 'Manao ahoana! Ny teny miafina vaovao amin’ny VPN dia ' + Q + ', aza zaraina amin’olona.'),
 ('mi', 'Maori', 'Kia ora! Ko te kupuhipa hou mō te VPN ko ' + Q + ', kaua e tohaina ki tētahi atu.'),
 ('tl', 'Tagalog', 'Uy! Ang bagong password ng VPN ay ' + Q + ', huwag mong ibigay kahit kanino.'),
 ('vi', 'Vietnamese', 'Chào anh! Mật khẩu VPN mới là ' + Q + ', đừng chia sẻ cho ai nhé.'),
 ('th', 'Thai', 'สวัสดีครับ รหัสผ่าน VPN ใหม่คือ ' + Q + ' อย่าบอกใครนะครับ'),
 ('ms', 'Malay', 'Hai! Kata laluan VPN yang baharu ialah ' + Q + ', jangan kongsi dengan sesiapa.'),
 ('eo', 'Esperanto', 'Saluton! La nova VPN-pasvorto estas ' + Q + ', bonvolu ne dividi ĝin.'),
 ('la', 'Latin', 'Salve! Nova tessera VPN est ' + Q + '; noli eam cuiquam tradere.'),
 ('ga', 'Irish', 'Dia duit! Is é ' + Q + ' an focal faire nua don VPN, ná roinn é le duine ar bith.'),
 ('is', 'Icelandic', 'Hæ! Nýja VPN-lykilorðið er ' + Q + ', ekki deila því með neinum.'),
 ('nl', 'Dutch', 'Hoi! Het nieuwe VPN-wachtwoord is ' + Q + ', deel het met niemand.'),
 ('de', 'German', 'Hi! Das neue VPN-Passwort lautet ' + Q + ', bitte nicht weitergeben.'),
 ('es', 'Spanish', '¡Hola! La nueva contraseña de la VPN es ' + Q + ', no la compartas con nadie.'),
 ('pt', 'Portuguese', 'Oi! A nova senha da VPN é ' + Q + ', não compartilhe com ninguém.'),
]
FORMATS = {
 'telegram_desktop_result_json': '{\n "name": "IT Ops",\n "type": "private_group",\n "messages": [\n  {"id": 88121, "type": "message", "date": "2025-03-04T09:12:44", "from": "Mira", "text": "' + Q + '"}\n ]\n}\n',
 'element_matrix_room_export_txt': 'Room: #it-ops:corp.example\n[04/03/2025, 09:12] @mira:corp.example: ' + Q + '\n[04/03/2025, 09:13] @tom:corp.example: 👍\n',
 'mattermost_bulk_export_jsonl': '{"type":"post","post":{"team":"corp","channel":"it-ops","user":"mira","message":"' + Q + '","create_at":1741079564000}}\n',
 'discord_chat_exporter_csv': 'AuthorID,Author,Date,Content,Attachments,Reactions\n"4410","mira","04-Mar-25 09:12 AM","' + Q + '","",""\n',
 'teams_graph_chat_messages_json': '{"value": [{"id": "1741079564000", "messageType": "message", "from": {"user": {"displayName": "Mira K."}}, "body": {"contentType": "text", "content": "' + Q + '"}}]}\n',
 'line_chat_history_txt': '[LINE] Chat history with Mira\nSaved on: 2025/03/04 09:20\n\n2025/03/04(Tue)\n09:12\tMira\t' + Q + '\n09:13\tTom\tOK\n',
 'viber_messages_csv_export': 'Date,Time,Sender,Phone,Message\n04/03/2025,09:12:44,Mira,+00 555 0101,"' + Q + '"\n',
 'threema_chat_export_txt': '[04/03/2025, 09:12] Mira: ' + Q + '\n[04/03/2025, 09:14] Me: danke\n',
 'zulip_realm_export_messages_json': '{"zerver_message": [{"id": 5512, "sender": 12, "subject": "vpn", "content": "' + Q + '", "date_sent": 1741079564.0}]}\n',
 'irssi_autolog_channel_txt': '--- Log opened Tue Mar 04 09:00:01 2025\n09:12 <mira> ' + Q + '\n09:13 <tom> ok\n',
}
TYPE = 'vpn_account_password'

def gen():
    rng = random.Random(SEED)
    fm = list(FORMATS)
    out = []
    for i, (code, eng, sent) in enumerate(LANGS):
        f = fm[i % len(fm)]
        pw = password(rng, punct='-')
        a, b = sent.split(Q)
        x, y = FORMATS[f].split(Q)
        out.append((f + '__' + code, [x + a, (pw, TYPE), b + y], 'prose'))
    return out
