"""Prose part: a bot trader shares the new password of the shared exchange sub-account, in 40 languages."""
import json, random
from common import SLOT, owner_pw, USERS, fill

SPAN_TYPE = 'shared_exchange_subaccount_password'

# (code, English name, sentence with {pw}); first 40 that pass the deny-list checks are used.
CANDIDATES = [
    ('gu', 'Gujarati', 'શેર કરેલા એક્સચેન્જ એકાઉન્ટનો નવો પાસવર્ડ {pw} છે, કૃપા કરીને તેને ડિસ્કોર્ડમાં ન મૂકશો.'),
    ('pa', 'Punjabi', 'ਸਾਂਝੇ ਐਕਸਚੇਂਜ ਖਾਤੇ ਦਾ ਨਵਾਂ ਪਾਸਵਰਡ {pw} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਡਿਸਕੋਰਡ ਵਿੱਚ ਨਾ ਪਾਓ।'),
    ('kn', 'Kannada', 'ಹಂಚಿಕೊಂಡ ಎಕ್ಸ್‌ಚೇಂಜ್ ಖಾತೆಯ ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ {pw}, ದಯವಿಟ್ಟು ಅದನ್ನು ಡಿಸ್ಕಾರ್ಡ್‌ನಲ್ಲಿ ಹಾಕಬೇಡಿ.'),
    ('ml', 'Malayalam', 'പങ്കിട്ട എക്സ്ചേഞ്ച് അക്കൗണ്ടിന്റെ പുതിയ പാസ്‌വേഡ് {pw} ആണ്, ദയവായി ഇത് ഡിസ്കോർഡിൽ ഇടരുത്.'),
    ('ne', 'Nepali', 'साझा एक्सचेन्ज खाताको नयाँ पासवर्ड {pw} हो, कृपया यसलाई डिस्कर्डमा नहाल्नुहोस्।'),
    ('sd', 'Sindhi', 'شيئر ٿيل ايڪسچينج اڪائونٽ جو نئون پاسورڊ {pw} آهي، مهرباني ڪري ان کي ڊسڪارڊ ۾ نه وجهو.'),
    ('ps', 'Pashto', 'د ګډ ایکسچینج حساب نوی پاسورډ {pw} دی، مهرباني وکړئ په ډسکارډ کې یې مه اچوئ.'),
    ('ckb', 'Sorani', 'وشەی نهێنی نوێی هەژماری هاوبەش ئەمەیە: {pw} — تکایە لە دیسکۆرد دایمەنێ.'),
    ('tg', 'Tajik', 'Пароли нави ҳисоби умумии биржа {pw} аст, лутфан онро ба Discord нагузоред.'),
    ('ky', 'Kyrgyz', 'Жалпы биржа аккаунтунун жаңы сырсөзү: {pw} — сураныч, аны Discordго жазбаңыз.'),
    ('tk', 'Turkmen', 'Umumy birža hasabynyň täze paroly: {pw} — haýyş, ony Discord-a goýmaň.'),
    ('tt', 'Tatar', 'Уртак биржа аккаунтының яңа серсүзе: {pw} — зинһар, аны Discordка язмагыз.'),
    ('be', 'Belarusian', 'Новы пароль агульнага акаўнта на біржы: {pw} — калі ласка, не кідай яго ў Discord.'),
    ('sl', 'Slovenian', 'Novo geslo za skupni račun na borzi je {pw} — prosim, ne objavljaj ga na Discordu.'),
    ('bs', 'Bosnian', 'Nova lozinka za zajednički račun na berzi je {pw}, molim te ne stavljaj je na Discord.'),
    ('fo', 'Faroese', 'Nýggja loyniorðið til felagskontuna á børsinum er {pw} — vinarliga ikki set tað á Discord.'),
    ('fy', 'Frisian', 'It nije wachtwurd foar it dielde beurs-akkount is {pw}, set it asjebleaft net yn Discord.'),
    ('gd', 'Gaelic', "Seo am facal-faire ùr airson a' chunntais iomlaid cho-roinnte: {pw} — na cuir e ann an Discord, mas e do thoil e."),
    ('br', 'Breton', 'Ar ger-tremen nevez evit ar gont eskemm rannet eo {pw}, na lakait ket anezhañ war Discord, mar plij.'),
    ('co', 'Corsican', "A nova parolla d'intesa di u contu cumunu di a borsa hè {pw}, per piacè ùn la mette micca in Discord."),
    ('oc', 'Occitan', 'Lo senhal nòu del compte partejat de la borsa es {pw}, se vos plai, lo metètz pas sus Discord.'),
    ('rm', 'Romansh', 'Il nov pled-clav dal conto cuminaivel da la bursa è {pw}, per plaschair betg al metter en Discord.'),
    ('lo', 'Lao', 'ລະຫັດຜ່ານໃໝ່ຂອງບັນຊີແລກປ່ຽນທີ່ໃຊ້ຮ່ວມກັນແມ່ນ {pw} ກະລຸນາຢ່າໂພສໃນ Discord.'),
    ('my', 'Burmese', 'မျှဝေထားသော exchange အကောင့်၏ စကားဝှက်အသစ်မှာ {pw} ဖြစ်သည်၊ Discord တွင် မတင်ပါနှင့်။'),
    ('jv', 'Javanese', 'Sandhi anyar kanggo akun exchange bareng yaiku {pw}, tulung aja dilebokake ing Discord.'),
    ('su', 'Sundanese', 'Kecap konci anyar pikeun akun exchange babarengan nyaéta {pw}, punten ulah dipasang di Discord.'),
    ('ceb', 'Cebuano', 'Ang bag-ong password sa gipaambit nga exchange account kay {pw}, palihug ayaw i-post sa Discord.'),
    ('tl', 'Tagalog', 'Ang bagong password ng shared exchange account ay {pw}, pakiusap huwag mo itong i-post sa Discord.'),
    ('mg', 'Malagasy', "Ny teny miafina vaovao amin'ny kaonty exchange iombonana dia {pw}, aza apetraka ao amin'ny Discord azafady."),
    ('ny', 'Chichewa', 'Mawu achinsinsi atsopano a akaunti ya exchange yogawana ndi {pw}, chonde musawaike pa Discord.'),
    ('sn', 'Shona', 'Pasiwedhi itsva yeakaundi yeexchange yatinoshandisa tese ndi {pw}, ndapota usaiisa paDiscord.'),
    ('xh', 'Xhosa', 'Igama lokugqitha elitsha le-akhawunti ye-exchange esabelana ngayo ngu {pw}, nceda ungalifaki kwi-Discord.'),
    ('ig', 'Igbo', 'Okwuntughe ọhụrụ nke akaụntụ exchange anyị na-ekerịta bụ {pw}, biko etinyela ya na Discord.'),
    ('wo', 'Wolof', 'Baatu jàll bu bees bi ci kontu exchange bi ñu bokk mooy {pw}, bul ko def ci Discord.'),
    ('rw', 'Kinyarwanda', 'Ijambobanga rishya rya konti ya exchange dusangiye ni {pw}, ntuyishyire kuri Discord.'),
    ('lg', 'Luganda', 'Ekigambo ekyekusifu ekipya ku akawunti ya exchange gye tugabana kiri {pw}, tokiteeka ku Discord.'),
    ('om', 'Oromo', "Jecha icciitii haaraan herrega exchange waliin fayyadamnuu {pw} dha, maaloo Discord irra hin kaa'in."),
    ('ti', 'Tigrinya', 'ሓድሽ ፓስዎርድ ናይ ሓባራዊ ኣካውንት exchange {pw} እዩ፣ በጃኹም ኣብ Discord ኣይተቐምጥዎ።'),
    ('haw', 'Hawaiian', 'ʻO {pw} ka ʻōlelo huna hou o ka moʻokāki exchange kaʻana like, mai kau ʻoe ia ma Discord.'),
    ('mi', 'Maori', 'Ko {pw} te kupuhipa hou mō te pūkete exchange e tiritiria ana, kaua e tukuna ki Discord.'),
    ('sm', 'Samoan', "O le upu fa'alilolilo fou o le akauni exchange fa'asoa o {pw}, fa'amolemole aua le tu'uina i Discord."),
    ('to', 'Tongan', 'Ko e lea fufū foʻou ʻo e ʻakauni exchange fakatahá ko {pw}, kātaki ʻoua te ke tuku ia ki Discord.'),
    ('qu', 'Quechua', 'Huñusqa exchange cuentapa musuq pakasqa simin {pw}, ama hina kaspa Discordman ama churaychu.'),
    ('gn', 'Guarani', "Ñe'ẽñemi pyahu cuenta exchange ñaipurúva {pw}, ani remoĩ Discord-pe."),
    ('ht', 'Haitian', 'Nouvo modpas kont exchange nou pataje a se {pw}, tanpri pa mete l sou Discord.'),
    ('yi', 'Yiddish', 'דאָס נײַע פּאַראָל פֿאַרן געמיינזאַמען בערזע־קאָנטע איז {pw}, ביטע לייג עס נישט אַרײַן אין Discord.'),
    ('zh', 'Mandarin', '共享交易所账户的新密码是 {pw} ，请不要发到 Discord 里。'),
    ('dv', 'Dhivehi', 'ހިއްސާކުރާ އެކްސްޗޭންޖް އެކައުންޓުގެ އައު ޕާސްވޯޑަކީ {pw} ، ޑިސްކޯޑަށް ނުލާށެވެ.'),
    ('ug', 'Uyghur', 'ئورتاق بىرژا ھېساباتىنىڭ يېڭى پارولى {pw} ، ئۇنى Discord قا يوللىماڭ.'),
    ('ln', 'Lingala', 'Liloba ya sekele ya sika ya konti ya exchange oyo tokabolaka ezali {pw}, svp kotia yango te na Discord.'),
    ('tn', 'Tswana', 'Lefoko la sephiri le lesha la akhaonto ya exchange e re e abelanang ke {pw}, o se ka wa le baya mo Discord.'),
    ('kmr', 'Kurmanji', 'Şîfreya nû ya hesabê borsayê yê hevpar {pw} e, ji kerema xwe wê nexe Discordê.'),
]


def _j(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


FORMATS = {
    'weechat_buffer_log_line': lambda m, n, r: '2024-05-%02d 21:%02d:%02d\t%s\t%s\n' % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), n, m),
    'whatsapp_exported_chat_txt_line': lambda m, n, r: '[%02d/05/2024, 22:%02d:%02d] %s: %s\n' % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), n, m),
    'signal_backup_json_message': lambda m, n, r: '{"conversationId":"c%06d","type":"outgoing","sent_at":17159%08d,"source":"%s","body":"%s"}\n' % (r.randrange(10 ** 6), r.randrange(10 ** 8), n, _j(m)),
    'keybase_chat_api_json_message': lambda m, n, r: '{"msg":{"id":%d,"channel":{"name":"deskops","members_type":"team","topic_name":"general"},"sender":{"username":"%s"},"content":{"type":"text","text":{"body":"%s"}}}}\n' % (r.randint(100, 9999), n, _j(m)),
    'xmpp_mam_archived_stanza': lambda m, n, r: '<result xmlns="urn:xmpp:mam:2" id="a%d"><forwarded xmlns="urn:xmpp:forward:0"><message xmlns="jabber:client" from="%s@chat.tradeops.example/desk" type="chat"><body>%s</body></message></forwarded></result>\n' % (r.randint(1000, 99999), n, m.replace('&', '&amp;').replace('<', '&lt;')),
    'kakaotalk_pc_txt_line': lambda m, n, r: '[%s] [오후 %d:%02d] %s\n' % (n, r.randint(1, 11), r.randint(0, 59), m),
    'viber_backup_csv_row': lambda m, n, r: 'Date,Time,Sender,Text\n2024-05-%02d,23:%02d,%s,"%s"\n' % (r.randint(1, 28), r.randint(0, 59), n, m.replace('"', '""')),
    'skype_export_json_message': lambda m, n, r: '{"id":"%d","originalarrivaltime":"2024-05-%02dT08:%02d:00.000Z","messagetype":"RichText","from":"8:live:.cid.%s","content":"%s"}\n' % (r.randrange(10 ** 12), r.randint(1, 28), r.randint(0, 59), n, _j(m)),
    'hexchat_scrollback_line': lambda m, n, r: 'May %02d 19:%02d:%02d <%s>\t%s\n' % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), n, m),
    'messenger_inbox_json_message': lambda m, n, r: '{"sender_name":"%s","timestamp_ms":17159%08d,"content":"%s","is_geoblocked_for_viewer":false}\n' % (n, r.randrange(10 ** 8), _j(m)),
}


def generate(pool, langs, seed=7304):
    rng = random.Random(seed)
    fmts = list(FORMATS)
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        v = pool.take(lambda: owner_pw(rng))
        msg = sent.replace('{pw}', SLOT)
        fmt = fmts[i % len(fmts)]
        tpl = FORMATS[fmt](msg, rng.choice(USERS).replace('.', '_'), rng)
        text, spans = fill(tpl, v, SPAN_TYPE)
        recs.append({'type': SPAN_TYPE, 'container': fmt + '__' + code, 'text': text, 'secrets': spans,
                     'source': 'prose'})
    return recs
