"""Prose positives: one sentence per language in which someone gives the
password of the weighbridge office PC and asks that it not go to the drivers."""
import random

import world270 as W

TYPE = "weighbridge_office_pc_password_in_message"
FORMATS = ["tipper_cab_radio_log", "shift_handover_book_line", "quarry_canteen_whiteboard",
           "dispatch_desk_text_message"]
X = "\u00a7V\u00a7"

# (code, English name, script, sentence with the value marker)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den PC im Wiegehaus ist §V§ – bitte nicht an die Fahrer weitergeben."),
    ("fra", "French", "Latin", "Le mot de passe du PC du pont-bascule est §V§ – ne le donne pas aux chauffeurs, s'il te plaît."),
    ("spa", "Spanish", "Latin", "La contraseña del ordenador de la báscula es §V§ – por favor, no se la des a los conductores."),
    ("por", "Portuguese", "Latin", "A senha do computador da balança é §V§ – por favor, não a passes aos motoristas."),
    ("ita", "Italian", "Latin", "La password del PC della pesa è §V§ – per favore non darla agli autisti."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de pc in het weeghuis is §V§ – geef het alsjeblieft niet aan de chauffeurs."),
    ("dan", "Danish", "Latin", "Adgangskoden til pc'en i vejehuset er §V§ – giv den ikke til chaufførerne."),
    ("nob", "Norwegian Bokmal", "Latin", "Passordet til PC-en i vektboden er §V§ – ikke gi det til sjåførene."),
    ("swe", "Swedish", "Latin", "Lösenordet till datorn i vågboden är §V§ – ge det inte till chaufförerna."),
    ("fin", "Finnish", "Latin", "Vaakakopin tietokoneen salasana on §V§ – älä anna sitä kuljettajille."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču na váhe je §V§ – prosím, nedávaj ho šoférom."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik pri tehtnici je §V§ – prosim, ne daj ga voznikom."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo na vagi je §V§ – molim te, nemoj je davati vozačima."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар на ваги је §V§ – молим те, немој је давати возачима."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра на кантара е §V§ – моля те, не я давай на шофьорите."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот на вагата е §V§ – те молам, не ја давај на возачите."),
    ("ron", "Romanian", "Latin", "Parola calculatorului de la cântar este §V§ – te rog să n-o dai șoferilor."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера на вагах: §V§ – будь ласка, не давай його водіям."),
    ("bel", "Belarusian", "Cyrillic", "Пароль да камп'ютара на вагах: §V§ – калі ласка, не давай яго вадзіцелям."),
    ("lav", "Latvian", "Latin", "Svaru mājiņas datora parole ir §V§ – lūdzu, nedod to šoferiem."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit të peshores është §V§ – të lutem mos ua jep shoferëve."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-miżien hija §V§ – jekk jogħġbok tagħtihiex lix-xufiera."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y bont bwyso yw §V§ – paid â'i roi i'r gyrwyr, plîs."),
    ("tur", "Turkish", "Latin", "Kantar bilgisayarının şifresi §V§ – lütfen şoförlere verme."),
    ("aze", "Azerbaijani", "Latin", "Tərəzi kompüterinin parolu §V§ – xahiş edirəm, sürücülərə vermə."),
    ("kaz", "Kazakh", "Cyrillic", "Таразы компьютерінің құпиясөзі §V§ – жүргізушілерге берме, өтінемін."),
    ("kir", "Kyrgyz", "Cyrillic", "Таразанын компьютеринин сырсөзү §V§ – айдоочуларга бербе, суранам."),
    ("kat", "Georgian", "Georgian", "სასწორის კომპიუტერის პაროლია §V§ – გთხოვ, მძღოლებს არ მისცე."),
    ("urd", "Urdu", "Arabic", "کانٹے والے کمپیوٹر کا پاس ورڈ §V§ ہے – براہ کرم ڈرائیوروں کو نہ دینا۔"),
    ("ben", "Bengali", "Bengali", "ওজন-ঘরের কম্পিউটারের পাসওয়ার্ড §V§ – দয়া করে চালকদের দিও না।"),
    ("pan", "Punjabi", "Gurmukhi", "ਕੰਡੇ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ §V§ ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਡਰਾਈਵਰਾਂ ਨੂੰ ਨਾ ਦੇਣਾ।"),
    ("tel", "Telugu", "Telugu", "తూకం గది కంప్యూటర్ పాస్‌వర్డ్ §V§ – దయచేసి డ్రైవర్లకు ఇవ్వకండి."),
    ("nep", "Nepali", "Devanagari", "तौल घरको कम्प्युटरको पासवर्ड §V§ हो – कृपया चालकहरूलाई नदिनू।"),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ที่ห้องชั่งน้ำหนักคือ §V§ – กรุณาอย่าบอกคนขับรถ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở trạm cân là §V§ – đừng đưa cho tài xế nhé."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa timbangan ay §V§ – huwag mo itong ibigay sa mga drayber."),
    ("msa", "Malay", "Latin", "Kata laluan komputer di jambatan timbang ialah §V§ – tolong jangan beri kepada pemandu."),
    ("jpn", "Japanese", "Han/Kana", "計量所のパソコンのパスワードは §V§ です。運転手さんには教えないでください。"),
    ("amh", "Amharic", "Ethiopic", "የሚዛን ቤቱ ኮምፒውተር የይለፍ ቃል §V§ ነው – እባክህ ለሾፌሮቹ አትስጥ።"),
    ("som", "Somali", "Latin", "Erayga sirta ah ee kombiyuutarka miisaanka waa §V§ – fadlan ha siin darawalada."),
]
SPARES = [("ibo", "Igbo"), ("wol", "Wolof"), ("bos", "Bosnian"), ("tuk", "Turkmen")]


def frame(fmt, rng, sentence):
    if fmt == "tipper_cab_radio_log":
        return "%02d:%02d CH2 BASE>T%02d  %s\n" % (rng.randrange(6, 18), rng.randrange(60), rng.randrange(1, 33), sentence)
    if fmt == "shift_handover_book_line":
        return "%02d/%02d early shift  %s\n" % (rng.randrange(1, 29), rng.randrange(3, 12), sentence)
    if fmt == "quarry_canteen_whiteboard":
        return sentence + "\n"
    return "SMS %02d:%02d  %s\n" % (rng.randrange(6, 18), rng.randrange(60), sentence)


def build(reg, seed=27004):
    rng = random.Random(seed)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        value = reg.draw(lambda: W.password(rng, strict=True, cap_p=0.3))
        text = frame(fmt, rng, sent.replace(X, value))
        start = text.index(value)
        recs.append({"type": TYPE, "container": "%s__%s" % (fmt, code), "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": TYPE}],
                     "source": "prose"})
    return recs
