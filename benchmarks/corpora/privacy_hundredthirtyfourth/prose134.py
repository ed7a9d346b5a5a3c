"""Prose: someone tells a colleague the practice-server password in 40 new languages."""
import random
from common134 import *

SPAN_TYPE = "practice_server_password_shared_in_message"
FORMATS = ["front_desk_chat_message", "dentist_email_line", "practice_helpdesk_ticket_note",
           "lab_courier_sms", "clinic_shift_handover_note"]
# (iso639-3, English name, sentence with X for the value)
LANGS = [
    ("afr", "Afrikaans", "Die wagwoord vir die praktykbediener is X — moet dit asseblief met niemand deel nie."),
    ("epo", "Esperanto", "La pasvorto de la klinika servilo estas X — bonvolu ne diskonigi ĝin."),
    ("fry", "Frisian", "It wachtwurd foar de praktykserver is X — diel it asjebleaft mei gjinien."),
    ("oci", "Occitan", "Lo senhal del servidor del cabinet es X — lo partejes pas amb degun."),
    ("cos", "Corsican", "A parolla d'intesa di u servitore di u studiu hè X — ùn la sparte cù nimu."),
    ("srd", "Sardinian", "Sa crae de su server de s'istùdiu est X — no dda cumpartzas cun nemos."),
    ("roh", "Romansh", "Il pled-clav dal server da la pratica è X — na la dà betg vinavant."),
    ("ast", "Asturian", "La contraseña del sirvidor de la consulta ye X — nun-y la pases a naide."),
    ("fur", "Friulian", "La peraule clâf dal server dal studi e je X — no sta dâle a nissun."),
    ("lim", "Limburgish", "'t Wachwaord vaan de server vaan de praktiek is X — gaef 't aan niemand door."),
    ("bak", "Bashkir", "Клиника серверының паролы X — зинһар, уны бер кемгә лә бирмә."),
    ("tat", "Tatar", "Клиника серверының серсүзе X — зинһар, аны беркемгә дә бирмә."),
    ("chv", "Chuvash", "Клиника серверӗн пароле X — ӑна никама та ан пар."),
    ("kir", "Kyrgyz", "Клиниканын серверинин сырсөзү X — аны эч кимге бербе."),
    ("tuk", "Turkmen", "Kliniki serweriň paroly X — ony hiç kime berme."),
    ("uig", "Uyghur", "كلىنىكا مۇلازىمېتىرىنىڭ ئىم X — ئۇنى ھېچكىمگە بەرمە."),
    ("guj", "Gujarati", "ક્લિનિક સર્વરનો પાસવર્ડ X છે — કૃપા કરીને કોઈને કહેશો નહીં."),
    ("kan", "Kannada", "ಕ್ಲಿನಿಕ್ ಸರ್ವರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ X — ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "ക്ലിനിക് സെർവറിന്റെ പാസ്‌വേഡ് X ആണ് — ദയവായി ആരോടും പറയരുത്."),
    ("mya", "Burmese", "ဆေးခန်း ဆာဗာ စကားဝှက်က X ဖြစ်တယ် — ဘယ်သူ့ကိုမှ မပြောပါနဲ့။"),
    ("bod", "Tibetan", "སྨན་ཁང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་གསང་ཚིག་ནི་ X ཡིན། སུ་ལའང་མ་བཤད།"),
    ("mri", "Maori", "Ko te kupuhipa mō te tūmau o te whare niho ko X — kaua e tukuna ki tētahi atu."),
    ("smo", "Samoan", "O le upu faamaonia mo le server a le falemaʻi nifo o X — aua le tuuina atu i se isi."),
    ("ton", "Tongan", "Ko e lea fufū ki he sēvā ʻo e kiliniki ko X — ʻoua naʻa ke vahevahe ia."),
    ("fij", "Fijian", "Na vosa vuni ni server ni kiliniki e X — kua ni tukuna vua e dua tale."),
    ("haw", "Hawaiian", "ʻO ka ʻōlelo huna o ka server o ke keʻena niho ʻo X — mai haʻi aku i kekahi."),
    ("ceb", "Cebuano", "Ang password sa server sa klinika kay X — ayaw ipaambit kang bisan kinsa."),
    ("ilo", "Ilocano", "Ti password ti server ti klinika ket X — saanmo nga ibinglay iti siasinoman."),
    ("jav", "Javanese", "Sandhi server klinik yaiku X — aja diwènèhaké sapa-sapa ya."),
    ("sun", "Sundanese", "Kecap konci server klinik téh X — ulah dibéjakeun ka saha waé."),
    ("zsm", "Malay", "Kata laluan pelayan klinik ialah X — tolong jangan kongsi dengan sesiapa."),
    ("wol", "Wolof", "Baatu jàll bu serwëer bu klinik bi mooy X — bul ko wax kenn."),
    ("ibo", "Igbo", "Okwuntughe nke sava ụlọọgwụ ezé bụ X — ekwela ka onye ọzọ mara ya."),
    ("lin", "Lingala", "Liloba ya sekele ya server ya kliniki ezali X — kopesa yango na moto mosusu te."),
    ("lug", "Ganda", "Ekigambo ky'ekyama ekya seva ya kiriniki kiri X — tokibuulira muntu yenna."),
    ("xho", "Xhosa", "Igama lokugqitha leseva yekliniki ngu X — nceda ungabelani nalo nabani na."),
    ("tsn", "Tswana", "Lefoko la sephiri la seva ya kliniki ke X — o se ka wa le abelana le ope."),
    ("run", "Kirundi", "Ijambo ry'ibanga rya seriveri y'ivuriro ni X — nturirihe uwundi muntu."),
    ("tir", "Tigrinya", "ናይ ክሊኒክ ሰርቨር መሕለፊ ቃል X እዩ — በጃኻ ንማንም ኣይትሃብ።"),
    ("quy", "Quechua", "Hampina wasipa serverninpa pakasqa simin X — ama pimanpas willaychu."),
    ("grn", "Guarani", "Pe servidor tasyo ñe'ẽñemi ha'e X — ani rehechauka avavépe."),
    ("hat", "Haitian", "Modpas sèvè klinik la se X — tanpri pa bay pèsonn li."),
    ("pap", "Papiamento", "E kontraseña di e server di klinika ta X — por fabor no kompartié ku ningun hende."),
    ("ydd", "Yiddish", "דאָס פּאַראָל פֿון דעם קליניק־סערווער איז X — ביטע זאָג עס ניט קיינעם."),
    ("sme", "Sami", "Klinihka servera beassansátni lea X — ale juogat dan geasage."),
    ("kmr", "Kurmanji", "Şîfreya serverê klînîkê X e — ji kesî re nebêje."),
    ("div", "Dhivehi", "ކްލިނިކުގެ ސާވަރުގެ ޕާސްވޯޑަކީ X — އެހެން މީހަކަށް ނުދޭށެވެ."),
    ("snd", "Sindhi", "ڪلينڪ سرور جو پاسورڊ X آهي — مهرباني ڪري ڪنهن کي نه ٻڌايو."),
    ("hil", "Hiligaynon", "Ang password sang server sang klinika amo ang X — indi pag-ihatag sa iban."),
    ("tpi", "Tok Pisin", "Paswot bilong server bilong klinik em X — no ken givim long narapela man."),
]


def build(deny, start_id):
    rng = random.Random(13404)
    langs = set(deny["langs"]); names = set(deny["names"]); words = set(deny["words"])
    out, dropped = [], []
    for code, name, sent in LANGS:
        bad = code in names or code in langs or any(w.lower() in langs or w.lower() in words for w in name.split())
        if bad:
            dropped.append(code); continue
        if len(out) == 40:
            continue
        v = owner_password(rng)
        fmt = FORMATS[len(out) % len(FORMATS)]
        text, s, e = place(sent.replace("X", "{v}", 1), v)
        out.append(rec("p134-s-%04d" % (start_id + len(out)), SPAN_TYPE, fmt + "__" + code, text, s, e, "prose"))
    return out, dropped
