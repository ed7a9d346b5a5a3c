"""Prose: someone tells a colleague the optical-lab PC password in a human language."""
import random
from gen150 import G

SPAN_TYPE = 'optical_lab_pc_password_passed_on_in_words'
FORMATS = ['optician_viber_message', 'clinic_mail_line', 'lab_helpdesk_ticket_remark', 'dispensary_handover_book_entry']

L = [  # (iso639-3, English name, sentence with {V}); value always set off by spaces
    ('deu', 'German', 'Das Passwort für den Laborrechner ist {V} – bitte nicht weiterleiten.'),
    ('fra', 'French', 'Le mot de passe du PC du labo est {V} , merci de ne pas le transférer.'),
    ('spa', 'Spanish', 'La contraseña del PC del laboratorio es {V} — por favor no la reenvíes.'),
    ('nld', 'Dutch', 'Het wachtwoord van de labcomputer is {V} — stuur het alsjeblieft niet door.'),
    ('dan', 'Danish', 'Adgangskoden til laboratoriets pc er {V} — send den venligst ikke videre.'),
    ('swe', 'Swedish', 'Lösenordet till labbdatorn är {V} — skicka det inte vidare.'),
    ('fin', 'Finnish', 'Laboratorion tietokoneen salasana on {V} — älä lähetä sitä eteenpäin.'),
    ('est', 'Estonian', 'Labori arvuti parool on {V} — palun ära saada seda edasi.'),
    ('lav', 'Latvian', 'Laboratorijas datora parole ir {V} — lūdzu, nepārsūti to.'),
    ('lit', 'Lithuanian', 'Laboratorijos kompiuterio slaptažodis yra {V} — prašau jo nepersiųsti.'),
    ('pol', 'Polish', 'Hasło do komputera w laboratorium to {V} — proszę, nie przekazuj go dalej.'),
    ('ces', 'Czech', 'Heslo k počítači v laboratoři je {V} — prosím, nepřeposílej ho.'),
    ('slk', 'Slovak', 'Heslo k počítaču v laboratóriu je {V} — prosím, neposielaj ho ďalej.'),
    ('slv', 'Slovene', 'Geslo za računalnik v laboratoriju je {V} — prosim, ne posreduj ga naprej.'),
    ('hrv', 'Croatian', 'Lozinka za računalo u laboratoriju je {V} — molim te, nemoj je prosljeđivati.'),
    ('hun', 'Hungarian', 'A labor gépének jelszava {V} — kérlek, ne küldd tovább.'),
    ('ron', 'Romanian', 'Parola calculatorului din laborator este {V} — te rog să n-o trimiți mai departe.'),
    ('bul', 'Bulgarian', 'Паролата за компютъра в лабораторията е {V} — моля, не я препращай.'),
    ('mkd', 'Macedonian', 'Лозинката за компјутерот во лабораторијата е {V} — те молам, не ја препраќај.'),
    ('ukr', 'Ukrainian', "Пароль до комп'ютера в лабораторії: {V} , будь ласка, не пересилай його."),
    ('bel', 'Belarusian', "Пароль да камп'ютара ў лабараторыі: {V} , калі ласка, не перасылай яго."),
    ('ell', 'Greek', 'Ο κωδικός του υπολογιστή του εργαστηρίου είναι {V} — σε παρακαλώ μην τον προωθήσεις.'),
    ('tur', 'Turkish', 'Laboratuvar bilgisayarının şifresi {V} — lütfen kimseye iletme.'),
    ('azj', 'Azerbaijani', 'Laboratoriya kompüterinin şifrəsi {V} — xahiş edirəm, heç kimə göndərmə.'),
    ('kat', 'Georgian', 'ლაბორატორიის კომპიუტერის პაროლია {V} — გთხოვ, არავის გაუგზავნო.'),
    ('hye', 'Armenian', 'Լաբորատորիայի համակարգչի գաղտնաբառն է {V} — խնդրում եմ, ոչ մեկին մի ուղարկիր։'),
    ('als', 'Albanian', 'Fjalëkalimi i kompjuterit të laboratorit është {V} — të lutem mos ia përcill askujt.'),
    ('eus', 'Basque', 'Laborategiko ordenagailuaren pasahitza {V} da — mesedez, ez birbidali.'),
    ('cat', 'Catalan', "La contrasenya de l'ordinador del laboratori és {V} — si us plau, no la reenviïs."),
    ('gle', 'Irish', 'Is é {V} pasfhocal ríomhaire na saotharlainne — ná seol ar aghaidh é, le do thoil.'),
    ('cym', 'Welsh', "Cyfrinair cyfrifiadur y labordy yw {V} — paid â'i anfon ymlaen, os gweli di'n dda."),
    ('mlt', 'Maltese', "Il-password tal-kompjuter tal-laboratorju hija {V} — jekk jogħġbok tgħaddihiex lil ħaddieħor."),
    ('vie', 'Vietnamese', 'Mật khẩu máy tính phòng lab là {V} — đừng chuyển tiếp cho ai nhé.'),
    ('tha', 'Thai', 'รหัสผ่านคอมพิวเตอร์ห้องแล็บคือ {V} อย่าส่งต่อให้ใครนะ'),
    ('ind', 'Indonesian', 'Kata sandi komputer lab adalah {V} — tolong jangan diteruskan ke siapa pun.'),
    ('arb', 'Arabic', 'كلمة مرور حاسوب المختبر هي {V} — من فضلك لا تعد توجيهها.'),
    ('pes', 'Persian', 'رمز عبور کامپیوتر آزمایشگاه {V} است — لطفاً آن را برای کسی نفرست.'),
    ('urd', 'Urdu', 'لیب کمپیوٹر کا پاس ورڈ {V} ہے — براہِ کرم اسے آگے نہ بھیجیں۔'),
    ('pan', 'Punjabi', 'ਲੈਬ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ — ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜੋ।'),
    ('tam', 'Tamil', 'லேப் கணினியின் கடவுச்சொல் {V} — தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்.'),
    ('asm', 'Assamese', 'লেবৰ কম্পিউটাৰৰ পাছৱৰ্ড {V} — অনুগ্ৰহ কৰি আগলৈ নপঠাব।'),
    ('uig', 'Uyghur', 'تەجرىبىخانا كومپيۇتېرىنىڭ پارولى {V} — ئۇنى باشقىلارغا يوللىماڭ.'),
    ('bak', 'Bashkir', 'Лаборатория компьютерының пароле: {V} , зинһар, уны башҡаларға ебәрмә.'),
    ('lug', 'Luganda', "Ekigambo eky'ekyama ekya kompyuta y'omu lab kiri {V} — tokiweereza muntu mulala."),
    ('wol', 'Wolof', 'Baatu jàll bu ordinateur bu laboratuwaar bi mooy {V} — bul ko yónnee kenn.'),
    ('lin', 'Lingala', 'Liloba ya nkuku ya ordinatɛ́ ya laboratware ezali {V} — kotindela moto mosusu te.'),
    ('nya', 'Chichewa', 'Mawu achinsinsi a kompyuta ya labu ndi {V} — chonde musatumize kwa wina aliyense.'),
    ('sot', 'Sesotho', 'Phasewete ya khomphutha ya laborathori ke {V} — ka kopo o se ke wa e fetisetsa ho motho e mong.'),
    ('tsn', 'Setswana', 'Lefoko la sephiri la khomputara ya laborathori ke {V} — tsweetswee o se ka wa le romela go ope.'),
    ('gaz', 'Oromo', 'Jecha darbii kompiitara laabraatorii {V} dha — maaloo nama biraatti hin ergin.'),
    ('roh', 'Romansh', "Il pled-clav dal computer dal labor è {V} — per plaschair na l'inoltrescha betg."),
    ('cos', 'Corsican', "A parolla d'intrata di l'urdinatore di u laburatoriu hè {V} — per piacè ùn la trasmette micca."),
    ('srd', 'Sardinian', 'Sa crae de su computer de su laboratòriu est {V} — pro praghere no dda imbies a nemos.'),
    ('ast', 'Asturian', 'La contraseña del ordenador del llaboratoriu ye {V} — por favor, nun la reunvíes.'),
    ('fur', 'Friulian', 'La peraule clâf dal computer dal laboratori e je {V} — par plasê no sta mandâle indenant.'),
    ('ckb', 'Sorani', 'وشەی نهێنی کۆمپیوتەری تاقیگەکە ئەمەیە: {V} — تکایە بۆ کەس مەینێرە.'),
    ('quy', 'Quechua', 'Laboratorio computadorapa pakasqa simin {V} — ama pimanpas apachiychu.'),
    ('grn', 'Guarani', "Laboratorio computadora ñe'ẽñemi ha'e {V} — ani remondo avavépe."),
    ('div', 'Dhivehi', 'ލެބް ކޮމްޕިއުޓަރުގެ ޕާސްވޯޑަކީ {V} — އެހެން މީހަކަށް ނުފޮނުވާށެވެ.'),
]


def build(seed, used, lang_ok, n=40):
    r = random.Random(seed)
    g = G(r, used)
    recs, dropped, kept = [], [], []
    for code, name, sent in L:
        if not lang_ok(code, name):
            dropped.append(code)
            continue
        if len(recs) >= n:
            continue
        v = g.fresh(g.password)
        i = sent.index('{V}')
        text = sent[:i] + v + sent[i + 3:]
        fmt = FORMATS[len(recs) % 4]
        kept.append((code, name))
        recs.append({'type': SPAN_TYPE, 'container': fmt + '__' + code, 'text': text,
                     'secrets': [{'value': v, 'start': i, 'end': i + len(v), 'type': SPAN_TYPE}], 'source': 'prose'})
    return recs, dropped, kept
