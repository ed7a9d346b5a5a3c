"""Prose source: a colleague is told the workshop PC password in 40 languages."""
import random
from common195 import owner_password, make_record, fill

SEED = 19504
TYPE = "workshop_pc_password_in_message"
FORMATS = ["tailor_shop_whatsapp_line", "cobbler_counter_text_message", "key_shop_email_sentence",
           "alterations_voicemail_transcript"]
# (code, name, script, sentence) -- {V} always set off by whitespace on both sides
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Werkstatt-PC ist {V} bitte leite es an niemanden weiter."),
    ("ita", "Italian", "Latin", "La password del PC del laboratorio è {V} per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do PC da oficina é {V} por favor não a reencaminhes a ninguém."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til PC-en på verkstedet er {V} ikke send det videre til noen."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в мастерской {V} пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у радионици је {V} молим те, не прослеђуј је никоме."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u radionici je {V} molim te da je nikome ne šalješ dalje."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador del taller és {V} si us plau, no la reenviïs a ningú."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador do obradoiro é {V} por favor, non llo reenvíes a ninguén."),
    ("eus", "Basque", "Latin", "Tailerreko ordenagailuaren pasahitza {V} da, mesedez ez bidali inori."),
    ("gle", "Irish", "Latin", "Is é {V} pasfhocal ríomhaire na ceardlainne, ná seol ar aghaidh é chuig aon duine le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "Is e {V} am facal-faire aig coimpiutair na bùth-obrach, na cuir air adhart e gu duine sam bith."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Atelier-PC ass {V} schéck et w.e.g. u keen weider."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan 'e wurkpleats-PC is {V} stjoer it asjebleaft net troch nei immen."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב בסדנה היא {V} בבקשה אל תעביר אותה לאף אחד."),
    ("hin", "Hindi", "Devanagari", "वर्कशॉप वाले कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "ওয়ার্কশপের কম্পিউটারের পাসওয়ার্ড {V} দয়া করে এটা কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "वर्कशॉपमधल्या संगणकाचा पासवर्ड {V} आहे, कृपया तो कोणालाही फॉरवर्ड करू नकोस."),
    ("guj", "Gujarati", "Gujarati", "વર્કશોપના કમ્પ્યુટરનો પાસવર્ડ {V} છે, મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરતા."),
    ("kan", "Kannada", "Kannada", "ವರ್ಕ್‌ಶಾಪ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "വർക്ക്‌ഷോപ്പിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "වැඩපළේ පරිගණකයේ මුරපදය {V} කරුණාකර එය කිසිවෙකුට යොමු කරන්න එපා."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "工作间电脑的密码是 {V} 请不要转发给任何人。"),
    ("yue", "Cantonese", "Han (traditional)", "工場部電腦嘅密碼係 {V} 唔好轉發俾任何人呀。"),
    ("jpn", "Japanese", "Kana and Kanji", "作業場のパソコンのパスワードは {V} です。誰にも転送しないでください。"),
    ("kor", "Korean", "Hangul", "작업실 컴퓨터 비밀번호는 {V} 이에요. 아무에게도 전달하지 마세요."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រនៅរោងជាង គឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់ឡើយ។"),
    ("mya", "Burmese", "Myanmar", "အလုပ်ရုံ ကွန်ပျူတာ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan komputer bengkel ialah {V} tolong jangan hantar kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Sandhi komputer bengkel yaiku {V} aja diterusake menyang sapa-sapa ya."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa workshop kay {V} palihug ayaw ipasa bisan kinsa."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar bita ita ce {V} don Allah kar ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ilé-iṣẹ́ ni {V} jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasendlini yokusebenzela ithi {V} ngicela ungayidluliseli kunoma ubani."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yendawo yokusebenzela ngu {V} nceda ungalidluliseli nakubani."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo mu ruganda ni {V} ntukaryoherereze undi muntu."),
    ("khk", "Halh Mongolian", "Cyrillic", "Цехийн компьютерийн нууц үг {V} шүү, хэнд ч битгий дамжуулаарай."),
    ("uzn", "Northern Uzbek", "Latin", "Ustaxona kompyuterining paroli {V} iltimos, uni hech kimga yubormang."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери устохона {V} аст, лутфан онро ба касе нафиристед."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la laborej-komputilo estas {V} bonvolu ne plusendi ĝin al iu ajn."),
]
SPARES = [("tat", "Tatar"), ("fao", "Faroese"), ("mlg", "Malagasy"), ("haw", "Hawaiian")]


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        val = reg.draw(owner_password, rng, True)
        text, start = fill(sent, val)
        cont = FORMATS[i % 4] + "__" + code
        recs.append(make_record("p195-s-%04d" % (start_id + i), TYPE, cont, text, val, "prose", start=start))
    return recs
