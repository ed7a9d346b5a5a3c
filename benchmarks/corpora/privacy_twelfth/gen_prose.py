"""Secrets in chat / mail prose in human languages not used by p10/p11. Container kind: <container>__<lang>."""
import json

from gen_common import G, S, pos, human_password

SRC = "gen_prose"

# (lang, kind, sentence with @@P@@ and optional @@H@@): kind wifi -> wifi_psk, server -> ssh_password, token -> vendor
L = [
    ("uk", "wifi", "Привіт! Пароль від вайфаю на дачі: @@P@@ (мережа «Sonechko»)."),
    ("uk", "server", "Доступ до сервера @@H@@: логін deploy, пароль @@P@@. Не пересилай нікому."),
    ("cs", "wifi", "Heslo na wifi v kanceláři je @@P@@, síť se jmenuje Kancl-5G."),
    ("cs", "token", "Tady je ten API klíč pro staging: @@P@@ — zítra ho rotuju."),
    ("hu", "wifi", "A wifi jelszó: @@P@@ – a hálózat neve Nagymama."),
    ("hu", "server", "Belépés a szerverre (@@H@@): felhasználó root, jelszó @@P@@"),
    ("ro", "wifi", "Parola de la wifi e @@P@@, rețeaua se numește Casa-Ionescu."),
    ("ro", "token", "Cheia API pentru integrare este @@P@@, te rog nu o pune în repo."),
    ("el", "wifi", "Ο κωδικός του wifi είναι @@P@@ (δίκτυο: Spiti_2.4)."),
    ("el", "server", "Σύνδεση στον server @@H@@ με χρήστη admin και κωδικό @@P@@."),
    ("he", "wifi", "הסיסמה לוויי-פיי היא @@P@@ – הרשת נקראת Beit-Cohen."),
    ("he", "token", "זה המפתח ל-API של הסביבה: @@P@@ אל תשתף אותו בבקשה"),
    ("fa", "wifi", "رمز وای‌فای خونه: @@P@@ اسم شبکه هم Khaneh هست."),
    ("fa", "server", "برای ورود به سرور @@H@@ کاربر ubuntu و رمز عبور @@P@@ رو بزن."),
    ("th", "wifi", "รหัสไวไฟที่ร้านคือ @@P@@ นะครับ ชื่อเครือข่าย CafeNoi"),
    ("th", "token", "นี่คือ API key สำหรับ staging: @@P@@ ใช้เสร็จแล้วลบด้วยนะ"),
    ("vi", "wifi", "Mật khẩu wifi phòng họp là @@P@@ nhé, mạng tên PhongHop-2."),
    ("vi", "server", "Đăng nhập server @@H@@ bằng user deploy, mật khẩu @@P@@."),
    ("id", "wifi", "Password wifi kos: @@P@@ (nama jaringan KosMawar)."),
    ("id", "token", "Ini token API buat staging ya: @@P@@ jangan di-commit."),
    ("sw", "wifi", "Nenosiri la wifi ya ofisi ni @@P@@, mtandao unaitwa Ofisi-Kuu."),
    ("sw", "server", "Ingia kwenye seva @@H@@ kwa jina la mtumiaji admin na nenosiri @@P@@."),
    ("ur", "wifi", "وائی فائی کا پاس ورڈ @@P@@ ہے، نیٹ ورک کا نام Ghar-5G ہے۔"),
    ("ta", "wifi", "வைஃபை கடவுச்சொல்: @@P@@ (நெட்வொர்க் பெயர் Veedu)."),
    ("ta", "server", "சர்வர் @@H@@ இல் உள்நுழைய: பயனர் root, கடவுச்சொல் @@P@@"),
    ("pa", "wifi", "ਵਾਈਫਾਈ ਦਾ ਪਾਸਵਰਡ @@P@@ ਹੈ ਜੀ, ਨੈੱਟਵਰਕ Ghar-Net."),
    ("gu", "wifi", "વાઇફાઇ પાસવર્ડ @@P@@ છે, નેટવર્ક નું નામ Dukan-WiFi."),
    ("kn", "server", "ಸರ್ವರ್ @@H@@ ಗೆ ಲಾಗಿನ್: ಬಳಕೆದಾರ deploy, ಪಾಸ್‌ವರ್ಡ್ @@P@@"),
    ("ml", "wifi", "വൈഫൈ പാസ്‌വേഡ് @@P@@ ആണ്, നെറ്റ്‌വർക്ക് Veedu-5G."),
    ("si", "wifi", "wifi මුරපදය @@P@@ , ජාලයේ නම Gedara."),
    ("km", "wifi", "លេខសម្ងាត់ wifi គឺ @@P@@ ឈ្មោះបណ្តាញ Phteah-Yerng"),
    ("am", "wifi", "የዋይፋይ የይለፍ ቃል @@P@@ ነው፣ የኔትወርኩ ስም Bet-Net ነው።"),
    ("yo", "wifi", "Ọ̀rọ̀ aṣínà wifi ni @@P@@, orúkọ nẹ́tíwọ̀ọ̀kì ni Ile-Wa."),
    ("ha", "server", "Shiga sabar @@H@@: sunan mai amfani admin, kalmar sirri @@P@@"),
    ("zu", "wifi", "Iphasiwedi ye-wifi ithi @@P@@, igama lenethiwekhi yi-Ekhaya."),
    ("uz", "wifi", "Wi-Fi paroli: @@P@@ — tarmoq nomi Uy-Internet."),
    ("sq", "token", "Çelësi API për staging është @@P@@, mos e ndaj me askënd."),
    ("mk", "wifi", "Лозинката за вајфај е @@P@@, мрежата се вика Doma."),
    ("bg", "server", "Вход в сървъра @@H@@: потребител root, парола @@P@@"),
    ("hr", "wifi", "Lozinka za wifi je @@P@@, mreža se zove Vikendica."),
    ("lt", "token", "Štai API raktas testinei aplinkai: @@P@@ – po demo jį pakeisiu."),
    ("ga", "wifi", "Is é pasfhocal an wifi ná @@P@@ – ainm an líonra: Teach-Mhaire."),
    ("mt", "wifi", "Il-password tal-wifi hija @@P@@, in-netwerk jismu Dar-Borg."),
    ("lb", "server", "Login op de Server @@H@@: Benotzer admin, Passwuert @@P@@"),
    ("eo", "wifi", "La pasvorto de la vifio estas @@P@@ (reto: Hejmo-2)."),
    ("my", "wifi", "ဝိုင်ဖိုင် စကားဝှက်က @@P@@ ပါ၊ ကွန်ရက်နာမည် Eain-5G"),
    ("lo", "wifi", "ລະຫັດ wifi ແມ່ນ @@P@@ ຊື່ເຄືອຂ່າຍ Heuan"),
    ("ky", "server", "@@H@@ серверине кирүү: колдонуучу deploy, сырсөз @@P@@"),
]

CONTAINERS = ["facebook_messenger_json_export", "whatsapp_ios_export_txt", "discordchatexporter_html", "teams_chat_clipboard_copy",
              "imo_chat_history_txt", "session_messenger_export_json", "wechat_pc_chat_copy", "email_plaintext_reply_quote",
              "google_messages_rcs_backup_xml", "zoom_team_chat_export_csv"]

TOKEN_GENS = [
    ("together_api_key", lambda g: "tgp_v1_" + g.b62(43)),
    ("render_api_key", lambda g: "rnd_" + g.b62(32)),
    ("cal_com_api_key", lambda g: "cal_live_" + g.hex(32)),
    ("riot_games_api_key", lambda g: "RGAPI-" + g.uuid()),
    ("readme_api_key", lambda g: "rdme_" + g.lan(70)),
]


def frame(kind, lang, sender, msg_parts, g):
    """Return parts for the container around a list of message parts."""
    if kind == "facebook_messenger_json_export":
        return ['{\n  "participants": [{"name": "%s"}],\n  "messages": [\n    {"sender_name": "%s", "timestamp_ms": 1741684364%03d, "content": "' % (sender, sender, g.r.randrange(1000))] + msg_parts + ['"}\n  ]\n}\n']
    if kind == "whatsapp_ios_export_txt":
        return ["[11.03.25, 09:%02d:14] %s: " % (g.r.randrange(60), sender)] + msg_parts + ["\n"]
    if kind == "discordchatexporter_html":
        return ['<div class="chatlog__message"><span class="chatlog__author">%s</span><div class="chatlog__content"><span class="chatlog__markdown-preserve">' % sender] + msg_parts + ["</span></div></div>\n"]
    if kind == "teams_chat_clipboard_copy":
        return ["%s\n11/03 09:%02d\n" % (sender, g.r.randrange(60))] + msg_parts + ["\n"]
    if kind == "imo_chat_history_txt":
        return ["%s (2025-03-11 09:%02d): " % (sender, g.r.randrange(60))] + msg_parts + ["\n"]
    if kind == "session_messenger_export_json":
        return ['{"conversationId":"05%s","body":"' % g.hex(64)] + msg_parts + ['","sent_at":1741684364000}\n']
    if kind == "wechat_pc_chat_copy":
        return ["%s 2025/3/11 9:%02d:05\n" % (sender, g.r.randrange(60))] + msg_parts + ["\n"]
    if kind == "email_plaintext_reply_quote":
        return ["Subject: Re: access\n\n> kannst du mir das schicken?\n\n"] + msg_parts + ["\n\n-- \n%s\n" % sender]
    if kind == "google_messages_rcs_backup_xml":
        return ['<message address="+3584012345%02d" date="1741684364000" type="2"><body>' % g.r.randrange(100)] + msg_parts + ["</body></message>\n"]
    return ["Date,Time,Sender,Message\n2025-03-11,09:%02d,%s,\"" % (g.r.randrange(60), sender)] + msg_parts + ['"\n']


def build():
    g = G(12003)
    recs = []
    for i, (lang, kind, sent) in enumerate(L):
        if kind == "wifi":
            val, typ = human_password(g, g.choice([0, 1, 2, 4])), "wifi_psk"
        elif kind == "server":
            val, typ = human_password(g), "ssh_password"
        else:
            typ, fn = TOKEN_GENS[i % len(TOKEN_GENS)]
            val = fn(g)
        sent = sent.replace("@@H@@", g.choice(["10.0.3.21", "vps-fra-2.example.net", "srv01.lan", "192.168.88.4"]))
        a, b = sent.split("@@P@@")
        cont = CONTAINERS[i % len(CONTAINERS)]
        sender = g.choice(["Oksana", "Tomáš", "Eszter", "Andrei", "Nikos", "Noa", "Somchai", "Linh", "Putri", "Amani", "Ravi", "Kiri"])
        if cont in ("facebook_messenger_json_export", "session_messenger_export_json"):
            a, b = json.dumps(a, ensure_ascii=False)[1:-1], json.dumps(b, ensure_ascii=False)[1:-1]
        if cont == "zoom_team_chat_export_csv":
            a, b = a.replace('"', '""'), b.replace('"', '""')
        parts = frame(cont, lang, sender, [a, S(val, typ), b], g)
        recs.append(pos(cont + "__" + lang, parts, SRC))
    return recs


LANGS = sorted(set(x[0] for x in L))

if __name__ == "__main__":
    rs = build()
    print(len(rs), len(LANGS))
    print(rs[0]["text"])
    print(rs[9]["text"])
