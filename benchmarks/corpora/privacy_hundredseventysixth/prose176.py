"""Prose source: one sentence in each of 40 languages; someone tells a colleague the repair-bench laptop password."""
import random

from common176 import SLOT, JOINERS_SAFE, owner_password, place, record

SEED = 17604
TYPE = "repair_bench_laptop_password_in_message"
FORMATS = [
    ("tuner_van_sms_line", "SMS from Priya (tuner van 2): {s}"),
    ("repair_shop_team_chat_message", "[#repair-bench] Tomás: {s}"),
    ("band_office_email_sentence", "Re: bench laptop\n\n{s}\n\n-- band office"),
    ("luthier_voice_memo_transcript", "Voice memo 00:14 (auto transcript): {s}"),
]
V = SLOT

# (iso639-3, English name, script, sentence with the slot set off by whitespace)
LANGS = [
    ("deu", "German", "Latin", f"Das Passwort für den Laptop an der Reparaturwerkbank ist {V} – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", f"La password del portatile del banco riparazioni è {V} e ti prego di non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", f"A senha do portátil da bancada de reparações é {V} – por favor não a reencaminhes."),
    ("nob", "Norwegian Bokmål", "Latin", f"Passordet til den bærbare PC-en på reparasjonsbenken er {V} – ikke send det videre, er du snill."),
    ("isl", "Icelandic", "Latin", f"Lykilorðið að fartölvunni á viðgerðarborðinu er {V} – vinsamlegast ekki áframsenda það."),
    ("fao", "Faroese", "Latin", f"Loyniorðið til fartelduna við umvælingarborðið er {V} – vinarliga send tað ikki víðari."),
    ("ltz", "Luxembourgish", "Latin", f"D'Passwuert vum Laptop um Reparaturbänk ass {V} – schéck et w.e.g. net weider."),
    ("glg", "Galician", "Latin", f"O contrasinal do portátil da banca de reparacións é {V} e, por favor, non o reenvíes."),
    ("bre", "Breton", "Latin", f"Ger-tremen an urzhiataer hezoug war an daol-dresañ eo {V} – na gas anezhañ da zen all, mar plij."),
    ("gla", "Scottish Gaelic", "Latin", f"Is e {V} am facal-faire airson an laptop aig a' bheing-chàraidh – na cuir air adhart e, mas e do thoil e."),
    ("fry", "Western Frisian", "Latin", f"It wachtwurd fan de laptop by de reparaasjetafel is {V} – stjoer it asjebleaft net troch."),
    ("srp", "Serbian", "Cyrillic", f"Лозинка за лаптоп на радном столу за поправке је {V} – молим те, не прослеђуј је."),
    ("bos", "Bosnian", "Latin", f"Šifra za laptop na stolu za popravke je {V} – molim te, nemoj je nikome prosljeđivati."),
    ("rus", "Russian", "Cyrillic", f"Пароль от ноутбука у ремонтного верстака: {V} – только никому не пересылай, пожалуйста."),
    ("kaz", "Kazakh", "Cyrillic", f"Жөндеу үстеліндегі ноутбуктің құпиясөзі {V} – өтінемін, оны ешкімге жіберме."),
    ("uzb", "Uzbek", "Latin", f"Ta'mirlash stolidagi noutbukning paroli {V} – iltimos, uni hech kimga yuborma."),
    ("tat", "Tatar", "Cyrillic", f"Ремонт өстәле янындагы ноутбукның серсүзе {V} – зинһар, аны беркемгә дә җибәрмә."),
    ("mon", "Mongolian", "Cyrillic", f"Засварын ширээн дээрх зөөврийн компьютерийн нууц үг {V} – хэнд ч бүү дамжуулаарай."),
    ("heb", "Hebrew", "Hebrew", f"הסיסמה של המחשב הנייד בשולחן התיקונים היא {V} – בבקשה אל תעביר אותה הלאה."),
    ("ara", "Arabic", "Arabic", f"كلمة مرور الحاسوب المحمول على طاولة التصليح هي {V} – من فضلك لا ترسلها لأحد."),
    ("hin", "Hindi", "Devanagari", f"रिपेयर बेंच वाले लैपटॉप का पासवर्ड {V} है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", f"মেরামতের টেবিলের ল্যাপটপের পাসওয়ার্ড {V} – দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", f"दुरुस्ती टेबलवरील लॅपटॉपचा पासवर्ड {V} आहे – कृपया तो कोणालाही फॉरवर्ड करू नकोस."),
    ("guj", "Gujarati", "Gujarati", f"રિપેર બેન્ચ પરના લેપટોપનો પાસવર્ડ {V} છે – મહેરબાની કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
    ("tel", "Telugu", "Telugu", f"రిపేర్ బెంచ్ ల్యాప్‌టాప్ పాస్‌వర్డ్ {V} – దయచేసి దీన్ని ఎవరికీ ఫార్వర్డ్ చేయకండి."),
    ("kan", "Kannada", "Kannada", f"ರಿಪೇರಿ ಬೆಂಚ್ ಲ್ಯಾಪ್‌ಟಾಪ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", f"റിപ്പയർ ബെഞ്ചിലെ ലാപ്‌ടോപ്പിന്റെ പാസ്‌വേഡ് {V} ആണ് – ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", f"අලුත්වැඩියා මේසයේ ලැප්ටොප් එකේ මුරපදය {V} – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("khm", "Khmer", "Khmer", f"ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃនៅតុជួសជុលគឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
    ("mya", "Burmese", "Myanmar", f"ပြင်ဆင်ရေးစားပွဲက လက်ပ်တော့ရဲ့ စကားဝှက်က {V} ပါ – ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("jpn", "Japanese", "Japanese", f"修理台のノートPCのパスワードは {V} です。誰にも転送しないでください。"),
    ("kor", "Korean", "Hangul", f"수리 작업대 노트북 비밀번호는 {V} 이에요. 다른 사람한테 전달하지 마세요."),
    ("zho", "Chinese", "Han (simplified)", f"维修台那台笔记本的密码是 {V} ，请不要转发给任何人。"),
    ("msa", "Malay", "Latin", f"Kata laluan komputer riba di meja pembaikan ialah {V} – tolong jangan majukan kepada sesiapa."),
    ("tgl", "Tagalog", "Latin", f"Ang password ng laptop sa repair bench ay {V} – pakiusap, huwag mo itong i-forward kahit kanino."),
    ("hau", "Hausa", "Latin", f"Kalmar sirri ta kwamfutar tafi-da-gidanka da ke teburin gyara ita ce {V} – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", f"Ọ̀rọ̀ aṣínà kọ̀ǹpútà alágbèéká tó wà lórí tábìlì àtúnṣe ni {V} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", f"Iphasiwedi ye-laptop esetafuleni lokulungisa ithi {V} – ngicela ungayidluliseli muntu."),
    ("epo", "Esperanto", "Latin", f"La pasvorto de la tekkomputilo ĉe la ripara laborotablo estas {V} – bonvolu ne plusendi ĝin."),
    ("mlg", "Malagasy", "Latin", f"Ny tenimiafina amin'ny solosaina finday eo amin'ny latabatra fanamboarana dia {V} – aza alefa amin'olona hafa azafady."),
]
SPARES = [("oci", "Occitan"), ("lat", "Latin"), ("xho", "Xhosa"), ("kin", "Kinyarwanda")]


def generate(reg, start_no):
    rng = random.Random(SEED)
    recs = []
    no = start_no
    for i, (code, _name, _script, sentence) in enumerate(LANGS):
        fname, wrap = FORMATS[i % len(FORMATS)]
        pw = reg.draw(lambda: owner_password(rng, JOINERS_SAFE))
        tpl = wrap.replace("{s}", sentence)
        text, s, e = place(tpl, pw)
        recs.append(record("p176-s-%04d" % no, TYPE, fname + "__" + code, text, s, e, "prose"))
        no += 1
    return recs
