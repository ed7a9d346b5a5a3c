"""Prose source: one sentence in each of 40 languages; someone tells a colleague the password of the
grooming salon's front-desk PC and asks them not to forward it. P marks the value."""
import random

from common191 import SLOT, span_record, strict_pw

SEED = 19104
TYPE = "grooming_desk_pc_password_in_message"
FORMATS = ["groomer_team_chat_line", "kennel_manager_sms", "daycare_staff_email_sentence", "dog_walker_voice_note_transcript"]

# (code, name, script, sentence with P)
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du PC de l'accueil du salon de toilettage est P – merci de ne pas le transférer."),
    ("spa", "Spanish", "Latin", "La contraseña del ordenador de recepción de la peluquería canina es P y, por favor, no la reenvíes."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador de recepció de la perruqueria canina és P i, si us plau, no la reenviïs."),
    ("eus", "Basque", "Latin", "Txakur-ileapaindegiko harrerako ordenagailuaren pasahitza P da – mesedez, ez bidali inori."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de balie-pc in de trimsalon is P – stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Lösenordet till receptionsdatorn i hundtrimmet är P – vidarebefordra det inte, tack."),
    ("dan", "Danish", "Latin", "Adgangskoden til receptionens pc i hundesalonen er P – send den venligst ikke videre."),
    ("fin", "Finnish", "Latin", "Trimmaamon vastaanoton tietokoneen salasana on P – älä välitä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Koerte trimmisalongi vastuvõtu arvuti parool on P – palun ära saada seda edasi."),
    ("lvs", "Latvian", "Latin", "Suņu frizētavas reģistratūras datora parole ir P – lūdzu, nepārsūti to tālāk."),
    ("lit", "Lithuanian", "Latin", "Šunų kirpyklos registratūros kompiuterio slaptažodis yra P – prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Latin", "Hasło do komputera w recepcji salonu groomerskiego to P – proszę, nie przekazuj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k počítači na recepci psího salonu je P – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču na recepcii psieho salónu je P – prosím, nikomu ho neposielaj ďalej."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik na recepciji pasjega salona je P – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo na recepciji salona za pse je P – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A kutyakozmetika recepciós gépének jelszava P – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului de la recepția salonului canin este P – te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра на рецепцията в салона за кучета е P – моля, не я препращай."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп'ютера на рецепції грумінг-салону: P – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль да камп'ютара на рэцэпцыі салона для сабак: P – калі ласка, нікому яго не перасылай."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот на рецепцијата во салонот за кучиња е P – те молам, не ја препраќај."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit në recepsionin e sallonit të qenve është P – të lutem, mos ia dërgo askujt."),
    ("ell", "Greek", "Greek", "Ο κωδικός του υπολογιστή στη ρεσεψιόν του κομμωτηρίου σκύλων είναι P – σε παρακαλώ μην τον προωθήσεις."),
    ("tur", "Turkish", "Latin", "Köpek kuaförünün resepsiyon bilgisayarının şifresi P – lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Latin", "İt salonunun qəbul kompüterinin şifrəsi belədir: P – xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", "ძაღლების სალონის მიმღების კომპიუტერის პაროლია P – გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Շների սրահի ընդունարանի համակարգչի գաղտնաբառը P է, խնդրում եմ ոչ մեկին մի ուղարկիր։"),
    ("fas", "Persian", "Arabic script", "رمز عبور کامپیوتر پذیرش سالن آرایش سگ P است، لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic script (Nastaliq)", "کتوں کے سیلون کے ریسپشن کمپیوٹر کا پاس ورڈ P ہے، براہ کرم اسے آگے مت بھیجنا۔"),
    ("tam", "Tamil", "Tamil", "நாய் அழகு நிலைய வரவேற்பு கணினியின் கடவுச்சொல் P – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์หน้าเคาน์เตอร์ร้านตัดขนสุนัขคือ P อย่าส่งต่อให้ใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở quầy lễ tân tiệm cắt tỉa lông chó là P – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer resepsionis salon grooming anjing adalah P – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la kompyuta ya mapokezi ya saluni ya mbwa ni P – tafadhali usimtumie mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "የውሻ ማሳመሪያ ሳሎኑ መቀበያ ኮምፒውተር የይለፍ ቃል P ነው፤ እባክህ ለማንም አታስተላልፈው።"),
    ("som", "Somali", "Latin", "Furaha kombiyuutarka soo dhaweynta ee goobta qurxinta eeyaha waa P – fadlan cidna ha u gudbin."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y dderbynfa yn y salon trin cŵn yw P – paid â'i anfon ymlaen, plîs."),
    ("gle", "Irish", "Latin", "Is é P pasfhocal an ríomhaire ag an bhfáiltiú sa salon bearrtha madraí – ná cuir ar aghaidh é, le do thoil."),
    ("yue", "Cantonese", "Han (traditional)", "狗仔美容院前台電腦嘅密碼係 P ，唔該唔好轉發俾其他人。"),
]
SPARE_LANGS = [("lao", "Lao"), ("ibo", "Igbo"), ("kir", "Kyrgyz"), ("mlt", "Maltese")]


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        pw = reg.take(lambda: strict_pw(rng))
        assert sent.count(" P ") == 1
        tpl = sent.replace(" P ", " " + SLOT + " ")
        fmt = FORMATS[i % len(FORMATS)]
        recs.append(span_record("p191-s-%04d" % (start_id + i), TYPE, fmt + "__" + code, tpl, pw, "prose"))
    return recs
