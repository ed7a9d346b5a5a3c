"""Prose: a person tells a colleague the closing-room PC password and asks them not to pass it on."""
import random
from gen157 import *

TYPE = 'closing_room_pc_password_told_to_colleague'
FORMATS = ['escrow_team_line_chat', 'title_office_mail_sentence', 'closing_help_desk_ticket_comment', 'notary_network_sms']

L = [
 ('spa', 'Spanish', 'Hola Marta, la contraseña del ordenador de la sala de cierres es {V} y por favor no se la reenvíes a nadie.'),
 ('fra', 'French', 'Salut Julien, le mot de passe du PC de la salle de signature est {V} et merci de ne le transférer à personne.'),
 ('nld', 'Dutch', 'Hoi Sanne, het wachtwoord van de pc in de passeerkamer is {V} en stuur het alsjeblieft niet door.'),
 ('swe', 'Swedish', 'Hej Johan, lösenordet till datorn i tillträdesrummet är {V} och skicka det inte vidare till någon.'),
 ('dan', 'Danish', 'Hej Mette, adgangskoden til computeren i underskriftslokalet er {V} og send den venligst ikke videre.'),
 ('fin', 'Finnish', 'Moi Pekka, kaupantekohuoneen koneen salasana on {V} eikä sitä saa lähettää eteenpäin.'),
 ('ekk', 'Estonian', 'Tere Kadri, tehingutoa arvuti parool on {V} ja palun ära saada seda kellelegi edasi.'),
 ('lvs', 'Latvian', 'Sveika, Ilze, darījumu telpas datora parole ir {V} un lūdzu nevienam to nepārsūti.'),
 ('lit', 'Lithuanian', 'Labas, Rasa, sandorių kambario kompiuterio slaptažodis yra {V} ir prašau jo niekam nepersiųsk.'),
 ('pol', 'Polish', 'Cześć Kasia, hasło do komputera w sali podpisań to {V} i proszę nikomu go nie przesyłaj.'),
 ('ces', 'Czech', 'Ahoj Petře, heslo k počítači v podpisové místnosti je {V} a prosím nikomu ho nepřeposílej.'),
 ('slk', 'Slovak', 'Ahoj Zuzka, heslo k počítaču v podpisovej miestnosti je {V} a prosím nikomu ho neposielaj.'),
 ('slv', 'Slovenian', 'Živjo Maja, geslo za računalnik v sobi za podpise je {V} in ga prosim ne posreduj naprej.'),
 ('hrv', 'Croatian', 'Bok Ivana, lozinka za računalo u sobi za potpisivanje je {V} i molim te nemoj je nikome prosljeđivati.'),
 ('hun', 'Hungarian', 'Szia Gábor, az aláírószoba gépének jelszava {V} és kérlek, ne küldd tovább senkinek.'),
 ('ron', 'Romanian', 'Salut Andrei, parola calculatorului din sala de semnare este {V} și te rog să nu o trimiți nimănui.'),
 ('bul', 'Bulgarian', 'Здравей, Мария, паролата за компютъра в залата за подписване е {V} и моля те, не я препращай на никого.'),
 ('mkd', 'Macedonian', 'Здраво Ана, лозинката за компјутерот во салата за потпишување е {V} и те молам не ја препраќај никому.'),
 ('ukr', 'Ukrainian', 'Привіт, Олено, пароль від комп’ютера в кімнаті для підписання {V} і, будь ласка, нікому його не пересилай.'),
 ('bel', 'Belarusian', 'Прывітанне, Алесь, пароль ад камп’ютара ў пакоі для падпісання {V} і калі ласка, нікому яго не перасылай.'),
 ('ell', 'Greek', 'Γεια σου Νίκο, ο κωδικός του υπολογιστή στην αίθουσα υπογραφών είναι {V} και σε παρακαλώ μην τον προωθήσεις σε κανέναν.'),
 ('tur', 'Turkish', 'Merhaba Ayşe, imza odasındaki bilgisayarın şifresi {V} ve lütfen kimseye iletme.'),
 ('azj', 'Azerbaijani', 'Salam Leyla, imza otağındakı kompüterin şifrəsi {V} və xahiş edirəm heç kimə göndərmə.'),
 ('uzn', 'Uzbek', 'Salom Dilnoza, imzolash xonasidagi kompyuter paroli {V} va iltimos, uni hech kimga yuborma.'),
 ('kaz', 'Kazakh', 'Сәлем Айгүл, қол қою бөлмесіндегі компьютердің құпиясөзі {V} және оны ешкімге жіберме.'),
 ('hye', 'Armenian', 'Բարև Անի, ստորագրման սենյակի համակարգչի գաղտնաբառն է {V} և խնդրում եմ ոչ մեկին չուղարկես։'),
 ('kat', 'Georgian', 'გამარჯობა ნინო, ხელმოწერის ოთახის კომპიუტერის პაროლია {V} და გთხოვ არავის გაუგზავნო.'),
 ('pes', 'Persian', 'سلام سارا، رمز عبور کامپیوتر اتاق امضا {V} است و لطفاً آن را برای کسی نفرست.'),
 ('urd', 'Urdu', 'السلام علیکم عائشہ، دستخط والے کمرے کے کمپیوٹر کا پاس ورڈ {V} ہے اور براہ کرم یہ کسی کو آگے نہ بھیجیں۔'),
 ('pan', 'Punjabi', 'ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਹਰਪ੍ਰੀਤ, ਦਸਤਖਤ ਵਾਲੇ ਕਮਰੇ ਦੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ ਅਤੇ ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਕਿਸੇ ਨੂੰ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।'),
 ('mar', 'Marathi', 'नमस्कार प्रिया, सही करण्याच्या खोलीतील संगणकाचा पासवर्ड {V} आहे आणि कृपया तो कोणालाही पुढे पाठवू नकोस.'),
 ('tam', 'Tamil', 'வணக்கம் கவிதா, கையொப்ப அறையில் உள்ள கணினியின் கடவுச்சொல் {V} ஆகும், தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்.'),
 ('tel', 'Telugu', 'హాయ్ లక్ష్మి, సంతకాల గదిలోని కంప్యూటర్ పాస్‌వర్డ్ {V} దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు.'),
 ('sin', 'Sinhala', 'ආයුබෝවන් නිමල්, අත්සන් කරන කාමරයේ පරිගණකයේ මුරපදය {V} කරුණාකර එය කිසිවෙකුට යවන්න එපා.'),
 ('tha', 'Thai', 'สวัสดีค่ะคุณสมชาย รหัสผ่านคอมพิวเตอร์ห้องเซ็นสัญญาคือ {V} กรุณาอย่าส่งต่อให้ใครนะคะ'),
 ('vie', 'Vietnamese', 'Chào Lan, mật khẩu máy tính phòng ký hợp đồng là {V} và đừng chuyển tiếp cho ai nhé.'),
 ('ind', 'Indonesian', 'Halo Budi, kata sandi komputer di ruang penandatanganan adalah {V} dan tolong jangan diteruskan ke siapa pun.'),
 ('tgl', 'Tagalog', 'Hi Maria, ang password ng computer sa signing room ay {V} at pakiusap huwag mo itong ipasa kahit kanino.'),
 ('swh', 'Swahili', 'Habari Amina, nenosiri la kompyuta ya chumba cha kusaini ni {V} na tafadhali usimtumie mtu yeyote.'),
 ('amh', 'Amharic', 'ሰላም ሳራ፣ የፊርማ ክፍሉ ኮምፒውተር የይለፍ ቃል {V} ነው፤ እባክሽ ለማንም አታስተላልፊው።'),
 ('som', 'Somali', 'Salaan Hodan, furaha sirta ah ee kombiyuutarka qolka saxiixa waa {V} fadlan qofna ha u gudbin.'),
 ('isl', 'Icelandic', 'Hæ Sigga, lykilorðið að tölvunni í undirritunarherberginu er {V} og vinsamlegast ekki áframsenda það.'),
 ('mlt', 'Maltese', 'Hi Marija, il-password tal-kompjuter fil-kamra tal-iffirmar hija {V} u jekk jogħġbok ma tgħaddihiex lil ħadd.'),
 ('cym', 'Welsh', 'Helo Siân, cyfrinair y cyfrifiadur yn yr ystafell arwyddo yw {V} a plîs paid â’i anfon ymlaen at neb.'),
 ('als', 'Albanian', 'Përshëndetje Arta, fjalëkalimi i kompjuterit në sallën e nënshkrimit është {V} dhe të lutem mos ia dërgo askujt.'),
 ('deu', 'German', 'Hallo Jens, das Passwort für den PC im Beurkundungsraum ist {V} und bitte leite es an niemanden weiter.'),
 ('ast', 'Asturian', 'Hola Xuan, la contraseña del ordenador de la sala de firmes ye {V} y por favor nun-y la mandes a naide.'),
]


def generate(reg, langs, seed=15704):
    r = random.Random(seed)
    recs = []
    for i, (code, name, sent) in enumerate(langs):
        v = reg.take(lambda: password(r, seps='-_.'))
        text, s = place(sent, v)
        recs.append(rec(TYPE, FORMATS[i % 4] + '__' + code, text, v, s, 'prose'))
    return recs
