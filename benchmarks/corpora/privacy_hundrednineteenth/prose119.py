# -*- coding: utf-8 -*-
"""Prose: someone tells a colleague the ground-station scheduler password and asks not to forward it."""
from common119 import Gen

# (iso639-3, iso639-1 or '', English name, sentence with {p})
L = [
    ('fra', 'fr', 'French', "Le mot de passe du planificateur de la station sol est {p} , ne le transfère à personne stp."),
    ('ita', 'it', 'Italian', "La password dello scheduler della stazione di terra è {p} , per favore non inoltrarla."),
    ('por', 'pt', 'Portuguese', "A senha do agendador da estação terrena é {p} , por favor não repasse a ninguém."),
    ('rus', 'ru', 'Russian', "Пароль от планировщика наземной станции: {p} , пожалуйста, никому не пересылай."),
    ('jpn', 'ja', 'Japanese', "地上局スケジューラのパスワードは {p} です。他の人には転送しないでください。"),
    ('kor', 'ko', 'Korean', "지상국 스케줄러 비밀번호는 {p} 입니다. 다른 사람에게 전달하지 마세요."),
    ('cmn', 'zh', 'Mandarin Chinese', "地面站调度系统的密码是 {p} ，请不要转发给别人。"),
    ('hin', 'hi', 'Hindi', "ग्राउंड स्टेशन शेड्यूलर का पासवर्ड {p} है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ('ben', 'bn', 'Bengali', "গ্রাউন্ড স্টেশন শিডিউলারের পাসওয়ার্ড {p} , দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
    ('ind', 'id', 'Indonesian', "Kata sandi penjadwal stasiun bumi adalah {p} , tolong jangan diteruskan ke siapa pun."),
    ('zsm', 'ms', 'Standard Malay', "Kata laluan penjadual stesen bumi ialah {p} , tolong jangan hantar kepada sesiapa."),
    ('nob', 'nb', 'Norwegian Bokmal', "Passordet til bakkestasjonsplanleggeren er {p} , ikke send det videre."),
    ('isl', 'is', 'Icelandic', "Lykilorðið að tímaáætlun jarðstöðvarinnar er {p} , ekki áframsenda það."),
    ('ltz', 'lb', 'Luxembourgish', "D'Passwuert fir de Planner vun der Buedemstatioun ass {p} , schéck et w.e.g. net weider."),
    ('glg', 'gl', 'Galician', "O contrasinal do planificador da estación terrestre é {p} , por favor non o reenvíes."),
    ('fry', 'fy', 'Western Frisian', "It wachtwurd fan de planner fan it grûnstasjon is {p} , stjoer it asjebleaft net troch."),
    ('roh', 'rm', 'Romansh', "Il pled-clav dal planisader da la staziun terrestra è {p} , per plaschair betg al trametter vinavant."),
    ('srp', 'sr', 'Serbian', "Лозинка за планер земаљске станице је {p} , молим те не прослеђуј је никоме."),
    ('bos', 'bs', 'Bosnian', "Šifra za planer zemaljske stanice je {p} , molim te nemoj je nikome proslijediti."),
    ('tat', 'tt', 'Tatar', "Җир станциясе планлаштыручысының серсүзе {p} , зинһар, беркемгә дә җибәрмә."),
    ('kaz', 'kk', 'Kazakh', "Жер станциясы жоспарлаушысының құпиясөзі {p} , ешкімге жібермеңізші."),
    ('uzb', 'uz', 'Uzbek', "Yer stansiyasi rejalashtiruvchisining paroli {p} , iltimos, hech kimga yubormang."),
    ('tuk', 'tk', 'Turkmen', "Ýer stansiýasynyň meýilnamalaşdyryjysynyň açar sözi {p} , haýyş, hiç kime ibermäň."),
    ('khk', 'mn', 'Halh Mongolian', "Газрын станцын төлөвлөгчийн нууц үг {p} , хэнд ч бүү дамжуулаарай."),
    ('heb', 'he', 'Hebrew', "הסיסמה של מתזמן תחנת הקרקע היא {p} , בבקשה אל תעביר אותה לאף אחד."),
    ('yor', 'yo', 'Yoruba', "Ọ̀rọ̀ aṣínà fún olùṣètò ibùdó ilẹ̀ ni {p} , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ('hau', 'ha', 'Hausa', "Kalmar sirri ta mai tsara tashar ƙasa ita ce {p} , don Allah kada ka tura wa kowa."),
    ('zul', 'zu', 'Zulu', "Iphasiwedi yomhleli wesiteshi sasemhlabeni ithi {p} , ngicela ungayidluliseli kumuntu."),
    ('mar', 'mr', 'Marathi', "ग्राउंड स्टेशन शेड्युलरचा पासवर्ड {p} आहे, कृपया तो कोणालाही फॉरवर्ड करू नका."),
    ('guj', 'gu', 'Gujarati', "ગ્રાઉન્ડ સ્ટેશન શેડ્યુલરનો પાસવર્ડ {p} છે, મહેરબાની કરીને કોઈને ફોરવર્ડ ન કરશો."),
    ('tel', 'te', 'Telugu', "గ్రౌండ్ స్టేషన్ షెడ్యూలర్ పాస్‌వర్డ్ {p} , దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ('kan', 'kn', 'Kannada', "ಗ್ರೌಂಡ್ ಸ್ಟೇಷನ್ ಶೆಡ್ಯೂಲರ್ ಪಾಸ್‌ವರ್ಡ್ {p} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ('mal', 'ml', 'Malayalam', "ഗ്രൗണ്ട് സ്റ്റേഷൻ ഷെഡ്യൂളറിന്റെ പാസ്‌വേഡ് {p} ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ('sin', 'si', 'Sinhala', "භූමි මධ්‍යස්ථාන කාලසටහනේ මුරපදය {p} , කරුණාකර කිසිවෙකුට යොමු නොකරන්න."),
    ('khm', 'km', 'Khmer', "ពាក្យសម្ងាត់របស់កម្មវិធីកាលវិភាគស្ថានីយដី គឺ {p} សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
    ('mya', 'my', 'Burmese', "မြေပြင်စခန်း အချိန်ဇယားစနစ်၏ စကားဝှက်မှာ {p} ဖြစ်သည်၊ မည်သူ့ကိုမျှ ထပ်မပို့ပါနှင့်။"),
    ('jav', 'jv', 'Javanese', "Tembung sandhi panjadwal stasiun bumi yaiku {p} , aja diterusake menyang sapa-sapa ya."),
    ('sun', 'su', 'Sundanese', "Kecap konci panjadwal stasiun bumi nyaéta {p} , punten ulah diteruskeun ka saha waé."),
    ('ceb', '', 'Cebuano', "Ang password sa scheduler sa ground station kay {p} , palihug ayaw ipasa bisan kinsa."),
    ('haw', '', 'Hawaiian', "ʻO ka ʻōlelo huna o ka papa hana o ke kahua honua ʻo {p} , mai hoʻouna aku i kekahi."),
    ('quy', 'qu', 'Ayacucho Quechua', "Allpa estacionpa horario nisqanpa pakasqa siminqa {p} , ama pimanpas apachiychu."),
    ('grn', 'gn', 'Guarani', "Ñe'ẽñemi yvy estación planificador-pegua ha'e {p} , ani emondo avavépe."),
    ('hat', 'ht', 'Haitian Creole', "Modpas planifikatè estasyon tè a se {p} , tanpri pa voye l bay pèsonn."),
    ('wol', 'wo', 'Wolof', "Baatu jàll bu planificateur bu estasiyoŋu suuf bi mooy {p} , bul ko yónnee kenn."),
    ('nya', 'ny', 'Chichewa', "Mawu achinsinsi a ndandanda ya siteshoni ya pansi ndi {p} , chonde musatumize kwa wina aliyense."),
    ('sot', 'st', 'Southern Sotho', "Phasewete ya morero wa seteishene sa lefatshe ke {p} , ka kopo o se ke wa e fetisetsa ho mang kapa mang."),
    ('tsn', 'tn', 'Tswana', "Lefoko la sephiri la thulaganyo ya seteišene sa lefatshe ke {p} , tsweetswee o se ka wa le romela ope."),
    ('oci', 'oc', 'Occitan', "Lo senhal del planificador de l'estacion terrèstra es {p} , se vos plai, lo mandetz pas a degun."),
    ('srd', 'sc', 'Sardinian', "Sa password de su pianificadore de s'istatzione de terra est {p} , pro praghere no dda imbies a nemos."),
    ('fur', '', 'Friulian', "La password dal planificadôr de stazion di tiere e je {p} , par plasê no sta mandâle a nissun."),
    ('ydd', 'yi', 'Yiddish', "דאָס פּאַראָל פֿון דעם ערד־סטאַנציע פּלאַנירער איז {p} , ביטע שיק עס נישט ווייטער."),
    ('uig', 'ug', 'Uyghur', "يەر پونكىتى پىلانلىغۇچىنىڭ مەخپىي نومۇرى {p} , ھېچكىمگە يوللىماڭ."),
    ('chv', 'cv', 'Chuvash', "Ҫӗр станцийӗн планировщикӗн пароле {p} , тархасшӑн никама та ан яр."),
    ('lug', 'lg', 'Ganda', "Ekigambo eky'ekyama ky'enteekateeka y'esiteegi y'ensi kiri {p} , tokisindikira muntu yenna."),
]
FORMATS = ['ground_ops_teams_chat_line', 'flight_director_mail_body', 'station_ticket_comment', 'mission_chat_json_message',
           'pass_planner_sms_row', 'console_shift_log_entry', 'eo_desk_whatsapp_line', 'launch_campaign_telegram_dm']


def build(used, deny_names, lang_entries, words):
    g = Gen(11904, used)
    out, rejected = [], []
    for code, c1, name, sent in L:
        bad = code in deny_names or code in lang_entries or (c1 and (c1 in deny_names or c1 in lang_entries)) \
            or any(w.lower() in lang_entries or w.lower() in words for w in name.split())
        if bad:
            rejected.append(code); continue
        if len(out) == 40: break
        p = g.pw()
        text = sent.replace('{p}', '\ue000'); s = text.index('\ue000'); text = text.replace('\ue000', p)
        fmt = FORMATS[len(out) % 8]
        if fmt == 'mission_chat_json_message':
            import json
            pre = '{"user": "fdyn.ops", "ts": "2026-04-12T06:02:11Z", "text": "'
            text = pre + text + '"}'; s += len(pre)
        t = 'ground_scheduler_password_told_in_message'
        out.append({'type': t, 'container': fmt + '__' + code, 'text': text,
                    'secrets': [{'value': p, 'start': s, 'end': s + len(p), 'type': t}], 'source': 'prose'})
    return out, rejected
