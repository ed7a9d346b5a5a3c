"""Prose source: one sentence per language, someone tells a colleague the caller-booth PC password."""
import random

from common188 import password, pos_record, render

SEED = 18804
TYPE = "caller_booth_pc_password_in_message"
FORMATS = ["bingo_volunteer_group_chat", "hall_manager_sms", "raffle_committee_email_line", "caller_shift_handover_note"]

# (ISO 639-3 code, English name, script, sentence with {{V}})
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den PC in der Ansagerkabine ist {{V}} – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC nella cabina dell'annunciatore è {{V}} – per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do PC da cabine do locutor do bingo é {{V}} – por favor não reencaminhes a ninguém."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til PC-en i bingobua er {{V}} – ikke send det videre til noen."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в будке ведущего бинго {{V}} — пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у кабини водитеља бинга је {{V}} – молим те, немој је никоме прослеђивати."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u kabini voditelja binga je {{V}} – molim te, nemoj je nikome slati."),
    ("glg", "Galician", "Latin", "O contrasinal do PC da cabina do locutor é {{V}} – por favor, non o reenvíes a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum PC an der Bingo-Kabinn ass {{V}} – w.e.g. net weiderschécken."),
    ("fao", "Faroese", "Latin", "Loyniorðið til telduna í bingobásinum er {{V}} – vinarliga send tað ikki víðari."),
    ("fry", "West Frisian", "Latin", "It wachtwurd fan de kompjûter yn it bingohokje is {{V}} – stjoer it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Latin", "Is e am facal-faire airson a' choimpiutair anns a' bhothan bingo {{V}} – na cuir air adhart e, mas e do thoil e."),
    ("oci", "Occitan", "Latin", "Lo senhal de l'ordenador de la cabina del bingo es {{V}} – mercés de lo pas mandar a degun."),
    ("roh", "Romansh", "Latin", "Il pled-clav dal computer en la cabina da bingo è {{V}} – per plaschair na l'inoltrar a nagin."),
    ("hin", "Hindi", "Devanagari", "बिंगो कॉलर बूथ वाले पीसी का पासवर्ड {{V}} है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "বিঙ্গো কলার বুথের পিসির পাসওয়ার্ড {{V}} – দয়া করে এটা কাউকে ফরোয়ার্ড করবেন না।"),
    ("mar", "Marathi", "Devanagari", "बिंगो कॉलर बूथमधल्या पीसीचा पासवर्ड {{V}} आहे – कृपया तो कोणालाही फॉरवर्ड करू नका."),
    ("guj", "Gujarati", "Gujarati", "બિંગો કોલર બૂથના પીસીનો પાસવર્ડ {{V}} છે – કૃપા કરીને તે કોઈને ફોરવર્ડ કરશો નહીં."),
    ("pan", "Punjabi", "Gurmukhi", "ਬਿੰਗੋ ਕਾਲਰ ਬੂਥ ਵਾਲੇ ਪੀਸੀ ਦਾ ਪਾਸਵਰਡ {{V}} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("kan", "Kannada", "Kannada", "ಬಿಂಗೊ ಕಾಲರ್ ಬೂತ್‌ನ ಪಿಸಿಯ ಪಾಸ್‌ವರ್ಡ್ {{V}} – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ബിംഗോ കോളർ ബൂത്തിലെ പിസിയുടെ പാസ്‌വേഡ് {{V}} ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "බිංගෝ කෝලර් කුටියේ පරිගණකයේ මුරපදය {{V}} – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("nep", "Nepali", "Devanagari", "बिंगो कलर बुथको कम्प्युटरको पासवर्ड {{V}} हो – कृपया यो कसैलाई फरवार्ड नगर्नुहोला।"),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "叫号台那台电脑的密码是 {{V}} ，请不要转发给别人。"),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "コーラーブースのPCのパスワードは {{V}} です。誰にも転送しないでください。"),
    ("kor", "Korean", "Hangul", "빙고 콜러 부스 PC 비밀번호는 {{V}} 입니다. 다른 사람에게 전달하지 마세요."),
    ("mya", "Burmese", "Myanmar", "ဘင်ဂို ခေါ်သူ အခန်းရှိ ကွန်ပျူတာ၏ စကားဝှက်မှာ {{V}} ဖြစ်သည်။ ကျေးဇူးပြု၍ မည်သူ့ကိုမျှ မပို့ပါနှင့်။"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រនៅបន្ទប់អ្នកហៅប៊ីងហ្គោគឺ {{V}} សូមកុំបញ្ជូនបន្តទៅអ្នកណាទាំងអស់។"),
    ("zsm", "Malay", "Latin", "Kata laluan PC di bilik pemanggil bingo ialah {{V}} – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Tembung sandhi PC ing bilik pangundang bingo yaiku {{V}} – aja diterusake menyang sapa-sapa ya."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב בתא הקריין היא {{V}} – בבקשה אל תעביר אותה הלאה."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà tó wà ní àgọ́ olùpè bingo ni {{V}} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar ɗakin mai kiran bingo ita ce {{V}} – don Allah kar ka tura wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha esekamelweni lomemezi webhingo ithi {{V}} – ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha ekhabhinini yombizi webhingo ngu {{V}} – nceda ungayithumeli komnye umntu."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die rekenaar in die bingo-roeperhokkie is {{V}} – moet dit asseblief nie aanstuur nie."),
    ("uzb", "Uzbek", "Latin", "Bingo boshlovchisi kabinasidagi kompyuterning paroli {{V}} – iltimos, uni hech kimga yubormang."),
    ("mon", "Mongolian", "Cyrillic", "Бинго хөтлөгчийн бүхээгийн компьютерийн нууц үг {{V}} – хэнд ч бүү дамжуулаарай."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la komputilo en la bingo-vokista budo estas {{V}} – bonvolu ne plusendi ĝin."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè ki nan kabin moun k ap rele bingo a se {{V}} – tanpri pa voye l bay pèsonn."),
]
SPARES = [("kin", "Kinyarwanda"), ("mri", "Maori"), ("lat", "Latin"), ("tgk", "Tajik")]


def generate(reg, next_id):
    rng = random.Random(SEED)
    recs = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: password(rng, strict=True))
        text, s, e = render(sent, value)
        recs.append(pos_record(next_id(), TYPE, FORMATS[i % len(FORMATS)] + "__" + code, text, s, e, "prose"))
    return recs
