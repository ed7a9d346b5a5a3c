"""Prose part: a maintainer shares the release-signing key passphrase in their own language (RTL, CJK, mixed script)."""
import random, json
from common import *

SPAN = "release_signing_passphrase"
# (code, English name, sentence with {x}); candidates are filtered against the deny-list, first 40 kept
CANDIDATES = [
 ("fa", "Persian", "رمز عبور کلید امضای نسخه {x} است، لطفاً آن را در issue نگذارید."),
 ("ur", "Urdu", "ریلیز سائننگ کی کا پاس ورڈ {x} ہے، براہ کرم اسے issue میں مت لکھیں۔"),
 ("ug", "Uyghur", "نەشر ئىمزا ئاچقۇچىنىڭ پارولى {x} ، ئۇنى issue غا يازماڭ."),
 ("sd", "Sindhi", "رليز سائننگ ڪي جو پاس ورڊ {x} آهي، مهرباني ڪري ان کي issue ۾ نه لکو."),
 ("dv", "Dhivehi", "ރިލީސް ސައިނިންގ ކީގެ ޕާސްވޯޑަކީ {x} ، issue ގައި ނުލިޔުއްވާ."),
 ("yue", "Cantonese", "release 簽名 key 嘅密碼係 {x} ，唔好貼落 issue 度呀。"),
 ("hak", "Hakka", "發布簽名鎖匙个密碼係 {x} ，毋好貼到 issue 肚項。"),
 ("vi", "Vietnamese", "Mật khẩu của khóa ký bản phát hành là {x} , đừng dán vào issue nhé."),
 ("th", "Thai", "รหัสผ่านของคีย์เซ็นรีลีสคือ {x} อย่าโพสต์ลงใน issue นะ"),
 ("km", "Khmer", "ពាក្យសម្ងាត់នៃកូនសោចុះហត្ថលេខាការចេញផ្សាយគឺ {x} សូមកុំបិទភ្ជាប់វានៅក្នុង issue ។"),
 ("bo", "Tibetan", "པར་སྐྲུན་མིང་རྟགས་ལྡེ་མིག་གི་གསང་ཚིག་ནི {x} ཡིན། issue ནང་མ་འགོད་རོགས།"),
 ("mn", "Mongolian", "Хувилбарын гарын үсгийн түлхүүрийн нууц үг {x} , үүнийг issue-д бүү оруулаарай."),
 ("bn", "Bengali", "রিলিজ সাইনিং কি-এর পাসফ্রেজ {x} , দয়া করে এটা issue-তে পেস্ট করবেন না।"),
 ("mr", "Marathi", "रिलीज साइनिंग कीचा पासफ्रेज {x} आहे, कृपया तो issue मध्ये टाकू नका."),
 ("ta", "Tamil", "வெளியீட்டு கையொப்ப சாவியின் கடவுச்சொல் {x} , தயவுசெய்து இதை issue-இல் ஒட்ட வேண்டாம்."),
 ("te", "Telugu", "రిలీజ్ సైనింగ్ కీ పాస్‌ఫ్రేజ్ {x} , దయచేసి దీన్ని issue లో పెట్టకండి."),
 ("si", "Sinhala", "නිකුතු අත්සන් යතුරේ මුරපදය {x} , කරුණාකර එය issue එකට දමන්න එපා."),
 ("ka", "Georgian", "რელიზის ხელმოწერის გასაღების პაროლია {x} , გთხოვთ, issue-ში ნუ ჩასვამთ."),
 ("hy", "Armenian", "Թողարկման ստորագրման բանալու գաղտնաբառը {x} է, խնդրում եմ այն issue-ում չտեղադրեք։"),
 ("az", "Azerbaijani", "Buraxılış imza açarının parolu belədir: {x} . Zəhmət olmasa onu issue-ya yapışdırmayın."),
 ("kk", "Kazakh", "Релиз қолтаңба кілтінің құпия сөзі {x} , оны issue-ға қоймаңыз."),
 ("uz", "Uzbek", "Reliz imzo kalitining paroli {x} , iltimos, uni issue'ga qo'ymang."),
 ("et", "Estonian", "Väljalaske allkirjavõtme parool on {x} , palun ära pane seda issue'sse."),
 ("lv", "Latvian", "Laidiena paraksta atslēgas parole ir {x} , lūdzu, neievieto to issue."),
 ("lt", "Lithuanian", "Leidimo pasirašymo rakto slaptažodis yra {x} , prašau nekelti jo į issue."),
 ("hu", "Hungarian", "A kiadás-aláíró kulcs jelmondata {x} , kérlek, ne másold be az issue-ba."),
 ("ro", "Romanian", "Parola cheii de semnare a versiunii este {x} , te rog nu o pune în issue."),
 ("hr", "Croatian", "Lozinka ključa za potpisivanje izdanja je {x} , molim te ne lijepi je u issue."),
 ("sr", "Serbian", "Лозинка кључа за потписивање издања је {x} , молим те не лепи је у issue."),
 ("bg", "Bulgarian", "Паролата на ключа за подписване на релийза е {x} , моля, не я поставяй в issue-то."),
 ("uk", "Ukrainian", "Пароль ключа підпису релізу — {x} , будь ласка, не вставляй його в issue."),
 ("mk", "Macedonian", "Лозинката на клучот за потпишување на изданието е {x} , те молам не ја ставај во issue."),
 ("sq", "Albanian", "Fjalëkalimi i çelësit të nënshkrimit të versionit është {x} , të lutem mos e ngjit në issue."),
 ("sk", "Slovak", "Heslo ku kľúču na podpisovanie vydania je {x} , prosím, nevkladaj ho do issue."),
 ("cy", "Welsh", "Cyfrinair yr allwedd llofnodi rhyddhau yw {x} , peidiwch â'i gludo yn yr issue os gwelwch yn dda."),
 ("ga", "Irish", "Is é {x} pasfhocal na heochrach sínithe eisiúna, ná greamaigh san issue é, le do thoil."),
 ("eu", "Basque", "Bertsioa sinatzeko gakoaren pasahitza {x} da, mesedez ez itsatsi issue-an."),
 ("ca", "Catalan", "La contrasenya de la clau de signatura de la versió és {x} , si us plau no l'enganxis a l'issue."),
 ("gl", "Galician", "O contrasinal da chave de sinatura da versión é {x} , por favor non o pegues na issue."),
 ("eo", "Esperanto", "La pasvorto de la eldon-subskriba ŝlosilo estas {x} , bonvolu ne alglui ĝin en la issue."),
 ("mt", "Maltese", "Il-password taċ-ċavetta tal-iffirmar tar-rilaxx hija {x} , jekk jogħġbok tpoġġihiex fl-issue."),
 ("lb", "Luxembourgish", "D'Passwuert vum Release-Signatursschlëssel ass {x} , w.e.g. net an den Issue pechen."),
 ("fo", "Faroese", "Loyniorðið til útgávu-undirskriftarlykilin er {x} , vinarliga set tað ikki í issue."),
 ("yo", "Yoruba", "Ọ̀rọ̀ aṣínà kọ́kọ́rọ́ ìbuwọ́lù ìtújáde ni {x} , jọ̀wọ́ má ṣe fi sínú issue."),
 ("ig", "Igbo", "Okwuntughe igodo mbinye aka ntọhapụ bụ {x} , biko etinyela ya n'ime issue."),
 ("ha", "Hausa", "Kalmar sirri ta makullin sa hannun fitarwa ita ce {x} , don Allah kar ka saka ta a cikin issue."),
 ("af", "Afrikaans", "Die wagwoord van die vrystelling-ondertekensleutel is {x} , moet dit asseblief nie in die issue plak nie."),
 ("mg", "Malagasy", "Ny tenimiafina amin'ny fanalahidy fanaovan-tsonia famoahana dia {x} , aza apetraka ao amin'ny issue azafady."),
 ("sn", "Shona", "Password yekiyi yekusaina release ndeye {x} , ndapota usaiisa mu issue."),
 ("wo", "Wolof", "Baatu jàll bu caabi siñeer bi mooy {x} , bul ko def ci issue bi."),
 ("ti", "Tigrinya", "ናይ ሕትመት ፊርማ መፍትሕ ቃለ-ምስጢር {x} እዩ፣ በጃኹም ኣብ issue ኣይትለጥፍዎ።"),
 ("om", "Oromo", "Jecha iccitii furtuu mallattoo gadhiisaa {x} dha, maaloo issue keessa hin galchinaa."),
 ("fil", "Filipino", "Ang password ng release signing key ay {x} , pakiusap huwag itong i-paste sa issue."),
 ("jv", "Javanese", "Sandhi kunci tandha tangan rilis yaiku {x} , aja ditempelake ing issue ya."),
]

def _fmt(name, rng, msg, who, t):
    n = rng.randint(10**5, 10**6)
    if name == "line_talk_history_txt":
        return "%s\t%s\t%s" % (t[11:16], who, msg)
    if name == "qq_message_manager_export_line":
        return "%s %s(%d)\n%s" % (t[:10] + " " + t[11:19], who, rng.randint(10**8, 10**9), msg)
    if name == "dingtalk_conversation_json":
        return json.dumps({"conversationId": "cid%d" % n, "senderNick": who, "msgtype": "text", "text": {"content": msg}, "createAt": t}, ensure_ascii=False)
    if name == "lark_feishu_message_event_json":
        return json.dumps({"header": {"event_type": "im.message.receive_v1"}, "event": {"sender": {"sender_id": {"user_id": who}}, "message": {"message_type": "text", "content": json.dumps({"text": msg}, ensure_ascii=False)}}}, ensure_ascii=False)
    if name == "weechat_buffer_log_line":
        return "%s\t%s\t%s" % (t[:10] + " " + t[11:19], who, msg)
    if name == "gitter_room_archive_json":
        return json.dumps({"id": "%024x" % rng.getrandbits(96), "fromUser": {"username": who}, "sent": t, "text": msg}, ensure_ascii=False)
    if name == "zulip_realm_export_message_json":
        return json.dumps({"id": n, "sender_full_name": who, "stream": "release", "subject": "v2 signing", "content": msg, "date_sent": n}, ensure_ascii=False)
    if name == "discord_chat_exporter_csv_row":
        return '"%d","%s","%s","%s","",""' % (rng.randint(10**17, 10**18), who, t, msg.replace('"', '""'))
    if name == "rocketchat_room_export_json":
        return json.dumps({"_id": "%017x" % rng.getrandbits(64), "rid": "GENERAL", "u": {"username": who}, "msg": msg, "ts": {"$date": t}}, ensure_ascii=False)
    if name == "nextcloud_talk_chat_json":
        return json.dumps({"actorId": who, "actorType": "users", "message": msg, "timestamp": n, "messageType": "comment"}, ensure_ascii=False)
    raise KeyError(name)

FORMATS = ["line_talk_history_txt", "qq_message_manager_export_line", "dingtalk_conversation_json", "lark_feishu_message_event_json", "weechat_buffer_log_line", "gitter_room_archive_json", "zulip_realm_export_message_json", "discord_chat_exporter_csv_row", "rocketchat_room_export_json", "nextcloud_talk_chat_json"]


def chosen_languages(frozen):
    import denylist
    ok = [c for c in CANDIDATES if denylist.language_ok(c[0], c[1], frozen)]
    return ok[:40], [c for c in CANDIDATES if c not in ok]


def generate(pool, frozen):
    rng = random.Random(5304)
    langs, _ = chosen_languages(frozen)
    out = []
    for i, (code, name, sent) in enumerate(langs):
        fmt = FORMATS[i % len(FORMATS)]
        v = pool.take(lambda: pwd(rng, rng.randint(16, 24)))
        who = pick(rng, USERS)
        msg = sent.replace("{x}", M)
        text = _fmt(fmt, rng, msg, who, ts(rng))
        assert text.count(M) == 1, (fmt, code)
        text, spans = render(text, [v], [SPAN])
        out.append({"type": SPAN, "container": fmt + "__" + code, "text": text, "secrets": spans, "source": "prose", "language": code})
    return out
