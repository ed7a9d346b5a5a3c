"""Prose source: someone tells a colleague the tasting-room PC password, 40 languages."""
import random

import common230 as C

SEED = 23004
SPAN_TYPE = "tasting_room_pc_password_told_in_message"
FORMATS = ["cellar_door_staff_chat_line", "vineyard_crew_sms", "winery_office_email_sentence",
           "tasting_room_voicemail_transcript"]

# (iso 639-3, name, script, sentence with {V})
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe du PC de la salle de dégustation est {V} et merci de ne pas le faire circuler."),
    ("deu", "German", "Latin", "Das Passwort für den PC im Verkostungsraum lautet {V} – bitte nicht weitergeben."),
    ("ita", "Italian", "Latin", "La password del PC della sala degustazione è {V} e ti prego di non girarla a nessuno."),
    ("por", "Portuguese", "Latin", "A senha do computador da sala de provas é {V} e, por favor, não a passes a ninguém."),
    ("eng", "English", "Latin", "The tasting-room PC password is {V} so please keep it to yourself."),
    ("afr", "Afrikaans", "Latin", "Die wagwoord vir die proelokaal se rekenaar is {V} en moet dit asseblief vir niemand anders gee nie."),
    ("cmn", "Mandarin Chinese", "Han", "品酒室电脑的密码是 {V} ，请不要告诉别人。"),
    ("jpn", "Japanese", "Japanese", "テイスティングルームのPCのパスワードは {V} です。ほかの人には教えないでください。"),
    ("heb", "Hebrew", "Hebrew", "הסיסמה למחשב של חדר הטעימות היא {V} ובבקשה אל תעביר אותה הלאה."),
    ("hye", "Armenian", "Armenian", "Համտեսի սրահի համակարգչի գաղտնաբառն է {V} ու խնդրում եմ այն ոչ մեկին չփոխանցես։"),
    ("ces", "Czech", "Latin", "Heslo k počítači v degustační místnosti je {V} a prosím nikomu ho nedávej."),
    ("pol", "Polish", "Latin", "Hasło do komputera w sali degustacyjnej to {V} i proszę, nie przekazuj go dalej."),
    ("srp", "Serbian", "Cyrillic", "Лозинка за рачунар у сали за дегустацију је {V} и молим те да је никоме не дајеш."),
    ("tur", "Turkish", "Latin", "Tadım odasındaki bilgisayarın şifresi {V} ve lütfen kimseyle paylaşma."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da sala de catas é {V} e, por favor, non llo pases a ninguén."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum PC am Degustatiounsraum ass {V} a gëff et w.e.g. net weider."),
    ("cos", "Corsican", "Latin", "A parolla d'intrata di l'urdinatore di a sala di degustazione hè {V} è ti pregu di ùn dalla à nimu."),
    ("srd", "Sardinian", "Latin", "Sa crae de su computer de s'aposentu de tastadura est {V} e pro praghere no dda nerzas a nemos."),
    ("fur", "Friulian", "Latin", "La peraule clâf dal computer de sale di degustazion e je {V} e par plasê no sta dâle a nissun."),
    ("bre", "Breton", "Latin", "Ger-tremen urzhiataer ar sal zegustiñ eo {V} ha na roit ket anezhañ da zen, mar plij."),
    ("mri", "Maori", "Latin", "Ko te kupuhipa mō te rorohiko o te rūma whakamātau wāina ko {V} ā, kaua e hoatu ki ētahi atu."),
    ("dan", "Danish", "Latin", "Adgangskoden til pc'en i smagelokalet er {V} og giv den venligst ikke videre."),
    ("scn", "Sicilian", "Latin", "La password dû computer dâ sala di assaggiu è {V} e pi favuri nun la dari a nuddu."),
    ("rus", "Russian", "Cyrillic", "Пароль от компьютера в дегустационном зале {V} и, пожалуйста, никому его не передавай."),
    ("kor", "Korean", "Hangul", "시음실 PC 비밀번호는 {V} 이고 다른 사람한테는 알려주지 마세요."),
    ("hin", "Hindi", "Devanagari", "टेस्टिंग रूम वाले कंप्यूटर का पासवर्ड {V} है, कृपया इसे किसी और को मत बताना।"),
    ("mar", "Marathi", "Devanagari", "टेस्टिंग रूममधल्या संगणकाचा पासवर्ड {V} आहे, कृपया तो कोणालाही सांगू नकोस."),
    ("ind", "Indonesian", "Latin", "Kata sandi komputer di ruang cicip adalah {V} dan tolong jangan dibagikan ke siapa pun."),
    ("zsm", "Malay", "Latin", "Kata laluan komputer di bilik rasa wain ialah {V} dan tolong jangan beritahu sesiapa."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha esegumbini lokunambitha iwayini ithi {V} futhi ngicela ungayiniki muntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha kwigumbi lokungcamla iwayini ngu {V} kwaye nceda ungalinikeli nabani na."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa yo mu cyumba cyo gusogongera ni {V} kandi ndakwinginze ntuzaribwire undi muntu."),
    ("que", "Quechua", "Latin", "Vino malliy wasipi computadorapa pakasqa siminqa {V} kanmi, ama pimanpas willankichu."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la komputilo en la gustumejo estas {V} kaj bonvolu ne diri ĝin al aliaj."),
    ("gla", "Scottish Gaelic", "Latin", "'S e {V} am facal-faire airson a' choimpiutair san t-seòmar-blasaid, agus na toir do dhuine sam bith e."),
    ("fao", "Faroese", "Latin", "Loyniorðið til telduna í smakkistovuni er {V} og vinarliga gev tað ikki víðari."),
    ("tat", "Tatar", "Cyrillic", "Дегустация залындагы компьютерның серсүзе {V} , зинһар, аны беркемгә дә бирмә."),
    ("uzn", "Northern Uzbek", "Latin", "Degustatsiya xonasidagi kompyuterning paroli {V} , iltimos, uni hech kimga bermang."),
    ("khk", "Halh Mongolian", "Cyrillic", "Амталгааны өрөөний компьютерын нууц үг {V} , үүнийг хэнд ч битгий хэлээрэй."),
    ("yor", "Yoruba", "Latin", "Ọ̀rọ̀ aṣínà kọ̀mpútà yàrá ìtọ́wò wáìnì ni {V} , jọ̀wọ́ má ṣe fún ẹnikẹ́ni."),
]
SPARES = [("hau", "Hausa"), ("sna", "Shona")]


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        pw = reg.draw(lambda: C.password(rng, strict=True))
        tpl = sent.replace("{V}", C.MARK)
        text, s, e = C.place(tpl, pw)
        out.append((SPAN_TYPE, f"{FORMATS[i % 4]}__{code}", text, s, e))
    return out
