# -*- coding: utf-8 -*-
"""Prose source: one sentence in each of 40 languages; someone tells a colleague the rink-office PC password."""
import random

from common223 import SLOT, SEED_PROSE, owner_password, fill, pos_record

TYPE = "rink_office_pc_password_in_message"
FORMATS = ["rink_staff_chat_line", "coach_text_message", "curling_club_email_sentence",
           "front_desk_voicemail_transcript"]
P = "{P}"
# (ISO 639-3 code, English name, script, sentence)
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du PC du bureau de la patinoire est {P} — merci de ne pas le transférer."),
    ("spa", "Spanish", "Latin", "La contraseña del PC de la oficina de la pista de hielo es {P} — por favor, no la reenvíes."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador de l'oficina de la pista de gel és {P} — si us plau, no la reenviïs."),
    ("eus", "Basque", "Latin", "Izotz-pistako bulegoko ordenagailuaren pasahitza {P} da — mesedez, ez bidali inori."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de kantoor-pc van de ijsbaan is {P} — stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Lösenordet till kontorsdatorn i ishallen är {P} — vidarebefordra det inte, tack."),
    ("dan", "Danish", "Latin", "Adgangskoden til kontor-pc'en i skøjtehallen er {P} — lad venligst være med at videresende den."),
    ("fin", "Finnish", "Latin", "Jäähallin toimiston tietokoneen salasana on {P} — älä välitä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Jäähalli kontoriarvuti parool on {P} — palun ära saada seda edasi."),
    ("lav", "Latvian", "Latin", "Slidotavas biroja datora parole ir {P} — lūdzu, nepārsūti to tālāk."),
    ("lit", "Lithuanian", "Latin", "Čiuožyklos biuro kompiuterio slaptažodis yra {P} — prašau, niekam jo nepersiųsk."),
    ("pol", "Polish", "Latin", "Hasło do komputera w biurze lodowiska to {P} — proszę, nie przesyłaj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k počítači v kanceláři zimního stadionu je {P} — prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v kancelárii zimného štadióna je {P} — prosím, nikomu ho neposielaj."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v pisarni drsališča je {P} — prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u uredu klizališta je {P} — molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A jégpálya irodai gépének jelszava {P} — kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din biroul patinoarului este {P} — te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в офиса на пързалката е {P} — моля, не я препращай."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во канцеларијата на лизгалиштето е {P} — те молам, не ја препраќај."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера в офісі ковзанки: {P} — будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара ў офісе катка: {P} — калі ласка, нікому яго не перасылай."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή στο γραφείο του παγοδρομίου είναι {P} — σε παρακαλώ, μην τον προωθήσεις."),
    ("tur", "Turkish", "Latin", "Buz pistinin ofis bilgisayarının şifresi {P} — lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Latin", "Buz meydançasının ofis kompüterinin şifrəsi {P} — xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", "ყინულის მოედნის ოფისის კომპიუტერის პაროლია {P} — გთხოვ, არავის გადაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Սահադաշտի գրասենյակի համակարգչի գաղտնաբառն է {P} — խնդրում եմ, ոչ մեկին մի՛ ուղարկիր։"),
    ("fas", "Persian", "Arabic", "رمز عبور کامپیوتر دفتر پیست یخ {P} است — لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "آئس رنک کے دفتر والے کمپیوٹر کا پاس ورڈ {P} ہے — براہِ کرم اسے آگے مت بھیجنا۔"),
    ("tam", "Tamil", "Tamil", "பனிச்சறுக்கு மைய அலுவலக கணினியின் கடவுச்சொல் {P} — தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "ఐస్ రింక్ ఆఫీసు కంప్యూటర్ పాస్‌వర్డ్ {P} — దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయకండి."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ในสำนักงานลานสเก็ตน้ำแข็งคือ {P} กรุณาอย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính văn phòng sân băng là {P} — làm ơn đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi PC kantor arena es adalah {P} — tolong jangan diteruskan ke siapa pun."),
    ("swa", "Swahili", "Latin", "Nenosiri la kompyuta ya ofisi ya uwanja wa barafu ni {P} — tafadhali usiitume kwa mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "የበረዶ መንሸራተቻ ቢሮ ኮምፒውተር የይለፍ ቃል {P} ነው — እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombiyuutarka xafiiska barafka waa {P} — fadlan qofna ha u gudbin."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur swyddfa'r llawr sglefrio yw {P} — paid â'i anfon ymlaen, plîs."),
    ("gle", "Irish", "Latin", "Is é {P} pasfhocal ríomhaire oifig an rinc oighir — ná seol ar aghaidh é, le do thoil."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-uffiċċju tar-rink tas-silġ hija {P} — jekk jogħġbok tgħaddihiex lil ħadd."),
]
SPARES = [("sqi", "Albanian"), ("kir", "Kyrgyz")]


def generate(reg, start_index):
    rng = random.Random(SEED_PROSE)
    recs = []
    n = start_index
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        text, s, e = fill(sent.replace("{P}", SLOT), pw)
        recs.append(pos_record("p223-s-%04d" % n, TYPE, FORMATS[i % 4] + "__" + code, text, s, e, "prose"))
        n += 1
    return recs
