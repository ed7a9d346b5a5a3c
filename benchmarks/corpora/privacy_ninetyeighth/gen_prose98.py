"""Prose (seed 9804): a lab member tells a colleague the sequencing-server password, asks not to share it."""
import random
from common98 import password, fill, fillers

SPAN_TYPE = "sequencing_server_password_told_to_labmate"

# (iso639-3, iso639-1 or "", English name, sentence with {V}); candidates in list order, first 40 passing used
LANGS = [
    ("urd", "ur", "Urdu", "سیکوئنسنگ سرور کا پاس ورڈ {V} ہے، براہ کرم اسے کسی کے ساتھ شیئر نہ کریں۔"),
    ("mar", "mr", "Marathi", "सिक्वेन्सिंग सर्व्हरचा पासवर्ड {V} आहे, कृपया तो कोणालाही सांगू नका."),
    ("tel", "te", "Telugu", "సీక్వెన్సింగ్ సర్వర్ పాస్‌వర్డ్ {V} , దయచేసి దీన్ని ఎవరితోనూ పంచుకోవద్దు."),
    ("sin", "si", "Sinhala", "සීක්වන්සිං සර්වරයේ මුරපදය {V} , කරුණාකර එය කිසිවෙකු සමඟ බෙදා නොගන්න."),
    ("khm", "km", "Khmer", "ពាក្យសម្ងាត់របស់ម៉ាស៊ីនមេ sequencing គឺ {V} សូមកុំចែករំលែកវាជាមួយអ្នកណា។"),
    ("mon", "mn", "Mongolian", "Секвенсийн серверийн нууц үг {V} , үүнийг хэнтэй ч бүү хуваалцаарай."),
    ("kaz", "kk", "Kazakh", "Секвенирлеу серверінің құпия сөзі {V} , оны ешкімге бермеңіз."),
    ("uzb", "uz", "Uzbek", "Sekvenirlash serverining paroli {V} , iltimos, uni hech kimga bermang."),
    ("pus", "ps", "Pashto", "د سیکوینسنګ سرور پټنوم {V} دی، مهرباني وکړئ له هیچا سره یې مه شریکوئ."),
    ("amh", "am", "Amharic", "የሲኩዌንሲንግ ሰርቨሩ የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አታጋራው።"),
    ("hau", "ha", "Hausa", "Kalmar sirri ta sabar sequencing ita ce {V} , don Allah kada ka raba ta da kowa."),
    ("yor", "yo", "Yoruba", "Ọ̀rọ̀ aṣínà fún sáfà sequencing ni {V} , jọ̀wọ́ má ṣe pín in pẹ̀lú ẹnikẹ́ni."),
    ("zul", "zu", "Zulu", "Iphasiwedi yeseva ye-sequencing ithi {V} , ngicela ungayabelani nomuntu."),
    ("orm", "om", "Oromo", "Jechi icciitii sarvarii sequencing {V} dha, maaloo nama biraaf hin qoodin."),
    ("wol", "wo", "Wolof", "Baatu jàll bu serwëru sequencing mooy {V} , bul ko wax kenn."),
    ("nya", "ny", "Chichewa", "Mawu achinsinsi a seva ya sequencing ndi {V} , chonde musawauze wina aliyense."),
    ("tsn", "tn", "Tswana", "Lefoko la sephiri la seva ya sequencing ke {V} , tsweetswee o se ke wa le abelana le ope."),
    ("ltz", "lb", "Luxembourgish", "D'Passwuert fir de Sequencing-Server ass {V} , deel et w.e.g. mat kengem."),
    ("glg", "gl", "Galician", "O contrasinal do servidor de secuenciación é {V} , por favor non o compartas con ninguén."),
    ("bre", "br", "Breton", "Ger-tremen ar servijer sekañsañ eo {V} , na rannit ket anezhañ gant den, mar plij."),
    ("fao", "fo", "Faroese", "Loyniorðið til sekvenseringsambætaran er {V} , vinarliga deil tað ikki við nakran."),
    ("mkd", "mk", "Macedonian", "Лозинката за серверот за секвенционирање е {V} , те молам не ја споделувај со никого."),
    ("yid", "yi", "Yiddish", "דאָס פּאַראָל פֿאַרן סעקווענסירונג־סערווער איז {V} , ביטע זאָג עס ניט קיינעם."),
    ("que", "qu", "Quechua", "Sequencing servidorpa pakasqa siminqa {V} kachkan, ama pimanpas willaychu."),
    ("grn", "gn", "Guarani", "Sequencing servidor ñe'ẽñemi ha'e {V} , ani remombe'u avavépe."),
    ("fij", "fj", "Fijian", "Na vosa vuni ni server ni sequencing e {V} , kerei mo kakua ni wasea vei ira tale eso."),
    ("ton", "to", "Tongan", "Ko e lea fufū ʻo e sēvea sequencing ko e {V} , kātaki ʻoua ʻe vahevahe ia mo ha taha."),
    ("uig", "ug", "Uyghur", "سېكۋېنسلاش مۇلازىمېتىرىنىڭ پارولى {V} ، ئۇنى ھېچكىمگە بەرمەڭ."),
    ("bak", "ba", "Bashkir", "Секвенирлау серверының серһүҙе {V} , уны бер кемгә лә бирмәгеҙ."),
    ("chv", "cv", "Chuvash", "Секвенировани серверӗн вӑрттӑн сӑмахӗ {V} , ӑна никаме те ан пар."),
    ("sun", "su", "Sundanese", "Kecap konci pikeun server sequencing nyaéta {V} , punten ulah dibagikeun ka saha waé."),
    ("ilo", "", "Ilocano", "Ti password ti server ti sequencing ket {V} , pangngaasim ta dimo iranud iti siasinoman."),
    ("lin", "ln", "Lingala", "Liloba ya nkuku ya serveur ya sequencing ezali {V} , svp kopesa yango na moto moko te."),
    ("ewe", "ee", "Ewe", "Sequencing server la ƒe nya ɣaɣlaa nye {V} , meɖe kuku mègaɖe eme na ame aɖeke o."),
    ("glv", "gv", "Manx", "Sy fockle follit son y server sequencing {V} , ny jean eh y rheynn rish peiagh erbee, my sailt."),
    ("cor", "kw", "Cornish", "An ger-tremena rag an servyer sekwensya yw {V} , na wra y gevrenna gans denvyth, mar pleg."),
    ("wln", "wa", "Walloon", "Li scret mot do siervou d' sicwinçaedje, c' est {V} , nel dijhoz a nolu, s' i vs plait."),
    ("scn", "", "Sicilian", "La password dû server di sequenziamentu è {V} , pi favuri nun la dari a nuddu."),
    ("hsb", "", "Upper Sorbian", "Hesło za sekwencowanski serwer je {V} , prošu njedźěl jo z nikim."),
    ("kab", "", "Kabyle", "Awal uffir n uqeddac n sequencing d {V} , ttxil-k ur t-ttebḍu d yiwen."),
    ("sot", "st", "Southern Sotho", "Phasewete ya seva ya sequencing ke {V} , ka kopo o se ke wa e arolelana le motho."),
    ("tso", "ts", "Tsonga", "Phasiwedi ya seva ya sequencing i {V} , hi kombela u nga yi avelani na munhu."),
    ("snd", "sd", "Sindhi", "سيڪوئنسنگ سرور جو پاسورڊ {V} آهي، مهرباني ڪري ڪنهن سان به شيئر نه ڪريو."),
    ("kmr", "", "Northern Kurdish", "Şîfreya servera sequencing {V} e, ji kerema xwe wê bi kesî re parve neke."),
]

FORMATS = [
    ("galaxy_history_annotation_note", "History \"{p} QC\" - annotation:\n{S}\n"),
    ("lims_sample_comment_cell", "sample_id,comment\nS{n},\"{S}\"\n"),
    ("nfcore_slack_thread_reply_json", "{\"type\": \"message\", \"user\": \"U0{n}\", \"thread_ts\": \"17330{n}.0021\", \"text\": \"{S}\"}\n"),
    ("biostars_private_message_body", "From: {u}\nTo: lab colleague\n\n{S}\n"),
    ("core_facility_delivery_email", "Subject: Data delivery {f}\n\nHello,\n{S}\n-- Genomics Core\n"),
    ("redmine_bioinfo_issue_note", "Issue #{n} (Bioinformatics) - note by {u}:\n{S}\n"),
    ("benchling_notebook_entry_text", "Notebook entry ETR-{n} \"Library prep {d}\":\n> {S}\n"),
    ("mattermost_lab_channel_post", "~sequencing-lab  @{u}  {d}\n{S}\n"),
    ("elabftw_experiment_comment", "[eLabFTW] Experiment {n} - comment:\n{S}\n"),
    ("teams_sequencing_chat_export", "[{d} 16:02] {u}\n{S}\n"),
]


def usable(denynames, denylangs):
    out, excluded = [], []
    dn, dl = set(denynames), set(denylangs)
    for code3, code1, name, sent in LANGS:
        words = [w.lower() for w in name.split()]
        bad = code3 in dn or code3 in dl or (code1 and (code1 in dn or code1 in dl)) or any(w in dl for w in words)
        (excluded if bad else out).append((code3, code1, name, sent))
    return out[:40], [x[0] for x in excluded], [x[0] for x in out[40:]]


def generate(denynames, denylangs):
    rng = random.Random(9804)
    langs, _, _ = usable(denynames, denylangs)
    recs = []
    for i, (code3, code1, name, sent) in enumerate(langs):
        fmt, tpl = FORMATS[i % len(FORMATS)]
        val = password(rng)
        f = fillers(rng)
        body = tpl.replace("{S}", sent)
        text, spans = fill(body, [val], extra=f)
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + code3, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": SPAN_TYPE} for s, e, v in spans],
                     "source": "prose"})
    return recs
