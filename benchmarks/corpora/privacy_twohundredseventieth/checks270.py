"""Every check the build runs before writing, plus the mutation tests."""
import collections
import configparser
import copy
import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import common270 as C
import dec270
import enc270
import everyday270
import evasions270
import negatives270
import positional270
import prose270
import vendor270
import world270 as W

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

HINT_RE = re.compile(r"(?i)pass|pwd|secret|(?<![a-z])pw(?![a-z])")

# generic words that may appear in syntax names although earlier names used them
TOOL_STOP = set("""action add after argument arguments array as ascii at attribute auth basic begin by bytes c capital char
class clause cli client colon column comma command connect connection console control controller copy create credential
credentials csharp csv database dataset db decrypt digest driver dump encrypt equals event events factory field fields
fifth file fill first fixed flag fourth from function get global glued go helper http in index input into java key keys
kotlin library line list literal load login lower lua macro make message method native node nodejs open option p packet
pair parameter params perl php pipe plain positional positionals printf procedure properties property query quoted r
record register replace request resource response ruby rust scala second server session set seven simple single sixth
slash some source sources start stdin step store str swift system terms test testing text third to tuple two type typing
u unlock upload url user userinfo users using utils value vector w web with word write yaml python net security root k ctor semicolon conf
principal realm reader save perform find typing frontend start ok plain in dsn pipe from step
""".split())
# tools and mechanisms the READMEs name only in prose (left out, relatives, renamed)
HAND_TOOLS = set("""keepassxc htpasswd wpa passphrase sshpass openconnect lpass gopass paho nzsql xe murmurd ftp pop3 imap smtp
ldap smb ssh redis mongo mongodb mysql snmp pkcs12 netsh crane oras buildah psexec schtasks bcp curl skopeo httpie lynx
fossil mysqlsh requests faraday guzzle poco odbc pymssql jdbc pika pymupdf pikepdf pdfbox pdfsharp pfx shoutcast playwright
cypress puppeteer testcafe espresso detox kif flaui pywinauto typetext getconnection sudo cryptsetup gocryptfs keyctl
selenium autoit cmdkey pdftk chpasswd oracle sqlplus postgres postgresql tsql sybase windows basicauth sp mssql
authenticate sendkeys settext setvalue keystroke presskeys typeinto icecast stomp nntp pgpass netrc docker podman
""".split())

IDEA_STOP = {"on", "or", "no", "name", "the", "of", "a", "and"}
HAND_IDEAS = set("""base numeral escape dump utf cipher xor morse braille semaphore spelling alphabet lookalike zero width
combining chaff decoy shuffle reversal reverse acrostic steganography expression power prime square triangular fibonacci
factoradic combinadic gray bcd residue delta continued egyptian fraction gcd reciprocal midpoint check barcode font
keyboard telephone calendar clock lookup table dna colour color music chess card dice domino bingo bowling dart rugby
snooker scrabble backgammon league regatta unit conversion physical law matrix equation progression magic grid shortest
path spanning tree critical flow geometry area cellular automaton statistic venn knapsack assignment queue jug rain
subarray huffman lru edit distance inversion snail fifo lifo stack bin packing trie search heap probing ring mirror flood
bull cow pigeonhole frobenius factorial page digit perimeter light curling knitting tally soroban vickrey fence post snake
ladder deviation totient roman soundex mancala reversi dhondt scan lift elevator bracket nesting wrap bill material
explosion lottery order lamport undo redo jump trail guessing marriage bottle parcel josephus topological colouring
reachability hashing hash interval union interest alligation tariff cap chargeable weight excess markup multibuy costing
apportionment auction loyalty stamp sliding overtime commission dependency closure liar amidakuji rod cutting coin empties
exchange newick succession judge ttl expiry crdt lzw compass johnson makespan minesweeper lamp pattern mealy greedy cover
overlap game graph sort
""".split())
HAND_LANGUAGES = {"english", "catalan", "latin", "chinese", "irish", "persian", "arabic", "eng", "cat", "lat", "zho",
                  "cmn", "gle", "fas", "pes", "ara", "arb"}


def fold(tok):
    if tok.endswith("ies") and len(tok) > 4:
        return tok[:-3] + "y"
    if tok.endswith("es") and len(tok) > 4 and tok[-3] in "sxz":
        return tok[:-2]
    if tok.endswith("s") and len(tok) > 3 and not tok.endswith("ss"):
        return tok[:-1]
    return tok


def tool_tokens(deny):
    toks = set()
    for s in deny["syntaxes"]:
        for t in s.split("_"):
            if t and t not in TOOL_STOP and not t.isdigit():
                toks.add(t)
    return toks | HAND_TOOLS


def idea_tokens(deny):
    toks = set()
    for s in deny.get("earlier_encodings", []):
        for t in s.split("_"):
            if t not in IDEA_STOP:
                toks.add(fold(t))
    return toks | {fold(x) for x in HAND_IDEAS}


# ------------------------------------------------------------------ helpers
def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def xml_strings(root):
    for el in root.iter():
        if el.text:
            yield el.text
        for v in el.attrib.values():
            yield v


def parse_check(kind, text, value):
    """Returns an error string or None."""
    try:
        if kind == "json":
            d = json.loads(text)
            if not any(value in s for s in walk_strings(d)):
                return "value not inside the parsed JSON"
        elif kind == "json_last":
            d = json.loads(text.strip().split("\n")[-1])
            if value not in d.values():
                return "value not a JSON value"
        elif kind in ("xml", "xmlfrag"):
            root = ET.fromstring(text if kind == "xml" else "<root>" + text + "</root>")
            if not any(value in s for s in xml_strings(root)):
                return "value not inside the parsed XML"
        elif kind == "ini":
            cp = configparser.ConfigParser(interpolation=None)
            cp.read_string(text)
            if not any(value == v for sec in cp.sections() for v in cp[sec].values()):
                return "value not an INI value"
        elif kind == "csv":
            rows = list(csv.reader(io.StringIO(text)))
            if len(set(len(r) for r in rows if r)) != 1:
                return "CSV rows of unequal width"
            if not any(value in r for r in rows):
                return "value not a CSV cell"
        elif kind == "emlx":
            first, rest = text.split("\n", 1)
            n = int(first)
            msg = rest.encode()[:n].decode()
            if value not in msg or not rest.encode()[n:].decode().startswith("<?xml"):
                return "emlx byte count wrong"
    except Exception as e:  # noqa
        return "parse error: %s" % e
    return None


EVA_PLAIN_RE = {
    "scalehouse_pc_evasion_password": W.PW_RE_STRICT,
    "shotfirer_console_evasion_arming_code": re.compile(r"^SFA/\d{3}/[A-Z]{5}$"),
    "wagon_loadout_evasion_api_key": re.compile(r"^wlo\.[A-Za-z0-9]{18}$"),
}


# ------------------------------------------------------------------ the checks
def run_checks(data, deny, registry_items, neighbours):
    errs = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]

    def E(msg):
        errs.append(msg)

    # ids and fields
    for recs, pre, fields in ((pos, "p270-s-", POS_FIELDS), (eva, "p270-e-", EVA_FIELDS), (neg, "p270-n-", NEG_FIELDS)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s%04d" % (pre, i + 1):
                E("id out of sequence at %s index %d: %s" % (pre, i, r.get("id")))
            if list(r.keys()) != fields:
                E("%s: field set %s" % (r.get("id"), list(r.keys())))
    for r in pos + eva:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            E("%s: not exactly one span" % r["id"])
            continue
        s = sp[0]
        want = POS_SPAN if r in pos else EVA_SPAN
        if list(s.keys()) != want:
            E("%s: span fields %s" % (r["id"], list(s.keys())))
            continue
        if r["text"][s["start"]:s["end"]] != s["value"]:
            E("%s: text[start:end] != value" % r["id"])
        if s["type"] != r["type"]:
            E("%s: span type differs from record type" % r["id"])
        if r["text"].count(s["value"]) != 1:
            E("%s: value occurs %d times" % (r["id"], r["text"].count(s["value"])))
        if s["value"] != s["value"].strip():
            E("%s: value has outer whitespace" % r["id"])
        if "\ue000" in r["text"] or "\u00a7V\u00a7" in r["text"]:
            E("%s: placement marker left" % r["id"])
    for r in pos:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            E("%s: bad source" % r["id"])
    for r in eva:
        if r["source"] != "evasion":
            E("%s: bad source" % r["id"])
        if r["secrets"] and r["secrets"][0].get("encoding") != r["encoding"]:
            E("%s: span encoding differs" % r["id"])
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__")[-1]):
            E("%s: container is not <encoding>__<wording>" % r["id"])
    for r in neg:
        if r["source"] != "negative":
            E("%s: bad source" % r["id"])

    by = collections.defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    ev, vd, pw, pr = by["everyday"], by["vendor"], by["password"], by["prose"]

    # counts
    if len(ev) != 180:
        E("everyday count %d" % len(ev))
    kinds = collections.defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E("everyday kinds not 45 x 4 different types")
    tc = collections.Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        E("everyday types not 12 x 15: %s" % dict(tc))
    vt = set(r["type"] for r in vd)
    if not (110 <= len(vd) <= 130) or len(vt) != len(vd):
        E("vendor count %d / distinct %d" % (len(vd), len(vt)))
    for r in vd:
        t, st = r["container"].split("__")
        if t != r["type"] or st not in vendor270.STYLES:
            E("%s: vendor container %s" % (r["id"], r["container"]))
    if not (100 <= len(pw) <= 120) or len(set(r["type"] for r in pw)) != len(pw):
        E("positional count %d" % len(pw))
    if len(pr) != 40 or len(set(r["container"].split("__")[1] for r in pr)) != 40:
        E("prose not 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        E("positives total %d" % len(pos))
    if len(eva) != 66:
        E("evasion count %d" % len(eva))
    ec = collections.Counter(r["encoding"] for r in eva)
    if len(ec) != 22 or set(ec.values()) != {3}:
        E("evasions not 22 encodings x 3")
    for enc in ec:
        rs = [r for r in eva if r["encoding"] == enc]
        if len(set(r["type"] for r in rs)) != 3 or len(set(r["container"].split("__")[1] for r in rs)) != 3:
            E("encoding %s not once per type and wording" % enc)
    if len(neg) < 200:
        E("negatives %d < 200" % len(neg))
    nc = collections.Counter(r["class"] for r in neg)
    if len(nc) < 20 or min(nc.values()) < 10:
        E("negative classes %d / min %d" % (len(nc), min(nc.values()) if nc else 0))
    if len(set(r["text"] for r in neg)) != len(neg):
        E("repeated negative text")
    srcs = [set(r["type"] for r in g) for g in (ev, vd, pw, pr)] + [set(r["type"] for r in eva)]
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if srcs[i] & srcs[j]:
                E("span types shared between sources %d and %d" % (i, j))

    # shapes
    for r in ev:
        v = r["secrets"][0]["value"]
        t = everyday270.TYPE_BY_NAME.get(r["type"])
        if not t or not t[4](v):
            E("%s: everyday shape/check failed for %s" % (r["id"], r["type"]))
    for r in vd:
        v = r["secrets"][0]["value"]
        if r["type"] not in vendor270.VENDOR_BY_NAME or not vendor270.validate(r["type"], v):
            E("%s: vendor shape failed for %s" % (r["id"], r["type"]))
    for r in pw + pr:
        v = r["secrets"][0]["value"]
        if not W.PW_RE_STRICT.fullmatch(v) or not W.pw_word_ok(v):
            E("%s: not a strict password form" % r["id"])
    for r in pw:
        if HINT_RE.search(r["text"]):
            E("%s: hint word in positional text" % r["id"])
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            E("%s: prose value not set off by whitespace" % r["id"])
    for r in eva:
        s = r["secrets"][0]
        if r["type"] not in EVA_PLAIN_RE or not EVA_PLAIN_RE[r["type"]].fullmatch(s["plain"]):
            E("%s: evasion plain shape" % r["id"])
        lines = r["text"].split("\n")
        if len(lines) != 3 or not lines[0].endswith(":") or lines[1] != s["value"] or not lines[2].strip():
            E("%s: evasion layout" % r["id"])
        if enc270.RULES.get(r["encoding"], "\x00") not in lines[0]:
            E("%s: rule text missing" % r["id"])
        try:
            if dec270.decode(r["encoding"], s["value"]) != s["plain"]:
                E("%s: run does not decode to its plain" % r["id"])
        except Exception as e:  # noqa
            E("%s: decoder error %s" % (r["id"], e))
        if s["plain"] in s["value"]:
            E("%s: run contains its plain" % r["id"])

    # container syntax
    for r in ev:
        kind = everyday270.KIND_BY_NAME.get(r["container"])
        if kind is None:
            E("%s: unknown everyday container kind %s" % (r["id"], r["container"]))
            continue
        if kind[4]:
            e = parse_check(kind[4], r["text"], r["secrets"][0]["value"])
            if e:
                E("%s (%s): %s" % (r["id"], r["container"], e))
    for r in vd:
        st = vendor270.STYLES.get(r["container"].split("__")[-1])
        if st is None:
            continue
        if st[3]:
            e = parse_check(st[3], r["text"], r["secrets"][0]["value"])
            if e:
                E("%s (%s): %s" % (r["id"], r["container"], e))

    # reuse
    values = [(r["id"], r["secrets"][0]["value"]) for r in pos + eva]
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in eva]
    cv = collections.Counter(v for _, v in values)
    for v, n in cv.items():
        if n > 1:
            E("value reused: %s" % v[:40])
    all_texts = [(r["id"], r["text"]) for r in pos + eva + neg]
    for rid, v in values:
        for tid, text in all_texts:
            if tid != rid and v in text:
                E("value of %s appears in %s" % (rid, tid))
    for rid, p in plains:
        for tid, text in all_texts:
            if p in text:
                E("evasion plain of %s appears in %s" % (rid, tid))
    for r in vd:
        nb = neighbours.get(r["id"])
        if nb:
            if r["text"].count(nb) != 1:
                E("%s: neighbour not exactly once" % r["id"])
            for n in neg:
                if nb in n["text"]:
                    E("%s: neighbour appears in negative %s" % (r["id"], n["id"]))

    # negatives clean
    for r in neg:
        for p in negative_problems(r["text"], registry_items):
            E("%s: %s" % (r["id"], p))
    # password forms in positive and evasion texts
    for r in pos:
        s = r["secrets"][0]
        for m in W.PW_FORM_IN_TEXT.finditer(r["text"]):
            if not (m.start() >= s["start"] and m.end() <= s["end"]):
                E("%s: stray password form %r" % (r["id"], m.group(0)))
    for r in eva:
        if W.PW_FORM_IN_TEXT.search(r["text"]):
            E("%s: password form in evasion text" % r["id"])
    # UUIDs and JWTs everywhere
    for rid, text in all_texts:
        for m in C.UUID_RE.finditer(text):
            if not C.uuid_is_v4(m.group(0)):
                E("%s: non-v4 UUID %s" % (rid, m.group(0)))
        for m in C.JWT_RE.finditer(text):
            tok = m.group(0)
            if tok not in vendor270.FRAME_KEYS or not C.jwt_hs256_verify(tok, vendor270.FRAME_KEYS[tok]):
                E("%s: JWT-shaped string does not verify" % rid)

    # negative structures
    for r in neg:
        t = r["text"]
        if r["class"] == "bulk_bag_parcel_s10_tracking":
            ids = re.findall(r"\b[A-Z]{2}(\d{8})(\d)GB\b", t)
            if not ids or any(C.s10_check(a) != b for a, b in ids):
                E("%s: S10 check" % r["id"])
        if r["class"] == "ballast_wagon_uic_numbers":
            ids = re.findall(r"\b(\d\d) (\d\d) (\d{4}) (\d{3})-(\d)\b", t)
            if not ids or any(C.uic_check("".join(x[:4])) != x[4] for x in ids):
                E("%s: UIC check" % r["id"])
        if r["class"] == "own_layout_decoys_failing_checks":
            for v in re.findall(r"CTL-[0-9A-Z-]+|wbs_[0-9A-Za-z]+_[0-9a-f]{8}|TTA-[0-9-]+", t):
                if everyday270._chk_cf26(v) or everyday270._chk_sdbm(v) or everyday270._chk_abn(v):
                    E("%s: look-alike passes its check" % r["id"])
        if r["class"] == "check_passing_public_asset_tags":
            for body, ch in re.findall(r"LNR ([0-9A-Z]{15}) ([A-Z])", t):
                if C.cf26_check(body) != ch:
                    E("%s: nameplate check" % r["id"])
            for ab in re.findall(r"ABN (\d\d \d{3} \d{3} \d{3})", t):
                if not C.abn_valid(ab.replace(" ", "")):
                    E("%s: ABN check" % r["id"])
            for body, hx in re.findall(r"AT-([0-9A-Za-z]{12})-([0-9a-f]{8})", t):
                if C.sdbm(body) != int(hx, 16):
                    E("%s: sdbm tag" % r["id"])
        if r["class"] == "ssh_and_wireguard_public_keys":
            import base64
            for b in re.findall(r"ssh-ed25519 (AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/=]+)", t):
                pub = base64.b64decode(b)[-32:]
                if not C.ed25519_on_curve(pub):
                    E("%s: ssh key not on curve" % r["id"])
        if r["class"] == "app_login_bcrypt_scrypt_hashes":
            for h in re.findall(r"scrypt:32768:8:1\$[A-Za-z0-9]{16}\$[0-9a-f]{128}", t):
                if not negatives270.scrypt_ok(h):
                    E("%s: scrypt hash does not recompute" % r["id"])
        if r["class"] == "git_object_ids_and_lockfile_sums":
            import hashlib
            for sha in re.findall(r"^([0-9a-f]{40}) ", t, re.M):
                raw = negatives270.KEPT["git"].get(sha)
                if raw is None or hashlib.sha1(raw).hexdigest() != sha:
                    E("%s: commit id does not recompute" % r["id"])

    # deny-list
    errs.extend(deny_check(data, deny))
    return errs


def negative_problems(text, registry_items):
    out = []
    for s in registry_items:
        if len(s) >= 6 and s in text:
            out.append("contains a registry string %r" % s[:30])
            break
    if W.PW_FORM_IN_TEXT.search(text):
        out.append("password form %r" % W.PW_FORM_IN_TEXT.search(text).group(0))
    if C.JWT_RE.search(text):
        out.append("JWT-shaped string")
    for m in C.UUID_RE.finditer(text):
        if not C.uuid_is_v4(m.group(0)):
            out.append("non-v4 UUID")
    return out


def all_names(data):
    names = set()
    names.update(t[0] for t in everyday270.TYPES)
    names.update(k[0] for k in everyday270.KINDS)
    names.update(v[0] for v in vendor270.VENDORS)
    names.update(vendor270.STYLES)
    names.update(positional270.PREFIX + s[0] for s in positional270.SYNTAXES)
    names.update(s[0] for s in positional270.SYNTAXES)
    names.update(positional270.WHERE.values())
    names.add(prose270.TYPE)
    names.update(prose270.FORMATS)
    names.update(enc270.ENC)
    names.update(t[0] for t in evasions270.TYPES)
    names.update(w[0] for w in evasions270.WORDINGS)
    for c, _d, kinds in negatives270.CLASSES:
        names.add(c)
        names.update(k for k, _ in kinds)
    names.update(w.strip("_") for w in negatives270.WRAPPERS if w)
    for r in data["secrets"] + data["evasions"]:
        names.add(r["type"])
        names.add(r["container"])
        for p in r["container"].split("__"):
            names.add(p)
    for r in data["evasions"]:
        names.add(r["encoding"])
    for r in data["negatives"]:
        names.add(r["class"])
        names.add(r["container"])
        for p in r["container"].split("__"):
            names.add(p)
    return names


def deny_check(data, deny):
    errs = []
    dn = set(deny["names"])
    for n in sorted(all_names(data)):
        low = n.lower()
        if low in dn:
            errs.append("deny-listed name: %s" % n)
        for part in low.split("__"):
            if part and part in dn and part != low:
                errs.append("deny-listed part %s of %s" % (part, n))
    syn_prev = set(deny["syntaxes"])
    tools = tool_tokens(deny)
    syns = set(s[0] for s in positional270.SYNTAXES)
    syns |= set(r["type"][len(positional270.PREFIX):] for r in data["secrets"] if r["source"] == "password")
    for s in sorted(syns):
        if s in syn_prev or s in dn:
            errs.append("earlier syntax name: %s" % s)
        for tok in s.split("_"):
            if tok in tools:
                errs.append("earlier tool token %s in syntax %s" % (tok, s))
    ideas = idea_tokens(deny)
    encs = set(enc270.ENC) | set(r["encoding"] for r in data["evasions"])
    for e in sorted(encs):
        if e in set(deny.get("earlier_encodings", [])):
            errs.append("earlier encoding: %s" % e)
        for tok in e.split("_"):
            if fold(tok) in ideas:
                errs.append("earlier idea token %s in encoding %s" % (tok, e))
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    langs = [(c, n) for c, n, _s, _t in prose270.LANGS] + list(prose270.SPARES)
    used = set(r["container"].split("__")[1] for r in data["secrets"] if r["source"] == "prose")
    for c in used:
        if c not in [x for x, _ in langs]:
            errs.append("prose language %s not in the module list" % c)
    for c, n in langs + [(c, "") for c in used]:
        if c in codes or c in dn or c in HAND_LANGUAGES:
            errs.append("deny-listed language code %s" % c)
        if n:
            nl = n.lower()
            if nl in lnames or nl in dn or nl in HAND_LANGUAGES:
                errs.append("deny-listed language name %s" % n)
            for w in re.split(r"[\s/-]+", nl):
                if len(w) >= 3 and (w in lnames or w in HAND_LANGUAGES):
                    errs.append("deny-listed language word %s" % w)
    return errs


# ------------------------------------------------------------------ mutation tests
def mutations():
    def m01(d):
        d["secrets"][3]["secrets"][0]["start"] += 1

    def m02(d):
        r = d["secrets"][10]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"]] + "x" * (s["end"] - s["start"]) + r["text"][s["end"]:]

    def m03(d):
        d["secrets"][20]["text"] += "\n" + d["secrets"][21]["secrets"][0]["value"]

    def m04(d):
        d["negatives"][5]["text"] += d["secrets"][200]["secrets"][0]["value"]

    def m05(d):
        s = d["evasions"][4]["secrets"][0]
        s["plain"] = s["plain"][:-1] + ("A" if s["plain"][-1] != "A" else "B")

    def m06(d):
        d["secrets"][0]["container"] = "office_whatsapp_chat_export_txt"

    def m07(d):
        d["negatives"][0]["class"] = "kite_spec_and_line_sheets"

    def m08(d):
        d["evasions"][0]["encoding"] = "hailstone_halving_tripling_runs"
        d["evasions"][0]["secrets"][0]["encoding"] = "hailstone_halving_tripling_runs"

    def m09(d):
        d["negatives"] = d["negatives"][:190]

    def m10(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__est"

    def m11(d):
        r = next(x for x in d["secrets"] if x["type"] == "crusher_telemetry_cf26_licence_key")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("A" if v[-1] != "A" else "B")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m12(d):
        r = next(x for x in d["secrets"] if x["type"] == "weighbridge_sync_sdbm_api_token")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m13(d):
        r = next(x for x in d["secrets"] if x["type"] == "drone_survey_macaroon_upload_token")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-3] + ("AAA" if v[-3:] != "AAA" else "BBB")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m14(d):
        d["negatives"][7]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000\n"

    def m15(d):
        r = d["secrets"][30]
        r["secrets"].append(dict(r["secrets"][0]))

    def m16(d):
        r = next(x for x in d["secrets"] if x["source"] == "password")
        r["type"] = "qrpw_mosquitto_pub_capital_p_after_lower_u"
        r["secrets"][0]["type"] = r["type"]

    def m17(d):
        d["secrets"][5]["id"] = "p270-s-9999"

    def m18(d):
        r = next(x for x in d["secrets"] if x["type"] == "shopify_admin_api_access_token")
        s = r["secrets"][0]
        nv = s["value"] + "zz"
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
        s["end"] = s["start"] + len(nv)

    def m19(d):
        d["secrets"][40]["text"] += " " + d["evasions"][10]["secrets"][0]["plain"]

    def m20(d):
        r = next(x for x in d["secrets"] if x["source"] == "password")
        r["text"] += "\n# the password above\n"

    def m21(d):
        r = next(x for x in d["secrets"] if x["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + ":" + r["text"][s["start"]:]

    def m22(d):
        d["negatives"][12]["text"] += "\nold code was Limestone-20mm\n"

    def m23(d):
        r = next(x for x in d["secrets"] if x["type"] == "tipper_tablet_abn89_activation_code")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + str((int(v[-1]) + 1) % 10)
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m24(d):
        r = next(x for x in d["secrets"] if x["container"] == "site_boundary_geojson_properties")
        r["text"] = r["text"].replace("{", "[", 1)

    def m25(d):
        d["negatives"][20]["text"] += "\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4eHgifQ.c2lnbmF0dXJlLW5vdC12YWxpZA\n"

    def m26(d):
        r = next(x for x in d["negatives"] if x["class"] == "bulk_bag_parcel_s10_tracking")
        m = re.search(r"\b([A-Z]{2}\d{8})(\d)GB\b", r["text"])
        r["text"] = r["text"][:m.start(2)] + str((int(m.group(2)) + 1) % 10) + r["text"][m.end(2):]

    def m27(d):
        r = d["evasions"][7]
        r["text"] = r["text"].replace(":\n", "\n", 1)

    def m28(d):
        r = next(x for x in d["secrets"] if x["type"] == "monday_com_api_token")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-2] + ("AA" if v[-2:] != "AA" else "BB")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m29(d):
        r = next(x for x in d["secrets"] if x["source"] == "password")
        r["type"] = "qrpw_python_zipfile_open_fourth"
        r["secrets"][0]["type"] = r["type"]

    def m30(d):
        r = next(x for x in d["negatives"] if x["class"] == "check_passing_public_asset_tags"
                 and "LNR " in x["text"])
        m = re.search(r"LNR ([0-9A-Z]{15}) ([A-Z])", r["text"])
        bad = "A" if m.group(2) != "A" else "B"
        r["text"] = r["text"][:m.start(2)] + bad + r["text"][m.end(2):]

    def m31(d):
        d["negatives"].append(dict(d["negatives"][0], id="p270-n-%04d" % (len(d["negatives"]) + 1)))

    def m32(d):
        d["evasions"][2]["encoding"] = "hailstone_runs_plus"
        d["evasions"][2]["secrets"][0]["encoding"] = "hailstone_runs_plus"
        d["evasions"][2]["container"] = "hailstone_runs_plus__" + d["evasions"][2]["container"].split("__")[1]

    return [(n, f) for n, f in sorted(locals().items()) if n.startswith("m")]


MUTATION_NAMES = {
    "m01": "shifted_span_start", "m02": "value_removed_from_its_text", "m03": "value_reused_in_another_text",
    "m04": "positive_value_in_a_negative", "m05": "evasion_plain_corrupted", "m06": "deny_listed_container",
    "m07": "deny_listed_negative_class", "m08": "deny_listed_encoding", "m09": "negatives_below_200",
    "m10": "deny_listed_prose_language", "m11": "cf26_licence_letter_broken", "m12": "sdbm_tail_broken",
    "m13": "macaroon_signature_broken", "m14": "non_v4_uuid_in_a_negative", "m15": "two_spans",
    "m16": "earlier_syntax_name", "m17": "id_out_of_sequence", "m18": "vendor_shape_broken",
    "m19": "evasion_plain_leaked_into_a_text", "m20": "hint_word_in_a_positional_text",
    "m21": "prose_value_not_set_off", "m22": "password_form_in_a_negative", "m23": "abn_check_broken",
    "m24": "json_container_broken", "m25": "jwt_shaped_string_in_a_negative", "m26": "s10_check_broken_in_a_negative",
    "m27": "evasion_layout_broken", "m28": "hs256_signature_broken", "m29": "earlier_tool_token_in_a_syntax_name",
    "m30": "public_label_check_broken", "m31": "repeated_negative_text", "m32": "earlier_idea_token_in_an_encoding",
}


def run_mutations(data, deny, registry_items, neighbours, base_errs):
    base = set(base_errs)
    out = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = run_checks(d, deny, registry_items, neighbours)
            caught = bool(set(errs) - base) or len(errs) > len(base_errs)
        except Exception as e:  # a crash on corrupted data counts as caught only if it is an explicit failure
            caught = False
            errs = ["crash: %s" % e]
        out.append((name, MUTATION_NAMES[name], caught))
    return out
