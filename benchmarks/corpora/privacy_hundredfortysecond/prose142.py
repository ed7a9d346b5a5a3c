"""Prose: someone tells a colleague the station back-office PC password, in 40+ languages."""
from common142 import G, span_rec

TYPE = "station_office_pc_password_shared_in_words"
FORMATS = ["station_manager_line_chat", "forecourt_night_shift_email", "carwash_attendant_sms", "fuel_pos_helpdesk_reply"]

# (iso 639-3, English name, sentence with {V})
LANGS = [
    ("nob", "Norwegian Bokmål", "Passordet til kontor-PC-en på stasjonen er {V} – ikke del det videre, er du snill."),
    ("fao", "Faroese", "Loyniorðið til skrivstovutelduna á stöðini er {V} – vinarliga ikki send tað víðari."),
    ("glg", "Galician", "O contrasinal do ordenador da oficina da gasolineira é {V} – por favor, non o reenvíes a ninguén."),
    ("oci", "Occitan", "Lo senhal de l'ordenador del burèu de l'estacion es {V} – te prègui de lo pas mandar a degun."),
    ("bre", "Breton", "Ger-tremen urzhiataer burev ar stal-esañs eo {V} – na gas ket anezhañ da zen all, mar plij."),
    ("ltz", "Luxembourgish", "D'Passwuert fir de Büro-PC vun der Tankstell ass {V} – gëff et w.e.g. net weider."),
    ("roh", "Romansh", "Il pled-clav per il computer da biro da la staziun da benzin è {V} – per plaschair na al dà betg vinavant."),
    ("srp", "Serbian", "Лозинка за канцеларијски рачунар на пумпи је {V} – молим те, не прослеђуј је даље."),
    ("bos", "Bosnian", "Šifra za kancelarijski računar na pumpi je {V} – molim te, ne šalji je nikome dalje."),
    ("ita", "Italian", "La password del PC dell'ufficio del distributore è {V} – per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "A senha do computador do escritório do posto é {V} – por favor, não a repasse a ninguém."),
    ("rus", "Russian", "Пароль от офисного компьютера на заправке: {V} – пожалуйста, никому его не пересылай."),
    ("heb", "Hebrew", "הסיסמה למחשב המשרד בתחנת הדלק היא {V} – בבקשה אל תעביר אותה הלאה."),
    ("jpn", "Japanese", "ガソリンスタンド事務所のPCのパスワードは {V} です。他の人には転送しないでください。"),
    ("kor", "Korean", "주유소 사무실 PC 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin", "加油站办公室电脑的密码是 {V} ，请不要转发给别人。"),
    ("yue", "Cantonese", "油站寫字樓部電腦嘅密碼係 {V} ，唔好轉畀其他人呀。"),
    ("hin", "Hindi", "पेट्रोल पंप के दफ़्तर वाले कंप्यूटर का पासवर्ड {V} है – कृपया इसे किसी को आगे मत भेजना।"),
    ("ben", "Bengali", "পেট্রোল পাম্পের অফিসের কম্পিউটারের পাসওয়ার্ড {V} – দয়া করে এটা কাউকে ফরোয়ার্ড কোরো না।"),
    ("guj", "Gujarati", "પેટ્રોલ પંપની ઑફિસના કમ્પ્યુટરનો પાસવર્ડ {V} છે – મહેરબાની કરીને કોઈને આગળ મોકલશો નહીં."),
    ("kan", "Kannada", "ಪೆಟ್ರೋಲ್ ಬಂಕ್ ಕಚೇರಿಯ ಕಂಪ್ಯೂಟರ್ ಪಾಸ್‌ವರ್ಡ್ {V} – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "പെട്രോൾ പമ്പ് ഓഫീസിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("ory", "Odia", "ପେଟ୍ରୋଲ ପମ୍ପ ଅଫିସ କମ୍ପ୍ୟୁଟରର ପାସୱାର୍ଡ {V} – ଦୟାକରି ଏହାକୁ କାହାକୁ ଫରୱାର୍ଡ କରନ୍ତୁ ନାହିଁ।"),
    ("asm", "Assamese", "পেট্ৰ'ল পাম্পৰ কাৰ্যালয়ৰ কম্পিউটাৰৰ পাছৱৰ্ড {V} – অনুগ্ৰহ কৰি কাকো ফৰৱাৰ্ড নকৰিব।"),
    ("mya", "Burmese", "ဓာတ်ဆီဆိုင် ရုံးခန်း ကွန်ပျူတာ စကားဝှက်က {V} ပါ – ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("tgk", "Tajik", "Рамзи компютери идораи нуқтаи сӯзишворӣ {V} аст – лутфан онро ба касе нафиристед."),
    ("kir", "Kyrgyz", "Май куюучу жайдын кеңсе компьютеринин сырсөзү {V} – суранам, аны эч кимге жөнөтпө."),
    ("tuk", "Turkmen", "Ýangyç beketiniň ofis kompýuteriniň açar sözi {V} – haýyş, ony hiç kime iberme."),
    ("tat", "Tatar", "Ягулык салу станциясе офис компьютерының серсүзе {V} – зинһар, аны беркемгә дә җибәрмә."),
    ("bak", "Bashkir", "Яғыулыҡ станцияһы офис компьютерының серһүҙе {V} – зинһар, уны бер кемгә лә ебәрмә."),
    ("uig", "Uyghur", "ماي قاچىلاش پونكىتى ئىشخانا كومپيۇتېرىنىڭ مەخپىي نومۇرى {V} – ئۇنى ھېچكىمگە يوللىماڭ."),
    ("hau", "Hausa", "Kalmar sirri ta kwamfutar ofishin gidan mai ita ce {V} – don Allah kada ka tura ta ga kowa."),
    ("ibo", "Igbo", "Okwuntughe kọmputa ọfịs ọdụ mmanụ ụgbọala bụ {V} – biko ezigala ya onye ọzọ."),
    ("zul", "Zulu", "Iphasiwedi yekhompyutha yasehhovisi lesiteshi sikaphethiloli ithi {V} – ngicela ungayidluliseli kumuntu."),
    ("sna", "Shona", "Pasiwedhi yekombiyuta yehofisi yepagaraji yemafuta ndeye {V} – ndapota usaipa kune mumwe munhu."),
    ("tir", "Tigrinya", "ናይ ቤት ጽሕፈት ነዳዲ መደበር ኮምፒተር መሕለፊ ቃል {V} እዩ – በጃኻ ንኻልእ ሰብ ኣይተሕልፎ።"),
    ("mlg", "Malagasy", "Ny tenimiafina amin'ny solosaina ao amin'ny biraon'ny fivarotana solika dia {V} – aza alefa amin'olona azafady."),
    ("smo", "Samoan", "O le upu faalilolilo o le komepiuta o le ofisa o le nofoaga suauu o le {V} – faamolemole aua le auina atu i se isi."),
    ("mri", "Maori", "Ko te kupuhipa mō te rorohiko o te tari o te teihana penehīni ko {V} – tēnā koa, kaua e tukuna ki tētahi atu."),
    ("jav", "Javanese", "Sandhi komputer kantor pom bensin yaiku {V} – tulung aja diterusake menyang sapa-sapa."),
    ("sun", "Sundanese", "Kecap konci komputer kantor pom bensin téh {V} – punten ulah diteruskeun ka saha waé."),
    ("zsm", "Malay", "Kata laluan komputer pejabat stesen minyak ialah {V} – tolong jangan kongsikan dengan sesiapa."),
    ("ceb", "Cebuano", "Ang password sa kompyuter sa opisina sa gasolinahan kay {V} – palihug ayaw ipasa kang bisan kinsa."),
    ("kmr", "Kurmanji", "Şîfreya komputera ofîsa benzînxaneyê {V} e – ji kerema xwe wê ji kesî re neşîne."),
    ("pus", "Pashto", "د تېلو د سټېشن د دفتر د کمپیوټر پټنوم {V} دی – مهرباني وکړئ چا ته یې مه لېږئ."),
    ("snd", "Sindhi", "پيٽرول پمپ جي آفيس واري ڪمپيوٽر جو پاسورڊ {V} آهي – مهرباني ڪري ڪنهن کي به اڳتي نه موڪليو."),
    ("hat", "Haitian Creole", "Modpas òdinatè biwo estasyon gaz la se {V} – tanpri pa voye l bay pèsonn."),
    ("nya", "Chichewa", "Mawu achinsinsi a kompyuta ya ku ofesi ya malo ogulitsira mafuta ndi {V} – chonde musawatumize kwa wina aliyense."),
    ("wol", "Wolof", "Baatu jàll bu ordinatëru biro bu estaasiyoŋ esaans bi mooy {V} – bul ko yónnee kenn."),
    ("tsn", "Tswana", "Lefoko la sephiri la khomputara ya ofisi ya seteišene sa peterole ke {V} – tswee-tswee o se ka wa le romelela ope."),
    ("ydd", "Yiddish", "דאָס פּאַראָל פֿאַרן אָפֿיס־קאָמפּיוטער אויף דער בענזין־סטאַנציע איז {V} – ביטע שיק עס נישט ווייטער."),
]


def build(start, lang_denied):
    g = G(14204)
    dropped = [(c, n) for c, n, _ in LANGS if lang_denied(c, n)]
    kept = [l for l in LANGS if (l[0], l[1]) not in dropped][:40]
    out = []
    for i, (code, name, sent) in enumerate(kept):
        v = g.pw()
        text = sent.replace("{V}", v)
        out.append(span_rec("p142-s-%04d" % (start + i), TYPE, FORMATS[i % 4] + "__" + code, text, v, "prose"))
    return out, dropped, [l[0] for l in LANGS if l not in kept and (l[0], l[1]) not in dropped], kept
