"""Prose source: someone tells a colleague the password of the club office PC in a message,
one sentence in each of 40 languages; the value is set off by whitespace ("V" marks the slot)."""
import random

from common189 import password, make_record

SEED = 18904
TYPE = "club_office_pc_password_in_message"
FORMATS = ["door_team_chat_line", "bar_staff_sms", "promoter_email_sentence", "karaoke_host_voice_note_transcript"]

# code, name, script, sentence
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Büro-PC im Club ist V – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC dell'ufficio del club è V ma non inoltrarla a nessuno, per favore."),
    ("por", "Portuguese", "Latin", "A senha do PC do escritório da casa é V e por favor não encaminhe para ninguém."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в офисе клуба V — пожалуйста, никому не пересылай."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kontor-PC-en i klubben er V og ikke send det videre, er du snill."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að skrifstofutölvunni í klúbbnum er V og vinsamlegast ekki áframsenda það."),
    ("fao", "Faroese", "Latin", "Loyniorðið til skrivstovutelduna í klubbanum er V og vinaliga send tað ikki víðari."),
    ("glg", "Galician", "Latin", "O contrasinal do PC da oficina do local é V e por favor non o reenvíes a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Büro-PC am Club ass V an w.e.g. net weiderschécken."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de kantoar-PC yn 'e klup is V en stjoer it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Latin", "Is e V am facal-faire airson PC na h-oifis sa chlub – na cuir air adhart e."),
    ("bre", "Breton", "Latin", "Ger-tremen PC burev ar c'hlub eo V ha na gas anezhañ da zen, mar plij."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за канцеларијски рачунар у клубу је V и молим те не прослеђуј је."),
    ("bos", "Bosnian", "Latin", "Šifra za kancelarijski računar u klubu je V i molim te nemoj je nikome prosljeđivati."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב של המשרד במועדון היא V ובבקשה אל תעביר אותה הלאה."),
    ("arb", "Standard Arabic", "Arabic", "كلمة المرور لحاسوب مكتب النادي هي V ورجاءً لا تُرسلها لأحد."),
    ("hin", "Hindi", "Devanagari", "क्लब के ऑफ़िस पीसी का पासवर्ड V है, कृपया इसे आगे मत भेजना।"),
    ("ben", "Bengali", "Bengali", "ক্লাবের অফিস পিসির পাসওয়ার্ড হলো V — দয়া করে কাউকে ফরওয়ার্ড করবেন না।"),
    ("mar", "Marathi", "Devanagari", "क्लबच्या ऑफिस पीसीचा पासवर्ड V आहे, कृपया तो कोणालाही फॉरवर्ड करू नका."),
    ("guj", "Gujarati", "Gujarati", "ક્લબના ઑફિસ પીસીનો પાસવર્ડ V છે, કૃપા કરીને તે કોઈને ફોરવર્ડ કરશો નહીં."),
    ("tel", "Telugu", "Telugu", "క్లబ్ ఆఫీస్ పీసీ పాస్‌వర్డ్ V — దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయకండి."),
    ("kan", "Kannada", "Kannada", "ಕ್ಲಬ್ ಆಫೀಸ್ ಪಿಸಿಯ ಪಾಸ್‌ವರ್ಡ್ V — ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ക്ലബ് ഓഫീസ് പിസിയുടെ പാസ്‌വേഡ് V ആണ്, ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "ක්ලබ් එකේ ඔෆිස් පීසී එකේ පාස්වර්ඩ් එක V — කරුණාකරලා ඒක කාටවත් ෆෝවර්ඩ් කරන්න එපා."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រការិយាល័យក្លឹបគឺ V សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
    ("mya", "Burmese", "Myanmar", "ကလပ်ရုံး ကွန်ပျူတာ စကားဝှက်က V ပါ၊ ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("jpn", "Japanese", "Han and Kana", "クラブ事務所のPCのパスワードは V です。誰にも転送しないでください。"),
    ("kor", "Korean", "Hangul", "클럽 사무실 PC 비밀번호는 V 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han", "俱乐部办公室电脑的密码是 V ，请不要转发给别人。"),
    ("zsm", "Malay", "Latin", "Kata laluan PC pejabat kelab ialah V dan tolong jangan majukan kepada sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng PC sa opisina ng club ay V at pakiusap huwag mo itong ipasa kahit kanino."),
    ("jav", "Javanese", "Latin", "Sandhi PC kantor klub yaiku V lan aja diterusake menyang sapa-sapa ya."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ẹgbẹ́ náà ni V jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar ofishin kulob ita ce V don Allah kada ka tura wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi leklabhu ithi V ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yeofisi yeklabhu ngu V nceda ungalidluliseli nakubani."),
    ("kaz", "Kazakh", "Cyrillic", "Клуб кеңсесіндегі компьютердің құпиясөзі V — ешкімге жіберме."),
    ("uzn", "Uzbek", "Latin", "Klub ofisidagi kompyuterning paroli V — iltimos, hech kimga yubormang."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la oficeja komputilo en la klubo estas V kaj bonvolu ne plusendi ĝin."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè biwo klib la se V epi tanpri pa voye l bay pèsonn."),
]
SPARES = [("kin", "Kinyarwanda"), ("mlg", "Malagasy"), ("tat", "Tatar"), ("khk", "Mongolian"), ("mri", "Maori")]


def generate(reg, start_id):
    r = random.Random(SEED)
    recs = []
    n = start_id
    for i, (code, _name, _script, sentence) in enumerate(LANGS):
        v = reg.draw(lambda: password(r, strict=True))
        assert sentence.count(" V ") == 1
        text = sentence.replace(" V ", " " + v + " ")
        recs.append(make_record("p189-s-%04d" % n, TYPE, FORMATS[i % 4] + "__" + code, text, v, "prose"))
        n += 1
    return recs
