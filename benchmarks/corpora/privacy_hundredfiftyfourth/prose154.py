"""Prose: someone tells a fellow volunteer the archive scanning-PC password (40 languages)."""
from common154 import G, place

TYPE = "archive_scanning_pc_password_told_in_message"
FORMATS = ["family_history_society_whatsapp_note", "archive_volunteer_mail_line", "indexing_project_ticket_comment", "reunion_committee_sms"]

L = [
 ("ita", "Italian", "Ciao Marta, la password del PC di scansione dell'archivio è {V} — per favore non inoltrarla."),
 ("por", "Portuguese", "Olá Rui, a senha do computador de digitalização do arquivo é {V} , por favor não a reencaminhes."),
 ("nob", "Norwegian Bokmål", "Hei Ingrid, passordet til skannemaskinen i arkivet er {V} – ikke send det videre."),
 ("gle", "Irish", "A Shinéad, is é {V} an pasfhocal don ríomhaire scanála sa chartlann; ná seol ar aghaidh é le do thoil."),
 ("gla", "Scottish Gaelic", "A Mhòraig, 's e {V} am facal-faire airson coimpiutair sganaidh an tasglainn; na cuir air adhart e."),
 ("bre", "Breton", "Demat Gwenn, ar ger-tremen evit urzhiataer skanañ an dielloù eo {V} ; na gas ket anezhañ d'an dud all."),
 ("eus", "Basque", "Kaixo Miren, artxiboko eskaner-ordenagailuaren pasahitza {V} da; mesedez, ez birbidali."),
 ("cat", "Catalan", "Hola Jordi, la contrasenya de l'ordinador d'escaneig de l'arxiu és {V} ; si us plau, no la reenviïs."),
 ("glg", "Galician", "Ola Uxía, o contrasinal do ordenador de dixitalización do arquivo é {V} ; por favor, non o reenvíes."),
 ("ltz", "Luxembourgish", "Moien Claude, d'Passwuert vum Scan-PC am Archiv ass {V} – w.e.g. net weiderschécken."),
 ("fao", "Faroese", "Hey Rannvá, loyniorðið til skannaratelduna á skjalasavninum er {V} – send tað ikki víðari."),
 ("fry", "Western Frisian", "Hoi Sjoukje, it wachtwurd fan de scan-kompjûter yn it argyf is {V} – stjoer it net troch."),
 ("rus", "Russian", "Оля, пароль от компьютера для сканирования в архиве: {V} — пожалуйста, никому не пересылай."),
 ("srp", "Serbian", "Ћао Милане, лозинка за рачунар за скенирање у архиву је {V} – немој је прослеђивати."),
 ("bos", "Bosnian", "Zdravo Amra, šifra za računar za skeniranje u arhivu je {V} – molim te, nemoj je prosljeđivati."),
 ("zsm", "Malay", "Hai Aisyah, kata laluan komputer pengimbas di arkib ialah {V} – tolong jangan majukan kepada orang lain."),
 ("jav", "Javanese", "Mas Bayu, tembung sandhi komputer scan ing arsip yaiku {V} , aja diterusake menyang wong liya ya."),
 ("hin", "Hindi", "रीना, अभिलेखागार के स्कैनिंग कंप्यूटर का पासवर्ड {V} है, कृपया इसे आगे मत भेजना।"),
 ("ben", "Bengali", "রুমা, আর্কাইভের স্ক্যানিং কম্পিউটারের পাসওয়ার্ড {V} — দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
 ("guj", "Gujarati", "નીતા, આર્કાઇવના સ્કેનિંગ કમ્પ્યુટરનો પાસવર્ડ {V} છે, મહેરબાની કરીને આગળ મોકલશો નહીં."),
 ("kan", "Kannada", "ಸುಮಾ, ಆರ್ಕೈವ್‌ನ ಸ್ಕ್ಯಾನಿಂಗ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
 ("mal", "Malayalam", "അനു, ആർക്കൈവിലെ സ്കാനിംഗ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
 ("cmn", "Mandarin Chinese", "小林，档案馆扫描电脑的密码是 {V} ，请不要转发给别人。"),
 ("jpn", "Japanese", "佐藤さん、資料館のスキャン用PCのパスワードは {V} です。転送しないでください。"),
 ("kor", "Korean", "지민 씨, 기록관 스캔용 컴퓨터 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요."),
 ("heb", "Hebrew", "נועה, הסיסמה למחשב הסריקה בארכיון היא {V} – בבקשה אל תעבירי אותה הלאה."),
 ("arb", "Arabic", "يا سلمى، كلمة المرور لحاسوب المسح في الأرشيف هي {V} ، من فضلك لا تعيدي إرسالها."),
 ("yor", "Yoruba", "Tunde, ọ̀rọ̀ aṣínà kọ̀mpútà tí a fi ń ṣe scan ní ilé ìpamọ́ ni {V} , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹlòmíràn."),
 ("ibo", "Igbo", "Ngozi, okwuntughe kọmputa scan dị n'ụlọ akwụkwọ ochie bụ {V} , biko ezigala ya onye ọzọ."),
 ("hau", "Hausa", "Aisha, kalmar sirri ta kwamfutar scan a ma'ajiyar tarihi ita ce {V} , don Allah kada ki tura wa wani."),
 ("zul", "Zulu", "Sipho, iphasiwedi yekhompyutha yokuskena emtapweni wezinqolobane ithi {V} , ungayidluliseli komunye."),
 ("kin", "Kinyarwanda", "Aline, ijambo ry'ibanga rya mudasobwa yo gusikana mu bubiko ni {V} , ntukarihereze abandi."),
 ("khm", "Khmer", "សុភា ពាក្យសម្ងាត់កុំព្យូទ័រស្កេននៅបណ្ណសារគឺ {V} សូមកុំបញ្ជូនបន្ត។"),
 ("mya", "Burmese", "မမြ၊ မော်ကွန်းတိုက်ရှိ စကန်ကွန်ပျူတာ၏ စကားဝှက်မှာ {V} ဖြစ်သည်၊ ကျေးဇူးပြု၍ မျှဝေမပို့ပါနှင့်။"),
 ("tgk", "Tajik", "Дилшод, пароли компютери сканкунӣ дар бойгонӣ {V} аст, лутфан ба касе нафирист."),
 ("kir", "Kyrgyz", "Айгүл, архивдеги сканерлөө компьютеринин сырсөзү {V} , эч кимге жөнөтпө."),
 ("tat", "Tatar", "Гөлнара, архивтагы сканерлау компьютерының серсүзе {V} , зинһар, беркемгә дә җибәрмә."),
 ("epo", "Esperanto", "Saluton Klara, la pasvorto de la skana komputilo en la arkivo estas {V} ; bonvolu ne plusendi ĝin."),
 ("mri", "Māori", "Kia ora Aroha, ko te kupuhipa mō te rorohiko matawai i te pūranga ko {V} ; kaua e tukuna atu."),
 ("hat", "Haitian Creole", "Bonjou Woody, modpas òdinatè pou eskane nan achiv la se {V} ; tanpri pa voye l bay lòt moun."),
 # spares
 ("pap", "Papiamento", "Bon dia Shanna, e kontraseña di e kompiuter pa skèn den e archivo ta {V} ; por fabor no manda e pa otro hende."),
 ("sna", "Shona", "Tendai, password yekombiyuta yekuskena kuimba yenhoroondo ndeye {V} , ndapota usaitumira kune vamwe."),
]


def build(reg, seed=15404, refused=lambda code, name: False):
    g = G(seed, reg)
    out, dropped = [], []
    for code, name, tpl in L:
        if refused(code, name):
            dropped.append(code)
            continue
        if len(out) >= 40:
            break
        v = g.password()
        text, s, e = place(tpl, v)
        fmt = FORMATS[len(out) % 4]
        out.append({"type": TYPE, "container": fmt + "__" + code, "text": text, "secrets": [{"value": v, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return out, dropped, [c for c, _, _ in L]
