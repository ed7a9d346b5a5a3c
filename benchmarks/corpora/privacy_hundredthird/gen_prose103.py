"""Prose: a producer tells a co-host the stream source password, in new languages."""
from common103 import Gen

M = "\ue000"
# (iso639-3, English name, sentence with {V})
LANGS = [
    ("deu", "German", "Das Source-Passwort für die Freitagssendung ist {V} – bitte nicht in den Gruppenchat posten."),
    ("ita", "Italian", "La password della sorgente per la diretta di venerdì è {V}, per favore non scriverla nella chat di gruppo."),
    ("nob", "Norwegian", "Kildepassordet til fredagssendingen er {V}, ikke legg det ut i gruppechatten."),
    ("hin", "Hindi", "शुक्रवार के शो का सोर्स पासवर्ड {V} है, कृपया इसे ग्रुप चैट में मत डालना।"),
    ("urd", "Urdu", "جمعہ کے شو کا سورس پاس ورڈ {V} ہے، براہ کرم اسے گروپ چیٹ میں مت ڈالیں۔"),
    ("pan", "Punjabi", "ਸ਼ੁੱਕਰਵਾਰ ਦੇ ਸ਼ੋਅ ਦਾ ਸੋਰਸ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਗਰੁੱਪ ਚੈਟ ਵਿੱਚ ਨਾ ਪਾਓ।"),
    ("guj", "Gujarati", "શુક્રવારના શોનો સોર્સ પાસવર્ડ {V} છે, કૃપા કરીને તેને ગ્રુપ ચેટમાં ન મૂકશો."),
    ("kan", "Kannada", "ಶುಕ್ರವಾರದ ಶೋನ ಸೋರ್ಸ್ ಪಾಸ್‌ವರ್ಡ್ {V} , ದಯವಿಟ್ಟು ಅದನ್ನು ಗ್ರೂಪ್ ಚಾಟ್‌ನಲ್ಲಿ ಹಾಕಬೇಡಿ."),
    ("mal", "Malayalam", "വെള്ളിയാഴ്ച ഷോയുടെ സോഴ്സ് പാസ്‌വേഡ് {V} ആണ്, ദയവായി ഇത് ഗ്രൂപ്പ് ചാറ്റിൽ ഇടരുത്."),
    ("nep", "Nepali", "शुक्रबारको शोको सोर्स पासवर्ड {V} हो, कृपया यसलाई ग्रुप च्याटमा नराख्नुहोस्।"),
    ("mya", "Burmese", "သောကြာနေ့ ရှိုး၏ source password မှာ {V} ဖြစ်သည်၊ group chat ထဲ မတင်ပါနှင့်။"),
    ("lao", "Lao", "ລະຫັດຜ່ານ source ຂອງລາຍການວັນສຸກແມ່ນ {V} ກະລຸນາຢ່າໂພສໃນກຸ່ມແຊັດ."),
    ("pus", "Pashto", "د جمعې د خپرونې د سرچینې پټنوم {V} دی، مهرباني وکړئ په ګروپ چټ کې یې مه اچوئ."),
    ("tgk", "Tajik", "Пароли манбаъ барои барномаи ҷумъа {V} аст, лутфан онро дар чати гурӯҳӣ нагузоред."),
    ("kir", "Kyrgyz", "Жума күнкү берүүнүн булак сырсөзү {V}, аны топтук чатка жазбаңыз."),
    ("tuk", "Turkmen", "Anna güni tapgyryň çeşme paroly {V}, ony topar çatyna ýazmaň."),
    ("tat", "Tatar", "Җомга тапшыруының чыганак серсүзе {V}, зинһар, аны төркем чатына язмагыз."),
    ("mkd", "Macedonian", "Лозинката за изворот на петочната емисија е {V}, те молам не ја објавувај во групниот чет."),
    ("sqi", "Albanian", "Fjalëkalimi i burimit për emisionin e së premtes është {V}, të lutem mos e posto në chat-in e grupit."),
    ("bos", "Bosnian", "Lozinka za izvor petkove emisije je {V}, molim te nemoj je stavljati u grupni chat."),
    ("mlt", "Maltese", "Il-password tas-sors għall-programm tal-Ġimgħa hija {V}, jekk jogħġbok tpoġġihiex fiċ-chat tal-grupp."),
    ("gle", "Irish", "Is é {V} pasfhocal na foinse don seó Dé hAoine, ná cuir sa ghrúpchomhrá é le do thoil."),
    ("gla", "Scottish Gaelic", "Is e {V} facal-faire an tùis airson taisbeanadh Dihaoine, na cuir sa chabadaich bhuidhinn e."),
    ("bre", "Breton", "Ger-tremen ar vammenn evit abadenn ar Gwener eo {V}, na lak ket anezhañ er flap a-stroll mar plij."),
    ("fao", "Faroese", "Loyniorðið til keldu fríggjadagssendingarinnar er {V}, vinaliga set tað ikki í bólkaprátið."),
    ("fry", "Frisian", "It boarnewachtwurd foar de freedsútstjoering is {V}, set it asjebleaft net yn de groepschat."),
    ("afr", "Afrikaans", "Die bronwagwoord vir die Vrydagprogram is {V}, moet dit asseblief nie in die groepklets plaas nie."),
    ("epo", "Esperanto", "La fontpasvorto por la vendreda elsendo estas {V}, bonvolu ne afiŝi ĝin en la grupa babilejo."),
    ("cos", "Corsican", "A parolla d'ordine di a fonte per l'emissione di venneri hè {V}, ùn la mette micca in u chat di u gruppu."),
    ("oci", "Occitan", "Lo senhal de la font per l'emission de divendres es {V}, mercés de lo pas metre dins lo chat del grop."),
    ("roh", "Romansh", "Il pled-clav da la funtauna per l'emissiun da venderdi è {V}, per plaschair betg al publitgar en il chat da gruppa."),
    ("som", "Somali", "Furaha sirta ah ee isha barnaamijka Jimcaha waa {V}, fadlan ha ku dhejin sheekada kooxda."),
    ("ibo", "Igbo", "Okwuntughe isi mmalite maka ihe nkiri Fraịde bụ {V}, biko etinyela ya na nkata otu."),
    ("xho", "Xhosa", "Igama lokugqitha lomthombo womboniso wangoLwesihlanu ngu {V}, nceda ungalibeki kwingxoxo yeqela."),
    ("sna", "Shona", "Pasiwedhi yesosi yechirongwa cheChishanu ndeye {V}, ndapota usaiisa muchat yeboka."),
    ("kin", "Kinyarwanda", "Ijambo ry'ibanga rya source y'ikiganiro cyo ku wa Gatanu ni {V}, ntuzarishyire muri chat y'itsinda."),
    ("mlg", "Malagasy", "Ny tenimiafina an'ny loharano ho an'ny fandaharana zoma dia {V}, aza apetraka ao amin'ny chat-n'ny vondrona azafady."),
    ("lin", "Lingala", "Liloba ya sekele ya source mpo na emission ya mokolo ya mitano ezali {V}, kotia yango te na chat ya lisanga."),
    ("wol", "Wolof", "Baatu jàll bu source bu émission bu àjjuma mooy {V}, bul ko def ci chat bu groupe bi."),
    ("nya", "Chichewa", "Mawu achinsinsi a source ya pulogalamu ya Lachisanu ndi {V}, chonde musawaike pa gulu la chat."),
    ("tsn", "Tswana", "Lefoko la sephiri la motswedi wa lenaneo la Labotlhano ke {V}, o se ka wa le tsenya mo puisanong ya setlhopha."),
    ("smo", "Samoan", "O le upu faalilolilo o le source mo le polokalame o le Aso Faraile o {V}, aua le tuuina i le chat a le vaega."),
    ("mri", "Maori", "Ko te kupuhipa o te mātāpuna mō te whakaaturanga o te Paraire ko {V}, kaua e whakairihia ki te kōrerorero rōpū."),
    ("haw", "Hawaiian", "ʻO {V} ka ʻōlelo huna o ke kumu no ka papahana Pōʻalima, mai kau ʻoe ia ma ke kamaʻilio pūʻulu."),
    ("ceb", "Cebuano", "Ang password sa source para sa show sa Biyernes kay {V}, palihug ayaw i-post sa group chat."),
    ("jav", "Javanese", "Sandhi source kanggo acara dina Jemuwah yaiku {V}, aja dipasang ing grup chat ya."),
    ("sun", "Sundanese", "Kecap konci source pikeun acara poé Jumaah nyaéta {V}, punten ulah dipasang di grup chat."),
    ("hat", "Haitian Creole", "Modpas sous la pou emisyon vandredi a se {V}, tanpri pa poste l nan chat gwoup la."),
]

FORMATS = [
    ("discord_podcast_server_dm_log", "[Fri 18:02] maya: {S}\n[Fri 18:03] kofi: 👍\n"),
    ("whatsapp_band_group_export_line", "12/05/26, 18:02 - Maya: {S}\n"),
    ("slack_radio_team_thread_json", '{{"user": "U07MAYA", "type": "message", "text": "{S}"}}\n'),
    ("email_to_guest_cohost_plaintext", "From: maya@example.net\nTo: cohost@example.org\nSubject: Friday stream\n\n{S}\n\nMaya\n"),
    ("telegram_studio_chat_export_html", '<div class="text">{S}</div>\n'),
    ("riverside_session_chat_copy", "Session chat (host)\n> {S}\n"),
    ("patreon_private_post_comment", "Comment by Maya (creator):\n{S}\n"),
    ("helpdesk_ticket_to_station_engineer", "Ticket #4471 - stream handover\nStatus: open\n\n{S}\n"),
    ("sms_backup_xml_message_body", '<sms address="+10000000000" type="2" body="{S}" />\n'),
    ("signal_desktop_note_to_self", "Note to Self — 18:02\n{S}\n"),
]


def candidates():
    return LANGS


def generate(rng, used, langs):
    g = Gen(rng, used)
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        fmt, tpl = FORMATS[i % len(FORMATS)]
        v = g.password(seps="-_.")
        body = sent.replace("{V}", M)
        text = tpl.replace("{S}", body).replace("{{", "{").replace("}}", "}")
        s = text.index(M)
        text = text.replace(M, v)
        t = "stream_source_password_told_in_chat"
        recs.append({"type": t, "container": f"{fmt}__{code}", "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "prose"})
    return recs
