"""Prose part: a helpdesk technician gives a user the temporary password after a reset, in the user's language,
inside new chat / ticket export formats. Languages are filtered against the frozen deny-list (first 40 that pass)."""
import json, random
from shared import V, place, owner_password

SEED = 7204
SPAN_TYPE = "helpdesk_temporary_reset_password"

# (code, English name, sentence with V). Written by a non-native builder, best effort.
CANDIDATES = [
    ("fi", "Finnish", "Nollasin salasanasi. Väliaikainen salasana on " + V + " – vaihda se seuraavalla kirjautumisella äläkä välitä sitä eteenpäin."),
    ("he", "Hebrew", "איפסתי את הסיסמה שלך. הסיסמה הזמנית היא " + V + " – נא להחליף אותה בכניסה הבאה ולא להעביר אותה לאף אחד."),
    ("id", "Indonesian", "Kata sandi Anda sudah saya reset. Kata sandi sementara: " + V + " – silakan ganti saat login berikutnya."),
    ("ast", "Asturian", "Reanicié la to contraseña. La contraseña temporal ye " + V + "; cámbiala cuando entres la próxima vegada y nun la compartas."),
    ("sc", "Sardinian", "Apo torradu a impostare sa password tua. Sa password temporànea est " + V + ": cámbiala a s'intrada imbeniente."),
    ("fur", "Friulian", "O ai tornât a meti la tô password. La password provisorie e je " + V + ": cambile al prossim acès e no sta dâle a nissun."),
    ("vec", "Venetian", "Go reimpostà la to password. La password provisoria xe " + V + ": cambiala al prossimo acesso e no dàla a nissun."),
    ("lmo", "Lombard", "Hoo reimpostaa la tua password. La password provisoria l'è " + V + ": cambiala al proeuxim access e dala minga a nissun."),
    ("scn", "Sicilian", "Ti risittai la password. La password pruvisoria è " + V + ": cancìala â prossima trasuta e nun la dari a nuddu."),
    ("nap", "Neapolitan", "T'aggio resettato 'a password. 'A password pruvvisoria è " + V + ": cagnala â prossima vota ca trase e nun 'a dà a nisciuno."),
    ("wa", "Walloon", "Dji vos a rmetou l' sicret. Li sicret po ene miete di tins, c' est " + V + " ; candjîz-l' al prochinne intrêye."),
    ("li", "Limburgish", "Ich höb dien wachwoord trögkgezat. 't Tiedelik wachwoord is " + V + " – verangerd 't bij 't volgende inlogke."),
    ("lij", "Ligurian", "T'ho reimpostou a password. A password provvisöia a l'é " + V + ": cangila a-o pròscimo accesso e no dâla a nisciun."),
    ("an", "Aragonese", "He reiniciau a tuya clau. A clau temporal ye " + V + ": cambia-la en a siguient dentrada."),
    ("csb", "Kashubian", "Jem zresetowôł twòje hasło. Tymczasowé hasło to " + V + " – zmieni je przë nôblëższim logòwanim."),
    ("szl", "Silesian", "Zresetowołech ci hasło. Tymczasowe hasło to " + V + " – zmiyń je przi przyszłym logowaniu i nikomu go niy dowej."),
    ("rue", "Rusyn", "Я ресетовал твоє гесло. Тымчасове гесло: " + V + " – зміни го при найблизшім приголошіню."),
    ("cv", "Chuvash", "Эп санӑн паролна ҫӗнетрӗм. Вӑхӑтлӑх пароль: " + V + " – тепре кӗнӗ чухне улӑштар, никама та ан пар."),
    ("ba", "Bashkir", "Мин һинең паролеңде яңырттым. Ваҡытлыса пароль: " + V + " – киләһе инеүҙә алыштыр, бер кемгә лә бирмә."),
    ("os", "Ossetian", "Дӕ пароль ногӕй сӕвӕрдтон. Рӕстӕгмӕ пароль у " + V + " – иннӕ хатт куы бацӕуай, уӕд ӕй баив."),
    ("ce", "Chechen", "Хьан пароль ас карлаяьккхина. Ханна пароль: " + V + " – рогӀерчу чувалучу хийца иза."),
    ("se", "Northern Sami", "Mun lean ođasmahttán du beassansáni. Gaskaboddosaš beassansátni lea " + V + " – rievdat dan boahtte sisačálihettiin."),
    ("kl", "Greenlandic", "Isissutissatit nutarterpakka. Isissutissaq nalinginnaanngitsoq tassaavoq " + V + " – tulliani isernerni allanngortiguk."),
    ("ay", "Aymara", "Jichha pachatakix jist'arañ arumax " + V + " ukawa – jutir mantañanx mayjt'ayam, janiw khitirus churañamäkiti."),
    ("pap", "Papiamento", "Mi a reset bo password. E password temporal ta " + V + " – kambi'é ora bo drenta e siguiente biaha."),
    ("tpi", "Tok Pisin", "Mi senisim pasword bilong yu. Pasword bilong nau em " + V + " – senisim taim yu kam insait gen, na no ken givim long narapela."),
    ("bi", "Bislama", "Mi bin jenisim pasword blong yu. Pasword blong smol taem hemi " + V + " – jenisim taem yu log in bakegen."),
    ("fj", "Fijian", "Au sa vakavoutaka na nomu password. Na password ni gauna lekaleka: " + V + " – veisautaka ni ko curu tale."),
    ("ty", "Tahitian", "Ua taui au i tō 'oe ihoparau. Te ihoparau no te taime poto: " + V + " – a taui i te taime i muri nei."),
    ("ilo", "Ilocano", "Inreset ko ti password mo. Ti temporary a password ket " + V + " – sukatam inton sumrekka manen."),
    ("war", "Waray", "Ginreset ko an imo password. An temporaryo nga password amo an " + V + " – igbaylo ini ha sunod nga pag-login."),
    ("min", "Minangkabau", "Kato sandi ang alah ambo reset. Kato sandi samantaro: " + V + " – ganti sagalo masuak baliak."),
    ("ban", "Balinese", "Kruna sandi ragane sampun tiang reset. Kruna sandi sementara: " + V + " – gentosin ri sajeroning login salanturnyane."),
    ("sa", "Sanskrit", "तव गूढशब्दः पुनः स्थापितः। अस्थायी गूढशब्दः " + V + " अस्ति – अग्रिमप्रवेशे तं परिवर्तय।"),
    ("mai", "Maithili", "अहाँक पासवर्ड रिसेट क' देल गेल। अस्थायी पासवर्ड " + V + " अछि – अगिला लॉगिन पर बदलि लिअ।"),
    ("bho", "Bhojpuri", "रउआ पासवर्ड रीसेट हो गइल बा। अस्थायी पासवर्ड " + V + " बा – अगिला बेर लॉगिन पर बदल लीं।"),
    ("ff", "Fula", "Mi wayli finnde maa. Finnde ngam jooni ko " + V + " – waylu nde so a naatii kadi."),
    ("bm", "Bambara", "N ye i ka gundoda kura bila. Waati dɔɔnin gundoda ye " + V + " ye – a falen i ka donli nata la."),
    ("ee", "Ewe", "Megbugbɔ wò nyaɣla ɖo. Nyaɣla si nàzã fifia enye " + V + " – trɔe ne ège ɖe eme ake."),
    ("tw", "Twi", "Mesesaa wo password no. Password a wode bedi dwuma seesei ne " + V + " – sesa no bere a wobɛkɔ mu bio."),
    ("rn", "Kirundi", "Nahinduye ijambo ryawe ry'ibanga. Iry'igihe gito ni " + V + " – rihindure niwinjira ubutaha."),
    ("ki", "Kikuyu", "Nĩndacenjia password yaku. Password ya kahinda kanini nĩ " + V + " – ĩcenjie rĩrĩa ũgũtoonya rĩngĩ."),
    ("kab", "Kabyle", "Ɛawdeɣ awal-ik uffir. Awal uffir n wakud: " + V + " – beddel-it mi ara tkecmeḍ tikkelt i d-iteddun."),
    ("yue", "Cantonese", "我幫你重設咗密碼，臨時密碼係 " + V + " ，下次登入嗰陣記得改，唔好俾人。"),
    ("dz", "Dzongkha", "ཁྱོད་ཀྱི་ གསང་ཚིག་ ལོག་སྒྲིག་ཡི། གནས་སྐབས་ཀྱི་ གསང་ཚིག་ " + V + " ཨིན། ཤུལ་མ་ ནང་འཛུལ་འབད་བའི་སྐབས་ སོར་དགོ།"),
    ("ab", "Abkhaz", "Уара упароль ҿыцны иқәыргылеит. Аамҭалатәи апароль: " + V + " – анаҩстәи алаларан иҧсах."),
    ("ks", "Kashmiri", "تُہُنٛد پاس ورڈ گٲو ری سیٹ۔ عارضی پاس ورڈ چھُ " + V + " – یِنہٕ وِزِ لاگ اِن کرِو تہٕ بدلٲیو۔"),
    ("ch", "Chamorro", "Hu reset i password-mu. I temporary na password: " + V + " – tulaika annai un log in ta'lo."),
    ("hsb", "Sorbian", "Sym twoje hesło wróćo stajił. Nachwilne hesło je " + V + " – změń je při přichodnym přizjewjenju."),
    ("nds", "Plattdüütsch", "Ik heff dien Passwoort trüchsett. Dat Passwoort för nu is " + V + " – ännern dat bi't tokamen Inloggen."),
    ("gv", "Manx", "Ta mee er n'aarloo dty ockle follit reesht. Yn ockle follit son traa giare: " + V + " – caghlaa eh tra hig oo stiagh reesht."),
    ("kw", "Cornish", "My re dhassettyas dha ger-tremena. An ger-tremena a-dhelergh yw " + V + " – chanj ev an nessa prys."),
]

# ten chat / ticket export formats (new)
def fmt_teams_graph(rng, msg, who):
    return json.dumps({"id": str(rng.randint(10**12, 10**13)), "messageType": "message", "from": {"user": {"displayName": who}},
                       "body": {"contentType": "text", "content": msg}}, ensure_ascii=False)

def fmt_zoom(rng, msg, who):
    return "%02d:%02d:%02d From %s to Everyone:\n\t%s" % (rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59), who, msg)

def fmt_webex(rng, msg, who):
    return "Date,Sender,Message\n2024-03-%02d %02d:%02d,%s,\"%s\"" % (rng.randint(1, 28), rng.randint(8, 17), rng.randint(0, 59), who, msg.replace('"', '""'))

def fmt_freshdesk(rng, msg, who):
    return json.dumps({"ticket_id": rng.randint(10000, 99999), "conversations": [{"private": False, "incoming": False, "from_email": "support@msp.example", "body_text": msg}]}, ensure_ascii=False)

def fmt_zendesk_chat(rng, msg, who):
    return "(%02d:%02d:%02d PM) %s: %s" % (rng.randint(1, 11), rng.randint(0, 59), rng.randint(0, 59), who, msg)

def fmt_screenconnect(rng, msg, who):
    return "2024-04-%02dT%02d:%02d:11Z\tSentMessage\tHost=%s\tData=%s" % (rng.randint(1, 28), rng.randint(8, 17), rng.randint(0, 59), who, msg)

def fmt_teamviewer(rng, msg, who):
    return "TeamViewer session chat (ID 1 %03d %03d %03d)\n[%s] %s" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), who, msg)

def fmt_livechat(rng, msg, who):
    return "Chat transcript\nVisitor: hello, I'm locked out\n%s: %s\nChat ended by agent" % (who, msg)

def fmt_weechat(rng, msg, who):
    return "2024-05-%02d %02d:%02d:%02d\t%s\t%s" % (rng.randint(1, 28), rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59), who.lower(), msg)

def fmt_prosody(rng, msg, who):
    esc = msg.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<message from=\"%s@chat.msp.example/desk\" to=\"user@chat.msp.example\" type=\"chat\"><body>%s</body></message>" % (who.lower(), esc)

FORMATS = [
    ("teams_graph_chatmessage_json", fmt_teams_graph),
    ("zoom_saved_chat_txt_line", fmt_zoom),
    ("webex_space_csv_export_row", fmt_webex),
    ("freshdesk_ticket_conversation_json", fmt_freshdesk),
    ("zendesk_chat_transcript_line", fmt_zendesk_chat),
    ("screenconnect_session_event_tsv", fmt_screenconnect),
    ("teamviewer_session_chat_txt", fmt_teamviewer),
    ("livechat_transcript_text_block", fmt_livechat),
    ("weechat_irc_log_line", fmt_weechat),
    ("prosody_xmpp_archive_message", fmt_prosody),
]


def usable_languages(deny):
    names, langs, words = set(deny["names"]), set(deny["langs"]), set(deny["words"])
    ok, excluded = [], []
    for code, name, sent in CANDIDATES:
        bad = code in names or code in langs or code in words or any(w.lower() in words or w.lower() in langs for w in name.split())
        (excluded if bad else ok).append((code, name, sent))
    return ok[:40], excluded, ok[40:]


def build(deny):
    rng = random.Random(SEED)
    langs, _, _ = usable_languages(deny)
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        fname, f = FORMATS[i % len(FORMATS)]
        pw = owner_password(rng)
        marker_text = f(rng, sent, rng.choice(["Priya", "Marco", "Dana", "Kwame", "Lena", "Tomas"]))
        # JSON / XML encoders keep the private-use marker literal (ensure_ascii=False), so it can be placed afterwards
        text, s, e = place(marker_text, pw)
        recs.append((SPAN_TYPE, fname + "__" + code, text, s, e, code, name))
    return recs
