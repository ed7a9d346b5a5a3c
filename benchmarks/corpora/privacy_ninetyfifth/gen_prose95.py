"""Prose: a localization PM tells a translator the translation-portal password, in 40+ candidate languages."""
import json, random
from common95 import *

SPAN_TYPE = "tms_translator_login_password_in_message"

# (iso639-3, iso639-1 or "", English name, sentence with {P})
CANDIDATES = [
    ("isl", "is", "Icelandic", "Lykilorðið að þýðingagáttinni er {P} – vinsamlegast ekki setja það í orðalistann."),
    ("nob", "nb", "Norwegian Bokmal", "Passordet til oversettelsesportalen er {P} – ikke legg det inn i ordlisten."),
    ("deu", "de", "German", "Das Passwort für das Übersetzungsportal lautet {P} – bitte nicht ins Glossar schreiben."),
    ("fra", "fr", "French", "Le mot de passe du portail de traduction est {P} – merci de ne pas le mettre dans le glossaire."),
    ("spa", "es", "Spanish", "La contraseña del portal de traducción es {P}; por favor, no la pongas en el glosario."),
    ("por", "pt", "Portuguese", "A senha do portal de tradução é {P} – por favor, não a coloque no glossário."),
    ("ita", "it", "Italian", "La password del portale di traduzione è {P}, per favore non metterla nel glossario."),
    ("nld", "nl", "Dutch", "Het wachtwoord voor het vertaalportaal is {P} – zet het alsjeblieft niet in de woordenlijst."),
    ("rus", "ru", "Russian", "Пароль от портала переводов: {P} — пожалуйста, не добавляй его в глоссарий."),
    ("heb", "he", "Hebrew", "הסיסמה לפורטל התרגום היא {P} – בבקשה אל תכניסי אותה למילון המונחים."),
    ("hin", "hi", "Hindi", "अनुवाद पोर्टल का पासवर्ड {P} है – कृपया इसे शब्दावली में न डालें।"),
    ("ben", "bn", "Bengali", "অনুবাদ পোর্টালের পাসওয়ার্ড {P} – দয়া করে এটি শব্দকোষে রাখবেন না।"),
    ("ind", "id", "Indonesian", "Kata sandi portal terjemahan adalah {P} – tolong jangan dimasukkan ke glosarium."),
    ("msa", "ms", "Malay", "Kata laluan portal terjemahan ialah {P} – tolong jangan masukkan ke dalam glosari."),
    ("jav", "jv", "Javanese", "Sandhi kanggo portal terjemahan yaiku {P}, aja dilebokake ing glosarium ya."),
    ("ceb", "", "Cebuano", "Ang password sa portal sa paghubad kay {P} – palihug ayaw ibutang sa glosaryo."),
    ("mri", "mi", "Maori", "Ko te kupuhipa mō te tomokanga whakamāori ko {P} – kaua e tuhia ki te rārangi kupu."),
    ("smo", "sm", "Samoan", "O le upu faataga mo le portal faaliliu o {P} – faamolemole aua le tuuina i le lisi o upu."),
    ("haw", "", "Hawaiian", "ʻO ka ʻōlelo huna no ka pūnaewele unuhi ʻo {P} – mai kau iā ia i ka papa huaʻōlelo."),
    ("kat", "ka", "Georgian", "თარგმანის პორტალის პაროლია {P} – გთხოვ, ნუ ჩაწერ მას ტერმინების სიაში."),
    ("hye", "hy", "Armenian", "Թարգմանչական պորտալի գաղտնաբառն է {P} – խնդրում եմ, մի ավելացրու այն բառարանում։"),
    ("aze", "az", "Azerbaijani", "Tərcümə portalının şifrəsi {P} – xahiş edirəm, onu lüğətə yazma."),
    ("tuk", "tk", "Turkmen", "Terjime portalynyň açar sözi {P} – haýyş, ony sözlüge goşma."),
    ("kir", "ky", "Kyrgyz", "Котормо порталынын сырсөзү {P} – сураныч, аны глоссарийге жазба."),
    ("tgk", "tg", "Tajik", "Пароли портали тарҷума {P} аст – лутфан онро ба луғатнома нанавис."),
    ("tat", "tt", "Tatar", "Тәрҗемә порталы серсүзе {P} – зинһар, аны глоссарийга язма."),
    ("bel", "be", "Belarusian", "Пароль ад партала перакладаў: {P} – калі ласка, не ўнось яго ў глосарый."),
    ("srp", "sr", "Serbian", "Лозинка за портал за превођење је {P} – молим те, не стављај је у глосар."),
    ("bos", "bs", "Bosnian", "Šifra za portal za prevođenje je {P} – molim te, ne stavljaj je u glosar."),
    ("fry", "fy", "Western Frisian", "It wachtwurd foar it oersetportaal is {P} – set it asjebleaft net yn de wurdlist."),
    ("gla", "gd", "Scottish Gaelic", "Is e am facal-faire airson portal an eadar-theangachaidh {P} – na cuir e san fhaclair, mas e do thoil e."),
    ("oci", "oc", "Occitan", "Lo senhal del portal de traduccion es {P} – mercés de pas lo metre dins lo glossari."),
    ("cat", "ca", "Catalan", "La contrasenya del portal de traducció és {P}; si us plau, no la posis al glossari."),
    ("cos", "co", "Corsican", "A parolla d'intrata di u portale di traduzzione hè {P} – ùn a mette micca in u glussariu."),
    ("roh", "rm", "Romansh", "Il pled-clav dal portal da translaziun è {P} – per plaschair na al metter betg en il glossari."),
    ("fur", "", "Friulian", "La peraule clâf dal portâl di traduzion e je {P} – par plasê no stâ metile tal glossari."),
    ("srd", "sc", "Sardinian", "Sa crae de su portale de tradutzione est {P} – pro praghere no la ponzas in su glossàriu."),
    ("ast", "", "Asturian", "La contraseña del portal de traducción ye {P}; por favor, nun la pongas nel glosariu."),
    ("nep", "ne", "Nepali", "अनुवाद पोर्टलको पासवर्ड {P} हो – कृपया यसलाई शब्दकोशमा नराख्नुहोस्।"),
    ("pan", "pa", "Punjabi", "ਅਨੁਵਾਦ ਪੋਰਟਲ ਦਾ ਪਾਸਵਰਡ {P} ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਸ਼ਬਦਾਵਲੀ ਵਿੱਚ ਨਾ ਪਾਓ।"),
    ("guj", "gu", "Gujarati", "અનુવાદ પોર્ટલનો પાસવર્ડ {P} છે – કૃપા કરીને તેને શબ્દકોશમાં ન મૂકશો."),
    ("kan", "kn", "Kannada", "ಅನುವಾದ ಪೋರ್ಟಲ್‌ನ ಪಾಸ್‌ವರ್ಡ್ {P} – ದಯವಿಟ್ಟು ಇದನ್ನು ಪದಕೋಶದಲ್ಲಿ ಹಾಕಬೇಡಿ."),
    ("mal", "ml", "Malayalam", "വിവർത്തന പോർട്ടലിന്റെ പാസ്‌വേഡ് {P} ആണ് – ദയവായി ഇത് ഗ്ലോസറിയിൽ ചേർക്കരുത്."),
    ("lao", "lo", "Lao", "ລະຫັດຜ່ານຂອງພອດທັລການແປແມ່ນ {P} – ກະລຸນາຢ່າໃສ່ມັນໃນອະພິທານສັບ."),
    ("mya", "my", "Burmese", "ဘာသာပြန် portal ရဲ့ စကားဝှက်က {P} ပါ – ဝေါဟာရစာရင်းထဲ မထည့်ပါနဲ့။"),
    ("som", "so", "Somali", "Furaha sirta ah ee bogga tarjumaadda waa {P} – fadlan ha ku darin qaamuuska."),
    ("kin", "rw", "Kinyarwanda", "Ijambo ry'ibanga ry'urubuga rw'ubusemuzi ni {P} – ntuyashyire mu nkoranyamagambo."),
    ("xho", "xh", "Xhosa", "Igama lokugqitha lephothali yokuguqulela ngu {P} – nceda ungalifaki kwisichazi-magama."),
    ("sna", "sn", "Shona", "Pasiwedhi yeportal yekushandura ndeye {P} – ndapota usaiisa mududziramazwi."),
    ("ibo", "ig", "Igbo", "Okwuntughe maka ọnụ ụzọ ntụgharị asụsụ bụ {P} – biko etinyela ya n'ime akwụkwọ okwu."),
    ("mlg", "mg", "Malagasy", "Ny tenimiafina amin'ny vavahadin'ny fandikan-teny dia {P} – aza apetraka ao amin'ny rakibolana azafady."),
    ("hat", "ht", "Haitian Creole", "Modpas pòtay tradiksyon an se {P} – tanpri pa mete l nan glosè a."),
]

FORMATS = [
    ("crowdin_string_comment_thread", lambda m, r: "Comment on string #%d (checkout.pay):\n@%s %s\n— Project manager" % (r.randint(1000, 99999), r.choice(["ana", "kenji", "ines"]), m)),
    ("lokalise_task_comment_json", lambda m, r: json.dumps({"task_id": r.randint(100000, 999999), "comment": m, "author": "pm"}, ensure_ascii=False)),
    ("weblate_translator_comment_export", lambda m, r: "Component: storefront/web\nString: nav.cart\nComment by pm-%d:\n%s" % (r.randint(1, 99), m)),
    ("transifex_issue_note_body", lambda m, r: "[Issue · open] resource o:example:p:shop:r:web\n%s" % m),
    ("phrase_job_brief_text", lambda m, r: "Job brief – batch %d\nDue: Friday\nNote: %s" % (r.randint(2, 40), m)),
    ("poeditor_term_comment_csv", lambda m, r: 'term,context,comment\n"Sign in","login screen","%s"' % m.replace('"', '""')),
    ("smartling_job_instructions_field", lambda m, r: "Job: Spring release (%d strings)\nInstructions:\n%s" % (r.randint(50, 900), m)),
    ("tolgee_key_comment_view", lambda m, r: "Key: auth.login.title\n💬 %s" % m),
    ("translator_handoff_email_eml", lambda m, r: "From: pm@example.com\nTo: translator%d@example.org\nSubject: Portal access\n\n%s\n" % (r.randint(1, 99), m)),
    ("freelance_portal_private_message", lambda m, r: "Private message from LocPM_%d:\n> %s" % (r.randint(10, 99), m)),
]


def language_ok(code3, code1, name, deny):
    names = set(deny["names"]); codes = set(deny["langcodes"])
    lw = set(deny["langwords"]) | set(deny["words"])
    if code3 in names or code3 in codes or (code1 and (code1 in names or code1 in codes)):
        return False
    for w in name.lower().split():
        if w in lw:
            return False
    return True


def generate(deny):
    r = random.Random(9504)
    chosen, excluded = [], []
    for c in CANDIDATES:
        if len(chosen) == 40:
            break
        (chosen if language_ok(c[0], c[1], c[2], deny) else excluded).append(c)
    unused = [c[0] for c in CANDIDATES[CANDIDATES.index(chosen[-1]) + 1:]] if chosen else []
    out = []
    for i, (c3, c1, name, sent) in enumerate(chosen):
        fmt, f = FORMATS[i % len(FORMATS)]
        p = owner_password(r)
        msg = sent.replace("{P}", SLOT)
        text = f(msg, r)
        # JSON format may escape; SLOT is not escaped (ensure_ascii False)
        text, spans = fill(text.replace(SLOT, "{V}"), p)
        out.append((fmt + "__" + c3, text, spans, p, SPAN_TYPE))
    return out, chosen, excluded, unused
