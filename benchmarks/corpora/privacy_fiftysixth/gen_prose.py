"""Prose: a creator's team shares the channel account password in chat (seed 5604)."""
import json, random
from common import *

SPAN = 'creator_channel_account_password'
# (code, English name, sentence with {P})
LANGS = [
 ('de', 'German', 'Das Passwort für den Kanal-Account ist {P} 🔒 – bitte niemals im Stream zeigen!'),
 ('fr', 'French', 'Le mot de passe du compte de la chaîne : « {P} » 🙈 ne le montre surtout pas en live !'),
 ('es', 'Spanish', 'La contraseña de la cuenta del canal es ¡{P}! 😅 no la enseñes en directo, porfa.'),
 ('pt', 'Portuguese', 'A senha da conta do canal é {P} 🔑 — não mostra na live, por favor.'),
 ('nl', 'Dutch', 'Het wachtwoord van het kanaalaccount is ({P}) 👀 laat het niet zien tijdens de stream.'),
 ('pl', 'Polish', 'Hasło do konta kanału to „{P}” 🙏 nie pokazuj go na streamie!'),
 ('cs', 'Czech', 'Heslo k účtu kanálu je {P} 🤫 prosím neukazuj ho ve streamu.'),
 ('sv', 'Swedish', 'Lösenordet till kanalkontot är {P} 🔐 visa det inte i streamen!'),
 ('da', 'Danish', 'Adgangskoden til kanalens konto er »{P}« 😬 vis den ikke på streamen.'),
 ('nb', 'Norwegian Bokmål', 'Passordet til kanalkontoen er {P} 🙈 ikke vis det på strømmen!'),
 ('ru', 'Russian', 'Пароль от аккаунта канала: «{P}» 🔒 только не показывай его на стриме!'),
 ('tr', 'Turkish', 'Kanal hesabının şifresi {P} 🤐 lütfen yayında gösterme!'),
 ('ja', 'Japanese', 'チャンネルのアカウントのパスワードは「{P}」です🙏 配信中には絶対に映さないでね。'),
 ('ko', 'Korean', '채널 계정 비밀번호는 {P} 이에요 🔑 방송 중에 절대 보여주지 마세요!'),
 ('zh', 'Mandarin Chinese', '频道账号的密码是【{P}】🙈 直播的时候千万别露出来！'),
 ('hi', 'Hindi', 'चैनल अकाउंट का पासवर्ड {P} है 🔒 कृपया इसे स्ट्रीम पर मत दिखाना।'),
 ('ms', 'Malay', 'Kata laluan akaun saluran ialah {P} 🤫 jangan tunjuk masa siaran langsung ya!'),
 ('sw', 'Swahili', 'Nenosiri la akaunti ya chaneli ni {P} 🔐 tafadhali usilionyeshe kwenye mtiririko!'),
 ('zu', 'Zulu', 'Iphasiwedi ye-akhawunti yesiteshi ithi {P} 🙏 ungayikhombisi kusakazo!'),
 ('xh', 'Xhosa', 'Igama lokugqitha le-akhawunti yetshaneli ngu-{P} 😅 sukulibonisa kusasazo!'),
 ('rw', 'Kinyarwanda', 'Ijambo ry\'ibanga rya konti y\'umuyoboro ni {P} 🔒 ntuzaryerekane mu kiganiro kiri imbonankubone!'),
 ('mg', 'Malagasy', 'Ny teny miafina an\'ny kaontin\'ny fantsona dia {P} 🤐 aza asehoana amin\'ny mivantana!'),
 ('lo', 'Lao', 'ລະຫັດຜ່ານບັນຊີຊ່ອງແມ່ນ {P} 🙈 ກະລຸນາຢ່າສະແດງໃນການຖ່າຍທອດສົດ!'),
 ('ky', 'Kyrgyz', 'Каналдын аккаунтунун сырсөзү: {P} 🔑 стримде көрсөтпөй эле кой!'),
 ('tk', 'Turkmen', 'Kanal hasabynyň açar sözi {P} 🙏 ony göni ýaýlymda görkezme!'),
 ('ceb', 'Cebuano', 'Ang password sa account sa channel kay {P} 😬 ayaw ipakita sa stream ha!'),
 ('haw', 'Hawaiian', 'ʻO ka ʻōlelo huna o ka moʻokāki kahawai, ʻo {P} 🌺 mai hōʻike ma ka stream!'),
 ('mi', 'Māori', 'Ko te kupuhipa o te pūkete hongere ko {P} 🤫 kaua e whakaatu i te pāho ora!'),
 ('sm', 'Samoan', 'O le upu faalilolilo o le teugatupe a le alalaupapa o {P} 🙏 aua le faaalia i le stream!'),
 ('qu', 'Quechua', 'Kanal cuentapa pakasqa siminqa {P} 🔒 ama streampi rikuchiychu!'),
 ('gn', 'Guarani', 'Ñe\'ẽñemi cuenta canal-pegua ha\'e {P} 🙈 ani rehechauka stream-pe!'),
 ('ht', 'Haitian Creole', 'Modpas kont chèn nan se {P} 🤐 pa montre l sou stream lan non!'),
 ('ln', 'Lingala', 'Liloba ya sekele ya konti ya chaîne ezali {P} 🔐 kolakisa yango te na stream!'),
 ('wo', 'Wolof', 'Baatu jàll bu kontu chaîne bi mooy {P} 😅 bul ko won ci stream bi!'),
 ('ti', 'Tigrinya', 'ናይ ቻነል ሕሳብ ምስጢራዊ ቃል {P} እዩ 🙏 ኣብ ቀጥታ ስርጭት ኣይተርእዮ!'),
 ('sn', 'Shona', 'Pasiwedhi yeakaundi yechiteshi ndi {P} 🤫 usairatidza pastream!'),
 ('ny', 'Chichewa', 'Mawu achinsinsi a akaunti ya tchanelo ndi {P} 🔒 musawaonetse pa stream!'),
 ('fj', 'Fijian', 'Na vosa vuni ni akaunitu ni sitesini oqo {P} 🌴 kua ni vakaraitaka ena stream!'),
 ('pap', 'Papiamento', 'E kontraseña di e kuenta di kanal ta {P} 🙈 no mustr\'é riba stream!'),
 ('fy', 'West Frisian', 'It wachtwurd fan it kanaalakkount is {P} 🔑 lit it net sjen yn de stream!'),
 ('rm', 'Romansh', 'Il pled-clav dal conto dal chanal è {P} 🤐 betg al mussar en la stream!'),
 ('br', 'Breton', 'Ger-tremen kont ar chadenn eo {P} 😬 na ziskouez ket anezhañ war ar stream!'),
 ('co', 'Corsican', 'A parolla d\'intrata di u contu di u canale hè {P} 🙏 ùn la mustrà micca in diretta!'),
 ('sc', 'Sardinian', 'Sa crae de su contu de su canale est {P} 🔒 no dda mustres in direta!'),
 ('st', 'Sesotho', 'Phasewete ya akhaonto ya kanale ke {P} 🙏 o se ke wa e bontsha ho stream!'),
 ('tn', 'Setswana', 'Lefoko la sephiri la akhaonto ya kanale ke {P} 🔒 o se ka wa le bontsha mo stream!'),
 ('om', 'Oromo', 'Jecha darbii herrega chaanaalichaa {P} dha 🤫 maaloo stream irratti hin agarsiisin!'),
 ('ilo', 'Ilocano', 'Ti password ti account ti channel ket {P} 😅 dimo ipakita iti stream, pangngaasim!'),
]

def _fmt(i, rng, user, msg):
    ts = '2024-%02d-%02dT%02d:%02d:%02dZ' % (rng.randrange(1, 13), rng.randrange(1, 28), rng.randrange(24), rng.randrange(60), rng.randrange(60))
    k = i % 10
    esc = lambda s: json.dumps(s, ensure_ascii=False)[1:-1]
    if k == 0:
        return 'twitch_vod_chat_downloader_comment_json', '{"_id":"%s","created_at":"%s","commenter":{"display_name":"%s"},"message":{"body":"%s"}}' % (uuid4(rng), ts, user, esc(msg))
    if k == 1:
        return 'youtube_live_chat_replay_action_json', '{"replayChatItemAction":{"actions":[{"addChatItemAction":{"item":{"liveChatTextMessageRenderer":{"message":{"runs":[{"text":"%s"}]},"authorName":{"simpleText":"%s"}}}}}]}}' % (esc(msg), user)
    if k == 2:
        return 'kick_chatroom_message_json', '{"id":"%s","chatroom_id":%d,"content":"%s","created_at":"%s","sender":{"username":"%s"}}' % (uuid4(rng), rng.randrange(10**6, 10**7), esc(msg), ts, user)
    if k == 3:
        return 'guilded_channel_message_json', '{"message":{"id":"%s","channelId":"%s","content":"%s","createdBy":"%s","createdAt":"%s"}}' % (uuid4(rng), uuid4(rng), esc(msg), user, ts)
    if k == 4:
        return 'revolt_bulk_export_message_json', '{"_id":"01H%s","channel":"01H%s","author":"%s","content":"%s"}' % (tok(rng, UALNUM, 23), tok(rng, UALNUM, 23), user, esc(msg))
    if k == 5:
        return 'steam_friends_chat_log_txt_line', '[%s] %s: %s' % (ts[:10] + ' ' + ts[11:19], user, msg)
    if k == 6:
        return 'teamspeak3_client_chat_log_line', '<%s> "%s": %s' % (ts[11:19], user, msg)
    if k == 7:
        return 'whatsapp_android_export_txt_line', '%s/%s/%s, %s:%s - %s: %s' % (ts[8:10], ts[5:7], ts[2:4], ts[11:13], ts[14:16], user, msg)
    if k == 8:
        return 'mattermost_bulk_export_post_jsonl', '{"type":"post","post":{"team":"studio","channel":"stream-team","user":"%s","message":"%s","create_at":%d}}' % (user, esc(msg), rng.randrange(1.6e12, 1.72e12))
    return 'threema_chat_export_txt_line', '[%s %s] %s: %s' % (ts[:10], ts[11:16], user, msg)

def build(deny_ok):
    rng = random.Random(5604)
    out = []
    used = []
    for code, name, sent in LANGS:
        if not deny_ok(code, name):
            continue
        if len(used) == 40:
            break
        used.append((code, name))
    for i, (code, name) in enumerate(used):
        sent = dict((c, s) for c, _, s in LANGS)[code]
        pw = password(rng)
        user = rng.choice(['mod_kiri', 'editor.ayo', 'thumbnailguy', 'ops_lena', 'clipmaster', 'manager_ruth'])
        fmt, line = _fmt(i, rng, user, sent.replace('{P}', '\ue001'))
        line = line.replace('{', '\ue002').replace('}', '\ue003').replace('\ue001', '{V0}')
        text, spans = render(line, [(pw, SPAN)])
        text = text.replace('\ue002', '{').replace('\ue003', '}')
        out.append(dict(type=SPAN, container=fmt + '__' + code, text=text, secrets=spans, source='prose'))
    return out, used
