"""Prose source: one sentence per language; someone tells a colleague the honey-house PC password."""
import random

import common174 as C

SEED = 17404
TYPE = "honey_house_pc_password_in_message"
FORMATS = ["beekeeper_sms_line", "apiary_team_chat_message", "honey_house_email_sentence",
           "club_secretary_voice_memo_transcript"]

# (ISO 639-3 code, English name, script, sentence with @V@)
LANGS = [
    ("spa", "Spanish", "Latin", "La contraseña del PC de la sala de extracción es @V@ y, por favor, no la reenvíes a nadie."),
    ("fra", "French", "Latin", "Le mot de passe du PC de la miellerie est @V@ ; merci de ne pas le transférer."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de pc in de slingerruimte is @V@ - stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Lösenordet till datorn i slungrummet är @V@ – skicka inte det vidare."),
    ("dan", "Danish", "Latin", "Adgangskoden til computeren i slyngerummet er @V@ – send den ikke videre."),
    ("fin", "Finnish", "Latin", "Linkoamon tietokoneen salasana on @V@ – älä välitä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Meekoja arvuti parool on @V@ – palun ära saada seda edasi."),
    ("lav", "Latvian", "Latin", "Medus telpas datora parole ir @V@ – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Medaus patalpos kompiuterio slaptažodis yra @V@ – prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do komputera w miodarni to @V@ – proszę, nie przesyłaj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k počítači ve vytáčírně je @V@ – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v medárni je @V@ – prosím, nikomu ho nepreposielaj."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v točilnici je @V@ – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u vrcaoni je @V@ – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A pergetőhelyiség gépének jelszava @V@ – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din camera de extracție este @V@ – te rog să n-o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в медарната е @V@ – моля, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во медарницата е @V@ – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп’ютера в медогонці: @V@ – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп’ютара ў мядоўні: @V@ – калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή στο μελιτοποιείο είναι @V@ – σε παρακαλώ μην τον προωθήσεις."),
    ("tur", "Turkish", "Latin", "Bal evindeki bilgisayarın şifresi @V@ – lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Latin", "Bal otağındakı kompüterin şifrəsi @V@ – xahiş edirəm, heç kimə göndərmə."),
    ("hye", "Armenian", "Armenian", "Մեղրատան համակարգչի գաղտնաբառն է @V@ – խնդրում եմ, ոչ մեկին մի՛ ուղարկիր։"),
    ("kat", "Georgian", "Georgian", "თაფლის სახლის კომპიუტერის პაროლია @V@ – გთხოვ, არავის გადაუგზავნო."),
    ("fas", "Persian", "Arabic", "رمز کامپیوتر اتاق عسل‌کشی @V@ است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic (Nastaliq)", "شہد خانے کے کمپیوٹر کا پاس ورڈ @V@ ہے – براہِ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਸ਼ਹਿਦ ਘਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ @V@ ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("npi", "Nepali", "Devanagari", "मह घरको कम्प्युटरको पासवर्ड @V@ हो – कृपया यसलाई कसैलाई नपठाउनुहोस्।"),
    ("tam", "Tamil", "Tamil", "தேன் அறை கணினியின் கடவுச்சொல் @V@ – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ห้องสกัดน้ำผึ้งคือ @V@ อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở phòng quay mật là @V@ – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer di ruang ekstraksi madu adalah @V@ – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya chumba cha asali ni @V@ – tafadhali usimtumie mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "የማር ቤቱ ኮምፒውተር የይለፍ ቃል @V@ ነው – እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombiyuutarka qolka malabka waa @V@ – fadlan qofna ha u gudbin."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die rekenaar in die slingerkamer is @V@ – moet dit asseblief nie aanstuur nie."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y tŷ mêl yw @V@ – paid â’i anfon ymlaen at neb, plîs."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-kamra tal-għasel hija @V@ – jekk jogħġbok tgħaddihiex lil ħadd."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit në dhomën e mjaltit është @V@ – të lutem mos ia përcill askujt."),
    # spare (unused unless a language above is dropped by the deny-list)
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງນ້ຳເຜິ້ງແມ່ນ @V@ ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ."),
]


def usable(deny):
    out = []
    for code, name, script, sent in LANGS:
        words = [w.lower() for w in name.replace("-", " ").split()]
        if code in deny["language_codes"] or name.lower() in deny["language_names"] \
                or any(w in deny["language_names"] for w in words) or code in set(deny["names"]):
            continue
        out.append((code, name, script, sent))
    return out[:40]


def generate(reg, deny):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(usable(deny)):
        val = reg.draw(lambda: C.owner_password(rng, C.JOIN_SAFE))
        container = FORMATS[i % 4] + "__" + code
        rec = C.make_positive(sent.replace("@V@", C.MARK), val, TYPE, container, "prose")
        rec["_lang"] = (code, name, script)
        recs.append(rec)
    return recs
