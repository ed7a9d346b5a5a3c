"""Prose: a developer tells a teammate the TURN server admin password in a real-time app message, 40 languages."""
import json, random
from common97 import *

PTYPE = 'turn_admin_password_told_in_call_chat'
L = [
 ('fra', 'fr', 'French', "Salut, le mot de passe admin du serveur TURN est {P} — ne le colle pas dans le chat de l'appel, stp."),
 ('spa', 'es', 'Spanish', 'Hola, la contraseña de administrador del servidor TURN es {P} — no la pegues en el chat de la llamada, porfa.'),
 ('por', 'pt', 'Portuguese', 'Oi, a senha de admin do servidor TURN é {P} — não cole no chat da chamada, por favor.'),
 ('nld', 'nl', 'Dutch', 'Hoi, het beheerderswachtwoord van de TURN-server is {P} — plak het alsjeblieft niet in de gesprekschat.'),
 ('pol', 'pl', 'Polish', 'Cześć, hasło admina do serwera TURN to {P} — proszę, nie wklejaj go na czacie rozmowy.'),
 ('ces', 'cs', 'Czech', 'Ahoj, heslo správce TURN serveru je {P} — prosím, nevkládej ho do chatu hovoru.'),
 ('slk', 'sk', 'Slovak', 'Ahoj, heslo správcu TURN servera je {P} — prosím, nevkladaj ho do chatu hovoru.'),
 ('slv', 'sl', 'Slovenian', 'Živjo, skrbniško geslo za strežnik TURN je {P} — prosim, ne prilepi ga v klepet klica.'),
 ('hrv', 'hr', 'Croatian', 'Bok, administratorska lozinka za TURN poslužitelj je {P} — molim te, ne lijepi je u chat poziva.'),
 ('srp', 'sr', 'Serbian', 'Здраво, администраторска лозинка за TURN сервер је {P} — молим те, не лепи је у чет позива.'),
 ('bul', 'bg', 'Bulgarian', 'Здрасти, администраторската парола за TURN сървъра е {P} — моля те, не я поставяй в чата на разговора.'),
 ('ron', 'ro', 'Romanian', 'Salut, parola de admin pentru serverul TURN este {P} — te rog, nu o lipi în chatul apelului.'),
 ('hun', 'hu', 'Hungarian', 'Szia, a TURN szerver admin jelszava {P} — kérlek, ne másold be a hívás chatjébe.'),
 ('fin', 'fi', 'Finnish', 'Moi, TURN-palvelimen ylläpitäjän salasana on {P} — älä liitä sitä puhelun chattiin.'),
 ('est', 'et', 'Estonian', 'Tere, TURN-serveri administraatori parool on {P} — palun ära kleebi seda kõne vestlusesse.'),
 ('lav', 'lv', 'Latvian', 'Sveiki, TURN servera administratora parole ir {P} — lūdzu, neielīmē to zvana tērzēšanā.'),
 ('lit', 'lt', 'Lithuanian', 'Labas, TURN serverio administratoriaus slaptažodis yra {P} — prašau, neįklijuok jo į skambučio pokalbį.'),
 ('swe', 'sv', 'Swedish', 'Hej, adminlösenordet till TURN-servern är {P} — klistra inte in det i samtalschatten, tack.'),
 ('dan', 'da', 'Danish', 'Hej, admin-adgangskoden til TURN-serveren er {P} — indsæt den ikke i opkaldets chat, tak.'),
 ('ell', 'el', 'Greek', 'Γεια, ο κωδικός διαχειριστή του διακομιστή TURN είναι {P} — μην τον επικολλήσεις στη συνομιλία της κλήσης.'),
 ('tur', 'tr', 'Turkish', 'Selam, TURN sunucusunun yönetici şifresi {P} — lütfen bunu arama sohbetine yapıştırma.'),
 ('ukr', 'uk', 'Ukrainian', 'Привіт, пароль адміністратора TURN-сервера: {P} — будь ласка, не вставляй його в чат дзвінка.'),
 ('rus', 'ru', 'Russian', 'Привет, пароль администратора TURN-сервера: {P} — пожалуйста, не вставляй его в чат звонка.'),
 ('bel', 'be', 'Belarusian', 'Прывітанне, пароль адміністратара TURN-сервера: {P} — калі ласка, не ўстаўляй яго ў чат званка.'),
 ('kat', 'ka', 'Georgian', 'გამარჯობა, TURN სერვერის ადმინის პაროლია {P} — გთხოვ, ზარის ჩატში ნუ ჩასვამ.'),
 ('hye', 'hy', 'Armenian', 'Բարև, TURN սերվերի ադմինի գաղտնաբառն է {P} — խնդրում եմ, մի տեղադրիր այն զանգի չատում։'),
 ('aze', 'az', 'Azerbaijani', 'Salam, TURN serverinin admin şifrəsi {P} — xahiş edirəm, onu zəng çatına yapışdırma.'),
 ('fas', 'fa', 'Persian', 'سلام، رمز عبور ادمین سرور TURN این است: {P} — لطفاً آن را در چت تماس نچسبان.'),
 ('heb', 'he', 'Hebrew', "היי, סיסמת המנהל של שרת ה-TURN היא {P} — בבקשה אל תדביק אותה בצ'אט של השיחה."),
 ('jpn', 'ja', 'Japanese', 'お疲れさまです。TURNサーバーの管理者パスワードは {P} です。通話のチャットには貼らないでください。'),
 ('kor', 'ko', 'Korean', '안녕하세요, TURN 서버 관리자 비밀번호는 {P} 입니다. 통화 채팅에 붙여넣지 마세요.'),
 ('zho', 'zh', 'Chinese', '你好，TURN 服务器的管理员密码是 {P} ，请不要贴到通话聊天里。'),
 ('vie', 'vi', 'Vietnamese', 'Chào bạn, mật khẩu quản trị của máy chủ TURN là {P} — đừng dán nó vào khung chat cuộc gọi nhé.'),
 ('tha', 'th', 'Thai', 'สวัสดีครับ รหัสผ่านผู้ดูแลของเซิร์ฟเวอร์ TURN คือ {P} กรุณาอย่าวางในแชทของการโทรนะครับ'),
 ('ind', 'id', 'Indonesian', 'Hai, kata sandi admin server TURN adalah {P} — tolong jangan tempel di chat panggilan ya.'),
 ('tgl', 'tl', 'Tagalog', 'Uy, ang admin password ng TURN server ay {P} — pakiusap, huwag mo itong i-paste sa chat ng tawag.'),
 ('swa', 'sw', 'Swahili', 'Habari, nenosiri la msimamizi wa seva ya TURN ni {P} — tafadhali usilibandike kwenye gumzo la simu.'),
 ('tam', 'ta', 'Tamil', 'வணக்கம், TURN சர்வரின் நிர்வாகி கடவுச்சொல் {P} — தயவுசெய்து அதை அழைப்பு அரட்டையில் ஒட்ட வேண்டாம்.'),
 ('cym', 'cy', 'Welsh', "Helo, cyfrinair gweinyddwr y gweinydd TURN yw {P} — paid â'i ludo yn sgwrs yr alwad, plîs."),
 ('eus', 'eu', 'Basque', 'Kaixo, TURN zerbitzariaren administratzaile pasahitza {P} da — mesedez, ez itsatsi deiaren txatean.'),
 ('cat', 'ca', 'Catalan', "Hola, la contrasenya d'administrador del servidor TURN és {P} — si us plau, no l'enganxis al xat de la trucada."),
 ('sqi', 'sq', 'Albanian', 'Përshëndetje, fjalëkalimi i administratorit të serverit TURN është {P} — të lutem, mos e ngjit në chat-in e thirrjes.'),
 ('mlt', 'mt', 'Maltese', 'Hello, il-password tal-amministratur tas-server TURN hija {P} — jekk jogħġbok, tqegħdux fiċ-chat tas-sejħa.'),
 ('afr', 'af', 'Afrikaans', 'Hallo, die admin-wagwoord van die TURN-bediener is {P} — moet dit asseblief nie in die oproep-klets plak nie.'),
 ('epo', 'eo', 'Esperanto', 'Saluton, la administranta pasvorto de la TURN-servilo estas {P} — bonvolu ne alglui ĝin en la vokan babilejon.'),
 ('gle', 'ga', 'Irish', 'Dia duit, is é pasfhocal riarthóra an fhreastalaí TURN ná {P} — ná greamaigh é i gcomhrá an ghlao, le do thoil.'),
]

def _j(o):
    return json.dumps(o, ensure_ascii=False)

FORMATS = [
 ('livekit_data_packet_user_json', lambda r, m, u: _j({'kind': 'RELIABLE', 'participant': u, 'topic': 'chat', 'payload': {'message': m, 'timestamp': 1780000000000 + r.randint(0, 10**8)}}) + '\n'),
 ('ably_channel_history_item', lambda r, m, u: _j({'id': an(r, 10) + ':0', 'clientId': u, 'name': 'chat', 'data': m, 'timestamp': 1780000000000 + r.randint(0, 10**8)}) + '\n'),
 ('pusher_client_event_frame', lambda r, m, u: _j({'event': 'client-message', 'channel': 'private-room-%d' % r.randint(1, 99), 'data': {'from': u, 'text': m}}) + '\n'),
 ('socketio_emit_debug_line', lambda r, m, u: '  socket.io:socket emitting packet with ack id %d +2ms\n  socket.io-parser encoded as 42%s\n' % (r.randint(1, 99), _j(['chat:message', {'from': u, 'body': m}]))),
 ('agora_rtm_peer_message_dump', lambda r, m, u: 'RtmMessage{ messageType=TEXT, peerId=%s, text=%s }\n' % (u, m)),
 ('jitsi_endpoint_chat_message_json', lambda r, m, u: _j({'colibriClass': 'EndpointMessage', 'from': hx(r, 8), 'msgPayload': {'type': 'chat', 'nick': u, 'message': m}}) + '\n'),
 ('centrifugo_publication_push', lambda r, m, u: _j({'push': {'channel': 'room:%d' % r.randint(1, 99), 'pub': {'data': {'user': u, 'text': m}, 'offset': r.randint(1, 9999)}}}) + '\n'),
 ('mercure_sse_update_event', lambda r, m, u: 'id: urn:uuid:%s\nevent: message\ndata: %s\n\n' % (uuid4(r), _j({'author': u, 'content': m}))),
 ('signalr_hub_invocation_frame', lambda r, m, u: _j({'type': 1, 'target': 'ReceiveMessage', 'arguments': [u, m]}) + '\x1e\n'),
 ('pubnub_fetch_messages_entry', lambda r, m, u: _j({'message': {'sender': u, 'text': m}, 'timetoken': str(17800000000000000 + r.randint(0, 10**12)), 'uuid': u}) + '\n'),
]

def generate(used, langs):
    r = random.Random(9704)
    out = []
    for i, (c3, c1, name, sent) in enumerate(langs):
        fmt, f = FORMATS[i % len(FORMATS)]
        while True:
            p = owner_password(r)
            if p not in used:
                break
        used.add(p)
        msg = sent.replace('{P}', p)
        text = f(r, msg, r.choice(USERS))
        spans, s = [], text.find(p)
        while s >= 0:
            spans.append({'value': p, 'start': s, 'end': s + len(p), 'type': PTYPE})
            s = text.find(p, s + 1)
        out.append({'type': PTYPE, 'container': fmt + '__' + c3, 'text': text, 'secrets': spans, 'source': 'prose'})
    return out
