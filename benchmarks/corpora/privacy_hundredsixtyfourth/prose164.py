"""Prose records: a colleague is told the booking back-office admin password, 40 languages."""
import random
from common164 import password, place, span_record

SEED = 16404
SPAN_TYPE = "booking_backoffice_password_shared_in_chat"
FORMATS = ["front_desk_whatsapp_message", "spa_manager_email_sentence", "salon_it_ticket_comment",
           "stylist_sms_text"]

# (iso 639-3 code, English name, sentence with «V»)
LANGS = [
    ("ita", "Italian", "Ciao, la password dell'amministratore del gestionale prenotazioni è «V» , per favore non inoltrarla a nessuno."),
    ("por", "Portuguese", "Olá, a senha de administrador do sistema de marcações é «V» , por favor não a reencaminhes a ninguém."),
    ("cat", "Catalan", "Hola, la contrasenya d'administrador del sistema de reserves és «V» , si us plau no la reenviïs a ningú."),
    ("glg", "Galician", "Ola, o contrasinal de administrador do sistema de reservas é «V» , por favor non o reenvíes a ninguén."),
    ("eus", "Basque", "Kaixo, erreserba-sistemako administratzailearen pasahitza «V» da, mesedez ez bidali inori."),
    ("nob", "Norwegian Bokmål", "Hei, administratorpassordet til bookingsystemet er «V» , ikke send det videre til noen."),
    ("gle", "Irish", "Dia duit, is é pasfhocal riarthóra an chórais áirithinte ná «V» , ná cuir ar aghaidh é chuig aon duine le do thoil."),
    ("gla", "Scottish Gaelic", "Halò, 's e facal-faire an rianaire airson an t-siostam glèidhidh «V» , na cuir air adhart e gu duine sam bith."),
    ("ltz", "Luxembourgish", "Moien, d'Administrateurpasswuert fir de Reservéierungssystem ass «V» , schéck et w.e.g. net weider."),
    ("fry", "Western Frisian", "Hoi, it behearderswachtwurd fan it reservearringssysteem is «V» , stjoer it asjebleaft net troch."),
    ("srp", "Serbian", "Здраво, администраторска лозинка за систем за заказивање је «V» , молим те не прослеђуј је никоме."),
    ("bos", "Bosnian", "Zdravo, administratorska lozinka za sistem za rezervacije je «V» , molim te nemoj je nikome proslijediti."),
    ("rus", "Russian", "Привет, пароль администратора системы записи — «V» , пожалуйста, никому его не пересылай."),
    ("heb", "Hebrew", "היי, הסיסמה של מנהל מערכת התורים היא «V» , בבקשה אל תעביר אותה לאף אחד."),
    ("jpn", "Japanese", "お疲れさまです、予約システムの管理者パスワードは «V» です。誰にも転送しないでください。"),
    ("kor", "Korean", "안녕하세요, 예약 시스템 관리자 비밀번호는 «V» 입니다. 아무에게도 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "你好，预约系统的管理员密码是 «V» ，请不要转发给任何人。"),
    ("yue", "Cantonese", "喂，預約系統嘅管理員密碼係 «V» ，唔好轉發畀任何人呀。"),
    ("hin", "Hindi", "नमस्ते, बुकिंग सिस्टम का एडमिन पासवर्ड «V» है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "Bengali", "হ্যালো, বুকিং সিস্টেমের অ্যাডমিন পাসওয়ার্ড হলো «V» , দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
    ("guj", "Gujarati", "નમસ્તે, બુકિંગ સિસ્ટમનો એડમિન પાસવર્ડ «V» છે, કૃપા કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
    ("kan", "Kannada", "ನಮಸ್ಕಾರ, ಬುಕಿಂಗ್ ಸಿಸ್ಟಮ್‌ನ ಅಡ್ಮಿನ್ ಪಾಸ್‌ವರ್ಡ್ «V» , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "ഹലോ, ബുക്കിംഗ് സിസ്റ്റത്തിന്റെ അഡ്മിൻ പാസ്‌വേഡ് «V» ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("khm", "Khmer", "សួស្តី ពាក្យសម្ងាត់អ្នកគ្រប់គ្រងប្រព័ន្ធកក់ គឺ «V» សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
    ("mya", "Burmese", "မင်္ဂလာပါ၊ ဘိုကင်စနစ်ရဲ့ အက်ဒမင် စကားဝှက်က «V» ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
    ("zsm", "Malay", "Hai, kata laluan pentadbir sistem tempahan ialah «V» , tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Halo, tembung sandhi admin sistem pesenan yaiku «V» , tulung aja diterusake menyang sapa-sapa."),
    ("sun", "Sundanese", "Halo, kecap konci admin sistem pesenan nyaéta «V» , punten ulah diteruskeun ka saha waé."),
    ("hau", "Hausa", "Sannu, kalmar sirri ta mai gudanarwa na tsarin ajiyar lokaci ita ce «V» , don Allah kar ka tura wa kowa."),
    ("yor", "Yoruba", "Ẹ n lẹ, ọ̀rọ̀ aṣínà alábòójútó ètò ìforúkọsílẹ̀ ni «V» , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("zul", "Zulu", "Sawubona, iphasiwedi yomphathi wesistimu yokubhuka ithi «V» , ngicela ungayidluliseli kumuntu."),
    ("mlg", "Malagasy", "Salama, ny tenimiafin'ny mpitantana ny rafitra famandrihana dia «V» , aza alefa amin'olona azafady."),
    ("epo", "Esperanto", "Saluton, la administra pasvorto de la rezervsistemo estas «V» , bonvolu ne plusendi ĝin al iu ajn."),
    ("tgk", "Tajik", "Салом, пароли администратори системаи қайдгирӣ «V» аст, лутфан онро ба касе нафиристед."),
    ("kir", "Kyrgyz", "Салам, брондоо системасынын администратор сырсөзү «V» , эч кимге жөнөтпө сураныч."),
    ("khk", "Halh Mongolian", "Сайн уу, захиалгын системийн админ нууц үг нь «V» , хэнд ч бүү дамжуулаарай."),
    ("tat", "Tatar", "Сәлам, язылу системасы администраторының серсүзе «V» , зинһар, аны беркемгә дә җибәрмә."),
    ("hat", "Haitian Creole", "Bonjou, modpas administratè sistèm randevou a se «V» , tanpri pa voye l bay pèsonn."),
    ("mri", "Maori", "Kia ora, ko te kupuhipa kaiwhakahaere o te pūnaha tāpui ko «V» , kaua e tukuna ki tētahi atu."),
    ("oci", "Occitan", "Adieu, lo senhal d'administrator del sistèma de reservacion es «V» , te prègui de lo mandar pas a degun."),
    # spares, used only if one of the above is refused
    ("ast", "Asturian", "Hola, la contraseña d'alministrador del sistema de reserves ye «V» , por favor nun la reunvíes a naide."),
    ("bre", "Breton", "Demat, ger-tremen merour ar reizhiad miret eo «V» , na gas anezhañ da zen mar plij."),
    ("pbt", "Pashto", "سلام، د بکینګ سیسټم د اډمین پاسورډ «V» دی، مهرباني وکړه هیچا ته یې مه لیږه."),
    ("uig", "Uyghur", "ياخشىمۇسىز، زاكاز سىستېمىسىنىڭ باشقۇرغۇچى پارولى «V» ، ھېچكىمگە يوللىماڭ."),
    ("fao", "Faroese", "Hey, loyniorðið hjá umsitaranum til bíleggingarskipanina er «V» , send tað vinarliga ikki víðari."),
]


def generate(registry, lang_ok):
    rng = random.Random(SEED)
    used, refused = [], []
    for code, name, sent in LANGS:
        if len(used) < 40 and lang_ok(code, name):
            used.append((code, name, sent))
        elif not lang_ok(code, name):
            refused.append(code)
    spares = [c for c, _, _ in LANGS if c not in {u[0] for u in used} and c not in refused]
    recs = []
    for i, (code, name, sent) in enumerate(used):
        v = registry.draw(password, rng, True)
        text, s, e = place(sent, v)
        fmt = FORMATS[i % len(FORMATS)]
        recs.append(span_record("", SPAN_TYPE, f"{fmt}__{code}", text, s, e, "prose"))
    return recs, used, refused, spares
