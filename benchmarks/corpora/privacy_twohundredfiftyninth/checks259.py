"""All checks of the p259 build.  run_checks(data, ctx, deny) -> list of error strings."""
import base64
import json
import re
from collections import Counter, defaultdict

import dec259
import enc259
import everyday259
import evasions259
import negatives259
import positional259
import prose259
import vendor259
from common259 import (JWT_RE, SIPHASH_KEY, UUID_RE, b64url_dec, jwt_frame_ok, mod1110, murmur3_32,
                       ps256_verify, siphash24, uuid_v4_ok)
from world259 import PW_FORM_IN_TEXT, PW_LOOSE_RE, PW_STRICT_RE

SEC_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

HINT_RE = re.compile(r"(?i)pass|pwd|secret")

# containers whose whole text must parse in its own syntax
PARSE = {"fitting_api_appsettings_production_json": "json", "dev_slack_export_message_json": "json",
         "office_google_keep_takeout_json": "json", "dev_sentry_event_extra_json": "json",
         "dev_browser_har_request_header": "json", "office_slack_dm_export": "json",
         "iot_node_red_flows_cred_decrypted": "json", "fitting_app_fastlane_api_key_json": "json",
         "epos_bridge_web_config_appsettings": "xml", "office_keepass_xml_export": "xml", "dev_phpunit_xml_env": "xml",
         "office_evernote_enex_note": "xml", "stock_sync_rust_config_toml": "toml",
         "pricing_streamlit_secrets_toml": "toml", "ops_fly_toml_env_table": "toml",
         "ops_netlify_toml_context_environment": "toml"}


def parses(kind, text):
    import tomllib
    import xml.etree.ElementTree as ET
    try:
        if kind == "json":
            json.loads(text)
        elif kind == "xml":
            ET.fromstring(text.encode("utf-8"))
        elif kind == "toml":
            tomllib.loads(text)
        return True
    except Exception:
        return False

LANG_HAND = {"arabic", "basque", "bosnian", "cantonese", "catalan", "chinese", "danish", "dutch", "english",
             "esperanto", "estonian", "finnish", "french", "german", "greek", "hebrew", "hungarian", "icelandic",
             "iloko", "indonesian", "italian", "japanese", "kalaallisut", "latin", "lingala", "lithuanian",
             "lower sorbian", "malay", "mandarin", "maori", "māori", "occitan", "portuguese", "serbian", "sorbian",
             "spanish", "sundanese", "swahili", "swedish", "tamil", "thai", "tibetan", "turkish", "upper sorbian",
             "wolof", "friulian", "odia", "fijian", "pashto", "ewe", "tagalog", "filipino", "kurdish", "creole",
             "gaelic", "sotho_northern"}

# ideas named by the earlier READMEs (encodings and their avoided / set-aside lists), as whole name tokens
IDEA_HAND = {"base", "base64", "base32", "hex", "binary", "octal", "morse", "braille", "caesar", "vigenere", "xor",
             "rot13", "rot47", "atbash", "chess", "chess960", "scharnagl", "hanoi", "queens", "bowling", "bob",
             "pruefer", "prufer", "bruijn", "catalan", "bracket", "continued", "fraction", "quadratic", "determinant",
             "determinants", "triangle", "triangles", "shoelace", "variance", "boolean", "dct", "mulaw", "g711", "nec",
             "infrared", "xtea", "hsl", "hue", "xterm256", "pt100", "ohms", "pitch", "look", "say", "elliptic",
             "walsh", "hadamard", "reed", "solomon", "acrostic", "berggren", "pythagorean", "automaton", "rc4",
             "midi", "growth", "horner", "pendulum", "syscall", "wythoff", "lwe", "simultaneous", "fibonacci",
             "zeckendorf", "gray", "bcd", "cantor", "morton", "ulam", "hilbert", "collatz", "shamir", "ieee", "varint",
             "logarithm", "bubble", "babble", "zlib", "lzw", "aes", "chacha20", "md5", "crc", "hollerith", "ita2",
             "dmx", "servo", "fahrenheit", "plu", "dice", "cards", "tarot", "semaphore", "dtmf", "barcode", "segment",
             "keyboard", "compass", "soroban", "coin", "radix", "resistor", "e96", "clock", "calendar", "errno",
             "constellation", "element", "colour", "colours", "color", "dna", "hexagram", "qr", "egyptian", "farey",
             "stern", "brocot", "calkin", "haar", "partitions", "hamming", "manchester", "4b5b", "bingo", "messier",
             "hangul", "burrows", "wheeler", "emoji", "leet", "nato", "spelling", "roman", "words", "unicode",
             "zero", "width", "homoglyph", "html", "entity", "escape", "shuffle", "reverse", "chaff", "decoy",
             "primes", "prime", "squares", "triangular", "factoradic", "combinadic", "elias", "delta", "residue",
             "residues", "modular", "inverse", "reciprocal", "powers", "midpoint", "rolling", "change", "ringing"}

# tools and mechanisms of the earlier positional syntaxes (whole name tokens)
TOOL_HAND = {"sevenzip", "7z", "veracrypt", "isql", "unixodbc", "vsql", "vertica", "lynx", "ccrypt", "mkstore",
             "kadmin", "signtool", "keychain", "snmpwalk", "radtest", "radclient", "freeradius", "espota", "webrepl",
             "sqlcmd", "hdbuserstore", "ncftpput", "ncat", "zookeeper", "zkcli", "synapse", "prosodyctl", "swaks",
             "sendemail", "cryptsetup", "zfs", "gnome", "gocryptfs", "minicom", "redis", "zipfile", "smtplib",
             "exchangelib", "pyftpdlib", "jenkins", "pyzabbix", "napalm", "jaydebeapi", "pysnmp", "wlst", "jsforce",
             "mongocredential", "zip4j", "pdfbox", "principalcontext", "mqttnet", "epplus", "ziparchive", "ssh2",
             "pop3", "luasql", "wnetaddconnection2", "createprocesswithlogonw", "internetconnect", "wininet",
             "qsqldatabase", "autoit", "wmi", "matlab", "libreoffice", "clsql", "nim", "virtualbox", "xdotool",
             "adb", "osascript", "autohotkey", "cypress", "testcafe", "espresso", "xcuitest", "katalon", "uipath",
             "screen", "sikulix", "qmk", "squish", "openvpn", "ntp", "ntpd", "jetty", "asterisk", "cisco",
             "sendmail", "pgbouncer", "pppd", "edifact", "x12", "nagios", "motion", "derby", "utl", "clickhouse",
             "cqlsh", "arangosh", "arangodb", "nickserv", "teamspeak", "cgauth", "socks5", "rexec", "luci", "zip",
             "openssl", "ilorest", "vmrun", "megacmd", "nextcloudcmd", "poetry", "nuget", "winscp", "ffmpeg",
             "bacnet", "obs", "winrs", "bitsadmin", "chef", "minio", "keepassxc", "pdbedit", "samba", "ansible",
             "bitwarden", "pg8000", "pypdf", "ntlm", "cryptojs", "smbj", "slick", "groovy", "sevenzipsharp",
             "vbnet", "swbemlocator", "gomail", "nats", "lettre", "rubyzip", "ibase", "amqpstreamconnection",
             "memcached", "softap", "libzip", "rodbc", "maestro", "applescript", "taiko", "serenity", "uia", "sahi",
             "chap", "strongswan", "vsftpd", "hostapd", "sp", "addlogin", "db2", "beeline", "resp", "oper", "ublox",
             "sierra", "openwrt", "freeswitch", "git", "irc", "kcnxcfg", "umqtt", "pdftk", "sshpass", "keepass",
             "pykeepass", "pgpass", "sqlcipher", "mosquitto", "ipmitool", "restic", "cvs", "rar", "sudo", "cifscreds",
             "lpass", "op", "xte", "wtype", "pyautogui", "pywinrm", "winrm", "couchbase", "jakarta", "mechanize",
             "hdbcli", "flaui", "pyocclient", "tds", "tableau", "poco", "jedis", "phpredis", "ejabberdctl", "chrony"}


def _tokens(name):
    return set(re.split(r"[_\s]+", name.lower()))


def deny_errors(names_by_kind, syntaxes, langs, deny):
    errs = []
    names = set(deny["names"])
    for kind, nm in names_by_kind:
        low = nm.lower()
        if low in names or any(part in names for part in low.split("__") if part):
            errs.append("deny-listed %s: %s" % (kind, nm))
    earlier = set(deny["syntaxes"])
    for s in syntaxes:
        if s in earlier or s in names:
            errs.append("earlier syntax: %s" % s)
        hit = _tokens(s) & TOOL_HAND
        if hit:
            errs.append("syntax %s uses an earlier tool token %s" % (s, sorted(hit)))
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    for code, name in langs:
        if code in codes or code in names or code in LANG_HAND:
            errs.append("deny-listed language code %s" % code)
        low = name.lower()
        words = [w for w in re.split(r"[\s\-]+", low) if w]
        if low in lnames or low in LANG_HAND or any(w in lnames or w in LANG_HAND for w in words):
            errs.append("deny-listed language name %s" % name)
    for enc in enc259.ENCODINGS:
        hit = _tokens(enc) & IDEA_HAND
        if hit:
            errs.append("encoding %s uses an earlier idea token %s" % (enc, sorted(hit)))
    return errs


def everyday_value_ok(tname, v, ctx):
    kind = dict((t[0], t[1]) for t in everyday259.TYPES)[tname]
    try:
        if kind == "pw":
            return bool(PW_LOOSE_RE.match(v))
        if kind == "jwt":
            if not jwt_frame_ok(v):
                return False
            h, p, s = v.split(".")
            hd, pl = json.loads(b64url_dec(h)), json.loads(b64url_dec(p))
            if hd.get("alg") != "PS256" or sorted(hd) != ["alg", "kid", "typ"]:
                return False
            if sorted(pl) != ["aud", "exp", "iat", "iss", "jti", "scope", "sub"]:
                return False
            return ps256_verify(ctx["rsa_pub"], (h + "." + p).encode(), b64url_dec(s))
        if kind == "laravel":
            return len(v) == 51 and v.startswith("base64:") and len(base64.b64decode(v[7:], validate=True)) == 32
        if kind == "sip":
            m = re.fullmatch(r"stx_([A-Za-z0-9]{26})_([0-9a-f]{16})", v)
            return bool(m) and int(m.group(2), 16) == siphash24(SIPHASH_KEY, m.group(1).encode())
        if kind == "mur":
            m = re.fullmatch(r"sfk-([a-z0-9]{24})-([0-9a-f]{8})", v)
            return bool(m) and int(m.group(2), 16) == murmur3_32(m.group(1).encode(), 0)
        if kind == "lic":
            m = re.fullmatch(r"SFL-(\d{5})-(\d{5})-(\d{5})-(\d)", v)
            return bool(m) and mod1110(m.group(1) + m.group(2) + m.group(3)) == int(m.group(4))
        if kind == "totp":
            return bool(re.fullmatch(r"[A-Z2-7]{32}", v)) and len(base64.b32decode(v)) == 20
    except Exception:
        return False
    return False


EVA_PLAIN = {"tack_room_keypad_evasion_password": PW_STRICT_RE,
             "cnc_stitcher_evasion_service_code": re.compile(r"^stch-[A-Za-z0-9]{14}$"),
             "shop_feed_evasion_api_token": re.compile(r"^bfd_[a-z0-9]{24}$")}


def run_checks(data, ctx, deny):
    E = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    # ---- ids and fields
    for recs, pre, fields in ((sec, "p259-s-", SEC_FIELDS), (eva, "p259-e-", EVA_FIELDS), (neg, "p259-n-", NEG_FIELDS)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s%04d" % (pre, i + 1):
                E.append("id out of sequence at %s%04d: %s" % (pre, i + 1, r.get("id")))
            if list(r.keys()) != fields:
                E.append("fields of %s: %s" % (r.get("id"), list(r.keys())))
    # ---- spans
    for r in sec + eva:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            E.append("%s: not exactly one span" % r.get("id"))
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r.get("source") == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            E.append("%s: span fields %s" % (r["id"], list(s.keys())))
            continue
        t = r["text"]
        if t[s["start"]:s["end"]] != s["value"]:
            E.append("%s: text[start:end] != value" % r["id"])
        if s["type"] != r["type"]:
            E.append("%s: span type != record type" % r["id"])
        if t.count(s["value"]) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], t.count(s["value"])))
        if s["value"] != s["value"].strip():
            E.append("%s: value has outer whitespace" % r["id"])
        if "\ue000" in t:
            E.append("%s: placement marker left" % r["id"])
    if any(r.get("source") not in ("everyday", "vendor", "password", "prose") for r in sec):
        E.append("bad source in secrets")
    if any(r.get("source") != "evasion" for r in eva) or any(r.get("source") != "negative" for r in neg):
        E.append("bad source in evasions or negatives")
    by = defaultdict(list)
    for r in sec:
        by[r["source"]].append(r)
    ev, ve, pw, pr = by["everyday"], by["vendor"], by["password"], by["prose"]
    # ---- counts
    if len(ev) != 180:
        E.append("everyday count %d" % len(ev))
    tc = Counter(r["type"] for r in ev)
    if sorted(tc) != sorted(everyday259.TYPE_NAMES) or set(tc.values()) != {15}:
        E.append("everyday types not 12 x 15: %s" % dict(tc))
    kc = defaultdict(list)
    for r in ev:
        kc[r["container"]].append(r["type"])
    if len(kc) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kc.values()):
        E.append("everyday kinds not 45 x 4 different types")
    vt = [r["type"] for r in ve]
    if not (110 <= len(ve) <= 130) or len(set(vt)) != len(vt):
        E.append("vendor count/distinct %d/%d" % (len(ve), len(set(vt))))
    for r in ve:
        if not r["container"].startswith(r["type"] + "__"):
            E.append("%s: vendor container must be <type>__<style>" % r["id"])
    pt = [r["type"] for r in pw]
    if not (100 <= len(pw) <= 120) or len(set(pt)) != len(pt):
        E.append("positional count/distinct %d/%d" % (len(pw), len(set(pt))))
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E.append("prose count/languages %d/%d" % (len(pr), len(set(langs))))
    if not (440 <= len(sec) <= 470):
        E.append("positives total %d" % len(sec))
    if len(eva) != 66:
        E.append("evasions count %d" % len(eva))
    ec = defaultdict(list)
    for r in eva:
        ec[r["encoding"]].append(r)
    if len(ec) != 22 or any(len(v) != 3 or len({x["type"] for x in v}) != 3 or
                            len({x["container"].split("__")[1] for x in v}) != 3 for v in ec.values()):
        E.append("evasions not 22 encodings x 3 types x 3 wordings")
    if len(neg) < 200:
        E.append("negatives below 200: %d" % len(neg))
    cc = Counter(r["class"] for r in neg)
    if len(cc) < 20 or min(cc.values()) < 10:
        E.append("negative classes %d, min %d" % (len(cc), min(cc.values()) if cc else 0))
    if len({r["text"] for r in neg}) != len(neg):
        E.append("repeated negative text")
    groups = [set(r["type"] for r in g) for g in (ev, ve, pw, pr, eva)]
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if groups[i] & groups[j]:
                E.append("span types shared between sources")
    # ---- shapes
    for r in ev:
        if not everyday_value_ok(r["type"], r["secrets"][0]["value"], ctx):
            E.append("%s: everyday shape/check failed (%s)" % (r["id"], r["type"]))
    vspec = {v[0]: v[2] for v in vendor259.VENDORS}
    for r in ve:
        if r["type"] not in vspec or not vendor259.value_ok(vspec[r["type"]], r["secrets"][0]["value"]):
            E.append("%s: vendor shape failed (%s)" % (r["id"], r["type"]))
    for r in pw + pr:
        if not PW_STRICT_RE.match(r["secrets"][0]["value"]):
            E.append("%s: not the strict password form" % r["id"])
    for r in pw:
        if not r["type"].startswith("sdpw_"):
            E.append("%s: positional type prefix" % r["id"])
        if HINT_RE.search(r["text"]):
            E.append("%s: hint word in positional text" % r["id"])
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or s["end"] >= len(t) or not t[s["start"] - 1].isspace() or not t[s["end"]].isspace():
            E.append("%s: prose value not set off by whitespace" % r["id"])
    # ---- containers that must parse
    for r in ev + ve:
        key = r["container"] if r["source"] == "everyday" else r["container"].split("__")[-1]
        if key in PARSE and not parses(PARSE[key], r["text"]):
            E.append("%s: %s container does not parse as %s" % (r["id"], key, PARSE[key]))
    # ---- evasions
    for r in eva:
        s = r["secrets"][0]
        run, plain, name = s["value"], s["plain"], r["encoding"]
        if s["encoding"] != name or r["container"].split("__")[0] != name:
            E.append("%s: encoding fields disagree" % r["id"])
        rx = EVA_PLAIN.get(r["type"])
        if not rx or not rx.match(plain):
            E.append("%s: evasion plain shape" % r["id"])
        lines = r["text"].split("\n")
        if (len(lines) != 3 or not lines[0].endswith(":") or lines[1] != run or not lines[2].strip()
                or evasions259.RULES.get(name, "\0") not in lines[0]):
            E.append("%s: evasion layout broken" % r["id"])
        try:
            got = dec259.decode(name, run)
        except Exception as e:  # noqa
            got = "<%s>" % e
        if got != plain:
            E.append("%s: run does not decode to its plain" % r["id"])
        if plain in run:
            E.append("%s: run contains its plain" % r["id"])
    # ---- reuse and cleanliness
    texts = [r["text"] for r in sec + eva + neg]
    alltext = "\u0001".join(texts)
    for r in sec + eva:
        v = r["secrets"][0]["value"]
        if alltext.count(v) != 1:
            E.append("%s: value reused elsewhere (%d)" % (r["id"], alltext.count(v)))
    for r in eva:
        p = r["secrets"][0]["plain"]
        if p in alltext:
            E.append("%s: evasion plain appears in a text" % r["id"])
    negtext = "\u0001".join(r["text"] for r in neg)
    for r in neg:
        if PW_FORM_IN_TEXT.search(r["text"]):
            E.append("%s: password form in negative" % r["id"])
        if JWT_RE.search(r["text"]):
            E.append("%s: JWT-shaped string in negative" % r["id"])
    for r in sec + eva:
        if r["secrets"][0]["value"] in negtext:
            E.append("%s: positive value in a negative" % r["id"])
    for t in texts:
        for u in UUID_RE.findall(t):
            if not uuid_v4_ok(u):
                E.append("non-v4 UUID %s" % u)
        for j in JWT_RE.findall(t):
            if not jwt_frame_ok(j):
                E.append("invalid JWT-shaped string %s..." % j[:20])
    # ---- deny list on every name
    kinds = []
    kinds += [("everyday type", t) for t in everyday259.TYPE_NAMES]
    kinds += [("everyday kind", k) for k in everyday259.KIND_NAMES]
    kinds += [("vendor type", v[0]) for v in vendor259.VENDORS]
    kinds += [("vendor style", s) for s in vendor259.STYLES]
    kinds += [("where", w) for w in positional259.WHERE.values()]
    kinds += [("prose type", prose259.TYPE)] + [("prose format", f) for f in prose259.FORMATS]
    kinds += [("encoding", e) for e in enc259.ENCODINGS] + [("wording", w) for w in evasions259.WORDING_NAMES]
    kinds += [("evasion type", t[0]) for t in evasions259.TYPES]
    kinds += [("negative class", c[0]) for c in negatives259.CLASSES]
    kinds += [("negative base kind", k[0]) for c in negatives259.CLASSES for k in c[2]]
    kinds += [("wrapper", w[0].strip("_")) for w in negatives259.WRAPPERS if w[0]]
    for r in sec + eva:
        kinds += [("container", r["container"]), ("span type", r["type"])]
    for r in eva:
        kinds.append(("encoding used", r["encoding"]))
    for r in neg:
        kinds += [("negative container", r["container"]), ("class used", r["class"])]
    syn = list(positional259.SYNTAX_NAMES) + [r["type"][len("sdpw_"):] for r in pw]
    langs = [(c, n) for c, n, _, _ in prose259.LANGS] + list(prose259.SPARES)
    langs += [(r["container"].split("__")[1], dict((c, n) for c, n, _, _ in prose259.LANGS).get(
        r["container"].split("__")[1], r["container"].split("__")[1])) for r in pr]
    E += deny_errors(kinds, syn, langs, deny)
    return E
