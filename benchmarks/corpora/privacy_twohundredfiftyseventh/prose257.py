"""Prose positives: one sentence in each of 40 languages in which someone gives
the vestry-office laptop password to a colleague and asks them to keep it to
themselves.  The value is set off by whitespace on both sides."""

import random

import common257 as c
import world257 as w

SEED = 25704
SPAN_TYPE = "vestry_office_laptop_password_in_message"
FORMATS = ["glass_studio_group_chat_line", "organ_workshop_whiteboard_note",
           "site_hut_handover_text", "vestry_voicemail_transcript"]
V = "\ue000"

# code, name, script, sentence (V = value)
LANGS = [
    ("pol", "Polish", "Latin", "Hasło do laptopa w biurze zakrystii to " + V + " – proszę, nikomu go nie podawaj."),
    ("ces", "Czech", "Latin", "Heslo k notebooku v kanceláři sakristie je " + V + " – prosím, nikomu ho neříkej."),
    ("slk", "Slovak", "Latin", "Heslo k notebooku v kancelárii sakristie je " + V + " – prosím, nikomu ho nehovor."),
    ("slv", "Slovenian", "Latin", "Geslo za prenosnik v pisarni zakristije je " + V + " – prosim, ne povej ga nikomur."),
    ("ron", "Romanian", "Latin", "Parola laptopului din biroul sacristiei este " + V + " – te rog să nu o spui nimănui."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за лаптопа в канцеларията на ризницата е " + V + " – моля те, не я казвай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за лаптопот во канцеларијата на сакристијата е " + V + " – те молам, не ја кажувај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до ноутбука в канцелярії ризниці: " + V + " – будь ласка, нікому його не кажи."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад ноўтбука ў канцылярыі рызніцы: " + V + " – калі ласка, нікому яго не кажы."),
    ("lav", "Latvian", "Latin", "Sakristejas biroja klēpjdatora parole ir " + V + " – lūdzu, nevienam to nestāsti."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i laptopit në zyrën e sakristisë është " + V + " – të lutem, mos ia thuaj askujt."),
    ("hye", "Armenian", "Armenian", "Ավանդատան գրասենյակի նոութբուքի գաղտնաբառն է " + V + " – խնդրում եմ, ոչ մեկին մի ասա։"),
    ("kat", "Georgian", "Georgian", "ეკლესიის ოფისის ლეპტოპის პაროლია " + V + " – გთხოვ, არავის უთხრა."),
    ("aze", "Azerbaijani", "Latin", "Sakristiya ofisindəki noutbukun parolu " + V + " – xahiş edirəm, heç kimə demə."),
    ("kir", "Kyrgyz", "Cyrillic", "Ризница кеңсесиндеги ноутбуктун сырсөзү " + V + " – суранам, эч кимге айтпа."),
    ("fas", "Persian", "Arabic", "رمز عبور لپ‌تاپ دفتر خزانهٔ کلیسا " + V + " است – لطفاً به هیچ‌کس نگو."),
    ("urd", "Urdu", "Arabic", "ویسٹری دفتر کے لیپ ٹاپ کا پاس ورڈ " + V + " ہے – براہ کرم کسی کو نہ بتائیں۔"),
    ("ben", "Bengali", "Bengali", "ভেস্ট্রি অফিসের ল্যাপটপের পাসওয়ার্ড হলো " + V + " – দয়া করে কাউকে বলবেন না।"),
    ("pan", "Panjabi", "Gurmukhi", "ਵੈਸਟਰੀ ਦਫ਼ਤਰ ਦੇ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ " + V + " ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("npi", "Nepali", "Devanagari", "भेस्ट्री कार्यालयको ल्यापटपको पासवर्ड " + V + " हो – कृपया कसैलाई नभन्नुहोला।"),
    ("tel", "Telugu", "Telugu", "వెస్ట్రీ ఆఫీసు ల్యాప్‌టాప్ పాస్‌వర్డ్ " + V + " – దయచేసి ఎవరికీ చెప్పవద్దు."),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính xách tay ở văn phòng phòng áo lễ là " + V + " – làm ơn đừng nói cho ai biết."),
    ("cym", "Welsh", "Latin", "Cyfrinair gliniadur swyddfa'r festri yw " + V + " – paid â'i rannu gydag unrhyw un, plîs."),
    ("mlt", "Maltese", "Latin", "Il-password tal-laptop fl-uffiċċju tas-sagristija hija " + V + " – jekk jogħġbok tgħidha lil ħadd."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til den bærbare PC-en på sakristikontoret er " + V + " – ikke si det til noen."),
    ("amh", "Amharic", "Ethiopic", "የቤተ ክርስቲያኑ ቢሮ ላፕቶፕ የይለፍ ቃል " + V + " ነው – እባክህ ለማንም አትንገር።"),
    ("som", "Somali", "Latin", "Furaha sirta ee laptop-ka xafiiska kaniisadda waa " + V + " – fadlan qofna ha u sheegin."),
    ("ibo", "Igbo", "Latin", "Okwuntughe laptọọpụ dị n'ọfịs ụka bụ " + V + " – biko agwala onye ọ bụla."),
    ("sna", "Shona", "Latin", "Pasiwedhi yelaptop iri muhofisi yechechi i " + V + " – ndapota usaudza munhu."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die skootrekenaar in die konsistoriekantoor is " + V + " – moet dit asseblief vir niemand sê nie."),
    ("nya", "Nyanja", "Latin", "Mawu achinsinsi a laputopu ya ku ofesi ya tchalitchi ndi " + V + " – chonde musauze aliyense."),
    ("smo", "Samoan", "Latin", "O le upu faalilolilo o le komepiuta feaveaʻi i le ofisa o le falesa o " + V + " – faamolemole aua e te taʻuina i se isi."),
    ("tpi", "Tok Pisin", "Latin", "Paswot bilong laptop long ofis bilong sios em " + V + " – plis yu no ken tokim narapela man."),
    ("cos", "Corsican", "Latin", "A parolla d'intrata di u laptop di l'uffiziu di a sacristia hè " + V + " – ùn la dì à nimu, per piacè."),
    ("tsn", "Tswana", "Latin", "Lefoko la sephiri la laptop ya ofisi ya kereke ke " + V + " – o se ka wa le bolelela ope."),
    ("lug", "Ganda", "Latin", "Ekigambo ky'ekyama ekya laptop ey'omu ofiisi y'ekkanisa kye " + V + " – nkwegayiridde, tokibuulira muntu yenna."),
    ("tir", "Tigrinya", "Ethiopic", "ናይ ቤተ ክርስቲያን ቤት ጽሕፈት ላፕቶፕ መሕለፊ ቃል " + V + " እዩ – በጃኻ ንሓደ ሰብ ኣይትንገር።"),
    ("uig", "Uyghur", "Arabic", "چېركاۋ ئىشخانىسىدىكى نوتبۇكنىڭ مەخپىي نومۇرى " + V + " – ھېچكىمگە دېمەڭ."),
    ("asm", "Assamese", "Bengali", "ভেষ্ট্ৰী কাৰ্যালয়ৰ লেপটপৰ পাছৱৰ্ড " + V + " – অনুগ্ৰহ কৰি কাকো নক'ব।"),
    ("pcm", "Nigerian Pidgin", "Latin", "Di password for di vestry office laptop na " + V + " – abeg no tell anybody."),
]
SPARES = [("glv", "Manx"), ("wln", "Walloon"), ("srn", "Sranan Tongo")]


def frame(fmt, sentence, r):
    if fmt == "glass_studio_group_chat_line":
        return "[%s] %s: %s" % (w.clock(r), w.first(r), sentence)
    if fmt == "vestry_voicemail_transcript":
        return "(voicemail, 0:%02d) %s" % (r.randrange(8, 40), sentence)
    return sentence


def build(reg):
    r = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        v = reg.draw(lambda: c.draw_password(r, strict=True, cap_p=0.3))
        tpl = frame(fmt, sent, r)
        start = tpl.index(V)
        text = tpl.replace(V, v)
        recs.append({"type": SPAN_TYPE, "container": "%s__%s" % (fmt, code), "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": SPAN_TYPE}],
                     "source": "prose"})
    return recs
