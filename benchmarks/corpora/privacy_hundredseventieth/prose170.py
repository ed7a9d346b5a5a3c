"""Prose: someone tells a colleague the password of the key-cutting laptop in van 3 (40 languages)."""
import random

from common170 import SLOT, owner_password, pos_record

SEED = 17004
TYPE = "key_machine_laptop_password_in_message"
FORMATS = ["van_crew_whatsapp_message", "shop_owner_email_sentence", "dispatch_ticket_remark", "locksmith_telegram_note"]
V = SLOT

# (iso639-3, English name, sentence); every value has whitespace on both sides.
LANGS = [
    ("deu", "German", "Das Passwort für den Laptop der Schlüsselfräse in Wagen 3 ist {v} – bitte nicht weiterleiten."),
    ("ita", "Italian", "La password del portatile della duplicatrice nel furgone 3 è {v} – per favore non inoltrarla."),
    ("por", "Portuguese", "A senha do portátil da máquina de chaves na carrinha 3 é {v} e, por favor, não a reencaminhes."),
    ("nob", "Norwegian Bokmål", "Passordet til nøkkelmaskin-PC-en i bil 3 er {v} – ikke send det videre, er du snill."),
    ("rus", "Russian", "Пароль от ноутбука ключевого станка в машине 3 — {v} — пожалуйста, никому не пересылай."),
    ("srp", "Serbian", "Лозинка за лаптоп машине за кључеве у комбију 3 је {v} – молим те, не прослеђуј је."),
    ("bos", "Bosnian", "Šifra za laptop mašine za ključeve u kombiju 3 je {v} – molim te, nemoj je nikome prosljeđivati."),
    ("glg", "Galician", "O contrasinal do portátil da máquina de chaves na furgoneta 3 é {v} e, por favor, non o reenvíes."),
    ("ltz", "Luxembourgish", "D'Passwuert fir de Laptop vun der Schlësselmaschinn am Camionnette 3 ass {v} – w.e.g. net weiderschécken."),
    ("afr", "Afrikaans", "Die wagwoord vir die sleutelmasjien se skootrekenaar in bussie 3 is {v} – moet dit asseblief nie aanstuur nie."),
    ("fry", "Western Frisian", "It wachtwurd fan de laptop by de kaaimasine yn bus 3 is {v} – stjoer it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Is e {v} am facal-faire airson laptop inneal nan iuchraichean sa bhan 3 – na cuir air adhart e, mas e do thoil e."),
    ("bre", "Breton", "Ger-tremen urzhiataer an ardivink alc'hwezioù er c'hamionetenn 3 eo {v} – na gas ket anezhañ da zen, mar plij."),
    ("epo", "Esperanto", "La pasvorto de la tekkomputilo de la ŝlosilmaŝino en kamioneto 3 estas {v} – bonvolu ne plusendi ĝin."),
    ("lat", "Latin", "Tessera computatri machinae clavium in vehiculo tertio est {v} – quaeso, ne cui alii mittas."),
    ("zul", "Zulu", "Iphasiwedi yelaptop yomshini wokhiye evenini 3 ithi {v} – ngicela ungayidluliseli komunye."),
    ("xho", "Xhosa", "Igama lokugqitha lelaptop yomatshini wezitshixo kwiveni 3 ngu {v} – nceda ungalithumeli komnye umntu."),
    ("yor", "Yoruba", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ẹ̀rọ kọ́kọ́rọ́ inú ọkọ̀ 3 ni {v} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹlòmíì."),
    ("hau", "Hausa", "Kalmar sirri ta kwamfutar injin makulli a motar 3 ita ce {v} – don Allah kada ka tura wa kowa."),
    ("heb", "Hebrew", "הסיסמה של הלפטופ של מכונת המפתחות בוואן 3 היא {v} – בבקשה אל תעביר אותה הלאה."),
    ("hin", "Hindi", "वैन 3 में चाबी काटने वाली मशीन के लैपटॉप का पासवर्ड {v} है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "ভ্যান ৩-এর চাবি কাটার মেশিনের ল্যাপটপের পাসওয়ার্ড {v} – দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
    ("guj", "Gujarati", "વાન 3 માં ચાવી કાપવાના મશીનના લેપટોપનો પાસવર્ડ {v} છે – મહેરબાની કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
    ("kan", "Kannada", "ವ್ಯಾನ್ 3 ರಲ್ಲಿರುವ ಕೀ ಕತ್ತರಿಸುವ ಯಂತ್ರದ ಲ್ಯಾಪ್‌ಟಾಪ್ ಪಾಸ್‌ವರ್ಡ್ {v} – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "വാൻ 3-ലെ താക്കോൽ മെഷീന്റെ ലാപ്‌ടോപ്പ് പാസ്‌വേഡ് {v} ആണ് – ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "වෑන් 3 හි යතුරු කපන යන්ත්‍රයේ ලැප්ටොප් එකේ මුරපදය {v} – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("npi", "Nepali", "भ्यान ३ मा रहेको साँचो काट्ने मेसिनको ल्यापटपको पासवर्ड {v} हो – कृपया कसैलाई फरवार्ड नगर्नुहोस्।"),
    ("jpn", "Japanese", "3号車のキー複製機のノートPCのパスワードは {v} です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "3번 차량 키 복사기 노트북 비밀번호는 {v} 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "3号车里配钥匙机那台笔记本的密码是 {v} ，请不要转发给别人。"),
    ("yue", "Cantonese", "3號車配匙機部手提電腦嘅密碼係 {v} ，唔好轉發俾其他人呀。"),
    ("zsm", "Standard Malay", "Kata laluan komputer riba mesin kunci dalam van 3 ialah {v} – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Tembung sandhi laptop mesin kunci ing van 3 yaiku {v} – aja diterusake menyang sapa-sapa ya."),
    ("khm", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃរបស់ម៉ាស៊ីនកាត់សោក្នុងឡាន 3 គឺ {v} សូមកុំបញ្ជូនបន្តទៅអ្នកផ្សេង។"),
    ("mya", "Burmese", "ကား ၃ ထဲက သော့ဖြတ်စက် လက်ပ်တော့ စကားဝှက်က {v} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
    ("khk", "Halh Mongolian", "3-р фургон дахь түлхүүр хуулах машины зөөврийн компьютерын нууц үг {v} – хэнд ч бүү дамжуулаарай."),
    ("tgk", "Tajik", "Пароли ноутбуки дастгоҳи калидбурӣ дар мошини 3 {v} аст – лутфан ба касе нафиристед."),
    ("kir", "Kyrgyz", "3-фургондогу ачкыч кесүүчү станоктун ноутбугунун сырсөзү {v} – эч кимге жөнөтпө."),
    ("hat", "Haitian Creole", "Modpas laptop machin kle a nan kamyonèt 3 a se {v} – tanpri pa voye l bay pèsonn."),
    ("plt", "Plateau Malagasy", "Ny tenimiafina amin'ny solosaina findaina an'ny milina fanaovana lakile ao amin'ny fiara 3 dia {v} – aza alefa amin'olona azafady."),
    # spares, used only if a language above is refused by the deny-list
    ("kin", "Kinyarwanda", "Ijambo ry'ibanga rya mudasobwa y'imashini ikora imfunguzo iri mu modoka ya 3 ni {v} – ntuyoherereze undi muntu."),
    ("ceb", "Cebuano", "Ang password sa laptop sa makina sa yawe sa van 3 kay {v} – palihug ayaw ipasa bisan kinsa."),
    ("mri", "Maori", "Ko te kupuhipa o te rorohiko pōnaho o te mīhini kī i te waka 3 ko {v} – kaua e tukuna ki tētahi atu."),
    ("tuk", "Turkmen", "3-nji awtoulagdaky açar kesiji maşynyň noutbugynyň açar sözi {v} – hiç kime ugratma."),
]


def lang_denied(code, name, codes, lnames):
    if code in codes or code in lnames:
        return True
    n = name.lower()
    if n in lnames or n in codes:
        return True
    return any(w in lnames for w in n.replace("-", " ").split())


def select(deny):
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    kept = [l for l in LANGS if not lang_denied(l[0], l[1], codes, lnames)]
    return kept[:40], [l[0] for l in LANGS if lang_denied(l[0], l[1], codes, lnames)], [l[0] for l in kept[40:]]


def generate(reg, start_id, deny):
    r = random.Random(SEED)
    kept, _d, _s = select(deny)
    out = []
    for i, (code, _name, sent) in enumerate(kept):
        value = reg.take(lambda: owner_password(r, joiners="-_."))
        tpl = sent.replace("{v}", V)
        out.append(pos_record(f"p170-s-{start_id + i:04d}", TYPE, f"{FORMATS[i % 4]}__{code}", tpl, value, "prose"))
    return out
