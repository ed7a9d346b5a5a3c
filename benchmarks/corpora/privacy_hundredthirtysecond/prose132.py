"""Prose: someone tells a colleague the ride-control admin password."""
import random
from common132 import *
V = SLOT
FORMATS = ['ride_crew_radio_log_line', 'escape_room_staff_chat_line', 'show_booth_mail_line', 'park_ops_ticket_remark']
LANGS = [
 ('isl', 'Icelandic', 'Lykilorðið að stjórnborði rússíbanans er '+V+' , ekki senda það áfram.'),
 ('ltz', 'Luxembourgish', "D'Passwuert fir de Fuerpult vun der Achterbunn ass "+V+" , gëff et w.e.g. net weider."),
 ('fry', 'Frisian', 'It wachtwurd foar it betsjinningspaniel fan de achtbaan is '+V+' , stjoer it net troch.'),
 ('glg', 'Galician', 'O contrasinal do panel de control da montaña rusa é '+V+' , non o reenvíes.'),
 ('oci', 'Occitan', 'Lo senhal del panèl de comanda de las montanhas russas es '+V+' , lo mandes pas a degun.'),
 ('cos', 'Corsican', "A parolla d'intrata di u pannellu di cumandu hè "+V+" , ùn la mandate à nimu."),
 ('roh', 'Romansh', 'Il pled-clav dal panel da cumond è '+V+' , betg al trametter vinavant.'),
 ('srd', 'Sardinian', 'Sa crae de su pannellu de cumandu est '+V+' , no dda imbies a nemos.'),
 ('ast', 'Asturian', 'La conseña del panel de control ye '+V+' , nun la reunvíes.'),
 ('kaz', 'Kazakh', 'Аттракцион басқару панелінің құпия сөзі '+V+' , оны ешкімге жібермеңіз.'),
 ('uzb', 'Uzbek', "Attraksion boshqaruv paneli paroli "+V+" , uni hech kimga yubormang."),
 ('tuk', 'Turkmen', 'Attraksionyň dolandyryş paneliniň açar sözi '+V+' , ony hiç kime ibermäň.'),
 ('mon', 'Mongolian', 'Тоглоомын удирдлагын самбарын нууц үг '+V+' , үүнийг хэнд ч бүү дамжуул.'),
 ('tat', 'Tatar', 'Аттракцион идарә панеленең серсүзе '+V+' , аны беркемгә дә җибәрмә.'),
 ('bak', 'Bashkir', 'Аттракцион идара панеленең серһүҙе '+V+' , уны бер кемгә лә ебәрмә.'),
 ('sah', 'Yakut', 'Аттракцион салайар панелин кистэл тыла '+V+' , ким да биэримэ.'),
 ('kmr', 'Kurmanji', 'Şîfreya panela kontrolê ya atraksiyonê '+V+' e , ji kesî re neşîne.'),
 ('snd', 'Sindhi', 'سواري ڪنٽرول پينل جو پاسورڊ '+V+' آهي ، ڪنهن کي به نه موڪليو.'),
 ('sin', 'Sinhala', 'සවාරි පාලක පුවරුවේ මුරපදය '+V+' වේ , එය කිසිවෙකුට යවන්න එපා.'),
 ('mar', 'Marathi', 'राइड कंट्रोल पॅनेलचा पासवर्ड '+V+' आहे , तो कोणालाही पाठवू नका.'),
 ('guj', 'Gujarati', 'રાઇડ કંટ્રોલ પેનલનો પાસવર્ડ '+V+' છે , તે કોઈને મોકલશો નહીં.'),
 ('kan', 'Kannada', 'ರೈಡ್ ಕಂಟ್ರೋಲ್ ಪ್ಯಾನೆಲ್ ಪಾಸ್‌ವರ್ಡ್ '+V+' , ಇದನ್ನು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ.'),
 ('tel', 'Telugu', 'రైడ్ కంట్రోల్ ప్యానెల్ పాస్‌వర్డ్ '+V+' , దీన్ని ఎవరికీ పంపవద్దు.'),
 ('mal', 'Malayalam', 'റൈഡ് കൺട്രോൾ പാനലിന്റെ പാസ്‌വേഡ് '+V+' ആണ് , ഇത് ആർക്കും അയക്കരുത്.'),
 ('asm', 'Assamese', 'ৰাইড কন্ট্ৰ’ল পেনেলৰ পাছৱৰ্ড '+V+' , কাকো নপঠাব।'),
 ('khm', 'Khmer', 'ពាក្យសម្ងាត់ផ្ទាំងបញ្ជាគឺ '+V+' កុំផ្ញើទៅអ្នកណា។'),
 ('mya', 'Burmese', 'စက်ရုပ်ထိန်းချုပ်ခုံ၏ စကားဝှက်မှာ '+V+' ဖြစ်သည် ၊ မည်သူ့ကိုမျှ မပို့ပါနှင့်။'),
 ('ind', 'Indonesian', 'Kata sandi panel kontrol wahana adalah '+V+' , jangan diteruskan ke siapa pun.'),
 ('zsm', 'Malay', 'Kata laluan panel kawalan permainan ialah '+V+' , jangan kongsi dengan sesiapa.'),
 ('jav', 'Javanese', 'Tembung sandhi panel kontrol wahana yaiku '+V+' , aja dikirim menyang sapa-sapa.'),
 ('sun', 'Sundanese', 'Kecap konci panel kontrol wahana nyaéta '+V+' , ulah dikirimkeun ka saha waé.'),
 ('ceb', 'Cebuano', 'Ang password sa control panel sa sakyanan kay '+V+' , ayaw ipasa bisan kinsa.'),
 ('haw', 'Hawaiian', 'ʻO '+V+' ka ʻōlelo huna o ka papa hoʻokele , mai hoʻouna aku i kekahi.'),
 ('hau', 'Hausa', 'Kalmar sirri ta allon sarrafa wasan ita ce '+V+' , kada ka tura wa kowa.'),
 ('yor', 'Yoruba', 'Ọ̀rọ̀ aṣínà pánẹ́lì ìdarí eré náà ni '+V+' , má ṣe fi ránṣẹ́ sí ẹnikẹ́ni.'),
 ('zul', 'Zulu', 'Iphasiwedi yephaneli yokulawula yomdlalo ngu '+V+' , ungayidluliseli kumuntu.'),
 ('sot', 'Sesotho', 'Phasewete ya phanele ya taolo ke '+V+' , o se ke wa e romella motho.'),
 ('sna', 'Shona', 'Pasiwedhi yepaneru yekutonga ndi '+V+' , usaitumira kune chero ani.'),
 ('wol', 'Wolof', 'Baatu jàll bu panel bi mooy '+V+' , bul ko yónnee kenn.'),
 ('orm', 'Oromo', 'Jecha darbii paanaalii to’annoo '+V+' dha , nama tokkoofuu hin ergin.'),
 ('hat', 'Haitian', 'Modpas panèl kontwòl manèj la se '+V+' , pa voye l bay pèsonn.'),
 ('que', 'Quechua', 'Kamachiq panelpa pakasqa siminqa '+V+' , ama pimanpas apachiychu.'),
 ('grn', 'Guarani', "Ñe'ẽñemi panel ñemboguatarã ha'e "+V+" , ani remondo avavépe."),
 ('yid', 'Yiddish', 'דאָס פּאַראָל פֿאַר דעם קאָנטראָל־פּאַנעל איז '+V+' , שיק עס ניט ווייטער.'),
]

def generate(deny, seed=13204, want=40):
    r = random.Random(seed)
    lang_deny = set(deny['langs']); names = set(deny['names']); words = set(deny['words'])
    out, dropped = [], []
    for i, (code, name, tpl) in enumerate(LANGS):
        bad = code in lang_deny or code in names or any(w in lang_deny or w in words for w in name.lower().split())
        if bad or len(out) >= want:
            dropped.append(code + ('' if bad else ' (spare)')); continue
        v = owner_pw(r)
        text, s, e = fill(tpl, v)
        typ = 'ride_console_password_told_in_prose'
        out.append({'type': typ, 'container': FORMATS[i % 4] + '__' + code, 'text': text, 'secrets': [{'value': v, 'start': s, 'end': e, 'type': typ}], 'source': 'prose', '_lang': (code, name)})
    return out, dropped
