"""Prose: someone tells a colleague the exit-gate controller password and asks them not to forward it."""
from common135 import make

SPAN = "exit_gate_password_told_in_prose"
FORMATS = [
    ("garage_shift_chat_line", "[06:4{n}] {who}: {s}"),
    ("toll_plaza_mail_line", "Subject: gate controller\n\n{s}\n\n-- {who}"),
    ("permit_desk_ticket_remark", "Remark on ticket PK-30{n}7 by {who}: {s}"),
    ("meter_tech_voice_note_transcript", "Voice note transcript (0:1{n}, {who}): {s}"),
]
WHO = ["Ingrid", "Tomasz", "Aiko", "Malik", "Rosa", "Sione", "Dawa", "Kofi"]
# (iso 639-3, English name, sentence with \x00 for the value)
L = [
    ("nob", "Norwegian Bokmal", "Passordet til bomkontrolleren ved utkjøringen er \x00 – ikke videresend det."),
    ("fao", "Faroese", "Loyniorðið til útkoyringarbommin er \x00 – vinarliga ikki send tað víðari."),
    ("bre", "Breton", "Ger-tremen an dorzh-mont eo \x00 – na gasit ket anezhañ d'an dud all."),
    ("gla", "Scottish Gaelic", "'S e am facal-faire airson geata na slighe a-mach \x00 – na cuir air adhart e."),
    ("glv", "Manx", "Yn fockle-follit son giat yn raad magh she \x00 – ny cur eh er."),
    ("cor", "Cornish", "An ger-tremena rag yet an fordh-mes yw \x00 – na dhannvon yn-rag mar pleg."),
    ("srp", "Serbian", "Лозинка за излазну рампу је \x00 – молим те, не прослеђуј је."),
    ("bos", "Bosnian", "Šifra za izlaznu rampu je \x00 – molim te, nemoj je prosljeđivati."),
    ("hsb", "Upper Sorbian", "Hesło za wujězdowu zawěru je \x00 – prošu njepósćel jo dale."),
    ("kir", "Kyrgyz", "Чыгуучу тосмонун сырсөзү \x00 – сураныч, аны эч кимге жөнөтпө."),
    ("tgk", "Tajik", "Рамзи дарвозаи баромад \x00 аст – лутфан онро ба касе нафирист."),
    ("uig", "Uyghur", "چىقىش دەرۋازىسىنىڭ پارولى \x00 – ئۇنى باشقىلارغا يوللىماڭ."),
    ("chv", "Chuvash", "Тухмалли хапха паролĕ \x00 – ăна урисене ан яр."),
    ("pus", "Pashto", "د وتلو دروازې پټنوم \x00 دی – مهرباني وکړه بل چا ته یې مه لېږه."),
    ("ckb", "Central Kurdish", "وشەی نهێنیی دەروازەی دەرچوون ئەمەیە: \x00 – تکایە بۆ کەس مەینێرە."),
    ("ory", "Odia", "ବାହାରି ଫାଟକ ନିୟନ୍ତ୍ରକର ପାସୱାର୍ଡ \x00 – ଦୟାକରି ଏହାକୁ କାହାକୁ ପଠାନ୍ତୁ ନାହିଁ।"),
    ("tir", "Tigrinya", "ናይ መውጽኢ ኣፍደገ ፓስዎርድ \x00 እዩ – በጃኻ ንኻልእ ኣይትስደዶ።"),
    ("lug", "Luganda", "Ekigambo ky'ekyama eky'omulyango ogufuluma kiri \x00 – tokiweereza muntu mulala."),
    ("ibo", "Igbo", "Okwuntughe nke ọnụ ụzọ ọpụpụ bụ \x00 – biko ezigaghị ya onye ọzọ."),
    ("twi", "Twi", "Ɛpono a yɛfa so fi adi no password yɛ \x00 – mesrɛ wo, mfa mma obiara."),
    ("bam", "Bambara", "Bɔyɔrɔ da ka gundo daɲɛ ye \x00 ye – i kana a ci mɔgɔ wɛrɛ ma."),
    ("nya", "Chichewa", "Mawu achinsinsi a geti yotulukira ndi \x00 – chonde musawatumize kwa wina."),
    ("tsn", "Tswana", "Lefoko la sephiri la kgoro ya go tswa ke \x00 – tsweetswee o se ka wa le romela ope."),
    ("mlg", "Malagasy", "Ny teny miafina amin'ny vavahady fivoahana dia \x00 – aza alefa amin'olona hafa azafady."),
    ("smo", "Samoan", "O le upu faalilolilo o le faitotoa e alu ai i fafo o le \x00 – faamolemole aua e te lafoina atu."),
    ("ton", "Tongan", "Ko e lea fufū ʻo e matapā hū kituʻá ko e \x00 – kātaki ʻoua ʻe ʻoatu ki ha taha."),
    ("mri", "Maori", "Ko te kupuhipa mō te kēti putanga ko \x00 – kaua e tukuna atu ki ētahi atu."),
    ("ilo", "Ilocano", "Ti password ti ruangan a pagruaran ket \x00 – pangngaasim ta dimo ipatulod iti sabali."),
    ("ban", "Balinese", "Kruna rahasia gapura pesu punika \x00 – sampunang kirimang ring anak lianan."),
    ("bod", "Tibetan", "ཕྱིར་ཐོན་སྒོ་ལྕགས་ཀྱི་གསང་ཚིག་ནི་ \x00 ཡིན། གཞན་ལ་མ་གཏོང་རོགས།"),
    ("tpi", "Tok Pisin", "Pasiwot bilong geit bilong go ausait em \x00 – plis yu no ken salim i go long narapela."),
    ("lad", "Ladino", "La palavra sekreta de la puerta de salida es \x00 – por favor no la mandes a otros."),
    ("sme", "Northern Sami", "Olgomanniporttaid beassansátni lea \x00 – ale sádde dan viidáset."),
    ("kal", "Kalaallisut", "Anigorfiup matuersaasiata isissutaa \x00 – allanut nassiutiinnaqinagu."),
    ("aym", "Aymara", "Mistuñ punkun imantat arupax \x00 – jan yaqhanakar apayamti."),
    ("vec", "Venetian", "La password del caneło de uscita xe \x00 – no sta mandarla a nissun."),
    ("scn", "Sicilian", "A password dû canceddu di nisciuta è \x00 – nun la mannari a nuddu."),
    ("fur", "Friulian", "La peraule segrete dal portonat di jessude e je \x00 – no sta mandâle a nissun."),
    ("lim", "Limburgish", "'t Wachwaord vaan de oetrijpoort is \x00 – sjik 't neet door."),
    ("wln", "Walloon", "Li screut mot del bariere di rexhowe, c' est \x00 – nel evoyîz nén a ds ôtes."),
    ("oss", "Ossetian", "Рацæуæн дуары пароль у \x00 – макæмæн æй арвит."),
    ("div", "Dhivehi", "ނިކުމެވާ ދޮރުގެ ޕާސްވޯޑަކީ \x00 – އެހެން މީހަކަށް ނުފޮނުވާށެވެ."),
    ("mai", "Maithili", "निकास गेटक पासवर्ड \x00 अछि – कृपया ककरो आगाँ नहि पठाउ।"),
    ("bho", "Bhojpuri", "निकासी गेट के पासवर्ड \x00 बा – केहू के आगे मत भेजिह।"),
    ("fij", "Fijian", "Na vosa vuni ni katuba ni lako i tuba e \x00 – kerekere mo kakua ni vakauta vei tani."),
    ("tah", "Tahitian", "Te parau huna o te ūputa haerera'a i rāpae o \x00 ïa – eiaha e hapono atu."),
    ("tet", "Tetum", "Liafuan-xave ba odamatan sai nian mak \x00 – favór labele haruka ba ema seluk."),
    ("lmo", "Lombard", "La password del cancell de sortida l'è \x00 – mandela minga a nissun."),
    ("nap", "Neapolitan", "'A password d' 'o canciello 'e ascìta è \x00 – nun 'a mannà a nisciuno."),
    ("csb", "Kashubian", "Parola do wëjazdowi bramë to \x00 – proszã, nie sélôj ji dali."),
    ("szl", "Silesian", "Hasło do wyjazdowyj bramy to je \x00 – niy posyłej go dalij."),
    ("rue", "Rusyn", "Гесло до выjздной брамы є \x00 – просиме, не посылай го дале."),
]


def build(G, next_id, keep):
    recs = []
    for i, (iso, name, s) in enumerate(keep):
        fmt, tpl = FORMATS[i % 4]
        v = G.fresh(G.pw)
        t = tpl.replace("{n}", str(i % 10)).replace("{who}", WHO[i % len(WHO)]).replace("{s}", s)
        recs.append(make(next_id(), SPAN, fmt + "__" + iso, t, v, "prose"))
    return recs
