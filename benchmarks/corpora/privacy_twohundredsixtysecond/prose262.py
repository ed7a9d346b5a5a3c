# -*- coding: utf-8 -*-
"""Prose: one sentence per language in which someone gives the password of
the bond-office laptop and asks that it be kept private."""
import random

import common262 as C
import world262 as W

SPAN_TYPE = "bond_office_laptop_password_in_message"
FORMATS = ["cooperage_yard_text_message", "broker_desk_sticky_note",
           "warehouse_handover_email_line", "tasting_room_voice_note_transcript"]

# (iso639-3, English name, script, sentence with @V@)
LANGS = [
    ("hun", "Hungarian", "Latin", "Szia, a vámraktári iroda laptopjának jelszava @V@ de kérlek, tartsd meg magadnak."),
    ("est", "Estonian", "Latin", "Tere, tollilao kontori sülearvuti parool on @V@ palun ära ütle seda kellelegi edasi."),
    ("lit", "Lithuanian", "Latin", "Labas, muitinės sandėlio biuro nešiojamojo kompiuterio slaptažodis yra @V@ prašau niekam jo neperduoti."),
    ("ell", "Greek", "Greek", "Γεια, ο κωδικός του φορητού στο γραφείο της αποθήκης είναι @V@ σε παρακαλώ κράτησέ τον για τον εαυτό σου."),
    ("isl", "Icelandic", "Latin", "Hæ, lykilorðið að fartölvunni á tollvörugeymsluskrifstofunni er @V@ vinsamlegast haltu því fyrir þig."),
    ("fao", "Faroese", "Latin", "Hey, loyniorðið til fartelduna á goymslukontórinum er @V@ vinaliga hald tað fyri teg sjálvan."),
    ("gle", "Irish", "Latin", "Dia duit, is é @V@ an pasfhocal don ríomhaire glúine in oifig an stórais, coinnigh agat féin é le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "Halò, ’s e @V@ am facal-faire airson coimpiutair-uchd oifis a’ bhannda, cùm agad fhèin e."),
    ("bre", "Breton", "Latin", "Demat, ger-tremen an urzhiataer hezoug e burev ar stal a zo @V@ mar plij, na lavar ket da zen."),
    ("eus", "Basque", "Latin", "Kaixo, biltegiko bulegoko ordenagailu eramangarriaren pasahitza @V@ da, mesedez gorde ezazu zeuretzat."),
    ("glg", "Galician", "Latin", "Ola, o contrasinal do portátil da oficina do depósito aduaneiro é @V@ e, por favor, gárdao só para ti."),
    ("ltz", "Luxembourgish", "Latin", "Moien, d’Passwuert vum Laptop am Zollbüro ass @V@ an behal et wannechgelift fir dech."),
    ("fry", "Western Frisian", "Latin", "Hoi, it wachtwurd fan de laptop op it douanekantoar is @V@ en hâld it asjebleaft foar dysels."),
    ("rus", "Russian", "Cyrillic", "Привет, пароль от ноутбука в офисе таможенного склада @V@ — только никому его не передавай."),
    ("heb", "Hebrew", "Hebrew", "היי, הסיסמה של המחשב הנייד במשרד המחסן הערוב היא @V@ בבקשה אל תעביר אותה לאף אחד."),
    ("hin", "Hindi", "Devanagari", "नमस्ते, बॉन्ड ऑफिस वाले लैपटॉप का पासवर्ड @V@ है, कृपया इसे किसी को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "नमस्कार, बॉन्ड ऑफिसच्या लॅपटॉपचा पासवर्ड @V@ आहे, कृपया तो कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "નમસ્તે, બોન્ડ ઑફિસના લેપટોપનો પાસવર્ડ @V@ છે, મહેરબાની કરીને કોઈને કહેશો નહીં."),
    ("tam", "Tamil", "Tamil", "வணக்கம், பாண்ட் அலுவலக மடிக்கணினியின் கடவுச்சொல் @V@ ஆகும், தயவுசெய்து யாரிடமும் சொல்லாதீர்கள்."),
    ("kan", "Kannada", "Kannada", "ನಮಸ್ಕಾರ, ಬಾಂಡ್ ಕಚೇರಿಯ ಲ್ಯಾಪ್‌ಟಾಪ್‌ನ ಪಾಸ್‌ವರ್ಡ್ @V@ ಆಗಿದೆ, ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ഹലോ, ബോണ്ട് ഓഫീസിലെ ലാപ്‌ടോപ്പിന്റെ പാസ്‌വേഡ് @V@ ആണ്, ദയവായി ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "ආයුබෝවන්, බන්ධිත ගබඩා කාර්යාලයේ ලැප්ටොප් එකේ මුරපදය @V@ යි, කරුණාකර කාටවත් කියන්න එපා."),
    ("kor", "Korean", "Hangul", "안녕하세요, 보세창고 사무실 노트북 비밀번호는 @V@ 입니다. 다른 사람에게는 알려주지 마세요."),
    ("khm", "Khmer", "Khmer", "សួស្តី ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃនៅការិយាល័យឃ្លាំង គឺ @V@ សូមកុំប្រាប់អ្នកណាឡើយ។"),
    ("lao", "Lao", "Lao", "ສະບາຍດີ ລະຫັດຜ່ານຂອງຄອມພິວເຕີໂນດບຸກຢູ່ຫ້ອງການສາງ ແມ່ນ @V@ ກະລຸນາຢ່າບອກໃຜ."),
    ("mya", "Burmese", "Myanmar", "မင်္ဂလာပါ၊ ဂိုဒေါင်ရုံးက လက်ပ်တော့ရဲ့ စကားဝှက်က @V@ ပါ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("khk", "Halh Mongolian", "Cyrillic", "Сайн уу, баталгаат агуулахын оффисын зөөврийн компьютерын нууц үг @V@ шүү, хэнд ч бүү хэлээрэй."),
    ("ind", "Indonesian", "Latin", "Halo, kata sandi laptop di kantor gudang berikat adalah @V@ tolong jangan diberitahukan ke siapa pun."),
    ("jav", "Javanese", "Latin", "Halo, tembung sandhi laptop ing kantor gudang yaiku @V@ tulung aja dikandhakake marang sapa-sapa."),
    ("ceb", "Cebuano", "Latin", "Hi, ang password sa laptop sa opisina sa bodega kay @V@ palihug ayaw kini ihatag bisan kang kinsa."),
    ("swh", "Swahili", "Latin", "Habari, nenosiri la kompyuta mpakato ya ofisi ya ghala ni @V@ tafadhali usimwambie mtu yeyote."),
    ("yor", "Yoruba", "Latin", "Ẹ n lẹ́, ọ̀rọ̀ aṣínà kọ̀ǹpútà alágbèéká ọ́fíìsì ilé ìpamọ́ ni @V@ jọ̀wọ́ má ṣe sọ fún ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "Sannu, kalmar sirrin kwamfutar tafi-da-gidanka ta ofishin ma’aji ita ce @V@ don Allah kada ka gaya wa kowa."),
    ("zul", "Zulu", "Latin", "Sawubona, iphasiwedi yekhompyutha ephathekayo yasehhovisi lesitolo ithi @V@ ngicela ungayitsheli muntu."),
    ("xho", "Xhosa", "Latin", "Molo, igama lokugqitha lekhompyutha ephathwayo yeofisi yevenkile ngu @V@ nceda ungamxeleli mntu."),
    ("kin", "Kinyarwanda", "Latin", "Muraho, ijambo ry’ibanga rya mudasobwa igendanwa yo mu biro by’ububiko ni @V@ ndakwinginze ntuzaribwire undi muntu."),
    ("uzn", "Northern Uzbek", "Latin", "Salom, bojxona ombori ofisidagi noutbukning paroli @V@ iltimos, uni hech kimga aytma."),
    ("tgk", "Tajik", "Cyrillic", "Салом, пароли ноутбуки дафтари анбори гумрукӣ @V@ аст, лутфан онро ба касе нагӯ."),
    ("hat", "Haitian Creole", "Latin", "Bonjou, modpas laptop ki nan biwo depo a se @V@ tanpri pa bay pèsonn li."),
    ("mri", "Maori", "Latin", "Kia ora, ko te kupuhipa mō te rorohiko pōnaho i te tari o te whare putunga ko @V@ tēnā, kaua e hoatu ki tētahi atu."),
]
SPARES = [("tat", "Tatar"), ("quy", "Ayacucho Quechua"), ("wol", "Wolof")]
# named in the earlier READMEs' prose (spares, neighbours, replaced) - avoided by hand
HAND_LANGUAGES = ["pashto", "pus", "pbt", "ewe", "tongan", "ton", "papiamento", "pap", "asturian", "ast",
                  "romansh", "roh", "serbian", "srp", "bosnian", "bos", "croatian", "hrv", "sorbian", "hsb",
                  "dsb", "english", "eng", "catalan", "cat", "manx", "glv", "walloon", "wln", "sranan", "srn",
                  "occitan", "oci", "nepali", "npi", "ganda", "lug", "igbo", "ibo"]


def build(reg, seed=26204):
    rng = random.Random(seed)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(lambda: W.gen_password(rng, strict=True, cap=0.3), "prose")
        text, s, e = C.place(sent.replace("@V@", C.V), v)
        recs.append({"type": SPAN_TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": SPAN_TYPE}],
                     "source": "prose", "_lang": code})
    return recs
