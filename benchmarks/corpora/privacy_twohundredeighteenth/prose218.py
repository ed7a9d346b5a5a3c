"""Prose source: one sentence in each of 40 languages; someone tells a colleague the training-hall office PC password."""
import random

from common218 import MARK as M, owner_password, positive

SEED = 21804
TYPE = "training_hall_office_pc_password_in_message"
FORMATS = ["agility_club_chat_line", "trainer_sms", "hydro_clinic_email_sentence", "kennel_voicemail_transcript"]

# (iso 639-3, English name, script, sentence with {V})
LANGS = [
    ("deu", "German", "Latin", "Das Passwort f\u00fcr den B\u00fcro-PC in der Trainingshalle ist {V} \u2013 bitte nicht weiterleiten."),
    ("ita", "Italian", "Latin", "La password del PC dell'ufficio della sala di addestramento \u00e8 {V} \u2013 per favore non inoltrarla."),
    ("por", "Portuguese", "Latin", "A senha do computador do escrit\u00f3rio do pavilh\u00e3o de treino \u00e9 {V} \u2013 por favor, n\u00e3o a reencaminhes."),
    ("nob", "Norwegian Bokm\u00e5l", "Latin", "Passordet til kontor-PC-en i treningshallen er {V} \u2013 ikke send det videre."),
    ("isl", "Icelandic", "Latin", "Lykilor\u00f0i\u00f0 a\u00f0 skrifstofut\u00f6lvunni \u00ed \u00e6fingasalnum er {V} \u2013 vinsamlegast ekki \u00e1framsenda \u00fea\u00f0."),
    ("glg", "Galician", "Latin", "O contrasinal do ordenador da oficina do pavill\u00f3n de adestramento \u00e9 {V} \u2013 por favor, non o reenv\u00edes."),
    ("srp", "Serbian", "Cyrillic", "\u041b\u043e\u0437\u0438\u043d\u043a\u0430 \u0437\u0430 \u043a\u0430\u043d\u0446\u0435\u043b\u0430\u0440\u0438\u0458\u0441\u043a\u0438 \u0440\u0430\u0447\u0443\u043d\u0430\u0440 \u0443 \u0441\u0430\u043b\u0438 \u0437\u0430 \u043e\u0431\u0443\u043a\u0443 \u0458\u0435 {V} \u2013 \u043c\u043e\u043b\u0438\u043c \u0442\u0435, \u043d\u0435 \u043f\u0440\u043e\u0441\u043b\u0435\u0452\u0443\u0458 \u0458\u0435."),
    ("bos", "Bosnian", "Latin", "\u0160ifra za kancelarijski ra\u010dunar u sali za obuku je {V} \u2013 molim te, nemoj je proslijediti."),
    ("rus", "Russian", "Cyrillic", "\u041f\u0430\u0440\u043e\u043b\u044c \u043e\u0442 \u043e\u0444\u0438\u0441\u043d\u043e\u0433\u043e \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0430 \u0432 \u0437\u0430\u043b\u0435 \u0434\u043b\u044f \u0434\u0440\u0435\u0441\u0441\u0438\u0440\u043e\u0432\u043a\u0438: {V} \u2014 \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430, \u043d\u0438\u043a\u043e\u043c\u0443 \u0435\u0433\u043e \u043d\u0435 \u043f\u0435\u0440\u0435\u0441\u044b\u043b\u0430\u0439."),
    ("kaz", "Kazakh", "Cyrillic", "\u0416\u0430\u0442\u0442\u044b\u0493\u0443 \u0437\u0430\u043b\u044b\u043d\u0434\u0430\u0493\u044b \u043a\u0435\u04a3\u0441\u0435 \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0456\u043d\u0456\u04a3 \u049b\u04b1\u043f\u0438\u044f \u0441\u04e9\u0437\u0456 {V} \u2013 \u0435\u0448\u043a\u0456\u043c\u0433\u0435 \u0436\u0456\u0431\u0435\u0440\u043c\u0435, \u04e9\u0442\u0456\u043d\u0435\u043c\u0456\u043d."),
    ("uzb", "Uzbek", "Latin", "Mashg\u2018ulot zalidagi ofis kompyuterining paroli {V} \u2013 iltimos, uni hech kimga yuborma."),
    ("heb", "Hebrew", "Hebrew", "\u05d4\u05e1\u05d9\u05e1\u05de\u05d4 \u05e9\u05dc \u05de\u05d7\u05e9\u05d1 \u05d4\u05de\u05e9\u05e8\u05d3 \u05d1\u05d0\u05d5\u05dc\u05dd \u05d4\u05d0\u05d9\u05de\u05d5\u05e0\u05d9\u05dd \u05d4\u05d9\u05d0 {V} \u2013 \u05d1\u05d1\u05e7\u05e9\u05d4 \u05d0\u05dc \u05ea\u05e2\u05d1\u05d9\u05e8 \u05d0\u05d5\u05ea\u05d4 \u05d4\u05dc\u05d0\u05d4."),
    ("arb", "Standard Arabic", "Arabic", "\u0643\u0644\u0645\u0629 \u0627\u0644\u0645\u0631\u0648\u0631 \u0644\u062d\u0627\u0633\u0648\u0628 \u0627\u0644\u0645\u0643\u062a\u0628 \u0641\u064a \u0642\u0627\u0639\u0629 \u0627\u0644\u062a\u062f\u0631\u064a\u0628 \u0647\u064a {V} \u2013 \u0645\u0646 \u0641\u0636\u0644\u0643 \u0644\u0627 \u062a\u064f\u0639\u062f \u0625\u0631\u0633\u0627\u0644\u0647\u0627 \u0644\u0623\u062d\u062f."),
    ("hin", "Hindi", "Devanagari", "\u091f\u094d\u0930\u0947\u0928\u093f\u0902\u0917 \u0939\u0949\u0932 \u0915\u0947 \u0911\u092b\u093c\u093f\u0938 \u0915\u0902\u092a\u094d\u092f\u0942\u091f\u0930 \u0915\u093e \u092a\u093e\u0938\u0935\u0930\u094d\u0921 {V} \u0939\u0948 \u2013 \u0915\u0943\u092a\u092f\u093e \u0907\u0938\u0947 \u0915\u093f\u0938\u0940 \u0915\u094b \u092b\u093c\u0949\u0930\u0935\u0930\u094d\u0921 \u092e\u0924 \u0915\u0930\u0928\u093e\u0964"),
    ("ben", "Bengali", "Bengali", "\u099f\u09cd\u09b0\u09c7\u09a8\u09bf\u0982 \u09b9\u09b2\u09c7\u09b0 \u0985\u09ab\u09bf\u09b8 \u0995\u09ae\u09cd\u09aa\u09bf\u0989\u099f\u09be\u09b0\u09c7\u09b0 \u09aa\u09be\u09b8\u0993\u09af\u09bc\u09be\u09b0\u09cd\u09a1 {V} \u2013 \u09a6\u09af\u09bc\u09be \u0995\u09b0\u09c7 \u098f\u099f\u09be \u0995\u09be\u0989\u0995\u09c7 \u09ab\u09b0\u09cb\u09af\u09bc\u09be\u09b0\u09cd\u09a1 \u0995\u09cb\u09b0\u09cb \u09a8\u09be\u0964"),
    ("mar", "Marathi", "Devanagari", "\u091f\u094d\u0930\u0947\u0928\u093f\u0902\u0917 \u0939\u0949\u0932\u092e\u0927\u0940\u0932 \u0911\u092b\u093f\u0938 \u0938\u0902\u0917\u0923\u0915\u093e\u091a\u093e \u092a\u093e\u0938\u0935\u0930\u094d\u0921 {V} \u0906\u0939\u0947 \u2013 \u0915\u0943\u092a\u092f\u093e \u0924\u094b \u0915\u094b\u0923\u093e\u0932\u093e\u0939\u0940 \u092a\u093e\u0920\u0935\u0942 \u0928\u0915\u094b\u0938."),
    ("guj", "Gujarati", "Gujarati", "\u0a9f\u0acd\u0ab0\u0ac7\u0aa8\u0abf\u0a82\u0a97 \u0ab9\u0ac9\u0ab2\u0aa8\u0abe \u0a91\u0aab\u0abf\u0ab8 \u0a95\u0aae\u0acd\u0aaa\u0acd\u0aaf\u0ac1\u0a9f\u0ab0\u0aa8\u0acb \u0aaa\u0abe\u0ab8\u0ab5\u0ab0\u0acd\u0aa1 {V} \u0a9b\u0ac7 \u2013 \u0a95\u0ac3\u0aaa\u0abe \u0a95\u0ab0\u0ac0\u0aa8\u0ac7 \u0a95\u0acb\u0a88\u0aa8\u0ac7 \u0aab\u0acb\u0ab0\u0ab5\u0ab0\u0acd\u0aa1 \u0aa8 \u0a95\u0ab0\u0aa4\u0abe."),
    ("kan", "Kannada", "Kannada", "\u0ca4\u0cb0\u0cac\u0cc7\u0ca4\u0cbf \u0cb9\u0cbe\u0cb2\u0ccd\u200c\u0ca8 \u0c86\u0cab\u0cc0\u0cb8\u0ccd \u0c95\u0c82\u0caa\u0ccd\u0caf\u0cc2\u0c9f\u0cb0\u0ccd\u200c\u0ca8 \u0caa\u0cbe\u0cb8\u0ccd\u200c\u0cb5\u0cb0\u0ccd\u0ca1\u0ccd {V} \u2013 \u0ca6\u0caf\u0cb5\u0cbf\u0c9f\u0ccd\u0c9f\u0cc1 \u0c87\u0ca6\u0ca8\u0ccd\u0ca8\u0cc1 \u0caf\u0cbe\u0cb0\u0cbf\u0c97\u0cc2 \u0cab\u0cbe\u0cb0\u0ccd\u0cb5\u0cb0\u0ccd\u0ca1\u0ccd \u0cae\u0cbe\u0ca1\u0cac\u0cc7\u0ca1."),
    ("mal", "Malayalam", "Malayalam", "\u0d2a\u0d30\u0d3f\u0d36\u0d40\u0d32\u0d28 \u0d39\u0d3e\u0d33\u0d3f\u0d32\u0d46 \u0d13\u0d2b\u0d40\u0d38\u0d4d \u0d15\u0d2e\u0d4d\u0d2a\u0d4d\u0d2f\u0d42\u0d1f\u0d4d\u0d1f\u0d31\u0d3f\u0d28\u0d4d\u0d31\u0d46 \u0d2a\u0d3e\u0d38\u0d4d\u200c\u0d35\u0d47\u0d21\u0d4d {V} \u0d06\u0d23\u0d4d \u2013 \u0d26\u0d2f\u0d35\u0d3e\u0d2f\u0d3f \u0d07\u0d24\u0d4d \u0d06\u0d7c\u0d15\u0d4d\u0d15\u0d41\u0d02 \u0d2b\u0d4b\u0d7c\u0d35\u0d47\u0d21\u0d4d \u0d1a\u0d46\u0d2f\u0d4d\u0d2f\u0d30\u0d41\u0d24\u0d4d."),
    ("sin", "Sinhala", "Sinhala", "\u0db4\u0dd4\u0dc4\u0dd4\u0dab\u0dd4 \u0dc1\u0dcf\u0dbd\u0dcf\u0dc0\u0dda \u0d9a\u0dcf\u0dbb\u0dca\u0dba\u0dcf\u0dbd \u0db4\u0dbb\u0dd2\u0d9c\u0dab\u0d9a\u0dba\u0dda \u0db8\u0dd4\u0dbb\u0db4\u0daf\u0dba {V} \u2013 \u0d9a\u0dbb\u0dd4\u0dab\u0dcf\u0d9a\u0dbb \u0d91\u0dba \u0d9a\u0dcf\u0da7\u0dc0\u0dad\u0dca \u0dba\u0dc0\u0db1\u0dca\u0db1 \u0d91\u0db4\u0dcf."),
    ("khm", "Khmer", "Khmer", "\u1796\u17b6\u1780\u17d2\u1799\u179f\u1798\u17d2\u1784\u17b6\u178f\u17cb\u1780\u17bb\u17c6\u1796\u17d2\u1799\u17bc\u1791\u17d0\u179a\u1780\u17b6\u179a\u17b7\u1799\u17b6\u179b\u17d0\u1799\u1793\u17c5\u179f\u17b6\u179b\u17a0\u17d2\u179c\u17b9\u1780\u17a0\u17b6\u178f\u17cb\u1782\u17ba {V} \u179f\u17bc\u1798\u1780\u17bb\u17c6\u1794\u1789\u17d2\u1787\u17bc\u1793\u1794\u1793\u17d2\u178f\u17d4"),
    ("lao", "Lao", "Lao", "\u0ea5\u0eb0\u0eab\u0eb1\u0e94\u0e9c\u0ec8\u0eb2\u0e99\u0e84\u0ead\u0ea1\u0e9e\u0eb4\u0ea7\u0ec0\u0e95\u0eb5\u0eab\u0ec9\u0ead\u0e87\u0e81\u0eb2\u0e99\u0ec3\u0e99\u0eab\u0ec9\u0ead\u0e87\u0e9d\u0eb6\u0e81\u0ec1\u0ea1\u0ec8\u0e99 {V} \u0e81\u0eb0\u0ea5\u0eb8\u0e99\u0eb2\u0ea2\u0ec8\u0eb2\u0eaa\u0ebb\u0ec8\u0e87\u0e95\u0ecd\u0ec8."),
    ("mya", "Burmese", "Myanmar", "\u101c\u1031\u1037\u1000\u103b\u1004\u1037\u103a\u101b\u1031\u1038\u1001\u1014\u103a\u1038\u1019 \u101b\u102f\u1036\u1038\u1001\u1014\u103a\u1038\u1000\u103d\u1014\u103a\u1015\u103b\u1030\u1010\u102c\u101b\u1032\u1037 \u1005\u1000\u102c\u1038\u101d\u103e\u1000\u103a\u1000 {V} \u1015\u102b\u104a \u1018\u101a\u103a\u101e\u1030\u1037\u1000\u102d\u102f\u1019\u103e \u1011\u1015\u103a\u1019\u1015\u102d\u102f\u1037\u1015\u102b\u1014\u1032\u1037\u104b"),
    ("jpn", "Japanese", "Japanese", "\u8a13\u7df4\u30db\u30fc\u30eb\u306e\u4e8b\u52d9\u6240PC\u306e\u30d1\u30b9\u30ef\u30fc\u30c9\u306f {V} \u3067\u3059\u3002\u307b\u304b\u306e\u4eba\u306b\u306f\u8ee2\u9001\u3057\u306a\u3044\u3067\u304f\u3060\u3055\u3044\u3002"),
    ("kor", "Korean", "Hangul", "\ud6c8\ub828\uc7a5 \uc0ac\ubb34\uc2e4 PC \ube44\ubc00\ubc88\ud638\ub294 {V} \uc785\ub2c8\ub2e4. \ub2e4\ub978 \uc0ac\ub78c\uc5d0\uac8c \uc804\ub2ec\ud558\uc9c0 \ub9c8\uc138\uc694."),
    ("cmn", "Mandarin Chinese", "Han (simplified)", "\u8bad\u7ec3\u9986\u529e\u516c\u5ba4\u7535\u8111\u7684\u5bc6\u7801\u662f {V} \uff0c\u8bf7\u4e0d\u8981\u8f6c\u53d1\u7ed9\u522b\u4eba\u3002"),
    ("zsm", "Standard Malay", "Latin", "Kata laluan PC pejabat di dewan latihan ialah {V} \u2013 tolong jangan majukan kepada sesiapa."),
    ("tgl", "Tagalog", "Latin", "Ang password ng office PC sa training hall ay {V} \u2013 pakiusap, huwag mo itong ipasa kahit kanino."),
    ("jav", "Javanese", "Latin", "Tembung sandhi PC kantor ing bale latihan yaiku {V} \u2013 tulung aja diterusake menyang sapa-sapa."),
    ("hau", "Hausa", "Latin", "Kalmar sirri ta kwamfutar ofis a dakin horo ita ce {V} \u2013 don Allah kar ka tura wa kowa."),
    ("yor", "Yoruba", "Latin", "\u1ecc\u0300r\u1ecd\u0300 a\u1e63\u00edn\u00e0 k\u1ecd\u0300\u01f9p\u00fat\u00e0 \u1ecd\u0301f\u00ed\u00ecs\u00ec n\u00ed gb\u1ecd\u0300ng\u00e0n \u00ecd\u00e1nil\u1eb9\u0301k\u1ecd\u0300\u1ecd\u0301 ni {V} \u2013 j\u1ecd\u0300w\u1ecd\u0301 m\u00e1 \u1e63e fi r\u00e1n\u1e63\u1eb9\u0301 s\u00ed \u1eb9nik\u1eb9\u0301ni."),
    ("zul", "Zulu", "Latin", "Iphasiwedi yekhompyutha yasehhovisi ehholo lokuqeqesha ithi {V} \u2013 ngicela ungayidluliseli komunye umuntu."),
    ("xho", "Xhosa", "Latin", "Igama lokugqitha lekhompyutha yeofisi kwiholo yoqeqesho ngu {V} \u2013 nceda ungalithumeli komnye umntu."),
    ("kin", "Kinyarwanda", "Latin", "Ijambo ry'ibanga rya mudasobwa y'ibiro mu nzu y'imyitozo ni {V} \u2013 ndakwinginze ntuzarihereze undi muntu."),
    ("gaz", "West Central Oromo", "Latin", "Jechi iccitii kompiitara waajjiraa galma leenjii keessaa {V} dha \u2013 maaloo nama biraatti hin ergin."),
    ("tir", "Tigrinya", "Ethiopic", "\u1293\u12ed \u1264\u1275 \u133d\u1215\u1348\u1275 \u12ae\u121d\u1352\u1270\u122d \u12a3\u1265 \u12a3\u12f3\u122b\u123d \u120d\u121d\u121d\u12f5 \u1218\u1215\u1208\u134a \u1243\u120d {V} \u12a5\u12e9 \u2013 \u1260\u1303\u12bb \u1295\u121b\u1295\u121d \u12a3\u12ed\u1270\u1215\u120d\u134e\u12ee\u1362"),
    ("plt", "Plateau Malagasy", "Latin", "Ny tenimiafina amin'ny solosain'ny birao ao amin'ny efitrano fanazaran-tena dia {V} \u2013 aza alefa amin'olona azafady."),
    ("mri", "M\u0101ori", "Latin", "Ko te kupuhipa o te rorohiko o te tari i te whare whakangungu ko {V} \u2013 kaua e tukuna ki t\u0113tahi atu."),
    ("epo", "Esperanto", "Latin", "La pasvorto de la oficeja komputilo en la trejnejo estas {V} \u2013 bonvolu ne plusendi \u011din."),
    ("ltz", "Luxembourgish", "Latin", "D'Passwuert vum B\u00fcro-PC an der Trainingshal ass {V} \u2013 sch\u00e9ck et w.e.g. net weider."),
]
SPARES = [("fao", "Faroese"), ("bre", "Breton")]


def wrap(fmt, sentence, rng):
    if fmt == "agility_club_chat_line":
        return f"[{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}] Kate W: {sentence}\n"
    if fmt == "trainer_sms":
        return f"SMS from +44 7700 900{rng.randint(100, 999)}: {sentence}\n"
    if fmt == "hydro_clinic_email_sentence":
        return f"Subject: hall PC\n\n{sentence}\n\nAna\n"
    if fmt == "kennel_voicemail_transcript":
        return f"Voicemail transcript (0:{rng.randint(12, 48)}): {sentence}\n"
    raise KeyError(fmt)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (code, name, script, sent) in enumerate(LANGS):
        value = reg.draw(lambda: owner_password(rng, strict=True))
        fmt = FORMATS[i % 4]
        tpl = wrap(fmt, sent.replace("{V}", M), rng)
        recs.append(positive(TYPE, fmt + "__" + code, tpl, value, "prose"))
    return recs
