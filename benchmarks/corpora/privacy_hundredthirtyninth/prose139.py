"""Prose: someone tells a colleague the booking-server password in their own language."""
import random
from common139 import *

TYPE = 'booking_server_password_passed_on_in_message'
FORMATS = ['ski_patrol_group_chat_line', 'marina_office_mail_sentence', 'booking_desk_ticket_comment', 'rental_shop_text_message']

# (iso639-3, English name, sentence with {V}); one meaning: "the booking server password is X, don't forward it"
L = [
    ('isl', 'Icelandic', 'Lykilorðið að bókunarþjóninum er {V} – ekki áframsenda það.'),
    ('lav', 'Latvian', 'Rezervāciju servera parole ir {V} – lūdzu, nepārsūti to tālāk.'),
    ('lit', 'Lithuanian', 'Rezervacijų serverio slaptažodis yra {V} – prašau jo niekam neperduoti.'),
    ('est', 'Estonian', 'Broneeringuserveri parool on {V} – palun ära saada seda edasi.'),
    ('fin', 'Finnish', 'Varauspalvelimen salasana on {V} – älä lähetä sitä eteenpäin.'),
    ('hun', 'Hungarian', 'A foglalási szerver jelszava {V} – kérlek, ne küldd tovább.'),
    ('ces', 'Czech', 'Heslo k rezervačnímu serveru je {V} – prosím, nikomu ho nepřeposílej.'),
    ('slk', 'Slovak', 'Heslo k rezervačnému serveru je {V} – prosím, nikomu ho neposielaj.'),
    ('slv', 'Slovenian', 'Geslo za rezervacijski strežnik je {V} – prosim, ne pošiljaj ga naprej.'),
    ('hrv', 'Croatian', 'Lozinka za poslužitelj rezervacija je {V} – molim te, nemoj je prosljeđivati.'),
    ('pol', 'Polish', 'Hasło do serwera rezerwacji to {V} – proszę, nie przesyłaj go dalej.'),
    ('ron', 'Romanian', 'Parola serverului de rezervări este {V} – te rog să n-o trimiți mai departe.'),
    ('bul', 'Bulgarian', 'Паролата за сървъра с резервациите е {V} – моля, не я препращай.'),
    ('mkd', 'Macedonian', 'Лозинката за серверот за резервации е {V} – те молам, не ја препраќај.'),
    ('sqi', 'Albanian', 'Fjalëkalimi i serverit të rezervimeve është {V} – të lutem mos ia dërgo askujt.'),
    ('ell', 'Greek', 'Ο κωδικός του διακομιστή κρατήσεων είναι {V} – σε παρακαλώ μην τον προωθήσεις.'),
    ('tur', 'Turkish', 'Rezervasyon sunucusunun şifresi {V} – lütfen kimseye iletme.'),
    ('azj', 'Azerbaijani', 'Rezervasiya serverinin şifrəsi {V} – xahiş edirəm, heç kimə göndərmə.'),
    ('kat', 'Georgian', 'დაჯავშნის სერვერის პაროლია {V} – გთხოვ, არავის გადაუგზავნო.'),
    ('hye', 'Armenian', 'Ամրագրման սերվերի գաղտնաբառը {V} է – խնդրում եմ, ոչ մեկին մի ուղարկիր։'),
    ('ukr', 'Ukrainian', 'Пароль до сервера бронювань: {V} – будь ласка, нікому його не пересилай.'),
    ('bel', 'Belarusian', 'Пароль да сервера браніраванняў: {V} – калі ласка, нікому яго не перасылай.'),
    ('kaz', 'Kazakh', 'Брондау серверінің құпиясөзі {V} – өтінемін, ешкімге жіберме.'),
    ('uzn', 'Uzbek', 'Bron serverining paroli {V} – iltimos, hech kimga yuborma.'),
    ('khk', 'Mongolian', 'Захиалгын серверийн нууц үг {V} – хэнд ч бүү дамжуулаарай.'),
    ('pes', 'Persian', 'رمز عبور سرور رزرو {V} است – لطفاً آن را برای کسی نفرست.'),
    ('urd', 'Urdu', 'بکنگ سرور کا پاس ورڈ {V} ہے – براہ کرم اسے آگے مت بھیجنا۔'),
    ('npi', 'Nepali', 'बुकिङ सर्भरको पासवर्ड {V} हो – कृपया यो कसैलाई नपठाउनुहोस्।'),
    ('sin', 'Sinhala', 'වෙන්කිරීම් සර්වරයේ මුරපදය {V} – කරුණාකර එය වෙන කිසිවෙකුට යවන්න එපා.'),
    ('tam', 'Tamil', 'முன்பதிவு சர்வரின் கடவுச்சொல் {V} – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்.'),
    ('tel', 'Telugu', 'బుకింగ్ సర్వర్ పాస్‌వర్డ్ {V} – దయచేసి దీన్ని ఎవరికీ పంపవద్దు.'),
    ('mar', 'Marathi', 'बुकिंग सर्व्हरचा पासवर्ड {V} आहे – कृपया तो कोणालाही पाठवू नका.'),
    ('pan', 'Punjabi', 'ਬੁਕਿੰਗ ਸਰਵਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।'),
    ('khm', 'Khmer', 'ពាក្យសម្ងាត់ម៉ាស៊ីនមេកក់ទុកគឺ {V} – សូមកុំបញ្ជូនបន្តទៅអ្នកណា។'),
    ('lao', 'Lao', 'ລະຫັດຜ່ານຂອງເຊີບເວີຈອງແມ່ນ {V} – ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ.'),
    ('tha', 'Thai', 'รหัสผ่านของเซิร์ฟเวอร์จองคือ {V} – กรุณาอย่าส่งต่อให้ใคร'),
    ('vie', 'Vietnamese', 'Mật khẩu máy chủ đặt chỗ là {V} – đừng chuyển tiếp cho ai nhé.'),
    ('ind', 'Indonesian', 'Kata sandi server pemesanan adalah {V} – tolong jangan diteruskan ke siapa pun.'),
    ('tgl', 'Tagalog', 'Ang password ng booking server ay {V} – pakiusap, huwag mo itong ipasa kahit kanino.'),
    ('swh', 'Swahili', 'Nenosiri la seva ya uhifadhi ni {V} – tafadhali usimtumie mtu mwingine.'),
    ('amh', 'Amharic', 'የቦታ ማስያዣ ሰርቨሩ የይለፍ ቃል {V} ነው – እባክህ ለማንም አታስተላልፈው።'),
    ('som', 'Somali', 'Furaha sirta ah ee server-ka ballansashada waa {V} – fadlan cidna ha u gudbin.'),
    ('hau', 'Hausa', 'Kalmar sirri ta sabar ajiyar wuri ita ce {V} – don Allah kada ka tura wa kowa.'),
    ('yor', 'Yoruba', 'Ọ̀rọ̀ aṣínà olupin ìfipamọ́ ni {V} – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni.'),
    ('zul', 'Zulu', 'Iphasiwedi yeseva yokubhuka ithi {V} – ngicela ungayidluliseli kunoma ubani.'),
    ('eus', 'Basque', 'Erreserba-zerbitzariaren pasahitza {V} da – mesedez, ez bidali inori.'),
    ('cat', 'Catalan', 'La contrasenya del servidor de reserves és {V} – si us plau, no la reenviïs.'),
    ('glg', 'Galician', 'O contrasinal do servidor de reservas é {V} – por favor, non o reenvíes.'),
    ('cym', 'Welsh', 'Cyfrinair y gweinydd archebu yw {V} – paid â’i anfon ymlaen, os gweli di’n dda.'),
    ('gle', 'Irish', 'Is é pasfhocal an fhreastalaí áirithinte ná {V} – ná seol ar aghaidh é, le do thoil.'),
    ('ltz', 'Luxembourgish', 'D’Passwuert vum Reservatiounsserver ass {V} – w.e.g. net weiderschécken.'),
    ('mlt', 'Maltese', 'Il-password tas-server tal-bookings hija {V} – jekk jogħġbok tibgħathiex lil ħadd.'),
]


def build(keep, seed=13904):
    rng = random.Random(seed)
    out = []
    for i, (code, name, sent) in enumerate(keep):
        v = owner_pw(rng)
        # ensure value is set off by spaces: templates put a space before and after {V} except Zulu ('ngu-')
        text, s, e = fill(sent, v)
        out.append(('prose', TYPE, FORMATS[i % 4] + '__' + code, text, s, e))
    return out
