"""Prose: someone tells a colleague the PLM admin password in 40+ candidate languages."""
from common127 import G, FASHION_WORDS, place

V = '\ue000'
TYPE = 'plm_admin_password_told_in_chat'
FORMATS = ['sample_room_line_chat', 'factory_liaison_mail_line', 'sourcing_ticket_remark', 'showroom_sms_line', 'atelier_voice_note_transcript']

# (iso639-3, iso639-1, English name, sentence)
LANGS = [
    ('spa', 'es', 'Spanish', 'La contraseña del PLM es ' + V + ' , por favor no la reenvíes.'),
    ('nld', 'nl', 'Dutch', 'Het wachtwoord voor de PLM is ' + V + ' , stuur het alsjeblieft niet door.'),
    ('ell', 'el', 'Greek', 'Ο κωδικός για το PLM είναι ' + V + ' , σε παρακαλώ μην τον προωθήσεις.'),
    ('hun', 'hu', 'Hungarian', 'A PLM jelszava ' + V + ' , kérlek, ne továbbítsd.'),
    ('fin', 'fi', 'Finnish', 'PLM:n salasana on ' + V + ' , älä välitä sitä eteenpäin.'),
    ('est', 'et', 'Estonian', 'PLM-i parool on ' + V + ' , palun ära saada seda edasi.'),
    ('lav', 'lv', 'Latvian', 'PLM parole ir ' + V + ' , lūdzu, nepārsūti to.'),
    ('lit', 'lt', 'Lithuanian', 'PLM slaptažodis yra ' + V + ' , prašau jo nepersiųsti.'),
    ('slk', 'sk', 'Slovak', 'Heslo do PLM je ' + V + ' , prosím, nepreposielaj ho.'),
    ('slv', 'sl', 'Slovenian', 'Geslo za PLM je ' + V + ' , prosim, ne posreduj ga naprej.'),
    ('hrv', 'hr', 'Croatian', 'Lozinka za PLM je ' + V + ' , molim te, nemoj je prosljeđivati.'),
    ('bul', 'bg', 'Bulgarian', 'Паролата за PLM е ' + V + ' , моля, не я препращай.'),
    ('bel', 'be', 'Belarusian', 'Пароль да PLM — ' + V + ' , калі ласка, не перасылай яго.'),
    ('sqi', 'sq', 'Albanian', 'Fjalëkalimi i PLM është ' + V + ' , të lutem mos e përcill.'),
    ('hye', 'hy', 'Armenian', 'PLM-ի գաղտնաբառը ' + V + ' է, խնդրում եմ չուղարկես ուրիշին։'),
    ('kat', 'ka', 'Georgian', 'PLM-ის პაროლია ' + V + ' , გთხოვ, არავის გადაუგზავნო.'),
    ('aze', 'az', 'Azerbaijani', 'PLM-in şifrəsi ' + V + ' , xahiş edirəm, heç kimə göndərmə.'),
    ('kir', 'ky', 'Kyrgyz', 'PLM сырсөзү ' + V + ' , суранам, эч кимге жөнөтпө.'),
    ('tgk', 'tg', 'Tajik', 'Пароли PLM ' + V + ' аст, лутфан онро ба касе нафиристед.'),
    ('fas', 'fa', 'Persian', 'رمز PLM این است: ' + V + ' لطفاً آن را برای کسی نفرست.'),
    ('urd', 'ur', 'Urdu', 'PLM کا پاس ورڈ ' + V + ' ہے، براہ کرم اسے آگے نہ بھیجیں۔'),
    ('pan', 'pa', 'Punjabi', 'PLM ਦਾ ਪਾਸਵਰਡ ' + V + ' ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।'),
    ('tam', 'ta', 'Tamil', 'PLM கடவுச்சொல் ' + V + ' , தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்.'),
    ('vie', 'vi', 'Vietnamese', 'Mật khẩu PLM là ' + V + ' , đừng chuyển tiếp cho ai nhé.'),
    ('tha', 'th', 'Thai', 'รหัสผ่าน PLM คือ ' + V + ' อย่าส่งต่อให้ใครนะ'),
    ('lao', 'lo', 'Lao', 'ລະຫັດຜ່ານ PLM ແມ່ນ ' + V + ' ກະລຸນາຢ່າສົ່ງຕໍ່.'),
    ('tgl', 'tl', 'Tagalog', 'Ang password ng PLM ay ' + V + ' , huwag mo itong ipasa sa iba.'),
    ('swa', 'sw', 'Swahili', 'Nenosiri la PLM ni ' + V + ' , tafadhali usilitume kwa mtu mwingine.'),
    ('amh', 'am', 'Amharic', 'የPLM የይለፍ ቃል ' + V + ' ነው፣ እባክህ ለማንም አታስተላልፍ።'),
    ('som', 'so', 'Somali', 'Furaha sirta ah ee PLM waa ' + V + ' , fadlan ha u gudbin qof kale.'),
    ('kin', 'rw', 'Kinyarwanda', "Ijambo ry'ibanga rya PLM ni " + V + ' , ntuyohereze undi muntu.'),
    ('ibo', 'ig', 'Igbo', 'Okwuntughe PLM bụ ' + V + ' , biko ezigala ya onye ọzọ.'),
    ('xho', 'xh', 'Xhosa', 'Igama lokugqitha le-PLM ngu ' + V + ' , nceda ungalithumeli komnye umntu.'),
    ('afr', 'af', 'Afrikaans', 'Die wagwoord vir die PLM is ' + V + ' , moet dit asseblief nie aanstuur nie.'),
    ('mlt', 'mt', 'Maltese', 'Il-password tal-PLM hija ' + V + ' , jekk jogħġbok tibgħatha lil ħadd.'),
    ('cym', 'cy', 'Welsh', "Cyfrinair y PLM yw " + V + ' , paid â’i anfon ymlaen os gweli di’n dda.'),
    ('gle', 'ga', 'Irish', 'Is é pasfhocal an PLM ná ' + V + ' , ná seol ar aghaidh é le do thoil.'),
    ('gla', 'gd', 'Scottish Gaelic', 'Is e facal-faire an PLM ' + V + ' , na cuir air adhart e.'),
    ('eus', 'eu', 'Basque', 'PLMaren pasahitza ' + V + ' da, mesedez ez birbidali.'),
    ('cat', 'ca', 'Catalan', 'La contrasenya del PLM és ' + V + ' , si us plau no la reenviïs.'),
    ('epo', 'eo', 'Esperanto', 'La pasvorto de la PLM estas ' + V + ' , bonvolu ne plusendi ĝin.'),
    ('mri', 'mi', 'Maori', 'Ko te kupuhipa mō te PLM ko ' + V + ' , kaua e tukuna ki tētahi atu.'),
    ('smo', 'sm', 'Samoan', "O le upu faataga mo le PLM o le " + V + ' , faamolemole aua le auina atu.'),
    ('mlg', 'mg', 'Malagasy', "Ny tenimiafina ho an'ny PLM dia " + V + ' , aza alefa amin’olon-kafa azafady.'),
    ('pus', 'ps', 'Pashto', 'د PLM پټنوم ' + V + ' دی، مهرباني وکړه بل چا ته یې مه لېږه.'),
]

INTROS = {
    'sample_room_line_chat': '[10:42] {U}: ',
    'factory_liaison_mail_line': 'Subject: PLM\n\n',
    'sourcing_ticket_remark': 'SRC-2231 remark by {U}: ',
    'showroom_sms_line': 'SMS from +33 6 00 00 00 00: ',
    'atelier_voice_note_transcript': 'Voice note (auto-transcribed): ',
}


def build(seed=12704, lang_ok=lambda iso3, iso1, name: True):
    g = G(seed)
    out, dropped = [], []
    for iso3, iso1, name, sent in LANGS:
        val = g.pw(FASHION_WORDS)
        if not lang_ok(iso3, iso1, name):
            dropped.append(iso3)
            continue
        if len(out) >= 40:
            dropped.append(iso3 + ' (spare)')
            continue
        fmt = FORMATS[len(out) % len(FORMATS)]
        body = INTROS[fmt].format(U=g.r.choice(['lea', 'tomas', 'ines', 'amir', 'noor', 'kai'])) + sent
        text, s, e = place(body, val)
        out.append({'type': TYPE, 'container': fmt + '__' + iso3, 'text': text,
                    'secrets': [{'value': val, 'start': s, 'end': e, 'type': TYPE}], 'source': 'prose'})
    return out, dropped
