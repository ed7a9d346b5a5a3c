"""Prose: one sentence in each of 40 languages, a person giving the kiln office PC password."""
import random

import common277 as C

SPAN_TYPE = 'kiln_office_pc_password_in_message'
FORMATS = ['picking_crew_group_text', 'oast_office_sticky_note', 'maltings_shift_notebook_line', 'coop_desk_voicemail_transcript']

# Languages named by the earlier READMEs outside their code (Name) pairs.
HAND_LANGUAGES = ['eng', 'english', 'cat', 'catalan', 'lat', 'latin', 'zho', 'chinese', 'gle', 'irish', 'fas', 'persian',
                  'ara', 'arabic']

# code, name, confidence, sentence with {V}
LANGS = [
    ('deu', 'German', 'high', 'Das Passwort für den Büro-PC im Darrhaus ist {V} – bitte behalt es für dich.'),
    ('fra', 'French', 'high', 'Le mot de passe du PC du bureau de la touraille est {V} et garde-le pour toi, s\'il te plaît.'),
    ('spa', 'Spanish', 'high', 'La contraseña del PC de la oficina del secadero es {V} y, por favor, no se la digas a nadie.'),
    ('ita', 'Italian', 'high', 'La password del PC dell\'ufficio dell\'essiccatoio è {V} e per favore tienila per te.'),
    ('por', 'Portuguese', 'high', 'A senha do PC do escritório da estufa é {V} e, por favor, guarde-a só para você.'),
    ('nld', 'Dutch', 'high', 'Het wachtwoord van de kantoor-pc bij de eest is {V} dus houd het alsjeblieft voor jezelf.'),
    ('dan', 'Danish', 'fair', 'Adgangskoden til kontor-pc\'en ved tørreriet er {V} så hold den venligst for dig selv.'),
    ('swe', 'Swedish', 'fair', 'Lösenordet till kontorsdatorn vid torkeriet är {V} så håll det för dig själv.'),
    ('nob', 'Norwegian Bokmål', 'fair', 'Passordet til kontor-PC-en ved tørkeriet er {V} så hold det for deg selv.'),
    ('fin', 'Finnish', 'fair', 'Kuivaamon toimiston tietokoneen salasana on {V} joten pidä se omana tietonasi.'),
    ('slk', 'Slovak', 'fair', 'Heslo k počítaču v kancelárii sušiarne je {V} tak si ho, prosím, nechaj pre seba.'),
    ('slv', 'Slovenian', 'modest', 'Geslo za pisarniški računalnik pri sušilnici je {V} zato ga, prosim, obdrži zase.'),
    ('hrv', 'Croatian', 'fair', 'Lozinka za uredsko računalo u sušari je {V} pa je, molim te, zadrži za sebe.'),
    ('srp', 'Serbian', 'fair', 'Лозинка за канцеларијски рачунар у сушари је {V} па је, молим те, задржи за себе.'),
    ('bul', 'Bulgarian', 'fair', 'Паролата за офис компютъра в сушилнята е {V} така че, моля те, я пази за себе си.'),
    ('mkd', 'Macedonian', 'modest', 'Лозинката за канцелариската сметачка во сушарата е {V} па те молам чувај ја за себе.'),
    ('ukr', 'Ukrainian', 'fair', 'Пароль до офісного комп\'ютера в сушарні — {V} тож, будь ласка, тримай його при собі.'),
    ('bel', 'Belarusian', 'modest', 'Пароль да офіснага камп\'ютара ў сушыльні — {V} таму, калі ласка, трымай яго пры сабе.'),
    ('ron', 'Romanian', 'fair', 'Parola de la calculatorul din biroul uscătoriei este {V} deci te rog s-o păstrezi pentru tine.'),
    ('lav', 'Latvian', 'modest', 'Kaltes biroja datora parole ir {V} tāpēc, lūdzu, paturi to pie sevis.'),
    ('sqi', 'Albanian', 'modest', 'Fjalëkalimi i kompjuterit të zyrës në tharëse është {V} prandaj të lutem mbaje për vete.'),
    ('mlt', 'Maltese', 'low', 'Il-password tal-kompjuter tal-uffiċċju tal-forn hija {V} u jekk jogħġbok żommha għalik.'),
    ('cym', 'Welsh', 'modest', 'Cyfrinair cyfrifiadur y swyddfa yn yr odyn yw {V} felly cadwa fe i ti dy hun, plîs.'),
    ('tur', 'Turkish', 'fair', 'Kurutma fırınının ofis bilgisayarının şifresi {V} lütfen kimseye söyleme.'),
    ('aze', 'Azerbaijani', 'modest', 'Qurutma sexindəki ofis kompüterinin şifrəsi {V} xahiş edirəm, heç kimə demə.'),
    ('kaz', 'Kazakh', 'modest', 'Кептіргіштегі кеңсе компьютерінің құпиясөзі {V} өтінемін, ешкімге айтпа.'),
    ('kir', 'Kyrgyz', 'low', 'Кургаткычтагы кеңсе компьютеринин сырсөзү {V} суранам, эч кимге айтпа.'),
    ('kat', 'Georgian', 'low', 'საშრობის ოფისის კომპიუტერის პაროლია {V} გთხოვ, არავის უთხრა.'),
    ('urd', 'Urdu', 'modest', 'بھٹی کے دفتر والے کمپیوٹر کا پاس ورڈ {V} ہے، براہ کرم اسے اپنے تک رکھنا۔'),
    ('ben', 'Bengali', 'modest', 'কিলনের অফিসের কম্পিউটারের পাসওয়ার্ড হলো {V} আর দয়া করে এটা কাউকে বোলো না।'),
    ('pan', 'Eastern Punjabi', 'low', 'ਭੱਠੀ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਆਪਣੇ ਤੱਕ ਰੱਖਣਾ।'),
    ('tel', 'Telugu', 'low', 'బట్టీ ఆఫీసు కంప్యూటర్ పాస్\u200cవర్డ్ {V} దయచేసి ఎవరికీ చెప్పకు.'),
    ('nep', 'Nepali', 'modest', 'भट्टीको अफिस कम्प्युटरको पासवर्ड {V} हो, कृपया कसैलाई नभन्नू।'),
    ('jpn', 'Japanese', 'fair', '乾燥小屋の事務所のパソコンのパスワードは {V} です。誰にも言わないでね。'),
    ('vie', 'Vietnamese', 'fair', 'Mật khẩu máy tính văn phòng ở lò sấy là {V} nhé, đừng nói cho ai biết.'),
    ('tha', 'Thai', 'modest', 'รหัสผ่านคอมพิวเตอร์ในออฟฟิศโรงอบคือ {V} อย่าบอกใครนะ'),
    ('tgl', 'Tagalog', 'fair', 'Ang password ng computer sa opisina ng pugon ay {V} kaya sana huwag mo nang ipagsabi.'),
    ('zsm', 'Standard Malay', 'fair', 'Kata laluan komputer pejabat di rumah pengering ialah {V} jadi tolong simpan untuk diri sendiri.'),
    ('amh', 'Amharic', 'low', 'የማድረቂያው ቢሮ ኮምፒውተር የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አትንገር።'),
    ('som', 'Somali', 'low', 'Furaha sirta ah ee kombiyuutarka xafiiska qalajiyaha waa {V} fadlan cidna ha u sheegin.'),
]
SPARES = [('epo', 'Esperanto'), ('ibo', 'Igbo'), ('bos', 'Bosnian'), ('tuk', 'Turkmen')]


def generate(reg):
    rng = random.Random(C.SEEDS['prose'])
    recs = []
    for i, (code, name, conf, sent) in enumerate(LANGS):
        v = reg.draw(lambda: C.draw_password(rng, C.JOINERS_STRICT, 0.3))
        pre, post = sent.split('{V}')
        text = pre + v + post
        recs.append({'type': SPAN_TYPE, 'container': '%s__%s' % (FORMATS[i % 4], code), 'text': text,
                     'secrets': [{'value': v, 'start': len(pre), 'end': len(pre) + len(v), 'type': SPAN_TYPE}],
                     'source': 'prose'})
    return recs
