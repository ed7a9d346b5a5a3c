"""Prose: a hosting support agent gives a customer the new temporary control-panel password
and asks them to change it after logging in, in 40 languages not used by the earlier corpora."""
import json, random
from common import G, SLOT, place

SEED = 8404
SPAN_TYPE = 'hosting_support_temporary_panel_password'
P = SLOT

# (code, English name, script note, sentence) in preference order; the first 40 that pass the deny-list are used
CANDIDATES = [
    ('gl', 'Galician', 'Latin', f"Ola, o novo contrasinal temporal do cPanel é {P}; cámbiao despois de iniciar sesión, por favor."),
    ('lb', 'Luxembourgish', 'Latin', f"Moien, dat neit temporäert cPanel-Passwuert ass {P}, ännert et w.e.g. nom Aloggen."),
    ('an', 'Aragonese', 'Latin', f"Ola, a nueva clau temporal d'o cPanel ye {P}; cambea-la dimpués d'intrar, por favor."),
    ('lij', 'Ligurian', 'Latin', f"Ciao, a neuva password temporannia do cPanel a l'é {P}; cangila doppo l'accesso, pe piaxei."),
    ('lmo', 'Lombard', 'Latin', f"Ciao, la noeuva password temporanea del cPanel l'è {P}; cambiala dopo l'access, per piasè."),
    ('pms', 'Piedmontese', 'Latin', f"Cerea, la neuva password provisòria dël cPanel a l'é {P}; cambiela apress l'intrada, për piasì."),
    ('mwl', 'Mirandese', 'Latin', f"Olá, la nuoba palabra-passe temporária de l cPanel ye {P}; muda-la apuis de entrar, por fabor."),
    ('ext', 'Extremaduran', 'Latin', f"Hola, la nueva contraseña temporal del cPanel es {P}; cámbiala endespués d'entral, pol favol."),
    ('rup', 'Aromanian', 'Latin', f"Bunã, noulu password temporar ti cPanel easti {P}; alãxea-lu dupã ţi intri, vã rog."),
    ('pcd', 'Picard', 'Latin', f"Bonjour, ch'nouvieu mot d'passe temporaire du cPanel ch'est {P}; canjez-le après vo connexion, s'i vos plait."),
    ('gsw', 'Swiss German', 'Latin', f"Hoi, s'neue temporäre cPanel-Passwort isch {P}; bitte nach em Iilogge ändere."),
    ('bar', 'Bavarian', 'Latin', f"Servus, des neie vorläufige cPanel-Passwort is {P}; bitt ändern's nachm Eiloggn."),
    ('szl', 'Silesian', 'Latin', f"Serwus, nowe tymczasowe hasło do cPanelu to je {P}; zmiyń je po zalogowaniu, prosza."),
    ('rue', 'Rusyn', 'Cyrillic', f"Добрый день, нове тимчасове гесло до cPanel є {P}; змініт го по приголошіню, просиме."),
    ('vro', 'Võro', 'Latin', f"Tere, vahtsõnõ aoliidsõ cPaneli salasõna om {P}; vaihtkõ tä perän sisseminekit ärq."),
    ('krl', 'Karelian', 'Latin', f"Terveh, uuzi aijalline cPanelin salasana on {P}; vaihta se sisäänkirjuttumizen jälgeh."),
    ('myv', 'Erzya', 'Cyrillic', f"Шумбрат, од cPanel-ень ютковань салавал валось — {P}; полавтык сонзэ совамодо мейле."),
    ('udm', 'Udmurt', 'Cyrillic', f"Ӟечбуре, выль вакытлы cPanel пароль — {P}; пырем бере солэ воштэ, курись."),
    ('kv', 'Komi', 'Cyrillic', f"Видза оланныд, выль кадколаса cPanel пароль — {P}; вежӧй сійӧ пырӧм бӧрын."),
    ('gag', 'Gagauz', 'Latin', f"Merhaba, cPanel için eni geçici parol {P}; girdiktän sora onu diiştir, lütfen."),
    ('os', 'Ossetian', 'Cyrillic', f"Салам, cPanel-ы ног рӕстӕгмӕ пароль у {P}; бахизыны фӕстӕ йӕ баив, курын дӕ."),
    ('ce', 'Chechen', 'Cyrillic', f"Маршалла, cPanel-ан керла ханна пароль ду {P}; чувалар хьалха иза хийца, дехар ду."),
    ('diq', 'Zazaki', 'Latin', f"Merheba, parolaya cPanel a newiye ya demkiye {P} a; dekewtiş ra dime ay bıvurne."),
    ('mzn', 'Mazanderani', 'Arabic', f"سلام، cPanel ِ نو موقت رمز {P} هسه؛ بعد از ورود وه ره عوض هاکنین."),
    ('gom', 'Konkani', 'Devanagari', f"नमस्कार, तुमचो नवो तात्पुरतो cPanel पासवर्ड {P} आसा; लॉगिन जाले उपरांत तो बदलात."),
    ('bho', 'Bhojpuri', 'Devanagari', f"नमस्ते, रउआ के नया अस्थायी cPanel पासवर्ड {P} बा; लॉगिन के बाद एकरा के बदल लीं।"),
    ('mai', 'Maithili', 'Devanagari', f"नमस्कार, अहाँक नव अस्थायी cPanel पासवर्ड {P} अछि; लॉगिन केलाक बाद एकरा बदलि लिअ।"),
    ('dz', 'Dzongkha', 'Tibetan', f"ཀུ་ཟུ་ཟང་པོ། cPanel གི་ གསང་ཡིག་གསརཔ་ {P} ཨིན། ནང་འཛུལ་འབད་ཞིནམ་ལས་ སོར་གནང་།"),
    ('km', 'Khmer', 'Khmer', f"សួស្តី ពាក្យសម្ងាត់ cPanel បណ្តោះអាសន្នថ្មីគឺ {P} សូមប្តូរវាបន្ទាប់ពីចូល។"),
    ('pam', 'Kapampangan', 'Latin', f"Kumusta, ing bayung temporaryung password ning cPanel ya ing {P}; alilan me pota nung makapag-login ka na."),
    ('bcl', 'Central Bikol', 'Latin', f"Marhay na aldaw, an bagong temporaryong password kan cPanel iyo an {P}; ribayan tabi pagkatapos mag-login."),
    ('pag', 'Pangasinan', 'Latin', f"Maong ya agew, say balon temporaryon password na cPanel et {P}; salatan yo su kasumpal na panlogin yo."),
    ('min', 'Minangkabau', 'Latin', f"Assalamualaikum, kato sandi sementara cPanel nan baru adolah {P}; tolong ganti sasudah login."),
    ('ace', 'Acehnese', 'Latin', f"Assalamualaikum, lageuem rahsia sementara cPanel nyang barô nakeuh {P}; neugantoe lheuh login."),
    ('ban', 'Balinese', 'Latin', f"Om Swastiastu, kruna sandi sementara cPanel sane anyar inggih punika {P}; durusang gentosin sasampun login."),
    ('mad', 'Madurese', 'Latin', f"Salam, kata sandi sementara cPanel se anyar enggi paneka {P}; tolong ghanti saampona login."),
    ('tpi', 'Tok Pisin', 'Latin', f"Gude, nupela pasword bilong cPanel long nau em {P}; plis senisim bihain long yu login."),
    ('bi', 'Bislama', 'Latin', f"Halo, niufala pasword blong cPanel blong naoia hemi {P}; plis yu jenisim afta we yu login."),
    ('fj', 'Fijian', 'Latin', f"Bula, na vosa vuni vou ni cPanel e {P}; yalovinaka veisautaka ni oti na nomu curu."),
    ('ty', 'Tahitian', 'Latin', f"Ia ora na, te parau huna api no te cPanel o {P} ïa; a taui i te reira i muri a'e i to oe tomoraa."),
    ('niu', 'Niuean', 'Latin', f"Fakaalofa atu, ko e kupu fufu foou he cPanel ko {P}; fakamolemole hiki e ia ka hili e hu atu."),
    ('ch', 'Chamorro', 'Latin', f"Håfa adai, i nuebu na password para i cPanel guiya {P}; put fabot tulaika gi despues di un halom."),
    ('mh', 'Marshallese', 'Latin', f"Iakwe, password eo ekāāl an cPanel ej {P}; jouj im kōmmōkit ālkin am deļọñ."),
    ('ay', 'Aymara', 'Latin', f"Kamisaki, machaq cPanel imantat chimpuxa {P}; mantasax mayjt'ayam, suma."),
    ('nah', 'Nahuatl', 'Latin', f"Niltze, in yancuic cPanel tlahtolichtacayotl ca {P}; xicpatla ic ticalaquiz, nimitztlatlauhtia."),
    ('yua', 'Yucatec Maya', 'Latin', f"Ba'ax ka wa'alik, le túumben u t'aanil cPanel leti' {P}; k'ex ka ts'o'okok a wokol."),
    ('kg', 'Kongo', 'Latin', f"Mbote, nsapu ya mpa ya cPanel ke {P}; soba yo na nima ya kukota, beto ke lomba."),
    ('lua', 'Luba-Kasai', 'Latin', f"Moyo, mot de passe mupiamupia wa cPanel udi {P}; ushintulule panyima pa kubuela."),
    ('tum', 'Tumbuka', 'Latin', f"Moni, mazgu ghachisisi ghaphya gha cPanel ni {P}; sinthani para mwanjira."),
    ('luo', 'Luo', 'Latin', f"Oyawore, nying mopondo manyien mar cPanel en {P}; yie iloke bang' donjo."),
    ('kam', 'Kamba', 'Latin', f"Wakya, password nzau ya cPanel ni {P}; ĩalyũla ĩtina wa kũlika."),
    ('mos', 'Mossi', 'Latin', f"Ne y yibeoogo, cPanel password paalgã yaa {P}; y sã n kẽe, toeeme."),
    ('ff', 'Fula', 'Latin', f"Jam waali, finnde cPanel kesre ndee ko {P}; waylu nde caggal naatgol."),
    ('gaa', 'Ga', 'Latin', f"Ojekoo, cPanel password hee lɛ ji {P}; tsake ehi kɛ ose."),
    ('kri', 'Krio', 'Latin', f"Kushɛ, di nyu tɛmporari cPanel paswɔd na {P}; duya chenj am afta yu lɔg in."),
    ('tzm', 'Central Atlas Tamazight', 'Tifinagh', f"ⴰⵣⵓⵍ, ⵜⴰⵡⴰⵍⵜ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ cPanel ⵜⴳⴰ {P}; ⵙⵏⴼⵍ ⵜⵜ ⴷⴼⴼⵉⵔ ⵓⴽⵛⵛⵓⵎ."),
]


def _j(obj):
    return json.dumps(obj, ensure_ascii=False)


FORMATS = [
    ('whmcs_ticket_reply_api_json', lambda g, s: _j({'result': 'success', 'tid': g.upalnum(3) + '-' + str(g.r.randint(100000, 999999)), 'replies': {'reply': [{'replyid': g.r.randint(1000, 99999), 'admin': 'Support', 'message': s}]}})),
    ('freshdesk_conversation_api_json', lambda g, s: _j({'id': g.r.randint(10 ** 10, 10 ** 11), 'body_text': s, 'incoming': False, 'private': False, 'ticket_id': g.r.randint(1000, 99999)})),
    ('helpscout_thread_json', lambda g, s: _j({'type': 'reply', 'status': 'active', 'body': s, 'createdBy': {'type': 'user', 'first': g.user()}})),
    ('zammad_ticket_article_json', lambda g, s: _j({'ticket_id': g.r.randint(100, 9999), 'body': s, 'content_type': 'text/plain', 'internal': False, 'sender': 'Agent'})),
    ('osticket_thread_entry_xml', lambda g, s: f"<entry type=\"R\" poster=\"Support\" created=\"2024-04-12 10:42:07\">\n  <body format=\"text\">{s}</body>\n</entry>"),
    ('livechat_transcript_txt_line', lambda g, s: f"[10:{g.r.randint(10, 59)}:07] Support ({g.user()}): {s}"),
    ('crisp_message_webhook_json', lambda g, s: _j({'event': 'message:send', 'data': {'type': 'text', 'from': 'operator', 'origin': 'chat', 'content': s, 'session_id': 'session_' + g.uuid()}})),
    ('tawk_to_chat_transcript_line', lambda g, s: f"({g.r.randint(10, 23)}:{g.r.randint(10, 59)}) Hosting Support: {s}"),
    ('hesk_ticket_reply_mail_txt', lambda g, s: f"Subject: [#{g.upalnum(3)}-{g.upalnum(3)}-{g.upalnum(4)}] Re: cannot log in\n\n{s}\n\n--\nHelp Desk"),
    ('kayako_case_post_json', lambda g, s: _j({'contents': s, 'channel': 'MAIL', 'is_requester': False, 'creator': {'full_name': 'Support'}})),
]


def select(deny):
    chosen, excluded = [], []
    for c in CANDIDATES:
        if deny.language_ok(c[0], c[1]) and len(chosen) < 40:
            chosen.append(c)
        elif not deny.language_ok(c[0], c[1]):
            excluded.append(c)
    unused = [c for c in CANDIDATES if c not in chosen and c not in excluded]
    return chosen, excluded, unused


def build(used, deny):
    g = G(random.Random(SEED), used)
    chosen, _, _ = select(deny)
    assert len(chosen) == 40, len(chosen)
    out = []
    for i, (code, name, script, sent) in enumerate(chosen):
        fname, fmt = FORMATS[i % len(FORMATS)]
        value = g.uniq(g.owner_password)
        text, s, e = place(fmt(g, sent), value)
        out.append(('prose', fname + '__' + code, text, s, e, SPAN_TYPE))
    return out
