"""Prose source of p233: one sentence in each of 40 languages; someone tells a colleague the
password of the bakehouse office PC. The value is set off by whitespace."""
import random

import common233 as C

SEED = 23304
TYPE = "bakehouse_office_pc_password_in_message"
FORMATS = ["bakery_staff_chat_line", "patisserie_sms", "bakehouse_email_sentence", "cake_studio_voicemail_transcript"]

# (iso 639-3 code, English name, sentence with {V})
LANGS = [
    ("ast", "Asturian", "La contraseña del ordenador de la oficina de la panadería ye {V} , nun se la pases a naide, por favor."),
    ("cat", "Catalan", "La contrasenya de l'ordinador de l'oficina del forn és {V} , no la passis a ningú, si us plau."),
    ("eus", "Basque", "Okindegiko bulegoko ordenagailuaren pasahitza {V} da, ez eman inori, mesedez."),
    ("nld", "Dutch", "Het wachtwoord van de computer op het bakkerijkantoor is {V} , geef het alsjeblieft aan niemand door."),
    ("swe", "Swedish", "Lösenordet till datorn på bageriets kontor är {V} , ge det inte vidare till någon."),
    ("nob", "Norwegian Bokmål", "Passordet til PC-en på bakerikontoret er {V} , ikke gi det videre til noen."),
    ("fin", "Finnish", "Leipomon toimiston tietokoneen salasana on {V} , älä kerro sitä kenellekään."),
    ("est", "Estonian", "Pagariäri kontori arvuti parool on {V} , palun ära anna seda kellelegi edasi."),
    ("lav", "Latvian", "Maiznīcas biroja datora parole ir {V} , lūdzu, nevienam to nenodod."),
    ("lit", "Lithuanian", "Kepyklos biuro kompiuterio slaptažodis yra {V} , prašau niekam jo neperduoti."),
    ("hun", "Hungarian", "A pékség irodai gépének jelszava {V} , kérlek, ne add tovább senkinek."),
    ("ron", "Romanian", "Parola calculatorului din biroul brutăriei este {V} , te rog să nu o dai nimănui."),
    ("slk", "Slovak", "Heslo k počítaču v kancelárii pekárne je {V} , prosím, nikomu ho nedávaj."),
    ("slv", "Slovene", "Geslo za računalnik v pisarni pekarne je {V} , prosim, ne posreduj ga nikomur."),
    ("hrv", "Croatian", "Lozinka za računalo u uredu pekare je {V} , molim te, nemoj je nikome davati."),
    ("bul", "Bulgarian", "Паролата за компютъра в офиса на пекарната е {V} , моля, не я давай на никого."),
    ("ukr", "Ukrainian", "Пароль до комп'ютера в офісі пекарні — {V} , будь ласка, нікому його не передавай."),
    ("bel", "Belarusian", "Пароль да камп'ютара ў офісе пякарні — {V} , калі ласка, нікому яго не перадавай."),
    ("mkd", "Macedonian", "Лозинката за компјутерот во канцеларијата на пекарата е {V} , те молам, не ја давај никому."),
    ("ell", "Greek", "Ο κωδικός του υπολογιστή στο γραφείο του φούρνου είναι {V} , σε παρακαλώ μην τον δώσεις σε κανέναν."),
    ("sqi", "Albanian", "Fjalëkalimi i kompjuterit në zyrën e furrës është {V} , të lutem mos ia jep askujt."),
    ("kat", "Georgian", "საცხობის ოფისის კომპიუტერის პაროლია {V} , გთხოვ, არავის გადასცე."),
    ("azj", "Azerbaijani", "Çörəkxananın ofis kompüterinin parolu belədir: {V} , xahiş edirəm, onu heç kimə vermə."),
    ("pes", "Persian", "رمز کامپیوتر دفتر نانوایی {V} است، لطفاً آن را به کسی نده."),
    ("urd", "Urdu", "بیکری کے دفتر والے کمپیوٹر کا پاس ورڈ {V} ہے، براہ کرم کسی کو نہ بتانا۔"),
    ("ben", "Bengali", "বেকারির অফিসের কম্পিউটারের পাসওয়ার্ড হলো {V} , দয়া করে কাউকে দিও না।"),
    ("pan", "Punjabi", "ਬੇਕਰੀ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("tam", "Tamil", "பேக்கரி அலுவலகக் கணினியின் கடவுச்சொல் {V} , தயவுசெய்து யாரிடமும் சொல்லாதே."),
    ("tel", "Telugu", "బేకరీ ఆఫీసు కంప్యూటర్ పాస్‌వర్డ్ {V} , దయచేసి ఎవరికీ చెప్పకు."),
    ("tha", "Thai", "รหัสผ่านคอมพิวเตอร์ในสำนักงานร้านเบเกอรี่คือ {V} อย่าบอกใครนะ"),
    ("vie", "Vietnamese", "Mật khẩu máy tính văn phòng tiệm bánh là {V} , đừng đưa cho ai nhé."),
    ("khm", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រនៅការិយាល័យហាងនំប៉័ងគឺ {V} សូមកុំប្រាប់អ្នកណា។"),
    ("gle", "Irish", "Is é {V} pasfhocal an ríomhaire in oifig an bhácúis, ná tabhair d'aon duine é."),
    ("cym", "Welsh", "Cyfrinair cyfrifiadur swyddfa'r becws yw {V} , paid â'i rannu gyda neb."),
    ("mlt", "Maltese", "Il-password tal-kompjuter tal-uffiċċju tal-forn hija {V} , jekk jogħġbok tagħtiha lil ħadd."),
    ("amh", "Amharic", "የዳቦ ቤቱ ቢሮ ኮምፒውተር የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አትስጥ።"),
    ("som", "Somali", "Furaha sirta ah ee kombiyuutarka xafiiska foornada waa {V} , fadlan qofna ha siin."),
    ("ibo", "Igbo", "Okwuntughe kọmputa dị n'ọfịs ebe a na-eme achịcha bụ {V} , biko egosila onye ọ bụla."),
    ("kir", "Kyrgyz", "Наабайкананын кеңсесиндеги компьютердин сырсөзү — {V} , эч кимге бербе."),
    ("yue", "Cantonese", "麵包舖寫字樓部電腦嘅密碼係 {V} ，唔好話俾人知呀。"),
]
SPARES = [("wol", "Wolof"), ("lin", "Lingala")]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, sent) in enumerate(LANGS):
        v = reg.draw(lambda: C.owner_password(rng, "-_."))
        text, s, e = C.place(sent.replace("{V}", C.MARK), v)
        recs.append({"type": TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return recs
