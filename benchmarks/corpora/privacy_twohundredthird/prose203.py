"""Prose source: one sentence in each of 40 languages; someone tells a colleague the kiln-room PC password."""
import random

from common203 import MARK, SEEDS, owner_password, pos_record, PREFIX

V = MARK
TYPE = "kiln_room_pc_password_in_message"
FORMATS = ["studio_group_chat_line", "glassblower_shift_sms", "forge_owner_email_sentence",
           "pottery_class_voicemail_transcript"]

# code, name, script, sentence (V = the value, set off by whitespace)
LANGS = [
    ("eng", "English", "Latin", f"The kiln-room PC password is {V} – please don't forward it to anyone."),
    ("fra", "French", "Latin", f"Le mot de passe du PC de la salle des fours est {V} ; ne le transfère à personne, s'il te plaît."),
    ("spa", "Spanish", "Latin", f"La contraseña del PC de la sala de hornos es {V} y, por favor, no se la reenvíes a nadie."),
    ("cat", "Catalan", "Latin", f"La contrasenya de l'ordinador de la sala dels forns és {V} i, si us plau, no la reenviïs a ningú."),
    ("nld", "Dutch", "Latin", f"Het wachtwoord van de pc in de ovenruimte is {V} – stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", f"Lösenordet till datorn i ugnsrummet är {V} – skicka det inte vidare till någon."),
    ("dan", "Danish", "Latin", f"Adgangskoden til computeren i ovnrummet er {V} – lad venligst være med at sende den videre."),
    ("fin", "Finnish", "Latin", f"Uunihuoneen tietokoneen salasana on {V} – älä lähetä sitä kenellekään eteenpäin."),
    ("est", "Estonian", "Latin", f"Ahjuruumi arvuti parool on {V} – palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Latin", f"Krāsns telpas datora parole ir {V} – lūdzu, nevienam to nepārsūti."),
    ("lit", "Lithuanian", "Latin", f"Krosnies patalpos kompiuterio slaptažodis yra {V} – prašau niekam jo nepersiųsti."),
    ("pol", "Polish", "Latin", f"Hasło do komputera w pracowni z piecem to {V} – proszę, nie przesyłaj go nikomu dalej."),
    ("ces", "Czech", "Latin", f"Heslo k počítači v místnosti s pecí je {V} – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", f"Heslo k počítaču v miestnosti s pecou je {V} – prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", f"Geslo za računalnik v prostoru s pečjo je {V} – prosim, ne pošiljaj ga nikomur naprej."),
    ("hrv", "Croatian", "Latin", f"Lozinka za računalo u prostoriji s peći je {V} – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", f"A kemenceterem gépének jelszava {V} – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", f"Parola calculatorului din camera cuptorului este {V} – te rog să n-o trimiți nimănui mai departe."),
    ("bul", "Bulgarian", "Cyrillic", f"Паролата на компютъра в стаята с пещта е {V} – моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", f"Лозинката за компјутерот во просторијата со печката е {V} – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", f"Пароль від комп'ютера в кімнаті з піччю такий: {V} – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", f"Пароль ад камп'ютара ў пакоі з печчу такі: {V} – калі ласка, нікому яго не перасылай."),
    ("ell", "Modern Greek", "Greek", f"Ο κωδικός του υπολογιστή στο δωμάτιο του κλιβάνου είναι {V} – σε παρακαλώ, μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", f"Fırın odasındaki bilgisayarın şifresi {V} – lütfen kimseye iletme."),
    ("azj", "North Azerbaijani", "Latin", f"Kürə otağındakı kompüterin şifrəsi {V} – xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", f"ღუმლის ოთახის კომპიუტერის პაროლია {V} – გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", f"Վառարանի սենյակի համակարգչի գաղտնաբառը {V} է, խնդրում եմ՝ ոչ մեկին չուղարկես։"),
    ("pes", "Iranian Persian", "Arabic", f"رمز کامپیوتر اتاق کوره {V} است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", f"بھٹی والے کمرے کے کمپیوٹر کا پاس ورڈ {V} ہے – براہِ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("tam", "Tamil", "Tamil", f"சூளை அறை கணினியின் கடவுச்சொல் {V} – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", f"బట్టీ గది కంప్యూటర్ పాస్‌వర్డ్ {V} – దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ("tha", "Thai", "Thai", f"รหัสผ่านคอมพิวเตอร์ห้องเตาเผาคือ {V} ห้ามส่งต่อให้ใครนะ"),
    ("lao", "Lao", "Lao", f"ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງເຕົາເຜົາແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("vie", "Vietnamese", "Latin", f"Mật khẩu máy tính phòng lò nung là {V} – làm ơn đừng chuyển tiếp cho ai."),
    ("ind", "Indonesian", "Latin", f"Kata sandi PC ruang tungku adalah {V} – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", f"Nenosiri la kompyuta ya chumba cha tanuru ni {V} – tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "Ethiopic", f"የምድጃ ክፍሉ ኮምፒውተር የይለፍ ቃል {V} ነው – እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", f"Furaha sirta ah ee kombiyuutarka qolka foornada waa {V} – fadlan cidna ha u gudbin."),
    ("gle", "Irish", "Latin", f"Is é pasfhocal ríomhaire sheomra na háithe ná {V} – ná seol ar aghaidh chuig aon duine é, le do thoil."),
    ("cym", "Welsh", "Latin", f"Cyfrinair cyfrifiadur ystafell yr odyn yw {V} – paid â'i anfon ymlaen at neb, plîs."),
]
SPARES = [
    ("eus", "Basque", "Latin", f"Labe-gelako ordenagailuaren pasahitza {V} da – mesedez, ez bidali inori."),
    ("mlt", "Maltese", "Latin", f"Il-password tal-kompjuter tal-kamra tal-forn hija {V} – jekk jogħġbok tibgħatha lil ħadd."),
    ("als", "Tosk Albanian", "Latin", f"Fjalëkalimi i kompjuterit në dhomën e furrës është {V} – të lutem mos ia dërgo askujt."),
]

CONFIDENCE = {
    "fair": ["English", "French", "Spanish", "Catalan", "Dutch", "Swedish", "Danish", "Polish", "Czech",
             "Ukrainian", "Bulgarian", "Modern Greek", "Turkish", "Indonesian", "Vietnamese", "Romanian"],
    "modest": ["Finnish", "Estonian", "Slovak", "Slovenian", "Croatian", "Hungarian", "Macedonian", "Belarusian",
               "Iranian Persian", "Urdu", "Thai", "Swahili", "Welsh", "Irish", "North Azerbaijani", "Latvian",
               "Lithuanian"],
    "low": ["Georgian", "Armenian", "Tamil", "Telugu", "Lao", "Amharic", "Somali"],
}


def generate(reg, start_index):
    rng = random.Random(SEEDS["prose"])
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(owner_password, rng, True)
        cont = FORMATS[i % len(FORMATS)] + "__" + code
        recs.append(pos_record("%s-s-%04d" % (PREFIX, start_index + i), TYPE, cont, sent + "\n", value, "prose"))
    return recs
