import random, json
from common87 import *
X = M
# (code, iso639-3, English name, sentence)
LANGS = [
 ("fr", "fra", "French", "Le mot de passe maître du coffre KeePassXC de la famille est %s, ne le colle pas dans le groupe." % X),
 ("es", "spa", "Spanish", "La contraseña maestra del baúl KeePassXC de la familia es %s, no la pegues en el grupo." % X),
 ("pt", "por", "Portuguese", "A senha mestra do cofre KeePassXC da família é %s, não cole no grupo." % X),
 ("nl", "nld", "Dutch", "Het hoofdwachtwoord van de KeePassXC-kluis van het gezin is %s, plak het niet in de groepsapp." % X),
 ("sv", "swe", "Swedish", "Huvudlösenordet till familjens KeePassXC-valv är %s, klistra inte in det i gruppchatten." % X),
 ("da", "dan", "Danish", "Hovedadgangskoden til familiens KeePassXC-boks er %s, sæt den ikke ind i gruppechatten." % X),
 ("fi", "fin", "Finnish", "Perheen KeePassXC-holvin pääsalasana on %s, älä liitä sitä ryhmächattiin." % X),
 ("pl", "pol", "Polish", "Hasło główne do rodzinnego sejfu KeePassXC to %s, nie wklejaj go na czacie grupowym." % X),
 ("cs", "ces", "Czech", "Hlavní heslo k rodinnému trezoru KeePassXC je %s, nevkládej ho do skupinového chatu." % X),
 ("sk", "slk", "Slovak", "Hlavné heslo k rodinnému trezoru KeePassXC je %s, nevkladaj ho do skupinového četu." % X),
 ("hu", "hun", "Hungarian", "A családi KeePassXC-széf mesterjelszava %s, ne másold be a csoportos csetbe." % X),
 ("ro", "ron", "Romanian", "Parola principală a seifului KeePassXC al familiei este %s, nu o lipi în grupul de chat." % X),
 ("hr", "hrv", "Croatian", "Glavna lozinka obiteljskog KeePassXC trezora je %s, nemoj je lijepiti u grupni chat." % X),
 ("sl", "slv", "Slovenian", "Glavno geslo družinskega trezorja KeePassXC je %s, ne prilepi ga v skupinski klepet." % X),
 ("sr", "srp", "Serbian", "Главна лозинка породичног KeePassXC трезора је %s, немој да је лепиш у групни чет." % X),
 ("bg", "bul", "Bulgarian", "Главната парола за семейния KeePassXC трезор е %s, не я поставяй в груповия чат." % X),
 ("uk", "ukr", "Ukrainian", "Головний пароль до сімейного сховища KeePassXC: %s, не встав його в груповий чат." % X),
 ("ru", "rus", "Russian", "Мастер-пароль от семейного хранилища KeePassXC: %s, не вставляй его в общий чат." % X),
 ("el", "ell", "Greek", "Ο κύριος κωδικός του οικογενειακού θησαυροφυλακίου KeePassXC είναι %s, μην τον επικολλήσεις στην ομαδική συνομιλία." % X),
 ("tr", "tur", "Turkish", "Ailenin KeePassXC kasasının ana parolası %s, grup sohbetine yapıştırma." % X),
 ("et", "est", "Estonian", "Pere KeePassXC hoidla ülemparool on %s, ära kleebi seda grupivestlusse." % X),
 ("lv", "lav", "Latvian", "Ģimenes KeePassXC seifa galvenā parole ir %s, neielīmē to grupas tērzētavā." % X),
 ("lt", "lit", "Lithuanian", "Šeimos KeePassXC saugyklos pagrindinis slaptažodis yra %s, neįklijuok jo į grupės pokalbį." % X),
 ("is", "isl", "Icelandic", "Aðallykilorðið að KeePassXC-hvelfingu fjölskyldunnar er %s, ekki líma það inn í hópspjallið." % X),
 ("ga", "gle", "Irish", "Is é %s príomhfhocal faire chruinneachán KeePassXC an teaghlaigh, ná greamaigh sa ghrúpchomhrá é." % X),
 ("cy", "cym", "Welsh", "Prif gyfrinair cell KeePassXC y teulu yw %s, paid â'i ludo yn y sgwrs grŵp." % X),
 ("ca", "cat", "Catalan", "La contrasenya mestra de la caixa forta KeePassXC de la família és %s, no l'enganxis al xat del grup." % X),
 ("eu", "eus", "Basque", "Familiaren KeePassXC kutxa gotorraren pasahitz nagusia %s da, ez itsatsi taldeko txatean." % X),
 ("id", "ind", "Indonesian", "Kata sandi utama brankas KeePassXC keluarga adalah %s, jangan ditempel di grup chat." % X),
 ("ms", "msa", "Malay", "Kata laluan induk peti besi KeePassXC keluarga ialah %s, jangan tampal dalam sembang kumpulan." % X),
 ("vi", "vie", "Vietnamese", "Mật khẩu chính của kho KeePassXC gia đình là %s, đừng dán vào nhóm chat nhé." % X),
 ("tl", "tgl", "Tagalog", "Ang master password ng KeePassXC vault ng pamilya ay %s, huwag mong i-paste sa group chat." % X),
 ("sw", "swa", "Swahili", "Nenosiri kuu la sanduku la KeePassXC la familia ni %s, usilibandike kwenye gumzo la kikundi." % X),
 ("ja", "jpn", "Japanese", "家族の KeePassXC 金庫のマスターパスワードは %s です。グループチャットには貼らないでね。" % X),
 ("ko", "kor", "Korean", "가족 KeePassXC 금고의 마스터 비밀번호는 %s 이야. 단톡방에 붙여넣지 마." % X),
 ("zh", "zho", "Chinese", "家里 KeePassXC 保险库的主密码是 %s ，别贴到群聊里。" % X),
 ("th", "tha", "Thai", "รหัสผ่านหลักของตู้นิรภัย KeePassXC ของครอบครัวคือ %s อย่าวางในแชทกลุ่มนะ" % X),
 ("he", "heb", "Hebrew", "סיסמת האב של הכספת המשפחתית ב-KeePassXC היא %s , אל תדביק אותה בצ'אט הקבוצתי." % X),
 ("ar", "ara", "Arabic", "كلمة المرور الرئيسية لخزنة KeePassXC العائلية هي %s ، لا تلصقها في دردشة المجموعة." % X),
 ("fa", "fas", "Persian", "رمز اصلی گاوصندوق KeePassXC خانواده %s است، آن را در گروه چت نچسبان." % X),
 ("bn", "ben", "Bengali", "পরিবারের KeePassXC ভল্টের মাস্টার পাসওয়ার্ড হল %s , গ্রুপ চ্যাটে পেস্ট কোরো না।" % X),
 ("ta", "tam", "Tamil", "குடும்ப KeePassXC பெட்டகத்தின் முதன்மைக் கடவுச்சொல் %s , குழு அரட்டையில் ஒட்ட வேண்டாம்." % X),
 ("ur", "urd", "Urdu", "خاندان کے KeePassXC والٹ کا ماسٹر پاس ورڈ %s ہے، اسے گروپ چیٹ میں پیسٹ نہ کرنا۔" % X),
 ("sq", "sqi", "Albanian", "Fjalëkalimi kryesor i kasafortës KeePassXC të familjes është %s, mos e ngjit në bisedën e grupit." % X),
 ("mk", "mkd", "Macedonian", "Главната лозинка за семејниот KeePassXC сеф е %s, не ја лепи во групниот разговор." % X),
 ("eo", "epo", "Esperanto", "La ĉefa pasvorto de la familia KeePassXC-monŝranko estas %s, ne algluu ĝin en la grupan babilejon." % X),
 ("af", "afr", "Afrikaans", "Die meesterwagwoord van die gesin se KeePassXC-kluis is %s, moenie dit in die groepklets plak nie." % X),
 ("mt", "mlt", "Maltese", "Il-password ewlenija tal-kaxxa KeePassXC tal-familja hija %s, tippejstjahiex fiċ-chat tal-grupp." % X),
]
FORMATS = [
 ("weechat_logger_tsv_line", lambda r, u, m: "2025-02-%02d 21:%02d:11\t%s\t%s" % (r.randint(1, 28), r.randrange(60), u, m)),
 ("irssi_autolog_privmsg_line", lambda r, u, m: "21:%02d <%s> %s" % (r.randrange(60), u, m)),
 ("hexchat_scrollback_text_line", lambda r, u, m: "T 17%08d %s\t%s" % (r.randrange(10**8), u, m)),
 ("element_desktop_plain_text_export", lambda r, u, m: "Thu, Feb %d 2025, 21:%02d - @%s:matrix.example.org: %s" % (r.randint(1, 28), r.randrange(60), u, m)),
 ("neomutt_pager_plain_mail", lambda r, u, m: "From: %s <%s@mailbox.example.org>\nSubject: vault\n\n%s\n" % (u.title(), u, m)),
 ("aerc_compose_draft_eml", lambda r, u, m: "X-Mailer: aerc 0.18.2\nTo: family@mailbox.example.org\nSubject: KeePassXC\n\n%s\n\n-- \n%s" % (m, u)),
 ("signal_cli_receive_json_envelope", lambda r, u, m: json.dumps({"envelope": {"sourceName": u, "timestamp": 1738000000000 + r.randrange(10**9), "dataMessage": {"message": m}}}, ensure_ascii=False)),
 ("gajim_history_export_line", lambda r, u, m: "[2025-02-%02d 21:%02d] %s: %s" % (r.randint(1, 28), r.randrange(60), u, m)),
 ("telegram_desktop_result_json_message", lambda r, u, m: json.dumps({"id": r.randrange(10**5), "type": "message", "from": u, "text": m}, ensure_ascii=False)),
 ("thunderbird_mbox_message_body", lambda r, u, m: "From - Thu Feb 13 21:04:00 2025\nFrom: %s@example.com\nContent-Type: text/plain; charset=UTF-8\n\n%s\n" % (u, m)),
]
TYPE = "family_vault_master_password_in_message"

def candidates():
    return LANGS

def generate(allowed_codes, seed=8704):
    r = random.Random(seed)
    out = []
    langs = [l for l in LANGS if l[0] in allowed_codes][:40]
    for i, (code, c3, name, sent) in enumerate(langs):
        fname, fn = FORMATS[i % len(FORMATS)]
        v = owner_password(r)
        msg = sent
        tmp = fn(r, r.choice(USERS), msg)
        text, s, e = place(tmp, v)
        out.append(dict(type=TYPE, container="%s__%s" % (fname, code), text=text, secrets=[dict(value=v, start=s, end=e, type=TYPE)], source="prose"))
    return out, langs
