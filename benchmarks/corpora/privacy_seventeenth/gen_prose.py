"""Prose part: a colleague / relative shares a password or token in their own language, inside
message-export, ticket, review and commit formats not used before. Container kind = <format>__<lang>."""
import json, random
from common import render, human_password, crc32_b62_token, strong_password

SEED = 17004

# lang: (span type, message with «S»)
MSG = {
    'af': ('wifi_psk', 'Hallo almal, die nuwe wifi-wagwoord vir die kantoor is «S» (netwerk «ssid»). Moet dit asseblief nie op die bord skryf nie.'),
    'ast': ('ssh_password', 'Bones, yá tienes accesu al sirvidor «ip». Usuariu deploy, contraseña «S» – camúdala en cuantes entres, por favor.'),
    'az': ('email_account_password', 'Salam, korporativ poçtun şifrəsi: «S» – girişdən sonra dəyiş, xahiş edirəm.'),
    'bar': ('router_admin_password', 'Servus, as Passwort fürn Router (http://192.168.178.1) is «S», oba ned weidagebn, gell.'),
    'bi': ('wifi_psk', 'Gudmoning olgeta, niu pasword blong wifi long ofis hem i «S». Plis yu no givim long ol narafala man.'),
    'bs': ('database_password', 'Ćao, lozinka za bazu na «host» je «S», korisnik «dbuser». Promijeni je nakon migracije.'),
    'dsb': ('wifi_psk', 'Dobry źeń, nowe gronidło za WLAN «ssid» jo «S». Pšosym njedajśo jo dalej.'),
    'et': ('ssh_password', 'Tere! Serveri «ip» ligipääs: kasutaja admin, parool «S». Palun vaheta see esimesel sisselogimisel ära.'),
    'eu': ('email_account_password', 'Kaixo, posta kontuaren pasahitza «S» da. Mesedez, aldatu lehenbailehen.'),
    'fj': ('wifi_psk', 'Bula vinaka, na password ni wifi e na valenivolavola oqo «S». Kua ni solia vei ira tale eso.'),
    'gl': ('router_admin_password', 'Ola, o contrasinal do router é «S» (usuario admin). Non o compartas, vale?'),
    'gsw': ('ssh_password', 'Hoi zäme, s Passwort für de Server «ip» isch «S», Benutzer root. Bitte nach em Login grad ändere.'),
    'haw': ('wifi_psk', 'Aloha kākou, ʻo ka ʻōlelo huna hou o ka wifi ʻo «S». Mai hāʻawi aku i nā malihini.'),
    'hr': ('email_account_password', 'Bok, lozinka za službeni mail je «S». Molim te promijeni je čim se prijaviš.'),
    'hy': ('wifi_psk', 'Բարև, նոր Wi-Fi-ի գաղտնաբառը «S» է։ Խնդրում եմ ուրիշներին չտաս։'),
    'is': ('ssh_password', 'Hæ, lykilorðið á þjóninn «ip» er «S» og notandinn er deploy. Breyttu því strax.'),
    'ka': ('router_admin_password', 'გამარჯობა, როუტერის პაროლი არის «S», მომხმარებელი admin. არავის გაუზიარო.'),
    'kk': ('email_account_password', 'Сәлем, жұмыс поштасының құпия сөзі — «S», кіргеннен кейін ауыстыр.'),
    'lg': ('wifi_psk', 'Ki kati, ekigambo ky’ekyama ekya wifi kye «S». Tokiwa balala.'),
    'lij': ('router_admin_password', 'Ciao, a password do router a l’é «S», utente admin. No dâla a nisciun.'),
    'lmo': ('ssh_password', 'Ciao, la password del server «ip» l’è «S», utent deploy. Cambiala dopo el primm login.'),
    'ln': ('wifi_psk', 'Mbote, mot de passe ya wifi ya biro ezali «S». Kopesa yango na bato mosusu te.'),
    'lv': ('database_password', 'Sveiks, datubāzes «db» parole ir «S», lietotājs «dbuser». Lūdzu nomaini pēc migrācijas.'),
    'mn': ('email_account_password', 'Сайн уу, ажлын имэйлийн нууц үг: «S}. Нэвтэрсний дараа солиорой.'.replace('«S}', '«S»')),
    'nds': ('wifi_psk', 'Moin, dat nee WLAN-Passwoort is «S». Giff dat bitte nich wieder.'),
    'ny': ('wifi_psk', 'Moni nonse, password yatsopano ya wifi ndi «S». Chonde musaipereke kwa ena.'),
    'pap': ('ssh_password', 'Bon dia, e password pa e server «ip» ta «S», usuario deploy. Kambi’é despues di login.'),
    'sc': ('router_admin_password', 'Salude, sa password de su router est «S», usuàriu admin. No la dès a nemos.'),
    'se': ('wifi_psk', 'Bures, ođđa WiFi-beassansátni lea «S». Ale atte dan earáide.'),
    'si': ('email_account_password', 'ආයුබෝවන්, ඊමේල් ගිණුමේ මුරපදය «S». කරුණාකර ඉක්මනින් වෙනස් කරන්න.'),
    'sl': ('ssh_password', 'Živjo, geslo za strežnik «ip» je «S», uporabnik deploy. Prosim, zamenjaj ga ob prvi prijavi.'),
    'sn': ('wifi_psk', 'Mhoro, password itsva ye wifi ndeye «S». Usaipa vamwe.'),
    'st': ('router_admin_password', 'Dumela, phasewete ya router ke «S», mosebedisi ke admin. O se ke wa e arolelana.'),
    'sw': ('github_classic_pat', 'Habari, hii ndiyo token ya GitHub kwa CI: «S} – tafadhali usiiweke kwenye repo.'.replace('«S}', '«S»')),
    'tn': ('wifi_psk', 'Dumela, lefoko la sephiri la wifi e ntšha ke «S». O se ka wa le naya ope.'),
    'to': ('wifi_psk', 'Mālō e lelei, ko e password foʻou ʻo e wifi ko «S». ʻOua naʻa ke vahevahe.'),
    'tpi': ('ssh_password', 'Moning, password bilong server «ip» em «S», user deploy. Plis senisim taim yu login.'),
    'wa': ('email_account_password', 'Bondjoû, li scret do courrî c’ est «S». Candjîz-l’ rade, s’ i vs plait.'),
    'yi': ('wifi_psk', 'שלום, דאָס נײַע WiFi פּאַראָל איז «S». ביטע נישט ווײַטערגעבן.'),
    'kl': ('wifi_psk', 'Aluu, wifi-p isissutissaa nutaaq tassaavoq «S». Allanut tunniutinnginnissaa eqqaamaniarsiuk.'),
}

FORMATS = {
    'mattermost_bulk_export_jsonl': lambda m: '{"type":"version","version":1}\n{"type":"post","post":{"team":"«org»","channel":"town-square","user":"«user»","message":' + json.dumps(m, ensure_ascii=False) + ',"create_at":«epoch»000}}\n',
    'instagram_dm_export_json': lambda m: '{\n  "participants": [{"name": "«person»"}, {"name": "«person2»"}],\n  "messages": [\n    {"sender_name": "«person»", "timestamp_ms": «epoch»000, "content": ' + json.dumps(m, ensure_ascii=False) + '}\n  ],\n  "title": "«person»"\n}\n',
    'twitter_dm_archive_js': lambda m: 'window.YTD.direct_messages.part0 = [{\n  "dmConversation": {"conversationId": "«int2»-«int3»", "messages": [{"messageCreate": {"recipientId": "«int2»", "text": ' + json.dumps(m, ensure_ascii=False) + ', "createdAt": "«ts»", "senderId": "«int3»"}}]}\n}]\n',
    'linkedin_messages_csv': lambda m: 'CONVERSATION ID,FROM,TO,DATE,SUBJECT,CONTENT\n2-«hex12»,«person»,«person2»,«date» «time» UTC,,"' + m.replace('"', '""') + '"\n',
    'hexchat_channel_log': lambda m: '**** BEGIN LOGGING AT Tue Jun 11 09:01:12 «year»\n\nJun 11 09:02:40 <«user»>\t' + m + '\nJun 11 09:03:02 <«user2»>\tok, danke / thanks\n',
    'conversations_xmpp_export_txt': lambda m: '[«date» «time»] «user»@jabber.«domain»: ' + m + '\n[«date» «time»] «user2»@jabber.«domain»: 👍\n',
    'deltachat_message_eml': lambda m: 'From: «person» <«email»>\nTo: «email2»\nSubject: …\nChat-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n' + m + '\n',
    'redmine_issue_journal_note': lambda m: 'Issue #«int» – access for new colleague\nUpdated by «person» «num» minutes ago\n\n* Status changed from New to In Progress\n\n' + m + '\n',
    'gerrit_change_message_json': lambda m: '{"id":"«hex12»","author":{"_account_id":«int»,"name":"«person»"},"date":"«date» «time».000000000","message":"Patch Set 3:\\n\\n' + json.dumps(m, ensure_ascii=False)[1:-1] + '","_revision_number":3}\n',
    'git_format_patch_commit_message': lambda m: 'From «sha» Mon Sep 17 00:00:00 2001\nFrom: «person» <«email»>\nDate: Tue, 11 Jun «year» 10:12:33 +0200\nSubject: [PATCH] config: setup notes\n\n' + m + '\n---\n NOTES.md | 2 ++\n 1 file changed, 2 insertions(+)\n',
    'mantisbt_bugnote_xml': lambda m: '<?xml version="1.0" encoding="UTF-8"?>\n<mantis><issue><id>«int»</id><bugnotes><bugnote><reporter>«user»</reporter><note>' + m.replace('&', '&amp;').replace('<', '&lt;') + '</note></bugnote></bugnotes></issue></mantis>\n',
    'signal_desktop_sqlite_row': lambda m: 'sqlite> SELECT sent_at, type, body FROM messages ORDER BY sent_at DESC LIMIT 1;\n«epoch»123|incoming|' + m + '\n',
}


def build():
    rng = random.Random(SEED)
    recs = []
    fmts = sorted(FORMATS)
    langs = sorted(MSG)
    for i, lang in enumerate(langs):
        t, msg = MSG[lang]
        fmt = fmts[i % len(fmts)]
        if t == 'github_classic_pat':
            v = crc32_b62_token(rng, 'ghp_')
        elif t in ('ssh_password', 'database_password'):
            v = strong_password(rng, rng.randrange(12, 18))
        else:
            v = human_password(rng)
        tpl = FORMATS[fmt](msg)
        text, spans = render(tpl, rng, {'S': (v, t, None)})
        recs.append({'type': t, 'container': fmt + '__' + lang, 'text': text, 'secrets': spans, 'source': 'gen_prose', '_lang': lang})
    return recs


LANGS = sorted(MSG)

if __name__ == '__main__':
    r = build()
    print(len(r))
    for x in r[::7]:
        print(x['container']); print(x['text'])
