"""Prose: one sentence per language; someone tells a colleague the yard office laptop password."""
import random

from common173 import MARK, password, place, make_record, PREFIX

SEED = 17304
TYPE = "yard_office_laptop_password_in_message"
FORMATS = ["yard_team_whatsapp_message", "livery_manager_email_line", "racing_club_text_message",
           "stable_signal_note_to_colleague"]
V = MARK

# (code, English name, script, sentence with the slot set off by whitespace)
LANGS = [
    ("eng", "English", "Latin", "The password for the yard office laptop is %s — please don't forward it to anyone." % V),
    ("fra", "French", "Latin", "Le mot de passe de l'ordinateur portable du bureau de l'écurie est %s — merci de ne le transmettre à personne." % V),
    ("spa", "Spanish", "Latin", "La contraseña del portátil de la oficina de la cuadra es %s — por favor, no se la reenvíes a nadie." % V),
    ("cat", "Catalan", "Latin", "La contrasenya del portàtil de l'oficina de l'estable és %s — si us plau, no la reenviïs a ningú." % V),
    ("eus", "Basque", "Latin", "Ukuilu bulegoko ordenagailu eramangarriaren pasahitza %s da — mesedez, ez bidali inori." % V),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de laptop op het stalkantoor is %s — stuur het alsjeblieft aan niemand door." % V),
    ("dan", "Danish", "Latin", "Adgangskoden til laptoppen på staldkontoret er %s — lad være med at sende den videre til nogen." % V),
    ("swe", "Swedish", "Latin", "Lösenordet till laptopen på stallkontoret är %s — skicka det inte vidare till någon." % V),
    ("fin", "Finnish", "Latin", "Tallitoimiston läppärin salasana on %s — älä välitä sitä kenellekään." % V),
    ("est", "Estonian", "Latin", "Talli kontori sülearvuti parool on %s — palun ära saada seda kellelegi edasi." % V),
    ("lav", "Latvian", "Latin", "Staļļa biroja klēpjdatora parole ir %s — lūdzu, nepārsūti to nevienam." % V),
    ("lit", "Lithuanian", "Latin", "Arklidės biuro nešiojamojo kompiuterio slaptažodis yra %s — prašau niekam jo nepersiųsti." % V),
    ("pol", "Polish", "Latin", "Hasło do laptopa w biurze stajni to %s — proszę, nie przekazuj go nikomu." % V),
    ("ces", "Czech", "Latin", "Heslo k notebooku v kanceláři stáje je %s — prosím, nikomu ho nepřeposílej." % V),
    ("slk", "Slovak", "Latin", "Heslo k notebooku v kancelárii stajne je %s — prosím, nikomu ho nepreposielaj." % V),
    ("slv", "Slovenian", "Latin", "Geslo za prenosnik v pisarni hleva je %s — prosim, ne posreduj ga nikomur." % V),
    ("hrv", "Croatian", "Latin", "Lozinka za laptop u uredu staje je %s — molim te, nemoj je nikome prosljeđivati." % V),
    ("hun", "Hungarian", "Latin", "Az istálló irodai laptopjának jelszava %s — kérlek, ne továbbítsd senkinek." % V),
    ("ron", "Romanian", "Latin", "Parola laptopului din biroul grajdului este %s — te rog să nu o trimiți nimănui." % V),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за лаптопа в офиса на конюшнята е %s — моля, не я препращай на никого." % V),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до ноутбука в офісі стайні: %s — будь ласка, нікому його не пересилай." % V),
    ("bel", "Belarusian", "Cyrillic", "Пароль да ноўтбука ў офісе стайні: %s — калі ласка, нікому яго не перасылай." % V),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за лаптопот во канцеларијата на шталата е %s — те молам, не ја препраќај никому." % V),
    ("ell", "Greek", "Greek", "Ο κωδικός για το λάπτοπ του γραφείου του στάβλου είναι %s — σε παρακαλώ, μην τον προωθήσεις σε κανέναν." % V),
    ("tur", "Turkish", "Latin", "Ahır ofisindeki dizüstü bilgisayarın şifresi %s — lütfen kimseye iletme." % V),
    ("aze", "Azerbaijani", "Latin", "Tövlə ofisindəki noutbukun şifrəsi %s — xahiş edirəm, heç kimə göndərmə." % V),
    ("kat", "Georgian", "Georgian", "თავლის ოფისის ლეპტოპის პაროლია %s — გთხოვ, არავის გაუგზავნო." % V),
    ("hye", "Armenian", "Armenian", "Ախոռի գրասենյակի նոութբուքի գաղտնաբառն է %s — խնդրում եմ, ոչ մեկին մի՛ ուղարկիր։" % V),
    ("fas", "Persian", "Arabic", "رمز عبور لپ‌تاپ دفتر اصطبل %s است — لطفاً آن را برای کسی نفرست." % V),
    ("urd", "Urdu", "Arabic", "اصطبل کے دفتر والے لیپ ٹاپ کا پاس ورڈ %s ہے — براہِ کرم اسے کسی کو آگے نہ بھیجیں۔" % V),
    ("pan", "Punjabi", "Gurmukhi", "ਤਬੇਲੇ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ %s ਹੈ — ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।" % V),
    ("tam", "Tamil", "Tamil", "குதிரை லாய அலுவலக லேப்டாப்பின் கடவுச்சொல் %s — தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்." % V),
    ("tha", "Thai", "Thai", "รหัสผ่านของแล็ปท็อปในออฟฟิศคอกม้าคือ %s อย่าส่งต่อให้ใครนะ" % V),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງແລັບທັອບຫ້ອງການຄອກມ້າແມ່ນ %s ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ" % V),
    ("vie", "Vietnamese", "Latin", "Mật khẩu của máy tính xách tay ở văn phòng chuồng ngựa là %s — làm ơn đừng chuyển tiếp cho ai." % V),
    ("ind", "Indonesian", "Latin", "Kata sandi laptop di kantor istal adalah %s — tolong jangan diteruskan ke siapa pun." % V),
    ("swa", "Swahili", "Latin", "Nenosiri la kompyuta ndogo ya ofisi ya zizi la farasi ni %s — tafadhali usimtumie mtu yeyote." % V),
    ("amh", "Amharic", "Ethiopic", "የፈረስ ጋጣ ቢሮ ላፕቶፕ የይለፍ ቃል %s ነው — እባክህ ለማንም አታስተላልፈው።" % V),
    ("cym", "Welsh", "Latin", "Cyfrinair gliniadur swyddfa'r stabl yw %s — paid â'i anfon ymlaen at neb, plîs." % V),
    ("gle", "Irish", "Latin", "Is é %s pasfhocal ríomhaire glúine oifig an stábla — ná seol ar aghaidh chuig aon duine é, le do thoil." % V),
    # spares (used only when a language above is refused by the deny-list)
    ("mlt", "Maltese", "Latin", "Il-password tal-laptop tal-uffiċċju tal-istalla hija %s — jekk jogħġbok tgħaddiha lil ħadd." % V),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i laptopit në zyrën e stallës është %s — të lutem mos ia përcill askujt." % V),
    ("som", "Somali", "Latin", "Furaha sirta ah ee laptop-ka xafiiska xeryada fardaha waa %s — fadlan cidna ha u gudbin." % V),
    ("ast", "Asturian", "Latin", "La contraseña del portátil de la oficina de la cuadra ye %s — por favor, nun-y la reunvíes a naide." % V),
]
N_PROSE = 40


def lang_refused(code, name, deny):
    if code in deny["_codes_set"] or code in deny["_names_set"]:
        return True
    low = name.lower()
    if low in deny["_lang_names_set"]:
        return True
    return any(w in deny["_lang_names_set"] for w in low.split())


def generate(reg, counter, deny):
    rng = random.Random(SEED)
    usable, refused = [], []
    for entry in LANGS:
        (refused if lang_refused(entry[0], entry[1], deny) else usable).append(entry)
    used, spare = usable[:N_PROSE], usable[N_PROSE:]
    out = []
    for i, (code, name, script, sentence) in enumerate(used):
        value = reg.draw(lambda: password(rng, safe=True))
        text, s, e = place(sentence, value)
        out.append(make_record("%s-s-%04d" % (PREFIX, counter()), TYPE, FORMATS[i % 4] + "__" + code, text, s, e, "prose"))
    return out, used, [x[0] for x in refused], [x[0] for x in spare]
