"""Prose: a CTF teammate tells another the scoreboard-server admin password, in 40+ languages."""
import json, random
from common102 import *

# (iso639-3, iso639-1 or '', English name, sentence with {V})
LANGS = [
 ('swe', 'sv', 'Swedish', "Hej! Adminlösenordet till CTF-servern är {V} – lägg inte upp det i den publika kanalen."),
 ('dan', 'da', 'Danish', "Hej! Admin-adgangskoden til CTF-serveren er {V} – del den ikke i den offentlige kanal."),
 ('fin', 'fi', 'Finnish', "Moi! CTF-palvelimen ylläpitäjän salasana on {V} – älä jaa sitä julkisella kanavalla."),
 ('est', 'et', 'Estonian', "Tere! CTF-serveri administraatori parool on {V} – ära jaga seda avalikus kanalis."),
 ('lav', 'lv', 'Latvian', "Sveiki! CTF servera administratora parole ir {V} – nepublicē to publiskajā kanālā."),
 ('lit', 'lt', 'Lithuanian', "Labas! CTF serverio administratoriaus slaptažodis yra {V} – neskelbk jo viešame kanale."),
 ('pol', 'pl', 'Polish', "Cześć! Hasło administratora serwera CTF to {V} – nie wrzucaj go na publiczny kanał."),
 ('ces', 'cs', 'Czech', "Ahoj! Heslo správce CTF serveru je {V} – nesdílej ho ve veřejném kanálu."),
 ('slk', 'sk', 'Slovak', "Ahoj! Heslo správcu CTF servera je {V} – nezdieľaj ho vo verejnom kanáli."),
 ('slv', 'sl', 'Slovenian', "Živjo! Geslo skrbnika strežnika CTF je {V} – ne deli ga na javnem kanalu."),
 ('hrv', 'hr', 'Croatian', "Bok! Lozinka administratora CTF poslužitelja je {V} – nemoj je dijeliti na javnom kanalu."),
 ('hun', 'hu', 'Hungarian', "Szia! A CTF-szerver adminjelszava {V} – ne oszd meg a nyilvános csatornán."),
 ('ron', 'ro', 'Romanian', "Salut! Parola de administrator a serverului CTF este {V} – nu o pune pe canalul public."),
 ('bul', 'bg', 'Bulgarian', "Здрасти! Администраторската парола за CTF сървъра е {V} – не я споделяй в публичния канал."),
 ('ukr', 'uk', 'Ukrainian', "Привіт! Пароль адміністратора CTF-сервера: {V} – не публікуй його в загальному каналі."),
 ('ell', 'el', 'Modern Greek', "Γεια! Ο κωδικός διαχειριστή του CTF server είναι {V} – μην τον μοιραστείς στο δημόσιο κανάλι."),
 ('tur', 'tr', 'Turkish', "Selam! CTF sunucusunun yönetici şifresi {V} – herkese açık kanalda paylaşma."),
 ('sqi', 'sq', 'Albanian', "Përshëndetje! Fjalëkalimi i administratorit të serverit CTF është {V} – mos e ndaj në kanalin publik."),
 ('mlt', 'mt', 'Maltese', "Aw! Il-password tal-amministratur tas-server tas-CTF hi {V} – tpoġġihiex fil-kanal pubbliku."),
 ('gle', 'ga', 'Irish', "Dia duit! Is é pasfhocal riarthóra an fhreastalaí CTF ná {V} – ná roinn é sa chainéal poiblí."),
 ('cym', 'cy', 'Welsh', "Helo! Cyfrinair gweinyddwr y gweinydd CTF yw {V} – paid â'i rannu yn y sianel gyhoeddus."),
 ('eus', 'eu', 'Basque', "Kaixo! CTF zerbitzariaren administratzaile-pasahitza {V} da – ez partekatu kanal publikoan."),
 ('epo', 'eo', 'Esperanto', "Saluton! La administranta pasvorto de la CTF-servilo estas {V} – ne dividu ĝin en la publika kanalo."),
 ('jpn', 'ja', 'Japanese', "お疲れさまです。CTFサーバーの管理者パスワードは {V} です。公開チャンネルには貼らないでください。"),
 ('kor', 'ko', 'Korean', "안녕! CTF 서버 관리자 비밀번호는 {V} 이야. 공개 채널에는 올리지 마."),
 ('zho', 'zh', 'Chinese', "嗨！CTF 服务器的管理员密码是 {V} ，别发到公开频道里。"),
 ('vie', 'vi', 'Vietnamese', "Chào bạn! Mật khẩu quản trị của máy chủ CTF là {V} – đừng chia sẻ trong kênh công khai nhé."),
 ('tha', 'th', 'Thai', "สวัสดี! รหัสผ่านผู้ดูแลเซิร์ฟเวอร์ CTF คือ {V} อย่าแชร์ในช่องสาธารณะนะ"),
 ('tgl', 'tl', 'Tagalog', "Uy! Ang admin password ng CTF server ay {V} – huwag mong i-post sa public channel."),
 ('swa', 'sw', 'Swahili', "Habari! Nenosiri la msimamizi wa seva ya CTF ni {V} – usiliweke kwenye chaneli ya umma."),
 ('fas', 'fa', 'Persian', "سلام! رمز عبور مدیر سرور CTF این است: {V} – آن را در کانال عمومی نگذار."),
 ('tam', 'ta', 'Tamil', "வணக்கம்! CTF சர்வரின் நிர்வாகி கடவுச்சொல் {V} – இதை பொது சேனலில் பகிர வேண்டாம்."),
 ('afr', 'af', 'Afrikaans', "Haai! Die admin-wagwoord van die CTF-bediener is {V} – moenie dit in die publieke kanaal deel nie."),
 ('tir', 'ti', 'Tigrinya', "ሰላም! ናይ CTF ሰርቨር ኣመሓዳሪ ፓስዎርድ {V} እዩ – ኣብ ህዝባዊ ቻነል ኣይተካፍሎ።"),
 ('tpi', '', 'Tok Pisin', "Halo! Paswot bilong admin long CTF server em {V} – no ken putim long pablik chanel."),
 ('lug', 'lg', 'Luganda', "Ki kati! Ekigambo ky'ekyama kya admin ku CTF server kiri {V} – tokiteeka ku channel ey'olukale."),
 ('twi', 'tw', 'Twi', "Ɛte sɛn! CTF server no admin password ne {V} – mfa nto public channel no so."),
 ('ori', 'or', 'Odia', "ନମସ୍କାର! CTF ସର୍ଭରର ଆଡମିନ ପାସୱାର୍ଡ ହେଉଛି {V} – ଏହାକୁ ପବ୍ଲିକ ଚ୍ୟାନେଲରେ ସେୟାର କର ନାହିଁ।"),
 ('vec', '', 'Venetian', "Ciao! La password de aministrador del server CTF xe {V} – no sta metarla sul canal publico."),
 ('bis', 'bi', 'Bislama', "Halo! Paswod blong admin long CTF sava hemi {V} – yu no putum long pablik janel."),
 ('ara', 'ar', 'Arabic', "مرحبا! كلمة مرور مسؤول خادم CTF هي {V} – لا تنشرها في القناة العامة."),
 ('lat', 'la', 'Latin', "Salve! Tessera administratoris servitoris CTF est {V} – noli eam in canali publico ponere."),
]

FORMATS = [
 ('ctf_team_discord_dm_json', lambda s, u: json.dumps({'author': u, 'channel_id': '1187', 'content': s}, ensure_ascii=False)),
 ('hackerone_report_internal_comment', lambda s, u: "Internal comment by @%s (not visible to the program):\n%s" % (u, s)),
 ('bugcrowd_researcher_private_note', lambda s, u: "[Private note - %s]\n%s\n-- sent from Crowdcontrol" % (u, s)),
 ('matrix_room_event_body', lambda s, u: json.dumps({'type': 'm.room.message', 'sender': '@%s:example.org' % u, 'content': {'msgtype': 'm.text', 'body': s}}, ensure_ascii=False)),
 ('irc_ctf_channel_log_line', lambda s, u: "[22:41:07] <%s> %s" % (u, s)),
 ('teammate_mail_rfc822', lambda s, u: "From: %s@example.org\nTo: team@example.org\nSubject: infra for the weekend\n\n%s\n" % (u, s)),
 ('pentest_jira_comment_body', lambda s, u: "*Comment* ([~%s]):\n%s" % (u, s)),
 ('signal_desktop_export_line', lambda s, u: "%s (2025-03-14 19:02): %s" % (u, s)),
 ('ctftime_team_private_message', lambda s, u: "Message from team member %s:\n\n%s" % (u, s)),
 ('slack_bounty_huddle_note', lambda s, u: "Huddle notes (%s):\n• %s\n• next: split the wildcard scope" % (u, s)),
]
SPAN_TYPE = 'ctf_scoreboard_admin_password_in_chat'


def usable(langs, deny):
    names, dl = set(deny['names']), set(deny['languages'])
    out, excluded = [], []
    for code3, code1, eng, sent in langs:
        bad = code3 in names or code3 in dl or (code1 and (code1 in names or code1 in dl))
        bad = bad or any(w in dl for w in eng.lower().replace('-', ' ').split())
        (excluded if bad else out).append((code3, code1, eng, sent))
    return out, excluded


def generate(deny):
    r = random.Random(10204)
    ok, excluded = usable(LANGS, deny)
    ok = ok[:40]
    recs = []
    for i, (code3, code1, eng, sent) in enumerate(ok):
        fname, f = FORMATS[i % len(FORMATS)]
        v = owner_password(r)
        body = f(sent.replace('{V}', SLOT), r.choice(USERS))
        tpl = body.replace(SLOT, '{V}')
        recs.append(make_record(None, SPAN_TYPE, fname + '__' + code3, tpl, v, 'prose'))
    return recs, ok, excluded
