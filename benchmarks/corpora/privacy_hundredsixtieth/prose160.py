"""Prose: someone tells a colleague the micro-market kiosk back-office password (p160)."""
import random
from common160 import *
TYPE = 'kiosk_back_office_password_told_in_chat'
FORMATS = ['route_team_whatsapp_line', 'market_ops_mail_sentence', 'vend_helpdesk_ticket_reply', 'warehouse_shift_sms']
L = [
 ('por', 'Portuguese', "A senha do back-office do quiosque é «P» , por favor não a reencaminhes."),
 ('ita', 'Italian', "La password del back office del chiosco è «P» , per favore non inoltrarla."),
 ('nob', 'Norwegian Bokmal', "Passordet til kioskens backoffice er «P» , ikke send det videre."),
 ('nno', 'Norwegian Nynorsk', "Passordet til kiosken sitt bakkontor er «P» , ikkje send det vidare."),
 ('fao', 'Faroese', "Loyniorðið til kioskina er «P» , vinarliga send tað ikki víðari."),
 ('afr', 'Afrikaans', "Die wagwoord vir die kiosk se agterkantoor is «P» , moet dit asseblief nie aanstuur nie."),
 ('glg', 'Galician', "O contrasinal do quiosco é «P» , por favor non o reenvíes."),
 ('oci', 'Occitan', "Lo senhal del quiòsc es «P» , se te plai, lo mandes pas a degun."),
 ('roh', 'Romansh', "Il pled-clav dal kiosk è «P» , per plaschair na l'inoltrar betg."),
 ('bre', 'Breton', "Ger-tremen ar c'hiosk eo «P» , na gas anezhañ da zen all, mar plij."),
 ('gla', 'Scottish Gaelic', "Is e facal-faire a' chiosg «P» , na cuir air adhart e, mas e do thoil e."),
 ('ltz', 'Luxembourgish', "D'Passwuert vum Kiosk ass «P» , schéck et w.e.g. net weider."),
 ('fry', 'Western Frisian', "It wachtwurd fan 'e kiosk is «P» , stjoer it asjebleaft net troch."),
 ('srp', 'Serbian', "Лозинка за киоск је «P» , молим те немој да је прослеђујеш."),
 ('bos', 'Bosnian', "Šifra za kiosk je «P» , molim te nemoj je nikome slati."),
 ('rus', 'Russian', "Пароль от бэк-офиса киоска: «P» , пожалуйста, никому не пересылай."),
 ('heb', 'Hebrew', "הסיסמה של הקיוסק היא «P» , בבקשה אל תעביר אותה הלאה."),
 ('hin', 'Hindi', "कियोस्क बैक-ऑफिस का पासवर्ड «P» है, कृपया इसे आगे मत भेजना।"),
 ('ben', 'Bengali', "কিয়স্কের পাসওয়ার্ড «P» , দয়া করে কাউকে পাঠিও না।"),
 ('guj', 'Gujarati', "કિઓસ્કનો પાસવર્ડ «P» છે, મહેરબાની કરીને આગળ મોકલશો નહીં."),
 ('kan', 'Kannada', "ಕಿಯೋಸ್ಕ್ ಪಾಸ್‌ವರ್ಡ್ «P» , ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ."),
 ('mal', 'Malayalam', "കിയോസ്കിന്റെ പാസ്‌വേഡ് «P» ആണ്, ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
 ('jpn', 'Japanese', "キオスク管理画面のパスワードは «P» です。転送しないでください。"),
 ('kor', 'Korean', "키오스크 관리자 비밀번호는 «P» 입니다. 다른 사람에게 전달하지 마세요."),
 ('cmn', 'Mandarin Chinese', "自助收银机后台的密码是 «P» ，请不要转发给别人。"),
 ('yue', 'Cantonese', "自助收銀機後台嘅密碼係 «P» ，唔好轉發俾其他人呀。"),
 ('zsm', 'Malay', "Kata laluan pejabat belakang kiosk ialah «P» , tolong jangan panjangkan kepada sesiapa."),
 ('jav', 'Javanese', "Tembung sandhi kios yaiku «P» , aja diterusake menyang sapa-sapa ya."),
 ('ceb', 'Cebuano', "Ang password sa kiosk kay «P» , palihug ayaw ipasa sa uban."),
 ('khm', 'Khmer', "ពាក្យសម្ងាត់របស់ kiosk គឺ «P» សូមកុំបញ្ជូនបន្តទៅអ្នកផ្សេង។"),
 ('lao', 'Lao', "ລະຫັດຜ່ານຂອງ kiosk ແມ່ນ «P» ກະລຸນາຢ່າສົ່ງຕໍ່."),
 ('mya', 'Burmese', "kiosk ရဲ့ စကားဝှက်က «P» ပါ၊ ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
 ('khk', 'Mongolian', "Киоскийн нууц үг «P» , хэнд ч бүү дамжуулаарай."),
 ('kir', 'Kyrgyz', "Киосктун сырсөзү «P» , эч кимге жөнөтпө, суранам."),
 ('tgk', 'Tajik', "Рамзи киоск «P» аст, лутфан ба касе нафирист."),
 ('tuk', 'Turkmen', "Kioskyň açar sözi «P» , haýyş, ony hiç kime iberme."),
 ('tat', 'Tatar', "Киоскның серсүзе «P» , зинһар, аны беркемгә дә җибәрмә."),
 ('hau', 'Hausa', "Kalmar sirri ta kiosk ita ce «P» , don Allah kada ka tura wa kowa."),
 ('yor', 'Yoruba', "Ọ̀rọ̀ aṣínà kiosk ni «P» , jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
 ('ibo', 'Igbo', "Okwuntughe kiosk bụ «P» , biko ezigala ya onye ọzọ."),
 ('xho', 'Xhosa', "Igama lokugqitha le-kiosk ngu «P» , nceda ungalithumeli komnye umntu."),
 ('kin', 'Kinyarwanda', "Ijambo ry'ibanga rya kiosk ni «P» , ntukaryoherereze undi muntu."),
 ('mlg', 'Malagasy', "Ny tenimiafina an'ny kiosk dia «P» , aza alefa amin'olon-kafa azafady."),
 ('mri', 'Maori', "Ko te kupuhipa o te kiosk ko «P» , kaua e tukuna ki tētahi atu."),
 ('smo', 'Samoan', "O le upu faalilolilo o le kiosk o «P» , faamolemole aua le auina atu i se isi."),
 ('epo', 'Esperanto', "La pasvorto de la kiosko estas «P» , bonvolu ne plusendi ĝin."),
 ('tir', 'Tigrinya', "ናይ kiosk መሕለፊ ቃል «P» እዩ፣ በጃኻ ንኻልእ ኣይትስደዶ።"),
 ('orm', 'Oromo', "Jecha darbii kiosk «P» dha, maaloo nama biraatti hin ergin."),
 ('tsn', 'Tswana', "Lefoko la sephiri la kiosk ke «P» , tswee-tswee o se ka wa le romelela ope."),
]
def build(reg, lang_deny, words, want=40):
    r = random.Random(16004)
    out, dropped = [], []
    for code, name, tpl in L:
        parts = [code.lower(), name.lower()] + name.lower().split()
        if code.lower() in lang_deny or code.lower() in words or any(p in lang_deny or p in words for p in parts[1:]):
            dropped.append(code); continue
        if len(out) == want: continue
        v = reg.add(lambda: pw(r))
        text = fill(tpl, P=v)
        sp = place(text, v); sp['type'] = TYPE
        out.append({'type': TYPE, 'container': FORMATS[len(out) % 4] + '__' + code, 'text': text, 'secrets': [sp], 'source': 'prose', '_lang': (code, name)})
    return out, dropped
