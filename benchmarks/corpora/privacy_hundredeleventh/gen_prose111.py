import random, json
from common111 import *
TYPE='moderator_panel_password_shared_in_message'
# code3, code1, English name, sentence
L=[
('cym','cy','Welsh',"Cyfrinair panel y cymedrolwyr yw {V} — paid â'i rannu gyda neb, os gwelwch yn dda."),
('gle','ga','Irish',"Is é {V} pasfhocal phainéal na modhnóirí — ná roinn é le duine ar bith, le do thoil."),
('gla','gd','Scottish Gaelic',"Is e {V} facal-faire pannal nam modaratairean — na roinn e le duine sam bith."),
('bre','br','Breton',"Ger-tremen panell ar vaskerien eo {V} — na roit anezhañ da zen, mar plij."),
('eus','eu','Basque',"Moderatzaileen panelaren pasahitza {V} da — ez partekatu inorekin, mesedez."),
('est','et','Estonian',"Moderaatorite paneeli parool on {V} — palun ära jaga seda kellegagi."),
('lav','lv','Latvian',"Moderatoru paneļa parole ir {V} — lūdzu, nedalies ar to ne ar vienu."),
('lit','lt','Lithuanian',"Moderatorių skydelio slaptažodis yra {V} — prašau niekam jo neduoti."),
('fin','fi','Finnish',"Moderaattoripaneelin salasana on {V} — älä jaa sitä kenellekään."),
('hun','hu','Hungarian',"A moderátori panel jelszava {V} — kérlek, ne add tovább senkinek."),
('pol','pl','Polish',"Hasło do panelu moderatorów to {V} — proszę, nie udostępniaj go nikomu."),
('ces','cs','Czech',"Heslo do panelu moderátorů je {V} — prosím, nikomu ho neposílej."),
('slk','sk','Slovak',"Heslo do panela moderátorov je {V} — prosím, nikomu ho nedávaj."),
('slv','sl','Slovenian',"Geslo za ploščo moderatorjev je {V} — prosim, ne deli ga z nikomer."),
('hrv','hr','Croatian',"Lozinka za moderatorsku ploču je {V} — molim te, nemoj je nikome dati."),
('ron','ro','Romanian',"Parola panoului de moderare este {V} — te rog să nu o dai nimănui."),
('bul','bg','Bulgarian',"Паролата за модераторския панел е {V} — моля, не я споделяй с никого."),
('mkd','mk','Macedonian',"Лозинката за модераторскиот панел е {V} — те молам, не ја споделувај со никого."),
('sqi','sq','Albanian',"Fjalëkalimi i panelit të moderatorëve është {V} — të lutem mos ia jep askujt."),
('tur','tr','Turkish',"Moderatör panelinin şifresi {V} — lütfen kimseyle paylaşma."),
('ukr','uk','Ukrainian',"Пароль до панелі модераторів: {V} — будь ласка, нікому його не передавай."),
('swe','sv','Swedish',"Lösenordet till moderatorpanelen är {V} — dela det inte med någon."),
('dan','da','Danish',"Adgangskoden til moderatorpanelet er {V} — del den ikke med nogen."),
('fao','fo','Faroese',"Loyniorðið til umsjónarpallin er {V} — deil tað ikki við nakran."),
('mlt','mt','Maltese',"Il-password tal-panel tal-moderaturi hija {V} — jekk jogħġbok tiqsamhiex ma' ħadd."),
('fas','fa','Persian',"رمز عبور پنل ناظران {V} است — لطفاً آن را با کسی به اشتراک نگذار."),
('urd','ur','Urdu',"ماڈریٹر پینل کا پاس ورڈ {V} ہے — براہ کرم کسی کو مت بتانا۔"),
('pan','pa','Punjabi',"ਮਾਡਰੇਟਰ ਪੈਨਲ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ — ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।"),
('nep','ne','Nepali',"मोडरेटर प्यानलको पासवर्ड {V} हो — कृपया कसैलाई नदिनुहोस्।"),
('tam','ta','Tamil',"மாடரேட்டர் பேனலின் கடவுச்சொல் {V} — தயவுசெய்து யாரிடமும் பகிர வேண்டாம்."),
('vie','vi','Vietnamese',"Mật khẩu bảng kiểm duyệt là {V} — đừng chia sẻ với ai nhé."),
('tha','th','Thai',"รหัสผ่านแผงผู้ดูแลคือ {V} กรุณาอย่าบอกใคร"),
('lao','lo','Lao',"ລະຫັດຜ່ານຂອງແຜງຜູ້ກວດກາແມ່ນ {V} ກະລຸນາຢ່າບອກໃຜ"),
('tgl','tl','Tagalog',"Ang password ng moderator panel ay {V} — pakiusap, huwag mo itong ibahagi kahit kanino."),
('swa','sw','Swahili',"Nenosiri la paneli ya wasimamizi ni {V} — tafadhali usimpe mtu yeyote."),
('kin','rw','Kinyarwanda',"Ijambo ry'ibanga ry'ikibaho cy'abagenzuzi ni {V} — ntuzaryereke undi muntu."),
('ibo','ig','Igbo',"Okwuntughe nke ogwe ndị nhazi bụ {V} — biko, egosila ya onye ọ bụla."),
('som','so','Somali',"Erayga sirta ah ee guddiga maamulayaasha waa {V} — fadlan cidna ha la wadaagin."),
('xho','xh','Xhosa',"Igama lokugqithisa lephaneli yabamodareyitha ngu {V} — nceda ungalixeleli mntu."),
('afr','af','Afrikaans',"Die wagwoord vir die moderatorpaneel is {V} — moet dit asseblief met niemand deel nie."),
('mlg','mg','Malagasy',"Ny tenimiafina amin'ny tontonan'ny mpandrindra dia {V} — aza zaraina amin'iza na iza azafady."),
('smo','sm','Samoan',"O le upu faalilolilo o le laupapa a le au pule o {V} — faamolemole aua le faailoaina i se tasi."),
('mri','mi','Maori',"Ko {V} te kupuhipa mō te papatohu kaiwhakahaere — kaua e tukuna ki tētahi atu."),
('jpn','ja','Japanese',"モデレーター管理画面のパスワードは {V} です。誰にも共有しないでください。"),
('kor','ko','Korean',"모더레이터 패널 비밀번호는 {V} 입니다. 아무에게도 공유하지 마세요."),
('zho','zh','Chinese',"版主后台的密码是 {V} ，请不要告诉任何人。"),
('epo','eo','Esperanto',"La pasvorto de la moderiga panelo estas {V} — bonvolu ne dividi ĝin kun iu ajn."),
('kir','ky','Kyrgyz',"Модераторлор панелинин сырсөзү {V} — сураныч, эч кимге бербе."),
('tgk','tg','Tajik',"Рамзи панели модераторон {V} аст — лутфан ба ҳеҷ кас надиҳед."),
('ell','el','Greek',"Ο κωδικός του πίνακα συντονιστών είναι {V} — σε παρακαλώ μην τον δώσεις σε κανέναν."),
]
FORMATS=[
('mod_team_discord_dm_json',lambda s,u: json.dumps({"author":u,"channel_type":"DM","content":s},ensure_ascii=False)+'\n'),
('ts_zendesk_side_conversation',lambda s,u: 'Side conversation — to: tier2@example.com\nFrom: '+u+'\n\n'+s+'\n'),
('fedi_admin_matrix_room_export',lambda s,u: '[2024-05-12 08:31] <@'+u+':chat.example.com> '+s+'\n'),
('dating_ops_sms_thread',lambda s,u: 'SMS +1 555 0100 ('+u+'), 08:02\n'+s+'\n'),
('community_manager_email_body',lambda s,u: 'Subject: panel access\n\n'+s+'\n\n— '+u+'\n'),
('forum_staff_pm_bbcode',lambda s,u: '[quote="'+u+'"]'+s+'[/quote]\n'),
('creator_support_intercom_note',lambda s,u: 'Note by '+u+' (internal): '+s+'\n'),
('lemmy_admin_signal_note',lambda s,u: 'Note to self · Signal\n'+s+'\n'),
('push_oncall_whatsapp_line',lambda s,u: '12/05/2024, 21:40 - '+u+': '+s+'\n'),
('appeals_desk_slack_thread_json',lambda s,u: json.dumps({"type":"message","user":u,"thread_ts":"1715500000.000100","text":s},ensure_ascii=False)+'\n'),
]
def gen(langs):
    r=random.Random(11104); out=[]
    for i,(c3,c1,name,sent) in enumerate(langs):
        fmt,f=FORMATS[i%len(FORMATS)]; v=pw(r)
        text=f(sent.replace('{V}','\ue000'),r.choice(USERS)); s=text.index('\ue000')
        text=text.replace('\ue000',v); out.append((TYPE,fmt+'__'+c3,text,s,s+len(v)))
    return out
