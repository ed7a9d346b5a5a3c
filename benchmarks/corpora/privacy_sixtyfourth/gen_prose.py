import json, random
from common import *
P = SLOT
SPAN_TYPE = 'home_nas_admin_web_password'
# (code, English name, sentence) — the sender changed the NAS admin password and asks not to post it in the forum
CANDS = [
 ('zh', 'Chinese', "我把NAS管理员密码改成了 " + P + " ，别贴到论坛上。"),
 ('ar', 'Arabic', "غيّرت كلمة مرور لوحة إدارة الـNAS إلى " + P + " ، لا تنشرها في المنتدى."),
 ('nn', 'Norwegian Nynorsk', "Eg har endra administratorpassordet på NAS-en til " + P + ", ikkje legg det ut på forumet."),
 ('sl', 'Slovenian', "Geslo skrbnika za NAS sem spremenil v " + P + ", ne objavljaj ga na forumu."),
 ('bs', 'Bosnian', "Promijenio sam administratorsku lozinku za NAS u " + P + ", nemoj je objavljivati na forumu."),
 ('be', 'Belarusian', "Я змяніў пароль адміністратара NAS на " + P + ", не выкладвай яго на форум."),
 ('tg', 'Tajik', "Ман пароли администратори NAS-ро ба " + P + " иваз кардам, онро дар форум нагузор."),
 ('ky', 'Kyrgyz', "Мен NAS администраторунун сырсөзүн " + P + " деп алмаштырдым, аны форумга жазба."),
 ('tk', 'Turkmen', "NAS administratorynyň parolyny " + P + " diýip çalyşdym, ony foruma ýazma."),
 ('tt', 'Tatar', "Мин NAS администраторы серсүзен " + P + " итеп алыштырдым, аны форумга язма."),
 ('ps', 'Pashto', "ما د NAS د مدیر پټنوم " + P + " ته بدل کړ، په فورم کې یې مه خپروه."),
 ('ku', 'Kurdish', "Min şîfreya rêveberê NAS kir " + P + ", wê di forumê de parve neke."),
 ('pa', 'Punjabi', "ਮੈਂ NAS ਐਡਮਿਨ ਦਾ ਪਾਸਵਰਡ " + P + " ਕਰ ਦਿੱਤਾ ਹੈ, ਇਸਨੂੰ ਫੋਰਮ ਤੇ ਨਾ ਪਾਓ।"),
 ('gu', 'Gujarati', "મેં NAS એડમિન પાસવર્ડ બદલીને " + P + " કર્યો છે, તેને ફોરમ પર ન મૂકશો."),
 ('kn', 'Kannada', "ನಾನು NAS ಅಡ್ಮಿನ್ ಪಾಸ್‌ವರ್ಡ್ ಅನ್ನು " + P + " ಗೆ ಬದಲಾಯಿಸಿದ್ದೇನೆ, ಅದನ್ನು ಫೋರಮ್‌ನಲ್ಲಿ ಹಾಕಬೇಡಿ."),
 ('ml', 'Malayalam', "ഞാൻ NAS അഡ്മിൻ പാസ്‌വേഡ് " + P + " ആക്കി മാറ്റി, അത് ഫോറത്തിൽ ഇടരുത്."),
 ('ne', 'Nepali', "मैले NAS एडमिन पासवर्ड " + P + " मा परिवर्तन गरें, यसलाई फोरममा नराख्नुहोस्।"),
 ('lo', 'Lao', "ຂ້ອຍປ່ຽນລະຫັດຜ່ານຜູ້ດູແລ NAS ເປັນ " + P + " ແລ້ວ, ຢ່າໂພສໃນຟໍຣັມ."),
 ('my', 'Burmese', "NAS အက်ဒမင် စကားဝှက်ကို " + P + " လို့ ပြောင်းလိုက်ပြီ၊ ဖိုရမ်မှာ မတင်ပါနဲ့။"),
 ('tl', 'Tagalog', "Pinalitan ko ang admin password ng NAS ng " + P + ", huwag mo itong i-post sa forum."),
 ('jv', 'Javanese', "Aku wis ngganti sandhi admin NAS dadi " + P + ", aja dipasang ing forum."),
 ('su', 'Sundanese', "Abdi parantos ngagentos kecap akses admin NAS janten " + P + ", ulah dipasang di forum."),
 ('mg', 'Malagasy', "Novaiko ho " + P + " ny tenimiafin'ny mpitantana ny NAS, aza apetraka ao amin'ny forum."),
 ('mi', 'Maori', "Kua hurihia e au te kupuhipa kaiwhakahaere o te NAS ki " + P + ", kaua e tukuna ki te huinga kōrero."),
 ('sm', 'Samoan', "Ua ou suia le upu faalilolilo a le pule o le NAS i le " + P + ", aua le lafoina i le forum."),
 ('ig', 'Igbo', "Agbanwere m okwuntughe onye nchịkwa NAS ka ọ bụrụ " + P + ", ebipụtala ya na forum."),
 ('xh', 'Xhosa', "Ndiyitshintshile iphasiwedi yomlawuli we-NAS yaba " + P + ", ungayithumeli kwiforum."),
 ('sn', 'Shona', "Ndachinja pasiwedhi yemutungamiri weNAS kuita " + P + ", usaiisa pa forum."),
 ('rw', 'Kinyarwanda', "Nahinduye ijambo ry'ibanga ry'umuyobozi wa NAS riba " + P + ", nturishyire ku rubuga."),
 ('om', 'Oromo', "Jecha icciitii bulchaa NAS gara " + P + " tti jijjiireera, foramii irratti hin maxxansin."),
 ('ti', 'Tigrinya', "ናይ NAS ኣመሓዳሪ መሕለፊ ቃል ናብ " + P + " ቀይረዮ ኣለኹ፣ ኣብ ፎረም ኣይተለጥፎ።"),
 ('wo', 'Wolof', "Soppi naa baatu jàll bu NAS ba mu nekk " + P + ", bul ko def ci forum bi."),
 ('ln', 'Lingala', "Nabongoli liloba ya sekele ya NAS ekoma " + P + ", kotia yango na forum te."),
 ('fo', 'Faroese', "Eg havi broytt umsitaraloyniorðið á NAS til " + P + ", legg tað ikki út á forumið."),
 ('fy', 'Frisian', "Ik haw it behearderswachtwurd fan de NAS feroare yn " + P + ", set it net op it forum."),
 ('gd', 'Gaelic', "Dh'atharraich mi facal-faire an rianaire aig an NAS gu " + P + ", na cuir air an fhòram e."),
 ('br', 'Breton', "Cheñchet em eus ger-tremen merour an NAS e " + P + ", na lakait ket anezhañ war ar forom."),
 ('co', 'Corsican', "Aghju cambiatu a parolla d'intrata di l'amministratore di u NAS in " + P + ", ùn la mette micca nant'à u forum."),
 ('oc', 'Occitan', "Ai cambiat lo senhal de l'administrator del NAS en " + P + ", lo metes pas sul forum."),
 ('la', 'Latin', "Tesseram administratoris NAS in " + P + " mutavi; noli eam in foro publicare."),
 ('rm', 'Romansh', "Jau hai midà il pled-clav da l'administratur dal NAS en " + P + ", na l'publitgescha betg en il forum."),
 ('qu', 'Quechua', "NAS kamachiqpa pakasqa siminta " + P + " nisqaman tikrarqani, ama forumpi churaychu."),
 ('gn', 'Guarani', "Amoambue NAS ñangarekoha ñe'ẽñemi " + P + " -pe, ani remoĩ forum-pe."),
 ('ht', 'Haitian Creole', "Mwen chanje modpas admin NAS la pou " + P + ", pa poste l sou fowòm nan."),
 ('yi', 'Yiddish', "איך האָב געביטן דעם NAS אַדמין פּאַראָל צו " + P + " , זאָלסט עס נישט אַרויפֿלייגן אויפֿן פֿאָרום."),
 ('ug', 'Uyghur', "مەن NAS باشقۇرغۇچى پارولىنى " + P + " غا ئۆزگەرتتىم، ئۇنى مۇنبەرگە يوللىماڭ."),
 ('sd', 'Sindhi', "مون NAS ايڊمن پاسورڊ " + P + " ۾ بدلائي ڇڏيو آهي، ان کي فورم تي نه وجھو."),
 ('dv', 'Dhivehi', "އަހަރެން NAS އެޑްމިން ޕާސްވޯޑް " + P + " އަށް ބަދަލުކުރީމެ، އެ ފޯރަމްގައި ނުލާށެވެ."),
 ('bo', 'Tibetan', "ངས་ NAS དོ་དམ་པའི་གསང་ཚིག་ " + P + " ལ་བསྒྱུར་ཟིན། འདི་གླེང་སྟེགས་སུ་མ་འགོད།"),
 ('ny', 'Chichewa', "Ndasintha mawu achinsinsi a woyang'anira NAS kukhala " + P + ", musawayike pa forum."),
 ('tn', 'Tswana', "Ke fetotse lefoko la sephiri la motsamaisi wa NAS go nna " + P + ", o se ka wa le baya mo foramong."),
 ('lg', 'Ganda', "Nkyusizza ekigambo ky'ekyama kya adimini wa NAS kifuuse " + P + ", tokiteeka ku forum."),
 ('ceb', 'Cebuano', "Giilisan nako ang admin password sa NAS ngadto sa " + P + ", ayaw i-post sa forum."),
 ('haw', 'Hawaiian', "Ua hoʻololi au i ka ʻōlelo huna o ka luna NAS i " + P + ", mai kau ma ka forum."),
]
NAMES = ['Ana', 'Bo', 'Chidi', 'Dara', 'Eli', 'Faisal', 'Gwen', 'Hemi']

def _j(o):
    return json.dumps(o, ensure_ascii=False)

def f_whatsapp_ios(r, m, i):
    return "[0{}/03/2025, 21:{:02d}:14] {}: {}\n[0{}/03/2025, 21:{:02d}:40] {}: 👍\n".format(i % 9 + 1, i, NAMES[i % 8], m, i % 9 + 1, i + 1, NAMES[(i + 1) % 8])
def f_signal_desktop(r, m, i):
    return _j({'conversationId': uuid4(r), 'type': 'outgoing', 'sent_at': 1741000000000 + i * 7919, 'body': m}) + "\n"
def f_imessage_exporter(r, m, i):
    return "Mar 0{} 2025 21:{:02d}:09\n{}\n{}\n\n".format(i % 9 + 1, i, NAMES[i % 8], m)
def f_messenger_dyi(r, m, i):
    return _j({'participants': [{'name': NAMES[i % 8]}, {'name': NAMES[(i + 3) % 8]}], 'messages': [{'sender_name': NAMES[i % 8], 'timestamp_ms': 1741000000000 + i, 'content': m}]}) + "\n"
def f_wechat_pc(r, m, i):
    return "2025-03-0{} 21:{:02d}:33 {}\n{}\n".format(i % 9 + 1, i, NAMES[i % 8], m)
def f_viber_csv(r, m, i):
    return "Date,Time,Sender,Phone,Message\n0{}/03/2025,21:{:02d},{},+4470000{:05d},{}\n".format(i % 9 + 1, i, NAMES[i % 8], 100 + i, _j(m))
def f_skype_json(r, m, i):
    return _j({'conversations': [{'id': '19:' + rs(r, HEXL, 16) + '@thread.skype', 'MessageList': [{'from': '8:live:' + NAMES[i % 8].lower(), 'messagetype': 'RichText', 'content': m}]}]}) + "\n"
def f_kakaotalk_pc(r, m, i):
    return "--------------- 2025년 3월 {}일 ---------------\n[{}] [오후 9:{:02d}] {}\n".format(i % 28 + 1, NAMES[i % 8], i, m)
def f_wire_backup(r, m, i):
    return _j({'conversation': uuid4(r), 'type': 'conversation.otr-message-add', 'time': '2025-03-0{}T21:{:02d}:00.000Z'.format(i % 9 + 1, i), 'data': {'content': m}}) + "\n"
def f_threads_dm_txt(r, m, i):
    return "@{} · 2025-03-0{} 21:{:02d}\n{}\n— seen\n".format(NAMES[i % 8].lower(), i % 9 + 1, i, m)
FORMATS = {
 'whatsapp_ios_bracketed_txt_line': f_whatsapp_ios, 'signal_desktop_backup_json_message': f_signal_desktop,
 'imessage_exporter_txt_block': f_imessage_exporter, 'messenger_dyi_json_thread': f_messenger_dyi,
 'wechat_pc_export_txt_pair': f_wechat_pc, 'viber_csv_export_row': f_viber_csv,
 'skype_export_messages_json': f_skype_json, 'kakaotalk_pc_txt_line': f_kakaotalk_pc,
 'wire_backup_json_event': f_wire_backup, 'instagram_dm_share_txt': f_threads_dm_txt,
}

def pick_languages(deny):
    names = set(deny['names']); langs = set(deny['languages']); words = set(deny['words'])
    ok, excluded = [], []
    for code, name, s in CANDS:
        bad = code in names or code in langs or code in words or name.lower() in langs or \
            any(w.lower() in words for w in name.split())
        (excluded if bad else ok).append((code, name, s))
    return ok[:40], excluded, ok[40:]

def build(pool, deny):
    r = random.Random(6404)
    use, excluded, spare = pick_languages(deny)
    fmts = list(FORMATS)
    recs = []
    for i, (code, name, sent) in enumerate(use):
        f = fmts[i % len(fmts)]
        v = draw(r, pool, owner_password)
        tmpl = FORMATS[f](r, sent, i)
        text, s, e = fill(tmpl, v)
        recs.append({'type': SPAN_TYPE, 'container': f + '__' + code, 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': SPAN_TYPE}], 'source': 'prose', '_lang': (code, name)})
    return recs, excluded, spare
