"""Prose: one sentence per language in which someone gives the stores-PC password to a
colleague and asks them to keep it to themselves; the value is set off by whitespace."""
import random

import common258 as C

TYPE = "stores_pc_password_in_message"
FORMATS = ["rig_crew_text_message", "depot_sticky_note_text", "site_handover_email_line", "van_dashboard_phone_note"]
V = "\u00abV\u00bb"

# code: (name, script, sentence)
LANGS = {
    "fra": ("French", "Latin", "Le mot de passe du PC du magasin est «V» – garde-le pour toi, merci."),
    "deu": ("German", "Latin", "Das Passwort für den Lager-PC ist «V» – bitte behalte es für dich."),
    "spa": ("Spanish", "Latin", "La contraseña del ordenador del almacén es «V» y, por favor, no se la digas a nadie."),
    "ita": ("Italian", "Latin", "La password del PC del magazzino è «V» – per favore tienila per te."),
    "por": ("Portuguese", "Latin", "A palavra-passe do computador do armazém é «V» – por favor guarda-a só para ti."),
    "nld": ("Dutch", "Latin", "Het wachtwoord van de magazijn-pc is «V» – hou het alsjeblieft voor jezelf."),
    "swe": ("Swedish", "Latin", "Lösenordet till lagerdatorn är «V» – håll det för dig själv, tack."),
    "dan": ("Danish", "Latin", "Adgangskoden til lagerets pc er «V» – behold den for dig selv, tak."),
    "nob": ("Norwegian Bokmål", "Latin", "Passordet til lager-PC-en er «V» – vær så snill og hold det for deg selv."),
    "fin": ("Finnish", "Latin", "Varaston tietokoneen salasana on «V» – pidäthän sen omana tietonasi."),
    "ron": ("Romanian", "Latin", "Parola calculatorului din magazie este «V» – te rog s-o păstrezi pentru tine."),
    "pan": ("Panjabi", "Gurmukhi", "ਗੋਦਾਮ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ «V» ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    "cym": ("Welsh", "Latin", "Cyfrinair cyfrifiadur y storfa yw «V» – cadwa fe i ti dy hun, plîs."),
    "tur": ("Turkish", "Latin", "Depo bilgisayarının şifresi «V» – lütfen kimseyle paylaşma."),
    "ukr": ("Ukrainian", "Cyrillic", "Пароль від комп'ютера на складі: «V» – будь ласка, нікому не кажи."),
    "bul": ("Bulgarian", "Cyrillic", "Паролата за компютъра в склада е «V» – моля, пази я за себе си."),
    "slk": ("Slovak", "Latin", "Heslo k počítaču v sklade je «V» – prosím, nechaj si ho pre seba."),
    "slv": ("Slovenian", "Latin", "Geslo za računalnik v skladišču je «V» – prosim, obdrži ga zase."),
    "lav": ("Latvian", "Latin", "Noliktavas datora parole ir «V» – lūdzu, paturi to pie sevis."),
    "mlt": ("Maltese", "Latin", "Il-password tal-kompjuter tal-maħżen hija «V» – jekk jogħġbok żommha għalik."),
    "sqi": ("Albanian", "Latin", "Fjalëkalimi i kompjuterit të magazinës është «V» – të lutem mbaje për vete."),
    "mkd": ("Macedonian", "Cyrillic", "Лозинката за компјутерот во магацинот е «V» – те молам, чувај ја за себе."),
    "kat": ("Georgian", "Georgian", "საწყობის კომპიუტერის პაროლი არის «V» – გთხოვ, არავის უთხრა."),
    "kaz": ("Kazakh", "Cyrillic", "Қойма компьютерінің құпиясөзі: «V» – өтінемін, ешкімге айтпа."),
    "jpn": ("Japanese", "Han, Hiragana, Katakana", "倉庫のパソコンのパスワードは «V» です。誰にも言わないでね。"),
    "cmn": ("Mandarin Chinese", "Han", "仓库电脑的密码是 «V» ，请不要告诉别人。"),
    "vie": ("Vietnamese", "Latin", "Mật khẩu máy tính kho là «V» – làm ơn đừng nói cho ai biết nhé."),
    "tha": ("Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ห้องเก็บของคือ «V» อย่าบอกใครนะ"),
    "tgl": ("Tagalog", "Latin", "Ang password ng computer sa bodega ay «V» – pakiusap, huwag mong ipagsabi."),
    "zsm": ("Standard Malay", "Latin", "Kata laluan komputer stor ialah «V» – tolong simpan untuk diri sendiri."),
    "arb": ("Standard Arabic", "Arabic", "كلمة مرور حاسوب المستودع هي «V» ، أرجو أن تحتفظ بها لنفسك."),
    "pes": ("Iranian Persian", "Arabic", "رمز عبور کامپیوتر انبار «V» است، لطفاً به کسی نگو."),
    "urd": ("Urdu", "Arabic", "اسٹور کے کمپیوٹر کا پاس ورڈ «V» ہے، براہ کرم کسی کو نہ بتانا۔"),
    "ben": ("Bengali", "Bengali", "গুদামের কম্পিউটারের পাসওয়ার্ড হলো «V» – দয়া করে কাউকে বলো না।"),
    "amh": ("Amharic", "Ethiopic", "የመጋዘኑ ኮምፒውተር የይለፍ ቃል «V» ነው፤ እባክህ ለማንም አትንገር።"),
    "som": ("Somali", "Latin", "Furaha sirta ah ee kombiyuutarka bakhaarka waa «V» – fadlan cidna ha u sheegin."),
    "nya": ("Chichewa", "Latin", "Mawu achinsinsi a kompyuta ya m'sitolo ndi «V» – chonde usauze aliyense."),
    "sna": ("Shona", "Latin", "Pasiwedhi yekombiyuta yekuchitoro i «V» – ndapota usaudza munhu."),
    "epo": ("Esperanto", "Latin", "La pasvorto de la magazena komputilo estas «V» – bonvolu teni ĝin por vi."),
    "tel": ("Telugu", "Telugu", "గోడౌన్ కంప్యూటర్ పాస్\u200cవర్డ్ «V» – దయచేసి ఎవరికీ చెప్పకు."),
}
SPARES = {"oci": "Occitan", "npi": "Nepali", "lug": "Ganda", "ibo": "Igbo"}


def generate(reg):
    rng = random.Random(C.SEEDS["prose"])
    out = []
    for i, (code, (name, _script, sent)) in enumerate(LANGS.items()):
        fmt = FORMATS[i % len(FORMATS)]
        v = reg.draw(lambda: C.owner_password(rng, strict=True, cap_p=0.35))
        text = sent.replace(V, C.MARK)
        text, s, e = C.place(text, v)
        out.append({"type": TYPE, "container": f"{fmt}__{code}", "text": text,
                    "secrets": [{"value": v, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return out
