"""Prose: an analyst tells a colleague the new password of the Tableau extract-refresh account
and asks not to put it into the workbook, in one of 40 languages not used before."""
import random
from common import *

SPAN_TYPE = "tableau_refresh_account_password_told_in_chat"

CANDIDATES = [
 ("ibo", "Igbo", "Paswọọdụ ọhụrụ maka akaụntụ Tableau refresh bụ @@ — biko etinyela ya n'ime workbook."),
 ("wol", "Wolof", "Password bu bees bi ci compte Tableau refresh mooy @@ — bul ko def ci workbook bi."),
 ("sna", "Shona", "Password itsva yeaccount yeTableau refresh ndeye @@ — ndapota musaiisa mu workbook."),
 ("xho", "Xhosa", "Igama lokugqithisa elitsha le-akhawunti ye-Tableau refresh ngu @@ — nceda ungalifaki kwi-workbook."),
 ("tsn", "Tswana", "Lefoko la sephiri le lesha la akhaonto ya Tableau refresh ke @@ — tsweetswee o se ka wa le tsenya mo workbook."),
 ("kin", "Kinyarwanda", "Ijambo ry'ibanga rishya rya konti ya Tableau refresh ni @@ — ntimurishyire muri workbook."),
 ("lin", "Lingala", "Mot de passe ya sika ya compte Tableau refresh ezali @@ — svp kotia yango na workbook te."),
 ("orm", "Oromo", "Jecha darbii haaraan akkaawuntii Tableau refresh @@ dha — maaloo workbook keessa hin galchinaa."),
 ("tir", "Tigrinya", "ሓድሽ ፓስዎርድ ናይ Tableau refresh ኣካውንት @@ እዩ — በጃኹም ኣብ workbook ኣይተእትውዎ።"),
 ("mlg", "Malagasy", "Ny teny miafina vaovao amin'ny kaonty Tableau refresh dia @@ — aza atao ao amin'ny workbook azafady."),
 ("nya", "Chichewa", "Mawu achinsinsi atsopano a akaunti ya Tableau refresh ndi @@ — chonde musawaike mu workbook."),
 ("isl", "Icelandic", "Nýja lykilorðið fyrir Tableau refresh aðganginn er @@ — vinsamlegast ekki setja það í vinnubókina."),
 ("fry", "Western Frisian", "It nije wachtwurd foar it Tableau refresh-akkount is @@ — set it asjebleaft net yn it workbook."),
 ("bre", "Breton", "Ar ger-tremen nevez evit kont Tableau refresh eo @@ — na lakait ket anezhañ er workbook, mar plij."),
 ("gla", "Scottish Gaelic", "Is e am facal-faire ùr airson cunntas Tableau refresh @@ — na cuir anns an workbook e, mas e do thoil e."),
 ("oci", "Occitan", "Lo senhal novèl del compte Tableau refresh es @@ — lo metètz pas dins lo workbook, se vos plai."),
 ("cos", "Corsican", "A nova parolla d'intrata di u contu Tableau refresh hè @@ — ùn la mettite micca in u workbook, per piacè."),
 ("roh", "Romansh", "Il nov pled-clav dal conto Tableau refresh è @@ — per plaschair betg metter en il workbook."),
 ("yid", "Yiddish", "דאָס נײַע פּאַראָל פֿאַר דעם Tableau refresh אַקאַונט איז @@ — ביטע לייגט עס נישט אַרײַן אין workbook."),
 ("bel", "Belarusian", "Новы пароль для акаўнта Tableau refresh: @@ — калі ласка, не ўстаўляйце яго ў workbook."),
 ("bos", "Bosnian", "Nova lozinka za Tableau refresh račun je @@ — molim vas, ne stavljajte je u workbook."),
 ("slv", "Slovenian", "Novo geslo za račun Tableau refresh je @@ — prosim, ne vpisujte ga v workbook."),
 ("hye", "Armenian", "Tableau refresh հաշվի նոր գաղտնաբառն է @@ — խնդրում եմ, մի՛ դրեք այն workbook-ի մեջ։"),
 ("kat", "Georgian", "Tableau refresh ანგარიშის ახალი პაროლია @@ — გთხოვთ, ნუ ჩასვამთ მას workbook-ში."),
 ("aze", "Azerbaijani", "Tableau refresh hesabının yeni parolu @@ — xahiş edirəm onu workbook-a yazmayın."),
 ("tuk", "Turkmen", "Tableau refresh hasabynyň täze paroly @@ — haýyş edýärin, ony workbook-a goýmaň."),
 ("kir", "Kyrgyz", "Tableau refresh аккаунтунун жаңы сырсөзү: @@ — суранам, аны workbook'ка койбоңуз."),
 ("tgk", "Tajik", "Пароли нави ҳисоби Tableau refresh: @@ — лутфан онро ба workbook нагузоред."),
 ("tat", "Tatar", "Tableau refresh аккаунтының яңа серсүзе: @@ — зинһар, аны workbook'ка язмагыз."),
 ("uig", "Uyghur", "Tableau refresh ھېساباتىنىڭ يېڭى پارولى: @@ — ئۇنى workbook غا قويماڭ."),
 ("pus", "Pashto", "د Tableau refresh حساب نوی پاسورډ دی: @@ — مهرباني وکړئ په workbook کې یې مه لیکئ."),
 ("ckb", "Sorani Kurdish", "وشەی نهێنیی نوێی هەژماری Tableau refresh ئەمەیە: @@ — تکایە لە workbook دایمەنێ."),
 ("guj", "Gujarati", "Tableau refresh એકાઉન્ટનો નવો પાસવર્ડ @@ છે — કૃપા કરીને તેને workbook માં ન મૂકશો."),
 ("pan", "Punjabi", "Tableau refresh ਖਾਤੇ ਦਾ ਨਵਾਂ ਪਾਸਵਰਡ @@ ਹੈ — ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ workbook ਵਿੱਚ ਨਾ ਪਾਓ।"),
 ("kan", "Kannada", "Tableau refresh ಖಾತೆಯ ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ @@ — ದಯವಿಟ್ಟು ಅದನ್ನು workbook ನಲ್ಲಿ ಹಾಕಬೇಡಿ."),
 ("mal", "Malayalam", "Tableau refresh അക്കൗണ്ടിന്റെ പുതിയ പാസ്‌വേഡ് @@ ആണ് — ദയവായി അത് workbook-ൽ ഇടരുത്."),
 ("ori", "Odia", "Tableau refresh ଆକାଉଣ୍ଟର ନୂଆ ପାସୱାର୍ଡ @@ — ଦୟାକରି ଏହାକୁ workbook ରେ ରଖନ୍ତୁ ନାହିଁ।"),
 ("nep", "Nepali", "Tableau refresh खाताको नयाँ पासवर्ड @@ हो — कृपया यसलाई workbook मा नराख्नुहोस्।"),
 ("lao", "Lao", "ລະຫັດຜ່ານໃໝ່ຂອງບັນຊີ Tableau refresh ແມ່ນ @@ — ກະລຸນາຢ່າໃສ່ມັນໃນ workbook."),
 ("mya", "Burmese", "Tableau refresh အကောင့်ရဲ့ စကားဝှက်အသစ်က @@ ပါ — workbook ထဲ မထည့်ပါနဲ့။"),
 ("jav", "Javanese", "Sandhi anyar kanggo akun Tableau refresh yaiku @@ — aja dilebokake ing workbook, nggih."),
 ("sun", "Sundanese", "Kecap konci anyar pikeun akun Tableau refresh nyaéta @@ — punten ulah diasupkeun kana workbook."),
 ("ceb", "Cebuano", "Ang bag-ong password sa Tableau refresh nga account kay @@ — palihog ayaw ibutang sa workbook."),
 ("tgl", "Tagalog", "Ang bagong password ng Tableau refresh account ay @@ — pakiusap, huwag ilagay sa workbook."),
 ("mri", "Maori", "Ko te kupuhipa hou mō te pūkete Tableau refresh ko @@ — kaua e tuku ki roto i te workbook."),
 ("smo", "Samoan", "O le upu fa'amaumau fou mo le account Tableau refresh o @@ — fa'amolemole aua ne'i tu'u i le workbook."),
 ("hat", "Haitian Creole", "Nouvo modpas kont Tableau refresh la se @@ — tanpri pa mete l nan workbook la."),
 ("que", "Quechua", "Tableau refresh cuentapa musuq pakasqa simin @@ — ama workbookman churaychu."),
]

FORMATS = {
 "mattermost_bulk_export_post_line": '{"type":"post","post":{"team":"analytics","channel":"bi-ops","user":"{user}","message":"{msg}","create_at":17{n}0000000}}\n',
 "rocketchat_rest_message_json": '{"message":{"rid":"GENERAL","msg":"{msg}","u":{"username":"{user}"},"ts":"{day}T10:{n}:00.000Z"}}\n',
 "servicenow_work_note_json": '{"sys_id":"{h32}","element":"work_notes","value":"{msg}","sys_created_by":"{user}"}\n',
 "zendesk_ticket_comment_json": '{"comment":{"id":{d12},"author_id":{d12},"body":"{msg}","public":false}}\n',
 "whatsapp_android_txt_export_line": '{d8}, 09:{n} - {user}: {msg}\n',
 "signal_desktop_backup_message_json": '{"conversationId":"{uuid}","type":"outgoing","body":"{msg}","sent_at":17{n}00000000}\n',
 "discord_chat_exporter_csv_row": '"{d18}","{user}","{day}T08:{n}:00+00:00","{msg}","",""\n',
 "webex_messages_api_item_json": '{"id":"Y2lzY29zcGFyazovL3{h32}","roomType":"direct","text":"{msg}","personEmail":"{user}@corp.example"}\n',
 "outlook_eml_quoted_plain_body": 'From: {user}@corp.example\nTo: bi-team@corp.example\nSubject: Tableau refresh\nContent-Type: text/plain; charset=UTF-8\n\n{msg}\n',
 "skype_export_messages_json": '{"conversationid":"8:{user}","messages":[{"messagetype":"RichText","content":"{msg}","from":"8:{user}"}]}\n',
}

def generate(dl, language_ok, seed=8804):
    r = random.Random(seed)
    chosen, excluded = [], []
    for code, name, s in CANDIDATES:
        if language_ok(code, name, dl) and len(chosen) < 40:
            chosen.append((code, name, s))
        elif not language_ok(code, name, dl):
            excluded.append(code)
    fmts = list(FORMATS)
    recs = []
    for i, (code, name, s) in enumerate(chosen):
        f = fmts[i % len(fmts)]
        body = FORMATS[f].replace("{msg}", s)
        tpl = fill(r, body, {"{h32}": rs(r, 32, HEXL), "{d12}": rs(r, 12, string.digits), "{d8}": "%02d/%02d/2026" % (r.randint(1, 28), r.randint(1, 12)),
                             "{uuid}": uuid4(r), "{d18}": rs(r, 18, string.digits)})
        text, span = make_rec(tpl, owner_password(r), SPAN_TYPE)
        recs.append({"type": SPAN_TYPE, "container": f + "__" + code, "text": text, "secrets": [span], "source": "prose"})
    return recs, chosen, excluded
