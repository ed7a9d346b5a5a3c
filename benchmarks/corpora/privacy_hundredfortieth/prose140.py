"""Prose: someone tells a colleague the machine-room terminal password, in 40 languages not used before."""
from common140 import Gen, rec

TYPE = 'machine_room_terminal_password_told_in_prose'
FORMATS = ['lift_tech_signal_message', 'bms_vendor_support_mail_line', 'dispatch_ticket_comment_native', 'machine_room_logbook_entry']
LANGS = [
    ('isl', 'Icelandic', 'Lykilorðið á tölvunni í vélarrúminu er {V} , ekki áframsenda það.'),
    ('fao', 'Faroese', 'Loyniorðið til telduna í maskinrúminum er {V} , send tað ikki víðari.'),
    ('nob', 'Norwegian Bokmal', 'Passordet til terminalen i maskinrommet er {V} , ikke videresend det.'),
    ('ltz', 'Luxembourgish', "D'Passwuert fir den Terminal am Maschinnesall ass {V} , w.e.g. net weiderschécken."),
    ('fry', 'Western Frisian', 'It wachtwurd foar de terminal yn de masinekeamer is {V} , stjoer it net troch.'),
    ('bre', 'Breton', 'Ger-tremen termenell ar sal-vekanikoù eo {V} , na gas ket anezhañ da zen all.'),
    ('gla', 'Scottish Gaelic', 'Is e am facal-faire airson an tèirmeinealach san t-seòmar-innealan {V} , na cuir air adhart e.'),
    ('glg', 'Galician', 'O contrasinal do terminal da sala de máquinas é {V} , non o reenvíes.'),
    ('ast', 'Asturian', 'La contraseña del terminal de la sala de máquines ye {V} , nun la reunvíes.'),
    ('oci', 'Occitan', 'Lo senhal del terminal de la sala de las maquinas es {V} , lo mandes pas a degun.'),
    ('fur', 'Friulian', 'La peraule clâf dal terminâl te sale machinis e je {V} , no sta mandâle indenant.'),
    ('roh', 'Romansh', 'Il pled-clav dal terminal en la sala da maschinas è {V} , na la trametta betg vinavant.'),
    ('bos', 'Bosnian', 'Lozinka za terminal u mašinskoj sali je {V} , nemoj je prosljeđivati.'),
    ('srp', 'Serbian', 'Лозинка за терминал у машинској сали је {V} , немој је прослеђивати.'),
    ('hsb', 'Upper Sorbian', 'Hesło za terminal w mašinowej rumnosći je {V} , njepósćel jo dale.'),
    ('kaz', 'Kazakh', 'Машина бөлмесіндегі терминалдың құпия сөзі {V} , оны ешкімге жіберме.'),
    ('uzn', 'Northern Uzbek', 'Mashina xonasidagi terminal paroli {V} , uni hech kimga yuborma.'),
    ('kir', 'Kyrgyz', 'Машина бөлмөсүндөгү терминалдын сырсөзү {V} , аны эч кимге жөнөтпө.'),
    ('tuk', 'Turkmen', 'Maşyn otagyndaky terminalyň açar sözi {V} , ony hiç kime iberme.'),
    ('tgk', 'Tajik', 'Пароли терминали утоқи мошинҳо {V} аст , онро ба касе нафирист.'),
    ('tat', 'Tatar', 'Машина бүлмәсендәге терминалның серсүзе {V} , аны беркемгә дә җибәрмә.'),
    ('khk', 'Halh Mongolian', 'Машины өрөөний терминалын нууц үг {V} , үүнийг хэнд ч бүү дамжуул.'),
    ('mal', 'Malayalam', 'മെഷീൻ റൂമിലെ ടെർമിനലിന്റെ പാസ്‌വേഡ് {V} ആണ് , ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്.'),
    ('tel', 'Telugu', 'మెషిన్ రూమ్ టెర్మినల్ పాస్‌వర్డ్ {V} , దీన్ని ఎవరికీ ఫార్వర్డ్ చేయవద్దు.'),
    ('kan', 'Kannada', 'ಮೆಷಿನ್ ರೂಮ್ ಟರ್ಮಿನಲ್ ಪಾಸ್‌ವರ್ಡ್ {V} , ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ.'),
    ('mar', 'Marathi', 'मशीन रूममधील टर्मिनलचा पासवर्ड {V} आहे , तो कोणालाही पाठवू नका.'),
    ('guj', 'Gujarati', 'મશીન રૂમના ટર્મિનલનો પાસવર્ડ {V} છે , તે કોઈને ફોરવર્ડ કરશો નહીં.'),
    ('sin', 'Sinhala', 'යන්ත්‍ර කාමරයේ ටර්මිනලයේ මුරපදය {V} , එය කාටවත් යවන්න එපා.'),
    ('khm', 'Khmer', 'ពាក្យសម្ងាត់ terminal បន្ទប់ម៉ាស៊ីនគឺ {V} កុំផ្ញើបន្តឱ្យអ្នកណា។'),
    ('mya', 'Burmese', 'စက်ခန်း terminal ရဲ့ စကားဝှက်က {V} ပါ ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။'),
    ('zsm', 'Standard Malay', 'Kata laluan terminal bilik mesin ialah {V} , jangan majukan kepada sesiapa.'),
    ('jav', 'Javanese', 'Tembung sandhi terminal ing ruang mesin yaiku {V} , aja diterusake menyang sapa-sapa.'),
    ('sun', 'Sundanese', 'Kecap konci terminal di rohangan mesin nyaéta {V} , ulah diteruskeun ka saha waé.'),
    ('ceb', 'Cebuano', 'Ang password sa terminal sa machine room kay {V} , ayaw ni ipasa bisan kang kinsa.'),
    ('hau', 'Hausa', 'Kalmar sirri ta tashar ɗakin injuna ita ce {V} , kada ka tura wa kowa.'),
    ('yor', 'Yoruba', 'Ọ̀rọ̀ aṣínà fún tẹ́mínà yàrá ẹ̀rọ ni {V} , má ṣe fi ránṣẹ́ sí ẹnikẹ́ni.'),
    ('ibo', 'Igbo', "Okwuntughe nke ọdụ ọrụ n'ime ụlọ igwe bụ {V} , ezigala ya onye ọzọ."),
    ('zul', 'Zulu', 'Iphasiwedi yetheminali esegumbini lemishini ithi {V} , ungayidlulisi kunoma ubani.'),
    ('heb', 'Hebrew', 'הסיסמה למסוף בחדר המכונות היא {V} , אל תעביר אותה הלאה.'),
    ('mlg', 'Malagasy', "Ny tenimiafina amin'ny terminal ao amin'ny efitra milina dia {V} , aza alefa amin'olona."),
    ('pus', 'Pashto', 'د ماشین خونې د ټرمینل پټنوم {V} دی , هیچا ته یې مه لېږه.'),
    ('uig', 'Uyghur', 'ماشىنا ئۆيىدىكى تېرمىنالنىڭ مەخپىي نومۇرى {V} , ئۇنى ھېچكىمگە يوللىماڭ.'),
    ('lin', 'Lingala', 'Liloba ya sekele ya terminal na shambre ya mashini ezali {V} , kotindela moto mosusu te.'),
    ('tsn', 'Tswana', 'Lefoko la sephiri la theminale mo phaposing ya metšhini ke {V} , o se ka wa le romelela ope.'),
    ('sme', 'Northern Sami', 'Beassansátni mašiidnalanja terminálii lea {V} , ale sádde dan viidáset.'),
]


def lang_denied(code, name, deny):
    if code in deny or name.lower() in deny:
        return True
    return any(w.lower() in deny for w in name.split())


def build(used, deny, seed=14004):
    g = Gen(seed, used)
    out, dropped, spare = [], [], []
    for code, name, tmpl in LANGS:
        if lang_denied(code, name, deny):
            dropped.append(code); continue
        if len(out) >= 40:
            spare.append(code); continue
        v = g.uniq(lambda: g.pw('-_.'))
        fmt = FORMATS[len(out) % 4]
        out.append(rec('R%04d' % (len(out) + 1), TYPE, fmt + '__' + code, tmpl, v, 'prose'))
    return out, dropped, spare
