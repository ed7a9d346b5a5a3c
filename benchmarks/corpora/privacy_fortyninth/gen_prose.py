import random, json
from common import R, AN, uniq, mk

LANGS = [
 ("fi", "Finnish", "Kaupan wifin salasana on {V}, älä kerro asiakkaille."),
 ("et", "Estonian", "Poe wifi parool on {V}, ära ütle klientidele."),
 ("hu", "Hungarian", "A bolt wifi jelszava {V}, ne mondd meg a vevőknek."),
 ("lv", "Latvian", "Veikala wifi parole ir {V}, nesaki klientiem."),
 ("lt", "Lithuanian", "Parduotuvės wifi slaptažodis yra {V}, nesakyk klientams."),
 ("sr", "Serbian", "Лозинка за вајфај у радњи је {V}, немој да кажеш муштеријама."),
 ("bg", "Bulgarian", "Паролата за wifi в магазина е {V}, не я казвай на клиентите."),
 ("uk", "Ukrainian", "Пароль від вайфаю в магазині: {V}, не кажи клієнтам."),
 ("ro", "Romanian", "Parola de wifi a magazinului este {V}, nu o spune clienților."),
 ("ca", "Catalan", "La contrasenya del wifi de la botiga és {V}, no la diguis als clients."),
 ("eu", "Basque", "Dendako wifiaren pasahitza {V} da, ez esan bezeroei."),
 ("gl", "Galician", "O contrasinal da wifi da tenda é {V}, non llo digas aos clientes."),
 ("cy", "Welsh", "Cyfrinair wifi y siop yw {V}, paid â'i ddweud wrth y cwsmeriaid."),
 ("ga", "Irish", "Is é {V} pasfhocal wifi an tsiopa, ná hinis do na custaiméirí é."),
 ("mt", "Maltese", "Il-password tal-wifi tal-ħanut hija {V}, tgħidhiex lill-klijenti."),
 ("sq", "Albanian", "Fjalëkalimi i wifi-t të dyqanit është {V}, mos ua thuaj klientëve."),
 ("mk", "Macedonian", "Лозинката за wifi во продавницата е {V}, не ја кажувај на муштериите."),
 ("hy", "Armenian", "Խանութի wifi-ի գաղտնաբառն է {V}, հաճախորդներին մի ասա։"),
 ("ka", "Georgian", "მაღაზიის wifi-ის პაროლია {V}, კლიენტებს ნუ ეტყვი."),
 ("kk", "Kazakh", "Дүкеннің wifi құпия сөзі: {V}, клиенттерге айтпа."),
 ("uz", "Uzbek", "Do'kon wifi paroli {V}, mijozlarga aytma."),
 ("mn", "Mongolian", "Дэлгүүрийн wifi-н нууц үг {V}, үйлчлүүлэгчдэд бүү хэл."),
 ("fa", "Persian", "رمز وای‌فای مغازه {V} است، به مشتری‌ها نگو."),
 ("ur", "Urdu", "دکان کے وائی فائی کا پاس ورڈ {V} ہے، گاہکوں کو مت بتانا۔"),
 ("bn", "Bengali", "দোকানের ওয়াইফাই পাসওয়ার্ড {V}, খদ্দেরদের বলবে না।"),
 ("gu", "Gujarati", "દુકાનના વાઇફાઇનો પાસવર્ડ {V} છે, ગ્રાહકોને કહેશો નહીં."),
 ("mr", "Marathi", "दुकानाच्या वायफायचा पासवर्ड {V} आहे, ग्राहकांना सांगू नकोस."),
 ("ta", "Tamil", "கடையின் வைஃபை கடவுச்சொல் {V}, வாடிக்கையாளர்களிடம் சொல்லாதே."),
 ("te", "Telugu", "షాప్ వైఫై పాస్‌వర్డ్ {V}, కస్టమర్లకు చెప్పకు."),
 ("kn", "Kannada", "ಅಂಗಡಿಯ ವೈಫೈ ಪಾಸ್‌ವರ್ಡ್ {V}, ಗ್ರಾಹಕರಿಗೆ ಹೇಳಬೇಡ."),
 ("si", "Sinhala", "කඩේ වයිෆයි මුරපදය {V}, ගනුදෙනුකරුවන්ට කියන්න එපා."),
 ("ne", "Nepali", "पसलको वाइफाइ पासवर्ड {V} हो, ग्राहकलाई नभन।"),
 ("th", "Thai", "รหัสไวไฟของร้านคือ {V} อย่าบอกลูกค้านะ"),
 ("vi", "Vietnamese", "Mật khẩu wifi của cửa hàng là {V}, đừng nói cho khách."),
 ("km", "Khmer", "ពាក្យសម្ងាត់ wifi របស់ហាងគឺ {V} កុំប្រាប់អតិថិជន។"),
 ("tl", "Tagalog", "Ang password ng wifi ng tindahan ay {V}, huwag mong sabihin sa mga customer."),
 ("yo", "Yoruba", "Ọ̀rọ̀ aṣínà wifi ṣọ́ọ̀bù ni {V}, má ṣe sọ fún àwọn oníbàárà."),
 ("ha", "Hausa", "Kalmar sirri ta wifi na shago ita ce {V}, kada ka gaya wa kwastomomi."),
 ("af", "Afrikaans", "Die winkel se wifi-wagwoord is {V}, moenie vir die kliënte sê nie."),
 ("eo", "Esperanto", "La pasvorto de la butika vifio estas {V}, ne diru ĝin al la klientoj."),
]
SPARE = [("lb", "Luxembourgish"), ("tg", "Tajik"), ("jv", "Javanese")]

FORMATS = {
 "line_talk_history_txt_export": lambda r, msg: "[LINE] Chat history with Shop team\nSaved on: 2024/05/02 21:10\n\n2024/05/02(Thu)\n21:04\tMai\t" + msg + "\n21:05\tKen\tOK!",
 "viber_chat_backup_csv_row": lambda r, msg: "Date,Time,Sender,Message\n02/05/2024,21:04,Owner," + '"' + msg + '"',
 "signal_desktop_markdown_export": lambda r, msg: "## Shop staff\n\n**Owner** \u00b7 2024-05-02 21:04\n> " + msg + "\n",
 "messenger_inbox_message_json": lambda r, msg: '{"participants":[{"name":"Owner"},{"name":"Staff"}],"messages":[{"sender_name":"Owner","timestamp_ms":1714684000000,"content":"' + msg + '"}]}',
 "telegram_desktop_result_json_message": lambda r, msg: '{"id": 5521, "type": "message", "date": "2024-05-02T21:04:11", "from": "Owner", "text": "' + msg + '"}',
 "wechat_backup_html_bubble": lambda r, msg: '<div class="msg left"><span class="nick">店主</span><div class="bubble">' + msg + '</div></div>',
 "sms_backup_restore_xml_element": lambda r, msg: '<sms protocol="0" address="+15550100" date="1714684000000" type="2" body="' + msg + '" read="1" />',
 "skype_export_messages_json_entry": lambda r, msg: '{"displayName": "Owner", "originalarrivaltime": "2024-05-02T21:04:11.000Z", "messagetype": "RichText", "content": "' + msg + '"}',
 "discord_chat_exporter_csv_line": lambda r, msg: 'AuthorID,Author,Date,Content\n"4412","owner","02-May-24 09:04 PM","' + msg + '"',
 "rocketchat_room_export_jsonl_line": lambda r, msg: '{"_id":"' + R(r, AN, 17) + '","rid":"shopstaff","u":{"username":"owner"},"msg":"' + msg + '"}',
}
SPAN = "shop_guest_wifi_password"

def generate():
    rng = random.Random(4904)
    out = []
    fm = list(FORMATS)
    for i, (code, name, sent) in enumerate(LANGS):
        v = uniq(rng, lambda r: R(r, "abcdefghjkmnpqrstuvwxyz", 4) + R(r, "23456789", 4) + R(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2))
        f = fm[i % len(fm)]
        mark = "\ue000"
        t = FORMATS[f](rng, sent.replace("{V}", mark))
        a, b = t.split(mark)
        text, spans = mk([a, (v, SPAN), b])
        out.append(dict(type=SPAN, container=f + "__" + code, text=text, secrets=spans, source="prose", lang=(code, name)))
    return out
