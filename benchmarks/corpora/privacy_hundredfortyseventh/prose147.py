"""Prose: someone tells a colleague the ground-station laptop password in a message, 40+ languages."""
import random
from gen147 import owner_pw

# (code, name, sentence with {V})
L = [
    ('por', 'Portuguese', 'A senha do portátil da estação de solo é {V} , por favor não a reencaminhes.'),
    ('ita', 'Italian', 'La password del portatile della stazione di terra è {V} , per favore non inoltrarla.'),
    ('nob', 'Norwegian Bokmål', 'Passordet til bakkestasjon-PC-en er {V} , ikke send det videre.'),
    ('rus', 'Russian', 'Пароль от ноутбука наземной станции: {V} , пожалуйста, никому не пересылай.'),
    ('srp', 'Serbian', 'Лозинка за лаптоп земаљске станице је {V} , молим те не прослеђуј је.'),
    ('bos', 'Bosnian', 'Šifra za laptop zemaljske stanice je {V} , molim te nemoj je dalje slati.'),
    ('jpn', 'Japanese', '地上局ノートPCのパスワードは {V} です。転送しないでください。'),
    ('kor', 'Korean', '지상국 노트북 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요.'),
    ('cmn', 'Mandarin Chinese', '地面站笔记本的密码是 {V} ，请不要转发。'),
    ('yue', 'Cantonese', '地面站手提電腦嘅密碼係 {V} ，唔好轉發畀人呀。'),
    ('hin', 'Hindi', 'ग्राउंड स्टेशन लैपटॉप का पासवर्ड {V} है, कृपया इसे आगे मत भेजना।'),
    ('ben', 'Bengali', 'গ্রাউন্ড স্টেশনের ল্যাপটপের পাসওয়ার্ড {V} , দয়া করে কাউকে ফরোয়ার্ড করবেন না।'),
    ('guj', 'Gujarati', 'ગ્રાઉન્ડ સ્ટેશન લેપટોપનો પાસવર્ડ {V} છે, કૃપા કરીને આગળ મોકલશો નહીં.'),
    ('kan', 'Kannada', 'ಗ್ರೌಂಡ್ ಸ್ಟೇಷನ್ ಲ್ಯಾಪ್‌ಟಾಪ್ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ.'),
    ('mal', 'Malayalam', 'ഗ്രൗണ്ട് സ്റ്റേഷൻ ലാപ്‌ടോപ്പിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്.'),
    ('npi', 'Nepali', 'ग्राउन्ड स्टेसन ल्यापटपको पासवर्ड {V} हो, कृपया अरूलाई नपठाउनुहोस्।'),
    ('heb', 'Hebrew', 'הסיסמה של המחשב הנייד של תחנת הקרקע היא {V} , בבקשה אל תעביר אותה הלאה.'),
    ('hau', 'Hausa', 'Kalmar sirrin kwamfutar tashar ƙasa ita ce {V} , don Allah kada ka tura wa kowa.'),
    ('yor', 'Yoruba', 'Ọ̀rọ̀ aṣínà kọ̀ǹpútà ibùdó ilẹ̀ ni {V} , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹlòmíràn.'),
    ('ibo', 'Igbo', 'Okwuntughe kọmputa ọdụ ala bụ {V} , biko ezigala ya onye ọzọ.'),
    ('zul', 'Zulu', 'Iphasiwedi yelaptop yesiteshi sasemhlabathini ithi {V} , ngicela ungayidluliseli komunye.'),
    ('xho', 'Xhosa', 'Igama lokugqitha lelaptop yesikhululo somhlaba ngu {V} , nceda ungalithumeli komnye umntu.'),
    ('afr', 'Afrikaans', 'Die wagwoord vir die grondstasie-skootrekenaar is {V} , moet dit asseblief nie aanstuur nie.'),
    ('zsm', 'Malay', 'Kata laluan komputer riba stesen bumi ialah {V} , tolong jangan kongsikan kepada orang lain.'),
    ('jav', 'Javanese', 'Tembung sandhi laptop stasiun darat yaiku {V} , aja diterusake marang wong liya ya.'),
    ('khm', 'Khmer', 'ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃស្ថានីយ៍ដី គឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកផ្សេង។'),
    ('lao', 'Lao', 'ລະຫັດຜ່ານຂອງຄອມພິວເຕີສະຖານີພາກພື້ນດິນແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ຄົນອື່ນ.'),
    ('mya', 'Burmese', 'မြေပြင်စခန်း လက်ပ်တော့ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။'),
    ('tgk', 'Tajik', 'Пароли ноутбуки истгоҳи заминӣ {V} аст, лутфан ба касе нафиристед.'),
    ('kir', 'Kyrgyz', 'Жер станциясынын ноутбугунун сырсөзү {V} , сураныч, эч кимге жөнөтпө.'),
    ('tuk', 'Turkmen', 'Ýerüsti stansiýanyň noutbugynyň paroly {V} , haýyş, hiç kime iberme.'),
    ('tat', 'Tatar', 'Җир станциясе ноутбугының серсүзе {V} , зинһар, беркемгә дә җибәрмә.'),
    ('ltz', 'Luxembourgish', "D'Passwuert vum Buedemstatioun-Laptop ass {V} , w.e.g. net weiderschécken."),
    ('glg', 'Galician', 'O contrasinal do portátil da estación de terra é {V} , por favor non o reenvíes.'),
    ('fao', 'Faroese', 'Loyniorðið til fartelduna á jarðstøðini er {V} , vinarliga send tað ikki víðari.'),
    ('fry', 'West Frisian', 'It wachtwurd fan de laptop fan it grûnstasjon is {V} , stjoer it asjebleaft net troch.'),
    ('gla', 'Scottish Gaelic', 'Is e {V} am facal-faire airson laptop an stèisein-talmhainn, na cuir air adhart e.'),
    ('epo', 'Esperanto', 'La pasvorto de la tekkomputilo de la grunda stacio estas {V} , bonvolu ne plusendi ĝin.'),
    ('lat', 'Latin', 'Tessera computatri portabilis stationis terrestris est {V} , quaeso ne cuiquam mittas.'),
    ('hat', 'Haitian Creole', 'Modpas laptop estasyon tè a se {V} , tanpri pa voye l bay pèsonn.'),
    ('mri', 'Maori', 'Ko te kupuhipa mō te rorohiko pōnaho o te teihana whenua ko {V} , kaua e tukuna atu ki ētahi atu.'),
    ('smo', 'Samoan', 'O le upu faalilolilo o le komepiuta feaveai o le nofoaga i lalo o {V} , faamolemole aua le auina atu i se isi.'),
    ('ory', 'Odia', 'ଗ୍ରାଉଣ୍ଡ ଷ୍ଟେସନ ଲାପଟପର ପାସୱାର୍ଡ {V} , ଦୟାକରି କାହାକୁ ଫରୱାର୍ଡ କରନ୍ତୁ ନାହିଁ।'),
    ('sun', 'Sundanese', 'Kecap konci laptop stasion darat nyaéta {V} , punten ulah diteruskeun ka batur.'),
]

FORMATS = ['pilot_line_messenger_text', 'survey_office_mail_line', 'fleet_helpdesk_ticket_comment', 'hangar_handover_logbook_entry']
TYPE = 'ground_station_laptop_password_given_in_a_message'


def build(seed=14704, keep=40, drop=lambda code, name: False):
    rng = random.Random(seed)
    out, dropped, used = [], [], []
    for code, name, sent in L:
        v = owner_pw(rng)
        if drop(code, name):
            dropped.append(code)
            continue
        if len(out) >= keep:
            continue
        fmt = FORMATS[len(out) % 4]
        i = sent.index('{V}')
        text = sent[:i] + v + sent[i + 3:]
        used.append((code, name))
        out.append({'type': TYPE, 'container': fmt + '__' + code, 'text': text,
                    'secrets': [{'value': v, 'start': i, 'end': i + len(v), 'type': TYPE}], 'source': 'prose'})
    return out, dropped, used
