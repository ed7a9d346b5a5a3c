"""Prose source: someone tells a colleague the creamery office PC password, 40 languages."""
import random

from common241 import password

SEED = 24104
TYPE = "creamery_office_pc_password_in_message"
FORMATS = ["creamery_staff_chat_line", "farm_shop_sms", "cave_log_email_sentence", "dairy_voicemail_transcript"]

# (iso 639-3, English name, script, sentence with {V})
LANGS = [
    ("swe", "Swedish", "Latin", "Lösenordet till mejeriets kontorsdator är {V} – snälla, ge det inte vidare."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kontor-PC-en i ysteriet er {V} – ikke del det med noen."),
    ("fin", "Finnish", "Latin", "Juustolan toimiston tietokoneen salasana on {V} – älä kerro sitä eteenpäin."),
    ("hun", "Hungarian", "Latin", "A sajtüzem irodai gépének jelszava {V} – kérlek, ne add tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din biroul fabricii de brânză este {V} – te rog să nu o dai mai departe."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v kancelárii syrárne je {V} – prosím, nikomu ho nedávaj."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v pisarni sirarne je {V} – prosim, ne deli ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u uredu sirane je {V} – molim te, nemoj je nikome davati."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в офиса на мандрата е {V} – моля те, не я давай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до офісного комп'ютера сироварні: {V} – будь ласка, нікому його не передавай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара ў офісе сыраварні – {V} – калі ласка, нікому яго не перадавай."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во канцеларијата на сирарницата е {V} – те молам, не ја давај на никого."),
    ("lav", "Latvian", "Latin", "Siera darītavas biroja datora parole ir {V} – lūdzu, nevienam to neizpaud."),
    ("als", "Tosk Albanian", "Latin", "Fjalëkalimi i kompjuterit të zyrës së bulmetores është {V} – të lutem, mos ia jep askujt."),
    ("ast", "Asturian", "Latin", "La contraseña del ordenador de la oficina de la quesería ye {V} – por favor, nun-y la pases a naide."),
    ("eus", "Basque", "Latin", "Gaztandegiko bulegoko ordenagailuaren pasahitza {V} da – mesedez, ez eman inori."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur swyddfa'r hufenfa yw {V} – paid â'i rannu gydag unrhyw un, plîs."),
    ("gle", "Irish", "Latin", "Is é {V} pasfhocal ríomhaire oifig na huachtarlainne – ná tabhair d'aon duine eile é, le do thoil."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-uffiċċju tal-ħalib hija {V} – jekk jogħġbok, tgħaddihiex lil ħadd."),
    ("kat", "Georgian", "Georgian", "ყველის საამქროს ოფისის კომპიუტერის პაროლია {V} – გთხოვ, არავის გადასცე."),
    ("azj", "North Azerbaijani", "Latin", "Pendir sexinin ofis kompüterinin parolu {V} – xahiş edirəm, heç kimə vermə."),
    ("kir", "Kyrgyz", "Cyrillic", "Сыр цехинин кеңсесиндеги компьютердин сырсөзү {V} – суранам, эч кимге бербе."),
    ("pes", "Iranian Persian", "Arabic", "رمز عبور کامپیوتر دفتر پنیرسازی {V} است – لطفاً آن را به کسی نده."),
    ("urd", "Urdu", "Arabic", "پنیر خانے کے دفتر کے کمپیوٹر کا پاس ورڈ {V} ہے – براہ کرم کسی کو مت بتانا۔"),
    ("ben", "Bengali", "Bengali", "পনির কারখানার অফিসের কম্পিউটারের পাসওয়ার্ড {V} – দয়া করে কাউকে বলবে না।"),
    ("pan", "Eastern Punjabi", "Gurmukhi", "ਪਨੀਰ ਫੈਕਟਰੀ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("npi", "Nepali", "Devanagari", "चिज कारखानाको अफिसको कम्प्युटरको पासवर्ड {V} हो – कृपया कसैलाई नदिनू।"),
    ("tam", "Tamil", "Tamil", "பாலாடைக்கட்டி ஆலை அலுவலகக் கணினியின் கடவுச்சொல் {V} – தயவுசெய்து யாரிடமும் சொல்ல வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "జున్ను కర్మాగారం ఆఫీసు కంప్యూటర్ పాస్‌వర్డ్ {V} – దయచేసి ఎవరికీ చెప్పకు."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ในออฟฟิศโรงทำชีสคือ {V} อย่าบอกต่อใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính văn phòng xưởng phô mai là {V} – làm ơn đừng đưa cho ai nhé."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រការិយាល័យរោងចក្រឈីស គឺ {V} សូមកុំប្រាប់អ្នកណាផ្សេង។"),
    ("amh", "Amharic", "Ethiopic", "የአይብ ማምረቻው ቢሮ ኮምፒውተር የይለፍ ቃል {V} ነው – እባክህ ለማንም አትስጥ።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombiyuutarka xafiiska warshadda farmaajada waa {V} – fadlan cidna ha siin."),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa ọfịs ebe a na-eme chiiz bụ {V} – biko enyela ya onye ọzọ."),
    ("quz", "Cusco Quechua", "Latin", "Quesu ruranawasi oficinapa computadoranpa pakasqa siminqa {V} – ama pimanpas willankichu."),
    ("fur", "Friulian", "Latin", "La peraule clâf dal computer dal ufici de latarie e je {V} – par plasê, no sta dâle a nissun."),
    ("roh", "Romansh", "Latin", "Il pled-clav dal computer en il biro da la chaschareia è {V} – per plaschair na al dar a nagin."),
    ("srd", "Sardinian", "Latin", "Sa crae de su computer de s'ufìtziu de su casìficiu est {V} – pro praghere, no dda donas a nemos."),
    ("bod", "Tibetan", "Tibetan", "ཆུར་བཟོ་ཁང་གི་ལས་ཁུངས་ཀྱི་གློག་ཀླད་ཀྱི་གསང་ཨང་ནི་ {V} ཡིན། སུ་ལའང་མ་སྟེར།"),
]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for k, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(password, rng, True)
        a, b = sent.split("{V}")
        text = a + v + b
        recs.append({"type": TYPE, "container": FORMATS[k % 4] + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": len(a), "end": len(a) + len(v), "type": TYPE}],
                     "source": "prose"})
    return recs
