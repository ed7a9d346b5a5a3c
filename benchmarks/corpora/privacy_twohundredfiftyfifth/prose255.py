"""Prose positives: one sentence in each of 40 languages giving the packing PC password."""
import random

import common255 as C

SEED = 25504
SPAN_TYPE = 'dispatch_packing_pc_password_in_message'
FORMATS = ['scent_bar_staff_chat_line', 'soap_kitchen_sticky_note_text', 'candle_workshop_handover_email_line',
           'studio_phone_text_message']
# code, name, script, sentence (V marks the value; always set off by whitespace)
LANGS = [
    ('hun', 'Hungarian', 'Latin', 'Zsófi, a csomagolós gép jelszava most V – kérlek, ne add tovább senkinek.'),
    ('est', 'Estonian', 'Latin', 'Kadri, pakkimisarvuti parool on nüüd V – palun hoia see enda teada.'),
    ('lit', 'Lithuanian', 'Latin', 'Rūta, siuntinių kompiuterio slaptažodis dabar yra V – prašau, niekam jo nesakyk.'),
    ('isl', 'Icelandic', 'Latin', 'Sigga, lykilorðið að pökkunartölvunni er núna V – vinsamlegast haltu því fyrir þig.'),
    ('fao', 'Faroese', 'Latin', 'Rannvá, loyniorðið til pakkiteldina er nú V – vinarliga halt tað fyri teg sjálva.'),
    ('gle', 'Irish', 'Latin', 'A Shíle, is é pasfhocal ríomhaire an phacáistithe anois ná V – coinnigh agat féin é, le do thoil.'),
    ('gla', 'Scottish Gaelic', 'Latin', "A Mhòrag, 's e facal-faire coimpiutair a' phacaidh a-nis V – cùm agad fhèin e, mas e do thoil e."),
    ('bre', 'Breton', 'Latin', "Nolwenn, ger-tremen urzhiataer ar pakadoù zo bremañ V – mirit anezhañ evidoc'h hoc'h-unan, mar plij."),
    ('eus', 'Basque', 'Latin', 'Miren, paketatze-ordenagailuaren pasahitza orain V da – mesedez, gorde ezazu zeuretzat.'),
    ('glg', 'Galician', 'Latin', 'Uxía, o contrasinal do ordenador de embalaxe agora é V – por favor, gárdao para ti.'),
    ('ltz', 'Luxembourgish', 'Latin', "Jhang, d'Passwuert vum Verpackungscomputer ass elo V – behal et w.e.g. fir dech."),
    ('fry', 'Western Frisian', 'Latin', 'Sjoukje, it wachtwurd fan de ynpakkompjûter is no V – hâld it asjebleaft foar dysels.'),
    ('ell', 'Modern Greek', 'Greek', 'Ελένη, ο κωδικός του υπολογιστή συσκευασίας είναι τώρα V – σε παρακαλώ κράτα τον για τον εαυτό σου.'),
    ('heb', 'Hebrew', 'Hebrew', 'נועה, הסיסמה של מחשב האריזה היא עכשיו V – בבקשה שמרי אותה לעצמך.'),
    ('tat', 'Tatar', 'Cyrillic', 'Гөлнара, төрү компьютерының серсүзе хәзер V – зинһар, аны үзеңдә генә сакла.'),
    ('bak', 'Bashkir', 'Cyrillic', 'Гөлнур, төргәү компьютерының серһүҙе хәҙер V – зинһар, уны үҙеңдә генә һаҡла.'),
    ('tuk', 'Turkmen', 'Latin', 'Aýna, gaplaýyş kompýuteriniň paroly indi V – haýyş, ony hiç kime aýtma.'),
    ('uzn', 'Northern Uzbek', 'Latin', 'Dilnoza, qadoqlash kompyuterining paroli endi V – iltimos, uni hech kimga aytma.'),
    ('tgk', 'Tajik', 'Cyrillic', 'Нилуфар, пароли компютери бастабандӣ ҳоло V аст – лутфан, онро ба касе нагӯ.'),
    ('khk', 'Halh Mongolian', 'Cyrillic', 'Сараа, савлах компьютерын нууц үг одоо V – хэнд ч битгий хэлээрэй.'),
    ('mar', 'Marathi', 'Devanagari', 'सायली, पॅकिंग संगणकाचा पासवर्ड आता V आहे – कृपया तो कोणाला सांगू नकोस.'),
    ('guj', 'Gujarati', 'Gujarati', 'હેતલ, પેકિંગ કમ્પ્યુટરનો પાસવર્ડ હવે V છે – મહેરબાની કરીને કોઈને કહેતી નહીં.'),
    ('kan', 'Kannada', 'Kannada', 'ಅನಿತಾ, ಪ್ಯಾಕಿಂಗ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ ಈಗ V – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡ.'),
    ('mal', 'Malayalam', 'Malayalam', 'മീര, പാക്കിംഗ് കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് ഇപ്പോൾ V ആണ് – ദയവായി ആരോടും പറയരുത്.'),
    ('tam', 'Tamil', 'Tamil', 'கவிதா, பேக்கிங் கணினியின் கடவுச்சொல் இப்போது V – தயவுசெய்து யாரிடமும் சொல்லாதே.'),
    ('sin', 'Sinhala', 'Sinhala', 'නිලූකා, ඇසුරුම් පරිගණකයේ මුරපදය දැන් V – කරුණාකර කාටවත් කියන්න එපා.'),
    ('khm', 'Khmer', 'Khmer', 'សុភា ពាក្យសម្ងាត់កុំព្យូទ័រវេចខ្ចប់ឥឡូវនេះគឺ V – សូមកុំប្រាប់អ្នកណាឡើយ។'),
    ('lao', 'Lao', 'Lao', 'ນ້ອຍ ລະຫັດຜ່ານຄອມພິວເຕີຫໍ່ເຄື່ອງຕອນນີ້ແມ່ນ V – ກະລຸນາຢ່າບອກໃຜ.'),
    ('mya', 'Burmese', 'Myanmar', 'နီလာ၊ ထုပ်ပိုးရေးကွန်ပျူတာရဲ့ စကားဝှက်က အခု V ပါ – ဘယ်သူ့ကိုမှ မပြောပါနဲ့။'),
    ('ind', 'Indonesian', 'Latin', 'Sari, kata sandi komputer pengemasan sekarang V – tolong simpan sendiri, ya.'),
    ('ceb', 'Cebuano', 'Latin', 'Lorna, ang password sa kompyuter sa pagputos karon kay V – palihug ayaw ipahibalo sa uban.'),
    ('swh', 'Swahili', 'Latin', 'Amina, nenosiri la kompyuta ya kufungasha sasa ni V – tafadhali usimwambie mtu yeyote.'),
    ('hau', 'Hausa', 'Latin', 'Zainab, kalmar sirrin kwamfutar kunshe kaya yanzu ita ce V – don Allah kada ki gaya wa kowa.'),
    ('yor', 'Yoruba', 'Latin', 'Bísí, ọ̀rọ̀ aṣínà kọ̀ǹpútà ìdìpọ̀ báyìí ni V – jọ̀wọ́ má ṣe sọ fún ẹnikẹ́ni.'),
    ('zul', 'Zulu', 'Latin', 'Thandi, iphasiwedi yekhompyutha yokupakisha manje ithi V – ngicela ungatsheli muntu.'),
    ('xho', 'Xhosa', 'Latin', 'Nomsa, igama lokugqitha lekhompyutha yokupakisha ngoku ngu V – nceda ungaxeleli mntu.'),
    ('kin', 'Kinyarwanda', 'Latin', "Uwase, ijambo ry'ibanga rya mudasobwa ipakira ubu ni V – ndakwinginze ntukaribwire undi muntu."),
    ('plt', 'Plateau Malagasy', 'Latin', "Hery, ny tenimiafina amin'ny solosaina fonosana dia V izao – azafady, aza lazaina amin'olona."),
    ('hat', 'Haitian Creole', 'Latin', 'Roselaure, modpas òdinatè anbalaj la kounye a se V – tanpri kenbe l pou ou.'),
    ('mri', 'Maori', 'Latin', 'Aroha, ko te kupuhipa o te rorohiko tākai ināianei ko V – tēnā, kaua e whāki ki tētahi atu.'),
]
SPARES = [('ton', 'Tongan'), ('pap', 'Papiamento'), ('ast', 'Asturian'), ('roh', 'Romansh')]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        assert sent.count(' V ') == 1, code
        v = reg.draw(lambda: C.password(rng, strict=True))
        text, s, e = C.place(sent.replace(' V ', ' ' + C.MARK + ' '), v)
        recs.append({'type': SPAN_TYPE, 'container': '%s__%s' % (FORMATS[i % 4], code), 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': SPAN_TYPE}], 'source': 'prose'})
    return recs
