"""Secrets found with no name beside them, last in the catalog (any named syntax wins, and names a
span these found too):

- a password by its shape alone, in any language: as a password policy makes people write it (upper
  and lower case letters, a digit and a symbol: ``Zephyr%Cactus63``), or a passphrase as a generator
  makes it (``papaya-INDIGO-garnet183``), standing as a word of its own. The words around it
  ("wifi-salasana", "ਪਾਸਵਰਡ", "kalmar sirri") can be in any of the world's languages; the shape is the
  same in all of them, and ordinary text (prose, code, logs, paths, addresses, URLs) does not make it;
- a random value right after the bare word "key", "token" or "secret" ("failed with key '…'");
- a random literal a server-side SDK's client constructor takes by position, and the password a call
  that authenticates or connects takes after its user.
"""
from __future__ import annotations

from .patterns import JIRA_BLOCK, KEY_TAIL, MARKDOWN_FENCE, NL, NOT_KEY_WORDS, NOT_SECRET_KEYS, PROSE_PASSWORD_WORDS, PW_KEYWORDS, PW_WORDS, SECRET_WORDS, Detector
from .shapes import DJANGO_KEY
from .syntaxes import PROSE_KEY_DENY

_SYMBOLS = "!@#$%^&*?=~+"
_LATIN = r"[\w.\-!@#$%*+]"     # a password's character among the words of another script
_TOKEN = r"A-Za-z0-9_\-"
_BEFORE = r"""(?:(?m:^)|[\s"'`(>:,“«「])"""
_AFTER = r"""(?:(?m:$)|[\s"'`),;<”»」]|\.(?:\s|(?m:$)))"""
# a word of its own: after a space, a quote, a parenthesis or a colon; before a space, a quote, a
# closing parenthesis, a comma or a sentence's stop (not in [brackets]: a regex's class)
PASSWORD_SHAPE = rf"{_BEFORE}([A-Za-z0-9][{_TOKEN}]*[{_SYMBOLS}][{_TOKEN}{_SYMBOLS}]*){_AFTER}"
# words joined by hyphens, one in capitals, a number at the end: papaya-INDIGO-garnet183
PASSPHRASE_SHAPE = (rf"{_BEFORE}([a-z]{{3,10}}(?:-[a-z]{{3,10}})*-[A-Z]{{3,10}}(?:-[A-Za-z]{{3,10}})*-[a-z]{{3,10}}[0-9]{{2,4}})"
                    rf"{_AFTER}")

# a network's password in a message, in any language: a word that names the network (Wi-Fi, WLAN, a
# hotspot, a router), then on the same line, within the message (no double quote: JSON's end), the
# first word with a digit in it, shaped as people make passwords — not a name right after the word
# ("wifi Vodafone-4F2A": the network's), nor one after a word that names the network
_NETWORK = r"(?:\b[a-z]{1,3}(?i:wi-?fi)|(?i:\bwi-?fi|\bwlan|\bw-lan|\bhotspot|\brouter|вай-?фа[йяюеі]))"   # (вайфай: Cyrillic's Wi-Fi)   # (Shona's "yeWiFi": a class prefix)
_MADE = r"[A-Za-z0-9._\-%+~!@#$^&*]"          # what a made password is written with
_MADE_END = r"(?:(?m:$)|[\s\"'`),;<”»」!?।،]|\.(?:\s|(?m:$)|<|\\?\")|\{(?:noformat|code)\})"   # (a danda; a stop before a tag or a quote; Jira's)
# a fence the value stands in, on its own line (Markdown's ```, Jira's {noformat} or {code} before it)
_FENCE = rf"(?:{MARKDOWN_FENCE}[ \t]*\r?\n|{JIRA_BLOCK})"
NETWORK_PASSWORD = (rf"{_NETWORK}(?:[ \t]+[^\s\"0-9]*[0-9][^\s\"]*)?(?:[ \t]*[:：]|[^\r\n\"0-9]*?[^\s\"0-9])"
                    rf"[^\r\n\"0-9]{{0,120}}?[\s:：'(«“]({_MADE}*[0-9]{_MADE}*){_MADE_END}")
NETWORK_NAMES = ("network", "netzwerk", "netwerk", "ssid", "réseau", "reseau", "named", "called", "connect", "name ")
# ... and the same after a word for "password" in a message, in the languages we know the word of
# ("ang password sa POS kay topaz-harbor-fern57"): the first such word after it on its line, not
# one a user or login word stands before
# (not "credentials": code names them everywhere)
_COPULAS = ("است", "аст", " da", "है", "ነው", "ናት", "ہے", "आहे", "છે", "ਹੈ", "ଅଟେ", "ଅଛି", "ആണ്", "ஆகும்", "වේ")
_COPULA = "(?:" + "|".join(c.strip() for c in _COPULAS) + ")"
_PASSWORD_WORD = rf"(?i:\b(?:password|passcode|passwd)\b|{PROSE_PASSWORD_WORDS})"
# (a server's address may stand between, "the password of 10.0.4.2 is …": the value has a letter)
_IPV4 = r"\b[0-9]{1,3}(?:\.[0-9]{1,3}){3}\b"
# ... or a site's or a ticket's code in capitals ("the console password at POP-FRA1 is …")
_SITE = r"\b[A-Z][A-Z_\-]*[0-9][A-Z0-9_\-]*\b"
# ... or a small number of its own ("the laptop in van 3 is …", "motar 3 ita ce …")
_COUNT = r"[ \t][0-9]{1,3}[ \t]+[^\s\-0-9]"      # (not a flag's: "-k 3 -e aes256-cts-hmac-sha1-96")
PASSWORD_WORD_PASSWORD = (rf"(?:(?i:demo)[ \t]+)?{_PASSWORD_WORD}(?:[^\r\n\"0-9=<>{{}}\[\]]|{_IPV4}|{_SITE}|{_COUNT}){{0,80}}?[\s:：'(«“]{_FENCE}?"
                          rf"({_MADE}*(?:[a-z]{_MADE}*[0-9]|[0-9]{_MADE}*[a-z]){_MADE}*|"
                          rf"[A-Za-z]*[a-z][A-Z][A-Za-z]*[A-Z][a-z][A-Za-z]*){_MADE_END}")   # or letters in both cases
# words between that make the value something else: a user's name or id, a hash (a demo's: published); with a network's
# word between, the network rule reads the line (it knows the name after it)
NOT_AFTER_PASSWORD = ("demo ", "user", "login", "benutzer", "usuario", "utilisateur", "account", "konto", "name", " id ", "hash",
                      "wifi", "wi-fi", "wlan", "w-lan", "hotspot", "router", "generic-password", "internet-password")   # (a keychain item's name)

# a secret's name, then on the same line, in whatever syntax a language or tool has, a quoted value:
# Forth's ``: api_token s" …" ;``, APDL's ``*SET,CDSAPI_KEY,'…'``, ``define: { __TOKEN__: JSON.stringify('…') }``
# (a name of its own, not the end of another word; no dots or inner '=' in the value: no versions, no kwargs)
_NAMED = rf"(?i:[\w.\-/]*?(?:{SECRET_WORDS}|{PW_WORDS}){KEY_TAIL}_*)\b"

# what a server-side SDK calls the object that holds its key; an id may come first. (Not an
# ``init``/``initialize`` call: browser SDKs take their public key so — mixpanel, Amplitude,
# LaunchDarkly's client-side id, Statsig's client- key.)
CLIENT_CALLS = ("client(", "api(", "sdk(", "logger(")
CLIENT_ARGUMENT = (r"(?:\bnew[ \t]+)?\b[\w.:\\]*(?:Client|API|Api|SDK|Sdk|Logger|_logger)\([ \t]*"
                   r"(?:[\"'][^\"'\r\n]{1,64}[\"'][ \t]*,[ \t]*)?[\"']([A-Za-z0-9_\-+/=]{20,100})[\"']")

# a question whether what follows is secret, not one for a secret ("is anything secret in it?")
_ASKS_IF_SECRET = ("anything secret", "something secret", "is this secret", "is that secret", "is it secret")

UNNAMED: tuple[Detector, ...] = (
    Detector("password_shaped_word", "assignment", PASSWORD_SHAPE, tuple(_SYMBOLS), "password_shape",
             "passwords", "password", True, trim=".,:;"),
    Detector("passphrase_shaped_word", "assignment", PASSPHRASE_SHAPE, ("-",), "passphrase_shape",
             "passwords", "password", True, trim=".,:;"),
    Detector("network_password_in_a_message", "assignment", NETWORK_PASSWORD,
             ("wifi", "wi-fi", "wlan", "w-lan", "hotspot", "router", "вайфа", "вай-фа"), "made_password_shape", "passwords", "password",
             True, trim=".,:;!?", deny=NETWORK_NAMES),
    Detector("password_word_in_a_message", "assignment", PASSWORD_WORD_PASSWORD, PW_KEYWORDS, "message_password_shape",
             "passwords", "password", True, trim=".,:;!?", deny=NOT_AFTER_PASSWORD),
    Detector("password_for_a_network", "assignment",
             rf"{_PASSWORD_WORD}[ \t]+(?:[^\s\"0-9]{{1,12}}[ \t]+){{0,3}}?{_NETWORK}[ \t]+({_MADE}*[0-9]{_MADE}*)"
             r"(?:[ \t]*(?:<|\\?\"|(?m:$))|[.!,][ \t])", PW_KEYWORDS, "made_password_shape", "passwords", "password", True,
             trim=".,:;!?"),    # (the message ends there, or its sentence or clause does)
    # a chat's question for a key, and the answer that is only the key ("can someone paste the AWS secret key?")
    Detector("pasted_when_asked", "assignment",
             r"(?:(?i:\b(?:(?:anything|something|is[ \t]+(?:this|that|it))[ \t]+)?(?:key|token|secret|password|credentials?|seed)\b|"   # (… again? the laptop lost it;
             r"[A-Z0-9]_(?:KEY|TOKEN|SECRET|PASSWORD)\b)[^\r\n?]{0,60}\?(?:[ \t][^\r\n\"'=()\[\]{}<>:]{0,60})?|"   # not data="…?") =)
             r"(?i:\bhere'?s|\bhere[ \t]is)[^\r\n]{0,20}?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:KEY|TOKEN|SECRET|PASSWORD)\b[^\r\n]{0,60}|"
             r"(?i:\bhere'?s|\bhere[ \t]is)[ \t]+the[ \t][^\r\n]{0,60}?\b(?:key|token|secret|password)\b[^\r\n]{0,80}|"   # ("… client secret for the app, don't …")
             r"(?i:\bneeds?[ \t]+(?:the|a|your|our)[ \t])[^\r\n?]{0,40}?(?i:\b(?:key|token|secret|password|seed)\b)[ \t]*[.!]?)"   # ("need the webshop admin password")
             rf"[ \t]*{NL}(?:[^\r\n]{{0,80}}?{NL})??(?:\[[^\]\r\n]{{1,40}}\][ \t]*[^\r\n:]{{1,40}}:[ \t]+|"   # [time] Name:
             r"(?:[0-9][0-9/.,:]{5,20}[ \t]*(?:[0-9:]{4,8}[ \t]*)?[-–][ \t]*)?[A-Za-z][\w.\-]{0,30}(?:[ \t][A-Z][\w.\-]{0,30}){0,3}:[ \t]+|"   # … a Name: alone (sam_ops: too)
             r"(?:#[\w\-]+[ \t]+)?[A-Z][\w.\-]{0,30}[ \t]+[0-9]{1,2}:[0-9]{2}(?:[ \t]?[AaPp][Mm])?[ \t]+)?"   # ... a Slack export's "#channel  Name 16:04  "
             rf"[ \t]*(?:([A-Za-z0-9+/_\-.~]{{12,}}={{0,2}})[ \t]*(?:{NL}|\\?[\"']|$|\([^()\r\n]{{0,80}}\)[ \t]*(?:{NL}|$)|[-–—][ \t])|"   # (in a JSON string too: \n, \"; a remark after)
             rf"([A-Za-z0-9+/_\-.~]{{6,}}[0-9][A-Za-z0-9+/_\-.~]{{5,}}={{0,2}})[ \t])",   # words after it: then with a digit
             ("key", "token", "secret", "password", "credential", "seed", "need"), "token", "passwords", "secret", False,
             deny=_ASKS_IF_SECRET),
    # ... or asked to set a secret's variable, or to send one, and the answer that gives it ("can someone
    # set DB_PASSWORD on staging?" / "done, it's …"; "> Please send us your iyzico secret key …" / "Sure, it's …")
    Detector("answered_when_asked", "assignment",
             rf"(?:(?i:[\w.\-]*(?:key|token|secret|password|passwd|pwd|credentials?))\b[^\r\n?]{{0,60}}\?|"
             rf"(?i:\b(?:send|give|share|paste|provide|forward|needs?)\b[^\r\n]{{0,60}}?\b(?:key|token|secret|password|passwd|credentials?)\b))"
             rf"(?:[^\r\n]{{0,100}}[ \t]*{NL}"   # (the question may go on: "… key? the till is asking for it again")
             rf"(?:[^\r\n]{{0,80}}?{NL})??[^\r\n]{{0,60}}?|[ \t]*)(?i:\bit'?s|\bit’s|\bit[ \t]is|\bhere[ \t]it[ \t]is|\bhere[ \t]you[ \t]go)"
             rf"[:,]?[ \t]+[`\"']?([A-Za-z0-9+/_\-.~!@#$%^&*]{{8,}}?={{0,2}})[`\"']?[.!,]?(?:[ \t]|{NL}|\\?\"|$)",   # (words may follow; Base64's padding)
             ("it's", "it is", "it’s", "its ", "here"), "inline_password", "passwords", "secret", False),
    # a verb-final sentence gives the value just before its copula, after the word for it: Persian's
    # "رمز … X است", Tajik's "Пароли … X аст", Basque's "pasahitz berria X da", Hindi's "पासवर्ड X है" (and Urdu's,
    # Marathi's, Gujarati's, Punjabi's, Odia's, Amharic's, Malayalam's, Tamil's, Sinhala's)
    Detector("password_before_its_copula", "assignment",
             rf"{_PASSWORD_WORD}[^\r\n\"]{{0,80}}?[\s:]({_MADE}*[0-9]{_MADE}*)[ \t]+{_COPULA}(?:[ \t,.،;؛۔!?।]|$)",
             _COPULAS, "inline_password", "passwords", "password", True),
    # the Gaelic languages name the value first: "Is é X an pasfhocal", "'S e X am facal-faire", "She X yn fockle-follit";
    # so does Hawaiian: "ʻo X ka ʻōlelo huna"
    Detector("password_before_its_word", "assignment",
             rf"(?:(?i:\bis[ \t]+[éeè]|['’]s[ \t]+e|\bshe)|(?:^|[\s,.\"])[ʻ'‘][oO])[ \t]+({_MADE}+)[ \t]+(?:(?i:an|am|yn|y|ka)[ \t]+)?"
             rf"(?i:{PROSE_PASSWORD_WORDS})", ("is é", "is e ", "is è", "'s e", "’s e", "she ", "lelo huna"), "inline_password", "passwords", "password",
             True),   # (the word for it after the value: a password as one is written, micarta_9094qj too)
    # a value handed over with the word to delete it after use ("here X - delete after use pls", "here's X, burn after
    # reading"): only a secret is sent so
    Detector("value_to_delete_after_use", "assignment",
             r"\b(?i:here(?:'s|’s|[ \t]+is|[ \t]+it[ \t]+is)?)[:,]?[ \t]+([^\s\"'`]{8,})[ \t]*(?:[-–—,(][ \t]*)"
             r"(?i:delete|remove|burn|wipe)[ \t]+(?:this[ \t]+|it[ \t]+)?(?:after|once|when)\b",
             ("delete", "remove", "burn", "wipe"), "chat_answer", "passwords", "password", False),
    # copulas too short to read in any language, after their own language's word for it only: Haitian's "se" ("Modpas
    # òdinatè a se X", where Afrikaans' "se" is a possessive), Shona's "i" and "ndeiyi" ("Pasiwedhi yelaptop … i X"),
    # Somali's "waa" after "furaha" (a key), Breton's "(a) zo", Manx's "t'eh"
    Detector("password_after_its_copula", "assignment",
             r"(?i:\bmodpas\b)[^\r\n\"]{0,80}?[ \t](?i:se|sé)[ \t]+([^\s\"'`,;]{3,})|"
             r"(?i:\bpasiwedhi\b)[^\r\n\"]{0,80}?[ \t](?i:i|ndeiyi|ndiyo|ndeiyo)[ \t]+([^\s\"'`,;]{3,})|"
             r"(?i:\bfuraha\b)[^\r\n\"]{0,80}?[ \t](?i:waa)[ \t]+([^\s\"'`,;]{3,})|"
             r"(?i:\bger-tremen\b)[^\r\n\"]{0,80}?[ \t](?i:a[ \t]+zo|zo)[ \t]+([^\s\"'`,;]{3,})|"
             r"(?i:\bfockle[ \t-]follit\b)[^\r\n\"]{0,80}?[ \t](?i:t['’]eh|she)[ \t]+([^\s\"'`,;]{3,})|"   # (Manx: "it is")
             # Scottish Gaelic's copula before the word, the value last before a dash ("'S e am facal-faire airson … X – …")
             r"(?i:['’]s[ \t]+e[ \t]+(?:am|an)[ \t]+facal-faire\b)[^\r\n\"]{0,100}?[ \t]([^\s\"'`,;]{3,})[ \t]+[–—-][ \t]|"
             r"(?i:\bupu[ \t]+lilo\b)[^\r\n\"]{0,100}?[ \t]o[ \t]+([^\s\"'`,;]{3,})",    # (Samoan: "… o X")
             ("modpas", "pasiwedhi", "furaha", "ger-tremen", "fockle", "facal-faire", "upu lilo"), "inline_password", "passwords", "password", True, trim=".,:;!?"),
    # the word for it in a sentence of another script, then the password with no copula, the only word in Latin letters
    # ("Пароль від комп'ютера в цеху grakle-1984 — нікому не кажи"): six characters or more, a digit among them, a made
    # password's shape (not a site's code, "POP-SIN1"); a clause's dash, a comma, the line's end or a word of the other
    # script after it
    Detector("latin_password_in_another_script", "assignment",
             rf"(?i:{PROSE_PASSWORD_WORDS})(?:[ \t]+(?:[^\s\x00-\x7f\p{{Latin}}]|['’])+){{0,8}}[ \t]+"
             rf"([A-Za-z0-9](?:{_LATIN}{{4,}}[0-9]|{_LATIN}{{0,3}}[0-9]{_LATIN}{{4,}}){_LATIN}*)(?:[ \t]+[—–]|[,;][ \t]|[ \t]*(?:\r?\n|$)|[ \t]+[^\s\x00-\x7f\p{{Latin}}])",
             PW_KEYWORDS, "made_password_shape", "passwords", "password", True),
    # a made password standing in a sentence of a language whose word for it we do not know ("Klasterdäki
    # topar hasabynyň paroly 2prFYq6K_tko, ony …"): words before it, a clause going on after it, and a
    # shape no word, name or id has — both cases changing at random, a digit, a joiner between pieces
    Detector("made_password_in_a_sentence", "assignment",
             r"(?:[\p{L}\p{M}'’\-,.:—–]+[ \t]+){3,}([A-Za-z0-9]+[._\-!*#][A-Za-z0-9._\-!*#]*[A-Za-z0-9]|[A-Za-z0-9]{12,32})"
             r"(?:[ \t]?[,;،、፣][ \t]|[ \t]+[—–][ \t]|[ \t]+[\p{L}\p{M}]{2,}(?:[ \t,.;:!?؟،、፣።]|$))", (), "sentence_password_shape", "passwords",
             "password", True, deny=("key id ",), solitary=True),    # ("thanks, key id key_ys99mc90 matches": which key, not the key)
    # the same shape given to a command: after a password-like option of any tool (-p, -P, -w, -k,
    # --pass…; -p is a port or a path elsewhere, which this shape never is), or quoted as an argument
    # with a mark no generated id has ("kerbrute passwordspray … users.txt '0iGwo.avqU9g5*c'"; a nanoid's
    # '6dz3Qx-rqvF7mvfnQ4Ay8' and a CSP nonce are quoted too)
    Detector("made_password_argument", "assignment",
             r"(?:^|[\s\"'])(?:-[pPwWk]|--?(?i:pass(?:word|phrase|wd)?|pwd|pw|secret|credentials?))(?:[ \t]+|=)\\?[\"']?"
             r"([A-Za-z0-9][^\s\"'\\]{8,31})\\?[\"']?(?:[\s;|)&,}\]]|$)|"
             r"(?:^|[ \t(,=])\\?'([A-Za-z0-9][^\s\"'\\]{0,30}[.!*#%&?~@$][^\s\"'\\]{0,30})\\?'(?:[\s,;|)&}\]\"]|$)",
             (), "sentence_password_shape", "passwords", "password", True),
    # a password as people make one for a policy, anywhere: a capitalized word, a joiner, a word,
    # digits and a closing mark (``Nebula.orbit222+``, ``Walnut_marble896-``) — no name, file or
    # version ends in a mark after its digits (a question's "?" ends a sentence; "Android-api21+" is
    # a version and up)
    Detector("made_password_word", "assignment",
             rf"{_BEFORE}([A-Z][a-z]{{2,}}(?:[._*+^!#$%&@~][a-z]{{2,}}[0-9]{{2,4}}[!@#$%^&*+=~\-]|"
             rf"-[a-z]{{2,}}[0-9]{{2,4}}[!@#$%^&*=~\-])){_AFTER}", (),
             "made_password_shape", "passwords", "password", True, trim=".,:;"),
    # a user and a password a call that authenticates or connects takes, after one other literal at most
    # (R's httr::authenticate("u", "pw"), MATLAB's database('db', 'u', 'pw'), Julia's
    # DBInterface.connect(MySQL.Connection, "host", "u", "pw"; …), OMERO's BlitzGateway("u", "pw", …))
    # (pysmb's SMBConnection(user, pw, machine, server) is login_call_password's: matched first here, to nothing)
    Detector("auth_call_password", "assignment",
             r"\bSMBConnection\(()|\b[\w.:]*(?i:auth|connect|login|logon|signin|gateway|database|credential|password)\w*\((?:[^()\"'\r\n]{0,60},[ \t]*)?"
             r"(?:[\"'][^\"'\r\n]{1,64}[\"'][ \t]*,[ \t]*)?[\"'][^\"'\s]{1,64}[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{4,64})[\"'][ \t]*[,);]"
             # XMLHttpRequest's open(method, url, async, user, password)
             r"|\.open\([ \t]*[\"'](?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|PROPFIND)[\"'][ \t]*,[^,()\r\n]{1,200},[ \t]*(?:true|false)[ \t]*,"
             r"[ \t]*[\"'][^\"'\r\n]{0,64}[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{4,64})[\"'][ \t]*\)",
             ("auth", "connect", "login", "logon", "signin", "gateway", "database", "credential", "password", ".open("), "inline_password", "passwords",
             "password", False),
    # a login in front of a host with no scheme before it: impacket's "domain/user:pw@host", govc's "user@domain:pw@host",
    # msfconsole's "db_connect user:pw@host:5432/msf" (a scheme's own "mailto:…@", "sip:…@" is none, nor a calendar's
    # property in capitals, "UID:rota-2025-12-06@host")
    Detector("userinfo_without_scheme", "assignment",
             r"(?:^|[\s'\"])(?://|[\w.\-]+/)?[\w.\-$]*[a-z0-9_.$][\w.\-$]*(?:@[\w\-]+(?:\.[\w\-]+)+)?:([^\s@'\"/:]{3,})@[\w\-]+(?:\.[\w\-]+)*(?::[0-9]{1,5})?(?:[\s'\"/]|$)",
             (":",), "made_password_shape", "passwords", "password", True),
    # a YAML line whose key is the bare word "key" and whose value is random (a dashboard widget's,
    # OctoPrint's api key): in JSON, "key" names the other field of a pair, so only unquoted YAML
    Detector("bare_key_line", "assignment",
             r"(?m:^)[ \t]*(?:-[ \t]+)?(?i:key)[ \t]*:[ \t]+([0-9a-fA-F]{32,64}|[A-Za-z0-9_\-]{24,64})[ \t]*(?:#[^\r\n]*)?(?m:$)",
             ("key",), "token", "passwords", "secret", False),
    # a random value right after the bare word: "new token 1E54…", "bad Beamer key b_0InB…", "failed with key '…'", a radio
    # log's "copy adoption portal signing key as adpt1.S0u8…, over", a transcribed log's "visit scheduler API token - 0Yxa…",
    # a chat's "secret key base 702b…" (Rails' secret_key_base said in words);
    # or after a clause that gives it: "without the AWS secret key, using …", "needs IAP_SHARED_SECRET set, value …"
    Detector("prose_key_next", "assignment",
             r"(?:^|[\s(,;`\"'>*])(?:[\w\-]+[ \t]+|[A-Za-z0-9][\w\-]*[_\-](?i:api)?)?(?i:key|token|secret)(?:[ \t]+(?i:base|hex|base64))?"
             r"(?:[ \t]+(?i:is|as)|[ \t]+[\-–—]|[ \t]*[,\-–—]?[ \t]+(?i:set,?[ \t]+)?(?i:value|using)|[ \t]+\([^()\r\n]{1,60}\))?[ \t]+[`\"']?"   # ("key (for the visit) v")
             r"([A-Za-z0-9+/=_.~][A-Za-z0-9+/=_\-.~]{19,})(?:(?m:$)|[\s\"'`,;)<:]|\.(?:\s|(?m:$)))", ("key", "token", "secret"), "token",
             "passwords", "secret", False, trim=".,:;", deny=(*PROSE_KEY_DENY, "public", "action key", "proxy-config")),
    # ... or a password made as people make them ("vault for layout dumps, key: latchup-icx13", "portal key
    # Timingarc-fsc096"); a device or account that "accepts" one ("pdu accepts Waveform_aib7th11 for the admin account"),
    # one "used … to get in" — in the stricter shape a message's password needs ("key: PositionalIndexer2D" is a type)
    Detector("prose_key_made_password", "assignment",
             r"(?:(?:^|[\s(,;`\"'>*])(?i:key|token|secret|passcode)[ \t]*:?|\b(?i:accepts|used))[ \t]+[`\"']?([A-Za-z0-9][A-Za-z0-9_\-.]{7,39})"
             r"(?:[`\"']?(?:(?m:$)|[ \t]+(?i:for)[ \t]|[ \t]+(?i:to[ \t]+(?:get|log|sign)[ \t]+in)(?:[.,;!]|[ \t]*(?m:$)|[ \t]+(?i:to|as|on|and)\b)|"
             r"[ \t]*[,;)|])|\.(?:\s|(?m:$)))",
             ("key", "token", "secret", "passcode", "accepts", "used"),
             "message_password_shape", "passwords", "password", False, trim=".,:;", deny=(*PROSE_KEY_DENY, "public")),
    # a name that ends in "key" given a password made as people make them, not a random key (ROUTE_SYNC_KEY=manhole.2et40,
    # BridgeKey=siphon-x10x32, sCloudKey : STRING := 'lagoon_zrg43'): the key family wants 16 random characters
    Detector("key_named_made_password", "assignment",
             r"(?:^|[\s;\"'(=])(?:export[ \t]+)?[A-Za-z][\w.]*?(?:_KEY|_key|[a-z]Key)[ \t]*(?::[ \t]*STRING[ \t]*)?(?::=|=)[ \t]*[\"']?"
             r"([A-Za-z0-9][A-Za-z0-9_\-.]{8,14})[\"']?(?:[ \t]*[;,)]|[ \t]*(?m:$)|[ \t]+)",   # (16 and more: the key family's)
             ("key",), "made_password_shape", "passwords", "password", False,
             deny=(*NOT_SECRET_KEYS, *NOT_KEY_WORDS, "primary", "s3_key", "key_id", "keyid", "_key_path", "keyfile", "key_file")),
    # a random literal given to an SDK's client by position (``meraki.DashboardAPI("…")``,
    # ``TradingClient("id", "…")``, ``new \\MessageBird\\Client('…')``): the call names what it is
    Detector("client_constructor_argument", "assignment", CLIENT_ARGUMENT, CLIENT_CALLS, "token", "passwords",
             "secret", False),
    # a secret's name, then a quoted value on its line, in a syntax of its own
    Detector("same_line_named_value", "assignment",
             rf"(?:^|[^\w.\-/]){_NAMED}[^\r\n\"'`]{{0,60}}?[\"'`][ \t]?([A-Za-z0-9+/_\-~]{{16,}}={{0,2}})[\"'`]",
             ("secret", "token", "key", "pass", "pwd", "credential", "auth"), "named_value", "passwords", "secret", False,
             deny=NOT_SECRET_KEYS + NOT_KEY_WORDS),
    # a Django SECRET_KEY by its shape alone, a word of its own ("secret key changed after the incident: 84$7k)w1c8ay…")
    Detector("django_key_shaped_word", "assignment", rf"(?:^|[\s\"'`:=>])({DJANGO_KEY})(?:$|[\s\"'`,;<]|\^FS)", tuple("!@#$%^&*(=+"),
             "django_key_shape", "passwords", "secret", False),
    # a value in a code span of a sentence that names the secret before it ("the webhook signing secret was wrong, I've
    # put `rpw_…` in the runner"); envied's @EnviedField(defaultValue: 'v') over the field it fills (liveryPortalPassword)
    Detector("code_span_named_value", "assignment",
             rf"(?:^|[^\w.\-/]){_NAMED}[^`.!?\r\n]{{0,80}}`([^`\s:=*()<>{{}}]{{8,}})`(?:[\s.,;:)]|$)|"
             r"@EnviedField\([^()\r\n]*?\bdefaultValue:[ \t]*'([^'\r\n]{4,})'[^()\r\n]*\)[ \t]*\r?\n[ \t]*(?:static[ \t]+)?(?:const|final)[ \t]+"
             r"String\??[ \t]+\w*(?i:password|secret|token|key|passphrase|pwd)\w*\b",
             ("`", "@enviedfield"), "named_value", "passwords", "secret", False,
             deny=(*PROSE_KEY_DENY, "hash", "encrypted", "ciphertext", "digest")),
)
LAST_RESORT = frozenset(d.name for d in UNNAMED)   # a finding of these never names a merged span
