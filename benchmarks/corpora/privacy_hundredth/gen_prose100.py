"""Prose for p100: someone tells a colleague the shared lab Overleaf password, in 40+ languages."""
import random
from common100 import owner_password
from gen_positive100 import fill, M

PROSE_TYPE = 'lab_overleaf_password_told_to_coauthor'

# (iso639-3, iso639-1 or '', English name, sentence with {v})
CANDIDATES = [
    ('deu', 'de', 'German', 'Das Passwort für unser gemeinsames Overleaf-Konto ist {v} – bitte nicht ins Manuskript schreiben.'),
    ('ita', 'it', 'Italian', "La password dell'account Overleaf del laboratorio è {v}, per favore non metterla nel manoscritto."),
    ('nob', 'nb', 'Norwegian Bokmål', 'Passordet til labens Overleaf-konto er {v}, ikke skriv det i manuskriptet.'),
    ('hin', 'hi', 'Hindi', 'लैब के Overleaf खाते का पासवर्ड {v} है, कृपया इसे पांडुलिपि में मत डालना।'),
    ('ben', 'bn', 'Bengali', 'ল্যাবের Overleaf অ্যাকাউন্টের পাসওয়ার্ড {v} , দয়া করে এটা পাণ্ডুলিপিতে লিখো না।'),
    ('urd', 'ur', 'Urdu', 'لیب کے Overleaf اکاؤنٹ کا پاس ورڈ {v} ہے، براہ کرم اسے مسودے میں نہ لکھیں۔'),
    ('pan', 'pa', 'Punjabi', 'ਲੈਬ ਦੇ Overleaf ਖਾਤੇ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਖਰੜੇ ਵਿੱਚ ਨਾ ਲਿਖੋ।'),
    ('guj', 'gu', 'Gujarati', 'લેબના Overleaf ખાતાનો પાસવર્ડ {v} છે, કૃપા કરીને તેને હસ્તપ્રતમાં ન લખશો.'),
    ('kan', 'kn', 'Kannada', 'ಲ್ಯಾಬ್‌ನ Overleaf ಖಾತೆಯ ಪಾಸ್‌ವರ್ಡ್ {v} , ದಯವಿಟ್ಟು ಅದನ್ನು ಹಸ್ತಪ್ರತಿಯಲ್ಲಿ ಬರೆಯಬೇಡಿ.'),
    ('mal', 'ml', 'Malayalam', 'ലാബിന്റെ Overleaf അക്കൗണ്ടിന്റെ പാസ്‌വേഡ് {v} ആണ്, ദയവായി അത് കയ്യെഴുത്തുപ്രതിയിൽ എഴുതരുത്.'),
    ('nep', 'ne', 'Nepali', 'ल्याबको Overleaf खाताको पासवर्ड {v} हो, कृपया यसलाई पाण्डुलिपिमा नलेख्नुहोस्।'),
    ('zsm', 'ms', 'Malay', 'Kata laluan akaun Overleaf makmal ialah {v}, tolong jangan letak dalam manuskrip.'),
    ('jav', 'jv', 'Javanese', 'Sandhi akun Overleaf lab yaiku {v}, aja dilebokake ing naskah ya.'),
    ('sun', 'su', 'Sundanese', 'Kecap akses akun Overleaf lab nyaéta {v}, punten ulah diasupkeun kana naskah.'),
    ('ceb', '', 'Cebuano', 'Ang password sa Overleaf account sa lab kay {v}, palihug ayaw ibutang sa manuscript.'),
    ('mya', 'my', 'Burmese', 'ဓာတ်ခွဲခန်း Overleaf အကောင့်ရဲ့ စကားဝှက်က {v} ပါ၊ စာမူထဲမှာ မထည့်ပါနဲ့။'),
    ('lao', 'lo', 'Lao', 'ລະຫັດຜ່ານບັນຊີ Overleaf ຂອງຫ້ອງທົດລອງແມ່ນ {v} , ກະລຸນາຢ່າໃສ່ໃນຕົ້ນສະບັບ.'),
    ('kir', 'ky', 'Kyrgyz', 'Лабораториянын Overleaf аккаунтунун сырсөзү {v} , аны кол жазмага жазбагыла.'),
    ('tgk', 'tg', 'Tajik', 'Рамзи ҳисоби Overleaf-и лаборатория {v} аст, лутфан онро ба дастнавис нагузоред.'),
    ('tuk', 'tk', 'Turkmen', 'Laboratoriýanyň Overleaf hasabynyň paroly {v} , ony golýazma ýazmaň.'),
    ('tat', 'tt', 'Tatar', 'Лабораториянең Overleaf хисап язмасы серсүзе {v} , аны кулъязмага язмагыз.'),
    ('som', 'so', 'Somali', 'Furaha sirta ah ee koontada Overleaf ee shaybaarka waa {v}, fadlan ha ku qorin qoraalka.'),
    ('ibo', 'ig', 'Igbo', "Okwuntughe akaụntụ Overleaf nke ụlọ nyocha bụ {v}, biko edekwala ya n'ime ederede."),
    ('xho', 'xh', 'Xhosa', 'Igama lokugqitha le-akhawunti ye-Overleaf yelebhu ngu {v} , nceda ungalifaki kumbhalo-ngqangi.'),
    ('sna', 'sn', 'Shona', 'Pasiwedhi yeakaundi yeOverleaf yerabhu ndeye {v} , ndapota usainyora mugwaro.'),
    ('kin', 'rw', 'Kinyarwanda', "Ijambo ry'ibanga rya konti ya Overleaf ya laboratwari ni {v} , ntirishyire mu nyandiko."),
    ('mlg', 'mg', 'Malagasy', "Ny tenimiafin'ny kaonty Overleaf an'ny laboratoara dia {v} , aza atao ao anaty sora-tanana."),
    ('smo', 'sm', 'Samoan', 'O le upu faalilolilo o le Overleaf account a le lab o le {v} , faamolemole aua le tuuina i le tusitusiga.'),
    ('mri', 'mi', 'Maori', 'Ko te kupuhipa o te pūkete Overleaf o te taiwhanga ko {v} , kaua e tuhia ki te tuhinga.'),
    ('haw', '', 'Hawaiian', 'ʻO ka ʻōlelo huna o ka moʻokāki Overleaf o ke keʻena ʻo {v} , mai kākau i loko o ka palapala.'),
    ('que', 'qu', 'Quechua', 'Laboratoriopa Overleaf cuentanpa pakasqa siminqa {v} , ama qillqapi churaychu.'),
    ('grn', 'gn', 'Guarani', 'Laboratorio Overleaf cuenta ñeʼẽñemi haʼe {v} , ani rehai kuatiápe.'),
    ('hat', 'ht', 'Haitian Creole', 'Modpas kont Overleaf laboratwa a se {v} , tanpri pa mete l nan maniskri a.'),
    ('fry', 'fy', 'West Frisian', 'It wachtwurd fan it Overleaf-akkount fan it lab is {v}, set it asjebleaft net yn it manuskript.'),
    ('roh', 'rm', 'Romansh', 'Il pled-clav dal conto Overleaf dal labor è {v}, per plaschair betg al scriver en il manuscrit.'),
    ('bre', 'br', 'Breton', 'Ger-tremen kont Overleaf al labourva eo {v}, na lakait ket anezhañ en dornskrid mar plij.'),
    ('cos', 'co', 'Corsican', "A parolla d'intesa di u contu Overleaf di u laburatoriu hè {v}, ùn la mettite micca in u manuscrittu."),
    ('oci', 'oc', 'Occitan', 'Lo senhal del compte Overleaf del laboratòri es {v}, lo metètz pas dins lo manuscrit.'),
    ('gla', 'gd', 'Scottish Gaelic', 'Is e {v} am facal-faire aig cunntas Overleaf na deuchainn-lann, na cuir e san làmh-sgrìobhainn.'),
    ('bos', 'bs', 'Bosnian', 'Lozinka za Overleaf račun laboratorije je {v}, molim te ne stavljaj je u rukopis.'),
    ('mkd', 'mk', 'Macedonian', 'Лозинката за Overleaf сметката на лабораторијата е {v}, те молам не ја ставај во ракописот.'),
    ('yid', 'yi', 'Yiddish', 'דאָס פּאַראָל פֿון דעם לאַבאָראַטאָריע Overleaf קאָנטע איז {v} , ביטע שרייב עס נישט אין דעם מאַנוסקריפּט.'),
    ('nno', 'nn', 'Norwegian Nynorsk', 'Passordet til Overleaf-kontoen til laben er {v}, ikkje skriv det i manuskriptet.'),
    ('ast', '', 'Asturian', 'La contraseña de la cuenta Overleaf del llaboratoriu ye {v}, por favor nun la pongas nel manuscritu.'),
]

FORMATS = [
    ('overleaf_review_comment_thread_json', '{"thread_id":"6650c1f2a3","messages":[{"user":"coauthor","content":"%s"}]}'),
    ('zotero_group_item_note_html', '<div data-schema-version="9"><p>%s</p></div>'),
    ('openreview_forum_note_content', '{"invitation":"Venue/-/Comment","content":{"comment":{"value":"%s"}},"readers":["Venue/Authors"]}'),
    ('hypothesis_annotation_api_row', '{"uri":"https://arxiv.org/abs/2405.01234","group":"__world__x","text":"%s","tags":["lab"]}'),
    ('journal_editor_mbox_message', 'From editor@journal.example.org Tue May 14 09:12:03 2024\nSubject: shared account\nContent-Type: text/plain; charset=utf-8\n\n%s\n'),
    ('scholarone_author_correspondence_log', '[Correspondence] Author -> Co-author (not sent to journal)\n%s\n[end]'),
    ('paper_repo_discussion_comment', '**@coauthor** %s\n\n_Posted in Discussions · paper-2024_'),
    ('dspace_helpdesk_request_item', 'Request item #%d\nMessage:\n%s'),
    ('ojs_submission_discussion_message', 'Discussion: Revised files\nParticipant note: %s'),
    ('easychair_chair_message_text', 'EasyChair message to PC member\n----\n%s\n----'),
]


def select_languages(deny, langs, n=40):
    chosen, excluded = [], []
    for c in CANDIDATES:
        code3, code1, name, _ = c
        words = [w.lower() for w in name.replace('-', ' ').split()]
        bad = (code3 in deny or code3 in langs or (code1 and (code1 in deny or code1 in langs))
               or any(w in langs for w in words))
        if bad:
            excluded.append(code3)
        elif len(chosen) < n:
            chosen.append(c)
    return chosen, excluded


def gen_prose(chosen, seed=10004):
    r = random.Random(seed)
    out = []
    for i, (code3, code1, name, sent) in enumerate(chosen):
        fmt, wrap = FORMATS[i % len(FORMATS)]
        pw = owner_password(r)
        body = sent.replace('{v}', M)
        tpl = wrap % ((r.randint(100, 999), body) if '%d' in wrap else (body,))
        text, spans = fill(tpl, [pw], PROSE_TYPE)
        out.append({'type': PROSE_TYPE, 'container': fmt + '__' + code3, 'text': text, 'secrets': spans, 'source': 'prose'})
    return out
