import random
from common138 import *
L = [
 ("fra","French","Salut, le mot de passe du PC de la barge est {v} , ne le transfère à personne."),
 ("spa","Spanish","Oye, la contraseña del ordenador de la barcaza es {v} , no se la reenvíes a nadie."),
 ("nld","Dutch","Hoi, het wachtwoord van de voerponton-pc is {v} , stuur het aan niemand door."),
 ("swe","Swedish","Hej, lösenordet till fodertornets dator är {v} , skicka det inte vidare."),
 ("dan","Danish","Hej, adgangskoden til fodringsprammens pc er {v} , send den ikke videre."),
 ("fin","Finnish","Moi, ruokintaproomun koneen salasana on {v} , älä lähetä sitä eteenpäin."),
 ("est","Estonian","Tere, söödapraami arvuti parool on {v} , ära saada seda edasi."),
 ("lav","Latvian","Sveiki, barības baržas datora parole ir {v} , nevienam to nepārsūti."),
 ("lit","Lithuanian","Labas, pašarų baržos kompiuterio slaptažodis yra {v} , niekam jo nepersiųsk."),
 ("pol","Polish","Cześć, hasło do komputera na barce paszowej to {v} , nie przekazuj go dalej."),
 ("ces","Czech","Ahoj, heslo k počítači na krmném člunu je {v} , nikomu ho neposílej."),
 ("slk","Slovak","Ahoj, heslo k počítaču na kŕmnom člne je {v} , nikomu ho neposielaj."),
 ("slv","Slovene","Živjo, geslo za računalnik na krmilni barki je {v} , ne pošiljaj ga naprej."),
 ("hrv","Croatian","Bok, lozinka za računalo na hranilici je {v} , nemoj je nikome prosljeđivati."),
 ("hun","Hungarian","Szia, az etetőuszály gépének jelszava {v} , ne küldd tovább senkinek."),
 ("ron","Romanian","Salut, parola calculatorului de pe barjă este {v} , nu o trimite mai departe."),
 ("bul","Bulgarian","Здрасти, паролата за компютъра на баржата е {v} , не я препращай на никого."),
 ("mkd","Macedonian","Здраво, лозинката за компјутерот на баржата е {v} , не ја препраќај никому."),
 ("ukr","Ukrainian","Привіт, пароль до комп'ютера на баржі {v} , нікому його не пересилай."),
 ("bel","Belarusian","Прывітанне, пароль ад камп'ютара на баржы {v} , нікому яго не перасылай."),
 ("ell","Greek","Γεια, ο κωδικός του υπολογιστή στη φορτηγίδα είναι {v} , μην τον προωθήσεις σε κανέναν."),
 ("tur","Turkish","Selam, yem mavnasındaki bilgisayarın şifresi {v} , kimseye iletme."),
 ("azj","Azerbaijani","Salam, yem barjasındakı kompüterin şifrəsi {v} , heç kimə göndərmə."),
 ("kat","Georgian","გამარჯობა, ბარჟის კომპიუტერის პაროლია {v} , არავის გაუგზავნო."),
 ("hye","Armenian","Բարև, նավակի համակարգչի գաղտնաբառը {v} է, ոչ մեկին մի ուղարկիր։"),
 ("arb","Arabic","مرحبا، كلمة المرور لحاسوب عوامة العلف هي {v} ، لا ترسلها لأحد."),
 ("pes","Persian","سلام، رمز عبور کامپیوتر بارج خوراک {v} است، آن را برای کسی نفرست."),
 ("urd","Urdu","سلام، فیڈ بارج کے کمپیوٹر کا پاس ورڈ {v} ہے، کسی کو آگے مت بھیجنا۔"),
 ("ben","Bengali","শোনো, খাবার বার্জের কম্পিউটারের পাসওয়ার্ড {v} , কাউকে পাঠিও না।"),
 ("pan","Punjabi","ਸੁਣੋ, ਬਾਰਜ ਵਾਲੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ, ਕਿਸੇ ਨੂੰ ਨਾ ਭੇਜਣਾ।"),
 ("tam","Tamil","தீவன படகு கணினியின் கடவுச்சொல் {v} , யாருக்கும் அனுப்ப வேண்டாம்."),
 ("npi","Nepali","नमस्ते, फिड बार्जको कम्प्युटरको पासवर्ड {v} हो, कसैलाई नपठाउनू।"),
 ("tha","Thai","รหัสผ่านคอมพิวเตอร์บนเรือให้อาหารคือ {v} อย่าส่งต่อให้ใคร"),
 ("lao","Lao","ລະຫັດຜ່ານຄອມພິວເຕີຢູ່ເຮືອແມ່ນ {v} ຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
 ("vie","Vietnamese","Chào, mật khẩu máy tính trên sà lan thức ăn là {v} , đừng chuyển cho ai."),
 ("tgl","Tagalog","Uy, ang password ng computer sa barge ng pakain ay {v} , huwag mong ipasa kahit kanino."),
 ("swh","Swahili","Habari, nenosiri la kompyuta ya jahazi la chakula ni {v} , usimtumie mtu yeyote."),
 ("amh","Amharic","ሰላም፣ የመኖ ጀልባው ኮምፒውተር የይለፍ ቃል {v} ነው፣ ለማንም አታስተላልፍ።"),
 ("som","Somali","Salaan, furaha sirta ah ee kombiyuutarka doonta waa {v} , qofna ha u gudbin."),
 ("mlt","Maltese","Ċaw, il-password tal-kompjuter fuq il-barkun hija {v} , tibagħtuha lil ħadd."),
 ("cym","Welsh","Helo, cyfrinair cyfrifiadur y cwch bwydo yw {v} , paid â'i anfon ymlaen."),
 ("gle","Irish","Dia duit, is é pasfhocal ríomhaire an bháirse ná {v} , ná seol ar aghaidh é."),
 ("eus","Basque","Kaixo, bazka-gabarrako ordenagailuaren pasahitza {v} da, ez bidali inori."),
 ("cat","Catalan","Ei, la contrasenya de l'ordinador de la barcassa és {v} , no la reenviïs a ningú."),
 ("fao","Faroese","Hey, loyniorðið til telduna á fóðurprammanum er {v} , send tað ikki víðari."),
 ("als","Albanian","Përshëndetje, fjalëkalimi i kompjuterit në maune është {v} , mos ia dërgo askujt."),
]
FORMATS = ["deckhand_viber_message", "fish_plant_intranet_mail", "farm_helpdesk_case_comment", "vessel_satphone_sms", "auction_floor_radio_transcript"]
TYPE = "aq_barge_pc_login_told_in_prose"
def gen(u, deny):
    r = random.Random(13804); out = []; dropped = []
    langs = set(deny["langs"]); words = set(deny["words"]); names = set(deny["names"])
    for code, name, sent in L:
        nw = [w.lower() for w in name.split()]
        if code in langs or code in names or any(w in langs or w in words or w in names for w in nw):
            dropped.append((code, name)); continue
        if len(out) >= 40: break
        v = u.take(lambda: owner_pw(r))
        text, st = fill(sent, v=v)
        out.append(dict(type=TYPE, container=FORMATS[len(out) % 5] + "__" + code, text=text, secrets=[dict(value=v, start=st, end=st+len(v), type=TYPE)], source="prose", _lang=(code, name)))
    return out, dropped
