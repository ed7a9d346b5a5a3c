"""Prose: someone tells a colleague the reception-PC password in 40 languages."""
import random

from common214 import MARK, owner_password, place

SEED = 21404
TYPE = "reception_pc_password_in_message"
FORMATS = ["staffroom_chat_line", "exam_office_sms", "dos_email_sentence", "reception_voicemail_transcript"]

# (iso 639-3, English name, script, sentence with {P})
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Rezeptions-PC ist {P} – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC della reception è {P} e ti prego di non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do computador da receção é {P} e, por favor, não a reencaminhes."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador de recepció és {P} i, si us plau, no la reenviïs."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da recepción é {P} e, por favor, non o reenvíes."),
    ("eus", "Basque", "Latin", "Harrerako ordenagailuaren pasahitza {P} da, mesedez ez diozu inori birbidali."),
    ("gle", "Irish", "Latin", "Is é {P} an pasfhocal don ríomhaire ag an bhfáiltiú, ná seol ar aghaidh é le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {P} am facal-faire airson a' choimpiutair aig an ionad-fàilte, na cuir air adhart e."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert fir de Computer op der Receptioun ass {P} – w.e.g. net weiderschécken."),
    ("fao", "Faroese", "Latin", "Loyniorðið til teldnuna í móttøkuni er {P} – vinarliga send tað ikki víðari."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til PC-en i resepsjonen er {P} – ikke videresend det til noen."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар на рецепцији је {P} – молим те да је никоме не прослеђујеш."),
    ("bos", "Bosnian", "Latin", "Šifra za računar na recepciji je {P} – molim te da je nikome ne prosljeđuješ."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера на ресепшене: {P} — пожалуйста, никому его не пересылай."),
    ("hin", "Hindi", "Devanagari", "रिसेप्शन वाले कंप्यूटर का पासवर्ड {P} है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "রিসেপশনের কম্পিউটারের পাসওয়ার্ড হলো {P} — দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
    ("mar", "Marathi", "Devanagari", "रिसेप्शनच्या संगणकाचा पासवर्ड {P} आहे, कृपया तो कोणालाही फॉरवर्ड करू नकोस."),
    ("guj", "Gujarati", "Gujarati", "રિસેપ્શનના કમ્પ્યુટરનો પાસવર્ડ {P} છે, મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરતા."),
    ("kan", "Kannada", "Kannada", "ರಿಸೆಪ್ಷನ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {P} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "റിസപ്ഷനിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {P} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "රිසෙප්ෂන් පරිගණකයේ මුරපදය {P} යි, කරුණාකර එය කාටවත් යවන්න එපා."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រនៅកន្លែងទទួលភ្ញៀវគឺ {P} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
    ("mya", "Burmese", "Myanmar", "ဧည့်ကြိုကောင်တာ ကွန်ပျူတာရဲ့ စကားဝှက်က {P} ပါ၊ ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan komputer di kaunter penyambut tetamu ialah {P} – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Tembung sandhi komputer resepsionis yaiku {P} – aja diterusake menyang sapa-sapa ya."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "前台电脑的密码是 {P} ，请不要转发给别人。"),
    ("yue", "Cantonese", "Han (traditional)", "前台部電腦嘅密碼係 {P} ，唔好轉發俾其他人呀。"),
    ("jpn", "Japanese", "Han + kana", "受付のパソコンのパスワードは {P} です。誰にも転送しないでください。"),
    ("kor", "Korean", "Hangul", "안내데스크 컴퓨터 비밀번호는 {P} 입니다. 다른 사람에게 전달하지 마세요."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה של המחשב בקבלה היא {P} – בבקשה אל תעביר אותה הלאה."),
    ("uzn", "Northern Uzbek", "Latin", "Qabulxonadagi kompyuterning paroli {P} – iltimos, uni hech kimga yuborma."),
    ("kir", "Kyrgyz", "Cyrillic", "Кабыл алуу бөлмөсүндөгү компьютердин сырсөзү {P} – суранам, эч кимге жөнөтпө."),
    ("khk", "Halh Mongolian", "Cyrillic", "Хүлээн авахын компьютерийн нууц үг {P} – хэнд ч бүү дамжуулаарай."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar karɓar baƙi ita ce {P} – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà ìgbàlejò ni {P} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasemtatsheni ithi {P} – ngicela ungayidluliseli kunoma ubani."),
    ("xho", "Xhosa", "Latin", "Igama lokugqithisa lekhompyutha yolwamkelo lithi {P} – nceda ungalithumeli kumntu."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la akceptej-komputilo estas {P} – bonvolu ne plusendi ĝin al iu ajn."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo kwakira abashyitsi ni {P} – ndakwinginze ntuyoherereze undi muntu."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери қабулгоҳ {P} аст – лутфан онро ба касе нафирист."),
]
SPARES = [
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer an degemer eo {P} – na gas anezhañ da zen, mar plij."),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa nnabata bụ {P} – biko ezigala ya onye ọzọ."),
]


def build(reg):
    assert len(LANGS) == 40
    rng = random.Random(SEED)
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        text, s, e = place(sent.replace("{P}", MARK), pw)
        out.append((TYPE, "%s__%s" % (FORMATS[i % 4], code), text, s, e))
    return out
