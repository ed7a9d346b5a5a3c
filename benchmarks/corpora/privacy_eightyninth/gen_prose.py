"""Prose: a maintainer tells a co-maintainer the new release-signing-key passphrase."""
import random, json
from common import *

TYPE = "release_signing_passphrase_shared_with_comaintainer"
# (iso639-3, iso639-1 or "", English name, sentence with {V})
LANGS = [
 ("deu", "de", "German", "Die neue Passphrase für den Release-Signaturschlüssel ist {V} – bitte nicht ins CI-Log schreiben."),
 ("ita", "it", "Italian", "La nuova passphrase della chiave di firma delle release è {V} – per favore non metterla nel log della CI."),
 ("nob", "nb", "Norwegian Bokmal", "Den nye passfrasen til signeringsnøkkelen for utgivelser er {V} – ikke lim den inn i CI-loggen."),
 ("hin", "hi", "Hindi", "रिलीज़ साइनिंग की का नया पासफ़्रेज़ {V} है – कृपया इसे CI लॉग में मत डालना।"),
 ("mar", "mr", "Marathi", "रिलीज साइनिंग कीचा नवीन पासफ्रेज {V} आहे – कृपया तो CI लॉगमध्ये टाकू नकोस."),
 ("tel", "te", "Telugu", "రిలీజ్ సైనింగ్ కీ కొత్త పాస్‌ఫ్రేజ్ {V} – దయచేసి దాన్ని CI లాగ్‌లో పెట్టకు."),
 ("sin", "si", "Sinhala", "රිලීස් සයිනිං යතුරේ අලුත් පාස්ෆ්‍රේස් එක {V} – කරුණාකර එය CI ලොග් එකට දාන්න එපා."),
 ("khm", "km", "Khmer", "ពាក្យសម្ងាត់ថ្មីសម្រាប់កូនសោចុះហត្ថលេខា release គឺ {V} – សូមកុំដាក់វាក្នុង CI log ។"),
 ("mon", "mn", "Mongolian", "Релизийн гарын үсгийн түлхүүрийн шинэ нууц үг {V} – үүнийг CI лог руу бүү хуулаарай."),
 ("kaz", "kk", "Kazakh", "Релиз қолтаңба кілтінің жаңа құпия сөзі {V} – оны CI журналына қоймаңыз."),
 ("uzb", "uz", "Uzbek", "Reliz imzolash kalitining yangi paroli {V} – iltimos, uni CI logiga qo‘ymang."),
 ("amh", "am", "Amharic", "የመልቀቂያ መፈረሚያ ቁልፍ አዲሱ የይለፍ ሐረግ {V} ነው – እባክህ በCI ሎግ ውስጥ አታስገባው።"),
 ("som", "so", "Somali", "Furaha saxiixa sii-deynta erayga sirta cusub waa {V} – fadlan ha gelin CI log-ka."),
 ("hau", "ha", "Hausa", "Sabuwar kalmar sirri ta mabuɗin sa hannu na saki ita ce {V} – don Allah kada ka saka ta a cikin CI log."),
 ("yor", "yo", "Yoruba", "Ọ̀rọ̀ aṣínà tuntun fún kọ́kọ́rọ́ ìbuwọ́lù ìtújáde ni {V} – jọ̀wọ́ má ṣe fi sínú CI log."),
 ("zul", "zu", "Zulu", "Iphasiwedi entsha yokhiye wokusayina ukukhishwa ithi {V} – ngicela ungayifaki ku-CI log."),
 ("sot", "st", "Sesotho", "Phasewete e ncha ya senotlolo sa ho saena ho lokolla ke {V} – ka kopo o se ke wa e kenya ho CI log."),
 ("lug", "lg", "Luganda", "Ekigambo ekipya eky'ekyama eky'ekisumuluzo ky'okussaako omukono ku release kiri {V} – tokiteeka mu CI log."),
 ("ltz", "lb", "Luxembourgish", "Déi nei Passphrase fir de Release-Ënnerschrëftsschlëssel ass {V} – w.e.g. net an de CI-Log schreiwen."),
 ("glg", "gl", "Galician", "A nova frase de paso da chave de sinatura das versións é {V} – por favor, non a poñas no rexistro da CI."),
 ("ast", "", "Asturian", "La nueva frase de pasu de la llave de robla de les versiones ye {V} – por favor, nun la pongas nel rexistru de la CI."),
 ("srd", "sc", "Sardinian", "Sa passphrase noa de sa crae de firma de sas release est {V} – pro praghere no dda pones in su log de sa CI."),
 ("fur", "", "Friulian", "La gnove passphrase de clâf di firme des release e je {V} – par plasê no sta metile tal log de CI."),
 ("hsb", "", "Sorbian", "Nowa hesłowa fraza za podpisowy kluč wudaćow je {V} – prošu njezapisaj ju do CI-loga."),
 ("sme", "se", "Sami", "Ođđa beassansátnecealkka almmustahttinčoavdagii lea {V} – ale bija dan CI-loggii."),
 ("fij", "fj", "Fijian", "Na vosa vuni vou ni ki ni saini ni tabaki oqo {V} – kerea mo kakua ni biuta ena CI log."),
 ("ton", "to", "Tongan", "Ko e lea fufū foʻou ki he kī fakamoʻoni ʻo e tukuange ko {V} – kātaki ʻoua ʻe tuku ia ki he CI log."),
 ("haw", "", "Hawaiian", "ʻO ka ʻōlelo huna hou no ke kī kākau inoa hoʻokuʻu ʻo {V} – mai hoʻokomo ʻoe iā ia i ka CI log."),
 ("tpi", "", "Tok Pisin", "Nupela paswot bilong ki bilong sainim ol rilis em {V} – plis no ken putim long CI log."),
 ("ilo", "", "Ilocano", "Ti baro a passphrase ti tulbek a pagpirma ti release ket {V} – pangngaasim ta dimo ikabil iti CI log."),
 ("ban", "", "Balinese", "Passphrase anyar anggen kunci tanda tangan rilis inggih punika {V} – sampunang kaunggahang ring CI log."),
 ("min", "", "Minangkabau", "Passphrase baru untuak kunci tando tangan rilis adolah {V} – jan dimasuakan ka dalam log CI."),
 ("chv", "cv", "Chuvash", "Релиз алӑ пуссин уҫӑмӗн ҫӗнӗ вӑрттӑн сӑмахӗ {V} – ӑна CI журналне ан ҫыр."),
 ("bak", "ba", "Bashkir", "Релиз ҡултамға асҡысының яңы серле һүҙе {V} – зинһар, уны CI журналына яҙма."),
 ("oss", "os", "Ossetian", "Релизы къухфыссæн дæгъæлы ног сусæг дзырд у {V} – дæ хорзæхæй, ма йæ ныффыс CI журналы."),
 ("bod", "bo", "Tibetan", "འགྲེམས་སྤེལ་མིང་རྟགས་ལྡེ་མིག་གི་གསང་ཚིག་གསར་པ་ནི་ {V} ཡིན། – CI ཐོ་འགོད་ནང་མ་འཇུག"),
 ("snd", "sd", "Sindhi", "رليز سائننگ ڪيءَ جو نئون پاسفريز {V} آهي – مهرباني ڪري ان کي CI لاگ ۾ نه وجهو."),
 ("asm", "as", "Assamese", "ৰিলিজ ছাইনিং কীৰ নতুন পাছফ্ৰেজ {V} – অনুগ্ৰহ কৰি ইয়াক CI লগত নিদিবা।"),
 ("div", "dv", "Dhivehi", "ރިލީސް ސައިންކުރާ ކީގެ އައު ޕާސްފްރޭޒަކީ {V} – އެއީ CI ލޮގަށް ނުލާށެވެ."),
 ("ewe", "ee", "Ewe", "Nya ɣaɣla yeye na release ƒe asidede dzi safui enye {V} – meɖe kuku mègade eme le CI log me o."),
 ("kab", "", "Kabyle", "Awal uffir amaynut n tsarut n uzmul n lqafla d {V} – ttxil-k ur t-tsekcam ara deg CI log."),
 ("wln", "wa", "Walloon", "Li novele fråze di passe pol clé di sinateure des lâtchaedjes, c' est {V} – n' el metoz nén dins l' log CI."),
 ("lim", "li", "Limburgish", "De nuje wachwaordzin veur de sleutel veur 't signere vaan releases is {V} – zèt 'm neet in 't CI-log."),
 ("ina", "ia", "Interlingua", "Le nove phrase de passage del clave de signatura del versiones es {V} – per favor non pone lo in le registro de CI."),
]

FORMATS = [
 ("zulip_message_export_json", lambda u, m: json.dumps({"sender_email": u + "@mail.example", "display_recipient": "release", "subject": "signing key", "content": m}, ensure_ascii=False)),
 ("gitter_archive_message_json", lambda u, m: json.dumps({"fromUser": {"username": u}, "text": m, "sent": "2026-03-02T10:14:00.000Z"}, ensure_ascii=False)),
 ("discourse_post_raw_json", lambda u, m: json.dumps({"username": u, "topic_slug": "release-keys", "raw": m}, ensure_ascii=False)),
 ("github_discussion_comment_graphql_node", lambda u, m: json.dumps({"node": {"author": {"login": u}, "body": m, "isMinimized": False}}, ensure_ascii=False)),
 ("mailman_pipermail_archive_body", lambda u, m: "From %s at mail.example  Mon Mar  2 10:14:00 2026\nSubject: [maintainers] signing key\n\n%s\n\n-- \n%s\n" % (u, m, u)),
 ("jira_issue_comment_rest_json", lambda u, m: json.dumps({"author": {"name": u}, "body": m, "visibility": {"type": "role", "value": "Maintainers"}}, ensure_ascii=False)),
 ("keybase_chat_api_read_json", lambda u, m: json.dumps({"msg": {"sender": {"username": u}, "channel": {"name": "maintainers"}, "content": {"type": "text", "text": {"body": m}}}}, ensure_ascii=False)),
 ("znc_buffer_playback_line", lambda u, m: "[10:14:00] <%s> %s" % (u, m)),
 ("slack_export_channel_message_json", lambda u, m: json.dumps({"type": "message", "user": u.upper(), "text": m, "ts": "1772446440.000200"}, ensure_ascii=False)),
 ("sourcehut_lists_mbox_message", lambda u, m: "From: %s <%s@mail.example>\nTo: ~maintainers/release@lists.example\nSubject: signing passphrase\n\n%s\n" % (u, u, m)),
]


def usable(d):
    import denylist
    return [l for l in LANGS if denylist.lang_ok(l[0], l[1], l[2], d)]


def build(ids, d):
    r = random.Random(8904)
    langs = usable(d)[:40]
    assert len(langs) == 40, len(langs)
    out = []
    for i, (c3, c1, name, sent) in enumerate(langs):
        fmt, f = FORMATS[i % len(FORMATS)]
        v = owner_pw(r)
        u = r.choice(USERS)
        msg = sent.replace("{V}", MARK)
        whole = f(u, msg)
        a = whole.index(MARK)
        text = whole.replace(MARK, v)
        out.append(rec(ids(), TYPE, fmt + "__" + c3, text, a, a + len(v), "prose"))
    return out, langs
