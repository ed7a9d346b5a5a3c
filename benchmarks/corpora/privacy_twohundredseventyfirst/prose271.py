"""Prose: one sentence per language in which someone gives the password of the
tasting-room laptop and asks the colleague to keep it to themselves."""
import random

import world271 as W

SPAN_TYPE = 'tasting_room_laptop_password_in_message'
FORMATS = ['tearoom_order_pad_scrawl', 'blending_house_shift_handover_text',
           'apothecary_prescription_pad_margin', 'tasting_room_tin_lid_label']

# (ISO 639-3 code, English name, script, sentence with @V@)
LANGS = [
    ('deu', 'German', 'Latin', 'Das Passwort für den Laptop im Verkostungsraum ist @V@ – bitte behalte es für dich.'),
    ('fra', 'French', 'Latin', "Le mot de passe de l'ordinateur portable de la salle de dégustation est @V@ – garde-le pour toi, s'il te plaît."),
    ('spa', 'Spanish', 'Latin', 'La contraseña del portátil de la sala de cata es @V@ y, por favor, no se la digas a nadie.'),
    ('ita', 'Italian', 'Latin', 'La password del portatile della sala degustazione è @V@ e ti prego di tenerla per te.'),
    ('por', 'Portuguese', 'Latin', 'A palavra-passe do portátil da sala de provas é @V@ – por favor, guarda-a só para ti.'),
    ('nld', 'Dutch', 'Latin', 'Het wachtwoord van de laptop in de proefruimte is @V@ – hou het alsjeblieft voor jezelf.'),
    ('dan', 'Danish', 'Latin', 'Adgangskoden til den bærbare i smagerummet er @V@ – hold den for dig selv.'),
    ('swe', 'Swedish', 'Latin', 'Lösenordet till den bärbara datorn i provningsrummet är @V@ – håll det för dig själv.'),
    ('nob', 'Norwegian Bokmål', 'Latin', 'Passordet til den bærbare PC-en på smakerommet er @V@ – hold det for deg selv.'),
    ('slk', 'Slovak', 'Latin', 'Heslo k notebooku v degustačnej miestnosti je @V@ – nechaj si ho, prosím, pre seba.'),
    ('slv', 'Slovene', 'Latin', 'Geslo za prenosnik v degustacijski sobi je @V@ – prosim, obdrži ga zase.'),
    ('hrv', 'Croatian', 'Latin', 'Lozinka za prijenosno računalo u prostoriji za kušanje je @V@ – molim te, zadrži je za sebe.'),
    ('ron', 'Romanian', 'Latin', 'Parola laptopului din sala de degustare este @V@ – te rog să o păstrezi pentru tine.'),
    ('bul', 'Bulgarian', 'Cyrillic', 'Паролата за лаптопа в дегустационната зала е @V@ – моля те, пази я само за себе си.'),
    ('ukr', 'Ukrainian', 'Cyrillic', 'Пароль до ноутбука в дегустаційній кімнаті: @V@ — будь ласка, нікому його не кажи.'),
    ('bel', 'Belarusian', 'Cyrillic', 'Пароль ад ноўтбука ў дэгустацыйнай зале: @V@ — калі ласка, нікому яго не кажы.'),
    ('mkd', 'Macedonian', 'Cyrillic', 'Лозинката за лаптопот во просторијата за дегустација е @V@ – те молам, чувај ја за себе.'),
    ('lvs', 'Standard Latvian', 'Latin', 'Parole degustācijas telpas klēpjdatoram ir @V@ – lūdzu, paturi to pie sevis.'),
    ('als', 'Tosk Albanian', 'Latin', 'Fjalëkalimi i laptopit në dhomën e shijimit është @V@ – të lutem, mbaje për vete.'),
    ('mlt', 'Maltese', 'Latin', "Il-password tal-laptop fil-kamra tat-tidwiq hija @V@ – jekk jogħġbok żommha għalik."),
    ('cym', 'Welsh', 'Latin', 'Cyfrinair y gliniadur yn yr ystafell flasu yw @V@ – cadwa fe i ti dy hun, plîs.'),
    ('fry', 'West Frisian', 'Latin', 'It wachtwurd fan de laptop yn de priuwkeamer is @V@ – hâld it asjebleaft foar dysels.'),
    ('jpn', 'Japanese', 'Han and kana', 'テイスティングルームのノートパソコンのパスワードは @V@ です。ほかの人には言わないでね。'),
    ('vie', 'Vietnamese', 'Latin', 'Mật khẩu của máy tính xách tay trong phòng nếm trà là @V@ – đừng nói cho ai biết nhé.'),
    ('khm', 'Khmer', 'Khmer', 'ពាក្យសម្ងាត់កុំព្យូទ័រយួរដៃក្នុងបន្ទប់ភ្លក់តែ គឺ @V@ សូមកុំប្រាប់អ្នកដទៃ។'),
    ('ben', 'Bengali', 'Bengali', 'টেস্টিং রুমের ল্যাপটপের পাসওয়ার্ড হলো @V@ – দয়া করে কাউকে বলবেন না।'),
    ('pan', 'Punjabi', 'Gurmukhi', 'ਟੇਸਟਿੰਗ ਰੂਮ ਵਾਲੇ ਲੈਪਟਾਪ ਦਾ ਪਾਸਵਰਡ @V@ ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।'),
    ('urd', 'Urdu', 'Arabic (Nastaliq)', 'چکھنے والے کمرے کے لیپ ٹاپ کا پاس ورڈ @V@ ہے – براہِ کرم کسی کو نہ بتانا۔'),
    ('npi', 'Nepali', 'Devanagari', 'टेस्टिङ कोठाको ल्यापटपको पासवर्ड @V@ हो – कृपया कसैलाई नभन्नुहोला।'),
    ('tel', 'Telugu', 'Telugu', 'టేస్టింగ్ రూమ్ ల్యాప్\u200cటాప్ పాస్\u200cవర్డ్ @V@ – దయచేసి ఎవరికీ చెప్పకండి.'),
    ('ory', 'Odia', 'Odia', 'ଟେଷ୍ଟିଂ ରୁମ୍ ଲାପଟପ୍\u200cର ପାସୱାର୍ଡ ହେଉଛି @V@ – ଦୟାକରି କାହାକୁ କୁହନ୍ତୁ ନାହିଁ।'),
    ('arb', 'Standard Arabic', 'Arabic', 'كلمة مرور الحاسوب المحمول في غرفة التذوق هي @V@ – أرجو ألا تخبر بها أحدًا.'),
    ('kat', 'Georgian', 'Georgian', 'დეგუსტაციის ოთახის ლეპტოპის პაროლია @V@ – გთხოვ, არავის უთხრა.'),
    ('azj', 'North Azerbaijani', 'Latin', 'Dequstasiya otağındakı noutbukun parolu @V@ – xahiş edirəm, heç kimə demə.'),
    ('kir', 'Kyrgyz', 'Cyrillic', 'Даам татуу бөлмөсүндөгү ноутбуктун сырсөзү @V@ – суранам, эч кимге айтпа.'),
    ('tuk', 'Turkmen', 'Latin', 'Tagam synag otagyndaky noutbugyň açar sözi @V@ – haýyş, hiç kime aýtma.'),
    ('amh', 'Amharic', 'Ethiopic', 'የቅምሻ ክፍሉ ላፕቶፕ የይለፍ ቃል @V@ ነው – እባክህ ለማንም አትንገር።'),
    ('som', 'Somali', 'Latin', 'Furaha sirta ee laptop-ka qolka dhadhaminta waa @V@ – fadlan cidna ha u sheegin.'),
    ('ibo', 'Igbo', 'Latin', "Okwuntughe laptọọpụ dị n'ime ụlọ nnwale tii bụ @V@ – biko agwala onye ọ bụla."),
    ('zsm', 'Standard Malay', 'Latin', 'Kata laluan komputer riba di bilik rasa teh ialah @V@ – tolong simpan untuk diri sendiri.'),
]
SPARES = [('epo', 'Esperanto'), ('pap', 'Papiamento'), ('roh', 'Romansh')]
HAND_LANGUAGES = ['english', 'catalan', 'latin', 'chinese', 'irish', 'persian', 'eng', 'cat', 'lat', 'zho', 'gle', 'fas']


def build(reg, seed=27104):
    rng = random.Random(seed)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = reg.draw(lambda: W.password(rng, W.STRICT_JOINERS, 0.3))
        k = sent.index('@V@')
        text = sent[:k] + v + sent[k + 3:]
        recs.append({'type': SPAN_TYPE, 'container': '%s__%s' % (FORMATS[i % 4], code), 'text': text,
                     'secrets': [{'value': v, 'start': k, 'end': k + len(v), 'type': SPAN_TYPE}], 'source': 'prose'})
    return recs
