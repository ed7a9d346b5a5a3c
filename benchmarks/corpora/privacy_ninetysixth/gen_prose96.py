"""Prose: a maker tells a friend the OctoPrint admin password of the print farm and asks them not to post it in Discord."""
import random
from common96 import *

SPAN_TYPE = 'print_farm_admin_password_told_to_friend'

# (iso639-3, iso639-1 or '', English name, sentence); candidates in order, the first 40 passing are used
LANGS = [
 ('isl', 'is', 'Icelandic', "Stjórnandalykilorðið fyrir OctoPrint í prentbúinu er ⟨V⟩ – ekki setja það á Discord, takk."),
 ('ltz', 'lb', 'Luxembourgish', "D'Admin-Passwuert fir den OctoPrint vun der Drockerfarm ass ⟨V⟩ – w.e.g. net op Discord posten."),
 ('glg', 'gl', 'Galician', "O contrasinal de administración do OctoPrint da granxa de impresoras é ⟨V⟩ – por favor, non o publiques no Discord."),
 ('cat', 'ca', 'Catalan', "La contrasenya d'administrador de l'OctoPrint de la granja d'impressores és ⟨V⟩ – si us plau, no la pengis al Discord."),
 ('kaz', 'kk', 'Kazakh', "Принтер фермасындағы OctoPrint әкімші құпиясөзі ⟨V⟩ – өтінемін, оны Discord-қа жазба."),
 ('uzb', 'uz', 'Uzbek', "Printer fermasidagi OctoPrint administrator paroli ⟨V⟩ – iltimos, uni Discordga joylama."),
 ('mon', 'mn', 'Mongolian', "Принтерийн фермийн OctoPrint-ийн админ нууц үг ⟨V⟩ – үүнийг Discord-д бүү нийтлээрэй."),
 ('sin', 'si', 'Sinhala', "මුද්‍රණ ගොවිපලේ OctoPrint පරිපාලක මුරපදය ⟨V⟩ – කරුණාකර එය Discord එකේ දාන්න එපා."),
 ('khm', 'km', 'Khmer', "ពាក្យសម្ងាត់អ្នកគ្រប់គ្រង OctoPrint នៃកសិដ្ឋានម៉ាស៊ីនបោះពុម្ព គឺ ⟨V⟩ – សូមកុំបង្ហោះវានៅក្នុង Discord ។"),
 ('amh', 'am', 'Amharic', "የማተሚያ እርሻው OctoPrint የአስተዳዳሪ የይለፍ ቃል ⟨V⟩ ነው – እባክህ በ Discord ላይ አትለጥፈው።"),
 ('hau', 'ha', 'Hausa', "Kalmar sirrin mai gudanarwa na OctoPrint a gonar firinta ita ce ⟨V⟩ – don Allah kada ka saka ta a Discord."),
 ('yor', 'yo', 'Yoruba', "Ọ̀rọ̀ aṣínà alábòójútó OctoPrint fún oko atẹ̀wé ni ⟨V⟩ – jọ̀wọ́ má ṣe fi í sí Discord."),
 ('zul', 'zu', 'Zulu', "Iphasiwedi yomphathi ye-OctoPrint yepulazi lamaphrinta ithi ⟨V⟩ – ngicela ungayifaki ku-Discord."),
 ('sot', 'st', 'Sesotho', "Phasewete ya motsamaisi ya OctoPrint ya polasi ya diprintara ke ⟨V⟩ – ke kopa o se ke wa e beha ho Discord."),
 ('orm', 'om', 'Oromo', "Jecha darbii bulchaa OctoPrint qonna maxxansaa ⟨V⟩ dha – maaloo Discord irratti hin maxxansin."),
 ('msa', 'ms', 'Malay', "Kata laluan pentadbir OctoPrint untuk ladang pencetak ialah ⟨V⟩ – tolong jangan siarkan dalam Discord."),
 ('mar', 'mr', 'Marathi', "प्रिंट फार्मच्या OctoPrint चा ॲडमिन पासवर्ड ⟨V⟩ आहे – कृपया तो Discord वर टाकू नकोस."),
 ('tel', 'te', 'Telugu', "ప్రింట్ ఫామ్ OctoPrint అడ్మిన్ పాస్‌వర్డ్ ⟨V⟩ – దయచేసి దాన్ని Discord లో పెట్టకు."),
 ('bak', 'ba', 'Bashkir', "Принтер фермаһындағы OctoPrint администратор серһүҙе ⟨V⟩ – зинһар, уны Discord-ҡа яҙма."),
 ('chv', 'cv', 'Chuvash', "Принтер фермин OctoPrint администраторӗн вӑрттӑн сӑмахӗ ⟨V⟩ – тархасшӑн, ӑна Discord-а ан ҫыр."),
 ('uig', 'ug', 'Uyghur', "بېسىش فېرمىسىدىكى OctoPrint باشقۇرغۇچى پارولى ⟨V⟩ – ئۇنى Discord قا يوللىماڭ."),
 ('snd', 'sd', 'Sindhi', "پرنٽ فارم جي OctoPrint ايڊمن پاسورڊ ⟨V⟩ آهي – مهرباني ڪري ان کي Discord تي نه رکجو."),
 ('div', 'dv', 'Dhivehi', "ޕްރިންޓް ފާމުގެ OctoPrint އެޑްމިން ޕާސްވޯޑަކީ ⟨V⟩ – Discord ގައި ޕޯސްޓް ނުކުރައްވާ."),
 ('fij', 'fj', 'Fijian', "Na vosa vuni ni dau veiliutaki ni OctoPrint ena were ni printa e ⟨V⟩ – kerea mo kakua ni vakaraitaka ena Discord."),
 ('ton', 'to', 'Tongan', "Ko e lea fufū ʻa e pule ʻo e OctoPrint ʻi he faama paaki ko ⟨V⟩ – kātaki ʻoua ʻe tuku ia ki he Discord."),
 ('tpi', '', 'Tok Pisin', "Paswot bilong bosman bilong OctoPrint long ples printa em ⟨V⟩ – plis no ken putim long Discord."),
 ('bis', 'bi', 'Bislama', "Pasword blong admin blong OctoPrint long print fam hem ⟨V⟩ – plis yu no putum long Discord."),
 ('lug', 'lg', 'Ganda', "Ekigambo ky'ekyama eky'omukulu wa OctoPrint ku faamu ya printa kiri ⟨V⟩ – nkwegayiridde tokiteeka ku Discord."),
 ('sme', 'se', 'Northern Sami', "OctoPrint hálddaheaddji beassansátni prentenbáikki várás lea ⟨V⟩ – ale bija dan Discordii."),
 ('ina', 'ia', 'Interlingua', "Le contrasigno de administrator del OctoPrint del ferma de imprimitores es ⟨V⟩ – per favor non lo publica in Discord."),
 ('lim', 'li', 'Limburgish', "'t Admin-wachwoord vanne OctoPrint op de printerboerderie is ⟨V⟩ – zèt 't e.u.b. neet op Discord."),
 ('tet', '', 'Tetum', "Liafuan-pase administradór OctoPrint nian ba to'os imprimidór mak ⟨V⟩ – favór ida labele hatama iha Discord."),
 ('hil', '', 'Hiligaynon', "Ang password sang admin sang OctoPrint sa print farm amo ang ⟨V⟩ – palihog indi pag-post sa Discord."),
 ('war', '', 'Waray', "An password han admin han OctoPrint ha print farm amo an ⟨V⟩ – alayon ayaw ig-post ha Discord."),
 ('tir', 'ti', 'Tigrinya', "ናይ ማሕተሚ ሕርሻ OctoPrint ናይ ኣመሓዳሪ መሕለፊ ቃል ⟨V⟩ እዩ – በጃኻ ኣብ Discord ኣይተለጥፎ።"),
 ('bod', 'bo', 'Tibetan', "པར་འདེབས་ཞིང་ཁའི་ OctoPrint དོ་དམ་པའི་གསང་ཚིག་ནི་ ⟨V⟩ ཡིན། – Discord ནང་མ་འགོད་རོགས།"),
 ('csb', '', 'Kashubian', "Hasło administratora OctoPrinta na farmie drëkarków to ⟨V⟩ – proszã, nie wrzucôj gò na Discord."),
 ('kal', 'kl', 'Greenlandic', "OctoPrintip aqutsisuata isissutissaa naqiterisartut ⟨V⟩ – Discordimut ilinnagu."),
 ('hin', 'hi', 'Hindi', "प्रिंट फ़ार्म के OctoPrint का एडमिन पासवर्ड ⟨V⟩ है – कृपया इसे Discord पर मत डालना।"),
 ('ben', 'bn', 'Bengali', "প্রিন্ট ফার্মের OctoPrint-এর অ্যাডমিন পাসওয়ার্ড ⟨V⟩ – দয়া করে এটা Discord-এ পোস্ট কোরো না।"),
 ('nld', 'nl', 'Dutch', "Het beheerderswachtwoord van de OctoPrint op de printerfarm is ⟨V⟩ – zet het alsjeblieft niet op Discord."),
 ('deu', 'de', 'German', "Das Admin-Passwort für das OctoPrint der Druckerfarm ist ⟨V⟩ – bitte nicht in Discord posten."),
]

FORMATS = [
 ('printables_comment_thread_reply', "@⟨user⟩ replied to your comment on \"Voron cable chain (remix)\":\n> ⟨S⟩\n"),
 ('thingiverse_group_forum_post', "[Thingiverse Groups / Print Farms] re: remote access\n⟨S⟩\n-- ⟨user⟩\n"),
 ('voron_discord_dm_log', "[22:14] ⟨user⟩: ⟨S⟩\n[22:15] ⟨user⟩: (deleting this in an hour)\n"),
 ('prusa_forum_private_message', "From: ⟨user⟩\nSubject: farm login\n\n⟨S⟩\n"),
 ('fablab_whatsapp_chat_export', "02/03/26, 21:47 - ⟨user⟩: ⟨S⟩\n"),
 ('hackaday_io_project_log_comment', "⟨user⟩ wrote a comment on log #⟨n⟩ \"Print farm v2\":\n⟨S⟩\n"),
 ('kicad_forum_pm_notification_mail', "Subject: [KiCad.info] New private message from ⟨user⟩\n\n⟨S⟩\n\nVisit Topic or reply to this email to respond.\n"),
 ('reddit_modmail_thread_line', "u/⟨user⟩ · 3h\n⟨S⟩\n"),
 ('bambu_handy_shared_note', "Shared note (Bambu Handy) — printer X1C-⟨n⟩\n⟨S⟩\n"),
 ('makerspace_signal_export_line', "[2026-03-02 21:47] ⟨user⟩: ⟨S⟩\n"),
]

def select_languages(deny):
    names = set(deny['names']); codes = set(deny['codes']); words = set(deny['words'])
    langs = set(deny['languages'])
    used, excluded = [], []
    for code, c1, name, sent in LANGS:
        why = None
        if code in names or code in codes:
            why = code
        elif c1 and (c1 in names or c1 in codes):
            why = c1
        else:
            for w in re.findall(r'[A-Za-z]+', name.lower()):
                if w in langs or w in words:
                    why = w
                    break
        if why:
            excluded.append((code, name, why))
        elif len(used) < 40:
            used.append((code, c1, name, sent))
    return used, excluded

def generate(deny):
    r = random.Random(9604)
    used, excluded = select_languages(deny)
    out = []
    for i, (code, c1, name, sent) in enumerate(used):
        fmt, tpl = FORMATS[i % len(FORMATS)]
        v = owner_password(r)
        text, spans = render(tpl.replace('⟨S⟩', sent), v, r)
        out.append(rec('s', SPAN_TYPE, fmt + '__' + code, text, spans, v, 'prose'))
    return out, used, excluded
