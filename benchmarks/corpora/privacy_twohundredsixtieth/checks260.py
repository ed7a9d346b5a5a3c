"""Every check of the build, and the mutation tests that prove the checks bite."""
import base64
import copy
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common260 as C
import dec260
import enc260
import everyday260
import evasions260
import negatives260
import positional260
import prose260
import vendor260

SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

# --- ideas the READMEs name only in prose, avoided by hand and checked here -------------------------
HAND_LANGUAGES = {
    "pashto", "pus", "ewe", "tongan", "ton", "papiamento", "pap", "asturian", "ast", "romansh", "roh", "serbian", "srp",
    "bosnian", "bos", "croatian", "hrv", "sorbian", "hsb", "dsb", "upper sorbian", "lower sorbian", "english", "eng",
    "catalan", "cat", "occitan", "oci", "nepali", "npi", "ganda", "lug", "igbo", "ibo", "quechua", "que", "guarani", "grn",
    "kabuverdianu", "kea", "mandarin", "persian", "malay", "arabic", "panjabi", "punjabi",
}
HAND_ENCODING_TOKENS = {
    # encodings and avoided / set-aside ideas of both READMEs
    "base", "base64", "base32", "base58", "hex", "octal", "binary", "escape", "escapes", "utf", "unicode", "dump", "morse",
    "braille", "nato", "spelling", "roman", "numeral", "numerals", "words", "lookalike", "homoglyph", "zerowidth",
    "combining", "keycap", "keycaps", "entity", "entities", "expression", "cipher", "caesar", "vigenere", "rot13", "xor",
    "reverse", "reversed", "reorder", "shuffle", "chaff", "decoy", "acrostic", "stego", "powers", "prime", "primes",
    "square", "squares", "triangular", "pi", "cantor", "morton", "residue", "residues", "modular", "delta", "continued",
    "gcd", "divisor", "divisors", "combinadic", "ulam", "hilbert", "reciprocal", "reciprocals", "midpoint", "midpoints",
    "egyptian", "farey", "brocot", "gray", "bcd", "zeckendorf", "factoradic", "elias", "manchester", "hamming",
    "varint", "ieee", "mulaw", "dna", "dice", "card", "cards", "tarot", "chess", "queens", "hanoi", "bowling", "darts",
    "rugby", "snooker", "scrabble", "league", "ringing", "prufer", "bruijn", "catalan", "partition", "partitions",
    "berggren", "wythoff", "collatz", "josephus", "cellular", "life", "langton", "elliptic", "lwe", "reed", "solomon",
    "walsh", "hadamard", "dct", "quadratic", "determinant", "determinants", "matrix", "simultaneous", "lattice",
    "variance", "sat", "rolling", "nec", "infrared", "dtmf", "semaphore", "barcode", "barcodes", "segment", "pixel",
    "keyboard", "compass", "clock", "clocks", "calendar", "colour", "colours", "color", "resistor", "element", "elements",
    "constellation", "errno", "syscall", "opcode", "midi", "music", "pitch", "pendulum", "pt100", "ohm", "fahrenheit",
    "dmx", "servo", "seat", "plu", "enigma", "playfair", "lfsr", "lcg", "ipv6", "chmod", "speck", "tsp", "flow",
    "recapture", "speed", "vat", "lever", "pythagorean", "reckoning", "bearing", "factorial", "frobenius", "resistors",
    "critical", "path", "paths", "median", "mean", "venn", "slope", "integral", "integrals", "limits", "digit", "digits",
    "booklet", "wall", "interval", "overlap", "levelling", "cosine", "cosines", "polygon", "euler", "runoff", "saddle",
    "sticks", "knapsack", "assignment", "robin", "dynamic", "sector", "permutation", "inversion", "bridleway",
    "shortest", "magic", "grid", "huffman", "arena", "union", "queue", "bridge", "torch", "pouring", "trough", "survey",
    "spanning", "trapped", "rainwater", "subarray", "consecutive", "snail", "cubic", "polynomial", "coin", "coins",
    "weigh", "tape", "mixed", "radix", "radices", "dead", "trailing", "zeros", "ballot", "payoff", "triangle",
    "third", "sides", "circle", "divisors", "common",
}
HAND_TOOL_TOKENS = {
    "curl", "lftp", "ncftpput", "rdesktop", "mutool", "ccrypt", "aescrypt", "racadm", "govc", "psexec", "schtasks",
    "rclone", "skopeo", "docker", "sqlplus", "hdbsql", "openfortivpn", "sendemail", "ldapsearch", "etcdctl",
    "couchbase", "cypher", "rabbitmqctl", "dislocker", "smbmap", "espota", "qrencode", "cryfs", "ftp", "ftplib",
    "pbcopy", "wl_copy", "ldapmodify", "systemd", "telnet", "udisksctl", "paramiko", "cxoracle", "pymssql", "ldap3",
    "pysmb", "pymupdf", "pexpect", "pxssh", "commons_net", "jakarta", "jndi", "doobie", "networkcredential",
    "fluentftp", "principalcontext", "convertto", "securestring", "plainauth", "setbasicauth", "reqwest", "tiberius",
    "oci", "dbi", "libmariadb", "mariadb", "ldapjs", "btoa", "wifimulti", "pubsubclient", "wlan", "httr", "vba",
    "workbooks", "tcl", "playwright", "selenium", "cypress", "puppeteer", "detox", "flutter", "compose", "pywinauto",
    "flaui", "autoit", "pyautogui", "katalon", "robot", "seleniumlibrary", "imacros", "capybara", "adb", "vboxmanage",
    "kitty", "devtools", "pgbouncer", "dovecot", "uucp", "dialup", "cups", "curlftpfs", "nut", "upsmon", "muttrc",
    "plsql", "teradata", "bteq", "h2", "cgauth", "quectel", "qicsgp", "simcom", "cmqttconnect", "gsm", "assuan",
    "pinentry", "sasl", "ipcam", "smbclient", "net_ads", "xfreerdp", "ssh_keygen", "steghide", "neo4j", "mongosh",
    "doveadm", "mpd", "mpc", "irssi", "ngrok", "certutil", "kinit", "expect", "socat", "xclip", "imaplib", "httpx",
    "pika", "influxdb", "influx", "odoo", "hashlib", "atlassian", "confluence", "sequelize", "pbkdf2sync", "sjcl",
    "okhttp", "itext5", "exposed", "sshnet", "mailkit", "logonuserw", "mysql", "pg", "lwp", "laravel", "julia", "adodb",
    "unprotect", "webdriverio", "codeceptjs", "gherkin", "power_automate", "vbscript", "sendkeys", "pynput",
    "hammerspoon", "tmux", "duckyscript", "espanso", "crontab", "mysqldump", "activemq", "tinyproxy", "three_proxy",
    "proxychains", "squid", "coturn", "dma", "mongo", "oracle", "mssql", "openrowset", "postgres", "pgcrypto", "mqtt",
    "wordpress", "xmlrpc", "wireshark", "cwjap", "soap", "jaxws", "sshpass", "mosquitto", "unzip", "samba",
    "snmpget", "redis", "pikepdf", "nickserv", "irc", "cassandra", "bcryptjs", "orientdb", "ipmitool", "sqlcmd",
    "ilorest", "winscp", "ffmpeg", "git_credentials", "ntfy", "lynx", "ncat", "ublox", "sierra", "chap", "robocorp",
    "pdbedit", "screen", "qmk", "testcafe", "taiko", "testing_library", "createprocesswithlogonw", "runas",
    "aes_encrypt", "pop3", "smtp", "zip", "micropython", "arduino", "pgpass", "ssh",
}


_DECODED = {}


def _split(name):
    out = {name.lower()}
    for part in name.lower().split("__"):
        if part:
            out.add(part)
    return out


def check_all(pos, eva, neg, deny, ctx, brief_same=None):
    E = []
    names = set(deny["names"])
    syn_deny = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])

    def deny_check(label, n):
        for part in _split(n):
            if part in names:
                E.append("deny-listed %s: %s (part %s)" % (label, n, part))

    # ---- deny-list over every name the build uses ----------------------------------------
    if brief_same is False:
        E.append("brief_names.json differs from a re-extraction of /tmp/brief260")
    for t in everyday260.TYPE_NAMES:
        deny_check("everyday type", t)
    for k in everyday260.KINDS:
        deny_check("everyday kind", k["name"])
    for v in vendor260.VENDORS:
        deny_check("vendor type", v[0])
    for s in vendor260.STYLES:
        deny_check("vendor style", s)
    for w in positional260.WHERE.values():
        deny_check("positional where", w)
    for syn, where, _, _ in positional260.SYNTAXES:
        deny_check("positional syntax", syn)
        deny_check("positional type", positional260.TYPE_PREFIX + syn)
        if syn in syn_deny or syn.lower() in names:
            E.append("earlier positional syntax: " + syn)
        wrapped = "_" + syn + "_"
        for tok in HAND_TOOL_TOKENS:
            if "_" + tok + "_" in wrapped:
                E.append("positional syntax %s uses an earlier tool token %s" % (syn, tok))
    deny_check("prose type", prose260.SPAN_TYPE)
    for f in prose260.FORMATS:
        deny_check("prose format", f)
    for code, name, _, _ in prose260.LANGUAGES + [(c, n, "", "") for c, n in prose260.SPARES]:
        if code in codes or code in names or code in HAND_LANGUAGES:
            E.append("deny-listed language code " + code)
        lw = {name.lower()} | {w for w in name.lower().split() if len(w) > 2}
        for w in lw:
            if w in lnames or w in HAND_LANGUAGES:
                E.append("deny-listed language name %s (%s)" % (name, w))
    for t in evasions260.TYPES:
        deny_check("evasion type", t[0])
    for w in evasions260.WORDINGS:
        deny_check("evasion wording", w)
    for e in enc260.ENCODINGS:
        deny_check("encoding", e)
        for tok in e.split("_"):
            if tok in HAND_ENCODING_TOKENS:
                E.append("encoding %s uses an earlier idea token %s" % (e, tok))
    for cname, _, kinds in negatives260.CLASSES:
        deny_check("negative class", cname)
        for kname, _ in kinds:
            deny_check("negative kind", kname)
    for w in negatives260.WRAPPERS:
        if w:
            deny_check("negative wrapper", w.strip("_"))
    for r in pos + eva:
        deny_check("container", r["container"])
        deny_check("span type", r["secrets"][0]["type"] if r.get("secrets") else r["type"])
    for r in eva:
        deny_check("encoding used", r["encoding"])
    for r in neg:
        deny_check("negative class used", r["class"])
        deny_check("negative container", r["container"])
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            if code in codes or code in HAND_LANGUAGES:
                E.append("prose language on the deny-list: " + code)
        if r["source"] == "password":
            syn = r["type"][len(positional260.TYPE_PREFIX):]
            if syn in syn_deny:
                E.append("positional syntax on the deny-list: " + syn)

    # ---- ids, fields, spans ---------------------------------------------------------------
    for recs, kind, fields in ((pos, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s-%s-%04d" % (C.PREFIX, kind, i + 1):
                E.append("id out of sequence: %s at %d" % (r.get("id"), i))
            if list(r.keys()) != fields:
                E.append("fields of %s: %s" % (r.get("id"), list(r.keys())))
            if C.MARK in r.get("text", ""):
                E.append("marker left in " + str(r.get("id")))
    for r in pos + eva:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            E.append("%s has %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            E.append("span fields of %s: %s" % (r["id"], list(s.keys())))
        if r["text"][s["start"]:s["end"]] != s["value"]:
            E.append("offsets wrong in " + r["id"])
        if s["type"] != r["type"]:
            E.append("span type differs in " + r["id"])
        if r["text"].count(s["value"]) != 1:
            E.append("value not exactly once in " + r["id"])
        if s["value"] != s["value"].strip() or not s["value"]:
            E.append("value has outer whitespace in " + r["id"])
    for r in pos:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            E.append("bad source " + r["id"])
    for r in eva:
        if r["source"] != "evasion":
            E.append("bad source " + r["id"])
    for r in neg:
        if r["source"] != "negative":
            E.append("bad source " + r["id"])

    # ---- counts -------------------------------------------------------------------------
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        E.append("everyday count %d" % len(ev))
    kinds = {}
    tcount = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday kinds are not 45 x 4 different types")
    if len(tcount) != 12 or any(v != 15 for v in tcount.values()):
        E.append("everyday types are not 12 x 15")
    vd = by.get("vendor", [])
    if not (110 <= len({r["type"] for r in vd}) <= 130) or len(vd) != len({r["type"] for r in vd}):
        E.append("vendor count %d" % len(vd))
    for r in vd:
        if r["container"] != r["type"] + "__" + r["container"].split("__")[1]:
            E.append("vendor container form " + r["id"])
    pw = by.get("password", [])
    if not (100 <= len({r["type"] for r in pw}) <= 120) or len(pw) != len({r["type"] for r in pw}):
        E.append("positional count %d" % len(pw))
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        E.append("prose is not 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        E.append("positives total %d" % len(pos))
    if len(eva) != 66:
        E.append("evasion count %d" % len(eva))
    encs = {}
    for r in eva:
        encs.setdefault(r["encoding"], []).append(r)
    if len(encs) != 22 or any(len(v) != 3 or len({x["type"] for x in v}) != 3 or
                              len({x["container"].split("__")[1] for x in v}) != 3 for v in encs.values()):
        E.append("evasions are not 22 encodings x 3 types x 3 wordings")
    classes = {}
    for r in neg:
        classes.setdefault(r["class"], []).append(r)
    if len(neg) < 200 or len(classes) < 20 or any(len(v) < 10 for v in classes.values()):
        E.append("negatives: %d in %d classes" % (len(neg), len(classes)))
    if len({r["text"] for r in neg}) != len(neg):
        E.append("repeated negative text")
    tsets = {}
    for r in pos:
        tsets.setdefault(r["source"], set()).add(r["type"])
    tsets["evasion"] = {r["type"] for r in eva}
    srcs = list(tsets)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if tsets[srcs[i]] & tsets[srcs[j]]:
                E.append("span types shared between %s and %s" % (srcs[i], srcs[j]))

    # ---- shapes ------------------------------------------------------------------------
    pub = ctx["es256k_pub"]
    for r in ev:
        v = r["secrets"][0]["value"]
        k = everyday260.TYPE_INFO.get(r["type"], (0, 0, None))[2]
        if k == "password":
            ok = bool(C.PASSWORD_RE.match(v))
        elif k == "oaat":
            m = re.match(r"^hbq_([0-9A-Za-z]{28})_([0-9a-f]{8})$", v)
            ok = bool(m) and int(m.group(2), 16) == C.oaat32(m.group(1).encode())
        elif k == "blake2s":
            m = re.match(r"^fbt\.([0-9a-z]{24})\.([0-9a-f]{16})$", v)
            ok = bool(m) and m.group(2) == C.blake2s64(m.group(1).encode())
        elif k == "crockford":
            m = re.match(r"^CCL-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})-(.)$", v)
            ok = bool(m) and C.crockford_check("".join(m.groups()[:4])) == m.group(5)
        elif k == "es256k":
            ok = C.jwt_frame_ok(v)
            if ok:
                h, p, sgn = v.split(".")
                hdr = json.loads(C.b64u_dec(h))
                pay = json.loads(C.b64u_dec(p))
                ok = (hdr == {"alg": "ES256K", "typ": "JWT", "kid": everyday260.JWT_KID} and
                      set(pay) == {"iss", "sub", "aud", "iat", "exp", "jti", "scope"} and
                      bool(C.UUID_V4.match(pay["jti"])) and
                      C.es256k_verify(pub, (h + "." + p).encode(), C.b64u_dec(sgn)))
        elif k == "fernet":
            try:
                ok = len(v) == 44 and len(base64.urlsafe_b64decode(v)) == 32 and \
                    base64.urlsafe_b64encode(base64.urlsafe_b64decode(v)).decode() == v
            except Exception:
                ok = False
        elif k == "django":
            ok = len(v) == 50 and all(c in C.DJANGO_KEY_CHARS for c in v)
        else:
            ok = False
        if not ok:
            E.append("everyday shape wrong in %s (%s)" % (r["id"], r["type"]))
    for r in vd:
        if r["type"] not in vendor260.VENDOR_INFO or not vendor260.shape_ok(r["type"], r["secrets"][0]["value"]):
            E.append("vendor shape wrong in %s (%s)" % (r["id"], r["type"]))
    for r in pw + pr:
        if not C.STRICT_PASSWORD_RE.match(r["secrets"][0]["value"]):
            E.append("strict password form broken in " + r["id"])
    for r in pw:
        low = r["text"].lower()
        if any(h in low for h in positional260.HINT_WORDS) or re.search(r"(?<![a-z0-9])pw(?![a-z0-9])", low):
            E.append("hint word in positional text " + r["id"])
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            E.append("prose value not set off by whitespace in " + r["id"])
    for r in eva:
        s = r["secrets"][0]
        if r["type"] not in evasions260.SHAPES or not evasions260.SHAPES[r["type"]].match(s["plain"]):
            E.append("evasion plain shape wrong in " + r["id"])
        if r["container"] != r["encoding"] + "__" + r["container"].split("__")[1] or s["encoding"] != r["encoding"]:
            E.append("evasion container/encoding mismatch in " + r["id"])
        rule = enc260.ENCODINGS.get(r["encoding"], (None, None, "\x00unknown"))[2]
        t = r["text"]
        head = t[:s["start"]]
        if not head.endswith(rule + ":\n") or t[s["end"]:s["end"] + 1] != "\n" or \
                len(t[s["end"] + 1:].strip().split("\n")) != 1 or "\n" in s["value"]:
            E.append("evasion layout broken in " + r["id"])
        key = (r["encoding"], s["value"])
        if key not in _DECODED:
            try:
                _DECODED[key] = dec260.decode(r["encoding"], s["value"]) if r["encoding"] in dec260.DECODERS else "<unknown>"
            except Exception as ex:
                _DECODED[key] = "<error %s>" % ex
        dec = _DECODED[key]
        if dec != s["plain"]:
            E.append("evasion does not decode in " + r["id"])
        if s["plain"] in s["value"]:
            E.append("run contains its plain in " + r["id"])

    # ---- container syntax ----------------------------------------------------------------
    for r in ev:
        if r["container"] not in everyday260.KIND_INFO:
            E.append("unknown everyday container kind in " + r["id"])
            continue
        p = everyday260.KIND_INFO[r["container"]]["parse"]
        try:
            if p == "json":
                json.loads(r["text"])
            elif p == "xml":
                ET.fromstring(r["text"].encode())
        except Exception:
            E.append("container does not parse: " + r["id"])
    for r in vd:
        st = vendor260.STYLES.get(r["container"].split("__")[-1])
        if st is None or r["container"] != r["type"] + "__" + st["name"]:
            E.append("unknown vendor style in " + r["id"])
            continue
        p = st["parse"]
        try:
            if p == "json":
                json.loads(r["text"])
            elif p == "toml":
                tomllib.loads(r["text"])
        except Exception:
            E.append("container does not parse: " + r["id"])

    # ---- reuse, leaks, UUIDs and JWTs ---------------------------------------------------------
    values = [(r["id"], r["secrets"][0]["value"]) for r in pos + eva]
    seen = {}
    for rid, v in values:
        if v in seen:
            E.append("value reused in %s and %s" % (seen[v], rid))
        seen[v] = rid
    all_texts = [(r["id"], r["text"]) for r in pos + eva + neg]
    big = "\x00".join(t for _, t in all_texts)
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in eva]
    for rid, v in values:
        if big.count(v) > 1:
            for tid, t in all_texts:
                if tid != rid and v in t:
                    E.append("value of %s appears in %s" % (rid, tid))
    for rid, p in plains:
        if p in big:
            for tid, t in all_texts:
                if p in t:
                    E.append("evasion plain of %s appears in %s" % (rid, tid))
    for r in neg:
        if C.PASSWORD_FORM_ANYWHERE.search(r["text"]):
            E.append("password form in negative " + r["id"])
        if C.JWT_SHAPED.search(r["text"]):
            E.append("JWT-shaped string in negative " + r["id"])
    for rid, t in all_texts:
        if C.bad_uuids(t):
            E.append("non-v4 UUID in " + rid)
        if C.bad_jwts(t):
            E.append("invalid JWT in " + rid)
    # the JWKS negative must publish the real public key of the ES256K tokens
    x = C.b64u(pub[0].to_bytes(32, "big"))
    if not any(r["container"].startswith("hire_portal_jwks_response") and x in r["text"] for r in neg):
        E.append("JWKS negative does not carry the ES256K public key")
    return E


# ---------------------------------------------------------------------------
# mutation tests
# ---------------------------------------------------------------------------
def _first(recs, **kw):
    for r in recs:
        if all(r.get(k) == v or (k == "type_kind" and everyday260.TYPE_INFO.get(r["type"], (0, 0, None))[2] == v)
               for k, v in kw.items()):
            return r
    raise KeyError(kw)


def _set_value(r, newv):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + newv + r["text"][s["end"]:]
    s["end"] = s["start"] + len(newv)
    s["value"] = newv


def _flip_last(v):
    return v[:-1] + ("0" if v[-1] != "0" else "1")


def mutations(pos, eva, neg):
    M = []

    def m01(p, e, n):
        p[0]["secrets"][0]["start"] += 1

    def m02(p, e, n):
        r = _first([x for x in p if x["source"] == "everyday"], type_kind="oaat")
        _set_value(r, _flip_last(r["secrets"][0]["value"]))

    def m03(p, e, n):
        r = _first([x for x in p if x["source"] == "everyday"], type_kind="blake2s")
        _set_value(r, _flip_last(r["secrets"][0]["value"]))

    def m04(p, e, n):
        r = _first([x for x in p if x["source"] == "everyday"], type_kind="crockford")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m05(p, e, n):
        r = _first([x for x in p if x["source"] == "everyday"], type_kind="es256k")
        v = r["secrets"][0]["value"]
        h, pl, sg = v.split(".")
        sig = bytearray(C.b64u_dec(sg))
        sig[5] ^= 1
        _set_value(r, h + "." + pl + "." + C.b64u(bytes(sig)))

    def m06(p, e, n):
        r = _first([x for x in p if x["source"] == "everyday"], type_kind="fernet")
        v = r["secrets"][0]["value"]
        _set_value(r, base64.urlsafe_b64encode(base64.urlsafe_b64decode(v)[:31]).decode())

    def m07(p, e, n):
        p[1]["text"] += "\n" + p[0]["secrets"][0]["value"]

    def m08(p, e, n):
        n[0]["text"] += " " + p[5]["secrets"][0]["value"]

    def m09(p, e, n):
        e[0]["secrets"][0]["plain"] = _flip_last(e[0]["secrets"][0]["plain"])

    def m10(p, e, n):
        p[0]["container"] = "office_mbox_mail_archive"

    def m11(p, e, n):
        for r in n:
            if r["class"] == n[0]["class"]:
                r["class"] = "password_policy_and_training_prose"

    def m12(p, e, n):
        e[0]["encoding"] = "median_of_five_readings"
        e[0]["secrets"][0]["encoding"] = "median_of_five_readings"

    def m13(p, e, n):
        del n[150:]

    def m14(p, e, n):
        n[3]["text"] += " eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"

    def m15(p, e, n):
        n[4]["text"] += " 123e4567-e89b-12d3-a456-426614174000"

    def m16(p, e, n):
        p[2]["secrets"].append(dict(p[2]["secrets"][0]))

    def m17(p, e, n):
        r = _first(p, source="password")
        r["type"] = "mhpw_curl_lower_u_colon_pair"
        r["secrets"][0]["type"] = r["type"]

    def m18(p, e, n):
        p[10]["id"] = "p260-s-9999"

    def m19(p, e, n):
        r = _first(p, type="github_classic_personal_access_token")
        _set_value(r, r["secrets"][0]["value"][:-1])

    def m20(p, e, n):
        n[7]["text"] += " spare login Sinamay-K204"

    def m21(p, e, n):
        r = _first(p, source="password")
        r["text"] += "\n# the password is above\n"

    def m22(p, e, n):
        s = e[1]["secrets"][0]
        e[1]["text"] = e[1]["text"][:s["start"] - 2] + " " + e[1]["text"][s["start"] - 1:]

    def m23(p, e, n):
        r = _first(p, source="prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["end"]] + "X" + r["text"][s["end"] + 1:]

    def m24(p, e, n):
        r = _first(p, container=next(x["container"] for x in p if x["source"] == "everyday" and
                                     everyday260.KIND_INFO[x["container"]]["parse"] == "json"))
        r["text"] = r["text"].replace("{", "{{", 1)

    def m25(p, e, n):
        r = _first(p, source="prose")
        r["container"] = r["container"].split("__")[0] + "__pap"

    def m26(p, e, n):
        n[9]["text"] += " " + e[2]["secrets"][0]["plain"]

    def m27(p, e, n):
        r = _first([x for x in p if x["source"] == "everyday"], type_kind="django")
        _set_value(r, r["secrets"][0]["value"][:-1] + "~")

    def m28(p, e, n):
        s = e[4]["secrets"][0]
        _set_value(e[4], s["value"] + " " + s["plain"])

    def m29(p, e, n):
        r = _first(p, source="vendor")
        r["container"] = r["type"] + "__ops_heroku_config_output"

    def m30(p, e, n):
        n[11]["text"] = n[12]["text"]

    for i, fn in enumerate([m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18,
                            m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29, m30]):
        M.append((fn.__name__, fn))
    return M


MUTATION_NAMES = {
    "m01": "m01_shifted_span_start", "m02": "m02_oaat_tail_broken", "m03": "m03_blake2s_tail_broken",
    "m04": "m04_crockford_check_wrong", "m05": "m05_es256k_signature_broken", "m06": "m06_fernet_key_not_32_bytes",
    "m07": "m07_value_reused_in_other_text", "m08": "m08_positive_value_in_negative",
    "m09": "m09_evasion_plain_corrupted", "m10": "m10_deny_listed_container", "m11": "m11_deny_listed_negative_class",
    "m12": "m12_deny_listed_encoding", "m13": "m13_negatives_below_200", "m14": "m14_invalid_jwt_in_negative",
    "m15": "m15_non_v4_uuid_in_negative", "m16": "m16_two_spans", "m17": "m17_earlier_syntax_name",
    "m18": "m18_id_out_of_sequence", "m19": "m19_vendor_shape_broken", "m20": "m20_password_form_in_negative",
    "m21": "m21_hint_word_in_positional_text", "m22": "m22_evasion_layout_broken",
    "m23": "m23_prose_value_not_set_off", "m24": "m24_json_container_broken", "m25": "m25_deny_listed_prose_language",
    "m26": "m26_plain_leaked_into_negative", "m27": "m27_django_key_alien_character", "m28": "m28_run_contains_plain",
    "m29": "m29_deny_listed_vendor_style", "m30": "m30_repeated_negative_text",
}


def run_mutations(pos, eva, neg, deny, ctx, base_errors):
    base = set(base_errors)
    results = []
    for name, fn in mutations(pos, eva, neg):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        fn(p, e, n)
        errs = set(check_all(p, e, n, deny, ctx))
        results.append((MUTATION_NAMES[name], bool(errs - base)))
    return results
