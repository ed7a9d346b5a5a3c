from common import G, mark, finish
SPAN = "robot_cell_controller_password"
LANGS = [
 ("zh", "Chinese", "机器人控制器的密码是 {v}，别贴在电柜上。"),
 ("yue", "Cantonese", "機械人控制器嘅密碼係 {v}，唔好貼喺電櫃度。"),
 ("nb", "Bokmal", "Passordet til robotkontrolleren er {v}, ikke lim det på skapet."),
 ("nn", "Nynorsk", "Passordet til robotkontrollaren er {v}, ikkje lim det på skåpet."),
 ("ar", "Arabic", "كلمة مرور وحدة التحكم في الروبوت هي {v}، لا تلصقها على الخزانة."),
 ("lo", "Lao", "ລະຫັດຜ່ານຂອງຕົວຄວບຄຸມຫຸ່ນຍົນແມ່ນ {v}, ຢ່າຕິດມັນໄວ້ເທິງຕູ້."),
 ("ky", "Kyrgyz", "Робот контроллеринин сырсөзү {v}, аны шкафка жабыштырба."),
 ("tk", "Turkmen", "Robot dolandyryjysynyň paroly {v}, ony şkafa ýelmeme."),
 ("ug", "Uyghur", "روبوت كونتروللېرىنىڭ پارولى {v}، ئۇنى ئىشكاپقا چاپلىماڭ."),
 ("bs", "Bosnian", "Lozinka za kontroler robota je {v}, nemoj je lijepiti na ormar."),
 ("fy", "Frisian", "It wachtwurd fan de robotkontroller is {v}, plak it net op de kast."),
 ("gd", "Gaelic", "'S e {v} am facal-faire aig an inneal-smachd robot, na cuir e air a' phreas."),
 ("br", "Breton", "Ger-tremen ar reolier robot eo {v}, na peg ket anezhañ war an armel."),
 ("rm", "Romansh", "Il pled-clav dal controller dal robot è {v}, na l'encollescha betg sin l'armari."),
 ("ig", "Igbo", "Okwuntughe nke njikwa robot bụ {v}, ebela ya n'elu kọbọd."),
 ("xh", "Xhosa", "Igama lokugqitha lesilawuli serobhothi ngu {v}, musa ukulinamathisela ekhabhathini."),
 ("tn", "Tswana", "Lefoko la sephiri la sedirisi sa robote ke {v}, o se ka wa le kgomaretsa mo khabotong."),
 ("sn", "Shona", "Pasiwedhi yemuchina werobhoti i {v}, usainamatidza pakabhodhi."),
 ("ny", "Chichewa", "Mawu achinsinsi a chowongolera loboti ndi {v}, musawamatire pa kabati."),
 ("rw", "Kinyarwanda", "Ijambo ry'ibanga rya mudasobwa iyobora robo ni {v}, ntukarimanike ku kabati."),
 ("lg", "Ganda", "Ekigambo ky'ekyama ekya kompyuta efuga roboti kiri {v}, tokiteeka ku kabada."),
 ("om", "Oromo", "Jechi darbii to'ataa robootii {v} dha, kaabinetii irratti hin maxxansin."),
 ("ti", "Tigrinya", "መሕለፊ ቃል ናይ መቆጻጸሪ ሮቦት {v} እዩ፣ ኣብ ካቢኔት ኣይተለጥፎ።"),
 ("mg", "Malagasy", "Ny tenimiafin'ny mpanara-maso ny robot dia {v}, aza apetaka amin'ny lalimoara."),
 ("ln", "Lingala", "Liloba ya sekele ya masini oyo etambwisaka robot ezali {v}, kokangisa yango na armoire te."),
 ("wo", "Wolof", "Baatu jàll bu masin biy yor robo bi mooy {v}, bul ko taq ci armoir bi."),
 ("sm", "Samoan", "O le upu faalilolilo o le masini pulea robot o {v}, aua le pipii i luga o le kapoti."),
 ("mi", "Maori", "Ko te kupuhipa o te pūmana karetao ko {v}, kaua e whakapiri ki te kāpata."),
 ("ht", "Haitian", "Modpas kontwolè robo a se {v}, pa kole l sou amwa a."),
 ("qu", "Quechua", "Robot kamachiqpa pakasqa siminqa {v} kanmi, ama armariopi k'askachiychu."),
 ("gn", "Guarani", "Robot ñangarekoha ñe'ẽñemi ha'e {v}, ani rembojapo armario ári."),
 ("bo", "Tibetan", "མི་འཁྲུལ་ཚོད་འཛིན་ཆས་ཀྱི་གསང་ཨང་ནི་ {v} ཡིན། སྒམ་གྱི་སྟེང་དུ་མ་སྦྱར།"),
 ("sd", "Sindhi", "روبوٽ ڪنٽرولر جو پاسورڊ {v} آهي، ان کي ڪئبنيٽ تي نه چنبڙايو."),
 ("yi", "Yiddish", "דאָס פּאַראָל פֿון דעם ראָבאָט־קאָנטראָלער איז {v}, קלעפּ עס נישט אויפֿן שאַפֿע."),
 ("la", "Latin", "Tessera moderatoris robotici est {v}; noli eam armario affigere."),
 ("ba", "Bashkir", "Робот контроллерының серһүҙе {v}, уны шкафҡа йәбештермә."),
 ("kw", "Cornish", "An ger-tremena a'n rewlyer robot yw {v}, na glen e war an amari."),
 ("cv", "Chuvash", "Робот контроллерӗн вӑрттӑн сӑмахӗ {v}, ӑна шкафа ан ҫыпӑҫтар."),
 ("ceb", "Cebuano", "Ang password sa robot controller kay {v}, ayaw ipapilit sa kabinet."),
 ("haw", "Hawaiian", "ʻO {v} ka huaʻōlelo huna o ka mīkini hoʻokele lopako, mai hoʻopipili ma ke keʻena."),
]
import json as _j
def _q(s):  # JSON string body, keep markers
    return _j.dumps(s, ensure_ascii=False)[1:-1]
FORMATS = {
 "whatsapp_android_txt_line": lambda m, n: "14/05/2026, 07:{n} - Cell Lead: {m}".format(m=m, n=n),
 "teams_graph_chatmessage_json": lambda m, n: '{{"id":"17157{n}","messageType":"message","from":{{"user":{{"displayName":"Cell Lead"}}}},"body":{{"contentType":"text","content":"{m}"}}}}'.format(m=_q(m), n=n),
 "weechat_irc_log_line": lambda m, n: "2026-05-14 07:{n}:00\tcell_lead\t{m}".format(m=m, n=n),
 "prosody_mam_archive_xml": lambda m, n: '<message from="lead@xmpp.plant.example" type="groupchat" id="m{n}"><body>{m}</body></message>'.format(m=m, n=n),
 "imessage_exporter_txt_block": lambda m, n: "May 14, 2026  7:{n}:12 AM\nCell Lead\n{m}\n".format(m=m, n=n),
 "keybase_chat_api_json": lambda m, n: '{{"msg":{{"id":{n},"channel":{{"name":"plant3.ot"}},"sender":{{"username":"celllead"}},"content":{{"type":"text","text":{{"body":"{m}"}}}}}}}}'.format(m=_q(m), n=n),
 "wechat_backup_txt_line": lambda m, n: "2026-05-14 07:{n}:40 班组长\n{m}".format(m=m, n=n),
 "nextcloud_talk_ocs_json": lambda m, n: '{{"id":{n},"actorDisplayName":"Cell Lead","messageType":"comment","message":"{m}"}}'.format(m=_q(m), n=n),
 "pidgin_html_log_line": lambda m, n: '<font color="#A82F2F"><font size="2">(07:{n}:05)</font> <b>Cell Lead:</b></font> {m}<br/>'.format(m=m, n=n),
 "mumble_chat_log_line": lambda m, n: "<07:{n}:31> [Channel: Line 2] Cell Lead: {m}".format(m=m, n=n),
}

def generate(seed=5704):
    g = G(seed)
    fm = list(FORMATS)
    recs = []
    for i, (code, name, sent) in enumerate(LANGS):
        v = g.pw()
        f = fm[i % len(fm)]
        txt = FORMATS[f](sent.format(v=mark(v)), "%02d" % g.randint(10, 59))
        text, spans = finish(txt, [SPAN])
        recs.append(dict(type=SPAN, container=f + "__" + code, text=text, secrets=spans, source="prose"))
    return recs
