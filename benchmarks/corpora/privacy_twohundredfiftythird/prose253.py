"""Prose: one sentence per language giving the password of the hire-base office laptop."""
import random

import common253 as C

SPAN_TYPE = "hire_office_laptop_password_in_message"
FORMATS = ["towpath_crew_text_message", "lock_cottage_postcard_note", "hire_base_handover_email",
           "marina_phone_call_transcript"]

# (iso 639-3, name, script, sentence with «P»)
L = [
    ("cym", "Welsh", "Latin", "Cyfrinair gliniadur swyddfa'r iard gychod yw «P» felly cadwa fe i ti dy hun, plîs."),
    ("oci", "Occitan", "Latin", "Lo mot de passa del portable del burèu de la basa es «P» e te prègui de lo gardar per tu."),
    ("vec", "Venetian", "Latin", "La parola d'ordine del portatile de l'ufisio xe «P» e no dirla a nisun, par piaser."),
    ("wln", "Walloon", "Latin", "Li mot d' passe do poirtåve do burea, c' est «P» et nel dijhoz a nouk, s' i vs plait."),
    ("lim", "Limburgish", "Latin", "'t Paswoord vaan de laptop op 't kantoor is «P» en zeg 't aan nemes, asjeblief."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль від ноутбука в офісі прокатної бази — «P» і, будь ласка, нікому його не кажи."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад ноўтбука ў офісе базы — «P» і, калі ласка, нікому яго не кажы."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за лаптопа в офиса на базата е «P» и моля те, не я казвай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за лаптопот во канцеларијата е «P» и те молам, не ја кажувај никому."),
    ("slk", "Slovak", "Latin", "Heslo k notebooku v kancelárii požičovne je «P» a prosím, nikomu ho nehovor."),
    ("slv", "Slovenian", "Latin", "Geslo za prenosnik v pisarni izposojevalnice je «P» in prosim, ne povej ga nikomur."),
    ("hrv", "Croatian", "Latin", "Lozinka za prijenosno računalo u uredu je «P» i molim te, nemoj je nikome reći."),
    ("ron", "Romanian", "Latin", "Parola laptopului din biroul bazei de închiriere este «P» și te rog să nu o spui nimănui."),
    ("lav", "Latvian", "Latin", "Biroja klēpjdatora parole ir «P» un, lūdzu, nevienam to nesaki."),
    ("als", "Tosk Albanian", "Latin", "Fjalëkalimi i laptopit në zyrë është «P» dhe të lutem mos ia thuaj askujt."),
    ("mlt", "Maltese", "Latin", "Il-password tal-laptop tal-uffiċċju hija «P» u jekk jogħġbok iżżommha għalik."),
    ("yid", "Yiddish", "Hebrew", "דאָס פּאַראָל פֿון דעם לעפּטאָפּ אין ביוראָ איז «P» און זאָג עס קיינעם נישט."),
    ("kat", "Georgian", "Georgian", "ოფისის ლეპტოპის პაროლია «P» და გთხოვ, არავის უთხრა."),
    ("azj", "North Azerbaijani", "Latin", "Ofisdəki noutbukun parolu «P» və xahiş edirəm, heç kimə demə."),
    ("kaz", "Kazakh", "Cyrillic", "Кеңседегі ноутбуктың құпиясөзі «P» және ешкімге айтпа, өтінемін."),
    ("kir", "Kyrgyz", "Cyrillic", "Кеңседеги ноутбуктун сырсөзү «P» жана эч кимге айтпа, суранам."),
    ("ben", "Bengali", "Bengali", "অফিসের ল্যাপটপের পাসওয়ার্ড হলো «P» এবং দয়া করে কাউকে বলবে না।"),
    ("pan", "Panjabi", "Gurmukhi", "ਦਫ਼ਤਰ ਵਾਲੇ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ «P» ਹੈ ਅਤੇ ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("urd", "Urdu", "Arabic", "دفتر والے لیپ ٹاپ کا پاس ورڈ «P» ہے اور براہ کرم کسی کو نہ بتانا۔"),
    ("npi", "Nepali", "Devanagari", "अफिसको ल्यापटपको पासवर्ड «P» हो र कृपया कसैलाई नभन्नु।"),
    ("tel", "Telugu", "Telugu", "ఆఫీసు ల్యాప్‌టాప్ పాస్‌వర్డ్ «P» మరియు దయచేసి ఎవరికీ చెప్పవద్దు."),
    ("asm", "Assamese", "Bengali", "অফিচৰ লেপটপৰ পাছৱৰ্ড «P» আৰু অনুগ্ৰহ কৰি কাকো নক'বা।"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính xách tay ở văn phòng là «P» và làm ơn đừng nói cho ai biết."),
    ("tgl", "Tagalog", "Latin", "Ang password ng laptop sa opisina ay «P» at pakiusap, huwag mong sabihin kahit kanino."),
    ("jav", "Javanese", "Latin", "Sandhi laptop ing kantor yaiku «P» lan aja dikandhakake marang sapa-sapa ya."),
    ("sun", "Sundanese", "Latin", "Sandi laptop di kantor téh «P» sarta punten ulah béja ka saha waé."),
    ("amh", "Amharic", "Ethiopic", "የቢሮው ላፕቶፕ የይለፍ ቃል «P» ነው፤ እባክህ ለማንም አትንገር።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee laptop-ka xafiiska waa «P» fadlanna cidna ha u sheegin."),
    ("ibo", "Igbo", "Latin", "Okwuntughe laptọọpụ dị n'ọfịs bụ «P» biko agwala onye ọ bụla."),
    ("lin", "Lingala", "Latin", "Liloba ya sekele ya ordinatɛ́rɛ ya biro ezali «P» mpe, svp, koyebisa moto te."),
    ("nya", "Nyanja", "Latin", "Mawu achinsinsi a laputopu ya ku ofesi ndi «P» ndipo chonde musauze aliyense."),
    ("tsn", "Tswana", "Latin", "Lefoko la sephiri la laptop ya kantoro ke «P» mme tsweetswee o se ka wa bolelela ope."),
    ("arb", "Standard Arabic", "Arabic", "كلمة مرور الحاسوب المحمول في المكتب هي «P» ومن فضلك لا تخبر بها أحدًا."),
    ("pes", "Iranian Persian", "Arabic", "رمز عبور لپ‌تاپ دفتر «P» است و لطفاً به هیچ‌کس نگو."),
    ("uig", "Uyghur", "Arabic", "ئىشخانىدىكى نوتبۇكنىڭ پارولى «P» دۇر، ئۇنى ھېچكىمگە ئېيتماڭ."),
]
SPARES = [("lug", "Ganda"), ("quz", "Cusco Quechua")]
assert len(L) == 40 and len(set(x[0] for x in L)) == 40

# languages the earlier READMEs name only in prose (number-word, numeral, set-aside, spare and
# too-close languages); checked by hand-list in checks253
HAND_AVOID_LANGUAGES = """finnish italian turkish french dutch german spanish basque hebrew greek latin lithuanian
icelandic estonian swahili maori māori esperanto japanese danish indonesian swedish hungarian portuguese tamil
tibetan chinese malay catalan friulian shona corsican wolof thai mayan devanagari english""".split()


def wrap(fmt, rng, sentence):
    who = C.person(rng)
    if fmt == "towpath_crew_text_message":
        return "%s %s (%02d:%02d): %s\n" % (who[0], who[1][0] + ".", rng.randrange(7, 21), rng.randrange(60), sentence)
    if fmt == "lock_cottage_postcard_note":
        return "Note left on the lock-cottage desk, signed %s:\n%s\n" % (who[0], sentence)
    if fmt == "hire_base_handover_email":
        return "Subject: handover\n\n%s\n\n-- %s\n" % (sentence, who[0])
    if fmt == "marina_phone_call_transcript":
        return "[call transcript, %s]\n%s\n" % (who[0], sentence)
    raise ValueError(fmt)


def build(reg):
    rng = random.Random(C.SEEDS["prose"])
    recs = []
    for i, (code, name, script, sent) in enumerate(L):
        value = reg.draw(lambda: C.strict_password(rng))
        fmt = FORMATS[i % 4]
        t = wrap(fmt, rng, sent).replace("«P»", C.MARK)
        text, s, e = C.place(t, value)
        recs.append({"type": SPAN_TYPE, "container": "%s__%s" % (fmt, code), "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": SPAN_TYPE}], "source": "prose"})
    return recs
