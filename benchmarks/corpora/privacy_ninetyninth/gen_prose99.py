"""A TA / instructor tells someone the shared lab-account password in a course message, 40+ languages."""
from common99 import *

SPAN_TYPE = "course_lab_account_password_told_in_message"

# (iso639-3, English name, sentence with {V})
LANGS = [
 ("amh", "Amharic", "የላብ መለያው የይለፍ ቃል {V} ነው፤ እባክህ በኮርሱ ቻት ላይ አትለጥፈው።"),
 ("hau", "Hausa", "Kalmar sirri ta asusun dakin gwaje-gwaje ita ce {V}, don Allah kada ka saka ta a cikin hirar kwas."),
 ("yor", "Yoruba", "Ọ̀rọ̀ aṣínà àkọọ́lẹ̀ yàrá ìdánwò ni {V}, jọ̀wọ́ má ṣe fi sí inú ìjíròrò kíláàsì."),
 ("zul", "Zulu", "Iphasiwedi ye-akhawunti yelebhu ithi {V}, sicela ungayithumeli engxoxweni yekilasi."),
 ("sot", "Southern Sotho", "Phasewete ya akhaonto ya laboratori ke {V}, ka kopo o se ke wa e beha moqoqong wa thuto."),
 ("orm", "Oromo", "Jechi icciitii herrega laabii {V} dha, maaloo chaatii koorsii irratti hin maxxansin."),
 ("khm", "Khmer", "ពាក្យសម្ងាត់គណនីបន្ទប់ពិសោធន៍គឺ {V} សូមកុំបង្ហោះវាក្នុងការជជែករបស់វគ្គសិក្សា។"),
 ("mon", "Mongolian", "Лабораторийн бүртгэлийн нууц үг {V}, үүнийг хичээлийн чатад бүү тавиарай."),
 ("kaz", "Kazakh", "Зертхана аккаунтының құпия сөзі — {V}, оны курс чатына салмаңыз."),
 ("uzb", "Uzbek", "Laboratoriya akkauntining paroli {V}, iltimos uni kurs chatiga joylamang."),
 ("uig", "Uyghur", "تەجرىبىخانا ھېساباتىنىڭ پارولى {V} ، ئۇنى دەرس پاراڭلىشىشىغا يوللىماڭ."),
 ("sin", "Sinhala", "විද්‍යාගාර ගිණුමේ මුරපදය {V} යි, කරුණාකර එය පාඨමාලා චැට් එකේ දමන්න එපා."),
 ("mar", "Marathi", "लॅब खात्याचा पासवर्ड {V} आहे, कृपया तो कोर्सच्या चॅटमध्ये टाकू नका."),
 ("tel", "Telugu", "ల్యాబ్ ఖాతా పాస్‌వర్డ్ {V}, దయచేసి దాన్ని కోర్సు చాట్‌లో పెట్టవద్దు."),
 ("ori", "Odia", "ଲ୍ୟାବ ଆକାଉଣ୍ଟର ପାସୱାର୍ଡ {V}, ଦୟାକରି ଏହାକୁ କୋର୍ସ ଚାଟରେ ପୋଷ୍ଟ କରନ୍ତୁ ନାହିଁ।"),
 ("asm", "Assamese", "লেব একাউণ্টৰ পাছৱৰ্ড {V}, অনুগ্ৰহ কৰি ইয়াক পাঠ্যক্ৰমৰ চেটত নিদিব।"),
 ("snd", "Sindhi", "ليب اڪائونٽ جو پاسورڊ {V} آهي، مهرباني ڪري ان کي ڪورس چيٽ ۾ نه رکو."),
 ("kmr", "Northern Kurdish", "Şîfreya hesabê laboratuwarê {V} e, ji kerema xwe wê di çeta kursê de neweşîne."),
 ("bak", "Bashkir", "Лаборатория аккаунтының серһүҙе {V}, зинһар, уны курс чатына һалмағыҙ."),
 ("chv", "Chuvash", "Лаборатори аккаунчĕн вăрттăн сăмахĕ {V}, ăна курс чатне ан хурăр."),
 ("che", "Chechen", "Лабораторин аккаунтан пароль {V} ю, дехар до, и курсан чате ма яздалахь."),
 ("yid", "Yiddish", "דאָס פּאַראָל פֿון דעם לאַבאָראַטאָריע־קאָנטע איז {V} , ביטע שטעל עס נישט אַרײַן אין קורס־טשאַט."),
 ("glg", "Galician", "O contrasinal da conta do laboratorio é {V}, por favor non o publiques no chat do curso."),
 ("wln", "Walloon", "Li scret do conte do laboratwere c' est {V}, s' vos plait nel metoz nén e l' tchat do coûr."),
 ("lim", "Limburgish", "'t Wachwaord van 't labaccount is {V}, zèt 't alstebleef neet in d'n cursuschat."),
 ("tpi", "Tok Pisin", "Paswot bilong lab akaun em {V}, plis yu no ken putim long kos sat."),
 ("fij", "Fijian", "Na vosa vuni ni akaude ni lab e {V}, kerei mo kakua ni biuta ena veitalanoa ni kalasi."),
 ("ton", "Tongan", "Ko e lea fakapulipuli ʻo e ʻakauni ʻo e lab ko {V}, kātaki ʻoua ʻe tuku ia ki he talanoa ʻa e kalasi."),
 ("tah", "Tahitian", "Te parau huna o te konete lab o {V} ïa, eiaha e tuu i te reira i roto i te paraparaura'a a te piha haapiiraa."),
 ("grn", "Guarani", "Pe ñe'ẽñemi lab kuatiañe'ẽme ha'e {V}, ani emoĩ chupe curso chat-pe."),
 ("que", "Quechua", "Lab cuentapa pakasqa siminqa {V} kan, ama hina kaspa yachay chat nisqaman churaychu."),
 ("aym", "Aymara", "Lab cuentan imantat arupax {V} ukawa, jan yatiqañ chat ukar uchamti."),
 ("bod", "Tibetan", "ཚོད་ལྟ་ཁང་གི་རྩིས་ཐོའི་གསང་ཚིག་ནི་ {V} ཡིན། སློབ་ཚན་གྱི་ཁ་བརྡའི་ནང་མ་འཇོག་རོགས།"),
 ("div", "Dhivehi", "ލެބް އެކައުންޓްގެ ޕާސްވޯޑަކީ {V} ، އެއީ ކޯހުގެ ޗެޓްގައި ނުލާށެވެ."),
 ("ewe", "Ewe", "Lab akɔnta ƒe adzamenya enye {V}, meɖe kuku mègaɖoe ɖe klass ƒe dzeɖoƒe o."),
 ("twi", "Twi", "Lab akawnt no ahintasɛm ne {V}, mesrɛ wo nnto no wɔ adesua no nkɔmmɔbea."),
 ("bam", "Bambara", "Lab konti gundo kumaden ye {V} ye, i ka hakɛ to i kana a bila kalan chat kɔnɔ."),
 ("lug", "Ganda", "Ekigambo eky'ekyama ekya akawunti ya lab kiri {V}, nsaba tokiteeka mu chat ya koosi."),
 ("kik", "Kikuyu", "Kiugo kia hitho kia akaunti ya lab nĩ {V}, ndagũthaitha ndũgakĩige chat-inĩ ya kosi."),
 ("ven", "Venda", "Phasiwede ya akhaunthu ya lab ndi {V}, ri humbela uri ni sa i vhee kha chat ya khoso."),
 ("tso", "Tsonga", "Phasiwedi ya akhawunti ya lab i {V}, hi kombela u nga yi vekeri eka chat ya khoso."),
 ("sme", "Northern Sami", "Lab-kontu beassansátni lea {V}, ale bija dan kursa čáhttii."),
 ("tir", "Tigrinya", "ምስጢራዊ ቃል ናይ ላብ ኣካውንት {V} እዩ፣ በጃኻ ኣብ ቻት ናይ ኮርስ ኣይተቐምጦ።"),
 ("oss", "Ossetian", "Лабораторийы аккаунты пароль у {V}, курсы чаты йæ ма ныффысс."),
]

FORMATS = [
 ("canvas_inbox_conversation_export", "Conversation: {c} lab access\nFrom: {u} (TA)\nTo: section 3 lab lead\n\n{S}\n"),
 ("ed_discussion_private_thread_json", "{{\"type\": \"post\", \"is_private\": true, \"course\": \"{c}\", \"content\": \"{S}\"}}\n"),
 ("moodle_forum_private_reply_html", "<div class=\"forumpost private-reply\"><p>{S}</p></div>\n"),
 ("discord_course_dm_log_line", "[2025-11-03 18:22] {u}: {S}\n"),
 ("whatsapp_study_group_txt_export", "03/11/2025, 18:22 - {u}: {S}\n"),
 ("github_classroom_feedback_pr_comment", "**{u}** commented on Feedback #1\n\n> {S}\n"),
 ("zulip_stream_message_markdown", "**{u}** in #{c} > lab-setup\n{S}\n"),
 ("gradescope_regrade_request_reply", "Regrade request — Q3 (lab setup)\nStaff reply ({u}):\n{S}\n"),
 ("teams_class_chat_copy_paste", "{u}  18:22\n{S}\n"),
 ("ta_mailing_list_plaintext_mail", "From: {u}@example.edu\nTo: {c}-staff@example.edu\nSubject: lab account\n\n{S}\n"),
]

def generate(c, langs):
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        fmt, tpl = FORMATS[i % len(FORMATS)]
        v = c.password()
        sfull = sent.replace("{V}", MARK)
        t = tpl.replace("{S}", sfull.replace("{", "{{").replace("}", "}}"))
        text = t.format(u=c.user(), c=c.course())
        s = text.index(MARK)
        text = text.replace(MARK, v)
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": SPAN_TYPE}], "source": "prose"})
    return recs
