"""Prose: a colleague tells the apheresis service-screen password in 40+ languages."""
from gen155 import G

TYPE = "apheresis_service_screen_password_told_in_words"
FORMATS = ["donor_centre_teams_message", "transplant_desk_mail_line", "bbis_ticket_comment", "courier_shift_sms_text"]

# (code, name, sentence with {V})
LANGS = [
 ("deu", "German", "Hallo Jana, das Passwort für den Servicebildschirm der Apherese-Liege 3 ist {V} – bitte nicht weiterleiten."),
 ("fra", "French", "Salut Marc, le mot de passe de l'écran de service de l'aphérèse 3 est {V} – merci de ne pas le transférer."),
 ("spa", "Spanish", "Hola Lucía, la contraseña de la pantalla de servicio de la aféresis 3 es {V} , por favor no la reenvíes."),
 ("cat", "Catalan", "Hola Jordi, la contrasenya de la pantalla de servei de l'afèresi 3 és {V} ; si us plau, no la reenviïs."),
 ("nld", "Dutch", "Hoi Sanne, het wachtwoord van het servicescherm van aferese-stoel 3 is {V} – stuur het alsjeblieft niet door."),
 ("swe", "Swedish", "Hej Erik, lösenordet till servicemenyn på aferesstol 3 är {V} – skicka det inte vidare."),
 ("dan", "Danish", "Hej Mette, adgangskoden til serviceskærmen på aferesestol 3 er {V} – send den ikke videre."),
 ("fin", "Finnish", "Moi Aino, afereesituolin 3 huoltonäytön salasana on {V} – älä välitä sitä eteenpäin."),
 ("est", "Estonian", "Tere Kadri, afereesitooli 3 hooldusekraani parool on {V} – palun ära saada seda edasi."),
 ("lvs", "Latvian", "Sveika, Ilze! Aferēzes krēsla 3 servisa ekrāna parole ir {V} – lūdzu, nepārsūti to."),
 ("lit", "Lithuanian", "Labas, Rūta, aferezės kėdės 3 serviso ekrano slaptažodis yra {V} – prašau niekam nepersiųsti."),
 ("pol", "Polish", "Cześć Kasia, hasło do ekranu serwisowego aferezy nr 3 to {V} – proszę, nie przesyłaj go dalej."),
 ("ces", "Czech", "Ahoj Petře, heslo k servisní obrazovce aferézy 3 je {V} – prosím, nepřeposílej ho."),
 ("slk", "Slovak", "Ahoj Zuzka, heslo k servisnej obrazovke aferézy 3 je {V} – prosím, nepreposielaj ho."),
 ("slv", "Slovenian", "Živjo Maja, geslo za servisni zaslon afereze 3 je {V} – prosim, ne posreduj ga naprej."),
 ("hrv", "Croatian", "Bok Ivana, lozinka za servisni zaslon afereze 3 je {V} – molim te, nemoj je prosljeđivati."),
 ("hun", "Hungarian", "Szia Réka, a 3-as aferézisszék szervizképernyőjének jelszava {V} – kérlek, ne továbbítsd."),
 ("ron", "Romanian", "Salut Andrei, parola ecranului de service de la afereza 3 este {V} – te rog să nu o trimiți mai departe."),
 ("bul", "Bulgarian", "Здравей, Мария, паролата за сервизния екран на афереза 3 е {V} – моля, не я препращай."),
 ("ukr", "Ukrainian", "Привіт, Олено, пароль до сервісного екрана аферезу 3 – {V} , будь ласка, нікому не пересилай."),
 ("bel", "Belarusian", "Прывітанне, Алесь, пароль да сэрвіснага экрана аферэзу 3 – {V} , калі ласка, не перасылай яго."),
 ("mkd", "Macedonian", "Здраво Ана, лозинката за сервисниот екран на афереза 3 е {V} – те молам, не ја препраќај."),
 ("als", "Albanian", "Përshëndetje Arta, fjalëkalimi i ekranit të shërbimit të aferezës 3 është {V} – të lutem mos e përcill."),
 ("ell", "Greek", "Γεια σου Νίκο, ο κωδικός της οθόνης σέρβις της αφαίρεσης 3 είναι {V} – σε παρακαλώ μην τον προωθήσεις."),
 ("tur", "Turkish", "Selam Ayşe, afererez koltuğu 3'ün servis ekranı şifresi {V} – lütfen kimseye iletme."),
 ("azj", "Azerbaijani", "Salam Leyla, aferez kreslosu 3-ün servis ekranının şifrəsi {V} – xahiş edirəm, heç kimə göndərmə."),
 ("kat", "Georgian", "გამარჯობა ნინო, აფერეზის სკამი 3-ის სერვისის ეკრანის პაროლია {V} – გთხოვ, არავის გაუგზავნო."),
 ("hye", "Armenian", "Բարև Անի, աֆերեզի 3-րդ բազկաթոռի սպասարկման էկրանի գաղտնաբառն է {V} – խնդրում եմ, ոչ մեկին մի փոխանցիր։"),
 ("pes", "Persian", "سلام سارا، رمز صفحهٔ سرویس دستگاه آفرزیس ۳ این است: {V} – لطفاً برای کسی نفرست."),
 ("arb", "Arabic", "مرحباً خالد، كلمة مرور شاشة الخدمة لجهاز الفصادة رقم 3 هي {V} – من فضلك لا تعد توجيهها."),
 ("urd", "Urdu", "سلام عائشہ، ایفیریسس کرسی 3 کی سروس اسکرین کا پاس ورڈ {V} ہے – براہ کرم آگے نہ بھیجیں۔"),
 ("pan", "Punjabi", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਹਰਪ੍ਰੀਤ, ਐਫੇਰੇਸਿਸ ਕੁਰਸੀ 3 ਦੀ ਸਰਵਿਸ ਸਕ੍ਰੀਨ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
 ("tam", "Tamil", "வணக்கம் பிரியா, அஃபெரிசிஸ் நாற்காலி 3 சர்வீஸ் திரையின் கடவுச்சொல் {V} – தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
 ("vie", "Vietnamese", "Chào Lan, mật khẩu màn hình bảo trì của ghế gạn tách 3 là {V} – đừng chuyển tiếp cho ai nhé."),
 ("tha", "Thai", "สวัสดีค่ะพี่นก รหัสผ่านหน้าจอบริการของเครื่องแยกส่วนประกอบเลือดเตียง 3 คือ {V} อย่าส่งต่อให้ใครนะคะ"),
 ("ind", "Indonesian", "Halo Dewi, kata sandi layar servis kursi aferesis 3 adalah {V} – tolong jangan diteruskan ke siapa pun."),
 ("swh", "Swahili", "Habari Amina, nenosiri la skrini ya huduma ya kiti cha aferesi 3 ni {V} – tafadhali usilitume kwa mtu mwingine."),
 ("amh", "Amharic", "ሰላም ሰላማዊት፣ የአፌሬሲስ ወንበር 3 የአገልግሎት ስክሪን የይለፍ ቃል {V} ነው – እባክሽ ለማንም አታስተላልፊ።"),
 ("som", "Somali", "Salaan Hodan, furaha sirta ah ee shaashadda adeegga kursiga aferesis 3 waa {V} – fadlan cidna ha u gudbin."),
 ("cym", "Welsh", "Helo Siân, cyfrinair sgrin wasanaeth cadair afferesis 3 yw {V} – paid â'i anfon ymlaen, plîs."),
 ("gle", "Irish", "Dia duit a Shinéad, is é pasfhocal scáileán seirbhíse chathaoir aifiréise 3 ná {V} – ná seol ar aghaidh é, le do thoil."),
 ("eus", "Basque", "Kaixo Ane, 3. aferesi-aulkiaren zerbitzu-pantailaren pasahitza {V} da – mesedez, ez birbidali."),
 ("mlt", "Maltese", "Bongu Maria, il-password tal-iskrin tas-servizz tal-aferesi 3 hija {V} – jekk jogħġbok tgħaddihiex lil ħaddieħor."),
 ("ory", "Odia", "ନମସ୍କାର ସୁମନ, ଆଫେରେସିସ୍ ଚେୟାର 3 ର ସର୍ଭିସ୍ ସ୍କ୍ରିନ୍ ପାସୱାର୍ଡ {V} – ଦୟାକରି କାହାକୁ ପଠାନ୍ତୁ ନାହିଁ।"),
 ("asm", "Assamese", "নমস্কাৰ ৰিমা, এফেৰেছিছ চকী 3 ৰ চাৰ্ভিচ স্ক্ৰীণৰ পাছৱৰ্ড {V} – অনুগ্ৰহ কৰি কাকো ফৰৱাৰ্ড নকৰিবা।"),
 ("sna", "Shona", "Mhoro Tendai, pasiwedhi yescreen yesevhisi yechigaro cheapheresis 3 ndeye {V} – ndapota usaitumire kune mumwe munhu."),
 ("lin", "Lingala", "Mbote Grâce, mot de passe ya écran ya service ya aphérèse 3 ezali {V} – svp kotinda yango na moto mosusu te."),
]


def build_with(reg, refuse, seed=15504, want=40):
    g = G(seed, reg)
    out, dropped, spare = [], [], []
    for code, name, sent in LANGS:
        if refuse(code, name):
            dropped.append(code)
            continue
        if len(out) >= want:
            spare.append(code)
            continue
        v = g.pw()
        pre, post = sent.split("{V}")
        if not pre.endswith(" "):
            pre += " "
        if not post.startswith(" "):
            post = " " + post
        fmt = FORMATS[len(out) % 4]
        out.append({"type": TYPE, "container": fmt + "__" + code, "text": pre + v + post + "\n",
                    "secrets": [{"value": v, "start": len(pre), "end": len(pre) + len(v), "type": TYPE}],
                    "source": "prose", "_lang": (code, name)})
    return out, dropped, spare
