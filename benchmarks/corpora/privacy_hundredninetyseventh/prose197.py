"""Prose source: one sentence in each of 40 languages; someone tells a colleague the password of the
box-office laptop and asks them not to forward it."""
import random

import common197 as C
from common197 import MARK as V

SEED = 19704
SPAN_TYPE = "box_office_laptop_password_in_message"
FORMATS = ["showmen_chat_line", "ringmaster_text_message", "market_office_email_sentence",
           "ride_crew_voice_note_transcript"]

# (code, name, script, sentence with {v})
LANGS = [
    ("spa", "Spanish", "Latin", "Oye, la contraseña del portátil de taquilla es {v} y por favor no la reenvíes a nadie."),
    ("fra", "French", "Latin", "Salut, le mot de passe du portable de la billetterie est {v} – merci de ne le transférer à personne."),
    ("nld", "Dutch", "Latin", "Hoi, het wachtwoord van de kassalaptop is {v} en stuur het alsjeblieft niet door."),
    ("dan", "Danish", "Latin", "Hej, adgangskoden til billetkontorets bærbare er {v} – send den venligst ikke videre."),
    ("swe", "Swedish", "Latin", "Hej, lösenordet till biljettkontorets laptop är {v} – skicka det inte vidare till någon."),
    ("fin", "Finnish", "Latin", "Moi, lipunmyynnin läppärin salasana on {v} – älä lähetä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Tere, piletikassa sülearvuti parool on {v} – palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Latin", "Sveiki, biļešu kases klēpjdatora parole ir {v} – lūdzu, nesūti to nevienam tālāk."),
    ("lit", "Lithuanian", "Latin", "Labas, bilietų kasos nešiojamojo kompiuterio slaptažodis yra {v} – prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Cześć, hasło do laptopa w kasie biletowej to {v} – proszę, nie przekazuj go dalej."),
    ("ces", "Czech", "Latin", "Ahoj, heslo k notebooku v pokladně je {v} – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Ahoj, heslo k notebooku v pokladni je {v} – prosím, nikomu ho nepreposielaj."),
    ("slv", "Slovenian", "Latin", "Živjo, geslo za prenosnik na blagajni je {v} – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Bok, lozinka za laptop na blagajni je {v} – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "Szia, a jegypénztári laptop jelszava {v} – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Salut, parola laptopului de la casa de bilete este {v} – te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Здравей, паролата за лаптопа на касата е {v} – моля те, не я препращай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Привіт, пароль від ноутбука в касі {v} , будь ласка, нікому його не пересилай."),
    ("ell", "Greek", "Greek", "Γεια, ο κωδικός του λάπτοπ στο ταμείο είναι {v} – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Selam, gişedeki dizüstü bilgisayarın şifresi {v} – lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Latin", "Salam, kassadakı noutbukun şifrəsi {v} – xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", "გამარჯობა, სალაროს ლეპტოპის პაროლია {v} – გთხოვ, არავის გადაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Բարև, տոմսարկղի նոութբուքի գաղտնաբառը {v} է, խնդրում եմ ոչ մեկին չուղարկես։"),
    ("pes", "Persian", "Arabic", "سلام، رمز لپ‌تاپ گیشه {v} است، لطفاً برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "سنو، ٹکٹ گھر کے لیپ ٹاپ کا پاس ورڈ {v} ہے، براہ کرم کسی کو آگے نہ بھیجنا۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਟਿਕਟ ਘਰ ਦੇ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("tam", "Tamil", "Tamil", "வணக்கம், டிக்கெட் கவுண்டர் லேப்டாப்பின் கடவுச்சொல் {v} – தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "హాయ్, టికెట్ కౌంటర్ ల్యాప్‌టాప్ పాస్‌వర్డ్ {v} – దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("nep", "Nepali", "Devanagari", "नमस्ते, टिकट काउन्टरको ल्यापटपको पासवर्ड {v} हो, कृपया कसैलाई नपठाउनुहोला।"),
    ("tha", "Thai", "Thai", "สวัสดี รหัสผ่านของแล็ปท็อปที่ห้องขายตั๋วคือ {v} อย่าส่งต่อให้ใครนะ"),
    ("lao", "Lao", "Lao", "ສະບາຍດີ ລະຫັດຜ່ານຂອງແລັບທັອບຢູ່ຫ້ອງຂາຍປີ້ແມ່ນ {v} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("vie", "Vietnamese", "Latin", "Chào bạn, mật khẩu máy tính xách tay ở quầy vé là {v} – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Halo, kata sandi laptop loket tiket adalah {v} – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Habari, nenosiri la kompyuta mpakato ya ofisi ya tiketi ni {v} – tafadhali usimtumie mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "ሰላም፣ የቲኬት ቢሮው ላፕቶፕ የይለፍ ቃል {v} ነው፤ እባክህ ለማንም አታስተላልፍ።"),
    ("som", "Somali", "Latin", "Haye, furaha sirta ah ee laptop-ka xafiiska tigidhada waa {v} – fadlan qofna ha u gudbin."),
    ("afr", "Afrikaans", "Latin", "Hallo, die wagwoord vir die kaartjieskantoor se skootrekenaar is {v} – moet dit asseblief vir niemand aanstuur nie."),
    ("mlt", "Maltese", "Latin", "Ħello, il-password tal-laptop tal-uffiċċju tal-biljetti hija {v} – jekk jogħġbok tgħaddihiex lil ħadd."),
    ("cym", "Welsh", "Latin", "Helo, cyfrinair gliniadur y swyddfa docynnau yw {v} – paid â'i anfon ymlaen at neb, plîs."),
    ("sqi", "Albanian", "Latin", "Përshëndetje, fjalëkalimi i laptopit të biletarisë është {v} – të lutem mos ia përcill askujt."),
]
SPARES = [("mkd", "Macedonian"), ("bel", "Belarusian"), ("ibo", "Igbo")]


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: C.owner_pw(rng, strict=True))
        tpl = sent.replace("{v}", V)
        text, s, e = C.place(tpl, value)
        recs.append(C.positive("%s-s-%04d" % (C.PREFIX, n), SPAN_TYPE, "%s__%s" % (FORMATS[i % 4], code), text, s, e, "prose"))
        n += 1
    return recs
