"""Prose: a GIS lead tells a colleague the new GeoServer admin password, asks not to save it in the QGIS project."""
import json, random
from common import *

SPAN_TYPE = "geoserver_admin_password_told_in_message"
V = "\ue000"

CANDIDATES = [
 ("cym", "Welsh", "Cyfrinair gweinyddwr GeoServer nawr yw {V} – paid â'i gadw yn y prosiect QGIS, plîs."),
 ("gle", "Irish", "Is é {V} pasfhocal riarthóra GeoServer anois – ná sábháil é sa tionscadal QGIS, le do thoil."),
 ("gla", "Scottish Gaelic", "'S e {V} am facal-faire rianachd GeoServer a-nis – na sàbhail e sa phròiseact QGIS, mas e do thoil e."),
 ("bre", "Breton", "Ger-tremen merour GeoServer zo {V} bremañ – na enrollit ket anezhañ er raktres QGIS, mar plij."),
 ("eus", "Basque", "GeoServer administratzailearen pasahitza {V} da orain – ez gorde QGIS proiektuan, mesedez."),
 ("cat", "Catalan", "La contrasenya d'administrador del GeoServer ara és {V} – no la deseu al projecte QGIS, si us plau."),
 ("glg", "Galician", "O contrasinal de administración do GeoServer agora é {V} – non o gardedes no proxecto QGIS, por favor."),
 ("oci", "Occitan", "Lo senhal d'administrator de GeoServer es ara {V} – l'enregistretz pas dins lo projècte QGIS, se vos plai."),
 ("cos", "Corsican", "A parolla d'intrata di l'amministratore GeoServer hè avà {V} – ùn la salvate micca in u prughjettu QGIS, per piacè."),
 ("ltz", "Luxembourgish", "D'Admin-Passwuert vum GeoServer ass elo {V} – w.e.g. net am QGIS-Projet späicheren."),
 ("fry", "Frisian", "It GeoServer-admin-wachtwurd is no {V} – bewarje it asjebleaft net yn it QGIS-projekt."),
 ("isl", "Icelandic", "Stjórnandalykilorðið á GeoServer er núna {V} – ekki vista það í QGIS-verkefninu."),
 ("mlt", "Maltese", "Il-password tal-amministratur tal-GeoServer issa hija {V} – jekk jogħġbok tissejvjahiex fil-proġett QGIS."),
 ("sqi", "Albanian", "Fjalëkalimi i administratorit të GeoServer tani është {V} – ju lutem mos e ruani në projektin QGIS."),
 ("mkd", "Macedonian", "Администраторската лозинка за GeoServer сега е {V} – ве молам не ја зачувувајте во QGIS проектот."),
 ("slv", "Slovenian", "Skrbniško geslo za GeoServer je zdaj {V} – prosim, ne shranjujte ga v projekt QGIS."),
 ("slk", "Slovak", "Administrátorské heslo GeoServera je teraz {V} – prosím, neukladajte ho do projektu QGIS."),
 ("lit", "Lithuanian", "GeoServer administratoriaus slaptažodis dabar yra {V} – prašau, neišsaugokite jo QGIS projekte."),
 ("lav", "Latvian", "GeoServer administratora parole tagad ir {V} – lūdzu, nesaglabājiet to QGIS projektā."),
 ("est", "Estonian", "GeoServeri administraatori parool on nüüd {V} – palun ärge salvestage seda QGIS-i projekti."),
 ("bel", "Belarusian", "Пароль адміністратара GeoServer цяпер {V} – калі ласка, не захоўвайце яго ў праекце QGIS."),
 ("kaz", "Kazakh", "GeoServer әкімшісінің құпия сөзі енді {V} – оны QGIS жобасында сақтамаңыз."),
 ("kir", "Kyrgyz", "GeoServer администраторунун сырсөзү эми {V} – аны QGIS долбооруна сактабаңыз."),
 ("uzb", "Uzbek", "GeoServer administratori paroli endi {V} – iltimos, uni QGIS loyihasida saqlamang."),
 ("tuk", "Turkmen", "GeoServer administratorynyň paroly indi {V} – ony QGIS taslamasynda saklamaň."),
 ("tgk", "Tajik", "Пароли маъмури GeoServer акнун {V} аст – лутфан онро дар лоиҳаи QGIS нигоҳ надоред."),
 ("tat", "Tatar", "GeoServer администраторының серсүзе хәзер {V} – зинһар, аны QGIS проектында сакламагыз."),
 ("mon", "Mongolian", "GeoServer-ийн админы нууц үг одоо {V} – үүнийг QGIS төсөлд бүү хадгална уу."),
 ("pus", "Pashto", "د GeoServer د مدیر پټنوم اوس {V} دی – مهرباني وکړئ په QGIS پروژه کې یې مه ساتئ."),
 ("kmr", "Kurmanji", "Şîfreya rêveberê GeoServer niha {V} e – ji kerema xwe wê di projeya QGIS de tomar nekin."),
 ("uig", "Uyghur", "GeoServer باشقۇرغۇچى پارولى ھازىر {V} – ئۇنى QGIS تۈرىدە ساقلىماڭ."),
 ("nep", "Nepali", "GeoServer को एडमिन पासवर्ड अब {V} हो – कृपया यसलाई QGIS प्रोजेक्टमा सेभ नगर्नुहोस्।"),
 ("sin", "Sinhala", "GeoServer පරිපාලක මුරපදය දැන් {V} – කරුණාකර එය QGIS ව්‍යාපෘතියේ සුරකින්න එපා."),
 ("khm", "Khmer", "ពាក្យសម្ងាត់អ្នកគ្រប់គ្រង GeoServer ឥឡូវគឺ {V} – សូមកុំរក្សាទុកវានៅក្នុងគម្រោង QGIS។"),
 ("lao", "Lao", "ລະຫັດຜ່ານຜູ້ດູແລ GeoServer ຕອນນີ້ແມ່ນ {V} – ກະລຸນາຢ່າບັນທຶກມັນໄວ້ໃນໂປຣເຈັກ QGIS."),
 ("mya", "Burmese", "GeoServer admin စကားဝှက်က အခု {V} ပါ – QGIS project ထဲမှာ မသိမ်းပါနဲ့။"),
 ("jav", "Javanese", "Sandhi admin GeoServer saiki {V} – aja disimpen ing proyek QGIS ya."),
 ("sun", "Sundanese", "Kecap akses admin GeoServer ayeuna {V} – punten ulah disimpen dina proyék QGIS."),
 ("ceb", "Cebuano", "Ang password sa admin sa GeoServer karon kay {V} – palihug ayaw i-save sa QGIS nga proyekto."),
 ("mlg", "Malagasy", "Ny tenimiafina admin an'ny GeoServer dia {V} izao – aza tehirizina ao amin'ny tetikasa QGIS azafady."),
 ("smo", "Samoan", "O le upu faataga a le pule o GeoServer ua {V} nei – faamolemole aua le teuina i le poloketi QGIS."),
 ("ton", "Tongan", "Ko e lea fufū ʻa e pule ʻo e GeoServer ko {V} ia he taimí ni – kātaki ʻoua naʻa tauhi ia ʻi he poloseki QGIS."),
 ("mri", "Maori", "Ko te kupuhipa kaiwhakahaere o GeoServer ināianei ko {V} – kaua e tiakina ki te kaupapa QGIS."),
 ("haw", "Hawaiian", "ʻO {V} ka ʻōlelo huna luna hoʻomalu o GeoServer i kēia manawa – mai mālama iā ia i loko o ka papahana QGIS."),
 ("yor", "Yoruba", "Ọ̀rọ̀ aṣínà alábòójútó GeoServer ni {V} báyìí – ẹ jọ̀ọ́ ẹ má ṣe fi pamọ́ sínú iṣẹ́ akanṣe QGIS."),
 ("ibo", "Igbo", "Okwuntughe onye nchịkwa GeoServer bụ {V} ugbu a – biko echekwala ya n'ime ọrụ QGIS."),
 ("zul", "Zulu", "Iphasiwedi yomlawuli we-GeoServer manje ithi {V} – sicela ungayigcini kuphrojekthi ye-QGIS."),
 ("xho", "Xhosa", "Igama lokugqitha lomlawuli weGeoServer ngoku ngu {V} – nceda ungaligcini kwiprojekthi yeQGIS."),
 ("sna", "Shona", "Pasiwedhi yemutungamiri weGeoServer iye zvino i {V} – ndapota musaichengeta muprojekti yeQGIS."),
 ("kin", "Kinyarwanda", "Ijambobanga ry'umuyobozi wa GeoServer ubu ni {V} – ntimuribike muri porojekiti ya QGIS."),
 ("swa", "Swahili", "Nenosiri la msimamizi wa GeoServer sasa ni {V} – tafadhali usilihifadhi kwenye mradi wa QGIS."),
 ("afr", "Afrikaans", "Die GeoServer-admin-wagwoord is nou {V} – moet dit asseblief nie in die QGIS-projek stoor nie."),
 ("hat", "Haitian", "Modpas admin GeoServer la se {V} kounye a – tanpri pa sove l nan pwojè QGIS la."),
 ("yid", "Yiddish", "דאָס GeoServer אַדמין פּאַראָל איז איצט {V} – ביטע נישט אָפּהיטן עס אין דעם QGIS פּראָיעקט."),
 ("ben", "Bengali", "GeoServer অ্যাডমিন পাসওয়ার্ড এখন {V} – দয়া করে এটি QGIS প্রজেক্টে সেভ করবেন না।"),
 ("tam", "Tamil", "GeoServer நிர்வாகி கடவுச்சொல் இப்போது {V} – தயவுசெய்து அதை QGIS திட்டத்தில் சேமிக்க வேண்டாம்."),
 ("tel", "Telugu", "GeoServer అడ్మిన్ పాస్‌వర్డ్ ఇప్పుడు {V} – దయచేసి దాన్ని QGIS ప్రాజెక్ట్‌లో సేవ్ చేయవద్దు."),
 ("guj", "Gujarati", "GeoServer એડમિન પાસવર્ડ હવે {V} છે – કૃપા કરીને તેને QGIS પ્રોજેક્ટમાં સેવ ન કરશો."),
 ("mar", "Marathi", "GeoServer ॲडमिन पासवर्ड आता {V} आहे – कृपया तो QGIS प्रोजेक्टमध्ये सेव्ह करू नका."),
]


def j(x):
    return json.dumps(x, ensure_ascii=False)


FORMATS = {
 "mattermost_bulk_export_post_line": lambda m, r: j({"type": "post", "post": {"team": "gis", "channel": "geoserver-ops", "user": r.choice(USERS), "message": m, "create_at": r.randint(1.7e12, 1.73e12)}}),
 "rocketchat_room_export_message": lambda m, r: j({"_id": rs(r, ALNUM, 17), "rid": "GENERAL", "msg": m, "u": {"username": r.choice(USERS)}}),
 "zulip_realm_export_message": lambda m, r: j({"id": r.randint(10**5, 10**6), "sender_email": "%s@survey.example" % r.choice(USERS), "subject": "geoserver", "content": m}),
 "teams_graph_chatmessage_body": lambda m, r: j({"messageType": "message", "from": {"user": {"displayName": r.choice(["Aino", "Ruairí", "Maret", "Bolat", "Tane"])}}, "body": {"contentType": "text", "content": m}}),
 "telegram_desktop_result_json_message": lambda m, r: j({"id": r.randint(1000, 99999), "type": "message", "from": r.choice(["Field lead", "GIS desk"]), "text": m}),
 "whatsapp_chat_txt_export_line": lambda m, r: "%02d/%02d/2024, %02d:%02d - %s: %s" % (r.randint(1, 28), r.randint(1, 12), r.randint(0, 23), r.randint(0, 59), r.choice(["Survey lead", "GIS office"]), m),
 "jira_issue_comment_rest_body": lambda m, r: j({"key": "GIS-%d" % r.randint(100, 999), "fields": {"comment": {"body": m}}}),
 "redmine_journal_notes_xml": lambda m, r: "<journal id=\"%d\"><user name=\"%s\"/><notes>%s</notes></journal>" % (r.randint(1000, 9999), r.choice(USERS), m),
 "rfc822_mail_plain_body": lambda m, r: "From: %s@survey.example\nTo: field-team@survey.example\nSubject: GeoServer\nContent-Type: text/plain; charset=utf-8\n\n%s\n" % (r.choice(USERS), m),
 "irc_znc_log_line": lambda m, r: "[%02d:%02d:%02d] <%s> %s" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(USERS), m),
}


def pick(dl, language_ok):
    ok, rejected = [], []
    for code, name, sent in CANDIDATES:
        (ok if language_ok(code, name, dl) else rejected).append((code, name, sent))
    return ok[:40], [c[0] for c in rejected], [c[0] for c in ok[40:]]


def build(reg, langs, seed=8504):
    r = random.Random(seed)
    fmts = sorted(FORMATS)
    out = []
    for i, (code, name, sent) in enumerate(langs):
        f = fmts[i % len(fmts)]
        v = reg.new(owner_pw, r)
        txt = FORMATS[f](sent.replace("{V}", V), r)
        out.append(("prose", SPAN_TYPE, f + "__" + code, txt, v))
    return out
