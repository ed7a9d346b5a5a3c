import random, json
from common import *
# (code, English name, sentence with {V})
LANGS = [
 ('zh', 'Chinese', '商店后台管理员密码是 {V} ，请不要写进给客户的交接表格里。'),
 ('ar', 'Arabic', 'كلمة مرور مدير المتجر هي {V} ، من فضلك لا تكتبها في جدول التسليم للعميل.'),
 ('sl', 'Slovenian', 'Geslo za skrbnika trgovine je {V} – prosim, ne vpisuj ga v predajno preglednico za stranko.'),
 ('bs', 'Bosnian', 'Lozinka za administratora prodavnice je {V} – molim te, ne upisuj je u tabelu za klijenta.'),
 ('be', 'Belarusian', 'Пароль адміністратара крамы: {V} — калі ласка, не ўпісвай яго ў табліцу для кліента.'),
 ('tl', 'Tagalog', 'Ang password ng admin ng tindahan ay {V} — pakiusap, huwag mo itong isulat sa spreadsheet ng kliyente.'),
 ('jv', 'Javanese', 'Sandhi admin toko yaiku {V} — aja ditulis ing spreadsheet kanggo klien, ya.'),
 ('su', 'Sundanese', 'Kecap konci admin toko nyaéta {V} — punten ulah diserat dina spreadsheet klién.'),
 ('ceb', 'Cebuano', 'Ang password sa admin sa tindahan kay {V} — palihug ayaw isulat sa spreadsheet sa kliyente.'),
 ('mg', 'Malagasy', "Ny tenimiafina an'ny mpitantana ny fivarotana dia {V} — aza soratana ao amin'ny tabilao ho an'ny mpanjifa, azafady."),
 ('ig', 'Igbo', 'Okwuntughe onye nchịkwa ụlọ ahịa bụ {V} — biko edela ya na spreadsheet onye ahịa.'),
 ('xh', 'Xhosa', 'Igama lokugqitha lomlawuli wevenkile ngu {V} — nceda ungalibhali kwispredishithi somthengi.'),
 ('rw', 'Kinyarwanda', "Ijambo ry'ibanga rya admin w'iduka ni {V} — ntuyandike mu mbonerahamwe y'umukiriya."),
 ('ku', 'Kurdish', 'Şîfreya rêvebirê firoşgehê {V} e — ji kerema xwe wê di tabloya xerîdar de nenivîse.'),
 ('ps', 'Pashto', 'د پلورنځي د اډمین پټنوم {V} دی — مهرباني وکړئ د پیرودونکي په جدول کې یې مه لیکئ.'),
 ('pa', 'Punjabi', 'ਦੁਕਾਨ ਦੇ ਐਡਮਿਨ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ — ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਕਲਾਇੰਟ ਦੀ ਸਪ੍ਰੈਡਸ਼ੀਟ ਵਿੱਚ ਨਾ ਲਿਖੋ।'),
 ('gu', 'Gujarati', 'દુકાનના એડમિનનો પાસવર્ડ {V} છે — કૃપા કરીને તેને ક્લાયન્ટની સ્પ્રેડશીટમાં ન લખશો.'),
 ('kn', 'Kannada', 'ಅಂಗಡಿಯ ಅಡ್ಮಿನ್ ಪಾಸ್‌ವರ್ಡ್ {V} — ದಯವಿಟ್ಟು ಇದನ್ನು ಕ್ಲೈಂಟ್ ಸ್ಪ್ರೆಡ್‌ಶೀಟ್‌ನಲ್ಲಿ ಬರೆಯಬೇಡಿ.'),
 ('ml', 'Malayalam', 'കടയുടെ അഡ്മിൻ പാസ്‌വേഡ് {V} ആണ് — ദയവായി ഇത് ക്ലയന്റിന്റെ സ്പ്രെഡ്ഷീറ്റിൽ എഴുതരുത്.'),
 ('ne', 'Nepali', 'पसलको एडमिन पासवर्ड {V} हो — कृपया यसलाई ग्राहकको स्प्रेडसिटमा नलेख्नुहोस्।'),
 ('lo', 'Lao', 'ລະຫັດຜ່ານແອັດມິນຂອງຮ້ານແມ່ນ {V} — ກະລຸນາຢ່າຂຽນມັນໃສ່ຕາຕະລາງຂອງລູກຄ້າ.'),
 ('ky', 'Kyrgyz', 'Дүкөндүн админ сырсөзү: {V} — сураныч, аны кардардын таблицасына жазба.'),
 ('tg', 'Tajik', 'Пароли администратори мағоза {V} аст — лутфан онро ба ҷадвали мизоҷ нанависед.'),
 ('tk', 'Turkmen', 'Dükanyň admin paroly {V} — haýyş, ony müşderiniň tablisasyna ýazmaň.'),
 ('tt', 'Tatar', 'Кибет администраторының серсүзе: {V} — зинһар, аны клиент таблицасына язма.'),
 ('yi', 'Yiddish', 'דער פּאַראָל פֿון דעם קראָם־אַדמין איז {V} — ביטע שרייב עס נישט אין דעם קליענטס טאַבעלע.'),
 ('fo', 'Faroese', 'Loyniorðið hjá umsitaranum í handlinum er {V} — vinaliga skriva tað ikki í talvuna hjá kundanum.'),
 ('fy', 'Frisian', 'It wachtwurd fan de winkelbehearder is {V} — skriuw it asjebleaft net yn it rekkenblêd fan de klant.'),
 ('br', 'Breton', 'Ger-tremen merour ar stal eo {V} — na skriv ket anezhañ e taolenn ar pratik, mar plij.'),
 ('co', 'Corsican', "A parolla d'accessu di l'amministratore di a buttega hè {V} — per piacè, ùn la scrive micca in u fogliu di u cliente."),
 ('gd', 'Gaelic', "'S e facal-faire rianaire na bùtha {V} — na sgrìobh e ann an cliath-dhuilleag a' chliant, mas e do thoil e."),
 ('oc', 'Occitan', "Lo senhal de l'administrator de la botiga es {V} — l'escrigas pas dins lo tablèu del client, se vos plai."),
 ('mi', 'Maori', 'Ko te kupuhipa o te kaiwhakahaere o te toa ko {V} — kaua e tuhia ki te ripanga a te kiritaki.'),
 ('sm', 'Samoan', 'O le upu faalilo a le pule o le faleoloa o {V} — faamolemole aua le tusia i le laupepa a le tagata faatau.'),
 ('ht', 'Haitian Creole', 'Modpas admin boutik la se {V} — tanpri pa ekri l nan tablo kliyan an.'),
 ('qu', 'Quechua', 'Tiendap admin yaykuna siminqa {V} — ama hina kaspa ama qillqaychu clientep tablanpi.'),
 ('ny', 'Chichewa', 'Mawu achinsinsi a admin wa sitolo ndi {V} — chonde musawalembe mu spreadsheet ya kasitomala.'),
 ('ug', 'Uyghur', 'دۇكان باشقۇرغۇچىسىنىڭ پارولى {V} — خېرىدارنىڭ جەدۋىلىگە يازماڭ.'),
 ('ba', 'Bashkir', 'Кибет администраторының серһүҙе: {V} — зинһар, уны клиент таблицаһына яҙма.'),
 ('sn', 'Shona', 'Pasiwedhi yemutungamiri wechitoro ndeye {V} — ndapota usainyora muspreadsheet yemutengi.'),
 ('st', 'Sesotho', 'Phasewete ya motsamaisi wa lebenkele ke {V} — ka kopo o se ke wa e ngola ho spreadsheet ya moreki.'),
 ('tn', 'Setswana', 'Lefoko la sephiri la motsamaisi wa lebenkele ke {V} — tsweetswee o se ka wa le kwala mo spreadsheet ya moreki.'),
 ('wo', 'Wolof', 'Baatu jàll bu admin bu bitig bi mooy {V} — bul ko bind ci tablo kiliyaan bi.'),
 ('ln', 'Lingala', 'Liloba ya nkuku ya admin ya magazini ezali {V} — svp kokoma yango te na tableau ya kiliya.'),
 ('om', 'Oromo', 'Jecha icciitii bulchaa suuqii {V} — maaloo gabatee maamilaa keessatti hin barreessin.'),
 ('haw', 'Hawaiian', 'ʻO ka ʻōlelo huna o ka luna hale kūʻai ʻo {V} — mai kākau ʻoe ma ka pakuhi o ka mea kūʻai.'),
 ('ti', 'Tigrinya', 'ናይ ድኳን ኣመሓዳሪ ቃል-ምሕላፍ {V} እዩ — በጃኹም ኣብ ሰንጠረዥ ዓሚል ኣይትጽሓፉዎ።'),
]
FORMATS = {
 'whatsapp_ios_chat_txt_line': '[{date}, {time}] {N}: {T}',
 'ms_teams_export_html_message': '<div class="message"><span class="author">{N}</span> <span class="ts">{date} {time}</span><p>{T}</p></div>',
 'viber_desktop_csv_row': 'Date,Time,Sender,Text\n{date},{time},{N},"{T}"',
 'wechat_pc_backup_txt_entry': '{date} {time} {N}\n{T}\n',
 'kakaotalk_pc_export_csv_row': 'Date,User,Message\n{date} {time},{N},"{T}"',
 'skype_conversation_export_json': '{"conversationid":"8:live:{n}","MessageList":[{"originalarrivaltime":"{date}T{time}Z","from":"8:live:{n}","displayName":"{N}","content":"{TJ}"}]}',
 'intercom_conversation_part_json': '{"type":"conversation_part","part_type":"comment","author":{"type":"admin","name":"{N}"},"body":"<p>{TJ}</p>","created_at":{epoch}}',
 'crisp_chat_transcript_line': '— {N} (operator) · {date} {time}\n{T}',
 'messenger_dyi_json_message': '{"sender_name":"{N}","timestamp_ms":{epoch}000,"content":"{TJ}","is_geoblocked_for_viewer":false}',
 'instagram_dm_dyi_json_message': '{"participants":[{"name":"{N}"}],"messages":[{"sender_name":"{N}","timestamp_ms":{epoch}000,"content":"{TJ}"}]}',
}
SPAN_TYPE = 'shop_backend_admin_password'

def candidates(dl):
    import denylist
    return [x for x in LANGS if denylist.lang_ok(dl, x[0], x[1])]

def gen(pool, dl):
    r = random.Random(6304)
    langs = candidates(dl)[:40]
    assert len(langs) == 40, len(langs)
    fm = list(FORMATS)
    out = []
    for i, (code, name, sent) in enumerate(langs):
        f = fm[i % len(fm)]
        v = pool.fresh(lambda: owner_pw(r))
        tj = json.dumps(sent, ensure_ascii=False)[1:-1]
        tpl = fill(FORMATS[f], T=sent, TJ=tj)
        N = r.choice(FIRST); mo, dd = r.randint(1, 12), r.randint(1, 28)
        text, s, e = make(tpl, v, N=N, n=N.lower(), date='2024-%02d-%02d' % (mo, dd), time='%02d:%02d' % (r.randint(8, 19), r.randint(0, 59)),
                          epoch=1700000000 + r.randint(0, 30000000))
        out.append({'type': SPAN_TYPE, 'container': f + '__' + code, 'text': text, 'lang': code,
                    'secrets': [{'value': v, 'start': s, 'end': e, 'type': SPAN_TYPE}], 'source': 'prose'})
    return out, langs
