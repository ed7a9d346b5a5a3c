"""Prose: someone tells a colleague the scale-house PC password and asks them not to forward it."""
from common133 import owner_password

SPAN_TYPE = "scalehouse_login_told_in_prose"
FORMATS = ["scalehouse_whatsapp_line", "hauler_dispatch_email_line", "mrf_helpdesk_ticket_comment",
           "driver_group_sms_row", "depot_radio_log_entry"]

LANGS = [
    ("fra", "French", "Le mot de passe du PC de la pesée est {v} , ne le transfère à personne."),
    ("spa", "Spanish", "La contraseña del PC de la báscula es {v} , no se la reenvíes a nadie."),
    ("nld", "Dutch", "Het wachtwoord van de weegbrug-pc is {v} , stuur het naar niemand door."),
    ("pol", "Polish", "Hasło do komputera na wadze to {v} , nie przesyłaj go nikomu dalej."),
    ("ces", "Czech", "Heslo k počítači na váze je {v} , nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Heslo k počítaču na váhe je {v} , nikomu ho nepreposielaj."),
    ("hun", "Hungarian", "A mérlegház gépének jelszava {v} , ne küldd tovább senkinek."),
    ("ron", "Romanian", "Parola calculatorului de la cântar este {v} , nu o trimite nimănui."),
    ("bul", "Bulgarian", "Паролата за компютъра на кантара е {v} , не я препращай на никого."),
    ("hrv", "Croatian", "Lozinka za računalo na vagi je {v} , nemoj je nikome prosljeđivati."),
    ("slv", "Slovenian", "Geslo za računalnik na tehtnici je {v} , ne posreduj ga nikomur."),
    ("lit", "Lithuanian", "Svarstyklių kompiuterio slaptažodis yra {v} , niekam jo nepersiųsk."),
    ("lvs", "Latvian", "Svaru datora parole ir {v} , nevienam to nepārsūti."),
    ("ekk", "Estonian", "Kaalumaja arvuti parool on {v} , ära saada seda kellelegi edasi."),
    ("fin", "Finnish", "Vaa'an tietokoneen salasana on {v} , älä välitä sitä kenellekään."),
    ("swe", "Swedish", "Lösenordet till vågdatorn är {v} , skicka inte vidare det till någon."),
    ("dan", "Danish", "Adgangskoden til vægtens pc er {v} , send den ikke videre til nogen."),
    ("ell", "Greek", "Ο κωδικός του υπολογιστή της ζυγαριάς είναι {v} , μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Kantar bilgisayarının şifresi {v} , kimseye iletme."),
    ("azj", "Azerbaijani", "Tərəzi kompüterinin şifrəsi {v} , heç kimə göndərmə."),
    ("kat", "Georgian", "სასწორის კომპიუტერის პაროლია {v} , არავის გადაუგზავნო."),
    ("hye", "Armenian", "Կշեռքի համակարգչի գաղտնաբառն է {v} , ոչ մեկին մի ուղարկիր։"),
    ("ukr", "Ukrainian", "Пароль до комп'ютера на вагах — {v} , нікому його не пересилай."),
    ("bel", "Belarusian", "Пароль да камп'ютара на вагах — {v} , нікому яго не перасылай."),
    ("pes", "Persian", "رمز عبور کامپیوتر باسکول {v} است، آن را برای کسی نفرست."),
    ("urd", "Urdu", "کانٹے والے کمپیوٹر کا پاس ورڈ {v} ہے، کسی کو آگے مت بھیجنا۔"),
    ("tha", "Thai", "รหัสผ่านคอมพิวเตอร์ที่ตาชั่งคือ {v} อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Mật khẩu máy tính ở trạm cân là {v} , đừng chuyển tiếp cho ai."),
    ("lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີຢູ່ບ່ອນຊັ່ງແມ່ນ {v} ຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("tgl", "Tagalog", "Ang password ng computer sa timbangan ay {v} , huwag mo itong ipasa kahit kanino."),
    ("swh", "Swahili", "Nenosiri la kompyuta ya mizani ni {v} , usimtumie mtu yeyote."),
    ("amh", "Amharic", "የሚዛኑ ኮምፒውተር የይለፍ ቃል {v} ነው፤ ለማንም አታስተላልፍ።"),
    ("som", "Somali", "Furaha sirta ah ee kombiyuutarka miisaanka waa {v} , cidna ha u gudbin."),
    ("npi", "Nepali", "तौल घरको कम्प्युटरको पासवर्ड {v} हो, कसैलाई फर्वार्ड नगर्नू।"),
    ("pan", "Punjabi", "ਕੰਡੇ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ, ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜੀਂ।"),
    ("tam", "Tamil", "எடைமேடை கணினியின் கடவுச்சொல் {v} , யாருக்கும் அனுப்ப வேண்டாம்."),
    ("als", "Albanian", "Fjalëkalimi i kompjuterit të peshores është {v} , mos ia përcill askujt."),
    ("mkd", "Macedonian", "Лозинката за компјутерот на вагата е {v} , не ја препраќај никому."),
    ("mlt", "Maltese", "Il-password tal-kompjuter tal-miżien hija {v} , tibgħatha lil ħadd."),
    ("cym", "Welsh", "Cyfrinair cyfrifiadur y bont bwyso yw {v} , paid â'i anfon ymlaen at neb."),
    ("gle", "Irish", "Is é pasfhocal ríomhaire an mheá ná {v} , ná seol ar aghaidh chuig aon duine é."),
    ("eus", "Basque", "Baskulako ordenagailuaren pasahitza {v} da, ez bidali inori."),
    ("cat", "Catalan", "La contrasenya de l'ordinador de la bàscula és {v} , no la reenviïs a ningú."),
    ("afr", "Afrikaans", "Die wagwoord vir die weegbrugrekenaar is {v} , moet dit vir niemand aanstuur nie."),
    ("xho", "Xhosa", "Igama lokugqithisa lekhompyutha yesikali ngu {v} , musa ukulithumela kubani na."),
    ("kin", "Kinyarwanda", "Ijambo ry'ibanga rya mudasobwa y'iminzani ni {v} , ntuzarihererekanye n'undi."),
    ("epo", "Esperanto", "La pasvorto de la pesila komputilo estas {v} , ne plusendu ĝin al iu ajn."),
]


def generate(sh, keep_lang, want=40):
    recs, dropped, used = [], [], []
    for iso, name, tpl in LANGS:
        if not keep_lang(iso, name):
            dropped.append(iso)
            continue
        if len(recs) >= want:
            dropped.append(iso + " (spare)")
            continue
        v = owner_password(sh)
        fmt = FORMATS[len(recs) % len(FORMATS)]
        text = tpl.format(v=v)
        st = text.index(v)
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + iso, "text": text,
                     "secrets": [{"value": v, "start": st, "end": st + len(v), "type": SPAN_TYPE}], "source": "prose"})
        used.append((iso, name))
    return recs, dropped, used
