"""Prose source: one sentence per language, someone tells a colleague the dome PC password."""
from common183 import owner_password, place, span_record

TYPE = "planetarium_dome_pc_password_in_message"
FORMATS = ["planetarium_staff_chat_line", "observatory_night_shift_sms",
           "science_centre_email_sentence", "star_party_radio_transcript"]

# code, name, script, sentence ({V} set off by whitespace)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Kuppel-PC im Planetarium ist {V} – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC della cupola del planetario è {V} e per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do PC da cúpula do planetário é {V} e, por favor, não a reencaminhes a ninguém."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kuppel-PC-en i planetariet er {V} og ikke send det videre, er du snill."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера под куполом планетария: {V} — пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у куполи планетаријума је {V} и молим те немој је никоме прослеђивати."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u kupoli planetarija je {V} i molim te nemoj je nikome proslijediti."),
    ("glg", "Galician", "Latin", "O contrasinal do PC da cúpula do planetario é {V} e, por favor, non o reenvíes a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert fir de Kuppel-PC am Planetarium ass {V} an schéck et w.e.g. net weider."),
    ("fao", "Faroese", "Latin", "Loyniorðið til kupul-teldina í planetariinum er {V} og send tað vinaliga ikki víðari."),
    ("gla", "Scottish Gaelic", "Latin", "Is e {V} am facal-faire airson coimpiutair a' chuaich san planetarium, na cuir air adhart e."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la kupola komputilo en la planetario estas {V} kaj bonvolu ne plusendi ĝin."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die koepel-rekenaar in die planetarium is {V} en moet dit asseblief vir niemand aanstuur nie."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yedome ku-planetarium ithi {V} ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Iphasiwedi yekhompyutha yedome kwiplanetarium ngu {V} nceda ungayithumeli komnye umntu."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà dome ní planetarium ni {V} jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar dome a planetarium ita ce {V} don Allah kada ka tura wa kowa."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa ya dome muri planetarium ni {V} ntukarihe undi muntu."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè dom planetaryòm nan se {V} tanpri pa voye l bay pèsonn."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב של הכיפה בפלנטריום היא {V} ובבקשה אל תעביר אותה לאף אחד."),
    ("hin", "Hindi", "Devanagari", "प्लैनेटेरियम के डोम कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("npi", "Nepali", "Devanagari", "प्लानेटेरियमको डोम कम्प्युटरको पासवर्ड {V} हो, कृपया कसैलाई फरवार्ड नगर्नुहोस्।"),
    ("ben", "Bengali", "Bengali", "প্ল্যানেটেরিয়ামের ডোম কম্পিউটারের পাসওয়ার্ড {V} দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("guj", "Gujarati", "Gujarati", "પ્લેનેટેરિયમના ડોમ કમ્પ્યુટરનો પાસવર્ડ {V} છે, મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરશો."),
    ("kan", "Kannada", "Kannada", "ಪ್ಲಾನೆಟೇರಿಯಂ ಡೋಮ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "പ്ലാനറ്റേറിയത്തിലെ ഡോം കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "ප්ලැනටේරියම් ඩෝම් පරිගණකයේ මුරපදය {V} කරුණාකර එය කිසිවෙකුට යවන්න එපා."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រនៅបន្ទប់ដូម គឺ {V} សូមកុំផ្ញើបន្តទៅអ្នកណាម្នាក់។"),
    ("mya", "Burmese", "Myanmar", "ဒုံးခန်း ကွန်ပျူတာရဲ့ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("jpn", "Japanese", "Japanese", "プラネタリウムのドームPCのパスワードは {V} です。誰にも転送しないでください。"),
    ("kor", "Korean", "Hangul", "플라네타리움 돔 PC 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "天象厅穹顶电脑的密码是 {V} ，请不要转发给任何人。"),
    ("zsm", "Malay", "Latin", "Kata laluan PC kubah planetarium ialah {V} dan tolong jangan kongsikan dengan sesiapa."),
    ("jav", "Javanese", "Latin", "Tembung sandhi PC kubah planetarium yaiku {V} tulung aja diterusake menyang sapa-sapa."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa dome sa planetarium kay {V} palihog ayaw kini ipasa bisan kinsa."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko o te kikorangi i te whare whetū ko {V} tēnā koa kaua e tukuna ki tētahi atu."),
    ("khk", "Mongolian", "Cyrillic", "Планетарийн бөмбөгөр компьютерын нууц үг {V} шүү, хэнд ч бүү дамжуулаарай."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери гунбази планетарий {V} аст, лутфан онро ба касе нафиристед."),
    ("kir", "Kyrgyz", "Cyrillic", "Планетарийдеги күмбөз компьютеринин сырсөзү {V} эч кимге жөнөтпө."),
    ("tat", "Tatar", "Cyrillic", "Планетарийдагы гөмбәз компьютерының серсүзе {V} зинһар, аны беркемгә дә җибәрмә."),
]
SPARES = [("fry", "Western Frisian"), ("sun", "Sundanese"), ("ckb", "Central Kurdish"), ("uig", "Uyghur")]


def build(rng, reg, next_id):
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        text, s, e = place(sent, value)
        recs.append(span_record(next_id(), TYPE, FORMATS[i % 4] + "__" + code, text, s, e, "prose"))
    return recs
