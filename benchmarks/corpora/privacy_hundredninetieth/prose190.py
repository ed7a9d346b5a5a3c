"""Prose source: one sentence in each of 40 languages; someone tells a colleague a password."""
import random

from common190 import SLOT, fill, password

SEED = 19004
TYPE = "potting_shed_pc_password_in_message"
FORMATS = ["nursery_staff_group_chat_line", "till_handover_note_sentence",
           "glasshouse_team_voicemail_transcript", "cafe_manager_text_message"]

V = SLOT
# (ISO 639-3 code, language name, script, sentence)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den PC im Topfschuppen ist " + V + " – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC nel capanno dei vasi è " + V + " – per favore non inoltrarla."),
    ("por", "Portuguese", "Latin", "A senha do PC do galpão de envasamento é " + V + " – por favor, não a reencaminhes."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador del cobert de testos és " + V + " – si us plau, no la reenviïs."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador do alpendre dos vasos é " + V + " – por favor, non o reenvíes."),
    ("eus", "Basque", "Latin", "Lorontzi-etxolako ordenagailuaren pasahitza " + V + " da – mesedez, ez birbidali inori."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til PC-en i pottebua er " + V + " – ikke videresend det, er du snill."),
    ("gle", "Irish", "Latin", "Is é " + V + " an pasfhocal don ríomhaire sa bhothán potaí – ná seol ar aghaidh é, le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "Is e " + V + " am facal-faire airson a' choimpiutair anns a' bhothan phoitean – na cuir air adhart e, mas e do thoil e."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert fir de PC am Blummendëppe-Schapp ass " + V + " – w.e.g. net weiderschécken."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de kompjûter yn it pottehok is " + V + " – stjoer it asjebleaft net troch."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в сарае с горшками: " + V + " — пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у шупи за саксије је " + V + " – молим те, немој је прослеђивати."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u šupi za saksije je " + V + " – molim te, nemoj je proslijediti."),
    ("jpn", "Japanese", "Japanese", "鉢植え小屋のPCのパスワードは " + V + " です。転送しないでください。"),
    ("kor", "Korean", "Hangul", "화분 창고 PC 비밀번호는 " + V + " 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "盆栽棚那台电脑的密码是 " + V + " ，请不要转发给别人。"),
    ("yue", "Cantonese", "Han (traditional)", "花盆屋部電腦嘅密碼係 " + V + " ，唔好轉發俾人呀。"),
    ("hin", "Hindi", "Devanagari", "पॉटिंग शेड वाले कंप्यूटर का पासवर्ड " + V + " है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "টব রাখার ঘরের কম্পিউটারের পাসওয়ার্ড হলো " + V + " – দয়া করে কাউকে ফরওয়ার্ড করবেন না।"),
    ("mar", "Marathi", "Devanagari", "कुंड्यांच्या शेडमधील संगणकाचा पासवर्ड " + V + " आहे – कृपया तो कोणालाही पाठवू नका."),
    ("guj", "Gujarati", "Gujarati", "કૂંડાંના શેડના કમ્પ્યુટરનો પાસવર્ડ " + V + " છે – મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરશો."),
    ("kan", "Kannada", "Kannada", "ಕುಂಡಗಳ ಶೆಡ್‌ನ ಕಂಪ್ಯೂಟರ್ ಪಾಸ್‌ವರ್ಡ್ " + V + " – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ചട്ടി ഷെഡിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് " + V + " ആണ് – ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "පෝච්චි මඩුවේ පරිගණකයේ මුරපදය " + V + " – කරුණාකර එය කාටවත් යොමු කරන්න එපා."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រនៅរោងផើង គឺ " + V + " ។ សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
    ("mya", "Burmese", "Myanmar", "အိုးစင်တဲက ကွန်ပျူတာ စကားဝှက်က " + V + " ပါ။ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב בסככת העציצים היא " + V + " – בבקשה לא להעביר אותה הלאה."),
    ("zsm", "Malay", "Latin", "Kata laluan PC di bangsal pasu ialah " + V + " – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Sandhi PC ing gubug pot yaiku " + V + " – aja diterusake menyang sapa-sapa, ya."),
    ("ceb", "Cebuano", "Latin", "Ang password sa PC sa payag sa mga paso kay " + V + " – palihug ayaw ni i-forward."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà inú ilé ìkòkò òdòdó ni " + V + " – jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar da ke rumfar tukwane ita ce " + V + " – don Allah kada ka tura wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha esishedini samabhodwe ithi " + V + " – ngicela ungayidluliseli komunye umuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqithisa lekhompyutha kwishedi yeembiza ngu " + V + " – nceda ungalithumeli komnye umntu."),
    ("khk", "Mongolian", "Cyrillic", "Ваарны саравчны компьютерийн нууц үг " + V + " – хэнд ч бүү дамжуулаарай."),
    ("uzn", "Uzbek", "Latin", "Tuvak omboridagi kompyuterning paroli " + V + " – iltimos, uni hech kimga yubormang."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la komputilo en la potŝedo estas " + V + " – bonvolu ne plusendi ĝin."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè ki nan ti kay po yo se " + V + " – tanpri pa voye l bay pèsonn."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko i te wharau kōhua ko " + V + " – kaua e tukuna atu ki ētahi atu."),
]
SPARES = [("tat", "Tatar"), ("kin", "Kinyarwanda"), ("lat", "Latin"), ("fao", "Faroese")]


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        value = reg.draw(password, rng, True)
        text, s, e = fill(sent, value)
        out.append(dict(type=TYPE, container=FORMATS[i % 4] + "__" + code, text=text, start=s, end=e,
                        source="prose", lang=code))
    return out
