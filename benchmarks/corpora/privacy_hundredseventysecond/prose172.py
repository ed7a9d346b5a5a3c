"""Prose: someone tells a colleague the lesson-booking admin password, one sentence per language."""
import random

from common172 import SLOT as V, owner_pw, positive

SEED = 17204
TYPE = "lesson_booking_password_told_in_chat"
FORMATS = ["instructor_sms_line", "school_office_email_sentence", "learner_support_ticket_note",
           "driving_school_group_chat"]

# (iso639-3, English name, script, confidence, sentence)
LANGS = [
    ("por", "Portuguese", "Latin", "fair", f"Oi, a senha do painel de marcação de aulas é {V} por enquanto, não a reencaminhes a ninguém."),
    ("ita", "Italian", "Latin", "fair", f"Ciao, la password del gestionale delle guide è {V} da oggi, per favore non inoltrarla a nessuno."),
    ("cat", "Catalan", "Latin", "fair", f"Hola, la contrasenya del programa de reserves de classes és {V} des d'avui, no la reenviïs a ningú, si us plau."),
    ("glg", "Galician", "Latin", "modest", f"Ola, o contrasinal do sistema de reservas de clases é {V} desde hoxe, non o reenvíes a ninguén."),
    ("eus", "Basque", "Latin", "low", f"Kaixo, klaseen erreserba-sistemaren pasahitza {V} da gaurtik, mesedez ez bidali inori."),
    ("gle", "Irish", "Latin", "low", f"Dia duit, is é {V} an focal faire don chóras áirithinte ceachtanna, ná seol ar aghaidh é chuig aon duine."),
    ("gla", "Scottish Gaelic", "Latin", "low", f"Halò, 's e {V} am facal-faire airson siostam glèidhidh nan leasan, na cuir air adhart e gu duine sam bith."),
    ("ltz", "Luxembourgish", "Latin", "modest", f"Moien, d'Passwuert fir de Buchungssystem vun de Fuerstonnen ass {V} vun haut un, schéck et w.e.g. kengem weider."),
    ("fao", "Faroese", "Latin", "low", f"Hey, loyniorðið til bílegging av koyritímum er {V} frá í dag, send tað ikki víðari til nakran."),
    ("nob", "Norwegian Bokmål", "Latin", "fair", f"Hei, passordet til timebestillingssystemet er {V} fra i dag, ikke send det videre til noen."),
    ("rus", "Russian", "Cyrillic", "fair", f"Привет, пароль от системы записи на занятия — {V} с сегодняшнего дня, пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Cyrillic", "modest", f"Здраво, лозинка за систем за заказивање часова је {V} од данас, молим те не прослеђуј је никоме."),
    ("bos", "Bosnian", "Latin", "modest", f"Zdravo, šifra za sistem za rezervaciju časova je {V} od danas, molim te nemoj je nikome prosljeđivati."),
    ("heb", "Hebrew", "Hebrew", "modest", f"היי, הסיסמה למערכת הזמנת השיעורים היא {V} מהיום, בבקשה אל תעביר אותה לאף אחד."),
    ("hin", "Hindi", "Devanagari", "modest", f"नमस्ते, ड्राइविंग क्लास बुकिंग सिस्टम का पासवर्ड {V} है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "low", f"হাই, ক্লাস বুকিং সিস্টেমের পাসওয়ার্ড {V} আজ থেকে, দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("guj", "Gujarati", "Gujarati", "low", f"નમસ્તે, ક્લાસ બુકિંગ સિસ્ટમનો પાસવર્ડ {V} છે, મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરશો."),
    ("kan", "Kannada", "Kannada", "low", f"ನಮಸ್ಕಾರ, ಕ್ಲಾಸ್ ಬುಕಿಂಗ್ ಸಿಸ್ಟಮ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "low", f"ഹായ്, ക്ലാസ് ബുക്കിംഗ് സിസ്റ്റത്തിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "low", f"ආයුබෝවන්, පන්ති වෙන්කිරීමේ පද්ධතියේ මුරපදය {V} වේ, කරුණාකර එය කිසිවෙකුට යොමු නොකරන්න."),
    ("khm", "Khmer", "Khmer", "low", f"សួស្តី ពាក្យសម្ងាត់សម្រាប់ប្រព័ន្ធកក់ម៉ោងរៀនបើកបរគឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់ឡើយ។"),
    ("mya", "Burmese", "Myanmar", "low", f"မင်္ဂလာပါ၊ သင်တန်းချိန်းဆိုစနစ်ရဲ့ စကားဝှက်က {V} ဖြစ်ပါတယ်၊ ဘယ်သူ့ကိုမှ ထပ်မပို့ပါနဲ့။"),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "modest", f"お疲れさまです、教習予約システムのパスワードは {V} です、他の人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "modest", f"안녕하세요, 강습 예약 시스템 비밀번호는 {V} 입니다, 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "modest", f"你好，练车预约系统的密码是 {V} 从今天起生效，请不要转发给任何人。"),
    ("yue", "Cantonese", "Han (traditional)", "low", f"喂，學車預約系統嘅密碼係 {V} 由今日開始，唔好轉發俾任何人呀。"),
    ("zsm", "Malay", "Latin", "fair", f"Hai, kata laluan sistem tempahan kelas memandu ialah {V} mulai hari ini, tolong jangan kongsikan dengan sesiapa."),
    ("jav", "Javanese", "Latin", "low", f"Halo, sandhi sistem pesenan kelas nyetir yaiku {V} wiwit dina iki, aja diterusake marang sapa-sapa ya."),
    ("ceb", "Cebuano", "Latin", "low", f"Hi, ang password sa sistema sa pag-book sa klase kay {V} sugod karon, palihug ayaw ipasa bisan kang kinsa."),
    ("hau", "Hausa", "Latin", "low", f"Sannu, kalmar sirri ta tsarin ajiyar darussan tuki ita ce {V} daga yau, don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "low", f"Báwo, ọ̀rọ̀ aṣínà fún ètò ìforúkọsílẹ̀ ẹ̀kọ́ awakọ̀ ni {V} láti òní, jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "low", f"Sawubona, iphasiwedi yohlelo lokubhukha izifundo zokushayela ithi {V} kusukela namuhla, ungayidluliseli kunoma ubani."),
    ("kin", "Kinyarwanda", "Latin", "low", f"Muraho, ijambo ry'ibanga rya sisitemu yo kwiyandikisha amasomo yo gutwara ni {V} guhera uyu munsi, ntuzarihe undi muntu."),
    ("khk", "Mongolian", "Cyrillic", "low", f"Сайн уу, жолооны хичээлийн захиалгын системийн нууц үг {V} болсон, хэнд ч битгий дамжуулаарай."),
    ("tgk", "Tajik", "Cyrillic", "low", f"Салом, пароли системаи сабти дарсҳои ронандагӣ {V} аст, лутфан онро ба касе нафиристед."),
    ("kir", "Kyrgyz", "Cyrillic", "low", f"Салам, айдоочулук сабактарына жазылуу системасынын сырсөзү {V} болду, эч кимге жөнөтпө."),
    ("epo", "Esperanto", "Latin", "fair", f"Saluton, la pasvorto de la rezervsistemo por stirlecionoj estas {V} ekde hodiaŭ, bonvolu ne plusendi ĝin al iu ajn."),
    ("hat", "Haitian Creole", "Latin", "low", f"Bonjou, modpas sistèm rezèvasyon leson kondui a se {V} depi jodi a, tanpri pa voye l bay pèsonn."),
    ("mri", "Maori", "Latin", "low", f"Kia ora, ko {V} te kupuhipa mō te pūnaha tāpui akoranga taraiwa mai i tēnei rā, kaua e tukuna ki tētahi atu."),
    ("smo", "Samoan", "Latin", "low", f"Talofa, o le upu faataga mo le polokalame e tusi ai vasega aveta'avale o {V} amata i le aso, aua le lafoina i se isi."),
    # spares
    ("tat", "Tatar", "Cyrillic", "low", f"Сәлам, йөртү дәресләренә язылу системасының серсүзе {V} бүгеннән, зинһар, беркемгә дә җибәрмә."),
    ("ibo", "Igbo", "Latin", "low", f"Ndewo, okwuntughe maka usoro ndebanye aha klaasị ịnya ụgbọ ala bụ {V} site taa, biko ezigala ya onye ọ bụla."),
    ("sun", "Sundanese", "Latin", "low", f"Halo, kecap akses sistem pesenan kelas nyetir nyaéta {V} ti dinten ieu, punten ulah diteraskeun ka saha waé."),
]


def select(deny, lang_hits):
    kept, dropped = [], []
    for l in LANGS:
        (dropped if lang_hits(l[0], l[1], deny) else kept).append(l)
    return kept[:40], kept[40:], dropped


def generate(reg, chosen):
    rng = random.Random(SEED)
    out = []
    for i, (code, _name, _script, _conf, sent) in enumerate(chosen):
        val = reg.draw(lambda: owner_pw(rng, safe=True))
        fmt = FORMATS[i % len(FORMATS)]
        out.append(positive("tmp", TYPE, fmt + "__" + code, sent, val, "prose"))
    return out
