"""Prose: someone tells a colleague the cafe office PC password, one sentence in 40 languages."""
import random

import common239 as C

SEED = 23904
SPAN_TYPE = "cafe_office_pc_password_told_in_message"
FORMATS = ["roastery_staff_chat_line", "barista_sms", "green_buyer_email_sentence", "cafe_voicemail_transcript"]

# code, name, script, sentence (%V% = value, always set off by whitespace)
L = [
    ("deu", "German", "Latin", "Das Passwort für den Büro-PC im Café ist %V% – bitte gib es nicht weiter."),
    ("fra", "French", "Latin", "Le mot de passe du PC du bureau du café, c'est %V% ; garde-le pour toi, s'il te plaît."),
    ("spa", "Spanish", "Latin", "La contraseña del ordenador de la oficina de la cafetería es %V% y, por favor, no se la pases a nadie."),
    ("ita", "Italian", "Latin", "La password del PC dell'ufficio del bar è %V% e, per favore, non girarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do computador do escritório da cafetaria é %V% e, por favor, não a passes a ninguém."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de kantoor-pc van het café is %V% en geef het alsjeblieft niet door."),
    ("pol", "Polish", "Latin", "Hasło do komputera w biurze kawiarni to %V% i proszę, nie przekazuj go nikomu."),
    ("ces", "Czech", "Latin", "Heslo k počítači v kanceláři kavárny je %V% a prosím, nikomu ho nedávej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v kancelárii kaviarne je %V% a prosím, nikomu ho nedávaj."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v pisarni kavarne je %V% in prosim, ne daj ga nikomur."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u uredu kafića je %V% i molim te, nemoj je nikome davati."),
    ("hun", "Hungarian", "Latin", "A kávézó irodai gépének jelszava %V% , kérlek, ne add tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din biroul cafenelei este %V% și te rog să nu o dai nimănui."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в офиса на кафенето е %V% и моля те, не я давай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера в офісі кав'ярні — %V% , будь ласка, нікому його не передавай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль да камп'ютара ў офісе кавярні — %V% , калі ласка, нікому яго не перадавай."),
    ("ell", "Greek", "Greek", "Ο κωδικός για τον υπολογιστή του γραφείου στο καφέ είναι %V% και σε παρακαλώ μην τον δώσεις σε κανέναν."),
    ("tur", "Turkish", "Latin", "Kafenin ofis bilgisayarının şifresi %V% , lütfen kimseye verme."),
    ("azj", "Azerbaijani", "Latin", "Kafenin ofis kompüterinin şifrəsi belədir: %V% , xahiş edirəm heç kimə demə."),
    ("kat", "Georgian", "Georgian", "კაფეს ოფისის კომპიუტერის პაროლია %V% , გთხოვ, არავის გადასცე."),
    ("hye", "Armenian", "Armenian", "Սրճարանի գրասենյակի համակարգչի գաղտնաբառը %V% է, խնդրում եմ ոչ մեկին մի տուր։"),
    ("fin", "Finnish", "Latin", "Kahvilan toimiston tietokoneen salasana on %V% – älä anna sitä kenellekään."),
    ("swe", "Swedish", "Latin", "Lösenordet till kontorsdatorn på kaféet är %V% , snälla ge det inte vidare."),
    ("dan", "Danish", "Latin", "Adgangskoden til kontorcomputeren på caféen er %V% – lad være med at give den videre."),
    ("lvs", "Latvian", "Latin", "Kafejnīcas biroja datora parole ir %V% , lūdzu, nevienam to nedod."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die kafee se kantoorrekenaar is %V% , moet dit asseblief vir niemand gee nie."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur swyddfa'r caffi yw %V% , plîs paid â'i rannu gyda neb."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-uffiċċju tal-kafè hi %V% , jekk jogħġbok żommha għalik."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit të zyrës së kafenesë është %V% , të lutem mos ia jep askujt."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во канцеларијата на кафулето е %V% и те молам, не ја давај никому."),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính văn phòng quán cà phê là %V% , đừng đưa cho ai nhé."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ในออฟฟิศของร้านกาแฟคือ %V% อย่าบอกใครนะ"),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer kantor kafe adalah %V% , tolong jangan dikasih ke siapa-siapa ya."),
    ("amh", "Amharic", "Ethiopic", "የካፌው ቢሮ ኮምፒውተር የይለፍ ቃል %V% ነው፤ እባክህ ለማንም አትስጥ።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombuyuutarka xafiiska kafeega waa %V% , fadlan cidna ha siin."),
    ("pes", "Persian", "Arabic", "رمز عبور کامپیوتر دفتر کافه %V% است، لطفاً به کسی نده."),
    ("urd", "Urdu", "Arabic", "کیفے کے دفتر والے کمپیوٹر کا پاس ورڈ %V% ہے، براہ کرم کسی کو مت بتانا۔"),
    ("ben", "Bengali", "Bengali", "ক্যাফের অফিসের কম্পিউটারের পাসওয়ার্ড হলো %V% , দয়া করে কাউকে দিও না।"),
    ("tam", "Tamil", "Tamil", "கஃபே அலுவலக கணினியின் கடவுச்சொல் %V% , தயவுசெய்து யாருக்கும் சொல்லாதே."),
    ("tel", "Telugu", "Telugu", "కేఫ్ ఆఫీస్ కంప్యూటర్ పాస్‌వర్డ్ %V% , దయచేసి ఎవరికీ చెప్పకు."),
]
SPARES = [("npi", "Nepali"), ("kir", "Kyrgyz")]

CONFIDENCE = {
    "fair": "German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech, Swedish, Danish, Turkish, Indonesian, Romanian, Afrikaans",
    "modest": "Slovak, Slovenian, Croatian, Hungarian, Bulgarian, Ukrainian, Belarusian, Greek, Finnish, Latvian, Albanian, Macedonian, Vietnamese, Persian, Urdu, Welsh, Azerbaijani",
    "low": "Georgian, Armenian, Maltese, Thai, Amharic, Somali, Bengali, Tamil, Telugu",
}


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, tpl) in enumerate(L):
        v = reg.draw(lambda: C.password(rng, strict=True))
        text, s, e = C.place(tpl, v)
        recs.append({"type": SPAN_TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": SPAN_TYPE}], "source": "prose",
                     "_lang": code})
    return recs
