"""Prose: a tester shares the engagement jump-host password in their own language, 10 new chat-export formats."""
import random, json
from common import password, fill, Filler

SEED = 5204
S = "\u27e6S\u27e7"
TYPE = "engagement_jump_host_password"

LANGS = [
 ("bs", "Bosnian", "Lozinka za jump server iz pentesta je {S}, obriši ovu poruku nakon čitanja."),
 ("tg", "Tajik", "Пароли сервери jump аз пентест {S} аст, пас аз хондан ин паёмро нест кунед."),
 ("ky", "Kyrgyz", "Пентесттеги jump серверинин сырсөзү {S}, окугандан кийин бул билдирүүнү өчүрүп сал."),
 ("tk", "Turkmen", "Pentestdäki jump serweriň paroly {S}, okanyňdan soň bu habary poz."),
 ("tt", "Tatar", "Пентесттагы jump серверның серсүзе {S}, укыгач бу хәбәрне бетер."),
 ("pa", "Punjabi", "ਪੈਂਟੈਸਟ ਵਾਲੇ jump ਸਰਵਰ ਦਾ ਪਾਸਵਰਡ {S} ਹੈ, ਪੜ੍ਹਨ ਤੋਂ ਬਾਅਦ ਇਹ ਸੁਨੇਹਾ ਮਿਟਾ ਦਿਓ।"),
 ("gu", "Gujarati", "પેન્ટેસ્ટના jump સર્વરનો પાસવર્ડ {S} છે, વાંચ્યા પછી આ સંદેશ કાઢી નાખો."),
 ("kn", "Kannada", "ಪೆಂಟೆಸ್ಟ್‌ನ jump ಸರ್ವರ್ ಪಾಸ್‌ವರ್ಡ್ {S} ಆಗಿದೆ, ಓದಿದ ನಂತರ ಈ ಸಂದೇಶವನ್ನು ಅಳಿಸಿ."),
 ("ml", "Malayalam", "പെന്റെസ്റ്റിലെ jump സെർവറിന്റെ പാസ്‌വേഡ് {S} ആണ്, വായിച്ചതിനു ശേഷം ഈ സന്ദേശം മായ്ക്കുക."),
 ("ne", "Nepali", "पेन्टेस्टको jump सर्भरको पासवर्ड {S} हो, पढेपछि यो सन्देश मेटाउनुहोस्।"),
 ("lo", "Lao", "ລະຫັດຜ່ານຂອງເຊີບເວີ jump ຈາກ pentest ແມ່ນ {S} ອ່ານແລ້ວໃຫ້ລຶບຂໍ້ຄວາມນີ້."),
 ("ceb", "Cebuano", "Ang password sa jump server gikan sa pentest kay {S}, papasa kini nga mensahe human nimo mabasa."),
 ("haw", "Hawaiian", "ʻO ka ʻōlelo huna o ka jump server no ka pentest ʻo {S}, e holoi i kēia leka ma hope o ka heluhelu ʻana."),
 ("rw", "Kinyarwanda", "Ijambo ry'ibanga rya jump server yo muri pentest ni {S}, siba ubu butumwa umaze kubusoma."),
 ("lg", "Luganda", "Ekigambo ky'ekyama kya jump server okuva mu pentest kiri {S}, sazaamu obubaka buno ng'omaze okubusoma."),
 ("tn", "Tswana", "Lefoko la sephiri la jump server go tswa mo pentest ke {S}, phimola molaetsa ono fa o sena go o bala."),
 ("ny", "Chichewa", "Mawu achinsinsi a jump server ya pentest ndi {S}, fufutani uthengawu mukamaliza kuwerenga."),
 ("bm", "Bambara", "Pentest jump server ka gundo daɲɛ ye {S} ye, i ka nin cikan jɔsi i ka a kalan kɔfɛ."),
 ("ee", "Ewe", "Jump server si le pentest me ƒe nya ɣaɣla enye {S}, tutu gbedasi sia ne èxlẽe vɔ."),
 ("ak", "Akan", "Jump server a ɛwɔ pentest no mu no ahintasɛm ne {S}, pepa nkra yi wokenkan wie a."),
 ("br", "Breton", "Ger-tremen ar servijer jump eus ar pentest eo {S}, dilamm ar gemennadenn-mañ goude bezañ he lennet."),
 ("co", "Corsican", "A parolla d'intrata di u servore jump di u pentest hè {S}, sguassate stu messaghju dopu avè lettu."),
 ("oc", "Occitan", "Lo senhal del servidor jump del pentest es {S}, escafatz aqueste messatge aprèp l'aver legit."),
 ("fy", "West Frisian", "It wachtwurd fan de jump-server út de pentest is {S}, wiskje dit berjocht nei it lêzen."),
 ("gv", "Manx", "Yn fockle follit son y jump server veih y pentest: {S}, scryss magh yn chaghteraght shoh lurg lhaih."),
 ("kw", "Cornish", "An ger-tremena rag an servyer jump a'n pentest yw {S}, dilea an messach ma wosa y redya."),
 ("se", "Northern Sami", "Pentest jump-servera beassansátni lea {S}, sihko dán dieđu go leat lohkan dan."),
 ("cv", "Chuvash", "Пентестри jump серверӑн вӑрттӑн сӑмахӗ {S}, вуланӑ хыҫҫӑн ҫак ҫырӑва хуратӑр."),
 ("os", "Ossetian", "Пентесты jump серверы пароль у {S}, бакаст ӕй куы фӕуай, уӕд ацы фыстӕг аппар."),
 ("ht", "Haitian Creole", "Modpas sèvè jump pentest la se {S}, efase mesaj sa a apre ou fin li l."),
 ("pap", "Papiamento", "E kontraseña di e jump server di e pentest ta {S}, kita e mensahe aki despues di lesa."),
 ("tpi", "Tok Pisin", "Paswod bilong jump server long pentest em {S}, rausim dispela toksave taim yu ritim pinis."),
 ("ay", "Aymara", "Pentest jump servidorana jamasa arupax {S} ukawa, liyt'asin aka yatiyaw chhaqtayam."),
 ("su", "Sundanese", "Kecap konci jump server tina pentest nyaéta {S}, hapus pesen ieu sanggeus dibaca."),
 ("tet", "Tetum", "Liafuan-pase husi jump server pentest nian mak {S}, hamoos mensajen ida-ne'e hafoin lee."),
 ("ia", "Interlingua", "Le contrasigno del servitor jump del pentest es {S}, dele iste message post leger lo."),
 ("ilo", "Ilocano", "Ti password ti jump server manipud iti pentest ket {S}, ikkatem daytoy a mensahe kalpasan a mabasam."),
 ("fj", "Fijian", "Na vosa vuni ni jump server mai na pentest e {S}, bokoca na itukutuku oqo ni oti na nomu wilika."),
 ("nso", "Northern Sotho", "Lentšu la sephiri la jump server go tšwa go pentest ke {S}, phumola molaetša wo ge o feditše go o bala."),
 ("ts", "Tsonga", "Xiphiqo xa jump server ku suka eka pentest i {S}, sula rungula leri loko u hetile ku ri hlaya."),
]


def _j(obj):
    return json.dumps(obj, ensure_ascii=False)


FORMATS = {
 "skype_messages_json_export": lambda f, m: _j({"id": f.num(10**12, 10**13), "originalarrivaltime": f.ts(), "messagetype": "RichText", "from": "8:live:" + f.user(), "content": m}),
 "viber_backup_csv_row": lambda f, m: "Date,Time,Sender,Phone,Message\n2026-03-0%d,14:%02d,%s,+0000000%s,\"%s\"" % (f.r.randint(1, 9), f.r.randint(0, 59), f.user(), f.num(100, 999), m),
 "wechat_pc_history_txt": lambda f, m: "%s %s\n%s\n" % (f.ts().replace("T", " ").rstrip("Z"), f.user(), m),
 "imessage_sqlite_dump_row": lambda f, m: "ROWID|date|is_from_me|handle_id|text\n%s|%s|0|%d|%s" % (f.num(), f.num(10**17, 10**18), f.r.randint(1, 40), m),
 "znc_irc_log_line": lambda f, m: "[%02d:%02d:%02d] <%s> %s" % (f.r.randint(0, 23), f.r.randint(0, 59), f.r.randint(0, 59), f.user().split(".")[0], m),
 "keybase_chat_api_json": lambda f, m: _j({"msg": {"id": f.r.randint(1, 999), "channel": {"name": "redteam_ops", "members_type": "team"}, "sender": {"username": f.user().replace(".", "")}, "content": {"type": "text", "text": {"body": m}}}}),
 "messenger_dyi_json_message": lambda f, m: _j({"sender_name": f.user(), "timestamp_ms": f.r.randint(1767225600000, 1790000000000), "content": m, "is_geoblocked_for_viewer": False}),
 "pidgin_html_log_line": lambda f, m: '<font color="#A82F2F"><font size="2">(%02d:%02d:%02d)</font> <b>%s:</b></font> %s<br/>' % (f.r.randint(0, 23), f.r.randint(0, 59), f.r.randint(0, 59), f.user(), m),
 "twist_thread_comment_json": lambda f, m: _j({"thread_id": f.r.randint(10**5, 10**6), "creator_name": f.user(), "posted": f.ts(), "content": m}),
 "flock_channel_export_csv": lambda f, m: "timestamp,channel,author,text\n%s,#engagement-42,%s,\"%s\"" % (f.ts(), f.user(), m),
}


def generate():
    r = random.Random(SEED)
    f = Filler(r)
    fmts = list(FORMATS)
    recs = []
    for i, (code, name, sent) in enumerate(LANGS):
        fmt = fmts[i % len(fmts)]
        v = password(r)
        tpl = FORMATS[fmt](f, sent.replace("{S}", S))
        text, spans = fill(tpl, {"S": (v, TYPE)})
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text, "secrets": spans, "source": "prose"})
    return recs
