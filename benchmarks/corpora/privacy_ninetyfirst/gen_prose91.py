"""Prose: someone tells a teammate the bastion / jump-host password in their language (seed 9104).
One sentence meaning, best effort by a non-native builder, no review. \ue000 = the value."""
import random
from common91 import PwGen

# (639-3 code, 639-1 code or "", English name, sentence)
CANDIDATES = [
 ("nob", "nb", "Norwegian Bokmal", "Passordet til bastion-serveren er \ue000 – ikke lim det inn i saken, takk."),
 ("fry", "fy", "West Frisian", "It wachtwurd foar de bastion-tsjinner is \ue000, plak it asjebleaft net yn it ticket."),
 ("bre", "br", "Breton", "Ger-tremen ar servijer bastion eo \ue000, na lakait ket anezhañ en tiked mar plij."),
 ("gla", "gd", "Scottish Gaelic", "Is e \ue000 am facal-faire airson frithealaiche bastion, na cuir e san tiogaid, mas e do thoil e."),
 ("cos", "co", "Corsican", "A parolla d'intrata di u servore bastion hè \ue000, ùn la mette micca in u ticket."),
 ("oci", "oc", "Occitan", "Lo senhal del servidor bastion es \ue000, lo metetz pas dins lo tiquet, se vos plai."),
 ("roh", "rm", "Romansh", "Il pled-clav dal server bastion è \ue000, na l'inseri betg en il ticket, per plaschair."),
 ("fur", "", "Friulian", "La peraule clâf dal server bastion e je \ue000, no sta metile tal ticket, par plasê."),
 ("srd", "sc", "Sardinian", "Sa crae de su serbidore bastion est \ue000, no la pongias in su ticket, pro praghere."),
 ("ast", "", "Asturian", "La contraseña del sirvidor bastion ye \ue000, nun la pegues nel tiquet, por favor."),
 ("bel", "be", "Belarusian", "Пароль да сервера bastion: \ue000 — калі ласка, не ўстаўляй яго ў тыкет."),
 ("bos", "bs", "Bosnian", "Lozinka za bastion server je \ue000, molim te nemoj je lijepiti u tiket."),
 ("kat", "ka", "Georgian", "bastion სერვერის პაროლია \ue000 — გთხოვ, ტიკეტში ნუ ჩასვამ."),
 ("hye", "hy", "Armenian", "bastion սերվերի գաղտնաբառն է \ue000, խնդրում եմ՝ տոմսի մեջ մի տեղադրիր։"),
 ("aze", "az", "Azerbaijani", "bastion serverinin parolu \ue000 – xahiş edirəm, onu biletə yapışdırma."),
 ("kir", "ky", "Kyrgyz", "bastion серверинин сырсөзү \ue000, сураныч, аны тикетке чаптаба."),
 ("tgk", "tg", "Tajik", "Пароли сервери bastion \ue000 аст, лутфан онро ба тикет нагузоред."),
 ("tuk", "tk", "Turkmen", "bastion serweriniň paroly \ue000, haýyş, ony tikete goýma."),
 ("tat", "tt", "Tatar", "bastion серверының серсүзе \ue000, зинһар, аны тикетка куйма."),
 ("yid", "yi", "Yiddish", "דאָס פּאַראָל פֿאַר דעם bastion סערווער איז \ue000 , ביטע שטעל עס נישט אַרײַן אין טיקעט."),
 ("nep", "ne", "Nepali", "bastion सर्भरको पासवर्ड \ue000 हो, कृपया टिकटमा नटाँस्नुहोस्।"),
 ("guj", "gu", "Gujarati", "bastion સર્વરનો પાસવર્ડ \ue000 છે, કૃપા કરીને ટિકિટમાં પેસ્ટ કરશો નહીં."),
 ("pan", "pa", "Punjabi", "bastion ਸਰਵਰ ਦਾ ਪਾਸਵਰਡ \ue000 ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਟਿਕਟ ਵਿੱਚ ਨਾ ਪਾਓ।"),
 ("kan", "kn", "Kannada", "bastion ಸರ್ವರ್‌ನ ಪಾಸ್‌ವರ್ಡ್ \ue000 , ದಯವಿಟ್ಟು ಅದನ್ನು ಟಿಕೆಟ್‌ನಲ್ಲಿ ಅಂಟಿಸಬೇಡಿ."),
 ("mal", "ml", "Malayalam", "bastion സെർവറിന്റെ പാസ്‌വേഡ് \ue000 ആണ്, ദയവായി ടിക്കറ്റിൽ ഒട്ടിക്കരുത്."),
 ("ory", "or", "Odia", "bastion ସର୍ଭରର ପାସୱାର୍ଡ \ue000 , ଦୟାକରି ଟିକେଟରେ ଲଗାନ୍ତୁ ନାହିଁ।"),
 ("asm", "as", "Assamese", "bastion চাৰ্ভাৰৰ পাছৱৰ্ড \ue000 , অনুগ্ৰহ কৰি টিকেটত নিদিব।"),
 ("lao", "lo", "Lao", "ລະຫັດຜ່ານຂອງເຊີບເວີ bastion ແມ່ນ \ue000 ກະລຸນາຢ່າວາງໃສ່ປີ້."),
 ("mya", "my", "Burmese", "bastion ဆာဗာ၏ စကားဝှက်မှာ \ue000 ဖြစ်သည်၊ ticket ထဲ မထည့်ပါနှင့်။"),
 ("jav", "jv", "Javanese", "Tembung sandhi kanggo server bastion yaiku \ue000, aja ditempel ing tiket ya."),
 ("sun", "su", "Sundanese", "Kecap konci pikeun server bastion nyaéta \ue000, punten ulah ditempelkeun dina tikét."),
 ("ceb", "", "Cebuano", "Ang password sa bastion server kay \ue000, ayaw lang i-paste sa ticket palihug."),
 ("ilo", "", "Ilocano", "Ti password ti bastion server ket \ue000, dimo koma idikit iti ticket."),
 ("smo", "sm", "Samoan", "O le upu faalilolilo mo le server bastion o \ue000, faamolemole aua e te tuuina i le tiketi."),
 ("mri", "mi", "Maori", "Ko te kupuhipa mō te tūmau bastion ko \ue000, kaua e whakapiri ki te tīkiti."),
 ("haw", "", "Hawaiian", "ʻO \ue000 ka ʻōlelo huna no ka server bastion, mai hoʻokomo i loko o ka tikiki."),
 ("mlg", "mg", "Malagasy", "Ny tenimiafina ho an'ny mpizara bastion dia \ue000, aza apetaka ao amin'ny tapakila azafady."),
 ("kin", "rw", "Kinyarwanda", "Ijambo ry'ibanga rya seriveri bastion ni \ue000, ntuyishyire muri tike, ndakwinginze."),
 ("som", "so", "Somali", "Furaha sirta ah ee server-ka bastion waa \ue000, fadlan ha ku dhejin tigidhka."),
 ("ibo", "ig", "Igbo", "Okwuntughe maka sava bastion bụ \ue000, biko etinyela ya na tiketi."),
 ("xho", "xh", "Xhosa", "Igama lokugqitha leseva ye-bastion ngu \ue000, nceda ungalifaki kwitikiti."),
 ("sna", "sn", "Shona", "Pasiwedhi yeseva ye bastion ndeyi \ue000, ndapota usaiisa mutikiti."),
 ("hat", "ht", "Haitian Creole", "Modpas sèvè bastion an se \ue000, tanpri pa kole l nan tikè a."),
 ("que", "qu", "Quechua", "bastion servidorpa pakasqa siminqa \ue000 kachkan, ama tiketman churaychu."),
 ("grn", "gn", "Guarani", "Ñe'ẽñemi bastion servidor-pegua ha'e \ue000, ani rehai tikete-pe."),
 ("wln", "wa", "Walloon", "Li scret mot do sierveu bastion, c' est \ue000, ni l' metoz nén e tiket."),
 ("pap", "", "Papiamento", "E kontraseña di e server bastion ta \ue000, por fabor no peg'é den e tiket."),
 ("kur", "ku", "Kurdish", "Şîfreya servera bastion \ue000 e, ji kerema xwe wê nexe nav bilêtê."),
]

FORMATS = {
 "vscode_live_share_chat_line": "[10:42] {who} (Live Share): {msg}",
 "jetbrains_code_with_me_chat_log": "2026-03-02 10:42:17 | Code With Me | {who}: {msg}",
 "unix_wall_broadcast_banner": "Broadcast message from {who}@bastion (pts/3) (Mon Mar  2 10:42:17 2026):\n\n{msg}",
 "write_command_tty_message": "Message from {who}@devbox on pts/1 at 10:42 ...\n{msg}\nEOF",
 "ytalk_split_screen_capture": "=====  {who}@bastion  =====\n{msg}\n=====  you@laptop  =====",
 "gitlab_merge_request_note_json": "{{\"id\": 88123, \"noteable_type\": \"MergeRequest\", \"author\": {{\"username\": \"{who}\"}}, \"body\": \"{msg}\"}}",
 "mailman_digest_plaintext_entry": "Message: 3\nFrom: {who} <{who}@example.net>\nSubject: bastion access\n\n{msg}\n\n------------------------------",
 "zoom_meeting_chat_txt_export": "10:42:17\t From {who} to Everyone:\n\t{msg}",
 "taildrop_received_note_txt": "# note.txt (sent via Taildrop from {who}-laptop)\n{msg}",
 "tmux_display_message_popup_log": "[tmux] display-popup from {who}: {msg}",
}
WHO = ["amara", "ikaika", "tahu", "bashir", "nodir", "leilani", "farida", "kwame", "siosaia", "elin"]

def ok_language(c3, c1, name, names, codes, langwords, words):
    bad = []
    for c in (c3, c1):
        if c and (c in names or c in codes):
            bad.append(c)
    for w in name.lower().split():
        if w in langwords or w in words:
            bad.append(w)
    return bad

def generate(used, names, codes, langwords, words):
    r = random.Random(9104)
    pw = PwGen(r, used)
    recs, excluded, chosen = [], [], []
    for c3, c1, name, sent in CANDIDATES:
        bad = ok_language(c3, c1, name, names, codes, langwords, words)
        if bad:
            excluded.append((c3, name, bad)); continue
        if len(chosen) < 40:
            chosen.append((c3, c1, name, sent))
    fmts = list(FORMATS)
    for i, (c3, c1, name, sent) in enumerate(chosen):
        f = fmts[i % len(fmts)]
        p = pw()
        text = FORMATS[f].format(who=r.choice(WHO), msg=sent)
        s = text.index("\ue000")
        text = text.replace("\ue000", p)
        t = "bastion_jump_host_password_told_in_chat"
        recs.append({"type": t, "container": f"{f}__{c3}", "text": text,
                     "secrets": [{"value": p, "start": s, "end": s + len(p), "type": t}], "source": "prose",
                     "_lang": (c3, c1, name)})
    return recs, excluded, chosen
