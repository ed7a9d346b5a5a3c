"""Prose part: the core-router console password shared in 40 languages in 10 chat-export formats."""
import random, json
from common import *

SEED = 4504
PTYPE = 'core_router_console_password'
X = '«0»'
LANGS = [
 ('ga', 'Irish', 'Is é pasfhocal consóil an ródaire lárnaigh ná X, ná roinn é le duine ar bith.'),
 ('cy', 'Welsh', 'Cyfrinair consol y prif lwybrydd yw X, paid â\'i rannu gydag unrhyw un.'),
 ('br', 'Breton', 'Ger-tremen konsol an hentaozer pennañ eo X, na ro anezhañ da zen ebet.'),
 ('eu', 'Basque', 'Bideratzaile nagusiaren kontsolaren pasahitza X da, ez partekatu inorekin.'),
 ('ca', 'Catalan', 'La contrasenya de la consola del router principal és X, no la comparteixis amb ningú.'),
 ('gl', 'Galician', 'O contrasinal da consola do router principal é X, non o compartas con ninguén.'),
 ('oc', 'Occitan', 'Lo senhal de la consòla del rotador principal es X, lo partegetz pas amb degun.'),
 ('co', 'Corsican', 'A parolla d\'entrata di a cunsola di u router principale hè X, ùn la sparte cù nimu.'),
 ('lb', 'Luxembourgish', 'D\'Passwuert vun der Konsol vum Haaptrouter ass X, deel et mat kengem.'),
 ('fy', 'Frisian', 'It wachtwurd fan de konsole fan de haadrouter is X, diel it mei nimmen.'),
 ('af', 'Afrikaans', 'Die wagwoord vir die kernroeteerder se konsole is X, moet dit met niemand deel nie.'),
 ('mt', 'Maltese', 'Il-password tal-console tar-router ewlieni hija X, taqsamhiex ma\' ħadd.'),
 ('sq', 'Albanian', 'Fjalëkalimi i konsolës së ruterit kryesor është X, mos e ndaj me askënd.'),
 ('mk', 'Macedonian', 'Лозинката за конзолата на главниот рутер е X, не ја споделувај со никого.'),
 ('sl', 'Slovenian', 'Geslo za konzolo glavnega usmerjevalnika je X, ne deli ga z nikomer.'),
 ('hr', 'Croatian', 'Lozinka za konzolu glavnog usmjerivača je X, ne dijeli je ni s kim.'),
 ('sr', 'Serbian', 'Лозинка за конзолу главног рутера је X, не дели је ни са ким.'),
 ('et', 'Estonian', 'Põhiruuteri konsooli parool on X, ära jaga seda kellegagi.'),
 ('lv', 'Latvian', 'Galvenā maršrutētāja konsoles parole ir X, nedalies ar to ne ar vienu.'),
 ('lt', 'Lithuanian', 'Pagrindinio maršrutizatoriaus konsolės slaptažodis yra X, niekam jo neduok.'),
 ('fi', 'Finnish', 'Ydinreitittimen konsolin salasana on X, älä jaa sitä kenellekään.'),
 ('hu', 'Hungarian', 'A központi router konzoljának jelszava X, ne oszd meg senkivel.'),
 ('ro', 'Romanian', 'Parola consolei routerului principal este X, nu o da nimănui.'),
 ('sk', 'Slovak', 'Heslo ku konzole hlavného smerovača je X, nikomu ho nedávaj.'),
 ('ka', 'Georgian', 'მთავარი როუტერის კონსოლის პაროლია X, არავის გაუზიარო.'),
 ('hy', 'Armenian', 'Գլխավոր երթուղիչի վահանակի գաղտնաբառն է X, ոչ մեկի հետ մի կիսվիր։'),
 ('az', 'Azerbaijani', 'Əsas routerin konsol parolu budur: X — heç kimlə paylaşma.'),
 ('kk', 'Kazakh', 'Негізгі маршрутизатор консолінің құпия сөзі: X, оны ешкімге берме.'),
 ('ky', 'Kyrgyz', 'Негизги роутердин консолунун сырсөзү: X, аны эч кимге бербе.'),
 ('uz', 'Uzbek', 'Asosiy routerning konsol paroli: X, uni hech kimga berma.'),
 ('tg', 'Tajik', 'Пароли консоли роутери асосӣ: X, онро ба касе надиҳ.'),
 ('mn', 'Mongolian', 'Үндсэн чиглүүлэгчийн консолын нууц үг: X, хэнд ч бүү өг.'),
 ('ps', 'Pashto', 'د اصلي روټر د کنسول پاسورډ X دی، له هیچا سره یې مه شریکوه.'),
 ('ku', 'Kurmanji Kurdish', 'Şîfreya konsola routerê sereke X e, bi kesî re parve neke.'),
 ('ne', 'Nepali', 'मुख्य राउटरको कन्सोलको पासवर्ड X हो, कसैलाई नदिनुहोस्।'),
 ('si', 'Sinhala', 'ප්‍රධාන රවුටරයේ කොන්සෝල මුරපදය X වේ, කිසිවෙකුට නොදෙන්න.'),
 ('kn', 'Kannada', 'ಮುಖ್ಯ ರೌಟರ್ ಕನ್ಸೋಲ್ ಪಾಸ್‌ವರ್ಡ್ X, ಯಾರೊಂದಿಗೂ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ.'),
 ('ml', 'Malayalam', 'പ്രധാന റൂട്ടറിന്റെ കൺസോൾ പാസ്‌വേഡ് X ആണ്, ആരുമായും പങ്കിടരുത്.'),
 ('gu', 'Gujarati', 'મુખ્ય રાઉટરના કન્સોલનો પાસવર્ડ X છે, કોઈને પણ આપશો નહીં.'),
 ('km', 'Khmer', 'ពាក្យសម្ងាត់កុងសូលរបស់រ៉ោតទ័រមេគឺ X កុំចែករំលែកជាមួយនរណាម្នាក់។'),
 ('lo', 'Lao', 'ລະຫັດຜ່ານຄອນໂຊນຂອງເຣົາເຕີຫຼັກແມ່ນ X, ຢ່າບອກໃຜ.'),
 ('jv', 'Javanese', 'Sandhi konsol router utama yaiku X, aja diwenehake marang sapa-sapa.'),
 ('su', 'Sundanese', 'Kecap konci konsol router utama nyaéta X, ulah dibéjakeun ka saha waé.'),
 ('ceb', 'Cebuano', 'Ang password sa console sa main router kay X, ayaw ipaambit bisan kinsa.'),
 ('haw', 'Hawaiian', 'ʻO X ka ʻōlelo huna o ka papa hoʻomalu o ke alahele nui, mai haʻi i kekahi.'),
 ('sm', 'Samoan', 'O le upu faalilolilo o le console o le router autu o X, aua le faailoaina i se tasi.'),
 ('mg', 'Malagasy', 'Ny teny miafina amin\'ny console an\'ny router lehibe dia X, aza zaraina amin\'iza na iza.'),
 ('sn', 'Shona', 'Pasiwedhi yekonsole yerouter huru ndeye X, usaipa munhu.'),
 ('ny', 'Chichewa', 'Mawu achinsinsi a konsoli ya router yaikulu ndi X, musawauze aliyense.'),
 ('rw', 'Kinyarwanda', 'Ijambo ry\'ibanga rya konsole ya router nkuru ni X, ntuzaribwire undi muntu.'),
 ('ha', 'Hausa', 'Kalmar sirri ta na\'urar sarrafa babban router ita ce X, kada ka gaya wa kowa.'),
 ('yo', 'Yoruba', 'Ọ̀rọ̀ aṣínà console router àkọ́kọ́ ni X, má ṣe sọ fún ẹnikẹ́ni.'),
 ('ig', 'Igbo', 'Okwuntughe console nke router isi bụ X, egosila onye ọ bụla.'),
 ('ht', 'Haitian Creole', 'Modpas konsòl routè prensipal la se X, pa bay pèsonn li.'),
 ('eo', 'Esperanto', 'La pasvorto de la konzolo de la ĉefa enkursigilo estas X, ne dividu ĝin kun iu ajn.'),
 ('tt', 'Tatar', 'Төп роутер консоленең серсүзе: X, аны беркемгә дә бирмә.'),
]

FORMATS = ['whatsapp_android_txt_export_line', 'telegram_desktop_result_json_message', 'slack_export_channel_day_json',
           'discord_chat_exporter_csv_row', 'msteams_graph_chatmessage_json', 'rocketchat_message_json',
           'zulip_realm_export_message_json', 'irssi_channel_log_line', 'weechat_buffer_log_tsv',
           'line_messenger_talk_history_txt']


def fmt(f, who, msg, r):
    hh, mm = r.randint(0, 23), r.randint(0, 59)
    if f == 'whatsapp_android_txt_export_line':
        return '%02d/%02d/2025, %02d:%02d - %s: %s' % (r.randint(1, 28), r.randint(1, 12), hh, mm, who, msg)
    if f == 'telegram_desktop_result_json_message':
        return '{\n "id": %d,\n "type": "message",\n "date": "2025-02-%02dT%02d:%02d:11",\n "from": "%s",\n "text": "%s"\n}' % (r.randint(1000, 99999), r.randint(1, 28), hh, mm, who, msg)
    if f == 'slack_export_channel_day_json':
        return '[\n  {"type": "message", "user": "U0%s", "text": "%s", "ts": "17%d.%06d"}\n]' % (rs(r, UPPER + DIG, 8), msg, r.randint(10000000, 99999999), r.randint(0, 999999))
    if f == 'discord_chat_exporter_csv_row':
        return 'AuthorID,Author,Date,Content,Attachments,Reactions\n"%d","%s","2025-03-%02dT%02d:%02d:00+00:00","%s","",""' % (r.randint(10**17, 10**18), who, r.randint(1, 28), hh, mm, msg)
    if f == 'msteams_graph_chatmessage_json':
        return '{"messageType": "message", "from": {"user": {"displayName": "%s"}}, "body": {"contentType": "text", "content": "%s"}}' % (who, msg)
    if f == 'rocketchat_message_json':
        return '{"_id": "%s", "rid": "GENERAL", "msg": "%s", "u": {"username": "%s"}}' % (rs(r, ALNUM, 17), msg, who.lower())
    if f == 'zulip_realm_export_message_json':
        return '{"id": %d, "sender_full_name": "%s", "subject": "core routers", "content": "%s"}' % (r.randint(10**5, 10**6), who, msg)
    if f == 'irssi_channel_log_line':
        return '--- Day changed Tue Mar %02d 2025\n%02d:%02d < %s> %s' % (r.randint(1, 28), hh, mm, who.lower(), msg)
    if f == 'weechat_buffer_log_tsv':
        return '2025-03-%02d %02d:%02d:%02d\t%s\t%s' % (r.randint(1, 28), hh, mm, r.randint(0, 59), who.lower(), msg)
    if f == 'line_messenger_talk_history_txt':
        return '[LINE] Chat history with NOC\n2025/03/%02d Tue\n%02d:%02d\t%s\t%s' % (r.randint(1, 28), hh, mm, who, msg)
    raise KeyError(f)


def generate(pool, langs):
    r = random.Random(SEED)
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        f = FORMATS[i % len(FORMATS)]
        val = pool.take(lambda: password(r, 12, 16, syms='.-_!+*~'))
        msg = sent.replace('X', X, 1) if sent.count('X') == 1 else None
        assert msg is not None, code
        text, spans = assemble(fmt(f, person(r), msg, r), [(val, PTYPE)])
        recs.append({'type': PTYPE, 'container': '%s__%s' % (f, code), 'text': text, 'secrets': spans, 'source': 'prose'})
    return recs
