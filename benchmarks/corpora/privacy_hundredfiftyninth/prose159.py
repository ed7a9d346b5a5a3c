"""Prose: a person tells a colleague the studio NAS password in 40+ languages."""
import random
from gen159 import *

TYPE = "studio_nas_password_told_in_chat"
FORMATS = ["studio_signal_group_note", "photo_lab_mail_line", "gallery_helpdesk_ticket_comment", "event_crew_sms"]
# (code, English name, sentence with {V})
LANGS = [
 ("por", "Portuguese", "Olá Rita, a senha do NAS do estúdio é {V} , por favor não a reencaminhes."),
 ("ita", "Italian", "Ciao Marco, la password del NAS dello studio è {V} , per favore non inoltrarla."),
 ("nob", "Norwegian Bokmal", "Hei Kari, passordet til studio-NAS-en er {V} , ikke send det videre."),
 ("eus", "Basque", "Kaixo Ane, estudioko NASaren pasahitza {V} da, mesedez ez birbidali."),
 ("cat", "Catalan", "Hola Jordi, la contrasenya del NAS de l'estudi és {V} , si us plau no la reenviïs."),
 ("glg", "Galician", "Ola Uxía, o contrasinal do NAS do estudio é {V} , por favor non o reenvíes."),
 ("gle", "Irish", "Dia duit a Sheáin, is é pasfhocal an NAS sa stiúideo ná {V} , ná seol ar aghaidh é le do thoil."),
 ("gla", "Scottish Gaelic", "Halò a Mhàiri, 's e facal-faire an NAS san stiùidio {V} , na cuir air adhart e."),
 ("bre", "Breton", "Demat Yann, ger-tremen NAS ar studio eo {V} , na gas anezhañ da zen all."),
 ("fao", "Faroese", "Hey Rógvi, loyniorðið til NAS í studio er {V} , vinarliga send tað ikki víðari."),
 ("ltz", "Luxembourgish", "Moien Claude, d'Passwuert vum Studio-NAS ass {V} , schéck et w.e.g. net weider."),
 ("fry", "West Frisian", "Hoi Sjoerd, it wachtwurd fan de studio-NAS is {V} , stjoer it asjebleaft net troch."),
 ("srp", "Serbian", "Ћао Милоше, лозинка за NAS у студију је {V} , молим те немој је прослеђивати."),
 ("bos", "Bosnian", "Zdravo Amra, šifra za NAS u studiju je {V} , molim te nemoj je prosljeđivati."),
 ("rus", "Russian", "Привет, Оля, пароль от NAS в студии {V} , пожалуйста, никому не пересылай."),
 ("kir", "Kyrgyz", "Салам Айбек, студиядагы NAS сырсөзү {V} , эч кимге жөнөтпө."),
 ("tgk", "Tajik", "Салом Фарход, пароли NAS-и студия {V} аст, лутфан ба касе нафирист."),
 ("tuk", "Turkmen", "Salam Merdan, studiýadaky NAS-yň açar sözi {V} , hiç kime ugratma."),
 ("tat", "Tatar", "Сәлам Алсу, студиядагы NAS серсүзе {V} , беркемгә дә җибәрмә."),
 ("khk", "Halh Mongolian", "Сайн уу Бат, студийн NAS-ын нууц үг {V} , хэнд ч бүү дамжуулаарай."),
 ("heb", "Hebrew", "היי נועה, הסיסמה של ה-NAS בסטודיו היא {V} , בבקשה אל תעבירי אותה הלאה."),
 ("ben", "Bengali", "হাই রাহুল, স্টুডিওর NAS-এর পাসওয়ার্ড {V} , দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
 ("guj", "Gujarati", "હાય નિકિતા, સ્ટુડિયોના NAS નો પાસવર્ડ {V} છે, કૃપા કરીને આગળ મોકલશો નહીં."),
 ("kan", "Kannada", "ಹಾಯ್ ಅನಿಲ್, ಸ್ಟುಡಿಯೋ NAS ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡ."),
 ("mal", "Malayalam", "ഹായ് അനു, സ്റ്റുഡിയോ NAS-ന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
 ("hin", "Hindi", "हाय प्रिया, स्टूडियो के NAS का पासवर्ड {V} है, कृपया इसे आगे मत भेजना।"),
 ("khm", "Khmer", "សួស្តី សុភា ពាក្យសម្ងាត់ NAS របស់ស្ទូឌីយោ គឺ {V} សូមកុំបញ្ជូនបន្ត។"),
 ("mya", "Burmese", "ဟိုင်း မောင်မောင် စတူဒီယို NAS စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
 ("zsm", "Malay", "Hai Aisyah, kata laluan NAS studio ialah {V} , tolong jangan kongsikan."),
 ("jav", "Javanese", "Halo Bagus, tembung sandi NAS studio yaiku {V} , aja diterusake menyang sapa-sapa ya."),
 ("sun", "Sundanese", "Halo Asep, kecap sandi NAS studio nyaéta {V} , ulah diteruskeun ka saha waé."),
 ("jpn", "Japanese", "田中さん、スタジオのNASのパスワードは {V} です。転送しないでください。"),
 ("kor", "Korean", "민수 씨, 스튜디오 NAS 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요."),
 ("cmn", "Mandarin Chinese", "小王，工作室 NAS 的密码是 {V} ，请不要转发给别人。"),
 ("hau", "Hausa", "Sannu Musa, kalmar sirrin NAS na sutudiyo ita ce {V} , don Allah kar ka tura wa kowa."),
 ("yor", "Yoruba", "Báwo ni Túndé, ọ̀rọ̀ aṣínà NAS ilé-iṣẹ́ fọ́tò ni {V} , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
 ("ibo", "Igbo", "Ndewo Chidi, okwuntughe NAS nke studio bụ {V} , biko ezigala ya onye ọzọ."),
 ("zul", "Zulu", "Sawubona Thandi, iphasiwedi ye-NAS yesitudiyo ithi {V} , ngicela ungayidluliseli."),
 ("kin", "Kinyarwanda", "Muraho Eric, ijambo ry'ibanga rya NAS ya studio ni {V} , ntawe uyoherereza."),
 ("mlg", "Malagasy", "Salama Hery, ny tenimiafina an'ny NAS ao amin'ny studio dia {V} , aza alefa amin'olona hafa."),
 ("smo", "Samoan", "Talofa Sina, o le upu faalilolilo o le NAS a le studio o le {V} , aua le auina atu i se isi."),
 ("mri", "Maori", "Kia ora Aroha, ko te kupuhipa o te NAS o te taiwhanga ko {V} , kaua e tukuna atu ki tētahi atu."),
 ("epo", "Esperanto", "Saluton Ivo, la pasvorto de la studia NAS estas {V} , bonvolu ne plusendi ĝin."),
 ("oci", "Occitan", "Adiu Joan, lo senhal del NAS de l'estudi es {V} , mandes pas a degun mai."),
 ("roh", "Romansh", "Allegra Curdin, il pled-clav dal NAS dal studio è {V} , per plaschair na al tramettar betg vinavant."),
]

def allowed(code, name, deny):
    langs, words, names = set(deny["langs"]), set(deny["words"]), set(deny["names"])
    if code in langs or code in words or code in names:
        return False
    parts = [name.lower()] + [w.lower() for w in name.split()]
    return not any(p in langs or p in words for p in parts)

def build(seed, reg, deny, limit=40):
    rng = random.Random(seed)
    refused, recs, used = [], [], []
    for code, name, sent in LANGS:
        if not allowed(code, name, deny):
            refused.append(code); continue
        if len(recs) >= limit:
            continue
        p = reg.take(password, rng, "-_.")
        i = sent.index("{V}")
        text = sent.replace("{V}", p)
        fmt = FORMATS[len(recs) % 4]
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": p, "start": i, "end": i + len(p), "type": TYPE}], "source": "prose"})
        used.append((code, name))
    spares = [c for c, n, s in LANGS if allowed(c, n, deny) and c not in [u[0] for u in used]]
    return recs, refused, used, spares
