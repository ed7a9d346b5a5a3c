"""Prose source: one sentence per language, someone tells a colleague the
password of the yard office PC and asks them not to forward it."""
import random

import common219 as C

TYPE = "yard_office_pc_password_in_message"
FORMATS = ["yard_group_chat_line", "depot_sms_text", "office_email_sentence", "crew_voicemail_transcript"]

# (code, name, script, sentence with {v})
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Büro-PC auf dem Holzplatz ist jetzt {v} – bitte nicht weiterleiten."),
    ("por", "Portuguese", "Latin", "A palavra-passe do PC do escritório do estaleiro é agora {v} – por favor não a reencaminhes."),
    ("ita", "Italian", "Latin", "La password del PC dell'ufficio in deposito adesso è {v} – per favore non inoltrarla."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador de l'oficina del magatzem ara és {v} – si us plau, no la reenviïs."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina do almacén agora é {v} – por favor, non o reenvíes."),
    ("eus", "Basque", "Latin", "Biltegiko bulegoko ordenagailuaren pasahitza orain {v} da – mesedez, ez bidali inori."),
    ("gle", "Irish", "Latin", "Is é {v} pasfhocal ríomhaire na hoifige sa chlós anois – ná seol ar aghaidh é, le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {v} am facal-faire aig coimpiutair na h-oifis sa ghàrradh a-nis – na cuir air adhart e, mas e do thoil e."),
    ("bre", "Breton", "Latin", "Ar ger-tremen evit urzhiataer ar burev er porzh a zo {v} bremañ – na gas anezhañ da zen all, mar plij."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Büro-PC um Holzplaz ass elo {v} – w.e.g. net weiderschécken."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de kantoar-pc op it houtplak is no {v} – stjoer it asjebleaft net troch."),
    ("fao", "Faroese", "Latin", "Loyniorðið til skrivstovutelduna á viðarplássinum er nú {v} – vinarliga send tað ikki víðari."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kontor-PC-en på tomta er nå {v} – ikke send det videre."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за канцеларијски рачунар у дворишту је сада {v} – молим те, немој је прослеђивати."),
    ("bos", "Bosnian", "Latin", "Lozinka za kancelarijski računar na stovarištu je sada {v} – molim te, nemoj je prosljeđivati."),
    ("rus", "Russian", "Cyrillic", "Пароль от офисного компьютера на складе теперь {v} – пожалуйста, никому его не пересылай."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב המשרד במגרש היא עכשיו {v} – בבקשה אל תעביר אותה הלאה."),
    ("hin", "Hindi", "Devanagari", "यार्ड ऑफिस के कंप्यूटर का पासवर्ड अब {v} है – कृपया इसे आगे मत भेजना।"),
    ("ben", "Bengali", "Bengali", "ইয়ার্ড অফিসের কম্পিউটারের পাসওয়ার্ড এখন {v} – দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "यार्ड ऑफिसच्या संगणकाचा पासवर्ड आता {v} आहे – कृपया तो कोणालाही पाठवू नकोस."),
    ("guj", "Gujarati", "Gujarati", "યાર્ડ ઑફિસના કમ્પ્યુટરનો પાસવર્ડ હવે {v} છે – કૃપા કરીને તેને આગળ મોકલશો નહીં."),
    ("kan", "Kannada", "Kannada", "ಯಾರ್ಡ್ ಆಫೀಸ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ ಈಗ {v} – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "യാർഡ് ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് ഇപ്പോൾ {v} ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "අංගනයේ කාර්යාල පරිගණකයේ මුරපදය දැන් {v} – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "置き場の事務所PCのパスワードは今 {v} です。転送しないでください。"),
    ("kor", "Korean", "Hangul", "야적장 사무실 PC 비밀번호는 이제 {v} 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "堆场办公室电脑的密码现在是 {v} ，请不要转发给别人。"),
    ("yue", "Yue Chinese", "Han (traditional)", "木場辦公室部電腦嘅密碼而家係 {v} ，唔該唔好轉發俾人。"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រការិយាល័យនៅទីធ្លាឥឡូវគឺ {v} សូមកុំបញ្ជូនបន្ត។"),
    ("mya", "Burmese", "Myanmar", "ဝင်းထဲက ရုံးကွန်ပျူတာရဲ့ စကားဝှက်က အခု {v} ပါ – ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("zsm", "Malay", "Latin", "Kata laluan komputer pejabat di laman kayu sekarang ialah {v} – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Sandhi komputer kantor ing pekarangan kayu saiki {v} – aja diterusake menyang sapa-sapa ya."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar ofishin farfajiya yanzu {v} ce – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà ọ́fíìsì àgbàlá báyìí ni {v} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi egcekeni manje ithi {v} – ngicela ungayidluliseli komunye."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yeofisi eyadini ngoku ngu {v} – nceda ungalithumeli komnye umntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo mu biro by'imbuga ubu ni {v} – ndakwinginze ntuyoherereze undi muntu."),
    ("uzn", "Northern Uzbek", "Latin", "Hovlidagi ofis kompyuterining paroli endi {v} – iltimos, uni hech kimga yubormang."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la oficeja komputilo en la lignokorto nun estas {v} – bonvolu ne plusendi ĝin."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko o te tari i te iāri ināianei ko {v} – tēnā koa, kaua e tukuna atu ki tētahi atu."),
]
SPARES = [
    ("tat", "Tatar", "Cyrillic", "Ишегалдагы офис компьютерының серсүзе хәзер {v} – зинһар, аны беркемгә дә җибәрмә."),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa ọfịs dị n'ogige ugbu a bụ {v} – biko ezigala ya onye ọzọ."),
]

FRAME = {
    "yard_group_chat_line": "[07:52] Priya: {s}",
    "depot_sms_text": "SMS from +44 7700 900{n}: {s}",
    "office_email_sentence": "Subject: office PC\n\n{s}\n",
    "crew_voicemail_transcript": "Voicemail (transcribed, 0:{n2}): {s}",
}


def generate(reg):
    rng = random.Random(C.SEEDS["prose"])
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(lambda: C.owner_password(rng, strict=True))
        fmt = FORMATS[i % 4]
        mark = "\u0001V\u0001"
        s = sent.format(v=mark)
        text = FRAME[fmt].format(s=s, n="%03d" % rng.randrange(1000), n2="%02d" % rng.randrange(10, 59))
        start = text.index(mark)
        text = text.replace(mark, v)
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": TYPE}],
                     "source": "prose"})
    return recs
