import random
from common141 import *
# code, English name, sentence ({V} = password, always space-separated)
P = [
 ('cat', 'Catalan', "Hola Marta, la contrasenya del servidor de la parròquia és {V} i si us plau no la reenviïs a ningú."),
 ('eus', 'Basque', "Kaixo Ane, parrokiako zerbitzariaren pasahitza {V} da, mesedez ez bidali inori."),
 ('glg', 'Galician', "Ola Xoán, o contrasinal do servidor da parroquia é {V} e por favor non o reenvíes."),
 ('gle', 'Irish', "A Sheáin, is é {V} pasfhocal fhreastalaí an pharóiste, ná seol ar aghaidh é le do thoil."),
 ('gla', 'Gaelic', "A Mhàiri, is e {V} am facal-faire airson frithealaiche na h-eaglaise, na cuir air adhart e."),
 ('bre', 'Breton', "Demat Yann, ger-tremen servijer ar barrez eo {V} , arabat e gas da zen all mar plij."),
 ('ltz', 'Luxembourgish', "Moien Luc, d'Passwuert vum Parverserver ass {V} , w.e.g. net weiderschécken."),
 ('fry', 'Frisian', "Hoi Sjoerd, it wachtwurd fan de tsjerketsjinner is {V} , stjoer it asjebleaft net troch."),
 ('oci', 'Occitan', "Adiu Pèire, lo senhal del servidor de la parròquia es {V} , o mandes pas a degun."),
 ('cos', 'Corsican', "Bonghjornu Ghjuvan, a parolla d'intrata di u servitore di a parrocchia hè {V} , ùn la mandà à nimu."),
 ('srd', 'Sardinian', "Salude Bainzu, sa crae de su server de sa parròchia est {V} , no la mandes a nemmancu unu."),
 ('roh', 'Romansh', "Allegra Gian, il pled-clav dal server da la pravenda è {V} , per plaschair betg al trametter vinavant."),
 ('bos', 'Bosnian', "Zdravo Amela, lozinka za server džemata je {V} , molim te ne šalji je nikome."),
 ('srp', 'Serbian', "Здраво Марко, лозинка за сервер парохије је {V} , молим те не прослеђуј је."),
 ('epo', 'Esperanto', "Saluton Petro, la pasvorto de la paroĥa servilo estas {V} , bonvolu ne plusendi ĝin."),
 ('ydd', 'Yiddish', "שלום משה, דאָס פּאַראָל פֿון דעם שול־סערווער איז {V} , ביטע שיק עס ניט ווייטער."),
 ('heb', 'Hebrew', "היי דוד, הסיסמה לשרת של בית הכנסת היא {V} , בבקשה אל תעביר אותה הלאה."),
 ('ckb', 'Sorani', "سڵاو ئاران، وشەی نهێنی سێرڤەری مزگەوت {V} ە ، تکایە بۆ کەسی تر مەینێرە."),
 ('pbt', 'Pashto', "سلام احمد، د جومات د سرور پټنوم {V} دی ، مهرباني وکړه بل چا ته یې مه لېږه."),
 ('tgk', 'Tajik', "Салом Фарҳод, рамзи сервери масҷид {V} аст , лутфан ба касе нафирист."),
 ('kir', 'Kyrgyz', "Салам Айбек, мечит серверинин сырсөзү {V} , эч кимге жөнөтпө."),
 ('tat', 'Tatar', "Сәлам Рөстәм, мәчет серверының серсүзе {V} , зинһар беркемгә дә җибәрмә."),
 ('bak', 'Bashkir', "Сәләм Азат, мәсет серверының серһүҙе {V} , зинһар, бер кемгә лә ебәрмә."),
 ('tuk', 'Turkmen', "Salam Merdan, metjidiň serweriniň açar sözi {V} , haýyş, hiç kime iberme."),
 ('uig', 'Uyghur', "ياخشىمۇسىز ئەخمەت، مەسچىت مۇلازىمېتىرىنىڭ پارولى {V} ، ھېچكىمگە ئەۋەتمەڭ."),
 ('mal', 'Malayalam', "ഹായ് ജോസ്, പള്ളി സെർവറിന്റെ പാസ്‌വേഡ് {V} ആണ് , ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
 ('kan', 'Kannada', "ನಮಸ್ಕಾರ ರವಿ, ದೇವಸ್ಥಾನದ ಸರ್ವರ್ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ."),
 ('guj', 'Gujarati', "નમસ્તે હિરેન, મંદિરના સર્વરનો પાસવર્ડ {V} છે , કૃપા કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
 ('ory', 'Odia', "ନମସ୍କାର ସୁରେଶ, ମନ୍ଦିର ସର୍ଭରର ପାସୱାର୍ଡ {V} , ଦୟାକରି କାହାକୁ ପଠାନ୍ତୁ ନାହିଁ।"),
 ('asm', 'Assamese', "নমস্কাৰ দীপক, নামঘৰৰ চাৰ্ভাৰৰ পাছৱৰ্ড {V} , অনুগ্ৰহ কৰি কাকো নপঠাব।"),
 ('bod', 'Tibetan', "བཀྲ་ཤིས་བདེ་ལེགས། དགོན་པའི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་གསང་ཚིག་ནི་ {V} ཡིན། གཞན་ལ་མ་གཏོང་།"),
 ('mya', 'Burmese', "ဟိုင်း ကိုအောင်၊ ဘုရားကျောင်း ဆာဗာ စကားဝှက်က {V} ပါ ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
 ('jav', 'Javanese', "Mas Bayu, sandhi server masjid yaiku {V} , aja dikirim menyang sapa-sapa ya."),
 ('sun', 'Sundanese', "Kang Asep, kecap konci server masjid téh {V} , punten ulah dikirimkeun ka saha waé."),
 ('zsm', 'Malay', "Hai Faizal, kata laluan pelayan surau ialah {V} , tolong jangan majukan kepada sesiapa."),
 ('ceb', 'Cebuano', "Uy Jun, ang password sa server sa parokya kay {V} , palihug ayaw i-forward bisan kinsa."),
 ('ilo', 'Ilocano', "Manong Ben, ti password ti server ti parokia ket {V} , dika koma ipatulod iti sabali."),
 ('mri', 'Maori', "Kia ora Hemi, ko te kupuhipa mō te tūmau o te whare karakia ko {V} , kaua e tukuna atu ki tētahi atu."),
 ('smo', 'Samoan', "Talofa Sione, o le upu lilo o le server a le ekalesia o {V} , faamolemole aua le lafoina i se isi."),
 ('ton', 'Tongan', "Mālō e lelei Viliami, ko e lea fufū ʻo e server ʻa e siasí ko {V} , kataki ʻoua ʻe ʻave ki ha taha."),
 ('haw', 'Hawaiian', "Aloha e Keoni, ʻo {V} ka ʻōlelo huna o ka server o ka hale pule , mai hoʻouna aku i kekahi."),
 ('hau', 'Hausa', "Sannu Musa, kalmar sirri ta sabar masallaci ita ce {V} , don Allah kada ka tura wa kowa."),
 ('ibo', 'Igbo', "Ndewo Chidi, okwuntughe nke sava ụka bụ {V} , biko ezigala ya onye ọzọ."),
 ('zul', 'Zulu', "Sawubona Sipho, iphasiwedi yeseva yebandla ithi {V} , ngicela ungayidluliseli kumuntu."),
 ('xho', 'Xhosa', "Molo Thando, igama lokugqithisa leseva yecawa ngu {V} , nceda musa ukulithumela nakubani."),
 ('afr', 'Afrikaans', "Hallo Pieter, die wagwoord vir die gemeente se bediener is {V} , moet dit asseblief nie aanstuur nie."),
 ('sna', 'Shona', "Mhoro Tendai, password yeseva yechechi ndeye {V} , ndapota usaitumira kune chero ani."),
 ('gaz', 'Oromo', "Akkam Tolaa, jechi darbii saarvarii waldaa {V} dha , maaloo nama biraatti hin ergin."),
 ('tir', 'Tigrinya', "ሰላም ዳዊት፣ ናይ ቤተ ክርስቲያን ሰርቨር መሕለፊ ቃል {V} እዩ ፣ በጃኻ ንማንም ኣይትስደዶ።"),
 ('plt', 'Malagasy', "Salama Rivo, ny tenimiafina an'ny mpizara fiangonana dia {V} , aza alefa amin'olona azafady."),
 ('wol', 'Wolof', "Salaam Moussa, baatu jall bu server bu jumaa ji mooy {V} , bul ko yónnee kenn."),
 ('hat', 'Haitian', "Bonjou Jan, modpas sèvè legliz la se {V} , tanpri pa voye l bay pèsonn."),
 ('quy', 'Quechua', "Allillanchu Kusi, iglesiapa servidorninpa pakasqa siminqa {V} , ama pimanpas apachiychu."),
]
FORMATS = ['parish_volunteer_whatsapp_line', 'diocese_office_mail_sentence', 'masjid_it_ticket_comment', 'temple_committee_sms']
def build(deny, seed=14104):
    r = random.Random(seed); used = set(); out = []; dropped = []
    L, N, W = set(deny['langs']), deny['_nameset'], deny['_wordset']
    for code, name, s in P:
        v = owner_pw(r, used)
        bad = code in L or code in N or code in W or any(w in L or w in N or w in W for w in name.lower().split())
        if bad: dropped.append(code); continue
        pre, post = s.split('{V}')
        i = len(out)
        out.append(dict(type='faith_server_password_told_in_message', container=FORMATS[i % 4] + '__' + code, text=pre + v + post, value=v, start=len(pre), source='prose', lang=(code, name)))
    return out[:40], dropped
