"""Prose: someone tells a colleague the clinic system password, in languages not used before."""
# (iso639-3, English name, script, sentence with {pw})
L = [
    ('deu', 'German', 'Latin', 'Das Passwort für das Praxisprogramm der Tierklinik ist {pw} – bitte nicht weitergeben.'),
    ('fra', 'French', 'Latin', 'Le mot de passe du logiciel de la clinique vétérinaire est {pw} , ne le partage avec personne.'),
    ('spa', 'Spanish', 'Latin', 'La contraseña del programa de la clínica veterinaria es {pw} , no la compartas.'),
    ('por', 'Portuguese', 'Latin', 'A senha do sistema da clínica veterinária é {pw} , não a partilhes com ninguém.'),
    ('ita', 'Italian', 'Latin', 'La password del gestionale della clinica veterinaria è {pw} , non condividerla.'),
    ('nld', 'Dutch', 'Latin', 'Het wachtwoord van het praktijksysteem van de dierenkliniek is {pw} , deel het met niemand.'),
    ('nob', 'Norwegian Bokmal', 'Latin', 'Passordet til journalsystemet på dyreklinikken er {pw} , ikke del det med noen.'),
    ('isl', 'Icelandic', 'Latin', 'Lykilorðið að kerfi dýraspítalans er {pw} , ekki deila því með neinum.'),
    ('rus', 'Russian', 'Cyrillic', 'Пароль от программы ветклиники: {pw} — никому его не передавай.'),
    ('bel', 'Belarusian', 'Cyrillic', 'Пароль ад праграмы ветэрынарнай клінікі: {pw} — нікому яго не перадавай.'),
    ('srp', 'Serbian', 'Cyrillic', 'Лозинка за програм ветеринарске клинике је {pw} , немој је никоме давати.'),
    ('bos', 'Bosnian', 'Latin', 'Šifra za program veterinarske klinike je {pw} , nemoj je nikome davati.'),
    ('cat', 'Catalan', 'Latin', 'La contrasenya del programa de la clínica veterinària és {pw} , no la comparteixis.'),
    ('glg', 'Galician', 'Latin', 'O contrasinal do programa da clínica veterinaria é {pw} , non o compartas con ninguén.'),
    ('ltz', 'Luxembourgish', 'Latin', "D'Passwuert fir de Programm vun der Déierenklinik ass {pw} , gëff et keen weider."),
    ('jpn', 'Japanese', 'Han and Kana', '動物病院の電子カルテのパスワードは {pw} です。ほかの人には教えないでください。'),
    ('kor', 'Korean', 'Hangul', '동물병원 진료 프로그램 비밀번호는 {pw} 입니다. 다른 사람에게 알려주지 마세요.'),
    ('cmn', 'Mandarin Chinese', 'Han', '宠物医院管理系统的密码是 {pw} ，请不要告诉别人。'),
    ('ind', 'Indonesian', 'Latin', 'Kata sandi sistem klinik hewan adalah {pw} , jangan dibagikan ke siapa pun.'),
    ('hin', 'Hindi', 'Devanagari', 'पशु चिकित्सालय के सिस्टम का पासवर्ड {pw} है, इसे किसी को मत बताना।'),
    ('mar', 'Marathi', 'Devanagari', 'पशुवैद्यकीय दवाखान्याच्या सिस्टमचा पासवर्ड {pw} आहे, कोणालाही सांगू नकोस.'),
    ('tel', 'Telugu', 'Telugu', 'పశువైద్య క్లినిక్ సిస్టమ్ పాస్‌వర్డ్ {pw} , ఎవరికీ చెప్పవద్దు.'),
    ('sin', 'Sinhala', 'Sinhala', 'සත්ව රෝහලේ පද්ධතියේ මුරපදය {pw} , කාටවත් කියන්න එපා.'),
    ('khm', 'Khmer', 'Khmer', 'ពាក្យសម្ងាត់ប្រព័ន្ធគ្លីនិកសត្វគឺ {pw} កុំប្រាប់អ្នកណាម្នាក់។'),
    ('kaz', 'Kazakh', 'Cyrillic', 'Ветеринарлық клиника жүйесінің құпиясөзі: {pw} — ешкімге берме.'),
    ('uzb', 'Uzbek', 'Latin', 'Veterinariya klinikasi tizimining paroli {pw} , hech kimga aytma.'),
    ('aze', 'Azerbaijani', 'Latin', 'Baytarlıq klinikasının sisteminin şifrəsi {pw} – heç kimə vermə.'),
    ('kat', 'Georgian', 'Georgian', 'ვეტკლინიკის სისტემის პაროლია {pw} , არავის გაუზიარო.'),
    ('hye', 'Armenian', 'Armenian', 'Անասնաբուժական կլինիկայի համակարգի գաղտնաբառն է {pw} , ոչ մեկին մի ասա։'),
    ('amh', 'Amharic', 'Geez', 'የእንስሳት ክሊኒኩ ሲስተም የይለፍ ቃል {pw} ነው፤ ለማንም አታጋራ።'),
    ('hau', 'Hausa', 'Latin', 'Kalmar sirri na tsarin asibitin dabbobi ita ce {pw} , kada ka gaya wa kowa.'),
    ('yor', 'Yoruba', 'Latin', 'Ọ̀rọ̀ aṣínà ètò ilé ìwòsàn ẹranko ni {pw} , má ṣe sọ fún ẹnikẹ́ni.'),
    ('zul', 'Zulu', 'Latin', 'Iphasiwedi yesistimu yomtholampilo wezilwane ithi {pw} , ungayitsheli muntu.'),
    ('sna', 'Shona', 'Latin', 'Pasiwedhi yesystem yekiriniki yemhuka ndi {pw} , usaudza munhu.'),
    ('sot', 'Sesotho', 'Latin', 'Phasewete ya sistimi ya tleliniki ya diphoofolo ke {pw} , o se ke wa e bolella motho.'),
    ('orm', 'Oromo', 'Latin', 'Jecha darbii sirna kilinika bineensaa {pw} dha, nama tokkoofillee hin himin.'),
    ('kmr', 'Kurmanji Kurdish', 'Latin', 'Şîfreya sîstema klînîka heywanan {pw} e, ji kesî re nebêje.'),
    ('pus', 'Pashto', 'Perso-Arabic', 'د څارويو د کلينيک د سيسټم پټنوم {pw} دی، هيچا ته يې مه وايه.'),
    ('hat', 'Haitian Creole', 'Latin', 'Modpas sistèm klinik veterinè a se {pw} , pa bay pèsonn li.'),
    ('fij', 'Fijian', 'Latin', 'Na password ni sisitemu ni valenibula ni manumanu e {pw} , kakua ni tukuna vua e dua.'),
    ('ton', 'Tongan', 'Latin', 'Ko e lea fakapulipuli ʻo e polokalama ʻo e kiliniki monumanu ko e {pw} , ʻoua naʻa ke vahevahe.'),
    ('nya', 'Chichewa', 'Latin', 'Mawu achinsinsi a pulogalamu ya chipatala cha ziweto ndi {pw} , usauze aliyense.'),
    ('tpi', 'Tok Pisin', 'Latin', 'Paswod bilong sistem bilong klinik bilong ol animal em {pw} , no ken givim long narapela.'),
    ('kal', 'Greenlandic', 'Latin', 'Uumasunut nakorsiat isertaataa {pw} , kimulluunniit oqaluttuutiginagu.'),
    ('hmn', 'Hmong', 'Latin', 'Tus password ntawm lub system tsev kho tsiaj yog {pw} , tsis txhob qhia leej twg.'),
    ('ckb', 'Central Kurdish', 'Perso-Arabic', 'وشەی نهێنی سیستەمی کلینیکی ئاژەڵان ئەمەیە: {pw} ، بە کەسی مەڵێ.'),
    ('khk', 'Mongolian', 'Cyrillic', 'Малын эмнэлгийн системийн нууц үг: {pw} — хэнд ч бүү хэл.'),
    ('sme', 'Northern Sami', 'Latin', 'Ealliklinihka vuogádaga beassansátni lea {pw} , ale muital geasage.'),
]

FORMATS = [
    ('clinic_whatsapp_group_line', '[14/11/24, 07:58] Dr. Amara: {s}'),
    ('locum_handover_email_body', 'Subject: handover\n\nHi,\n{s}\n\nThanks, R.'),
    ('pims_support_ticket_comment', 'Ticket #48213 — internal comment\n{s}'),
    ('farm_vet_sms_thread_row', 'SMS from +44 7700 900{n:03d}: {s}'),
    ('telehealth_chat_transcript_line', 'vet_nurse_02: {s}'),
    ('pharmacy_shift_note', 'Pharmacy shift note (late): {s}'),
    ('lab_courier_voice_note_text', 'Voice note (auto-transcribed): "{s}"'),
    ('practice_manager_memo_line', 'MEMO — practice manager\n{s}'),
]
TYPE = 'vetclinic_system_password_told_in_message'


def make(gen, deny_names, deny_langs, deny_words):
    out, dropped = [], []
    for iso, name, script, sent in L:
        bad = iso in deny_names or iso in deny_langs or iso in deny_words or any(
            w.lower() in deny_langs or w.lower() in deny_words for w in name.split())
        if bad:
            dropped.append(iso)
            continue
        if len(out) == 40:
            break
        fmt, tpl = FORMATS[len(out) % len(FORMATS)]
        pw = gen.uniq(gen.password)
        text = tpl.format(s=sent.format(pw=pw), n=len(out))
        s = text.index(pw)
        out.append({'type': TYPE, 'container': fmt + '__' + iso, 'text': text,
                    'secrets': [{'value': pw, 'start': s, 'end': s + len(pw), 'type': TYPE}], 'source': 'prose',
                    '_lang': (iso, name, script)})
    return out, dropped
