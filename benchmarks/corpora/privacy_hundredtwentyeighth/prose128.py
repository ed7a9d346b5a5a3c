"""Prose: someone tells a colleague the SCADA historian password (p128)."""
from common128 import *

# (iso639-3, English name, sentence with {V})
L = [
("deu", "German", "Das Passwort für den SCADA-Historian ist {V} bitte nicht weiterleiten."),
("por", "Portuguese", "A senha do historiador SCADA é {V} por favor não encaminhe."),
("ita", "Italian", "La password dello storico SCADA è {V} per favore non inoltrarla."),
("rus", "Russian", "Пароль от SCADA-историка: {V} пожалуйста, никому не пересылай."),
("jpn", "Japanese", "SCADAヒストリアンのパスワードは {V} です。転送しないでください。"),
("kor", "Korean", "SCADA 히스토리언 비밀번호는 {V} 입니다. 전달하지 마세요."),
("cmn", "Mandarin Chinese", "SCADA 历史数据库的密码是 {V} ，请不要转发。"),
("hin", "Hindi", "SCADA हिस्टोरियन का पासवर्ड {V} है, कृपया इसे आगे मत भेजना।"),
("ben", "Bengali", "SCADA হিস্টোরিয়ানের পাসওয়ার্ড {V} দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
("mar", "Marathi", "SCADA हिस्टोरियनचा पासवर्ड {V} आहे, कृपया पुढे पाठवू नका."),
("guj", "Gujarati", "SCADA હિસ્ટોરિયનનો પાસવર્ડ {V} છે, કૃપા કરીને આગળ મોકલશો નહીં."),
("tel", "Telugu", "SCADA హిస్టోరియన్ పాస్‌వర్డ్ {V} దయచేసి ఎవరికీ ఫార్వర్డ్ చేయకండి."),
("kan", "Kannada", "SCADA ಹಿಸ್ಟೋರಿಯನ್ ಪಾಸ್‌ವರ್ಡ್ {V} ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
("mal", "Malayalam", "SCADA ഹിസ്റ്റോറിയന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ഫോർവേഡ് ചെയ്യരുത്."),
("sin", "Sinhala", "SCADA හිස්ටෝරියන් මුරපදය {V} කරුණාකර කාටවත් යවන්න එපා."),
("ind", "Indonesian", "Kata sandi historian SCADA adalah {V} tolong jangan diteruskan."),
("zsm", "Standard Malay", "Kata laluan historian SCADA ialah {V} tolong jangan majukan."),
("jav", "Javanese", "Tembung sandhi historian SCADA yaiku {V} aja diterusake ya."),
("sun", "Sundanese", "Kecap akses historian SCADA nyaeta {V} ulah diteruskeun nya."),
("ceb", "Cebuano", "Ang password sa SCADA historian kay {V} ayaw palihug i-forward."),
("khm", "Khmer", "ពាក្យសម្ងាត់ SCADA historian គឺ {V} សូមកុំបញ្ជូនបន្ត។"),
("mya", "Burmese", "SCADA historian စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
("khk", "Khalkha Mongolian", "SCADA historian-ийн нууц үг {V} бусдад бүү дамжуулаарай."),
("kaz", "Kazakh", "SCADA historian құпиясөзі {V} ешкімге жібермеңізші."),
("uzb", "Uzbek", "SCADA historian paroli {V} iltimos, hech kimga yubormang."),
("tuk", "Turkmen", "SCADA historian paroly {V} haýyş, hiç kime ugratmaň."),
("tat", "Tatar", "SCADA historian серсүзе {V} зинһар, беркемгә дә җибәрмә."),
("heb", "Hebrew", "הסיסמה של ה-SCADA historian היא {V} בבקשה אל תעביר הלאה."),
("kmr", "Northern Kurdish", "Şîfreya SCADA historian {V} e, ji kerema xwe ji kesî re neşîne."),
("hau", "Hausa", "Kalmar sirri ta SCADA historian ita ce {V} don Allah kada ka tura wa kowa."),
("yor", "Yoruba", "Ọ̀rọ̀ aṣínà SCADA historian ni {V} jọ̀ọ́ má ṣe fi ranṣẹ́ sí ẹnikẹ́ni."),
("zul", "Zulu", "Iphasiwedi ye-SCADA historian ithi {V} ngicela ungayidluliseli."),
("sna", "Shona", "Pasiwedhi yeSCADA historian ndeye {V} ndapota usaitumira kune vamwe."),
("nya", "Chichewa", "Mawu achinsinsi a SCADA historian ndi {V} chonde musatumize kwa wina."),
("lug", "Ganda", "Ekigambo ekyekusifu ekya SCADA historian kiri {V} tokiweereza muntu mulala."),
("orm", "Oromo", "Jechi icciitii SCADA historian {V} dha, maaloo namatti hin ergin."),
("tir", "Tigrinya", "ናይ SCADA historian መሕለፊ ቃል {V} እዩ፣ በጃኻ ንሓደ ሰብ ኣይትስደድ።"),
("wol", "Wolof", "Baatu jàll bu SCADA historian mooy {V} bul ko yónnee kenn."),
("isl", "Icelandic", "Lykilorðið að SCADA historian er {V} vinsamlegast ekki áframsenda það."),
("nob", "Norwegian Bokmal", "Passordet til SCADA-historianen er {V} ikke videresend det."),
("ltz", "Luxembourgish", "D'Passwuert fir de SCADA-Historian ass {V} w.e.g. net weiderschécken."),
("fry", "Western Frisian", "It wachtwurd foar de SCADA-historian is {V} stjoer it asjebleaft net troch."),
("glg", "Galician", "O contrasinal do historiador SCADA é {V} por favor non o reenvíes."),
("haw", "Hawaiian", "ʻO ka ʻōlelo huna o ka SCADA historian ʻo {V} mai hoʻouna aku i kekahi."),
("hat", "Haitian Creole", "Modpas SCADA historian lan se {V} tanpri pa voye l bay pèsonn."),
("srp", "Serbian", "Лозинка за SCADA историјан је {V} молим те не прослеђуј."),
("yid", "Yiddish", "דאָס פּאַראָל פֿאַרן SCADA historian איז {V} ביטע שיק עס נישט ווייטער."),
]
FORMATS = ["control_room_chat_line", "plant_operator_mail_line", "utility_helpdesk_ticket_remark", "field_crew_radio_log_note", "outage_bridge_call_transcript"]
SPAN = "historian_password_told_to_colleague"

def build(rng, deny, target=40):
    out, dropped, used = [], [], []
    langset, names = set(deny["langs"]), deny["names_set"]
    words = set(deny["words"])
    for code, name, sent in L:
        bad = code in langset or code in names or name.lower() in langset or any(w in langset or w in words for w in name.lower().split())
        if bad:
            dropped.append(code); continue
        if len(out) >= target:
            dropped.append(code + " (spare)"); continue
        v = owner_pw(rng)
        fmt = FORMATS[len(out) % len(FORMATS)]
        text, s, e = place(sent, v)
        assert text[s - 1] == " " and text[e] == " ", code
        out.append({"type": SPAN, "container": fmt + "__" + code, "text": text, "secrets": [{"value": v, "start": s, "end": e, "type": SPAN}], "source": "prose"})
        used.append((code, name))
    return out, dropped, used, FORMATS, SPAN
