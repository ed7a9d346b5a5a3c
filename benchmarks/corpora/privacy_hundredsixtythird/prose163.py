"""Prose: a person tells a colleague the HACCP log tablet password, in 40 languages not used before."""
import random
from common163 import *

STYPE = 'haccp_tablet_password_told_in_message'
FORMATS = ['bakehouse_slack_dm_line', 'qa_mail_sentence', 'haccp_helpdesk_ticket_reply', 'night_shift_sms']

# (iso639-3, name, sentence with {V})
LANGS = [
    ('spa', 'Spanish', 'Hola Lucía, la contraseña de la tableta HACCP de la línea 2 es {V} , por favor no la reenvíes.'),
    ('fra', 'French', 'Salut Hugo, le mot de passe de la tablette HACCP de la ligne 2 est {V} , merci de ne pas le transférer.'),
    ('cat', 'Catalan', 'Hola Jordi, la contrasenya de la tauleta HACCP de la línia 2 és {V} , si us plau no la reenviïs.'),
    ('eus', 'Basque', 'Kaixo Ane, 2. lerroko HACCP tabletaren pasahitza {V} da, mesedez ez birbidali.'),
    ('nld', 'Dutch', 'Hoi Sanne, het wachtwoord van de HACCP-tablet op lijn 2 is {V} , stuur het alsjeblieft niet door.'),
    ('dan', 'Danish', 'Hej Mads, adgangskoden til HACCP-tabletten på linje 2 er {V} , send den venligst ikke videre.'),
    ('swe', 'Swedish', 'Hej Elin, lösenordet till HACCP-plattan på linje 2 är {V} , skicka det inte vidare.'),
    ('fin', 'Finnish', 'Moi Aino, linjan 2 HACCP-tabletin salasana on {V} , älä välitä sitä eteenpäin.'),
    ('ekk', 'Estonian', 'Tere Kadri, liini 2 HACCP tahvelarvuti parool on {V} , palun ära saada seda edasi.'),
    ('lvs', 'Latvian', 'Sveika, Ilze, 2. līnijas HACCP planšetes parole ir {V} , lūdzu, nepārsūti to.'),
    ('lit', 'Lithuanian', 'Labas, Tomai, 2 linijos HACCP planšetės slaptažodis yra {V} , prašau jo nepersiųsti.'),
    ('pol', 'Polish', 'Cześć Kasia, hasło do tabletu HACCP na linii 2 to {V} , proszę go nie przekazywać dalej.'),
    ('ces', 'Czech', 'Ahoj Petře, heslo k tabletu HACCP na lince 2 je {V} , prosím, nepřeposílej ho.'),
    ('slk', 'Slovak', 'Ahoj Zuzka, heslo k tabletu HACCP na linke 2 je {V} , prosím, neposielaj ho ďalej.'),
    ('slv', 'Slovenian', 'Živjo Maja, geslo za tablico HACCP na liniji 2 je {V} , prosim, ne posreduj ga naprej.'),
    ('hrv', 'Croatian', 'Bok Ivana, lozinka za HACCP tablet na liniji 2 je {V} , molim te, nemoj je prosljeđivati.'),
    ('hun', 'Hungarian', 'Szia Bence, a 2-es sor HACCP tabletjének jelszava {V} , kérlek, ne továbbítsd.'),
    ('ron', 'Romanian', 'Salut Andrei, parola tabletei HACCP de pe linia 2 este {V} , te rog să nu o trimiți mai departe.'),
    ('bul', 'Bulgarian', 'Здравей, Мария, паролата за HACCP таблета на линия 2 е {V} , моля, не я препращай.'),
    ('mkd', 'Macedonian', 'Здраво Елена, лозинката за HACCP таблетот на линија 2 е {V} , те молам не ја препраќај.'),
    ('ukr', 'Ukrainian', 'Привіт, Олено, пароль до планшета HACCP на лінії 2 — {V} , будь ласка, не пересилай його.'),
    ('bel', 'Belarusian', 'Прывітанне, Алесь, пароль да планшэта HACCP на лініі 2 — {V} , калі ласка, не перасылай яго.'),
    ('ell', 'Greek', 'Γεια σου Νίκο, ο κωδικός του tablet HACCP στη γραμμή 2 είναι {V} , σε παρακαλώ μην τον προωθήσεις.'),
    ('tur', 'Turkish', 'Selam Ayşe, hat 2 deki HACCP tabletinin şifresi {V} , lütfen kimseye iletme.'),
    ('azj', 'Azerbaijani', 'Salam Elvin, 2-ci xəttdəki HACCP planşetinin şifrəsi {V} , xahiş edirəm heç kimə göndərmə.'),
    ('kat', 'Georgian', 'გამარჯობა ნინო, მე-2 ხაზის HACCP ტაბლეტის პაროლია {V} , გთხოვ, არავის გადაუგზავნო.'),
    ('hye', 'Armenian', 'Բարև Անի, 2-րդ գծի HACCP պլանշետի գաղտնաբառն է {V} , խնդրում եմ ոչ մեկին չուղարկես։'),
    ('pes', 'Persian', 'سلام مریم، رمز عبور تبلت HACCP خط ۲ این است: {V} ، لطفاً آن را برای کسی نفرست.'),
    ('urd', 'Urdu', 'السلام علیکم احمد، لائن 2 کے HACCP ٹیبلٹ کا پاس ورڈ {V} ہے، براہ کرم اسے آگے نہ بھیجیں۔'),
    ('pan', 'Punjabi', 'ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਹਰਪ੍ਰੀਤ, ਲਾਈਨ 2 ਦੇ HACCP ਟੈਬਲੇਟ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਅੱਗੇ ਨਾ ਭੇਜਣਾ।'),
    ('tam', 'Tamil', 'வணக்கம் பிரியா, லைன் 2 HACCP டேப்லெட்டின் கடவுச்சொல் {V} , தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்.'),
    ('vie', 'Vietnamese', 'Chào Lan, mật khẩu máy tính bảng HACCP ở dây chuyền 2 là {V} , đừng chuyển tiếp cho ai nhé.'),
    ('tha', 'Thai', 'สวัสดีค่ะสมชาย รหัสผ่านแท็บเล็ต HACCP ไลน์ 2 คือ {V} กรุณาอย่าส่งต่อนะคะ'),
    ('ind', 'Indonesian', 'Halo Budi, kata sandi tablet HACCP di lini 2 adalah {V} , tolong jangan diteruskan ke siapa pun.'),
    ('swh', 'Swahili', 'Habari Amina, nenosiri la kompyuta kibao ya HACCP kwenye laini 2 ni {V} , tafadhali usilitume kwa mtu mwingine.'),
    ('amh', 'Amharic', 'ሰላም ሰላማዊት፣ የመስመር 2 HACCP ታብሌት የይለፍ ቃል {V} ነው፣ እባክሽ ለማንም አታስተላልፊ።'),
    ('som', 'Somali', 'Salaan Hodan, furaha sirta ah ee tablet-ka HACCP ee khadka 2 waa {V} , fadlan cidna ha u gudbin.'),
    ('cym', 'Welsh', 'Helo Cerys, cyfrinair tabled HACCP llinell 2 yw {V} , paid â’i anfon ymlaen os gweli di’n dda.'),
    ('gle', 'Irish', 'Dia duit a Sheáin, is é {V} pasfhocal an táibléid HACCP ar líne 2, ná seol ar aghaidh é le do thoil.'),
    ('mlt', 'Maltese', 'Bongu Marija, il-password tat-tablet HACCP fil-linja 2 hija {V} , jekk jogħġbok tgħaddihiex lil ħadd.'),
    ('als', 'Albanian', 'Përshëndetje Arta, fjalëkalimi i tabletit HACCP në linjën 2 është {V} , të lutem mos e përcill.'),
    ('lin', 'Lingala', 'Mbote Jean, liloba ya sekele ya tablette HACCP na molongo 2 ezali {V} , nabondeli kotinda yango te.'),
    ('wol', 'Wolof', 'Salaam aleekum Awa, baatu jall bu tablette HACCP bu ligne 2 mooy {V} , bul ko yónnee kenn.'),
    ('sna', 'Shona', 'Mhoro Tendai, password yetablet yeHACCP pamutsetse 2 ndeiyi {V} , ndapota usaitumira kune mumwe munhu.'),
    ('nya', 'Chichewa', 'Moni Chikondi, mawu achinsinsi a tablet ya HACCP pa mzere 2 ndi {V} , chonde musawatumize kwa wina.'),
    ('ory', 'Odia', 'ନମସ୍କାର ସୁମନ, ଲାଇନ 2 ର HACCP ଟାବଲେଟ୍ ର ପାସୱାର୍ଡ {V} , ଦୟାକରି କାହାକୁ ପଠାନ୍ତୁ ନାହିଁ।'),
    ('asm', 'Assamese', 'নমস্কাৰ অনুপম, লাইন 2 ৰ HACCP টেবলেটৰ পাছৱৰ্ড {V} , অনুগ্ৰহ কৰি কাকো নপঠাব।'),
    ('bak', 'Bashkir', 'Сәләм Айгөл, 2-се линиялағы HACCP планшетының серһүҙе {V} , зинһар, бер кемгә лә ебәрмә.'),
    ('uig', 'Uyghur', 'ياخشىمۇسىز ئابدۇللا، 2-لىنىيەدىكى HACCP تاختا كومپيۇتېرنىڭ پارولى {V} ، ھېچكىمگە يوللىماڭ.'),
]


def generate(reg, refuse):
    r = random.Random(16304)
    out, refused, kept = [], [], []
    for code, name, sent in LANGS:
        if refuse(code, name):
            refused.append(code)
            continue
        kept.append((code, name, sent))
    spares = [c for c, _, _ in kept[40:]]
    kept = kept[:40]
    for i, (code, name, sent) in enumerate(kept):
        v = reg.draw(lambda: password(r))
        text = sent.replace('{V}', v)
        out.append(rec(code, FORMATS[i % 4] + '__' + code, text, v, STYPE, 'prose'))
    return out, refused, spares, kept
