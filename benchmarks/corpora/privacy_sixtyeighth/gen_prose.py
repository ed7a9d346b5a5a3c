"""Prose part: a front-desk colleague shares the new shared extranet password, in 40 languages, 10 chat-export formats."""
import html, json, random
from common import *

TYPE = 'front_desk_shared_extranet_password'
# (code, English name, script, sentence with {v}); first 40 that pass the deny-list check are used
CANDIDATES = [
 ('sc', 'Sardinian', 'Latin', "Sa password noa de s'extranet de sa retzetzione est {v}, pro praghere no dda pubblichedas in su grupu de su personale."),
 ('scn', 'Sicilian', 'Latin', "La password nova di l'extranet dâ riciziuni è {v}, pi favuri nun la mittiti ntô gruppu dô pirsunali."),
 ('nap', 'Neapolitan', 'Latin', "'A password nova d'o extranet d'a reception è {v}, pe' piacere nun 'a mettite int'o gruppo d'o personale."),
 ('vec', 'Venetian', 'Latin', "La password nova de l'extranet de la reception la xe {v}, par piaser no stè metarla sul grupo del personal."),
 ('fur', 'Friulian', 'Latin', "La password gnove de extranet de ricezion e je {v}, par plasê no stait a metile tal grup dal personâl."),
 ('lld', 'Ladin', 'Latin', "La password nova dl extranet dla reception ie {v}, per plajëi no la mëte nia tl grup dl personal."),
 ('ast', 'Asturian', 'Latin', "La contraseña nueva de la extranet de recepción ye {v}, por favor nun la espublices nel grupu del personal."),
 ('kw', 'Cornish', 'Latin', "An ger-tremena nowydh rag an extranet yw {v}, mar pleg na worr ev y'n bagas an wonisogyon."),
 ('gv', 'Manx', 'Latin', "She {v} yn fockle-follit noa son yn extranet, my sailliu ny cur eh ayns possan ny fir-obbree."),
 ('wa', 'Walloon', 'Latin', "Li novea scret po l' extranet del rçuvaedje, c' est {v}, n' el metoz nén e groupe do djin, s' i vs plait."),
 ('li', 'Limburgish', 'Latin', "'t Nuuj wachwoord veur 't extranet vaan de receptie is {v}, zet 't asjeblief neet in de personeelsgroep."),
 ('gsw', 'Alemannic', 'Latin', "S nöie Passwort für s Extranet vo de Rezeption isch {v}, bitte tüend s nöd i d Personalgruppe poschte."),
 ('se', 'North Sami', 'Latin', "Ođđa beassansátni resepšuvnna extranehttii lea {v}, ale bija dan bargiidjoavkku."),
 ('kl', 'Greenlandic', 'Latin', "Extranetimut isissutissaq nutaaq tassaavoq {v}, sulisut gruppiannut ilanngunnagu."),
 ('kab', 'Kabyle', 'Latin', "Awal uffir amaynut n extranet n tneɣrit d {v}, ma ulac aɣilif ur t-ssekcam ara deg ugraw n yixeddamen."),
 ('tw', 'Twi', 'Latin', "Extranet no password foforo no ne {v}, mesrɛ wo, mfa nhyɛ adwumayɛfo kuw no mu."),
 ('ee', 'Ewe', 'Latin', "Extranet ƒe password yeyea enye {v}, meɖe kuku mègaɖoe ɖe dɔwɔlawo ƒe ha me o."),
 ('st', 'Sesotho', 'Latin', "Phasewete e ncha ya extranet ya resepshene ke {v}, ka kopo o se ke wa e beha sehlopheng sa basebetsi."),
 ('ss', 'Swati', 'Latin', "Liphasiwedi lelisha le-extranet yerisephshini ngu {v}, ngicela ungalifaki eqenjini lebasebenti."),
 ('ts', 'Tsonga', 'Latin', "Phasiwedi leyintshwa ya extranet ya risepixini i {v}, ndzi kombela u nga yi veki eka ntlawa wa vatirhi."),
 ('ve', 'Venda', 'Latin', "Phasiwede ntswa ya extranet ndi {v}, ndi humbela ni sa i vhei kha tshigwada tsha vhashumi."),
 ('bm', 'Bambara', 'Latin', "Extranet ka password kura ye {v} ye, i ka hakɛ to, i kana a bila baarakɛlaw ka jɛkulu kɔnɔ."),
 ('ff', 'Fula', 'Latin', "Password kesum extranet ngoo ko {v}, tiiɗno wata a waɗ ɗum e fedde gollotooɓe."),
 ('ki', 'Kikuyu', 'Latin', "Password njerũ ya extranet nĩ {v}, ndagũthaitha ndũkamĩige gĩkundi-inĩ kĩa aruti a wĩra."),
 ('luo', 'Luo', 'Latin', "Password manyien mar extranet en {v}, kiyie kik iketi e grup mar jotich."),
 ('rn', 'Kirundi', 'Latin', "Ijambo ry'ibanga rishya rya extranet ni {v}, ndabinginze ntimurishire mu mugwi w'abakozi."),
 ('mfe', 'Mauritian Creole', 'Latin', "Nouvo password extranet resepsion se {v}, silvouple pa met li dan grup staff."),
 ('crs', 'Seychellois Creole', 'Latin', "Nouvo password pour extranet resepsyon i {v}, silvouple pa met li dan group staff."),
 ('pap', 'Papiamento', 'Latin', "E password nobo di e extranet di recepshon ta {v}, por fabor no pon'é den e grupo di personal."),
 ('kea', 'Cape Verdean Creole', 'Latin', "Password novu di extranet di resepson e {v}, pur favor ka bu poi-l na grupu di pesoal."),
 ('ty', 'Tahitian', 'Latin', "Te password ʻāpī nō te extranet, ʻo {v} ïa, ʻeiaha e tuu i roto i te pupu o te feiā rave ʻohipa."),
 ('fj', 'Fijian', 'Latin', "Na password vou ni extranet e {v}, kerei mo kakua ni vakacuruma ena ilawalawa ni tamata cakacaka."),
 ('ch', 'Chamorro', 'Latin', "I nuebu na password para i extranet guiya {v}, pot fabot cha'-mu na'halom gi i grupun i empleao."),
 ('bi', 'Bislama', 'Latin', "Niu password blong extranet hem i {v}, plis yu no putum long grup blong ol staf."),
 ('tpi', 'Tok Pisin', 'Latin', "Nupela password bilong extranet em {v}, plis yu no ken putim long grup bilong ol wokman."),
 ('tet', 'Tetum', 'Latin', "Password foun ba extranet mak {v}, favór ida labele tau iha grupu funsionáriu nian."),
 ('ilo', 'Ilocano', 'Latin', "Ti baro a password ti extranet ket {v}, pangngaasiyo ta saanyo nga ipost iti grupo dagiti empleado."),
 ('hil', 'Hiligaynon', 'Latin', "Ang bag-o nga password sang extranet amo ang {v}, palihog indi pag-ibutang sa grupo sang mga empleyado."),
 ('war', 'Waray', 'Latin', "An bag-o nga password han extranet amo an {v}, alayon ayaw igbutang ha grupo han mga empleyado."),
 ('pam', 'Kapampangan', 'Latin', "Ing bayung password ning extranet iyang {v}, pakisabi e yu ipost king grupu da reng empleyadu."),
 ('ban', 'Balinese', 'Latin', "Password anyar extranet resepsionis inggih punika {v}, ampura sampunang kapasang ring grup pegawai."),
 ('min', 'Minangkabau', 'Latin', "Password baru extranet resepsionis adolah {v}, tolong jan dipasang di grup karyawan."),
 ('yue', 'Cantonese', 'Han', "前台 extranet 嘅新密碼係 {v} ，唔該唔好擺上員工群組。"),
 ('nan', 'Hokkien', 'Latin (POJ)', "Chiap-thai extranet ê sin bi̍t-bé sī {v}, chhiáⁿ m̄-thang pâng tī oân-kang ê kûn-cho͘."),
 ('gom', 'Konkani', 'Devanagari', "रिसेप्शनाच्या extranet चो नवो password {v} आसा, उपकार करून तो कर्मचाऱ्यांच्या गटांत घालूं नाकात."),
 ('ay', 'Aymara', 'Latin', "Extranet machaq password ukax {v}, ama hina irnaqirinakan tamapar uchamti."),
 ('nah', 'Nahuatl', 'Latin', "In yancuic password extranet ye {v}, ma ticmanaz ipan tlacahuan tequitinime."),
 ('yua', 'Yucatec Maya', 'Latin', "U túumben password le extranet' leti' {v}, ma' a ts'áik ti' u múuch' j-meyajo'ob."),
 ('sah', 'Yakut', 'Cyrillic', "Ресепшн extranet саҥа пароля {v}, үлэһиттэр бөлөҕөр суруйума."),
 ('cv', 'Chuvash', 'Cyrillic', "Ресепшн extranet-ӗн ҫӗнӗ пароле {v}, тархасшӑн, ӑна ӗҫченсен ушкӑнне ан ҫырӑр."),
 ('ba', 'Bashkir', 'Cyrillic', "Ресепшн extranet-тың яңы пароле {v}, зинһар, уны хеҙмәткәрҙәр төркөмөнә яҙмағыҙ."),
]
NAMES = ['Rosa M.', 'Kalani', 'Ana P.', 'Jomo', 'Liesl', 'Teuila', 'Marco', 'Aroha']

def _csv(m): return '"' + m.replace('"', '""') + '"'
FORMATS = {
 'sms_backup_restore_xml_sms': lambda n, m: '<smses count="1">\n  <sms protocol="0" address="+35191{d}" date="1717398764000" type="1" body="%s" contact_name="%s" />\n</smses>\n' % (html.escape(m), html.escape(n)),
 'zoom_meeting_chat_saved_txt': lambda n, m: '07:12:44 From  %s  to  Everyone:\n\t%s\n' % (n, m),
 'twitter_dm_archive_js_entry': lambda n, m: 'window.YTD.direct_messages.part0 = [ {"dmConversation": {"conversationId": "1{d}-2{d}", "messages": [{"messageCreate": {"senderId": "1{d}", "text": %s, "createdAt": "2024-06-03T07:12:44.000Z"}}]}} ]\n' % json.dumps(m, ensure_ascii=False),
 'linkedin_messages_csv_row': lambda n, m: 'CONVERSATION ID,FROM,TO,DATE,CONTENT\n2-{d},%s,Front Office,2024-06-03 07:12:44 UTC,%s\n' % (_csv(n), _csv(m)),
 'snapchat_chat_history_json_item': lambda n, m: '{"Received Chat History": [{"From": %s, "Media Type": "TEXT", "Created": "2024-06-03 07:12:44 UTC", "Text": %s}]}\n' % (json.dumps(n, ensure_ascii=False), json.dumps(m, ensure_ascii=False)),
 'zalo_pc_backup_txt_block': lambda n, m: '%s (07:12 03/06/2024)\n%s\n\n' % (n, m),
 'pidgin_html_log_line': lambda n, m: '<font color="#A82F2F"><font size="2">(07:12:44)</font> <b>%s:</b></font> %s<br/>\n' % (html.escape(n), html.escape(m, quote=False)),
 'teams_purview_export_html_msg': lambda n, m: '<div class="message"><span class="sender">%s</span> <span class="time">6/3/2024 7:12 AM</span><div class="body"><p>%s</p></div></div>\n' % (html.escape(n), html.escape(m, quote=False)),
 'vk_archive_messages_html_div': lambda n, m: '<div class="item"><div class="message" data-id="{d}"><div class="message__header">%s, 3 Jun 2024 at 7:12:44 am</div><div>%s</div></div></div>\n' % (html.escape(n), html.escape(m, quote=False)),
 'irssi_log_line': lambda n, m: '--- Day changed Mon Jun 03 2024\n07:12 < %s> %s\n' % (n.replace(' ', '_'), m),
}

def select(names, langs, words):
    chosen, excluded = [], []
    for c in CANDIDATES:
        code, name = c[0], c[1]
        bad = code in names or code in langs or code in words or any(w.lower() in langs or w.lower() in words for w in name.split())
        (excluded if bad else chosen).append(c)
    return chosen[:40], excluded, chosen[40:]

def build(pool, names, langs, words):
    r = random.Random(6804)
    chosen, _, _ = select(names, langs, words)
    fmts = list(FORMATS)
    out = []
    for i, (code, name, script, sent) in enumerate(chosen):
        f = fmts[i % len(fmts)]
        v = pool.take(lambda: pw(r))
        msg = sent.replace('{v}', '\ue000')
        text = FORMATS[f](r.choice(NAMES), msg).replace('{d}', str(r.randint(10**6, 10**7))).replace('\ue000', v)
        out.append({'type': TYPE, 'container': f + '__' + code, 'text': text, 'secrets': [span(text, v, TYPE)], 'source': 'prose'})
    return out
