"""Prose: one sentence per language in which someone gives the press-office PC password."""
import random

import common248 as C

TYPE = "press_office_pc_password_in_message"
FORMATS = ["orchard_crew_text_message", "cidery_postcard_note", "tasting_room_handover_email", "press_hall_intercom_transcript"]
V = "@@V@@"

# (iso639-3, name, script, confidence, sentence)
LANGS = [
    ("pol", "Polish", "Latin", "fair", "Hasło do komputera w biurze tłoczni to @@V@@ – zachowaj je proszę dla siebie."),
    ("ces", "Czech", "Latin", "fair", "Heslo k počítači v kanceláři lisovny je @@V@@ – nech si ho prosím pro sebe."),
    ("rus", "Russian", "Cyrillic", "fair", "Пароль от компьютера в офисе прессового цеха: @@V@@ – пожалуйста, никому его не говори."),
    ("srp", "Serbian", "Cyrillic", "modest", "Лозинка за рачунар у канцеларији пресаоне је @@V@@ – молим те, задржи је за себе."),
    ("bos", "Bosnian", "Latin", "modest", "Šifra za računar u uredu presaone je @@V@@ – molim te, zadrži je za sebe."),
    ("glg", "Galician", "Latin", "modest", "O contrasinal do ordenador da oficina da prensa é @@V@@ – gárdao para ti, por favor."),
    ("ast", "Asturian", "Latin", "low", "La clave del ordenador de la oficina del llagar ye @@V@@ – nun-y la digas a naide, por favor."),
    ("bre", "Breton", "Latin", "low", "Ger-tremen urzhiataer burev ar waskerezh eo @@V@@ – mirit anezhañ evidoc'h, mar plij."),
    ("cor", "Cornish", "Latin", "low", "An ger-tremena a'n jynn-amontya y'n sodhva wask yw @@V@@ – gwith ev dhis jy, mar pleg."),
    ("gla", "Scottish Gaelic", "Latin", "low", "Seo am facal-faire airson a' choimpiutair ann an oifis an fhàisgeir: @@V@@ – cùm agad fhèin e, mas e do thoil e."),
    ("ltz", "Luxembourgish", "Latin", "modest", "D'Passwuert vum Computer am Büro vun der Press ass @@V@@ – behal et w.e.g. fir dech."),
    ("fry", "Western Frisian", "Latin", "low", "It wachtwurd fan de kompjûter yn it parskantoar is @@V@@ – hâld it asjebleaft foar dysels."),
    ("afr", "Afrikaans", "Latin", "fair", "Die wagwoord van die rekenaar in die perskantoor is @@V@@ – hou dit asseblief vir jouself."),
    ("fao", "Faroese", "Latin", "low", "Loyniorðið til teldina á pressuskrivstovuni er @@V@@ – goym tað fyri teg sjálvan, takk."),
    ("hye", "Armenian", "Armenian", "low", "Ճզմարանի գրասենյակի համակարգչի գաղտնաբառն է @@V@@ – խնդրում եմ, ոչ մեկին մի ասա։"),
    ("kor", "Korean", "Hangul", "modest", "압착실 사무실 컴퓨터 비밀번호는 @@V@@ 입니다 – 다른 사람에게는 말하지 마세요."),
    ("ceb", "Cebuano", "Latin", "modest", "Ang password sa kompyuter sa opisina sa pigaanan kay @@V@@ – ayaw ipanghatag, palihug."),
    ("hat", "Haitian Creole", "Latin", "modest", "Modpas òdinatè biwo près la se @@V@@ – tanpri kenbe l pou ou."),
    ("mar", "Marathi", "Devanagari", "modest", "प्रेस ऑफिसमधील संगणकाचा पासवर्ड @@V@@ आहे – कृपया कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "modest", "પ્રેસ ઓફિસના કમ્પ્યુટરનો પાસવર્ડ @@V@@ છે – કૃપા કરીને કોઈને કહેશો નહીં."),
    ("kan", "Kannada", "Kannada", "low", "ಪ್ರೆಸ್ ಕಚೇರಿಯ ಕಂಪ್ಯೂಟರ್ ಪಾಸ್‌ವರ್ಡ್ @@V@@ – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "low", "പ്രസ്സ് ഓഫീസിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് @@V@@ ആണ് – ദയവായി ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "low", "පීඩන කාර්යාලයේ පරිගණකයේ මුරපදය @@V@@ – කරුණාකර කිසිවෙකුට කියන්න එපා."),
    ("mya", "Burmese", "Myanmar", "low", "ဖျော်ရည်ညှစ်ခန်း ရုံးကွန်ပျူတာ စကားဝှက်က @@V@@ ပါ – ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("lao", "Lao", "Lao", "low", "ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງການໂຮງບີບ ແມ່ນ @@V@@ – ກະລຸນາຢ່າບອກໃຜ."),
    ("khk", "Halh Mongolian", "Cyrillic", "low", "Шахах цехийн оффисын компьютерийн нууц үг @@V@@ – хэнд ч битгий хэлээрэй."),
    ("uzn", "Northern Uzbek", "Latin", "modest", "Press xonasi ofisidagi kompyuter paroli @@V@@ – iltimos, hech kimga aytma."),
    ("tgk", "Tajik", "Cyrillic", "low", "Рамзи компютери идораи пресс @@V@@ аст – лутфан ба касе нагӯед."),
    ("tat", "Tatar", "Cyrillic", "low", "Пресс цехы офисындагы компьютерның серсүзе @@V@@ – зинһар, беркемгә дә әйтмә."),
    ("kmr", "Northern Kurdish", "Latin", "low", "Şîfreya kompûtera ofîsa pêlêkirinê @@V@@ e – ji kerema xwe ji kesî re nebêje."),
    ("pbu", "Southern Pashto", "Arabic", "low", "د فشار دفتر د کمپیوټر پاسورډ @@V@@ دی – مهرباني وکړه چا ته یې مه وایه."),
    ("yor", "Yoruba", "Latin", "low", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ìfúnpọ̀ ni @@V@@ – jọ̀wọ́ má sọ fún ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "modest", "Kalmar sirri ta kwamfutar ofishin matsewa ita ce @@V@@ – don Allah kada ka gaya wa kowa."),
    ("zul", "Zulu", "Latin", "low", "Iphasiwedi yekhompyutha yasehhovisi lokucindezela ithi @@V@@ – ngicela ungamtsheli muntu."),
    ("xho", "Xhosa", "Latin", "low", "Igama lokugqitha lekhompyutha yeofisi yokucudisa ngu @@V@@ – nceda ungaxeleli mntu."),
    ("plt", "Plateau Malagasy", "Latin", "low", "Ny tenimiafina amin'ny solosaina ao amin'ny biraon'ny fanerena dia @@V@@ – aza lazainao amin'olona azafady."),
    ("kin", "Kinyarwanda", "Latin", "low", "Ijambo ry'ibanga rya mudasobwa yo mu biro by'aho bakamura ni @@V@@ – ndakwinginze ntubibwire undi."),
    ("gug", "Paraguayan Guarani", "Latin", "low", "Pe ñe'ẽñemi computadora oficina prensa-pegua ha'e @@V@@ – ani ere avavépe, ajépa."),
    ("haw", "Hawaiian", "Latin", "low", "ʻO @@V@@ ka ʻōlelo huna o ke kamepiula ma ke keʻena kaomi – mai haʻi aku i kekahi."),
    ("smo", "Samoan", "Latin", "low", "O le upu faalilo o le komepiuta i le ofisa o le oomi o le @@V@@ – faamolemole aua le ta'u atu i se isi."),
]
SPARES = [("tir", "Tigrinya"), ("scn", "Sicilian")]
assert len(LANGS) == 40


def build(reg):
    rng = random.Random(C.SEEDS["prose"])
    recs = []
    for i, (code, name, script, conf, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        for _ in range(200):
            v = C.owner_password(rng, strict=True)
            text = sent.replace(V, v)
            if text.count(v) == 1 and reg.add(v):
                break
        else:
            raise RuntimeError(code)
        s = text.index(v)
        recs.append({"type": TYPE, "container": "%s__%s" % (fmt, code), "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": TYPE}], "source": "prose"})
    return recs
