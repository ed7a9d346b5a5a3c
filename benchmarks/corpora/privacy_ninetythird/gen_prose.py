import random, json
from common import *
TYPE = "store_review_test_account_password_told_to_teammate"
# (iso639-3, iso639-1, English name, sentence with {V})
CAND = [
 ("fra", "fr", "French", "Le mot de passe du compte de test pour les relecteurs du Chrome Web Store est maintenant {V} , ne le mets pas dans le code de l'extension."),
 ("spa", "es", "Spanish", "La contraseña de la cuenta de prueba para los revisores de la tienda ahora es {V} , no la pongas en el código de la extensión."),
 ("por", "pt", "Portuguese", "A senha da conta de teste para os revisores da loja agora é {V} , não coloque no código da extensão."),
 ("rus", "ru", "Russian", "Пароль тестового аккаунта для ревьюеров магазина теперь {V} , не вставляй его в код расширения."),
 ("ukr", "uk", "Ukrainian", "Пароль тестового акаунта для рецензентів магазину тепер {V} , не додавай його в код розширення."),
 ("pol", "pl", "Polish", "Hasło do konta testowego dla recenzentów sklepu to teraz {V} , nie wklejaj go do kodu rozszerzenia."),
 ("ces", "cs", "Czech", "Heslo k testovacímu účtu pro recenzenty obchodu je teď {V} , nedávej ho do kódu rozšíření."),
 ("slk", "sk", "Slovak", "Heslo k testovaciemu účtu pre recenzentov obchodu je teraz {V} , nedávaj ho do kódu rozšírenia."),
 ("nld", "nl", "Dutch", "Het wachtwoord van het testaccount voor de reviewers van de store is nu {V} , zet het niet in de code van de extensie."),
 ("swe", "sv", "Swedish", "Lösenordet till testkontot för butikens granskare är nu {V} , lägg det inte i tilläggets kod."),
 ("dan", "da", "Danish", "Adgangskoden til testkontoen for butikkens anmeldere er nu {V} , læg den ikke i udvidelsens kode."),
 ("fin", "fi", "Finnish", "Kaupan tarkastajien testitilin salasana on nyt {V} , älä laita sitä laajennuksen koodiin."),
 ("est", "et", "Estonian", "Poe ülevaatajate testkonto parool on nüüd {V} , ära pane seda laienduse koodi."),
 ("lav", "lv", "Latvian", "Veikala recenzentu testa konta parole tagad ir {V} , neliec to paplašinājuma kodā."),
 ("lit", "lt", "Lithuanian", "Parduotuvės peržiūrėtojų bandomosios paskyros slaptažodis dabar yra {V} , nedėk jo į plėtinio kodą."),
 ("hun", "hu", "Hungarian", "Az áruház ellenőreinek szánt tesztfiók jelszava most {V} , ne tedd bele a bővítmény kódjába."),
 ("ron", "ro", "Romanian", "Parola contului de test pentru recenzenții magazinului este acum {V} , nu o pune în codul extensiei."),
 ("bul", "bg", "Bulgarian", "Паролата на тестовия акаунт за рецензентите на магазина вече е {V} , не я слагай в кода на разширението."),
 ("mkd", "mk", "Macedonian", "Лозинката на тест-сметката за рецензентите на продавницата сега е {V} , не ја ставај во кодот на екстензијата."),
 ("srp", "sr", "Serbian", "Лозинка тест налога за рецензенте продавнице је сада {V} , немој је стављати у код екстензије."),
 ("hrv", "hr", "Croatian", "Lozinka testnog računa za recenzente trgovine sada je {V} , nemoj je stavljati u kod proširenja."),
 ("sqi", "sq", "Albanian", "Fjalëkalimi i llogarisë testuese për rishikuesit e dyqanit tani është {V} , mos e vendos në kodin e shtesës."),
 ("ell", "el", "Greek", "Ο κωδικός του δοκιμαστικού λογαριασμού για τους ελεγκτές του καταστήματος είναι τώρα {V} , μην τον βάλεις στον κώδικα της επέκτασης."),
 ("tur", "tr", "Turkish", "Mağaza inceleyicileri için test hesabının şifresi artık {V} , bunu eklentinin koduna koyma."),
 ("fas", "fa", "Persian", "رمز حساب آزمایشی برای بازبین‌های فروشگاه الان {V} است، آن را در کد افزونه نگذار."),
 ("urd", "ur", "Urdu", "اسٹور کے ریویورز کے ٹیسٹ اکاؤنٹ کا پاس ورڈ اب {V} ہے، اسے ایکسٹینشن کے کوڈ میں نہ ڈالنا۔"),
 ("tam", "ta", "Tamil", "ஸ்டோர் மதிப்பாய்வாளர்களுக்கான சோதனை கணக்கின் கடவுச்சொல் இப்போது {V} , அதை நீட்டிப்பின் குறியீட்டில் வைக்காதே."),
 ("zho", "zh", "Chinese", "给商店审核员用的测试账号密码现在是 {V} ，别把它写进扩展的代码里。"),
 ("jpn", "ja", "Japanese", "ストア審査担当者用テストアカウントのパスワードは今 {V} です。拡張機能のコードには入れないでください。"),
 ("kor", "ko", "Korean", "스토어 심사자용 테스트 계정 비밀번호는 이제 {V} 입니다. 확장 프로그램 코드에 넣지 마세요."),
 ("vie", "vi", "Vietnamese", "Mật khẩu tài khoản thử nghiệm cho người duyệt cửa hàng bây giờ là {V} , đừng đưa nó vào mã của tiện ích."),
 ("tha", "th", "Thai", "รหัสผ่านบัญชีทดสอบสำหรับผู้ตรวจสอบสโตร์ตอนนี้คือ {V} อย่าใส่ไว้ในโค้ดของส่วนขยายนะ"),
 ("ind", "id", "Indonesian", "Kata sandi akun uji untuk peninjau toko sekarang {V} , jangan dimasukkan ke kode ekstensi."),
 ("zsm", "ms", "Malay", "Kata laluan akaun ujian untuk penyemak kedai kini {V} , jangan letak dalam kod sambungan."),
 ("swh", "sw", "Swahili", "Nenosiri la akaunti ya majaribio kwa wakaguzi wa duka sasa ni {V} , usiliweke kwenye msimbo wa kiendelezi."),
 ("cat", "ca", "Catalan", "La contrasenya del compte de prova per als revisors de la botiga ara és {V} , no la posis al codi de l'extensió."),
 ("cym", "cy", "Welsh", "Cyfrinair y cyfrif prawf ar gyfer adolygwyr y siop nawr yw {V} , paid â'i roi yng nghod yr estyniad."),
 ("gle", "ga", "Irish", "Is é {V} pasfhocal an chuntais tástála do lucht athbhreithnithe an stóir anois, ná cuir isteach i gcód an bhreiseáin é."),
 ("mlt", "mt", "Maltese", "Il-password tal-kont tat-test għar-reviżuri tal-ħanut issa hija {V} , tpoġġihiex fil-kodiċi tal-estensjoni."),
 ("afr", "af", "Afrikaans", "Die wagwoord van die toetsrekening vir die winkel se beoordelaars is nou {V} , moenie dit in die uitbreiding se kode sit nie."),
 ("epo", "eo", "Esperanto", "La pasvorto de la testa konto por la recenzantoj de la vendejo nun estas {V} , ne metu ĝin en la kodon de la etendaĵo."),
 ("fao", "fo", "Faroese", "Loyniorðið til roynd-kontuna hjá handilsins eftirkannarum er nú {V} , set tað ikki í koduna hjá viðbótini."),
 ("grn", "gn", "Guarani", "Ñe'ẽñemi cuenta ñeha'ãrã ohechajeýva tienda-pe ko'ág̃a ha'e {V} , ani remoĩ código extensión-pe."),
 ("pap", None, "Papiamento", "E password di e kuenta di prueba pa e revisadónan di e tienda awor ta {V} , no pon\'é den e kódigo di e ekstenshon."),
 ("hil", None, "Hiligaynon", "Ang password sang test account para sa mga reviewer sang tindahan subong amo ang {V} , indi pagbutang sa code sang extension."),
 ("kmr", None, "Kurmanji", "Şîfreya hesabê ceribandinê ji bo nirxandinerên dikanê niha {V} e, wê nexe nav koda pêvekê."),
]

FORMATS = {
 "line_chat_history_txt_line": lambda r, s: "2025/03/%02d\t10:%02d\t%s\t%s\n" % (r.randint(1, 28), r.randint(0, 59), r.choice(USERS), s),
 "telegram_desktop_result_json_message": lambda r, s: json.dumps({"id": r.randint(1000, 9999), "type": "message", "from": r.choice(USERS), "text": s}, ensure_ascii=False) + "\n",
 "wecom_message_archive_json": lambda r, s: json.dumps({"msgtype": "text", "from": r.choice(USERS), "text": {"content": s}}, ensure_ascii=False) + "\n",
 "kakaotalk_pc_export_csv_row": lambda r, s: "2025-04-%02d 21:%02d:00,\"%s\",\"%s\"\n" % (r.randint(1, 28), r.randint(0, 59), r.choice(USERS), s),
 "viber_backup_csv_row": lambda r, s: "%s,+4915%07d,\"%s\"\n" % (r.choice(USERS), r.randint(0, 9999999), s),
 "threema_chat_export_txt_line": lambda r, s: "[%02d/05/2025, 08:%02d] %s: %s\n" % (r.randint(1, 28), r.randint(0, 59), r.choice(USERS), s),
 "element_room_export_json_event": lambda r, s: json.dumps({"type": "m.room.message", "sender": "@%s:matrix.example" % r.choice(USERS).replace(".", ""), "content": {"msgtype": "m.text", "body": s}}, ensure_ascii=False) + "\n",
 "google_chat_takeout_messages_json": lambda r, s: json.dumps({"creator": {"name": r.choice(USERS)}, "text": s, "topic_id": rs(r, 11)}, ensure_ascii=False) + "\n",
 "imessage_chat_db_dump_row": lambda r, s: "ROWID=%d|is_from_me=1|handle=%s|text=%s\n" % (r.randint(1000, 99999), r.choice(USERS), s),
 "feishu_message_export_json": lambda r, s: json.dumps({"msg_type": "text", "sender": {"id": "ou_" + rs(r, 32, HEX)}, "body": {"content": json.dumps({"text": s}, ensure_ascii=False)}}, ensure_ascii=False) + "\n",
}

def ok_lang(c, dl):
    names, words, langs, lnames = set(dl["names"]), set(dl["words"]), set(dl["langs"]), set(dl["langnames"])
    code3, code1, en = c[0], c[1], c[2]
    if code3 in names or code3 in langs or code3 in words:
        return False
    if code1 and (code1 in names or code1 in langs):
        return False
    for w in en.lower().split():
        if w in words or w in lnames:
            return False
    return True

def generate(dl):
    r = random.Random(9304)
    langs = [c for c in CAND if ok_lang(c, dl)][:40]
    excluded = [c[0] for c in CAND if not ok_lang(c, dl)]
    fmts = list(FORMATS)
    out = []
    for i, c in enumerate(langs):
        v = owner_pw(r)
        fmt = fmts[i % len(fmts)]
        sent = c[3].replace("{V}", "\ue100")
        text = FORMATS[fmt](r, sent)
        s = text.index("\ue100")
        text = text.replace("\ue100", v)
        out.append(dict(type=TYPE, container=fmt + "__" + c[0], text=text, secrets=[dict(value=v, start=s, end=s + len(v), type=TYPE)], source="prose"))
    return out, langs, excluded
