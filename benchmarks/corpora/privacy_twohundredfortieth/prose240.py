"""Prose source: someone tells a colleague the box-office PC password, one sentence in each of 40 languages."""
import random

from common240 import owner_password, fill, make_span

SEED = 24004
TYPE = "box_office_pc_password_in_message"
FORMATS = ["choir_rehearsal_chat_line", "orchestra_tour_sms", "box_office_email_sentence",
           "hall_manager_voicemail_transcript"]

# (iso 639-3, name, script, sentence with ⟦V⟧)
L = [
    ("swe", "Swedish", "Latin", "Lösenordet till biljettkassans dator är ⟦V⟧ – håll det för dig själv."),
    ("hun", "Hungarian", "Latin", "A jegypénztári gép jelszava ⟦V⟧ – kérlek, ne add tovább senkinek."),
    ("ron", "Romanian", "Latin", "Parola calculatorului de la casa de bilete este ⟦V⟧ – te rog să nu o dai mai departe."),
    ("slk", "Slovak", "Latin", "Heslo k počítaču v pokladni je ⟦V⟧ – prosím, nikomu ho nehovor."),
    ("slv", "Slovenian", "Latin", "Geslo za računalnik na blagajni je ⟦V⟧ – prosim, ne povej ga nikomur."),
    ("hrv", "Croatian", "Latin", "Lozinka za računalo na blagajni je ⟦V⟧ – molim te, nemoj je nikome davati."),
    ("bul", "Bulgarian", "Cyrillic", "Паролата на компютъра в касата е ⟦V⟧ – моля те, не я казвай на никого."),
    ("ukr", "Ukrainian", "Cyrillic", "Пароль до комп’ютера в касі ⟦V⟧ – будь ласка, нікому його не передавай."),
    ("bel", "Belarusian", "Cyrillic", "Пароль ад камп’ютара ў касе ⟦V⟧ – калі ласка, нікому яго не кажы."),
    ("mkd", "Macedonian", "Cyrillic", "Лозинката за компјутерот на благајната е ⟦V⟧ – те молам, не ја кажувај никому."),
    ("lav", "Latvian", "Latin", "Kases datora parole ir ⟦V⟧ – lūdzu, nevienam to nestāsti."),
    ("smo", "Samoan", "Latin", "O le upu faalilolilo o le komepiuta i le ofisa o tiketi o ⟦V⟧ – faamolemole aua le taʻu atu i se isi."),
    ("cym", "Welsh", "Latin", "Cyfrinair cyfrifiadur y swyddfa docynnau yw ⟦V⟧ – paid â’i rannu gyda neb, plîs."),
    ("sqi", "Albanian", "Latin", "Fjalëkalimi i kompjuterit të arkës është ⟦V⟧ – të lutem, mos ia jep askujt."),
    ("kat", "Georgian", "Georgian", "სალაროს კომპიუტერის პაროლი არის ⟦V⟧ – გთხოვ, არავის უთხრა."),
    ("azj", "Azerbaijani", "Latin", "Kassa kompüterinin parolu ⟦V⟧ – xahiş edirəm, heç kimə demə."),
    ("kaz", "Kazakh", "Cyrillic", "Кассадағы компьютердің құпиясөзі ⟦V⟧ – өтінемін, ешкімге айтпа."),
    ("kir", "Kyrgyz", "Cyrillic", "Кассадагы компьютердин сырсөзү ⟦V⟧ – суранам, эч кимге айтпа."),
    ("tuk", "Turkmen", "Latin", "Kassadaky kompýuteriň paroly ⟦V⟧ – haýyş, hiç kime aýtma."),
    ("pes", "Persian", "Arabic", "رمز کامپیوتر گیشه ⟦V⟧ است – لطفاً به کسی نگو."),
    ("arb", "Arabic", "Arabic", "كلمة مرور حاسوب شباك التذاكر هي ⟦V⟧ – من فضلك لا تخبر بها أحدًا."),
    ("urd", "Urdu", "Arabic", "ٹکٹ گھر کے کمپیوٹر کا پاس ورڈ ⟦V⟧ ہے – براہ کرم کسی کو نہ بتائیں۔"),
    ("ben", "Bengali", "Bengali", "টিকিট কাউন্টারের কম্পিউটারের পাসওয়ার্ড ⟦V⟧ – দয়া করে কাউকে বলবেন না।"),
    ("pan", "Punjabi", "Gurmukhi", "ਟਿਕਟ ਘਰ ਦੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ ⟦V⟧ ਹੈ – ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ।"),
    ("tam", "Tamil", "Tamil", "டிக்கெட் கவுண்டர் கணினியின் கடவுச்சொல் ⟦V⟧ – தயவுசெய்து யாரிடமும் சொல்ல வேண்டாம்."),
    ("tel", "Telugu", "Telugu", "టికెట్ కౌంటర్ కంప్యూటర్ పాస్‌వర్డ్ ⟦V⟧ – దయచేసి ఎవరికీ చెప్పవద్దు."),
    ("npi", "Nepali", "Devanagari", "टिकट काउन्टरको कम्प्युटरको पासवर्ड ⟦V⟧ हो – कृपया कसैलाई नभन्नुहोला।"),
    ("tha", "Thai", "Thai", "รหัสผ่านคอมพิวเตอร์ห้องขายตั๋วคือ ⟦V⟧ อย่าบอกใครนะ"),
    ("vie", "Vietnamese", "Latin", "Mật khẩu máy tính ở quầy vé là ⟦V⟧ – đừng nói cho ai nhé."),
    ("tgl", "Tagalog", "Latin", "Ang password ng computer sa takilya ay ⟦V⟧ – pakiusap, huwag mo itong ibigay kahit kanino."),
    ("jav", "Javanese", "Latin", "Sandhi komputer ing loket tiket yaiku ⟦V⟧ – aja dikandhakake marang sapa-sapa ya."),
    ("sun", "Sundanese", "Latin", "Sandi komputer di loket tikét nyaéta ⟦V⟧ – ulah dibéjakeun ka saha waé nya."),
    ("amh", "Amharic", "Ethiopic", "የቲኬት ቢሮው ኮምፒውተር የይለፍ ቃል ⟦V⟧ ነው – እባክህ ለማንም አትንገር።"),
    ("som", "Somali", "Latin", "Furaha sirta ah ee kombiyuutarka tigidhada waa ⟦V⟧ – fadlan cidna ha u sheegin."),
    ("sna", "Shona", "Latin", "Pasiwedhi yekombiyuta yepahofisi yematikiti i ⟦V⟧ – ndapota usaudza munhu."),
    ("nya", "Chichewa", "Latin", "Mawu achinsinsi a kompyuta ya ku ofesi ya matikiti ndi ⟦V⟧ – chonde usauze aliyense."),
    ("lin", "Lingala", "Latin", "Liloba ya nkuku ya ordinatere ya biro ya batike ezali ⟦V⟧ – svp koyebisa moto te."),
    ("mlt", "Maltese", "Latin", "Il-password tal-kompjuter tal-box office hija ⟦V⟧ – jekk jogħġbok żommha għalik."),
    ("oci", "Occitan", "Latin", "Lo senhal de l’ordenador de la guisheta es ⟦V⟧ – te prègui, lo dises pas a degun."),
    ("haw", "Hawaiian", "Latin", "ʻO ⟦V⟧ ka ʻōlelo huna o ke kamepiula o ke keʻena likiki – mai haʻi aku i kekahi."),
]
SPARES = [("roh", "Romansh"), ("wol", "Wolof")]

CONFIDENCE = {
    "fair": ["swe", "ron", "vie", "bul", "ukr", "hrv", "slk", "tgl", "mlt"],
    "modest": ["hun", "slv", "mkd", "bel", "lav", "cym", "sqi", "azj", "kaz", "pes", "arb", "urd", "ben", "npi",
               "tha", "oci", "tuk", "kir", "jav", "sun"],
    "low": ["smo", "kat", "pan", "tam", "tel", "amh", "som", "sna", "nya", "lin", "haw"],
}


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(L):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        fmt = FORMATS[i % len(FORMATS)]
        text, start = fill(sent, value)
        recs.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [make_span(value, start, TYPE)], "source": "prose"})
    return recs
