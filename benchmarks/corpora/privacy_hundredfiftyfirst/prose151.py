"""Prose: someone tells the club repeater-controller password (p151). One sentence each."""
import random
from gen151 import Shapes

TYPE = "club_repeater_controller_password_told_in_message"
FORMATS = ["ham_club_whatsapp_message", "net_manager_mail_line", "repeater_ticket_comment", "field_day_log_note"]

L = [
 ("deu", "German", "Das Passwort für den Repeater-Controller des Clubs ist {V} – bitte nicht weiterleiten."),
 ("fra", "French", "Le mot de passe du contrôleur du relais du club est {V} , merci de ne pas le transférer."),
 ("spa", "Spanish", "La contraseña del controlador del repetidor del club es {V} ; por favor, no la reenvíes."),
 ("nld", "Dutch", "Het wachtwoord van de repeatercontroller van de club is {V} , stuur het alsjeblieft niet door."),
 ("pol", "Polish", "Hasło do sterownika przemiennika klubowego to {V} – proszę go nikomu nie przekazywać."),
 ("ces", "Czech", "Heslo k řadiči klubového převaděče je {V} , prosím nikomu ho nepřeposílej."),
 ("slk", "Slovak", "Heslo k ovládaču klubového prevádzača je {V} , prosím, nikomu ho neposielaj."),
 ("slv", "Slovene", "Geslo za krmilnik klubskega repetitorja je {V} , prosim, ne pošiljaj ga naprej."),
 ("hrv", "Croatian", "Lozinka za kontroler klupskog repetitora je {V} , molim te da je ne prosljeđuješ."),
 ("hun", "Hungarian", "A klub átjátszóvezérlőjének jelszava {V} , kérlek, ne küldd tovább senkinek."),
 ("ron", "Romanian", "Parola controlerului repetorului clubului este {V} , te rog să nu o trimiți mai departe."),
 ("bul", "Bulgarian", "Паролата за контролера на клубния ретранслатор е {V} , моля, не я препращай."),
 ("ukr", "Ukrainian", "Пароль до контролера клубного ретранслятора — {V} , будь ласка, нікому його не пересилай."),
 ("bel", "Belarusian", "Пароль да кантролера клубнага рэтранслятара — {V} , калі ласка, нікому яго не перасылай."),
 ("mkd", "Macedonian", "Лозинката за контролерот на клупскиот репетитор е {V} , те молам не ја препраќај."),
 ("ell", "Greek", "Ο κωδικός για τον ελεγκτή του αναμεταδότη του συλλόγου είναι {V} , σε παρακαλώ μην τον προωθήσεις."),
 ("swe", "Swedish", "Lösenordet till klubbens repeaterstyrning är {V} , skicka inte vidare det."),
 ("dan", "Danish", "Adgangskoden til klubbens repeatercontroller er {V} , send den venligst ikke videre."),
 ("fin", "Finnish", "Kerhon toistinohjaimen salasana on {V} , älä välitä sitä eteenpäin."),
 ("est", "Estonian", "Klubi retranslaatori kontrolleri parool on {V} , palun ära saada seda edasi."),
 ("lvs", "Latvian", "Kluba retranslatora kontroliera parole ir {V} , lūdzu, nepārsūti to nevienam."),
 ("lit", "Lithuanian", "Klubo retransliatoriaus valdiklio slaptažodis yra {V} , prašau jo niekam nepersiųsti."),
 ("als", "Albanian", "Fjalëkalimi i kontrolluesit të përsëritësit të klubit është {V} , të lutem mos ia përcill askujt."),
 ("hye", "Armenian", "Ակումբի ռեպիտերի կարգավորիչի գաղտնաբառն է {V} , խնդրում եմ ոչ մեկին չուղարկես։"),
 ("kat", "Georgian", "კლუბის რეტრანსლატორის კონტროლერის პაროლია {V} , გთხოვ, არავის გადაუგზავნო."),
 ("azj", "Azerbaijani", "Klubun təkrarlayıcı nəzarətçisinin şifrəsi {V} , xahiş edirəm heç kimə göndərmə."),
 ("pes", "Persian", "رمز عبور کنترلر تکرارکننده باشگاه {V} است، لطفاً آن را برای کسی نفرست."),
 ("urd", "Urdu", "کلب کے ریپیٹر کنٹرولر کا پاس ورڈ {V} ہے، براہ کرم اسے آگے نہ بھیجیں۔"),
 ("pan", "Punjabi", "ਕਲੱਬ ਦੇ ਰੀਪੀਟਰ ਕੰਟਰੋਲਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
 ("npi", "Nepali", "क्लबको रिपिटर कन्ट्रोलरको पासवर्ड {V} हो, कृपया यो कसैलाई नपठाउनुहोस्।"),
 ("tam", "Tamil", "கிளப் ரிப்பீட்டர் கட்டுப்பாட்டியின் கடவுச்சொல் {V} , தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
 ("tha", "Thai", "รหัสผ่านของตัวควบคุมรีพีทเตอร์ของชมรมคือ {V} กรุณาอย่าส่งต่อให้ใคร"),
 ("lao", "Lao", "ລະຫັດຜ່ານຂອງເຄື່ອງຄວບຄຸມຣີພີດເຕີຂອງສະໂມສອນແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
 ("swh", "Swahili", "Nenosiri la kidhibiti cha rudufu cha klabu ni {V} , tafadhali usimtumie mtu yeyote."),
 ("amh", "Amharic", "የክለቡ ሪፒተር መቆጣጠሪያ የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አታስተላልፍ።"),
 ("som", "Somali", "Furaha sirta ah ee kontaroolaha ku-celiyaha kooxda waa {V} , fadlan cidna ha u gudbin."),
 ("afr", "Afrikaans", "Die wagwoord vir die klub se herhaler-beheerder is {V} , moet dit asseblief nie aanstuur nie."),
 ("xho", "Xhosa", "Igama lokugqitha lesilawuli sesiphindaphindi seklabhu ngu {V} , nceda ungasithumeli kuye nabani na."),
 ("mlt", "Maltese", "Il-password tal-kontrollur tar-ripetitur tal-klabb hija {V} , jekk jogħġbok tibgħatha lil ħadd."),
 ("cym", "Welsh", "Cyfrinair rheolydd ailadroddydd y clwb yw {V} , paid â'i anfon ymlaen os gweli di'n dda."),
 ("tuk", "Turkmen", "Klubuň retranslýator dolandyryjysynyň açar sözi {V} , haýyş edýärin, hiç kime iberme."),
 ("nso", "Northern Sotho", "Lentšu la sephiri la taolo ya repeater ya sehlopha ke {V} , hle o se le romele go motho."),
 ("tsn", "Setswana", "Lefoko la sephiri la taolo ya repeater ya tlelabo ke {V} , tsweetswee o se le romele ope."),
 ("ast", "Asturian", "La contraseña del controlador del repetidor del club ye {V} , por favor nun la reunvíes."),
]


def build(reg, lang_ok, seed=15104, n=40):
    sh = Shapes(random.Random(seed))
    out, dropped, spare = [], [], []
    for code, name, tpl in L:
        if not lang_ok(code, name):
            dropped.append(code)
            continue
        if len(out) >= n:
            spare.append(code)
            continue
        v = reg.take(sh.pw)
        pre, post = tpl.split("{V}")
        fmt = FORMATS[len(out) % 4]
        text = pre + v + post
        out.append(dict(type=TYPE, container=fmt + "__" + code, text=text,
                        secrets=[dict(value=v, start=len(pre), end=len(pre) + len(v), type=TYPE)], source="prose"))
    return out, dropped, spare
