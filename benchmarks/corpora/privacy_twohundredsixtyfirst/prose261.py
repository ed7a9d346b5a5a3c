"""Prose positives: one sentence in each of 40 languages in which someone gives
the password of the net-loft office PC and asks the reader to keep it quiet."""

import random

import common261 as C
import world261 as W

SEED = 26104
TYPE = "net_loft_office_pc_password_in_note"
FORMATS = ["sail_loft_group_text", "net_loft_chalkboard_line", "rope_walk_tea_room_note",
           "chandlery_phone_message_slip"]

# (code, name, script, confidence, sentence with {v})
LANGS = [
    ("lit", "Lithuanian", "Latin", "fair",
     "Labas, tinklų dirbtuvės biuro kompiuterio slaptažodis yra {v} – prašau, niekam jo nesakyk."),
    ("est", "Estonian", "Latin", "fair",
     "Tere, võrgutöökoja kontoriarvuti parool on {v} – palun ära ütle seda kellelegi."),
    ("hun", "Hungarian", "Latin", "fair",
     "Szia, a hálójavító műhely irodai gépének jelszava {v} – kérlek, ne mondd el senkinek."),
    ("fin", "Finnish", "Latin", "fair",
     "Hei, verkkoverstaan toimistokoneen salasana on {v} – älä kerro sitä kenellekään."),
    ("isl", "Icelandic", "Latin", "modest",
     "Hæ, lykilorðið að skrifstofutölvunni á netaverkstæðinu er {v} – ekki segja neinum frá því."),
    ("fao", "Faroese", "Latin", "low",
     "Hey, loyniorðið til skrivstovutelduna á netabindingini er {v} – vinarliga sig tað ikki við nakran."),
    ("ltz", "Luxembourgish", "Latin", "modest",
     "Moien, d'Passwuert vum Bürocomputer an der Netzwierkstat ass {v} – sot et w.e.g. kengem weider."),
    ("bre", "Breton", "Latin", "low",
     "Demat, ger-tremen urzhiataer burev stal ar rouedoù eo {v} – na lavar ket anezhañ da zen, mar plij."),
    ("gla", "Scottish Gaelic", "Latin", "low",
     "Halò, 's e {v} am facal-faire airson coimpiutair oifis a' bhùth-lìn – na innis e do dhuine sam bith."),
    ("eus", "Basque", "Latin", "modest",
     "Kaixo, sare-tailerreko bulegoko ordenagailuaren pasahitza {v} da – mesedez, ez esan inori."),
    ("glg", "Galician", "Latin", "fair",
     "Ola, o contrasinal do ordenador da oficina do taller de redes é {v} – por favor, non llo digas a ninguén."),
    ("oci", "Occitan", "Latin", "low",
     "Adiu, lo senhal de l'ordenador del burèu del talhièr de fialats es {v} – te prègui, o digas pas a degun."),
    ("srp", "Serbian", "Cyrillic", "fair",
     "Ћао, лозинка за канцеларијски рачунар у радионици за мреже је {v} – молим те, не говори је никоме."),
    ("bos", "Bosnian", "Latin", "fair",
     "Zdravo, šifra za kancelarijski računar u radionici za mreže je {v} – molim te, nemoj je nikome reći."),
    ("ell", "Modern Greek", "Greek", "fair",
     "Γεια, ο κωδικός του υπολογιστή στο γραφείο του συνεργείου διχτυών είναι {v} – σε παρακαλώ, μην τον πεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "fair",
     "Selam, ağ atölyesindeki ofis bilgisayarının şifresi {v} – lütfen kimseye söyleme."),
    ("kaz", "Kazakh", "Cyrillic", "modest",
     "Сәлем, тор шеберханасындағы кеңсе компьютерінің құпия сөзі: {v} – өтінемін, ешкімге айтпа."),
    ("uzn", "Northern Uzbek", "Latin", "modest",
     "Salom, to'r ustaxonasidagi ofis kompyuterining paroli: {v} – iltimos, hech kimga aytma."),
    ("tat", "Tatar", "Cyrillic", "low",
     "Сәлам, ятьмә остаханәсендәге офис компьютерының серсүзе: {v} – зинһар, беркемгә дә әйтмә."),
    ("tgk", "Tajik", "Cyrillic", "low",
     "Салом, рамзи компютери идораи устохонаи тӯр: {v} – лутфан ба ҳеҷ кас нагӯ."),
    ("khk", "Halh Mongolian", "Cyrillic", "low",
     "Сайн уу, торны засварын газрын оффисын компьютерийн нууц үг бол {v} – хэнд ч битгий хэлээрэй."),
    ("kmr", "Northern Kurdish", "Latin", "low",
     "Silav, şîfreya kompîtera nivîsgeha atolyeya toran {v} e – ji kerema xwe ji kesî re nebêje."),
    ("guj", "Gujarati", "Gujarati", "low",
     "નમસ્તે, જાળી વર્કશોપના ઓફિસ કમ્પ્યુટરનો પાસવર્ડ {v} છે – કૃપા કરીને કોઈને કહેશો નહીં."),
    ("mar", "Marathi", "Devanagari", "modest",
     "नमस्कार, जाळी कार्यशाळेच्या ऑफिस संगणकाचा पासवर्ड {v} आहे – कृपया कोणालाही सांगू नकोस."),
    ("hin", "Hindi", "Devanagari", "fair",
     "नमस्ते, जाल कार्यशाला के दफ़्तर वाले कंप्यूटर का पासवर्ड {v} है – कृपया किसी को मत बताना।"),
    ("tam", "Tamil", "Tamil", "low",
     "வணக்கம், வலை பட்டறை அலுவலக கணினியின் கடவுச்சொல் {v} – தயவுசெய்து யாரிடமும் சொல்லாதே."),
    ("kan", "Kannada", "Kannada", "low",
     "ನಮಸ್ಕಾರ, ಬಲೆ ಕಾರ್ಯಾಗಾರದ ಕಚೇರಿ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {v} – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡ."),
    ("mal", "Malayalam", "Malayalam", "low",
     "ഹായ്, വല വർക്ക്‌ഷോപ്പിലെ ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {v} ആണ് – ദയവായി ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "low",
     "ආයුබෝවන්, දැල් වැඩපොළේ කාර්යාල පරිගණකයේ මුරපදය {v} – කරුණාකර කාටවත් කියන්න එපා."),
    ("lao", "Lao", "Lao", "low",
     "ສະບາຍດີ, ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງການຂອງໂຮງຊ່ອມມອງ ແມ່ນ {v} – ກະລຸນາຢ່າບອກໃຜ."),
    ("mya", "Burmese", "Myanmar", "low",
     "မင်္ဂလာပါ၊ ပိုက်ကွန်အလုပ်ရုံ ရုံးကွန်ပျူတာရဲ့ စကားဝှက်က {v} ပါ – ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("tha", "Thai", "Thai", "modest",
     "สวัสดี รหัสผ่านคอมพิวเตอร์ในออฟฟิศของโรงซ่อมอวนคือ {v} – ช่วยอย่าบอกใครนะ"),
    ("ind", "Indonesian", "Latin", "fair",
     "Halo, kata sandi komputer kantor bengkel jaring adalah {v} – tolong jangan bilang siapa-siapa."),
    ("tgl", "Tagalog", "Latin", "modest",
     "Uy, ang password ng computer sa opisina ng talyer ng lambat ay {v} – pakiusap, huwag mong sabihin kahit kanino."),
    ("mri", "Maori", "Latin", "low",
     "Kia ora, ko {v} te kupuhipa mō te rorohiko o te tari kupenga – tēnā, kaua e whakaatu ki tētahi atu."),
    ("swh", "Swahili", "Latin", "modest",
     "Habari, nenosiri la kompyuta ya ofisi ya karakana ya nyavu ni {v} – tafadhali usimwambie mtu yeyote."),
    ("zul", "Zulu", "Latin", "low",
     "Sawubona, iphasiwedi yekhompyutha yasehhovisi lendawo yokulungisa amanetha ithi {v} – ngicela ungatsheli muntu."),
    ("xho", "Xhosa", "Latin", "low",
     "Molo, iphasiwedi yekhompyutha yeofisi yendawo yokulungisa iminatha ngu {v} – nceda ungaxeleli mntu."),
    ("yor", "Yoruba", "Latin", "low",
     "Báwo ni, ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ilé-iṣẹ́ àwọ̀n ni {v} – jọ̀wọ́ má sọ fún ẹnikẹ́ni."),
    ("hau", "Hausa", "Latin", "low",
     "Sannu, kalmar sirri ta kwamfutar ofishin bitar raga ita ce {v} – don Allah kada ka gaya wa kowa."),
]
SPARES = [("kin", "Kinyarwanda"), ("heb", "Hebrew"), ("hat", "Haitian Creole")]


def wrap(fmt, sentence, rng):
    who = rng.choice(W.PEOPLE)
    if fmt == "sail_loft_group_text":
        return "%s (Halyard loft group), 07:%02d\n%s\n" % (who, rng.randint(10, 59), sentence)
    if fmt == "net_loft_chalkboard_line":
        return "[photo of the chalkboard by the twine store]\n%s\n  - %s\n" % (sentence, who.split()[0])
    if fmt == "rope_walk_tea_room_note":
        return "Note pinned in the rope-walk tea room:\n\n%s\n\n%s\n" % (sentence, who.split()[0])
    return ("FAIRLEAD CHANDLERY - WHILE YOU WERE OUT\nFor: office   From: %s\nMessage: %s\n" % (who, sentence))


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, conf, sent) in enumerate(LANGS):
        fmt = FORMATS[i % len(FORMATS)]
        v = reg.draw(lambda: C.password(rng, W.WORDS, C.STRICT_JOINERS, 0.3))
        body = wrap(fmt, sent.replace("{v}", C.MARK), rng)
        text, s, e = C.place(body, v)
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": TYPE}],
                     "source": "prose"})
    return recs
