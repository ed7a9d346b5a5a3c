"""Prose positives: one sentence per language in which someone gives the cutting-room PC password
and asks the colleague to keep it to themselves.  The value is set off by whitespace."""
from everyday259 import MARK
from world259 import password

TYPE = "cutting_room_pc_password_in_sentence"
FORMATS = ["fitting_van_voice_note_transcript", "tack_shop_till_sticky_note", "workshop_group_chat_line",
           "saddle_room_noticeboard_card"]
V = MARK

# (ISO 639-3 code, English name, script, sentence)
LANGS = [
    ("ukr", "Ukrainian", "Cyrillic", "Пароль від комп'ютера в розкрійному цеху %s — тільки нікому його не кажи, добре?"),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара ў раскройным цэху %s — толькі нікому яго не кажы, калі ласка."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в кроячното е %s и моля те, не я казвай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во кројачницата е %s и те молам не ја кажувај никому."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v strihárni je %s a prosím, nikomu ho nehovor."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v krojilnici je %s in prosim, ne povej ga nikomur."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u krojačnici je %s i molim te, nemoj je nikome reći."),
    ("ron", "Romanian", "Latin", "Parola de la calculatorul din camera de croit este %s și te rog să n-o spui nimănui."),
    ("lav", "Latvian", "Latin", "Piegriešanas telpas datora parole ir %s un, lūdzu, nevienam to nesaki."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit në dhomën e prerjes është %s dhe të lutem mos ia thuaj askujt."),
    ("kat", "Georgian", "Georgian", "საჭრელი ოთახის კომპიუტერის პაროლია %s და გთხოვ, არავის უთხრა."),
    ("aze", "Azerbaijani", "Latin", "Biçmə otağındakı kompüterin parolu budur: %s və xahiş edirəm, heç kimə demə."),
    ("kir", "Kyrgyz", "Cyrillic", "Бычуу бөлмөсүндөгү компьютердин сырсөзү мындай: %s эч кимге айтпачы."),
    ("tuk", "Turkmen", "Latin", "Biçiş otagyndaky kompýuteriň paroly şu: %s hiç kime aýtma, bolýarmy?"),
    ("uig", "Uyghur", "Arabic", "پىچىش ئۆيىدىكى كومپيۇتېرنىڭ پارولى مۇنداق: %s ھېچكىمگە دېمىگىن."),
    ("pes", "Persian", "Arabic", "رمز کامپیوتر اتاق برش %s است، لطفاً به هیچ‌کس نگو."),
    ("urd", "Urdu", "Arabic", "کٹنگ روم کے کمپیوٹر کا پاس ورڈ %s ہے، براہِ کرم کسی کو مت بتانا۔"),
    ("ben", "Bengali", "Bengali", "কাটিং রুমের কম্পিউটারের পাসওয়ার্ড হলো %s আর দয়া করে কাউকে বলো না।"),
    ("pan", "Punjabi", "Gurmukhi", "ਕਟਿੰਗ ਰੂਮ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ %s ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("npi", "Nepali", "Devanagari", "कटिङ कोठाको कम्प्युटरको पासवर्ड %s हो, कृपया कसैलाई नभन्नू।"),
    ("tel", "Telugu", "Telugu", "కటింగ్ రూమ్ కంప్యూటర్ పాస్‌వర్డ్ ఇది: %s దయచేసి ఎవరికీ చెప్పకు."),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở phòng cắt da là %s nhé, đừng nói cho ai biết."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រនៅបន្ទប់កាត់ស្បែកគឺ %s សូមកុំប្រាប់អ្នកណាឱ្យសោះ។"),
    ("amh", "Amharic", "Ethiopic", "የመቁረጫ ክፍሉ ኮምፒውተር የይለፍ ቃል %s ነው፤ እባክህ ለማንም አትንገር።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombiyuutarka qolka goynta waa %s fadlan cidna ha u sheegin."),
    ("orm", "Oromo", "Latin", "Jecha icciitii kompiitara kutaa muraa kan ta'e %s nama tokkoofuu hin himin, maaloo."),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa dị n'ọnụ ụlọ ịkpụ akpụkpọ bụ %s biko agwala onye ọ bụla."),
    ("sna", "Shona", "Latin", "Pasiwedhi yekombiyuta iri mukamuri rekucheka ndeiyi %s ndapota usaudza munhu."),
    ("nya", "Chichewa", "Latin", "Mawu achinsinsi a kompyuta ya m'chipinda chodulira ndi %s chonde usauze aliyense."),
    ("sot", "Southern Sotho", "Latin", "Phasewete ya khomphutha ya kamore ya ho seha ke %s ka kopo o se ke wa bolella motho."),
    ("tsn", "Tswana", "Latin", "Lefoko la sephiri la khomputara ya phaposi ya go sega ke %s tsweetswee o se ka wa bolelela ope."),
    ("lug", "Ganda", "Latin", "Ekigambo eky'ekyama ekya kompyuta mu kisenge eky'okusalirako kiri %s nkwegayiridde tobuulirako muntu yenna."),
    ("gle", "Irish", "Latin", "Is é an pasfhocal don ríomhaire sa seomra gearrtha ná %s agus ná hinis d'aon duine é, le do thoil."),
    ("cym", "Welsh", "Latin", "Y cyfrinair i'r cyfrifiadur yn yr ystafell dorri yw %s ond paid â'i ddweud wrth neb, plîs."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til PC-en på tilskjæringsrommet er %s så ikke si det til noen, er du snill."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter fil-kamra tal-qtugħ hija %s u jekk jogħġbok tgħidha lil ħadd."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan 'e kompjûter yn 'e snijkeamer is %s en sis it asjebleaft tsjin gjinien."),
    ("ton", "Tongan", "Latin", "Ko e lea fufū ʻo e komipiuta ʻi he loki tuʻu ko %s pea kātaki ʻoua naʻa ke talaange ki ha taha."),
    ("tpi", "Tok Pisin", "Latin", "Pasword bilong kompiuta long rum bilong katim let em %s na plis yu no ken tokim narapela man."),
    ("pap", "Papiamento", "Latin", "E kontraseña di e kòmpiuter den e kamber di kòrta ta %s i por fabor no bisa niun hende."),
]
SPARES = [("que", "Quechua"), ("grn", "Guarani"), ("kea", "Kabuverdianu")]


def generate(rng, reg):
    from common259 import draw
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = draw(rng, reg, lambda r: password(r, strict=True, cap=0.3))
        text = sent % V
        start = text.index(V)
        text = text.replace(V, v)
        recs.append({"type": TYPE, "container": "%s__%s" % (FORMATS[i % 4], code), "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": TYPE}],
                     "source": "prose"})
    return recs
