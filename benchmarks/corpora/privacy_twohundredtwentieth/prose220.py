"""Prose source: one sentence in each of 40 languages; someone tells a colleague a password."""
import random

from common220 import SLOT, owner_password, positive

SEED = 22004
TYPE = "race_control_pc_password_in_message"
FORMATS = ["marshal_radio_transcript", "front_desk_chat_line", "venue_sms", "manager_email_sentence"]

# (iso 639-3, English name, script, sentence with @S@)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Rennleitungs-PC lautet @S@ – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC della direzione gara è @S@ – per favore non inoltrarla a nessuno."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til PC-en i løpskontrollen er @S@ – ikke send det videre."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в судейской — @S@ — только никому не пересылай, пожалуйста."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у контроли трке је @S@ – молим те, не прослеђуј је."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u kontroli utrke je @S@ – molim te, nemoj je nikome slati."),
    ("jpn", "Japanese", "Japanese", "レースコントロールのPCのパスワードは @S@ です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "레이스 컨트롤 PC 비밀번호는 @S@ 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "赛道控制室电脑的密码是 @S@ ，请不要转发给别人。"),
    ("hin", "Hindi", "Devanagari", "रेस कंट्रोल वाले पीसी का पासवर्ड @S@ है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "রেস কন্ট্রোলের পিসির পাসওয়ার্ড @S@ – দয়া করে কাউকে ফরওয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "रेस कंट्रोल पीसीचा पासवर्ड @S@ आहे, कृपया तो कोणालाही फॉरवर्ड करू नकोस."),
    ("guj", "Gujarati", "Gujarati", "રેસ કંટ્રોલ પીસીનો પાસવર્ડ @S@ છે, કૃપા કરીને કોઈને ફોરવર્ડ ન કરશો."),
    ("pan", "Punjabi", "Gurmukhi", "ਰੇਸ ਕੰਟਰੋਲ ਵਾਲੇ ਪੀਸੀ ਦਾ ਪਾਸਵਰਡ @S@ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("kan", "Kannada", "Kannada", "ರೇಸ್ ಕಂಟ್ರೋಲ್ ಪಿಸಿಯ ಪಾಸ್‌ವರ್ಡ್ @S@ – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "റേസ് കൺട്രോൾ പിസിയുടെ പാസ്‌വേഡ് @S@ ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "රේස් කන්ට්‍රෝල් පරිගණකයේ මුරපදය @S@ – කරුණාකර කාටවත් යවන්න එපා."),
    ("npi", "Nepali", "Devanagari", "रेस कन्ट्रोल कम्प्युटरको पासवर्ड @S@ हो, कृपया कसैलाई फरवार्ड नगर्नुहोस्।"),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב בבקרת המרוץ היא @S@ – בבקשה אל תעביר אותה הלאה."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà ibi ìṣàkóso eré ìje ni @S@ – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar sashen kula da tsere ita ce @S@ – don Allah kada ka tura wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yegumbi lokulawula umjaho ithi @S@ – ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yegumbi lolawulo ngu @S@ – nceda ungalithumeli komnye umntu."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die renbeheer-rekenaar is @S@ – moet dit asseblief nie aanstuur nie."),
    ("zsm", "Malay", "Latin", "Kata laluan PC bilik kawalan perlumbaan ialah @S@ – tolong jangan hantar kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Sandhi PC kanggo kontrol balapan yaiku @S@ – aja diterusake menyang sapa-sapa ya."),
    ("ceb", "Cebuano", "Latin", "Ang password sa PC sa race control kay @S@ – palihug ayaw ipasa bisan kang kinsa."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័របន្ទប់គ្រប់គ្រងការប្រណាំងគឺ @S@ សូមកុំបញ្ជូនបន្តទៅអ្នកណាឡើយ។"),
    ("mya", "Burmese", "Myanmar", "ပြိုင်ပွဲထိန်းချုပ်ခန်း ကွန်ပျူတာ စကားဝှက်က @S@ ပါ။ ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("khk", "Halh Mongolian", "Cyrillic", "Уралдааны удирдлагын компьютерын нууц үг бол @S@ – хэнд ч бүү дамжуулаарай."),
    ("uzn", "Uzbek", "Latin", "Poyga nazorati kompyuterining paroli @S@ – iltimos, hech kimga yubormang."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери идоракунии пойга @S@ аст – лутфан онро ба касе нафиристед."),
    ("glg", "Galician", "Latin", "O contrasinal do PC de control de carreira é @S@ – por favor, non llo reenvíes a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Rennkontroll-PC ass @S@ – schéck et w.e.g. net weider."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de PC by de racekontrôle is @S@ – stjoer it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Latin", "'S e @S@ am facal-faire aig coimpiutair smachd na rèise – na cuir air adhart e."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la komputilo en la vetkura kontrolejo estas @S@ – bonvolu ne plusendi ĝin."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè kontwòl kous la se @S@ – tanpri pa voye l bay pèsonn."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa y'ubugenzuzi bw'isiganwa ni @S@ – ntuzarihererekanye ku wundi muntu."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko whakahaere reihi ko @S@ – kaua e tukuna ki tētahi atu."),
]
SPARES = [("fao", "Faroese"), ("smo", "Samoan")]


def records(prefix, reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = reg.draw(lambda: owner_password(rng, "-_."))
        fmt = FORMATS[i % 4]
        if fmt == "marshal_radio_transcript":
            tpl = "[radio ch2, 17:%02d] " % rng.randint(10, 59) + sent
        elif fmt == "front_desk_chat_line":
            tpl = "%s: " % rng.choice(["Mia", "Tomasz", "Ade", "Noor", "Kai"]) + sent
        elif fmt == "venue_sms":
            tpl = sent
        else:
            tpl = sent + "\n"
        tpl = tpl.replace("@S@", SLOT)
        recs.append(positive("%s-s-%04d" % (prefix, n), TYPE, "%s__%s" % (fmt, code), tpl, pw, "prose"))
        n += 1
    return recs
