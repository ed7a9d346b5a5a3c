"""Prose positives: one sentence in each of 40 languages in which someone gives a colleague the
password of the grading-room PC at Westfold and asks them to keep it to themselves."""
import random

import common269 as C

TYPE = 'grading_room_pc_password_in_message'
FORMATS = ['egg_packer_pager_text', 'hatchery_whiteboard_scrawl', 'farm_shop_till_sticky', 'chick_lorry_cab_text']
HAND_LANGUAGES = ['english', 'catalan']

L = [
    ('deu', 'German', 'Latin', 'Hallo Jonas, das Passwort für den PC im Sortierraum ist {V} – bitte behalte es für dich.'),
    ('fra', 'French', 'Latin', "Salut Margot, le mot de passe du PC de la salle de calibrage est {V} ; garde-le pour toi, s'il te plaît."),
    ('spa', 'Spanish', 'Latin', 'Hola Lucía, la contraseña del ordenador de la sala de clasificación es {V} y no se la digas a nadie.'),
    ('por', 'Portuguese', 'Latin', 'Olá Rui, a senha do computador da sala de classificação é {V} e não a partilhes com ninguém.'),
    ('ita', 'Italian', 'Latin', 'Ciao Marco, la password del PC della sala di selezione è {V} e tienila per te, per favore.'),
    ('nld', 'Dutch', 'Latin', 'Hoi Sanne, het wachtwoord van de pc in de sorteerruimte is {V} en hou het alsjeblieft voor jezelf.'),
    ('pol', 'Polish', 'Latin', 'Cześć Kasia, hasło do komputera w sortowni to {V} i zachowaj je, proszę, dla siebie.'),
    ('ces', 'Czech', 'Latin', 'Ahoj Petře, heslo k počítači v třídírně je {V} a prosím nikomu ho neříkej.'),
    ('slk', 'Slovak', 'Latin', 'Ahoj Zuzka, heslo k počítaču v triedirni je {V} a prosím, nikomu ho nehovor.'),
    ('slv', 'Slovenian', 'Latin', 'Živjo Maja, geslo za računalnik v sortirnici je {V} in ga, prosim, obdrži zase.'),
    ('hrv', 'Croatian', 'Latin', 'Bok Ivana, lozinka za računalo u sortirnici je {V} pa je, molim te, zadrži za sebe.'),
    ('ron', 'Romanian', 'Latin', 'Salut Andrei, parola calculatorului din sala de sortare este {V} și te rog să o păstrezi pentru tine.'),
    ('bul', 'Bulgarian', 'Cyrillic', 'Здравей, Иване, паролата за компютъра в сортировъчната е {V} и моля те, пази я за себе си.'),
    ('ukr', 'Ukrainian', 'Cyrillic', 'Привіт, Олено, пароль до комп\u2019ютера в сортувальні — {V} , тож тримай його при собі, будь ласка.'),
    ('bel', 'Belarusian', 'Cyrillic', 'Прывітанне, Алесь, пароль да камп\u2019ютара ў сартавальні {V} і, калі ласка, нікому яго не кажы.'),
    ('mkd', 'Macedonian', 'Cyrillic', 'Здраво Марија, лозинката за компјутерот во сортирницата е {V} и те молам чувај ја за себе.'),
    ('sqi', 'Albanian', 'Latin', 'Përshëndetje Arben, fjalëkalimi i kompjuterit në dhomën e klasifikimit është {V} dhe të lutem mbaje për vete.'),
    ('lav', 'Latvian', 'Latin', 'Sveika, Ilze, šķirotavas datora parole ir {V} un, lūdzu, paturi to pie sevis.'),
    ('dan', 'Danish', 'Latin', "Hej Mette, adgangskoden til pc'en i sorteringsrummet er {V} og hold den lige for dig selv."),
    ('swe', 'Swedish', 'Latin', 'Hej Erik, lösenordet till datorn i sorteringsrummet är {V} så håll det för dig själv.'),
    ('nob', 'Norwegian Bokmål', 'Latin', 'Hei Ingrid, passordet til PC-en på sorteringsrommet er {V} og hold det for deg selv.'),
    ('cym', 'Welsh', 'Latin', 'Helo Dafydd, cyfrinair y cyfrifiadur yn yr ystafell raddio yw {V} a chadwa fe i ti dy hun, plîs.'),
    ('mlt', 'Maltese', 'Latin', 'Ħello Marija, il-password tal-kompjuter fil-kamra tal-għażla hija {V} u jekk jogħġbok żommha għalik.'),
    ('jpn', 'Japanese', 'Han and Kana', '田中さん、選別室のパソコンのパスワードは {V} です。誰にも教えないでね。'),
    ('cmn', 'Mandarin Chinese', 'Han (simplified)', '小王，分拣室电脑的密码是 {V} ，请别告诉别人。'),
    ('vie', 'Vietnamese', 'Latin', 'Lan ơi, mật khẩu máy tính phòng phân loại là {V} nhé, đừng nói cho ai biết.'),
    ('arb', 'Standard Arabic', 'Arabic', 'سارة، كلمة مرور حاسوب غرفة الفرز هي {V} ، فاحتفظي بها لنفسك من فضلك.'),
    ('pes', 'Iranian Persian', 'Arabic', 'مریم، رمز کامپیوتر اتاق درجه\u200cبندی {V} است؛ لطفاً به کسی نگو.'),
    ('urd', 'Urdu', 'Arabic', 'عمران، چھانٹی والے کمرے کے کمپیوٹر کا پاس ورڈ {V} ہے، براہ کرم کسی کو نہ بتانا۔'),
    ('ben', 'Bengali', 'Bengali', 'রিনা, বাছাই ঘরের কম্পিউটারের পাসওয়ার্ড {V} , দয়া করে কাউকে বোলো না।'),
    ('pan', 'Panjabi', 'Gurmukhi', 'ਹਰਪ੍ਰੀਤ, ਛਾਂਟੀ ਵਾਲੇ ਕਮਰੇ ਦੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।'),
    ('tel', 'Telugu', 'Telugu', 'రవి, గ్రేడింగ్ గదిలోని కంప్యూటర్ పాస్\u200cవర్డ్ {V} , దయచేసి ఎవరికీ చెప్పవద్దు.'),
    ('npi', 'Nepali', 'Devanagari', 'सीता, छुट्याउने कोठाको कम्प्युटरको पासवर्ड {V} हो, कृपया कसैलाई नभन्नू।'),
    ('hye', 'Armenian', 'Armenian', 'Արամ, տեսակավորման սենյակի համակարգչի գաղտնաբառը {V} է, խնդրում եմ ոչ մեկին չասես։'),
    ('kat', 'Georgian', 'Georgian', 'ნინო, დახარისხების ოთახის კომპიუტერის პაროლია {V} და გთხოვ, არავის უთხრა.'),
    ('azj', 'North Azerbaijani', 'Latin', 'Elvin, çeşidləmə otağındakı kompüterin parolu belədir: {V} , xahiş edirəm heç kimə demə.'),
    ('amh', 'Amharic', 'Ethiopic', 'አበበ፣ የመደርደሪያ ክፍሉ ኮምፒውተር የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አትንገር።'),
    ('som', 'Somali', 'Latin', 'Cali, furaha kombiyuutarka qolka kala-soocidda waa {V} ee fadlan cidna ha u sheegin.'),
    ('afr', 'Afrikaans', 'Latin', 'Pieter, die wagwoord vir die rekenaar in die sorteerkamer is {V} en hou dit asseblief vir jouself.'),
    ('epo', 'Esperanto', 'Latin', 'Karlo, la pasvorto de la komputilo en la ordiga ĉambro estas {V} kaj bonvolu konservi ĝin por vi mem.'),
]
SPARES = [('zsm', 'Standard Malay'), ('haw', 'Hawaiian'), ('tuk', 'Turkmen'), ('kir', 'Kirghiz'), ('ibo', 'Igbo'), ('wol', 'Wolof')]


def build(reg, seed=26904):
    rng = random.Random(seed)
    recs = []
    for n, (code, _name, _script, sent) in enumerate(L):
        v = reg.draw(lambda: C.make_password(rng, C.STRICT_JOINERS, cap=0.3))
        i = sent.index('{V}')
        text = sent[:i] + v + sent[i + 3:]
        recs.append({'type': TYPE, 'container': FORMATS[n % 4] + '__' + code, 'text': text,
                     'secrets': [{'value': v, 'start': i, 'end': i + len(v), 'type': TYPE}], 'source': 'prose'})
    return recs
