"""Prose: a payroll officer shares the payroll-portal password in their own language."""
import json, random
from common import *

# (code, English name, sentence with {v})
CAND = [
 ("nb", "Norwegian Bokmal", "Passordet til lønnsportalen er {v} – ikke skriv det i saksmappen, er du snill."),
 ("nn", "Norwegian Nynorsk", "Passordet til lønsportalen er {v} – ikkje skriv det i saksmappa."),
 ("sl", "Slovenian", "Geslo za plačni portal je {v} – prosim, ne zapisuj ga v spis zadeve."),
 ("bs", "Bosnian", "Lozinka za portal za plate je {v} – molim te, ne upisuj je u spis predmeta."),
 ("la", "Latin", "Tessera portae stipendiorum est {v}; quaeso, ne eam in actis causae scribas."),
 ("fy", "West Frisian", "It wachtwurd foar it salarisportaal is {v} – skriuw it asjebleaft net yn it saakdossier."),
 ("br", "Breton", "Ger-tremen ar porched goproù eo {v} – na skriv ket anezhañ en teuliad, mar plij."),
 ("gd", "Scottish Gaelic", "Is e {v} am facal-faire airson portal a’ phàighidh – na sgrìobh e anns a’ chùis-fhaidhle."),
 ("co", "Corsican", "A parolla d'intrata di u portale di i stipendii hè {v} – ùn la scrive micca in u fugliale."),
 ("oc", "Occitan", "Lo senhal del portal de las pagas es {v} – l'escrigas pas dins lo dorsièr, se vos plai."),
 ("yi", "Yiddish", "דאָס פּאַראָל פֿאַר דעם געהאַלט־פּאָרטאַל איז {v} – ביטע שרייַב עס נישט אין דער פֿאַל־טעקע."),
 ("ku", "Kurdish Kurmanji", "Şîfreya portala meaşan {v} e – ji kerema xwe wê di dosyaya dozê de nenivîse."),
 ("ps", "Pashto", "د معاش پورټال پټنوم {v} دی – مهرباني وکړئ په دوسیه کې یې مه لیکئ."),
 ("tg", "Tajik", "Пароли портали маош {v} аст – лутфан онро дар парвандаи кор нанависед."),
 ("ky", "Kyrgyz", "Айлык порталынын сырсөзү {v} – сураныч, аны иштин папкасына жазба."),
 ("tk", "Turkmen", "Aýlyk portalynyň açar sözi {v} – haýyş, ony iş bukjasyna ýazma."),
 ("tt", "Tatar", "Хезмәт хакы порталының серсүзе {v} – зинһар, аны эш папкасына язма."),
 ("ba", "Bashkir", "Эш хаҡы порталының серһүҙе {v} – зинһар, уны эш папкаһына яҙма."),
 ("pa", "Punjabi", "ਤਨਖਾਹ ਪੋਰਟਲ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕੇਸ ਫਾਈਲ ਵਿੱਚ ਨਾ ਲਿਖੋ।"),
 ("gu", "Gujarati", "પગાર પોર્ટલનો પાસવર્ડ {v} છે – કૃપા કરીને તેને કેસ ફાઇલમાં લખશો નહીં."),
 ("kn", "Kannada", "ಸಂಬಳ ಪೋರ್ಟಲ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {v} – ದಯವಿಟ್ಟು ಅದನ್ನು ಕೇಸ್ ಫೈಲ್‌ನಲ್ಲಿ ಬರೆಯಬೇಡಿ."),
 ("ml", "Malayalam", "ശമ്പള പോർട്ടലിന്റെ പാസ്‌വേഡ് {v} ആണ് – ദയവായി അത് കേസ് ഫയലിൽ എഴുതരുത്."),
 ("ne", "Nepali", "तलब पोर्टलको पासवर्ड {v} हो – कृपया यसलाई मुद्दाको फाइलमा नलेख्नुहोस्।"),
 ("lo", "Lao", "ລະຫັດຜ່ານຂອງປະຕູເງິນເດືອນແມ່ນ {v} – ກະລຸນາຢ່າຂຽນມັນໃສ່ແຟ້ມຄະດີ."),
 ("my", "Burmese", "လစာပေါ်တယ်၏ စကားဝှက်မှာ {v} ဖြစ်သည် – ကျေးဇူးပြု၍ အမှုတွဲထဲတွင် မရေးပါနှင့်။"),
 ("jv", "Javanese", "Sandhi kanggo portal gaji yaiku {v} – aja ditulis ing berkas perkara, nggih."),
 ("su", "Sundanese", "Kecap konci pikeun portal gajih nyaéta {v} – punten ulah diserat dina berkas perkara."),
 ("ceb", "Cebuano", "Ang password sa payroll portal kay {v} – palihug ayaw isulat sa file sa kaso."),
 ("mi", "Maori", "Ko {v} te kupuhipa mō te tomokanga utu – tēnā, kaua e tuhia ki te kōnae take."),
 ("sm", "Samoan", "O le upu faataga mo le portal o totogi o {v} – faamolemole aua e te tusia i le faila o le mataupu."),
 ("haw", "Hawaiian", "ʻO {v} ka ʻōlelo huna no ka puka uku – mai kākau ʻoe ma ka waihona hihia."),
 ("mg", "Malagasy", "Ny tenimiafina amin'ny vavahadin'ny karama dia {v} – aza soratana ao amin'ny antontan-taratasin'ny raharaha azafady."),
 ("rw", "Kinyarwanda", "Ijambo ry'ibanga rya portal y'imishahara ni {v} – ntuzaryandike muri dosiye y'urubanza."),
 ("sn", "Shona", "Password yeportal yemihoro ndi {v} – ndapota usainyora mufaira renyaya."),
 ("xh", "Xhosa", "Igama lokugqitha le-portal yemivuzo ngu {v} – nceda ungalibhali kwifayile yetyala."),
 ("st", "Sesotho", "Phasewete ya portal ya meputso ke {v} – ka kopo o se ke wa e ngola faeleng ya nyewe."),
 ("tn", "Setswana", "Lefoko la sephiri la portal ya dituelo ke {v} – tsweetswee o se ka wa le kwala mo faeleng ya kgetsi."),
 ("wo", "Wolof", "Baatu jàll bu portal bu pey bi mooy {v} – bul ko bind ci kaarange mbir mi."),
 ("ti", "Tigrinya", "ናይ ደሞዝ ፖርታል መሕለፊ ቃል {v} እዩ – በጃኹም ኣብ ፋይል ጉዳይ ኣይትጽሓፍዎ።"),
 ("om", "Oromo", "Jecha icciitii portaala mindaa {v} dha – maaloo faayilii dhimmaa keessatti hin barreessin."),
 ("ln", "Lingala", "Liloba ya sekele ya portail ya lifuti ezali {v} – kokoma yango te na dosie ya likambo."),
 ("qu", "Quechua", "Pagay portalpa pakasqa siminqa {v} – ama hina kaspa ama chayta expedienteman qillqaychu."),
 ("gn", "Guarani", "Ñe'ẽñemi portal de salario rehegua ha'e {v} – ani rehai expediente-pe."),
 ("ht", "Haitian Creole", "Modpas pòtay salè a se {v} – tanpri pa ekri l nan dosye ka a."),
 ("zh", "Mandarin Chinese", "工资门户的密码是 {v} ，请不要写进案卷。"),
 ("sa", "Sanskrit", "वेतनद्वारस्य गुप्तशब्दः {v} अस्ति – कृपया तं प्रकरणपत्रे मा लिखतु।"),
 ("se", "Northern Sami", "Bálkáportála beassansátni lea {v} – ale čále dan áššemáhppii."),
 ("ast", "Asturian", "La contraseña del portal de nómines ye {v} – por favor, nun la escribas nel espediente."),
 ("hsb", "Upper Sorbian", "Hesło za portal mzdy je {v} – prošu njepisaj jo do spisa."),
 ("fil", "Filipino", "Ang password ng payroll portal ay {v} – pakiusap, huwag itong isulat sa case file."),
 ("be", "Belarusian", "Пароль да партала заробку {v} – калі ласка, не пішы яго ў справу."),
]

SPAN_TYPE = "payroll_portal_login_password"


def f_teams(rng, d, msg):
    return '<tr class="message"><td class="author">%s</td><td class="ts">%sT%s:00Z</td><td class="body"><p>%s</p></td></tr>\n' % (d["person"], d["date"], d["time"], msg)

def f_whatsapp(rng, d, msg):
    a, b, c = d["date"].split("-")
    return "%s/%s/%s, %s - %s: %s\n" % (c, b, a[2:], d["time"], d["person"], msg)

def f_signal(rng, d, msg):
    return json.dumps({"conversationId": ruuid(rng), "source": "+4420%08d" % rng.randint(0, 10**8 - 1), "sent_at": 1760000000000 + rng.randint(0, 10**9), "body": msg}, ensure_ascii=False) + "\n"

def f_viber(rng, d, msg):
    return '%s,%s,"%s","%s"\n' % (d["date"], d["time"], d["person"], msg.replace('"', '""'))

def f_wecom(rng, d, msg):
    return json.dumps({"msgid": "%d_%d_external" % (rng.randint(10**15, 10**16), rng.randint(10**9, 10**10)), "action": "send", "from": d["user"], "msgtype": "text", "text": {"content": msg}}, ensure_ascii=False) + "\n"

def f_skype(rng, d, msg):
    return json.dumps({"id": str(rng.randint(10**12, 10**13)), "displayName": d["person"], "originalarrivaltime": d["date"] + "T" + d["time"] + ":00.000Z", "messagetype": "RichText", "content": msg}, ensure_ascii=False) + "\n"

def f_xmpp(rng, d, msg):
    m = msg.replace("&", "&amp;").replace("<", "&lt;")
    return '<message from="%s@chat.agency.example/desk" to="payroll@conference.agency.example" type="groupchat" id="%s"><body>%s</body></message>\n' % (d["user"], rs(rng, 12, LOWDIG), m)

def f_kakao(rng, d, msg):
    return "%s %s, %s : %s\n" % (d["date"].replace("-", ". ") + ".", d["time"], d["person"], msg)

def f_imessage(rng, d, msg):
    return '<div class="message received"><span class="timestamp">%s %s</span><span class="sender">%s</span><p class="bubble">%s</p></div>\n' % (d["date"], d["time"], d["person"], msg)

def f_wire(rng, d, msg):
    return json.dumps({"type": "conversation.otr-message-add", "conversation": ruuid(rng), "from": ruuid(rng), "time": d["date"] + "T" + d["time"] + ":00.000Z", "data": {"content": msg}}, ensure_ascii=False) + "\n"

FORMATS = {
 "teams_chat_html_export_row": f_teams,
 "whatsapp_export_txt_line": f_whatsapp,
 "signal_desktop_json_message": f_signal,
 "viber_history_csv_row": f_viber,
 "wecom_archive_json_message": f_wecom,
 "skype_export_json_message": f_skype,
 "xmpp_groupchat_stanza_xml": f_xmpp,
 "kakaotalk_export_txt_line": f_kakao,
 "imessage_html_bubble_export": f_imessage,
 "wire_backup_json_event": f_wire,
}


def languages(d):
    import denylist
    ok, excluded = [], []
    for c, n, s in CAND:
        (ok if denylist.language_ok(c, n, d) else excluded).append((c, n, s))
    return ok[:40], excluded


def generate(pool, d):
    rng = random.Random(5804)
    langs, _ = languages(d)
    assert len(langs) == 40, len(langs)
    fmts = list(FORMATS)
    out = []
    for i, (code, name, sent) in enumerate(langs):
        fmt = fmts[i % len(fmts)]
        while True:
            v = rng.choice(["Payroll", "Lohn", "Salario", "Gaji", "Maash", "Karama"]) + rng.choice("-_.") + rs(rng, 7, ALNUM) + rs(rng, 2, "0123456789")
            if v not in pool:
                break
        pool.add(v)
        fl = fillers(rng)
        msg = sent.replace("{v}", mark(v))
        text, spans = unmark(FORMATS[fmt](rng, fl, msg), SPAN_TYPE)
        out.append({"type": SPAN_TYPE, "container": fmt + "__" + code, "text": text, "secrets": spans, "source": "prose", "_lang": (code, name)})
    return out
