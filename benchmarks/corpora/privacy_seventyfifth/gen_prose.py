"""Prose: a backend developer shares the shared staging MySQL account password (seed 7504)."""
import random, json
from common import SLOT as S, owner_pw, draw, rec, rs, DIG, LOW

SPAN_TYPE = "staging_db_shared_account_password"

# (code, English name, script, sentence with {V})
CANDIDATES = [
    ("ja", "Japanese", "Han+Kana", "阿里云のステージング用 MySQL 共有アカウントのパスワードは {V} です。グループには貼らないでください。"),
    ("ko", "Korean", "Hangul", "알리바바 클라우드 스테이징 MySQL 공용 계정 비밀번호는 {V} 입니다. 단톡방에는 올리지 마세요."),
    ("zh", "Mandarin", "Han (simplified)", "阿里云测试环境 MySQL 共用账号的密码是 {V} ，别发到群里。"),
    ("wuu", "Shanghainese", "Han (simplified)", "阿里云测试环境 MySQL 公共账号个密码是 {V} ，覅发到群里向。"),
    ("hak", "Hakka", "Han (traditional)", "阿里雲測試環境 MySQL 共用帳號个密碼係 {V} ，毋好發到群組肚。"),
    ("lzh", "Literary Chinese", "Han (traditional)", "阿里雲試驗之 MySQL 共用帳號，其密碼曰 {V} ，勿傳於群。"),
    ("vi", "Vietnamese", "Latin", "Mật khẩu tài khoản MySQL dùng chung trên môi trường staging của Alibaba Cloud là {V}, đừng dán vào nhóm nhé."),
    ("th", "Thai", "Thai", "รหัสผ่านบัญชี MySQL ที่ใช้ร่วมกันบน staging ของ Alibaba Cloud คือ {V} อย่าโพสต์ในกลุ่มนะ"),
    ("lo", "Lao", "Lao", "ລະຫັດຜ່ານບັນຊີ MySQL ທີ່ໃຊ້ຮ່ວມກັນໃນ staging ຂອງ Alibaba Cloud ແມ່ນ {V} ຢ່າໂພສໃນກຸ່ມເດີ້"),
    ("my", "Burmese", "Myanmar", "Alibaba Cloud staging ရှိ အတူသုံး MySQL အကောင့်၏ စကားဝှက်မှာ {V} ဖြစ်သည်။ group ထဲမှာ မတင်ပါနဲ့။"),
    ("id", "Indonesian", "Latin", "Password akun MySQL bersama di staging Alibaba Cloud adalah {V}, jangan ditempel di grup ya."),
    ("ms", "Malay", "Latin", "Kata laluan akaun MySQL kongsi di staging Alibaba Cloud ialah {V}, tolong jangan tampal dalam kumpulan."),
    ("tl", "Tagalog", "Latin", "Ang password ng shared na MySQL account sa staging ng Alibaba Cloud ay {V}, huwag mo itong i-post sa group."),
    ("ceb", "Cebuano", "Latin", "Ang password sa gipaambit nga MySQL account sa staging sa Alibaba Cloud kay {V}, ayaw i-post sa grupo."),
    ("jv", "Javanese", "Latin", "Sandhi akun MySQL bareng ing staging Alibaba Cloud yaiku {V}, aja dikirim ing grup ya."),
    ("su", "Sundanese", "Latin", "Kecap konci akun MySQL babarengan di staging Alibaba Cloud nyaéta {V}, ulah dipasang di grup nya."),
    ("ug", "Uyghur", "Arabic", "Alibaba Cloud staging دىكى ئورتاق MySQL ھېساباتىنىڭ پارولى {V} ، گۇرۇپپىغا يوللىماڭ."),
    ("za", "Zhuang", "Latin", "Mizmaj aen MySQL doengzyungh youq Alibaba Cloud staging dwg {V}, gaej fat haeuj aen gyoengq bae."),
    ("ne", "Nepali", "Devanagari", "Alibaba Cloud staging मा साझा MySQL खाताको पासवर्ड {V} हो, कृपया समूहमा नपठाउनुहोस्।"),
    ("bn", "Bengali", "Bengali", "Alibaba Cloud staging-এর শেয়ার্ড MySQL অ্যাকাউন্টের পাসওয়ার্ড {V} , গ্রুপে পোস্ট করবেন না।"),
    ("hi", "Hindi", "Devanagari", "Alibaba Cloud staging पर साझा MySQL खाते का पासवर्ड {V} है, कृपया इसे ग्रुप में मत डालना।"),
    ("ta", "Tamil", "Tamil", "Alibaba Cloud staging-இல் பகிரப்பட்ட MySQL கணக்கின் கடவுச்சொல் {V} , குழுவில் பதிவிட வேண்டாம்."),
    ("te", "Telugu", "Telugu", "Alibaba Cloud staging లో షేర్డ్ MySQL ఖాతా పాస్‌వర్డ్ {V} , దయచేసి గ్రూప్‌లో పెట్టవద్దు."),
    ("ur", "Urdu", "Arabic", "Alibaba Cloud staging پر مشترکہ MySQL اکاؤنٹ کا پاس ورڈ {V} ہے، براہ کرم گروپ میں نہ ڈالیں۔"),
    ("fa", "Persian", "Arabic", "رمز عبور حساب مشترک MySQL در staging علی‌بابا کلاد {V} است، لطفاً در گروه نگذارید."),
    ("tr", "Turkish", "Latin", "Alibaba Cloud staging ortamındaki ortak MySQL hesabının şifresi {V}, lütfen gruba yapıştırma."),
    ("ru", "Russian", "Cyrillic", "Пароль общего аккаунта MySQL на staging в Alibaba Cloud: {V}, пожалуйста, не кидай его в группу."),
    ("uk", "Ukrainian", "Cyrillic", "Пароль спільного облікового запису MySQL на staging в Alibaba Cloud: {V}, будь ласка, не вставляй його в групу."),
    ("pl", "Polish", "Latin", "Hasło do wspólnego konta MySQL na stagingu w Alibaba Cloud to {V}, proszę nie wklejaj go na grupę."),
    ("cs", "Czech", "Latin", "Heslo ke sdílenému účtu MySQL na stagingu v Alibaba Cloud je {V}, prosím nedávej ho do skupiny."),
    ("hu", "Hungarian", "Latin", "Az Alibaba Cloud staging közös MySQL fiókjának jelszava {V}, kérlek, ne tedd be a csoportba."),
    ("ro", "Romanian", "Latin", "Parola contului MySQL comun de pe staging în Alibaba Cloud este {V}, te rog nu o pune pe grup."),
    ("el", "Greek", "Greek", "Ο κωδικός του κοινού λογαριασμού MySQL στο staging του Alibaba Cloud είναι {V}, μην τον βάλεις στην ομάδα."),
    ("he", "Hebrew", "Hebrew", "הסיסמה של חשבון ה-MySQL המשותף ב-staging של Alibaba Cloud היא {V} , בבקשה אל תדביק אותה בקבוצה."),
    ("ar", "Arabic", "Arabic", "كلمة مرور حساب MySQL المشترك على بيئة staging في Alibaba Cloud هي {V} ، من فضلك لا تنشرها في المجموعة."),
    ("sw", "Swahili", "Latin", "Nenosiri la akaunti ya pamoja ya MySQL kwenye staging ya Alibaba Cloud ni {V}, tafadhali usiliweke kwenye kikundi."),
    ("de", "German", "Latin", "Das Passwort für den gemeinsamen MySQL-Account auf der Alibaba-Cloud-Staging ist {V}, bitte nicht in die Gruppe posten."),
    ("fr", "French", "Latin", "Le mot de passe du compte MySQL partagé sur le staging Alibaba Cloud est {V}, ne le colle pas dans le groupe s'il te plaît."),
    ("es", "Spanish", "Latin", "La contraseña de la cuenta MySQL compartida en el staging de Alibaba Cloud es {V}, por favor no la pegues en el grupo."),
    ("pt", "Portuguese", "Latin", "A senha da conta MySQL compartilhada no staging da Alibaba Cloud é {V}, por favor não cole no grupo."),
    ("nl", "Dutch", "Latin", "Het wachtwoord van het gedeelde MySQL-account op de Alibaba Cloud-staging is {V}, zet het alsjeblieft niet in de groep."),
    ("sv", "Swedish", "Latin", "Lösenordet till det delade MySQL-kontot på Alibaba Clouds staging är {V}, lägg inte in det i gruppen."),
    ("da", "Danish", "Latin", "Adgangskoden til den delte MySQL-konto på Alibaba Clouds staging er {V}, lad være med at poste den i gruppen."),
    ("et", "Estonian", "Latin", "Alibaba Cloudi staging-keskkonna jagatud MySQL-konto parool on {V}, palun ära pane seda gruppi."),
    ("lv", "Latvian", "Latin", "Koplietotā MySQL konta parole Alibaba Cloud staging vidē ir {V}, lūdzu, neliec to grupā."),
    ("lt", "Lithuanian", "Latin", "Bendros MySQL paskyros slaptažodis Alibaba Cloud staging aplinkoje yra {V}, prašau nedėk jo į grupę."),
]

FORMATS = {
    "wechat_pc_export_txt_line": lambda r, u, m: "%s  2025-05-%02d 14:%02d:%02d\n%s\n" % (u, r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), m),
    "qq_message_manager_txt_block": lambda r, u, m: "================================================================\n消息分组:我的群聊\n================================================================\n消息对象:后端联调群\n================================================================\n\n2025-05-%02d 9:%02d:%02d %s(%d)\n%s\n" % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), u, r.randint(10000000, 999999999), m),
    "dingtalk_forwarded_record_text": lambda r, u, m: "[聊天记录] 来自 %s 的转发\n%s 05-%02d 16:%02d\n%s" % (u, u, r.randint(1, 28), r.randint(0, 59), m),
    "feishu_chat_export_json_message": lambda r, u, m: json.dumps({"msg_type": "text", "sender": {"name": u}, "create_time": str(1746000000000 + r.randint(0, 10 ** 9)), "content": json.dumps({"text": m}, ensure_ascii=False)}, ensure_ascii=False),
    "wecom_archive_sdk_json_record": lambda r, u, m: json.dumps({"msgid": "%d_%d_external" % (r.randint(10 ** 17, 10 ** 18), r.randint(10 ** 12, 10 ** 13)), "action": "send", "from": u, "msgtype": "text", "text": {"content": m}}, ensure_ascii=False),
    "line_desktop_history_txt_line": lambda r, u, m: "[LINE] Chat history with dev-team\n2025.05.%02d Friday\n%02d:%02d\t%s\t%s" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), u, m),
    "kakaotalk_pc_csv_export_row": lambda r, u, m: "Date,User,Message\n2025-05-%02d 11:%02d:%02d,\"%s\",\"%s\"" % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), u, m.replace('"', '""')),
    "kakaotalk_android_txt_block": lambda r, u, m: "dev-team 님과 카카오톡 대화\n저장한 날짜 : 2025-05-%02d\n\n2025년 5월 %d일 오후 3:%02d, %s : %s" % (r.randint(1, 28), r.randint(1, 28), r.randint(0, 59), u, m),
    "line_works_talk_export_csv": lambda r, u, m: "\"Talk room\",\"Sender\",\"Sent at\",\"Message\"\n\"backend\",\"%s\",\"2025/05/%02d 10:%02d\",\"%s\"" % (u, r.randint(1, 28), r.randint(0, 59), m.replace('"', '""')),
    "weibo_private_message_html_item": lambda r, u, m: "<div class=\"msg-item\" data-uid=\"%d\"><span class=\"nick\">%s</span><p class=\"txt\">%s</p></div>" % (r.randint(10 ** 9, 10 ** 10), u, m),
}
NAMES = ["lin.wei", "chen_hao", "yuki.t", "minjun", "thao.ng", "ploy", "arif", "ana.p", "igor.k", "devops-xu"]


def choose(deny):
    ok, excluded = [], []
    for code, name, script, sent in CANDIDATES:
        bad = code in deny["names"] or code in deny["languages"] or code in deny["words"]
        for w in name.lower().split():
            if w in deny["words"] or w in deny["languages"]:
                bad = True
        (excluded if bad else ok).append((code, name, script, sent))
    return ok[:40], excluded, ok[40:]


def build(pool, start, deny):
    r = random.Random(7504)
    langs, _, _ = choose(deny)
    assert len(langs) == 40, len(langs)
    fmts = sorted(FORMATS)
    out = []
    for i, (code, name, script, sent) in enumerate(langs):
        fmt = fmts[i % len(fmts)]
        v = draw(r, pool, owner_pw)
        msg = sent.replace("{V}", "\ue001")
        txt = FORMATS[fmt](r, r.choice(NAMES), msg)
        assert txt.count("\ue001") == 1
        out.append(rec("p75-s-%04d" % (start + i), SPAN_TYPE, fmt + "__" + code, txt.replace("\ue001", S), v, "prose"))
    return out
