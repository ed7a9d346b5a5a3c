"""Prose: a person tells a colleague the cellar-system password in 40 languages not used in the two READMEs."""
import random
from common131 import owner_pw

SPAN_TYPE = 'cellar_system_password_told_by_colleague'
FORMATS = ['taproom_staff_group_chat_line', 'winemaker_mail_sentence', 'brewery_helpdesk_ticket_reply', 'harvest_crew_text_message', 'shift_brewer_logbook_note']

# (iso 639-3, English name, sentence with {v})
LANGS = [
    ('pol', 'Polish', 'Hasło do panelu warzelni to {v} , nie przekazuj go dalej.'),
    ('ces', 'Czech', 'Heslo do systému sklepa je {v} , prosím nikomu ho neposílej.'),
    ('slk', 'Slovak', 'Heslo do pivovarského systému je {v} , nikomu ho nedávaj.'),
    ('slv', 'Slovenian', 'Geslo za kletni sistem je {v} , prosim, ne deli ga naprej.'),
    ('hrv', 'Croatian', 'Lozinka za sustav podruma je {v} , nemoj je nikome slati.'),
    ('bos', 'Bosnian', 'Šifra za sistem pivare je {v} , nemoj je nikome dijeliti.'),
    ('mkd', 'Macedonian', 'Лозинката за системот на визбата е {v} , не ја споделувај со никого.'),
    ('bul', 'Bulgarian', 'Паролата за системата на избата е {v} , не я споделяй с никого.'),
    ('ukr', 'Ukrainian', 'Пароль до системи пивоварні {v} , нікому його не пересилай.'),
    ('ron', 'Romanian', 'Parola pentru sistemul cramei este {v} , te rog nu o da mai departe.'),
    ('hun', 'Hungarian', 'A sörfőzde rendszerének jelszava {v} , kérlek, ne add tovább.'),
    ('fin', 'Finnish', 'Panimon järjestelmän salasana on {v} , älä jaa sitä eteenpäin.'),
    ('ekk', 'Estonian', 'Pruulikoja süsteemi parool on {v} , palun ära jaga seda kellegagi.'),
    ('lvs', 'Latvian', 'Alus darītavas sistēmas parole ir {v} , lūdzu, nevienam to nesūti.'),
    ('lit', 'Lithuanian', 'Alaus daryklos sistemos slaptažodis yra {v} , prašau niekam jo neperduok.'),
    ('swe', 'Swedish', 'Lösenordet till bryggeriets system är {v} , skicka det inte vidare.'),
    ('dan', 'Danish', 'Adgangskoden til bryggeriets system er {v} , del den ikke med andre.'),
    ('fao', 'Faroese', 'Loyniorðið til bryggjaríkervið er {v} , vinarliga send tað ikki víðari.'),
    ('eus', 'Basque', 'Garagardotegiko sistemaren pasahitza {v} da, mesedez ez partekatu inorekin.'),
    ('cym', 'Welsh', "Cyfrinair system y bragdy yw {v} , paid â'i rannu gyda neb."),
    ('gle', 'Irish', 'Is é pasfhocal chóras na grúdlainne ná {v} , ná roinn é le duine ar bith.'),
    ('bre', 'Breton', 'Ger-tremen reizhiad ar vraserezh eo {v} , na gas anezhañ da zen.'),
    ('mlt', 'Maltese', "Il-password tas-sistema tal-birrerija hija {v} , tgħaddihiex lil ħadd."),
    ('ell', 'Greek', 'Ο κωδικός για το σύστημα της ζυθοποιίας είναι {v} , μην τον δώσεις σε κανέναν.'),
    ('tur', 'Turkish', 'Bira fabrikası sisteminin şifresi {v} , lütfen kimseyle paylaşma.'),
    ('als', 'Albanian', 'Fjalëkalimi i sistemit të birrarisë është {v} , mos ia jep askujt.'),
    ('pes', 'Persian', 'رمز عبور سیستم آبجوسازی {v} است، لطفا به کسی نده.'),
    ('urd', 'Urdu', 'بریوری سسٹم کا پاس ورڈ {v} ہے، کسی کو مت بتانا۔'),
    ('pan', 'Punjabi', 'ਬਰੂਅਰੀ ਸਿਸਟਮ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ, ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।'),
    ('npi', 'Nepali', 'ब्रुअरी प्रणालीको पासवर्ड {v} हो, कसैलाई नदिनुहोस्।'),
    ('tam', 'Tamil', 'மதுபான ஆலை அமைப்பின் கடவுச்சொல் {v} , யாரிடமும் பகிர வேண்டாம்.'),
    ('ory', 'Odia', 'ବ୍ରୁଅରି ସିଷ୍ଟମର ପାସୱାର୍ଡ {v} , କାହାକୁ ଦିଅନ୍ତୁ ନାହିଁ।'),
    ('asm', 'Assamese', 'ব্ৰুৱেৰী ব্যৱস্থাৰ পাছৱৰ্ড {v} , কাকো নিদিব।'),
    ('tha', 'Thai', 'รหัสผ่านระบบโรงเบียร์คือ {v} อย่าส่งต่อให้ใครนะ'),
    ('lao', 'Lao', 'ລະຫັດຜ່ານລະບົບໂຮງເບຍແມ່ນ {v} ຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ'),
    ('vie', 'Vietnamese', 'Mật khẩu hệ thống nhà máy bia là {v} , đừng chia sẻ cho ai nhé.'),
    ('tgl', 'Tagalog', 'Ang password ng sistema ng brewery ay {v} , huwag mo itong ipasa.'),
    ('swh', 'Swahili', 'Nenosiri la mfumo wa kiwanda cha bia ni {v} , usimpe mtu yeyote.'),
    ('kin', 'Kinyarwanda', "Ijambo ry'ibanga rya sisitemu y'uruganda rw'inzoga ni {v} , ntuzarihe undi muntu."),
    ('som', 'Somali', 'Furaha sirta ee nidaamka warshadda biirka waa {v} , cidna ha siin.'),
    ('xho', 'Xhosa', 'Igama lokugqitha lenkqubo yendawo yokwenza ibhiya ngu {v} , ungalinikezeli.'),
    ('afr', 'Afrikaans', 'Die wagwoord vir die brouery se stelsel is {v} , moet dit asseblief nie deel nie.'),
    ('mri', 'Maori', 'Ko te kupuhipa mō te pūnaha hanga pia ko {v} , kaua e tohatoha.'),
    ('smo', 'Samoan', 'O le upu faataga mo le polokalama o le fale pia o {v} , aua le tufaina.'),
    ('plt', 'Malagasy', "Ny tenimiafina amin'ny rafitry ny orinasa labiera dia {v} , aza zaraina amin'olona."),
    ('kir', 'Kyrgyz', 'Сыра заводунун тутумунун сырсөзү {v} , эч кимге бербе.'),
    ('tgk', 'Tajik', 'Рамзи системаи пивокорхона {v} аст, ба касе надиҳед.'),
    ('lin', 'Lingala', 'Mot de passe ya système ya usine ya masanga ezali {v} , kopesa yango na moto te.'),
    ('ibo', 'Igbo', 'Okwuntughe maka usoro ụlọ ọrụ biya bụ {v} , ekekọrịtala ya.'),
]

def build(seed, uniq, deny_names, deny_langs, deny_words, limit=40):
    r = random.Random(seed)
    out, dropped = [], []
    for code, name, sent in LANGS:
        bad = code in deny_names or code in deny_langs or any(w.lower() in deny_langs or w.lower() in deny_words for w in name.split())
        if bad:
            dropped.append(code)
            continue
        if len(out) >= limit:
            continue
        v = uniq.take(lambda: owner_pw(r))
        fmt = FORMATS[len(out) % len(FORMATS)]
        a = sent.index('{v}')
        text = sent.replace('{v}', v)
        out.append(dict(type=SPAN_TYPE, container=fmt + '__' + code, text=text,
                        secrets=[dict(value=v, start=a, end=a + len(v), type=SPAN_TYPE)], source='prose', _lang=(code, name)))
    return out, dropped
