import random
from common136 import owner_pw, fill, rec
# (iso639-3, English name, sentence) ; @@V@@ = value, always set off by spaces
L = [
 ('deu', 'German', "Das Passwort für den Trockenkammer-PC ist @@V@@ , bitte nicht weiterleiten."),
 ('ita', 'Italian', "La password del PC dell'essiccatoio è @@V@@ , per favore non inoltrarla."),
 ('por', 'Portuguese', "A senha do PC da estufa de secagem é @@V@@ , por favor não encaminhe."),
 ('rus', 'Russian', "Пароль от компьютера сушильной камеры: @@V@@ , пожалуйста, никому не пересылай."),
 ('jpn', 'Japanese', "乾燥室のパソコンのパスワードは @@V@@ です。転送しないでください。"),
 ('kor', 'Korean', "건조실 PC 비밀번호는 @@V@@ 입니다. 다른 사람에게 전달하지 마세요."),
 ('cmn', 'Mandarin', "烘干窑电脑的密码是 @@V@@ ，请不要转发给别人。"),
 ('hin', 'Hindi', "भट्ठा कंप्यूटर का पासवर्ड @@V@@ है, कृपया इसे किसी को फ़ॉरवर्ड न करें।"),
 ('heb', 'Hebrew', "הסיסמה למחשב של תא הייבוש היא @@V@@ , בבקשה אל תעביר אותה הלאה."),
 ('ind', 'Indonesian', "Kata sandi PC ruang pengering adalah @@V@@ , tolong jangan diteruskan."),
 ('zsm', 'Malay', "Kata laluan PC bilik pengering ialah @@V@@ , tolong jangan kongsi dengan orang lain."),
 ('isl', 'Icelandic', "Lykilorðið að þurrkklefatölvunni er @@V@@ , vinsamlegast ekki áframsenda það."),
 ('nob', 'Bokmål', "Passordet til tørkeanleggets PC er @@V@@ , ikke send det videre."),
 ('ltz', 'Luxembourgish', "D'Passwuert fir den PC vun der Dréchekummer ass @@V@@ , w.e.g. net weiderschécken."),
 ('glg', 'Galician', "O contrasinal do PC do secadoiro é @@V@@ , por favor non o reenvíes."),
 ('srp', 'Serbian', "Лозинка за рачунар у сушари је @@V@@ , молим те не прослеђуј је."),
 ('kaz', 'Kazakh', "Кептіру камерасының компьютер құпия сөзі @@V@@ , ешкімге жібермеңіз."),
 ('uzn', 'Uzbek', "Quritish xonasi kompyuterining paroli @@V@@ , iltimos, hech kimga yubormang."),
 ('kir', 'Kyrgyz', "Кургатуучу камеранын компьютеринин сырсөзү @@V@@ , эч кимге жөнөтпөңүз."),
 ('tat', 'Tatar', "Киптерү камерасы компьютерының серсүзе @@V@@ , беркемгә дә җибәрмәгез."),
 ('khk', 'Mongolian', "Хатаах камерын компьютерийн нууц үг @@V@@ , хэнд ч бүү дамжуулаарай."),
 ('guj', 'Gujarati', "ભઠ્ઠીના કમ્પ્યુટરનો પાસવર્ડ @@V@@ છે, મહેરબાની કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
 ('mar', 'Marathi', "भट्टीच्या संगणकाचा पासवर्ड @@V@@ आहे, कृपया तो कोणालाही पाठवू नका."),
 ('tel', 'Telugu', "కిల్న్ కంప్యూటర్ పాస్‌వర్డ్ @@V@@ , దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
 ('kan', 'Kannada', "ಕಿಲ್ನ್ ಕಂಪ್ಯೂಟರ್ ಪಾಸ್‌ವರ್ಡ್ @@V@@ , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ."),
 ('mal', 'Malayalam', "കിൽൻ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് @@V@@ ആണ്, ദയവായി ആർക്കും അയക്കരുത്."),
 ('sin', 'Sinhala', "වියළන කුටියේ පරිගණකයේ මුරපදය @@V@@ , කරුණාකර කාටවත් යවන්න එපා."),
 ('khm', 'Khmer', "ពាក្យសម្ងាត់កុំព្យូទ័របន្ទប់សម្ងួតគឺ @@V@@ សូមកុំបញ្ជូនបន្ត។"),
 ('mya', 'Burmese', "အခြောက်ခံခန်း ကွန်ပျူတာ စကားဝှက်က @@V@@ ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
 ('yor', 'Yoruba', "Ọ̀rọ̀ aṣínà kọ̀mpútà ilé gbígbẹ igi ni @@V@@ , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
 ('hau', 'Hausa', "Kalmar sirri ta kwamfutar dakin busarwa ita ce @@V@@ , don Allah kada ka tura wa kowa."),
 ('ibo', 'Igbo', "Okwuntughe kọmputa ụlọ ihicha osisi bụ @@V@@ , biko ezigala ya onye ọzọ."),
 ('zul', 'Zulu', "Iphasiwedi yekhompyutha yegumbi lokomisa ngu- @@V@@ , ngicela ungayidluliseli."),
 ('sna', 'Shona', "Pasiwedhi yekombiyuta yekamuri rekuomesa ndi @@V@@ , ndapota usaitumira kune mumwe munhu."),
 ('lin', 'Lingala', "Liloba ya sekele ya ordinatɛrɛ ya ndako ya kokawusa ezali @@V@@ , tósɛngi otinda yango te."),
 ('wol', 'Wolof', "Baatu jàll bu ordinatëru néegu wow gi mooy @@V@@ , bul ko yónnee kenn."),
 ('hat', 'Haitian', "Modpas òdinatè chanm seche a se @@V@@ , tanpri pa voye l bay pèsonn."),
 ('fry', 'Frisian', "It wachtwurd fan de kompjûter by de droechkeamer is @@V@@ , stjoer it asjebleaft net troch."),
 ('gla', 'Gaelic', "Is e am facal-faire airson coimpiutair an t-seòmair-tiormachaidh @@V@@ , na cuir air adhart e."),
 ('tuk', 'Turkmen', "Guradyjy otagyň kompýuteriniň paroly @@V@@ , hiç kime ibermäň."),
 ('ckb', 'Sorani', "وشەی نهێنی کۆمپیوتەری ژووری وشککردنەوە @@V@@ ە، تکایە بۆ کەس مەینێرە."),
 ('pus', 'Pashto', "د وچولو خونې د کمپيوټر پټنوم @@V@@ دی، مهرباني وکړئ چا ته يې مه لېږئ."),
 ('tir', 'Tigrinya', "ናይ መንቀጺ ክፍሊ ኮምፒዩተር ሚስጥራዊ ቃል @@V@@ እዩ፣ ንማንም ኣይትስደዶ።"),
 ('mri', 'Maori', "Ko te kupuhipa mō te rorohiko o te rūma whakamaroke ko @@V@@ , kaua e tukuna atu."),
 ('smo', 'Samoan', "O le upu faalilolilo o le komepiuta o le potu faamago o le @@V@@ , faamolemole aua le auina atu."),
 ('ceb', 'Cebuano', "Ang password sa kompyuter sa pagpauga nga kwarto kay @@V@@ , palihug ayaw ipasa."),
 ('roh', 'Romansh', "Il pled-clav dal computer da la chombra da sitgentar è @@V@@ , per plaschair betg trametter vinavant."),
 ('ast', 'Asturian', "La contraseña del ordenador del secaderu ye @@V@@ , por favor nun la reunvíes."),
 ('jav', 'Javanese', "Tembung sandhi komputer ruang pangering yaiku @@V@@ , aja diterusake marang sapa-sapa."),
]
FMT = ['skidder_crew_telegram_line', 'mill_office_mail_sentence', 'kiln_helpdesk_ticket_note', 'logging_camp_sms_row', 'scaling_station_radio_log']
TYPE = 'mill_login_shared_in_prose'

def build(ids, deny):
    r = random.Random(13604)
    langs, words = set(deny['langs']), set(deny['words']) | set(deny['names'])
    out, dropped = [], []
    for code, name, sent in L:
        v = owner_pw(r)
        import re
        if code in langs or code in deny['names'] or any(w.lower() in langs or w.lower() in words for w in re.findall(r'[A-Za-zå]+', name)):
            dropped.append(code); continue
        if len(out) >= 40:
            dropped.append(code + ' (spare)'); continue
        text, s, e = fill(sent, v)
        out.append(rec(ids(), TYPE, FMT[len(out) % 5] + '__' + code, text, s, e, 'prose'))
    return out, dropped
