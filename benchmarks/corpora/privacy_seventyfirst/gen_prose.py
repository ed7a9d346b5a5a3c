"""Prose: a lab-interface colleague shares the shared LIS account password, in 40 languages."""
import random, json
from common import MARK, owner_pw, place

V = MARK
SPAN_TYPE = "lab_interface_shared_account_password"
# (code, English name, sentence with V)
CANDIDATES = [
    ("sm", "Samoan", "O le upu fa'alilo fou o le account a le fale su'esu'e o le " + V + " – fa'amolemole aua ne'i tu'uina i le vaega."),
    ("to", "Tongan", "Ko e lea fufū fo'ou 'o e 'akauni 'a e lāpí ko e " + V + " – kataki 'oua 'e tuku ia ki he kulupú."),
    ("mi", "Maori", "Ko te kupuhipa hou mō te pūkete taiwhanga ko " + V + " – kaua e tukuna ki te rōpū, tēnā koa."),
    ("haw", "Hawaiian", "ʻO ka ʻōlelo huna hou o ka moʻokāki keʻena hoʻokolohua ʻo " + V + " – mai kau iā ia ma ka hui, e ʻoluʻolu."),
    ("mh", "Marshallese", "Password eo ekāāl an account eo an lab ej " + V + " – jouj im jab kwaļọk ilo kurub eo."),
    ("gil", "Gilbertese", "Te password ae boou ibukin te account n te lab bon " + V + " – taiaoka, tai kaotia n te kurubu."),
    ("tvl", "Tuvaluan", "Te password fou o te account o te lab ko " + V + " – fakamolemole ke mo tuku ki te kulupu."),
    ("niu", "Niuean", "Ko e kupu fufu fou he account he lab ko " + V + " – fakamolemole ua tuku ke he kaufakalataha."),
    ("rar", "Rarotongan", "Ko te password ou o te account o te lab ko " + V + " – kare e tuku ki roto i te pupu."),
    ("pis", "Solomon Islands Pijin", "Niu password blong lab account hem " + V + " – plis no putim long grup."),
    ("ho", "Hiri Motu", "Lab account ena password matamata be " + V + " – grup dekenai do oi atoa lasi, mani."),
    ("wls", "Wallisian", "Ko te kupu fufu foʻou ʻo te account ʻo te lab ko " + V + " – ke mole tuku ki te kulupu, faka ʻapaʻapa."),
    ("tkl", "Tokelauan", "Ko te upu fakalilo fou o te account o te lab ko " + V + " – fakamolemole ke ve tuku ki te kulupu."),
    ("hif", "Fiji Hindi", "Lab account ke naya password " + V + " hai – group me mat daalna, please."),
    ("pau", "Palauan", "A beches el password er a account er a lab a " + V + " – lak moldereng er a grupo."),
    ("chk", "Chuukese", "Ewe password mi fö fän iten ewe account an ewe lab ina " + V + " – kosap makkei lon ewe kurup."),
    ("pon", "Pohnpeian", "Password kapw en account en lab iei " + V + " – menlau, dehr kihdiong nan kurup."),
    ("ce", "Chechen", "Лабораторин аккаунтан керла пароль " + V + " ю – дехар ду, группе ма яздехьа."),
    ("inh", "Ingush", "Лабораторе аккаунта керда пароль " + V + " я – группе ма язде."),
    ("av", "Avar", "Лабораториялъул аккаунталъул цӀияб пароль " + V + " буго – группаялде хъвагеха."),
    ("lez", "Lezgian", "Лабораториядин аккаунтдин цӀийи пароль " + V + " я – группада кхьимир."),
    ("kbd", "Kabardian", "Лабораторием и аккаунтым и пароль щӀэр " + V + " – группэм иумытх."),
    ("ady", "Adyghe", "Лабораторием иаккаунт ипароль кӀэр " + V + " – группэм ирымытх."),
    ("ab", "Abkhaz", "Алабораториа аккаунт апароль ҿыц " + V + " ауп – агруппа иаҵымҩын."),
    ("os", "Ossetian", "Лабораторийы аккаунты ног пароль у " + V + " – группӕмӕ йӕ ма ныффыс."),
    ("xmf", "Mingrelian", "ლაბორატორიაშ აკაუნტიშ ახალ პაროლ რე " + V + " – ჯგუფის ვა ჩაჭარათ."),
    ("lzz", "Laz", "Laboratuvariş hesabiş ağani şifre " + V + " ren – grubis va nçaru."),
    ("kum", "Kumyk", "Лабораторияны аккаунтуну янгы пароллу " + V + " – группагъа язмагъыз."),
    ("krc", "Karachay-Balkar", "Лабораторияны аккаунтуну джангы пароли " + V + " – группагъа джазмагъыз."),
    ("nog", "Nogai", "Лабораториянынъ аккаунтынынъ янъы пароли " + V + " – группага язбанъыз."),
    ("lbe", "Lak", "Лабораториялул аккаунтрал цӀуса пароль " + V + " бур – группалий ма чичара."),
    ("dar", "Dargwa", "Лабораториялла аккаунтла сагаси пароль " + V + " саби – группализи ма белкӀа."),
    ("tab", "Tabasaran", "Лабораторийин аккаунтдин цӀийи пароль " + V + " ву – группайиз ма улихьи."),
    ("tly", "Talysh", "Laboratoriyə akkaunti novə parol " + V + " – grupi məny nıvıştən."),
    ("qu", "Quechua", "Laboratorio cuentaq musuq pakasqa siminqa " + V + " – ama grupoman churaychu, ama hina kaspa."),
    ("quz", "Cusco Quechua", "Laboratorio cuentaq musuq pakasqa siminqa " + V + " kanmi – ama grupopi qillqaychu."),
    ("quy", "Ayacucho Quechua", "Laboratorio cuentapa musuq pakasqa siminmi " + V + " – ama grupopi churaychu."),
    ("quh", "South Bolivian Quechua", "Laboratorio cuentaq musuq pakasqa siminqa " + V + " – ama grupoman churaychu, por favor."),
    ("qug", "Chimborazo Highland Kichwa", "Laboratorio cuentapak mushuk pakashka shimika " + V + " – ama grupoman churaychu."),
    ("qvi", "Imbabura Highland Quichua", "Laboratorio cuentapak mushuk pakalla shimika " + V + " kanmi – ama grupopi killkaychu."),
    ("arn", "Mapudungun", "Ti we ñuküf dungu laboratorio cuenta mew " + V + " – ngelay tami elual grupo mew."),
    ("qwh", "Huaylas Ancash Quechua", "Laboratorio cuentapa mushoq pakaraq shimin " + V + " – ama grupochoq churaytsu."),
    ("qxp", "Puno Quechua", "Laboratorio cuentaq musuq pakasqa siminqa " + V + " – ama grupoman qillqaychu."),
    ("jqr", "Jaqaru", "Laboratoryu kuwintan machaq imt'at arupax " + V + " – jani grupur qillqt'ätati."),
]

AUTHORS = ["Lani", "Sione", "Aroha", "Keoni", "Tamar", "Zaur", "Madina", "Ruslan", "Wayra", "Killa", "Amaru", "Sisa"]


def _fmt(fmt, r, n, msg):
    a = r.choice(AUTHORS)
    if fmt == "signal_desktop_export_json_message":
        return '{"conversationId": "c%d", "type": "incoming", "source": "+6%d", "sent_at": 17%d0000000, "body": "%s"}' % (n, n * 7, n, msg)
    if fmt == "viber_backup_csv_row":
        return '2024/03/%02d,08:%02d,%s,+6%d55,"%s"' % (n % 28 + 1, n, a, n, msg)
    if fmt == "line_chat_history_txt_line":
        return "[LINE] Chat history with Lab team\n2024/04/%02d(Tue)\n09:%02d\t%s\t%s" % (n % 28 + 1, n, a, msg)
    if fmt == "kakaotalk_export_csv_row":
        return 'Date,User,Message\n2024-05-%02d 10:%02d:00,"%s","%s"' % (n % 28 + 1, n, a, msg)
    if fmt == "threema_backup_txt_entry":
        return "<<< %s (2024-06-%02d 11:%02d):\n%s" % (a, n % 28 + 1, n, msg)
    if fmt == "element_matrix_export_json_event":
        return '{"type": "m.room.message", "sender": "@%s:lab.example", "origin_server_ts": 17%d1000000, "content": {"msgtype": "m.text", "body": "%s"}}' % (a.lower(), n, msg)
    if fmt == "mattermost_bulk_export_jsonl_post":
        return '{"type":"post","post":{"team":"lab","channel":"interfaces","user":"%s","message":"%s","create_at":17%d2000000}}' % (a.lower(), msg, n)
    if fmt == "rocketchat_export_json_message":
        return '{"_id": "m%dx", "rid": "GENERAL", "u": {"username": "%s"}, "msg": "%s", "ts": "2024-07-%02dT12:%02d:00Z"}' % (n, a.lower(), msg, n % 28 + 1, n)
    if fmt == "weechat_log_line":
        return "2024-08-%02d 13:%02d:07\t%s\t%s" % (n % 28 + 1, n, a, msg)
    if fmt == "discord_chat_exporter_csv_row":
        return 'AuthorID,Author,Date,Content\n"10%d","%s#%04d","2024-09-%02dT14:%02d:00","%s"' % (n, a, n * 37, n % 28 + 1, n, msg)
    raise ValueError(fmt)


FORMATS = ["signal_desktop_export_json_message", "viber_backup_csv_row", "line_chat_history_txt_line",
           "kakaotalk_export_csv_row", "threema_backup_txt_entry", "element_matrix_export_json_event",
           "mattermost_bulk_export_jsonl_post", "rocketchat_export_json_message", "weechat_log_line",
           "discord_chat_exporter_csv_row"]


def select(frozen, language_ok):
    chosen, excluded = [], []
    for c, nm, s in CANDIDATES:
        if language_ok(c, nm, frozen):
            if len(chosen) < 40:
                chosen.append((c, nm, s))
        else:
            excluded.append((c, nm))
    unused = [(c, nm) for c, nm, s in CANDIDATES if (c, nm) not in excluded and (c, nm, s) not in chosen]
    return chosen, excluded, unused


def generate(pool, chosen, seed=7104):
    r = random.Random(seed)
    out = []
    for i, (code, nm, sent) in enumerate(chosen):
        fmt = FORMATS[i % len(FORMATS)]
        val = pool.draw(lambda: owner_pw(r))
        # JSON-ish formats: the sentence has no quotes or backslashes, and values use only [a-z0-9._-]
        assert '"' not in sent and "\\" not in sent
        body = _fmt(fmt, r, r.randint(10, 59), sent)
        text, s, e = place(body, val)
        out.append(("prose", SPAN_TYPE, fmt + "__" + code, text, [{"value": val, "start": s, "end": e, "type": SPAN_TYPE}]))
    return out
