"""Prose: one sentence in each of 40 languages in which someone gives a
colleague the password of the tower-office computer, set off by whitespace."""
import random

import common266 as C

SEED = 26604
SPAN_TYPE = "tower_office_computer_password_in_message"
FORMATS = ["lightship_volunteer_sms", "restorers_bench_postcard", "tower_tour_handover_slip", "gift_shop_till_roll_scribble"]
V = "\u2063VALUE\u2063"

# (iso639-3, language name, script, confidence, sentence)
LANGS = [
    ("fin", "Finnish", "Latin", "fair", "Piran, tornitoimiston tietokoneen salasana on " + V + " – älä kerro sitä kenellekään."),
    ("est", "Estonian", "Latin", "modest", "Piran, tornikontori arvuti parool on " + V + " – palun ära ütle seda kellelegi."),
    ("hun", "Hungarian", "Latin", "fair", "Piran, a toronyiroda számítógépének jelszava " + V + " – kérlek, ne add tovább senkinek."),
    ("lit", "Lithuanian", "Latin", "modest", "Piranai, švyturio biuro kompiuterio slaptažodis yra " + V + " – prašau niekam jo nesakyk."),
    ("isl", "Icelandic", "Latin", "modest", "Piran, lykilorðið að tölvunni á skrifstofunni í vitanum er " + V + " – ekki segja neinum frá því."),
    ("fao", "Faroese", "Latin", "low", "Piran, loyniorðið til teldunnar á skrivstovuni í vitanum er " + V + " – sig tað ikki fyri nøkrum."),
    ("ell", "Modern Greek", "Greek", "fair", "Πίραν, ο κωδικός του υπολογιστή στο γραφείο του φάρου είναι " + V + " – μην τον πεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "fair", "Piran, fener ofisindeki bilgisayarın şifresi " + V + " – lütfen kimseye söyleme."),
    ("srp", "Serbian", "Cyrillic", "fair", "Пиране, лозинка за рачунар у канцеларији светионика је " + V + " – немој је никоме давати."),
    ("bos", "Bosnian", "Latin", "fair", "Pirane, šifra za računar u uredu svjetionika je " + V + " – molim te, nemoj je nikome reći."),
    ("eus", "Basque", "Latin", "low", "Piran, itsasargiko bulegoko ordenagailuaren pasahitza " + V + " da – mesedez, ez esan inori."),
    ("glg", "Galician", "Latin", "modest", "Piran, o contrasinal do ordenador da oficina do faro é " + V + " – por favor, non llo digas a ninguén."),
    ("gla", "Scottish Gaelic", "Latin", "low", "A Phiran, 's e " + V + " am facal-faire airson a' choimpiutair ann an oifis an taigh-sholais – na innis do dhuine e."),
    ("bre", "Breton", "Latin", "low", "Piran, ar ger-tremen evit urzhiataer burev an tour-tan eo " + V + " – na lavar anezhañ da zen, mar plij."),
    ("ltz", "Luxembourgish", "Latin", "modest", "Piran, d'Passwuert fir de Computer am Büro vum Liichttuerm ass " + V + " – sot et w.e.g. kengem weider."),
    ("rus", "Russian", "Cyrillic", "fair", "Пиран, пароль от компьютера в конторе маяка: " + V + " – пожалуйста, никому его не сообщай."),
    ("cor", "Cornish", "Latin", "low", "Piran, an ger-tremen rag an jynn-amontya yn soedhva an golowji yw " + V + " – na lavar dhe dhen vyth."),
    ("heb", "Hebrew", "Hebrew", "modest", "פירן, הסיסמה למחשב במשרד של המגדלור היא " + V + " – בבקשה אל תמסור אותה לאף אחד."),
    ("kaz", "Kazakh", "Cyrillic", "low", "Пиран, маяк кеңсесіндегі компьютердің құпиясөзі: " + V + " – оны ешкімге айтпа."),
    ("uzb", "Uzbek", "Latin", "low", "Piran, mayoq idorasidagi kompyuterning paroli " + V + " – iltimos, uni hech kimga aytma."),
    ("hin", "Hindi", "Devanagari", "modest", "पिरान, लाइटहाउस के दफ़्तर वाले कंप्यूटर का पासवर्ड " + V + " है – कृपया इसे किसी को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "low", "पिरान, दीपगृहाच्या कार्यालयातील संगणकाचा पासवर्ड " + V + " आहे – कृपया तो कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "low", "પિરાન, દીવાદાંડીની ઓફિસના કમ્પ્યુટરનો પાસવર્ડ " + V + " છે – મહેરબાની કરીને કોઈને કહીશ નહીં."),
    ("tam", "Tamil", "Tamil", "low", "பிரான், கலங்கரை விளக்க அலுவலகக் கணினியின் கடவுச்சொல் " + V + " – தயவுசெய்து யாரிடமும் சொல்லாதே."),
    ("kan", "Kannada", "Kannada", "low", "ಪಿರಾನ್, ದೀಪಸ್ತಂಭದ ಕಚೇರಿಯ ಕಂಪ್ಯೂಟರ್\u200cನ ಪಾಸ್\u200cವರ್ಡ್ " + V + " – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "low", "പിരാൻ, വിളക്കുമാടത്തിലെ ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്\u200cവേഡ് " + V + " ആണ് – ദയവായി ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "low", "පිරාන්, ප්\u200dරදීපාගාර කාර්යාලයේ පරිගණකයේ මුරපදය " + V + " – කරුණාකර කිසිවෙකුට කියන්න එපා."),
    ("tha", "Thai", "Thai", "modest", "ปิราน รหัสผ่านคอมพิวเตอร์ในสำนักงานประภาคารคือ " + V + " อย่าบอกใครนะ"),
    ("lao", "Lao", "Lao", "low", "ປີຣານ ລະຫັດຜ່ານຂອງຄອມພິວເຕີໃນຫ້ອງການຫໍປະພາຄານແມ່ນ " + V + " ຢ່າບອກໃຜເດີ້"),
    ("mya", "Burmese", "Myanmar", "low", "ပီရန်၊ မီးပြတိုက်ရုံးခန်းက ကွန်ပျူတာရဲ့ စကားဝှက်က " + V + " ပါ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("kor", "Korean", "Hangul", "modest", "피란 씨, 등대 사무실 컴퓨터 비밀번호는 " + V + " 입니다 – 아무에게도 알려 주지 마세요."),
    ("ind", "Indonesian", "Latin", "fair", "Piran, kata sandi komputer di kantor mercusuar adalah " + V + " – tolong jangan beri tahu siapa pun."),
    ("tgl", "Tagalog", "Latin", "modest", "Piran, ang password ng computer sa opisina ng parola ay " + V + " – pakiusap, huwag mong sabihin kahit kanino."),
    ("yue", "Cantonese", "Han (traditional)", "modest", "Piran，燈塔辦公室部電腦嘅密碼係 " + V + " ，唔好話俾人知呀。"),
    ("mri", "Maori", "Latin", "low", "E Piran, ko te kupuhipa mō te rorohiko i te tari o te whare rama ko " + V + " – kaua e kōrero ki tētahi atu."),
    ("swh", "Swahili", "Latin", "modest", "Piran, nenosiri ya kompyuta ya ofisi ya mnara wa taa ni " + V + " – tafadhali usimwambie mtu yeyote."),
    ("yor", "Yoruba", "Latin", "low", "Piran, ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ilé ìmọ́lẹ̀ etí òkun ni " + V + " – jọ̀ọ́ má ṣe sọ fún ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "low", "Piran, iphasiwedi yekhompyutha ehhovisi lendlu yesibani ithi " + V + " – ungayitsheli muntu."),
    ("hau", "Hausa", "Latin", "low", "Piran, kalmar sirrin kwamfutar ofishin fitila ita ce " + V + " – don Allah kada ka gaya wa kowa."),
    ("hat", "Haitian Creole", "Latin", "modest", "Piran, modpas òdinatè biwo fa a se " + V + " – tanpri pa di pèsonn li."),
]
SPARES = [("glv", "Manx"), ("div", "Dhivehi"), ("kal", "Kalaallisut"), ("smo", "Samoan"), ("tgk", "Tajik"), ("oci", "Occitan")]
HAND_LANGUAGES = ["english", "catalan", "eng", "cat"]


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, script, conf, sent) in enumerate(LANGS):
        v = reg.draw(lambda: C.make_password(rng, strict=True, cap=0.3))
        text = sent.replace(V, v)
        s = text.index(v)
        out.append({"type": SPAN_TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                    "secrets": [{"value": v, "start": s, "end": s + len(v), "type": SPAN_TYPE}], "source": "prose"})
    return out
