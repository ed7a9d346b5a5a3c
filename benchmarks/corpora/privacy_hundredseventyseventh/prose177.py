"""Prose source: someone tells a colleague the stone-yard office PC password, 40 languages."""
import random

from common177 import MARK, owner_password, fill

SEED = 17704
TYPE = "yard_office_pc_password_in_message"
FORMATS = ["mason_crew_sms_line", "heritage_team_chat_message", "site_manager_email_sentence",
           "yard_voicemail_transcript"]

# code, name, script, sentence ({V} = the value, always with whitespace on both sides)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Büro-PC im Steinlager ist {V} und bitte leite es an niemanden weiter."),
    ("ita", "Italian", "Latin", "La password del PC dell'ufficio del deposito pietre è {V} e ti prego di non inoltrarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do PC do escritório do pátio de pedra é {V} e, por favor, não a reencaminhes a ninguém."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в конторе камнесклада {V} — пожалуйста, никому его не пересылай."),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "石置き場の事務所PCのパスワードは {V} なので、誰にも転送しないでください。"),
    ("kor", "Korean", "Hangul", "석재 야적장 사무실 PC 비밀번호는 {V} 이니까 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "石料堆场办公室电脑的密码是 {V} ，请不要转发给别人。"),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב במשרד של מגרש האבנים היא {V} ובבקשה אל תעביר אותה לאף אחד."),
    ("hin", "Hindi", "Devanagari", "पत्थर यार्ड के दफ़्तर वाले कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "Bengali", "পাথর ইয়ার্ডের অফিসের কম্পিউটারের পাসওয়ার্ড হলো {V} তবে দয়া করে এটা কাউকে ফরওয়ার্ড করবেন না।"),
    ("guj", "Gujarati", "Gujarati", "પથ્થર યાર્ડની ઓફિસના કમ્પ્યુટરનો પાસવર્ડ {V} છે, મહેરબાની કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
    ("kan", "Kannada", "Kannada", "ಕಲ್ಲು ಯಾರ್ಡ್ ಕಚೇರಿಯ ಕಂಪ್ಯೂಟರ್ ಪಾಸ್‌ವರ್ಡ್ {V} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "കല്ല് യാർഡ് ഓഫീസിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "ගල් අංගනයේ කාර්යාල පරිගණකයේ මුරපදය {V} වන අතර කරුණාකර එය කිසිවෙකුට යොමු නොකරන්න."),
    ("mya", "Burmese", "Myanmar", "ကျောက်တုံးခြံ ရုံးခန်း ကွန်ပျူတာ စကားဝှက်က {V} ဖြစ်ပါတယ်၊ ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រការិយាល័យឃ្លាំងថ្មគឺ {V} សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់ឡើយ។"),
    ("zsm", "Malay", "Latin", "Kata laluan PC pejabat di laman batu ialah {V} dan tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Tembung sandhi PC kantor ing gudang watu yaiku {V} lan aja diterusake marang sapa-sapa ya."),
    ("ceb", "Cebuano", "Latin", "Ang password sa PC sa opisina sa tapokanan sa bato kay {V} ug palihug ayaw kini ipasa bisan kang kinsa."),
    ("hau", "Hausa", "Latin", "Kalmar sirrin kwamfutar ofishin farfajiyar duwatsu ita ce {V} don Allah kada ka tura ta ga kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì àgbàlá òkúta ni {V} jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi lasegcekeni lamatshe ithi {V} ngicela ungayidluliseli kumuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yeofisi yeyadi yamatye ngu {V} nceda ungalithumeli nakubani."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo mu biro by'imbuga y'amabuye ni {V} ndakwinginze ntuzarihereze undi muntu."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafin'ny solosaina ao amin'ny biraon'ny tokotanin'ny vato dia {V} ary aza alefa amin'olona azafady."),
    ("eus", "Basque", "Latin", "Harri-biltegiko bulegoko ordenagailuaren pasahitza {V} da, mesedez ez bidali inori."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador de l'oficina del pati de pedra és {V} i, si us plau, no la reenviïs a ningú."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina do almacén de pedra é {V} e, por favor, non o reenvíes a ninguén."),
    ("gle", "Irish", "Latin", "Is é pasfhocal ríomhaire oifig an chlóis chloiche ná {V} agus ná seol ar aghaidh chuig aon duine é, le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "'S e facal-faire coimpiutair oifis a' ghàrraidh chloiche {V} agus na cuir air adhart e gu duine sam bith."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer burev al leurenn-vein eo {V} ha na gas ket anezhañ da zen, mar plij."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Büro-PC um Steeplaz ass {V} a schéck et w.e.g. kengem weider."),
    ("fry", "West Frisian", "Latin", "It wachtwurd fan de kantoar-PC op it stienterrein is {V} en stjoer it asjebleaft net troch."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kontor-PC-en på steinlageret er {V} og vær så snill å ikke videresende det."),
    ("fao", "Faroese", "Latin", "Loyniorðið til skrivstovuteldina á steinplássinum er {V} og vinarliga send tað ikki víðari."),
    ("bos", "Bosnian", "Latin", "Lozinka za računar u kancelariji skladišta kamena je {V} i molim te nemoj je nikome prosljeđivati."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у канцеларији стоваришта камена је {V} и молим те немој је никоме прослеђивати."),
    ("khk", "Mongolian", "Cyrillic", "Чулууны талбайн оффисын компьютерийн нууц үг {V} тул хэнд ч бүү дамжуулаарай."),
    ("kir", "Kyrgyz", "Cyrillic", "Таш короосундагы кеңсенин компьютеринин сырсөзү {V} болот, аны эч кимге жөнөтпө."),
    ("tgk", "Tajik", "Cyrillic", "Рамзи компютери идораи анбори санг {V} аст, лутфан онро ба касе нафиристед."),
]
SPARES = [("tat", "Tatar"), ("epo", "Esperanto"), ("lat", "Latin"), ("hat", "Haitian Creole")]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        val = reg.draw(lambda: owner_password(rng, "-_."))
        text, s, e = fill(sent.replace("{V}", MARK), val)
        recs.append({"type": TYPE, "container": FORMATS[i % 4] + "__" + code, "text": text,
                     "secrets": [{"value": val, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return recs
