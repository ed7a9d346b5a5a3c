"""Prose: someone tells a colleague the print-shop MIS password."""
import random
from common121 import MARK as S, owner_pw

L = [  # (iso639-3, iso639-1 or '', English name, sentence)
("deu","de","German","Hallo Jana, das Passwort für das Druckerei-MIS ist "+S+" – bitte nicht weiterleiten."),
("fra","fr","French","Salut Marc, le mot de passe du MIS de l'imprimerie est "+S+" — merci de ne pas le transférer."),
("spa","es","Spanish","Hola Lucía, la contraseña del MIS de la imprenta es "+S+" , por favor no la reenvíes."),
("ita","it","Italian","Ciao Paolo, la password del gestionale della tipografia è "+S+" — per favore non inoltrarla."),
("por","pt","Portuguese","Oi Rita, a senha do MIS da gráfica é "+S+" , por favor não encaminhe."),
("nld","nl","Dutch","Hoi Daan, het wachtwoord van het MIS van de drukkerij is "+S+" – stuur het alsjeblieft niet door."),
("nob","nb","Norwegian Bokmal","Hei Ola, passordet til trykkeriets MIS er "+S+" – ikke videresend det."),
("isl","is","Icelandic","Hæ Sigga, lykilorðið að prentsmiðjukerfinu er "+S+" – vinsamlegast ekki áframsenda það."),
("rus","ru","Russian","Привет, Саша, пароль от MIS типографии — "+S+" , пожалуйста, не пересылай его."),
("bel","be","Belarusian","Прывітанне, Алесь, пароль ад сістэмы друкарні — "+S+" , калі ласка, не перасылай яго."),
("srp","sr","Serbian","Здраво Марко, лозинка за систем штампарије је "+S+" , молим те не прослеђуј је."),
("kat","ka","Georgian","გამარჯობა ნინო, სტამბის სისტემის პაროლია "+S+" , გთხოვ არავის გადაუგზავნო."),
("hye","hy","Armenian","Բարև Արամ, տպարանի համակարգի գաղտնաբառն է "+S+" , խնդրում եմ չփոխանցես։"),
("aze","az","Azerbaijani","Salam Elvin, mətbəə sisteminin şifrəsi belədir: "+S+" , xahiş edirəm heç kimə göndərmə."),
("kaz","kk","Kazakh","Сәлем Айгүл, баспахана жүйесінің құпиясөзі "+S+" , ешкімге жіберме."),
("uzb","uz","Uzbek","Salom Jasur, bosmaxona tizimining paroli "+S+" , iltimos hech kimga yuborma."),
("khk","mn","Mongolian","Сайн уу Бат, хэвлэлийн үйлдвэрийн системийн нууц үг "+S+" , хэнд ч бүү дамжуулаарай."),
("heb","he","Hebrew","היי נועה, הסיסמה למערכת של בית הדפוס היא "+S+" , בבקשה אל תעבירי אותה הלאה."),
("arb","ar","Arabic","مرحبا سامي، كلمة المرور لنظام المطبعة هي "+S+" ، من فضلك لا تعيد إرسالها."),
("amh","am","Amharic","ሰላም አበበ፣ የማተሚያ ቤቱ ሲስተም የይለፍ ቃል "+S+" ነው፤ እባክህ ለማንም አታስተላልፍ።"),
("hau","ha","Hausa","Sannu Musa, kalmar sirri ta tsarin gidan bugawa ita ce "+S+" , don Allah kada ka tura wa kowa."),
("yor","yo","Yoruba","Báwo ni Tunde, ọ̀rọ̀ aṣínà ètò ilé ìtẹ̀wé ni "+S+" , jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
("zul","zu","Zulu","Sawubona Thabo, iphasiwedi yesistimu yokunyathelisa ithi "+S+" , ngicela ungayidluliseli."),
("sna","sn","Shona","Mhoro Tendai, pasiwedhi yesistimu yekudhinda ndeye "+S+" , ndapota usaitumira kune mumwe munhu."),
("hin","hi","Hindi","नमस्ते राहुल, प्रिंटिंग प्रेस सिस्टम का पासवर्ड "+S+" है, कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
("ben","bn","Bengali","হ্যালো রিয়া, ছাপাখানার সিস্টেমের পাসওয়ার্ড হলো "+S+" , দয়া করে কাউকে ফরোয়ার্ড কোরো না।"),
("mar","mr","Marathi","नमस्कार अमित, छापखान्याच्या सिस्टमचा पासवर्ड "+S+" आहे, कृपया तो कोणालाही पाठवू नकोस."),
("tel","te","Telugu","హాయ్ రవి, ప్రింటింగ్ ప్రెస్ సిస్టమ్ పాస్‌వర్డ్ "+S+" , దయచేసి ఎవరికీ ఫార్వర్డ్ చేయకు."),
("sin","si","Sinhala","ආයුබෝවන් නිමල්, මුද්‍රණාලයේ පද්ධතියේ මුරපදය "+S+" , කරුණාකර කාටවත් යවන්න එපා."),
("khm","km","Khmer","សួស្តី សុខា ពាក្យសម្ងាត់ប្រព័ន្ធរោងពុម្ពគឺ "+S+" សូមកុំបញ្ជូនបន្តទៅអ្នកណា។"),
("ind","id","Indonesian","Halo Budi, kata sandi sistem percetakan adalah "+S+" , tolong jangan diteruskan ke siapa pun."),
("cmn","zh","Mandarin","小王，印刷厂系统的密码是 "+S+" ，请不要转发给别人。"),
("jpn","ja","Japanese","田中さん、印刷所システムのパスワードは "+S+" です。転送しないでください。"),
("kor","ko","Korean","민수 씨, 인쇄소 시스템 비밀번호는 "+S+" 입니다. 다른 사람에게 전달하지 마세요."),
("ltz","lb","Luxembourgish","Moien Luc, d'Passwuert vum System vun der Dréckerei ass "+S+" , schéck et w.e.g. net weider."),
("glg","gl","Galician","Ola Uxía, o contrasinal do sistema da imprenta é "+S+" , por favor non o reenvíes."),
("cat","ca","Catalan","Hola Jordi, la contrasenya del sistema de la impremta és "+S+" , si us plau no la reenviïs."),
("hat","ht","Haitian Creole","Bonjou Jak, modpas sistèm enprimri a se "+S+" , tanpri pa voye l bay pèsonn."),
("sot","st","Sesotho","Dumela Lerato, phasewete ya sistimi ya khatiso ke "+S+" , ke kopa o se ke wa e fetisetsa ho mang kapa mang."),
("tsn","tn","Tswana","Dumela Kabelo, lefoko la sephiri la tsamaiso ya kgatiso ke "+S+" , tsweetswee o se ka wa le romelela ope."),
("nya","ny","Chichewa","Moni Chikondi, mawu achinsinsi a makina osindikizira ndi "+S+" , chonde usatumize kwa wina aliyense."),
("uig","ug","Uyghur","ياخشىمۇسىز ئەركىن، باسمىخانا سىستېمىسىنىڭ پارولى "+S+" ، ھېچكىمگە يوللىماڭ."),
("pus","ps","Pashto","سلام احمد، د چاپخونې سیسټم پټنوم "+S+" دی، مهرباني وکړه چا ته یې مه لیږه."),
("haw","","Hawaiian","Aloha Keoni, ʻo ka ʻōlelo huna o ka ʻōnaehana hale paʻi ʻo "+S+" , mai hoʻouna aku i kekahi."),
("fij","fj","Fijian","Bula Jone, na vosa vuni ni sisitemu ni vale ni tabaivola e "+S+" , yalovinaka kakua ni vakauta vei ira tale eso."),
]
FORMATS = ["prepress_whatsapp_export_line", "print_buyer_email_body", "press_room_jira_comment",
           "pod_support_intercom_json_message", "finishing_team_sms_export_row", "plate_room_shift_note",
           "estimator_telegram_line", "mis_vendor_partner_portal_message"]
TYPE = "print_mis_password_told_in_message"

def wrap(fmt, sent, i):
    if fmt == "prepress_whatsapp_export_line": return "[14.03.24, 08:%02d:11] Kim: " % (10 + i % 50) + sent
    if fmt == "print_buyer_email_body": return "Subject: MIS\n\n" + sent + "\n\n--\nPrepress"
    if fmt == "press_room_jira_comment": return "PRESS-%d comment:\n" % (300 + i) + sent
    if fmt == "pod_support_intercom_json_message": return '{"type":"note","author":"agent-%d","body":"' % i + sent.replace('"', "'") + '"}'
    if fmt == "finishing_team_sms_export_row": return "+4930555%04d;2024-03-14 09:12;" % i + sent
    if fmt == "plate_room_shift_note": return "Shift note (late):\n" + sent
    if fmt == "estimator_telegram_line": return "Estimator%d: " % i + sent
    return "Message from supplier portal:\n" + sent

def build(seed=12104, deny=None):
    r = random.Random(seed)
    out, dropped = [], []
    for i, (c3, c1, nm, sent) in enumerate(L):
        if deny is not None:
            names, langs, words = deny
            bad = c3 in names or c3 in langs or (c1 and (c1 in names or c1 in langs)) or \
                any(w.lower() in langs or w.lower() in words for w in nm.split())
            if bad: dropped.append(c3); continue
        if len(out) >= 40: break
        fmt = FORMATS[len(out) % len(FORMATS)]
        v = owner_pw(r)
        tpl = wrap(fmt, sent, i)
        s = tpl.index(S)
        text = tpl.replace(S, v)
        out.append(("prose", fmt + "__" + c3, TYPE, text, s, s + len(v), c3, nm))
    return out, dropped
