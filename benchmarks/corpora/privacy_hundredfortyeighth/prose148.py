"""Prose: a cinema colleague tells someone the box-office server password in their own language."""
import random
from gen148 import *

L = [  # (iso639-3, English name, sentence with {V})
 ('ita', 'Italian', 'Ciao Marco, la password del server della biglietteria è {V} — per favore non inoltrarla a nessuno.'),
 ('por', 'Portuguese', 'Oi Ana, a senha do servidor da bilheteria é {V} , por favor não encaminhe para ninguém.'),
 ('nob', 'Bokmal Norwegian', 'Hei Lars, passordet til billettkontor-serveren er {V} – ikke send det videre til noen.'),
 ('isl', 'Icelandic', 'Hæ Gunnar, lykilorðið að miðasöluþjóninum er {V} , vinsamlegast ekki senda það áfram.'),
 ('fao', 'Faroese', 'Hey Jógvan, loyniorðið til miðasølu-ambætaran er {V} , vinarliga send tað ikki víðari.'),
 ('ltz', 'Luxembourgish', 'Moien Claude, d’Passwuert vum Keessserver ass {V} , schéck et w.e.g. net weider.'),
 ('fry', 'Frisian', 'Hoi Sjoerd, it wachtwurd fan de kassa-server is {V} , stjoer it asjebleaft net troch.'),
 ('gla', 'Scottish Gaelic', 'Halò Iain, ’s e {V} am facal-faire airson frithealaiche oifis nan tiocaidean, na cuir air adhart e.'),
 ('bre', 'Breton', 'Demat Yann, ar ger-tremen evit servijer ar gwerzh tikedoù eo {V} , na gas anezhañ da zen all.'),
 ('glg', 'Galician', 'Ola Xoán, o contrasinal do servidor da billeteira é {V} , por favor non llo reenvíes a ninguén.'),
 ('oci', 'Occitan', 'Adiu Pèire, lo senhal del servidor de la bilhetariá es {V} , te prègui de lo mandar pas a degun.'),
 ('rus', 'Russian', 'Привет, Дима, пароль от сервера кассы — {V} , пожалуйста, никому его не пересылай.'),
 ('srp', 'Serbian', 'Ћао Марко, лозинка за сервер благајне је {V} , молим те не прослеђуј је никоме.'),
 ('bos', 'Bosnian', 'Zdravo Amre, šifra za server blagajne je {V} , molim te nemoj je nikome prosljeđivati.'),
 ('kaz', 'Kazakh', 'Сәлем Асхат, билет кассасы серверінің құпия сөзі {V} , оны ешкімге жіберме.'),
 ('uzn', 'Uzbek', 'Salom Javlon, kassa serverining paroli {V} , iltimos, uni hech kimga yuborma.'),
 ('kir', 'Kyrgyz', 'Салам Нурлан, касса серверинин сырсөзү {V} , аны эч кимге жөнөтпө.'),
 ('tgk', 'Tajik', 'Салом Фарҳод, пароли сервери касса {V} аст, лутфан онро ба касе нафиристед.'),
 ('tat', 'Tatar', 'Сәлам Рөстәм, касса серверының серсүзе {V} , аны беркемгә дә җибәрмә.'),
 ('khk', 'Mongolian', 'Сайн уу Бат, тасалбарын кассын серверийн нууц үг {V} , үүнийг хэнд ч бүү дамжуулаарай.'),
 ('hin', 'Hindi', 'नमस्ते राहुल, टिकट खिड़की वाले सर्वर का पासवर्ड {V} है, कृपया इसे किसी को आगे मत भेजना।'),
 ('ben', 'Bengali', 'হাই রাজু, টিকিট কাউন্টারের সার্ভারের পাসওয়ার্ড {V} , দয়া করে কাউকে ফরওয়ার্ড কোরো না।'),
 ('mar', 'Marathi', 'नमस्कार सचिन, तिकीट खिडकीच्या सर्व्हरचा पासवर्ड {V} आहे, कृपया तो कोणालाही पाठवू नकोस.'),
 ('guj', 'Gujarati', 'નમસ્તે કિરણ, ટિકિટ બારીના સર્વરનો પાસવર્ડ {V} છે, કૃપા કરીને કોઈને ફોરવર્ડ ન કરતો.'),
 ('tel', 'Telugu', 'హాయ్ రవి, టికెట్ కౌంటర్ సర్వర్ పాస్‌వర్డ్ {V} , దయచేసి ఎవరికీ ఫార్వర్డ్ చేయకు.'),
 ('kan', 'Kannada', 'ಹಾಯ್ ಸುರೇಶ್, ಟಿಕೆಟ್ ಕೌಂಟರ್ ಸರ್ವರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡ.'),
 ('mal', 'Malayalam', 'ഹായ് അനിൽ, ടിക്കറ്റ് കൗണ്ടർ സെർവറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്.'),
 ('sin', 'Sinhala', 'හායි නිමල්, ටිකට් කවුන්ටර් සර්වරයේ මුරපදය {V} , කරුණාකර කාටවත් යවන්න එපා.'),
 ('mya', 'Burmese', 'ကိုအောင် ရေ၊ လက်မှတ်ရုံ ဆာဗာ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။'),
 ('khm', 'Khmer', 'សួស្តី សុខា ពាក្យសម្ងាត់ម៉ាស៊ីនមេលក់សំបុត្រ គឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។'),
 ('zsm', 'Malay', 'Hai Faiz, kata laluan pelayan kaunter tiket ialah {V} , tolong jangan majukan kepada sesiapa.'),
 ('jav', 'Javanese', 'Halo Mas Budi, sandhi server loket karcis yaiku {V} , aja dikirim menyang sapa-sapa ya.'),
 ('sun', 'Sundanese', 'Halo Kang Asep, kecap akses server loket karcis nyaéta {V} , ulah dikirimkeun ka saha waé nya.'),
 ('ceb', 'Cebuano', 'Hi Jun, ang password sa server sa tiketan kay {V} , palihug ayaw ipasa bisan kang kinsa.'),
 ('hau', 'Hausa', 'Sannu Musa, kalmar sirri ta sabar ofishin tikiti ita ce {V} , don Allah kada ka tura wa kowa.'),
 ('yor', 'Yoruba', 'Báwo Tunde, ọ̀rọ̀ aṣínà sáfà ọ́fíìsì tíkẹ́ẹ̀tì ni {V} , jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni.'),
 ('ibo', 'Igbo', 'Ndeewo Chidi, okwuntughe sava ọfịs tiketi bụ {V} , biko ezigala ya onye ọ bụla.'),
 ('zul', 'Zulu', 'Sawubona Sipho, iphasiwedi yeseva yehhovisi lamathikithi ithi {V} , ngicela ungayidluliseli kumuntu.'),
 ('kin', 'Kinyarwanda', 'Muraho Eric, ijambo ry’ibanga rya seriveri y’itike ni {V} , ntuyoherereze undi muntu.'),
 ('heb', 'Hebrew', 'היי דני, הסיסמה של שרת הקופה היא {V} , בבקשה אל תעביר אותה לאף אחד.'),
 ('kmr', 'Kurmanji Kurdish', 'Silav Azad, şîfreya servera gişeya bilêtan {V} e, ji kerema xwe ji kesî re neşîne.'),
 ('epo', 'Esperanto', 'Saluton Petro, la pasvorto de la biletvendeja servilo estas {V} , bonvolu ne plusendi ĝin al iu ajn.'),
 ('cmn', 'Mandarin Chinese', '小王，售票处服务器的密码是 {V} ，请不要转发给任何人。'),
 ('yue', 'Cantonese', '阿明，售票處伺服器嘅密碼係 {V} ，唔該唔好轉畀任何人。'),
 ('haw', 'Hawaiian', 'Aloha e Keoni, ʻo {V} ka ʻōlelo huna o ke kikowaena keʻena likiki, mai hoʻouna aku i kekahi.'),
 ('mri', 'Maori', 'Kia ora Hemi, ko {V} te kupuhipa o te tūmau tari tīkiti, kaua e tukuna ki tētahi atu.'),
 ('smo', 'Samoan', 'Talofa Sione, o le upu faalilolilo o le server o le ofisa tiketi o le {V} , aua le lafoina i se isi.'),
 ('lat', 'Latin', 'Salve Marce, tessera servitoris tesserarii est {V} ; quaeso ne cuiquam mittas.'),
 ('plt', 'Malagasy', 'Manao ahoana Rija, ny tenimiafina an’ny mpizara biraon’ny tapakila dia {V} , aza alefa amin’olona hafa.'),
 ('sna', 'Shona', 'Mhoro Tendai, password yeseva yehofisi yematikiti ndeye {V} , ndapota usaitumira kune chero munhu.'),
 ('tir', 'Tigrinya', 'ሰላም ዳዊት፡ ናይ ቲኬት ቤት ጽሕፈት ሰርቨር መሕለፊ ቃል {V} እዩ፡ በጃኻ ንዝኾነ ሰብ ኣይትስደዶ።'),
 ('nno', 'Norwegian Nynorsk', 'Hei Olav, passordet til billettkontor-tenaren er {V} – ikkje send det vidare til nokon.'),
]
FORMATS = ['usher_team_telegram_message', 'cinema_ops_mail_line', 'box_office_ticket_comment', 'booth_logbook_entry']
TYPE = 'cinema_box_office_server_password_told_in_words'

def build(reg, lang_ok, want=40):
    r = random.Random(14804)
    out, dropped, spares = [], [], []
    for code, name, tpl in L:
        if not lang_ok(code, name):
            dropped.append(code); continue
        if len(out) >= want:
            spares.append(code); continue
        v = fresh(reg, r, owner_pw)
        text, a, b = place(tpl, v)
        out.append(dict(type=TYPE, container=FORMATS[len(out) % 4] + '__' + code, text=text,
                        secrets=[dict(value=v, start=a, end=b, type=TYPE)], source='prose', _lang=(code, name)))
    return out, dropped, spares
