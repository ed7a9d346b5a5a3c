"""Prose: a frontend dev shares the shared staging-preview password in their own language (seed 8204)."""
import random
from common import owner_pw, fill, rs, LC

SPAN_TYPE = 'frontend_team_shared_staging_password'
# (code, English name, sentence with {V}); best effort, non-native, unreviewed
CANDIDATES = [
    ('fi', 'Finnish', 'Stagingin esikatselun uusi salasana on {V} – älkää commitoiko sitä repoon.'),
    ('la', 'Latin', 'Nova tessera praevisionis stadii est {V} — quaeso ne eam in repositorium committatis.'),
    ('eo', 'Esperanto', 'La nova pasvorto por la antaŭrigardo de staging estas {V} — bonvolu ne enmeti ĝin en la deponejon.'),
    ('ia', 'Interlingua', 'Le nove contrasigno del previsualisation de staging es {V} — per favor non committe lo in le repositorio.'),
    ('am', 'Amharic', 'ለስቴጂንግ ቅድመ እይታ አዲሱ የይለፍ ቃል {V} ነው — እባካችሁ ወደ ሪፖው አታስገቡት።'),
    ('ha', 'Hausa', 'Sabuwar kalmar sirri ta staging preview ita ce {V} — don Allah kada ku saka ta a cikin repo.'),
    ('so', 'Somali', 'Furaha sirta cusub ee staging preview waa {V} — fadlan ha ku darina repo-ga.'),
    ('st', 'Sesotho', 'Phasewete e ncha ya staging preview ke {V} — ka kopo le se ke la e kenya ho repo.'),
    ('ee', 'Ewe', 'Nyaɣla yeye na staging preview enye {V} — meɖe kuku, migatsɔe de repo la me o.'),
    ('ak', 'Akan', 'Staging preview no password foforo ne {V} — mesrɛ mo, mma mfa nhyɛ repo no mu.'),
    ('lg', 'Ganda', "Ekigambo ky'ekyama ekipya ekya staging preview kiri {V} — mwebale, temukiteeka mu repo."),
    ('ts', 'Tsonga', 'Phasiwedi leyintshwa ya staging preview i {V} — hi kombela mi nga yi veki eka repo.'),
    ('ss', 'Swati', 'Liphasiwedi lelisha le-staging preview ngu {V} — sicela ningalifaki ku-repo.'),
    ('ve', 'Venda', 'Phasiwede ntswa ya staging preview ndi {V} — ri humbela ni songo i vhea kha repo.'),
    ('bm', 'Bambara', 'Staging preview ka gundo kura ye {V} ye — aw ye a kana a bila repo kɔnɔ.'),
    ('kab', 'Kabyle', 'Awal uffir amaynut n staging preview d {V} — ttxil-wat ur t-ttarat ara deg repo.'),
    ('ki', 'Kikuyu', 'Kiugo kĩa hitho kĩrĩa kĩerũ kĩa staging preview nĩ {V} — ndamũthaitha mũtigakĩige thĩinĩ wa repo.'),
    ('rn', 'Kirundi', "Ijambo ry'ibanga rishya rya staging preview ni {V} — muragasaga ntimurishire muri repo."),
    ('bem', 'Bemba', 'Ishiwi lya nkama ilipya ilya staging preview ni {V} — napapata mwilibika mu repo.'),
    ('pcm', 'Nigerian Pidgin', 'The new password for staging preview na {V} — abeg make una no commit am put for repo.'),
    ('pap', 'Papiamento', 'E kontraseña nobo pa staging preview ta {V} — por fabor no commit e den repo.'),
    ('srn', 'Sranan Tongo', 'A nyun pasword fu a staging preview na {V} — grantangi, no poti en na ini a repo.'),
    ('ast', 'Asturian', 'La contraseña nueva de la vista previa de staging ye {V} — por favor, nun la xubáis al repositoriu.'),
    ('sc', 'Sardinian', 'Sa password noa de sa preview de staging est {V} — pro praghere, no dda ponzais in su repo.'),
    ('fur', 'Friulian', 'La gnove password de anteprime di staging e je {V} — par plasê no metêle tal repo.'),
    ('scn', 'Sicilian', 'A password nova dâ preview di staging è {V} — pi favuri, nun la mittiti ntô repo.'),
    ('vec', 'Venetian', "La password nova de ła anteprima de staging ła xe {V} — par piaser no metéła inte'l repo."),
    ('nap', 'Neapolitan', "'A password nova d'a preview 'e staging è {V} — pe' piacere nun 'a mettite dint'ô repo."),
    ('wa', 'Walloon', "Li novea scret-mot pol preview di staging, c' est {V} — vos estoz priyî del nén l' mete el repo."),
    ('li', 'Limburgish', "'t Nuuj wachwaord veur de staging preview is {V} — gaer neet in de repo zètte."),
    ('gv', 'Manx', 'Yn fockle follit noa son y staging preview she {V} — my sailliu, ny cur eh ayns y repo.'),
    ('kw', 'Cornish', "An ger-tremena nowydh rag an staging preview yw {V} — mar pleg, na worrewgh e y'n repo."),
    ('hsb', 'Upper Sorbian', 'Nowe hesło za staging preview je {V} — prošu njezapisajće jo do repa.'),
    ('csb', 'Kashubian', 'Nowé hasło do staging preview to je {V} — prosymë, nie wkładôjta gò do repò.'),
    ('ba', 'Bashkir', 'Staging preview өсөн яңы пароль — {V}, зинһар, уны репоға һалмағыҙ.'),
    ('cv', 'Chuvash', 'Staging preview валли çĕнĕ пароль — {V}, тархасшăн, ăна репона ан кĕртĕр.'),
    ('sah', 'Yakut', 'Staging preview саҥа пароля — {V}, көрдөһөбүн, репоҕа киллэримэҥ.'),
    ('se', 'Northern Sami', 'Ođđa beassansátni staging preview várás lea {V} — ale bija dan repoi.'),
    ('kl', 'Kalaallisut', 'Staging preview-mut isissutissaq nutaaq tassaavoq {V} — repo-mut ilinngikkit.'),
    ('dv', 'Dhivehi', 'ސްޓޭޖިންގ ޕްރިވިއުގެ އައު ޕާސްވޯޑަކީ {V} — ރިޕޯއަށް ނުލާށެވެ.'),
    ('sa', 'Sanskrit', 'स्टेजिङ्ग-पूर्वदर्शनस्य नूतनः गूढशब्दः {V} अस्ति — कृपया तं कोशे मा स्थापयत।'),
    ('sd', 'Sindhi', 'اسٽيجنگ پريويو جو نئون پاسورڊ {V} آهي — مهرباني ڪري ان کي ريپو ۾ نه وجهو.'),
    ('ilo', 'Ilocano', 'Ti baro a password ti staging preview ket {V} — pangngaasiyo ta dikay ikabil iti repo.'),
    ('war', 'Waray', 'An bag-o nga password han staging preview amo an {V} — alayon, ayaw igbutang ha repo.'),
    ('hil', 'Hiligaynon', 'Ang bag-o nga password sang staging preview amo ang {V} — palihog indi ninyo pagbutang sa repo.'),
    ('tet', 'Tetum', 'Password foun ba staging preview mak {V} — favor ida labele tau iha repo.'),
    ('bo', 'Tibetan', 'staging preview ཡི་གསང་ཚིག་གསར་པ་ནི་ {V} ཡིན། — repo ནང་མ་བཅུག་རོགས།'),
    ('nso', 'Northern Sotho', 'Lentšu la sephiri le lefsa la staging preview ke {V} — le se le tsenye ka go repo.'),
]

FORMATS = [
    ('element_matrix_room_export_json', '{"type": "m.room.message", "sender": "@{N}:matrix.org", "origin_server_ts": {TS}, "content": {"msgtype": "m.text", "body": "{S}"}}\n'),
    ('github_discussion_comment_graphql_json', '{"node": {"author": {"login": "{N}"}, "createdAt": "2025-03-0{D}T09:14:22Z", "body": "{S}"}}\n'),
    ('linear_comment_webhook_payload', '{"action": "create", "type": "Comment", "data": {"body": "{S}", "user": {"name": "{N}"}}}\n'),
    ('figma_file_comments_api_json', '{"comments": [{"id": "{TS}", "message": "{S}", "user": {"handle": "{N}"}}]}\n'),
    ('threema_chat_export_txt_line', '[0{D}/03/2025, 14:02] {N}: {S}\n'),
    ('viber_desktop_history_csv_row', '0{D}/03/2025,14:02:11,{N},+4470000{TSS},"{S}"\n'),
    ('wechat_chatlog_txt_block', '2025-03-0{D} 14:02:11 {N}\n{S}\n\n'),
    ('keybase_chat_api_read_json', '{"msg": {"sender": {"username": "{N}"}, "content": {"type": "text", "text": {"body": "{S}"}}}}\n'),
    ('weechat_logger_tsv_line', '2025-03-0{D} 14:02:11\t{N}\t{S}\n'),
    ('basecamp_campfire_line_json', '{"type": "Chat::Lines::Text", "creator": {"name": "{N}"}, "content": "{S}"}\n'),
]


def generate(langs):
    rng = random.Random(8204)
    out = []
    for i, (code, name, sent) in enumerate(langs):
        fmt, tpl = FORMATS[i % len(FORMATS)]
        v = owner_pw(rng)
        s_text = sent.replace('{V}', '\ue001')
        nick = rng.choice(['mira', 'jonas', 'aiko', 'kwame', 'ines', 'ravi', 'lena', 'tomas']) + rs(rng, LC, 3)
        ts = str(1741000000000 + rng.randint(0, 10 ** 9))
        t = tpl.replace('{S}', s_text).replace('{N}', nick).replace('{TS}', ts).replace('{TSS}', ts[-5:]).replace('{D}', str(rng.randint(1, 9)))
        text, s, e = fill(t.replace('\ue001', '{V}'), v)
        out.append(dict(type=SPAN_TYPE, container=fmt + '__' + code, text=text, secrets=[dict(value=v, start=s, end=e, type=SPAN_TYPE)], source='prose'))
    return out
