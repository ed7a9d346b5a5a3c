"""Prose: someone tells a colleague the docket-server password in a human language new to these corpora."""
import random
from common143 import *

TYPE = 'docket_server_password_told_in_message'
FORMATS = ['clerk_team_viber_message', 'court_it_helpdesk_mail_line', 'efiling_ticket_comment_native', 'jury_office_handover_note']

LANGS = [
 ('cym', 'Welsh', 'Cyfrinair y gweinydd docedi yw {V} , plîs paid â\'i anfon ymlaen.'),
 ('glv', 'Manx', 'Yn fockle follit son y server docket: {V} , ny cur eh da peiagh erbee elley.'),
 ('cor', 'Cornish', 'An ger-tremena rag an servyer docket yw {V} , na dhanvon ev dhe dhen vyth.'),
 ('lav', 'Latvian', 'Lietu reģistra servera parole ir {V} , lūdzu, nepārsūti to tālāk.'),
 ('lit', 'Lithuanian', 'Bylų serverio slaptažodis yra {V} , prašau jo niekam nepersiųsti.'),
 ('est', 'Estonian', 'Kohtuasjade serveri parool on {V} , palun ära saada seda edasi.'),
 ('fin', 'Finnish', 'Asiarekisteripalvelimen salasana on {V} , älä välitä sitä eteenpäin.'),
 ('hun', 'Hungarian', 'Az ügyiratszerver jelszava {V} , kérlek, ne továbbítsd senkinek.'),
 ('slk', 'Slovak', 'Heslo k serveru registra vecí je {V} , prosím, nikomu ho nepreposielaj.'),
 ('slv', 'Slovenian', 'Geslo za strežnik vpisnika je {V} , prosim, ne posreduj ga naprej.'),
 ('hrv', 'Croatian', 'Lozinka za poslužitelj upisnika je {V} , molim te, nemoj je prosljeđivati.'),
 ('mkd', 'Macedonian', 'Лозинката за серверот со предмети е {V} , те молам не ја препраќај.'),
 ('sqi', 'Albanian', 'Fjalëkalimi i serverit të regjistrit është {V} , të lutem mos ia dërgo askujt.'),
 ('mlt', 'Maltese', 'Il-password tas-server tar-reġistru hija {V} , jekk jogħġbok tgħaddihiex lil ħadd.'),
 ('ron', 'Romanian', 'Parola serverului de registratură este {V} , te rog să nu o trimiți mai departe.'),
 ('ell', 'Greek', 'Ο κωδικός του διακομιστή πινακίου είναι {V} , σε παρακαλώ μην τον προωθήσεις.'),
 ('hye', 'Armenian', 'Գործերի սերվերի գաղտնաբառը {V} է , խնդրում եմ ոչ մեկին չուղարկես։'),
 ('kat', 'Georgian', 'საქმეების სერვერის პაროლია {V} , გთხოვ, არავის გადაუგზავნო.'),
 ('azj', 'Azerbaijani', 'İş reyestri serverinin şifrəsi {V} , xahiş edirəm heç kimə göndərmə.'),
 ('bel', 'Belarusian', 'Пароль ад сервера спраў — {V} , калі ласка, нікому яго не перасылай.'),
 ('ukr', 'Ukrainian', 'Пароль до сервера реєстру справ: {V} , будь ласка, нікому не пересилай.'),
 ('bul', 'Bulgarian', 'Паролата за сървъра с делата е {V} , моля те, не я препращай.'),
 ('ces', 'Czech', 'Heslo k serveru spisové služby je {V} , prosím, nikomu ho nepřeposílej.'),
 ('pol', 'Polish', 'Hasło do serwera repertorium to {V} , proszę, nie przesyłaj go dalej.'),
 ('dan', 'Danish', 'Adgangskoden til sagsserveren er {V} , lad være med at sende den videre.'),
 ('swe', 'Swedish', 'Lösenordet till diarieservern är {V} , skicka det inte vidare.'),
 ('nld', 'Dutch', 'Het wachtwoord van de rolserver is {V} , stuur het alsjeblieft niet door.'),
 ('afr', 'Afrikaans', 'Die wagwoord vir die hofrolbediener is {V} , moet dit asseblief nie aanstuur nie.'),
 ('swh', 'Swahili', 'Nenosiri la seva ya orodha ya kesi ni {V} , tafadhali usimtumie mtu mwingine.'),
 ('amh', 'Amharic', 'የመዝገብ ሰርቨሩ የይለፍ ቃል {V} ነው ፣ እባክህ ለማንም አታስተላልፈው።'),
 ('som', 'Somali', 'Furaha sirta ee server-ka diiwaanka waa {V} , fadlan qofna ha u gudbin.'),
 ('xho', 'Xhosa', 'Iphasiwedi yeseva yamatyala ngu {V} , nceda ungayithumeleli mntu.'),
 ('wol', 'Wolof', 'Baatu jàll bu server bi mooy {V} , bul ko yónnee kenn.'),
 ('npi', 'Nepali', 'मुद्दा सर्भरको पासवर्ड {V} हो , कृपया कसैलाई फर्वार्ड नगर्नुहोस्।'),
 ('pan', 'Punjabi', 'ਕੇਸ ਸਰਵਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ , ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜੋ।'),
 ('tam', 'Tamil', 'வழக்கு சர்வரின் கடவுச்சொல் {V} , தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்.'),
 ('urd', 'Urdu', 'مقدمات والے سرور کا پاس ورڈ {V} ہے ، براہ کرم کسی کو آگے نہ بھیجیں۔'),
 ('pes', 'Persian', 'رمز عبور سرور پرونده‌ها {V} است ، لطفاً برای کسی نفرستید.'),
 ('lao', 'Lao', 'ລະຫັດຜ່ານຂອງເຊີເວີສຳນວນຄື {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ.'),
 ('tha', 'Thai', 'รหัสผ่านของเซิร์ฟเวอร์สารบบคดีคือ {V} อย่าส่งต่อให้ใครนะ'),
 ('vie', 'Vietnamese', 'Mật khẩu máy chủ sổ thụ lý là {V} , làm ơn đừng chuyển tiếp cho ai.'),
 ('tgl', 'Tagalog', 'Ang password ng docket server ay {V} , pakiusap huwag mo itong ipasa.'),
 ('ind', 'Indonesian', 'Kata sandi server register perkara adalah {V} , tolong jangan diteruskan ke siapa pun.'),
 ('kor', 'Korean', '사건 서버 비밀번호는 {V} 입니다 , 다른 사람에게 전달하지 마세요.'),
 ('jpn', 'Japanese', '事件記録サーバーのパスワードは {V} です 、 誰にも転送しないでください。'),
 ('tur', 'Turkish', 'Dava kayıt sunucusunun şifresi {V} , lütfen kimseye iletme.'),
 ('hat', 'Haitian Creole', 'Modpas sèvè dosye yo se {V} , tanpri pa voye l bay pèsonn.'),
 ('quy', 'Ayacucho Quechua', 'Servidor nisqapa pakasqa siminqa {V} , ama pimanpas apachinkichu.'),
 ('fij', 'Fijian', 'Na password ni server ni kisi e {V} , kakua ni vakauta vei ira tale eso.'),
]

def build(seed=14304, reg=None, deny=None, words=None):
    r = random.Random(seed); out = []; dropped = []; spare = []
    for code, name, sent in LANGS:
        bad = code in deny or name.lower() in deny or any(w.lower() in words for w in name.split())
        if bad: dropped.append(code); continue
        if len(out) >= 40: spare.append(code); continue
        v = reg.take(lambda: owner_pw(r, '-_.'))
        fmt = FORMATS[len(out) % 4]
        out.append(pos_rec(None, TYPE, fmt + '__' + code, sent, v, 'prose'))
        out[-1]['_lang'] = (code, name)
    return out, dropped, spare
