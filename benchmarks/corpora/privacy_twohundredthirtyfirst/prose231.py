"""Prose source: someone tells a colleague the front-desk PC password, 40 languages."""
import random

import common231 as C

SPAN_TYPE = "frontdesk_pc_password_in_message"
FORMATS = ["optician_team_chat_line", "lens_lab_sms", "practice_email_sentence", "frame_workshop_voicemail_transcript"]

# (iso 639-3, name, script, sentence with {V})
LANGS = [
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера на ресепшене — {V} — пожалуйста, никому его не передавай."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар на рецепцији је {V} и молим те да је никоме не прослеђујеш."),
    ("bos", "Bosnian", "Latin", "Šifra za računar na recepciji je {V} pa te molim da je nikome ne daješ."),
    ("kaz", "Kazakh", "Cyrillic", "Ресепшендегі компьютердің құпиясөзі — {V} — оны ешкімге берме, өтінемін."),
    ("uzn", "Uzbek", "Latin", "Qabulxonadagi kompyuterning paroli {V} — iltimos, uni hech kimga bermang."),
    ("tgk", "Tajik", "Cyrillic", "Рамзи компютери қабулгоҳ {V} аст, лутфан онро ба касе надиҳед."),
    ("tat", "Tatar", "Cyrillic", "Ресепшндагы компьютерның серсүзе — {V} — аны беркемгә дә әйтмә, зинһар."),
    ("hin", "Hindi", "Devanagari", "रिसेप्शन वाले कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "रिसेप्शनच्या संगणकाचा पासवर्ड {V} आहे, कृपया तो कोणालाही सांगू नकोस."),
    ("guj", "Gujarati", "Gujarati", "રિસેપ્શનના કમ્પ્યુટરનો પાસવર્ડ {V} છે, મહેરબાની કરીને કોઈને આપશો નહીં."),
    ("kan", "Kannada", "Kannada", "ರಿಸೆಪ್ಷನ್ ಕಂಪ್ಯೂಟರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {V} ಆಗಿದೆ, ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಹೇಳಬೇಡಿ."),
    ("mal", "Malayalam", "Malayalam", "റിസപ്ഷനിലെ കമ്പ്യൂട്ടറിന്റെ പാസ്‌വേഡ് {V} ആണ്, ദയവായി ആർക്കും കൊടുക്കരുത്."),
    ("sin", "Sinhala", "Sinhala", "පිළිගැනීමේ පරිගණකයේ මුරපදය {V} යි, කරුණාකර එය කාටවත් දෙන්න එපා."),
    ("mya", "Burmese", "Myanmar", "ဧည့်ကြိုကောင်တာ ကွန်ပျူတာရဲ့ စကားဝှက်က {V} ပါ၊ ဘယ်သူ့ကိုမှ မပေးပါနဲ့။"),
    ("arb", "Arabic", "Arabic", "كلمة مرور حاسوب الاستقبال هي {V} من فضلك لا تعطها لأحد."),
    ("pus", "Pashto", "Arabic", "د استقبال د کمپیوټر پټنوم {V} دی، مهرباني وکړه چا ته یې مه ورکوه."),
    ("ckb", "Central Kurdish", "Arabic", "وشەی نهێنیی کۆمپیوتەری پێشوازی ئەمەیە {V} تکایە بە کەسی مەدە."),
    ("kmr", "Kurmanji", "Latin", "Şîfreya komputera resepsiyonê {V} e, ji kerema xwe nede kesî."),
    ("yid", "Yiddish", "Hebrew", "דער פּאַראָל פֿון דעם קאָמפּיוטער ביי דער רעצעפּציע איז {V} ביטע גיב עס נישט ווייטער."),
    ("jpn", "Japanese", "Japanese", "受付のパソコンのパスワードは {V} です。誰にも教えないでください。"),
    ("kor", "Korean", "Hangul", "접수처 컴퓨터 비밀번호는 {V} 입니다. 다른 사람에게 알려주지 마세요."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa reception ay {V} kaya huwag mo itong ibigay kahit kanino."),
    ("ceb", "Cebuano", "Latin", "Ang password sa computer sa reception kay {V} busa ayaw kini ihatag bisan kinsa."),
    ("jav", "Javanese", "Latin", "Tembung sandhi komputer ing resepsi yaiku {V} lan aja diwènèhaké marang sapa waé."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar liyafar ita ce {V} don Allah kar ka ba kowa."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀ǹpútà ìgbàlejò ni {V} jọ̀wọ́ má ṣe fún ẹnikẹ́ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha esemamukelweni ithi {V} ngicela ungayiniki muntu."),
    ("xho", "Xhosa", "Latin", "Iphasiwedi yekhompyutha esendaweni yokwamkela ngu {V} nceda ungayiniki mntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambobanga rya mudasobwa yo kwakira abantu ni {V} ndakwinginze ntukaribwire undi muntu."),
    ("mlg", "Malagasy", "Latin", "Ny tenimiafina amin'ny solosaina eo amin'ny fandraisana dia {V} ka aza omena olona azafady."),
    ("sot", "Southern Sotho", "Latin", "Phasewete ya khomphutha ya kamohelo ke {V} ka kopo o se ke wa e fa motho."),
    ("fry", "West Frisian", "Latin", "It wachtwurd fan de kompjûter by de resepsje is {V} en jou it asjebleaft net troch."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum Computer op der Receptioun ass {V} an gëff et w.e.g. net weider."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da recepción é {V} e, por favor, non llo pases a ninguén."),
    ("bre", "Breton", "Latin", "Ger-tremen an urzhiataer en degemer eo {V} ha na roit ket anezhañ da zen, mar plij."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {V} am facal-faire aig a' choimpiutair aig an fhàilteachas, na toir do dhuine sam bith e."),
    ("fao", "Faroese", "Latin", "Loyniorðið til teldan í móttøkuni er {V} og gev tað ikki víðari, takk."),
    ("hat", "Haitian Creole", "Latin", "Modpas òdinatè resepsyon an se {V} tanpri pa bay pèsonn li."),
    ("pap", "Papiamento", "Latin", "E password di e kompiuter na resepshon ta {V} por fabor no dun'é na ningun hende."),
    ("eng", "English", "Latin", "The front-desk PC password is {V} so please don't pass it on to anyone."),
]
assert len(LANGS) == 40

NAMES = ["Priya", "Tomás", "Aiko", "Olu", "Sanne", "Dmitri", "Leila", "Kofi", "Mei", "Rhys"]


def wrap(fmt, sentence, rng, i):
    who = NAMES[i % len(NAMES)]
    if fmt == "optician_team_chat_line":
        return "[%02d:%02d] %s: %s" % (8 + i % 9, (i * 7) % 60, who, sentence)
    if fmt == "lens_lab_sms":
        return "SMS from +44 7700 900%03d (%s): %s" % (rng.randint(0, 999), who, sentence)
    if fmt == "practice_email_sentence":
        return "From: %s\nSubject: front desk\n\n%s\n" % (who, sentence)
    return "Voicemail transcript (00:%02d, %s): %s" % (rng.randint(10, 59), who, sentence)


def build(reg):
    rng = random.Random(C.SEEDS["prose"])
    recs = []
    for i, (code, name, script, tmpl) in enumerate(LANGS):
        fmt = FORMATS[i % len(FORMATS)]
        v = reg.draw(lambda: C.owner_password(rng, strict=True))
        text = wrap(fmt, tmpl.replace("{V}", v), rng, i)
        recs.append(C.make_record("x", SPAN_TYPE, fmt + "__" + code, text, v, "prose"))
    return recs
