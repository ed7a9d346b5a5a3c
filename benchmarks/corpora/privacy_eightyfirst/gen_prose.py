"""Prose: a developer advocate gives a colleague the workshop sandbox admin password and asks
not to put it on the slides, in 40 languages, in 10 new community / chat export formats."""
import json, random
from common import owner_pw, place, positive

SPAN_TYPE = 'workshop_sandbox_admin_password_in_chat'

# (ISO 639-3 code, English name, sentence with {V}); first 40 passing the deny-list are used
LANGS = [
 ('nob', 'Norwegian Bokmål', "Admin-passordet til workshop-sandkassen er {V} – ikke legg det inn i lysbildene, takk."),
 ('hin', 'Hindi', "वर्कशॉप सैंडबॉक्स का एडमिन पासवर्ड {V} है, कृपया इसे स्लाइड्स में मत डालना।"),
 ('pan', 'Punjabi', "ਵਰਕਸ਼ਾਪ ਸੈਂਡਬਾਕਸ ਦਾ ਐਡਮਿਨ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਸਲਾਈਡਾਂ ਵਿੱਚ ਨਾ ਪਾਓ।"),
 ('hye', 'Armenian', "Վորքշոփի sandbox-ի ադմինի գաղտնաբառը {V} է, խնդրում եմ այն սլայդների մեջ չդնես։"),
 ('kat', 'Georgian', "ვორქშოპის sandbox-ის ადმინის პაროლია {V}, გთხოვ, სლაიდებში არ ჩასვა."),
 ('aze', 'Azerbaijani', "Vorkşop sandbox-un admin parolu belədir: {V} — xahiş edirəm onu slaydlara qoyma."),
 ('lat', 'Latin', "Tessera administratoris in arena officinae est {V}; quaeso, noli eam in tabulas ponere."),
 ('roh', 'Romansh', "Il pled-clav da l'admin dal sandbox dal workshop è {V}, per plaschair betg al metter en las slides."),
 ('srd', 'Sardinian', "Sa password de s'admin de su sandbox de su workshop est {V}, pro praghere no dda pònghes in is slides."),
 ('fur', 'Friulian', "La password dal admin de sandbox dal workshop e je {V}, par plasê no sta metile tes slides."),
 ('wln', 'Walloon', "Li scret di l' admin do sandbox do workshop, c' est {V}; n' el metoz nén dins les slides, s' i vs plait."),
 ('glv', 'Manx', "She {V} fockle-follit yn admin ayns sandbox y workshop; ny cur eh ayns ny slides, my sailt."),
 ('cor', 'Cornish', "Ger-tremena an admin y'n sandbox an workshop yw {V}; na worr ev y'n slides, mar pleg."),
 ('sme', 'Northern Sami', "Workshop-sandbox admin beassansátni lea {V}, ale bija dan slidaide, leage buorre."),
 ('kal', 'Greenlandic', "Workshop-ip sandbox-iani admin-ip isissutissaa una: {V} — slides-inut ilinnginnassavat."),
 ('que', 'Quechua', "Workshop sandbox admin nisqapa pakasqa siminqa {V} kachkan, ama slides nisqaman churaychu."),
 ('aym', 'Aymara', "Workshop sandbox admin ukan imantat arupax {V}, jan slides ukar uchamti."),
 ('grn', 'Guarani', "Workshop sandbox admin ñe'ẽñemi ha'e {V}, ani remoĩ slides-pe, ajerure ndéve."),
 ('fij', 'Fijian', "Na password ni admin ni sandbox ni workshop e {V}, kerea mo kua ni vakacuruma ena slides."),
 ('tpi', 'Tok Pisin', "Password bilong admin long workshop sandbox em {V}, plis no ken putim long ol slides."),
 ('bis', 'Bislama', "Password blong admin long sandbox blong workshop hem i {V}, plis yu no putum long ol slide."),
 ('tah', 'Tahitian', "Te password o te admin no te sandbox o te workshop o {V} ia, eiaha e tuu i roto i te mau slides."),
 ('cha', 'Chamorro', "I password-ña i admin gi sandbox i workshop {V}, pot fabot cha'-mu na'halom gi slides."),
 ('div', 'Dhivehi', "ވޯކްޝޮޕް ސޭންޑްބޮކްސްގެ އެޑްމިން ޕާސްވޯޑަކީ {V} ، ސްލައިޑްތަކަށް ނުލާށެވެ."),
 ('bod', 'Tibetan', "ལས་ཁང་ sandbox གི་ admin གསང་ཚིག་ནི་ {V} ཡིན། slides ནང་མ་བཞག་རོགས།"),
 ('san', 'Sanskrit', "कार्यशालायाः sandbox-प्रबन्धकस्य गुप्तशब्दः {V} अस्ति, कृपया तं slides-मध्ये मा स्थापय।"),
 ('hmn', 'Hmong', "Tus password admin ntawm lub workshop sandbox yog {V}, thov tsis txhob muab tso rau hauv slides."),
 ('ilo', 'Ilocano', "Ti password ti admin iti sandbox ti workshop ket {V}, dika koma ikabil iti slides."),
 ('min', 'Minangkabau', "Password admin sandbox workshop tu {V}, tolong jan dimasuakan ka slide yo."),
 ('ban', 'Balinese', "Password admin sandbox workshop punika {V}, ampura sampunang katuran ring slide."),
 ('pap', 'Papiamento', "E password di admin di e sandbox di workshop ta {V}, por fabor no pone e den e slides."),
 ('kab', 'Kabyle', "Awal uffir n admin n sandbox n workshop d {V}, ttxil-k ur t-id-ssekcem ara deg slides."),
 ('bam', 'Bambara', "Workshop sandbox admin ka gundodaw ye {V} ye, i ka kana a bila slides kɔnɔ."),
 ('wol', 'Wolof', "Baatu jàll bu admin bu sandbox bu workshop bi mooy {V}, bul ko def ci slides yi."),
 ('orm', 'Oromo', "Jecha darbii admin sandbox workshop kanaa {V} dha, maaloo slides keessa hin galchin."),
 ('tir', 'Tigrinya', "ናይ workshop sandbox admin መሕለፊ ቃል {V} እዩ፣ በጃኻ ኣብ slides ኣይተእትዎ።"),
 ('nya', 'Chichewa', "Password ya admin ya sandbox ya workshop ndi {V}, chonde usayiike mu slides."),
 ('lug', 'Luganda', "Password ya admin ku sandbox ya workshop ye {V}, bambi togiteeka mu slides."),
 ('kik', 'Kikuyu', "Password ya admin wa sandbox ya workshop nĩ {V}, ndagũthaitha ndũkamĩĩkĩre thĩinĩ wa slides."),
 ('ewe', 'Ewe', "Workshop sandbox admin ƒe password enye {V}, meɖe kuku, mègatsɔe de slides me o."),
 ('aka', 'Akan Twi', "Workshop sandbox admin no password ne {V}, mesrɛ wo, mfa nhyɛ slides no mu."),
 ('tso', 'Tsonga', "Password ya admin ya sandbox ya workshop i {V}, hi kombela u nga yi veki eka ti-slides."),
 ('ven', 'Venda', "Password ya admin ya sandbox ya workshop ndi {V}, ni humbela u sa i vhei kha slides."),
 ('ssw', 'Swati', "Iphasiwedi ye-admin ye-sandbox ye-workshop ngu {V}, ngicela ungayifaki kuma-slides."),
 ('bak', 'Bashkir', "Воркшоп sandbox-ының admin паролы {V}, зинһар, уны слайдтарға ҡуйма."),
 ('chv', 'Chuvash', "Воркшоп sandbox-ӗн admin паролӗ {V}, тархасшӑн, ӑна слайдсене ан ҫыр."),
 ('che', 'Chechen', "Воркшопан sandbox-ан admin-ан пароль {V} ю, дехар до, иза слайдашка ма яккха."),
 ('sah', 'Yakut', "Воркшоп sandbox admin кистэл тыла {V}, бука диэн, слайдарга суруйума."),
 ('snd', 'Sindhi', "ورڪشاپ سينڊباڪس جي ايڊمن جو پاسورڊ {V} آهي، مهرباني ڪري ان کي سلائيڊن ۾ نه وجهجو."),
]

FORMATS = {
 'discourse_posts_json_export_row': lambda m, u, i: json.dumps({'id': 4000 + i, 'username': u, 'topic_id': 812, 'raw': m}, ensure_ascii=False),
 'github_discussions_graphql_comment_node': lambda m, u, i: json.dumps({'node': {'author': {'login': u}, 'body': m, 'isAnswer': False}}, ensure_ascii=False),
 'gitter_room_archive_json_message': lambda m, u, i: json.dumps({'fromUser': {'username': u}, 'text': m, 'sent': '2024-05-%02dT09:14:00.000Z' % (i % 28 + 1)}, ensure_ascii=False),
 'zoom_meeting_saved_chat_txt_line': lambda m, u, i: '10:%02d:31 From  %s  to  Everyone:\n\t%s' % (i % 60, u, m),
 'twitch_irc_privmsg_raw_line': lambda m, u, i: '@badge-info=;display-name=%s;mod=1 :%s!%s@%s.tmi.twitch.tv PRIVMSG #devrel_live :%s' % (u, u, u, u, m),
 'youtube_live_chat_replay_action_json': lambda m, u, i: json.dumps({'addChatItemAction': {'item': {'liveChatTextMessageRenderer': {'authorName': {'simpleText': u}, 'message': {'runs': [{'text': m}]}}}}}, ensure_ascii=False),
 'keybase_chat_api_read_message_json': lambda m, u, i: json.dumps({'msg': {'sender': {'username': u}, 'content': {'type': 'text', 'text': {'body': m}}}}, ensure_ascii=False),
 'slack_conversations_history_message_json': lambda m, u, i: json.dumps({'type': 'message', 'user': 'U0%s' % (u.upper()[:6]), 'text': m, 'ts': '1716%06d.000200' % (i * 977)}, ensure_ascii=False),
 'activitypub_direct_note_object_json': lambda m, u, i: json.dumps({'type': 'Note', 'attributedTo': 'https://social.example/users/%s' % u, 'to': ['https://social.example/users/cohost'], 'content': '<p>%s</p>' % m}, ensure_ascii=False),
 'matrix_synapse_admin_event_json': lambda m, u, i: json.dumps({'type': 'm.room.message', 'sender': '@%s:devrel.example' % u, 'content': {'msgtype': 'm.text', 'body': m}}, ensure_ascii=False),
}


def choose_languages(frozen):
    names = set(frozen['names']); langs = set(frozen['languages']); words = set(frozen['words'])
    out, excluded = [], []
    for code, name, sent in LANGS:
        bad = code in names or code in langs or code in words or name.lower() in langs or \
            any(w in words or w in langs for w in name.lower().split())
        (excluded if bad else out).append((code, name, sent))
    return out[:40], excluded, out[40:]


def build(prefix, start, frozen):
    rng = random.Random(8104)
    chosen, _, _ = choose_languages(frozen)
    fmts = list(FORMATS)
    users = ['devrel_maya', 'docs_tobias', 'ines_dx', 'kofi_sdk', 'ravi.writes', 'lena_api']
    recs = []
    for i, (code, name, sent) in enumerate(chosen):
        fmt = fmts[i % len(fmts)]
        v = owner_pw(rng)
        msg = sent.replace('{V}', '\ue001')
        line = FORMATS[fmt](msg, rng.choice(users), i) + '\n'
        text, a, b = place(line.replace('{', '{{').replace('}', '}}').replace('\ue001', '{V}'), v)
        recs.append(positive('%s-s-%04d' % (prefix, start + i + 1), SPAN_TYPE, fmt + '__' + code, text, a, b, 'prose'))
    return recs
