"""Prose source: one sentence in each of 40 languages giving the parts-counter PC password."""
import random

import common254 as C

SEED = 25404
TYPE = 'parts_counter_pc_password_in_sentence'
FORMATS = ['van_driver_text_message', 'workshop_intercom_transcript', 'engineer_chat_dm', 'bench_sticky_label']
V = '{V}'

# (ISO 639-3 code, English name, script, sentence with {V})
LANGS = [
    ('rus', 'Russian', 'Cyrillic', 'Пароль от компьютера на стойке запчастей: {V} — пожалуйста, никому его не говори.'),
    ('kor', 'Korean', 'Hangul', '부품 카운터 컴퓨터 비밀번호는 {V} 이에요, 다른 사람한테는 말하지 마세요.'),
    ('hin', 'Hindi', 'Devanagari', 'पार्ट्स काउंटर वाले कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी और को मत बताना।'),
    ('zul', 'Zulu', 'Latin', 'Iphasiwedi yekhompyutha esekhawunteni lezingxenye ithi {V} , ungayitsheli muntu.'),
    ('xho', 'Xhosa', 'Latin', 'Iphasiwedi yekhompyutha ekhawuntareni yamalungu ngu {V} , nceda ungaxeleli mntu.'),
    ('yor', 'Yoruba', 'Latin', 'Ọ̀rọ̀ aṣínà kọ̀ǹpútà tó wà ní kọ́ńtà àwọn ẹ̀yà ni {V} , jọ̀wọ́ má ṣe sọ fún ẹnikẹ́ni.'),
    ('hau', 'Hausa', 'Latin', 'Kalmar sirri ta kwamfutar da ke kanta ta kayan gyara ita ce {V} , don Allah kada ka gaya wa kowa.'),
    ('kin', 'Kinyarwanda', 'Latin', "Ijambo ry'ibanga rya mudasobwa yo ku kawunta y'ibikoresho ni {V} , ntuzaribwire undi muntu."),
    ('mlg', 'Malagasy', 'Latin', "Ny teny miafina an'ny solosaina eo amin'ny kaontera fitaovana dia {V} , aza ambaranao olona hafa azafady."),
    ('kaz', 'Kazakh', 'Cyrillic', 'Қосалқы бөлшектер сөресіндегі компьютердің құпия сөзі: {V} — ешкімге айтпа, өтінемін.'),
    ('uzb', 'Uzbek', 'Latin', 'Ehtiyot qismlar peshtaxtasidagi kompyuterning paroli {V} , iltimos, hech kimga aytma.'),
    ('tgk', 'Tajik', 'Cyrillic', 'Рамзи компютери назди пештахтаи қисмҳои эҳтиётӣ {V} аст, лутфан ба касе нагӯ.'),
    ('khk', 'Halh Mongolian', 'Cyrillic', 'Сэлбэгийн лангууны компьютерын нууц үг {V} , хэнд ч битгий хэлээрэй.'),
    ('mya', 'Burmese', 'Myanmar', 'အပိုပစ္စည်း ကောင်တာ ကွန်ပျူတာ ရဲ့ စကားဝှက် က {V} ပါ ၊ ဘယ်သူ့ကိုမှ မပြောပါနဲ့။'),
    ('lao', 'Lao', 'Lao', 'ລະຫັດຜ່ານ ຄອມພິວເຕີ ຢູ່ ເຄົາເຕີ ອາໄຫຼ່ ແມ່ນ {V} ຢ່າ ບອກ ໃຜ ເດີ້.'),
    ('sin', 'Sinhala', 'Sinhala', 'අමතර කොටස් කවුන්ටරයේ පරිගණකයේ මුරපදය {V} , කරුණාකර කාටවත් කියන්න එපා.'),
    ('guj', 'Gujarati', 'Gujarati', 'પાર્ટ્સ કાઉન્ટરના કમ્પ્યુટરનો પાસવર્ડ {V} છે, મહેરબાની કરીને કોઈને કહેશો નહીં.'),
    ('mar', 'Marathi', 'Devanagari', 'पार्ट्स काउंटरवरच्या संगणकाचा पासवर्ड {V} आहे, कृपया कोणालाही सांगू नकोस.'),
    ('kan', 'Kannada', 'Kannada', 'ಪಾರ್ಟ್ಸ್ ಕೌಂಟರ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡ.'),
    ('mal', 'Malayalam', 'Malayalam', 'പാർട്സ് കൗണ്ടറിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആരോടും പറയരുത്.'),
    ('pus', 'Pashto', 'Arabic', 'د پرزو د کاونټر د کمپيوټر پټنوم {V} دی، مهرباني وکړه هيچا ته يې مه وايه.'),
    ('ckb', 'Central Kurdish', 'Arabic', 'وشەی نهێنیی کۆمپیوتەری کاونتەری پارچەکان {V} یە، تکایە بە کەسی مەڵێ.'),
    ('tgl', 'Tagalog', 'Latin', 'Ang password ng computer sa parts counter ay {V} , pakiusap huwag mong sabihin kahit kanino.'),
    ('ceb', 'Cebuano', 'Latin', 'Ang password sa kompyuter sa parts counter kay {V} , palihug ayaw isulti bisan kinsa.'),
    ('jav', 'Javanese', 'Latin', 'Sandhi komputer ing meja onderdil yaiku {V} , tulung aja dikandhakake marang sapa-sapa.'),
    ('haw', 'Hawaiian', 'Latin', 'ʻO {V} ka ʻōlelo huna o ka kamepiula ma ke kaola ʻāpana, mai haʻi aku i kekahi.'),
    ('bre', 'Breton', 'Latin', "Ger-tremen an urzhiataer e kontouer ar pezhioù eo {V} , na lavar ket d'den all, mar plij."),
    ('gla', 'Scottish Gaelic', 'Latin', "Is e {V} am facal-faire airson a' choimpiutair aig cunntair nam pàirtean, na innis e do dhuine sam bith."),
    ('fao', 'Faroese', 'Latin', 'Loyniorðið til teldu við partadiskin er {V} , sig tað ikki við nakran.'),
    ('ltz', 'Luxembourgish', 'Latin', "D'Passwuert vum Computer um Pièces-Comptoir ass {V} , sot et w.e.g. kengem weider."),
    ('roh', 'Romansh', 'Latin', 'Il pled-clav dal computer al pult da las pezzas è {V} , per plaschair na di quai a nagin.'),
    ('srd', 'Sardinian', 'Latin', 'Sa crae de su computer de su bancu de is pessas est {V} , pro praghere no ddu naras a nemos.'),
    ('glg', 'Galician', 'Latin', 'O contrasinal do ordenador do mostrador de recambios é {V} , por favor non llo digas a ninguén.'),
    ('ast', 'Asturian', 'Latin', 'La contraseña del ordenador del mostrador de repuestos ye {V} , por favor nun-y lo digas a naide.'),
    ('hat', 'Haitian Creole', 'Latin', 'Modpas òdinatè ki nan kontwa pyès yo se {V} , tanpri pa di pèsonn li.'),
    ('tat', 'Tatar', 'Cyrillic', 'Запчастьләр пештахтасындагы компьютерның серсүзе: {V} — беркемгә дә әйтмә, зинһар.'),
    ('chv', 'Chuvash', 'Cyrillic', 'Запчаҫсен стойкинчи компьютерӑн вӑрттӑн сӑмахӗ: {V} — никама та ан кала.'),
    ('yid', 'Yiddish', 'Hebrew', 'דאָס פּאַראָל פֿון דעם קאָמפּיוטער בײַם טײלן־קאָנטער איז {V} , זאָג עס ביטע קיינעם נישט.'),
    ('ewe', 'Ewe', 'Latin', 'Nya ɣaɣla si le kɔmpiuta si le akɔntaɖoƒe la ŋu enye {V} , meɖekuku mègagblɔe na ame aɖeke o.'),
    ('bis', 'Bislama', 'Latin', 'Paswod blong kompiuta long kaonta blong ol spea pat hem i {V} , plis yu no talem long eniwan.'),
]
SPARES = [('fij', 'Fijian'), ('fur', 'Friulian'), ('ory', 'Odia')]
assert len(LANGS) == 40 and len({l[0] for l in LANGS}) == 40


def wrap(fmt, rng, sentence):
    if fmt == 'van_driver_text_message':
        return 'To: Van %d\n%s\nSent %02d:%02d\n' % (rng.randrange(1, 9), sentence, rng.randrange(7, 19), rng.randrange(60))
    if fmt == 'workshop_intercom_transcript':
        return '[intercom, workshop -> parts counter, transcribed]\n%s\n' % sentence
    if fmt == 'engineer_chat_dm':
        return '%02d:%02d  %s\n' % (rng.randrange(7, 19), rng.randrange(60), sentence)
    if fmt == 'bench_sticky_label':
        return '(sticky label on the bench, photographed)\n%s\n' % sentence
    raise ValueError(fmt)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(lambda: C.password(rng, strict=True, cap_p=0.3))
        fmt = FORMATS[i % 4]
        tpl = wrap(fmt, rng, sent)
        assert tpl.count(V) == 1
        start = tpl.index(V)
        text = tpl.replace(V, v)
        recs.append({'type': TYPE, 'container': fmt + '__' + code, 'text': text,
                     'secrets': [{'value': v, 'start': start, 'end': start + len(v), 'type': TYPE}],
                     'source': 'prose'})
    return recs
