"""Prose: a coordinator tells a colleague the scheduling-portal password, in 40 new languages."""
import random
from gen162 import *

TYPE = 'scheduling_portal_password_told_in_message'
FORMATS = ['night_shift_caregiver_viber_note', 'agency_office_mail_sentence', 'family_portal_support_ticket_comment', 'on_call_nurse_text_message']

# (iso639-3, English name, sentence with «V»)
L = [
    ('spa', 'Spanish', 'La contraseña del portal de turnos es «V» , por favor no la reenvíes a nadie.'),
    ('fra', 'French', 'Le mot de passe du portail de planning est «V» , merci de ne pas le transférer.'),
    ('nld', 'Dutch', 'Het wachtwoord van het roosterportaal is «V» , stuur het alsjeblieft niet door.'),
    ('dan', 'Danish', 'Adgangskoden til vagtportalen er «V» , du må ikke sende den videre.'),
    ('swe', 'Swedish', 'Lösenordet till schemaportalen är «V» , skicka det inte vidare.'),
    ('isl', 'Icelandic', 'Lykilorðið að vaktagáttinni er «V» , ekki senda það áfram.'),
    ('fin', 'Finnish', 'Vuorolistaportaalin salasana on «V» , älä välitä sitä eteenpäin.'),
    ('est', 'Estonian', 'Vahetuste portaali parool on «V» , palun ära saada seda edasi.'),
    ('lav', 'Latvian', 'Maiņu portāla parole ir «V» , lūdzu, nepārsūti to nevienam.'),
    ('lit', 'Lithuanian', 'Pamainų portalo slaptažodis yra «V» , prašau niekam jo nepersiųsti.'),
    ('pol', 'Polish', 'Hasło do portalu grafików to «V» , proszę nikomu go nie przekazywać.'),
    ('ces', 'Czech', 'Heslo do portálu směn je «V» , prosím nikomu ho nepřeposílej.'),
    ('slk', 'Slovak', 'Heslo do portálu zmien je «V» , prosím, nikomu ho nepreposielaj.'),
    ('slv', 'Slovenian', 'Geslo za portal izmen je «V» , prosim, ne posreduj ga naprej.'),
    ('hrv', 'Croatian', 'Lozinka za portal smjena je «V» , molim te da je nikome ne prosljeđuješ.'),
    ('hun', 'Hungarian', 'A beosztási portál jelszava «V» , kérlek, ne küldd tovább senkinek.'),
    ('ron', 'Romanian', 'Parola pentru portalul de ture este «V» , te rog să nu o trimiți mai departe.'),
    ('bul', 'Bulgarian', 'Паролата за портала със смените е «V» , моля, не я препращай на никого.'),
    ('mkd', 'Macedonian', 'Лозинката за порталот за смени е «V» , те молам не ја препраќај.'),
    ('ukr', 'Ukrainian', 'Пароль до порталу змін — «V» , будь ласка, нікому його не пересилай.'),
    ('bel', 'Belarusian', 'Пароль да партала змен — «V» , калі ласка, нікому яго не перасылай.'),
    ('ell', 'Greek', 'Ο κωδικός για την πύλη βαρδιών είναι «V» , σε παρακαλώ μην τον προωθήσεις.'),
    ('sqi', 'Albanian', 'Fjalëkalimi i portalit të turneve është «V» , të lutem mos ia përcill askujt.'),
    ('tur', 'Turkish', 'Vardiya portalının şifresi «V» , lütfen kimseye iletme.'),
    ('azj', 'North Azerbaijani', 'Növbə portalının şifrəsi «V» , xahiş edirəm heç kimə göndərmə.'),
    ('kaz', 'Kazakh', 'Ауысым порталының құпиясөзі «V» , ешкімге жіберме.'),
    ('uzn', 'Northern Uzbek', 'Smena portalining paroli «V» , iltimos, hech kimga yuborma.'),
    ('hye', 'Armenian', 'Հերթափոխի պորտալի գաղտնաբառն է «V» , խնդրում եմ ոչ մեկին չուղարկես։'),
    ('kat', 'Georgian', 'ცვლების პორტალის პაროლია «V» , გთხოვ, არავის გაუგზავნო.'),
    ('arb', 'Standard Arabic', 'كلمة مرور بوابة المناوبات هي «V» ، من فضلك لا ترسلها لأحد.'),
    ('pes', 'Iranian Persian', 'رمز عبور پورتال شیفت‌ها «V» است، لطفاً آن را برای کسی نفرست.'),
    ('urd', 'Urdu', 'شفٹ پورٹل کا پاس ورڈ «V» ہے، براہ کرم اسے کسی کو آگے نہ بھیجیں۔'),
    ('pan', 'Eastern Panjabi', 'ਸ਼ਿਫਟ ਪੋਰਟਲ ਦਾ ਪਾਸਵਰਡ «V» ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜੋ।'),
    ('mar', 'Marathi', 'शिफ्ट पोर्टलचा पासवर्ड «V» आहे, कृपया तो कोणालाही पाठवू नका.'),
    ('tam', 'Tamil', 'ஷிஃப்ட் போர்ட்டலின் கடவுச்சொல் «V» , தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்.'),
    ('tel', 'Telugu', 'షిఫ్ట్ పోర్టల్ పాస్‌వర్డ్ «V» , దయచేసి ఎవరికీ పంపవద్దు.'),
    ('sin', 'Sinhala', 'මාරු ද්වාරයේ මුරපදය «V» , කරුණාකර එය කිසිවෙකුට යවන්න එපා.'),
    ('tha', 'Thai', 'รหัสผ่านของพอร์ทัลกะงานคือ «V» อย่าส่งต่อให้ใครนะ'),
    ('vie', 'Vietnamese', 'Mật khẩu cổng xếp ca là «V» , đừng chuyển tiếp cho ai nhé.'),
    ('ind', 'Indonesian', 'Kata sandi portal jadwal sif adalah «V» , tolong jangan diteruskan ke siapa pun.'),
    ('tgl', 'Tagalog', 'Ang password ng shift portal ay «V» , pakiusap huwag mo itong ipasa kahit kanino.'),
    ('swh', 'Swahili', 'Nenosiri la tovuti ya zamu ni «V» , tafadhali usimtumie mtu mwingine.'),
    ('amh', 'Amharic', 'የፈረቃ ፖርታሉ የይለፍ ቃል «V» ነው፤ እባክህ ለማንም አታስተላልፍ።'),
    ('som', 'Somali', 'Furaha sirta ah ee bogga shaqada wareegga waa «V» , fadlan cidna ha u gudbin.'),
    ('mlt', 'Maltese', 'Il-password tal-portal tax-xift hija «V» , jekk jogħġbok tibgħatha lil ħadd.'),
    ('cym', 'Welsh', 'Cyfrinair y porth sifftiau yw «V» , paid â’i anfon ymlaen at neb.'),
]


def lang_ok(code, name, deny):
    langs = set(deny['langs'])
    words = set(deny['words'])
    names = set(deny['names'])
    if code in langs or code in words or code in names:
        return False
    nm = name.lower()
    if nm in langs or nm in words:
        return False
    for w in nm.split():
        if w in langs or (w in words and w not in ('standard', 'northern', 'eastern', 'north', 'iranian')):
            return False
    return True


def build(seed, reg, start_id, deny, want=40):
    r = random.Random(seed)
    out, refused, used = [], [], []
    n = start_id
    for code, name, sent in L:
        if not lang_ok(code, name, deny):
            refused.append(code)
            continue
        if len(used) >= want:
            continue
        used.append((code, name))
        v = reg.take(lambda: pw(r, '-_.'))
        text, st = fill(sent, v)
        n += 1
        fmt = FORMATS[(len(used) - 1) % 4]
        out.append(span_rec(f'p162-s-{n:04d}', TYPE, f'{fmt}__{code}', text, st, v, 'prose'))
    spares = [c for c, _, _ in L if c not in refused and c not in [u[0] for u in used]]
    return out, refused, used, spares
