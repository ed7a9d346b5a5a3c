"""A treasury analyst shares the bank-portal password in their own language (40 languages, 10 chat-export formats)."""
import json
from common import Gen, MARK as M, make

SEED = 6004
SPAN = "treasury_bank_portal_password"

# (code, English name, sentence with {V}); the first 40 that pass the deny-list language check are used
CAND = [
 ("de", "German", "Das Passwort für das Bankportal ist {V} – bitte nicht ins Ticket kopieren."),
 ("fr", "French", "Le mot de passe du portail bancaire est {V}, merci de ne pas le mettre dans le ticket."),
 ("es", "Spanish", "La contraseña del portal bancario es {V}, por favor no la pongas en el ticket."),
 ("pt", "Portuguese", "A senha do portal do banco é {V}, por favor não coloque no chamado."),
 ("nl", "Dutch", "Het wachtwoord voor het bankportaal is {V}, zet het alsjeblieft niet in het ticket."),
 ("sv", "Swedish", "Lösenordet till bankportalen är {V}, lägg det inte i ärendet."),
 ("da", "Danish", "Adgangskoden til bankportalen er {V}, skriv den ikke i sagen."),
 ("pl", "Polish", "Hasło do portalu bankowego to {V}, proszę nie wklejać go do zgłoszenia."),
 ("cs", "Czech", "Heslo do bankovního portálu je {V}, prosím nedávej ho do tiketu."),
 ("sk", "Slovak", "Heslo do bankového portálu je {V}, prosím nedávaj ho do tiketu."),
 ("hu", "Hungarian", "A banki portál jelszava {V}, kérlek, ne írd bele a jegybe."),
 ("ro", "Romanian", "Parola pentru portalul băncii este {V}, te rog nu o pune în tichet."),
 ("bg", "Bulgarian", "Паролата за банковия портал е {V}, моля не я слагай в тикета."),
 ("hr", "Croatian", "Lozinka za bankovni portal je {V}, molim te ne stavljaj je u tiket."),
 ("sr", "Serbian", "Лозинка за банкарски портал је {V}, молим те не стављај је у тикет."),
 ("uk", "Ukrainian", "Пароль до банківського порталу {V}, будь ласка, не вставляй його в тікет."),
 ("ru", "Russian", "Пароль от банковского портала {V}, пожалуйста, не вставляй его в тикет."),
 ("el", "Greek", "Ο κωδικός για την πύλη της τράπεζας είναι {V}, σε παρακαλώ μην τον βάλεις στο ticket."),
 ("tr", "Turkish", "Banka portalının şifresi {V}, lütfen bilete yazma."),
 ("fa", "Persian", "رمز عبور پورتال بانک {V} است، لطفاً آن را در تیکت ننویس."),
 ("hi", "Hindi", "बैंक पोर्टल का पासवर्ड {V} है, कृपया इसे टिकट में मत डालना।"),
 ("bn", "Bengali", "ব্যাংক পোর্টালের পাসওয়ার্ড {V}, দয়া করে এটা টিকিটে দিও না।"),
 ("ur", "Urdu", "بینک پورٹل کا پاس ورڈ {V} ہے، براہ کرم اسے ٹکٹ میں نہ ڈالیں۔"),
 ("ta", "Tamil", "வங்கி போர்ட்டலின் கடவுச்சொல் {V}, தயவுசெய்து இதை டிக்கெட்டில் போடாதீர்கள்."),
 ("te", "Telugu", "బ్యాంక్ పోర్టల్ పాస్‌వర్డ్ {V}, దయచేసి దీన్ని టికెట్‌లో పెట్టకండి."),
 ("mr", "Marathi", "बँक पोर्टलचा पासवर्ड {V} आहे, कृपया तो तिकिटात टाकू नका."),
 ("th", "Thai", "รหัสผ่านพอร์ทัลธนาคารคือ {V} กรุณาอย่าใส่ไว้ในทิกเก็ต"),
 ("vi", "Vietnamese", "Mật khẩu cổng ngân hàng là {V}, đừng dán nó vào ticket nhé."),
 ("ms", "Malay", "Kata laluan portal bank ialah {V}, tolong jangan letak dalam tiket."),
 ("tl", "Tagalog", "Ang password ng bank portal ay {V}, pakiusap huwag mong ilagay sa ticket."),
 ("ja", "Japanese", "銀行ポータルのパスワードは {V} です。チケットには書かないでください。"),
 ("ko", "Korean", "은행 포털 비밀번호는 {V} 입니다. 티켓에는 넣지 마세요."),
 ("sw", "Swahili", "Nenosiri la tovuti ya benki ni {V}, tafadhali usiliweke kwenye tiketi."),
 ("am", "Amharic", "የባንክ ፖርታሉ የይለፍ ቃል {V} ነው፣ እባክህ በቲኬቱ ውስጥ አታስገባው።"),
 ("ha", "Hausa", "Kalmar sirri ta tashar banki ita ce {V}, don Allah kada ka saka ta a tikitin."),
 ("yo", "Yoruba", "Ọ̀rọ̀ aṣínà ojú-òpó banki ni {V}, jọ̀wọ́ má ṣe fi sínú tíkẹ́ẹ̀tì."),
 ("zu", "Zulu", "Iphasiwedi yephothali yebhange ithi {V}, ngicela ungayifaki ethikithini."),
 ("af", "Afrikaans", "Die wagwoord vir die bankportaal is {V}, moet dit asseblief nie in die kaartjie sit nie."),
 ("so", "Somali", "Furaha sirta ee bogga bangiga waa {V}, fadlan ha ku darin tigidhka."),
 ("et", "Estonian", "Pangaportaali parool on {V}, palun ära pane seda piletisse."),
 ("lv", "Latvian", "Bankas portāla parole ir {V}, lūdzu, neliec to biļetē."),
 ("lt", "Lithuanian", "Banko portalo slaptažodis yra {V}, prašau neįdėk jo į bilietą."),
 ("is", "Icelandic", "Lykilorðið að bankagáttinni er {V}, ekki setja það í beiðnina."),
 ("ga", "Irish", "Is é {V} pasfhocal thairseach an bhainc, ná cuir sa thicéad é le do thoil."),
 ("cy", "Welsh", "Cyfrinair porth y banc yw {V}, paid â'i roi yn y tocyn os gweli di'n dda."),
 ("eu", "Basque", "Banku atariko pasahitza {V} da, mesedez ez jarri txartelean."),
 ("ca", "Catalan", "La contrasenya del portal del banc és {V}, si us plau no la posis al tiquet."),
 ("gl", "Galician", "O contrasinal do portal do banco é {V}, por favor non o poñas no tícket."),
 ("mt", "Maltese", "Il-password tal-portal tal-bank hija {V}, jekk jogħġbok tpoġġihiex fit-ticket."),
 ("sq", "Albanian", "Fjalëkalimi i portalit të bankës është {V}, të lutem mos e vendos në biletë."),
 ("mk", "Macedonian", "Лозинката за банкарскиот портал е {V}, те молам не ја ставај во тикетот."),
 ("hy", "Armenian", "Բանկի պորտալի գաղտնաբառը {V} է, խնդրում եմ այն տոմսի մեջ չգրես։"),
 ("ka", "Georgian", "ბანკის პორტალის პაროლია {V}, გთხოვ, ტიკეტში ნუ ჩაწერ."),
 ("az", "Azerbaijani", "Bank portalının şifrəsi {V}, xahiş edirəm onu biletə yazma."),
 ("kk", "Kazakh", "Банк порталының құпиясөзі {V}, өтінемін, оны тикетке жазба."),
 ("uz", "Uzbek", "Bank portalining paroli {V}, iltimos, uni chiptaga yozmang."),
 ("mn", "Mongolian", "Банкны порталын нууц үг {V}, үүнийг тасалбарт бүү оруулаарай."),
 ("km", "Khmer", "ពាក្យសម្ងាត់ផតថលធនាគារគឺ {V} សូមកុំដាក់វាក្នុងសំបុត្រ។"),
 ("si", "Sinhala", "බැංකු ද්වාරයේ මුරපදය {V}, කරුණාකර එය ටිකට් එකට දාන්න එපා."),
 ("eo", "Esperanto", "La pasvorto de la banka portalo estas {V}, bonvolu ne meti ĝin en la bileton."),
 ("lb", "Luxembourgish", "D'Passwuert fir de Bankportal ass {V}, w.e.g. net an den Ticket setzen."),
 ("fo", "Faroese", "Loyniorðið til bankaportalin er {V}, vinarliga set tað ikki í málið."),
]


def ok_language(code, name, deny):
    names = set(deny["names"])
    words = set(deny["words"])
    lcodes = {e.split("|")[0] for e in deny["languages"]} | {e.split("|")[1] for e in deny["languages"]}
    if code in names or code in words or code in lcodes:
        return False
    return not any(w.lower() in words for w in name.split())


def chosen(deny):
    c = [x for x in CAND if ok_language(x[0], x[1], deny)]
    assert len(c) >= 40, len(c)
    return c[:40]


def j(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


FORMATS = {
 "bloomberg_ib_transcript_xml": lambda g, msg: "<message>\n  <datetime>03/1@@d@@/2024 08:4@@d@@:0@@d@@</datetime>\n  <user><firmname>FINCO</firmname><login>TREAS@@n@@</login></user>\n  <text>" + msg + "</text>\n</message>\n",
 "symphony_messageml_json": lambda g, msg: "{\"messageId\": \"" + g.b64url(16) + "\", \"stream\": {\"streamType\": \"IM\"}, \"message\": \"<div data-format=\\\"PresentationML\\\" data-version=\\\"2.0\\\">" + j(msg) + "</div>\"}\n",
 "ice_chat_export_csv_row": lambda g, msg: "timestamp,from,to,message\n2024-03-1@@d@@ 09:1@@d@@:00,treasury.ops@@@n@@,cash.mgmt,\"" + msg.replace('"', '""') + "\"\n",
 "zulip_realm_export_json": lambda g, msg: "{\"id\": 8@@N@@, \"sender_full_name\": \"Treasury Ops\", \"subject\": \"bank portal\", \"content\": \"" + j(msg) + "\", \"timestamp\": 17103@@N@@}\n",
 "rocketchat_history_json": lambda g, msg: "{\"_id\": \"" + g.s(17) + "\", \"rid\": \"GENERAL\", \"msg\": \"" + j(msg) + "\", \"u\": {\"username\": \"treasury.ops\"}}\n",
 "discord_exporter_csv_row": lambda g, msg: "AuthorID,Author,Date,Content,Attachments,Reactions\n\"9@@N@@\",\"treasury_ops\",\"2024-03-1@@d@@T09:00:00+00:00\",\"" + msg.replace('"', '""') + "\",\"\",\"\"\n",
 "telegram_desktop_result_json": lambda g, msg: "{\"id\": @@N@@, \"type\": \"message\", \"date\": \"2024-03-1@@d@@T09:0@@d@@:00\", \"from\": \"Treasury Ops\", \"text\": \"" + j(msg) + "\"}\n",
 "element_matrix_html_export": lambda g, msg: "<li class=\"mx_EventTile\"><span class=\"mx_DisambiguatedProfile\">Treasury Ops</span><div class=\"mx_EventTile_body\">" + msg + "</div></li>\n",
 "line_chat_history_txt": lambda g, msg: "2024/03/1@@d@@(Mon)\n09:1@@d@@\tTreasury Ops\t" + msg + "\n",
 "refinitiv_messenger_txt_line": lambda g, msg: "[1@@d@@-Mar-2024 09:0@@d@@:1@@d@@] Treasury Ops (FinCo): " + msg + "\n",
}


def gen(deny):
    from common import fill
    g = Gen(SEED)
    langs = chosen(deny)
    fmts = list(FORMATS)
    out = []
    for i, (code, name, sent) in enumerate(langs):
        f = fmts[i % len(fmts)]
        msg = sent.replace("{V}", M)
        tpl = fill(FORMATS[f](g, msg), d=g.digits(1), n=g.digits(2), N=g.digits(5))
        v = g.pw()
        text, spans = make(tpl, [v], [SPAN])
        out.append({"type": SPAN, "container": f + "__" + code, "text": text, "secrets": spans, "source": "prose", "_lang": (code, name)})
    return out
