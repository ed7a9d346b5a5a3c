"""Prose: a property manager tells someone the owner-portal password, in 40 languages."""
import random
from common106 import *

SPAN_TYPE = 'owner_portal_password_told_in_prose'

# (iso639-3, English name, sentence with {V}) -- candidates in order; deny-listed ones are skipped
CANDIDATES = [
 ('afr', 'Afrikaans', 'Die wagwoord vir die eienaarsportaal is {V} – moet dit asseblief nie aan die huurder aanstuur nie.'),
 ('swa', 'Swahili', 'Nenosiri la lango la mmiliki ni {V} – tafadhali usilitume kwa mpangaji.'),
 ('tur', 'Turkish', 'Mülk sahibi portalının şifresi {V} – lütfen bunu kiracıya iletme.'),
 ('pol', 'Polish', 'Hasło do portalu właściciela to {V} – proszę, nie przekazuj go najemcy.'),
 ('ces', 'Czech', 'Heslo k portálu pro majitele je {V} – prosím, nepřeposílej ho nájemníkovi.'),
 ('slk', 'Slovak', 'Heslo do portálu pre vlastníka je {V} – prosím, neposielaj ho nájomníkovi.'),
 ('slv', 'Slovenian', 'Geslo za portal lastnika je {V} – prosim, ne posreduj ga najemniku.'),
 ('hrv', 'Croatian', 'Lozinka za portal vlasnika je {V} – molim te, nemoj je proslijediti stanaru.'),
 ('mkd', 'Macedonian', 'Лозинката за порталот на сопственикот е {V} – те молам, не ја препраќај на закупецот.'),
 ('bul', 'Bulgarian', 'Паролата за портала на собственика е {V} – моля, не я препращай на наемателя.'),
 ('ukr', 'Ukrainian', 'Пароль до порталу власника: {V} – будь ласка, не пересилай його орендарю.'),
 ('ron', 'Romanian', 'Parola pentru portalul proprietarului este {V} – te rog să nu o trimiți chiriașului.'),
 ('hun', 'Hungarian', 'A tulajdonosi portál jelszava {V} – kérlek, ne továbbítsd a bérlőnek.'),
 ('fin', 'Finnish', 'Omistajaportaalin salasana on {V} – älä välitä sitä vuokralaiselle.'),
 ('est', 'Estonian', 'Omaniku portaali parool on {V} – palun ära saada seda üürnikule edasi.'),
 ('lav', 'Latvian', 'Īpašnieka portāla parole ir {V} – lūdzu, nepārsūti to īrniekam.'),
 ('lit', 'Lithuanian', 'Savininko portalo slaptažodis yra {V} – prašau, neperduok jo nuomininkui.'),
 ('ell', 'Greek', 'Ο κωδικός για την πύλη ιδιοκτήτη είναι {V} – σε παρακαλώ μην τον προωθήσεις στον ενοικιαστή.'),
 ('sqi', 'Albanian', 'Fjalëkalimi për portalin e pronarit është {V} – të lutem mos ia përcill qiramarrësit.'),
 ('mlt', 'Maltese', 'Il-password tal-portal tas-sid hija {V} – jekk jogħġbok tgħaddihiex lill-inkwilin.'),
 ('gle', 'Irish', 'Is é {V} an pasfhocal do thairseach an úinéara – ná seol ar aghaidh chuig an tionónta é, le do thoil.'),
 ('cym', 'Welsh', 'Y cyfrinair ar gyfer porth y perchennog yw {V} – paid â’i anfon ymlaen at y tenant, os gweli di’n dda.'),
 ('bre', 'Breton', 'Ger-tremen porched ar perc’henn eo {V} – na gas ket anezhañ d’ar feurmer, mar plij.'),
 ('eus', 'Basque', 'Jabearen atariko pasahitza {V} da – mesedez, ez bidali maizterrari.'),
 ('swe', 'Swedish', 'Lösenordet till ägarportalen är {V} – skicka det inte vidare till hyresgästen.'),
 ('dan', 'Danish', 'Adgangskoden til ejerportalen er {V} – send den venligst ikke videre til lejeren.'),
 ('fao', 'Faroese', 'Loyniorðið til eigaraportalin er {V} – vinarliga send tað ikki víðari til leigaran.'),
 ('jpn', 'Japanese', 'オーナーポータルのパスワードは {V} です。入居者には転送しないでください。'),
 ('kor', 'Korean', '소유주 포털 비밀번호는 {V} 입니다. 세입자에게는 전달하지 마세요.'),
 ('zho', 'Chinese', '业主门户的密码是 {V} ，请不要转发给租客。'),
 ('vie', 'Vietnamese', 'Mật khẩu cổng chủ nhà là {V} – vui lòng đừng chuyển tiếp cho người thuê.'),
 ('tha', 'Thai', 'รหัสผ่านพอร์ทัลเจ้าของคือ {V} กรุณาอย่าส่งต่อให้ผู้เช่า'),
 ('tgl', 'Tagalog', 'Ang password ng owner portal ay {V} – pakiusap, huwag mo itong ipasa sa umuupa.'),
 ('urd', 'Urdu', 'مالک پورٹل کا پاس ورڈ {V} ہے – براہ کرم اسے کرایہ دار کو آگے نہ بھیجیں۔'),
 ('fas', 'Persian', 'رمز عبور پورتال مالک {V} است – لطفاً آن را برای مستأجر نفرستید.'),
 ('pus', 'Pashto', 'د مالک پورټال پټنوم {V} دی – مهرباني وکړئ مستاجر ته یې مه لېږئ.'),
 ('ara', 'Arabic', 'كلمة مرور بوابة المالك هي {V} – من فضلك لا تُرسلها إلى المستأجر.'),
 ('tam', 'Tamil', 'உரிமையாளர் போர்ட்டலின் கடவுச்சொல் {V} – தயவுசெய்து இதை வாடகைதாரருக்கு அனுப்ப வேண்டாம்.'),
 ('epo', 'Esperanto', 'La pasvorto por la portalo de la posedanto estas {V} – bonvolu ne plusendi ĝin al la luanto.'),
 ('wol', 'Wolof', 'Baatu jàll bu portail bu boroom kër gi mooy {V} – bul ko yónnee ki luy kër gi.'),
 ('lin', 'Lingala', 'Liloba ya sekele ya portail ya nkolo-ndako ezali {V} – svp, kotindela yango mofuti-ndako te.'),
 ('nya', 'Chichewa', 'Mawu achinsinsi a portal ya mwini nyumba ndi {V} – chonde musawatumize kwa wobwereka.'),
 ('tsn', 'Tswana', 'Lefoko la sephiri la portal ya mong wa ntlo ke {V} – tsweetswee o se le romele mohiri.'),
 ('sun', 'Sundanese', 'Kecap konci pikeun portal nu boga imah nyaéta {V} – punten ulah diteruskeun ka nu nyéwa.'),
 ('ilo', 'Ilocano', 'Ti password ti portal ti akinkukua ket {V} – pangngaasim ta dimo ipatulod iti agabang.'),
]

FORMATS = {
 'owner_portal_support_chat_transcript': 'Chat transcript #{N}\n[14:02] Agent Rosa: {S}\n[14:03] Owner: ok\n',
 'showing_agent_sms_thread_export': 'SMS thread (+1 555 01{N2})\n> {S}\n< 👍\n',
 'property_manager_outlook_mail': 'From: pm@example.com\nTo: owner@example.org\nSubject: Portal\n\n{S}\n\n-- Sent from Outlook\n',
 'maintenance_work_order_comment': 'Work order WO-{N} / comment by property manager:\n{S}\n',
 'dotloop_loop_activity_note': 'Loop "12 Alder Ct" – activity note\n{S}\n',
 'tenant_portal_inbox_message_json': '{"thread": {N}, "from": "manager", "body": "{S}"}\n',
 'leasing_team_whatsapp_export': '3/14/24, 09:1{N1} - Leasing Lead: {S}\n',
 'hoa_board_mailing_list_digest': 'Digest #{N}\n---\nMessage 2 (treasurer):\n{S}\n---\n',
 'brokerage_slack_dm_copy': 'dana.k  11:0{N1} AM\n{S}\n',
 'pm_crm_call_log_note': 'Call log – owner follow-up ({N} sec)\nNote: {S}\n',
}

def select_languages(deny):
    names, codes = set(deny['names']), set(deny['codes'])
    words, lw = set(deny['words']), set(deny['langwords'])
    ok, excluded = [], []
    import re
    for code, eng, s in CANDIDATES:
        bad = code in names or code in codes or code[:2] in names
        for w in re.findall(r'[A-Za-z]+', eng):
            if w.lower() in lw or w.lower() in words:
                bad = True
        (excluded if bad else ok).append((code, eng, s))
    return ok, excluded

def build(start_index, deny):
    r = random.Random(10604)
    ok, excluded = select_languages(deny)
    langs = ok[:40]
    fmts = sorted(FORMATS)
    out = []
    n = start_index
    for i, (code, eng, sent) in enumerate(langs):
        f = fmts[i % len(fmts)]
        v = password(r, seps='-_.!')
        s_text, s_off = fill(sent, v)
        tpl = FORMATS[f]
        N = str(r.randint(1000, 9999))
        pre = tpl.split('{S}')[0]
        for k, val in (('{N2}', N[:2]), ('{N1}', N[0]), ('{N}', N)):
            pre = pre.replace(k, val)
        post = tpl.split('{S}')[1]
        text = pre + s_text + post
        out.append(rec('p106-s-%04d' % n, SPAN_TYPE, f + '__' + code, text, len(pre) + s_off, v, 'prose'))
        n += 1
    return out, langs, excluded
