"""Prose source: someone tells a colleague the manifest PC password in 40 languages."""
import random
from common210 import *

TYPE = 'manifest_pc_password_in_message'
FORMATS = ['dropzone_crew_chat_line', 'balloon_office_sms', 'loft_email_sentence', 'hangar_voicemail_transcript']
V = MARK
LANGS = [
    ('fra', 'French', 'Latin', f"Le mot de passe du PC du manifeste est {V} — merci de ne pas le transférer."),
    ('spa', 'Spanish', 'Latin', f"La contraseña del ordenador del manifiesto es {V} — por favor, no la reenvíes."),
    ('cat', 'Catalan', 'Latin', f"La contrasenya de l'ordinador del manifest és {V} — si us plau, no la reenviïs."),
    ('eus', 'Basque', 'Latin', f"Manifestuko ordenagailuaren pasahitza {V} da — mesedez, ez bidali inori."),
    ('nld', 'Dutch', 'Latin', f"Het wachtwoord van de manifest-pc is {V} — stuur het alsjeblieft niet door."),
    ('dan', 'Danish', 'Latin', f"Adgangskoden til manifest-pc'en er {V} — lad være med at sende den videre."),
    ('swe', 'Swedish', 'Latin', f"Lösenordet till manifestdatorn är {V} — skicka det inte vidare."),
    ('fin', 'Finnish', 'Latin', f"Manifestikoneen salasana on {V} — älä välitä sitä eteenpäin."),
    ('est', 'Estonian', 'Latin', f"Manifesti arvuti parool on {V} — palun ära saada seda edasi."),
    ('lav', 'Latvian', 'Latin', f"Manifesta datora parole ir {V} — lūdzu, nepārsūti to tālāk."),
    ('lit', 'Lithuanian', 'Latin', f"Manifesto kompiuterio slaptažodis yra {V} — prašau jo niekam nepersiųsti."),
    ('pol', 'Polish', 'Latin', f"Hasło do komputera manifestu to {V} — proszę, nie przekazuj go dalej."),
    ('ces', 'Czech', 'Latin', f"Heslo k počítači manifestu je {V} — prosím, nikomu ho nepřeposílej."),
    ('slk', 'Slovak', 'Latin', f"Heslo k počítaču manifestu je {V} — prosím, nikomu ho neposielaj."),
    ('slv', 'Slovenian', 'Latin', f"Geslo za računalnik manifesta je {V} — prosim, ne pošiljaj ga naprej."),
    ('hrv', 'Croatian', 'Latin', f"Lozinka za računalo manifesta je {V} — molim te, nemoj je nikome prosljeđivati."),
    ('hun', 'Hungarian', 'Latin', f"A manifest gép jelszava {V} — kérlek, ne küldd tovább."),
    ('ron', 'Romanian', 'Latin', f"Parola calculatorului de manifest este {V} — te rog să n-o trimiți mai departe."),
    ('bul', 'Bulgarian', 'Cyrillic', f"Паролата за компютъра на манифеста е {V} — моля, не я препращай."),
    ('mkd', 'Macedonian', 'Cyrillic', f"Лозинката за компјутерот на манифестот е {V} — те молам, не ја препраќај."),
    ('ukr', 'Ukrainian', 'Cyrillic', f"Пароль до комп'ютера маніфесту: {V} — будь ласка, нікому не пересилай."),
    ('bel', 'Belarusian', 'Cyrillic', f"Пароль да камп'ютара маніфеста: {V} — калі ласка, нікому не перасылай."),
    ('ell', 'Greek', 'Greek', f"Ο κωδικός του υπολογιστή του μανιφέστου είναι {V} — σε παρακαλώ, μην τον προωθήσεις."),
    ('tur', 'Turkish', 'Latin', f"Manifesto bilgisayarının şifresi {V} — lütfen kimseye iletme."),
    ('aze', 'Azerbaijani', 'Latin', f"Manifest kompüterinin şifrəsi {V} — xahiş edirəm, heç kimə göndərmə."),
    ('kat', 'Georgian', 'Georgian', f"მანიფესტის კომპიუტერის პაროლია {V} — გთხოვ, არავის გაუგზავნო."),
    ('hye', 'Armenian', 'Armenian', f"Մանիֆեստի համակարգչի գաղտնաբառն է {V} — խնդրում եմ, ոչ մեկին մի՛ ուղարկիր։"),
    ('fas', 'Persian', 'Arabic', f"رمز عبور کامپیوتر مانیفست {V} است — لطفاً آن را برای کسی نفرست."),
    ('urd', 'Urdu', 'Arabic', f"مینی فیسٹ کمپیوٹر کا پاس ورڈ {V} ہے — براہ کرم اسے آگے مت بھیجنا۔"),
    ('tam', 'Tamil', 'Tamil', f"மேனிஃபெஸ்ட் கணினியின் கடவுச்சொல் {V} — தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ('tel', 'Telugu', 'Telugu', f"మానిఫెస్ట్ కంప్యూటర్ పాస్‌వర్డ్ {V} — దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ('tha', 'Thai', 'Thai', f"รหัสผ่านของคอมพิวเตอร์แมนิเฟสต์คือ {V} — กรุณาอย่าส่งต่อให้ใคร"),
    ('lao', 'Lao', 'Lao', f"ລະຫັດຜ່ານຂອງຄອມພິວເຕີແມນິເຟສແມ່ນ {V} — ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ('vie', 'Vietnamese', 'Latin', f"Mật khẩu của máy tính manifest là {V} — làm ơn đừng chuyển tiếp cho ai."),
    ('ind', 'Indonesian', 'Latin', f"Kata sandi komputer manifes adalah {V} — tolong jangan diteruskan ke siapa pun."),
    ('swa', 'Swahili', 'Latin', f"Nenosiri la kompyuta ya manifesti ni {V} — tafadhali usiitume kwa mtu mwingine."),
    ('amh', 'Amharic', 'Ethiopic', f"የማኒፌስት ኮምፒውተሩ የይለፍ ቃል {V} ነው — እባክህ ለማንም አታስተላልፈው።"),
    ('som', 'Somali', 'Latin', f"Furaha sirta ee kombiyuutarka manifest-ka waa {V} — fadlan qofna ha u gudbin."),
    ('cym', 'Welsh', 'Latin', f"Cyfrinair cyfrifiadur y maniffest yw {V} — paid â'i anfon ymlaen, plis."),
    ('gle', 'Irish', 'Latin', f"Is é pasfhocal ríomhaire an manifest ná {V} — ná seol ar aghaidh é, le do thoil."),
]
SPARES = [('mlt', 'Maltese'), ('sqi', 'Albanian'), ('eng', 'English'), ('yue', 'Cantonese')]

def build(reg, start):
    rng = random.Random(21004)
    out = []
    for i, (code, name, script, tpl) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        fmt = FORMATS[i % 4]
        out.append(rec('p210-s-%04d' % (start + i), TYPE, fmt + '__' + code, tpl, value, 'prose'))
    return out
