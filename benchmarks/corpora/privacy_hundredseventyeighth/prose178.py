"""Prose source: one sentence per language, a colleague is told the scoreboard-laptop password."""
import random
from common178 import owner_password, fill

SEED = 17804
TYPE = "scoreboard_laptop_password_in_message"
FORMATS = ["rink_crew_whatsapp_line", "arena_office_email_sentence", "curling_club_sms", "skate_school_signal_note"]

# code, English name, sentence («V» = value, always set off by whitespace)
L = [
    ("ita", "Italian", "La password del portatile del tabellone nella cabina dei cronometristi è «V» – per favore non girarla a nessuno."),
    ("por", "Portuguese", "A palavra-passe do portátil do marcador na cabine dos cronometristas é «V» – por favor não a reencaminhes a ninguém."),
    ("glg", "Galician", "O contrasinal do portátil do marcador na cabina dos cronometradores é «V» – por favor, non llo reenvíes a ninguén."),
    ("ltz", "Luxembourgish", "D'Passwuert vum Laptop fir d'Resultattafel an der Kabinn vun de Zäitmiesser ass «V» – schéck et w.e.g. net weider."),
    ("fry", "Western Frisian", "It wachtwurd fan de laptop fan it skoarboerd yn it hokje fan de tiidmjitters is «V» – stjoer it asjebleaft net troch."),
    ("fao", "Faroese", "Loyniorðið til fartelduna hjá stigatalvuni í tíðarvarðarbásinum er «V» – vinarliga send tað ikki víðari."),
    ("nob", "Norwegian Bokmål", "Passordet til resultattavle-PC-en i tidtakerboksen er «V» – ikke send det videre til noen, er du snill."),
    ("nno", "Norwegian Nynorsk", "Passordet til den berbare maskina for resultattavla i tidtakarboksen er «V» – ver snill og ikkje send det vidare."),
    ("bre", "Breton", "Ger-tremen an urzhiataer hezoug evit taolenn ar skorioù e lochenn ar vuzulierien-amzer eo «V» – na gas ket anezhañ da zen, mar plij."),
    ("gla", "Scottish Gaelic", "'S e «V» am facal-faire airson laptop a' bhùird-sgòraidh ann am bogsa an luchd-tìmeadh – na cuir air adhart e gu duine, mas e do thoil e."),
    ("epo", "Esperanto", "La pasvorto de la tekkomputilo de la poentotabulo en la budo de la tempomezuristoj estas «V» – bonvolu ne plusendi ĝin al iu ajn."),
    ("lat", "Latin", "Tessera computatri portabilis tabulae punctorum in cella custodum temporis est «V» – quaeso, ne cuiquam transmittas."),
    ("rus", "Russian", "Пароль от ноутбука табло в судейской будке: «V» – пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Лозинка за лаптоп семафора у кабини мерилаца времена је «V» – молим те, немој је никоме прослеђивати."),
    ("bos", "Bosnian", "Šifra za laptop semafora u kabini mjerilaca vremena je «V» – molim te, nemoj je nikome proslijediti."),
    ("jpn", "Japanese", "タイムキーパー席にあるスコアボード用ノートPCのパスワードは «V» です。誰にも転送しないでください。"),
    ("kor", "Korean", "기록석에 있는 전광판 노트북 비밀번호는 «V» 입니다. 다른 사람에게 전달하지 말아 주세요."),
    ("cmn", "Mandarin Chinese", "计时台那台记分牌笔记本电脑的密码是 «V» ，请不要转发给任何人。"),
    ("yue", "Cantonese", "計時枱嗰部記分牌手提電腦嘅密碼係 «V» ，唔該唔好轉發俾任何人。"),
    ("heb", "Hebrew", "הסיסמה של הלפטופ של לוח התוצאות בתא מודדי הזמן היא «V» – בבקשה אל תעביר אותה לאף אחד."),
    ("hin", "Hindi", "टाइमकीपर बॉक्स में रखे स्कोरबोर्ड लैपटॉप का पासवर्ड «V» है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "টাইমকিপার বক্সে রাখা স্কোরবোর্ড ল্যাপটপের পাসওয়ার্ড «V» – দয়া করে এটা কাউকে ফরোয়ার্ড কোরো না।"),
    ("guj", "Gujarati", "ટાઇમકીપર બૉક્સમાં રાખેલા સ્કોરબોર્ડ લેપટોપનો પાસવર્ડ «V» છે – કૃપા કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
    ("kan", "Kannada", "ಟೈಮ್‌ಕೀಪರ್ ಬಾಕ್ಸ್‌ನಲ್ಲಿರುವ ಸ್ಕೋರ್‌ಬೋರ್ಡ್ ಲ್ಯಾಪ್‌ಟಾಪ್‌ನ ಪಾಸ್‌ವರ್ಡ್ «V» – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "ടൈംകീപ്പർ ബോക്സിലെ സ്കോർബോർഡ് ലാപ്ടോപ്പിന്റെ പാസ്‌വേഡ് «V» ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "ටයිම්කීපර් කුටියේ ඇති ලකුණු පුවරුවේ ලැප්ටොප් එකේ මුරපදය «V» – කරුණාකර මෙය කිසිවෙකුට යවන්න එපා."),
    ("npi", "Nepali", "टाइमकिपर बक्समा रहेको स्कोरबोर्ड ल्यापटपको पासवर्ड «V» हो – कृपया यो कसैलाई फर्वार्ड नगर्नुहोस्।"),
    ("khk", "Halh Mongolian", "Цаг хэмжигчийн бүхээгт байгаа онооны самбарын зөөврийн компьютерийн нууц үг «V» – хэнд ч бүү дамжуулаарай."),
    ("tgk", "Tajik", "Пароли ноутбуки табло дар кабинаи вақтсанҷон «V» аст – лутфан онро ба касе нафиристед."),
    ("kir", "Kyrgyz", "Убакыт өлчөөчүлөрдүн кабинасындагы табло ноутбугунун сырсөзү «V» – сураныч, аны эч кимге жөнөтпө."),
    ("tat", "Tatar", "Вакыт үлчәүчеләр будкасындагы табло ноутбугының серсүзе «V» – зинһар, аны беркемгә дә җибәрмә."),
    ("khm", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃនៃក្ដារពិន្ទុនៅក្នុងបន្ទប់អ្នករាប់ម៉ោងគឺ «V» សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់ឡើយ។"),
    ("mya", "Burmese", "အချိန်မှတ်သူအခန်းထဲက အမှတ်ပြဘုတ် လက်ပ်တော့ရဲ့ စကားဝှက်က «V» ပါ။ ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("zsm", "Standard Malay", "Kata laluan komputer riba papan markah di kotak penjaga masa ialah «V» – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Tembung sandhi laptop papan skor ing bilik juru wektu yaiku «V» – tulung aja diterusake menyang sapa-sapa."),
    ("ceb", "Cebuano", "Ang password sa laptop sa scoreboard didto sa kahon sa timekeeper kay «V» – palihug ayaw kini ipasa bisan kinsa."),
    ("hau", "Hausa", "Kalmar sirrin kwamfutar tafi-da-gidanka ta allon maki a rumfar masu lokaci ita ce «V» – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà alágbèéká pátákó àmì nínú àgọ́ àwọn olùṣọ́ àkókò ni «V» – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Iphasiwedi yelaptop yebhodi lamaphuzu ekamelweni labagcini besikhathi ithi «V» – ngicela ungayidluliseli kunoma ubani."),
    ("afr", "Afrikaans", "Die wagwoord van die telbord-skootrekenaar in die tydhouershokkie is «V» – moet dit asseblief vir niemand aanstuur nie."),
    # spares (used only if an earlier language is deny-listed)
    ("xho", "Xhosa", "Igama lokugqitha lelaptop yebhodi yamanqaku kwigumbi labagcini bexesha ngu «V» – nceda ungalidluliseli kubani na."),
    ("mri", "Maori", "Ko te kupuhipa o te rorohiko pona o te papa piro kei te pouaka o ngā kaitatau wā ko «V» – tēnā koa kaua e tukuna ki tētahi atu."),
    ("haw", "Hawaiian", "ʻO «V» ka ʻōlelo huna o ka lolouila lawe lima o ka papa helu i loko o ka pahu o nā kahu manawa – mai hoʻouna aku i kekahi."),
    ("oci", "Occitan", "Lo senhal de l'ordenador portable del tablèu de marca dins la cabina dels cronometraires es «V» – vos prègui, lo mandetz pas a degun."),
]


def language_allowed(code, name, deny):
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    if code in codes or code in deny["_nameset"]:
        return False
    words = [w for w in name.lower().replace("-", " ").split() if w]
    return name.lower() not in lnames and not any(w in lnames for w in words)


def chosen(deny):
    out = [x for x in L if language_allowed(x[0], x[1], deny)]
    return out[:40], [x for x in L if x not in out[:40]]


def generate(reg, deny):
    rng = random.Random(SEED)
    langs, _spare = chosen(deny)
    recs = []
    for i, (code, _name, sent) in enumerate(langs):
        fmt = FORMATS[i % 4]
        value = reg.draw(lambda: owner_password(rng, "-_."))
        tmpl = ("[19:04] " + sent) if fmt == "rink_crew_whatsapp_line" else sent
        text, s, e = fill(tmpl + "\n", value, {})
        recs.append((TYPE, fmt + "__" + code, text, s, e))
    return recs
