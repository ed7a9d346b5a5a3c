"""A person tells a colleague the job-scheduling admin password in 40+ human languages."""
import random, re
from common130 import *

L = [
 ("deu", "German", "Das Admin-Passwort für das Einsatzplanungssystem ist {v} – bitte nicht weitergeben."),
 ("fra", "French", "Le mot de passe admin du planning des interventions est {v} , ne le partage pas s'il te plaît."),
 ("spa", "Spanish", "La contraseña de administrador del sistema de avisos es {v} , no la compartas por favor."),
 ("por", "Portuguese", "A senha de administrador do sistema de ordens de serviço é {v} , não passe para ninguém."),
 ("ita", "Italian", "La password di amministratore del gestionale interventi è {v} , per favore non condividerla."),
 ("nld", "Dutch", "Het beheerderswachtwoord van de werkplanning is {v} , deel het alsjeblieft niet."),
 ("nob", "Norwegian", "Adminpassordet til oppdragsplanleggeren er {v} , ikke del det med noen."),
 ("isl", "Icelandic", "Stjórnandalykilorðið fyrir verkbókunarkerfið er {v} , ekki deila því."),
 ("cat", "Catalan", "La contrasenya d'administrador del planificador d'avisos és {v} , no la comparteixis, si us plau."),
 ("glg", "Galician", "O contrasinal de administración do planificador de avisos é {v} , non o compartas."),
 ("ltz", "Luxembourgish", "D'Admin-Passwuert fir d'Asazplanung ass {v} , w.e.g. net weiderginn."),
 ("gla", "Gaelic", "Is e {v} am facal-faire rianachd airson an siostam obrach, na roinn e le duine."),
 ("rus", "Russian", "Пароль администратора системы заявок: {v} , пожалуйста, никому не пересылай."),
 ("bel", "Belarusian", "Пароль адміністратара сістэмы заявак — {v} , калі ласка, нікому не перадавай."),
 ("srp", "Serbian", "Лозинка администратора за распоред монтера је {v} , немој је никоме слати."),
 ("kat", "Georgian", "დისპეტჩერის სისტემის ადმინის პაროლია {v} , გთხოვ, არავის გაუზიარო."),
 ("hye", "Armenian", "Պատվերների համակարգի ադմինի գաղտնաբառը {v} է, խնդրում եմ ոչ մեկին չփոխանցես։"),
 ("azj", "Azerbaijani", "Sifariş sisteminin admin parolu {v} , xahiş edirəm heç kimlə paylaşma."),
 ("kaz", "Kazakh", "Тапсырыс жүйесінің әкімші құпиясөзі: {v} , ешкімге берме."),
 ("uzn", "Uzbek", "Buyurtmalar tizimining admin paroli {v} , iltimos, hech kimga berma."),
 ("khk", "Mongolian", "Захиалгын системийн админ нууц үг {v} , хэнд ч бүү дамжуулаарай."),
 ("hin", "Hindi", "डिस्पैच सिस्टम का एडमिन पासवर्ड {v} है, कृपया किसी को मत भेजना।"),
 ("mar", "Marathi", "डिस्पॅच सिस्टीमचा ॲडमिन पासवर्ड {v} आहे, कृपया कोणालाही देऊ नकोस."),
 ("sin", "Sinhala", "ඩිස්පැච් පද්ධතියේ ඇඩ්මින් මුරපදය {v} , කරුණාකර කාටවත් දෙන්න එපා."),
 ("tel", "Telugu", "డిస్పాచ్ సిస్టమ్ అడ్మిన్ పాస్‌వర్డ్ {v} , దయచేసి ఎవరికీ పంపవద్దు."),
 ("khm", "Khmer", "ពាក្យសម្ងាត់អ្នកគ្រប់គ្រងប្រព័ន្ធការងារគឺ {v} សូមកុំចែករំលែក។"),
 ("jpn", "Japanese", "手配システムの管理者パスワードは {v} です。誰にも転送しないでください。"),
 ("kor", "Korean", "출동 배정 시스템 관리자 비밀번호는 {v} 입니다. 다른 사람에게 공유하지 마세요."),
 ("cmn", "Mandarin", "派工系统的管理员密码是 {v} ，请不要转发给别人。"),
 ("ind", "Indonesian", "Kata sandi admin sistem penjadwalan teknisi adalah {v} , tolong jangan disebar."),
 ("amh", "Amharic", "የሥራ መመደቢያ ሥርዓቱ የአስተዳዳሪ የይለፍ ቃል {v} ነው፤ እባክህ ለማንም አታጋራ።"),
 ("hau", "Hausa", "Kalmar sirri ta admin na tsarin aiki ita ce {v} , don Allah kada ka raba ta."),
 ("yor", "Yoruba", "Ọ̀rọ̀ aṣínà admin fún ètò iṣẹ́ ni {v} , jọ̀wọ́ má ṣe pín in."),
 ("zul", "Zulu", "Iphasiwedi ye-admin yesistimu yemisebenzi ithi {v} , ngicela ungayabelani nomuntu."),
 ("sna", "Shona", "Pasiwedhi ye-admin yesystem yemabasa ndeye {v} , ndapota usaipa munhu."),
 ("gaz", "Oromo", "Jecha icciitii admin sirna hojii {v} dha, maaloo nama biraaf hin qoodin."),
 ("pbt", "Pashto", "د دندو سیسټم د اډمین پاسورډ {v} دی، مهرباني وکړه له چا سره یې شریک نه کړې."),
 ("ckb", "Sorani", "وشەی نهێنی ئەدمینی سیستەمی کارەکان {v} ە، تکایە بە کەسی مەدە."),
 ("nya", "Chichewa", "Mawu achinsinsi a admin a dongosolo la ntchito ndi {v} , chonde usagawane."),
 ("sot", "Sesotho", "Phasewete ya admin ya sistimi ya mesebetsi ke {v} , ka kopo o se ke wa e arolelana."),
 ("hat", "Haitian", "Modpas admin sistèm travay la se {v} , tanpri pa pataje l."),
 ("pap", "Papiamento", "E kontraseña di admin di e sistema di trabou ta {v} , por fabor no kompartié."),
 ("lat", "Latin", "Tessera administratoris systematis operum est {v} , quaeso ne cum ullo communices."),
 ("heb", "Hebrew", "הסיסמה של האדמין במערכת השיבוץ היא {v} , בבקשה אל תעביר לאף אחד."),
]

FORMATS = [
 ("dispatcher_whatsapp_group_line", "[07:41] Ops lead: {s}"),
 ("installer_email_body", "Hi,\n\n{s}\n\nThanks,\nOffice"),
 ("service_desk_ticket_comment", "Internal comment #4471: {s}"),
 ("van_tablet_sms_export_row", "2024-11-04 07:12,+44 7700 900{n},\"{s}\""),
 ("callout_handover_note", "Handover (night callout): {s}"),
]

TYPE = "dispatch_admin_password_told_in_message"

def build(deny, seed=13004):
    r = random.Random(seed)
    langset = set(deny["langs"]); words = set(deny["words"]); names = set(deny["names"])
    out, dropped = [], []
    for code, name, sent in L:
        bad = code in names or code in langset or any(w.lower() in langset or w.lower() in words for w in re.findall(r"[A-Za-z]+", name))
        if bad:
            dropped.append(code); continue
        if len(out) >= 40:
            continue
        fmt, ftmpl = FORMATS[len(out) % len(FORMATS)]
        v = owner_pw(r)
        body = ftmpl.replace("{n}", str(r.randint(100, 999))).replace("{s}", sent)
        text, s, e = fill(body, v)
        out.append({"type": TYPE, "container": fmt + "__" + code, "text": text,
                    "secrets": [{"value": v, "start": s, "end": e, "type": TYPE}], "source": "prose"})
    return out, dropped
