"""Prose: a tester tells a colleague the staging API password, in 40+ languages."""
import random
from common92 import *

SPAN_TYPE = "staging_api_password_shared_in_message"

# (iso639-3, iso639-1, English name, sentence with {V})
LANGS = [
 ("eus", "eu", "Basque", "Staging APIaren pasahitza {V} da, ez jarri Postman bildumaren barruan."),
 ("cym", "cy", "Welsh", "Cyfrinair yr API staging yw {V}, paid â'i roi yn y casgliad Postman."),
 ("gle", "ga", "Irish", "Is é {V} pasfhocal an API staging, ná cuir sa bhailiúchán Postman é."),
 ("glv", "gv", "Manx", "She {V} yn fockle-follit son yn API staging, ny cur eh ayns y chruinnaghey."),
 ("cor", "kw", "Cornish", "An ger-tremena rag an API staging yw {V}, na worr e y'n kuntellans."),
 ("fao", "fo", "Faroese", "Loyniorðið til staging API er {V}, set tað ikki í Postman savnið."),
 ("lav", "lv", "Latvian", "Staging API parole ir {V}, neliec to Postman kolekcijā."),
 ("lit", "lt", "Lithuanian", "Staging API slaptažodis yra {V}, nedėk jo į Postman kolekciją."),
 ("est", "et", "Estonian", "Staging API parool on {V}, ära pane seda Postmani kollektsiooni."),
 ("fin", "fi", "Finnish", "Staging-API:n salasana on {V} – älä laita sitä Postman-kokoelmaan."),
 ("hun", "hu", "Hungarian", "A staging API jelszava: {V} – ne tedd bele a Postman kollekcióba."),
 ("slk", "sk", "Slovak", "Heslo k staging API je {V}, nedávaj ho do Postman kolekcie."),
 ("slv", "sl", "Slovene", "Geslo za staging API je {V}, ne daj ga v Postman zbirko."),
 ("hrv", "hr", "Croatian", "Lozinka za staging API je {V}, nemoj je stavljati u Postman kolekciju."),
 ("mkd", "mk", "Macedonian", "Лозинката за staging API е {V}, не ја ставај во Postman колекцијата."),
 ("bul", "bg", "Bulgarian", "Паролата за staging API е {V}, не я слагай в Postman колекцията."),
 ("sqi", "sq", "Albanian", "Fjalëkalimi i staging API është {V}, mos e vendos në koleksionin e Postman."),
 ("mlt", "mt", "Maltese", "Il-password tal-API staging hija {V}, tpoġġihiex fil-kollezzjoni tal-Postman."),
 ("ron", "ro", "Romanian", "Parola pentru API-ul de staging este {V}, nu o pune în colecția Postman."),
 ("ukr", "uk", "Ukrainian", "Пароль до staging API: {V} — не додавай його в колекцію Postman."),
 ("pol", "pl", "Polish", "Hasło do staging API to {V}, nie wrzucaj go do kolekcji w Postmanie."),
 ("ces", "cs", "Czech", "Heslo ke staging API je {V}, nedávej ho do kolekce v Postmanu."),
 ("ell", "el", "Greek", "Ο κωδικός για το staging API είναι {V}, μην τον βάλεις στη συλλογή του Postman."),
 ("tur", "tr", "Turkish", "Staging API şifresi şu: {V} – Postman koleksiyonuna koyma."),
 ("fas", "fa", "Persian", "رمز عبور staging API این است: {V} لطفاً آن را در کالکشن Postman نگذار."),
 ("urd", "ur", "Urdu", "staging API کا پاس ورڈ {V} ہے، اسے Postman کلیکشن میں مت ڈالنا۔"),
 ("pus", "ps", "Pashto", "د staging API پټنوم {V} دی، په Postman ټولګه کې یې مه اچوه."),
 ("tam", "ta", "Tamil", "staging API கடவுச்சொல் {V} , அதை Postman collection-இல் வைக்காதே."),
 ("tha", "th", "Thai", "รหัสผ่านของ staging API คือ {V} อย่าใส่ไว้ใน collection ของ Postman นะ"),
 ("vie", "vi", "Vietnamese", "Mật khẩu của staging API là {V}, đừng lưu nó trong collection Postman."),
 ("ind", "id", "Indonesian", "Kata sandi staging API adalah {V}, jangan dimasukkan ke koleksi Postman."),
 ("tgl", "tl", "Tagalog", "Ang password ng staging API ay {V}, huwag mong ilagay sa Postman collection."),
 ("swa", "sw", "Swahili", "Nenosiri la staging API ni {V}, usiliweke kwenye mkusanyiko wa Postman."),
 ("afr", "af", "Afrikaans", "Die wagwoord vir die staging-API is {V}, moenie dit in die Postman-versameling sit nie."),
 ("epo", "eo", "Esperanto", "La pasvorto de la staging-API estas {V}, ne metu ĝin en la Postman-kolekton."),
 ("kor", "ko", "Korean", "staging API 비밀번호는 {V} 입니다. Postman 컬렉션에는 넣지 마세요."),
 ("jpn", "ja", "Japanese", "staging API のパスワードは {V} です。Postman のコレクションには入れないでください。"),
 ("zho", "zh", "Chinese", "staging API 的密码是 {V} ，别放进 Postman 的 collection 里。"),
 ("lin", "ln", "Lingala", "Mot de passe ya staging API ezali {V}, kotia yango te na collection ya Postman."),
 ("wol", "wo", "Wolof", "Baatu jàll bu staging API mooy {V}, bul ko def ci collection Postman bi."),
 ("tsn", "tn", "Tswana", "Lefoko la sephiri la staging API ke {V}, o se ka wa le tsenya mo kgobokanyong ya Postman."),
 ("nya", "ny", "Chichewa", "Mawu achinsinsi a staging API ndi {V}, usawaike mu collection ya Postman."),
 ("dan", "da", "Danish", "Adgangskoden til staging-API'et er {V}, læg den ikke i Postman-samlingen."),
 ("swe", "sv", "Swedish", "Lösenordet till staging-API:t är {V}, lägg det inte i Postman-samlingen."),
]

FORMATS = {
 "postman_collection_comment_thread": '{"comments": [{"user": "«u»", "body": "«S»", "createdAt": "2025-10-1«d»T09:2«d»:00Z"}]}',
 "insomnia_team_sync_note": 'Sync note (Insomnia project "Orders QA") — «u»:\n«S»',
 "bruno_collection_readme_aside": '> [!NOTE]\n> «S»\n> — «u»',
 "hoppscotch_team_chat_line": '[«u» @ 14:0«d»] «S»',
 "discourse_api_forum_post": '«u» wrote:\n\n«S»\n\n— posted in #api-testing',
 "rocketchat_room_export_line": '{"msg": "«S»", "u": {"username": "«u»"}, "rid": "api-qa"}',
 "mattermost_channel_export_json": '{"type": "post", "post": {"team": "qa", "channel": "api-staging", "user": "«u»", "message": "«S»"}}',
 "freshdesk_ticket_private_note": 'Private note by «u» (ticket #4«d»1«d»):\n«S»',
 "element_matrix_room_text_export": '«u» (@«u»:matrix.example.org)\n«S»',
 "skype_conversation_csv_row": 'conversation,sender,text\napi-qa,«u»,"«S»"',
}


def build(reg, deny, seed=9204, count=40):
    rng = random.Random(seed)
    chosen, excluded = [], []
    for code3, code1, name, sent in LANGS:
        why = language_rejection(code3, code1, name, deny)
        if why:
            excluded.append((code3, why))
        else:
            chosen.append((code3, code1, name, sent))
    chosen, unused = chosen[:count], chosen[count:]
    fmts = list(FORMATS)
    recs = []
    for i, (code3, code1, name, sent) in enumerate(chosen):
        fmt = fmts[i % len(fmts)]
        val = reg.take(lambda: owner_password(rng))
        pre, post = sent.split("{V}")
        tpl = FORMATS[fmt].replace("«S»", pre + "«V»" + post)
        text, s = fill(tpl, val, {"u": rng.choice(USERS), "d": str(rng.randint(1, 9))})
        recs.append(dict(type=SPAN_TYPE, container=fmt + "__" + code3, text=text,
                         secrets=[dict(value=val, start=s, end=s + len(val), type=SPAN_TYPE)], source="prose"))
    return recs, chosen, excluded, unused


def language_rejection(code3, code1, name, deny):
    names = set(deny["names"]); codes = set(deny["codes"]); words = set(deny["words"]); lang = set(deny["lang_names"])
    if code3 in names or code3 in codes:
        return code3
    if code1 in names or code1 in codes:
        return code1
    for w in name.lower().replace("-", " ").split():
        if w in lang or w in words:
            return w
    return None
