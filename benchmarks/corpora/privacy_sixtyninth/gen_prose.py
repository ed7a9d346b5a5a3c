"""Prose: an ML engineer shares the shared GPU JupyterHub password in their own language."""
import json, random
from common import owner_password, SLOT, pos_record

SPAN_TYPE = "gpu_jupyterhub_shared_password"
# (code, English name, sentence with «V»)
CANDIDATES = [
 ("zh", "Chinese", "GPU 集群上共享 JupyterHub 的新密码是 «V» ，请不要写进实验记录。"),
 ("nb", "Norwegian Bokmal", "Det nye passordet til den delte JupyterHub-en på GPU-klyngen er «V», ikke skriv det i eksperimentnotatene."),
 ("sl", "Slovenian", "Novo geslo za skupni JupyterHub na GPU gruči je «V», prosim, ne zapiši ga v zapiske poskusov."),
 ("bs", "Bosnian", "Nova lozinka za zajednički JupyterHub na GPU klasteru je «V», molim te ne upisuj je u bilješke eksperimenta."),
 ("be", "Belarusian", "Новы пароль да агульнага JupyterHub на GPU-кластары: «V», калі ласка, не пішы яго ў нататкі эксперыментаў."),
 ("tg", "Tajik", "Пароли нави JupyterHub-и умумӣ дар кластери GPU «V» аст, лутфан онро ба қайдҳои таҷриба нанависед."),
 ("ky", "Kyrgyz", "GPU кластериндеги жалпы JupyterHub үчүн жаңы сырсөз «V», аны эксперимент жазууларына жазбагыла."),
 ("tk", "Turkmen", "GPU klasterindäki umumy JupyterHub üçin täze parol «V», ony synag belliklerine ýazmaň."),
 ("tt", "Tatar", "GPU кластерындагы уртак JupyterHub өчен яңа серсүз «V», аны эксперимент язмаларына язмагыз."),
 ("ps", "Pashto", "د GPU کلستر د ګډ JupyterHub نوی پټنوم «V» دی، مهرباني وکړئ په تجربو یادښتونو کې یې مه لیکئ."),
 ("ku", "Kurdish Kurmanji", "Şîfreya nû ya JupyterHub a hevpar li ser koma GPU «V» e, ji kerema xwe wê nenivîse nav notên ceribandinê."),
 ("pa", "Punjabi", "GPU ਕਲੱਸਟਰ ਦੇ ਸਾਂਝੇ JupyterHub ਦਾ ਨਵਾਂ ਪਾਸਵਰਡ «V» ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਤਜਰਬੇ ਦੇ ਨੋਟਸ ਵਿੱਚ ਨਾ ਲਿਖੋ।"),
 ("gu", "Gujarati", "GPU ક્લસ્ટર પરના શેર કરેલા JupyterHub નો નવો પાસવર્ડ «V» છે, કૃપા કરીને તેને પ્રયોગની નોંધોમાં ન લખશો."),
 ("kn", "Kannada", "GPU ಕ್ಲಸ್ಟರ್‌ನ ಹಂಚಿಕೆಯ JupyterHub ನ ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ «V» , ದಯವಿಟ್ಟು ಅದನ್ನು ಪ್ರಯೋಗದ ಟಿಪ್ಪಣಿಗಳಲ್ಲಿ ಬರೆಯಬೇಡಿ."),
 ("ml", "Malayalam", "GPU ക്ലസ്റ്ററിലെ പങ്കിട്ട JupyterHub-ന്റെ പുതിയ പാസ്‌വേഡ് «V» ആണ്, ദയവായി അത് പരീക്ഷണ കുറിപ്പുകളിൽ എഴുതരുത്."),
 ("ne", "Nepali", "GPU क्लस्टरको साझा JupyterHub को नयाँ पासवर्ड «V» हो, कृपया यसलाई प्रयोगका नोटहरूमा नलेख्नुहोस्।"),
 ("lo", "Lao", "ລະຫັດຜ່ານໃໝ່ຂອງ JupyterHub ທີ່ໃຊ້ຮ່ວມກັນໃນ GPU cluster ແມ່ນ «V» ກະລຸນາຢ່າຂຽນມັນລົງໃນບັນທຶກການທົດລອງ."),
 ("tl", "Tagalog", "Ang bagong password ng shared JupyterHub sa GPU cluster ay «V», pakiusap huwag mo itong isulat sa experiment notes."),
 ("jv", "Javanese", "Sandhi anyar kanggo JupyterHub bareng ing kluster GPU yaiku «V», aja ditulis ing cathetan eksperimen ya."),
 ("su", "Sundanese", "Kecap konci anyar pikeun JupyterHub babarengan di klaster GPU nyaéta «V», punten ulah diserat dina catetan ékspérimén."),
 ("ceb", "Cebuano", "Ang bag-ong password sa gipaambit nga JupyterHub sa GPU cluster kay «V», palihug ayaw kini isulat sa mga nota sa eksperimento."),
 ("mg", "Malagasy", "Ny teny miafina vaovao amin'ny JupyterHub iombonana ao amin'ny cluster GPU dia «V», aza soratana ao amin'ny naoty fanandramana azafady."),
 ("ig", "Igbo", "Okwuntughe ọhụrụ maka JupyterHub a na-ekerịta na GPU cluster bụ «V», biko edela ya na ndetu nnwale."),
 ("xh", "Xhosa", "Igama lokugqitha elitsha le-JupyterHub ekwabelwana ngayo kwi-GPU cluster ngu «V», nceda ungalibhali kumanqaku ovavanyo."),
 ("rw", "Kinyarwanda", "Ijambobanga rishya rya JupyterHub dusangiye kuri GPU cluster ni «V», ntimurishyire mu nyandiko z'igerageza."),
 ("ln", "Lingala", "Motɛ́ya ya sika ya JupyterHub oyo tokabolaka na GPU cluster ezali «V», tosɛngi okoma yango te na ba notes ya komeka."),
 ("wo", "Wolof", "Baatu jàll bu bees bi ci JupyterHub bi ñu bokk ci GPU cluster mooy «V», bul ko bind ci notu ñaatal yi."),
 ("ny", "Chichewa", "Mawu achinsinsi atsopano a JupyterHub yogawana pa GPU cluster ndi «V», chonde musawalembe m'zolemba zoyesera."),
 ("mi", "Maori", "Ko te kupuhipa hou mō te JupyterHub tiritahi i te GPU cluster ko «V», kaua e tuhia ki ngā tuhipoka whakamātautau."),
 ("sm", "Samoan", "O le upu faataga fou mo le JupyterHub faasoa i le GPU cluster o «V», faamolemole aua le tusia i totonu o faamaumauga o suega."),
 ("qu", "Quechua", "GPU cluster nisqapi JupyterHub rakinakuypaq musuq pakasqa simiqa «V», ama qillqaychu experimento willakuykunapi."),
 ("gn", "Guarani", "Ñe'ẽñemi pyahu JupyterHub ñemboja'ópe guarã GPU cluster-pe ha'e «V», ani rehai experimento kuatiahaípe."),
 ("ht", "Haitian Creole", "Nouvo modpas JupyterHub nou pataje sou GPU cluster la se «V», tanpri pa ekri l nan nòt eksperyans yo."),
 ("fy", "Frisian", "It nije wachtwurd foar de dielde JupyterHub op it GPU-kluster is «V», skriuw it asjebleaft net yn de eksperimintnotysjes."),
 ("gd", "Scottish Gaelic", "Is e «V» am facal-faire ùr airson an JupyterHub co-roinnte air a’ bhuidheann GPU, na sgrìobh e anns na notaichean deuchainn."),
 ("br", "Breton", "Ar ger-tremen nevez evit ar JupyterHub rannet war ar strollad GPU eo «V», na skrivit ket anezhañ en notennoù an arnodoù mar plij."),
 ("oc", "Occitan", "Lo senhal nòu del JupyterHub partejat sul cluster GPU es «V», l'escriguètz pas dins las nòtas d'experiéncia."),
 ("co", "Corsican", "A nova parolla d'ordine di u JupyterHub spartutu nantu à u cluster GPU hè «V», ùn la scrivite micca in e note di sperimentu."),
 ("fo", "Faroese", "Nýggja loyniorðið til felags JupyterHub á GPU-klyngjuni er «V», vinarliga skriva tað ikki í royndarviðmerkingarnar."),
 ("yi", "Yiddish", "דאָס נײַע פּאַראָל פֿאַרן געמיינזאַמען JupyterHub אויפֿן GPU קלאַסטער איז «V», ביטע שרײַב עס נישט אין די עקספּערימענט־נאָטיצן."),
 ("ug", "Uyghur", "GPU توپىدىكى ئورتاق JupyterHub نىڭ يېڭى پارولى «V» ، ئۇنى تەجرىبە خاتىرىسىگە يازماڭ."),
 ("my", "Burmese", "GPU cluster ပေါ်ရှိ မျှဝေသုံး JupyterHub ၏ စကားဝှက်အသစ်မှာ «V» ဖြစ်သည်၊ စမ်းသပ်မှတ်စုများထဲတွင် မရေးပါနှင့်။"),
 ("sn", "Shona", "Pasiwedhi itsva yeJupyterHub yatinogovana paGPU cluster i «V», ndapota musainyore mumanotsi ekuedza."),
 ("st", "Sesotho", "Phasewete e ncha ya JupyterHub eo re e arolelanang ho GPU cluster ke «V», ka kopo o se ke wa e ngola dinoutung tsa diteko."),
 ("lg", "Luganda", "Ekigambo ekyekusifu ekipya ekya JupyterHub gye tugabana ku GPU cluster kye «V», tokiwandiika mu biwandiiko by'okugezesa."),
 ("ti", "Tigrinya", "ሓድሽ ፓስዎርድ ናይቲ ብሓባር እንጥቀመሉ JupyterHub ኣብ GPU cluster «V» እዩ፣ በጃኹም ኣብ መዘክር ፈተነ ኣይትጽሓፍዎ።"),
]
# chat-export formats: (name, function(sender, date, msg) -> text)
def _j(d):
    return json.dumps(d, ensure_ascii=False)
FORMATS = [
 ("whatsapp_android_txt_export_line", lambda u, d, m: "%s/%s/25, 21:%02d - %s: %s" % (d[8:], d[5:7], int(d[8:]) % 60, u, m)),
 ("ms_teams_graph_chatmessage_json", lambda u, d, m: _j({"@odata.type": "#microsoft.graph.chatMessage", "createdDateTime": d + "T09:12:00Z", "from": {"user": {"displayName": u}}, "body": {"contentType": "text", "content": m}})),
 ("wecom_session_archive_json", lambda u, d, m: _j({"msgtype": "text", "from": u, "msgtime": 1735000000000, "text": {"content": m}})),
 ("viber_desktop_csv_row", lambda u, d, m: "%s,10:41,%s,+000000000,\"%s\"" % (d, u, m.replace('"', '""'))),
 ("kakaotalk_pc_txt_line", lambda u, d, m: "[%s] [오후 3:%s] %s" % (u, d[8:], m)),
 ("gitter_archive_json_message", lambda u, d, m: _j({"sent": d + "T14:03:11.000Z", "fromUser": {"username": u}, "text": m})),
 ("keybase_chat_api_json_message", lambda u, d, m: _j({"msg": {"sender": {"username": u}, "content": {"type": "text", "text": {"body": m}}}})),
 ("webex_messages_api_json_item", lambda u, d, m: _j({"roomType": "group", "text": m, "personEmail": u + "@ml.example", "created": d + "T08:30:00.000Z"})),
 ("weechat_buffer_log_line", lambda u, d, m: "%s 22:07:31\t%s\t%s" % (d, u, m)),
 ("signal_desktop_markdown_export_line", lambda u, d, m: "**%s** · %s 18:22  \n%s" % (u, d, m)),
]

def pick_languages(deny):
    names, langs, words = set(deny["names"]), set(deny["languages"]), set(deny["words"])
    out, excluded = [], []
    for code, name, sent in CANDIDATES:
        bad = code in names or code in langs or code in words or name.lower() in langs or any(w.lower() in words or w.lower() in langs for w in name.split())
        (excluded if bad else out).append((code, name, sent))
    return out[:40], excluded, out[40:]

def gen(deny, seed=6904, pool=None):
    rng = random.Random(seed)
    langs, _, _ = pick_languages(deny)
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        fname, f = FORMATS[i % len(FORMATS)]
        while True:
            v = owner_password(rng)
            if pool.add(v):
                break
        user = rng.choice(["mlops", "annot-lead", "ray", "jhub-admin", "evalbot-owner"])
        d = "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(10, 28))
        text = f(user, d, sent.replace("«V»", SLOT))
        s = text.index(SLOT); text = text.replace(SLOT, v)
        recs.append(pos_record(text, s, s + len(v), v, SPAN_TYPE, fname + "__" + code, "prose"))
    return recs, langs
