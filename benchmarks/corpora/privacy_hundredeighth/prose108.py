"""Prose: a person tells a colleague the depot charger admin password, in 40 new languages."""
import random
from shapes108 import SLOT, place, pw

FORMATS = ["ev_installer_viber_message", "utility_field_crew_email", "csms_helpdesk_ticket_note",
           "solar_installer_sms_thread", "grid_ops_telegram_line", "commissioning_protocol_remark",
           "energy_coop_forum_private_message", "charger_hotline_call_note"]
WRAP = {
    "ev_installer_viber_message": "[Viber] Lukas, 17:05: %s\n",
    "utility_field_crew_email": "Subject: Depot 3\n\n%s\n\n-- \nField crew North\n",
    "csms_helpdesk_ticket_note": "Ticket CSMS-2291 internal note: %s\n",
    "solar_installer_sms_thread": "SMS from +00 000 000 000: %s\n",
    "grid_ops_telegram_line": "grid-ops-bot | forwarded: %s\n",
    "commissioning_protocol_remark": "Commissioning protocol, remarks field: %s\n",
    "energy_coop_forum_private_message": "Private message (energy co-op forum): %s\n",
    "charger_hotline_call_note": "Hotline call note 14:20 - caller told: %s\n",
}
# (iso639-3, iso639-1 or '', English name, sentence with {V})
LANGS = [
    ("nld", "nl", "Dutch", "Het beheerderswachtwoord van de laadpalen in depot 3 is {V} – wijzig het na de inbedrijfstelling."),
    ("deu", "de", "German", "Das Admin-Passwort der Ladesäulen im Depot 3 lautet {V} – bitte nach der Inbetriebnahme ändern."),
    ("fra", "fr", "French", "Le mot de passe admin des bornes du dépôt 3 est {V} – changez-le après la mise en service."),
    ("spa", "es", "Spanish", "La contraseña de administrador de los cargadores del depósito 3 es {V} ; cámbiala después de la puesta en marcha."),
    ("por", "pt", "Portuguese", "A senha de administrador dos carregadores do depósito 3 é {V} – altere-a depois do comissionamento."),
    ("ita", "it", "Italian", "La password di amministratore delle colonnine del deposito 3 è {V} , cambiala dopo il collaudo."),
    ("isl", "is", "Icelandic", "Stjórnandalykilorð hleðslustöðvanna í geymslu 3 er {V} – breyttu því eftir gangsetningu."),
    ("nob", "nb", "Norwegian Bokmal", "Adminpassordet til laderne på depot 3 er {V} – bytt det etter idriftsettelsen."),
    ("ltz", "lb", "Luxembourgish", "D'Admin-Passwuert vun de Luedstatiounen am Depot 3 ass {V} – w.e.g. no der Inbetriebnahm änneren."),
    ("glg", "gl", "Galician", "O contrasinal de administrador dos cargadores do depósito 3 é {V} ; cámbiao despois da posta en marcha."),
    ("oci", "oc", "Occitan", "Lo senhal d'administrator dels cargadors del depòt 3 es {V} , cambiatz-lo aprèp la mesa en servici."),
    ("srp", "sr", "Serbian", "Администраторска лозинка пуњача у депоу 3 је {V} – промените је после пуштања у рад."),
    ("bos", "bs", "Bosnian", "Administratorska lozinka punjača u depou 3 je {V} – promijenite je nakon puštanja u rad."),
    ("rus", "ru", "Russian", "Пароль администратора зарядных станций в депо 3: {V} – смените его после ввода в эксплуатацию."),
    ("hin", "hi", "Hindi", "डिपो 3 के चार्जरों का एडमिन पासवर्ड {V} है – कमीशनिंग के बाद इसे बदल दें।"),
    ("ben", "bn", "Bengali", "ডিপো ৩-এর চার্জারগুলোর অ্যাডমিন পাসওয়ার্ড {V} – কমিশনিংয়ের পরে এটি বদলে দিন।"),
    ("mar", "mr", "Marathi", "डेपो 3 मधील चार्जरचा ॲडमिन पासवर्ड {V} आहे – कमिशनिंगनंतर तो बदला."),
    ("guj", "gu", "Gujarati", "ડેપો 3 ના ચાર્જરનો એડમિન પાસવર્ડ {V} છે – કમિશનિંગ પછી તેને બદલો."),
    ("tel", "te", "Telugu", "డిపో 3 చార్జర్ల అడ్మిన్ పాస్‌వర్డ్ {V} – కమిషనింగ్ తర్వాత దాన్ని మార్చండి."),
    ("kan", "kn", "Kannada", "ಡಿಪೋ 3 ಚಾರ್ಜರ್‌ಗಳ ಅಡ್ಮಿನ್ ಪಾಸ್‌ವರ್ಡ್ {V} – ಕಮಿಷನಿಂಗ್ ನಂತರ ಅದನ್ನು ಬದಲಾಯಿಸಿ."),
    ("mal", "ml", "Malayalam", "ഡിപ്പോ 3-ലെ ചാർജറുകളുടെ അഡ്മിൻ പാസ്‌വേഡ് {V} ആണ് – കമ്മീഷനിംഗിന് ശേഷം അത് മാറ്റുക."),
    ("sin", "si", "Sinhala", "ඩිපෝ 3 හි චාජර්වල ඇඩ්මින් මුරපදය {V} – ක්‍රියාත්මක කිරීමෙන් පසු එය වෙනස් කරන්න."),
    ("ara", "ar", "Arabic", "كلمة مرور المسؤول لشواحن المستودع 3 هي {V} – غيّرها بعد التشغيل."),
    ("heb", "he", "Hebrew", "סיסמת המנהל של עמדות הטעינה במחסן 3 היא {V} – החליפו אותה אחרי ההפעלה."),
    ("amh", "am", "Amharic", "የዴፖ 3 ቻርጀሮች የአስተዳዳሪ የይለፍ ቃል {V} ነው – ከተከላ በኋላ ይቀይሩት።"),
    ("hau", "ha", "Hausa", "Kalmar sirrin admin na cajojin depo 3 ita ce {V} – ka canza ta bayan an kunna su."),
    ("yor", "yo", "Yoruba", "Ọ̀rọ̀ aṣínà admin fún àwọn ṣaja ní depo 3 ni {V} – yí i padà lẹ́yìn ìfilọ́lẹ̀."),
    ("zul", "zu", "Zulu", "Iphasiwedi ye-admin yamashaja edepho 3 ithi {V} – yishintshe ngemva kokufakwa."),
    ("orm", "om", "Oromo", "Jecha darbii admin chaarjaroota depoo 3 {V} dha – erga hojii eegalee booda jijjiiri."),
    ("kaz", "kk", "Kazakh", "3-деподағы зарядтау станцияларының админ құпия сөзі: {V} – іске қосқаннан кейін өзгертіңіз."),
    ("uzb", "uz", "Uzbek", "3-depodagi quvvatlash stansiyalarining admin paroli {V} – ishga tushirgandan keyin uni almashtiring."),
    ("tuk", "tk", "Turkmen", "3-nji depodaky zarýad beriji enjamlaryň admin paroly {V} – işe girizilenden soň ony üýtgediň."),
    ("mon", "mn", "Mongolian", "Депо 3-ын цэнэглэгчийн админ нууц үг {V} – ашиглалтад оруулсны дараа сольж өгнө үү."),
    ("khm", "km", "Khmer", "ពាក្យសម្ងាត់អ្នកគ្រប់គ្រងនៃឧបករណ៍សាកថ្មនៅដេប៉ូ 3 គឺ {V} – សូមប្តូរវាក្រោយពេលដំឡើងរួច។"),
    ("mya", "my", "Burmese", "ဒီပို ၃ ရှိ အားသွင်းစက်များ၏ admin စကားဝှက်မှာ {V} ဖြစ်သည် – တပ်ဆင်ပြီးနောက် ပြောင်းပါ။"),
    ("msa", "ms", "Malay", "Kata laluan admin pengecas di depoh 3 ialah {V} – tukar selepas pentauliahan."),
    ("jav", "jv", "Javanese", "Tembung sandhi admin kanggo pengecas ing depo 3 yaiku {V} – ganti sawise dipasang."),
    ("ceb", "", "Cebuano", "Ang admin password sa mga charger sa depot 3 kay {V} – usba human sa commissioning."),
    ("haw", "", "Hawaiian", "ʻO ka ʻōlelo huna admin o nā mea hoʻouka uila ma ka depo 3 ʻo {V} – e hoʻololi ma hope o ka hoʻokomo ʻana."),
    ("sot", "st", "Sesotho", "Phasewete ya admin ya di-charger tsa depo 3 ke {V} – e fetole ka mora ho kenngwa tshebetsong."),
    ("lug", "lg", "Luganda", "Ekigambo eky'ekyama ekya admin eky'ebyuma ebicaajinga ku depo 3 kiri {V} – kikyuse oluvannyuma lw'okubiteekawo."),
    ("tat", "tt", "Tatar", "3 нче деподагы корылмаларның админ серсүзе: {V} – эшләтеп җибәргәннән соң аны алыштырыгыз."),
    ("kmr", "ku", "Northern Kurdish", "Şîfreya admin a şarjkerên li depoya 3an {V} e – piştî destpêkirinê wê biguherîne."),
    ("roh", "rm", "Romansh", "Il pled-clav d'admin da las staziuns da chargiar en il depo 3 è {V} – midai el suenter la messa en funcziun."),
]
SPAN_TYPE = "depot_charger_admin_password_told_in_message"


def build(langs, seed=10804):
    rng = random.Random(seed)
    out = []
    for i, (c3, c1, name, sent) in enumerate(langs):
        fmt = FORMATS[i % len(FORMATS)]
        v = pw(rng)
        tpl = WRAP[fmt] % sent.replace("{V}", SLOT)
        text, s, e = place(tpl, v)
        out.append({"type": SPAN_TYPE, "container": fmt + "__" + c3, "text": text,
                    "secrets": [{"value": v, "start": s, "end": e, "type": SPAN_TYPE}], "source": "prose"})
    return out
