"""Prose positives: one sentence per language in which someone gives the workroom computer's password."""
import random

from common260 import MARK, place, password, PEOPLE

SEED = 26004
SPAN_TYPE = "blocking_room_imac_password_in_sentence"
FORMATS = ["hire_desk_voice_memo_transcript", "workroom_pinboard_card", "repair_counter_chat_line",
           "supplier_visit_notebook_page"]

# (ISO 639-3 code, English name, script, sentence with {V})
LANGUAGES = [
    ("pol", "Polish", "Latin", "Hasło do komputera w pracowni to {V} i proszę, nie mów go nikomu."),
    ("ces", "Czech", "Latin", "Heslo k počítači v dílně je {V} a prosím, nikomu ho neříkej."),
    ("hun", "Hungarian", "Latin", "A műhely számítógépének jelszava {V} és kérlek, senkinek ne mondd el."),
    ("ell", "Modern Greek", "Greek", "Ο κωδικός του υπολογιστή στο εργαστήριο είναι {V} και σε παρακαλώ μην τον πεις σε κανέναν."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в мастерской {V} и, пожалуйста, никому его не говори."),
    ("lit", "Lithuanian", "Latin", "Dirbtuvių kompiuterio slaptažodis yra {V} ir prašau niekam jo nesakyti."),
    ("est", "Estonian", "Latin", "Töökoja arvuti parool on {V} ja palun ära ütle seda kellelegi."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að tölvunni á verkstæðinu er {V} og vinsamlegast segðu engum frá því."),
    ("eus", "Basque", "Latin", "Tailerreko ordenagailuaren pasahitza {V} da eta, mesedez, ez esan inori."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador do obradoiro é {V} e, por favor, non llo digas a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Computer am Atelier ass {V} an, w.e.g., sot et kengem."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {V} am facal-faire aig a' choimpiutair sa bhùth-obrach, agus na innis do dhuine e."),
    ("hye", "Armenian", "Armenian", "Արհեստանոցի համակարգչի գաղտնաբառն է {V} և խնդրում եմ ոչ մեկին չասես։"),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב בסדנה היא {V} ובבקשה אל תספר לאף אחד."),
    ("kmr", "Northern Kurdish", "Latin", "Şîfreya kompîtera atolyeyê {V} e û ji kerema xwe ji kesî re nebêje."),
    ("uzn", "Northern Uzbek", "Latin", "Ustaxonadagi kompyuterning paroli {V} bo'ladi, iltimos, hech kimga aytmang."),
    ("khk", "Halh Mongolian", "Cyrillic", "Урлангийн компьютерийн нууц үг {V} байна, хэнд ч битгий хэлээрэй."),
    ("tam", "Tamil", "Tamil", "பட்டறை கணினியின் கடவுச்சொல் {V} ஆகும், தயவுசெய்து யாரிடமும் சொல்ல வேண்டாம்."),
    ("mar", "Marathi", "Devanagari", "कार्यशाळेतील संगणकाचा पासवर्ड {V} आहे, कृपया कोणालाही सांगू नका."),
    ("guj", "Gujarati", "Gujarati", "વર્કશોપના કમ્પ્યુટરનો પાસવર્ડ {V} છે, કૃપા કરીને કોઈને કહેશો નહીં."),
    ("hin", "Hindi", "Devanagari", "वर्कशॉप वाले कंप्यूटर का पासवर्ड {V} है, कृपया किसी को मत बताना।"),
    ("kor", "Korean", "Hangul", "작업실 컴퓨터 비밀번호는 {V} 이니까 아무한테도 말하지 마세요."),
    ("yue", "Cantonese", "Han", "工場部電腦嘅密碼係 {V} ，唔好話俾其他人知呀。"),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer di bengkel adalah {V} dan tolong jangan kasih tahu siapa pun."),
    ("jav", "Javanese", "Latin", "Tembung sandhi komputer ing bengkel yaiku {V} lan aja dikandhakake marang sapa-sapa."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa talyer kay {V} ug palihug ayaw kini isulti bisan kinsa."),
    ("mri", "Maori", "Latin", "Ko {V} te kupuhipa o te rorohiko i te awheawhe, kaua e whāki ki tētahi atu."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya karakana ni {V} na tafadhali usimwambie mtu yeyote."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà ilé iṣẹ́ ni {V} , jọ̀wọ́ má ṣe sọ fún ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar wurin aiki ita ce {V} , don Allah kada ka gaya wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasendaweni yokusebenzela ithi {V} , ngicela ungatsheli muntu."),
    ("xho", "Xhosa", "Latin", "Iphasiwedi yekhompyutha yendawo yokusebenzela ngu {V} , nceda ungaxeleli mntu."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die werkswinkel se rekenaar is {V} en moet dit asseblief vir niemand sê nie."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè atelye a se {V} , tanpri pa di pèsonn li."),
    ("sun", "Sundanese", "Latin", "Kecap konci komputer di bengkel téh {V} , punten ulah dibéjakeun ka saha waé."),
    ("lat", "Latin", "Latin", "Tessera computatri officinae est {V} et, quaeso, nemini dicas."),
    ("plt", "Plateau Malagasy", "Latin", "Ny tenimiafina amin'ny solosaina ao amin'ny atelier dia {V} ary aza lazaina amin'olona."),
    ("sin", "Sinhala", "Sinhala", "වැඩපොළේ පරිගණකයේ මුරපදය {V} වේ, කරුණාකර කිසිවෙකුට කියන්න එපා."),
    ("mal", "Malayalam", "Malayalam", "വർക്ക്\u200cഷോപ്പിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്\u200cവേഡ് {V} ആണ്, ദയവായി ആരോടും പറയരുത്."),
    ("kan", "Kannada", "Kannada", "ಕಾರ್ಯಾಗಾರದ ಕಂಪ್ಯೂಟರ್\u200cನ ಪಾಸ್\u200cವರ್ಡ್ {V} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
]
SPARES = [("fao", "Faroese"), ("bre", "Breton"), ("smo", "Samoan"), ("tat", "Tatar"), ("kin", "Kinyarwanda"),
          ("lao", "Lao"), ("mya", "Burmese")]
CONFIDENCE = {
    "fair": ["pol", "ces", "rus", "ind", "afr", "lat", "glg", "hin", "kor", "swh", "hun", "ell"],
    "modest": ["lit", "est", "isl", "eus", "ltz", "gla", "heb", "kmr", "uzn", "mar", "guj", "yue", "jav", "ceb",
               "mri", "hat", "sun", "tam", "plt", "hye", "khk"],
    "low": ["yor", "hau", "zul", "xho", "sin", "mal", "kan"],
}


def frame(fmt, rng, sentence):
    p = rng.choice(PEOPLE)
    if fmt == "hire_desk_voice_memo_transcript":
        return "[memo %02d:%02d - %s]\n%s\n" % (rng.randrange(0, 3), rng.randrange(0, 60), p[0], sentence)
    if fmt == "workroom_pinboard_card":
        return "~ ~ ~\n%s\n- %s\n" % (sentence, p[0][0])
    if fmt == "repair_counter_chat_line":
        return "[%02d:%02d] %s: %s\n" % (rng.randrange(8, 18), rng.randrange(0, 60), p[0], sentence)
    return "p. %d\n%s\n" % (rng.randrange(2, 90), sentence)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGUAGES):
        fmt = FORMATS[i % len(FORMATS)]
        value = reg.draw(lambda: password(rng, strict=True))
        tpl = frame(fmt, rng, sent.replace("{V}", MARK))
        text, s, e = place(tpl, value)
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": SPAN_TYPE}], "source": "prose"})
    return recs
