"""Prose positives: one sentence in each of 40 languages in which someone gives a password."""
import random

import world267 as W

SPAN_TYPE = 'loft_sewing_room_pc_password_in_note'
FORMATS = ['kite_festival_radio_log_line', 'rental_shop_paper_tag', 'rib_crew_text_message', 'loft_cutting_table_chalk_note']
V = '\u00a7'

# (iso 639-3, name, script, sentence with the marker)
LANGS = [
    ('est', 'Estonian', 'Latin', 'Õmblusruumi arvuti parool on § – palun ära räägi seda kellelegi.'),
    ('lit', 'Lithuanian', 'Latin', 'Siuvimo kambario kompiuterio slaptažodis yra § – prašau niekam jo nesakyk.'),
    ('hun', 'Hungarian', 'Latin', 'A varróterem gépének jelszava § – kérlek, ne mondd el senkinek.'),
    ('ell', 'Modern Greek', 'Greek', 'Ο κωδικός του υπολογιστή στο ραφείο είναι § – σε παρακαλώ κράτα τον για τον εαυτό σου.'),
    ('isl', 'Icelandic', 'Latin', 'Lykilorðið að tölvunni í saumaherberginu er § – vinsamlegast segðu engum frá því.'),
    ('gle', 'Irish', 'Latin', 'Is é pasfhocal an ríomhaire sa seomra fuála ná § – ná hinis d\'aon duine é, le do thoil.'),
    ('gla', 'Scottish Gaelic', 'Latin', '\'S e facal-faire a\' choimpiutair san t-seòmar-fuaigheil § – na innis do dhuine sam bith e.'),
    ('eus', 'Basque', 'Latin', 'Josteko gelako ordenagailuaren pasahitza § da – mesedez, ez esan inori.'),
    ('glg', 'Galician', 'Latin', 'O contrasinal do ordenador da sala de costura é § – por favor, non llo digas a ninguén.'),
    ('ltz', 'Luxembourgish', 'Latin', 'D\'Passwuert vum Computer am Nähzëmmer ass § – sot et w.e.g. kengem.'),
    ('fao', 'Faroese', 'Latin', 'Loyniorðið til teldunnar í seymirúminum er § – vinarliga sig tað ikki fyri nøkrum.'),
    ('bre', 'Breton', 'Latin', 'Ger-tremen an urzhiataer er sal-gwriat a zo § – na lavar ket da zen, mar plij.'),
    ('heb', 'Hebrew', 'Hebrew', 'הסיסמה של המחשב בחדר התפירה היא § – בבקשה אל תגלה אותה לאף אחד.'),
    ('hin', 'Hindi', 'Devanagari', 'सिलाई वाले कमरे के कंप्यूटर का पासवर्ड § है – कृपया किसी को मत बताना।'),
    ('mar', 'Marathi', 'Devanagari', 'शिवणकामाच्या खोलीतील संगणकाचा पासवर्ड § आहे – कृपया कोणालाही सांगू नकोस.'),
    ('guj', 'Gujarati', 'Gujarati', 'સિલાઈ રૂમના કમ્પ્યુટરનો પાસવર્ડ § છે – કૃપા કરીને કોઈને કહેતા નહીં.'),
    ('tam', 'Tamil', 'Tamil', 'தையல் அறையில் உள்ள கணினியின் கடவுச்சொல் § – தயவுசெய்து யாரிடமும் சொல்லாதே.'),
    ('kan', 'Kannada', 'Kannada', 'ಹೊಲಿಗೆ ಕೋಣೆಯ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ § – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡ.'),
    ('mal', 'Malayalam', 'Malayalam', 'തയ്യൽ മുറിയിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് § ആണ് – ദയവായി ആരോടും പറയരുത്.'),
    ('sin', 'Sinhala', 'Sinhala', 'මැහුම් කාමරයේ පරිගණකයේ මුරපදය § – කරුණාකර කිසිවෙකුට කියන්න එපා.'),
    ('kor', 'Korean', 'Hangul', '재봉실 컴퓨터 비밀번호는 § 입니다. 아무에게도 말하지 마세요.'),
    ('khm', 'Khmer', 'Khmer', 'ពាក្យសម្ងាត់កុំព្យូទ័រនៅបន្ទប់ដេរ គឺ § សូមកុំប្រាប់នរណាម្នាក់ ។'),
    ('lao', 'Lao', 'Lao', 'ລະຫັດຜ່ານຂອງຄອມພິວເຕີໃນຫ້ອງຫຍິບແມ່ນ § ກະລຸນາຢ່າບອກໃຜ.'),
    ('mya', 'Burmese', 'Myanmar', 'ချုပ်ခန်းထဲက ကွန်ပျူတာရဲ့ စကားဝှက်က § ဖြစ်တယ် – ဘယ်သူ့ကိုမှ မပြောပါနဲ့။'),
    ('ind', 'Indonesian', 'Latin', 'Kata sandi komputer di ruang jahit adalah § – tolong jangan kasih tahu siapa-siapa.'),
    ('jav', 'Javanese', 'Latin', 'Tembung sandhi komputer ing kamar jahit yaiku § – aja kandha marang sapa-sapa, ya.'),
    ('swh', 'Swahili', 'Latin', 'Nenosiri la kompyuta ya chumba cha kushonea ni § – tafadhali usimwambie mtu yeyote.'),
    ('yor', 'Yoruba', 'Latin', 'Ọ̀rọ̀ aṣínà kọ̀ǹpútà inú yàrá ìránṣọ ni § – jọ̀wọ́ má ṣe sọ fún ẹnikẹ́ni.'),
    ('hau', 'Hausa', 'Latin', 'Kalmar sirrin kwamfutar ɗakin ɗinki ita ce § – don Allah kada ka gaya wa kowa.'),
    ('zul', 'Zulu', 'Latin', 'Iphasiwedi yekhompyutha esegumbini lokuthunga ithi § – ngicela ungatsheli muntu.'),
    ('xho', 'Xhosa', 'Latin', 'Igama lokugqitha lekhompyutha kwigumbi lokuthunga ngu § – nceda ungaxeleli mntu.'),
    ('kin', 'Kinyarwanda', 'Latin', 'Ijambo ry\'ibanga rya mudasobwa yo mu cyumba cyo kudoderamo ni § – ndakwinginze ntuzabibwire umuntu.'),
    ('khk', 'Halh Mongolian', 'Cyrillic', 'Оёдлын өрөөний компьютерийн нууц үг § – хэнд ч битгий хэлээрэй.'),
    ('uzn', 'Northern Uzbek', 'Latin', 'Tikuv xonasidagi kompyuterning paroli § – iltimos, hech kimga aytma.'),
    ('tgk', 'Tajik', 'Cyrillic', 'Рамзи компютери утоқи дӯзандагӣ § аст – лутфан ба ҳеҷ кас нагӯ.'),
    ('pus', 'Pashto', 'Arabic', 'د ګنډلو خونې د کمپیوټر پټنوم § دی – مهرباني وکړه چاته یې مه وایه.'),
    ('smo', 'Samoan', 'Latin', 'O le upu faalilolilo o le komepiuta i le potu suisui o le § – faamolemole aua le taʻu i se tasi.'),
    ('mri', 'Maori', 'Latin', 'Ko te kupuhipa o te rorohiko i te rūma tuitui ko § – tēnā koa, kaua e kōrero ki tētahi atu.'),
    ('plt', 'Plateau Malagasy', 'Latin', 'Ny tenimiafin\'ny solosaina ao amin\'ny efitrano fanjairana dia § – aza lazainao amin\'olona azafady.'),
    ('ceb', 'Cebuano', 'Latin', 'Ang password sa kompyuter sa tahianan kay § – palihug ayaw isulti bisan kinsa.'),
]
SPARES = [('hat', 'Haitian Creole'), ('yid', 'Yiddish'), ('fry', 'Western Frisian'), ('roh', 'Romansh')]


def frame(fmt, r, sentence):
    if fmt == 'kite_festival_radio_log_line':
        return '%s ch%d %s: %s\n' % (W.clock(r), r.choice([6, 8, 72, 77]), W.first(r), sentence)
    if fmt == 'rental_shop_paper_tag':
        return '[tag tied to the loft laptop bag]\n%s\n' % sentence
    if fmt == 'rib_crew_text_message':
        return '%s\n%s\n' % (W.first(r), sentence)
    return '(chalk, cutting table)\n%s\n' % sentence


def build(reg, seed=26704):
    r = random.Random(seed)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        fmt = FORMATS[i % 4]
        val = reg.draw(lambda: W.make_password(r, W.JOINERS_STRICT, 0.3))
        text = frame(fmt, r, sent)
        before, after = text.split(V)
        recs.append({'type': SPAN_TYPE, 'container': '%s__%s' % (fmt, code), 'text': before + val + after,
                     'secrets': [{'value': val, 'start': len(before), 'end': len(before) + len(val), 'type': SPAN_TYPE}],
                     'source': 'prose'})
    return recs
