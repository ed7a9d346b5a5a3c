"""Prose source: one sentence in each of 40 languages; someone tells a colleague the clubhouse weigh-in laptop password."""
import random

import common206 as C

SEED = 20604
TYPE = "clubhouse_weighin_laptop_password_in_message"
FORMATS = ["clubhouse_chat_line", "bailiff_text_message", "match_secretary_email_sentence", "tackle_shop_voicemail_transcript"]

# code, name, script, sentence ({V} = value, always with whitespace on both sides)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Wiege-Laptop im Clubhaus ist {V} – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del portatile delle pesate nella club house è {V} – per favore non inoltrarla."),
    ("por", "Portuguese", "Latin", "A senha do portátil das pesagens no clube é {V} – por favor não a reencaminhes."),
    ("nob", "Norwegian Bokmal", "Latin", "Passordet til veie-PC-en i klubbhuset er {V} – ikke send det videre, er du snill."),
    ("cat", "Catalan", "Latin", "La contrasenya del portàtil de les pesades del club és {V} – si us plau, no la reenviïs."),
    ("glg", "Galician", "Latin", "O contrasinal do portátil das pesaxes do clube é {V} – por favor, non o reenvíes."),
    ("eus", "Basque", "Latin", "Klubeko pisaketa-ordenagailu eramangarriaren pasahitza {V} da – mesedez, ez bidali inori."),
    ("gle", "Irish", "Latin", "Is é {V} an focal faire don ríomhaire glúine meáchain sa chlubtheach – ná seol ar aghaidh é, le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {V} am facal-faire airson laptop a' chuideim san taigh-cluba – na cuir air adhart e, mas e do thoil e."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert fir de Wie-Laptop am Clubhaus ass {V} – w.e.g. net weiderschécken."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd foar de weach-laptop yn it klubhûs is {V} – stjoer it asjebleaft net troch."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за лаптоп за мерење у клупској кући је {V} – молим те, немој је прослеђивати."),
    ("bos", "Bosnian", "Latin", "Šifra za laptop za vaganje u klupskoj kući je {V} – molim te, nemoj je nikome prosljeđivati."),
    ("rus", "Russian", "Cyrillic", "Пароль от ноутбука для взвешивания в клубном домике: {V} — пожалуйста, никому его не пересылай."),
    ("hin", "Hindi", "Devanagari", "क्लबहाउस के वज़न वाले लैपटॉप का पासवर्ड {V} है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "ক্লাবঘরের ওজন মাপার ল্যাপটপের পাসওয়ার্ড হলো {V} – দয়া করে কাউকে ফরওয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "क्लबहाऊसमधील वजनाच्या लॅपटॉपचा पासवर्ड {V} आहे – कृपया तो कुणालाही फॉरवर्ड करू नकोस."),
    ("guj", "Gujarati", "Gujarati", "ક્લબહાઉસના વજન કરવાના લેપટોપનો પાસવર્ડ {V} છે – કૃપા કરીને કોઈને ફોરવર્ડ ન કરતા."),
    ("kan", "Kannada", "Kannada", "ಕ್ಲಬ್‌ಹೌಸ್‌ನ ತೂಕದ ಲ್ಯಾಪ್‌ಟಾಪ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "ക്ലബ്ഹൗസിലെ തൂക്കം നോക്കുന്ന ലാപ്ടോപ്പിന്റെ പാസ്‌വേഡ് {V} ആണ് – ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "ක්ලබ් හවුස් එකේ බර කිරන ලැප්ටොප් එකේ පාස්වර්ඩ් එක {V} – කරුණාකර කාටවත් ෆෝවර්ඩ් කරන්න එපා."),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "クラブハウスの計量用ノートPCのパスワードは {V} です。転送しないでください。"),
    ("kor", "Korean", "Hangul", "클럽하우스 계량용 노트북 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "俱乐部小屋里称重笔记本的密码是 {V} ，请不要转发给别人。"),
    ("yue", "Cantonese", "Han (traditional)", "會所嗰部磅魚手提電腦嘅密碼係 {V} ，唔該唔好轉發俾人。"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃថ្លឹងត្រីនៅក្លឹបគឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
    ("mya", "Burmese", "Myanmar", "ကလပ်ဟောက်စ်က ငါးချိန်တဲ့ လက်ပ်တော့ရဲ့ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan laptop penimbang di rumah kelab ialah {V} – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Sandhi laptop timbangan ing omah klub yaiku {V} – tulung aja diterusake menyang sapa-sapa."),
    ("ceb", "Cebuano", "Latin", "Ang password sa laptop nga timbangan sa clubhouse kay {V} – palihug ayaw i-forward bisan kang kinsa."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar auna kifi a gidan kulob ita ce {V} – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà alágbèéká tí a fi ń wọn ẹja ní ilé ẹgbẹ́ ni {V} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yelaptop yokukala esikhungweni sekilabhu ithi {V} – ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lelaptop yokulinganisa kwindlu yeklabhu ngu {V} – nceda ungalidlulisi nakubani."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של הלפטופ לשקילה במועדון היא {V} – בבקשה אל תעביר אותה לאף אחד."),
    ("uzn", "Northern Uzbek", "Latin", "Klub uyidagi tortish noutbukining paroli {V} – iltimos, hech kimga yuborma."),
    ("kir", "Kyrgyz", "Cyrillic", "Клубдагы таразалоочу ноутбуктун сырсөзү {V} – суранам, эч кимге жөнөтпө."),
    ("tgk", "Tajik", "Cyrillic", "Пароли ноутбуки вазнкашӣ дар клуб {V} аст – лутфан ба касе нафирист."),
    ("khk", "Halh Mongolian", "Cyrillic", "Клубын байрны жинлэх зөөврийн компьютерын нууц үг {V} – хэнд ч бүү дамжуулаарай."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la pesa tekkomputilo en la klubejo estas {V} – bonvolu ne plusendi ĝin."),
]
SPARES = [
    ("lat", "Latin", "Latin", "Tessera computatri portabilis ad pondera in domo sodalicii est {V} – quaeso, ne cuiquam mittas."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa mō te rorohiko whakatau taumaha i te whare karapu ko {V} – kaua e tukuna ki tētahi atu."),
]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = reg.draw(C.password, rng, True)
        text, s, e = C.place(sent.replace("{V}", C.SLOT), pw)
        recs.append(("prose", TYPE, FORMATS[i % 4] + "__" + code, text, s, e))
    return recs
