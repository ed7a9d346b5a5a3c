"""Prose: someone tells a colleague the pipeline SCADA gateway password, in 40+ languages."""
from common115 import SLOT, owner_pw, place
V = SLOT
# (iso639-3, iso639-1 or "", English name, sentence)
LANGS = [
    ("pol", "pl", "Polish", "Hasło do bramki SCADA rurociągu to " + V + " – proszę nikomu go nie przekazywać."),
    ("ces", "cs", "Czech", "Heslo k SCADA bráně na potrubí je " + V + " – prosím, nikomu ho nepřeposílej."),
    ("ron", "ro", "Romanian", "Parola pentru gateway-ul SCADA al conductei este " + V + " – te rog să nu o trimiți nimănui."),
    ("por", "pt", "Portuguese", "A senha do gateway SCADA do oleoduto é " + V + " – por favor não a repasses a ninguém."),
    ("ita", "it", "Italian", "La password del gateway SCADA dell'oleodotto è " + V + " – per favore non inoltrarla a nessuno."),
    ("nld", "nl", "Dutch", "Het wachtwoord van de SCADA-gateway van de pijpleiding is " + V + " – stuur het alsjeblieft niet door."),
    ("swe", "sv", "Swedish", "Lösenordet till rörledningens SCADA-gateway är " + V + " – skicka det inte vidare till någon."),
    ("dan", "da", "Danish", "Adgangskoden til rørledningens SCADA-gateway er " + V + " – send den venligst ikke videre."),
    ("nob", "nb", "Norwegian Bokmal", "Passordet til SCADA-gatewayen på rørledningen er " + V + " – ikke send det videre til noen."),
    ("fra", "fr", "French", "Le mot de passe de la passerelle SCADA du pipeline est " + V + " – merci de ne le transférer à personne."),
    ("tur", "tr", "Turkish", "Boru hattı SCADA ağ geçidinin şifresi " + V + " – lütfen kimseye iletme."),
    ("ukr", "uk", "Ukrainian", "Пароль до шлюзу SCADA трубопроводу: " + V + " – будь ласка, нікому його не пересилай."),
    ("rus", "ru", "Russian", "Пароль от шлюза SCADA на трубопроводе: " + V + " – пожалуйста, никому его не пересылай."),
    ("srp", "sr", "Serbian", "Лозинка за SCADA мрежни пролаз цевовода је " + V + " – молим те, немој је никоме прослеђивати."),
    ("mkd", "mk", "Macedonian", "Лозинката за SCADA портата на гасоводот е " + V + " – те молам, не ја препраќај никому."),
    ("heb", "he", "Hebrew", "הסיסמה לשער ה-SCADA של הצינור היא " + V + " – בבקשה אל תעביר אותה לאף אחד."),
    ("hin", "hi", "Hindi", "पाइपलाइन SCADA गेटवे का पासवर्ड " + V + " है – कृपया इसे किसी को फ़ॉरवर्ड मत करना।"),
    ("ben", "bn", "Bengali", "পাইপলাইনের SCADA গেটওয়ের পাসওয়ার্ড হলো " + V + " – দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
    ("urd", "ur", "Urdu", "پائپ لائن SCADA گیٹ وے کا پاس ورڈ " + V + " ہے – براہ کرم کسی کو آگے نہ بھیجیں۔"),
    ("mar", "mr", "Marathi", "पाइपलाइन SCADA गेटवेचा पासवर्ड " + V + " आहे – कृपया तो कोणालाही फॉरवर्ड करू नका."),
    ("tel", "te", "Telugu", "పైప్‌లైన్ SCADA గేట్‌వే పాస్‌వర్డ్ " + V + " – దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("sin", "si", "Sinhala", "පයිප්ප මාර්ගයේ SCADA ගේට්වේ මුරපදය " + V + " – කරුණාකර කිසිවෙකුට යොමු නොකරන්න."),
    ("khm", "km", "Khmer", "ពាក្យសម្ងាត់សម្រាប់ SCADA gateway នៃបំពង់ប្រេងគឺ " + V + " – សូមកុំបញ្ជូនបន្តទៅអ្នកណាម្នាក់។"),
    ("khk", "mn", "Mongolian", "Хоолойн SCADA гарцын нууц үг " + V + " – хэнд ч бүү дамжуулаарай."),
    ("kaz", "kk", "Kazakh", "Құбыр SCADA шлюзінің құпия сөзі " + V + " – өтінемін, ешкімге жіберме."),
    ("uzb", "uz", "Uzbek", "Quvur SCADA shlyuzining paroli " + V + " – iltimos, uni hech kimga yuborma."),
    ("jpn", "ja", "Japanese", "パイプラインの SCADA ゲートウェイのパスワードは " + V + " です – 誰にも転送しないでください。"),
    ("kor", "ko", "Korean", "파이프라인 SCADA 게이트웨이 비밀번호는 " + V + " 입니다 – 아무에게도 전달하지 마세요."),
    ("yor", "yo", "Yoruba", "Ọ̀rọ̀ aṣínà fún SCADA gateway páìpù náà ni " + V + " – jọ̀wọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("hau", "ha", "Hausa", "Kalmar sirri ta SCADA gateway na bututun mai ita ce " + V + " – don Allah kada ka tura wa kowa."),
    ("zul", "zu", "Zulu", "Iphasiwedi ye-SCADA gateway yepayipi ithi " + V + " – ngicela ungayidluliseli kunoma ubani."),
    ("amh", "am", "Amharic", "የቧንቧ መስመሩ SCADA ጌትዌይ የይለፍ ቃል " + V + " ነው – እባክህ ለማንም አታስተላልፍ።"),
    ("orm", "om", "Oromo", "Jecha darbii SCADA gateway ujummoo " + V + " dha – maaloo nama kamiifuu hin dabarsin."),
    ("sot", "st", "Southern Sotho", "Phasewete ya SCADA gateway ya phaephe ke " + V + " – ka kopo o se ke wa e fetisetsa ho mang kapa mang."),
    ("tsn", "tn", "Tswana", "Lefoko la sephiri la SCADA gateway ya phaephe ke " + V + " – tsweetswee o se ka wa le romelela ope."),
    ("nya", "ny", "Chichewa", "Mawu achinsinsi a SCADA gateway ya paipi ndi " + V + " – chonde musawatumize kwa wina aliyense."),
    ("quy", "qu", "Quechua", "Tuberiapa SCADA gateway nisqanpa pakasqa siminqa " + V + " – ama pimanpas apachiychu."),
    ("grn", "gn", "Guarani", "Pe SCADA gateway tubo mba'e ñe'ẽñemi ha'e " + V + " – ani remondo avavépe."),
    ("hat", "ht", "Haitian Creole", "Modpas SCADA gateway tiyo a se " + V + " – tanpri pa voye l bay pèsonn."),
    ("ltz", "lb", "Luxembourgish", "D'Passwuert fir de SCADA-Gateway vun der Pipeline ass " + V + " – schéck et w.e.g. kengem weider."),
    ("fao", "fo", "Faroese", "Loyniorðið til SCADA-portrið á rørleiðingini er " + V + " – send tað ikki víðari til nakran."),
    ("glg", "gl", "Galician", "O contrasinal da pasarela SCADA do oleoduto é " + V + " – por favor non llo reenvíes a ninguén."),
    ("bre", "br", "Breton", "Ger-tremen porzh SCADA ar san-eoul eo " + V + " – na gas anezhañ da zen, mar plij."),
    ("ton", "to", "Tongan", "Ko e lea fufū ki he SCADA gateway ʻo e paipa ko " + V + " – kātaki ʻoua ʻe fakaʻaliʻali ki ha taha."),
    ("tpi", "", "Tok Pisin", "Paswot bilong SCADA gateway bilong paip em " + V + " – plis no ken salim i go long narapela."),
    ("kmr", "ku", "Northern Kurdish", "Şîfreya SCADA gateway ya boriyê " + V + " e – ji kerema xwe ji kesî re neşîne."),
    ("uig", "ug", "Uyghur", "تۇرۇبا SCADA شلۇزىنىڭ مەخپىي نومۇرى " + V + " – ھېچكىمگە يوللىماڭ."),
]
FORMATS = [
    ("rig_crew_whatsapp_forward", "[06:02, 14/03/2027] Night toolpusher: @S@"),
    ("control_room_handover_mail_body", "Subject: handover console 3\n\n@S@\n\n-- sent from mobile"),
    ("hse_case_portal_comment", "#INC-27-0412 comment (restricted):\n@S@"),
    ("mine_dispatch_radio_log_note", "2027-03-14 05:48 DISPATCH NOTE: @S@"),
    ("pipeline_ops_chat_message_json", "{\"from\": \"ops.lead\", \"channel\": \"lds-oncall\", \"text\": \"@S@\"}"),
    ("field_tech_sms_export_row", "2027-03-14 07:15:02;+15555550142;IN;@S@"),
    ("geoscience_wechat_style_note", "[Note to self] @S@"),
    ("contractor_portal_direct_message", "Message from Site Supervisor (Contractor Portal):\n@S@"),
]
SPAN_TYPE = "pipeline_scada_gateway_password_told_to_colleague"


def build(r, langs):
    recs = []
    for i, (iso3, iso1, name, sent) in enumerate(langs):
        fmt, frame = FORMATS[i % len(FORMATS)]
        v = owner_pw(r)
        text, s, e = place(frame.replace("@S@", sent), v)
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + iso3, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": SPAN_TYPE}], "source": "prose"})
    return recs
