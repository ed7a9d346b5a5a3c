"""Prose: the workshop 3D-printer password shared in 40 languages, in 10 new chat / forum export formats."""
import html, json, random
from common import *

V = MARK
# (code, English name, sentence) -- best effort, non-native builder
LANGS = [
    ("nb", "Norwegian Bokmal", "Passordet til 3D-skriveren i verkstedet er " + V + ", ikke del det med noen."),
    ("nn", "Norwegian Nynorsk", "Passordet til 3D-skrivaren i verkstaden er " + V + ", ikkje del det med nokon."),
    ("fo", "Faroese", "Loyniorðið til 3D-prentaran á verkstaðnum er " + V + ", deil tað ikki við onkran."),
    ("gd", "Scottish Gaelic", "Is e am facal-faire airson a' chlò-bhualadair 3D sa bhùth-obrach " + V + ", na roinn e le duine."),
    ("rm", "Romansh", "Il pled-clav per la stampanta 3D en l'ufficina è " + V + ", betg al dar vinavant."),
    ("sc", "Sardinian", "Sa password de sa stampadora 3D de su laboratòriu est " + V + ", no la nerzas a nemos."),
    ("fur", "Friulian", "La peraule clâf de stampant 3D de oficine e je " + V + ", no sta dâle a nissun."),
    ("li", "Limburgish", "'t Wachwoord vaan de 3D-printer in de werkplaats is " + V + ", deil 't mèt gein."),
    ("hsb", "Upper Sorbian", "Hesło za 3D-ćišćak w dźěłarni je " + V + ", njedźěl jo z nikim."),
    ("la", "Latin", "Tessera arcana machinae imprimendi 3D in officina est " + V + "; noli eam cum ullo communicare."),
    ("yi", "Yiddish", "דאָס פּאַראָל פֿאַרן 3D־דרוקער אין דער וואַרשטאַט איז " + V + ", טייל עס נישט מיט קיינעם."),
    ("tk", "Turkmen", "Ussahanadaky 3D printeriň açar sözi " + V + ", ony hiç kime berme."),
    ("ug", "Uyghur", "ئۈستىخانىدىكى 3D پرىنتېرنىڭ پارولى " + V + "، ئۇنى ھېچكىمگە بەرمەڭ."),
    ("ba", "Bashkir", "Оҫтаханалағы 3D-принтерҙың паролы " + V + ", уны бер кемгә лә әйтмәгеҙ."),
    ("cv", "Chuvash", "Мастерскойри 3D-принтер пароль " + V + ", ăна никаме те ан калăр."),
    ("sah", "Yakut", "Мастерскойга турар 3D-принтер паруола " + V + ", ким да биэримэ."),
    ("os", "Ossetian", "Куыстуаты 3D-принтеры пароль у " + V + ", макæмæн æй зæгъ."),
    ("ce", "Chechen", "Белхан цӀийнан 3D-принтеран пароль " + V + " ю, цхьаьнгге а ма ала."),
    ("dv", "Dhivehi", "ވޯކްޝޮޕުގެ 3D ޕްރިންޓަރުގެ ޕާސްވޯޑަކީ " + V + "، އެއްވެސް މީހަކާ ހިއްސާ ނުކުރައްވާ."),
    ("sd", "Sindhi", "ورڪشاپ جي 3D پرنٽر جو پاسورڊ " + V + " آهي، ڪنهن کي به نه ٻڌايو."),
    ("bo", "Tibetan", "ལས་ཁང་གི་3D པར་འཕྲུལ་གྱི་གསང་ཚིག་ནི་ " + V + " ཡིན། སུ་ལ་ཡང་མ་སྟོན།"),
    ("ti", "Tigrinya", "ናይ ዎርክሾፕ 3D ፕሪንተር ፓስዎርድ " + V + " እዩ፣ ንማንም ኣይተካፍሉ።"),
    ("om", "Oromo", "Jechi icciitii maxxansaa 3D workshoppii keessaa " + V + " dha, nama biraaf hin qoodinaa."),
    ("ln", "Lingala", "Liloba ya sekele ya imprimante 3D ya atelier ezali " + V + ", kokabola yango na moto te."),
    ("lg", "Ganda", "Ekigambo ekyekusifu ekya printa ya 3D mu wooduroomu kiri " + V + ", tokigabana na muntu yenna."),
    ("ak", "Twi", "Workshop no mu 3D printa no ahintasɛm ne " + V + ", mma obiara nhunu."),
    ("ee", "Ewe", "Dɔwɔƒea ƒe 3D printa ƒe nya ɣaɣla enye " + V + ", mègaɖe fia ame aɖeke o."),
    ("wo", "Wolof", "Baatu jàll bu imprimante 3D bu atelier bi mooy " + V + ", bul ko wax kenn."),
    ("tn", "Tswana", "Lefoko la sephiri la sekwalelo sa 3D mo workshopong ke " + V + ", o se ka wa le abelana le ope."),
    ("ts", "Tsonga", "Rito ra xihundla ra printa ya 3D eka workshop i " + V + ", u nga ri avelani na munhu."),
    ("mi", "Maori", "Ko te kupuhipa mō te pūrere tā 3D i te wāhi mahi ko " + V + ", kaua e tohatoha ki tētahi atu."),
    ("fj", "Fijian", "Na vosa vuni ni printa 3D e na valenicakacaka e " + V + ", kua ni wasea vei ira tale eso."),
    ("qu", "Quechua", "Llamkana wasipi 3D printerpa pakasqa siminqa " + V + " kan, ama pimanpas willaychu."),
    ("ay", "Aymara", "Irnaqañ utankir 3D printerna imt'at arupax " + V + " ukawa, jan khitirus yatiyamti."),
    ("gn", "Guarani", "Tembiapohápe 3D printer ñe'ẽ ñemiguáva ha'e " + V + ", ani remombe'u avavépe."),
    ("ilo", "Ilocano", "Ti password ti 3D printer iti workshop ket " + V + ", saanmo nga iranud iti siasinoman."),
    ("hil", "Hiligaynon", "Ang password sang 3D printer sa workshop amo ang " + V + ", indi pag-ipaambit sa bisan sin-o."),
    ("war", "Waray", "An password han 3D printer ha workshop amo an " + V + ", ayaw igsumat ha bisan hin-o."),
    ("kab", "Kabyle", "Awal uffir n tmesɣiwt 3D deg uxxam n uxeddim d " + V + ", ur t-id-ttini i yiwen."),
    ("scn", "Sicilian", "La password dâ stampanti 3D ntâ l'officina è " + V + ", nun ci la diri a nuddu."),
    ("vec", "Venetian", "La password de la stanpante 3D in oficina xe " + V + ", no sta dirla a nisun."),
    ("sa", "Sanskrit", "कार्यशालायाः 3D मुद्रणयन्त्रस्य गुप्तशब्दः " + V + " अस्ति, कस्मै अपि मा वद।"),
    ("ab", "Abkhaz", "Аусуырҭа 3D-принтер апароль " + V + " ауп, иаҳзыманаҳан уҳәаӡом."),
    ("kw", "Cornish", "An ger-tremena rag an imprenter 3D y'n weythva yw " + V + ", na wra y gevrenna gans denvyth."),
]

NAMES = ["Ola", "Mairi", "Tsering", "Kofi", "Aroha", "Iolo", "Ruslan", "Ayla", "Nuno", "Sione", "Pita", "Leni"]


def f_element(r, s, n):
    return "[%s] %s:\n%s\n" % ("2024-0%d-1%d 2%d:1%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 3), r.randint(0, 9)), "@" + n.lower() + ":matrix.example", s)


def f_mattermost(r, s, n):
    return json.dumps({"type": "post", "post": {"team": "makerspace", "channel": "printers", "user": n.lower(), "message": s, "create_at": 1711111111111 + r.randrange(10 ** 8)}}, ensure_ascii=False) + "\n"


def f_discourse(r, s, n):
    return json.dumps({"id": r.randrange(10 ** 5), "username": n.lower(), "topic_id": 4242, "post_number": r.randint(2, 40), "raw": s}, ensure_ascii=False) + "\n"


def f_phpbb(r, s, n):
    return "[quote=\"%s\" post_id=%d]%s[/quote]\nThanks, that worked!\n" % (n, r.randrange(10 ** 6), s)


def f_reddit(r, s, n):
    return json.dumps({"kind": "t1", "data": {"author": "u_" + n.lower(), "subreddit": "3Dprinting", "body": s, "score": r.randint(1, 9)}}, ensure_ascii=False) + "\n"


def f_mastodon(r, s, n):
    return json.dumps({"id": str(r.randrange(10 ** 17)), "visibility": "direct", "account": {"acct": n.lower() + "@maker.social.example"}, "content": "<p>" + html.escape(s, quote=False) + "</p>"}, ensure_ascii=False) + "\n"


def f_keybase(r, s, n):
    return json.dumps({"msg": {"channel": {"name": "makerspace", "members_type": "team", "topic_name": "printers"}, "sender": {"username": n.lower()}, "content": {"type": "text", "text": {"body": s}}}}, ensure_ascii=False) + "\n"


def f_xmpp(r, s, n):
    return "<message xmlns=\"jabber:client\" from=\"%s@chat.workshop.example/phone\" type=\"groupchat\"><body>%s</body></message>\n" % (n.lower(), html.escape(s, quote=False))


def f_steam(r, s, n):
    return "[%02d:%02d] %s: %s\n" % (r.randint(0, 23), r.randint(0, 59), n, s)


def f_twitch(r, s, n):
    return "@badge-info=;color=#1E90FF;display-name=%s :%s!%s@%s.tmi.twitch.tv PRIVMSG #buildstream :%s\n" % (n, n.lower(), n.lower(), n.lower(), s)


FORMATS = [
    ("element_matrix_plaintext_export", f_element),
    ("mattermost_bulk_export_post_jsonl", f_mattermost),
    ("discourse_post_raw_api_json", f_discourse),
    ("phpbb_quoted_reply_bbcode", f_phpbb),
    ("reddit_comment_thing_json", f_reddit),
    ("mastodon_direct_status_json", f_mastodon),
    ("keybase_chat_api_read_json", f_keybase),
    ("xmpp_muc_stanza_log", f_xmpp),
    ("steam_friends_chat_log_txt", f_steam),
    ("twitch_irc_privmsg_line", f_twitch),
]

TYPE = "workshop_3d_printer_password"


def build(pool, idx, data):
    import denylist
    rng = random.Random(4204)
    ok = [l for l in LANGS if denylist.language_ok(l[0], l[1], data)]
    dropped = [l[:2] for l in LANGS if l not in ok]
    ok = ok[:40]
    recs = []
    for i, (code, name, sent) in enumerate(ok):
        fname, fn = FORMATS[i % len(FORMATS)]
        val = pool.take(rng, lambda r: password(r, extra="._-"))
        tpl = fn(rng, sent, rng.choice(NAMES))
        recs.append(positive("p42-s-%04d" % idx[0], TYPE, fname + "__" + code, tpl, val, "prose"))
        idx[0] += 1
    return recs, ok, dropped
