"""Prose source: someone tells a colleague the lifeguard-office PC password in a message, 40 languages."""
import random

from common171 import MARK, owner_pw, rec

SEED = 17104
TYPE = "lifeguard_office_pc_password_in_message"
FORMATS = ["head_guard_whatsapp_text", "aquatics_manager_email_line", "pool_tech_sms", "swim_coach_telegram_note"]

# (iso 639-3, English name, sentence with {V}); scripts without spaces get spaces around the value
LANGS = [
    ("por", "Portuguese", "Oi Rita, a senha do computador da sala dos salva-vidas é {V} e por favor não repasse para ninguém."),
    ("ita", "Italian", "Ciao Marco, la password del PC dell'ufficio bagnini è {V} e per favore non inoltrarla a nessuno."),
    ("nob", "Norwegian Bokmål", "Hei Lars, passordet til PC-en på livreddervakta er {V} så ikke send det videre til noen."),
    ("isl", "Icelandic", "Sæll Jón, lykilorðið að tölvunni í sundvarðaherberginu er {V} og ekki áframsenda það."),
    ("fao", "Faroese", "Hey Óli, loyniorðið til telduna í lívbjargarastovuni er {V} og send tað ikki víðari."),
    ("glg", "Galician", "Ola Uxía, o contrasinal do ordenador da sala de socorristas é {V} e por favor non o reenvíes."),
    ("ltz", "Luxembourgish", "Moien Jos, d'Passwuert vum PC am Schwammmeeschter-Büro ass {V} a gitt et w.e.g. net weider."),
    ("fry", "Western Frisian", "Hoi Sjoerd, it wachtwurd fan de kompjûter yn de badmasterskeamer is {V} en stjoer it asjebleaft net troch."),
    ("oci", "Occitan", "Adiu Joan, lo senhal de l'ordenador de la sala dels salvaires es {V} e te prègui de lo mandar pas a degun."),
    ("gla", "Scottish Gaelic", "Halò Iain, 's e am facal-faire airson coimpiutair oifis nan geàrdan-snàmh {V} agus na cuir air adhart e."),
    ("bre", "Breton", "Demat Yann, ar ger-tremen evit urzhiataer burev ar warded-neuñv eo {V} ha na gas ket anezhañ da zen all."),
    ("rus", "Russian", "Привет, Оля, пароль от компьютера в комнате спасателей {V} и, пожалуйста, никому его не пересылай."),
    ("srp", "Serbian", "Ћао Марко, лозинка за рачунар у просторији спасилаца је {V} и немој је никоме прослеђивати."),
    ("bos", "Bosnian", "Zdravo Amra, šifra za računar u prostoriji spasilaca je {V} i molim te ne prosljeđuj je dalje."),
    ("heb", "Hebrew", "היי דנה, הסיסמה למחשב בחדר המצילים היא {V} ובבקשה אל תעבירי אותה לאף אחד."),
    ("arb", "Standard Arabic", "مرحبا سامي، كلمة المرور لحاسوب غرفة المنقذين هي {V} ومن فضلك لا تعد إرسالها لأحد."),
    ("hin", "Hindi", "नमस्ते रवि, लाइफगार्ड रूम के कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी को फॉरवर्ड मत करना।"),
    ("ben", "Bengali", "হাই রিনা, লাইফগার্ড রুমের কম্পিউটারের পাসওয়ার্ড হলো {V} দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "नमस्कार सुमित, लाइफगार्ड खोलीतील संगणकाचा पासवर्ड {V} आहे, कृपया तो कोणालाही पाठवू नकोस."),
    ("guj", "Gujarati", "હાય કિરણ, લાઇફગાર્ડ રૂમના કમ્પ્યુટરનો પાસવર્ડ {V} છે, મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરતા."),
    ("tel", "Telugu", "హాయ్ రాజు, లైఫ్‌గార్డ్ గది కంప్యూటర్ పాస్‌వర్డ్ {V} దయచేసి ఎవరికీ ఫార్వర్డ్ చేయకు."),
    ("kan", "Kannada", "ಹಾಯ್ ಅನು, ಲೈಫ್‌ಗಾರ್ಡ್ ಕೊಠಡಿಯ ಕಂಪ್ಯೂಟರ್ ಪಾಸ್‌ವರ್ಡ್ {V} ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡ."),
    ("mal", "Malayalam", "ഹായ് മനു, ലൈഫ്ഗാർഡ് മുറിയിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "හායි නිමල්, ජීවිතාරක්ෂක කාමරයේ පරිගණකයේ මුරපදය {V} කරුණාකර කාටවත් යවන්න එපා."),
    ("jpn", "Japanese", "佐藤さん、監視員室のパソコンのパスワードは {V} です。他の人には転送しないでください。"),
    ("kor", "Korean", "민수 씨, 안전요원실 컴퓨터 비밀번호는 {V} 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "小王，救生员室电脑的密码是 {V} 请不要转发给任何人。"),
    ("yue", "Cantonese", "阿明，救生員房部電腦嘅密碼係 {V} 唔好轉發俾其他人呀。"),
    ("mya", "Burmese", "ကိုအောင်၊ အသက်ကယ်ဝန်ထမ်းအခန်း ကွန်ပျူတာ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
    ("khm", "Khmer", "សួស្តី ដារ៉ា ពាក្យសម្ងាត់កុំព្យូទ័របន្ទប់អ្នកសង្គ្រោះគឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
    ("tgl", "Tagalog", "Uy Jun, ang password ng computer sa lifeguard room ay {V} kaya huwag mo itong ipasa kahit kanino."),
    ("zsm", "Standard Malay", "Hai Aina, kata laluan komputer bilik penyelamat ialah {V} dan tolong jangan hantar kepada sesiapa."),
    ("jav", "Javanese", "Mas Budi, sandhi komputer ing ruang penjaga kolam yaiku {V} lan aja diterusake menyang sapa-sapa ya."),
    ("yor", "Yoruba", "Bawo Tunde, ọ̀rọ̀ aṣínà kọ̀mpútà yàrá àwọn olùgbàlà ni {V} jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "Hausa", "Sannu Musa, kalmar sirri ta kwamfutar ɗakin masu ceto ita ce {V} don Allah kar ka tura wa kowa."),
    ("zul", "Zulu", "Sawubona Thabo, iphasiwedi yekhompyutha yegumbi labagcini-mpilo ngu {V} ngicela ungayidluliseli kumuntu."),
    ("epo", "Esperanto", "Saluton Petro, la pasvorto de la komputilo en la savnaĝista ĉambro estas {V} kaj bonvolu ne plusendi ĝin."),
    ("kaz", "Kazakh", "Сәлем Айгүл, құтқарушылар бөлмесіндегі компьютердің құпия сөзі {V} ешкімге жіберме."),
    ("uzb", "Uzbek", "Salom Aziz, qutqaruvchilar xonasidagi kompyuter paroli {V} iltimos, uni hech kimga yuborma."),
    ("mri", "Maori", "Kia ora Hemi, ko te kupuhipa mō te rorohiko o te rūma kaitiaki kaukau ko {V} kaua e tukuna ki tētahi atu."),
    # spares
    ("lat", "Latin", "Salve Marce, tessera computatri in conclavi custodum piscinae est {V} quam nemini, quaeso, transmittas."),
    ("kin", "Kinyarwanda", "Muraho Eric, ijambo ry'ibanga rya mudasobwa yo mu cyumba cy'abatabazi ni {V} ntuzarihe undi muntu."),
    ("plt", "Plateau Malagasy", "Salama Rivo, ny teny miafina amin'ny solosaina ao amin'ny efitranon'ny mpamonjy dia {V} ka aza alefa amin'olona."),
    ("tat", "Tatar", "Сәлам Илдар, коткаручылар бүлмәсендәге компьютерның серсүзе {V} беркемгә дә җибәрмә."),
]


def build(reg, start_index, deny, lang_denied_fn, keep=40):
    rng = random.Random(SEED)
    ok, refused = [], []
    for row in LANGS:
        (refused if lang_denied_fn(row[0], row[1], deny) else ok).append(row)
    spares = [r[0] for r in ok[keep:]]
    ok = ok[:keep]
    out = []
    for n, (code, name, sent) in enumerate(ok):
        value = reg.draw(owner_pw, rng, "-_.")
        text = sent.replace("{V}", MARK)
        fmt = FORMATS[n % len(FORMATS)]
        out.append(rec("p171-s-%04d" % (start_index + n), TYPE, "%s__%s" % (fmt, code), text, value, "prose"))
    return out, {"languages": [(r[0], r[1]) for r in ok], "refused": [r[0] for r in refused], "spares": spares}
