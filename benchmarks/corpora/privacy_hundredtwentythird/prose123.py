"""Prose: someone tells a colleague the depot maintenance system password."""
SPAN = "depot_system_password_told_in_message"
FORMATS = ["depot_signal_group_chat_line", "rail_ops_mail_reply_body", "transit_it_ticket_comment", "shift_handover_note_scan", "crew_room_sms_row"]
# (iso639-3, English name, sentence with {v})
L = [
 ("msa", "Malay", "Kata laluan sistem depoh ialah {v} - tolong jangan kongsi dengan sesiapa."),
 ("jav", "Javanese", "Sandhi sistem depo yaiku {v} , aja diterusake marang sapa-sapa ya."),
 ("sun", "Sundanese", "Kecap akses sistem depo nyaéta {v} , punten ulah dibéjakeun ka saha waé."),
 ("ceb", "Cebuano", "Ang password sa sistema sa depot kay {v} - palihug ayaw ipasa bisan kang kinsa."),
 ("ilo", "Ilocano", "Ti password ti sistema ti depot ket {v} , pangngaasiyo ta dikay ibaga iti sabali."),
 ("guj", "Gujarati", "ડેપો સિસ્ટમનો પાસવર્ડ {v} છે, કૃપા કરીને કોઈને આગળ મોકલશો નહીં."),
 ("kan", "Kannada", "ಡಿಪೋ ವ್ಯವಸ್ಥೆಯ ಪಾಸ್‌ವರ್ಡ್ {v} , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ."),
 ("mal", "Malayalam", "ഡിപ്പോ സിസ്റ്റത്തിന്റെ പാസ്‌വേഡ് {v} ആണ്, ദയവായി ആർക്കും കൈമാറരുത്."),
 ("mya", "Burmese", "ဒီပိုစနစ်ရဲ့ စကားဝှက်က {v} ပါ ၊ ဘယ်သူ့ကိုမှ မပေးပါနဲ့။"),
 ("bod", "Tibetan", "ཌི་པོའི་མ་ལག་གི་གསང་ཚིག་ནི་ {v} ཡིན། སུ་ལའང་མ་སྤྲོད་རོགས།"),
 ("tat", "Tatar", "Депо системасының серсүзе {v} , зинһар, беркемгә дә җибәрмә."),
 ("bak", "Bashkir", "Депо системаһының пароле {v} , зинһар, бер кемгә лә ебәрмә."),
 ("chv", "Chuvash", "Депо системин пароле {v} , никама та ан яр, тархасшӑн."),
 ("tuk", "Turkmen", "Depo ulgamynyň açar sözi {v} , haýyş, hiç kime iberme."),
 ("uig", "Uyghur", "دېپو سىستېمىسىنىڭ مەخپىي نومۇرى {v} ، ھېچكىمگە يوللىماڭ."),
 ("yid", "Yiddish", "דאָס פּאַראָל פֿון דעם דעפּאָ־סיסטעם איז {v} , ביטע גיב עס נישט ווייטער."),
 ("fry", "Western Frisian", "It wachtwurd fan it depotsysteem is {v} - stjoer it asjebleaft net troch."),
 ("gla", "Scottish Gaelic", "Is e facal-faire siostam an depot {v} - na cuir air adhart e gu duine."),
 ("glv", "Manx", "She fockle-follit y chorys depot {v} - ny cur eh da peiagh erbee."),
 ("roh", "Romansh", "Il pled-clav dal sistem dal depo è {v} - per plaschair na al tramettar a nagin."),
 ("sme", "Northern Sami", "Depohvuogádaga beassansátni lea {v} - ale sádde dan earáide."),
 ("wol", "Wolof", "Baatu jàll bu sistemu depo bi mooy {v} , bul ko yónnee kenn."),
 ("lug", "Ganda", "Ekigambo ky'ekyama eky'enkola ya depo kiri {v} , tokiweereza muntu yenna."),
 ("aka", "Akan", "Depo nhyehyɛe no ahintasɛm asɛmfua ne {v} , mesrɛ wo mfa mma obiara."),
 ("ewe", "Ewe", "Depo ƒe ɖoɖo la ƒe adzɔnya nye {v} , meɖe kuku mègana ame aɖeke o."),
 ("run", "Kirundi", "Ijambo ry'ibanga rya sisitemu ya depo ni {v} , ntuyarungikire n'umwe."),
 ("ssw", "Swati", "Libito lekungena kusistimu ye-depo ngu {v} , ungalitfumeli muntfu."),
 ("tso", "Tsonga", "Rito ra xihundla ra sisiteme ya depo i {v} , u nga ri rhumeli eka munhu."),
 ("ven", "Venda", "Ipfi ḽa tshiphiri ḽa sisiteme ya depo ndi {v} , ni songo ḽi rumela kha muthu."),
 ("nso", "Northern Sotho", "Lentšu la sephiri la tshepedišo ya depo ke {v} , o se le romele go motho."),
 ("kik", "Kikuyu", "Kiugo kia hitho kia thisitemu ya depo nĩ {v} , ndũkakĩtũme kũrĩ mũndũ."),
 ("pap", "Papiamento", "E kontraseña di e sistema di depo ta {v} - por fabor no manda esaki pa niun hende."),
 ("tpi", "Tok Pisin", "Pasword bilong sistem bilong depo em {v} - plis no ken salim long narapela man."),
 ("bis", "Bislama", "Pasword blong sistem blong depo hem i {v} - plis yu no sanem i go long narafala."),
 ("tet", "Tetum", "Liafuan-xave husi sistema depó nian mak {v} - favor ida labele haruka ba ema seluk."),
 ("hsb", "Upper Sorbian", "Hesło za system depoja je {v} - prošu njepósćel je nikomu dale."),
 ("fur", "Friulian", "La peraule clâf dal sisteme dal deposit e je {v} - par plasê no sta mandâle a nissun."),
 ("srd", "Sardinian", "Sa password de su sistema de su depòsitu est {v} - pro praghere no dda imbies a nemos."),
 ("scn", "Sicilian", "La password dû sistema dû depòsitu è {v} - pi favuri nun la mannari a nuddu."),
 ("wln", "Walloon", "Li scret do sistinme do depot c' est {v} - èn vos plait, nel evoyîz a nolu."),
 ("snd", "Sindhi", "ڊيپو سسٽم جو پاسورڊ {v} آهي، مهرباني ڪري ڪنهن کي به نه موڪليو."),
 ("kmr", "Northern Kurdish", "Şîfreya sîstema depoyê {v} e , ji kerema xwe ji kesî re neşîne."),
 ("oss", "Ossetian", "Депойы системæйы пароль у {v} , макæмæн æй арвит, курын дæ."),
 ("lim", "Limburgish", "'t Wachwoord vaan 't depotsysteem is {v} - stuur 't aub neet door."),
 ("nds", "Low German", "Dat Passwoort vun dat Depot-System is {v} - schick dat bitte an nüms wieder."),
]
INTRO = {0: "[07:02] Reza: ", 1: "> On Tue, Ines wrote:\n> can you send me the depot login?\n\n", 2: "Comment by K. Osei (internal):\n", 3: "[scanned handover note, shift B]\n", 4: "2026-03-14 06:55,+44700900117,"}

def generate(g, langs_deny, names_deny):
    recs, dropped, n = [], [], 0
    for code, name, sent in L:
        bad = code in langs_deny or code in names_deny or any(w.lower() in langs_deny for w in name.split()) or name.lower() in langs_deny
        if bad:
            dropped.append(code); continue
        if len(recs) == 40:
            continue
        v = g.pw()
        fi = len(recs) % len(FORMATS)
        pre, post = (INTRO[fi] + sent).split("{v}")
        recs.append({"type": SPAN, "container": FORMATS[fi] + "__" + code, "text": pre + v + post,
                     "secrets": [{"value": v, "start": len(pre), "end": len(pre) + len(v), "type": SPAN}], "source": "prose",
                     "_lang": (code, name)})
    return recs, dropped
