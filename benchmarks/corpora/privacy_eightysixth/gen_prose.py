"""Prose: an SRE tells a teammate the new Grafana admin password on staging, asks not to put it in dashboard JSON."""
import json, random
from common import *

TYPE = "staging_grafana_admin_password_told_in_chat"

# (iso 639-3, English name, sentence with §)
CANDIDATES = [
    ("isl", "Icelandic", "Nýja lykilorðið fyrir Grafana admin á staging er \u00a7 – ekki setja það í dashboard JSON, takk."),
    ("bre", "Breton", "Ar ger-tremen nevez evit admin Grafana war staging eo \u00a7, na lakait ket anezhañ er JSON dashboard mar plij."),
    ("cor", "Cornish", "An ger-tremen nowydh rag admin Grafana war staging yw \u00a7, na worr ev y'n JSON dashboard mar pleg."),
    ("gla", "Scottish Gaelic", "Is e \u00a7 am facal-faire ùr airson admin Grafana air staging, na cuir e san JSON dashboard, mas e do thoil e."),
    ("glv", "Manx", "She \u00a7 yn fockle-follit noa son admin Grafana er staging, ny cur eh ayns y JSON dashboard my sailt."),
    ("oci", "Occitan", "Lo senhal novèl per l'admin Grafana de staging es \u00a7, lo metètz pas dins lo JSON del dashboard, se vos plai."),
    ("roh", "Romansh", "Il nov pled-clav per l'admin Grafana sin staging è \u00a7, per plaschair betg al metter en il JSON dal dashboard."),
    ("fur", "Friulian", "La gnove password pal admin di Grafana su staging e je \u00a7, no sta metile tal JSON de dashboard, par plasê."),
    ("srd", "Sardinian", "Sa password noa de s'admin Grafana in staging est \u00a7, no dda pongias in su JSON de su dashboard, pro praxere."),
    ("cos", "Corsican", "A nova password di l'admin Grafana nantu à staging hè \u00a7, ùn la mette micca in u JSON di u dashboard, per piacè."),
    ("wln", "Walloon", "Li novea scret po l' admin Grafana so staging, c' est \u00a7, nel metoz nén dins l' JSON do dashboard, s' i vs plait."),
    ("fry", "West Frisian", "It nije wachtwurd foar de Grafana-admin op staging is \u00a7, set it asjebleaft net yn de dashboard-JSON."),
    ("yid", "Yiddish", "דאָס נײַע פּאַראָל פֿאַר דעם Grafana admin אויף staging איז \u00a7 , ביטע נישט אַרײַנשטעלן אין דעם dashboard JSON."),
    ("csb", "Kashubian", "Nowé parolé do admina Grafanë na stagingu to \u00a7 , prosziã nie wkładôj gò do JSON-a dashboardu."),
    ("bel", "Belarusian", "Новы пароль для адміна Grafana на staging: \u00a7 , калі ласка, не ўстаўляй яго ў JSON дашборда."),
    ("slv", "Slovene", "Novo geslo za Grafana admina na stagingu je \u00a7, prosim, ne daj ga v JSON nadzorne plošče."),
    ("bul", "Bulgarian", "Новата парола за Grafana admin на staging е \u00a7 , моля, не я слагай в JSON-а на дашборда."),
    ("ron", "Romanian", "Parola nouă pentru adminul Grafana de pe staging este \u00a7, te rog să n-o pui în JSON-ul dashboardului."),
    ("hun", "Hungarian", "A staging Grafana admin új jelszava \u00a7 , kérlek, ne tedd bele a dashboard JSON-jába."),
    ("pol", "Polish", "Nowe hasło do admina Grafany na stagingu to \u00a7, proszę nie wklejaj go do JSON-a dashboardu."),
    ("ces", "Czech", "Nové heslo pro admina Grafany na stagingu je \u00a7, prosím nedávej ho do JSONu dashboardu."),
    ("ell", "Greek", "Ο νέος κωδικός για τον admin του Grafana στο staging είναι \u00a7 , σε παρακαλώ μην τον βάλεις στο JSON του dashboard."),
    ("hye", "Armenian", "Staging-ի Grafana admin-ի նոր գաղտնաբառն է \u00a7 , խնդրում եմ, մի՛ դիր այն dashboard-ի JSON-ի մեջ։"),
    ("kat", "Georgian", "staging-ზე Grafana admin-ის ახალი პაროლია \u00a7 , გთხოვ, dashboard-ის JSON-ში ნუ ჩასვამ."),
    ("aze", "Azerbaijani", "Staging-dəki Grafana admin üçün yeni parol \u00a7 -dir, xahiş edirəm onu dashboard JSON-una qoyma."),
    ("tuk", "Turkmen", "Staging-däki Grafana admin üçin täze parol \u00a7 , haýyş, ony dashboard JSON-yna goýma."),
    ("kir", "Kyrgyz", "Staging'деги Grafana admin үчүн жаңы сырсөз: \u00a7 , суранам, аны dashboard JSON'уна салба."),
    ("tgk", "Tajik", "Пароли нав барои admin-и Grafana дар staging: \u00a7 , илтимос, онро ба JSON-и dashboard нагузоред."),
    ("tat", "Tatar", "Staging'тагы Grafana admin өчен яңа серсүз: \u00a7 , зинһар, аны dashboard JSON'ына куйма."),
    ("bak", "Bashkir", "Staging'тағы Grafana admin өсөн яңы серһүҙ: \u00a7 , зинһар, уны dashboard JSON'ына һалма."),
    ("chv", "Chuvash", "Staging-ри Grafana admin валли çӗнӗ пароль: \u00a7 , тархасшӑн, ӑна dashboard JSON-не ан хур."),
    ("pus", "Pashto", "د staging پر Grafana admin لپاره نوی پاسورډ \u00a7 دی، مهرباني وکړئ په dashboard JSON کې یې مه ږدئ."),
    ("ckb", "Central Kurdish", "وشەی نهێنی نوێی admin ی Grafana لەسەر staging \u00a7 ـە، تکایە مەیخەرە ناو JSON ی dashboard."),
    ("snd", "Sindhi", "staging تي Grafana admin لاءِ نئون پاسورڊ \u00a7 آهي، مهرباني ڪري ان کي dashboard JSON ۾ نه وجهو."),
    ("pan", "Punjabi", "staging ਤੇ Grafana admin ਦਾ ਨਵਾਂ ਪਾਸਵਰਡ \u00a7 ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ dashboard JSON ਵਿੱਚ ਨਾ ਪਾਓ।"),
    ("guj", "Gujarati", "staging પર Grafana admin નો નવો પાસવર્ડ \u00a7 છે, કૃપા કરીને તેને dashboard JSON માં ન મૂકશો."),
    ("kan", "Kannada", "staging ನಲ್ಲಿ Grafana admin ನ ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ \u00a7 , ದಯವಿಟ್ಟು ಅದನ್ನು dashboard JSON ನಲ್ಲಿ ಹಾಕಬೇಡಿ."),
    ("mal", "Malayalam", "staging ലെ Grafana admin ന്റെ പുതിയ പാസ്‌വേഡ് \u00a7 ആണ്, ദയവായി അത് dashboard JSON ൽ ഇടരുത്."),
    ("ori", "Odia", "staging ରେ Grafana admin ର ନୂଆ ପାସୱାର୍ଡ \u00a7 , ଦୟାକରି ଏହାକୁ dashboard JSON ରେ ରଖନ୍ତୁ ନାହିଁ।"),
    ("asm", "Assamese", "staging ত Grafana admin ৰ নতুন পাছৱৰ্ড \u00a7 , অনুগ্ৰহ কৰি ইয়াক dashboard JSON ত নিদিব।"),
    ("nep", "Nepali", "staging मा Grafana admin को नयाँ पासवर्ड \u00a7 हो, कृपया यसलाई dashboard JSON मा नराख्नुहोस्।"),
    ("lao", "Lao", "ລະຫັດຜ່ານໃໝ່ຂອງ Grafana admin ໃນ staging ແມ່ນ \u00a7 ກະລຸນາຢ່າໃສ່ມັນໃນ dashboard JSON."),
    ("mya", "Burmese", "staging ပေါ်က Grafana admin ရဲ့ စကားဝှက်အသစ်က \u00a7 ပါ၊ dashboard JSON ထဲ မထည့်ပါနဲ့။"),
    ("uig", "Uyghur", "staging دىكى Grafana admin نىڭ يېڭى پارولى \u00a7 ، ئۇنى dashboard JSON غا قويماڭ."),
    ("jav", "Javanese", "Sandhi anyar kanggo admin Grafana ing staging yaiku \u00a7, aja dilebokake ing JSON dashboard ya."),
    ("sun", "Sundanese", "Kecap konci anyar pikeun admin Grafana di staging nyaéta \u00a7, punten ulah diasupkeun kana JSON dashboard."),
    ("tgl", "Tagalog", "Ang bagong password ng Grafana admin sa staging ay \u00a7, pakiusap huwag mo itong ilagay sa dashboard JSON."),
    ("ceb", "Cebuano", "Ang bag-ong password sa Grafana admin sa staging kay \u00a7, palihug ayaw ibutang sa dashboard JSON."),
    ("ilo", "Ilocano", "Ti baro a password ti Grafana admin iti staging ket \u00a7, pangngaasim ta dimo ikabil iti dashboard JSON."),
    ("mri", "Maori", "Ko te kupuhipa hou mō te admin Grafana i staging ko \u00a7, kaua e whakauru ki te JSON o te dashboard."),
    ("smo", "Samoan", "O le upu fa'alilolilo fou mo le admin Grafana i le staging o \u00a7, fa'amolemole aua ne'i tu'u i le JSON o le dashboard."),
    ("ton", "Tongan", "Ko e lea fufū fo'ou ki he admin Grafana 'i he staging ko \u00a7, kataki 'oua na'a ke tuku ia 'i he JSON 'o e dashboard."),
    ("haw", "Hawaiian", "ʻO \u00a7 ka ʻōlelo huna hou no ka admin Grafana ma staging, mai hoʻokomo ia i loko o ka JSON dashboard."),
    ("mlg", "Malagasy", "Ny teny miafina vaovao ho an'ny admin Grafana amin'ny staging dia \u00a7, aza apetraka ao amin'ny JSON an'ny dashboard azafady."),
    ("som", "Somali", "Furaha sirta cusub ee admin-ka Grafana ee staging waa \u00a7, fadlan ha gelin JSON-ka dashboard-ka."),
    ("orm", "Oromo", "Jechi icciitii haaraan admin Grafana staging irratti \u00a7 dha, maaloo JSON dashboard keessa hin galchin."),
    ("tir", "Tigrinya", "ሓድሽ ፓስዎርድ ናይ Grafana admin ኣብ staging \u00a7 እዩ፣ በጃኻ ኣብ dashboard JSON ኣይተእትዎ።"),
    ("kin", "Kinyarwanda", "Ijambo ry'ibanga rishya rya admin ya Grafana kuri staging ni \u00a7, ntuzarishyire muri JSON ya dashboard."),
    ("sna", "Shona", "Password itsva yeGrafana admin pa staging ndi \u00a7, ndapota usaiise mu dashboard JSON."),
    ("xho", "Xhosa", "Iphasiwedi entsha ye-admin ye-Grafana kwi-staging ngu \u00a7, nceda ungayifaki kwi-JSON ye-dashboard."),
    ("tsn", "Tswana", "Lefoko la sephiri le lesha la admin ya Grafana mo staging ke \u00a7, tsweetswee o se le tsenye mo JSON ya dashboard."),
    ("lin", "Lingala", "Password ya sika ya admin ya Grafana na staging ezali \u00a7, svp kotia yango te na JSON ya dashboard."),
    ("wol", "Wolof", "Baatu jàll bu bees bi ngir admin Grafana ci staging mooy \u00a7, bul ko def ci JSON bu dashboard bi."),
    ("ibo", "Igbo", "Okwuntughe ọhụrụ maka admin Grafana na staging bụ \u00a7, biko etinyela ya na JSON nke dashboard."),
    ("ewe", "Ewe", "Grafana admin ƒe nya ɣaɣla yeye le staging dzi enye \u00a7, meɖe kuku mègatsɔe de dashboard JSON me o."),
    ("que", "Quechua", "Staging nisqapi Grafana admin-paq musuq pakasqa simiqa \u00a7 kachkan, ama dashboard JSON ukuman churaychu."),
    ("grn", "Guarani", "Ñe'ẽñemi pyahu Grafana admin-pe guarã staging-pe ha'e \u00a7, ani emoinge dashboard JSON-pe."),
    ("hat", "Haitian Creole", "Nouvo modpas admin Grafana sou staging la se \u00a7, tanpri pa mete l nan JSON dashboard la."),
    ("pap", "Papiamento", "E password nobo pa admin di Grafana riba staging ta \u00a7, por fabor no pon\u00e9 den e JSON di dashboard."),
    ("kal", "Greenlandic", "Grafana admin-imut staging-imi isissutissaq nutaaq \u00a7 , dashboard JSON-imut ilinnginnaruk."),
]

FORMATS = ["mattermost_bulk_export_post_jsonl", "rocketchat_im_history_json", "slack_export_channel_message_json",
           "discord_chat_exporter_csv_row", "matrix_element_room_event_json", "weechat_buffer_log_line",
           "opsgenie_alert_note_json", "pagerduty_incident_note_json", "whatsapp_chat_export_txt_line",
           "github_issue_comment_api_json"]


def wrap(fmt, msg, d):
    j = lambda o: json.dumps(o, ensure_ascii=False)
    if fmt == "mattermost_bulk_export_post_jsonl":
        return j({"type": "post", "post": {"team": "sre", "channel": "obs-staging", "user": d["user"], "message": msg, "create_at": 1760000000000 + int(d["n"]) * 997}}) + "\n"
    if fmt == "rocketchat_im_history_json":
        return j({"messages": [{"_id": d["h16"], "rid": d["h8"], "msg": msg, "u": {"username": d["user"]}, "ts": {"$date": d["ts"]}}]}) + "\n"
    if fmt == "slack_export_channel_message_json":
        return j([{"type": "message", "user": "U0" + d["h8"].upper(), "text": msg, "ts": "1760%06d.000%s" % (int(d["n"]) * 7919, d["n"])}]) + "\n"
    if fmt == "discord_chat_exporter_csv_row":
        return "AuthorID,Author,Date,Content,Attachments,Reactions\n\"%s\",\"%s\",\"%s\",\"%s\",\"\",\"\"\n" % (d["n"] + "77" + d["n"], d["user"], d["ts"], msg.replace('"', '""'))
    if fmt == "matrix_element_room_event_json":
        return j({"type": "m.room.message", "sender": "@" + d["user"] + ":matrix.example.net", "content": {"msgtype": "m.text", "body": msg}, "origin_server_ts": 1760000000000 + int(d["n"])}) + "\n"
    if fmt == "weechat_buffer_log_line":
        return d["ts"][:10] + " " + d["ts"][11:19] + "\t" + d["user"] + "\t" + msg + "\n"
    if fmt == "opsgenie_alert_note_json":
        return j({"alertId": d["h16"], "note": msg, "user": d["user"] + "@example.net", "source": "web"}) + "\n"
    if fmt == "pagerduty_incident_note_json":
        return j({"note": {"content": msg, "user": {"summary": d["user"]}, "created_at": d["ts"]}}) + "\n"
    if fmt == "whatsapp_chat_export_txt_line":
        return "%s/%s/26, %s:%s - %s: %s\n" % (d["n"][:1] or "1", d["n"][-1:], d["ts"][11:13], d["ts"][14:16], d["user"], msg)
    if fmt == "github_issue_comment_api_json":
        return j({"id": int(d["n"]) * 104729, "user": {"login": d["user"]}, "body": msg, "created_at": d["ts"]}) + "\n"
    raise KeyError(fmt)


def generate(chosen):
    rng = random.Random(8604)
    recs = []
    for i, (code, name, sent) in enumerate(chosen):
        fmt = FORMATS[i % len(FORMATS)]
        d = fillers(rng)
        pw = owner_pw(rng)
        tmpl = wrap(fmt, sent, d)
        recs.append(make(None, TYPE, fmt + "__" + code, tmpl, pw, "prose", {}))
    return recs
