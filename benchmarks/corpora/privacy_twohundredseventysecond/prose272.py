"""Prose positives: one sentence in each of 40 languages in which someone gives
the password of the office PC at the depuration plant and asks that it be kept
to oneself.  The value is set off by whitespace on both sides."""
import random

import common272 as C

SEED = 27204
TYPE = "depuration_office_pc_password_in_message"
FORMATS = ["harvest_crew_group_text", "tank_room_whiteboard_note", "oyster_bar_till_sticky", "kiln_shed_notebook_line"]

# (code, English name, script, sentence with {V})
L = [
    ("hun", "Hungarian", "Latin", "A tisztítóüzem irodai gépének jelszava {V} – kérlek, tartsd meg magadnak."),
    ("est", "Estonian", "Latin", "Puhastusjaama kontoriarvuti parool on {V} – palun hoia see enda teada."),
    ("lit", "Lithuanian", "Latin", "Valymo įmonės biuro kompiuterio slaptažodis yra {V} – prašau, laikyk jį tik sau."),
    ("ell", "Modern Greek", "Greek", "Ο κωδικός του υπολογιστή στο γραφείο του σταθμού καθαρισμού είναι {V} – σε παρακαλώ κράτησέ τον για τον εαυτό σου."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að skrifstofutölvunni í hreinsistöðinni er {V} – vinsamlegast haltu því fyrir þig."),
    ("eus", "Basque", "Latin", "Araztegiko bulegoko ordenagailuaren pasahitza {V} da – mesedez, gorde ezazu zuretzat."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina da depuradora é {V} – por favor, gárdao para ti."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer burev al lec'h-naetaat eo {V} – mar plij, mir anezhañ evidout."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Bürocomputer an der Botzanlag ass {V} – behal et w.e.g. fir dech."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de kantoarkompjûter by de suveringsynstallaasje is {V} – hâld it asjebleaft foar dysels."),
    ("oci", "Occitan", "Latin", "Lo senhal de l'ordenador del burèu de la depuradora es {V} – garda-lo per tu, se te plai."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {V} am facal-faire airson coimpiutair na h-oifis aig an ionad-glanaidh – cùm agad fhèin e, mas e do thoil e."),
    ("cos", "Corsican", "Latin", "A parolla d'intrata di l'urdinatore di l'uffiziu di a depurazione hè {V} – per piacè, tenila per tè."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב במשרד של מפעל הטיהור היא {V} – בבקשה תשמור אותה לעצמך."),
    ("hin", "Hindi", "Devanagari", "शुद्धिकरण संयंत्र के दफ़्तर वाले कंप्यूटर का पासवर्ड {V} है – कृपया इसे अपने तक ही रखना।"),
    ("mar", "Marathi", "Devanagari", "शुद्धीकरण केंद्राच्या ऑफिसमधील संगणकाचा पासवर्ड {V} आहे – कृपया तो स्वतःपुरताच ठेव."),
    ("guj", "Gujarati", "Gujarati", "શુદ્ધિકરણ પ્લાન્ટની ઓફિસના કમ્પ્યુટરનો પાસવર્ડ {V} છે – મહેરબાની કરીને તે તમારા સુધી જ રાખજો."),
    ("tam", "Tamil", "Tamil", "சுத்திகரிப்பு ஆலை அலுவலகக் கணினியின் கடவுச்சொல் {V} ஆகும் – தயவுசெய்து இதை உங்களுக்குள்ளேயே வைத்துக்கொள்ளுங்கள்."),
    ("kan", "Kannada", "Kannada", "ಶುದ್ಧೀಕರಣ ಘಟಕದ ಕಚೇರಿ ಕಂಪ್ಯೂಟರ್\u200cನ ಪಾಸ್\u200cವರ್ಡ್ {V} ಆಗಿದೆ – ದಯವಿಟ್ಟು ಇದನ್ನು ನಿಮ್ಮಲ್ಲೇ ಇಟ್ಟುಕೊಳ್ಳಿ."),
    ("mal", "Malayalam", "Malayalam", "ശുദ്ധീകരണ പ്ലാന്റിലെ ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്\u200cവേഡ് {V} ആണ് – ദയവായി ഇത് നിങ്ങളുടെ പക്കൽ മാത്രം സൂക്ഷിക്കുക."),
    ("sin", "Sinhala", "Sinhala", "පිරිසිදු කිරීමේ මධ\u0dca\u200d\u0dba\u0dc3\u0dca\u0dae\u0dcf\u0db1\u0dba\u0dda කාර්යාල පරිගණකයේ මුරපදය {V} වේ – කරුණාකර එය ඔබ ළඟම තබා ගන්න."),
    ("kor", "Korean", "Hangul", "정화 공장 사무실 컴퓨터 비밀번호는 {V} 입니다 – 혼자만 알고 계세요."),
    ("yue", "Cantonese", "Han (traditional)", "淨化廠辦公室部電腦嘅密碼係 {V} ，唔該你自己知就得。"),
    ("khk", "Halh Mongolian", "Cyrillic", "Цэвэрлэх үйлдвэрийн оффисын компьютерийн нууц үг бол {V} – үүнийг зөвхөн өөртөө л мэдэж байгаарай."),
    ("uzn", "Northern Uzbek", "Latin", "Tozalash sexi ofisidagi kompyuterning paroli {V} – iltimos, buni o‘zingda saqla."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери идораи корхонаи тозакунӣ {V} аст – лутфан онро танҳо барои худат нигоҳ дор."),
    ("tat", "Tatar", "Cyrillic", "Чистарту цехы офисындагы компьютерның серсүзе {V} – зинһар, аны үзеңдә генә сакла."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya ofisi ya kiwanda cha kusafisha ni {V} – tafadhali liweke kwako peke yako."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ilé-iṣẹ́ ìfọmọ́ ni {V} – jọ̀wọ́ pa á mọ́ fún ara rẹ."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar ofishin masana'antar tsaftacewa ita ce {V} – don Allah ka riƙe ta a wurinka kaɗai."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi esikhungweni sokuhlanza ithi {V} – ngicela uyigcine uyazi wena wedwa."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yeofisi kwindawo yokucoca ngu {V} – nceda uligcine kuwe."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa y'ibiro by'uruganda rw'isukura ni {V} – ndakwinginze uribike wenyine."),
    ("plt", "Plateau Malagasy", "Latin", "Ny teny miafina amin'ny solosainan'ny birao ao amin'ny toeram-panadiovana dia {V} – azafady, tehirizo ho anao ihany."),
    ("smo", "Samoan", "Latin", "O le upu lilo o le komepiuta i le ofisa o le fale fa'amamā o {V} – fa'amolemole ia e teu na'o oe."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko o te tari o te wheketere horoi ko {V} – tēnā, puritia mōu anake."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer kantor di pabrik depurasi adalah {V} – tolong simpan untuk dirimu sendiri."),
    ("jav", "Javanese", "Latin", "Tembung sandhi komputer kantor ing pabrik resik-resik yaiku {V} – tulung disimpen dhewe wae."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa opisina sa planta sa paglimpyo kay {V} – palihug itago ra nimo."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè biwo izin netwayaj la se {V} – tanpri kenbe l pou tèt ou."),
]
SPARES = [("roh", "Romansh"), ("fao", "Faroese"), ("khm", "Khmer"), ("lao", "Lao"), ("mya", "Burmese"), ("ckb", "Central Kurdish")]
# languages the READMEs name outside their code (name) pairs, kept off by hand
HAND_LANGUAGES = [("eng", "English"), ("cat", "Catalan"), ("lat", "Latin"), ("zho", "Chinese"), ("gle", "Irish"),
                  ("fas", "Persian"), ("ara", "Arabic")]

CONFIDENCE = {
    "fair": ["hun", "glg", "ind", "heb", "hin", "kor", "swh", "ell", "isl", "est", "lit", "ltz", "fry", "oci", "ceb", "hat"],
    "modest": ["eus", "gla", "cos", "mar", "guj", "tam", "kan", "mal", "yue", "khk", "uzn", "tgk", "tat", "mri", "jav"],
    "low": ["bre", "sin", "yor", "hau", "zul", "xho", "kin", "plt", "smo"],
}


def generate(reg):
    r = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(L):
        v = reg.draw(lambda: C.password(r, C.STRICT_JOINERS, 0.3))
        a = sent.index("{V}")
        before, after = sent[:a], sent[a + 3:]
        recs.append({"type": TYPE, "container": FORMATS[i % 4] + "__" + code, "text": before + v + after,
                     "secrets": [{"value": v, "start": len(before), "end": len(before) + len(v), "type": TYPE}],
                     "source": "prose"})
    return recs
