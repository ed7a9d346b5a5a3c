"""Prose: someone tells a farmhand the irrigation-controller password, in 40 new languages."""
import random, json
from common107 import owner_password, fill

SEED = 10704
SPAN_TYPE = "irrigation_controller_password_told_to_farmhand"

# (iso639-3, iso639-1 or '', English name, sentence with {V})
LANGS = [
 ("hin", "hi", "Hindi", "सिंचाई कंट्रोलर का पासवर्ड {V} है, कृपया इसे किसी के साथ साझा न करें।"),
 ("mar", "mr", "Marathi", "सिंचन कंट्रोलरचा पासवर्ड {V} आहे, कृपया तो कोणालाही सांगू नका."),
 ("tel", "te", "Telugu", "ఇరిగేషన్ కంట్రోలర్ పాస్‌వర్డ్ {V} , దయచేసి దీన్ని ఎవరితోనూ పంచుకోవద్దు."),
 ("sin", "si", "Sinhala", "වාරි පාලකයේ මුරපදය {V} යි, කරුණාකර එය කිසිවෙකුට දෙන්න එපා."),
 ("khm", "km", "Khmer", "ពាក្យសម្ងាត់របស់ឧបករណ៍បញ្ជាប្រព័ន្ធស្រោចស្រពគឺ {V} សូមកុំចែករំលែកវាជាមួយនរណាម្នាក់ឡើយ។"),
 ("mon", "mn", "Mongolian", "Усалгааны удирдлагын нууц үг {V} , үүнийг хэнтэй ч бүү хуваалцаарай."),
 ("kaz", "kk", "Kazakh", "Суару контроллерінің құпия сөзі {V} , оны ешкімге бермеңіз."),
 ("uzb", "uz", "Uzbek", "Sug'orish kontrollerining paroli {V} , iltimos, uni hech kimga bermang."),
 ("aze", "az", "Azerbaijani", "Suvarma kontrollerinin şifrəsi belədir: {V} — zəhmət olmasa heç kimlə paylaşmayın."),
 ("kat", "ka", "Georgian", "სარწყავი კონტროლერის პაროლია {V} , გთხოვთ, არავის გაუზიაროთ."),
 ("hye", "hy", "Armenian", "Ոռոգման կարգավորիչի գաղտնաբառն է {V} , խնդրում եմ ոչ մեկին չտաք։"),
 ("amh", "am", "Amharic", "የመስኖ መቆጣጠሪያው የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አታጋራ።"),
 ("hau", "ha", "Hausa", "Kalmar sirrin na'urar ban ruwa ita ce {V} , don Allah kada ka ba kowa."),
 ("yor", "yo", "Yoruba", "Ọ̀rọ̀ aṣínà ẹ̀rọ ìbomirin ni {V} , jọ̀wọ́ má ṣe fi hàn ẹnikẹ́ni."),
 ("zul", "zu", "Zulu", "Iphasiwedi yesilawuli sokunisela yile: {V} , ngicela ungabelani ngayo nomunye umuntu."),
 ("sna", "sn", "Shona", "Pasiwedhi yemuchina wekudiridza ndeiyi: {V} , ndapota usaipa munhu."),
 ("orm", "om", "Oromo", "Jecha darbii to'annoo bishaan obaasuu kana: {V} , maaloo nama biraaf hin qoodin."),
 ("ltz", "lb", "Luxembourgish", "D'Passwuert vum Bewässerungscontroller ass {V} , w.e.g. gëff et kengem weider."),
 ("bel", "be", "Belarusian", "Пароль ад кантролера паліву: {V} , калі ласка, нікому яго не перадавай."),
 ("srp", "sr", "Serbian", "Лозинка за контролер наводњавања је {V} , молим те не дели је ни са ким."),
 ("ind", "id", "Indonesian", "Kata sandi pengontrol irigasi adalah {V} , tolong jangan dibagikan ke siapa pun."),
 ("heb", "he", "Hebrew", "הסיסמה של בקר ההשקיה היא {V} , בבקשה אל תשתף אותה עם אף אחד."),
 ("que", "qu", "Quechua", "Yaku qarpay kamachiqpa pakasqa siminqa kaymi: {V} , ama pimanpas qunkichu."),
 ("grn", "gn", "Guarani", "Ñe'ẽñemi mba'e ohypýiva ñemitỹme ha'e {V} , ani eme'ẽ avavépe."),
 ("cat", "ca", "Catalan", "La contrasenya del controlador de reg és {V} , si us plau no la comparteixis amb ningú."),
 ("glg", "gl", "Galician", "O contrasinal do controlador de rega é {V} , por favor non o compartas con ninguén."),
 ("nld", "nl", "Dutch", "Het wachtwoord van de beregeningscomputer is {V} , deel het alsjeblieft met niemand."),
 ("por", "pt", "Portuguese", "A senha do controlador de irrigação é {V} , por favor não compartilhe com ninguém."),
 ("spa", "es", "Spanish", "La contraseña del controlador de riego es {V} , por favor no la compartas con nadie."),
 ("ita", "it", "Italian", "La password del controller di irrigazione è {V} , per favore non condividerla con nessuno."),
 ("fra", "fr", "French", "Le mot de passe du contrôleur d'irrigation est {V} , merci de ne le partager avec personne."),
 ("rus", "ru", "Russian", "Пароль от контроллера полива: {V} , пожалуйста, никому его не передавай."),
 ("nob", "nb", "Norwegian Bokmal", "Passordet til vanningskontrolleren er {V} , ikke del det med noen."),
 ("bak", "ba", "Bashkir", "Һуғарыу контроллерының серһүҙе: {V} , зинһар, уны бер кемгә лә бирмә."),
 ("uig", "ug", "Uyghur", "سۇغىرىش كونتروللېرىنىڭ پارولى {V} ، ھېچكىمگە بەرمەڭ."),
 ("pap", "", "Papiamento", "E password di e kontrolador di awa ta {V} , por fabor no kompartié ku ningun hende."),
 ("sot", "st", "Southern Sotho", "Phasewete ya sebaoli sa nosetso ke {V} , ka kopo o se ke wa e arolelana le mang kapa mang."),
 ("ton", "to", "Tongan", "Ko e lea fufū ʻo e mīsini fakavai ko e {V} , kataki ʻoua ʻe vahevahe ia mo ha taha."),
 ("fij", "fj", "Fijian", "Na vosa vuni ni misini ni vakasuasuataki e {V} , kerekere kakua ni vakaraitaka vei ira tale eso."),
 ("aym", "ay", "Aymara", "Uma churañ controladorana imantat arupax akawa: {V} , janiw khitirus churamti."),
 ("chv", "cv", "Chuvash", "Шыв сапмалли контроллерăн пароле: {V} , никама та ан пар."),
 ("glv", "gv", "Manx", "Yn fockle-follit son yn reiltagh ushtaghey: {V} , ny insh eh da peiagh erbee."),
 ("tso", "ts", "Tsonga", "Phasiwedi ya xilawuri xa nkapa i {V} , hi kombela u nga yi avelani na munhu."),
]

FORMATS = {
 "farmers_coop_whatsapp_export_line": "[14/03/24, 06:12:09] Lena (coop): {S}",
 "agronomist_sms_thread_export": "From: +1 555 0142\nTo: +1 555 0199\nDate: 2024-05-02 05:48\n\n{S}",
 "irrigation_vendor_support_ticket": "Ticket #48113 - Pivot 3 offline\nPriority: normal\n\nComment from farm manager:\n{S}",
 "grain_elevator_teams_message_json": None,
 "dairy_herd_manager_email_body": "Subject: milking shift tomorrow\n\nHi,\n\n{S}\n\nThanks,\nAnke",
 "field_crew_telegram_chat_export": "Field crew North\n07.06.2024 05:31 Boss:\n{S}",
 "harvest_crew_signal_note": "Note to self (Signal), harvest 2024:\n{S}",
 "orchard_ops_trello_card_comment": "Card: Valve block B schedule\nComment by Priya:\n{S}",
 "farm_office_voicemail_transcript": "Voicemail transcript (auto), 2m 03s:\n\"{S}\"",
 "drone_pilot_discord_dm_json": None,
}


def _wrap(fmt, sentence):
    if fmt == "grain_elevator_teams_message_json":
        head = '{"messageType":"message","from":{"user":{"displayName":"Site lead"}},"body":{"contentType":"text","content":"'
        return head + sentence + '"}}'
    if fmt == "drone_pilot_discord_dm_json":
        return '{"channel_type":1,"author":{"username":"pilot_ops"},"content":"' + sentence + '"}'
    return FORMATS[fmt].replace("{S}", sentence)


def generate(langs):
    rng = random.Random(SEED)
    recs = []
    fmts = list(FORMATS)
    for i, (code, _c1, _name, sent) in enumerate(langs):
        fmt = fmts[i % len(fmts)]
        v = owner_password(rng)
        text, s, e = fill(_wrap(fmt, sent), v)
        recs.append({"type": SPAN_TYPE, "container": fmt + "__" + code, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": SPAN_TYPE}], "source": "prose"})
    return recs


FORMAT_NAMES = list(FORMATS)
