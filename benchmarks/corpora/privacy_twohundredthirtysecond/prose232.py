"""Prose source: one sentence in each of 40 languages; someone tells a colleague the GM PC password."""
import random

from common232 import MARK, owner_password, place

SEED = 23204
TYPE = "gm_office_pc_password_in_message"
FORMATS = ["gm_team_chat_line", "front_desk_sms", "venue_owner_email_sentence", "night_shift_voicemail_transcript"]

V = MARK
# (iso 639-3, name, script, sentence)
LANGS = [
    ("fao", "Faroese", "Latin", "Loyniorðið til spælleiðarateldu er " + V + " – vinaliga gev tað ikki víðari til leikararnar."),
    ("gle", "Irish", "Latin", "Is é pasfhocal ríomhaire an mháistir cluiche ná " + V + " – ná tabhair do na himreoirí é, le do thoil."),
    ("gla", "Scottish Gaelic", "Latin", "Is e facal-faire coimpiutair maighstir a' gheama " + V + " – na toir seachad e dha na cluicheadairean, mas e do thoil e."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer mestr ar c'hoari a zo " + V + " – na roit ket anezhañ d'ar c'hoarierien, mar plij."),
    ("eus", "Basque", "Latin", "Joko-maisuaren ordenagailuaren pasahitza " + V + " da – mesedez, ez eman jokalariei."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'ordinador del director de joc és " + V + " – si us plau, no la passis als jugadors."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador do mestre de xogo é " + V + " – por favor, non llo pases aos xogadores."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Spillmeeschter-PC ass " + V + " – gëff et w.e.g. net un d'Spiller weider."),
    ("fry", "West Frisian", "Latin", "It wachtwurd fan de kompjûter fan de spulmaster is " + V + " – jou it asjebleaft net troch oan de spilers."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар водитеља игре је " + V + " – молим те, немој је давати играчима."),
    ("bos", "Bosnian", "Latin", "Šifra za kompjuter voditelja igre je " + V + " – molim te, nemoj je davati igračima."),
    ("hin", "Hindi", "Devanagari", "गेम मास्टर कंप्यूटर का पासवर्ड " + V + " है – कृपया इसे खिलाड़ियों को न बताएँ।"),
    ("mar", "Marathi", "Devanagari", "गेम मास्टरच्या संगणकाचा पासवर्ड " + V + " आहे – कृपया तो खेळाडूंना सांगू नका."),
    ("guj", "Gujarati", "Gujarati", "ગેમ માસ્ટરના કમ્પ્યુટરનો પાસવર્ડ " + V + " છે – કૃપા કરીને ખેલાડીઓને ન કહેશો."),
    ("kan", "Kannada", "Kannada", "ಗೇಮ್ ಮಾಸ್ಟರ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ " + V + " – ದಯವಿಟ್ಟು ಆಟಗಾರರಿಗೆ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "ഗെയിം മാസ്റ്റർ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് " + V + " ആണ് – ദയവായി കളിക്കാർക്ക് പറഞ്ഞുകൊടുക്കരുത്."),
    ("sin", "Sinhala", "Sinhala", "ක්‍රීඩා මාස්ටර් පරිගණකයේ මුරපදය " + V + " – කරුණාකර එය ක්‍රීඩකයන්ට කියන්න එපා."),
    ("msa", "Malay", "Latin", "Kata laluan komputer pengendali permainan ialah " + V + " – tolong jangan beritahu pemain."),
    ("mya", "Burmese", "Myanmar", "ဂိမ်းမာစတာ ကွန်ပျူတာ စကားဝှက်က " + V + " ပါ – ကစားသမားတွေကို မပြောပါနဲ့။"),
    ("ceb", "Cebuano", "Latin", "Ang password sa kompyuter sa game master kay " + V + " – palihug ayaw ihatag sa mga magdudula."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa o te rorohiko a te kaiwhakahaere kēmu ko " + V + " – tēnā, kaua e hoatu ki ngā kaitākaro."),
    ("ton", "Tongan", "Latin", "Ko e lea fufū ʻo e komipiuta ʻa e pule vaʻinga ko " + V + " – kātaki ʻoua ʻe ʻoatu ki he kau vaʻinga."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar mai jagorantar wasa ita ce " + V + " – don Allah kada ka ba ’yan wasa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà olùdarí eré ni " + V + " – jọ̀wọ́ má ṣe fún àwọn òṣèré."),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa onye na-achị egwuregwu bụ " + V + " – biko enyela ndị egwuregwu ya."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yomphathi womdlalo ithi " + V + " – sicela ungayiniki abadlali."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yomphathi womdlalo ngu " + V + " – nceda ungalinikeli kubadlali."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa y'uyobora umukino ni " + V + " – ntukariha abakinnyi, ndakwinginze."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafin'ny solosain'ny mpitarika lalao dia " + V + " – aza omena ny mpilalao azafady."),
    ("tat", "Tatar", "Cyrillic", "Уен алып баручы компьютерының серсүзе – " + V + " – зинһар, аны уенчыларга бирмә."),
    ("bak", "Bashkir", "Cyrillic", "Уйын алып барыусы компьютерының серһүҙе " + V + " – зинһар, уны уйынсыларға бирмә."),
    ("uzb", "Uzbek", "Latin", "O‘yin boshlovchisi kompyuterining paroli " + V + " – iltimos, uni o‘yinchilarga bermang."),
    ("tgk", "Tajik", "Cyrillic", "Рамзи компютери бозиронанда " + V + " аст – лутфан онро ба бозингарон надиҳед."),
    ("pus", "Pashto", "Arabic", "د لوبې د مشر کمپیوټر پټنوم " + V + " دی – مهرباني وکړه لوبغاړو ته یې مه ورکوه."),
    ("kmr", "Kurmanji", "Latin", "Şîfreya komputera rêvebirê lîstikê " + V + " e – ji kerema xwe nede lîstikvanan."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè mèt jwèt la se " + V + " – tanpri pa bay jwè yo li."),
    ("pap", "Papiamento", "Latin", "E kontraseña di e kòmpiuter di e maestro di wega ta " + V + " – por fabor no dun'é na e hungadónan."),
    ("cos", "Corsican", "Latin", "A parolla d'ordine di l'urdinatore di u maestru di ghjocu hè " + V + " – per piacè, ùn la date micca à i ghjucadori."),
    ("sco", "Scots", "Latin", "The passwird for the gemmaister's computer is " + V + " – dinnae gie it tae the players, please."),
    ("tir", "Tigrinya", "Ethiopic", "መሕለፊ ቃል ኮምፒዩተር መራሒ ጸወታ " + V + " እዩ – በጃኻ ንተጻወትቲ ኣይትሃቦም።"),
]
SPARES = [("ast", "Asturian"), ("fij", "Fijian")]


def build(reg):
    r = random.Random(SEED)
    recs = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        v = reg.draw(owner_password, r, strict=True)
        text, s, e = place(sent, v)
        recs.append({"type": TYPE, "container": "%s__%s" % (FORMATS[i % 4], code), "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return recs
