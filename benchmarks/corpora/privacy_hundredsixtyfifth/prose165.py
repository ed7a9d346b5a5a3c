"""Prose: a dispatcher tells a colleague the dispatch-console password, one sentence per language."""
from common165 import JOINERS_SAFE, MARK, password, span_record

SPAN_TYPE = "dispatch_console_password_told_to_colleague"
FORMATS = ["dispatch_floor_signal_message", "station_captain_email_line",
           "cad_helpdesk_ticket_note", "ems_crew_sms"]

V = MARK
# (iso 639-3 code, English name, sentence). Scripts without spaces get spaces around the value.
LANGS = [
    ("deu", "German", "Das Passwort für die Einsatzkonsole auf Wache 3 lautet ⟦V⟧ , bitte nicht weiterleiten."),
    ("ita", "Italian", "La password della console operativa della caserma 3 è ⟦V⟧ , per favore non inoltrarla."),
    ("por", "Portuguese", "A senha da consola de despacho do quartel 3 é ⟦V⟧ , por favor não a reencaminhes."),
    ("glg", "Galician", "O contrasinal da consola de despacho do parque 3 é ⟦V⟧ , por favor non o reenvíes."),
    ("ast", "Asturian", "La contraseña de la consola de despachu del parque 3 ye ⟦V⟧ , por favor nun la reunvíes."),
    ("oci", "Occitan", "Lo senhal de la consòla de mandadís de la caserna 3 es ⟦V⟧ , te prègui de lo pas transmetre."),
    ("ltz", "Luxembourgish", "D'Passwuert fir d'Asazkonsol op der Wach 3 ass ⟦V⟧ , w.e.g. net weiderschécken."),
    ("fry", "Western Frisian", "It wachtwurd foar de meldkeamerkonsole fan kazerne 3 is ⟦V⟧ , stjoer it asjebleaft net troch."),
    ("afr", "Afrikaans", "Die wagwoord vir die versendingkonsole by stasie 3 is ⟦V⟧ , moet dit asseblief nie aanstuur nie."),
    ("nob", "Norwegian Bokmål", "Passordet til utkallingskonsollen på stasjon 3 er ⟦V⟧ , ikke videresend det."),
    ("fao", "Faroese", "Loyniorðið til sendiborðið á støð 3 er ⟦V⟧ , vinarliga send tað ikki víðari."),
    ("rus", "Russian", "Пароль от диспетчерской консоли в части 3 — ⟦V⟧ , пожалуйста, никому не пересылай."),
    ("srp", "Serbian", "Лозинка за диспечерску конзолу у станици 3 је ⟦V⟧ , молим те не прослеђуј је."),
    ("bos", "Bosnian", "Šifra za dispečersku konzolu na stanici 3 je ⟦V⟧ , molim te nemoj je prosljeđivati."),
    ("epo", "Esperanto", "La pasvorto de la dispeĉa konzolo en stacio 3 estas ⟦V⟧ , bonvolu ne plusendi ĝin."),
    ("lat", "Latin", "Tessera consolae in statione tertia est ⟦V⟧ , quaeso ne cuiquam mittas."),
    ("heb", "Hebrew", "הסיסמה לעמדת השליטה בתחנה 3 היא ⟦V⟧ , בבקשה אל תעביר אותה הלאה."),
    ("jpn", "Japanese", "3 番署の指令卓のパスワードは ⟦V⟧ です。転送しないでください。"),
    ("kor", "Korean", "3 소방서 상황실 콘솔 비밀번호는 ⟦V⟧ 입니다. 다른 사람에게 전달하지 마세요."),
    ("cmn", "Mandarin Chinese", "3 号站调度台的密码是 ⟦V⟧ ，请不要转发。"),
    ("yue", "Cantonese", "3 號局調派台嘅密碼係 ⟦V⟧ ，唔好轉發俾人呀。"),
    ("hin", "Hindi", "स्टेशन 3 के डिस्पैच कंसोल का पासवर्ड ⟦V⟧ है, कृपया इसे आगे मत भेजना।"),
    ("ben", "Bengali", "স্টেশন ৩-এর ডিসপ্যাচ কনসোলের পাসওয়ার্ড ⟦V⟧ , দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
    ("guj", "Gujarati", "સ્ટેશન 3 ના ડિસ્પેચ કન્સોલનો પાસવર્ડ ⟦V⟧ છે, કૃપા કરીને આગળ મોકલશો નહીં."),
    ("kan", "Kannada", "ಸ್ಟೇಷನ್ 3 ರ ಡಿಸ್ಪ್ಯಾಚ್ ಕನ್ಸೋಲ್ ಪಾಸ್‌ವರ್ಡ್ ⟦V⟧ , ದಯವಿಟ್ಟು ಇದನ್ನು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
    ("mal", "Malayalam", "സ്റ്റേഷൻ 3 ലെ ഡിസ്പാച്ച് കൺസോളിന്റെ പാസ്‌വേഡ് ⟦V⟧ ആണ്, ദയവായി ഇത് ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
    ("npi", "Nepali", "स्टेशन ३ को डिस्प्याच कन्सोलको पासवर्ड ⟦V⟧ हो, कृपया यो अरूलाई नपठाउनुहोस्।"),
    ("khm", "Khmer", "ពាក្យសម្ងាត់កុងសូលបញ្ជូនរបស់ស្ថានីយ៍ទី 3 គឺ ⟦V⟧ សូមកុំបញ្ជូនបន្តទៅអ្នកផ្សេង។"),
    ("lao", "Lao", "ລະຫັດຜ່ານຂອງຄອນໂຊນສົ່ງວຽກຢູ່ສະຖານີ 3 ແມ່ນ ⟦V⟧ ກະລຸນາຢ່າສົ່ງຕໍ່."),
    ("mya", "Burmese", "စခန်း ၃ ရဲ့ ညွှန်ကြားရေး ကွန်ဆိုးလ် စကားဝှက်က ⟦V⟧ ဖြစ်ပါတယ်၊ ဘယ်သူ့ကိုမှ ဆက်မပို့ပါနဲ့။"),
    ("zsm", "Malay", "Kata laluan konsol penghantaran di balai 3 ialah ⟦V⟧ , tolong jangan majukan kepada sesiapa."),
    ("jav", "Javanese", "Tembung sandhi konsol dispatch ing pos 3 yaiku ⟦V⟧ , aja diterusake menyang sapa-sapa ya."),
    ("ceb", "Cebuano", "Ang password sa dispatch console sa estasyon 3 kay ⟦V⟧ , palihug ayaw ipasa sa uban."),
    ("hau", "Hausa", "Kalmar sirri ta na'urar aika-aika a tasha ta 3 ita ce ⟦V⟧ , don Allah kada ka tura wa kowa."),
    ("yor", "Yoruba", "Ọ̀rọ̀ aṣínà fún kọ́nsólù ìfiránṣẹ́ ní ibùdó 3 ni ⟦V⟧ , jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹnikẹ́ni."),
    ("ibo", "Igbo", "Okwuntughe nke njikwa nzipu na ọdụ 3 bụ ⟦V⟧ , biko ezigala ya onye ọzọ."),
    ("zul", "Zulu", "Iphasiwedi yekhonsoli yokuthumela esiteshini 3 ithi ⟦V⟧ , ngicela ungayidluliseli kwabanye."),
    ("xho", "Xhosa", "Igama lokugqitha lekhonsoli yokuthumela kwisikhululo 3 ngu ⟦V⟧ , nceda ungaligqithiseli komnye umntu."),
    ("kin", "Kinyarwanda", "Ijambo ry'ibanga rya konsole yo kohereza kuri sitasiyo ya 3 ni ⟦V⟧ , ntuzaryoherereze undi muntu."),
    ("mlg", "Malagasy", "Ny tenimiafina amin'ny console fandefasana ao amin'ny toby 3 dia ⟦V⟧ , aza alefa amin'olon-kafa azafady."),
    ("khk", "Halh Mongolian", "3-р ангийн дуудлагын консолын нууц үг ⟦V⟧ , хэнд ч бүү дамжуулаарай."),
    ("kir", "Kyrgyz", "3-бөлүмдөгү диспетчердик консолдун сырсөзү ⟦V⟧ , эч кимге жөнөтпө."),
    ("tgk", "Tajik", "Рамзи консоли диспетчерии истгоҳи 3 ⟦V⟧ аст, лутфан ба касе нафиристед."),
    ("tat", "Tatar", "3 нче частьтагы диспетчер консоленең серсүзе ⟦V⟧ , зинһар, беркемгә дә җибәрмә."),
    ("ckb", "Central Kurdish", "وشەی نهێنی کۆنسۆڵی ناردن لە وێستگەی 3 بریتییە لە ⟦V⟧ ، تکایە بۆ کەسی تری مەنێرە."),
    ("kmr", "Kurmanji", "Şîfreya konsola şandinê ya stasyona 3 ⟦V⟧ e , ji kerema xwe ji kesî re neşîne."),
    ("gla", "Scottish Gaelic", "Is e ⟦V⟧ am facal-faire airson consòl na stèisein 3 , na cuir air adhart e."),
    ("bre", "Breton", "Ger-tremen ar c'honsol kas e kreizenn 3 eo ⟦V⟧ , na gas anezhañ da zen all mar plij."),
    ("mri", "Maori", "Ko te kupuhipa mō te papatohu tuku i te teihana 3 ko ⟦V⟧ , kaua e tukuna ki ētahi atu."),
    ("haw", "Hawaiian", "ʻO ⟦V⟧ ka ʻōlelo hūnā no ka papa hoʻouna ma ka hale kinai ahi 3 , mai hoʻouna aku i nā poʻe ʻē aʻe."),
    ("smo", "Samoan", "O le upu faalilolilo mo le komepiuta auina atu i le ofisa 3 o ⟦V⟧ , faamolemole aua neʻi e lafoina i se isi."),
    ("hat", "Haitian Creole", "Modpas konsòl dispatch nan estasyon 3 a se ⟦V⟧ , tanpri pa voye l bay pèsonn."),
]


def lang_refused(code, name, deny):
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    names = set(deny["names"])
    if code in codes or code in lnames or code in names:
        return True
    if name.lower() in lnames or name.lower() in names:
        return True
    for w in name.lower().split():
        if w in lnames:
            return True
    return False


def build(rng, registry, start_index, deny):
    recs, refused, spare = [], [], []
    n = start_index
    used = 0
    for code, name, sent in LANGS:
        if lang_refused(code, name, deny):
            refused.append(code)
            continue
        if used >= 40:
            spare.append(code)
            continue
        value = registry.draw(password, rng, JOINERS_SAFE)
        fmt = FORMATS[used % len(FORMATS)]
        n += 1
        used += 1
        recs.append(span_record("p165-s-%04d" % n, SPAN_TYPE, fmt + "__" + code, sent, value, "prose"))
    return recs, refused, spare
