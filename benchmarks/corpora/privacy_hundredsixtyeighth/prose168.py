"""Prose: someone tells a colleague the password of the front-desk consent tablet, 40 languages."""
import random

from common168 import MARK, owner_password, place

SEED = 16804
TYPE = "consent_tablet_password_in_message"
FORMATS = ["front_desk_signal_dm", "studio_owner_email_line", "piercer_sms", "guest_artist_telegram_note"]
V = MARK

# (code, name, sentence) — the value is always set off by whitespace
LANGS = [
    ("eng", "English", "The password for the consent tablet at the front desk is " + V + " — please don't forward it to anyone."),
    ("fra", "French", "Le mot de passe de la tablette des consentements à l'accueil est " + V + " — merci de ne le transférer à personne."),
    ("spa", "Spanish", "La contraseña de la tableta de consentimientos de la recepción es " + V + " — por favor, no se la reenvíes a nadie."),
    ("cat", "Catalan", "La contrasenya de la tauleta de consentiments de la recepció és " + V + " — si us plau, no la reenviïs a ningú."),
    ("eus", "Basque", "Harreran dagoen baimen-tabletaren pasahitza " + V + " da — mesedez, ez bidali inori."),
    ("nld", "Dutch", "Het wachtwoord van de toestemmingstablet bij de balie is " + V + " — stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Lösenordet till samtyckesplattan i receptionen är " + V + " — snälla, vidarebefordra det inte."),
    ("dan", "Danish", "Adgangskoden til samtykketabletten i receptionen er " + V + " — send den venligst ikke videre."),
    ("fin", "Finnish", "Vastaanoton suostumustabletin salasana on " + V + " — älä välitä sitä kenellekään."),
    ("est", "Estonian", "Vastuvõtu nõusolekutahvli parool on " + V + " — palun ära saada seda kellelegi edasi."),
    ("lvs", "Latvian", "Reģistratūras piekrišanas planšetes parole ir " + V + " — lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Registratūros sutikimų planšetės slaptažodis yra " + V + " — prašau niekam jo nepersiųsti."),
    ("pol", "Polish", "Hasło do tabletu ze zgodami w recepcji to " + V + " — proszę, nie przekazuj go nikomu."),
    ("ces", "Czech", "Heslo k tabletu se souhlasy na recepci je " + V + " — prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Heslo k tabletu so súhlasmi na recepcii je " + V + " — prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Geslo za tablico s soglasji na recepciji je " + V + " — prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Lozinka za tablet s privolama na recepciji je " + V + " — molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "A recepciós beleegyezési tablet jelszava " + V + " — kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Parola tabletei pentru consimțăminte de la recepție este " + V + " — te rog să n-o trimiți nimănui."),
    ("bul", "Bulgarian", "Паролата за таблета със съгласията на рецепцията е " + V + " — моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Лозинката за таблетот со согласности на рецепција е " + V + " — те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Пароль до планшета зі згодами на рецепції: " + V + " — будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Пароль ад планшэта са згодамі на рэцэпцыі: " + V + " — калі ласка, нікому яго не перасылай."),
    ("ell", "Modern Greek", "Ο κωδικός για το tablet συναίνεσης στη ρεσεψιόν είναι " + V + " — σε παρακαλώ, μην τον προωθήσεις σε κανέναν."),
    ("als", "Albanian", "Fjalëkalimi i tabletit të pëlqimeve në recepsion është " + V + " — të lutem, mos ia përcill askujt."),
    ("tur", "Turkish", "Resepsiyondaki onam tabletinin şifresi " + V + " — lütfen kimseye iletme."),
    ("azj", "North Azerbaijani", "Resepsiyadakı razılıq planşetinin şifrəsi " + V + " — xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "მიღებაზე თანხმობის პლანშეტის პაროლია " + V + " — გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Ընդունարանի համաձայնությունների պլանշետի գաղտնաբառն է " + V + " — խնդրում եմ, ոչ մեկին մի փոխանցիր։"),
    ("pes", "Iranian Persian", "رمز عبور تبلت رضایت‌نامه در پذیرش " + V + " است — لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "ریسیپشن پر رضامندی والے ٹیبلٹ کا پاس ورڈ " + V + " ہے — براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("pan", "Panjabi", "ਰਿਸੈਪਸ਼ਨ ਵਾਲੇ ਸਹਿਮਤੀ ਟੈਬਲੇਟ ਦਾ ਪਾਸਵਰਡ " + V + " ਹੈ — ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
    ("tam", "Tamil", "வரவேற்பறையில் உள்ள ஒப்புதல் டேப்லெட்டின் கடவுச்சொல் " + V + " — தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tha", "Thai", "รหัสผ่านของแท็บเล็ตใบยินยอมที่เคาน์เตอร์ต้อนรับคือ " + V + " กรุณาอย่าส่งต่อให้ใคร"),
    ("vie", "Vietnamese", "Mật khẩu của máy tính bảng ký giấy đồng ý ở quầy lễ tân là " + V + " — làm ơn đừng chuyển cho ai."),
    ("ind", "Indonesian", "Kata sandi tablet persetujuan di meja depan adalah " + V + " — tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Nenosiri la kishikwambi cha idhini kwenye mapokezi ni " + V + " — tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "በእንግዳ መቀበያው ያለው የፈቃድ ታብሌት የይለፍ ቃል " + V + " ነው — እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Furaha sirta ah ee tablet-ka oggolaanshaha ee miiska soo dhoweynta waa " + V + " — fadlan qofna ha u gudbin."),
    ("cym", "Welsh", "Cyfrinair y dabled caniatâd wrth y dderbynfa yw " + V + " — plîs paid â'i anfon ymlaen at neb."),
    ("gle", "Irish", "Is é " + V + " pasfhocal an táibléid toilithe ag an deasc fáilte — ná seol ar aghaidh é chuig aon duine, le do thoil."),
    ("mlt", "Maltese", "Il-password tat-tablet tal-kunsens fir-reċezzjoni hija " + V + " — jekk jogħġbok tgħaddihiex lil ħadd."),
]

N_KEEP = 40


def allowed(code, name, lang_codes, lang_names):
    if code in lang_codes or code in lang_names:
        return False
    n = name.lower()
    if n in lang_names or n in lang_codes:
        return False
    return not any(w in lang_names for w in n.replace("-", " ").split())


def generate(reg, lang_codes, lang_names):
    rng = random.Random(SEED)
    ok = [l for l in LANGS if allowed(l[0], l[1], lang_codes, lang_names)]
    refused = [l[0] for l in LANGS if not allowed(l[0], l[1], lang_codes, lang_names)]
    used, spare = ok[:N_KEEP], ok[N_KEEP:]
    out = []
    for i, (code, _name, sent) in enumerate(used):
        pw = reg.draw(lambda: owner_password(rng, joiners="-_."))
        text, s, e = place(sent, {}, pw)
        out.append(("prose", TYPE, FORMATS[i % 4] + "__" + code, text, s, e))
    return out, {"used": [(l[0], l[1]) for l in used], "spare": [l[0] for l in spare], "refused": refused}
