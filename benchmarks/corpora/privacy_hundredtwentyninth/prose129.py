"""Prose: someone tells a colleague the permit-portal test account password in one of 40+ new languages."""
import random
from common129 import owner_pw

TYPE = 'civic_portal_password_shared_in_prose'
FORMATS = ['council_staff_signal_line', 'resident_helpdesk_reply_email', 'hackathon_discord_dm', 'permit_desk_ticket_note', 'ward_office_sms_row']

# (iso639-3, English name, sentence with {v})
L = [
    ('heb', 'Hebrew', 'הסיסמה לפורטל ההיתרים היא {v} , בבקשה אל תעביר אותה הלאה.'),
    ('guj', 'Gujarati', 'પરમિટ પોર્ટલનો પાસવર્ડ {v} છે, કૃપા કરીને કોઈને મોકલશો નહીં.'),
    ('kan', 'Kannada', 'ಪರವಾನಗಿ ಪೋರ್ಟಲ್ ಪಾಸ್‌ವರ್ಡ್ {v} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ.'),
    ('mal', 'Malayalam', 'പെർമിറ്റ് പോർട്ടലിന്റെ പാസ്‌വേഡ് {v} ആണ്, ദയവായി ആർക്കും അയക്കരുത്.'),
    ('mya', 'Burmese', 'ခွင့်ပြုချက် ပေါ်တယ် စကားဝှက်က {v} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။'),
    ('khk', 'Mongolian', 'Зөвшөөрлийн порталын нууц үг {v} , хэнд ч битгий дамжуулаарай.'),
    ('tgk', 'Tajik', 'Пароли портали иҷозатнома {v} аст, лутфан ба касе нафиристед.'),
    ('kir', 'Kyrgyz', 'Уруксат порталынын сырсөзү {v} , эч кимге жөнөтпөңүз.'),
    ('tuk', 'Turkmen', 'Rugsat portalynyň açar sözi {v} , hiç kime ibermäň.'),
    ('tat', 'Tatar', 'Рөхсәт порталының серсүзе {v} , зинһар, беркемгә дә җибәрмәгез.'),
    ('bak', 'Bashkir', 'Рөхсәт порталының серһүҙе {v} , зинһар, бер кемгә лә ебәрмәгеҙ.'),
    ('uig', 'Uyghur', 'ئىجازەت پورتالىنىڭ مەخپىي نومۇرى {v} ، ھېچكىمگە ئەۋەتمەڭ.'),
    ('lug', 'Ganda', "Ekigambo ky'okuyingira ku mukutu gwa layisinsi kiri {v} , tokiweereza muntu yenna."),
    ('lin', 'Lingala', 'Mot de passe ya portail ya ndingisa ezali {v} , kotindela moto te.'),
    ('wol', 'Wolof', 'Baatu jàll bu portail bi mooy {v} , bul ko yónnee kenn.'),
    ('tir', 'Tigrinya', 'ፓስዎርድ ናይ ፍቓድ ፖርታል {v} እዩ፣ ንማንም ኣይትስደዶ።'),
    ('kik', 'Kikuyu', 'Password ya portal ya rũtha nĩ {v} , ndũkamĩtũmĩre mũndũ.'),
    ('nya', 'Chichewa', 'Mawu achinsinsi a portal ya zilolezo ndi {v} , musawatumize kwa wina aliyense.'),
    ('tsn', 'Tswana', 'Lefoko la sephiri la portal ya ditetla ke {v} , o se ka wa le romela ope.'),
    ('ssw', 'Swati', 'Iphasiwedi ye-portal yemvume ngu {v} , ungayitfumeli muntfu.'),
    ('ven', 'Venda', 'Phasiwede ya portal ya thendelo ndi {v} , ni songo i rumela muthu.'),
    ('tso', 'Tsonga', 'Phasiwedi ya portal ya mpfumelelo i {v} , u nga yi rhumeli munhu.'),
    ('smo', 'Samoan', 'O le upu faalilolilo mo le portal o pemita o {v} , aua le auina atu i se isi.'),
    ('ton', 'Tongan', 'Ko e lea fufū ki he portal ngofua ko e {v} , ʻoua ʻe ʻave ki ha taha.'),
    ('mri', 'Maori', 'Ko te kupuhipa mō te tomokanga whakaaetanga ko {v} , kaua e tukuna ki tētahi atu.'),
    ('haw', 'Hawaiian', 'ʻO ka ʻōlelo huna no ka portal palapala ʻae ʻo {v} , mai hoʻouna i kekahi.'),
    ('ceb', 'Cebuano', 'Ang password sa permit portal kay {v} , ayaw ipasa bisan kinsa.'),
    ('ilo', 'Ilocano', 'Ti password ti permit portal ket {v} , dika ited iti siasinoman.'),
    ('jav', 'Javanese', 'Tembung sandhi portal ijin yaiku {v} , aja dikirim menyang sapa-sapa.'),
    ('sun', 'Sundanese', 'Kecap konci portal idin nyaéta {v} , ulah dikirimkeun ka saha waé.'),
    ('zsm', 'Malay', 'Kata laluan portal permit ialah {v} , tolong jangan hantar kepada sesiapa.'),
    ('fry', 'Frisian', 'It wachtwurd fan it fergunningsportaal is {v} , stjoer it asjebleaft net troch.'),
    ('roh', 'Romansh', 'Il pled-clav dal portal da permissiuns è {v} , per plaschair betg il trametter vinavant.'),
    ('cos', 'Corsican', "A parolla d'intrata di u portale di i permessi hè {v} , ùn la mandate à nimu."),
    ('que', 'Quechua', 'Permiso portalpa pakasqa siminqa {v} mi, ama pimanpas apachiychu.'),
    ('grn', 'Guarani', "Portal permiso ñe'ẽñemi ha'e {v} , ani emondo avavépe."),
    ('aym', 'Aymara', 'Permiso portal jamasat arupax {v} ukawa, janiw khitirus apayamti.'),
    ('div', 'Dhivehi', 'ހުއްދަ ޕޯޓަލްގެ ޕާސްވޯޑަކީ {v} ، އެއްވެސް މީހަކަށް ނުފޮނުވާށެވެ.'),
    ('bod', 'Tibetan', 'ཆོག་མཆན་དྲ་ངོས་ཀྱི་གསང་ཚིག་ནི་ {v} ཡིན། སུ་ལའང་མ་གཏོང་།'),
    ('snd', 'Sindhi', 'پرمٽ پورٽل جو پاسورڊ {v} آهي، مهرباني ڪري ڪنهن کي به نه موڪليو.'),
    ('ydd', 'Yiddish', 'דאָס פּאַסוואָרט פֿאַרן דערלויבעניש־פּאָרטאַל איז {v} , ביטע שיק עס ניט ווייטער.'),
    ('ast', 'Asturian', 'La contraseña del portal de permisos ye {v} , por favor nun la mandes a naide.'),
    ('srd', 'Sardinian', 'Sa crae de su portale de is permissos est {v} , no dda mandes a nemos.'),
    ('scn', 'Sicilian', "La palora d'accessu dû portali dî pirmessi è {v} , nun la mannari a nuddu."),
    ('pap', 'Papiamento', 'E kontraseña di e portal di permiso ta {v} , no manda esaki pa niun hende.'),
    ('bis', 'Bislama', 'Pasword blong permit portal hem i {v} , yu no sendem i go long narafala man.'),
    ('ewe', 'Ewe', 'Permit portal la ƒe nya ɣaɣla enye {v} , mègaɖoe ɖe ame aɖeke o.'),
    ('fur', 'Friulian', 'La peraule clâf dal portâl dai permès e je {v} , no mandâle a nissun.'),
]


def generate(deny, seed=12904, want=40):
    rng = random.Random(seed)
    out, dropped = [], []
    bad = set(deny['names']) | set(deny['languages']) | set(deny['words'])
    for code, name, sent in L:
        if len(out) == want:
            break
        if code in bad or any(w in bad for w in name.lower().split()):
            dropped.append(code)
            continue
        v = owner_pw(rng)
        a, b = sent.split('{v}')
        text = a + v + b
        fmt = FORMATS[len(out) % len(FORMATS)]
        out.append({'type': TYPE, 'container': fmt + '__' + code, 'text': text, 'secrets': [{'value': v, 'start': len(a), 'end': len(a) + len(v), 'type': TYPE}], 'source': 'prose', '_lang': (code, name)})
    return out, dropped
