"""Prose: one sentence per language in which someone gives the password of the retort-yard office PC."""
import random

import common274 as C
import world274 as W

SEED = 27404
TYPE = "retort_office_pc_password_in_message"
FORMATS = ["kiln_camp_radio_message", "bog_bothy_noticeboard_scrawl", "biochar_lab_whiteboard_note",
           "charcoal_van_dashboard_text"]

V = C.MARK

# code, name, script, sentence ({V} marks the value; it is always set off by whitespace)
LANGS = [
    ("fin", "Finnish", "Latin", "Retorttipihan toimiston tietokoneen salasana on {V} – pidäthän sen omana tietonasi."),
    ("est", "Estonian", "Latin", "Retordihoovi kontori arvuti parool on {V} – palun hoia see enda teada."),
    ("lit", "Lithuanian", "Latin", "Retortų kiemo biuro kompiuterio slaptažodis yra {V} – prašau, niekam jo nesakyk."),
    ("hun", "Hungarian", "Latin", "A retortudvari iroda gépének jelszava {V} – kérlek, tartsd meg magadnak."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή στο γραφείο της αυλής με τους αποστακτήρες είναι {V} – σε παρακαλώ, κράτα τον για τον εαυτό σου."),
    ("tur", "Turkish", "Latin", "Retort avlusundaki ofis bilgisayarının şifresi {V} – lütfen kimseyle paylaşma."),
    ("isl", "Icelandic", "Latin", "Lykilorðið á skrifstofutölvunni í ofnagarðinum er {V} – vinsamlegast haltu því fyrir þig."),
    ("fao", "Faroese", "Latin", "Loyniorðið til skrivstovuteldina í ovnsgarðinum er {V} – vinarliga goym tað hjá tær sjálvum."),
    ("eus", "Basque", "Latin", "Erretorta-patioko bulegoko ordenagailuaren pasahitza {V} da – mesedez, gorde ezazu zeuretzat."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina do patio das retortas é {V} – por favor, gárdao só para ti."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у канцеларији код реторти је {V} – молим те, задржи је за себе."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u kancelariji kod retorti je {V} – molim te, zadrži je za sebe."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в конторе у реторт — {V} — пожалуйста, никому его не говори."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב במשרד שבחצר הרטורטות היא {V} – בבקשה שמור אותה לעצמך."),
    ("hin", "Hindi", "Devanagari", "रिटॉर्ट यार्ड के दफ़्तर वाले कंप्यूटर का पासवर्ड {V} है – कृपया इसे अपने तक ही रखना।"),
    ("mar", "Marathi", "Devanagari", "रिटॉर्ट यार्डमधील ऑफिसच्या संगणकाचा पासवर्ड {V} आहे – कृपया तो स्वतःकडेच ठेव."),
    ("guj", "Gujarati", "Gujarati", "રિટોર્ટ યાર્ડની ઓફિસના કમ્પ્યુટરનો પાસવર્ડ {V} છે – કૃપા કરીને તેને તમારા સુધી જ રાખજો."),
    ("tam", "Tamil", "Tamil", "ரிடார்ட் முற்றத்து அலுவலகக் கணினியின் கடவுச்சொல் {V} – தயவுசெய்து இதை உங்களிடமே வைத்துக்கொள்ளுங்கள்."),
    ("kan", "Kannada", "Kannada", "ರಿಟಾರ್ಟ್ ಅಂಗಳದ ಕಚೇರಿ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} – ದಯವಿಟ್ಟು ಇದನ್ನು ನಿಮ್ಮಲ್ಲೇ ಇಟ್ಟುಕೊಳ್ಳಿ."),
    ("mal", "Malayalam", "Malayalam", "റിട്ടോർട്ട് യാർഡിലെ ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ് – ദയവായി ഇത് ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "රිටෝට් අංගනයේ කාර්යාල පරිගණකයේ මුරපදය {V} – කරුණාකර එය ඔබ ළඟම තබා ගන්න."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ในออฟฟิศลานเตาเผาคือ {V} ช่วยเก็บไว้คนเดียวนะ"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີໃນຫ້ອງການລານເຕົາເຜົາແມ່ນ {V} ກະລຸນາເກັບໄວ້ຄົນດຽວ"),
    ("mya", "Burmese", "Myanmar", "ရီတော့ခြံ ရုံးခန်း ကွန်ပျူတာရဲ့ စကားဝှက်က {V} ပါ – ကိုယ့်ဘာသာပဲ သိထားပါ။"),
    ("kor", "Korean", "Hangul", "레토르트 마당 사무실 컴퓨터 비밀번호는 {V} 입니다 – 혼자만 알고 계세요."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer kantor di halaman retort adalah {V} – tolong simpan untuk dirimu sendiri."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa opisina sa bakuran ng retort ay {V} – pakiusap, sa iyo na lang iyan."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya ofisi kwenye uwanja wa tanuru ni {V} – tafadhali usimwambie mtu."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ní àgbàlá ìléru ni {V} – jọ̀ọ́, pa á mọ́ fún ara rẹ."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar ofis a harabar murhu ita ce {V} – don Allah ka riƙe ta a zuciyarka."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi egcekeni lamaziko ithi {V} – ngicela uyigcine kuwe."),
    ("kaz", "Kazakh", "Cyrillic", "Реторта ауласындағы кеңсе компьютерінің құпиясөзі – {V} – өзіңде ғана сақта."),
    ("uzb", "Uzbek", "Latin", "Retort hovlisidagi ofis kompyuterining paroli {V} – iltimos, uni hech kimga aytma."),
    ("mon", "Mongolian", "Cyrillic", "Реторт талбайн оффисын компьютерийн нууц үг {V} – үүнийг зөвхөн өөртөө хадгална уу."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Bürocomputer um Retortenhaff ass {V} – behal et w.e.g. fir dech."),
    ("gla", "Scottish Gaelic", "Latin", "'S e am facal-faire airson a' choimpiutair san oifis aig gàrradh nan àmhainnean {V} – cùm agad fhèin e, mas e do thoil e."),
    ("glv", "Manx", "Latin", "Yn fockle follit son y co-earrooder ayns yn oik ec y vagher oghe t'eh {V} – freill eh dhyt hene, my sailt."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer ar burev e porzh ar fornioù a zo {V} – mar plij, mir anezhañ evidout da-unan."),
    ("oci", "Occitan", "Latin", "Lo senhal de l'ordenador del burèu de la cort dels fornses es {V} – gardatz-lo per vos, se vos plai."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko o te tari i te iāri umu ko {V} – tēnā, puritia mō koe anake."),
]
SPARES = [("cor", "Cornish"), ("yid", "Yiddish"), ("tgk", "Tajik")]

CONFIDENCE = {
    "good": ["fin", "tur", "rus", "ind", "glg", "kor"],
    "fair": ["est", "hun", "ell", "isl", "srp", "bos", "heb", "hin", "tha", "tgl", "swh", "kaz", "uzb", "ltz", "eus"],
    "modest": ["lit", "fao", "mar", "guj", "tam", "kan", "mal", "mon", "gla", "oci", "bre"],
    "low": ["sin", "lao", "mya", "yor", "hau", "zul", "glv", "mri"],
}


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: W.password(rng, W.JOINERS_STRICT, 0.3))
        tmpl = sent.replace("{V}", V)
        text, s, e = C.place(tmpl, value)
        fmt = FORMATS[i % len(FORMATS)]
        out.append({"type": TYPE, "container": "%s__%s" % (fmt, code), "text": text,
                    "secrets": [{"value": value, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return out
