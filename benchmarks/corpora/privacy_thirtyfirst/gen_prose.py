"""Prose: a relative / colleague shares a password in 40 new languages, 10 new chat-export formats."""
import random, json
from common import *
# code | English name | span type | sender | message with {PW}
LANGS = r'''
es|Spanish|wifi_psk|Mamá|Hijo, la clave del wifi nuevo es {PW} — apúntala, que luego se me olvida.
it|Italian|wifi_psk|Nonna Pina|Tesoro, la password del wifi di casa è {PW}, me l’ha scritta tuo zio.
pt|Portuguese|router_admin_password|Tio Zé|A senha do router para entrar no painel é {PW}, não mudes nada sem me dizer.
pl|Polish|wifi_psk|Babcia|Wnusiu, hasło do internetu to {PW}, tak mi napisał pan z serwisu.
cs|Czech|nas_admin_password|Táta|Heslo k tomu diskovému úložišti je {PW}, uživatel admin.
hu|Hungarian|wifi_psk|Anya|Kicsim, a wifi jelszó {PW}, a router alján is rajta van.
tr|Turkish|wifi_psk|Ayşe teyze|Oğlum, internetin şifresi {PW}, misafirler için de aynısı.
vi|Vietnamese|wifi_psk|Mẹ|Con ơi, mật khẩu wifi mới là {PW} nhé, bố vừa đổi hôm qua.
tl|Tagalog|wifi_psk|Tita Baby|Anak, ang password ng wifi ay {PW}, huwag mong ibigay sa kapitbahay ha.
he|Hebrew|wifi_psk|אמא|מתוק, הסיסמה של הוויי-פיי היא {PW} תגיד לאחותך.
sv|Swedish|ssh_password|Farbror Lasse|Lösenordet till servern i källaren är {PW}, logga in som pi.
nb|Norwegian Bokmål|wifi_psk|Mormor|Vennen min, passordet til trådløsnettet er {PW}, sier morfar.
da|Danish|email_account_password|Far|Kodeordet til min mail er {PW}, kan du se om der er kommet en faktura?
ha|Hausa|wifi_psk|Baba|Ɗana, kalmar sirrin wifi ita ce {PW}, kar ka ba kowa.
yo|Yoruba|wifi_psk|Màámi|Ọmọ mi, ọ̀rọ̀ aṣínà wifi ni {PW}, má fún àwọn aládùúgbò.
zu|Zulu|wifi_psk|Gogo|Mntanami, iphasiwedi ye-wifi ithi {PW}, ungayiniki muntu.
xh|Xhosa|wifi_psk|Tata|Nyana, igama lokugqitha le-wifi ngu {PW}, ulibhale phantsi.
so|Somali|wifi_psk|Hooyo|Wiilkayga, furaha wifi-ga waa {PW}, ha siin dadka kale.
ht|Haitian Creole|wifi_psk|Manman|Pitit mwen, modpas wifi a se {PW}, pa bay vwazen yo li.
az|Azerbaijani|router_admin_password|Əmi|Modemin admin parolu {PW}-dir, heç nəyi dəyişmə.
sr|Serbian|wifi_psk|Baka Mila|Sine, šifra za internet je {PW}, tako je rekao deda.
eo|Esperanto|database_password|Kolegino Ana|La pasvorto de la testa datumbazo estas {PW}, uzanto estas app.
lb|Luxembourgish|wifi_psk|Bomi|Mäi Léiwen, d’Passwuert vum Wifi ass {PW}, dat huet de Bopi gesot.
fo|Faroese|wifi_psk|Mamma|Loyniorðið til wifi er {PW}, skriva tað niður.
qu|Quechua|wifi_psk|Mamay|Wawallay, wifi nisqapa pakasqa siminqa {PW} kachkan.
ceb|Cebuano|wifi_psk|Lola|Apo, ang password sa wifi kay {PW}, ayaw ihatag sa uban.
jv|Javanese|wifi_psk|Bapak|Le, sandi wifi omah iku {PW}, aja diwènèhaké wong liya.
ig|Igbo|wifi_psk|Nne|Nwa m, okwuntughe wifi bụ {PW}, edela ya ndị ọzọ.
wo|Wolof|wifi_psk|Yaay|Sama doom, baatu jàll bu wifi bi mooy {PW}, bul ko jox kenn.
uz|Uzbek|wifi_psk|Buvijon|Bolam, wifi paroli {PW}, hech kimga aytma.
kk|Kazakh|wifi_psk|Әже|Балам, wifi құпия сөзі {PW}, ешкімге айтпа.
mn|Mongolian|router_admin_password|Аав|Роутерын админ нууц үг {PW}, юу ч бүү өөрчил.
mk|Macedonian|wifi_psk|Баба|Сине, лозинката за интернет е {PW}, кажи и на сестра ти.
bs|Bosnian|nas_admin_password|Amidža|Šifra za onaj NAS u hodniku je {PW}, korisnik admin.
be|Belarusian|wifi_psk|Бабуля|Унучак, пароль ад вайфая {PW}, нікому не кажы.
mi|Maori|wifi_psk|Kui|E moko, ko te kupuhipa o te wifi ko {PW}, kaua e hoatu ki ētahi atu.
haw|Hawaiian|wifi_psk|Tūtū|E ka moʻopuna, ʻo {PW} ka ʻōlelo huna o ka wifi.
ilo|Ilocano|wifi_psk|Lelong|Apok, ti password ti wifi ket {PW}, dimo ited iti sabali.
su|Sundanese|email_account_password|Ema|Jang, sandi surélék Ema téh {PW}, pangmukakeun nya.
yi|Yiddish|wifi_psk|באָבע|קינד מײַנס, דאָס פּאַראָל פֿון וויי-פֿיי איז {PW} זאָג ניט קיינעם.
'''
REPLY = '👍'

def fmt(name, sender, msg, i):
    ts = '2024-05-%02dT%02d:%02d:00' % (1 + i % 27, 8 + i % 12, (i * 7) % 60)
    m = msg.replace('{PW}', '{V0}')
    if name == 'signal_desktop_backup_json':
        s = json.dumps([{'type': 'incoming', 'source': sender, 'sent_at': ts, 'body': m}, {'type': 'outgoing', 'sent_at': ts, 'body': REPLY}], ensure_ascii=False, indent=1)
    elif name == 'telegram_desktop_result_json':
        s = json.dumps({'name': sender, 'type': 'personal_chat', 'messages': [{'id': 100 + i, 'date': ts, 'from': sender, 'text': m}]}, ensure_ascii=False, indent=1)
    elif name == 'discord_chat_exporter_csv':
        s = 'AuthorID,Author,Date,Content,Attachments,Reactions\n"3120%d","%s","%s","%s","",""\n' % (i, sender, ts, m)
    elif name == 'whatsapp_ios_export_txt':
        s = '[%s, %s] %s: %s\n[%s, %s] Me: %s\n' % (ts[:10], ts[11:], sender, m, ts[:10], ts[11:], REPLY)
    elif name == 'imessage_exporter_txt':
        s = '%s\n%s\n%s\n\n%s\nMe\n%s\n' % (ts.replace('T', ' '), sender, m, ts.replace('T', ' '), REPLY)
    elif name == 'viber_backup_csv':
        s = 'Date,Time,Sender,Phone,Message\n%s,%s,%s,+000000%04d,%s\n' % (ts[:10], ts[11:], sender, i, m)
    elif name == 'line_talk_history_txt':
        s = '[LINE] Chat history with %s\nSaved on: %s\n\n%s\n%s\t%s\t%s\n' % (sender, ts[:10], ts[:10], ts[11:16], sender, m)
    elif name == 'messenger_download_message_json':
        s = json.dumps({'participants': [{'name': sender}, {'name': 'Me'}], 'messages': [{'sender_name': sender, 'timestamp_ms': 1714550400000 + i * 61000, 'content': m}]}, ensure_ascii=False, indent=1)
    elif name == 'threema_chat_export_txt':
        s = '%s, %s: %s\n' % (ts.replace('T', ' '), sender, m)
    elif name == 'teams_chat_export_html':
        s = '<div class="message"><span class="from">%s</span> <span class="time">%s</span><div class="body">%s</div></div>\n' % (sender, ts, m)
    return s

FORMATS = ['discord_chat_exporter_csv', 'imessage_exporter_txt', 'line_talk_history_txt', 'messenger_download_message_json',
           'signal_desktop_backup_json', 'teams_chat_export_html', 'telegram_desktop_result_json', 'threema_chat_export_txt',
           'viber_backup_csv', 'whatsapp_ios_export_txt']

def languages():
    return [l.split('|') for l in LANGS.strip().splitlines()]

def generate(seed=31004):
    rng = random.Random(seed)
    recs = []
    langs = languages()
    order = list(range(len(langs))); rng.shuffle(order)
    for j, li in enumerate(order):
        code, name, typ, sender, msg = langs[li]
        f = FORMATS[j % len(FORMATS)]
        pw = password(rng)
        s = fmt(f, sender, msg, j)
        assert s.count('{V0}') == 1
        text, spans = fill(s, {'V0': (pw, typ)})
        recs.append({'type': typ, 'container': f + '__' + code, 'text': text, 'secrets': spans, 'source': 'prose'})
    recs.sort(key=lambda r: r['container'])
    return recs
