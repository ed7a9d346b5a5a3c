"""Prose: someone tells a colleague the contact-centre admin password in 40 new languages."""
import random
from common124 import owner_pw
TYPE = 'callcentre_admin_password_told_in_message'
FORMATS = ['agent_floor_whatsapp_export_line', 'supervisor_outlook_mail_body', 'wfm_desk_jira_service_comment',
           'ccaas_partner_chat_json_line', 'night_shift_sms_export_row', 'telephony_handover_note',
           'team_lead_voice_note_transcript', 'vendor_portal_support_reply']
L = [
 ('zsm', 'Malay', 'Latin', 'Kata laluan panel admin pusat panggilan ialah {p} — tolong jangan kongsi dengan sesiapa.'),
 ('ceb', 'Cebuano', 'Latin', 'Ang password sa admin panel sa call center kay {p} — palihug ayaw ipaambit bisan kinsa.'),
 ('jav', 'Javanese', 'Latin', 'Sandhi panel admin call center yaiku {p} — tulung aja dibagekake marang sapa-sapa.'),
 ('sun', 'Sundanese', 'Latin', 'Kecap akses panel admin call center nyaéta {p} — punten ulah dibagikeun ka saha waé.'),
 ('hil', 'Hiligaynon', 'Latin', 'Ang password sang admin panel sang call center amo ang {p} — palihog indi pag-ipaambit sa bisan sin-o.'),
 ('ilo', 'Ilocano', 'Latin', 'Ti password ti admin panel ti call center ket {p} — pangngaasim ta dimo ibingay iti siasinoman.'),
 ('smo', 'Samoan', 'Latin', 'O le upu faalilo mo le admin panel a le call center o le {p} — faamolemole aua le faasoa atu i se isi.'),
 ('mri', 'Maori', 'Latin', 'Ko te kupuhipa mō te paewhiri whakahaere o te pokapū waea ko {p} — tēnā koa kaua e tohatoha ki tētahi atu.'),
 ('haw', 'Hawaiian', 'Latin', 'ʻO ka ʻōlelo huna no ka papa hoʻokele o ke kikowaena kelepona ʻo {p} — mai hāʻawi aku i kekahi.'),
 ('tah', 'Tahitian', 'Latin', 'Te parau huna no te tahua faatere o te pû niuniu, o {p} ïa — eiaha e horoa i te tahi atu.'),
 ('quy', 'Quechua', 'Latin', 'Call center admin panelpa pakasqa siminqa {p} kanmi — ama pimanpas qunkichu.'),
 ('ayr', 'Aymara', 'Latin', 'Call center admin panelan imantat arupax {p} ukawa — jan khitirus churamti.'),
 ('gug', 'Guarani', 'Latin', 'Call center admin panel ñeʼẽ ñemiha haʼe {p} — ani remombeʼu avavépe.'),
 ('kir', 'Kyrgyz', 'Cyrillic', 'Колл-борбордун админ панелинин сырсөзү {p} — эч кимге бербеңиз.'),
 ('tgk', 'Tajik', 'Cyrillic', 'Пароли панели админи маркази занг {p} аст — лутфан ба касе надиҳед.'),
 ('tuk', 'Turkmen', 'Latin', 'Jaň merkeziniň admin paneliniň paroly {p} — hiç kime bermäň.'),
 ('tat', 'Tatar', 'Cyrillic', 'Шалтырату үзәгенең админ панеле серсүзе {p} — беркемгә дә бирмәгез.'),
 ('bak', 'Bashkir', 'Cyrillic', 'Шылтыратыу үҙәгенең админ панеле серһүҙе {p} — бер кемгә лә бирмәгеҙ.'),
 ('chv', 'Chuvash', 'Cyrillic', 'Шӑнкӑрав центрӗн админ панелӗн вӑрттӑн сӑмахӗ {p} — никама та ан парӑр.'),
 ('uig', 'Uyghur', 'Arabic', 'تېلېفون مەركىزى باشقۇرۇش تاختىسىنىڭ پارولى {p} — ھېچكىمگە بەرمەڭ.'),
 ('bod', 'Tibetan', 'Tibetan', 'ཁ་པར་ལྟེ་གནས་ཀྱི་དོ་དམ་ངོས་ལེབ་ཀྱི་གསང་ཚིག་ནི་ {p} ཡིན། — སུ་ལའང་མ་སྤྲོད།'),
 ('mya', 'Burmese', 'Myanmar', 'ဖုန်းစင်တာ admin panel ရဲ့ စကားဝှက်က {p} ပါ — ဘယ်သူ့ကိုမှ မမျှဝေပါနဲ့။'),
 ('guj', 'Gujarati', 'Gujarati', 'કૉલ સેન્ટર એડમિન પેનલનો પાસવર્ડ {p} છે — કૃપા કરીને કોઈને શેર કરશો નહીં.'),
 ('kan', 'Kannada', 'Kannada', 'ಕಾಲ್ ಸೆಂಟರ್ ಅಡ್ಮಿನ್ ಪ್ಯಾನೆಲ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {p} — ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ.'),
 ('mal', 'Malayalam', 'Malayalam', 'കോൾ സെന്റർ അഡ്മിൻ പാനലിന്റെ പാസ്‌വേഡ് {p} ആണ് — ദയവായി ആരുമായും പങ്കിടരുത്.'),
 ('ory', 'Odia', 'Odia', 'କଲ୍ ସେଣ୍ଟର ଆଡମିନ୍ ପ୍ୟାନେଲର ପାସୱାର୍ଡ {p} — ଦୟାକରି କାହାକୁ ଦିଅନ୍ତୁ ନାହିଁ।'),
 ('asm', 'Assamese', 'Bengali-Assamese', 'কল চেণ্টাৰ এডমিন পেনেলৰ পাছৱৰ্ড {p} — অনুগ্ৰহ কৰি কাকো নিদিব।'),
 ('snd', 'Sindhi', 'Arabic', 'ڪال سينٽر ايڊمن پينل جو پاسورڊ {p} آهي — مهرباني ڪري ڪنهن کي به نه ڏيو.'),
 ('div', 'Dhivehi', 'Thaana', 'ކޯލް ސެންޓަރުގެ އެޑްމިން ޕެނަލްގެ ޕާސްވޯޑަކީ {p} — އެއްވެސް މީހަކަށް ނުދޭށެވެ.'),
 ('ydd', 'Yiddish', 'Hebrew', 'דאָס פּאַראָל פֿאַר דעם אַדמין־פּאַנעל פֿון רוף־צענטער איז {p} — ביטע גיב עס נישט ווייטער.'),
 ('lin', 'Lingala', 'Latin', 'Liloba ya sekele ya admin panel ya call center ezali {p} — svp kopesa yango na moto te.'),
 ('wol', 'Wolof', 'Latin', 'Baatu jàll bu admin panel bu call center bi mooy {p} — bul ko jox kenn.'),
 ('tir', 'Tigrinya', 'Ethiopic', 'ናይ ኮል ሰንተር ኣድሚን ፓነል ፓስዎርድ {p} እዩ — በጃኹም ንማንም ኣይተካፍሉ።'),
 ('twi', 'Twi', 'Latin', 'Call center admin panel no ahintasɛm ne {p} — mesrɛ wo, mfa mma obiara.'),
 ('ewe', 'Ewe', 'Latin', 'Call center admin panel ƒe nya ɣaɣla enye {p} — taflatse mègana ame aɖeke o.'),
 ('lug', 'Luganda', 'Latin', "Ekigambo ky'ekyama ekya admin panel ya call center kiri {p} — bambi tokiwa muntu yenna."),
 ('tsn', 'Tswana', 'Latin', 'Lefoko la sephiri la admin panel ya call centre ke {p} — tsweetswee o se ke wa le abelana le ope.'),
 ('oci', 'Occitan', 'Latin', "Lo senhal del panèl d'administracion del centre d'apèls es {p} — te prègui, lo dones pas a degun."),
 ('cos', 'Corsican', 'Latin', "A parolla d'intrata di u pannellu d'amministrazione di u centru d'appelli hè {p} — ùn la date à nimu, per piacè."),
 ('srd', 'Sardinian', 'Latin', 'Sa crae de su pannellu de amministratzione de su tzentru de mutidas est {p} — pro praghere, no la des a nemos.'),
 ('fur', 'Friulian', 'Latin', 'La peraule clâf dal panel di aministrazion dal center di clamadis e je {p} — par plasê, no sta dâle a nissun.'),
 ('roh', 'Romansh', 'Latin', "Il pled-clav dal panel d'administraziun dal center da telefon è {p} — per plaschair na la dai a nagin."),
 ('fry', 'Frisian', 'Latin', 'It wachtwurd fan it admin-paniel fan it belsintrum is {p} — diel it asjebleaft mei net ien.'),
 ('ast', 'Asturian', 'Latin', "La contraseña del panel d'alministración del centru de llamaes ye {p} — por favor, nun-y la pases a naide."),
 ('yue', 'Cantonese', 'Han', 'Call center 管理面板嘅密碼係 {p} ——唔該唔好俾任何人。'),
 ('nso', 'Sepedi', 'Latin', 'Lentšu la sephiri la admin panel ya call centre ke {p} — hle o se le abelane le motho.'),
 ('tso', 'Tsonga', 'Latin', 'Rito ra xihundla ra admin panel ya call centre i {p} — hi kombela u nga ri avelani na munhu.'),
 ('ven', 'Venda', 'Latin', 'Ipfi ḽa tshiphiri ḽa admin panel ya call centre ndi {p} — ri humbela ni sa ḽi kovhekanye na muthu.'),
]
WRAP = {
 'agent_floor_whatsapp_export_line': ('[14/03/2026, 21:07] Team Lead: ', ''),
 'supervisor_outlook_mail_body': ('Subject: admin panel\n\nHi,\n\n', '\n\nThanks\n'),
 'wfm_desk_jira_service_comment': ('Comment (internal):\n', '\n'),
 'ccaas_partner_chat_json_line': ('{"from":"sup-04","ts":1773500000,"text":"', '"}'),
 'night_shift_sms_export_row': ('2026-03-14 23:55,+447700900456,OUT,"', '"'),
 'telephony_handover_note': ('Handover (night -> early):\n- ', '\n'),
 'team_lead_voice_note_transcript': ('[voice note, auto-transcribed] ', ''),
 'vendor_portal_support_reply': ('Support reply #88231:\n', '\n-- Support'),
}
def gen(langs, seed=12404):
    r = random.Random(seed)
    out = []
    for i, (code, name, script, sent) in enumerate(langs):
        p = owner_pw(r)
        f = FORMATS[i % len(FORMATS)]
        a, b = WRAP[f]
        pre, post = sent.split('{p}')
        pre = a + pre
        text = pre + p + post + b
        out.append({'type': TYPE, 'container': f + '__' + code, 'text': text,
                    'secrets': [{'value': p, 'start': len(pre), 'end': len(pre) + len(p), 'type': TYPE}], 'source': 'prose'})
    return out
