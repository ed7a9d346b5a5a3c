"""Prose: a club / race volunteer is told the timing-server password, in languages new to this series."""
import json
from common105 import Gen, fill, record

SPAN_TYPE = 'timing_server_password_told_to_club_volunteer'

# (iso639-3, iso639-1 or '', English name, sentence with @V@)
LANGS = [
    ('pan', 'pa', 'Punjabi', 'ਟਾਈਮਿੰਗ ਸਰਵਰ ਦਾ ਪਾਸਵਰਡ @V@ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰਨਾ।'),
    ('guj', 'gu', 'Gujarati', 'ટાઇમિંગ સર્વરનો પાસવર્ડ @V@ છે, મહેરબાની કરીને કોઈને આપશો નહીં.'),
    ('kan', 'kn', 'Kannada', 'ಟೈಮಿಂಗ್ ಸರ್ವರ್ ಪಾಸ್‌ವರ್ಡ್ @V@ , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ.'),
    ('mal', 'ml', 'Malayalam', 'ടൈമിംഗ് സെർവറിന്റെ പാസ്‌വേഡ് @V@ ആണ്, ദയവായി ആരോടും പങ്കിടരുത്.'),
    ('ori', 'or', 'Odia', 'ଟାଇମିଂ ସର୍ଭରର ପାସୱାର୍ଡ @V@ , ଦୟାକରି କାହାକୁ କୁହନ୍ତୁ ନାହିଁ।'),
    ('nep', 'ne', 'Nepali', 'टाइमिङ सर्भरको पासवर्ड @V@ हो, कृपया कसैलाई नदिनुहोस्।'),
    ('asm', 'as', 'Assamese', 'টাইমিং ছাৰ্ভাৰৰ পাছৱৰ্ড @V@ , অনুগ্ৰহ কৰি কাকো নিদিব।'),
    ('lao', 'lo', 'Lao', 'ລະຫັດຜ່ານຂອງເຊີບເວີຈັບເວລາແມ່ນ @V@ ກະລຸນາຢ່າບອກໃຜ.'),
    ('mya', 'my', 'Burmese', 'အချိန်မှတ်ဆာဗာ စကားဝှက်က @V@ ပါ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။'),
    ('tgk', 'tg', 'Tajik', 'Пароли сервери вақтсанҷӣ @V@ аст, лутфан ба касе надиҳед.'),
    ('tuk', 'tk', 'Turkmen', 'Wagt hasaplaýyş serweriniň paroly @V@ , haýyş, hiç kime bermäň.'),
    ('kir', 'ky', 'Kyrgyz', 'Убакыт эсептөө серверинин сырсөзү @V@ , суранам, эч кимге бербеңиз.'),
    ('tat', 'tt', 'Tatar', 'Вакыт исәпләү серверы серсүзе @V@ , зинһар, беркемгә дә бирмәгез.'),
    ('msa', 'ms', 'Malay', 'Kata laluan pelayan pemasaan ialah @V@ , tolong jangan kongsi dengan sesiapa.'),
    ('jav', 'jv', 'Javanese', 'Sandhi server timing yaiku @V@ , aja diwenehake marang sapa-sapa ya.'),
    ('ceb', '', 'Cebuano', 'Ang password sa timing server kay @V@ , palihug ayaw ipakigbahin bisan kang kinsa.'),
    ('mri', 'mi', 'Maori', 'Ko te kupuhipa mō te tūmau wā ko @V@ , kaua e tukuna ki tētahi atu.'),
    ('smo', 'sm', 'Samoan', "O le upu faataga o le server taimi o @V@ , aua ne'i e tuuina i se isi."),
    ('haw', '', 'Hawaiian', 'ʻO ka ʻōlelo huna o ka server manawa ʻo @V@ , mai hāʻawi aku i kekahi.'),
    ('mlg', 'mg', 'Malagasy', "Ny tenimiafin'ny server fandrefesana fotoana dia @V@ , aza omena olona azafady."),
    ('som', 'so', 'Somali', 'Furaha sirta ah ee server-ka waqtiga waa @V@ , fadlan cidna ha siin.'),
    ('tir', 'ti', 'Tigrinya', 'መሕለፊ ቃል ሰርቨር ግዜ @V@ እዩ፡ በጃኹም ንዝኾነ ሰብ ኣይትሃቡ።'),
    ('ibo', 'ig', 'Igbo', 'Okwuntughe nke sava oge bụ @V@ , biko enyela onye ọ bụla ya.'),
    ('xho', 'xh', 'Xhosa', 'Igama lokugqitha leseva yexesha ngu @V@ , nceda ungalinikezeli nakubani na.'),
    ('kin', 'rw', 'Kinyarwanda', "Ijambo ry'ibanga rya seriveri y'igihe ni @V@ , ntimuriha undi muntu."),
    ('lug', 'lg', 'Ganda', "Ekigambo eky'ekyama ekya seva y'obudde kiri @V@ , tokiwa muntu yenna."),
    ('bam', 'bm', 'Bambara', 'Waati sɛriwɛri gundo daɲɛ ye @V@ ye, i kana a di mɔgɔ si ma.'),
    ('fry', 'fy', 'West Frisian', 'It wachtwurd fan de tiidmjittingsserver is @V@ , jou it asjebleaft oan net ien.'),
    ('gla', 'gd', 'Scottish Gaelic', "Is e am facal-faire airson frithealaiche na tìde @V@ , na toir do dhuine sam bith e."),
    ('roh', 'rm', 'Romansh', 'Il pled-clav dal server da cronometrar è @V@ , per plaschair na al dai a nagin.'),
    ('fur', '', 'Friulian', 'La peraule clâf dal server dal cronometraç e je @V@ , no sta dâle a nissun.'),
    ('srd', 'sc', 'Sardinian', 'Sa crae de su server de su cronòmetru est @V@ , no dda donedas a nemos.'),
    ('cos', 'co', 'Corsican', "A parolla d'accessu di u servitore di cronometru hè @V@ , ùn la date à nimu."),
    ('oci', 'oc', 'Occitan', 'Lo senhal del servidor de cronometratge es @V@ , lo donetz pas a degun.'),
    ('ast', '', 'Asturian', "La contraseña del sirvidor de cronometraxe ye @V@ , nun-y la deas a naide."),
    ('lim', 'li', 'Limburgish', "'t Wachwaord vaan de tiedmaetingsserver is @V@ , gaef 't aan niemes."),
    ('nds', '', 'Low German', 'Dat Passwoord för den Tietmeetserver is @V@ , geev dat blots keen een wieder.'),
    ('bos', 'bs', 'Bosnian', 'Šifra za server za mjerenje vremena je @V@ , molim te ne daj je nikome.'),
    ('hat', 'ht', 'Haitian Creole', 'Modpas sèvè kwonometraj la se @V@ , tanpri pa bay pèsonn li.'),
    ('tpi', '', 'Tok Pisin', 'Paswod bilong timing server em @V@ , plis no ken givim long narapela man.'),
    ('aka', 'ak', 'Akan', 'Timing server no ahintasɛm ne @V@ , mesrɛ wo mmfa mma obiara.'),
    ('ssw', 'ss', 'Swati', 'Libitogama leseva yesikhatsi ngu @V@ , ungaliniki muntfu.'),
]

FORMATS = [
    ('strava_club_post_comment', '{"club_id": 771204, "comment": {"athlete": "@A@", "text": "@T@"}}'),
    ('garmin_connect_group_message', 'Group: Sunday Long Run\nFrom: @A@\n\n@T@\n'),
    ('teamsnap_team_chat_item', '[TeamSnap] @A@ (manager): @T@\n'),
    ('whatsapp_club_export_line', '12/04/2026, 06:41 - @A@: @T@\n'),
    ('race_director_email_body', 'From: @A@ <race@example.org>\nSubject: timing laptop\n\n@T@\n\nThanks!\n'),
    ('gym_frontdesk_ticket_note', 'Ticket #4471 — internal note by @A@:\n@T@\n'),
    ('discord_run_club_message_json', '{"author": {"username": "@A@"}, "channel": "timing-crew", "content": "@T@"}'),
    ('spond_event_comment', 'Spond · Spring 10K volunteers · comment by @A@\n> @T@\n'),
    ('zendesk_member_support_reply', 'Public reply (via Zendesk) — @A@\n\n@T@\n'),
    ('slack_sports_data_thread', '@A@  07:03\n@T@\n'),
]

AUTHORS = ['Anu', 'Kofi', 'Ilse', 'Tama', 'Rahul', 'Mele', 'Sione', 'Bashir', 'Nkosi', 'Ayaan']


def build(prefix, start, langs):
    g = Gen(10504)
    recs, n = [], start
    for i, (code, _c1, _name, sent) in enumerate(langs):
        fmt, tpl = FORMATS[i % len(FORMATS)]
        v = g.uniq(g.pw)
        body = tpl.replace('@A@', AUTHORS[i % len(AUTHORS)])
        if body.lstrip().startswith('{'):
            sent_j = json.dumps(sent, ensure_ascii=False)[1:-1]
            body = body.replace('@T@', sent_j)
        else:
            body = body.replace('@T@', sent)
        text, spans = fill(body, v)
        recs.append(record('%s%04d' % (prefix, n), SPAN_TYPE, fmt + '__' + code, text, spans, v, 'prose'))
        n += 1
    return recs
