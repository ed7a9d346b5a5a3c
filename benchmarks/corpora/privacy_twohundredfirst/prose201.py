"""Prose source: 40 languages, one sentence each; someone tells a colleague the password of the
shop's back-office PC and asks them not to forward it."""
import random

from common201 import fill, owner_password, positive

SEED = 20104
TYPE = "shop_back_office_pc_password_in_message"
FORMATS = ["staff_rota_whatsapp_line", "shift_handover_sms", "owner_email_sentence", "shop_voicemail_transcript"]

# (code, name, script, sentence with {V})
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Büro-PC im Hinterzimmer ist {V} – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC del retrobottega è {V} e per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do computador do escritório dos fundos é {V} – por favor, não a reencaminhes."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kontor-PC-en på bakrommet er {V} – ikke send det videre, er du snill."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в подсобке: {V} — пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у канцеларији позади је {V} – молим те, немој је никоме прослеђивати."),
    ("jpn", "Japanese", "Japanese", "バックオフィスのPCのパスワードは {V} です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "사무실 PC 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "后台办公室电脑的密码是 {V} ，请不要转发给别人。"),
    ("yue", "Cantonese", "Han (traditional)", "後面辦公室部電腦嘅密碼係 {V} ，唔好轉發俾其他人呀。"),
    ("hin", "Hindi", "Devanagari", "बैक ऑफिस वाले कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "পেছনের অফিসের কম্পিউটারের পাসওয়ার্ড {V} – দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "मागच्या ऑफिसमधल्या संगणकाचा पासवर्ड {V} आहे, कृपया तो कोणालाही फॉरवर्ड करू नकोस."),
    ("guj", "Gujarati", "Gujarati", "પાછળની ઓફિસના કમ્પ્યુટરનો પાસવર્ડ {V} છે, મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરતા."),
    ("pan", "Punjabi", "Gurmukhi", "ਪਿਛਲੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("kan", "Kannada", "Kannada", "ಹಿಂದಿನ ಆಫೀಸ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "പിന്നിലെ ഓഫീസിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "පිටුපස කාර්යාලයේ පරිගණකයේ මුරපදය {V} වේ, කරුණාකර එය කිසිවෙකුට යොමු නොකරන්න."),
    ("npi", "Nepali", "Devanagari", "पछाडिको अफिसको कम्प्युटरको पासवर्ड {V} हो, कृपया कसैलाई फरवार्ड नगर्नुहोस्।"),
    ("mya", "Burmese", "Myanmar", "နောက်ဘက်ရုံးခန်းကွန်ပျူတာရဲ့ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រនៅការិយាល័យខាងក្រោយគឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
    ("zsm", "Malay", "Latin", "Kata laluan komputer pejabat belakang ialah {V} – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Sandhi komputer kantor mburi yaiku {V} – tulung aja diterusake menyang sapa-sapa."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב במשרד האחורי היא {V} – בבקשה אל תעביר אותה לאף אחד."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ẹ̀yìn ni {V} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar ofishin baya ita ce {V} – don Allah kada ka tura wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi elingemuva ithi {V} – ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Iphasiwedi yekhompyutha esiofisini sangasemva ithi {V} – nceda ungayidluliseli nakubani."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die rekenaar in die agterkantoor is {V} – moet dit asseblief nie aanstuur nie."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert fir de Computer am Büro hannen ass {V} – w.e.g. net weiderschécken."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina de atrás é {V} – por favor, non o reenvíes."),
    ("fao", "Faroese", "Latin", "Loyniorðið til teldina á bakskrivstovuni er {V} – vinarliga send tað ikki víðari."),
    ("gla", "Scottish Gaelic", "Latin", "'S e am facal-faire airson a' choimpiutair san oifis chùil {V} – na cuir air adhart e, mas e do thoil e."),
    ("uzn", "Uzbek", "Latin", "Orqa ofisdagi kompyuterning paroli {V} – iltimos, uni hech kimga yuborma."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери идораи қафо {V} аст – лутфан онро ба касе нафирист."),
    ("khk", "Mongolian", "Cyrillic", "Арын оффисын компьютерийн нууц үг {V} – хэнд ч битгий дамжуулаарай."),
    ("tat", "Tatar", "Cyrillic", "Арткы офистагы компьютерның серсүзе {V} – зинһар, аны беркемгә дә җибәрмә."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo mu biro by'inyuma ni {V} – ndakwinginze ntuyoherereze undi muntu."),
    ("plt", "Malagasy", "Latin", "Ny tenimiafina amin'ny solosaina ao amin'ny birao ao aoriana dia {V} – aza alefa amin'olona azafady."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa luyo nga opisina kay {V} – palihug ayaw ni ipasa bisan kinsa."),
]
SPARES = [
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer ar burev a-dreñv eo {V} – na gas anezhañ da zen, mar plij."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de kompjûter yn it efterkantoar is {V} – stjoer it asjebleaft net troch."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko i te tari o muri ko {V} – kaua e tukuna ki tētahi atu."),
    ("ory", "Odia", "Odia", "ପଛ ଅଫିସ କମ୍ପ୍ୟୁଟରର ପାସୱାର୍ଡ {V} ଅଟେ, ଦୟାକରି କାହାକୁ ଫରୱାର୍ଡ କରନ୍ତୁ ନାହିଁ।"),
]


def generate(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = reg.draw(owner_password, rng, strict=True)
        text, s, e = fill(sent, pw)
        cont = "%s__%s" % (FORMATS[i % 4], code)
        recs.append(positive("p201-s-%04d" % (start_index + i), TYPE, cont, text, s, e, "prose"))
    return recs
