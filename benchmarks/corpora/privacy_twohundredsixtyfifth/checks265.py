"""Every check of build.py, and the mutation tests that prove the checks bite."""
import copy
import csv
import io
import json
import os
import re
import tomllib
import xml.etree.ElementTree as ET

import common265 as C
import dec265
import enc265
import everyday265 as E
import evasions265 as EV
import negatives265 as N
import positional265 as P
import prose265 as PR
import vendor265 as V

BRIEF_DIR = "/tmp/brief265"
BRIEF_FILES = ["README_twohundredsixtieth.md", "README_twohundredsixtysecond.md"]

# Languages, codes and spares that the two READMEs name only in prose (or as spares / neighbours).
HAND_LANGUAGES = {"mon", "mongolian", "fao", "faroese", "bre", "breton", "smo", "samoan", "tat", "tatar", "kin",
                  "kinyarwanda", "lao", "mya", "burmese", "quy", "quechua", "wol", "wolof", "cat_not_used"}
# Encoding families and avoided / set-aside ideas of both READMEs, as name tokens.
HAND_ENCODING_TOKENS = {
    "bulls", "cows", "mastermind", "flood", "region", "regions", "candy", "ratings", "end", "pick", "tower", "towers",
    "fifo", "lifo", "ribbon", "roll", "cuts", "knitting", "stitch", "stitches", "stall", "stalls", "adjacent", "floor",
    "quotient", "quotients", "isometry", "mancala", "sowing", "interval", "intervals", "northwest", "transportation",
    "restock", "reorder", "crane", "elevator", "sweep", "johnson", "makespan", "makespans", "lagrange", "parabola",
    "parabolas", "drawer", "pigeonhole", "fit", "packing", "trie", "bst", "crate", "stack", "mismatch", "hamming",
    "partnership", "ratio", "degree", "handshake", "stretch", "subarray", "kadane", "gap", "missing", "mixed", "fraction",
    "fractions", "rain", "rainwater", "trapped", "break", "even", "coin", "coins", "purse", "till_float", "alcohol",
    "depreciation", "eoq", "economic", "majority", "journey", "journeys", "lru", "cache", "painted", "cube", "cubes",
    "bonded", "warehouse", "proxy", "bid", "auction", "knapsack", "josephus", "hanoi", "wythoff", "collatz", "fibonacci",
    "huffman", "morse", "braille", "base", "base64", "hex", "octal", "binary", "caesar", "vigenere", "cipher", "xor",
    "acrostic", "stego", "chess", "dice", "cards", "dna", "colour", "colours", "midi", "music", "clock", "calendar",
    "matrix", "matrices", "determinant", "equation", "equations", "progression", "magic", "shortest", "spanning",
    "critical", "flow", "taxicab", "hexagon", "lattice", "area", "areas", "scrabble", "darts", "bowling", "automaton",
    "automata", "life", "venn", "borda", "runoff", "median", "mean", "means", "derivative", "integral", "levelling",
    "saddle", "assignment", "round", "robin", "lever", "levers", "gear", "gears", "lens", "circle", "circles", "roman",
    "numeral", "tally", "soroban", "vickrey", "domino", "dominoes", "snakes", "ladders", "inversions", "grid_path",
    "water", "jugs", "torch", "bridge_and_torch", "digit", "digits", "primes", "squares", "triangular", "gray", "bcd",
    "residue", "residues", "delta", "elias", "continued", "gcd", "lcm", "egyptian", "farey", "recapture", "pyramid",
    "wall", "rhythm", "trolley", "levy", "levies", "queue", "queues", "edit", "distance", "rod", "weighing", "hourglass",
    "token_bucket", "complex", "whyte", "fence", "snail", "spiral", "move_to_front", "shamir", "ieee", "varint",
    "logarithm", "compressor", "sbox", "crc", "manchester", "bingo", "messier", "tarot", "element", "constellation",
    "errno", "resistor", "keyboard", "keycap", "segment", "pixel", "unicode", "entity", "escape", "dump",
}
# Tools and libraries of both READMEs' positional syntaxes and left-out lists.
HAND_TOOL_TOKENS = {
    "7z", "sevenzip", "winrar", "rar", "openssl", "winrs", "isql", "unixodbc", "tsql", "freetds", "minio", "mc",
    "veracrypt", "keychain", "networksetup", "jenkins", "kadmin", "prosodyctl", "synapse", "vsql", "vertica",
    "bitwarden", "bw", "hurl", "apachebench", "vmrun", "vmware", "cloudfoundry", "twine", "bitsadmin", "emqx",
    "signtool", "nuget", "chisel", "sudo", "cryptsetup", "gocryptfs", "argon2", "fscrypt", "vlc", "zfs", "geli",
    "requests", "zipfile", "exchangelib", "pywinrm", "winrm", "ibm", "db2", "jaydebeapi", "nntplib", "jdbc",
    "drivermanager", "vfs", "x509certificate2", "restsharp", "scram", "nats", "rumqttc", "amqpstreamconnection",
    "superagent", "httpclientbasiccredentials", "luasql", "hackney", "applybasicauth", "clj", "fuel", "sttp", "matlab",
    "rodbc", "odbcconnect", "sqlconnect", "qt", "qsqldatabase", "circuitpython", "xdotool", "wtype", "osascript",
    "applescript", "autohotkey", "robotjs", "zellij", "wezterm", "espresso", "xcuitest", "maestro", "uiautomator2",
    "nightwatch", "squish", "watir", "selenide", "geb", "panther", "sikulix", "testcomplete", "uipath", "openvpn",
    "zookeeper", "lighttpd", "nagios", "hostapd", "monit", "exim", "clickhouse", "openedge", "derby", "tor", "deluge",
    "socks5", "rexec", "freeswitch", "shoutcast", "squeezebox", "lms", "mysql", "xfreerdp", "rabbitmqadmin",
    "hdbuserstore", "exasol_exaplus", "exaplus", "oracle", "expdp", "nextcloudcmd", "ytdlp", "ttyd", "zkcli", "cvs",
    "testsaslauthd", "micropython_webrepl", "webrepl", "impacket", "swaks", "openssh", "kinit", "pamtester", "realmd",
    "imaplib", "smtplib", "httpx", "pysnmp", "pypdf", "hashlib", "bcrypt", "smtp", "ldap", "imap", "smbj",
    "keystore", "slick", "mailkit", "sshnet", "directoryentry", "vbscript", "ado", "gomail", "lettre", "sequelize",
    "libpq", "sqlcipher", "esp", "okhttp", "keyboard", "ranorex", "uft", "tmux", "idb", "earlgrey", "patrol",
    "protractor", "codeceptjs", "proxychains", "threeproxy", "strongswan", "espanso", "orientdb", "informix",
    "utl", "cqlsh", "zmtp", "teamspeak", "rcon", "curl", "lftp", "skopeo", "ngrok", "etcdctl", "jetty", "reqwest",
    "httr", "lwp", "cryfs", "udisksctl", "selenium", "webdriverio", "doobie", "pbcopy", "telnet", "sendkeys",
    "keepass", "keepassxc", "sshpass", "htpasswd", "chpasswd", "mosquitto", "influx", "samba", "smbclient", "radtest",
    "xclip", "nickserv", "webirc", "zip4j", "rubyzip", "pyminizip", "couchbase", "ssh", "ftp", "pop3", "snmp", "redis",
    "mongo", "mongodb", "sasl",
}

LANG_RE = re.compile(r"^[a-z]{3}$")


# ------------------------------------------------------------------ deny-list
def load_deny(outdir):
    path = os.path.join(outdir, "brief_names.json")
    d = json.load(open(path, encoding="utf-8"))
    note = "frozen list used (%s not present)" % BRIEF_DIR
    errs = []
    if os.path.isdir(BRIEF_DIR):
        fresh = C.extract_denylist([os.path.join(BRIEF_DIR, f) for f in BRIEF_FILES])
        for k in ("names", "syntaxes", "language_codes", "language_names"):
            if fresh[k] != d[k]:
                errs.append("deny-list %s differs from a fresh extraction of %s" % (k, BRIEF_DIR))
        note = "re-extracted from %s and identical" % BRIEF_DIR if not errs else "re-extracted and DIFFERENT"
    return d, note, errs


def _denied(name, deny):
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return any(p in deny["_names"] for p in parts)


def check_denylist(data, deny):
    errs = []
    deny["_names"] = set(deny["names"])
    syn = set(deny["syntaxes"])
    used = set()
    used |= set(E.TYPE_NAMES) | set(E.KIND_NAMES)
    used |= set(v[0] for v in V.VENDORS) | set(s[0] for s in V.STYLES)
    used |= set(P.WHERE.values()) | set(P.PREFIX + s[0] for s in P.SYNTAXES)
    used |= {PR.TYPE} | set(PR.FORMATS)
    used |= set(t[0] for t in EV.TYPES) | set(w[0] for w in EV.WORDINGS) | set(enc265.ENCODINGS)
    used |= set(c[0] for c in N.CLASSES) | set(k for c in N.CLASSES for k in c[1]) | set(w[0].lstrip("_") for w in N.WRAPPERS if w[0])
    for r in data["secrets"] + data["evasions"]:
        used.add(r["type"])
        used.add(r["container"])
    for r in data["evasions"]:
        used.add(r["encoding"])
    for r in data["negatives"]:
        used.add(r["class"])
        used.add(r["container"])
    for u in sorted(used):
        if _denied(u, deny):
            errs.append("deny-listed name: %s" % u)
    for s in P.SYNTAXES:
        name = s[0]
        if name in syn or name.lower() in deny["_names"]:
            errs.append("earlier positional syntax: %s" % name)
        for tok in name.split("_"):
            if tok in HAND_TOOL_TOKENS:
                errs.append("positional syntax %s contains earlier tool token %s" % (name, tok))
    for r in data["secrets"]:
        if r["source"] == "password":
            s = r["type"][len(P.PREFIX):]
            if s in syn:
                errs.append("earlier positional syntax in records: %s" % s)
    for e in enc265.ENCODINGS + [r["encoding"] for r in data["evasions"]]:
        for tok in e.split("_"):
            if tok in HAND_ENCODING_TOKENS:
                errs.append("encoding %s contains earlier idea token %s" % (e, tok))
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    langs = [(l[0], l[1]) for l in PR.LANGS] + list(PR.SPARES)
    for r in data["secrets"]:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            langs.append((code, dict((l[0], l[1]) for l in PR.LANGS).get(code, "?")))
    for code, name in langs:
        if code in codes or code in deny["_names"] or code in HAND_LANGUAGES or not LANG_RE.match(code):
            errs.append("prose language code on the deny-list: %s" % code)
        words = [name.lower()] + name.lower().split()
        for w in words:
            if w in lnames or w in HAND_LANGUAGES:
                errs.append("prose language name on the deny-list: %s (%s)" % (name, w))
    return errs


# ------------------------------------------------------------------ structure
SFIELDS = ["id", "type", "container", "text", "secrets", "source"]
SSPAN = ["value", "start", "end", "type"]
EFIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
ESPAN = ["value", "start", "end", "type", "plain", "encoding"]
NFIELDS = ["id", "class", "container", "text", "source"]


def check_structure(data):
    errs = []
    for key, tag, fields, span in (("secrets", "s", SFIELDS, SSPAN), ("evasions", "e", EFIELDS, ESPAN), ("negatives", "n", NFIELDS, None)):
        for i, r in enumerate(data[key], 1):
            want = "%s-%s-%04d" % (C.PREFIX, tag, i)
            if r.get("id") != want:
                errs.append("id %s should be %s" % (r.get("id"), want))
            if list(r) != fields:
                errs.append("%s: fields %s" % (r.get("id"), list(r)))
                continue
            if C.MARK in r["text"]:
                errs.append("%s: placement marker left" % r["id"])
            if span is None:
                if r["source"] != "negative":
                    errs.append("%s: source" % r["id"])
                continue
            if len(r["secrets"]) != 1:
                errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
                continue
            sp = r["secrets"][0]
            if list(sp) != span:
                errs.append("%s: span fields %s" % (r["id"], list(sp)))
                continue
            if r["text"][sp["start"]:sp["end"]] != sp["value"]:
                errs.append("%s: offsets do not give the value" % r["id"])
            if sp["type"] != r["type"]:
                errs.append("%s: span type differs" % r["id"])
            if r["text"].count(sp["value"]) != 1:
                errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(sp["value"])))
            if sp["value"] != sp["value"].strip() or not sp["value"]:
                errs.append("%s: value has outer whitespace" % r["id"])
            if key == "evasions":
                if sp["encoding"] != r["encoding"] or r["source"] != "evasion":
                    errs.append("%s: evasion encoding/source" % r["id"])
            elif r["source"] not in ("everyday", "vendor", "password", "prose"):
                errs.append("%s: source %s" % (r["id"], r["source"]))
    return errs


def check_counts(data):
    errs = []
    S = data["secrets"]
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday %d != 180" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds: %d kinds or a kind without four different types" % len(kinds))
    tc = {}
    for r in ev:
        tc[r["type"]] = tc.get(r["type"], 0) + 1
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday types: %s" % tc)
    vd = by.get("vendor", [])
    if not (110 <= len(vd) <= 130) or len(set(r["type"] for r in vd)) != len(vd):
        errs.append("vendor records %d / distinct types" % len(vd))
    for r in vd:
        t, st = r["container"].split("__")
        if t != r["type"] or st not in V.STYLE_CASE:
            errs.append("%s: vendor container %s" % (r["id"], r["container"]))
    pw = by.get("password", [])
    if not (100 <= len(pw) <= 120) or len(set(r["type"] for r in pw)) != len(pw):
        errs.append("positional records %d / distinct syntaxes" % len(pw))
    pr = by.get("prose", [])
    if len(pr) != 40 or len(set(r["container"].split("__")[1] for r in pr)) != 40:
        errs.append("prose: %d records / languages" % len(pr))
    if not (440 <= len(S) <= 470):
        errs.append("positives %d outside 440-470" % len(S))
    srcs = [set(r["type"] for r in by.get(k, [])) for k in ("everyday", "vendor", "password", "prose")]
    evt = set(r["type"] for r in data["evasions"])
    for i in range(4):
        for j in range(i + 1, 4):
            if srcs[i] & srcs[j]:
                errs.append("span types shared between sources")
        if srcs[i] & evt:
            errs.append("span types shared with evasions")
    E_ = data["evasions"]
    combos = set((r["encoding"], r["type"]) for r in E_)
    wc = {}
    for r in E_:
        w = r["container"].split("__")[1]
        wc[(r["encoding"], w)] = wc.get((r["encoding"], w), 0) + 1
    if len(E_) != 66 or len(combos) != 66 or len(set(r["encoding"] for r in E_)) != 22 or len(evt) != 3 or set(wc.values()) != {1}:
        errs.append("evasions: %d records, %d combos" % (len(E_), len(combos)))
    Ng = data["negatives"]
    cc = {}
    for r in Ng:
        cc[r["class"]] = cc.get(r["class"], 0) + 1
    if len(Ng) < 200 or len(cc) < 20 or min(cc.values()) < 10:
        errs.append("negatives: %d records in %d classes" % (len(Ng), len(cc)))
    if len(set(r["text"] for r in Ng)) != len(Ng):
        errs.append("repeated negative text")
    return errs


# ------------------------------------------------------------------ shapes
def check_shapes(data):
    errs = []
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday":
            p = E.value_problem(r["type"], v)
        elif r["source"] == "vendor":
            p = V.value_problem(r["type"], v)
        else:
            p = None if C.PW_STRICT_RE.match(v) else "strict password form"
        if p:
            errs.append("%s: shape (%s) %s" % (r["id"], p, v[:40]))
        if r["source"] == "password" and C.HINT_RE.search(r["text"]):
            errs.append("%s: hint word in positional text" % r["id"])
        if r["source"] == "prose":
            sp = r["secrets"][0]
            if not PR.set_off(r["text"], sp["start"], sp["end"]):
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in data["evasions"]:
        sp = r["secrets"][0]
        p = EV.plain_problem(r["type"], sp["plain"])
        if p:
            errs.append("%s: plain shape %s" % (r["id"], p))
        lines = r["text"].split("\n")
        if len(lines) != 3 or not lines[0].endswith(":") or lines[1] != sp["value"] or not lines[2].strip():
            errs.append("%s: evasion layout" % r["id"])
        elif enc265.RULES.get(r["encoding"], ("\x00",))[0] not in lines[0]:
            errs.append("%s: rule text missing" % r["id"])
    return errs


def check_containers(data):
    errs = []
    for r in data["secrets"]:
        t, c = r["text"], r["container"]
        try:
            if r["source"] == "everyday":
                if c in E.JSON_KINDS:
                    json.loads(t)
                elif c == "shop_firebase_runtimeconfig_json":
                    json.loads(t[t.index("{"):])
                elif c == "office_mattermost_export_jsonl":
                    for line in t.strip().split("\n"):
                        json.loads(line)
                elif c in E.XML_KINDS or c == "office_confluence_storage_xhtml":
                    ET.fromstring(t if c != "office_confluence_storage_xhtml" else
                                  "<r xmlns:ac=\"urn:ac\">" + t + "</r>")
                    if c == "office_evernote_enex":
                        inner = ET.fromstring(t).find("note/content").text
                        ET.fromstring(inner[inner.index("<en-note"):])
                elif c in E.TOML_KINDS:
                    tomllib.loads(t)
                elif c == "office_todoist_backup_csv":
                    rows = list(csv.reader(io.StringIO(t)))
                    if len(set(len(x) for x in rows)) != 1:
                        raise ValueError("csv columns")
            elif r["source"] == "vendor":
                st = c.split("__")[1]
                if st in V.JSON_STYLES:
                    json.loads(t)
                elif st == "ops_azure_keyvault_secret_show":
                    json.loads(t[t.index("{"):])
                elif st in ("office_safari_passwords_csv", "office_nordpass_csv_export"):
                    rows = list(csv.reader(io.StringIO(t)))
                    if len(set(len(x) for x in rows)) != 1 or r["secrets"][0]["value"] not in rows[1]:
                        raise ValueError("csv columns")
                nb = V.VNEIGH[r["type"]][0]
                if nb and st not in ("dev_npmrc_file",):
                    pass
        except Exception as ex:
            errs.append("%s: %s does not parse (%s)" % (r["id"], c, ex))
    return errs


def check_evasions(data):
    errs = []
    for r in data["evasions"]:
        sp = r["secrets"][0]
        try:
            got = dec265.decode(r["encoding"], sp["value"])
        except Exception as ex:
            got = "<error %s>" % ex
        if got != sp["plain"]:
            errs.append("%s: run decodes to %r, not the plain" % (r["id"], got[:40]))
        if sp["plain"] in sp["value"]:
            errs.append("%s: run contains its plain" % r["id"])
    return errs


def check_reuse(data):
    errs = []
    allrecs = data["secrets"] + data["evasions"]
    texts = [(r["id"], r["text"]) for r in allrecs + data["negatives"]]
    values = [(r["id"], r["secrets"][0]["value"]) for r in allrecs]
    seen = {}
    for rid, v in values:
        if v in seen:
            errs.append("%s: value reused from %s" % (rid, seen[v]))
        seen[v] = rid
    for rid, v in values:
        for tid, t in texts:
            if tid != rid and v in t:
                errs.append("%s: value appears in %s" % (rid, tid))
    for r in data["evasions"]:
        p = r["secrets"][0]["plain"]
        for tid, t in texts:
            if p in t:
                errs.append("%s: evasion plain appears in %s" % (r["id"], tid))
    for r in data["negatives"]:
        t = r["text"]
        if C.PW_FORM_ANY_RE.search(t):
            errs.append("%s: password form in negative" % r["id"])
        if C.JWT_RE.search(t):
            errs.append("%s: JWT-shaped string in negative" % r["id"])
    for r in allrecs:
        v = r["secrets"][0]["value"]
        extra = [x for x in C.PW_FORM_ANY_RE.findall(r["text"]) if x != v]
        if extra:
            errs.append("%s: unlabelled password form %s" % (r["id"], extra[0]))
        if r["source"] == "evasion" and C.PW_FORM_ANY_RE.search(r["text"]):
            errs.append("%s: password form in evasion text" % r["id"])
    for rid, t in texts:
        if C.non_v4_uuids(t):
            errs.append("%s: non-v4 UUID" % rid)
        for tok, why in C.jwt_problems_in(t):
            errs.append("%s: invalid JWT-shaped string (%s)" % (rid, why))
    return errs


def check_negative_ids(data):
    errs = []
    pub = C.b64u(E.ed448_pub())
    jwks_seen = False
    for r in data["negatives"]:
        t = r["text"]
        if r["class"] == "stationery_periodical_issn_numbers":
            for m in re.finditer(r"\b\d{4}-\d{3}[\dX]\b", t):
                if not N.issn_ok(m.group(0)):
                    errs.append("%s: ISSN check broken %s" % (r["id"], m.group(0)))
        if r["class"] == "parcel_s10_tracking_numbers":
            found = re.findall(r"\b[A-Z]{2}\d{9}GB\b", t)
            if not found or not all(N.s10_ok(x) for x in found):
                errs.append("%s: S10 check broken" % r["id"])
        if r["class"] == "supplier_iban_account_numbers":
            found = re.findall(r"\b(?:GB|DE)\d{2}(?: ?[A-Z0-9]{4}){4}(?: ?[A-Z0-9]{1,4}){0,2}\b", t)
            if not found or not all(N.iban_ok(x) for x in found):
                errs.append("%s: IBAN check broken" % r["id"])
        if r["class"] == "broken_check_lookalike_fixtures":
            for m in re.finditer(r"(hpq_[A-Za-z0-9]{30}_[0-9a-f]{12}|NGP-[0-9A-Z-]{19}-.|tbr\.[a-z0-9]{26}\.[0-9a-f]{7}|base64:[A-Za-z0-9+/=]{40,44})", t):
                v = m.group(0)
                typ = {"hpq_": "parts_queue_sha3_key", "NGP-": "nib_profile_code39_licence", "tbr.": "till_bridge_elf_hash_token",
                       "base": "shop_laravel_app_key"}[v[:4]]
                if E.value_problem(typ, v) is None:
                    errs.append("%s: look-alike passes its own check: %s" % (r["id"], v))
        if r["class"] == "ed448_jwks_and_ssh_host_keys" and "jwks" in r["container"]:
            if pub in t:
                jwks_seen = True
    if not jwks_seen:
        errs.append("no JWKS negative carries the real Ed448 public key")
    return errs


def run_all(data, deny):
    errs = []
    for f in (check_structure, check_counts, check_shapes, check_containers, check_evasions, check_reuse, check_negative_ids,
              lambda d: check_denylist(d, deny)):
        try:
            errs += f(data)
        except Exception as ex:
            errs.append("a check crashed: %s %r" % (getattr(f, "__name__", "check"), ex))
    return errs


# ------------------------------------------------------------------ mutation tests
def _first(data, key, pred):
    for r in data[key]:
        if pred(r):
            return r
    raise LookupError


def _set_value(r, v):
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"]] + v + r["text"][sp["end"]:]
    sp["value"] = v
    sp["end"] = sp["start"] + len(v)


def _m01(d):
    d["secrets"][5]["secrets"][0]["start"] += 1


def _m02(d):
    r = _first(d, "secrets", lambda r: r["type"] == "parts_queue_sha3_key")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))


def _m03(d):
    r = _first(d, "secrets", lambda r: r["type"] == "nib_profile_code39_licence")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + ("A" if v[-1] != "A" else "B"))


def _m04(d):
    r = _first(d, "secrets", lambda r: r["type"] == "repair_tracker_ed448_jwt")
    v = r["secrets"][0]["value"]
    h, p, s = v.split(".")
    sig = bytearray(C.b64u_dec(s))
    sig[10] ^= 1
    _set_value(r, h + "." + p + "." + C.b64u(bytes(sig)))


def _m05(d):
    r = _first(d, "secrets", lambda r: r["type"] == "till_bridge_elf_hash_token")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))


def _m06(d):
    r = _first(d, "secrets", lambda r: r["type"] == "shop_laravel_app_key")
    import base64
    _set_value(r, "base64:" + base64.b64encode(bytes(31)).decode())


def _m07(d):
    v = d["secrets"][0]["secrets"][0]["value"]
    d["secrets"][200]["text"] += "\n" + v


def _m08(d):
    d["negatives"][3]["text"] += " " + d["secrets"][300]["secrets"][0]["value"]


def _m09(d):
    sp = d["evasions"][4]["secrets"][0]
    sp["plain"] = sp["plain"][:-1] + ("x" if sp["plain"][-1] != "x" else "y")


def _m10(d):
    d["secrets"][0]["container"] = "ops_salt_pillar_sls"


def _m11(d):
    for r in d["negatives"]:
        if r["class"] == d["negatives"][0]["class"]:
            r["class"] = "genuine_workroom_puzzle_pages"


def _m12(d):
    for r in d["evasions"][:3]:
        r["encoding"] = "bulls_and_cows_deductions"
        r["secrets"][0]["encoding"] = "bulls_and_cows_deductions"


def _m13(d):
    d["negatives"] = d["negatives"][:199]


def _m14(d):
    d["negatives"][7]["text"] += " " + C.jwt_hs256({"alg": "HS256"}, {"a": 1}, b"k")[:-3] + "abc"


def _m15(d):
    d["negatives"][9]["text"] += " 123e4567-e89b-12d3-a456-426614174000"


def _m16(d):
    d["secrets"][10]["secrets"].append(dict(d["secrets"][10]["secrets"][0]))


def _m17(d):
    r = _first(d, "secrets", lambda r: r["source"] == "password")
    r["type"] = P.PREFIX + "sevenzip_glued_lower_p"
    r["secrets"][0]["type"] = r["type"]


def _m18(d):
    d["secrets"][20]["id"], d["secrets"][21]["id"] = d["secrets"][21]["id"], d["secrets"][20]["id"]


def _m19(d):
    r = _first(d, "secrets", lambda r: r["type"] == "shopify_admin_api_access_token")
    _set_value(r, r["secrets"][0]["value"] + "Z")


def _m20(d):
    d["negatives"][11]["text"] += " platen-EF42"


def _m21(d):
    r = _first(d, "secrets", lambda r: r["source"] == "password")
    r["text"] += "\n# the password is above"


def _m22(d):
    r = d["evasions"][10]
    r["text"] = r["text"].replace(":\n", ": ", 1)


def _m23(d):
    r = _first(d, "secrets", lambda r: r["source"] == "prose")
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"] - 1] + "\u00bb" + r["text"][sp["start"]:]


def _m24(d):
    r = _first(d, "secrets", lambda r: r["container"] == "ink_bar_chrome_policy_json")
    r["text"] = r["text"].replace("{", "[", 1)


def _m25(d):
    r = _first(d, "secrets", lambda r: r["source"] == "prose")
    code = r["container"].split("__")[1]
    r["container"] = r["container"].replace(code, "pol")


def _m26(d):
    d["negatives"][20]["text"] += " " + d["evasions"][0]["secrets"][0]["plain"]


def _m27(d):
    r = _first(d, "negatives", lambda r: r["class"] == "parcel_s10_tracking_numbers" and r["container"].startswith("despatch"))
    m = re.search(r"\b([A-Z]{2}\d{8})(\d)(GB)\b", r["text"])
    bad = str((int(m.group(2)) + 1) % 10)
    r["text"] = r["text"].replace(m.group(0), m.group(1) + bad + m.group(3), 1)


def _m28(d):
    r = d["evasions"][12]
    sp = r["secrets"][0]
    new = sp["value"] + sp["plain"]
    r["text"] = r["text"].replace(sp["value"], new, 1)
    sp["value"] = new
    sp["end"] = sp["start"] + len(new)


def _m29(d):
    r = _first(d, "secrets", lambda r: r["source"] == "vendor")
    r["container"] = r["type"] + "__ops_unknown_style"


def _m30(d):
    d["negatives"][40]["text"] = d["negatives"][41]["text"]


def _m31(d):
    r = _first(d, "negatives", lambda r: r["class"] == "broken_check_lookalike_fixtures")
    body = C.rstr(__import__("random").Random(1), C.ALNUM, 30)
    r["text"] += "\n" + "hpq_%s_%s" % (body, C.sha3_tail(body, 12))


def _m32(d):
    r = _first(d, "secrets", lambda r: r["type"] == "repairs_rails_secret_key_base")
    _set_value(r, r["secrets"][0]["value"][:-2])


MUTATIONS = [
    ("m01_shifted_span_start", _m01), ("m02_sha3_tail_broken", _m02), ("m03_code39_check_wrong", _m03),
    ("m04_ed448_signature_broken", _m04), ("m05_elf_hash_tail_broken", _m05), ("m06_laravel_key_31_bytes", _m06),
    ("m07_value_reused_in_other_text", _m07), ("m08_positive_value_in_negative", _m08),
    ("m09_evasion_plain_corrupted", _m09), ("m10_deny_listed_container", _m10),
    ("m11_deny_listed_negative_class", _m11), ("m12_deny_listed_encoding", _m12), ("m13_negatives_below_200", _m13),
    ("m14_invalid_jwt_in_negative", _m14), ("m15_non_v4_uuid_in_negative", _m15), ("m16_two_spans", _m16),
    ("m17_earlier_syntax_name", _m17), ("m18_id_out_of_sequence", _m18), ("m19_vendor_shape_broken", _m19),
    ("m20_password_form_in_negative", _m20), ("m21_hint_word_in_positional_text", _m21),
    ("m22_evasion_layout_broken", _m22), ("m23_prose_value_not_set_off", _m23), ("m24_json_container_broken", _m24),
    ("m25_deny_listed_prose_language", _m25), ("m26_plain_leaked_into_negative", _m26),
    ("m27_s10_check_broken_in_negative", _m27), ("m28_run_contains_plain", _m28), ("m29_unknown_vendor_style", _m29),
    ("m30_repeated_negative_text", _m30), ("m31_lookalike_passes_own_check", _m31),
    ("m32_rails_key_wrong_length", _m32),
]


def run_mutations(data, deny, clean_errs):
    base = set(clean_errs)
    out = []
    for name, f in MUTATIONS:
        d = copy.deepcopy(data)
        try:
            f(d)
            errs = run_all(d, dict(deny))
            caught = bool(set(errs) - base)
        except Exception as ex:
            caught = False
            errs = ["mutation crashed: %s" % ex]
        out.append((name, caught))
    return out
