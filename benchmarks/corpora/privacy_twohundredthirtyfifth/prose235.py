"""Prose source: one sentence in each of 40 languages; someone tells a colleague the lesson-office PC password."""
import random

import common235 as C

SEED = 23504
SPAN_TYPE = "lesson_office_pc_password_told_in_chat"
FORMATS = ["surf_crew_chat_line", "patrol_captain_sms", "shaper_email_sentence", "beach_office_voicemail_transcript"]

# (code, name, script, sentence with {v})
LANGS = [
    ("ukr", "Ukrainian", "Cyrillic", "Пароль від комп'ютера в офісі школи: {v} – будь ласка, не кажи його учням."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп'ютара ў офісе школы: {v} – калі ласка, не кажы яго вучням."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в офиса на школата е {v} – моля те, не я казвай на учениците."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во канцеларијата на школата е {v} – те молам, не ја кажувај на учениците."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v kancelárii školy je {v} – prosím, nehovor ho žiakom."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik v pisarni šole je {v} – prosim, ne povej ga tečajnikom."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u uredu škole je {v} – molim te, nemoj je reći polaznicima."),
    ("ron", "Romanian", "Latin", "Parola calculatorului din biroul școlii este {v} – te rog, nu le-o spune cursanților."),
    ("lav", "Latvian", "Latin", "Skolas biroja datora parole ir {v} – lūdzu, nesaki to audzēkņiem."),
    ("cor", "Cornish", "Latin", "Ger-tremena an jynn-amontya y'n sodhva yw {v} – mar pleg, na lavar e dhe'n studhyoryon."),
    ("isl", "Icelandic", "Latin", "Lykilorðið að tölvunni á skrifstofu skólans er {v} – vinsamlegast ekki segja nemendunum það."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur swyddfa'r ysgol yw {v} – plis paid â'i rannu gyda'r disgyblion."),
    ("als", "Tosk Albanian", "Latin", "Fjalëkalimi i kompjuterit në zyrën e shkollës është {v} – të lutem, mos ua thuaj nxënësve."),
    ("kat", "Georgian", "Georgian", "სკოლის ოფისის კომპიუტერის პაროლი არის {v} – გთხოვ, მოსწავლეებს ნუ ეტყვი."),
    ("aze", "Azerbaijani", "Latin", "Məktəb ofisindəki kompüterin parolu {v} – xahiş edirəm, şagirdlərə demə."),
    ("kaz", "Kazakh", "Cyrillic", "Мектеп кеңсесіндегі компьютердің құпиясөзі: {v} – өтінемін, оқушыларға айтпа."),
    ("kir", "Kyrgyz", "Cyrillic", "Мектептин кеңсесиндеги компьютердин сырсөзү: {v} – суранам, окуучуларга айтпа."),
    ("tuk", "Turkmen", "Latin", "Mekdebiň ofisindäki kompýuteriň açar sözi: {v} – haýyş, okuwçylara aýtma."),
    ("pes", "Persian", "Arabic", "رمز کامپیوتر دفتر مدرسه {v} است – لطفاً به شاگردها نگو."),
    ("urd", "Urdu", "Arabic", "اسکول کے دفتر والے کمپیوٹر کا پاس ورڈ {v} ہے – براہ کرم طلبہ کو مت بتانا۔"),
    ("pan", "Punjabi", "Gurmukhi", "ਸਕੂਲ ਦੇ ਦਫ਼ਤਰ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਵਿਦਿਆਰਥੀਆਂ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("nep", "Nepali", "Devanagari", "स्कूलको अफिसको कम्प्युटरको पासवर्ड {v} हो – कृपया विद्यार्थीहरूलाई नभन्नू।"),
    ("tel", "Telugu", "Telugu", "స్కూల్ ఆఫీస్ కంప్యూటర్ పాస్‌వర్డ్ {v} – దయచేసి విద్యార్థులకు చెప్పకు."),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở văn phòng trường là {v} – đừng nói cho học viên nhé."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa opisina ng school ay {v} – pakiusap, huwag mong sabihin sa mga estudyante."),
    ("jav", "Javanese", "Latin", "Sandhi komputer kantor sekolah yaiku {v} – tulung aja dikandhakake marang murid-murid."),
    ("sun", "Sundanese", "Latin", "Sandi komputer kantor sakola téh {v} – punten ulah béjakeun ka murid-murid."),
    ("smo", "Samoan", "Latin", "O le upu faalilolilo o le komepiuta i le ofisa o le aoga o le {v} – faamolemole aua le ta'u atu i tamaiti aoga."),
    ("haw", "Hawaiian", "Latin", "ʻO ka ʻōlelo huna o ke kamepiula ma ke keʻena kula ʻo {v} – mai haʻi aku i nā haumāna."),
    ("amh", "Amharic", "Ethiopic", "የትምህርት ቤቱ ቢሮ ኮምፒውተር የይለፍ ቃል {v} ነው – እባክህ ለተማሪዎቹ አትንገራቸው።"),
    ("som", "Somali", "Latin", "Furaha kombiyuutarka xafiiska dugsiga waa {v} – fadlan ha u sheegin ardayda."),
    ("nya", "Chichewa", "Latin", "Mawu achinsinsi a kompyuta ya ku ofesi ya sukulu ndi {v} – chonde usawauze ophunzira."),
    ("sot", "Sesotho", "Latin", "Phasewete ya khomputara ya ofisi ya sekolo ke {v} – ka kopo o se ke wa e bolella baithuti."),
    ("tsn", "Setswana", "Latin", "Lefoko la sephiri la khomputara ya ofisi ya sekolo ke {v} – tsweetswee o se ka wa le bolelela baithuti."),
    ("lin", "Lingala", "Latin", "Liloba ya sekele ya ordinatere ya biro ya eteyelo ezali {v} – palado, koyebisa yango na bayekoli te."),
    ("wol", "Wolof", "Latin", "Baatu jàll bu ordinateer bu biro bu lekool bi mooy {v} – bul ko wax ndongo yi, su la neexee."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter fl-uffiċċju tal-iskola hija {v} – jekk jogħġbok, tgħidhiex lill-istudenti."),
    ("oci", "Occitan", "Latin", "Lo senhal de l'ordenador del burèu de l'escòla es {v} – se te plai, lo digas pas als escolans."),
    ("tpi", "Tok Pisin", "Latin", "Paswot bilong kompyuta long opis bilong skul em {v} – plis, no ken tokim ol sumatin."),
    ("arb", "Arabic", "Arabic", "كلمة المرور لحاسوب مكتب المدرسة هي {v} – من فضلك لا تخبر بها الطلاب."),
]

SPARES = [("tah", "Tahitian"), ("bis", "Bislama")]


def generate(registry):
    rng = random.Random(SEED)
    assert len(LANGS) == 40
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        v = registry.draw(lambda: C.password(rng, strict=True))
        fmt = FORMATS[i % 4]
        body = sent.format(v=v)
        if fmt == "surf_crew_chat_line":
            text = "[06:5%d] Mia: %s" % (i % 10, body)
        elif fmt == "patrol_captain_sms":
            text = "SMS from +61 4%02d 555 %03d: %s" % (i, 100 + i, body)
        elif fmt == "shaper_email_sentence":
            text = body + "\n\n– Kai"
        else:
            text = "Voicemail (0:%02d): %s" % (20 + i, body)
        out.append((SPAN_TYPE, fmt + "__" + code, text, v, code, name, script))
    return out
