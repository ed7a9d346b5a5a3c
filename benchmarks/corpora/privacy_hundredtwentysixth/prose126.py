"""Prose: someone tells a colleague the collections-database password (one sentence per language)."""
import random
from common126 import owner_pw
L = [
 ('pol', 'Polish', 'Hasło do bazy zbiorów to {v} — proszę, nie przekazuj go dalej.'),
 ('ces', 'Czech', 'Heslo do databáze sbírek je {v} — prosím, nepřeposílej ho dál.'),
 ('slk', 'Slovak', 'Heslo do databázy zbierok je {v} — prosím, neposielaj ho ďalej.'),
 ('slv', 'Slovenian', 'Geslo za bazo zbirk je {v} — prosim, ne posreduj ga naprej.'),
 ('hrv', 'Croatian', 'Lozinka za bazu zbirki je {v} — molim te, nemoj je prosljeđivati.'),
 ('bos', 'Bosnian', 'Šifra za bazu kolekcije je {v} — molim te, nemoj je nikome slati.'),
 ('mkd', 'Macedonian', 'Лозинката за базата на збирките е {v} — те молам, не ја препраќај.'),
 ('bul', 'Bulgarian', 'Паролата за базата с колекциите е {v} — моля, не я препращай.'),
 ('ukr', 'Ukrainian', 'Пароль до бази колекцій: {v} — будь ласка, не пересилай його.'),
 ('ron', 'Romanian', 'Parola pentru baza de date a colecțiilor este {v} — te rog să n-o trimiți mai departe.'),
 ('hun', 'Hungarian', 'A gyűjteményi adatbázis jelszava {v} — kérlek, ne küldd tovább.'),
 ('fin', 'Finnish', 'Kokoelmatietokannan salasana on {v} — älä välitä sitä eteenpäin.'),
 ('est', 'Estonian', 'Kogude andmebaasi parool on {v} — palun ära saada seda edasi.'),
 ('lav', 'Latvian', 'Krājuma datubāzes parole ir {v} — lūdzu, nepārsūti to tālāk.'),
 ('lit', 'Lithuanian', 'Rinkinių duomenų bazės slaptažodis yra {v} — prašau jo niekam nepersiųsti.'),
 ('swe', 'Swedish', 'Lösenordet till samlingsdatabasen är {v} — skicka inte vidare det, tack.'),
 ('dan', 'Danish', 'Adgangskoden til samlingsdatabasen er {v} — lad være med at videresende den.'),
 ('fao', 'Faroese', 'Loyniorðið til savnsdátugrunnin er {v} — vinarliga send tað ikki víðari.'),
 ('gle', 'Irish', 'Is é {v} pasfhocal bhunachar sonraí na mbailiúchán — ná cuir ar aghaidh é, le do thoil.'),
 ('cym', 'Welsh', "Cyfrinair cronfa ddata'r casgliadau yw {v} — paid â'i anfon ymlaen, os gweli di'n dda."),
 ('bre', 'Breton', 'Ger-tremen diaz-roadennoù an dastumadennoù eo {v} — na gas anezhañ da zen all, mar plij.'),
 ('eus', 'Basque', 'Bildumen datu-basearen pasahitza {v} da — mesedez, ez birbidali.'),
 ('mlt', 'Maltese', "Il-password tad-database tal-kollezzjonijiet hija {v} — jekk jogħġbok tibgħathiex lil ħadd."),
 ('sqi', 'Albanian', 'Fjalëkalimi i bazës së koleksioneve është {v} — të lutem mos e përcill.'),
 ('ell', 'Greek', 'Ο κωδικός για τη βάση δεδομένων των συλλογών είναι {v} — σε παρακαλώ μην τον προωθήσεις.'),
 ('tur', 'Turkish', 'Koleksiyon veritabanının şifresi {v} — lütfen kimseye iletme.'),
 ('fas', 'Persian', 'رمز پایگاه داده مجموعه‌ها {v} است — لطفاً آن را برای کسی نفرست.'),
 ('urd', 'Urdu', 'کلیکشن ڈیٹا بیس کا پاس ورڈ {v} ہے — براہ کرم اسے آگے نہ بھیجیں۔'),
 ('pan', 'Punjabi', 'ਸੰਗ੍ਰਹਿ ਡੇਟਾਬੇਸ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ — ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜੋ।'),
 ('npi', 'Nepali', 'संग्रह डाटाबेसको पासवर्ड {v} हो — कृपया यसलाई अरूलाई नपठाउनुहोस्।'),
 ('tam', 'Tamil', 'சேகரிப்பு தரவுத்தளத்தின் கடவுச்சொல் {v} — தயவுசெய்து இதை யாருக்கும் அனுப்ப வேண்டாம்.'),
 ('ory', 'Odia', 'ସଂଗ୍ରହ ଡାଟାବେସର ପାସୱାର୍ଡ {v} — ଦୟାକରି ଏହାକୁ ଆଗକୁ ପଠାନ୍ତୁ ନାହିଁ।'),
 ('lao', 'Lao', 'ລະຫັດຜ່ານຂອງຖານຂໍ້ມູນຄັງສະສົມແມ່ນ {v} ກະລຸນາຢ່າສົ່ງຕໍ່.'),
 ('tha', 'Thai', 'รหัสผ่านฐานข้อมูลคลังสะสมคือ {v} กรุณาอย่าส่งต่อนะ'),
 ('vie', 'Vietnamese', 'Mật khẩu cơ sở dữ liệu bộ sưu tập là {v} — làm ơn đừng chuyển tiếp cho ai.'),
 ('tgl', 'Tagalog', 'Ang password ng database ng koleksiyon ay {v} — pakiusap, huwag mo itong ipasa.'),
 ('swh', 'Swahili', 'Nenosiri la hifadhidata ya makusanyo ni {v} — tafadhali usilitume kwa mtu mwingine.'),
 ('som', 'Somali', 'Erayga sirta ah ee kaydka ururinta waa {v} — fadlan qof kale ha u gudbin.'),
 ('kin', 'Kinyarwanda', "Ijambo ry'ibanga ry'ububiko bw'ibikusanyo ni {v} — ndakwinginze ntiwurihererekanye."),
 ('plt', 'Malagasy', "Ny tenimiafina amin'ny tahiry angona ny fanangonana dia {v} — aza alefa amin'ny hafa azafady."),
 ('ibo', 'Igbo', 'Okwuntughe nke ọdụ data nchịkọta bụ {v} — biko ezigarala ya onye ọzọ.'),
 ('xho', 'Xhosa', 'Igama lokugqitha ledatabase yengqokelela ngu {v} — nceda ungalithumeli komnye umntu.'),
 ('afr', 'Afrikaans', 'Die wagwoord vir die versamelingsdatabasis is {v} — moet dit asseblief nie aanstuur nie.'),
 ('epo', 'Esperanto', 'La pasvorto de la kolekta datumbazo estas {v} — bonvolu ne plusendi ĝin.'),
 ('mri', 'Maori', 'Ko te kupuhipa mō te pātengi raraunga kohinga ko {v} — kaua e tukuna ki tētahi atu.'),
 ('smo', 'Samoan', 'O le upu faalilolilo mo le faamaumauga o aoina o {v} — faamolemole aua le auina atu i se isi.'),
]
FORMATS = [('registrar_slack_dm_line', '[09:14] registrar: {s}'), ('curator_mail_body', 'Hello,\n\n{s}\n\nBest regards'),
           ('museum_it_ticket_comment', 'Comment #3 (internal): {s}'), ('gallery_floor_signal_message', '{s} ✓✓'),
           ('auction_desk_whatsapp_export', '12/03/26, 18:02 - Lot desk: {s}')]
TYPE = 'collections_db_password_told_in_chat'

def build(deny_langs):
    r = random.Random(12604)
    out, dropped = [], []
    for code, name, s in L:
        if code in deny_langs or name.lower() in deny_langs or any(w.lower() in deny_langs for w in name.split()):
            dropped.append(code); continue
        if len(out) == 40: break
        fmt, ft = FORMATS[len(out) % len(FORMATS)]
        out.append(dict(type=TYPE, container=f'{fmt}__{code}', tpl=ft.replace('{s}', s), value=owner_pw(r), source='prose', lang=(code, name)))
    return out, dropped
