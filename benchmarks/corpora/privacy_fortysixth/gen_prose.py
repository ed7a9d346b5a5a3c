"""Prose part: a temporary domain-logon password for a new colleague shared in 40 languages."""
import random, json
from common import MARK as V, human_password, record

SEED = 4604
SPAN_TYPE = "new_hire_domain_logon_temp_password"

# (code, English name, sentence) - "The temporary password for the new colleague's
# domain account is X; it must be changed at the first logon."
LANGS = [
 ("de", "German", "Das vorläufige Passwort für das Domänenkonto der neuen Kollegin ist " + V + ", sie muss es bei der ersten Anmeldung ändern."),
 ("fr", "French", "Le mot de passe provisoire du compte de domaine du nouveau collègue est " + V + ", il devra le changer à la première connexion."),
 ("es", "Spanish", "La contraseña temporal de la cuenta de dominio de la nueva compañera es " + V + "; tiene que cambiarla en el primer inicio de sesión."),
 ("nl", "Dutch", "Het tijdelijke wachtwoord voor het domeinaccount van de nieuwe collega is " + V + ", hij moet het bij de eerste aanmelding wijzigen."),
 ("sv", "Swedish", "Det tillfälliga lösenordet för den nya kollegans domänkonto är " + V + ", det måste bytas vid första inloggningen."),
 ("da", "Danish", "Den midlertidige adgangskode til den nye kollegas domænekonto er " + V + ", den skal skiftes ved første login."),
 ("nb", "Norwegian Bokmal", "Det midlertidige passordet til den nye kollegaens domenekonto er " + V + ", det må endres ved første pålogging."),
 ("fo", "Faroese", "Fyribils loyniorðið til nýggja starvsfelagan er " + V + ", tað skal broytast fyrstu ferð hann ritar inn."),
 ("pl", "Polish", "Tymczasowe hasło do konta domenowego nowej koleżanki to " + V + ", musi je zmienić przy pierwszym logowaniu."),
 ("cs", "Czech", "Dočasné heslo k doménovému účtu nového kolegy je " + V + ", při prvním přihlášení si ho musí změnit."),
 ("el", "Greek", "Ο προσωρινός κωδικός για τον λογαριασμό τομέα της νέας συναδέλφου είναι " + V + ", πρέπει να τον αλλάξει στην πρώτη σύνδεση."),
 ("ru", "Russian", "Временный пароль для доменной учётной записи нового сотрудника: " + V + ", при первом входе его нужно сменить."),
 ("he", "Hebrew", "הסיסמה הזמנית לחשבון הדומיין של העובדת החדשה היא " + V + ", עליה להחליף אותה בכניסה הראשונה."),
 ("ar", "Arabic", "كلمة المرور المؤقتة لحساب النطاق الخاص بالزميل الجديد هي " + V + "، ويجب تغييرها عند أول تسجيل دخول."),
 ("ja", "Japanese", "新しく入った同僚のドメインアカウントの仮パスワードは " + V + " です。初回ログイン時に必ず変更してもらってください。"),
 ("ko", "Korean", "신입 동료의 도메인 계정 임시 비밀번호는 " + V + " 입니다. 처음 로그인할 때 반드시 변경해야 합니다."),
 ("zh", "Chinese", "新同事域账户的临时密码是 " + V + "，首次登录时必须修改。"),
 ("yue", "Cantonese", "新同事個域帳戶嘅臨時密碼係 " + V + "，第一次登入嗰陣一定要改。"),
 ("sw", "Swahili", "Nenosiri la muda la akaunti ya kikoa ya mfanyakazi mpya ni " + V + ", lazima alibadilishe anapoingia mara ya kwanza."),
 ("zu", "Zulu", "Iphasiwedi yesikhashana ye-akhawunti yesizinda yozakwethu omusha ithi " + V + ", kufanele ayishintshe lapho engena okokuqala."),
 ("xh", "Xhosa", "Igama lokugqitha lethutyana le-akhawunti yomntu osebenza naye omtsha ngu " + V + ", kufuneka alitshintshe xa engena okokuqala."),
 ("am", "Amharic", "የአዲሱ ባልደረባ የዶሜይን መለያ ጊዜያዊ የይለፍ ቃል " + V + " ነው፤ ለመጀመሪያ ጊዜ ሲገባ መቀየር አለበት።"),
 ("ti", "Tigrinya", "ናይቲ ሓድሽ መሳርሕቲ ግዚያዊ መሕለፊ ቃል " + V + " እዩ፣ ንመጀመርታ ግዜ ክኣቱ ከሎ ክቕይሮ ኣለዎ።"),
 ("om", "Oromo", "Jechi darbii yeroof kan herrega hojjetaa haaraa " + V + " dha; yeroo jalqabaaf seenu jijjiiruu qaba."),
 ("yi", "Yiddish", "דאָס צייטווײַליקע פּאַראָל פֿאַר דעם נײַעם קאָלעגעס דאָמען־חשבון איז " + V + ", ער מוז עס טוישן בײַם ערשטן אַרײַנלאָגירן."),
 ("la", "Latin", "Tessera temporaria rationis novi collegae est " + V + "; prima inscriptione mutanda est."),
 ("gd", "Scottish Gaelic", "Is e am facal-faire sealach airson cunntas àrainne a' cho-obraiche ùir " + V + ", feumaidh e atharrachadh aig a' chiad logadh a-steach."),
 ("rm", "Romansh", "Il pled-clav provisoric per il conto da domena da la nova collega è " + V + ", ella sto midar el a l'emprima annunzia."),
 ("fur", "Friulian", "La peraule clâf provisorie pal account dal gnûf coleghe e je " + V + ", al à di cambiâle ae prime jentrade."),
 ("ast", "Asturian", "La contraseña temporal de la cuenta de dominiu del compañeru nuevu ye " + V + ", tien de camudala nel primer aniciu de sesión."),
 ("wo", "Wolof", "Baatu jàll bu diir bi ngir kontu mbokk mi bees mooy " + V + ", war na ko soppi bu duggee ci bu njëkk bi."),
 ("ln", "Lingala", "Liloba ya kokota ya ntango moke mpo na konte ya moninga ya sika ezali " + V + ", asengeli kobongola yango na ebandeli."),
 ("ba", "Bashkir", "Яңы хеҙмәттәштең домен иҫәп яҙмаһы өсөн ваҡытлыса пароль — " + V + ", тәүге инеүҙә уны алмаштырырға кәрәк."),
 ("ug", "Uyghur", "يېڭى خىزمەتدىشىمىزنىڭ دائىرە ھېساباتىنىڭ ۋاقىتلىق پارولى " + V + "، تۇنجى قېتىم كىرگەندە ئۆزگەرتىشى كېرەك."),
 ("sd", "Sindhi", "نئين ساٿيءَ جي ڊومين اڪائونٽ جو عارضي پاسورڊ " + V + " آهي، پهريون ڀيرو لاگ ان ٿيڻ تي ان کي بدلائڻو پوندو."),
 ("bo", "Tibetan", "ལས་རོགས་གསར་པའི་རྩིས་ཁྲའི་གནས་སྐབས་གསང་ཚིག་ནི་ " + V + " ཡིན། ཐེངས་དང་པོར་ནང་འཛུལ་སྐབས་བསྒྱུར་དགོས།"),
 ("dv", "Dhivehi", "އައު މުވައްޒަފުގެ ޑޮމެއިން އެކައުންޓުގެ ވަގުތީ ޕާސްވޯޑަކީ " + V + " އެވެ. ފުރަތަމަ ފަހަރު ލޮގިން ވާއިރު ބަދަލުކުރަން ޖެހޭނެއެވެ."),
 ("mi", "Maori", "Ko te kupuhipa rangitahi mō te pūkete rohe o te hoa mahi hou ko " + V + ", me huri e ia i tana takiuru tuatahi."),
 ("qu", "Quechua", "Musuq llamkaq masiq cuentanpaq pachallanpaq pakasqa simin " + V + " kachkan; ñawpaq yaykuypi tikranan tiyan."),
 ("gn", "Guarani", "Pe ñe'ẽñemi sapy'ami mba'apohára pyahu cuenta-pe g̃uarã ha'e " + V + ", oñemoambuevaerã oike ypy jave."),
]

# 10 new chat-export formats: (name, renderer(name, when, text) -> str)
def _f0(u, w, t): return "%s  |  %s\n%s\n" % (u, w, t)
def _f1(u, w, t): return json.dumps({"type": "MESSAGE", "sender": {"name": u}, "createTime": w, "text": t}, ensure_ascii=False, indent=1) + "\n"
def _f2(u, w, t): return json.dumps({"type": "post", "post": {"channel": "it-onboarding", "user": u, "create_at": w, "message": t}}, ensure_ascii=False) + "\n"
def _f3(u, w, t): return json.dumps({"personEmail": u.lower().replace(" ", ".") + "@corp.example", "created": w, "text": t}, ensure_ascii=False, indent=1) + "\n"
def _f4(u, w, t): return "[%s] <%s> %s\n" % (w, u, t)
def _f5(u, w, t): return "%s, %s : %s\n" % (w, u, t)
def _f6(u, w, t): return "<message from=\"%s@xmpp.corp.example/desk\" type=\"chat\" stamp=\"%s\"><body>%s</body></message>\n" % (u.split()[0].lower(), w, t)
def _f7(u, w, t): return "%s\t%s\t%s\n" % (w, u, t)
def _f8(u, w, t): return "<div class=\"msg\"><span class=\"who\">%s</span> <span class=\"ts\">%s</span><p>%s</p></div>\n" % (u, w, t)
def _f9(u, w, t): return "%s (%s):\n> %s\n" % (u, w, t)

FORMATS = [
 ("google_chat_takeout_message_block", _f0), ("google_chat_takeout_messages_json", _f1),
 ("mattermost_bulk_export_post_jsonl", _f2), ("webex_space_messages_api_item", _f3),
 ("element_matrix_plaintext_export", _f4), ("kakaotalk_pc_export_txt_line", _f5),
 ("xmpp_stanza_archive_line", _f6), ("threema_chat_export_tsv", _f7),
 ("wire_backup_html_fragment", _f8), ("zoom_meeting_chat_saved_txt", _f9),
]
NAMES = ["Ines Moreau", "Kofi Mensah", "Yuki Tanaka", "Lars Holm", "Amara Diallo", "Nikos Pappas",
         "Sara Cohen", "Omar Haddad", "Mei Lin", "Rua Tane"]


def build(ids):
    rng = random.Random(SEED)
    out = []
    for i, (code, name, sent) in enumerate(LANGS):
        fname, fn = FORMATS[i % len(FORMATS)]
        pw = ids.pool.take(lambda: human_password(rng))
        when = "2025-0%d-%02dT%02d:%02d:00Z" % (rng.randint(1, 9), rng.randint(1, 28), rng.randint(7, 18), rng.randrange(60))
        text = fn(rng.choice(NAMES), when, sent)
        if fname in ("google_chat_takeout_messages_json", "webex_space_messages_api_item", "mattermost_bulk_export_post_jsonl"):
            pass  # json.dumps keeps non-ASCII (ensure_ascii=False); the marker survives unescaped
        out.append(record(ids.next("s"), "%s__%s" % (fname, code), text, [pw], [SPAN_TYPE], "prose"))
    return out
