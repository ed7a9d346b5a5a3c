import random, json
from common import password, place
SPAN_TYPE = 'meeting_room_laptop_password'
LANGS = [
 ('fr', 'French', "Le mot de passe de l'ordinateur portable de la salle de réunion est «V», ne le note pas au tableau."),
 ('pl', 'Polish', 'Hasło do laptopa w sali konferencyjnej to «V», nie zapisuj go na tablicy.'),
 ('ro', 'Romanian', 'Parola laptopului din sala de ședințe este «V», nu o scrie pe tablă.'),
 ('sk', 'Slovak', 'Heslo k notebooku v zasadačke je «V», nepíš ho na tabuľu.'),
 ('lv', 'Latvian', 'Sanāksmju telpas klēpjdatora parole ir «V», neraksti to uz tāfeles.'),
 ('el', 'Greek', 'Ο κωδικός του λάπτοπ στην αίθουσα συσκέψεων είναι «V», μην τον γράψεις στον πίνακα.'),
 ('ru', 'Russian', 'Пароль от ноутбука в переговорной: «V». Не пиши его на доске.'),
 ('tr', 'Turkish', 'Toplantı odasındaki dizüstü bilgisayarın şifresi «V», lütfen tahtaya yazma.'),
 ('ar', 'Arabic', 'كلمة مرور الحاسوب المحمول في غرفة الاجتماعات هي «V» ، لا تكتبها على السبورة.'),
 ('fa', 'Persian', 'رمز لپ‌تاپ اتاق جلسه «V» است، لطفاً آن را روی تخته ننویس.'),
 ('hi', 'Hindi', 'मीटिंग रूम वाले लैपटॉप का पासवर्ड «V» है, इसे बोर्ड पर मत लिखना।'),
 ('ja', 'Japanese', '会議室のノートPCのパスワードは «V» です。ホワイトボードには書かないでください。'),
 ('ko', 'Korean', '회의실 노트북 비밀번호는 «V» 입니다. 화이트보드에 적지 마세요.'),
 ('zh', 'Chinese', '会议室笔记本电脑的密码是 «V" ，请不要写在白板上。'.replace('«V"', '«V»')),
 ('id', 'Indonesian', 'Kata sandi laptop di ruang rapat adalah «V», jangan ditulis di papan tulis.'),
 ('az', 'Azerbaijani', 'İclas otağındakı noutbukun şifrəsi belədir: «V». Lövhəyə yazma.'),
 ('kk', 'Kazakh', 'Жиналыс бөлмесіндегі ноутбуктың құпия сөзі: «V». Тақтаға жазба.'),
 ('uz', 'Uzbek', 'Majlislar xonasidagi noutbukning paroli: «V». Doskaga yozma.'),
 ('ky', 'Kyrgyz', 'Жолугушуу бөлмөсүндөгү ноутбуктун сырсөзү: «V». Тактага жазба.'),
 ('tg', 'Tajik', 'Пароли ноутбуки толори ҷаласа: «V». Онро дар тахта нанавис.'),
 ('tt', 'Tatar', 'Утырыш бүлмәсендәге ноутбукның серсүзе: «V». Тактага язма.'),
 ('te', 'Telugu', 'మీటింగ్ రూమ్ ల్యాప్‌టాప్ పాస్‌వర్డ్ «V», దాన్ని బోర్డు మీద రాయకండి.'),
 ('kn', 'Kannada', 'ಸಭಾ ಕೊಠಡಿಯ ಲ್ಯಾಪ್‌ಟಾಪ್ ಪಾಸ್‌ವರ್ಡ್ «V», ಅದನ್ನು ಬೋರ್ಡ್ ಮೇಲೆ ಬರೆಯಬೇಡಿ.'),
 ('ml', 'Malayalam', 'മീറ്റിംഗ് റൂമിലെ ലാപ്ടോപ്പിന്റെ പാസ്‌വേഡ് «V» ആണ്, ബോർഡിൽ എഴുതരുത്.'),
 ('mr', 'Marathi', 'मीटिंग रूममधील लॅपटॉपचा पासवर्ड «V» आहे, तो बोर्डवर लिहू नका.'),
 ('gu', 'Gujarati', 'મીટિંગ રૂમના લેપટોપનો પાસવર્ડ «V» છે, તેને બોર્ડ પર ન લખશો.'),
 ('pa', 'Punjabi', 'ਮੀਟਿੰਗ ਰੂਮ ਵਾਲੇ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ «V» ਹੈ, ਇਸਨੂੰ ਬੋਰਡ ਉੱਤੇ ਨਾ ਲਿਖੋ।'),
 ('si', 'Sinhala', 'රැස්වීම් කාමරයේ ලැප්ටොප් එකේ මුරපදය «V», එය පුවරුවේ ලියන්න එපා.'),
 ('km', 'Khmer', 'ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃនៅបន្ទប់ប្រជុំគឺ «V» សូមកុំសរសេរវានៅលើក្ដារ។'),
 ('lo', 'Lao', 'ລະຫັດຜ່ານຂອງແລັບທັອບຫ້ອງປະຊຸມແມ່ນ «V» ຢ່າຂຽນໃສ່ກະດານ.'),
 ('my', 'Burmese', 'အစည်းအဝေးခန်းက လက်ပ်တော့ စကားဝှက်က «V» ပါ၊ ဘုတ်ပေါ်မှာ မရေးပါနဲ့။'),
 ('am', 'Amharic', 'የስብሰባ ክፍሉ ላፕቶፕ የይለፍ ቃል «V» ነው፣ በሰሌዳው ላይ አትጻፈው።'),
 ('ha', 'Hausa', 'Kalmar sirrin kwamfutar tafi-da-gidanka ta dakin taro ita ce «V», kada ka rubuta ta a allo.'),
 ('ig', 'Igbo', "Okwuntughe laptọọpụ dị n'ọnụ ụlọ nzukọ bụ «V», edela ya na bọọdụ."),
 ('xh', 'Xhosa', 'Igama lokugqitha lelaptop esegumbini lentlanganiso ngu «V», musa ukulibhala ebhodini.'),
 ('st', 'Sesotho', 'Phasewete ya laptop ka phaposing ya kopano ke «V», o se ke wa e ngola boroto.'),
 ('sn', 'Shona', 'Pasiwedhi yelaptop iri mukamuri remusangano ndeye «V», usainyora pabhodhi.'),
 ('rw', 'Kinyarwanda', "Ijambo ry'ibanga rya mudasobwa yo mu cyumba cy'inama ni «V», ntuyandike ku kibaho."),
 ('ny', 'Chichewa', "Mawu achinsinsi a laputopu ya m'chipinda chamsonkhano ndi «V», musawalembe pa bolodi."),
 ('fy', 'West Frisian', 'It wachtwurd fan de laptop yn de gearkomsteromte is «V», skriuw it net op it boerd.'),
 ('br', 'Breton', 'Ger-tremen an urzhiataer hezoug er sal-emvod eo «V», na skriv ket anezhañ war an daolenn.'),
 ('co', 'Corsican', "A parolla d'intrata di l'urdinatore purtatile in a sala di riunione hè «V», ùn la scrive micca nantu à a lavagna."),
 ('oc', 'Occitan', "Lo senhal de l'ordinador portable de la sala de reünion es «V», l'escrigas pas sul tablèu."),
 ('jv', 'Javanese', 'Tembung sandhi laptop ing ruang rapat yaiku «V», aja ditulis ing papan.'),
 ('su', 'Sundanese', 'Kecap konci laptop di rohangan rapat nyaéta «V», ulah ditulis dina papan.'),
 ('ceb', 'Cebuano', 'Ang password sa laptop sa meeting room kay «V», ayaw isulat sa board.'),
 ('haw', 'Hawaiian', 'ʻO ka ʻōlelo huna o ka lolouila lawe lima ma ka lumi hālāwai ʻo «V», mai kākau ma ka papa.'),
 ('sm', 'Samoan', 'O le upu faataga o le komepiuta feaveaʻi i le potu fono o le «V», aua le tusia i luga o le laupapa.'),
 ('ht', 'Haitian Creole', 'Modpas laptop ki nan sal reyinyon an se «V», pa ekri l sou tablo a.'),
 ('lg', 'Luganda', "Ekigambo ky'ekyama kya laptop mu kisenge ky'enkiiko kiri «V», tokiwandiika ku lubaawo."),
 ('om', 'Oromo', 'Jecha darbii laaptooppii kutaa walgahii «V» dha, boordii irratti hin barreessin.'),
 ('ti', 'Tigrinya', 'ምሕላፍ ቃል ናይ ላፕቶፕ ኣብ ክፍሊ ኣኼባ «V» እዩ፣ ኣብ ሰሌዳ ኣይትጽሓፎ።'),
 ('fo', 'Faroese', 'Loyniorðið til fartelduna í fundarhølinum er «V», skriva tað ikki á talvuna.'),
 ('nb', 'Norwegian Bokmål', 'Passordet til den bærbare PC-en i møterommet er «V», ikke skriv det på tavla.'),
 ('tk', 'Turkmen', 'Mejlis otagyndaky noutbugyň açarsözi: «V». Tagta ýazma.'),
 ('sd', 'Sindhi', 'ميٽنگ روم جي ليپ ٽاپ جو پاسورڊ «V» آهي، بورڊ تي نه لکجو.'),
]
NAMES = ['Amara', 'Bao', 'Chiara', 'Dilnoza', 'Emre', 'Farah', 'Goran', 'Hiro']
def fmt(i, r, msg):
    who = r.choice(NAMES); hh, mm, ss = r.randint(7, 18), r.randint(10, 59), r.randint(10, 59)
    day = r.randint(10, 28); ts = 1741000000 + r.randrange(900000)
    j = lambda o: json.dumps(o, ensure_ascii=False, indent=1)
    F = [
     ('whatsapp_ios_bracketed_txt', lambda: f'[{day}.03.25, {hh}:{mm}:{ss}] {who}: Guten Morgen\n[{day}.03.25, {hh}:{mm}:{ss}] {who}: {msg}\n'),
     ('signal_cli_receive_json_line', lambda: json.dumps({'envelope': {'source': '+4915100000' + str(r.randint(10, 99)), 'sourceName': who, 'timestamp': ts * 1000, 'dataMessage': {'timestamp': ts * 1000, 'message': msg}}}, ensure_ascii=False) + '\n'),
     ('slack_export_channel_day_json', lambda: j([{'type': 'message', 'user': 'U0' + str(r.randint(1000000, 9999999)), 'user_name': who, 'text': msg, 'ts': f'{ts}.{r.randint(100000,999999)}'}]) + '\n'),
     ('google_chat_takeout_messages_json', lambda: j({'messages': [{'creator': {'name': who, 'user_type': 'Human'}, 'created_date': f'Tuesday, {day} March 2025 at {hh}:{mm}:{ss} UTC', 'text': msg}]}) + '\n'),
     ('messenger_takeout_message_json', lambda: j({'participants': [{'name': who}, {'name': 'Front Office'}], 'messages': [{'sender_name': who, 'timestamp_ms': ts * 1000, 'content': msg}]}) + '\n'),
     ('weechat_buffer_log_tsv', lambda: f'2025-03-{day} {hh}:{mm}:{ss}\t-->\t{who} joined #office\n2025-03-{day} {hh}:{mm}:{ss}\t{who}\t{msg}\n'),
     ('gajim_history_plaintext_export', lambda: f'Conversation with {who}\n({hh}:{mm}:{ss}) {who}: {msg}\n'),
     ('imessage_exporter_txt_block', lambda: f'Mar {day}, 2025 {hh % 12 + 1}:{mm}:{ss} PM\n{who}\n{msg}\n\n'),
     ('rocketchat_mongoexport_message_doc', lambda: json.dumps({'_id': str(r.randint(10**8, 10**9)), 'rid': 'GENERAL', 'msg': msg, 'u': {'username': who.lower(), 'name': who}, 'ts': {'$date': f'2025-03-{day}T{hh}:{mm}:{ss}.000Z'}}, ensure_ascii=False) + '\n'),
     ('zulip_realm_export_message_json', lambda: j({'zerver_message': [{'id': r.randint(10**5, 10**6), 'sender': r.randint(8, 99), 'subject': 'office', 'content': msg, 'date_sent': ts}]}) + '\n'),
    ]
    name, f = F[i % 10]
    return name, f()
FORMATS = ['whatsapp_ios_bracketed_txt', 'signal_cli_receive_json_line', 'slack_export_channel_day_json', 'google_chat_takeout_messages_json', 'messenger_takeout_message_json', 'weechat_buffer_log_tsv', 'gajim_history_plaintext_export', 'imessage_exporter_txt_block', 'rocketchat_mongoexport_message_doc', 'zulip_realm_export_message_json']

def generate(pool, denylist_ok):
    r = random.Random(40004); out = []; used = []; dropped = []
    for code, name, sent in LANGS:
        if not denylist_ok(code, name): dropped.append((code, name)); continue
        if len(used) == 40: break
        used.append((code, name))
        v = pool.fresh(lambda: password(r))
        fmtname, text = fmt(len(used) - 1, r, sent)
        text, s, e = place(text, {}, v)
        out.append(dict(type=SPAN_TYPE, container=f'{fmtname}__{code}', text=text, secrets=[dict(value=v, start=s, end=e, type=SPAN_TYPE)], source='prose'))
    return out, used, dropped
