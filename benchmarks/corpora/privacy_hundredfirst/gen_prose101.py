import random
from common101 import *

PTYPE = "game_server_admin_password_shared_in_chat"

# (iso639-3, English name, sentence with {V})  -- "the admin password of our game server is X, don't post it on Discord"
LANGS = [
    ("mlt", "Maltese", "Il-password tal-admin tas-server tal-logħba hija {V} — tpoġġihiex fuq Discord, jekk jogħġbok."),
    ("sqi", "Albanian", "Fjalëkalimi i adminit për serverin e lojës është {V} – mos e posto në Discord."),
    ("hye", "Armenian", "Խաղի սերվերի ադմինի գաղտնաբառն է {V} , խնդրում եմ Discord-ում չտեղադրես։"),
    ("kat", "Georgian", "თამაშის სერვერის ადმინის პაროლია {V} , გთხოვ Discord-ზე არ დადო."),
    ("aze", "Azerbaijani", "Oyun serverinin admin şifrəsi {V} – xahiş edirəm Discord-da paylaşma."),
    ("tuk", "Turkmen", "Oýun serweriniň admin paroly {V} – ony Discord-da paýlaşma."),
    ("kir", "Kyrgyz", "Оюн серверинин админ сырсөзү {V} – аны Discord'го жазба."),
    ("tgk", "Tajik", "Пароли админи сервери бозӣ {V} аст – лутфан онро дар Discord нагузоред."),
    ("tat", "Tatar", "Уен серверының админ серсүзе {V} – аны Discord'ка язма, зинһар."),
    ("lao", "Lao", "ລະຫັດຜ່ານແອດມິນຂອງເຊີເວີເກມແມ່ນ {V} ຢ່າໂພສໃນ Discord ເດີ."),
    ("mya", "Burmese", "ဂိမ်းဆာဗာ admin စကားဝှက်က {V} ဖြစ်တယ်၊ Discord မှာ မတင်ပါနဲ့။"),
    ("nep", "Nepali", "गेम सर्भरको एडमिन पासवर्ड {V} हो, कृपया Discord मा नराख्नुहोस्।"),
    ("pan", "Punjabi", "ਗੇਮ ਸਰਵਰ ਦਾ ਐਡਮਿਨ ਪਾਸਵਰਡ {V} ਹੈ, ਇਸਨੂੰ Discord ਤੇ ਨਾ ਪਾਓ।"),
    ("guj", "Gujarati", "ગેમ સર્વરનો એડમિન પાસવર્ડ {V} છે, મહેરબાની કરીને Discord પર ન મૂકશો."),
    ("kan", "Kannada", "ಗೇಮ್ ಸರ್ವರ್‌ನ ಅಡ್ಮಿನ್ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು Discord ನಲ್ಲಿ ಹಾಕಬೇಡಿ."),
    ("mal", "Malayalam", "ഗെയിം സെർവറിന്റെ അഡ്മിൻ പാസ്‌വേഡ് {V} ആണ്, ദയവായി Discord-ൽ ഇടരുത്."),
    ("tam", "Tamil", "கேம் சர்வரின் அட்மின் கடவுச்சொல் {V} , தயவுசெய்து Discord-ல் போடாதீர்கள்."),
    ("som", "Somali", "Furaha sirta ah ee maamulaha server-ka ciyaarta waa {V} – fadlan ha dhigin Discord."),
    ("swa", "Swahili", "Nenosiri la admin wa seva ya mchezo ni {V} – tafadhali usiliweke kwenye Discord."),
    ("kin", "Kinyarwanda", "Ijambo ry'ibanga rya admin wa seriveri y'umukino ni {V} – ntuyishyire kuri Discord."),
    ("run", "Kirundi", "Ijambo ry'ibanga rya admin wa seriveri y'umukino ni {V} – ntuyishire kuri Discord, ndakwinginze."),
    ("mlg", "Malagasy", "Ny tenimiafin'ny admin an'ny lalao server dia {V} – aza apetraka ao amin'ny Discord azafady."),
    ("sna", "Shona", "Password yeadmin yeserver yemutambo ndeye {V} – ndapota usaiise paDiscord."),
    ("xho", "Xhosa", "Iphasiwedi ye-admin yeseva yomdlalo ngu {V} – nceda ungayifaki kwi-Discord."),
    ("ibo", "Igbo", "Okwuntughe admin nke sava egwuregwu bụ {V} – biko etinyela ya na Discord."),
    ("smo", "Samoan", "O le upu faalilolilo a le admin o le server o le taaloga o {V} – faamolemole aua le tuuina i Discord."),
    ("mri", "Maori", "Ko te kupuhipa admin o te tūmau kēmu ko {V} – kaua e tukuna ki Discord."),
    ("haw", "Hawaiian", "ʻO ka ʻōlelo huna admin o ka server pāʻani ʻo {V} – mai kau ma Discord."),
    ("ceb", "Cebuano", "Ang password sa admin sa game server kay {V} – ayaw i-post sa Discord ha."),
    ("tgl", "Tagalog", "Ang admin password ng game server ay {V} – huwag mong i-post sa Discord."),
    ("jav", "Javanese", "Sandhi admin server game yaiku {V} – aja dikirim ing Discord ya."),
    ("ind", "Indonesian", "Kata sandi admin server game-nya {V} – jangan dipost di Discord ya."),
    ("vie", "Vietnamese", "Mật khẩu admin của server game là {V} – đừng đăng lên Discord nhé."),
    ("tha", "Thai", "รหัสผ่านแอดมินของเซิร์ฟเวอร์เกมคือ {V} อย่าโพสต์ใน Discord นะ"),
    ("eus", "Basque", "Joko-zerbitzariaren admin pasahitza {V} da – ez jarri Discord-en, mesedez."),
    ("cym", "Welsh", "Cyfrinair gweinyddwr y gweinydd gêm yw {V} – paid â'i bostio ar Discord."),
    ("gle", "Irish", "Is é pasfhocal riarthóir an fhreastalaí cluiche ná {V} – ná cuir ar Discord é."),
    ("gla", "Scottish Gaelic", "Is e facal-faire rianaire an fhrithealaiche geama {V} – na cuir air Discord e."),
    ("lav", "Latvian", "Spēles servera admina parole ir {V} – lūdzu, neliec to Discord."),
    ("lit", "Lithuanian", "Žaidimo serverio administratoriaus slaptažodis yra {V} – nedėk jo į Discord."),
    ("est", "Estonian", "Mänguserveri admini parool on {V} – palun ära pane seda Discordi."),
    ("slv", "Slovenian", "Geslo za admina strežnika igre je {V} – prosim, ne objavi ga na Discordu."),
    ("fry", "Western Frisian", "It adminwachtwurd fan de spultsjeserver is {V} – set it net op Discord."),
    ("epo", "Esperanto", "La admin-pasvorto de la ludservilo estas {V} – bonvolu ne afiŝi ĝin en Discord."),
]

FORMATS = {
    "guild_dm_export_line": "[2024-03-09 22:41] valk_admin → mod_kira: {S}\n",
    "panel_support_chat_transcript": "Support chat #4411\nCustomer: {S}\nAgent: Thanks, noted in the ticket.\n",
    "steam_friends_chat_copy": "blockwarden: {S}\nrustlord: 👍\n",
    "whatsapp_clan_group_export": "09/03/2024, 22:41 - Ingrid: {S}\n",
    "forum_private_conversation_bbcode": "[quote=valk_admin]{S}[/quote]\nok!\n",
    "telegram_admin_group_json": "{\"type\": \"message\", \"from\": \"palkeeper\", \"text\": \"{S}\"}\n",
    "email_to_co_admin_plaintext": "Subject: server\n\nHi,\n\n{S}\n\nCheers\n",
    "matrix_room_event_body": "{\"type\": \"m.room.message\", \"content\": {\"msgtype\": \"m.text\", \"body\": \"{S}\"}}\n",
    "twitch_mod_whisper_log": "(whisper) ark_tamer: {S}\n",
    "guild_forum_signature_note": "-- staff note (hidden) --\n{S}\n",
}


def generate(deny, seed=10104):
    r = random.Random(seed)
    names = set(deny["names"]) | set(deny["codes"])
    lw = set(deny["langwords"])
    used, excluded = [], []
    for code, en, sent in LANGS:
        bad = code in names or code[:2] in names or any(w.lower() in lw for w in en.split())
        if bad:
            excluded.append(code)
        elif len(used) < 40:
            used.append((code, en, sent))
    fmts = list(FORMATS)
    out = []
    for i, (code, en, sent) in enumerate(used):
        v = owner_password(r, seps="-_.")
        f = fmts[i % len(fmts)]
        s_text = sent
        text, s, e = fill(FORMATS[f].replace("{S}", s_text), v)
        out.append((PTYPE, f + "__" + code, text, s, e, code, en))
    spare = [c for c, _, _ in LANGS if c not in excluded and c not in [u[0] for u in used]]
    return out, excluded, spare
