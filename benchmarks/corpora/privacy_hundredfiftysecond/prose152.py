"""Prose: someone tells a colleague the counter POS computer password in a chat / mail / ticket."""
import random
from gen152 import password, fill

TYPE = 'counter_pos_pc_password_told_in_words'
FORMATS = ['laundromat_telegram_chat_line', 'dryclean_shop_mail_sentence', 'linen_plant_ticket_comment', 'route_shift_whatsapp_voice_to_text']

# (code, English name, sentence with {V})
LANGS = [
    ('por', 'Portuguese', 'Oi Rita, a senha do computador do balcão é {V} — por favor não repasse a ninguém.'),
    ('ita', 'Italian', 'Ciao Marco, la password del computer della cassa è {V} , per favore non inoltrarla a nessuno.'),
    ('nob', 'Norwegian Bokmål', 'Hei Kari, passordet til kassemaskinen er {V} – ikke send det videre til noen.'),
    ('nno', 'Norwegian Nynorsk', 'Hei Ola, passordet til kassamaskina er {V} – ikkje send det vidare til nokon.'),
    ('fao', 'Faroese', 'Hey Jógvan, loyniorðið til kassatelduna er {V} – vinarliga send tað ikki víðari.'),
    ('glg', 'Galician', 'Ola Uxía, o contrasinal do ordenador do mostrador é {V} ; por favor non llo pases a ninguén.'),
    ('ltz', 'Luxembourgish', "Moien Jang, d'Passwuert vum Keesecomputer ass {V} , schéck et w.e.g. net weider."),
    ('fry', 'Western Frisian', 'Hoi Sjoerd, it wachtwurd fan de kassakompjûter is {V} , stjoer it asjebleaft net troch.'),
    ('bre', 'Breton', "Demat Yann, ger-tremen an urzhiataer er c'hontouer eo {V} , na gas anezhañ da zen mar plij."),
    ('gla', 'Scottish Gaelic', "Halò a Mhàiri, 's e {V} am facal-faire airson coimpiutair a' chunntair – na cuir air adhart e."),
    ('srp', 'Serbian', 'Ћао Милоше, лозинка за рачунар на пулту је {V} , молим те не прослеђуј је никоме.'),
    ('bos', 'Bosnian', 'Zdravo Amra, šifra za računar na pultu je {V} , molim te nemoj je nikome prosljeđivati.'),
    ('rus', 'Russian', 'Привет, Оля! Пароль от компьютера на кассе — {V} , пожалуйста, никому не пересылай.'),
    ('kir', 'Kyrgyz', 'Салам Айгүл, кассадагы компьютердин сырсөзү {V} , эч кимге жөнөтпө.'),
    ('tgk', 'Tajik', 'Салом Фарҳод, пароли компютери касса {V} аст, лутфан онро ба касе нафирист.'),
    ('tuk', 'Turkmen', 'Salam Aýna, kassadaky kompýuteriň açar sözi {V} , hiç kime iberme.'),
    ('tat', 'Tatar', 'Сәлам Алсу, кассадагы компьютерның серсүзе {V} , беркемгә дә җибәрмә.'),
    ('heb', 'Hebrew', 'היי דנה, הסיסמה של המחשב בדלפק היא {V} , בבקשה אל תעבירי אותה לאף אחד.'),
    ('hin', 'Hindi', 'नमस्ते राहुल, काउंटर वाले कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।'),
    ('ben', 'Bengali', 'হাই রিয়া, কাউন্টারের কম্পিউটারের পাসওয়ার্ড {V} , দয়া করে কাউকে ফরোয়ার্ড করো না।'),
    ('guj', 'Gujarati', 'નમસ્તે કિરણ, કાઉન્ટરના કમ્પ્યુટરનો પાસવર્ડ {V} છે, કૃપા કરીને કોઈને ફોરવર્ડ ન કરશો.'),
    ('kan', 'Kannada', 'ನಮಸ್ಕಾರ ಸುಮಾ, ಕೌಂಟರ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ.'),
    ('mal', 'Malayalam', 'ഹായ് അനു, കൗണ്ടർ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്.'),
    ('npi', 'Nepali', 'नमस्ते सुनिता, काउन्टरको कम्प्युटरको पासवर्ड {V} हो, कृपया कसैलाई नपठाउनुहोस्।'),
    ('khm', 'Khmer', 'សួស្តី សុខា ពាក្យសម្ងាត់កុំព្យូទ័រនៅបញ្ជរគឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។'),
    ('lao', 'Lao', 'ສະບາຍດີ ນ້ອຍ ລະຫັດຜ່ານຄອມພິວເຕີຢູ່ເຄົາເຕີແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ.'),
    ('mya', 'Burmese', 'မင်္ဂလာပါ ကိုအောင်၊ ကောင်တာကွန်ပျူတာရဲ့ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။'),
    ('zsm', 'Malay', 'Hai Aisyah, kata laluan komputer kaunter ialah {V} , tolong jangan majukan kepada sesiapa.'),
    ('jav', 'Javanese', 'Halo Budi, tembung sandhi komputer kasir yaiku {V} , aja diterusake menyang sapa-sapa ya.'),
    ('ceb', 'Cebuano', 'Hi Lito, ang password sa kompyuter sa counter kay {V} , palihug ayaw ipasa bisan kinsa.'),
    ('jpn', 'Japanese', '田中さん、カウンターのパソコンのパスワードは {V} です。誰にも転送しないでください。'),
    ('kor', 'Korean', '민수 씨, 카운터 컴퓨터 비밀번호는 {V} 입니다. 아무에게도 전달하지 마세요.'),
    ('cmn', 'Mandarin', '小王，柜台电脑的密码是 {V} ，请不要转发给任何人。'),
    ('yue', 'Cantonese', '阿明，櫃面部電腦嘅密碼係 {V} ，唔好轉發俾任何人呀。'),
    ('hau', 'Hausa', 'Sannu Musa, kalmar sirrin kwamfutar kanta ita ce {V} , don Allah kada ka tura wa kowa.'),
    ('yor', 'Yoruba', 'Ẹ n lẹ Tunde, ọ̀rọ̀ aṣínà kọ̀mpútà ibi tábìlì ni {V} , jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni.'),
    ('ibo', 'Igbo', 'Ndewo Chidi, okwuntughe kọmputa dị na kanta bụ {V} , biko ezigala ya onye ọ bụla.'),
    ('zul', 'Zulu', 'Sawubona Thandi, iphasiwedi yekhompyutha esekhawunta ithi {V} , ungayidluliseli kumuntu.'),
    ('xho', 'Xhosa', 'Molo Sipho, igama lokugqitha lekhompyutha ekhawuntara ngu {V} , nceda ungalithumeleli mntu.'),
    ('afr', 'Afrikaans', 'Hallo Pieter, die wagwoord van die toonbankrekenaar is {V} , moet dit asseblief vir niemand aanstuur nie.'),
    ('kin', 'Kinyarwanda', "Muraho Aline, ijambo ry'ibanga rya mudasobwa yo kuri konti ni {V} , ntuzaryoherereze undi muntu."),
    ('mri', 'Maori', 'Kia ora Hemi, ko te kupuhipa mō te rorohiko o te kaute ko {V} , kaua e tukuna ki tētahi atu.'),
    ('epo', 'Esperanto', 'Saluton Klara, la pasvorto de la vendotabla komputilo estas {V} , bonvolu ne plusendi ĝin al iu ajn.'),
    ('hat', 'Haitian Creole', 'Bonjou Jak, modpas òdinatè kontwa a se {V} , tanpri pa voye l bay pèsonn.'),
    ('pap', 'Papiamento', 'Bon dia Maria, e kontraseña di e kòmpiuter na mostrador ta {V} , por fabor no manda e pa ningun hende.'),
    ('tir', 'Tigrinya', 'ሰላም ዳዊት፣ ናይ ካውንተር ኮምፒተር ፓስዎርድ {V} እዩ፣ በጃኻ ንማንም ኣይተሕልፎ።'),
    ('ilo', 'Ilocano', 'Kumusta Ramon, ti password ti kompiuter iti counter ket {V} , pangngaasim ta dimo ipasa iti siasinoman.'),
    ('nds', 'Low German', 'Moin Hinnerk, dat Passwoort för den Kassenreekner is {V} , schick dat bitte nich wieder.'),
    ('sco', 'Scots', 'Hiya Morag, the passwird fir the coonter computer is {V} , dinnae forrit it tae onybody.'),
]


def build(seed, values, lang_entries, readme_words, readme_names, limit=40):
    rng = random.Random(seed)
    kept, dropped = [], []
    for code, name, sent in LANGS:
        bad = code in lang_entries or code in readme_words or code in readme_names
        bad = bad or name.lower() in lang_entries or any(w.lower() in lang_entries or w.lower() in readme_words for w in name.replace('-', ' ').split())
        (dropped if bad else kept).append((code, name, sent))
    used, spare = kept[:limit], [k[0] for k in kept[limit:]]
    recs = []
    for i, (code, name, sent) in enumerate(used):
        v = values.take(lambda: password(rng))
        text, s, e = fill(sent, v)
        recs.append({'type': TYPE, 'container': FORMATS[i % 4] + '__' + code, 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': TYPE}], 'source': 'prose'})
    return recs, [d[0] for d in dropped], spare, [(c, n) for c, n, _ in used]
