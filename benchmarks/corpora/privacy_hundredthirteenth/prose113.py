"""Prose: someone tells a colleague the terminal operating system (TOS) password, 40 languages."""
import random
from common113 import *

S = SLOT
L = [  # (iso639-3, iso639-1, English name, sentence)
    ("deu", "de", "German", "Das Passwort für das Terminalsystem ist " + S + " – bitte nicht weiterleiten."),
    ("fra", "fr", "French", "Le mot de passe du système du terminal est " + S + " , merci de ne pas le transférer."),
    ("spa", "es", "Spanish", "La contraseña del sistema de la terminal es " + S + " , por favor no la reenvíes."),
    ("por", "pt", "Portuguese", "A senha do sistema do terminal é " + S + " , por favor não encaminhe."),
    ("ita", "it", "Italian", "La password del sistema del terminal è " + S + " , per favore non inoltrarla."),
    ("nld", "nl", "Dutch", "Het wachtwoord van het terminalsysteem is " + S + " , stuur het alsjeblieft niet door."),
    ("nob", "nb", "Norwegian Bokmål", "Passordet til terminalsystemet er " + S + " , ikke videresend det."),
    ("fij", "fj", "Fijian", "Na password ni sisitemu ni wafu e " + S + " , kerekere kakua ni vakauta vua e dua tale."),
    ("rus", "ru", "Russian", "Пароль от системы терминала: " + S + " , пожалуйста, никому не пересылай."),
    ("bel", "be", "Belarusian", "Пароль ад сістэмы тэрмінала: " + S + " , калі ласка, не перасылай."),
    ("srp", "sr", "Serbian", "Лозинка за систем терминала је " + S + " , молим те не прослеђуј је."),
    ("heb", "he", "Hebrew", "הסיסמה למערכת הטרמינל היא " + S + " , בבקשה אל תעביר אותה הלאה."),
    ("hin", "hi", "Hindi", "टर्मिनल सिस्टम का पासवर्ड " + S + " है, कृपया इसे आगे मत भेजना।"),
    ("ben", "bn", "Bengali", "টার্মিনাল সিস্টেমের পাসওয়ার্ড " + S + " , দয়া করে কাউকে ফরোয়ার্ড করবেন না।"),
    ("mar", "mr", "Marathi", "टर्मिनल सिस्टमचा पासवर्ड " + S + " आहे, कृपया पुढे पाठवू नका."),
    ("tel", "te", "Telugu", "టెర్మినల్ సిస్టమ్ పాస్‌వర్డ్ " + S + " , దయచేసి ఎవరికీ ఫార్వర్డ్ చేయవద్దు."),
    ("sin", "si", "Sinhala", "ටර්මිනල් පද්ධතියේ මුරපදය " + S + " , කරුණාකර එය යවන්න එපා."),
    ("khm", "km", "Khmer", "ពាក្យសម្ងាត់ប្រព័ន្ធកំពង់ផែគឺ " + S + " សូមកុំបញ្ជូនបន្ត។"),
    ("khk", "mn", "Mongolian", "Терминалын системийн нууц үг " + S + " , бусдад бүү дамжуулаарай."),
    ("kaz", "kk", "Kazakh", "Терминал жүйесінің құпия сөзі " + S + " , ешкімге жібермеңіз."),
    ("uzn", "uz", "Uzbek", "Terminal tizimining paroli " + S + " , iltimos, hech kimga yubormang."),
    ("tpi", "tpi", "Tok Pisin", "Password bilong terminal sistem em " + S + " , plis no ken salim i go long narapela."),
    ("kat", "ka", "Georgian", "ტერმინალის სისტემის პაროლია " + S + " , გთხოვ, არავის გადაუგზავნო."),
    ("hye", "hy", "Armenian", "Տերմինալի համակարգի գաղտնաբառն է " + S + " , խնդրում եմ ոչ մեկին չուղարկես։"),
    ("amh", "am", "Amharic", "የተርሚናል ሲስተሙ የይለፍ ቃል " + S + " ነው፤ እባክህ ለማንም አታስተላልፍ።"),
    ("hau", "ha", "Hausa", "Kalmar sirri ta tsarin tashar jirgin ruwa ita ce " + S + " , don Allah kada ka tura wa kowa."),
    ("yor", "yo", "Yoruba", "Ọ̀rọ̀ aṣínà ètò ibùdókọ̀ ni " + S + " , jọ̀ọ́ má ṣe fi ránṣẹ́ sí ẹlòmíràn."),
    ("zul", "zu", "Zulu", "Iphasiwedi yesistimu yetheminali ithi " + S + " , sicela ungayidluliseli."),
    ("sna", "sn", "Shona", "Password yesystem yeterminal ndeye " + S + " , ndapota usaitumire kune mumwe."),
    ("cmn", "zh", "Mandarin Chinese", "码头系统的密码是 " + S + " ，请不要转发给别人。"),
    ("sot", "st", "Sesotho", "Phasewete ya sistimi ya boema-kepe ke " + S + " , ka kopo o se ke wa e fetisetsa ho motho e mong."),
    ("kmr", "ku", "Northern Kurdish", "Şîfreya sîstema termînalê " + S + " e, ji kerema xwe ji kesî re neşîne."),
    ("orm", "om", "Oromo", "Jechi icciitii sirna buufata doonii " + S + " dha, maaloo nama biraatti hin ergin."),
    ("cat", "ca", "Catalan", "La contrasenya del sistema de la terminal és " + S + " , si us plau no la reenviïs."),
    ("glg", "gl", "Galician", "O contrasinal do sistema da terminal é " + S + " , por favor non o reenvíes."),
    ("ltz", "lb", "Luxembourgish", "D'Passwuert fir den Terminalsystem ass " + S + " , w.e.g. net weiderschécken."),
    ("nya", "ny", "Chichewa", "Mawu achinsinsi a makina a doko ndi " + S + " , chonde musatumize kwa wina aliyense."),
    ("hat", "ht", "Haitian Creole", "Modpas sistèm tèminal la se " + S + " , tanpri pa voye l bay pèsonn."),
    ("pus", "ps", "Pashto", "د ټرمینل سیسټم پټنوم " + S + " دی، مهرباني وکړه بل چا ته یې مه لېږه."),
    ("ton", "to", "Tongan", "Ko e lea fufū ki he sisitemi ʻo e uafú ko e " + S + " , kātaki ʻoua ʻe ʻave ki ha taha."),
]
FORMATS = [
    ("vessel_whatsapp_group_export_line", "[03/11/25, 06:42] Chief Officer: {s}"),
    ("port_agent_email_reply_body", "Hi,\n\n{s}\n\nBest regards\nPort agency desk"),
    ("terminal_helpdesk_ticket_comment", "Ticket TOS-4471 comment (internal): {s}"),
    ("crew_messenger_chat_json", "{{\"from\": \"2nd engineer\", \"text\": \"{s}\"}}"),
    ("shore_office_sms_export_row", "2025-11-03;+31 6 0000 0000;{s}"),
    ("pilot_station_telegram_export_line", "Pilot Station HvH, [06:15]\n{s}"),
    ("superintendent_note_to_self", "note-to-self (superintendent): {s}"),
    ("bunker_desk_wechat_style_line", "bunker desk > {s}"),
]
SPAN_TYPE = "terminal_system_password_told_in_message"


def build():
    rng = random.Random(11304)
    out = []
    for i, (code, c1, name, sent) in enumerate(L):
        fmt, ftpl = FORMATS[i % len(FORMATS)]
        v = sea_password(rng)
        s_txt, _ = fill(sent, v)
        text = ftpl.format(s=s_txt)
        st = text.index(v)
        out.append(rec("", SPAN_TYPE, fmt + "__" + code, text, st, v, "prose"))
    return out
