"""Prose: one sentence in each of 40 languages in which someone gives the password of the
print-room Mac and asks the reader to keep it to themselves.  The value is set off by whitespace."""
import random

from common250 import owner_password, span_of

SEED = 25004
PTYPE = "print_room_mac_password_in_message"
FORMATS = ["print_room_chat_line", "bindery_sms_message", "studio_email_sentence", "press_sticky_note_photo_text"]

# code, English name, script, sentence with {P}
LANGS = [
    ("nob", "Norwegian Bokmal", "Latin", "Passordet til Mac-en i trykkeriet er {P} – ikke del det med noen, er du snill."),
    ("fao", "Faroese", "Latin", "Loyniorðið til Mac-teldina í prentstovuni er {P} – vinarliga ikki gev tað nøkrum øðrum."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert fir de Mac am Drockatelier ass {P} – behal et w.e.g. fir dech."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de Mac yn de printkeamer is {P} – hâld it asjebleaft foar dysels."),
    ("gle", "Irish", "Latin", "Is é {P} pasfhocal an Mac sa seomra priontála – coinnigh agat féin é, le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "Is e {P} am facal-faire airson a' Mhac san t-seòmar clò-bhualaidh – cùm agad fhèin e, mas e do thoil e."),
    ("bre", "Breton", "Latin", "Ger-tremen ar Mac er sal voullañ a zo {P} – mirit anezhañ evidoc'h, mar plij."),
    ("glg", "Galician", "Latin", "O contrasinal do Mac da sala de impresión é {P} – non llo digas a ninguén, por favor."),
    ("ast", "Asturian", "Latin", "La contraseña del Mac de la sala d'impresión ye {P} – nun-y la digas a naide, por favor."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за Мек у штампарији је {P} – молим те, не дај је никоме."),
    ("bos", "Bosnian", "Latin", "Šifra za Mac u štampariji je {P} – molim te, nemoj je nikome davati."),
    ("rus", "Russian", "Cyrillic", "Пароль от мака в печатной мастерской — {P} — только никому его не говори, пожалуйста."),
    ("hsb", "Upper Sorbian", "Latin", "Hesło za Mac w ćišćerni je {P} – prošu njedaj jo nikomu."),
    ("tat", "Tatar", "Cyrillic", "Басмаханәдәге Mac компьютерының серсүзе {P} – беркемгә дә әйтмә, зинһар."),
    ("bak", "Bashkir", "Cyrillic", "Баҫмаханалағы Mac компьютерының серһүҙе {P} – бер кемгә лә әйтмә, зинһар."),
    ("uzn", "Uzbek", "Latin", "Bosmaxonadagi Mac kompyuterining paroli {P} – iltimos, hech kimga aytma."),
    ("tuk", "Turkmen", "Latin", "Çaphanadaky Mac kompýuteriň paroly {P} – haýyş edýärin, hiç kime aýtma."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери Mac дар чопхона {P} аст – лутфан ба касе нагӯ."),
    ("khk", "Mongolian", "Cyrillic", "Хэвлэлийн өрөөний Mac компьютерын нууц үг {P} – хэнд ч битгий хэлээрэй."),
    ("kor", "Korean", "Hangul", "인쇄실 맥 비밀번호는 {P} 입니다. 다른 사람한테는 알려 주지 마세요."),
    ("mya", "Burmese", "Myanmar", "ပုံနှိပ်ခန်းထဲက Mac ရဲ့ စကားဝှက်က {P} ပါ။ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់របស់ Mac នៅបន្ទប់បោះពុម្ព គឺ {P} សូមកុំប្រាប់អ្នកណាផ្សេង។"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງ Mac ໃນຫ້ອງພິມແມ່ນ {P} ກະລຸນາຢ່າບອກໃຜ."),
    ("sin", "Sinhala", "Sinhala", "මුද්‍රණ කාමරයේ Mac එකේ මුරපදය {P} – කරුණාකර කාටවත් කියන්න එපා."),
    ("mal", "Malayalam", "Malayalam", "പ്രിന്റ് റൂമിലെ Mac-ന്റെ പാസ്‌വേഡ് {P} ആണ് – ദയവായി ആരോടും പറയരുത്."),
    ("kan", "Kannada", "Kannada", "ಪ್ರಿಂಟ್ ರೂಮ್‌ನ Mac ಪಾಸ್‌ವರ್ಡ್ {P} – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mar", "Marathi", "Devanagari", "प्रिंट रूममधल्या Mac चा पासवर्ड {P} आहे – कृपया कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "પ્રિન્ટ રૂમના Mac નો પાસવર્ડ {P} છે – મહેરબાની કરીને કોઈને કહેતા નહીં."),
    ("hin", "Hindi", "Devanagari", "प्रिंट रूम वाले Mac का पासवर्ड {P} है – प्लीज़ किसी को मत बताना।"),
    ("pbt", "Pashto", "Arabic", "د چاپخونې د Mac پاسورډ {P} دی – مهرباني وکړه چا ته یې مه وایه."),
    ("kmr", "Kurmanji Kurdish", "Latin", "Şîfreya Mac-a odeya çapê {P} e – ji kerema xwe ji kesî re nebêje."),
    ("ceb", "Cebuano", "Latin", "Ang password sa Mac sa printing room kay {P} – palihug ayaw isulti bisan kinsa."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar Mac a dakin bugu ita ce {P} – don Allah kada ka gaya wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà Mac tó wà ní yàrá ìtẹ̀wé ni {P} – jọ̀wọ́ má sọ fún ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi ye-Mac esekamelweni lokuphrinta ithi {P} – ngicela ungayitsheli muntu."),
    ("xho", "Xhosa", "Latin", "Iphasiwedi yeMac ekwigumbi lokushicilela ngu {P} – nceda ungamxeleli mntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya Mac yo mu cyumba cyo gucapiramo ni {P} – ndakwinginze ntuzaribwire undi muntu."),
    ("plt", "Malagasy", "Latin", "Ny tenimiafina an'ny Mac ao amin'ny efitrano fanontana dia {P} – aza ambara amin'olona azafady."),
    ("hat", "Haitian Creole", "Latin", "Modpas Mac ki nan sal enprimri a se {P} – tanpri pa di pèsonn li."),
    ("pap", "Papiamento", "Latin", "E password di e Mac den e sala di imprenta ta {P} – por fabor no bisa niun hende."),
]
SPARES = [("tpi", "Tok Pisin"), ("ton", "Tongan"), ("ory", "Odia")]
# languages avoided by hand: named by an earlier README only in prose (number-word languages,
# set-aside languages, evasion languages) or close to one of them
HAND_AVOIDED = ["finnish", "italian", "turkish", "french", "dutch", "german", "spanish", "basque", "hebrew",
                "greek", "latin", "lithuanian", "icelandic", "estonian", "swahili", "maori", "esperanto",
                "japanese", "danish", "indonesian", "hungarian", "swedish", "catalan", "friulian", "shona",
                "corsican", "wolof", "chinese", "malay", "english"]

FRAMES = {
    "print_room_chat_line": "[10:14] Maren: {S}\n",
    "bindery_sms_message": "SMS from Teodor (07:52)\n{S}\n",
    "studio_email_sentence": "Subject: print room\n\n{S}\n\nSol\n",
    "press_sticky_note_photo_text": "[photo of a yellow sticky note on the monitor]\n{S}\n",
}


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        value = reg.draw(lambda: owner_password(rng, strict=True))
        text = FRAMES[fmt].format(S=sent.format(P=value))
        s, e = span_of(text, value)
        recs.append({
            "type": PTYPE,
            "container": "%s__%s" % (fmt, code),
            "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": PTYPE}],
            "source": "prose",
        })
    return recs
