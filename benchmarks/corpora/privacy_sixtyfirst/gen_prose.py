"""Prose: a NOC engineer shares the core-router console password in their own language (40 languages, 10 chat-export formats)."""
import json, random
from common import *

SEED = 6104
SPAN_TYPE = "core_router_console_password"

# (code, English name, sentence with {S} site and {V} value)
LANGS = [
 ("de", "German", "Das Konsolenpasswort für den Core-Router in {S} ist {V} – bitte nicht ins Ticket kopieren."),
 ("fr", "French", "Le mot de passe console du routeur de cœur à {S} est {V}, merci de ne pas le coller dans le ticket."),
 ("es", "Spanish", "La contraseña de consola del router troncal de {S} es {V}; por favor no la pegues en el ticket."),
 ("pt", "Portuguese", "A senha de console do roteador core em {S} é {V}, por favor não cole no chamado."),
 ("nl", "Dutch", "Het consolewachtwoord van de core-router in {S} is {V}, plak het alsjeblieft niet in het ticket."),
 ("pl", "Polish", "Hasło konsoli do routera szkieletowego w {S} to {V}, proszę nie wklejać go do zgłoszenia."),
 ("cs", "Czech", "Heslo ke konzoli páteřního routeru v {S} je {V}, prosím nevkládej ho do tiketu."),
 ("sk", "Slovak", "Heslo ku konzole chrbticového routera v {S} je {V}, prosím nevkladaj ho do tiketu."),
 ("hu", "Hungarian", "A(z) {S} gerincrouter konzoljelszava {V}, kérlek, ne másold be a jegybe."),
 ("ro", "Romanian", "Parola de consolă pentru routerul principal din {S} este {V}, te rog nu o pune în tichet."),
 ("bg", "Bulgarian", "Паролата за конзолата на основния рутер в {S} е {V}, моля, не я поставяй в тикета."),
 ("el", "Greek", "Ο κωδικός κονσόλας για τον κεντρικό δρομολογητή στο {S} είναι {V}, σε παρακαλώ μην τον βάλεις στο αίτημα."),
 ("tr", "Turkish", "{S} omurga yönlendiricisinin konsol şifresi {V}, lütfen bilete yapıştırma."),
 ("ru", "Russian", "Пароль консоли магистрального маршрутизатора на {S}: {V}, пожалуйста, не вставляй его в тикет."),
 ("uk", "Ukrainian", "Пароль консолі магістрального маршрутизатора на {S}: {V}, будь ласка, не встав його в тікет."),
 ("sv", "Swedish", "Konsollösenordet till kärnroutern i {S} är {V}, klistra inte in det i ärendet."),
 ("da", "Danish", "Konsoladgangskoden til kernerouteren i {S} er {V}, indsæt den venligst ikke i sagen."),
 ("et", "Estonian", "Tuumikruuteri konsooli parool asukohas {S} on {V}, palun ära pane seda piletisse."),
 ("lv", "Latvian", "Maģistrālā maršrutētāja konsoles parole {S} ir {V}, lūdzu, neielīmē to pieteikumā."),
 ("lt", "Lithuanian", "Pagrindinio maršrutizatoriaus {S} konsolės slaptažodis yra {V}, prašau neįklijuoti jo į užklausą."),
 ("hr", "Croatian", "Lozinka konzole za jezgreni usmjernik u {S} je {V}, molim te ne lijepi je u tiket."),
 ("sr", "Serbian", "Лозинка конзоле за главни рутер у {S} је {V}, молим те не убацуј је у тикет."),
 ("sq", "Albanian", "Fjalëkalimi i konsolës për ruterin kryesor në {S} është {V}, të lutem mos e ngjit në biletë."),
 ("mk", "Macedonian", "Лозинката за конзолата на главниот рутер во {S} е {V}, те молам не ја ставај во тикетот."),
 ("hy", "Armenian", "{S}-ի հիմնական երթուղիչի կոնսոլի գաղտնաբառը {V} է, խնդրում եմ մի տեղադրիր այն տոմսում։"),
 ("ka", "Georgian", "{S}-ის მთავარი როუტერის კონსოლის პაროლია {V}, გთხოვ, ტიკეტში არ ჩასვა."),
 ("az", "Azerbaijani", "{S} əsas marşrutlaşdırıcısının konsol şifrəsi {V}-dir, xahiş edirəm bileti yapışdırma."),
 ("kk", "Kazakh", "{S} негізгі маршрутизаторының консоль құпиясөзі {V}, өтінемін, оны тикетке қоспа."),
 ("uz", "Uzbek", "{S} dagi asosiy marshrutizator konsol paroli {V}, iltimos, uni chiptaga qo'ymang."),
 ("mn", "Mongolian", "{S} дахь үндсэн чиглүүлэгчийн консолын нууц үг {V}, үүнийг тасалбарт бүү хуулаарай."),
 ("fa", "Persian", "رمز کنسول روتر اصلی در {S} این است: {V} لطفاً آن را در تیکت نگذار."),
 ("hi", "Hindi", "{S} के कोर राउटर का कंसोल पासवर्ड {V} है, कृपया इसे टिकट में पेस्ट मत करना।"),
 ("bn", "Bengali", "{S}-এর কোর রাউটারের কনসোল পাসওয়ার্ড {V}, দয়া করে এটা টিকিটে পেস্ট করবেন না।"),
 ("ur", "Urdu", "{S} کے کور راؤٹر کا کنسول پاس ورڈ {V} ہے، براہ کرم اسے ٹکٹ میں پیسٹ نہ کریں۔"),
 ("ta", "Tamil", "{S} கோர் ரூட்டரின் கன்சோல் கடவுச்சொல் {V}, தயவுசெய்து அதை டிக்கெட்டில் ஒட்ட வேண்டாம்."),
 ("te", "Telugu", "{S} కోర్ రౌటర్ కన్సోల్ పాస్‌వర్డ్ {V}, దయచేసి దాన్ని టికెట్‌లో పేస్ట్ చేయకండి."),
 ("mr", "Marathi", "{S} येथील कोर राउटरचा कन्सोल पासवर्ड {V} आहे, कृपया तो तिकिटात पेस्ट करू नका."),
 ("th", "Thai", "รหัสผ่านคอนโซลของเราเตอร์หลักที่ {S} คือ {V} กรุณาอย่าวางลงในทิกเก็ต"),
 ("vi", "Vietnamese", "Mật khẩu console của router lõi tại {S} là {V}, đừng dán nó vào ticket nhé."),
 ("ms", "Malay", "Kata laluan konsol untuk penghala teras di {S} ialah {V}, tolong jangan tampal dalam tiket."),
 ("ja", "Japanese", "{S} のコアルーターのコンソールパスワードは {V} です。チケットには貼らないでください。"),
 ("ko", "Korean", "{S} 코어 라우터 콘솔 비밀번호는 {V} 입니다. 티켓에 붙여넣지 마세요."),
 ("sw", "Swahili", "Nenosiri la koni ya ruta kuu huko {S} ni {V}, tafadhali usiliweke kwenye tiketi."),
 ("ha", "Hausa", "Kalmar sirri ta na'urar sarrafa babban rauta a {S} ita ce {V}, don Allah kada ka liƙa ta a tikiti."),
 ("yo", "Yoruba", "Ọ̀rọ̀ aṣínà console fún router àkọ́kọ́ ní {S} ni {V}, jọ̀ọ́ má ṣe fi sínú tíkẹ́ẹ̀tì."),
 ("zu", "Zulu", "Iphasiwedi ye-console ye-router enkulu e-{S} ithi {V}, ngicela ungayifaki kuthikithi."),
 ("af", "Afrikaans", "Die konsolewagwoord vir die kernroeteerder by {S} is {V}, moet dit asseblief nie in die kaartjie plak nie."),
 ("ga", "Irish", "Is é {V} pasfhocal consóil an ródaire lárnaigh ag {S}, ná greamaigh sa ticéad é, le do thoil."),
 ("cy", "Welsh", "Cyfrinair consol y prif lwybrydd yn {S} yw {V}, peidiwch â'i ludo yn y tocyn os gwelwch yn dda."),
 ("eu", "Basque", "{S}-ko router nagusiaren kontsolako pasahitza {V} da, mesedez ez itsatsi txartelean."),
 ("ca", "Catalan", "La contrasenya de consola del router troncal de {S} és {V}, si us plau no l'enganxis al tiquet."),
 ("gl", "Galician", "O contrasinal de consola do router troncal de {S} é {V}, por favor non o pegues no ticket."),
 ("mt", "Maltese", "Il-password tal-console tar-router ewlieni f'{S} hija {V}, jekk jogħġbok tpoġġihiex fit-ticket."),
 ("lb", "Luxembourgish", "D'Konsolpasswuert vum Core-Router zu {S} ass {V}, w.e.g. net an den Ticket kopéieren."),
 ("is", "Icelandic", "Lykilorð stjórnborðs kjarnabeinisins í {S} er {V}, vinsamlegast ekki líma það í beiðnina."),
 ("km", "Khmer", "ពាក្យសម្ងាត់កុងសូលរបស់រ៉ោតទ័រស្នូលនៅ {S} គឺ {V} សូមកុំបិទភ្ជាប់វាក្នុងសំបុត្រ។"),
 ("si", "Sinhala", "{S} හි ප්‍රධාන රවුටරයේ කොන්සෝල් මුරපදය {V} වේ, කරුණාකර එය ටිකට් එකට අලවන්න එපා."),
 ("eo", "Esperanto", "La konzola pasvorto de la kerna enkursigilo en {S} estas {V}, bonvolu ne alglui ĝin en la bileton."),
 ("am", "Amharic", "በ{S} ያለው ዋና ራውተር የኮንሶል የይለፍ ቃል {V} ነው፣ እባክህ በቲኬቱ ውስጥ አትለጥፈው።"),
 ("so", "Somali", "Furaha sirta ah ee konsoolka router-ka weyn ee {S} waa {V}, fadlan ha ku dhejin tigidhka."),
 ("id", "Indonesian", "Kata sandi konsol router inti di {S} adalah {V}, tolong jangan ditempel di tiket."),
 ("it", "Italian", "La password di console del router core a {S} è {V}, per favore non incollarla nel ticket."),
 ("he", "Hebrew", "הסיסמה לקונסולה של נתב הליבה ב-{S} היא {V}, בבקשה אל תדביק אותה בכרטיס."),
]

FORMATS = [
 ("telegram_desktop_result_json", lambda r, who, t: json.dumps({"id": r.randint(1000, 99999), "type": "message", "date": "2025-06-%02dT02:%02d:11" % (r.randint(1, 28), r.randint(0, 59)), "from": who, "from_id": "user%d" % r.randint(10**8, 10**9), "text": t}, ensure_ascii=False, indent=1)),
 ("discord_chat_exporter_csv_row", lambda r, who, t: "AuthorID,Author,Date,Content,Attachments,Reactions\n%d,%s,2025-07-%02d 03:14,\"%s\",," % (r.randint(10**17, 10**18), who, r.randint(1, 28), t.replace('"', '""'))),
 ("matrix_element_export_json_event", lambda r, who, t: json.dumps({"type": "m.room.message", "sender": "@%s:matrix.netops.example" % who.lower(), "origin_server_ts": 1750000000000 + r.randint(0, 10**9), "content": {"msgtype": "m.text", "body": t}}, ensure_ascii=False)),
 ("rocketchat_history_api_json", lambda r, who, t: json.dumps({"_id": alnum(r, 17), "rid": "GENERAL", "msg": t, "ts": "2025-05-%02dT22:%02d:00.000Z" % (r.randint(1, 28), r.randint(0, 59)), "u": {"username": who}}, ensure_ascii=False)),
 ("zulip_export_message_json", lambda r, who, t: json.dumps({"id": r.randint(10**5, 10**6), "sender_full_name": who, "stream": "noc", "subject": "core outage", "content": t, "timestamp": 1750000000 + r.randint(0, 10**7)}, ensure_ascii=False)),
 ("mattermost_bulk_export_jsonl_post", lambda r, who, t: json.dumps({"type": "post", "post": {"team": "netops", "channel": "noc-night", "user": who, "message": t, "create_at": 1750000000000 + r.randint(0, 10**9)}}, ensure_ascii=False)),
 ("line_chat_history_txt_line", lambda r, who, t: "2025/04/%02d(Fri)\n02:%02d\t%s\t%s" % (r.randint(1, 28), r.randint(0, 59), who, t)),
 ("slack_export_channel_json_message", lambda r, who, t: json.dumps([{"type": "message", "user": "U0" + updig(r, 9), "user_name": who, "text": t, "ts": "%d.%06d" % (1750000000 + r.randint(0, 10**7), r.randint(0, 999999))}], ensure_ascii=False, indent=2)),
 ("google_chat_takeout_messages_json", lambda r, who, t: json.dumps({"messages": [{"creator": {"name": who, "email": who.lower() + "@netops.example", "user_type": "Human"}, "created_date": "Monday, 9 June 2025 at 02:%02d:00 UTC" % r.randint(0, 59), "text": t, "topic_id": alnum(r, 11)}]}, ensure_ascii=False, indent=2)),
 ("zello_ptt_transcript_line", lambda r, who, t: "[Zello channel NOC-FIELD] %02d:%02d %s (voice, auto-transcribed): %s" % (r.randint(0, 23), r.randint(0, 59), who, t)),
]

NAMES = ["Mira", "Tomasz", "Aiko", "Jonas", "Leila", "Pieter", "Nadia", "Oskar", "Farid", "Ines", "Kenji", "Zara"]

def candidates():
    return LANGS

def generate(pool, ok_lang):
    r = random.Random(SEED)
    langs = [l for l in LANGS if ok_lang(l[0], l[1])][:40]
    assert len(langs) == 40, len(langs)
    out = []
    for i, (code, name, sent) in enumerate(langs):
        fmt, f = FORMATS[i % len(FORMATS)]
        while True:
            v = password(r)
            if v not in pool: break
        pool.add(v)
        mark = slot("V")
        t = sent.replace("{S}", site(r)).replace("{V}", mark)
        text = f(r, r.choice(NAMES), t)
        rec = record(text, v, SPAN_TYPE, fmt + "__" + code, "prose")
        rec["language"] = code
        out.append(rec)
    return out, langs
