"""Prose: someone tells a colleague the baby-room sign-in kiosk password, one sentence per language."""
import random

from common166 import make_span_record, password

SEED = 16604
SPAN_TYPE = "signin_kiosk_password_told_to_colleague"
FORMATS = ["room_leader_signal_message", "nursery_manager_email_line", "parent_app_support_ticket_note", "early_shift_sms"]

# (iso639-3, name, script, sentence with {V})
LANGS = [
    ("por", "Portuguese", "Latin", "Olá Rita, a senha do quiosque de entrada da sala dos bebés é {V} — por favor não a passes a ninguém."),
    ("ita", "Italian", "Latin", "Ciao Marco, la password del chiosco di ingresso della sala lattanti è {V} , per favore non girarla a nessuno."),
    ("glg", "Galician", "Latin", "Ola Brais, o contrasinal do quiosco de entrada da aula dos bebés é {V} , por favor non llo pases a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "Moien Anne, d'Passwuert vum Umeldungs-Kiosk am Bëbeeszëmmer ass {V} , gëff et w.e.g. net weider."),
    ("fry", "West Frisian", "Latin", "Hoi Sietske, it wachtwurd fan de oanmeldkiosk yn de poppekeamer is {V} , jou it asjebleaft net troch."),
    ("isl", "Icelandic", "Latin", "Hæ Gunna, lykilorðið á innskráningarstandinum í ungbarnastofunni er {V} , ekki senda það áfram."),
    ("nob", "Norwegian Bokmal", "Latin", "Hei Kari, passordet til innsjekkingskiosken på babyavdelingen er {V} , ikke send det videre."),
    ("fao", "Faroese", "Latin", "Hey Rói, loyniorðið til innritingarskermin í smábarnastovuni er {V} , send tað ikki víðari."),
    ("gla", "Scottish Gaelic", "Latin", "Haigh a Mhòrag, 's e {V} am facal-faire airson a' bhothain clàraidh ann an seòmar nan leanaban, na cuir air adhart e."),
    ("bre", "Breton", "Latin", "Demat Gwenn, ar ger-tremen evit ar bonn-enskrivañ e sal ar vabigoù eo {V} , na gas anezhañ da zen all."),
    ("epo", "Esperanto", "Latin", "Saluton Klara, la pasvorto de la enskribkiosko en la beba ĉambro estas {V} , bonvolu ne plusendi ĝin."),
    ("srp", "Serbian", "Cyrillic", "Ћао Јелена, лозинка за киоск за пријаву у соби за бебе је {V} , молим те не прослеђуј је никоме."),
    ("bos", "Bosnian", "Latin", "Ćao Amra, šifra za kiosk za prijavu u sobi za bebe je {V} , molim te nemoj je nikome slati."),
    ("rus", "Russian", "Cyrillic", "Привет, Оля, пароль от киоска регистрации в ясельной группе {V} , пожалуйста, никому его не пересылай."),
    ("kaz", "Kazakh", "Cyrillic", "Сәлем, Айгерім, сәбилер бөлмесіндегі тіркеу киоскісінің құпия сөзі {V} , оны ешкімге жіберме."),
    ("uzn", "Uzbek", "Latin", "Salom Dilnoza, chaqaloqlar xonasidagi ro'yxatdan o'tish kioskining paroli {V} , iltimos, uni hech kimga yuborma."),
    ("kir", "Kyrgyz", "Cyrillic", "Салам Айпери, ымыркайлар бөлмөсүндөгү каттоо киоскусунун сырсөзү {V} , аны эч кимге жөнөтпө."),
    ("tgk", "Tajik", "Cyrillic", "Салом Нилуфар, пароли киоски бақайдгирӣ дар хонаи кӯдакони ширхор {V} аст, лутфан онро ба касе нафирист."),
    ("khk", "Halh Mongolian", "Cyrillic", "Сайн уу Сараа, нярайн өрөөний бүртгэлийн киоскийн нууц үг {V} , үүнийг хэнд ч бүү дамжуулаарай."),
    ("tat", "Tatar", "Cyrillic", "Сәлам Гөлнара, сабыйлар бүлмәсендәге теркәү киоскының серсүзе {V} , зинһар, аны беркемгә дә җибәрмә."),
    ("heb", "Hebrew", "Hebrew", "היי נועה, הסיסמה של עמדת הרישום בחדר התינוקות היא {V} , בבקשה אל תעבירי אותה הלאה."),
    ("arb", "Standard Arabic", "Arabic", "مرحبا سارة، كلمة المرور لكشك تسجيل الدخول في غرفة الرضع هي {V} ، من فضلك لا ترسليها لأحد."),
    ("hin", "Hindi", "Devanagari", "नमस्ते प्रिया, बेबी रूम के साइन-इन कियॉस्क का पासवर्ड {V} है, कृपया इसे किसी को आगे मत भेजना।"),
    ("ben", "Bengali", "Bengali", "হাই রিয়া, শিশু কক্ষের সাইন-ইন কিয়স্কের পাসওয়ার্ড {V} , দয়া করে কাউকে পাঠিও না।"),
    ("mar", "Marathi", "Devanagari", "नमस्कार स्नेहा, बाळांच्या खोलीतील साइन-इन कियॉस्कचा पासवर्ड {V} आहे, कृपया तो कोणालाही पुढे पाठवू नकोस."),
    ("guj", "Gujarati", "Gujarati", "નમસ્તે હેતલ, બેબી રૂમના સાઇન-ઇન કિઓસ્કનો પાસવર્ડ {V} છે, કૃપા કરીને કોઈને આગળ મોકલશો નહીં."),
    ("tel", "Telugu", "Telugu", "హాయ్ లక్ష్మి, బేబీ రూమ్ సైన్-ఇన్ కియోస్క్ పాస్‌వర్డ్ {V} , దయచేసి ఎవరికీ పంపవద్దు."),
    ("kan", "Kannada", "Kannada", "ಹಾಯ್ ಅನು, ಮಗುವಿನ ಕೋಣೆಯ ಸೈನ್-ಇನ್ ಕಿಯೋಸ್ಕ್ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ഹായ് അനു, ബേബി റൂമിലെ സൈൻ-ഇൻ കിയോസ്കിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും അയക്കരുത്."),
    ("sin", "Sinhala", "Sinhala", "හායි නිමාලි, ළදරු කාමරයේ ලියාපදිංචි කියෝස්කයේ මුරපදය {V} , කරුණාකර එය කාටවත් යවන්න එපා."),
    ("jpn", "Japanese", "Kana and Kanji", "佐藤さん、乳児室の受付キオスクのパスワードは {V} です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "지은 씨, 영아반 출석 키오스크 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "小王，婴儿室签到机的密码是 {V} ，请不要转发给别人。"),
    ("khm", "Khmer", "Khmer", "សួស្តី សុភា ពាក្យសម្ងាត់របស់ម៉ាស៊ីនចុះឈ្មោះនៅបន្ទប់ទារក គឺ {V} សូមកុំផ្ញើបន្តទៅអ្នកណា។"),
    ("mya", "Burmese", "Myanmar", "မင်္ဂလာပါ သီတာ၊ ကလေးခန်း ဆိုင်းအင် ကီယော့စ် စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
    ("tgl", "Tagalog", "Latin", "Hi Joy, ang password ng sign-in kiosk sa baby room ay {V} , pakiusap huwag mo itong ipasa kahit kanino."),
    ("zsm", "Standard Malay", "Latin", "Hai Aisyah, kata laluan kiosk daftar masuk di bilik bayi ialah {V} , tolong jangan kongsi dengan sesiapa."),
    ("jav", "Javanese", "Latin", "Halo Sri, tembung sandhi kios mlebu ing kamar bayi yaiku {V} , tulung aja diterusake menyang sapa-sapa."),
    ("hau", "Hausa", "Latin", "Sannu Amina, kalmar sirri ta kiosk ɗin shiga a ɗakin jarirai ita ce {V} , don Allah kada ki tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Báwo Fúnmi, ọ̀rọ̀ aṣínà kiosk ìforúkọsílẹ̀ ní yàrá àwọn ọmọ ọwọ́ ni {V} , jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Sawubona Thandi, iphasiwedi yekhiyoski yokungena egumbini lezingane ithi {V} , ngicela ungayidluliseli kumuntu."),
    ("kin", "Kinyarwanda", "Latin", "Muraho Aline, ijambo ry'ibanga rya kiyosike yo kwiyandikisha mu cyumba cy'impinja ni {V} , ntuzarihe undi muntu."),
    ("mlg", "Malagasy", "Latin", "Salama Hery, ny tenimiafina amin'ny kiosk fisoratana ao amin'ny efitranon'ny zazakely dia {V} , aza zaraina amin'olona azafady."),
    ("tir", "Tigrinya", "Ethiopic", "ሰላም ሳባ፣ ናይ ምዝገባ ኪዮስክ ኣብ ክፍሊ ህጻናት መሕለፊ ቃል {V} እዩ፣ በጃኺ ንማንም ኣይተሕልፍዮ።"),
    ("ibo", "Igbo", "Latin", "Ndewo Ada, okwuntughe nke kiosk ndebanye aha n'ime ụlọ ụmụaka bụ {V} , biko ezigala ya onye ọ bụla."),
]


def generate(reg, lang_refused):
    rng = random.Random(SEED)
    out, refused, used = [], [], []
    for code, name, script, sent in LANGS:
        if lang_refused(code, name):
            refused.append(code)
            continue
        if len(used) == 40:
            continue
        used.append((code, name, script))
        val = reg.draw(lambda: password(rng, "-_."))
        text = sent.replace("{V}", val)
        fmt = FORMATS[len(used) % len(FORMATS)]
        out.append(make_span_record(None, SPAN_TYPE, fmt + "__" + code, text, val, "prose"))
    spares = [c for c, n, s, t in LANGS if c not in refused and c not in [u[0] for u in used]]
    return out, refused, used, spares
