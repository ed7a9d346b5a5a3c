"""Prose source: 40 languages, one sentence each; someone tells a colleague the workshop PC password."""
import random

from common227 import MARK, owner_password, positive

SEED = 22704
TYPE = "workshop_pc_password_in_message"
FORMATS = ["sign_shop_sms_thread", "workshop_chat_message", "install_van_voice_note_transcript",
           "sign_shop_email_one_liner"]

# (code, name, script, sentence with {V})
LANGS = [
    ("spa", "Spanish", "Latin", "Oye Marta, la contraseña del ordenador del taller es {V} , no se la pases a nadie."),
    ("ron", "Romanian", "Latin", "Salut Andrei, parola calculatorului din atelier este {V} , te rog să n-o dai nimănui."),
    ("bul", "Bulgarian", "Cyrillic", "Здравей, Иво, паролата за компютъра в работилницата е {V} , не я давай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Привіт, Олено, пароль до комп'ютера в майстерні — {V} , нікому його не передавай."),
    ("bel", "Belarusian", "Cyrillic", "Прывітанне, Алесь, пароль ад камп'ютара ў майстэрні — {V} , нікому яго не перадавай."),
    ("slk", "Slovak", "Latin", "Ahoj Peter, heslo k počítaču v dielni je {V} , nikomu ho nedávaj."),
    ("slv", "Slovenian", "Latin", "Živjo Maja, geslo za računalnik v delavnici je {V} , nikomur ga ne povej."),
    ("hrv", "Croatian", "Latin", "Bok Ivane, lozinka za računalo u radionici je {V} , nemoj je nikome davati."),
    ("mkd", "Macedonian", "Cyrillic", "Здраво Марко, лозинката за компјутерот во работилницата е {V} , не ја давај никому."),
    ("als", "Tosk Albanian", "Latin", "Përshëndetje Arben, fjalëkalimi i kompjuterit në punishte është {V} , mos ia jep askujt."),
    ("lit", "Lithuanian", "Latin", "Labas, Tomai, dirbtuvės kompiuterio slaptažodis yra {V} , niekam jo neduok."),
    ("lvs", "Latvian", "Latin", "Sveiks, Jāni, darbnīcas datora parole ir {V} , nevienam to nedod."),
    ("ekk", "Estonian", "Latin", "Tere, Kati, töökoja arvuti parool on {V} , ära seda kellelegi anna."),
    ("isl", "Icelandic", "Latin", "Hæ Jón, lykilorðið að tölvunni á verkstæðinu er {V} , ekki gefa það neinum."),
    ("cym", "Welsh", "Latin", "Helo Dafydd, cyfrinair cyfrifiadur y gweithdy yw {V} , paid â'i roi i neb."),
    ("mlt", "Maltese", "Latin", "Ħi Mark, il-password tal-kompjuter tal-workshop hija {V} , tagħtiha lil ħadd."),
    ("kat", "Georgian", "Georgian", "გამარჯობა ნიკა, სახელოსნოს კომპიუტერის პაროლი არის {V} , არავის არ მისცე."),
    ("azj", "Azerbaijani", "Latin", "Salam Elnur, emalatxanadakı kompüterin parolu budur: {V} , heç kimə vermə."),
    ("kaz", "Kazakh", "Cyrillic", "Сәлем, Айгүл, шеберханадағы компьютердің құпиясөзі: {V} , ешкімге берме."),
    ("kir", "Kyrgyz", "Cyrillic", "Салам, Азамат, устаканадагы компьютердин сырсөзү: {V} , эч кимге бербе."),
    ("tuk", "Turkmen", "Latin", "Salam Merdan, ussahanadaky kompýuteriň paroly: {V} , hiç kime berme."),
    ("arb", "Arabic", "Arabic", "مرحبا سامي، كلمة مرور حاسوب الورشة هي {V} ، لا تعطها لأحد."),
    ("pes", "Persian", "Arabic", "سلام مریم، رمز عبور کامپیوتر کارگاه {V} است، آن را به کسی نده."),
    ("urd", "Urdu", "Arabic", "سلام احمد، ورکشاپ کے کمپیوٹر کا پاس ورڈ {V} ہے، کسی کو مت بتانا۔"),
    ("tel", "Telugu", "Telugu", "హాయ్ రవి, వర్క్‌షాప్ కంప్యూటర్ పాస్‌వర్డ్ {V} , దాన్ని ఎవరికీ చెప్పకు."),
    ("vie", "Vietnamese", "Latin", "Chào Lan, mật khẩu máy tính ở xưởng là {V} , đừng đưa cho ai nhé."),
    ("tgl", "Tagalog", "Latin", "Uy Jun, ang password ng computer sa pagawaan ay {V} , huwag mong ibigay kahit kanino."),
    ("jav", "Javanese", "Latin", "Mas Budi, tembung sandhi komputer ing bengkel yaiku {V} , aja diwenehake sapa-sapa."),
    ("amh", "Amharic", "Ethiopic", "ሰላም አበበ፣ የወርክሾፑ ኮምፒውተር የይለፍ ቃል {V} ነው፣ ለማንም አትስጥ።"),
    ("som", "Somali", "Latin", "Salaan Cali, erayga sirta ah ee kombiyuutarka warshadda waa {V} , qofna ha siin."),
    ("lin", "Lingala", "Latin", "Mbote Papy, mot de passe ya ordinatere ya atelier ezali {V} , kopesa yango na moto te."),
    ("nya", "Chichewa", "Latin", "Moni Chisomo, mawu achinsinsi a kompyuta ya kuntchito ndi {V} , usawapatse aliyense."),
    ("sot", "Sesotho", "Latin", "Dumela Thabo, phasewete ya khomphutha ya workshop ke {V} , o se ke wa e fa motho."),
    ("tsn", "Tswana", "Latin", "Dumela Kabelo, lefoko la sephiri la khomputara ya madirelo ke {V} , o se ka wa le naya ope."),
    ("haw", "Hawaiian", "Latin", "Aloha e Keola, ʻo {V} ka ʻōlelo huna o ke kamepiula o ka hale hana, mai hāʻawi aku i kekahi."),
    ("smo", "Samoan", "Latin", "Talofa Sione, o le upu faalilolilo o le komepiuta i le fale faigaluega o le {V} , aua le tuuina atu i se isi."),
    ("oci", "Occitan", "Latin", "Adiu Joan, lo senhal de l'ordenador del talhièr es {V} , lo dones pas a degun."),
    ("roh", "Romansh", "Latin", "Allegra Gian, il pled-clav dal computer en l'ufficina è {V} , na al dà a nagin."),
    ("yid", "Yiddish", "Hebrew", "שלום משה, דאָס פּאַראָל פֿון דעם קאָמפּיוטער אין דער װערקשטאַט איז {V} , גיב עס נישט קיינעם."),
    ("uig", "Uyghur", "Arabic", "ياخشىمۇسىز ئەركىن، ئۇستىخانىدىكى كومپيۇتېرنىڭ مەخپىي نومۇرى {V} ، ھېچكىمگە بەرمەڭ."),
]
SPARES = [("grn", "Guarani"), ("wol", "Wolof")]


def build(registry, next_id):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = registry.draw(lambda: owner_password(rng, strict=True))
        tpl = sent.replace("{V}", MARK)
        recs.append(positive(next_id(), TYPE, "%s__%s" % (FORMATS[i % 4], code), tpl, value, "prose"))
    return recs
