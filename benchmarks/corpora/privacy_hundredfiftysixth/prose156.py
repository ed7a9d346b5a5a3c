"""Prose: someone tells a colleague the pawn-shop back-office PC password (one sentence per language)."""
import random
from common156 import pw

TYPE = 'pawn_backoffice_pc_password_told_in_message'
FORMATS = ['pawn_staff_viber_note', 'jeweller_mail_line', 'watch_service_ticket_comment', 'showroom_shift_handover_sms']
# (iso639-3, English name, sentence with {V})
LANGS = [
    ('cym', 'Welsh', 'Cyfrinair y cyfrifiadur yn y swyddfa gefn yw {V} , paid â’i anfon ymlaen at neb.'),
    ('lvs', 'Latvian', 'Aizmugurējā biroja datora parole ir {V} , lūdzu, nevienam to nepārsūti.'),
    ('lit', 'Lithuanian', 'Galinio biuro kompiuterio slaptažodis yra {V} , prašau niekam jo nepersiųsti.'),
    ('ekk', 'Estonian', 'Tagakontori arvuti parool on {V} , palun ära seda kellelegi edasi saada.'),
    ('fin', 'Finnish', 'Takahuoneen tietokoneen salasana on {V} , älä lähetä sitä eteenpäin kenellekään.'),
    ('hun', 'Hungarian', 'A hátsó irodai gép jelszava {V} , kérlek, ne küldd tovább senkinek.'),
    ('slk', 'Slovak', 'Heslo k počítaču v zadnej kancelárii je {V} , prosím, nikomu ho neposielaj.'),
    ('slv', 'Slovenian', 'Geslo za računalnik v zadnji pisarni je {V} , prosim, ne pošiljaj ga naprej.'),
    ('hrv', 'Croatian', 'Lozinka za računalo u stražnjem uredu je {V} , molim te, nemoj je nikome prosljeđivati.'),
    ('mkd', 'Macedonian', 'Лозинката за компјутерот во задната канцеларија е {V} , те молам не ја препраќај.'),
    ('bul', 'Bulgarian', 'Паролата за компютъра в задния офис е {V} , моля, не я препращай на никого.'),
    ('ukr', 'Ukrainian', 'Пароль до комп’ютера в підсобці — {V} , будь ласка, нікому його не пересилай.'),
    ('bel', 'Belarusian', 'Пароль ад камп’ютара ў заднім офісе — {V} , калі ласка, нікому яго не перасылай.'),
    ('als', 'Albanian', 'Fjalëkalimi i kompjuterit në zyrën e pasme është {V} , të lutem mos ia dërgo askujt.'),
    ('ron', 'Romanian', 'Parola calculatorului din biroul din spate este {V} , te rog să nu o trimiți mai departe.'),
    ('ell', 'Greek', 'Ο κωδικός του υπολογιστή στο πίσω γραφείο είναι {V} , σε παρακαλώ μην τον προωθήσεις.'),
    ('tur', 'Turkish', 'Arka ofisteki bilgisayarın şifresi {V} , lütfen kimseye iletme.'),
    ('azj', 'Azerbaijani', 'Arxa ofisdəki kompüterin şifrəsi {V} , xahiş edirəm heç kimə göndərmə.'),
    ('kat', 'Georgian', 'უკანა ოფისის კომპიუტერის პაროლია {V} , გთხოვ, არავის გადაუგზავნო.'),
    ('hye', 'Armenian', 'Հետևի գրասենյակի համակարգչի գաղտնաբառն է {V} , խնդրում եմ ոչ մեկին մի ուղարկիր։'),
    ('pes', 'Persian', 'رمز عبور کامپیوتر دفتر پشتی {V} است، لطفاً آن را برای کسی نفرست.'),
    ('urd', 'Urdu', 'پچھلے دفتر کے کمپیوٹر کا پاس ورڈ {V} ہے، براہ کرم اسے کسی کو آگے نہ بھیجیں۔'),
    ('pan', 'Punjabi', 'ਪਿਛਲੇ ਦਫ਼ਤਰ ਦੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਨਾ ਭੇਜਣਾ।'),
    ('npi', 'Nepali', 'पछाडिको अफिसको कम्प्युटरको पासवर्ड {V} हो, कृपया यो कसैलाई फर्वार्ड नगर्नुहोस्।'),
    ('tam', 'Tamil', 'பின் அலுவலக கணினியின் கடவுச்சொல் {V} , தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்.'),
    ('tha', 'Thai', 'รหัสผ่านคอมพิวเตอร์ห้องหลังร้านคือ {V} อย่าส่งต่อให้ใครนะ'),
    ('lao', 'Lao', 'ລະຫັດຜ່ານຄອມພິວເຕີຫ້ອງການດ້ານຫຼັງແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ'),
    ('vie', 'Vietnamese', 'Mật khẩu máy tính ở văn phòng phía sau là {V} , đừng chuyển tiếp cho ai nhé.'),
    ('ind', 'Indonesian', 'Kata sandi komputer di kantor belakang adalah {V} , tolong jangan diteruskan ke siapa pun.'),
    ('ceb', 'Cebuano', 'Ang password sa kompyuter sa likod nga opisina kay {V} , palihug ayaw kini ipasa bisan kang kinsa.'),
    ('swh', 'Swahili', 'Nenosiri la kompyuta ya ofisi ya nyuma ni {V} , tafadhali usimtumie mtu yeyote.'),
    ('amh', 'Amharic', 'የኋላ ቢሮ ኮምፒውተር የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አታስተላልፍ።'),
    ('som', 'Somali', 'Furaha sirta ah ee kombiyuutarka xafiiska dambe waa {V} , fadlan cidna ha u gudbin.'),
    ('xho', 'Xhosa', 'Igama lokugqithisa lekhompyutha yeofisi engasemva ngu {V} , nceda ungalithumeli komnye umntu.'),
    ('afr', 'Afrikaans', 'Die wagwoord van die rekenaar in die agterkantoor is {V} , moet dit asseblief vir niemand aanstuur nie.'),
    ('mlt', 'Maltese', 'Il-password tal-kompjuter fl-uffiċċju ta’ wara hija {V} , jekk jogħġbok tibgħatha lil ħadd.'),
    ('ces', 'Czech', 'Heslo k počítači v zadní kanceláři je {V} , prosím, nikomu ho nepřeposílej.'),
    ('pol', 'Polish', 'Hasło do komputera na zapleczu to {V} , proszę, nie przesyłaj go nikomu dalej.'),
    ('dan', 'Danish', 'Adgangskoden til computeren i baglokalet er {V} , send den venligst ikke videre til nogen.'),
    ('swe', 'Swedish', 'Lösenordet till datorn på bakkontoret är {V} , skicka det inte vidare till någon.'),
    ('yue', 'Cantonese', '後面寫字樓部電腦嘅密碼係 {V} ，唔好轉發俾任何人呀。'),
    ('nld', 'Dutch', 'Het wachtwoord van de computer in het achterkantoor is {V} , stuur het alsjeblieft naar niemand door.'),
]


def generate(reg, lang_deny, seed=15604, n=40):
    r = random.Random(seed)
    out = []; refused = []
    usable = []
    for code, name, sent in LANGS:
        words = [w.lower() for w in name.split()]
        if code.lower() in lang_deny or name.lower() in lang_deny or any(w in lang_deny for w in words):
            refused.append(code); continue
        usable.append((code, name, sent))
    spare = [c for c, _, _ in usable[n:]]
    for i, (code, name, sent) in enumerate(usable[:n]):
        v = reg.take(lambda: pw(r))
        s = sent.index('{V}')
        text = sent.replace('{V}', v)
        out.append(dict(type=TYPE, container=FORMATS[i % 4] + '__' + code, text=text,
                        secrets=[dict(value=v, start=s, end=s + len(v), type=TYPE)], source='prose'))
    return out, refused, spare, usable[:n]
