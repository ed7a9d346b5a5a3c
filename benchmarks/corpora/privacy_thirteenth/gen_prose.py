"""Prose / chat in languages and scripts absent from p11/p12 (seed 13003).
Container kind: <container>__<lang>.  W = Wi-Fi password, L = server login, K = vendor token."""
import random

from gen_common import fill, human_pw, render, spec

SEED = 13003
LANG = [
    ("or", "W", "ଘର ୱାଇଫାଇ ପାସୱାର୍ଡ ହେଉଛି §S, କାହାକୁ କୁହନାହିଁ।"),
    ("as", "W", "ঘৰৰ ৱাই-ফাইৰ পাছৱৰ্ড হৈছে §S, কাকো নক'বা।"),
    ("sd", "W", "گهر جي وائي فائي جو پاسورڊ آهي: §S"),
    ("ps", "W", "د کور د وای فای پاسورډ دا دی: §S"),
    ("ckb", "W", "وشەی نهێنیی وایفایی ماڵەوە ئەمەیە: §S"),
    ("kmr", "W", "Şîfreya WiFi ya malê ev e: §S, ji kesî re nebêje."),
    ("tg", "W", "Пароли Wi-Fi-и хона: §S. Ба касе нагӯед."),
    ("tg", "K", "Калиди API барои §N: §S — фақат барои сервери тестӣ."),
    ("tt", "W", "Өйдәге Wi-Fi серсүзе: §S, беркемгә дә әйтмә."),
    ("ba", "W", "Өйҙәге Wi-Fi серһүҙе: §S"),
    ("be", "W", "Пароль ад хатняга Wi-Fi: §S, нікому не кажы."),
    ("be", "L", "Сервер §H, лагін §U, пароль §S"),
    ("bs", "W", "Šifra za WiFi u stanu je §S, nemoj je nikome davati."),
    ("bs", "L", "Server §H, korisnik §U, lozinka: §S"),
    ("fo", "W", "Loyniorðið til WiFi heima er §S"),
    ("fy", "W", "It wifi-wachtwurd fan thús is §S, net fierder jaan."),
    ("oc", "W", "Lo senhal del WiFi de l'ostal es §S"),
    ("br", "W", "Ger-tremen ar WiFi er gêr eo §S"),
    ("gd", "W", "Seo am facal-faire airson an WiFi aig an taigh: §S"),
    ("rm", "W", "Il pled-clav dal WiFi a chasa è §S"),
    ("la", "W", "Tessera retis WiFi domestici est §S; noli eam cuiquam dare."),
    ("qu", "W", "Wasiypa WiFi pakasqa siminqa kaymi: §S"),
    ("gn", "W", "Óga WiFi ñe'ẽñemi ha'e §S"),
    ("ht", "W", "Modpas WiFi lakay la se §S, pa bay pèsonn li."),
    ("ht", "L", "Sèvè §H, itilizatè §U, modpas §S"),
    ("mi", "W", "Ko te kupuhipa WiFi o te whare ko §S"),
    ("sm", "W", "O le upu faalilolilo o le WiFi i le fale o §S"),
    ("mg", "W", "Ny tenimiafina WiFi ao an-trano dia §S"),
    ("rw", "W", "Ijambo ry'ibanga rya WiFi yo mu rugo ni §S"),
    ("so", "W", "Furaha sirta ah ee WiFi-ga guriga waa §S, cidna ha siin."),
    ("so", "L", "Server-ka §H, isticmaale §U, furaha sirta: §S"),
    ("ti", "W", "ናይ ገዛ WiFi መሕለፊ ቃል §S እዩ።"),
    ("ig", "W", "Okwuntughe WiFi nke ụlọ bụ §S"),
    ("wo", "W", "Baatu jàll bu WiFi bu kër gi mooy §S"),
    ("xh", "W", "Igama lokugqitha le-WiFi yasekhaya ngu §S"),
    ("su", "W", "Kecap konci WiFi di imah nyaéta §S"),
    ("jv", "W", "Sandhi WiFi ing omah yaiku §S, aja dikandhakake sapa-sapa."),
    ("jv", "K", "Iki token API §N kanggo server staging: §S"),
    ("ceb", "W", "Ang password sa WiFi sa balay kay §S, ayaw ipasa."),
    ("ceb", "L", "Ang server kay §H, user §U, password §S"),
    ("ug", "W", "ئۆيدىكى WiFi نىڭ پارولى: §S"),
    ("yi", "W", "דער WiFi פּאַראָל אין דער היים איז §S"),
    ("dv", "W", "ގޭގެ ވައިފައި ޕާސްވޯޑަކީ §S"),
    ("bo", "W", "ཁྱིམ་གྱི་WiFi ཡི་གསང་ཨང་ནི་ §S རེད།"),
    ("tk", "W", "Öýdäki WiFi paroly: §S, hiç kime aýtma."),
    ("tk", "L", "Serwer §H, ulanyjy §U, parol §S"),
    ("ru_latn", "W", "parol ot wifi doma: §S, nikomu ne govori"),
    ("ru_latn", "L", "server §H, login §U, parol §S"),
    ("ja_latn", "W", "uchi no wifi no pasuwaado wa §S da yo"),
    ("zh_latn", "W", "jia li de wifi mima shi §S, bie gaosu bieren"),
    ("ko_latn", "W", "jib wifi bimilbeonho §S ya"),
    ("el_latn", "W", "o kwdikos gia to wifi tou spitiou einai §S"),
    ("fa_latn", "W", "ramze wifi khune ine: §S"),
    ("fa_latn", "K", "in token-e §N baraye server-e test: §S"),
    ("ta_latn", "W", "veetu wifi password §S da, yarukkum sollatha"),
    ("ur_latn", "W", "ghar ka wifi password §S hai yaar"),
    ("bn_latn", "W", "barir wifi er password holo §S, kauke dish na"),
]
CONTAINERS = [
    ("threema_chat_export_txt", "[12/03/2025, 21:14] Me: §M\n[12/03/2025, 21:15] Noor: 👍\n"),
    ("line_chat_history_txt", "2025.03.12 Wednesday\n21:14\tAyaan\t§M\n21:16\tKei\tok!\n"),
    ("kakaotalk_chat_export_csv", 'Date,User,Message\n2025-03-12 21:14:02,"Jae","§M"\n'),
    ("viber_backup_csv", "Date,Time,Sender,Text\n12/03/2025,21:14,+99 555 0101,§M\n"),
    ("pidgin_html_log", '<html><body><h3>Conversation with lena@xmpp.example at 2025-03-12 21:14</h3>\n<font color="#16569E"><font size="2">(21:14:07)</font> <b>me:</b></font> §M<br/>\n</body></html>\n'),
    ("briar_forum_export_txt", "Forum: Familienrunde\n---\nAuthor: sibling-2\nDate: 2025-03-12\n\n§M\n"),
    ("mastodon_dm_status_json", '{"id":"113021","visibility":"direct","content":"<p><span class=\\"h-card\\">@tavi</span> §M</p>"}\n'),
    ("twitch_chat_irc_log", "[2025-03-12 21:14:05] #chillstream <modbot_helper> @tavi (whisper gone wrong) §M\n"),
    ("simplex_chat_export_json", '{"chatItems":[{"chatDir":"directSnd","content":{"text":"§M"},"itemTs":"2025-03-12T21:14:00Z"}]}\n'),
    ("qtox_history_export_txt", "[21:14:09] me: §M\n[21:14:40] friend: спс / thanks\n"),
    ("jami_conversation_json", '{"messages":[{"author":"a3f1...","body":"§M","type":"text/plain","timestamp":"1741814040"}]}\n'),
    ("deltachat_eml_message", "From: me@chat.example\nChat-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n§M\n"),
]
HOSTS = ["10.20.3.14", "srv-ops-02.lan", "192.168.50.9", "vps3.example.net", "build.box.internal"]
USERS = ["admin", "deploy", "ubuntu", "root", "ops"]
TOKENS = [("tailscale_auth_key", "Tailscale", "tskey-auth-{a17}-{a33}"),
          ("groq_api_key", "Groq", "gsk_{a52}"), ("linear_api_key", "Linear", "lin_api_{a40}")]


def records():
    rng = random.Random(SEED)
    out, ki = [], 0
    for n, (lang, kind, msg) in enumerate(LANG):
        cname, ctpl = CONTAINERS[n % len(CONTAINERS)]
        if kind == "W":
            val, typ = human_pw(rng), "wifi_psk"
        elif kind == "L":
            val, typ = human_pw(rng), "ssh_password"
        else:
            typ, label, shp = TOKENS[ki % len(TOKENS)]
            ki += 1
            val = spec(rng, shp)
            msg = msg.replace("§N", label)
        m = fill(msg, H=rng.choice(HOSTS), U=rng.choice(USERS))
        text, spans = render(ctpl.replace("§M", m), [(val, typ)])
        out.append({"type": typ, "container": "%s__%s" % (cname, lang), "text": text, "secrets": spans,
                    "source": "gen_prose"})
    return out


LANGS = sorted({l for l, _, _ in LANG})
