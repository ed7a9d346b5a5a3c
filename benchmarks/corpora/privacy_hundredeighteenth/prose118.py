"""Prose: someone tells a colleague the flood-warning server password in 40+ languages."""
from common118 import Gen, fill, rec
# (iso639-3, iso639-1 or '', English name, sentence with {v}); candidates beyond 40 are spares
LANGS = [
 ("fin", "fi", "Finnish", "Tulvavaroituspalvelimen salasana on {v} – älä välitä sitä eteenpäin."),
 ("est", "et", "Estonian", "Üleujutushoiatuse serveri parool on {v} – palun ära saada seda edasi."),
 ("lav", "lv", "Latvian", "Plūdu brīdinājumu servera parole ir {v} — lūdzu, nepārsūti to tālāk."),
 ("lit", "lt", "Lithuanian", "Potvynių perspėjimo serverio slaptažodis yra {v} – prašau jo niekam nepersiųsti."),
 ("hun", "hu", "Hungarian", "Az árvízriasztó szerver jelszava {v} – kérlek, ne küldd tovább."),
 ("slk", "sk", "Slovak", "Heslo k serveru protipovodňového varovania je {v} – prosím, nikomu ho neposielaj."),
 ("slv", "sl", "Slovenian", "Geslo za strežnik za opozorila o poplavah je {v} – prosim, ne posreduj ga naprej."),
 ("hrv", "hr", "Croatian", "Lozinka za poslužitelj upozorenja na poplave je {v} – molim te, ne prosljeđuj je dalje."),
 ("bos", "bs", "Bosnian", "Šifra za server za upozorenja o poplavama je {v} – molim te, nemoj je nikome slati."),
 ("bul", "bg", "Bulgarian", "Паролата за сървъра за предупреждения за наводнения е {v} – моля, не я препращай."),
 ("ell", "el", "Greek", "Ο κωδικός για τον διακομιστή προειδοποίησης πλημμυρών είναι {v} – σε παρακαλώ μην τον προωθήσεις."),
 ("sqi", "sq", "Albanian", "Fjalëkalimi i serverit të paralajmërimit për përmbytje është {v} – të lutem mos ia dërgo askujt."),
 ("mlt", "mt", "Maltese", "Il-password tas-server tat-twissijiet tal-għargħar hija {v} – jekk jogħġbok tibgħathiex lil ħaddieħor."),
 ("cym", "cy", "Welsh", "Cyfrinair y gweinydd rhybuddion llifogydd yw {v} – paid â'i anfon ymlaen, plîs."),
 ("gle", "ga", "Irish", "Is é {v} pasfhocal an fhreastalaí rabhaidh tuilte – ná seol ar aghaidh é, le do thoil."),
 ("gla", "gd", "Scottish Gaelic", "'S e {v} am facal-faire airson frithealaiche rabhadh thuiltean – na cuir air adhart e."),
 ("eus", "eu", "Basque", "Uholde-abisuen zerbitzariaren pasahitza {v} da – mesedez, ez bidali inori."),
 ("afr", "af", "Afrikaans", "Die wagwoord vir die vloedwaarskuwingsbediener is {v} – moet dit asseblief nie aanstuur nie."),
 ("swh", "sw", "Swahili", "Nenosiri la seva ya tahadhari ya mafuriko ni {v} – tafadhali usilitume kwa mtu mwingine."),
 ("zsm", "ms", "Malay", "Kata laluan pelayan amaran banjir ialah {v} – tolong jangan majukan kepada sesiapa."),
 ("vie", "vi", "Vietnamese", "Mật khẩu máy chủ cảnh báo lũ là {v} – làm ơn đừng chuyển tiếp cho ai."),
 ("tha", "th", "Thai", "รหัสผ่านของเซิร์ฟเวอร์เตือนภัยน้ำท่วมคือ {v} อย่าส่งต่อให้ใครนะ"),
 ("lao", "lo", "Lao", "ລະຫັດຜ່ານຂອງເຊີບເວີເຕືອນໄພນ້ຳຖ້ວມແມ່ນ {v} ກະລຸນາຢ່າສົ່ງຕໍ່"),
 ("mya", "my", "Burmese", "ရေကြီးသတိပေးဆာဗာ စကားဝှက်က {v} ပါ – ဘယ်သူ့ကိုမှ မပို့ပါနဲ့။"),
 ("tam", "ta", "Tamil", "வெள்ள எச்சரிக்கை சர்வரின் கடவுச்சொல் {v} – தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
 ("kan", "kn", "Kannada", "ಪ್ರವಾಹ ಎಚ್ಚರಿಕೆ ಸರ್ವರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {v} – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಫಾರ್ವರ್ಡ್ ಮಾಡಬೇಡಿ."),
 ("mal", "ml", "Malayalam", "വെള്ളപ്പൊക്ക മുന്നറിയിപ്പ് സെർവറിന്റെ പാസ്‌വേഡ് {v} ആണ് – ദയവായി ആർക്കും ഫോർവേഡ് ചെയ്യരുത്."),
 ("guj", "gu", "Gujarati", "પૂર ચેતવણી સર્વરનો પાસવર્ડ {v} છે – કૃપા કરીને કોઈને ફોરવર્ડ કરશો નહીં."),
 ("pan", "pa", "Punjabi", "ਹੜ੍ਹ ਚੇਤਾਵਨੀ ਸਰਵਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।"),
 ("ory", "or", "Odia", "ବନ୍ୟା ସତର୍କତା ସର୍ଭରର ପାସୱାର୍ଡ {v} – ଦୟାକରି କାହାକୁ ଫରୱାର୍ଡ କରନ୍ତୁ ନାହିଁ।"),
 ("pes", "fa", "Persian", "رمز عبور سرور هشدار سیل {v} است – لطفاً آن را برای کسی نفرست."),
 ("tgl", "tl", "Tagalog", "Ang password ng server ng babala sa baha ay {v} – pakiusap, huwag mo itong ipasa."),
 ("ceb", "", "Cebuano", "Ang password sa server sa pasidaan sa baha kay {v} – palihog ayaw ipasa."),
 ("jav", "jv", "Javanese", "Sandhi server peringatan banjir yaiku {v} – tulung aja diterusake menyang sapa-sapa."),
 ("sun", "su", "Sundanese", "Kecap konci server peringatan banjir nyaéta {v} – punten ulah diteruskeun ka saha waé."),
 ("plt", "mg", "Malagasy", "Ny tenimiafina an'ny mpizara fampitandremana tondra-drano dia {v} – aza alefa amin'olona hafa azafady."),
 ("kin", "rw", "Kinyarwanda", "Ijambo ry'ibanga rya seriveri yo kuburira imyuzure ni {v} – ntuyoherereze undi muntu."),
 ("som", "so", "Somali", "Furaha sirta ah ee server-ka digniinta daadka waa {v} – fadlan ha u gudbin cid kale."),
 ("tir", "ti", "Tigrinya", "ቃል ምሕላፍ ናይ ሰርቨር መጠንቀቕታ ውሕጅ {v} እዩ – በጃኻ ንካልእ ኣይተሕልፎ።"),
 ("ibo", "ig", "Igbo", "Okwuntughe nke sava ịdọ aka ná ntị iju mmiri bụ {v} – biko ezigala ya onye ọzọ."),
 ("wol", "wo", "Wolof", "Baatu jàll bu serweer bi di yëgle ndox mi mooy {v} – bul ko yónnee kenn."),
 ("xho", "xh", "Xhosa", "Igama lokugqitha leseva yesilumkiso sezikhukula ngu {v} – nceda ungalidluliseli."),
 ("smo", "sm", "Samoan", "O le upu faalilolilo o le server lapataiga o lologa o {v} – faamolemole aua le auina atu i se isi."),
 ("mri", "mi", "Maori", "Ko te kupuhipa mō te tūmau whakatūpato waipuke ko {v} – kaua e tukuna ki tētahi atu."),
 ("tgk", "tg", "Tajik", "Пароли сервери огоҳии сел {v} аст – лутфан онро ба касе нафиристед."),
 ("kir", "ky", "Kyrgyz", "Суу ташкыны боюнча эскертүү серверинин сырсөзү {v} – эч кимге жөнөтпө."),
 ("tuk", "tk", "Turkmen", "Sil duýduryş serweriniň paroly {v} – haýyş, hiç kime ugratma."),
 ("tat", "tt", "Tatar", "Су басу кисәтү серверының серсүзе {v} – зинһар, беркемгә дә җибәрмә."),
 ("epo", "eo", "Esperanto", "La pasvorto de la inundo-averta servilo estas {v} – bonvolu ne plusendi ĝin."),
 ("fry", "fy", "West Frisian", "It wachtwurd fan de oerstreamingswarskôgingstsjinner is {v} – stjoer it asjebleaft net troch."),
 ("roh", "rm", "Romansh", "Il pled-clav dal server d'avertiment d'inundaziun è {v} – per plaschair betg al trametter vinavant."),
 ("lin", "ln", "Lingala", "Liloba ya sekele ya server ya kokebisa mpo na mpela ezali {v} – svp kotinda yango epai ya moto mosusu te."),
]
FORMATS = [
 ("flood_desk_signal_group_line", "[2025-11-0{d} 06:1{d}] {u}: {s}\n"),
 ("met_service_mail_reply_body", "Hei / Hi {u2},\n\n{s}\n\n-- \n{u}, hydrology duty desk\n"),
 ("hydrology_servicedesk_ticket_note", "Ticket HYD-{n} · internal note by {u}\n{s}\n"),
 ("storm_spotter_discord_export_json", "{{\"author\": \"{u}\", \"channel\": \"#flood-ops\", \"content\": \"{s}\"}}\n"),
 ("field_hydrologist_sms_export_row", "{n},+10000000{n},\"{s}\",received\n"),
 ("forecaster_chat_thread_reply", "↳ reply from {u} in thread 'river gauge outage': {s}\n"),
 ("volunteer_observer_forum_private_message", "PM from {u} to {u2}:\n> {s}\n"),
 ("radar_team_line_style_message", "{u}  09:4{d}\n{s}\n✓✓ seen\n"),
]
SPAN_TYPE = "flood_warning_server_password_told_in_message"

def build(rng, langs):
    g = Gen(rng)
    out = []
    for i, (c3, c1, name, sent) in enumerate(langs):
        v = g.pw()
        fname, ftpl = FORMATS[i % len(FORMATS)]
        mark = "\ue001"
        s_ = sent.format(v=mark)
        if fname == "storm_spotter_discord_export_json":
            s_ = s_.replace('"', '\\"')
        full = ftpl.format(s=s_, u=g.user(), u2=g.user(), n=g.s(4, "0123456789"), d=g.r.randint(1, 9))
        st = full.index(mark)
        text = full.replace(mark, v)
        out.append(rec("", SPAN_TYPE, fname + "__" + c3, text, st, st + len(v), "prose"))
    return out, FORMATS
