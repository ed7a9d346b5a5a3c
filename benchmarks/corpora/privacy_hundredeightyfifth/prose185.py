"""Prose source: one sentence in each of 40 languages; someone tells a colleague a password."""
import random
import common185 as C

SEED = 18504
TYPE = "marina_office_pc_password_in_message"
FORMATS = ["harbour_office_vhf_handover_transcript", "sailing_instructors_group_chat_line",
           "race_committee_boat_logbook_note", "charter_base_text_message"]
# (code, name, sentence with §V§ set off by whitespace)
LANGS = [
    ("eng", "English", "Hi Tom, the marina office PC password is §V§ — please don't forward it to anyone."),
    ("fra", "French", "Salut Claire, le mot de passe du PC du bureau de la marina est §V§ ; ne le transfère à personne, s'il te plaît."),
    ("spa", "Spanish", "Hola Marta, la contraseña del PC de la oficina del puerto deportivo es §V§ y, por favor, no se la reenvíes a nadie."),
    ("nld", "Dutch", "Hoi Sanne, het wachtwoord van de pc op het havenkantoor is §V§ — stuur het alsjeblieft niet door."),
    ("swe", "Swedish", "Hej Erik, lösenordet till datorn på marinakontoret är §V§ – skicka det inte vidare till någon."),
    ("dan", "Danish", "Hej Mette, adgangskoden til pc'en på havnekontoret er §V§ – lad være med at sende den videre."),
    ("fin", "Finnish", "Hei Mikko, venesataman toimiston tietokoneen salasana on §V§ – älä välitä sitä kenellekään."),
    ("isl", "Icelandic", "Hæ Jón, lykilorðið að tölvunni á hafnarskrifstofunni er §V§ – ekki senda það áfram."),
    ("est", "Estonian", "Tere Kati, sadamakontori arvuti parool on §V§ – palun ära saada seda kellelegi edasi."),
    ("lav", "Latvian", "Sveiks, Jāni, ostas biroja datora parole ir §V§ – lūdzu, nepārsūti to nevienam."),
    ("lit", "Lithuanian", "Labas, Tomai, uosto biuro kompiuterio slaptažodis yra §V§ – prašau jo niekam nepersiųsti."),
    ("pol", "Polish", "Cześć Ania, hasło do komputera w biurze mariny to §V§ – proszę, nie przesyłaj go nikomu dalej."),
    ("ces", "Czech", "Ahoj Petře, heslo k počítači v kanceláři přístavu je §V§ – prosím, nikomu ho nepřeposílej."),
    ("slk", "Slovak", "Ahoj Jana, heslo k počítaču v kancelárii prístavu je §V§ – prosím, nikomu ho nepreposielaj."),
    ("slv", "Slovenian", "Živjo Matej, geslo za računalnik v pisarni marine je §V§ – prosim, ne pošiljaj ga naprej."),
    ("hrv", "Croatian", "Bok Ivana, lozinka za računalo u uredu marine je §V§ – molim te, nemoj je nikome prosljeđivati."),
    ("hun", "Hungarian", "Szia Péter, a kikötői iroda gépének jelszava §V§ – kérlek, ne küldd tovább senkinek."),
    ("ron", "Romanian", "Salut Andrei, parola calculatorului din biroul marinei este §V§ – te rog să nu o trimiți mai departe."),
    ("bul", "Bulgarian", "Здравей, Иване, паролата за компютъра в офиса на марината е §V§ – моля те, не я препращай на никого."),
    ("mkd", "Macedonian", "Здраво Ана, лозинката за компјутерот во канцеларијата на марината е §V§ – те молам, не ја препраќај никому."),
    ("ukr", "Ukrainian", "Привіт, Олено, пароль до комп'ютера в офісі марини: §V§ – будь ласка, нікому його не пересилай."),
    ("ell", "Greek", "Γεια σου Νίκο, ο κωδικός του υπολογιστή στο γραφείο της μαρίνας είναι §V§ – σε παρακαλώ μην τον προωθήσεις σε κανέναν."),
    ("tur", "Turkish", "Selam Ayşe, marina ofisindeki bilgisayarın şifresi §V§ – lütfen kimseye iletme."),
    ("aze", "Azerbaijani", "Salam Elvin, marina ofisindəki kompüterin şifrəsi §V§ – xahiş edirəm, onu heç kimə göndərmə."),
    ("kaz", "Kazakh", "Сәлем, Айгүл, марина кеңсесіндегі компьютердің құпиясөзі §V§ – өтінемін, оны ешкімге жіберме."),
    ("kat", "Georgian", "გამარჯობა ნინო, მარინის ოფისის კომპიუტერის პაროლია §V§ – გთხოვ, არავის გადაუგზავნო."),
    ("hye", "Armenian", "Բարև Արամ, նավահանգստի գրասենյակի համակարգչի գաղտնաբառն է §V§ – խնդրում եմ, ոչ մեկին մի՛ փոխանցիր։"),
    ("arb", "Arabic", "مرحباً سامي، كلمة مرور حاسوب مكتب المرسى هي §V§ – من فضلك لا تُرسلها لأحد."),
    ("pes", "Persian", "سلام سارا، رمز عبور کامپیوتر دفتر اسکله §V§ است – لطفاً آن را برای کسی نفرست."),
    ("urd", "Urdu", "السلام علیکم احمد، مرینا دفتر کے کمپیوٹر کا پاس ورڈ §V§ ہے – براہ کرم اسے کسی کو آگے نہ بھیجیں۔"),
    ("tam", "Tamil", "வணக்கம் ரவி, மரினா அலுவலக கணினியின் கடவுச்சொல் §V§ – தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்."),
    ("tel", "Telugu", "హాయ్ కిరణ్, మెరీనా ఆఫీసు కంప్యూటర్ పాస్‌వర్డ్ §V§ – దయచేసి దీన్ని ఎవరికీ పంపవద్దు."),
    ("tha", "Thai", "สวัสดีครับพี่ต้น รหัสผ่านคอมพิวเตอร์ที่สำนักงานมารีน่าคือ §V§ กรุณาอย่าส่งต่อให้ใครนะครับ"),
    ("vie", "Vietnamese", "Chào Lan, mật khẩu máy tính ở văn phòng bến du thuyền là §V§ – đừng chuyển tiếp cho ai nhé."),
    ("ind", "Indonesian", "Halo Budi, kata sandi PC kantor marina adalah §V§ – tolong jangan diteruskan ke siapa pun."),
    ("tgl", "Tagalog", "Hi Marco, ang password ng PC sa opisina ng marina ay §V§ – pakiusap, huwag mo itong ipasa kahit kanino."),
    ("swh", "Swahili", "Habari Amina, nenosiri la kompyuta ya ofisi ya bandari ya boti ni §V§ – tafadhali usimtumie mtu yeyote."),
    ("amh", "Amharic", "ሰላም ሳራ፣ የማሪና ቢሮ ኮምፒዩተር የይለፍ ቃል §V§ ነው – እባክሽ ለማንም አታስተላልፊው።"),
    ("mlt", "Maltese", "Hi Marija, il-password tal-kompjuter fl-uffiċċju tal-marina hija §V§ – jekk jogħġbok tgħaddihiex lil ħadd."),
    ("cym", "Welsh", "Helo Siân, cyfrinair cyfrifiadur swyddfa'r marina yw §V§ – paid â'i anfon ymlaen at neb, plîs."),
]
SPARES = [("bre", "Breton"), ("som", "Somali"), ("lao", "Lao")]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for i, (code, _name, sent) in enumerate(LANGS):
        v = reg.draw(lambda: C.password(rng, strict=True))
        text, s, e = C.fill(sent + "\n", v)
        out.append(dict(type=TYPE, container=FORMATS[i % 4] + "__" + code, text=text, value=v, start=s, end=e,
                        source="prose", lang=code))
    return out
