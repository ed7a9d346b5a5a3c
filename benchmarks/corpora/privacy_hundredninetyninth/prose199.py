"""Prose source: someone tells a colleague the front-desk iPad password in 40 languages."""
import random
import common199 as C

SEED = 19904
TYPE = "front_desk_ipad_password_in_message"
FORMATS = ["teacher_staffroom_chat_line", "dojo_sensei_sms", "studio_office_email_sentence",
           "front_desk_voicemail_transcript"]

# code, name, script, sentence ({V} is set off by whitespace on both sides)
LANGS = [
    ("fra", "French", "Latin", "Le mot de passe de l'iPad de l'accueil est {V} – merci de ne pas le transférer."),
    ("spa", "Spanish", "Latin", "La contraseña del iPad de recepción es {V} y por favor no la reenvíes."),
    ("cat", "Catalan", "Latin", "La contrasenya de l'iPad de recepció és {V} i si us plau no la reenviïs."),
    ("eus", "Basque", "Latin", "Harrerako iPadaren pasahitza {V} da, mesedez ez bidali inori."),
    ("nld", "Dutch", "Latin", "Het wachtwoord van de iPad bij de receptie is {V} – stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Latin", "Lösenordet till iPaden i receptionen är {V} – vidarebefordra det inte."),
    ("dan", "Danish", "Latin", "Adgangskoden til iPad'en i receptionen er {V} – send den ikke videre."),
    ("fin", "Finnish", "Latin", "Vastaanoton iPadin salasana on {V} – älä välitä sitä eteenpäin."),
    ("est", "Estonian", "Latin", "Vastuvõtu iPadi parool on {V} – palun ära saada seda edasi."),
    ("lit", "Lithuanian", "Latin", "Registratūros iPado slaptažodis yra {V} – prašau jo niekam nepersiųsti."),
    ("lav", "Latvian", "Latin", "Reģistratūras iPad parole ir {V} – lūdzu, nepārsūti to tālāk."),
    ("pol", "Polish", "Latin", "Hasło do iPada w recepcji to {V} – proszę, nie przesyłaj go dalej."),
    ("ces", "Czech", "Latin", "Heslo k iPadu na recepci je {V} – prosím, nepřeposílej ho dál."),
    ("slk", "Slovak", "Latin", "Heslo k iPadu na recepcii je {V} – prosím, neposielaj ho ďalej."),
    ("slv", "Slovenian", "Latin", "Geslo za iPad na recepciji je {V} – prosim, ne posreduj ga naprej."),
    ("hrv", "Croatian", "Latin", "Lozinka za iPad na recepciji je {V} – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Latin", "A recepciós iPad jelszava {V} – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola iPad-ului de la recepție este {V} – te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата за айпада на рецепцията е {V} – моля, не я препращай."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до айпада на рецепції – {V} – будь ласка, нікому його не пересилай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад айпада на рэцэпцыі – {V} – калі ласка, не перасылай яго нікому."),
    ("ell", "Greek", "Greek", "Ο κωδικός του iPad στην υποδοχή είναι {V} – σε παρακαλώ μην τον προωθήσεις."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i iPad-it në recepsion është {V} – të lutem mos ia përcill askujt."),
    ("tur", "Turkish", "Latin", "Resepsiyondaki iPad'in şifresi {V} – lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Latin", "Resepsiyadakı iPad-in şifrəsi {V} – xahiş edirəm, heç kimə göndərmə."),
    ("kat", "Georgian", "Georgian", "მიღების iPad-ის პაროლია {V} – გთხოვ, არავის გაუგზავნო."),
    ("hye", "Armenian", "Armenian", "Ընդունարանի iPad-ի գաղտնաբառը {V} է – խնդրում եմ, ոչ մեկին մի ուղարկիր։"),
    ("pes", "Persian", "Arabic script", "رمز آی‌پد پذیرش {V} است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "Arabic script", "ریسیپشن والے آئی پیڈ کا پاس ورڈ {V} ہے – براہ کرم اسے آگے نہ بھیجیں۔"),
    ("tam", "Tamil", "Tamil", "வரவேற்பு iPad இன் கடவுச்சொல் {V} – தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "రిసెప్షన్ ఐప్యాడ్ పాస్‌వర్డ్ {V} – దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("tha", "Thai", "Thai", "รหัสผ่านของไอแพดที่เคาน์เตอร์ต้อนรับคือ {V} อย่าส่งต่อให้ใครนะ"),
    ("lao", "Lao", "Lao", "ລະຫັດຜ່ານຂອງ iPad ຢູ່ຕ້ອນຮັບແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu iPad ở quầy lễ tân là {V} – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Latin", "Kata sandi iPad di resepsionis adalah {V} – tolong jangan diteruskan ke siapa pun."),
    ("swh", "Swahili", "Latin", "Nenosiri la iPad ya mapokezi ni {V} – tafadhali usiitume kwa mtu mwingine."),
    ("amh", "Amharic", "Ethiopic", "የእንግዳ መቀበያው አይፓድ የይለፍ ቃል {V} ነው – እባክህ ለማንም አታስተላልፍ።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee iPad-ka soo dhaweynta waa {V} – fadlan cidna ha u gudbin."),
    ("gle", "Irish", "Latin", "Is é {V} an pasfhocal don iPad ag an bhfáiltiú – ná seol ar aghaidh é, le do thoil."),
    ("cym", "Welsh", "Latin", "Cyfrinair yr iPad yn y dderbynfa yw {V} – paid â'i anfon ymlaen at neb."),
]
SPARES = [
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за ајпадот на рецепција е {V} – те молам, не ја препраќај."),
    ("kir", "Kyrgyz", "Cyrillic", "Кабылдамадагы айпаддын сырсөзү {V} – суранам, эч кимге жөнөтпө."),
    ("mlt", "Maltese", "Latin", "Il-password tal-iPad tar-reċezzjoni hija {V} – jekk jogħġbok tgħaddihiex lil ħadd."),
]


def build(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    for i, (code, _name, _script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: C.password(rng, strict=True))
        text = C.fill(sent, value)
        recs.append(C.make_record("%s-s-%04d" % (C.PREFIX, start_id + i), TYPE,
                                  FORMATS[i % 4] + "__" + code, text, value, "prose"))
    return recs
