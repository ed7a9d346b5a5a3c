"""Prose: someone shares the payroll / billing PC password in their own language, in new chat-export formats."""
import json
from common import G, mark, place

P = "\x00" + "0" + "\x00"
LANGS = [
 ("la", "Latin", "Tessera computatri rationum salariorum est " + P + " — nemini dicas, quaeso."),
 ("yi", "Yiddish", "דאָס פּאַראָל פֿונעם פּיימענט־קאָמפּיוטער איז " + P + ", זאָגט עס קיינעם נישט."),
 ("fo", "Faroese", "Loyniorðið til lønarteldunnar er " + P + ", ikki geva tað víðari."),
 ("rm", "Romansh", "Il pled-clav dal computer da salaris è " + P + ", per plaschair betg al dar vinavant."),
 ("mi", "Maori", "Ko te kupuhipa mō te rorohiko utu ko " + P + ", kaua e hoatu ki tētahi atu."),
 ("gd", "Scottish Gaelic", "'S e " + P + " am facal-faire airson coimpiutair a' phàigheadh, na toir do dhuine sam bith e."),
 ("tk", "Turkmen", "Aýlyk kompýuteriniň paroly " + P + ", hiç kime bermäň."),
 ("ug", "Uyghur", "مائاش كومپيۇتېرىنىڭ پارولى " + P + "، ھېچكىمگە بەرمەڭ."),
 ("qu", "Quechua", "Qullqi computadorapa pakasqa siminqa " + P + " kachkan, ama pimanpas quychu."),
 ("tpi", "Tok Pisin", "Pasword bilong kompiuta bilong pe em " + P + ", no ken givim long narapela man."),
 ("bi", "Bislama", "Pasword blong kompiuta blong pei hem i " + P + ", yu no givim long narafala man."),
 ("wo", "Wolof", "Baatu jàll bi ci ordinaatëru pay bi mooy " + P + ", bul ko jox kenn."),
 ("ln", "Lingala", "Liloba ya sekele ya ordinatɛ ya lifuti ezali " + P + ", kopesa yango na moto te."),
 ("ti", "Tigrinya", "ናይ ደሞዝ ኮምፒተር ፓስዎርድ " + P + " እዩ፣ ንዝኾነ ሰብ ኣይትሃቡ።"),
 ("om", "Oromo", "Jechi icciitii kompiitara mindaa " + P + " dha, nama kamiifuu hin kenninaa."),
 ("dv", "Dhivehi", "މުސާރައިގެ ކޮމްޕިއުޓަރުގެ ޕާސްވޯޑަކީ " + P + "، އެއްވެސް މީހަކަށް ނުދޭށެވެ."),
 ("sd", "Sindhi", "پگهار واري ڪمپيوٽر جو پاسورڊ " + P + " آهي، ڪنهن کي به نه ڏيو."),
 ("bo", "Tibetan", "གླ་ཕོགས་གློག་ཀླད་ཀྱི་གསང་ཚིག་ནི་ " + P + " ཡིན། སུ་ལའང་མ་སྟེར།"),
 ("ce", "Chechen", "Алапан компьютеран пароль " + P + " ю, цхьанне а ма ло."),
 ("cv", "Chuvash", "Ӗç укçи компьютерӗн пароле — " + P + ", никама та ан пар."),
 ("ba", "Bashkir", "Эш хаҡы компьютерының пароле " + P + ", бер кемгә лә бирмәгеҙ."),
 ("hmn", "Hmong", "Tus password ntawm lub computer them nyiaj yog " + P + ", tsis txhob muab rau leej twg."),
 ("ilo", "Ilocano", "Ti password ti computer ti sueldo ket " + P + ", dimo nga ited iti siasinoman."),
 ("war", "Waray", "An password han computer han sweldo amo an " + P + ", ayaw igtagana ha bisan hin-o."),
 ("fj", "Fijian", "Na password ni kompiuta ni saumi ni cakacaka e " + P + ", kua ni solia vei ira tale eso."),
 ("to", "Tongan", "Ko e password ʻo e komipiuta totongi ko e " + P + ", ʻoua naʻa ke ʻoatu ki ha taha."),
 ("ty", "Tahitian", "Te parau huna o te roro uira moni ʻohipa o " + P + " ïa, eiaha e hōroʻa i te taʻata ʻē."),
 ("se", "Northern Sami", "Bálkádihtora beassansátni lea " + P + ", ale atte dan earáide."),
 ("gn", "Guarani", "Pe ñe'ẽñemi computadora viru rehegua ha'e " + P + ", ani reme'ẽ avavépe."),
 ("ay", "Aymara", "Payllaw computadoran jamasat arupax " + P + ", janiw khitirus churamti."),
 ("tw", "Twi", "Akatua kɔmputa no password ne " + P + ", mfa mma obiara."),
 ("ee", "Ewe", "Fetu kɔmpiuta ƒe nya ɣaɣla enye " + P + ", mègana ame aɖeke o."),
 ("bm", "Bambara", "Sara ɔridinatɛri gundo daɲɛ ye " + P + " ye, i kana a di mɔgɔ si ma."),
 ("tn", "Setswana", "Lefoko la sephiri la khomphiutara ya dituelo ke " + P + ", o se le neele ope."),
 ("ts", "Tsonga", "Rito ra xihundla ra khompyuta ya muholo i " + P + ", u nga ri nyiki munhu."),
 ("lg", "Ganda", "Ekigambo eky'ekyama ekya kompyuta y'omusaala kiri " + P + ", tokiwa muntu yenna."),
 ("sc", "Sardinian", "Sa password de su computer de sos istipèndios est " + P + ", no la dies a nemos."),
 ("fur", "Friulian", "La password dal computer des pais e je " + P + ", no sta dâle a nissun."),
 ("li", "Limburgish", "'t Wachwaord van de loonkompjoeter is " + P + ", gaef 't aan gein mins."),
 ("kw", "Cornish", "An ger-tremena rag an jynn-amontya gober yw " + P + ", na wra y ri dhe dhen vyth."),
 ("gv", "Manx", "Yn fockle-follit son y co-earrooder leagh t'eh " + P + ", ny cur eh da peiagh erbee."),
 ("rn", "Kirundi", "Ijambo ry'ibanga rya orodinateri y'imishahara ni " + P + ", ntuzoriha umuntu n'umwe."),
 ("ia", "Interlingua", "Le contrasigno del computator de salarios es " + P + ", non da lo a alcuno."),
]

FORMATS = {
 "symphony_conversation_export_csv": lambda who, msg, i: "Timestamp,Stream,Sender,Message\n2025-03-%02d 08:%02d:11,Payroll Ops,%s,\"%s\"" % (i + 1, i, who, msg),
 "bloomberg_ib_chat_transcript_xml": lambda who, msg, i: "<Conversation RoomID=\"PCHAT-0x%05X\">\n <Message><User><LoginName>%s</LoginName></User><DateTime>03/%02d/2025 09:%02d:44</DateTime><Content>%s</Content></Message>\n</Conversation>" % (i * 77 + 4096, who.replace(" ", "").lower(), i + 1, i, msg),
 "refinitiv_messenger_log_txt": lambda who, msg, i: "Conversation log  Messenger\n[03/%02d/2025 10:%02d:02] %s: %s" % (i + 1, i, who, msg),
 "webex_space_transcript_txt": lambda who, msg, i: "Space: Billing office\n%s  11:%02d\n%s" % (who, i, msg),
 "mattermost_bulk_export_post_jsonl": lambda who, msg, i: json.dumps({"type": "post", "post": {"team": "finance", "channel": "payroll", "user": who.split()[0].lower(), "message": msg, "create_at": 1740800000000 + i * 60000}}, ensure_ascii=False),
 "matrix_room_event_json": lambda who, msg, i: json.dumps({"type": "m.room.message", "sender": "@%s:hospital.example" % who.split()[0].lower(), "content": {"msgtype": "m.text", "body": msg}, "origin_server_ts": 1740800000000 + i * 1000}, ensure_ascii=False),
 "ringcentral_team_messaging_post_json": lambda who, msg, i: json.dumps({"id": str(900000 + i), "groupId": "77123", "type": "TextMessage", "creatorName": who, "text": msg}, ensure_ascii=False),
 "zoom_team_chat_saved_txt": lambda who, msg, i: "2025-03-%02d 14:%02d:30 From %s to Clinic billing: %s" % (i + 1, i, who, msg),
 "google_voice_takeout_text_html": lambda who, msg, i: "<div class=\"message\"><abbr class=\"dt\" title=\"2025-03-%02dT16:%02d:00.000Z\">Mar %d</abbr>: <cite class=\"sender vcard\">%s</cite>: <q>%s</q></div>" % (i + 1, i, i + 1, who, msg),
 "xmpp_message_archive_stanza_xml": lambda who, msg, i: "<message from=\"%s@chat.insure.example/desk\" type=\"chat\"><body>%s</body><delay xmlns=\"urn:xmpp:delay\" stamp=\"2025-03-%02dT17:%02d:00Z\"/></message>" % (who.split()[0].lower(), msg, i + 1, i),
}
SPAN_TYPE = "payroll_office_pc_password"
NAMES = ["Tala Vaea", "Moana Riri", "Aroha Ngata", "Kofi Asante", "Ewa Lind", "Iñigo Mamani", "Nyambura Wanjiru", "Sione Fifita"]

def build(rng, pool, langs):
    assert len(langs) == 40, len(langs)
    g = G(rng)
    recs = []
    fmts = list(FORMATS)
    for i, (code, name, sent) in enumerate(langs):
        fmt = fmts[i % len(fmts)]
        v = pool.take(lambda: g.pwsafe(10, 14))
        who = rng.choice(NAMES)
        s = FORMATS[fmt](who, sent.replace(P, "§§P§§"), i % 28).replace("§§P§§", mark(0))
        text, spans = place(s, [(v, SPAN_TYPE)])
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + code, "text": text, "secrets": spans, "source": "prose"})
    return recs
