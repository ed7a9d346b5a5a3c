"""Prose: one sentence per language in which someone gives the co-op back-office PC password."""
import random

from common252 import MARK, owner_password, positive

SEED = 25204
TYPE = "coop_back_office_pc_password_in_message"
FORMATS = ["packing_shed_chat_line", "coop_volunteer_text", "refill_shop_email_line", "delivery_van_dashboard_note"]

# (iso 639-3 code, English name, script, confidence, sentence with X for the value)
LANGS = [
    ("pol", "Polish", "Latin", "fair", "Hasło do komputera w biurze spółdzielni to X – zachowaj je, proszę, dla siebie."),
    ("ces", "Czech", "Latin", "fair", "Heslo k počítači v kanceláři družstva je X – prosím, nikomu ho neříkej."),
    ("slk", "Slovak", "Latin", "fair", "Heslo k počítaču v kancelárii družstva je X – prosím, nikomu ho nehovor."),
    ("slv", "Slovenian", "Latin", "modest", "Geslo za računalnik v pisarni zadruge je X – prosim, ne povej ga nikomur."),
    ("ukr", "Ukrainian", "Cyrillic", "fair", "Пароль до комп'ютера в офісі кооперативу: X – будь ласка, нікому його не кажи."),
    ("bel", "Belarusian", "Cyrillic", "modest", "Пароль ад камп'ютара ў офісе кааператыва: X – калі ласка, нікому яго не кажы."),
    ("bul", "Bulgarian", "Cyrillic", "fair", "Паролата за компютъра в офиса на кооперацията е X – моля те, не я казвай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "modest", "Лозинката за компјутерот во канцеларијата на задругата е X – те молам, не ја кажувај никому."),
    ("ron", "Romanian", "Latin", "fair", "Parola calculatorului din biroul cooperativei este X – te rog să nu o spui nimănui."),
    ("als", "Tosk Albanian", "Latin", "modest", "Fjalëkalimi i kompjuterit në zyrën e kooperativës është X – të lutem, mos ia thuaj askujt."),
    ("lav", "Latvian", "Latin", "modest", "Kooperatīva biroja datora parole ir X – lūdzu, nevienam to nesaki."),
    ("hye", "Armenian", "Armenian", "modest", "Կոոպերատիվի գրասենյակի համակարգչի գաղտնաբառը X է, խնդրում եմ՝ ոչ մեկին մի՛ ասա։"),
    ("kat", "Georgian", "Georgian", "modest", "კოოპერატივის ოფისის კომპიუტერის პაროლია X – გთხოვ, არავის უთხრა."),
    ("azj", "North Azerbaijani", "Latin", "modest", "Kooperativin ofisindəki kompüterin şifrəsi belədir: X – xahiş edirəm, heç kimə demə."),
    ("kir", "Kyrgyz", "Cyrillic", "low", "Кооперативдин кеңсесиндеги компьютердин сырсөзү: X – суранам, эч кимге айтпа."),
    ("uig", "Uyghur", "Arabic", "low", "كوپېراتىپ ئىشخانىسىدىكى كومپيۇتېرنىڭ پارولى X ، ھېچكىمگە دېمەڭ."),
    ("pes", "Iranian Persian", "Arabic", "fair", "رمز عبور کامپیوتر دفتر تعاونی X است، لطفاً به کسی نگو."),
    ("urd", "Urdu", "Arabic", "fair", "کوآپریٹو کے دفتر والے کمپیوٹر کا پاس ورڈ X ہے، براہ کرم کسی کو مت بتانا۔"),
    ("ben", "Bengali", "Bengali", "modest", "সমবায়ের অফিসের কম্পিউটারের পাসওয়ার্ড হলো X – দয়া করে কাউকে বোলো না।"),
    ("pan", "Punjabi", "Gurmukhi", "modest", "ਕੋ-ਆਪਰੇਟਿਵ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ X ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("npi", "Nepali", "Devanagari", "modest", "सहकारीको कार्यालयको कम्प्युटरको पासवर्ड X हो, कृपया कसैलाई नभन्नू।"),
    ("tel", "Telugu", "Telugu", "low", "సహకార సంఘం ఆఫీసు కంప్యూటర్ పాస్‌వర్డ్ X – దయచేసి ఎవరికీ చెప్పకండి."),
    ("asm", "Assamese", "Bengali", "low", "সমবায়ৰ কাৰ্যালয়ৰ কম্পিউটাৰৰ পাছৱৰ্ড X – অনুগ্ৰহ কৰি কাকো নক'বা।"),
    ("vie", "Vietnamese", "Latin", "fair", "Mật khẩu máy tính ở văn phòng hợp tác xã là X – làm ơn đừng nói cho ai biết nhé."),
    ("amh", "Amharic", "Ethiopic", "low", "የኅብረት ሥራ ማኅበሩ ቢሮ ኮምፒውተር የይለፍ ቃል X ነው፤ እባክህ ለማንም አትንገር።"),
    ("tir", "Tigrinya", "Ethiopic", "low", "ናይ ማሕበር ቤት ጽሕፈት ኮምፒዩተር መሕለፊ ቃል X እዩ፣ በጃኻ ንሓደ ሰብ ኣይትንገር።"),
    ("som", "Somali", "Latin", "low", "Erayga sirta ah ee kombiyuutarka xafiiska iskaashatada waa X – fadlan cidna ha u sheegin."),
    ("ibo", "Igbo", "Latin", "low", "Okwuntughe kọmputa dị n'ọfịs ndị otu anyị bụ X – biko, agwala onye ọ bụla."),
    ("twi", "Twi", "Latin", "low", "Kɔmputa a ɛwɔ yɛn koperatif ɔfese mu no ahintasɛm asɛmfua ne X – mesrɛ wo, nka nkyerɛ obiara."),
    ("lin", "Lingala", "Latin", "low", "Liloba ya sekele ya ordinatɛ́ ya biro ya koperativɛ ezali X – nabondeli yo, koyebisa moto te."),
    ("lug", "Ganda", "Latin", "low", "Ekigambo ky'ekyama ekya kompyuta mu ofiisi y'ekibiina kiri X – nkwegayiridde, tobuulirako muntu yenna."),
    ("nya", "Chichewa", "Latin", "low", "Mawu achinsinsi a kompyuta ya ku ofesi ya mgwirizano ndi X – chonde, usauze aliyense."),
    ("sot", "Southern Sotho", "Latin", "low", "Phasewete ya khomphutha e ofising ya koporasi ke X – ka kopo, o se ke wa e bolella motho."),
    ("tsn", "Tswana", "Latin", "low", "Lefoko la sephiri la khomphiutara ya kwa ofising ya kopanelo ke X – tsweetswee, o se ka wa le bolelela ope."),
    ("afr", "Afrikaans", "Latin", "fair", "Die wagwoord vir die rekenaar in die koöperasie se kantoor is X – moet dit asseblief vir niemand sê nie."),
    ("cym", "Welsh", "Latin", "modest", "Cyfrinair cyfrifiadur swyddfa'r gydweithfa yw X – plîs paid â'i ddweud wrth neb."),
    ("mlt", "Maltese", "Latin", "modest", "Il-password tal-kompjuter fl-uffiċċju tal-koperattiva hija X – jekk jogħġbok, tgħidha lil ħadd."),
    ("smo", "Samoan", "Latin", "low", "O le upu faalilo o le komepiuta i le ofisa o le faalapotopotoga o le X – faamolemole aua le ta'u atu i se isi."),
    ("quy", "Ayacucho Quechua", "Latin", "low", "Kooperativapa oficinanpi computadorapa pakasqa siminqa X kanmi – ama pimanpas willankichu."),
    ("gug", "Paraguayan Guarani", "Latin", "low", "Cooperativa oficina computadora ñe'ẽñemi ha'e X – ani emombe'u avavépe."),
]
SPARES = [("oci", "Occitan"), ("kal", "Kalaallisut"), ("sun", "Sundanese"), ("ilo", "Iloko")]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, conf, sent) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        assert sent.count("X") == 1 or code in ()
        tpl = sent.replace(" X ", " " + MARK + " ", 1)
        assert MARK in tpl, code
        recs.append(positive(TYPE, "%s__%s" % (FORMATS[i % 4], code), tpl, value, "prose"))
    return recs
