"""Prose: one sentence in each of 40 languages -- someone tells a colleague the
password of the tyre-hotel office PC and asks them not to forward it."""
import random

from common182 import world_password, span_record

SEED = 18204
TYPE = "tyre_hotel_office_pc_password_in_message"
FORMATS = ["wash_site_radio_handover_transcript", "detailing_crew_group_chat_line",
           "tyre_shop_shift_note_sentence", "fleet_wash_dispatcher_sms"]

# (ISO 639-3, name, script, sentence with «V»)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den Büro-PC im Reifenhotel ist «V» – bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC dell'ufficio del deposito gomme è «V» – per favore non inoltrarla."),
    ("por", "Portuguese", "Latin", "A senha do PC do escritório do hotel de pneus é «V» – por favor, não a reencaminhes."),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til kontor-PC-en på dekkhotellet er «V» – ikke videresend det, er du snill."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador de l'oficina de l'hotel de pneumàtics és «V» – si us plau, no la reenviïs."),
    ("glg", "Galician", "Latin", "O contrasinal do PC da oficina do hotel de pneumáticos é «V» – por favor, non o reenvíes."),
    ("eus", "Basque", "Latin", "Pneumatiko-biltegiko bulegoko ordenagailuaren pasahitza «V» da – mesedez, ez birbidali inori."),
    ("gle", "Irish", "Latin", "Is é «V» an focal faire don ríomhaire oifige san óstán bonn – ná cuir ar aghaidh é, le do thoil."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert fir de Büro-PC am Pneushotel ass «V» – w.e.g. net weiderschécken."),
    ("fao", "Faroese", "Latin", "Loyniorðið til skrivstovutelduna á dekkgoymsluni er «V» – vinarliga send tað ikki víðari."),
    ("bos", "Bosnian", "Latin", "Šifra za kancelarijski računar u hotelu za gume je «V» – molim te, nemoj je prosljeđivati."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за канцеларијски рачунар у хотелу за гуме је «V» – молим те, немој је прослеђивати."),
    ("rus", "Russian", "Cyrillic", "Пароль от офисного компьютера в шинном отеле: «V» – пожалуйста, никому не пересылай."),
    ("kir", "Kyrgyz", "Cyrillic", "Шина сактоочу жайдын кеңсе компьютеринин сырсөзү «V» – сураныч, эч кимге жөнөтпө."),
    ("tat", "Tatar", "Cyrillic", "Шина саклау урынындагы офис компьютерының серсүзе «V» – зинһар, беркемгә дә җибәрмә."),
    ("tgk", "Tajik", "Cyrillic", "Пароли компютери идора дар анбори шинаҳо «V» аст – лутфан, ба касе нафиристед."),
    ("khk", "Mongolian", "Cyrillic", "Дугуйн агуулахын оффисын компьютерын нууц үг «V» – хэнд ч бүү дамжуулаарай."),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב המשרד במחסן הצמיגים היא «V» – בבקשה אל תעביר אותה הלאה."),
    ("kmr", "Northern Kurdish", "Latin", "Şîfreya komputera ofîsê ya depoya lastîkan «V» e – ji kerema xwe wê ji kesî re neşîne."),
    ("pbt", "Pashto", "Arabic", "د ټایرونو د زېرمتون د دفتر کمپیوټر پټنوم «V» دی – مهرباني وکړه بل چا ته یې مه لېږه."),
    ("hin", "Hindi", "Devanagari", "टायर गोदाम के ऑफ़िस पीसी का पासवर्ड «V» है – कृपया इसे आगे मत भेजना।"),
    ("ben", "Bengali", "Bengali", "টায়ার গুদামের অফিস পিসির পাসওয়ার্ড «V» – দয়া করে এটা কাউকে ফরওয়ার্ড কোরো না।"),
    ("guj", "Gujarati", "Gujarati", "ટાયર ગોડાઉનના ઑફિસ પીસીનો પાસવર્ડ «V» છે – કૃપા કરીને આગળ મોકલશો નહીં."),
    ("kan", "Kannada", "Kannada", "ಟೈರ್ ಗೋದಾಮಿನ ಕಚೇರಿ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ «V» – ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ടയർ ഗോഡൗണിലെ ഓഫീസ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് «V» ആണ് – ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("sin", "Sinhala", "Sinhala", "ටයර් ගබඩාවේ කාර්යාල පරිගණකයේ මුරපදය «V» – කරුණාකර එය කාටවත් යවන්න එපා."),
    ("khm", "Khmer", "Khmer", "ពាក្យសម្ងាត់កុំព្យូទ័រការិយាល័យឃ្លាំងកង់ គឺ «V» – សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
    ("mya", "Burmese", "Myanmar", "တာယာဂိုဒေါင်ရုံးခန်း ကွန်ပျူတာ စကားဝှက်က «V» ပါ – ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("jpn", "Japanese", "Japanese (kana and kanji)", "タイヤ保管庫の事務所PCのパスワードは «V» です。ほかの人には転送しないでください。"),
    ("kor", "Korean", "Hangul", "타이어 보관소 사무실 PC 비밀번호는 «V» 입니다 – 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "轮胎仓库办公室电脑的密码是 «V» ，请不要转发给别人。"),
    ("yue", "Cantonese", "Han (traditional)", "輪胎倉辦公室部電腦嘅密碼係 «V» ，唔好轉發俾其他人呀。"),
    ("zsm", "Malay", "Latin", "Kata laluan PC pejabat stor tayar ialah «V» – tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Latin", "Sandhi PC kantor gudang ban yaiku «V» – tulung aja diterusake menyang sapa-sapa."),
    ("ceb", "Cebuano", "Latin", "Ang password sa PC sa opisina sa bodega sa ligid kay «V» – palihug ayaw kini ipasa bisan kinsa."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar ofishin ma'ajiyar taya ita ce «V» – don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ọ́fíìsì ilé ìkẹ́rùsí táyà ni «V» – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi lendawo yokugcina amathayi ithi «V» – ngicela ungayidluliseli kumuntu."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafina amin'ny solosain'ny biraon'ny trano fitehirizana kodiarana dia «V» – aza alefa amin'olona azafady."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la oficeja komputilo en la pneŭ-deponejo estas «V» – bonvolu ne plusendi ĝin."),
]
SPARES = [("mri", "Maori"), ("xho", "Xhosa"), ("gla", "Scottish Gaelic")]


def generate(reg, start_id):
    rng = random.Random(SEED)
    out = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        v = reg.draw(world_password, rng, "-_.")
        k = sent.index("«V»")
        text = sent[:k] + v + sent[k + 3:]
        fmt = FORMATS[i % len(FORMATS)]
        out.append(span_record("p182-s-%04d" % (start_id + i), TYPE, fmt + "__" + code, text, k, k + len(v), "prose"))
    return out
