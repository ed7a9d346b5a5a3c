"""Prose: one sentence per language in which someone gives a colleague the password of
the blending-room PC and asks them to keep it to themselves.  The value is set off by
whitespace on both sides."""
import random

import common264 as C

SEED = 26404
SPAN_TYPE = "blending_room_pc_password_in_message"
V = "\u27e6VALUE\u27e7"

FORMATS = [
    ("salt_pan_radio_log_line", "[VHF ch 72, pans to shop] %s"),
    ("spice_counter_paper_note", "(pencil note left under the till drawer) %s"),
    ("warehouse_text_message", "SMS from the warehouse phone: %s"),
    ("blending_room_whiteboard_photo", "Whiteboard photo, text recognised: %s"),
]

# (iso 639-3 code, English name, script, sentence)
LANGS = [
    ("deu", "German", "Latin", "Das Passwort für den PC im Mischraum ist %s – bitte behalte es für dich." % V),
    ("fra", "French", "Latin", "Le mot de passe du PC de la salle de mélange, c'est %s – garde-le pour toi, s'il te plaît." % V),
    ("spa", "Spanish", "Latin", "La contraseña del ordenador de la sala de mezclas es %s y, por favor, no se la digas a nadie." % V),
    ("por", "Portuguese", "Latin", "A senha do computador da sala de misturas é %s e, por favor, guarda-a só para ti." % V),
    ("ita", "Italian", "Latin", "La password del PC della sala miscele è %s e ti prego di tenerla per te." % V),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de pc in de mengruimte is %s – hou het alsjeblieft voor jezelf." % V),
    ("dan", "Danish", "Latin", "Adgangskoden til pc'en i blanderummet er %s – behold den venligst for dig selv." % V),
    ("swe", "Swedish", "Latin", "Lösenordet till datorn i blandningsrummet är %s – håll det för dig själv, tack." % V),
    ("nob", "Norwegian Bokmål", "Latin", "Passordet til PC-en på blanderommet er %s – vær så snill og hold det for deg selv." % V),
    ("pol", "Polish", "Latin", "Hasło do komputera w mieszalni to %s – proszę, zachowaj je dla siebie." % V),
    ("ces", "Czech", "Latin", "Heslo k počítači v míchárně je %s – prosím, nech si ho pro sebe." % V),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v miešarni je %s – prosím, nechaj si ho pre seba." % V),
    ("slv", "Slovene", "Latin", "Geslo za računalnik v mešalnici je %s – prosim, obdrži ga zase." % V),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo u prostoriji za miješanje je %s – molim te, zadrži je za sebe." % V),
    ("ron", "Romanian", "Latin", "Parola calculatorului din camera de amestec este %s – te rog, păstreaz-o pentru tine." % V),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за компютъра в смесителното помещение е %s – моля те, запази я за себе си." % V),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп’ютера в кімнаті змішування: %s – будь ласка, нікому його не кажи." % V),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот во просторијата за мешање е %s – те молам, чувај ја за себе." % V),
    ("lav", "Latvian", "Latin", "Maisīšanas telpas datora parole ir %s – lūdzu, paturi to pie sevis." % V),
    ("cym", "Welsh", "Latin", "Cyfrinair y cyfrifiadur yn yr ystafell gymysgu yw %s – cadwa fe i ti dy hun, plîs." % V),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter fil-kamra tat-taħlit hija %s – jekk jogħġbok żommha għalik." % V),
    ("kat", "Georgian", "Georgian", "შერევის ოთახის კომპიუტერის პაროლია %s – გთხოვ, არავის უთხრა." % V),
    ("hye", "Armenian", "Armenian", "Խառնման սենյակի համակարգչի գաղտնաբառը %s է, խնդրում եմ՝ ոչ մեկին չասես։" % V),
    ("azj", "North Azerbaijani", "Latin", "Qarışdırma otağındakı kompüterin parolu belədir: %s – xahiş edirəm, heç kimə demə." % V),
    ("pes", "Iranian Persian", "Arabic", "رمز عبور کامپیوتر اتاق مخلوط‌کردن %s است، لطفاً آن را پیش خودت نگه دار." % V),
    ("urd", "Urdu", "Arabic", "مکسنگ روم کے کمپیوٹر کا پاس ورڈ %s ہے، براہِ کرم اسے اپنے تک رکھنا۔" % V),
    ("ben", "Bengali", "Bengali", "মিশ্রণ ঘরের কম্পিউটারের পাসওয়ার্ড হলো %s – দয়া করে কাউকে বলো না।" % V),
    ("pan", "Panjabi", "Gurmukhi", "ਮਿਕਸਿੰਗ ਕਮਰੇ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ %s ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।" % V),
    ("tel", "Telugu", "Telugu", "మిక్సింగ్ గదిలోని కంప్యూటర్ పాస్‌వర్డ్ ఇది: %s – దయచేసి ఎవరికీ చెప్పకు." % V),
    ("npi", "Nepali", "Devanagari", "मिक्सिङ कोठाको कम्प्युटरको पासवर्ड %s हो, कृपया कसैलाई नभन्नू।" % V),
    ("arb", "Standard Arabic", "Arabic", "كلمة المرور لحاسوب غرفة الخلط هي %s – أرجو أن تحتفظ بها لنفسك." % V),
    ("amh", "Amharic", "Ethiopic", "የመቀላቀያ ክፍሉ ኮምፒውተር የይለፍ ቃል %s ነው፤ እባክህ ለማንም አትንገር።" % V),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombiyuutarka qolka isku-darka waa %s – fadlan cidna ha u sheegin." % V),
    ("ibo", "Igbo", "Latin", "Okwuntughe kọmputa dị n'ime ụlọ ngwakọta bụ %s – biko, debere ya naanị onwe gị." % V),
    ("afr", "Afrikaans", "Latin", "Die wagwoord van die rekenaar in die mengkamer is %s – hou dit asseblief vir jouself." % V),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính phòng pha trộn là %s – làm ơn giữ kín giúp mình nhé." % V),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "混合间那台电脑的密码是 %s ，你自己知道就好，别告诉别人。" % V),
    ("jpn", "Japanese", "Kana and kanji", "ブレンド室のパソコンのパスワードは %s です。ほかの人には言わないでね。" % V),
    ("zsm", "Standard Malay", "Latin", "Kata laluan komputer bilik adunan ialah %s – tolong simpan untuk diri sendiri." % V),
    ("haw", "Hawaiian", "Latin", "ʻO %s ka ʻōlelo hūnā o ka kamepiula ma ka lumi hui ʻana – mai haʻi aku i kekahi." % V),
]
SPARES = [("epo", "Esperanto"), ("tir", "Tigrinya"), ("sna", "Shona")]
HAND_LANGUAGES = ["catalan", "cat"]  # named in an earlier README only in prose ('Catalan brackets')

assert len(LANGS) == 40 and len({c for c, *_ in LANGS}) == 40


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, script, sentence) in enumerate(LANGS):
        fmt_name, fmt = FORMATS[i % len(FORMATS)]
        for _ in range(200):
            v = C.password(rng, strict=True, cap=0.3)
            if reg.ok(v):
                reg.add(v)
                break
        tpl = fmt % sentence
        start = tpl.index(V)
        text = tpl.replace(V, v)
        out.append({
            "type": SPAN_TYPE, "container": "%s__%s" % (fmt_name, code), "text": text,
            "secrets": [{"value": v, "start": start, "end": start + len(v), "type": SPAN_TYPE}],
            "source": "prose",
        })
    return out
