"""Prose part: a volunteer coordinator shares the shared volunteer-account password in their own language."""
import json, random
from common import *
LANGS = [  # code, English name, sentence with {P}
 ('uk', 'Ukrainian', 'Привіт усім, новий пароль від волонтерського акаунта: {P} — будь ласка, не пишіть його в загальний чат.'),
 ('bg', 'Bulgarian', 'Здравейте, новата парола за доброволческия профил е {P} — моля, не я пускайте в общия чат.'),
 ('hr', 'Croatian', 'Bok svima, nova lozinka za volonterski račun je {P} — molim vas, nemojte je slati u zajednički chat.'),
 ('sr', 'Serbian', 'Здраво свима, нова лозинка за волонтерски налог је {P} — молим вас, не шаљите је у заједнички чет.'),
 ('sl', 'Slovenian', 'Živijo, novo geslo za prostovoljski račun je {P} — prosim, ne objavljajte ga v skupnem klepetu.'),
 ('hu', 'Hungarian', 'Sziasztok, az önkéntes fiók új jelszava: {P} — kérlek, ne tegyétek ki a közös csevegőbe.'),
 ('ro', 'Romanian', 'Salut tuturor, noua parolă a contului de voluntari este {P} — vă rog să nu o puneți în chatul comun.'),
 ('lt', 'Lithuanian', 'Labas visiems, naujas savanorių paskyros slaptažodis yra {P} — prašau jo nerašyti bendrame pokalbyje.'),
 ('lv', 'Latvian', 'Sveiki visiem, jaunā brīvprātīgo konta parole ir {P} — lūdzu, nelieciet to kopējā čatā.'),
 ('et', 'Estonian', 'Tere kõigile, vabatahtlike konto uus parool on {P} — palun ärge pange seda ühisesse vestlusesse.'),
 ('ga', 'Irish', 'Dia daoibh, is é {P} an pasfhocal nua don chuntas oibrithe deonacha — ná cuir sa ghrúpchomhrá é, le bhur dtoil.'),
 ('cy', 'Welsh', "Helo bawb, y cyfrinair newydd i'r cyfrif gwirfoddolwyr yw {P} — peidiwch â'i rannu yn y sgwrs grŵp, os gwelwch yn dda."),
 ('eu', 'Basque', 'Kaixo guztioi, boluntarioen kontuaren pasahitz berria {P} da — mesedez, ez jarri talde-txatean.'),
 ('ca', 'Catalan', 'Hola a tothom, la nova contrasenya del compte de voluntariat és {P} — si us plau, no la poseu al xat del grup.'),
 ('gl', 'Galician', 'Ola a todos, o novo contrasinal da conta do voluntariado é {P} — por favor, non o poñades no chat do grupo.'),
 ('mt', 'Maltese', 'Bongu lil kulħadd, il-password il-ġdida tal-kont tal-voluntiera hija {P} — jekk jogħġobkom tpoġġuhiex fiċ-chat tal-grupp.'),
 ('mk', 'Macedonian', 'Здраво на сите, новата лозинка за волонтерската сметка е {P} — ве молам, не ја ставајте во групниот разговор.'),
 ('ka', 'Georgian', 'გამარჯობა ყველას, მოხალისეების ანგარიშის ახალი პაროლია {P} — გთხოვთ, ჯგუფურ ჩატში ნუ დაწერთ.'),
 ('hy', 'Armenian', 'Բարև բոլորին, կամավորների հաշվի նոր գաղտնաբառն է {P} — խնդրում եմ, մի՛ գրեք այն ընդհանուր չաթում։'),
 ('kk', 'Kazakh', 'Барлығына сәлем, еріктілер аккаунтының жаңа құпиясөзі: {P} — өтінемін, оны ортақ чатқа жазбаңыздар.'),
 ('uz', 'Uzbek', "Hammaga salom, ko'ngillilar akkauntining yangi paroli {P} — iltimos, uni umumiy chatga yozmang."),
 ('mn', 'Mongolian', 'Бүгдэд нь сайн байна уу, сайн дурынхны бүртгэлийн шинэ нууц үг {P} — нийтийн чатад бүү бичээрэй.'),
 ('fa', 'Persian', 'سلام به همه، رمز عبور جدید حساب داوطلبان {P} است — لطفاً آن را در گروه نفرستید.'),
 ('ur', 'Urdu', 'سب کو سلام، رضاکاروں کے اکاؤنٹ کا نیا پاس ورڈ {P} ہے — براہ کرم اسے گروپ چیٹ میں نہ لکھیں۔'),
 ('bn', 'Bengali', 'সবাইকে নমস্কার, স্বেচ্ছাসেবক অ্যাকাউন্টের নতুন পাসওয়ার্ড {P} — দয়া করে এটা গ্রুপ চ্যাটে দেবেন না।'),
 ('ta', 'Tamil', 'அனைவருக்கும் வணக்கம், தன்னார்வலர் கணக்கின் புதிய கடவுச்சொல் {P} — தயவுசெய்து இதை குழு அரட்டையில் பகிர வேண்டாம்.'),
 ('te', 'Telugu', 'అందరికీ నమస్కారం, వాలంటీర్ ఖాతా కొత్త పాస్‌వర్డ్ {P} — దయచేసి దీన్ని గ్రూప్ చాట్‌లో పెట్టకండి.'),
 ('ml', 'Malayalam', 'എല്ലാവർക്കും നമസ്കാരം, വോളണ്ടിയർ അക്കൗണ്ടിന്റെ പുതിയ പാസ്‌വേഡ് {P} ആണ് — ദയവായി ഇത് ഗ്രൂപ്പ് ചാറ്റിൽ ഇടരുത്.'),
 ('kn', 'Kannada', 'ಎಲ್ಲರಿಗೂ ನಮಸ್ಕಾರ, ಸ್ವಯಂಸೇವಕರ ಖಾತೆಯ ಹೊಸ ಪಾಸ್‌ವರ್ಡ್ {P} — ದಯವಿಟ್ಟು ಇದನ್ನು ಗುಂಪು ಚಾಟ್‌ನಲ್ಲಿ ಹಾಕಬೇಡಿ.'),
 ('mr', 'Marathi', 'सर्वांना नमस्कार, स्वयंसेवक खात्याचा नवीन पासवर्ड {P} आहे — कृपया तो ग्रुप चॅटमध्ये टाकू नका.'),
 ('gu', 'Gujarati', 'બધાને નમસ્તે, સ્વયંસેવક ખાતાનો નવો પાસવર્ડ {P} છે — કૃપા કરીને તેને ગ્રુપ ચેટમાં ન મૂકશો.'),
 ('pa', 'Punjabi', 'ਸਭ ਨੂੰ ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਵਲੰਟੀਅਰ ਖਾਤੇ ਦਾ ਨਵਾਂ ਪਾਸਵਰਡ {P} ਹੈ — ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਗਰੁੱਪ ਚੈਟ ਵਿੱਚ ਨਾ ਪਾਓ।'),
 ('ne', 'Nepali', 'सबैलाई नमस्ते, स्वयंसेवक खाताको नयाँ पासवर्ड {P} हो — कृपया यसलाई ग्रुप च्याटमा नराख्नुहोस्।'),
 ('si', 'Sinhala', 'හැමෝටම ආයුබෝවන්, ස්වේච්ඡා ගිණුමේ නව මුරපදය {P} — කරුණාකර එය කණ්ඩායම් චැට් එකට දාන්න එපා.'),
 ('km', 'Khmer', 'សួស្តីអ្នកទាំងអស់គ្នា ពាក្យសម្ងាត់ថ្មីរបស់គណនីស្ម័គ្រចិត្តគឺ {P} — សូមកុំដាក់វានៅក្នុងការជជែកជាក្រុម។'),
 ('jv', 'Javanese', 'Sugeng enjing kabeh, sandhi anyar kanggo akun relawan yaiku {P} — tulung aja dikirim menyang grup.'),
 ('ha', 'Hausa', 'Sannu dukanku, sabuwar kalmar sirri ta asusun masu sa kai ita ce {P} — don Allah kada ku saka ta a cikin taɗin rukuni.'),
 ('yo', 'Yoruba', 'Ẹ n lẹ o, ọ̀rọ̀ aṣínà tuntun fún àkáǹtì àwọn olùyọ̀ǹda ni {P} — ẹ jọ̀wọ́ ẹ má ṣe fi sínú ìjíròrò ẹgbẹ́.'),
 ('af', 'Afrikaans', 'Hallo almal, die nuwe wagwoord vir die vrywilligersrekening is {P} — moet dit asseblief nie in die groepklets plaas nie.'),
 ('lb', 'Luxembourgish', 'Moien alleguer, dat neit Passwuert fir de Fräiwëllegekont ass {P} — setzt et w.e.g. net an de Gruppechat.'),
 ('fo', 'Faroese', 'Hey øll, nýggja loyniorðið til sjálvboðarakontuna er {P} — vinarliga set tað ikki í bólkakjattið.'),
 ('tt', 'Tatar', 'Барыгызга да сәлам, волонтёрлар аккаунтының яңа серсүзе {P} — зинһар, аны гомуми чатка язмагыз.'),
 ('tg', 'Tajik', 'Салом ба ҳама, пароли нави ҳисоби ихтиёриён {P} аст — лутфан онро ба чати гурӯҳ нанависед.'),
 ('ku', 'Kurdish (Kurmanji)', 'Silav li hemûyan, şîfreya nû ya hesabê dilxwazan {P} e — ji kerema xwe wê di chata komê de nenivîsin.'),
]
SPAN_TYPE = 'volunteer_shared_login_password'

def j(o): return json.dumps(o, ensure_ascii=False)
def csvq(s): return '"' + s.replace('"', '""') + '"'
FORMATS = {
 'signal_desktop_backup_message_json': lambda m, f: j({'conversationId': f['cid'], 'type': 'incoming', 'sent_at': f['ms'], 'source': f['N'], 'body': m}) + '\n',
 'telegram_desktop_result_json_message': lambda m, f: j({'id': int(f['n']), 'type': 'message', 'date': f['D'] + 'T' + f['T'] + ':00', 'from': f['N'], 'text': m}) + '\n',
 'viber_desktop_history_csv_row': lambda m, f: 'Date,Time,Sender,Text\n%s,%s,%s,%s\n' % (f['D'], f['T'], f['N'], csvq(m)),
 'facebook_messenger_dyi_message_json': lambda m, f: j({'sender_name': f['N'], 'timestamp_ms': int(f['ms']), 'content': m, 'is_geoblocked_for_viewer': False}) + '\n',
 'discord_chat_exporter_txt_line': lambda m, f: '[%s %s] %s\n%s\n' % (f['D'], f['T'], f['N'].lower() + '#0', m),
 'slack_free_workspace_export_message': lambda m, f: j({'type': 'message', 'user': 'U' + f['n'], 'ts': f['ms'][:10] + '.000200', 'text': m}) + '\n',
 'rocketchat_mongoexport_message_doc': lambda m, f: j({'_id': f['cid'], 'rid': 'GENERAL', 'msg': m, 'u': {'username': f['N'].lower()}}) + '\n',
 'skype_export_conversation_json': lambda m, f: j({'id': f['ms'], 'displayName': f['N'], 'originalarrivaltime': f['D'] + 'T' + f['T'] + ':00.000Z', 'messagetype': 'RichText', 'content': m}) + '\n',
 'line_talk_history_txt_line': lambda m, f: '%s\n%s\t%s\t%s\n' % (f['D'].replace('-', '/'), f['T'], f['N'], m),
 'wire_desktop_backup_event_json': lambda m, f: j({'conversation': f['cid'], 'from': f['N'], 'time': f['D'] + 'T' + f['T'] + ':00Z', 'type': 'conversation.message-add', 'data': {'content': m}}) + '\n',
}

def build(langs, seed=5504):
    r = random.Random(seed); recs = []
    fnames = sorted(FORMATS)
    for i, (code, name, sent) in enumerate(langs):
        v = r.choice(WORDS).capitalize() + r.choice(['-', '.', '']) + r.choice(WORDS) + tok(r, DIG, 4)
        fmt = fnames[i % len(fnames)]
        f = fill(r); f['cid'] = uuid(r); f['ms'] = str(r.randint(1700000000000, 1760000000000))
        text, spans = place(FORMATS[fmt](sent.replace('{P}', MARK), f), [v])
        recs.append(dict(type=SPAN_TYPE, container=fmt + '__' + code, text=text,
                         secrets=[dict(value=v, start=a, end=b, type=SPAN_TYPE) for a, b, v in spans], source='prose'))
    return recs
