"""Prose: a manager tells a colleague the back-office POS server password (seed 10904)."""
import random
from common109 import owner_password, Slot

SPAN_TYPE = 'store_manager_pos_server_password_shared_in_message'

# (iso639-3, iso639-1, English name, sentence with {V})
LANGS = [
 ('deu', 'de', 'German', 'Das Passwort für den Kassenserver im Büro der Filiale Main Street ist {V} — bitte nach dem ersten Login ändern und nicht weiterleiten.'),
 ('fra', 'fr', 'French', 'Le mot de passe du serveur de caisse du back-office au restaurant de Main Street est {V} — change-le après ta première connexion et ne le transfère à personne.'),
 ('spa', 'es', 'Spanish', 'La contraseña del servidor del TPV de la trastienda en el local de Main Street es {V} ; cámbiala después de entrar y no la reenvíes.'),
 ('ita', 'it', 'Italian', 'La password del server cassa del back office nel locale di Main Street è {V} : cambiala dopo il primo accesso e non inoltrarla.'),
 ('por', 'pt', 'Portuguese', 'A senha do servidor do PDV do back office na loja da Main Street é {V} — troque-a depois de entrar e não a encaminhe.'),
 ('nld', 'nl', 'Dutch', 'Het wachtwoord van de kassaserver in het kantoor van de vestiging Main Street is {V} — verander het na je eerste login en stuur het niet door.'),
 ('dan', 'da', 'Danish', 'Adgangskoden til kasseserveren på kontoret i Main Street-restauranten er {V} — skift den, når du har logget ind, og send den ikke videre.'),
 ('swe', 'sv', 'Swedish', 'Lösenordet till kassaservern på kontoret i restaurangen på Main Street är {V} — byt det efter att du loggat in och vidarebefordra det inte.'),
 ('nob', 'nb', 'Norwegian Bokmal', 'Passordet til kasseserveren på kontoret i restauranten i Main Street er {V} — bytt det etter at du har logget inn, og ikke videresend det.'),
 ('pol', 'pl', 'Polish', 'Hasło do serwera kasowego na zapleczu lokalu przy Main Street to {V} — zmień je po pierwszym logowaniu i nikomu go nie przesyłaj.'),
 ('ces', 'cs', 'Czech', 'Heslo k pokladnímu serveru v kanceláři provozovny na Main Street je {V} — po prvním přihlášení ho změň a nikomu ho nepřeposílej.'),
 ('ron', 'ro', 'Romanian', 'Parola serverului de casă din biroul restaurantului de pe Main Street este {V} — schimb-o după prima autentificare și nu o trimite mai departe.'),
 ('ell', 'el', 'Greek', 'Ο κωδικός του διακομιστή ταμείου στο γραφείο του καταστήματος στη Main Street είναι {V} — άλλαξέ τον μετά την πρώτη σύνδεση και μην τον προωθήσεις.'),
 ('tur', 'tr', 'Turkish', 'Main Street şubesindeki arka ofis POS sunucusunun şifresi {V} — ilk girişten sonra değiştir ve kimseye iletme.'),
 ('rus', 'ru', 'Russian', 'Пароль от кассового сервера в подсобке ресторана на Main Street — {V} , смени его после первого входа и никому не пересылай.'),
 ('ukr', 'uk', 'Ukrainian', 'Пароль до касового сервера в підсобці ресторану на Main Street — {V} , зміни його після першого входу і нікому не пересилай.'),
 ('srp', 'sr', 'Serbian', 'Лозинка за касу-сервер у канцеларији ресторана у Main Street је {V} — промени је после првог пријављивања и не прослеђуј је.'),
 ('mkd', 'mk', 'Macedonian', 'Лозинката за касата-сервер во канцеларијата на ресторанот на Main Street е {V} — смени ја по првото најавување и не ја препраќај.'),
 ('jpn', 'ja', 'Japanese', 'メインストリート店のバックオフィスPOSサーバーのパスワードは {V} です。初回ログイン後に変更して、転送しないでください。'),
 ('kor', 'ko', 'Korean', '메인 스트리트 매장 백오피스 POS 서버 비밀번호는 {V} 입니다. 처음 로그인한 뒤 바꾸고 다른 사람에게 전달하지 마세요.'),
 ('zho', 'zh', 'Chinese', 'Main Street 门店后台收银服务器的密码是 {V} ，首次登录后请修改，不要转发。'),
 ('heb', 'he', 'Hebrew', 'הסיסמה לשרת הקופות במשרד של הסניף ב-Main Street היא {V} — תחליף אותה אחרי הכניסה הראשונה ואל תעביר אותה הלאה.'),
 ('ara', 'ar', 'Arabic', 'كلمة المرور لخادم نقاط البيع في المكتب الخلفي لفرع Main Street هي {V} — غيّرها بعد أول تسجيل دخول ولا تعِد إرسالها.'),
 ('hin', 'hi', 'Hindi', 'Main Street वाले आउटलेट के बैक-ऑफ़िस POS सर्वर का पासवर्ड {V} है — पहली बार लॉगिन करने के बाद इसे बदल देना और किसी को फ़ॉरवर्ड मत करना।'),
 ('ben', 'bn', 'Bengali', 'Main Street শাখার ব্যাক-অফিস POS সার্ভারের পাসওয়ার্ড {V} — প্রথমবার লগইন করার পর এটা বদলে দিও আর কাউকে ফরোয়ার্ড কোরো না।'),
 ('urd', 'ur', 'Urdu', 'Main Street برانچ کے بیک آفس POS سرور کا پاس ورڈ {V} ہے — پہلی بار لاگ ان کے بعد اسے بدل دینا اور کسی کو فارورڈ نہ کرنا۔'),
 ('mar', 'mr', 'Marathi', 'Main Street शाखेतील बॅक-ऑफिस POS सर्व्हरचा पासवर्ड {V} आहे — पहिल्यांदा लॉगिन केल्यावर तो बदला आणि कोणालाही फॉरवर्ड करू नका.'),
 ('tel', 'te', 'Telugu', 'Main Street బ్రాంచ్‌లోని బ్యాక్-ఆఫీస్ POS సర్వర్ పాస్‌వర్డ్ {V} — మొదటిసారి లాగిన్ అయ్యాక దాన్ని మార్చండి, ఎవరికీ ఫార్వర్డ్ చేయకండి.'),
 ('sin', 'si', 'Sinhala', 'Main Street ශාඛාවේ POS සර්වරයේ මුරපදය {V} — පළමු වරට ලොග් වූ පසු එය වෙනස් කරන්න, කිසිවෙකුට යවන්න එපා.'),
 ('khm', 'km', 'Khmer', 'ពាក្យសម្ងាត់របស់ម៉ាស៊ីនមេ POS នៅហាង Main Street គឺ {V} — សូមប្តូរវាបន្ទាប់ពីចូលលើកដំបូង ហើយកុំបញ្ជូនបន្ត។'),
 ('mon', 'mn', 'Mongolian', 'Main Street салбарын POS серверийн нууц үг {V} — анх нэвтэрсний дараа сольж, хэнд ч бүү дамжуул.'),
 ('kaz', 'kk', 'Kazakh', 'Main Street филиалындағы POS серверінің құпия сөзі {V} — алғаш кіргеннен кейін оны өзгертіп, ешкімге жіберме.'),
 ('uzb', 'uz', 'Uzbek', 'Main Street filialidagi POS serverining paroli {V} — birinchi kirishdan keyin uni almashtiring va hech kimga yubormang.'),
 ('amh', 'am', 'Amharic', 'የMain Street ቅርንጫፍ POS ሰርቨር የይለፍ ቃል {V} ነው — ለመጀመሪያ ጊዜ ከገቡ በኋላ ይቀይሩት፤ ለማንም አያስተላልፉት።'),
 ('hau', 'ha', 'Hausa', 'Kalmar sirri ta sabar POS na reshen Main Street ita ce {V} — ka canza ta bayan ka shiga a karon farko, kada ka tura wa kowa.'),
 ('yor', 'yo', 'Yoruba', 'Ọ̀rọ̀ aṣínà sáfà POS ti ẹ̀ka Main Street ni {V} — yí i padà lẹ́yìn tí o bá wọlé fún ìgbà àkọ́kọ́, má ṣe fi ránṣẹ́ sí ẹnikẹ́ni.'),
 ('zul', 'zu', 'Zulu', 'Iphasiwedi yeseva ye-POS egatsheni lase-Main Street ithi {V} — yishintshe ngemuva kokungena okokuqala futhi ungayidluliseli kumuntu.'),
 ('sot', 'st', 'Southern Sotho', "Phasewete ya seva ya POS lekaleng la Main Street ke {V} — e fetole ka mor'a ho kena la pele, o se ke wa e fetisetsa ho motho."),
 ('tsn', 'tn', 'Tswana', 'Lefoko la sephiri la seva ya POS kwa lekaleng la Main Street ke {V} — le fetole fa o sena go tsena la ntlha, o se ka wa le romelela ope.'),
 ('glg', 'gl', 'Galician', 'O contrasinal do servidor do TPV da oficina no local de Main Street é {V} — cámbiao despois de entrar e non o reenvíes.'),
 ('bre', 'br', 'Breton', 'Ger-tremen servijer ar gashierezh e burev ar preti e Main Street eo {V} — cheñch anezhañ goude bezañ kevreet ha na gas anezhañ da zen.'),
 ('fao', 'fo', 'Faroese', 'Loyniorðið til kassaambætaran á skrivstovuni í Main Street er {V} — broyt tað, tá ið tú hevur ritað inn, og send tað ikki víðari.'),
 ('yid', 'yi', 'Yiddish', 'דאָס פּאַראָל פֿאַר דעם קאַסע־סערווער אין ביוראָ פֿון דעם רעסטאָראַן אויף Main Street איז {V} — בײַט עס נאָכן ערשטן לאָגין און שיק עס ניט װײַטער.'),
 ('uig', 'ug', 'Uyghur', 'Main Street شۆبىسىدىكى POS مۇلازىمېتىرىنىڭ پارولى {V} — تۇنجى كىرگەندىن كېيىن ئۆزگەرتىڭ، ھېچكىمگە يوللىماڭ.'),
 ('nya', 'ny', 'Chichewa', 'Mawu achinsinsi a seva ya POS ku nthambi ya Main Street ndi {V} — musinthe mukangolowa koyamba, ndipo musatumize kwa wina aliyense.'),
 ('orm', 'om', 'Oromo', 'Jechi darbii sarvarii POS dameeyyii Main Street {V} dha — erga jalqaba seentanii booda jijjiiri, nama kamiifuu hin ergin.'),
 ('kur', 'ku', 'Kurdish', 'Şîfreya servera POS ya şaxa Main Street {V} e — piştî têketina yekem biguherîne û ji kesî re neşîne.'),
 ('pus', 'ps', 'Pashto', 'د Main Street څانګې د POS سرور پټنوم {V} دی — د لومړي ځل ننوتلو وروسته یې بدل کړه او هېچا ته یې مه لېږه.'),
]

FORMATS = [
 ('shift_manager_whatsapp_line', '[02/03/24, 21:47] Ana (Shift Lead): {S}'),
 ('franchise_owner_email_body', 'From: owner@harbor-kitchen.example\nSubject: back office\n\n{S}\n\n-- \nHarbor Kitchen Group\n'),
 ('pos_reseller_ticket_reply', 'Ticket 7741 | reply from reseller support\n---\n{S}\n'),
 ('kitchen_group_sms_forward', 'Fwd SMS from +44 7700 900123:\n"{S}"\n'),
 ('ops_telegram_group_post_json', '{{"chat": "store-114-ops", "from": "gm_downtown", "text": "{S}"}}'),
 ('store_logbook_closing_entry', 'CLOSING LOG 02.03 - manager on duty: K.\nNotes: {S}\nCash count OK.\n'),
 ('handover_note_receipt_printout', '================================\n   HANDOVER NOTE  #0114\n--------------------------------\n{S}\n================================\n'),
 ('franchise_discord_channel_message', '#store-114-managers  gm_downtown — today at 22:05\n{S}\n'),
]

def build(langs):
    r = random.Random(10904)
    out = []
    for i, (iso3, iso1, name, sent) in enumerate(langs):
        fmt, wrap = FORMATS[i % len(FORMATS)]
        v = owner_password(r)
        tpl = wrap.replace('{S}', sent.replace('{V}', '\x00V\x00'))
        tpl = tpl.replace('{{', '{').replace('}}', '}')
        text = tpl.replace('\x00V\x00', v)
        s = tpl.index('\x00V\x00')
        out.append(dict(type=SPAN_TYPE, container=fmt + '__' + iso3, text=text,
                        secrets=[dict(value=v, start=s, end=s + len(v), type=SPAN_TYPE)], source='prose'))
    return out
