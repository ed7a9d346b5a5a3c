"""One sentence per language: someone tells a colleague the pavilion office PC password."""
import random

import common244 as C

TYPE = "pavilion_office_pc_password_in_message"
FORMATS = ["clubhouse_staff_chat_line", "coach_sms", "league_secretary_email_sentence",
           "groundskeeper_voicemail_transcript"]
W = "{pw}"

# (iso639-3 code, English name, script, sentence)
LANGS = [
    ("eng", "English", "Latin", "Quick one: the pavilion office PC password is {pw} – please keep it between us."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в офисе павильона: {pw} — только никому не говори, ладно?"),
    ("est", "Estonian", "Latin", "Paviljoni kontoriarvuti parool on {pw} – palun ära seda kellelegi edasi ütle."),
    ("lit", "Lithuanian", "Latin", "Paviljono biuro kompiuterio slaptažodis yra {pw} – prašau niekam jo nesakyk."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að skrifstofutölvunni í skálanum er {pw} – vinsamlegast segðu engum það."),
    ("fao", "Faroese", "Latin", "Loyniorðið til skrivstovutelduna í klubbhúsinum er {pw} – vinarliga sig tað ikki víðari."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina do pavillón é {pw} – por favor, non llo digas a ninguén."),
    ("oci", "Occitan", "Latin", "Lo mot de passa de l'ordenador del burèu del club es {pw} – te prègui, o digas pas a degun."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Büroscomputer am Pavillon ass {pw} – sot et w.e.g. kengem weider."),
    ("fry", "West Frisian", "Latin", "It wachtwurd fan de kantoarkompjûter yn it paviljoen is {pw} – fertel it asjebleaft oan gjinien troch."),
    ("gla", "Scottish Gaelic", "Latin", "Is e am facal-faire airson coimpiutair oifis a' chluba {pw} – na innis do dhuine sam bith e, mas e do thoil e."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer burev ar c'hlub eo {pw} – na lavar ket da zen, mar plij."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la oficeja komputilo en la klubejo estas {pw} – bonvolu ne diri ĝin al iu ajn."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за канцеларијски рачунар у павиљону је {pw} – молим те, не говори је никоме."),
    ("bos", "Bosnian", "Latin", "Šifra za računar u klupskoj kancelariji je {pw} – molim te, nemoj je nikome reći."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב במשרד של המועדון היא {pw} – בבקשה אל תעביר אותה לאף אחד."),
    ("arb", "Arabic", "Arabic", "كلمة المرور لحاسوب مكتب النادي هي {pw} – من فضلك لا تخبر بها أحدًا."),
    ("hin", "Hindi", "Devanagari", "पवेलियन ऑफिस वाले कंप्यूटर का पासवर्ड {pw} है – प्लीज़ किसी और को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "पॅव्हेलियनच्या ऑफिसमधील संगणकाचा पासवर्ड {pw} आहे – कृपया कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "ક્લબ ઑફિસના કમ્પ્યુટરનો પાસવર્ડ {pw} છે – મહેરબાની કરીને કોઈને કહેતા નહીં."),
    ("kan", "Kannada", "Kannada", "ಕ್ಲಬ್ ಕಚೇರಿಯ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {pw} – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಹೇಳಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "ക്ലബ് ഓഫീസിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {pw} ആണ് – ദയവായി ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "ක්ලබ් කාර්යාලයේ පරිගණකයේ මුරපදය {pw} – කරුණාකර කාටවත් කියන්න එපා."),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "クラブハウス事務所のPCのパスワードは {pw} です。誰にも言わないでね。"),
    ("kor", "Korean", "Hangul", "클럽하우스 사무실 컴퓨터 비밀번호는 {pw} 이야. 아무한테도 말하지 마."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "俱乐部办公室电脑的密码是 {pw} ，请不要告诉别人。"),
    ("yue", "Cantonese", "Han (traditional)", "會所辦公室部電腦嘅密碼係 {pw} ，唔好話俾人知呀。"),
    ("mya", "Burmese", "Myanmar", "ကလပ်ရုံးခန်း ကွန်ပျူတာ စကားဝှက်က {pw} ပါ – ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງການສະໂມສອນແມ່ນ {pw} – ກະລຸນາຢ່າບອກໃຜ."),
    ("zsm", "Malay", "Latin", "Kata laluan komputer pejabat kelab ialah {pw} – tolong jangan beritahu sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa opisina ng club ay {pw} – pakiusap, huwag mong sabihin kahit kanino."),
    ("jav", "Javanese", "Latin", "Sandhi komputer kantor klub yaiku {pw} – tulung aja dikandhakake marang sapa-sapa."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya ofisi ya klabu ni {pw} – tafadhali usimwambie mtu yeyote."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà ọ́fíìsì ẹgbẹ́ náà ni {pw} – jọ̀wọ́ má sọ fún ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar ofishin kulob ita ce {pw} – don Allah kada ka gaya wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yehhovisi leklabhu ithi {pw} – ngicela ungayitsheli muntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yeofisi yeklabhu ngu {pw} – nceda ungaxeleli mntu."),
    ("uzn", "Uzbek", "Latin", "Klub ofisidagi kompyuterning paroli {pw} – iltimos, hech kimga aytma."),
    ("kaz", "Kazakh", "Cyrillic", "Клуб кеңсесіндегі компьютердің құпиясөзі {pw} – өтінемін, ешкімге айтпа."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè biwo klib la se {pw} – tanpri pa di pèsonn li."),
]
SPARES = [
    ("mlg", "Malagasy", "Latin", "Ny tenimiafina amin'ny solosaina ao amin'ny biraon'ny klioba dia {pw} – aza lazainao amin'olona azafady."),
    ("khk", "Mongolian", "Cyrillic", "Клубын оффисын компьютерийн нууц үг {pw} – хэнд ч битгий хэлээрэй."),
]

WRAP = {
    "clubhouse_staff_chat_line": "[18:42] Sam (bar): {s}",
    "coach_sms": "SMS from Coach Dee, 07:55 — {s}",
    "league_secretary_email_sentence": "Subject: handover\n\n{s}\n\n– League secretary",
    "groundskeeper_voicemail_transcript": "Voicemail (transcribed, 0:21): \"{s}\"",
}


def build(reg, seed=24404):
    rng = random.Random(seed)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = reg.draw(lambda: C.make_password(rng, strict=True))
        fmt = FORMATS[i % len(FORMATS)]
        s = sent.replace(W, C.SENT)
        tpl = WRAP[fmt].replace("{s}", s)
        recs.append(C.positive(TYPE, "%s__%s" % (fmt, code), tpl, pw, "prose"))
    return recs
