from common144 import *
LANGS = [
 ('deu', 'German', "Das Passwort für den Klimacomputer im Gewächshaus ist {V} – bitte nicht weitergeben."),
 ('fra', 'French', "Le mot de passe de l'ordinateur climatique de la serre est {V} , merci de ne pas le transférer."),
 ('spa', 'Spanish', "La contraseña del ordenador de clima del invernadero es {V} , por favor no la reenvíes."),
 ('nld', 'Dutch', "Het wachtwoord van de klimaatcomputer in de kas is {V} , stuur het alsjeblieft niet door."),
 ('dan', 'Danish', "Adgangskoden til klimacomputeren i drivhuset er {V} , send den venligst ikke videre."),
 ('swe', 'Swedish', "Lösenordet till klimatdatorn i växthuset är {V} , skicka det inte vidare."),
 ('fin', 'Finnish', "Kasvihuoneen ilmastotietokoneen salasana on {V} , älä välitä sitä eteenpäin."),
 ('isl', 'Icelandic', "Lykilorðið að loftslagstölvunni í gróðurhúsinu er {V} , vinsamlegast ekki áframsenda það."),
 ('est', 'Estonian', "Kasvuhoone kliimaarvuti parool on {V} , palun ära edasta seda."),
 ('lav', 'Latvian', "Siltumnīcas klimata datora parole ir {V} , lūdzu, nepārsūti to."),
 ('lit', 'Lithuanian', "Šiltnamio klimato kompiuterio slaptažodis yra {V} , prašau jo nepersiųsti."),
 ('pol', 'Polish', "Hasło do komputera klimatycznego w szklarni to {V} , proszę go nie przekazywać."),
 ('ces', 'Czech', "Heslo ke klimatickému počítači ve skleníku je {V} , prosím nepřeposílej ho."),
 ('slk', 'Slovak', "Heslo ku klimatickému počítaču v skleníku je {V} , prosím, nepreposielaj ho."),
 ('slv', 'Slovenian', "Geslo za klimatski računalnik v rastlinjaku je {V} , prosim, ne posreduj ga naprej."),
 ('hrv', 'Croatian', "Lozinka za klimatsko računalo u stakleniku je {V} , molim te, nemoj je prosljeđivati."),
 ('hun', 'Hungarian', "Az üvegház klímaszámítógépének jelszava {V} , kérlek, ne küldd tovább."),
 ('ron', 'Romanian', "Parola calculatorului de climă din seră este {V} , te rog nu o trimite mai departe."),
 ('bul', 'Bulgarian', "Паролата за климатичния компютър в оранжерията е {V} , моля, не я препращай."),
 ('mkd', 'Macedonian', "Лозинката за климатскиот компјутер во стакленикот е {V} , те молам не ја препраќај."),
 ('ukr', 'Ukrainian', "Пароль до кліматичного комп'ютера в теплиці — {V} , будь ласка, не пересилай його."),
 ('bel', 'Belarusian', "Пароль да кліматычнага камп'ютара ў цяпліцы — {V} , калі ласка, не перасылай яго."),
 ('ell', 'Greek', "Ο κωδικός για τον υπολογιστή κλίματος του θερμοκηπίου είναι {V} , σε παρακαλώ μην τον προωθήσεις."),
 ('sqi', 'Albanian', "Fjalëkalimi i kompjuterit të klimës në serë është {V} , të lutem mos e përcill."),
 ('mlt', 'Maltese', "Il-password tal-kompjuter tal-klima fis-serra hija {V} , jekk jogħġbok tgħaddihiex."),
 ('cym', 'Welsh', "Cyfrinair cyfrifiadur hinsawdd y tŷ gwydr yw {V} , paid â'i anfon ymlaen os gweli'n dda."),
 ('tur', 'Turkish', "Seradaki iklim bilgisayarının şifresi {V} , lütfen kimseye iletme."),
 ('aze', 'Azerbaijani', "İstixanadakı iqlim kompüterinin şifrəsi {V} , xahiş edirəm heç kimə göndərmə."),
 ('kaz', 'Kazakh', "Жылыжайдағы климат компьютерінің құпиясөзі {V} , өтінемін, ешкімге жіберме."),
 ('uzb', 'Uzbek', "Issiqxonadagi iqlim kompyuterining paroli {V} , iltimos, hech kimga yuborma."),
 ('khk', 'Mongolian', "Хүлэмжийн цаг уурын компьютерийн нууц үг {V} , хэнд ч бүү дамжуулаарай."),
 ('kat', 'Georgian', "სათბურის კლიმატის კომპიუტერის პაროლია {V} , გთხოვ, არავის გაუგზავნო."),
 ('hye', 'Armenian', "Ջերմատան կլիմայի համակարգչի գաղտնաբառն է {V} , խնդրում եմ ոչ մեկին մի՛ ուղարկիր."),
 ('arb', 'Arabic', "كلمة مرور حاسوب المناخ في الدفيئة هي {V} ، من فضلك لا تعد توجيهها."),
 ('pes', 'Persian', "رمز عبور رایانهٔ اقلیم گلخانه {V} است، لطفاً آن را برای کسی نفرست."),
 ('urd', 'Urdu', "گرین ہاؤس کے کلائمیٹ کمپیوٹر کا پاس ورڈ {V} ہے، براہ کرم اسے آگے نہ بھیجیں۔"),
 ('tam', 'Tamil', "பசுமை இல்லத்தின் காலநிலை கணினியின் கடவுச்சொல் {V} , தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
 ('tel', 'Telugu', "గ్రీన్‌హౌస్ క్లైమేట్ కంప్యూటర్ పాస్‌వర్డ్ {V} , దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
 ('mar', 'Marathi', "हरितगृहातील हवामान संगणकाचा पासवर्ड {V} आहे, कृपया तो कोणालाही पाठवू नकोस."),
 ('pan', 'Punjabi', "ਗ੍ਰੀਨਹਾਊਸ ਦੇ ਕਲਾਈਮੇਟ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
 ('sin', 'Sinhala', "හරිතාගාරයේ දේශගුණ පරිගණකයේ මුරපදය {V} , කරුණාකර එය කාටවත් යවන්න එපා."),
 ('npi', 'Nepali', "ग्रीनहाउसको जलवायु कम्प्युटरको पासवर्ड {V} हो, कृपया कसैलाई नपठाउनुहोस्।"),
 ('tha', 'Thai', "รหัสผ่านของคอมพิวเตอร์ควบคุมอากาศในโรงเรือนคือ {V} กรุณาอย่าส่งต่อ"),
 ('lao', 'Lao', "ລະຫັດຜ່ານຂອງຄອມພິວເຕີຄວບຄຸມອາກາດໃນເຮືອນແກ້ວແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່"),
 ('khm', 'Khmer', "ពាក្យសម្ងាត់កុំព្យូទ័រអាកាសធាតុក្នុងផ្ទះកញ្ចក់គឺ {V} សូមកុំបញ្ជូនបន្ត។"),
 ('vie', 'Vietnamese', "Mật khẩu máy tính khí hậu của nhà kính là {V} , làm ơn đừng chuyển tiếp."),
 ('ind', 'Indonesian', "Kata sandi komputer iklim di rumah kaca adalah {V} , tolong jangan diteruskan."),
 ('tgl', 'Tagalog', "Ang password ng climate computer sa greenhouse ay {V} , pakiusap huwag mong ipasa."),
 ('swh', 'Swahili', "Nenosiri la kompyuta ya hali ya hewa kwenye kitalu ni {V} , tafadhali usilitume kwa mtu."),
 ('amh', 'Amharic', "የግሪንሃውስ የአየር ንብረት ኮምፒውተር የይለፍ ቃል {V} ነው፣ እባክህ ለማንም አታስተላልፍ።"),
 ('som', 'Somali', "Furaha sirta ah ee kombiyuutarka cimilada ee aqalka dhirta waa {V} , fadlan cidna ha u gudbin."),
 ('yor', 'Yoruba', "Ọ̀rọ̀ aṣínà kọ̀mpútà ojú-ọjọ́ inú ilé ọ̀gbìn ni {V} , jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
 ('xho', 'Xhosa', "Igama lokugqitha lekhompyutha yemozulu kwindlu yezityalo ngu {V} , nceda ungalidluliseli."),
 ('afr', 'Afrikaans', "Die wagwoord van die klimaatrekenaar in die kweekhuis is {V} , moet dit asseblief nie aanstuur nie."),
]
FORMATS = ['head_grower_telegram_line', 'greenhouse_office_mail_sentence', 'packhouse_helpdesk_comment', 'night_shift_grower_sms']
SPAN = 'greenhouse_climate_pc_password_told_in_message'
def build(langs_deny, words, names, seed=14404, n=40):
    r = random.Random(seed); out = []; dropped = []; uq = Uniq(); used = []
    for code, name, s in LANGS:
        ws = [w.lower() for w in re.findall(r'[A-Za-z]+', name)]
        if code in langs_deny or code in words or code in names or any(w in langs_deny or w in words or w in names for w in ws):
            dropped.append(code); continue
        if len(out) >= n: continue
        v = uq.take(lambda: owner_pw(r)); i = len(out)
        text = s.replace('{V}', '\x00'); st = text.index('\x00'); text = text.replace('\x00', v)
        out.append(dict(type=SPAN, container=FORMATS[i % 4] + '__' + code, text=text, secrets=[dict(value=v, start=st, end=st + len(v), type=SPAN)], source='prose'))
        used.append((code, name))
    return out, dropped, used, FORMATS
