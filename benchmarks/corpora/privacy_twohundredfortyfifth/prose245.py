"""Prose source: one sentence in each of 40 languages; someone tells a colleague a password."""
import random

from common245 import fill, password

SEED = 24504
TYPE = "atelier_office_pc_password_told_in_message"
FORMATS = ["atelier_staff_chat_line", "delivery_driver_sms", "shop_email_sentence", "atelier_voicemail_transcript"]

# (ISO 639-3 code, language name, script, sentence with @@V@@)
LANGS = [
    ("swe", "Swedish", "Latin", "Lösenordet till kontorsdatorn i butiken är @@V@@ – håll det för dig själv, tack."),
    ("roh", "Romansh", "Latin", "Il pled-clav dal computer en il biro da la butia è @@V@@ – tegna el per tai, per plaschair."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din biroul magazinului este @@V@@ – te rog s-o păstrezi doar pentru tine."),
    ("lav", "Latvian", "Latin", "Veikala biroja datora parole ir @@V@@ – lūdzu, paturi to pie sevis."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v kancelárii obchodu je @@V@@ – prosím, nechaj si ho pre seba."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v pisarni trgovine je @@V@@ – prosim, obdrži ga zase."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u uredu trgovine je @@V@@ – molim te, zadrži je za sebe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в офиса на магазина е @@V@@ – моля те, пази я за себе си."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп’ютера в офісі крамниці: @@V@@ – будь ласка, нікому його не кажи."),
    ("bel", "Belarusian", "Cyrillic", "Пароль да камп’ютара ў офісе крамы: @@V@@ – калі ласка, нікому яго не кажы."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во канцеларијата на продавницата е @@V@@ – те молам, чувај ја за себе."),
    ("als", "Albanian", "Latin", "Fjalëkalimi i kompjuterit në zyrën e dyqanit është @@V@@ – të lutem, mbaje për vete."),
    ("kat", "Georgian", "Georgian", "მაღაზიის ოფისის კომპიუტერის პაროლია @@V@@ – გთხოვ, არავის უთხრა."),
    ("arb", "Arabic", "Arabic", "كلمة المرور لحاسوب مكتب المتجر هي @@V@@ – أرجو أن تحتفظ بها لنفسك."),
    ("pes", "Persian", "Arabic", "رمز عبور کامپیوتر دفتر مغازه @@V@@ است – لطفاً پیش خودت نگهش دار."),
    ("urd", "Urdu", "Arabic", "دکان کے دفتر والے کمپیوٹر کا پاس ورڈ @@V@@ ہے – براہ کرم اسے اپنے تک رکھنا۔"),
    ("ben", "Bengali", "Bengali", "দোকানের অফিসের কম্পিউটারের পাসওয়ার্ড @@V@@ – দয়া করে কাউকে বোলো না।"),
    ("tam", "Tamil", "Tamil", "கடை அலுவலகக் கணினியின் கடவுச்சொல் @@V@@ – தயவுசெய்து யாரிடமும் சொல்லாதே."),
    ("tel", "Telugu", "Telugu", "షాప్ ఆఫీస్ కంప్యూటర్ పాస్‌వర్డ్ @@V@@ – దయచేసి ఎవరికీ చెప్పకు."),
    ("npi", "Nepali", "Devanagari", "पसलको अफिसको कम्प्युटरको पासवर्ड @@V@@ हो – कृपया कसैलाई नभन्नू।"),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ในออฟฟิศของร้านคือ @@V@@ อย่าบอกใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở văn phòng cửa hàng là @@V@@ – làm ơn đừng nói cho ai biết nhé."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa opisina ng tindahan ay @@V@@ – pakiusap, huwag mong ipagsabi."),
    ("jav", "Javanese", "Latin", "Sandhi komputer ing kantor toko yaiku @@V@@ – tulung aja dikandhakake sapa-sapa ya."),
    ("amh", "Amharic", "Ethiopic", "የሱቁ ቢሮ ኮምፒውተር የይለፍ ቃል @@V@@ ነው – እባክህ ለማንም አትንገር።"),
    ("som", "Somali", "Latin", "Furaha kombiyuutarka xafiiska dukaanka waa @@V@@ – fadlan cidna ha u sheegin."),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa dị n'ọfịs ụlọ ahịa bụ @@V@@ – biko, agwala onye ọ bụla."),
    ("twi", "Twi", "Latin", "Shop no ɔfese kɔmputa no password ne @@V@@ – mesrɛ wo, nka nkyerɛ obiara."),
    ("ewe", "Ewe", "Latin", "Fiasea ƒe dɔwɔƒe kɔmpiuta ƒe password enye @@V@@ – meɖe kuku, mègagblɔe na ame aɖeke o."),
    ("quz", "Cusco Quechua", "Latin", "Tiendap oficinanpi computadorapa contraseñanqa @@V@@ kan – ama pimanpas willankichu."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur swyddfa'r siop yw @@V@@ – cadwa fe i ti dy hun, plîs."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-uffiċċju tal-ħanut hi @@V@@ – jekk jogħġbok żommha għalik."),
    ("kaz", "Kazakh", "Cyrillic", "Дүкен кеңсесіндегі компьютердің құпия сөзі: @@V@@ – өтінемін, ешкімге айтпа."),
    ("azj", "Azerbaijani", "Latin", "Mağaza ofisindəki kompüterin şifrəsi @@V@@ – xahiş edirəm, heç kimə demə."),
    ("oci", "Occitan", "Latin", "Lo senhal de l'ordinador del burèu de la botiga es @@V@@ – garda-lo per tu, se te plai."),
    ("pan", "Punjabi", "Gurmukhi", "ਦੁਕਾਨ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ @@V@@ ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੀਂ।"),
    ("kir", "Kyrgyz", "Cyrillic", "Дүкөндүн кеңсесиндеги компьютердин сырсөзү: @@V@@ – суранам, эч кимге айтпа."),
    ("wol", "Wolof", "Latin", "Baatu jall bu ordinaatëru biro bu bitig bi mooy @@V@@ – bul ko wax kenn."),
    ("lin", "Lingala", "Latin", "Mot de passe ya ordinatɛ́ ya biro ya magazini ezali @@V@@ – nabondeli yo, koyebisa moto te."),
    ("cos", "Corsican", "Latin", "A parolla d'intrata di l'urdinatore di l'uffiziu di a buttega hè @@V@@ – tenila per tè, per piacè."),
]
assert len(LANGS) == 40 and len({l[0] for l in LANGS}) == 40
SPARES = [("sna", "Shona"), ("fur", "Friulian")]
SET_ASIDE = [("cat", "Catalan", "its code `cat` is a backticked name in an earlier README (the `cat` command), so the deny-list refuses it")]

FRAME = {
    "atelier_staff_chat_line": "[17:42] Lucie: {s}\n",
    "delivery_driver_sms": "SMS from +32 470 00 00 00: {s}\n",
    "shop_email_sentence": "Subject: office PC\n\n{s}\n\nLucie\n",
    "atelier_voicemail_transcript": "Voicemail transcript (00:21): \"{s}\"\n",
}


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        v = reg.draw(lambda: password(rng, strict=True))
        text, s, e = fill(FRAME[fmt].replace("{s}", sent), v)
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return recs
