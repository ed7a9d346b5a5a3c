"""Prose source: one sentence per language, someone tells a colleague the studio editing-PC password."""
import random

from common238 import password, make_record

SEED = 23804
TYPE = "studio_editing_pc_password_in_message"
FORMATS = ["wedding_crew_chat_line", "lab_counter_sms", "studio_email_sentence", "darkroom_voicemail_transcript"]

# (code, name, script, sentence with {v})
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du PC de retouche du studio est {v} et je préfère que tu ne le donnes à personne."),
    ("ita", "Italian", "Latin", "La password del PC di fotoritocco in studio è {v} e ti prego di non darla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do computador de edição do estúdio é {v} e peço que não a passes a ninguém."),
    ("pol", "Polish", "Latin", "Hasło do komputera do retuszu w studiu to {v} i proszę, nie podawaj go nikomu."),
    ("ces", "Czech", "Latin", "Heslo k retušovacímu počítači ve studiu je {v} a prosím, nikomu ho nedávej."),
    ("dan", "Danish", "Latin", "Adgangskoden til redigeringscomputeren i studiet er {v} og giv den venligst ikke videre."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера для ретуши в студии — {v} и, пожалуйста, никому его не передавай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар за ретуш у студију је {v} и молим те да је никоме не дајеш."),
    ("bos", "Bosnian", "Latin", "Šifra za računar za retuširanje u studiju je {v} i molim te da je nikome ne daješ."),
    ("tur", "Turkish", "Latin", "Stüdyodaki rötuş bilgisayarının şifresi {v} ve lütfen bunu kimseyle paylaşma."),
    ("hin", "Hindi", "Devanagari", "स्टूडियो के एडिटिंग कंप्यूटर का पासवर्ड {v} है, कृपया इसे किसी को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "स्टुडिओमधल्या एडिटिंग संगणकाचा पासवर्ड {v} आहे, कृपया तो कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "સ્ટુડિયોના એડિટિંગ કમ્પ્યુટરનો પાસવર્ડ {v} છે, કૃપા કરીને કોઈને કહેતા નહીં."),
    ("kan", "Kannada", "Kannada", "ಸ್ಟುಡಿಯೋದ ಎಡಿಟಿಂಗ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {v} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "സ്റ്റുഡിയോയിലെ എഡിറ്റിംഗ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {v} ആണ്, ദയവായി ആരോടും പറയരുത്."),
    ("sin", "Sinhala", "Sinhala", "ස්ටුඩියෝවේ එඩිටින් පරිගණකයේ මුරපදය {v} වේ, කරුණාකර එය කිසිවෙකුට නොකියන්න."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer edit di studio adalah {v} dan tolong jangan dibagikan ke siapa pun."),
    ("zsm", "Malay", "Latin", "Kata laluan komputer suntingan di studio ialah {v} dan tolong jangan beri kepada sesiapa."),
    ("kor", "Korean", "Hangul", "스튜디오 보정용 컴퓨터 비밀번호는 {v} 이고, 다른 사람에게는 알려 주지 마세요."),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງຄອມພິວເຕີແຕ່ງຮູບໃນສະຕູດິໂອແມ່ນ {v} ກະລຸນາຢ່າບອກໃຜ."),
    ("mya", "Burmese", "Myanmar", "စတူဒီယိုက ဓာတ်ပုံပြင်တဲ့ ကွန်ပျူတာရဲ့ စကားဝှက်က {v} ပါ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar gyaran hotuna a sutudiyo ita ce {v} kuma don Allah kada ka gaya wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà àtúnṣe fọ́tò ní sítúdíò ni {v} – jọ̀wọ́ má ṣe sọ fún ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yokuhlela izithombe esitudiyo ithi {v} futhi ngicela ungayitsheli muntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yokuhlela iifoto estudiyo lithi {v} kwaye nceda ungaxeleli mntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo gutunganya amafoto muri sitidiyo ni {v} kandi ntuzaribwire undi muntu."),
    ("orm", "Oromo", "Latin", "Jecha darbii kompiitara suuraa gulaalu istuudiyoo keessaa {v} dha, maaloo nama biraaf hin himin."),
    ("tir", "Tigrinya", "Ethiopic", "ናይ ስቱድዮ ናይ ስእሊ ምዕራይ ኮምፒዩተር መሕለፊ ቃል {v} እዩ፣ በጃኻ ንዝኾነ ሰብ ኣይትንገር።"),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafina amin'ny solosaina fanamboarana sary ao amin'ny studio dia {v} ary aza omena olona azafady."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die ateljee se redigeerrekenaar is {v} en moet dit asseblief vir niemand gee nie."),
    ("fry", "Frisian", "Latin", "It wachtwurd fan de bewurkingskompjûter yn 'e studio is {v} en jou it asjebleaft oan gjinien troch."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Retouche-Computer am Studio ass {v} a gëff et w.e.g. kengem weider."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador de retoque do estudio é {v} e pídoche que non llo pases a ninguén."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer an atant a zo {v} ha na roit anezhañ da zen, mar plij."),
    ("gla", "Gaelic", "Latin", "Seo am facal-faire aig coimpiutair deasachaidh an stiùidio: {v} agus na innis do dhuine e."),
    ("fao", "Faroese", "Latin", "Loyniorðið til myndaviðgerðartelduna á studio er {v} og gev tað vinaliga ongum øðrum."),
    ("hye", "Armenian", "Armenian", "Ստուդիայի խմբագրման համակարգչի գաղտնաբառը {v} է, խնդրում եմ ոչ մեկին չասես։"),
    ("uzn", "Uzbek", "Latin", "Studiyadagi tahrirlash kompyuterining paroli {v} va iltimos, uni hech kimga aytma."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери таҳрири акс дар студия {v} аст, лутфан ба касе нагӯ."),
    ("khk", "Mongolian", "Cyrillic", "Студийн зураг засварын компьютерийн нууц үг {v} шүү, хэнд ч битгий хэлээрэй."),
]
SPARES = [("ceb", "Cebuano"), ("hat", "Haitian")]
assert len(LANGS) == 40


def generate(reg, next_id):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(lambda: password(rng, strict=True))
        pre, suf = sent.split("{v}")
        recs.append(make_record(next_id(), TYPE, f"{FORMATS[i % 4]}__{code}", pre, v, suf, "prose"))
    return recs
