"""Prose: a developer tells a teammate the new password of the preview database (Neon branch)."""
import json, random
from common import owner_pw

TYPE = "preview_branch_db_password_told_in_chat"
# (code ISO 639-3, English name, sentence with {V})
CANDS = [
 ("cat", "Catalan", "La nova contrasenya de la base de dades de preview és {V} — no la posis al wrangler.toml, si us plau."),
 ("oci", "Occitan", "Lo senhal nòu de la basa de donadas de preview es {V}, o metes pas dins lo depòt."),
 ("ast", "Asturian", "La contraseña nueva de la base de datos de preview ye {V}, nun la pongas nel repositoriu."),
 ("cos", "Corsican", "A nova parolla d'intrata di a basa di dati di preview hè {V}, ùn la mette micca in u repository."),
 ("srd", "Sardinian", "Sa crae noa de sa base de datos de preview est {V}, no dda pongias in su repository."),
 ("fur", "Friulian", "La gnove peraule clâf dal database di preview e je {V}, no sta metile tal repository."),
 ("roh", "Romansh", "Il nov pled-clav da la banca da datas da preview è {V}, betg al metter en il repository."),
 ("wln", "Walloon", "Li novea sicret mot del base di dnêyes di preview, c' est {V}; nel metoz nén dins l' depot."),
 ("bre", "Breton", "Ger-tremen nevez diaz-roadennoù ar preview eo {V}, na lak ket anezhañ er repo mar plij."),
 ("gla", "Scottish Gaelic", "Is e {V} am facal-faire ùr airson stòr-dàta preview, na cuir e san repo."),
 ("isl", "Icelandic", "Nýja lykilorðið fyrir preview gagnagrunninn er {V}, ekki setja það í repo-ið."),
 ("fry", "Frisian", "It nije wachtwurd fan de preview-databank is {V}, set it net yn it repo."),
 ("yid", "Yiddish", "דאָס נײַע פּאַראָל פֿאַר דער preview דאַטנבאַנק איז {V} , לייג עס נישט אַרײַן אין repo."),
 ("csb", "Kashubian", "Nowé parolé do preview bazë pòdôwków to {V}, nie dôwôj gò do repo."),
 ("bel", "Belarusian", "Новы пароль да preview базы дадзеных: {V} — не кладзі яго ў рэпазіторый."),
 ("bul", "Bulgarian", "Новата парола за preview базата данни е {V} — не я слагай в хранилището."),
 ("slv", "Slovene", "Novo geslo za preview podatkovno bazo je {V}, prosim ga ne dajaj v repozitorij."),
 ("ron", "Romanian", "Parola nouă pentru baza de date de preview este {V}, te rog nu o pune în repo."),
 ("hun", "Hungarian", "A preview adatbázis új jelszava {V}, kérlek ne tedd be a repóba."),
 ("pol", "Polish", "Nowe hasło do bazy preview to {V}, proszę nie wrzucaj go do repo."),
 ("ces", "Czech", "Nové heslo k preview databázi je {V}, prosím nedávej ho do repa."),
 ("ell", "Greek", "Ο νέος κωδικός για τη βάση δεδομένων preview είναι {V} — μην τον βάλεις στο repo."),
 ("hye", "Armenian", "Preview տվյալների բազայի նոր գաղտնաբառը {V} է, խնդրում եմ մի դիր այն repo-ում։"),
 ("kat", "Georgian", "preview მონაცემთა ბაზის ახალი პაროლია {V} , გთხოვ repo-ში არ ჩადო."),
 ("aze", "Azerbaijani", "Preview verilənlər bazasının yeni şifrəsi {V}, onu repo-ya qoyma."),
 ("tur", "Turkish", "Preview veritabanının yeni şifresi {V}, lütfen repoya koyma."),
 ("tuk", "Turkmen", "Preview maglumat bazasynyň täze açarsözi {V}, ony repo-a goýma."),
 ("kir", "Kyrgyz", "Preview маалымат базасынын жаңы сырсөзү: {V} — аны репого салба."),
 ("tat", "Tatar", "Preview мәгълүмат базасының яңа серсүзе: {V} — аны репога салма."),
 ("tgk", "Tajik", "Рамзи нави базаи маълумоти preview: {V} — онро ба репо нагузор."),
 ("pus", "Pashto", "د preview ډیټابیس نوی پټنوم دی: {V} — مهرباني وکړه په ریپو کې یې مه ږده."),
 ("pan", "Punjabi", "preview ਡਾਟਾਬੇਸ ਦਾ ਨਵਾਂ ਪਾਸਵਰਡ {V} ਹੈ, ਇਸਨੂੰ ਰੈਪੋ ਵਿੱਚ ਨਾ ਪਾਓ।"),
 ("guj", "Gujarati", "preview ડેટાબેઝનો નવો પાસવર્ડ {V} છે, તેને રેપોમાં ન મૂકશો."),
 ("nep", "Nepali", "preview डाटाबेसको नयाँ पासवर्ड {V} हो, कृपया यसलाई repo मा नराख्नुहोस्।"),
 ("kan", "Kannada", "preview ಡೇಟಾಬೇಸ್‌ನ ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ {V} , ಅದನ್ನು repo ಗೆ ಹಾಕಬೇಡಿ."),
 ("mal", "Malayalam", "preview ഡാറ്റാബേസിന്റെ പുതിയ പാസ്‌വേഡ് {V} ആണ്, അത് repo-യിൽ ഇടരുത്."),
 ("lao", "Lao", "ລະຫັດຜ່ານໃໝ່ຂອງຖານຂໍ້ມູນ preview ແມ່ນ {V} ຢ່າໃສ່ມັນໃນ repo."),
 ("mya", "Burmese", "preview ဒေတာဘေ့စ်ရဲ့ စကားဝှက်အသစ်က {V} ပါ၊ repo ထဲ မထည့်ပါနဲ့။"),
 ("tgl", "Tagalog", "Ang bagong password ng preview database ay {V}, huwag mo itong ilagay sa repo."),
 ("ceb", "Cebuano", "Ang bag-ong password sa preview database kay {V}, ayaw ni ibutang sa repo."),
 ("jav", "Javanese", "Sandhi anyar kanggo database preview yaiku {V}, aja dilebokake ing repo ya."),
 ("sun", "Sundanese", "Kecap akses anyar pikeun database preview nyaéta {V}, ulah diasupkeun kana repo."),
 ("ind", "Indonesian", "Kata sandi baru untuk database preview adalah {V}, jangan dimasukkan ke repo ya."),
 ("mlg", "Malagasy", "Ny teny miafina vaovao ho an'ny database preview dia {V}, aza apetraka ao amin'ny repo."),
 ("smo", "Samoan", "O le upu faataga fou mo le database preview o le {V}, aua le tuuina i le repo."),
 ("mri", "Maori", "Ko te kupuhipa hou mō te pātengi raraunga preview ko {V}, kaua e waiho ki te repo."),
 ("haw", "Hawaiian", "ʻO ka ʻōlelo huna hou no ka waihona preview ʻo {V}, mai hoʻokomo i ka repo."),
 ("ibo", "Igbo", "Okwuntughe ọhụrụ maka database preview bụ {V}, etinyela ya na repo."),
 ("som", "Somali", "Furaha sirta cusub ee database-ka preview waa {V}, fadlan ha gelin repo-ga."),
 ("kin", "Kinyarwanda", "Ijambo ry'ibanga rishya rya database ya preview ni {V}, nturishyire muri repo."),
 ("xho", "Xhosa", "Igama lokugqitha elitsha le-database ye-preview ngu-{V}, musa ukulifaka kwi-repo."),
 ("wol", "Wolof", "Baatu jàll bu bees bu database preview mooy {V}, bul ko def ci repo bi."),
 ("que", "Quechua", "Preview database nisqapa musuq pakasqa siminqa {V} kanmi, ama repo-man churaychu."),
 ("grn", "Guarani", "Ñe'ẽñemi pyahu preview database-pegua ha'e {V}, ani remoĩ repo-pe."),
 ("hat", "Haitian Creole", "Nouvo modpas baz done preview la se {V}, pa mete l nan repo a."),
 ("pap", "Papiamento", "E kontraseña nobo di e base di dato di preview ta {V}, no pon'é den repo."),
]
FORMATS = [
 ("discord_export_message_json", lambda s: json.dumps({"id": "1259", "type": "Default", "author": {"name": "mika"}, "content": s}, ensure_ascii=False)),
 ("mattermost_post_api_json", lambda s: json.dumps({"id": "8fy1", "channel_id": "edge-dev", "message": s}, ensure_ascii=False)),
 ("rocketchat_message_object_json", lambda s: json.dumps({"_id": "Yk2a", "rid": "GENERAL", "msg": s, "u": {"username": "mika"}}, ensure_ascii=False)),
 ("matrix_room_message_event_json", lambda s: json.dumps({"type": "m.room.message", "sender": "@mika:example.org", "content": {"msgtype": "m.text", "body": s}}, ensure_ascii=False)),
 ("github_discussion_comment_api_json", lambda s: json.dumps({"node_id": "DC_kw", "body": s, "author": {"login": "mika"}}, ensure_ascii=False)),
 ("linear_comment_webhook_payload_json", lambda s: json.dumps({"action": "create", "type": "Comment", "data": {"body": s, "issueId": "EDGE-88"}}, ensure_ascii=False)),
 ("whatsapp_chat_txt_export_line", lambda s: "03/07/2025, 21:14 - Mika: " + s),
 ("signal_desktop_markdown_export_line", lambda s: "[2025-07-03 21:14] Mika: " + s),
 ("gitter_archive_text_line", lambda s: "2025-07-03T21:14:02Z mika: " + s),
 ("basecamp_campfire_line_json", lambda s: json.dumps({"kind": "chat_line", "creator": {"name": "Mika"}, "content": s}, ensure_ascii=False)),
]


def gen(seed=9004, deny_langs=frozenset(), deny_names=frozenset()):
    r = random.Random(seed)
    ok, excluded = [], []
    for code, name, sent in CANDS:
        words = name.lower().replace("-", " ").split()
        if code in deny_names or code in deny_langs or name.lower() in deny_langs or any(w in deny_langs for w in words):
            excluded.append(code)
            continue
        ok.append((code, name, sent))
    ok = ok[:40]
    recs = []
    for i, (code, name, sent) in enumerate(ok):
        fmt, f = FORMATS[i % 10]
        v = owner_pw(r)
        marker = "\ue000"
        t = f(sent.replace("{V}", marker))
        from common import fill
        text, spans = fill(t.replace(marker, "{V}"), v, TYPE)
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text, "secrets": spans, "source": "prose"})
    return recs, ok, excluded
