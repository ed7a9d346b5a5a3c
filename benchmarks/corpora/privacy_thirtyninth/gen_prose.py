"""Prose part: someone shares a password in their own language, in 10 chat / SMS export formats."""
import random, json
from common import password, uniq

SEED = 39004

# (code, English name, sentence with {P}); the build keeps the first 40 that pass the deny-list
LANGS = [
 ('de', 'German', 'Das Passwort für den Bürocomputer ist {P}, bitte nicht weitergeben.'),
 ('es', 'Spanish', 'La contraseña del ordenador de la oficina es {P}, por favor no la compartas.'),
 ('pt', 'Portuguese', 'A senha do computador do escritório é {P}, por favor não partilhes.'),
 ('it', 'Italian', "La password del computer dell'ufficio è {P}, per favore non condividerla."),
 ('nl', 'Dutch', 'Het wachtwoord van de kantoorcomputer is {P}, deel het alsjeblieft niet.'),
 ('sv', 'Swedish', 'Lösenordet till kontorsdatorn är {P}, dela det inte med någon.'),
 ('da', 'Danish', 'Adgangskoden til kontorcomputeren er {P}, del den venligst ikke.'),
 ('fi', 'Finnish', 'Toimiston tietokoneen salasana on {P}, älä jaa sitä kenellekään.'),
 ('et', 'Estonian', 'Kontoriarvuti parool on {P}, palun ära jaga seda.'),
 ('lt', 'Lithuanian', 'Biuro kompiuterio slaptažodis yra {P}, prašau niekam nesakyti.'),
 ('hu', 'Hungarian', 'Az irodai számítógép jelszava {P}, kérlek, ne add tovább.'),
 ('cs', 'Czech', 'Heslo k počítači v kanceláři je {P}, prosím nikomu ho neříkej.'),
 ('sl', 'Slovenian', 'Geslo za pisarniški računalnik je {P}, prosim, ne deli ga.'),
 ('hr', 'Croatian', 'Lozinka za uredsko računalo je {P}, molim te ne dijeli je.'),
 ('uk', 'Ukrainian', "Пароль до офісного комп'ютера {P}, будь ласка, нікому не кажи."),
 ('be', 'Belarusian', "Пароль ад офіснага камп'ютара {P}, калі ласка, нікому не кажы."),
 ('bg', 'Bulgarian', 'Паролата за офис компютъра е {P}, моля, не я споделяй.'),
 ('mk', 'Macedonian', 'Лозинката за канцелариски компјутер е {P}, те молам не ја споделувај.'),
 ('sq', 'Albanian', 'Fjalëkalimi i kompjuterit të zyrës është {P}, të lutem mos e ndaj.'),
 ('hy', 'Armenian', 'Գրասենյակի համակարգչի գաղտնաբառն է {P}, խնդրում եմ ոչ մեկին չասես։'),
 ('ka', 'Georgian', 'ოფისის კომპიუტერის პაროლია {P}, გთხოვ, არავის უთხრა.'),
 ('he', 'Hebrew', 'הסיסמה של המחשב במשרד היא {P}, בבקשה אל תשתף אותה.'),
 ('ur', 'Urdu', 'دفتر کے کمپیوٹر کا پاس ورڈ {P} ہے، براہ کرم کسی کو نہ بتائیں۔'),
 ('bn', 'Bengali', 'অফিসের কম্পিউটারের পাসওয়ার্ড {P}, দয়া করে কাউকে বলবেন না।'),
 ('ta', 'Tamil', 'அலுவலக கணினியின் கடவுச்சொல் {P}, தயவுசெய்து யாரிடமும் சொல்லாதீர்கள்.'),
 ('ne', 'Nepali', 'कार्यालयको कम्प्युटरको पासवर्ड {P} हो, कृपया कसैलाई नभन्नुहोस्।'),
 ('th', 'Thai', 'รหัสผ่านคอมพิวเตอร์ที่ออฟฟิศคือ {P} อย่าบอกใครนะ'),
 ('vi', 'Vietnamese', 'Mật khẩu máy tính văn phòng là {P}, đừng chia sẻ cho ai nhé.'),
 ('ms', 'Malay', 'Kata laluan komputer pejabat ialah {P}, tolong jangan kongsi.'),
 ('tl', 'Tagalog', 'Ang password ng computer sa opisina ay {P}, huwag mong ibahagi.'),
 ('sw', 'Swahili', 'Nenosiri la kompyuta ya ofisini ni {P}, tafadhali usimwambie mtu.'),
 ('yo', 'Yoruba', 'Ọ̀rọ̀ aṣínà kọ̀mpútà ọ́fíìsì ni {P}, jọ̀wọ́ má ṣe sọ fún ẹnikẹ́ni.'),
 ('zu', 'Zulu', 'Iphasiwedi yekhompyutha yasehhovisi ithi {P}, ngicela ungayitsheli muntu.'),
 ('so', 'Somali', 'Furaha kombiyuutarka xafiiska waa {P}, fadlan cidna ha u sheegin.'),
 ('mg', 'Malagasy', "Ny tenimiafina an'ny solosaina ao amin'ny birao dia {P}, aza zaraina azafady."),
 ('af', 'Afrikaans', 'Die wagwoord vir die kantoorrekenaar is {P}, moet dit asseblief nie deel nie.'),
 ('is', 'Icelandic', 'Lykilorðið að skrifstofutölvunni er {P}, vinsamlegast ekki deila því.'),
 ('ga', 'Irish', 'Is é {P} pasfhocal ríomhaire na hoifige, ná roinn é le do thoil.'),
 ('cy', 'Welsh', "Cyfrinair cyfrifiadur y swyddfa yw {P}, peidiwch â'i rannu os gwelwch yn dda."),
 ('eu', 'Basque', 'Bulegoko ordenagailuaren pasahitza {P} da, mesedez ez partekatu.'),
 ('ca', 'Catalan', "La contrasenya de l'ordinador de l'oficina és {P}, si us plau no la comparteixis."),
 ('gl', 'Galician', 'O contrasinal do ordenador da oficina é {P}, por favor non o compartas.'),
 ('mt', 'Maltese', "Il-password tal-kompjuter tal-uffiċċju hija {P}, jekk jogħġbok taqsamhiex."),
 ('mn', 'Mongolian', 'Оффисын компьютерын нууц үг {P}, хэнд ч битгий хэлээрэй.'),
 ('ps', 'Pashto', 'د دفتر د کمپیوټر پټنوم {P} دی، مهرباني وکړئ چا ته یې مه وایئ.'),
 ('ku', 'Kurdish', 'Şîfreya komputera ofîsê {P} e, ji kerema xwe ji kesî re nebêje.'),
 ('lb', 'Luxembourgish', "D'Passwuert vum Bürocomputer ass {P}, w.e.g. net weiderginn."),
 ('eo', 'Esperanto', 'La pasvorto de la oficeja komputilo estas {P}, bonvolu ne dividi ĝin.'),
 ('qu', 'Quechua', 'Oficinapa computadoranpa pakasqa siminqa {P}, ama pimanpas willaychu.'),
 ('wo', 'Wolof', 'Baatu jàll bu ordinaatëru biro bi mooy {P}, bul ko wax kenn.'),
 ('ti', 'Tigrinya', 'ናይ ቤት ጽሕፈት ኮምፒተር መሕለፊ ቃል {P} እዩ፣ በጃኻ ንማንም ኣይትንገር።'),
 ('om', 'Oromo', 'Jecha darbii kompiitara waajjiraa {P} dha, maaloo nama biraatti hin himin.'),
 ('ln', 'Lingala', 'Liloba ya kobombama ya ordinatɛ́rɛ ya biro ezali {P}, palado koyebisa moto te.'),
]

TYPES = ['shop_office_pc_password', 'school_office_pc_password', 'clinic_front_desk_pc_password', 'ngo_field_laptop_password']
SENDERS = ['Nadia', 'Oleh', 'Wanjiru', 'Pedro', 'Linh', 'Eitan', 'Bongani', 'Aroha']


def _fmt(fmt, who, msg, i):
    t = '2024-05-%02d' % (i % 27 + 1)
    if fmt == 'telegram_desktop_result_json':
        pre = '{"name":"Office group","type":"private_group","id":%d,"messages":[{"id":%d,"type":"message","date":"%sT10:02:11","from":"%s","from_id":"user%d","text":"' % (4000 + i, 900 + i, t, who, 7700 + i)
        return pre, '"}]}'
    if fmt == 'viber_desktop_csv_rows':
        return 'Date,Time,Sender Name,Sender Phone Number,Text\n%s,10:02:11,%s,+000000%04d,"' % (t, who, i), '"\n'
    if fmt == 'line_talk_history_txt':
        return '[LINE] Chat history in Office\nSaved on: %s 18:00\n\n%s(Wed)\n10:02\t%s\t' % (t.replace('-', '/'), t.replace('-', '/'), who), '\n10:04\tMe\tok'
    if fmt == 'kakaotalk_pc_txt_export':
        return 'Office Talk\nDate Saved : %s 18:00:00\n\n--------------- %s ---------------\n[%s] [10:02 AM] ' % (t, t, who), '\n[Me] [10:05 AM] 👍'
    if fmt == 'android_sms_backup_restore_xml':
        return "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\">\n  <sms protocol=\"0\" address=\"+000000%04d\" date=\"17145%08d\" type=\"1\" body=\"" % (i, i), '" read="1" contact_name="%s" />\n</smses>' % who
    if fmt == 'threema_chat_export_txt':
        return '[%s, 10:02] %s: ' % (t, who), '\n[%s, 10:03] Me: ✔' % t
    if fmt == 'discord_chat_exporter_plain_txt':
        return '==============================================================\nGuild: Office\nChannel: general\n==============================================================\n\n[%s 10:02] %s\n' % (t, who), '\n\n==============================================================\nExported 1 message(s)\n=============================================================='
    if fmt == 'microsoft_teams_copied_conversation':
        return '%s  %s 10:02\n' % (who, t), '\n\nYou  10:03\nthanks'
    if fmt == 'skype_export_messages_json':
        return '{"userId":"8:live:office","exportDate":"%sT18:00:00Z","conversations":[{"displayName":"Office","MessageList":[{"originalarrivaltime":"%sT10:02:11Z","from":"8:live:%s","messagetype":"RichText","content":"' % (t, t, who.lower()), '"}]}]}'
    if fmt == 'wechat_merged_forward_record_txt':
        return 'Chat History of %s and Me\n\n%s %s 10:02\n' % (who, who, t), '\n\nMe %s 10:03\n好的' % t
    raise KeyError(fmt)


FORMATS = ['telegram_desktop_result_json', 'viber_desktop_csv_rows', 'line_talk_history_txt', 'kakaotalk_pc_txt_export',
           'android_sms_backup_restore_xml', 'threema_chat_export_txt', 'discord_chat_exporter_plain_txt',
           'microsoft_teams_copied_conversation', 'skype_export_messages_json', 'wechat_merged_forward_record_txt']


def build(frozen):
    from denylist import check_language
    r = random.Random(SEED)
    langs = [l for l in LANGS if check_language(l[0], l[1], frozen)]
    dropped = [l[:2] for l in LANGS if l not in langs]
    langs = langs[:40]
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        fmt = FORMATS[i % 10]
        v = uniq(password)(r)
        t = TYPES[i % 4]
        a, b = sent.split('{P}')
        pre, post = _fmt(fmt, SENDERS[i % len(SENDERS)], None, i)
        before = pre + a
        text = before + v + b + post
        recs.append({'type': t, 'container': fmt + '__' + code, 'text': text,
                     'secrets': [{'value': v, 'start': len(before), 'end': len(before) + len(v), 'type': t}],
                     'source': 'prose', '_lang': [code, name]})
    return recs, FORMATS, dropped
