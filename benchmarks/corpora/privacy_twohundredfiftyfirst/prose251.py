"""Prose positives: one sentence per language in which someone gives the
password of the toy library's office PC and asks the colleague to keep it to
themselves. The value is set off by whitespace on both sides."""
import random

import world251 as W

SEED = 25104
TYPE = "toy_library_office_pc_password_in_sentence"
FORMATS = ["volunteer_rota_chat_line", "shop_counter_sticky_note", "rehearsal_break_email_line",
           "touring_van_voice_note_transcript"]
V = "\ue000"

# (code, name, script, sentence with V)
LANGS = [
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до офісного комп'ютера в бібліотеці іграшок: {V} — тільки нікому його не передавай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад офіснага камп'ютара ў бібліятэцы цацак: {V} — калі ласка, нікому яго не кажы."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за офис компютъра в библиотеката за играчки е {V} – моля те, не я казвай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за канцеларискиот компјутер во библиотеката за играчки е {V} – те молам, не ја кажувај никому."),
    ("slk", "Slovak", "Latin", "Heslo do kancelárskeho počítača v požičovni hračiek je {V} – prosím, nikomu ho nehovor."),
    ("slv", "Slovenian", "Latin", "Geslo za pisarniški računalnik v knjižnici igrač je {V} – prosim, ne povej ga nikomur."),
    ("hrv", "Croatian", "Latin", "Lozinka za uredsko računalo u knjižnici igračaka je {V} – molim te, nemoj je nikome reći."),
    ("lvs", "Standard Latvian", "Latin", "Rotaļlietu bibliotēkas biroja datora parole ir {V} – lūdzu, nevienam to nesaki."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din biroul ludotecii este {V} – te rog, nu o spune nimănui."),
    ("als", "Tosk Albanian", "Latin", "Fjalëkalimi i kompjuterit të zyrës në bibliotekën e lodrave është {V} – të lutem, mos ia thuaj askujt."),
    ("kat", "Georgian", "Georgian", "სათამაშოების ბიბლიოთეკის ოფისის კომპიუტერის პაროლია {V} – გთხოვ, არავის უთხრა."),
    ("azj", "North Azerbaijani", "Latin", "Oyuncaq kitabxanasının ofis kompüterinin şifrəsi {V} – xahiş edirəm, heç kimə demə."),
    ("kir", "Kyrgyz", "Cyrillic", "Оюнчуктар китепканасынын кеңсе компьютеринин сырсөзү {V} – суранам, эч кимге айтпа."),
    ("tuk", "Turkmen", "Latin", "Oýunjak kitaphanasynyň ofis kompýuteriniň açar sözi {V} – haýyş edýärin, hiç kime aýtma."),
    ("pes", "Iranian Persian", "Arabic", "رمز عبور کامپیوتر دفتر کتابخانهٔ اسباب‌بازی {V} است – لطفاً به هیچ‌کس نگو."),
    ("urd", "Urdu", "Arabic", "کھلونوں کی لائبریری کے دفتر والے کمپیوٹر کا پاس ورڈ {V} ہے – براہ کرم کسی کو مت بتانا۔"),
    ("uig", "Uyghur", "Arabic", "ئويۇنچۇق كۇتۇپخانىسى ئىشخانا كومپيۇتېرىنىڭ مەخپىي نومۇرى {V} – ھېچكىمگە دېمە."),
    ("pan", "Eastern Panjabi", "Gurmukhi", "ਖਿਡੌਣਾ ਲਾਇਬ੍ਰੇਰੀ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("ben", "Bengali", "Bengali", "খেলনা লাইব্রেরির অফিসের কম্পিউটারের পাসওয়ার্ড হলো {V} – দয়া করে কাউকে বলো না।"),
    ("npi", "Nepali", "Devanagari", "खेलौना पुस्तकालयको कार्यालयको कम्प्युटरको पासवर्ड {V} हो – कृपया कसैलाई नभन्नु।"),
    ("tel", "Telugu", "Telugu", "బొమ్మల లైబ్రరీ ఆఫీసు కంప్యూటర్ పాస్‌వర్డ్ {V} – దయచేసి ఎవరికీ చెప్పకు."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រការិយាល័យបណ្ណាល័យប្រដាប់ក្មេងលេង គឺ {V} សូមកុំប្រាប់អ្នកណាឱ្យសោះ។"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính văn phòng của thư viện đồ chơi là {V} – làm ơn đừng nói cho ai biết."),
    ("sun", "Sundanese", "Latin", "Kecap konci komputer kantor perpustakaan cocooan téh {V} – punten ulah dibéjakeun ka saha waé."),
    ("amh", "Amharic", "Ethiopic", "የአሻንጉሊት ቤተ መጻሕፍት ቢሮ ኮምፒውተር የይለፍ ቃል {V} ነው – እባክህ ለማንም አትንገር።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombiyuutarka xafiiska maktabadda alaabta carruurta waa {V} – fadlan cidna ha u sheegin."),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa ọfịs ọbá akwụkwọ ihe egwuregwu ụmụaka bụ {V} – biko, agwala onye ọ bụla."),
    ("sna", "Shona", "Latin", "Pasiwedhi yekombiyuta yehofisi yeraibhurari yematoyi ndeye {V} – ndapota usaudza munhu."),
    ("nya", "Nyanja", "Latin", "Mawu achinsinsi a kompyuta ya ofesi ya laibulale ya zoseweretsa ndi {V} – chonde musauze aliyense."),
    ("tsn", "Tswana", "Latin", "Lefoko la sephiri la khomphiutara ya ofisi ya laeborari ya ditshameko ke {V} – tsweetswee o se ka wa bolelela ope."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-uffiċċju tal-librerija tal-ġugarelli hija {V} – jekk jogħġbok tgħidha lil ħadd."),
    ("gle", "Irish", "Latin", "Is é {V} an pasfhocal don ríomhaire oifige sa leabharlann bréagán – ná hinis d'éinne é, le do thoil."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur swyddfa'r llyfrgell deganau yw {V} – paid â'i ddweud wrth neb, plîs."),
    ("oci", "Occitan", "Latin", "Lo senhal de l'ordenador del burèu de la ludotèca es {V} – te prègui, o digas pas a degun."),
    ("cos", "Corsican", "Latin", "A parolla d'intrata di l'urdinatore di l'uffiziu di a ludoteca hè {V} – ti pregu, ùn la dì à nimu."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kontor-PC-en på lekebiblioteket er {V} – ikke si det til noen, er du snill."),
    ("quy", "Ayacucho Quechua", "Latin", "Pukllanakuna mañakuy wasipa oficina computadoranpa pakasqa siminqa {V} – ama pimanpas willankichu."),
    ("pap", "Papiamento", "Latin", "E kontraseña di e kòmpiuter di ofisina di e biblioteka di wega ta {V} – por fabor no bisa niun hende."),
    ("tpi", "Tok Pisin", "Latin", "Paswet bilong kompiuta long opis bilong haus buk bilong ol samting bilong pilai em {V} – plis, no ken tokim narapela."),
    ("ton", "Tongan", "Latin", "Ko e lea fufū ʻo e komipiuta ʻi he ʻōfisi ʻo e laipeli meʻavaʻinga ko {V} – kātaki ʻoua naʻá ke talaange ki ha taha."),
]
SPARES = [("wol", "Wolof"), ("lin", "Lingala")]

INTRO = {
    "volunteer_rota_chat_line": "[volunteer rota chat] {who}: ",
    "shop_counter_sticky_note": "Sticky note on the loans-desk till, in {who}'s handwriting: ",
    "rehearsal_break_email_line": "From: {who}\nSubject: office PC\n\n",
    "touring_van_voice_note_transcript": "Voice note from {who} (auto-transcribed): ",
}


def build(reg, side):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % len(FORMATS)]
        for _ in range(300):
            v = W.strict_password(rng)
            if reg.ok(v):
                break
        reg.add(v)
        who = rng.choice(["Rohan", "Maja", "Eilidh", "Precious", "Teodor"])
        text = INTRO[fmt].format(who=who) + sent.replace("{V}", V)
        s = text.index(V)
        text = text.replace(V, v)
        recs.append({"type": TYPE, "container": "%s__%s" % (fmt, code), "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": TYPE}], "source": "prose"})
    return recs
