"""Prose source: one sentence in each of 40 languages; someone passes on the ticket-office till password."""
import random

from common204 import MARK, password, record

SEED = 20404
TYPE = "ticket_office_till_password_in_message"
FORMATS = ["deckhand_chat_line", "ticket_office_sms", "harbourmaster_email_sentence", "crew_voice_message_transcript"]

# (code, name, script, sentence with {} for the value)
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe de la caisse de la billetterie est {} – merci de ne le transférer à personne."),
    ("spa", "Spanish", "Latin", "La contraseña de la caja de la taquilla es {} y, por favor, no se la reenvíes a nadie."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de kassa bij de kaartverkoop is {} en stuur het alsjeblieft niet door."),
    ("dan", "Danish", "Latin", "Adgangskoden til kassen i billetsalget er {} – send den venligst ikke videre."),
    ("swe", "Swedish", "Latin", "Lösenordet till kassan på biljettkontoret är {} – skicka det inte vidare, tack."),
    ("fin", "Finnish", "Latin", "Lipputoimiston kassan salasana on {} – älä lähetä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Piletikassa parool on {} – palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Latin", "Biļešu kases parole ir {} – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Bilietų kasos slaptažodis yra {} – prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do kasy w punkcie sprzedaży biletów to {} – proszę, nie przesyłaj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k pokladně u prodeje jízdenek je {} – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo do pokladne pri predaji lístkov je {} – prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", "Geslo za blagajno pri prodaji vozovnic je {} – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za blagajnu na prodaji karata je {} – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A jegypénztár kasszájának jelszava {} – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola de la casa de marcat a casei de bilete este {} – te rog să n-o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за касата на гишето за билети е {} – моля, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за касата на шалтерот за билети е {} – те молам, не ја препраќај."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до каси в квитковій касі: {} – будь ласка, нікому його не пересилай."),
    ("ell", "Greek", "Greek", "Ο κωδικός για το ταμείο του εκδοτηρίου είναι {} – σε παρακαλώ μην τον προωθήσεις."),
    ("tur", "Turkish", "Latin", "Bilet gişesindeki kasanın şifresi {} – lütfen kimseye iletme."),
    ("kat", "Georgian", "Georgian", "ბილეთების სალაროს პაროლია {} – გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Տոմսարկղի դրամարկղի գաղտնաբառն է {} – խնդրում եմ, ոչ մեկին մի՛ փոխանցիր։"),
    ("pes", "Iranian Persian", "Arabic", "رمز صندوق باجهٔ فروش بلیت {} است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "ٹکٹ گھر کے کیش کاؤنٹر کا پاس ورڈ {} ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Panjabi", "Gurmukhi", "ਟਿਕਟ ਦਫ਼ਤਰ ਦੇ ਕੈਸ਼ ਕਾਊਂਟਰ ਦਾ ਪਾਸਵਰਡ {} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("tam", "Tamil", "Tamil", "டிக்கெட் அலுவலகக் கல்லாப்பெட்டியின் கடவுச்சொல் {} – தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "టికెట్ ఆఫీస్ క్యాష్ కౌంటర్ పాస్‌వర్డ్ {} – దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("tha", "Thai", "Thai", "รหัสผ่านเครื่องเก็บเงินที่ห้องขายตั๋วคือ {} อย่าส่งต่อให้ใครนะ"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງເຄື່ອງເກັບເງິນຫ້ອງຂາຍປີ້ແມ່ນ {} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy thu ngân ở quầy bán vé là {} – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi mesin kasir di loket tiket adalah {} – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la mashine ya malipo kwenye ofisi ya tiketi ni {} – tafadhali usimtumie mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "የትኬት ቢሮው የገንዘብ መመዝገቢያ ማሽን የይለፍ ቃል {} ነው – እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee khasnadda xafiiska tigidhada waa {} – fadlan cidna ha u gudbin."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die kasregister by die kaartjieskantoor is {} – moet dit asseblief nie aanstuur nie."),
    ("cym", "Welsh", "Latin", "Cyfrinair y til yn y swyddfa docynnau yw {} – paid â'i anfon ymlaen at neb, plîs."),
    ("mlt", "Maltese", "Latin", "Il-password tal-cash register fl-uffiċċju tal-biljetti hija {} – jekk jogħġbok tgħaddihiex lil ħadd."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i arkës në zyrën e biletave është {} – të lutem mos ia përcill askujt."),
    ("npi", "Nepali", "Devanagari", "टिकट कार्यालयको क्यास काउन्टरको पासवर्ड {} हो – कृपया कसैलाई फर्वार्ड नगर्नुहोस्।"),
]
SPARES = [("bel", "Belarusian"), ("aze", "Azerbaijani")]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: password(rng, strict=True))
        tpl = sent.replace("{}", MARK)
        recs.append(record(None, TYPE, FORMATS[i % 4] + "__" + code, tpl, value, "prose"))
    return recs
