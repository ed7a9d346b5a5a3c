"""Prose source: someone tells a colleague the stockroom PC password, 40 languages."""
import random

from common193 import SLOT, owner_password, fill, record

SEED = 19304
TYPE = "stockroom_pc_password_in_message"
FORMATS = ["bookshop_staff_whatsapp_line", "comic_shop_discord_dm", "stockroom_handover_postit_transcript",
           "bookseller_sms_message"]

V = SLOT
# code, name, script, sentence
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du PC de la réserve est %s — merci de ne pas le faire suivre."),
    ("spa", "Spanish", "Latin", "La contraseña del PC del almacén es %s — por favor, no la reenvíes."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de pc in het magazijn is %s — stuur het alsjeblieft niet door."),
    ("dan", "Danish", "Latin", "Adgangskoden til pc'en på lageret er %s — send den venligst ikke videre."),
    ("swe", "Swedish", "Latin", "Lösenordet till datorn i lagret är %s — skicka det inte vidare, tack."),
    ("fin", "Finnish", "Latin", "Varaston tietokoneen salasana on %s — älä välitä sitä eteenpäin."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að tölvunni á lagernum er %s — vinsamlegast ekki áframsenda það."),
    ("est", "Estonian", "Latin", "Lao arvuti parool on %s — palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Latin", "Noliktavas datora parole ir %s — lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Latin", "Sandėlio kompiuterio slaptažodis yra %s — prašau, niekam jo nepersiųsk."),
    ("pol", "Polish", "Latin", "Hasło do komputera w magazynie to %s — proszę, nie przekazuj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k počítači ve skladu je %s — prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v sklade je %s — prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v skladišču je %s — prosim, ne posreduj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u skladištu je %s — molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A raktári gép jelszava %s — kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din depozit este %s — te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в склада е %s — моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во магацинот е %s — те молам, не ја препраќај понатаму."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп’ютера на складі: %s — будь ласка, не пересилай його нікому."),
    ("ell", "Greek", "Greek", "Ο κωδικός για τον υπολογιστή της αποθήκης είναι %s — σε παρακαλώ μην τον προωθήσεις."),
    ("tur", "Turkish", "Latin", "Depodaki bilgisayarın şifresi %s — lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Latin", "Anbardakı kompüterin şifrəsi %s — xahiş edirəm, heç kimə göndərmə."),
    ("kaz", "Kazakh", "Cyrillic", "Қоймадағы компьютердің құпиясөзі %s — өтінемін, оны ешкімге жіберме."),
    ("hye", "Armenian", "Armenian", "Պահեստի համակարգչի գաղտնաբառը %s է — խնդրում եմ, ոչ մեկին մի՛ փոխանցիր։"),
    ("kat", "Georgian", "Georgian", "საწყობის კომპიუტერის პაროლია %s — გთხოვ, არავის გადაუგზავნო."),
    ("arb", "Arabic", "Arabic", "كلمة المرور لحاسوب المخزن هي %s — من فضلك لا تُعِد إرسالها لأحد."),
    ("pes", "Persian", "Arabic", "رمز عبور کامپیوتر انبار %s است — لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic", "گودام والے کمپیوٹر کا پاس ورڈ %s ہے — براہ کرم اسے آگے مت بھیجنا۔"),
    ("tam", "Tamil", "Tamil", "கிடங்கு கணினியின் கடவுச்சொல் %s — தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "గోదాము కంప్యూటర్ పాస్‌వర్డ్ %s — దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ในห้องสต็อกคือ %s กรุณาอย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính trong kho là %s — làm ơn đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer di gudang adalah %s — tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa bodega ay %s — pakiusap, huwag mo itong ipasa kahit kanino."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya stoo ni %s — tafadhali usimtumie mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "የመጋዘኑ ኮምፒውተር የይለፍ ቃል %s ነው — እባክህ ለማንም አታስተላልፈው።"),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y stordy yw %s — paid â'i anfon ymlaen at neb, plîs."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-maħżen hija %s — jekk jogħġbok tgħaddihiex lil ħadd."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit në magazinë është %s — të lutem mos ia përcill askujt."),
]
SPARES = [("bel", "Belarusian"), ("som", "Somali"), ("lao", "Lao"), ("bre", "Breton")]


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        text, s, e = fill(sent % V, pw)
        recs.append(record("p193-s-%04d" % n, TYPE, FORMATS[i % 4] + "__" + code, text, s, e, "prose"))
        n += 1
    return recs
