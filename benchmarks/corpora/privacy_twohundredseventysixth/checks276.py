"""Every check of p276 and the mutation tests."""
import base64
import configparser
import copy
import csv
import hashlib
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common276 as C
import dec276
import enc276
import everyday276 as EV
import evasions276 as EVA
import negatives276 as NEG
import positional276 as POS
import prose276 as PR
import vendor276 as VEN

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]

# tools and mechanisms the earlier READMEs name only in prose (left-out lists,
# relatives, dropped drafts, renamed tokens)
HAND_TOOLS = set("""ftp pop3 imap smtp ldap smb samba ssh sshpass redis cassandra cqlsh mongo mongodb mongosh mysql mariadb
postgresql postgres psql pgbouncer oracle sqlplus snmp irc znc winrm pywinrm winrs evilwinrm rcon xdotool ydotool wtype zip 7z rar unzip
archive docker podman skopeo crane registry sqlcmd mqttx racadm ilorest pbcopy requests okhttp unirest superagent aiohttp httpx
mechanize openuri playwright webdriverio nightwatch appium watir selenide geb codeceptjs flutter hg git ovftool dblink cockroach
xh ntfy ab jenkins mqttnet pexpect sasl zmtp sendkeys send ppp entertext soap tester net mssql typetext settext setvalue
keystroke keystrokes clipboard xclip rabbitmq rabbitmqctl rabbitmqadmin amqp kombu psk wpa hostapd keystore jarsigner keychain
keyring pbkdf2 hmac md5 digest rtsp rdp socks proxychains beeline sqlline trino db2""".split())
# position, verb, language and protocol words that do not name a tool
GENERIC_SYNTAX_TOKENS = set("""a after before by in into to with from on of at the first second third fourth fifth sixth
positional argument arguments option flag field column line row value values user users login connect connection credential
credentials auth basic authorization colon pair comma semicolon url userinfo capital lower upper p u n w k a reads pipe stdin echo file
config set add create open key token text input call method function command cli client http request string query array map object
item list assignment property element selector action step keyword type python java javascript js node php ruby rust go csharp
kotlin scala perl lua r c cpp vbscript powershell sql data slash frame body here cstring quoted prefix index id host port server
entry register unlock load hash insert table database driver shell console global standardinput process child subprocess run
windows macos android system security simple remote ui view edit textbox enter fill paste quoted procedure clause using identified
account use get up mount alias tag global handle check copy bytes encrypt set parameter module""".split())
HAND_IDEAS = set("""numeral bases base escape cipher signalling signal lookalike chaff shuffle expression power prime square triangular
fibonacci residue gcd midpoint checkdigit calendar clock lookup table game physical law unit conversion matrix matrice equation progression
magic graph scheduling knapsack assignment queue stack heap huffman lru edit distance inversion path economic josephus hanoi tally
roman dhondt vickrey word wrap order book petri tag lsystem collatz recaman sliding window ttl expiry change making coin exchange
stable marriage guessing guess jump trail egg drop rise dense ranking frog toad middle pick mark neighbour hop leaky ladder toboggan
slope kaprekar happy borda condorcet segment tide twelfth weighing page replacement robin sokoban slow start warmer removal deposit
bottle bait crash capped cap bus pass domino bookcase shelve shelf falling spelling alphabet reversal acrostic arithmetic barcode
keyboard compass colour color music dna route spanning tree flow critical topological reachability flood fill hashing hash trie search
fifo interval bin packing voting vote auction matching bucket state machine minimax rounding runlength cellular snake shell cup
curling petanque shut box war glob semver lamport molkky lazy stableford cricket tennis league conker cross country rock paper
scissors shootout rounder number code""".split())


def fold(t):
    return t[:-1] if t.endswith("s") and len(t) > 3 else t


def names_of(data):
    """All names this corpus uses, with the kind of name."""
    out = []
    for t in EV.TYPE_NAMES:
        out.append(("everyday type", t))
    for k in EV.KIND_NAMES:
        out.append(("everyday kind", k))
    for t in VEN.TYPE_NAMES:
        out.append(("vendor type", t))
    for s in VEN.STYLES:
        out.append(("vendor style", s))
    for s in POS.SYNTAXES:
        out.append(("positional syntax", s))
    for w in POS.WHERE.values():
        out.append(("positional where", w))
    out.append(("prose type", PR.TYPE))
    for f in PR.FORMATS:
        out.append(("prose format", f))
    for t in EVA.TYPES:
        out.append(("evasion type", t[0]))
    for w in EVA.WORDINGS:
        out.append(("evasion wording", w[0]))
    for e in enc276.ENCODINGS:
        out.append(("encoding", e))
    for c in NEG.CLASSES:
        out.append(("negative class", c[0]))
        for k in c[1]:
            out.append(("negative base kind", k))
    for w in NEG.WRAPPERS:
        out.append(("negative wrapper", w[0].strip("_")))
    for sec in ("secrets", "evasions"):
        for r in data[sec]:
            out.append(("record container", r["container"]))
            out.append(("record type", r["type"]))
            if sec == "evasions":
                out.append(("record encoding", r["encoding"]))
    for r in data["negatives"]:
        out.append(("record class", r["class"]))
        out.append(("record container", r["container"]))
    return out


def check_denylist(data, deny, syntaxes=None, encodings=None, langs=None):
    errs = []
    names = set(deny["names"])
    seen = set()
    for what, nm in names_of(data):
        if (what, nm) in seen:
            continue
        seen.add((what, nm))
        x = nm.lower()
        if x.startswith(POS.PREFIX):
            x2 = x[len(POS.PREFIX):]
        else:
            x2 = x
        for part in [x, x2] + [p for p in x.split("__") if p]:
            if part in names:
                errs.append("deny-list: %s %r (part %r) is an earlier name" % (what, nm, part))
    earlier_syn = set(deny["syntaxes"])
    syn_tokens = set()
    for s in earlier_syn:
        syn_tokens.update(s.split("_"))
    forbidden_syn = {t for t in syn_tokens if not re.match(r"^[a-z]{2,4}pw$", t)} - GENERIC_SYNTAX_TOKENS
    forbidden_syn |= HAND_TOOLS
    for s in (syntaxes if syntaxes is not None else POS.SYNTAXES):
        if s in earlier_syn or POS.PREFIX + s in earlier_syn or s in names:
            errs.append("deny-list: syntax %r is an earlier syntax" % s)
        for tok in s.split("_"):
            if tok in forbidden_syn:
                errs.append("deny-list: syntax %r contains the earlier tool token %r" % (s, tok))
    enc_forbidden = {fold(t) for t in deny["encoding_tokens"]} | {fold(t) for t in HAND_IDEAS}
    for e in (encodings if encodings is not None else enc276.ENCODINGS):
        for tok in e.split("_"):
            if fold(tok) in enc_forbidden:
                errs.append("deny-list: encoding %r contains the earlier idea token %r" % (e, tok))
    codes = set(deny["language_codes"]) | set(PR.HAND_CODES)
    lnames = set(deny["language_names"]) | set(PR.HAND_LANGUAGES)
    for code, name in (langs if langs is not None else [(x[0], x[1]) for x in PR.L] + PR.SPARES):
        if code in codes or code in names:
            errs.append("deny-list: language code %r is earlier" % code)
        nl = name.lower()
        for w in [nl] + re.split(r"[\s\-()]+", nl):
            if w and w in lnames:
                errs.append("deny-list: language name %r (word %r) is earlier" % (name, w))
    return errs

# ------------------------------------------------------------------ syntax of containers


def parse_check(kind, text):
    syn = None
    if kind in EV.KIND:
        syn = EV.KIND[kind][3]
    try:
        if syn == "json":
            json.loads(text)
        elif syn == "xml":
            ET.fromstring(text.encode())
        elif syn == "toml":
            tomllib.loads(text)
        elif syn == "ini":
            cp = configparser.ConfigParser(interpolation=None)
            cp.optionxform = str
            cp.read_string(text)
        elif syn == "csv":
            rows = list(csv.reader(io.StringIO(text)))
            if len(rows) < 2 or len({len(r) for r in rows}) != 1:
                return "csv rows of unequal width"
        elif syn == "tsv":
            rows = [r.split("\t") for r in text.strip("\n").split("\n")]
            if len({len(r) for r in rows}) != 1:
                return "tsv rows of unequal width"
        elif syn == "yaml":
            for ln in text.split("\n"):
                if "\t" in ln:
                    return "tab in yaml"
    except Exception as e:
        return "does not parse as %s: %s" % (syn, str(e)[:80])
    return None


def vendor_parse(style, text):
    try:
        if style == "bitwarden_json_item":
            json.loads(text)
        elif style == "keepass_xml_entry":
            ET.fromstring(text.encode())
        elif style == "lastpass_csv_row":
            rows = list(csv.reader(io.StringIO(text)))
            if len(rows) != 2 or len(rows[0]) != 8 or len(rows[1]) != 8:
                return "lastpass csv width"
    except Exception as e:
        return "does not parse: %s" % str(e)[:80]
    return None


def positional_parse(syntax, text):
    try:
        if syntax == "selenium_ide_side_command_value_field":
            json.loads(text)
        elif syntax in ("odoo_jsonrpc_common_login_third_arg", "deluge_web_auth_login_first_param", "aria2_jsonrpc_token_prefixed_first_param"):
            json.loads(text.split("\r\n\r\n", 1)[1])
        elif syntax == "wordpress_xmlrpc_getusersblogs_second_param":
            ET.fromstring(text.split("\r\n\r\n", 1)[1].encode())
    except Exception as e:
        return "does not parse: %s" % str(e)[:80]
    return None

# ------------------------------------------------------------------ main check


def check_all(data, ctx):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    keys = ctx["keys"]
    # ids and fields
    for sec, recs, pre, k1, k2 in (("secrets", S, "p276-s-", POS_KEYS, POS_SPAN), ("evasions", E, "p276-e-", EVA_KEYS, EVA_SPAN),
                                   ("negatives", N, "p276-n-", NEG_KEYS, None)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s%04d" % (pre, i + 1):
                errs.append("%s[%d]: id %r out of sequence" % (sec, i, r.get("id")))
            if list(r.keys()) != k1:
                errs.append("%s %s: field set/order %r" % (sec, r.get("id"), list(r.keys())))
            if k2 is None:
                continue
            sp = r.get("secrets", [])
            if len(sp) != 1:
                errs.append("%s %s: %d spans" % (sec, r.get("id"), len(sp)))
                continue
            s = sp[0]
            if list(s.keys()) != k2:
                errs.append("%s %s: span fields %r" % (sec, r["id"], list(s.keys())))
            if r["text"][s["start"]:s["end"]] != s["value"]:
                errs.append("%s %s: span offsets do not match value" % (sec, r["id"]))
            if s["type"] != r["type"]:
                errs.append("%s %s: span type differs" % (sec, r["id"]))
            if r["text"].count(s["value"]) != 1:
                errs.append("%s %s: value occurs %d times in its text" % (sec, r["id"], r["text"].count(s["value"])))
            if s["value"] != s["value"].strip():
                errs.append("%s %s: value has outer whitespace" % (sec, r["id"]))
    for r in S:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("secrets %s: source %r" % (r["id"], r["source"]))
    for r in E:
        if r["source"] != "evasion":
            errs.append("evasions %s: source" % r["id"])
    for r in N:
        if r["source"] != "negative":
            errs.append("negatives %s: source" % r["id"])
    by = {k: [r for r in S if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}
    # counts
    ev = by["everyday"]
    if len(ev) != 180:
        errs.append("everyday: %d records, want 180" % len(ev))
    from collections import Counter, defaultdict
    tc = Counter(r["type"] for r in ev)
    if set(tc) != set(EV.TYPE_NAMES) or any(v != 15 for v in tc.values()):
        errs.append("everyday: type balance %r" % dict(tc))
    kk = defaultdict(list)
    for r in ev:
        kk[r["container"]].append(r["type"])
    if len(kk) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kk.values()):
        errs.append("everyday: kinds must be 45 x 4 different types")
    vt = [r["type"] for r in by["vendor"]]
    if not 110 <= len(set(vt)) <= 130 or len(vt) != len(set(vt)):
        errs.append("vendor: %d records, %d types" % (len(vt), len(set(vt))))
    for r in by["vendor"]:
        t, _, st = r["container"].partition("__")
        if t != r["type"] or st not in VEN.STYLES:
            errs.append("vendor %s: container %r" % (r["id"], r["container"]))
    pt = [r["type"] for r in by["password"]]
    if not 100 <= len(set(pt)) <= 120 or len(pt) != len(set(pt)):
        errs.append("positional: %d records, %d syntaxes" % (len(pt), len(set(pt))))
    pl = [r["container"].split("__")[1] for r in by["prose"]]
    if len(by["prose"]) != 40 or len(set(pl)) != 40:
        errs.append("prose: %d records in %d languages" % (len(by["prose"]), len(set(pl))))
    if not 440 <= len(S) <= 470:
        errs.append("positives: %d, want 440-470" % len(S))
    if len(E) != 66:
        errs.append("evasions: %d, want 66" % len(E))
    ec = Counter((r["encoding"], r["type"]) for r in E)
    if len({r["encoding"] for r in E}) != 22 or len({r["type"] for r in E}) != 3 or any(v != 1 for v in ec.values()):
        errs.append("evasions: not 22 encodings x 3 types")
    ncl = Counter(r["class"] for r in N)
    if len(N) < 200 or len(ncl) < 20 or min(ncl.values()) < 10:
        errs.append("negatives: %d records in %d classes (min %d)" % (len(N), len(ncl), min(ncl.values()) if ncl else 0))
    if len({r["text"] for r in N}) != len(N):
        errs.append("negatives: repeated text")
    srcs = [set(r["type"] for r in by[k]) for k in by] + [set(r["type"] for r in E)]
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if srcs[i] & srcs[j]:
                errs.append("span types shared between sources")
    # shapes and syntax
    for r in ev:
        v = r["secrets"][0]["value"]
        if r["container"] not in EV.KIND:
            errs.append("everyday %s: unknown container kind %r" % (r["id"], r["container"]))
            continue
        e = EV.check_value(r["type"], v, keys)
        if e:
            errs.append("everyday %s (%s): %s" % (r["id"], r["type"], e))
        p = parse_check(r["container"], r["text"])
        if p:
            errs.append("everyday %s (%s): %s" % (r["id"], r["container"], p))
        if any(ch in EV.KIND[r["container"]][4] for ch in v):
            errs.append("everyday %s: value holds a character its container cannot hold" % r["id"])
    for r in by["vendor"]:
        v = r["secrets"][0]["value"]
        e = VEN.check_value(r["type"], v)
        if e:
            errs.append("vendor %s (%s): %s" % (r["id"], r["type"], e))
        p = vendor_parse(r["container"].split("__")[1], r["text"])
        if p:
            errs.append("vendor %s: %s" % (r["id"], p))
    for r in by["password"]:
        v = r["secrets"][0]["value"]
        if not C.is_password(v, strict=True):
            errs.append("positional %s: not the strict password form" % r["id"])
        if C.HINT_RE.search(r["text"]):
            errs.append("positional %s: hint word in text" % r["id"])
        syn = r["type"][len(POS.PREFIX):]
        if r["container"] != syn + "__" + POS.WHERE[[s[1] for s in POS.S if s[0] == syn][0]] if syn in POS.SYNTAXES else True:
            errs.append("positional %s: container/type mismatch" % r["id"])
        p = positional_parse(syn, r["text"])
        if p:
            errs.append("positional %s: %s" % (r["id"], p))
    for r in by["prose"]:
        s = r["secrets"][0]
        t = r["text"]
        if not C.is_password(s["value"], strict=True):
            errs.append("prose %s: not the strict password form" % r["id"])
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append("prose %s: value not set off by whitespace" % r["id"])
    for r in S:
        v = r["secrets"][0]["value"]
        stray = [m.group(0) for m in C.PW_FORM_ANY.finditer(r["text"]) if not (m.start() >= r["secrets"][0]["start"] and m.end() <= r["secrets"][0]["end"])]
        if stray:
            errs.append("positive %s: stray password form %r" % (r["id"], stray[0]))
        if not C.uuid_ok(r["text"]):
            errs.append("positive %s: non-v4 UUID" % r["id"])
        if C.JWT_SHAPE.search(r["text"]):
            errs.append("positive %s: JWT-shaped string" % r["id"])
    # evasions
    all_texts = [r["text"] for r in S] + [r["text"] for r in E] + [r["text"] for r in N]
    for r in E:
        s = r["secrets"][0]
        if s["encoding"] != r["encoding"] or r["container"] != r["encoding"] + "__" + EVA.wording_for(enc276.ENCODINGS.index(r["encoding"]), [t[0] for t in EVA.TYPES].index(r["type"]))[0]:
            errs.append("evasion %s: container/encoding" % r["id"])
        if not EVA.check_plain(r["type"], s["plain"]):
            errs.append("evasion %s: plain shape" % r["id"])
        try:
            if dec276.decode(r["encoding"], s["value"]) != s["plain"]:
                errs.append("evasion %s: run does not decode to its plain" % r["id"])
        except Exception as ex:
            errs.append("evasion %s: decoder failed (%s)" % (r["id"], str(ex)[:60]))
        if s["plain"] in s["value"]:
            errs.append("evasion %s: run contains its plain" % r["id"])
        lines = r["text"].split("\n")
        if len(lines) != 4 or lines[3] != "" or not lines[0].endswith(":") or lines[1] != s["value"] or not lines[2]:
            errs.append("evasion %s: layout" % r["id"])
        if C.PW_FORM_ANY.search(r["text"]):
            errs.append("evasion %s: password form in text" % r["id"])
        for t in all_texts:
            if s["plain"] in t:
                errs.append("evasion %s: plain appears in a text" % r["id"])
                break
    # reuse
    blob = "\n\u0000".join(all_texts)
    for r in S + E:
        v = r["secrets"][0]["value"]
        if blob.count(v) != 1:
            errs.append("record %s: value occurs %d times across the files" % (r["id"], blob.count(v)))
    for r, n in zip(by["vendor"], ctx["neighbours"]):
        if n is not None and r["text"].count(n) != 1:
            errs.append("vendor %s: neighbour occurs %d times" % (r["id"], r["text"].count(n)))
    reg = [x for x in ctx["registry"] if len(x) >= 6]
    reg += [r["secrets"][0]["value"] for r in S + E if len(r["secrets"][0]["value"]) >= 6]
    reg += [r["secrets"][0]["plain"] for r in E if len(r["secrets"][0]["plain"]) >= 6]
    reg = sorted(set(reg))
    for r in N:
        t = r["text"]
        for x in reg:
            if x in t:
                errs.append("negative %s: contains registered string %r" % (r["id"], x[:30]))
                break
        if C.PW_FORM_ANY.search(t):
            errs.append("negative %s: password form" % r["id"])
        if C.JWT_SHAPE.search(t):
            errs.append("negative %s: JWT-shaped string" % r["id"])
        if not C.uuid_ok(t):
            errs.append("negative %s: non-v4 UUID" % r["id"])
        errs += neg_class_check(r, ctx)
    return errs


def neg_class_check(r, ctx):
    errs = []
    t, c = r["text"], r["class"]
    rid = r["id"]
    if c == "iso6346_shipping_container_numbers":
        for m in re.findall(r"\b([A-Z]{4}\d{6})(\d)\b", t):
            if C.iso6346_check(m[0]) != m[1]:
                errs.append("negative %s: ISO 6346 check fails" % rid)
    elif c == "van_vin_check_digit_register":
        for v in re.findall(r"\b([A-HJ-NPR-Z0-9]{17})\b", t):
            if C.vin_check(v[:8] + "0" + v[9:]) != v[8]:
                errs.append("negative %s: VIN check fails" % rid)
    elif c == "imei_numbers_passing_luhn":
        for v in re.findall(r"\b(35\d{13})\b", t):
            if not C.luhn_valid(v):
                errs.append("negative %s: IMEI fails Luhn" % rid)
    elif c == "orcid_identifiers_of_conservators":
        for v in re.findall(r"(\d{4}-\d{4}-\d{4}-\d{3}[\dX])", t):
            d = v.replace("-", "")
            if C.iso7064_mod11_2(d[:15]) != d[15]:
                errs.append("negative %s: ORCID check fails" % rid)
    elif c == "public_codes_passing_own_checks":
        for v in re.findall(r"YRN-(\d{10})", t):
            if not C.verhoeff_valid(v):
                errs.append("negative %s: Verhoeff fails" % rid)
        for v in re.findall(r"WTK-(\d{8})", t):
            if not C.damm_valid(v):
                errs.append("negative %s: Damm fails" % rid)
    elif c == "base58check_donation_addresses":
        for v in re.findall(r"\b(1[1-9A-HJ-NP-Za-km-z]{25,34})\b", t):
            p = C.b58check_decode(v)
            if p is None or p[0] != 0:
                errs.append("negative %s: Base58Check fails" % rid)
    elif c == "one_way_hashes_in_password_columns":
        known = dict(ctx["hashes"])
        for h in re.findall(r"(scrypt\$[^\s,]+|pbkdf2:sha256:1000\$[^\s,]+)", t):
            inp = known.get(h)
            if inp is None:
                errs.append("negative %s: unknown hash" % rid)
                continue
            if h.startswith("scrypt$"):
                _, n, salt, rr, pp, hv = h.split("$")
                ok = base64.b64encode(hashlib.scrypt(inp, salt=salt.encode(), n=int(n), r=int(rr), p=int(pp), dklen=64)).decode() == hv
            else:
                _, salt, hv = h.split("$")
                ok = hashlib.pbkdf2_hmac("sha256", inp, salt.encode(), 1000).hex() == hv
            if not ok:
                errs.append("negative %s: hash does not recompute" % rid)
    elif c == "rsa_public_keys_of_gateways":
        mods = []
        for b in re.findall(r"ssh-rsa ([A-Za-z0-9+/=]+)", t):
            raw = base64.b64decode(b)
            i = 4 + int.from_bytes(raw[:4], "big")
            el = int.from_bytes(raw[i:i + 4], "big"); i += 4 + el
            nl = int.from_bytes(raw[i:i + 4], "big")
            mods.append(int.from_bytes(raw[i + 4:i + 4 + nl], "big"))
        for b in re.findall(r'"n": "([A-Za-z0-9_-]+)"', t):
            mods.append(int.from_bytes(base64.urlsafe_b64decode(b + "=" * (-len(b) % 4)), "big"))
        known = dict(ctx["rsa"])
        for n in mods:
            p = known.get(n)
            if p is None or n % p or not C.is_probable_prime(p) or not C.is_probable_prime(n // p):
                errs.append("negative %s: RSA modulus is not p x q" % rid)
        if not mods:
            errs.append("negative %s: no RSA key found" % rid)
    elif c == "own_layout_broken_checks":
        for v in re.findall(r"JQL-(\d{4})-(\d{4})-(\d{4})-(\d{4})", t):
            if C.luhn_valid("".join(v)):
                errs.append("negative %s: look-alike passes Luhn" % rid)
        for v in re.findall(r"RWR-(\d{12})", t):
            if C.verhoeff_valid(v):
                errs.append("negative %s: look-alike passes Verhoeff" % rid)
        for v in re.findall(r"VRU-(\d{10})", t):
            if C.damm_valid(v):
                errs.append("negative %s: look-alike passes Damm" % rid)
        for v in re.findall(r"(anx_[0-9A-Za-z]{32}_[0-9a-f]{16})", t):
            if EV.check_value("collections_api_siphash_tagged_key", v, ctx["keys"]) is None:
                errs.append("negative %s: look-alike passes SipHash" % rid)
    elif c == "genuine_puzzle_answer_sheets":
        seps = {f: enc276.ENC[f][1] for f in enc276.ENCODINGS}
        for ln in t.split("\n"):
            m = re.search(r"^(?:> )?(.*)  ->  answer (\d+)$", ln)
            if m:
                run, a = m.group(1), int(m.group(2))
                if a >= 45:
                    errs.append("negative %s: puzzle answer %d could hide a character" % (rid, a))
                ok = False
                for f in enc276.ENCODINGS:
                    try:
                        if dec276.DEC[f](run) == a:
                            ok = True
                            break
                    except Exception:
                        pass
                if not ok:
                    errs.append("negative %s: puzzle answer does not recompute" % rid)
    return errs

# ------------------------------------------------------------------ mutation tests


def mutations(data, deny):
    """Each returns (name, mutated data, extra deny-list check args)."""
    def first(sec, pred):
        for i, r in enumerate(data[sec]):
            if pred(r):
                return i
        raise KeyError

    def m(name, fn):
        d = copy.deepcopy(data)
        extra = fn(d)
        return name, d, extra or {}

    def shift(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def remove(d):
        r = d["secrets"][5]; v = r["secrets"][0]["value"]; r["text"] = r["text"].replace(v, "x" * len(v))

    def reuse(d):
        d["secrets"][7]["text"] += d["secrets"][8]["secrets"][0]["value"]

    def in_neg(d):
        d["negatives"][3]["text"] += d["secrets"][9]["secrets"][0]["value"]

    def plain(d):
        s = d["evasions"][0]["secrets"][0]; s["plain"] = s["plain"][:-1] + ("A" if s["plain"][-1] != "A" else "B")

    def deny_cont(d):
        r = d["secrets"][first("secrets", lambda r: r["source"] == "everyday")]
        r["container"] = "dev_jupyter_notebook_ipynb"

    def deny_class(d):
        for r in d["negatives"]:
            if r["class"] == d["negatives"][0]["class"]:
                r["class"] = "ipv4_header_internet_checksums"

    def deny_enc(d):
        return {"encodings": list(enc276.ENCODINGS) + ["kalah_sowing_store_seeds"]}

    def fewneg(d):
        d["negatives"] = d["negatives"][:150]

    def deny_lang(d):
        return {"langs": [(x[0], x[1]) for x in PR.L] + [("hun", "Hungarian")]}

    def by_type(t, fn):
        def f(d):
            i = first("secrets", lambda r: r["type"] == t)
            r = d["secrets"][i]
            s = r["secrets"][0]
            nv = fn(s["value"])
            r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
            s["value"] = nv
            s["end"] = s["start"] + len(nv)
        return f

    def flipdigit(v):
        return v[:-1] + str((int(v[-1]) + 1) % 10)

    def b58bad(v):
        ch = v[-1]
        return v[:-1] + ("2" if ch != "2" else "3")

    def nonv4(d):
        d["negatives"][0]["text"] += "\nref 0b8f3c2e-1d4a-1f6b-8c3d-2e5f6a7b8c9d\n"

    def twospans(d):
        r = d["secrets"][0]; r["secrets"].append(dict(r["secrets"][0]))

    def hint(d):
        i = first("secrets", lambda r: r["source"] == "password"); d["secrets"][i]["text"] += "# the password is above\n"

    def idseq(d):
        d["negatives"][4]["id"] = "p276-n-9999"

    def vshape(d):
        i = first("secrets", lambda r: r["type"] == "github_oauth_access_token")
        r = d["secrets"][i]; s = r["secrets"][0]; nv = s["value"][:-1]
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]; s["value"] = nv; s["end"] -= 1

    def leak(d):
        d["secrets"][20]["text"] += "\n" + d["evasions"][5]["secrets"][0]["plain"] + "\n"

    def prose_off(d):
        i = first("secrets", lambda r: r["source"] == "prose")
        r = d["secrets"][i]; s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "~" + r["text"][s["start"]:]

    def pwneg(d):
        d["negatives"][10]["text"] += "note: Heddle-2024\n"

    def jsonbroken(d):
        i = first("secrets", lambda r: r["container"] == "invoicing_aspnet_appsettings_json")
        d["secrets"][i]["text"] = "{" + d["secrets"][i]["text"]

    def repeat(d):
        d["negatives"][12]["text"] = d["negatives"][13]["text"]

    def earlier_syn(d):
        return {"syntaxes": list(POS.SYNTAXES) + ["mosquitto_pub_capital_p_after_lower_u"]}

    def layout(d):
        r = d["evasions"][2]; r["text"] = r["text"].replace(":\n", " -\n", 1)

    def iso(d):
        i = first("negatives", lambda r: r["class"] == "iso6346_shipping_container_numbers")
        t = d["negatives"][i]["text"]
        m = re.search(r"\b([A-Z]{4}\d{6})(\d)\b", t)
        d["negatives"][i]["text"] = t[:m.start(2)] + str((int(m.group(2)) + 1) % 10) + t[m.end(2):]

    def stray(d):
        i = first("secrets", lambda r: r["source"] == "vendor")
        d["secrets"][i]["text"] += "# old one was Bobbin_1999\n"

    def syn_tool(d):
        return {"syntaxes": list(POS.SYNTAXES) + ["python_redis_client_auth_second"]}

    def enc_idea(d):
        return {"encodings": list(enc276.ENCODINGS) + ["josephus_circle_survivor"]}

    def fernet_bad(v):
        raw = base64.urlsafe_b64decode(v)
        raw = raw[:-1] + bytes([raw[-1] ^ 1])
        return base64.urlsafe_b64encode(raw).decode()

    def sip_bad(v):
        return v[:-1] + ("0" if v[-1] != "0" else "1")

    return [
        m("m01_shifted_span_start", shift), m("m02_value_removed_from_its_text", remove), m("m03_value_reused_in_another_text", reuse),
        m("m04_positive_value_in_a_negative", in_neg), m("m05_evasion_plain_corrupted", plain), m("m06_deny_listed_container", deny_cont),
        m("m07_deny_listed_negative_class", deny_class), m("m08_deny_listed_encoding", deny_enc), m("m09_negatives_below_200", fewneg),
        m("m10_deny_listed_prose_language", deny_lang),
        m("m11_luhn_digit_broken", by_type("loom_pattern_software_luhn_licence", flipdigit)),
        m("m12_verhoeff_digit_broken", by_type("wash_job_verhoeff_release_code", flipdigit)),
        m("m13_damm_digit_broken", by_type("van_route_tablet_damm_unlock_code", flipdigit)),
        m("m14_base58check_broken", by_type("climate_gateway_base58check_provisioning_key", b58bad)),
        m("m15_siphash_tag_broken", by_type("collections_api_siphash_tagged_key", sip_bad)),
        m("m16_fernet_hmac_broken", by_type("booking_portal_fernet_session_token", fernet_bad)),
        m("m17_non_v4_uuid_in_a_negative", nonv4), m("m18_two_spans", twospans), m("m19_hint_word_in_a_positional_text", hint),
        m("m20_id_out_of_sequence", idseq), m("m21_vendor_shape_broken", vshape), m("m22_evasion_plain_leaked_into_a_text", leak),
        m("m23_prose_value_not_set_off", prose_off), m("m24_password_form_in_a_negative", pwneg), m("m25_json_container_broken", jsonbroken),
        m("m26_repeated_negative_text", repeat), m("m27_earlier_syntax_name", earlier_syn), m("m28_evasion_layout_broken", layout),
        m("m29_iso6346_check_broken_in_a_negative", iso), m("m30_stray_password_form_in_a_positive", stray),
        m("m31_earlier_tool_token_in_a_syntax_name", syn_tool), m("m32_earlier_idea_token_in_an_encoding", enc_idea),
    ]


def run_mutations(data, ctx, deny, clean_errs):
    results = []
    base = set(clean_errs) | set(check_denylist(data, deny))
    for name, d, extra in mutations(data, deny):
        errs = set(check_all(d, ctx)) | set(check_denylist(d, deny, **extra))
        new = errs - base
        results.append((name, bool(new), sorted(new)[:1]))
    return results
