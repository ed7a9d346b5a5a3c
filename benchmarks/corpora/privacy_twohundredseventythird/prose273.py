"""Prose: one sentence per language in which someone gives the workshop computer's password."""
import random

import world273 as W

TYPE = "workshop_computer_password_in_message"
FORMATS = ["wig_block_tag_scrawl", "makeup_trailer_group_text", "prosthetics_bench_post_it",
           "clinic_appointment_card_back"]
HAND_LANGUAGES = {"eng": "English", "cat": "Catalan", "lat": "Latin", "zho": "Chinese", "gle": "Irish",
                  "fas": "Persian", "ara": "Arabic"}

# code, name, script, sentence with «V»
LANGS = [
    ("pol", "Polish", "Latin", "Hasło do komputera w pracowni to «V» – proszę, nie podawaj go nikomu."),
    ("ces", "Czech", "Latin", "Heslo k počítači v dílně je «V» – prosím, nikomu ho neříkej."),
    ("hun", "Hungarian", "Latin", "A műhelyszámítógép jelszava «V» – kérlek, ne mondd el senkinek."),
    ("est", "Estonian", "Latin", "Töökoja arvuti parool on «V» – palun ära ütle seda kellelegi."),
    ("lit", "Lithuanian", "Latin", "Dirbtuvių kompiuterio slaptažodis yra «V» – prašau niekam jo nesakyti."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή του εργαστηρίου είναι «V» – σε παρακαλώ, μην τον πεις σε κανέναν."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в мастерской — «V» — только никому его не говори."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að tölvunni á verkstæðinu er «V» – vinsamlegast segðu engum það."),
    ("fao", "Faroese", "Latin", "Loyniorðið til teldu á verkstaðnum er «V» – vinaliga sig ongum tað."),
    ("eus", "Basque", "Latin", "Tailerreko ordenagailuaren pasahitza «V» da, eta mesedez ez esan inori."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador do obradoiro é «V» – por favor, non llo digas a ninguén."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב בסדנה היא «V» – בבקשה אל תגלה אותה לאף אחד."),
    ("hin", "Hindi", "Devanagari", "वर्कशॉप के कंप्यूटर का पासवर्ड «V» है, कृपया इसे किसी को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "कार्यशाळेतील संगणकाचा पासवर्ड «V» आहे, कृपया तो कोणालाही सांगू नका."),
    ("guj", "Gujarati", "Gujarati", "વર્કશોપના કમ્પ્યુટરનો પાસવર્ડ «V» છે, મહેરબાની કરીને કોઈને કહેશો નહીં."),
    ("tam", "Tamil", "Tamil", "பட்டறைக் கணினியின் கடவுச்சொல் «V» ஆகும், தயவுசெய்து யாரிடமும் சொல்ல வேண்டாம்."),
    ("kan", "Kannada", "Kannada", "ಕಾರ್ಯಾಗಾರದ ಕಂಪ್ಯೂಟರ್\u200cನ ಪಾಸ್\u200cವರ್ಡ್ «V» ಆಗಿದೆ, ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "വർക്ക്\u200cഷോപ്പിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്\u200cവേഡ് «V» ആണ്, ദയവായി ഇത് ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "වැඩපොළේ පරිගණකයේ මුරපදය «V» වේ, කරුණාකර එය කිසිවෙකුටත් කියන්න එපා."),
    ("kor", "Korean", "Hangul", "작업실 컴퓨터 비밀번호는 «V» 이니까 아무에게도 알려 주지 마세요."),
    ("mon", "Mongolian", "Cyrillic", "Цехийн компьютерийн нууц үг «V» — үүнийг хэнд ч битгий хэлээрэй."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer bengkel adalah «V» – tolong jangan beri tahu siapa pun."),
    ("swa", "Swahili", "Latin", "Nenosiri la kompyuta ya karakana ni «V» – tafadhali usimwambie mtu yeyote."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ibi iṣẹ́ ni «V» – jọ̀wọ́ má sọ fún ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar bita ita ce «V» – don Allah kada ka gaya wa kowa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasendaweni yokusebenzela ithi «V» – ngicela ungatsheli muntu."),
    ("xho", "Xhosa", "Latin", "Iphasiwedi yekhompyutha yasemsebenzini ngu «V» – nceda ungaxeleli mntu."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die werkswinkel se rekenaar is «V» – moet dit asseblief vir niemand sê nie."),
    ("hye", "Armenian", "Armenian", "Արհեստանոցի համակարգչի գաղտնաբառն է «V» – խնդրում եմ ոչ մեկին չասես։"),
    ("uzb", "Uzbek", "Latin", "Ustaxona kompyuterining paroli «V» – iltimos, uni hech kimga aytmang."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери устохона «V» аст, лутфан онро ба касе нагӯед."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງຄອມພິວເຕີໃນຫ້ອງປະຕິບັດງານແມ່ນ «V» ກະລຸນາຢ່າບອກໃຜ."),
    ("mya", "Burmese", "Myanmar", "အလုပ်ရုံ ကွန်ပျူတာရဲ့ စကားဝှက်က «V» ပါ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert fir de Computer am Atelier ass «V» – sot et w.e.g. kengem."),
    ("gla", "Scottish Gaelic", "Latin", "'S e «V» am facal-faire airson coimpiutair a' bhùth-obrach – na innis e do dhuine sam bith."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer ar stal eo «V» – na lavar anezhañ da zen, mar plij."),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa workshop kay «V» – palihug ayaw isulti bisan kinsa."),
    ("jav", "Javanese", "Latin", "Tembung sandhi komputer bengkel yaiku «V» – tulung aja dicritakake marang sapa-sapa."),
    ("mlg", "Malagasy", "Latin", "Ny teny miafina amin'ny solosaina ao amin'ny atrikasa dia «V» – aza lazainao amin'olona azafady."),
    ("kin", "Kinyarwanda", "Latin", "Ijambobanga rya mudasobwa yo ku kazi ni «V» – ntugire uwo uribwira."),
]
SPARES = [("sna", "Shona"), ("tir", "Tigrinya"), ("pus", "Pashto"), ("asm", "Assamese")]


def build(reg, seed=27304):
    rng = random.Random(seed)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        for _ in range(300):
            v = W.password(rng, W.JOIN_STRICT, 0.3)
            if reg.ok(v):
                break
        reg.add(v)
        pre, post = sent.split("«V»")
        text = pre + v + post
        recs.append(dict(type=TYPE, container=f"{FORMATS[i % 4]}__{code}", text=text,
                         secrets=[dict(value=v, start=len(pre), end=len(pre) + len(v), type=TYPE)],
                         source="prose"))
    return recs
