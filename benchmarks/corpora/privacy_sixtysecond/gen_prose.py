"""Prose: a lab member shares the shared cluster-account password in their own language."""
import random, json
from common import *

SPAN_TYPE = 'shared_cluster_account_password'
CANDIDATES = [
 ('sl', 'Slovenian', 'Geslo za skupni račun na gruči je @@V@@, prosim, ne zapisuj ga v laboratorijski zvezek.'),
 ('bs', 'Bosnian', 'Lozinka za zajednički račun na klasteru je @@V@@, molim te, ne upisuj je u laboratorijsku svesku.'),
 ('be', 'Belarusian', 'Пароль ад агульнага акаўнта на кластары — @@V@@, калі ласка, не запісвай яго ў лабараторны журнал.'),
 ('tg', 'Tajik', 'Пароли ҳисоби умумӣ дар кластер @@V@@ аст, лутфан онро дар дафтари лаборатория нанавис.'),
 ('ky', 'Kyrgyz', 'Кластердеги жалпы аккаунттун сырсөзү @@V@@, сураныч, аны лабораториялык журналга жазба.'),
 ('tk', 'Turkmen', 'Klasterdäki umumy hasabyň açar sözi @@V@@, haýyş, ony laboratoriýa depderine ýazma.'),
 ('ps', 'Pashto', 'د کلستر د ګډ حساب پټنوم @@V@@ دی، مهرباني وکړه په لابراتوار کتابچه کې یې مه لیکه.'),
 ('ku', 'Kurmanji', 'Şîfreya hesabê hevpar ê li ser klusterê @@V@@ e, ji kerema xwe wê di deftera laboratuarê de nenivîse.'),
 ('ne', 'Nepali', 'क्लस्टरको साझा खाताको पासवर्ड @@V@@ हो, कृपया यसलाई ल्याब नोटबुकमा नलेख्नुहोस्।'),
 ('pa', 'Punjabi', 'ਕਲੱਸਟਰ ਦੇ ਸਾਂਝੇ ਖਾਤੇ ਦਾ ਪਾਸਵਰਡ @@V@@ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਲੈਬ ਨੋਟਬੁੱਕ ਵਿੱਚ ਨਾ ਲਿਖੋ।'),
 ('gu', 'Gujarati', 'ક્લસ્ટરના સંયુક્ત ખાતાનો પાસવર્ડ @@V@@ છે, કૃપા કરીને તેને લેબ નોટબુકમાં ન લખશો.'),
 ('kn', 'Kannada', 'ಕ್ಲಸ್ಟರ್‌ನ ಹಂಚಿಕೆಯ ಖಾತೆಯ ಪಾಸ್‌ವರ್ಡ್ @@V@@ , ದಯವಿಟ್ಟು ಅದನ್ನು ಲ್ಯಾಬ್ ನೋಟ್‌ಬುಕ್‌ನಲ್ಲಿ ಬರೆಯಬೇಡಿ.'),
 ('ml', 'Malayalam', 'ക്ലസ്റ്ററിലെ പൊതു അക്കൗണ്ടിന്റെ പാസ്‌വേഡ് @@V@@ ആണ്, ദയവായി അത് ലാബ് നോട്ട്ബുക്കിൽ എഴുതരുത്.'),
 ('my', 'Burmese', 'ကလပ်စတာ အကောင့်ရဲ့ စကားဝှက်က @@V@@ ပါ၊ ဓာတ်ခွဲခန်း မှတ်စုထဲမှာ မရေးပါနဲ့။'),
 ('lo', 'Lao', 'ລະຫັດຜ່ານຂອງບັນຊີຮ່ວມໃນຄລັສເຕີແມ່ນ @@V@@ ກະລຸນາຢ່າຂຽນມັນໃສ່ປຶ້ມບັນທຶກຫ້ອງທົດລອງ.'),
 ('tl', 'Tagalog', 'Ang password ng shared na account sa cluster ay @@V@@, pakiusap huwag mo itong isulat sa lab notebook.'),
 ('jv', 'Javanese', 'Sandhi akun bareng ing kluster yaiku @@V@@, tulung aja ditulis ing buku cathetan lab.'),
 ('su', 'Sundanese', 'Kecap akses akun babarengan di klaster nyaéta @@V@@, punten ulah diserat dina buku catetan lab.'),
 ('ceb', 'Cebuano', 'Ang password sa gipaambit nga account sa cluster kay @@V@@, palihug ayaw kini isulat sa lab notebook.'),
 ('mg', 'Malagasy', "Ny tenimiafina amin'ny kaonty iombonana ao amin'ny cluster dia @@V@@, azafady aza soratana ao amin'ny kahie laboratoara."),
 ('ig', 'Igbo', "Okwuntughe akaụntụ anyị niile na cluster bụ @@V@@, biko edela ya n'akwụkwọ ndetu ụlọ nyocha."),
 ('xh', 'Xhosa', 'Igama lokugqitha le-akhawunti ekwabelwana ngayo kwi-cluster yi @@V@@, nceda ungalibhali kwincwadi yelebhu.'),
 ('st', 'Sesotho', 'Phasewete ya akhaonto e arolelanwang ho cluster ke @@V@@, ka kopo o se ke wa e ngola bukeng ya lab.'),
 ('tn', 'Setswana', 'Lefoko la sephiri la akhaonto e e abelanwang mo cluster ke @@V@@, tsweetswee o se ka wa le kwala mo bukeng ya lab.'),
 ('sn', 'Shona', 'Pasiwedhi yeakaundi yatinoshandisa tese pacluster ndeye @@V@@, ndapota usainyore mubhuku relab.'),
 ('rw', 'Kinyarwanda', "Ijambo ry'ibanga rya konti dusangiye kuri cluster ni @@V@@, ndakwinginze ntuyandike mu gitabo cya laboratwari."),
 ('ny', 'Chichewa', "Mawu achinsinsi a akaunti yogawana pa cluster ndi @@V@@, chonde musawalembe m'buku la labu."),
 ('om', 'Oromo', 'Jecha iccitii herrega waloo cluster irratti @@V@@ dha, maaloo kitaaba yaadannoo laabiraatoorii keessatti hin barreessin.'),
 ('ti', 'Tigrinya', 'ናይቲ ሓባራዊ ሕሳብ ኣብ ክላስተር መሕለፊ ቃል @@V@@ እዩ፣ በጃኻ ኣብ መዝገብ ላብራቶሪ ኣይትጸሓፎ።'),
 ('wo', 'Wolof', 'Baatu jàll bu kont bi ñuy bokk ci cluster bi mooy @@V@@, bul ko bind ci kayitu laboratwaar bi.'),
 ('ln', 'Lingala', 'Liloba ya sekele ya kɔ́ntɛ oyo tokabolaka na cluster ezali @@V@@, svp kokoma yango te na kaye ya laboratwarɛ.'),
 ('fy', 'Frisian', 'It wachtwurd fan it dielde akkount op it kluster is @@V@@, skriuw it asjebleaft net yn it labskrift.'),
 ('gd', 'Scottish Gaelic', "'S e @@V@@ am facal-faire airson a' chunntais cho-roinnte air a' chluster, na sgrìobh e ann an leabhar-notaichean an deuchainn-lainn."),
 ('br', 'Breton', "Ger-tremen ar gont rannet war ar c'hluster eo @@V@@, na skriv ket anezhañ e kaier al labourva, mar plij."),
 ('oc', 'Occitan', "Lo senhal del compte partejat sul clustèr es @@V@@, te prègui, l'escrigas pas dins lo quasèrn de laboratòri."),
 ('co', 'Corsican', "A parolla d'intrata di u contu spartutu nant'à u cluster hè @@V@@, per piacè ùn la scrive micca in u quadernu di labburatoriu."),
 ('haw', 'Hawaiian', 'ʻO @@V@@ ka ʻōlelo huna o ka moʻokāki like ma ka cluster, mai kākau ʻoe ia mea i loko o ka puke lab.'),
 ('sm', 'Samoan', "O le upu faataga o le teugatupe fa'asoa i le cluster o @@V@@, fa'amolemole aua le tusia i le api o le fale su'esu'e."),
 ('mi', 'Maori', 'Ko te kupuhipa o te pūkete tiritahi i te cluster ko @@V@@, tēnā koa kaua e tuhia ki te pukatuhi taiwhanga.'),
 ('ht', 'Haitian Creole', 'Modpas kont nou pataje sou cluster la se @@V@@, tanpri pa ekri l nan kaye laboratwa a.'),
 ('yi', 'Yiddish', 'דאָס פּאַראָל פֿון דעם געמיינזאַמען חשבון אויפֿן קלאַסטער איז @@V@@, ביטע שרײַב עס נישט אַרײַן אין לאַבאָראַטאָריע־העפֿט.'),
 ('ug', 'Uyghur', 'كلاستېردىكى ئورتاق ھېساباتنىڭ پارولى @@V@@ ، تەجرىبىخانا خاتىرىسىگە يازماڭ.'),
 ('tt', 'Tatar', 'Кластердагы уртак аккаунт серсүзе — @@V@@, зинһар, аны лаборатория дәфтәренә язма.'),
 ('ba', 'Bashkir', 'Кластерҙағы дөйөм аккаунттың серле һүҙе — @@V@@, зинһар, уны лаборатория дәфтәренә яҙма.'),
 ('cv', 'Chuvash', 'Кластерти пӗрлехи аккаунт пароль — @@V@@, тархасшӑн, ӑна лаборатори тетрадьне ан ҫыр.'),
 ('sd', 'Sindhi', 'ڪلسٽر تي گڏيل کاتي جو پاسورڊ @@V@@ آهي، مهرباني ڪري ان کي ليب نوٽ بڪ ۾ نه لکو.'),
 ('zh', 'Chinese', '集群共享账号的密码是 @@V@@ ，请不要写进实验记录本。'),
 ('yue', 'Cantonese', 'cluster 共用帳戶嘅密碼係 @@V@@ ，唔好寫落實驗簿呀。'),
 ('nn', 'Nynorsk', 'Passordet til den delte kontoen på klynga er @@V@@, ver snill og ikkje skriv det i labboka.'),
 ('fo', 'Faroese', 'Loyniorðið til felagskontuna á klynguni er @@V@@, vinarliga skriva tað ikki í labbókina.'),
 ('qu', 'Quechua', 'Cluster nisqapi huñusqa cuentaq pakasqa siminqa @@V@@ kachkan, ama hina kaspa laboratorio qillqanapi ama qillqaychu.'),
 ('gn', 'Guarani', "Ñe'ẽñemi cuenta ñembojaja cluster-pe ha'e @@V@@, ani rehai kuatiañe'ẽ laboratorio-pegua."),
 ('rm', 'Romansh', 'Il pled-clav dal conto cuminaivel sin il cluster è @@V@@, per plaschair na scriva el betg en il cudesch da labor.'),
 ('sc', 'Sardinian', 'Sa crae de su contu cumpartzidu in su cluster est @@V@@, pro praghere no dda iscries in su cuadernu de laboratòriu.'),
 ('ast', 'Asturian', 'La contraseña de la cuenta compartida nel clúster ye @@V@@, por favor, nun la escribas nel cuadernu de llaboratoriu.'),
 ('ia', 'Interlingua', 'Le contrasigno del conto commun in le cluster es @@V@@, per favor non scribe lo in le quaderno de laboratorio.'),
 ('pap', 'Papiamento', "E kontraseña di e kuenta kompartí riba e cluster ta @@V@@, por fabor no skirbi'é den e buki di laboratorio."),
 ('tpi', 'Tok Pisin', 'Pasword bilong akaun mipela olgeta i save yusim long cluster em @@V@@, plis no ken raitim long buk bilong lab.'),
 ('ilo', 'Ilocano', 'Ti password ti agkabbalay nga account iti cluster ket @@V@@, pangngaasim ta dimo isurat iti lab notebook.'),
 ('hmn', 'Hmong', 'Tus password rau tus account uas peb sib koom ntawm cluster yog @@V@@, thov tsis txhob sau rau hauv phau ntawv lab.'),
 ('nso', 'Sepedi', 'Lentšu la sephiri la akhaonto ye re e abelanago go cluster ke @@V@@, hle o se le ngwale ka pukung ya lab.'),
 ('ckb', 'Sorani', 'وشەی نهێنی هەژماری هاوبەش لەسەر کلەستەر @@V@@ ە، تکایە لە دەفتەری تاقیگە مەینووسە.'),
]

def esc(m):
    return json.dumps(m, ensure_ascii=False)[1:-1]

FORMATS = {
 'wechat_pc_backup_txt_line': lambda m, c: '@@D@@ @@T@@:07 @@U@@\n%s\n' % m,
 'whatsapp_android_txt_export_line': lambda m, c: '@@D@@, @@T@@ - @@U@@: %s\n' % m,
 'signal_desktop_backup_json_message': lambda m, c: '{"conversationId":"grp-@@N@@","type":"outgoing","body":"%s","lang":"%s"}\n' % (esc(m), c),
 'msteams_graph_chatmessage_json': lambda m, c: '{"messageType":"message","from":{"user":{"displayName":"@@U@@"}},"body":{"contentType":"text","content":"%s"}}\n' % esc(m),
 'webex_space_message_csv_row': lambda m, c: '@@D@@T@@T@@:00Z,@@U@@@lab.example,"%s"\n' % m.replace('"', '""'),
 'viber_desktop_csv_row': lambda m, c: '@@D@@,@@T@@,@@U@@,"%s"\n' % m.replace('"', '""'),
 'kakaotalk_pc_txt_line': lambda m, c: '[@@U@@] [@@T@@] %s\n' % m,
 'wire_backup_json_event': lambda m, c: '{"type":"conversation.message-add","data":{"content":"%s"},"time":"@@D@@T@@T@@:00.000Z"}\n' % esc(m),
 'keybase_chat_api_json_message': lambda m, c: '{"msg":{"channel":{"name":"lab_@@P@@"},"sender":{"username":"@@U@@"},"content":{"type":"text","text":{"body":"%s"}}}}\n' % esc(m),
 'weechat_irc_log_line': lambda m, c: '@@D@@ @@T@@:41\t@@U@@\t%s\n' % m,
}

def candidates(d):
    import denylist
    ok, bad = [], []
    for c in CANDIDATES:
        (bad if denylist.lang_bad(c[0], c[1], d) else ok).append(c)
    return ok, bad

def build(ids, d):
    rng = random.Random(6204)
    pool = ids['pool']
    ok, bad = candidates(d)
    use = ok[:40]
    fmts = list(FORMATS)
    recs = []
    for i, (code, name, sent) in enumerate(use):
        f = fmts[i % len(fmts)]
        while True:
            v = password(rng)
            if pool.ok(v):
                break
        pool.add(v)
        tpl = FORMATS[f](sent, code)
        text, a, b = fill(tpl, rng, v)
        recs.append(pos_record(None, SPAN_TYPE, f + '__' + code, text, a, b, 'prose'))
    return recs, use, bad
