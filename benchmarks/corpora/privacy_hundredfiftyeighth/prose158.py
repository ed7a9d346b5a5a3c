"""Prose: a person tells a colleague the door-control workstation password, in 40 languages."""
from gen158 import owner_password

TYPE = "door_control_workstation_password_said_in_chat"
FORMATS = ["jail_shift_signal_message", "sheriff_office_mail_sentence", "jms_helpdesk_ticket_reply", "control_room_radio_log_line"]

# (iso639-3, English name, sentence with {P})
LANGS = [
    ("por", "Portuguese", "A senha da estação de controlo das portas na sala B é {P} , por favor não a reencaminhes."),
    ("ita", "Italian", "La password della postazione di controllo porte nella sala B è {P} , per favore non inoltrarla."),
    ("glg", "Galician", "O contrasinal do posto de control das portas na sala B é {P} , por favor non o reenvíes."),
    ("oci", "Occitan", "Lo senhal del pòste de contraròtle de las pòrtas en sala B es {P} , te prègui de lo pas mandar a degun."),
    ("isl", "Icelandic", "Lykilorðið að hurðastjórnstöðinni í stjórnherbergi B er {P} , vinsamlegast ekki áframsenda það."),
    ("nob", "Norwegian Bokmal", "Passordet til dørkontrollstasjonen i kontrollrom B er {P} , ikke videresend det."),
    ("fao", "Faroese", "Loyniorðið til hurðastýristøðina í stýrirúmi B er {P} , vinarliga send tað ikki víðari."),
    ("ltz", "Luxembourgish", "D'Passwuert fir d'Dierekontrollstatioun am Kontrollraum B ass {P} , schéck et w.e.g. net weider."),
    ("fry", "Western Frisian", "It wachtwurd fan it doarkontrôlestasjon yn keamer B is {P} , stjoer it asjebleaft net troch."),
    ("bre", "Breton", "Ger-tremen an ardivink dorioù e sal B eo {P} , na gas ket anezhañ da zen all mar plij."),
    ("gla", "Scottish Gaelic", "Is e am facal-faire airson stèisean smachd nan dorsan ann an seòmar B {P} , na cuir air adhart e."),
    ("rus", "Russian", "Пароль от станции управления дверями в пультовой Б — {P} , пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Лозинка за станицу за контролу врата у контролној соби Б је {P} , молим те не прослеђуј је."),
    ("bos", "Bosnian", "Šifra za stanicu za kontrolu vrata u kontrolnoj sobi B je {P} , molim te nemoj je prosljeđivati."),
    ("kaz", "Kazakh", "Б басқару бөлмесіндегі есік басқару станциясының құпиясөзі {P} , оны ешкімге жіберме."),
    ("uzn", "Northern Uzbek", "B boshqaruv xonasidagi eshik boshqaruv stansiyasining paroli {P} , iltimos, uni hech kimga yuborma."),
    ("kir", "Kyrgyz", "Б башкаруу бөлмөсүндөгү эшик башкаруу станциясынын сырсөзү {P} , аны эч кимге жөнөтпө."),
    ("tgk", "Tajik", "Пароли истгоҳи идораи дарҳо дар ҳуҷраи Б {P} аст , лутфан онро ба касе нафирист."),
    ("khk", "Halh Mongolian", "Б хяналтын өрөөний хаалганы удирдлагын станцын нууц үг {P} , хэнд ч бүү дамжуулаарай."),
    ("heb", "Hebrew", "הסיסמה של עמדת בקרת הדלתות בחדר הבקרה ב היא {P} , בבקשה אל תעביר אותה הלאה."),
    ("kmr", "Northern Kurdish", "Şîfreya stasyona kontrola deriyan li odeya B {P} e , ji kerema xwe wê ji kesî re neşîne."),
    ("pbt", "Southern Pashto", "د ب کنټرول خونې د دروازو د کنټرول سټیشن پټنوم {P} دی ، مهرباني وکړه چا ته یې مه لېږه."),
    ("hin", "Hindi", "कंट्रोल रूम बी में दरवाज़ा नियंत्रण स्टेशन का पासवर्ड {P} है , कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "কন্ট্রোল রুম বি-র দরজা নিয়ন্ত্রণ স্টেশনের পাসওয়ার্ড {P} , দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "कंट्रोल रूम बी मधील दरवाजा नियंत्रण स्टेशनचा पासवर्ड {P} आहे , कृपया तो कोणालाही पाठवू नकोस."),
    ("guj", "Gujarati", "કંટ્રોલ રૂમ બીના દરવાજા નિયંત્રણ સ્ટેશનનો પાસવર્ડ {P} છે , મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરતો."),
    ("tel", "Telugu", "కంట్రోల్ రూమ్ బీ లోని డోర్ కంట్రోల్ స్టేషన్ పాస్‌వర్డ్ {P} , దయచేసి ఎవరికీ ఫార్వర్డ్ చేయకు."),
    ("kan", "Kannada", "ಕಂಟ್ರೋಲ್ ರೂಮ್ ಬಿ ಯ ಬಾಗಿಲು ನಿಯಂತ್ರಣ ಕೇಂದ್ರದ ಪಾಸ್‌ವರ್ಡ್ {P} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡ."),
    ("mal", "Malayalam", "കൺട്രോൾ റൂം ബിയിലെ ഡോർ കൺട്രോൾ സ്റ്റേഷന്റെ പാസ്‌വേഡ് {P} ആണ് , ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "පාලන කාමරය B හි දොර පාලන ස්ථානයේ මුරපදය {P} , කරුණාකර එය කිසිවෙකුට යොමු කරන්න එපා."),
    ("mya", "Burmese", "ထိန်းချုပ်ခန်း B ရှိ တံခါးထိန်းချုပ်စခန်း၏ စကားဝှက်မှာ {P} ဖြစ်သည် ၊ ကျေးဇူးပြု၍ မည်သူ့ကိုမျှ မပို့ပါနှင့်။"),
    ("khm", "Khmer", "ពាក្យសម្ងាត់ស្ថានីយគ្រប់គ្រងទ្វារ នៅបន្ទប់បញ្ជា B គឺ {P} សូមកុំបញ្ជូនវាទៅអ្នកណា។"),
    ("jpn", "Japanese", "管制室Bの扉制御端末のパスワードは {P} です。誰にも転送しないでください。"),
    ("kor", "Korean", "통제실 B 출입문 제어 단말 비밀번호는 {P} 입니다. 아무에게도 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "B号控制室门禁控制终端的密码是 {P} ，请不要转发给任何人。"),
    ("zsm", "Standard Malay", "Kata laluan stesen kawalan pintu di bilik kawalan B ialah {P} , tolong jangan majukan kepada sesiapa."),
    ("tgl", "Tagalog", "Ang password ng door control station sa control room B ay {P} , pakiusap huwag mo itong ipasa kahit kanino."),
    ("jav", "Javanese", "Sandhi stasiun kontrol lawang ing ruang kontrol B yaiku {P} , aja diterusake menyang sapa-sapa ya."),
    ("hau", "Hausa", "Kalmar sirri ta tashar sarrafa kofofi a dakin sarrafawa B ita ce {P} , don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Ọ̀rọ̀ aṣínà ibùdó ìṣàkóso ilẹ̀kùn ní yàrá B ni {P} , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("ibo", "Igbo", "Okwuntughe nke ọdụ njikwa ọnụ ụzọ n'ime ụlọ njikwa B bụ {P} , biko ezigala ya onye ọ bụla."),
    ("kin", "Kinyarwanda", "Ijambo ry'ibanga rya sitasiyo igenzura inzugi mu cyumba B ni {P} , ntukarihererekanye."),
    ("plt", "Plateau Malagasy", "Ny teny miafina amin'ny toeram-pifehezana varavarana ao amin'ny efitrano B dia {P} , aza alefa amin'olona azafady."),
    ("epo", "Esperanto", "La pasvorto de la pordkontrola stacio en kontrolĉambro B estas {P} , bonvolu ne plusendi ĝin."),
    ("quy", "Ayacucho Quechua", "B kamachina wasipi punku kamachiq estacionpa pakasqa simin {P} , ama pimanpas apachiychu."),
    ("hat", "Haitian Creole", "Modpas estasyon kontwòl pòt yo nan sal kontwòl B a se {P} , tanpri pa voye l bay pèsonn."),
    ("smo", "Samoan", "O le upu faalilo o le nofoaga e pulea ai faitotoa i le potu B o le {P} , faamolemole aua le lafoina i se isi."),
    ("mri", "Maori", "Ko te kupuhipa o te teihana whakahaere kūaha i te rūma B ko {P} , kaua e tukuna ki tētahi atu."),
]


def build(rng, reg, allowed_lang, n=40):
    recs, refused, spare = [], [], []
    ok = []
    for code, name, sent in LANGS:
        if allowed_lang(code, name):
            ok.append((code, name, sent))
        else:
            refused.append(code)
    use, spare = ok[:n], [c for c, _, _ in ok[n:]]
    for i, (code, name, sent) in enumerate(use):
        p = reg.take(lambda: owner_password(rng))
        s = sent.index("{P}")
        text = sent.replace("{P}", p) + "\n"
        recs.append({"type": TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                     "secrets": [{"value": p, "start": s, "end": s + len(p), "type": TYPE}],
                     "source": "prose", "_lang": (code, name)})
    return recs, refused, spare
