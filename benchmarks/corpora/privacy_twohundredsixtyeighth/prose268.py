"""Prose positives of p268: one sentence in each of 40 languages in which someone
gives the password of the bark-mill office PC, set off by whitespace."""
import random

import world268 as W

SEED = 26804
SPAN_TYPE = "bark_mill_office_pc_password_in_note"
FORMATS = ["tanyard_text_message", "currying_shop_chalkboard", "vellum_order_slip_margin", "hide_market_voicemail_transcript"]

# (iso639-3, name, script, sentence with V)
LANGS = [
    ("ces", "Czech", "Latin", "Heslo k počítači v kanceláři u mlýna na kůru je V a prosím nikomu dalšímu ho neříkej."),
    ("pol", "Polish", "Latin", "Hasło do komputera w biurze przy młynie korowym to V i proszę, nie mów go nikomu innemu."),
    ("hun", "Hungarian", "Latin", "A kéregmalom melletti iroda gépének jelszava V és kérlek, ne mondd el senki másnak."),
    ("ekk", "Estonian", "Latin", "Kooreveski kontoriarvuti parool on V ja palun ära ütle seda kellelegi teisele."),
    ("lit", "Lithuanian", "Latin", "Žievės malūno biuro kompiuterio slaptažodis yra V ir prašau niekam kitam jo nesakyk."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að tölvunni á skrifstofunni við barkarmylluna er V og vinsamlegast segðu engum öðrum það."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή στο γραφείο του μύλου φλοιού είναι V και σε παρακαλώ μην τον πεις σε κανέναν άλλο."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в конторе у корьевой мельницы — V и, пожалуйста, никому его не говори."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב במשרד ליד טחנת הקליפה היא V ובבקשה אל תגלה אותה לאף אחד אחר."),
    ("hin", "Hindi", "Devanagari", "छाल की चक्की वाले दफ़्तर के कंप्यूटर का पासवर्ड V है और कृपया इसे किसी और को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "साल दळण्याच्या गिरणीजवळच्या ऑफिसच्या संगणकाचा पासवर्ड V आहे आणि कृपया तो दुसऱ्या कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "છાલની ઘંટી પાસેની ઓફિસના કમ્પ્યુટરનો પાસવર્ડ V છે અને મહેરબાની કરીને બીજા કોઈને કહેશો નહીં."),
    ("tam", "Tamil", "Tamil", "பட்டை அரைக்கும் ஆலை அலுவலகக் கணினியின் கடவுச்சொல் V ஆகும், தயவுசெய்து வேறு யாரிடமும் சொல்லாதே."),
    ("kan", "Kannada", "Kannada", "ತೊಗಟೆ ಗಿರಣಿಯ ಕಚೇರಿ ಕಂಪ್ಯೂಟರ್\u200cನ ಪಾಸ್\u200cವರ್ಡ್ V ಆಗಿದೆ, ದಯವಿಟ್ಟು ಬೇರೆ ಯಾರಿಗೂ ಹೇಳಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "തൊലി അരയ്ക്കുന്ന മില്ലിലെ ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്\u200cവേഡ് V ആണ്, ദയവായി മറ്റാരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "පොතු මෝලේ කාර්යාල පරිගණකයේ මුරපදය V වේ, කරුණාකර වෙන කිසිවෙකුට කියන්න එපා."),
    ("mya", "Burmese", "Myanmar", "သစ်ခေါက်ကြိတ်စက်ရုံ ရုံးခန်းကွန်ပျူတာရဲ့ စကားဝှက်က V ဖြစ်ပါတယ်၊ တခြားဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງຄອມພິວເຕີຫ້ອງການຂ້າງໂຮງບົດເປືອກໄມ້ແມ່ນ V ກະລຸນາຢ່າບອກໃຜອີກ."),
    ("kor", "Korean", "Hangul", "껍질 분쇄소 사무실 컴퓨터 비밀번호는 V 입니다. 다른 사람에게는 말하지 마세요."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer kantor di dekat penggilingan kulit kayu adalah V dan tolong jangan beri tahu orang lain."),
    ("jav", "Javanese", "Latin", "Tembung sandhi komputer kantor cedhak gilingan kulit kayu yaiku V lan aja dikandhakake marang wong liya ya."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya ofisi karibu na kinu cha magome ni V na tafadhali usimwambie mtu mwingine."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì tó wà lẹ́gbẹ̀ẹ́ ẹ̀rọ ìlọ èèpo igi ni V jọ̀wọ́ má sọ fún ẹlòmíì."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar ofis kusa da injin niƙa bawo ita ce V kuma don Allah kada ka gaya wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi eduze kwesigayo samagxolo ithi V futhi ngicela ungayitsheli omunye umuntu."),
    ("xho", "Xhosa", "Latin", "Iphasiwedi yekhompyutha yeofisi ekufutshane nesilo samaxolo ngu V kwaye nceda ungamxeleli nabani na."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die kantoorrekenaar by die basmeul is V en moet dit asseblief vir niemand anders sê nie."),
    ("eus", "Basque", "Latin", "Azal-errotaren ondoko bulegoko ordenagailuaren pasahitza V da eta mesedez ez esan beste inori."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina do muíño de casca é V e, por favor, non llo digas a ninguén máis."),
    ("gla", "Scottish Gaelic", "Latin", "Is e V am facal-faire airson a' choimpiutair san oifis ri taobh muileann na cairt agus na innis e do dhuine sam bith eile."),
    ("hye", "Armenian", "Armenian", "Կեղևի աղացի մոտի գրասենյակի համակարգչի գաղտնաբառը V է, խնդրում եմ ուրիշ ոչ մեկին չասես։"),
    ("uzn", "Uzbek", "Latin", "Poʻstloq tegirmoni yonidagi ofis kompyuterining paroli V va iltimos, uni boshqa hech kimga aytma."),
    ("tgk", "Tajik", "Cyrillic", "Рамзи компютери идора дар назди осиёби пӯстлох V аст ва лутфан онро ба касе нагӯед."),
    ("khk", "Mongolian", "Cyrillic", "Холтос тээрмийн дэргэдэх оффисын компьютерийн нууц үг V бөгөөд үүнийг өөр хэнд ч битгий хэлээрэй."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Bürocomputer bei der Rannemillen ass V an sot et w.e.g. kengem anere weider."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè biwo a bò moulen ekòs la se V epi tanpri pa di pèsonn lòt moun li."),
    ("mri", "Maori", "Latin", "Ko V te kupuhipa o te rorohiko o te tari i te taha o te mira kiri rākau, kaua e kōrero ki tētahi atu."),
    ("fao", "Faroese", "Latin", "Loyniorðið til teldu á skrivstovuni við barkkvørnina er V og vinarliga sig tað ikki við nakran annan."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa opisina duol sa galingan sa panit sa kahoy kay V ug palihog ayaw isulti sa uban."),
    ("oci", "Occitan", "Latin", "Lo senhal de l'ordenador del burèu al costat del molin de rusca es V e se vos plai, o digatz pas a degun mai."),
]
SPARES = [("bre", "Breton"), ("kin", "Kinyarwanda"), ("tat", "Tatar"), ("sna", "Shona")]


def build(reg):
    r = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: W.password(r, W.STRICT_JOINERS, 0.3))
        if sent.count(" V ") != 1:
            raise RuntimeError("placeholder in " + code)
        start = sent.index(" V ") + 1
        text = sent[:start] + value + sent[start + 1:]
        recs.append({"type": SPAN_TYPE, "container": "%s__%s" % (FORMATS[i % 4], code), "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": SPAN_TYPE}],
                     "source": "prose"})
    return recs
