"""Prose source: one sentence in each of 40 languages; someone tells a colleague the yard-office PC password."""
import random

from common225 import owner_password, span_record

SEED = 22504
SPAN_TYPE = "yard_office_pc_password_in_message"
FORMATS = ["yard_group_chat_line", "farrier_text_message", "vet_practice_email_sentence",
           "livery_voicemail_transcript"]

# (iso639-3, name, script, sentence with {v})
LANGS = [
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kontor-PC-en i stallen er {v} – ikke send det videre til noen."),
    ("fao", "Faroese", "Latin", "Loyniorðið til skrivstovutelduna í hesthúsinum er {v} – vinarliga send tað ikki víðari."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina da cuadra é {v} – por favor, non llo pases a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Büro-PC am Stall ass {v} – gëff et w.e.g. net weider."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de kantoar-PC yn 'e stâl is {v} – jou it asjebleaft net troch."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {v} am facal-faire airson coimpiutair na h-oifis aig an stàball – na cuir air adhart e."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer ar burev er marchosi eo {v} – na gas ket anezhañ da zen, mar plij."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за канцеларијски рачунар у штали је {v} – молим те, не прослеђуј је никоме."),
    ("bos", "Bosnian", "Latin", "Šifra za kancelarijski računar u štali je {v} – molim te, nemoj je nikome slati dalje."),
    ("rus", "Russian", "Cyrillic", "Пароль от офисного компьютера на конюшне: {v} – пожалуйста, никому его не пересылай."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב המשרד באורווה היא {v} – בבקשה אל תעביר אותה לאף אחד."),
    ("hin", "Hindi", "Devanagari", "अस्तबल के ऑफ़िस वाले कंप्यूटर का पासवर्ड {v} है – कृपया इसे किसी को आगे मत भेजना।"),
    ("ben", "Bengali", "Bengali", "আস্তাবলের অফিসের কম্পিউটারের পাসওয়ার্ড {v} – দয়া করে এটা কাউকে পাঠিও না।"),
    ("mar", "Marathi", "Devanagari", "तबेल्यातल्या ऑफिसच्या संगणकाचा पासवर्ड {v} आहे – कृपया तो कोणालाही पुढे पाठवू नकोस."),
    ("guj", "Gujarati", "Gujarati", "તબેલાની ઑફિસના કમ્પ્યુટરનો પાસવર્ડ {v} છે – મહેરબાની કરીને કોઈને આગળ મોકલશો નહીં."),
    ("pan", "Eastern Panjabi", "Gurmukhi", "ਤਬੇਲੇ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("kan", "Kannada", "Kannada", "ಲಾಯದ ಕಚೇರಿ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {v} – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "കുതിരലായത്തിലെ ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {v} ആണ് – ദയവായി ഇത് ആർക്കും അയയ്ക്കരുത്."),
    ("sin", "Sinhala", "Sinhala", "අශ්ව ගාලේ කාර්යාල පරිගණකයේ මුරපදය {v} – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("npi", "Nepali", "Devanagari", "तबेलाको अफिसको कम्प्युटरको पासवर्ड {v} हो – कृपया यो कसैलाई नपठाउनू।"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រការិយាល័យក្នុងក្រោលសេះគឺ {v} សូមកុំផ្ញើបន្តទៅអ្នកណាម្នាក់។"),
    ("mya", "Burmese", "Myanmar", "မြင်းဇောင်းရုံးခန်း ကွန်ပျူတာရဲ့ စကားဝှက်က {v} ပါ – ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("zsm", "Malay", "Latin", "Kata laluan komputer pejabat di kandang kuda ialah {v} – tolong jangan kongsikan dengan sesiapa."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa opisina sa kuwadra kay {v} – palihug ayaw kini ipasa bisan kinsa."),
    ("kor", "Korean", "Hangul", "마구간 사무실 컴퓨터 비밀번호는 {v} 입니다 – 다른 사람에게 전달하지 말아 주세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "马厩办公室电脑的密码是 {v} ，请不要转发给任何人。"),
    ("yue", "Yue Chinese", "Han (traditional)", "馬房辦公室部電腦嘅密碼係 {v} ，唔好轉俾其他人呀。"),
    ("uzn", "Northern Uzbek", "Latin", "Otxonadagi ofis kompyuterining paroli {v} – iltimos, uni hech kimga yubormang."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери идораи саисхона {v} аст – лутфан онро ба касе нафиристед."),
    ("tat", "Tatar", "Cyrillic", "Ат абзарындагы офис компьютерының серсүзе {v} – зинһар, аны беркемгә дә җибәрмә."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar ofishin barga ita ce {v} – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà ọ́fíìsì ilé ẹṣin ni {v} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa ọfịs dị n'ụlọ ịnyịnya bụ {v} – biko ezigala ya onye ọ bụla."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi esitebeleni ithi {v} – ngicela ungayidluliseli kunoma ubani."),
    ("xho", "Xhosa", "Latin", "Igama lokugqithisa lekhompyutha yeofisi esitalini ngu {v} – nceda ungalithumeleli nabani na."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die kantoorrekenaar by die stal is {v} – moet dit asseblief vir niemand aanstuur nie."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa y'ibiro byo mu kiraro ni {v} – ntuzaryoherereze undi muntu."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafina amin'ny solosain'ny birao ao amin'ny tranon-tsoavaly dia {v} – aza alefa amin'olona azafady."),
    ("mri", "Maori", "Latin", "Ko {v} te kupuhipa mō te rorohiko o te tari i te whare hōiho – kaua e tukuna ki tētahi atu."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè biwo a nan ekiri a se {v} – tanpri pa voye l bay pèsonn."),
]
SPARES = [("que", "Quechua"), ("sna", "Shona")]


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        text = value.join(sent.split("{v}"))
        cont = f"{FORMATS[i % 4]}__{code}"
        recs.append(span_record(f"p225-s-{start_id + i:04d}", SPAN_TYPE, cont, text, value, "prose"))
    return recs
