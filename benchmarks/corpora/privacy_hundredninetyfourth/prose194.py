"""Prose source: one sentence in each of 40 languages; someone tells a colleague the password
of the dive boat's logbook tablet and asks them not to forward it."""
import random

from common194 import MARK, owner_password, place

SEED = 19404
TYPE = "boat_logbook_tablet_password_in_message"
FORMATS = ["dive_crew_chat_line", "boat_captain_sms", "dive_centre_email_sentence",
           "divemaster_voice_note_transcript"]
V = "{V}"

# code, name, script, sentence
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für das Logbuch-Tablet auf dem Boot ist {V} – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del tablet del registro immersioni sulla barca è {V} – per favore non inoltrarla."),
    ("por", "Portuguese", "Latin", "A senha do tablet do diário de mergulho no barco é {V} – por favor não a reencaminhes."),
    ("glg", "Galician", "Latin", "O contrasinal da tableta do caderno de mergullo no barco é {V} – por favor non o reenvíes."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að köfunardagbókinni í spjaldtölvunni á bátnum er {V} – vinsamlegast ekki áframsenda það."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til loggbok-nettbrettet på båten er {V} – ikke send det videre, er du snill."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Tauch-Logbuch-Tablet um Boot ass {V} – w.e.g. net weiderschécken."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan it dûklogboek-tablet op 'e boat is {V} – stjoer it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {V} am facal-faire aig an tablaid leabhar-loga air a' bhàta – na cuir air adhart e, mas e do thoil e."),
    ("rus", "Russian", "Cyrillic", "Пароль от планшета с журналом погружений на лодке – {V} – пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за таблет са дневником роњења на броду је {V} – молим те, не прослеђуј је."),
    ("kaz", "Kazakh", "Cyrillic", "Қайықтағы сүңгу журналы планшетінің құпиясөзі {V} – өтінемін, ешкімге жіберме."),
    ("khk", "Halh Mongolian", "Cyrillic", "Завин дээрх шумбалтын бүртгэлийн таблетын нууц үг {V} – хэнд ч бүү дамжуулаарай."),
    ("uzb", "Uzbek", "Latin", "Qayiqdagi shoʻngʻin jurnali planshetining paroli {V} – iltimos, uni hech kimga yuborma."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה לטאבלט של יומן הצלילות בסירה היא {V} – בבקשה אל תעביר אותה הלאה."),
    ("arz", "Egyptian Arabic", "Arabic", "الباسورد بتاع تابلت دفتر الغطس اللي على المركب هو {V} – من فضلك ما تبعتهوش لحد."),
    ("hin", "Hindi", "Devanagari", "नाव पर रखे डाइव लॉगबुक टैबलेट का पासवर्ड {V} है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "নৌকার ডাইভ লগবুক ট্যাবলেটের পাসওয়ার্ড হলো {V} – দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "बोटीवरच्या डाइव्ह लॉगबुक टॅबलेटचा पासवर्ड {V} आहे – कृपया तो कोणालाही पुढे पाठवू नकोस."),
    ("sin", "Sinhala", "Sinhala", "බෝට්ටුවේ කිමිදුම් ලොග්බුක් ටැබ්ලට් එකේ මුරපදය {V} – කරුණාකර ඒක කාටවත් යවන්න එපා."),
    ("mya", "Burmese", "Myanmar", "လှေပေါ်က ရေငုပ်မှတ်တမ်း တက်ဘလက်ရဲ့ စကားဝှက်က {V} ပါ – ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់របស់ថេប្លេតកំណត់ហេតុមុជទឹកនៅលើទូកគឺ {V} – សូមកុំបញ្ជូនបន្តទៅអ្នកណាឡើយ។"),
    ("jpn", "Japanese", "Han and kana", "ボートにあるダイブログ用タブレットのパスワードは {V} です – 誰にも転送しないでください。"),
    ("kor", "Korean", "Hangul", "보트에 있는 다이빙 로그북 태블릿 비밀번호는 {V} 입니다 – 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "船上潜水日志平板的密码是 {V} ，请不要转发给任何人。"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan tablet buku log selam di atas bot ialah {V} – tolong jangan majukan kepada sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng tablet ng dive logbook sa bangka ay {V} – pakiusap, huwag mo itong i-forward kahit kanino."),
    ("ceb", "Cebuano", "Latin", "Ang password sa tablet sa dive logbook sa sakayan kay {V} – palihug ayaw kini ipasa bisan kinsa."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar hannu ta littafin nutsewa a cikin jirgin ruwa ita ce {V} – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà tablẹ́ẹ̀tì ìwé ìrìbọmi tó wà nínú ọkọ̀ ojú omi ni {V} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yethebhulethi yencwadi yokutshuza esikebheni ithi {V} – ngicela ungayidluliseli kumuntu."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafin'ny takelaka fitanana ny antsitrika ao amin'ny sambo dia {V} – aza alefa amin'olona azafady."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la plonĝtaglibra tabulkomputilo sur la boato estas {V} – bonvolu ne plusendi ĝin."),
    ("haw", "Hawaiian", "Latin", "ʻO {V} ka ʻōlelo huna o ka papa kamepiula no ka puke luʻu ma ka waʻa – mai hoʻouna aku i kekahi."),
    ("mri", "Maori", "Latin", "Ko {V} te kupuhipa o te papa rorohiko mō te pukapuka ruku i runga i te poti – kaua e tukuna atu ki tētahi atu."),
    ("smo", "Samoan", "Latin", "O le upu faalilolilo o le laulau komepiuta o le api maulu i luga o le vaa o {V} – faamolemole aua le auina atu i se isi."),
    ("ton", "Tongan", "Latin", "Ko e lea fakapulipuli ʻo e tāpileti ʻo e tohi uku ʻi he vaká ko {V} – kātaki ʻoua ʻe ʻave ia ki ha taha."),
    ("fij", "Fijian", "Latin", "Na vosa vuni ni tablet ni ivola ni nunu e na waqa e {V} – kerekere kakua ni vakauta vei ira tale eso."),
    ("div", "Dhivehi", "Thaana", "ދޯނީގައި ހުރި ޑައިވް ލޮގްބުކް ޓެބްލެޓްގެ ޕާސްވޯޑަކީ {V} – އެހެން މީހަކަށް ނުފޮނުވާތި."),
    ("pap", "Papiamento", "Latin", "E kontraseña di e tablet di e buki di sambuyá riba e boto ta {V} – por fabor no manda esaki pa niun hende."),
]
SPARES = [("fao", "Faroese"), ("bre", "Breton"), ("tet", "Tetum")]


def generate(registry):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = registry.draw(lambda: owner_password(rng, strict=True))
        fmt = FORMATS[i % len(FORMATS)]
        text, s, e = place(sent.replace(V, MARK), value)
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": TYPE}],
                     "source": "prose"})
    return recs
