"""Prose: one sentence per language in which someone gives the password of
the weaving-shed laptop and asks the reader to keep it to themselves."""
import random

import common263 as C
import world263 as W

TYPE = "weaving_shed_laptop_password_in_message"
FORMATS = ["course_tutor_text_message", "workshop_fridge_note", "repair_ticket_margin_scribble", "supplier_call_jotting"]

# code, name, script, sentence ({v} is the value; whitespace on both sides)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Laptop in der Flechtwerkstatt ist {v} – bitte behalte es für dich."),
    ("fra", "French", "Latin", "Le mot de passe du portable de l'atelier de vannerie est {v} – garde-le pour toi, s'il te plaît."),
    ("spa", "Spanish", "Latin", "La contraseña del portátil del taller de cestería es {v} – por favor, no se la digas a nadie."),
    ("por", "Portuguese", "Latin", "A palavra-passe do portátil da oficina de cestaria é {v} – por favor, guarda-a só para ti."),
    ("ita", "Italian", "Latin", "La password del portatile del laboratorio di intreccio è {v} – per favore tienila per te."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de laptop in de vlechtwerkplaats is {v} – hou het alsjeblieft voor jezelf."),
    ("dan", "Danish", "Latin", "Adgangskoden til den bærbare i kurvemagerværkstedet er {v} – behold den venligst for dig selv."),
    ("swe", "Swedish", "Latin", "Lösenordet till den bärbara datorn i korgverkstaden är {v} – behåll det för dig själv, tack."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til den bærbare PC-en i kurvmakerverkstedet er {v} – vær så snill og hold det for deg selv."),
    ("ron", "Romanian", "Latin", "Parola laptopului din atelierul de împletituri este {v} – te rog să o păstrezi pentru tine."),
    ("slk", "Slovak", "Latin", "Heslo k notebooku v košikárskej dielni je {v} – prosím, nechaj si ho pre seba."),
    ("slv", "Slovenian", "Latin", "Geslo za prenosnik v pletarski delavnici je {v} – prosim, obdrži ga zase."),
    ("hrv", "Croatian", "Latin", "Lozinka za prijenosno računalo u pletarskoj radionici je {v} – molim te, zadrži je za sebe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за лаптопа в работилницата за плетене на кошници е {v} – моля те, запази я за себе си."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за лаптопот во работилницата за плетење кошници е {v} – те молам, чувај ја за себе."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль від ноутбука в майстерні, де плетуть кошики: {v} – будь ласка, нікому його не кажи."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад ноўтбука ў майстэрні, дзе плятуць кошыкі: {v} – калі ласка, трымай яго пры сабе."),
    ("lvs", "Standard Latvian", "Latin", "Pinumu darbnīcas klēpjdatora parole ir {v} – lūdzu, paturi to pie sevis."),
    ("als", "Tosk Albanian", "Latin", "Fjalëkalimi i laptopit në punishten e thurjes së shportave është {v} – të lutem, mbaje për vete."),
    ("mlt", "Maltese", "Latin", "Il-password tal-laptop fil-ħanut tal-qfief hija {v} – jekk jogħġbok żommha għalik."),
    ("cym", "Welsh", "Latin", "Cyfrinair y gliniadur yn y gweithdy basgedi yw {v} – cadwa fe i ti dy hun, plîs."),
    ("gle", "Irish", "Latin", "Is é {v} an pasfhocal don ríomhaire glúine sa cheardlann ciseán – coinnigh agat féin é, le do thoil."),
    ("fry", "Western Frisian", "Latin", "It wachtwurd fan de laptop yn 'e wurkpleats is {v} – hâld it asjebleaft foar dysels."),
    ("kat", "Georgian", "Georgian", "კალათების სახელოსნოს ლეპტოპის პაროლი არის {v} – გთხოვ, არავის უთხრა."),
    ("azj", "North Azerbaijani", "Latin", "Səbət toxuma emalatxanasındakı noutbukun parolu belədir: {v} – xahiş edirəm, heç kimə demə."),
    ("kir", "Kirghiz", "Cyrillic", "Себет токуучу устаканадагы ноутбуктун сырсөзү: {v} – суранам, эч кимге айтпа."),
    ("tuk", "Turkmen", "Latin", "Sebet örülýän ussahanadaky noutbugyň paroly: {v} – haýyş edýärin, hiç kime aýtma."),
    ("pes", "Iranian Persian", "Arabic", "رمز عبور لپ‌تاپ کارگاه سبدبافی {v} است – لطفاً آن را پیش خودت نگه دار."),
    ("arb", "Standard Arabic", "Arabic", "كلمة المرور لحاسوب ورشة صناعة السلال هي {v} – أرجو أن تحتفظ بها لنفسك."),
    ("urd", "Urdu", "Arabic", "ٹوکری بنانے والی ورکشاپ کے لیپ ٹاپ کا پاس ورڈ {v} ہے – براہ کرم اسے اپنے تک ہی رکھنا۔"),
    ("pan", "Panjabi", "Gurmukhi", "ਟੋਕਰੀ ਬਣਾਉਣ ਵਾਲੀ ਵਰਕਸ਼ਾਪ ਦੇ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਆਪਣੇ ਤੱਕ ਹੀ ਰੱਖਣਾ।"),
    ("ben", "Bengali", "Bengali", "ঝুড়ি বোনার কারখানার ল্যাপটপের পাসওয়ার্ড {v} – দয়া করে এটা নিজের কাছেই রেখো।"),
    ("tel", "Telugu", "Telugu", "బుట్టల వర్క్‌షాప్‌లోని ల్యాప్‌టాప్ పాస్‌వర్డ్ {v} – దయచేసి దీన్ని నీ దగ్గరే ఉంచుకో."),
    ("npi", "Nepali", "Devanagari", "डोको बुन्ने कार्यशालाको ल्यापटपको पासवर्ड {v} हो – कृपया यो आफैँसँग मात्र राख।"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃនៅរោងជាងត្បាញកន្ត្រក គឺ {v} ។ សូមរក្សាវាទុកសម្រាប់ខ្លួនឯង។"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính xách tay ở xưởng đan giỏ là {v} – làm ơn giữ kín giùm mình nhé."),
    ("jpn", "Japanese", "Han and Kana", "かご編み工房のノートパソコンのパスワードは {v} です。誰にも言わないでね。"),
    ("cmn", "Mandarin Chinese", "Han", "编筐作坊那台笔记本电脑的密码是 {v} ，你自己知道就好，别告诉别人。"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan komputer riba di bengkel anyaman bakul ialah {v} – tolong simpan untuk diri sendiri."),
    ("amh", "Amharic", "Ethiopic", "የቅርጫት ሥራ ወርክሾፑ ላፕቶፕ የይለፍ ቃል {v} ነው – እባክህ ለራስህ ብቻ ያዝው።"),
]
SPARES = [("som", "Somali"), ("ibo", "Igbo"), ("epo", "Esperanto"), ("ast", "Asturian"), ("roh", "Romansh")]


def build(reg, seed=26304):
    rng = random.Random(seed)
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(lambda: W.password(rng, strict=True, cap=0.3))
        fmt = FORMATS[i % 4]
        head = {"course_tutor_text_message": "", "workshop_fridge_note": "", "repair_ticket_margin_scribble": "", "supplier_call_jotting": ""}[fmt]
        text, s, e = C.place(head + sent.replace("{v}", C.MARK), v)
        out.append(dict(type=TYPE, container="%s__%s" % (fmt, code), text=text, value=v, start=s, end=e, source="prose",
                        lang=code, lang_name=name, script=script))
    return out
