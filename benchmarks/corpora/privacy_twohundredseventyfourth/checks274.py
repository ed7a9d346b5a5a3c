"""Every check the build runs before writing, and the mutation tests."""
import base64
import copy
import csv
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common274 as C
import dec274
import enc274
import everyday274 as E
import evasions274 as EV
import negatives274 as N
import positional274 as P
import prose274 as PR
import vendor274 as V
import world274 as W

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

# Words of the earlier syntax names that name a position, a flag, a verb, a language or a
# protocol family rather than a tool; every other token of an earlier syntax name is a
# tool token that no syntax here may contain.
GENERIC_SYNTAX_TOKENS = set("""
a after argument array at auth authenticate basic c call capital cli clone colon column command connect connection
control cpp create credentials function csharp driver echo element enter event field fifth file fill first fourth from go here
http insert java javascript list login lower lua method n node open option p pair parameter perl php pipe positional
python quoted r reads register request ruby rust second semicolon set shell slash sql string tag text third to token u
unlock url user userinfo users using value view
""".split())

# Tools, libraries and mechanisms the two READMEs name only in prose (left-out lists,
# closest relatives, dropped drafts): no syntax name may contain one as a token.
PROSE_TOOL_TOKENS = set("""
curl ftp imap smtp pop3 ldap smb samba ssh sshpass redis mongo mongodb mongosh cassandra cqlsh mysql mysqladmin snmp
selenium xdotool tmux keepass keepassxc openssl psexec paexec winexe oracle sqlplus irc rcon docker podman npm pip git
psql nats ffmpeg usql skopeo requests httplib2 restassured fuel sttp playwright cypress puppeteer uipath katalon telnet
rexec teamspeak zfs gocryptfs cryptsetup federated winrs keyboard maestro isql type write htpasswd passwd stomp nntp
evil gobuster firebird vue mqtt postgresql rabbitmqadmin xh remmina vlc mpv
""".split())

# Idea words of the earlier encodings' avoided, set-aside and renamed-away lists.
HAND_IDEA_WORDS = set("""
tallies tally score walk split label circular column ring hand over sequence weight stall guessing deciding sheet last
day first line spread file size base numeral escape dump cipher xor morse signal spelling alphabet number word look
chaff shuffle reversal acrostic code arithmetic check digit barcode keyboard calendar clock compass colour color music
dna unit law matrix equation progression prime square fibonacci route tree flow path topological colouring
reachability flood stack queue heap hash trie search lru edit distance inversion interval knapsack bin packing economic
voting vote matching token bucket state machine rule minimax rounding window wrap petri lamp toggle succession ttl cname
power residue gcd midpoint magic grid geometry assignment huffman fit fifo rain histogram subarray median mean handshake
pigeonhole fence interest alligation tariff cap count josephus hanoi roman hondt vickrey book tag system collatz recaman
jug stitch crossword egg drop rise rank frog toad hop ladder leaky
""".split())

HAND_LANG_NAMES = {"english", "catalan", "latin", "chinese", "irish", "persian"}
HAND_LANG_CODES = {"eng", "cat", "lat", "zho", "cmn", "gle", "fas", "pes", "en", "ca", "la", "zh", "ga", "fa"}

JSON_STYLES_CMDLINE = {"ops_azure_webapp_appsettings_json", "ops_aws_lambda_configuration_json", "dev_llm_cli_keys_json"}
JSON_STYLES = {"ops_terraform_state_json", "dev_azure_functions_local_settings_json", "dev_firebase_runtimeconfig_json",
               "dev_terraform_credentials_tfrc_json", "dev_kaggle_json", "iot_particle_cli_config_json"}
TOML_STYLES = {"ops_fly_toml_env_section", "ops_netlify_toml_context_env", "ops_sam_config_toml", "ops_gitlab_runner_config_toml",
               "dev_cargo_credentials_toml"}
XML_STYLES = {"dev_xcode_scheme_environment_xml"}
CSV_STYLES = {"office_apple_passwords_csv_export", "office_dashlane_csv_export"}


class Ctx:
    def __init__(self, keys, vkeys, deny, neighbours, registered):
        self.keys = keys
        self.vkeys = vkeys
        self.deny = deny
        self.deny_names = set(deny["names"])
        self.neighbours = neighbours
        self.registered = registered


def _strings_in(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from _strings_in(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings_in(v)


def _xml_has(root, value):
    for el in root.iter():
        if el.text and value in el.text:
            return True
        if any(value in v for v in el.attrib.values()):
            return True
    return False


def _toml_has(obj, value):
    return any(value in s for s in _strings_in(obj))


def deny_hit(ctx, name):
    n = name.lower()
    return any(p in ctx.deny_names for p in [n] + [x for x in n.split("__") if x])


def _tokens(name):
    return [t for t in name.lower().split("_") if t]


def _fold(t):
    return t[:-1] if t.endswith("s") and len(t) > 3 else t


# ---------------------------------------------------------------- the checks
def check_all(data, ctx):
    errs = []
    pos, evs, negs = data["secrets"], data["evasions"], data["negatives"]

    # ids and field sets
    for prefix, recs, fields in (("p274-s-", pos, POS_FIELDS), ("p274-e-", evs, EV_FIELDS), ("p274-n-", negs, NEG_FIELDS)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s%04d" % (prefix, i + 1):
                errs.append("id out of sequence at %s%04d: %r" % (prefix, i + 1, r.get("id")))
            if list(r.keys()) != fields:
                errs.append("field set of %s: %r" % (r.get("id"), list(r.keys())))
    for r in pos + evs:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            errs.append("%s has %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = POS_SPAN if r in pos else EV_SPAN
        if list(s.keys()) != want:
            errs.append("span fields of %s" % r["id"])
            continue
        if r["text"][s["start"]:s["end"]] != s["value"]:
            errs.append("offsets of %s do not give the value" % r["id"])
        if s["type"] != r["type"]:
            errs.append("span type of %s differs from record type" % r["id"])
        if r["text"].count(s["value"]) != 1:
            errs.append("value of %s occurs %d times in its text" % (r["id"], r["text"].count(s["value"])))
        if s["value"] != s["value"].strip() or not s["value"]:
            errs.append("value of %s has outer whitespace" % r["id"])
        if C.MARK in r["text"]:
            errs.append("placement marker left in %s" % r["id"])
    for r in evs:
        if r["secrets"] and r["secrets"][0].get("encoding") != r.get("encoding"):
            errs.append("span encoding of %s differs" % r["id"])
    for r in pos:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("bad source %s" % r["id"])
    for r in evs:
        if r["source"] != "evasion":
            errs.append("bad source %s" % r["id"])
    for r in negs:
        if r["source"] != "negative":
            errs.append("bad source %s" % r["id"])
        if C.MARK in r["text"]:
            errs.append("placement marker left in %s" % r["id"])

    by = {k: [r for r in pos if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}

    # counts
    ev = by["everyday"]
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    tcount = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds must be 45 x 4 different types")
    if len(tcount) != 12 or any(v != 15 for v in tcount.values()):
        errs.append("everyday types must be 12 x 15: %r" % sorted(tcount.values()))
    vt = [r["type"] for r in by["vendor"]]
    if not 110 <= len(set(vt)) <= 130 or len(set(vt)) != len(vt):
        errs.append("vendor types %d" % len(set(vt)))
    for r in by["vendor"]:
        tn, _, style = r["container"].partition("__")
        if tn != r["type"] or style not in V.STYLES:
            errs.append("vendor container %s" % r["container"])
    pt = [r["type"] for r in by["password"]]
    if not 100 <= len(set(pt)) <= 120 or len(set(pt)) != len(pt):
        errs.append("positional syntaxes %d" % len(set(pt)))
    langs = [r["container"].split("__")[-1] for r in by["prose"]]
    if len(by["prose"]) != 40 or len(set(langs)) != 40:
        errs.append("prose must be 40 records in 40 languages")
    if not 440 <= len(pos) <= 470:
        errs.append("positives total %d" % len(pos))
    if len(evs) != 66:
        errs.append("evasions %d" % len(evs))
    encs = {}
    for r in evs:
        encs.setdefault(r["encoding"], []).append(r)
    if len(encs) != 22 or any(len(v) != 3 or len({x["type"] for x in v}) != 3 or len({x["container"].split("__")[1] for x in v}) != 3
                              for v in encs.values()):
        errs.append("evasions must be 22 encodings x 3 types x 3 wordings")
    cls = {}
    for r in negs:
        cls[r["class"]] = cls.get(r["class"], 0) + 1
    if len(negs) < 200 or len(cls) < 20 or any(v < 10 for v in cls.values()):
        errs.append("negatives %d in %d classes" % (len(negs), len(cls)))
    if len({r["text"] for r in negs}) != len(negs):
        errs.append("repeated negative text")
    tsets = [set(r["type"] for r in by[k]) for k in by] + [set(r["type"] for r in evs)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                errs.append("span types shared between sources")

    # shapes
    for r in ev:
        if r["type"] not in E.TYPE_NAMES or not E.check_value(r["type"], r["secrets"][0]["value"], ctx.keys):
            errs.append("everyday shape fails %s (%s)" % (r["id"], r["type"]))
    vmap = {t[0]: t for t in V.TYPES}
    for r in by["vendor"]:
        t = vmap.get(r["type"])
        if not t or not V.check_type_value(t, r["secrets"][0]["value"], ctx.vkeys):
            errs.append("vendor shape fails %s (%s)" % (r["id"], r["type"]))
    for r in by["password"] + by["prose"]:
        v = r["secrets"][0]["value"]
        if not W.PW_STRICT_RE.match(v) or not W.pw_word_ok(v):
            errs.append("password form fails %s" % r["id"])
    for r in by["password"]:
        if P.HINT_RE.search(r["text"]):
            errs.append("hint word in positional text %s" % r["id"])
        if r["type"].endswith("vrrp_simple_auth_tcpdump_field") and len(r["secrets"][0]["value"]) > 8:
            errs.append("VRRP value longer than 8 %s" % r["id"])
    for r in by["prose"]:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or s["end"] >= len(t) or not t[s["start"] - 1].isspace() or not t[s["end"]].isspace():
            errs.append("prose value not set off by whitespace %s" % r["id"])
    for r in pos:
        s = r["secrets"][0]
        stray = W.stray_pw_forms(r["text"], s["start"], s["end"])
        if stray:
            errs.append("stray password form in %s: %r" % (r["id"], stray))
    for r in evs:
        s = r["secrets"][0]
        if not re.match(EV.PLAIN_RE.get(r["type"], "^$"), s["plain"]):
            errs.append("evasion plain shape %s" % r["id"])
        rule = enc274.ENCODINGS.get(r["encoding"], (None, None, "\x00"))[2]
        t = r["text"]
        if (rule + ":\n" + s["value"] + "\n") not in t or t.count("\n") != 2 or not t.endswith(t.split("\n")[-1]) or not t.split("\n")[-1].strip():
            errs.append("evasion layout %s" % r["id"])
        if W.stray_pw_forms(t):
            errs.append("password form in evasion text %s" % r["id"])
        if "\n" in s["value"]:
            errs.append("run with newline %s" % r["id"])

    # container syntax
    for r in ev:
        k = r["container"]
        v = r["secrets"][0]["value"]
        try:
            if k in E.JSON_KINDS:
                if not any(v in x for x in _strings_in(json.loads(r["text"]))):
                    errs.append("JSON value not in a string %s" % r["id"])
            elif k in ("dev_asciinema_cast_recording", "office_mattermost_bulk_export_jsonl"):
                objs = [json.loads(ln) for ln in r["text"].splitlines() if ln.strip()]
                if not any(v in x for o in objs for x in _strings_in(o)):
                    errs.append("JSONL value not in a string %s" % r["id"])
            elif k in E.XML_KINDS:
                if not _xml_has(ET.fromstring(r["text"]), v):
                    errs.append("XML value not in element or attribute %s" % r["id"])
            elif k in E.TOML_KINDS:
                if not _toml_has(tomllib.loads(r["text"]), v):
                    errs.append("TOML value not in a string %s" % r["id"])
        except Exception as ex:
            errs.append("container syntax %s (%s): %s" % (r["id"], k, ex))
    for r in by["vendor"]:
        style = r["container"].split("__")[1]
        v = r["secrets"][0]["value"]
        t = r["text"]
        try:
            if style in JSON_STYLES_CMDLINE:
                if not any(v in x for x in _strings_in(json.loads(t.split("\n", 1)[1]))):
                    errs.append("JSON value not in a string %s" % r["id"])
            elif style in JSON_STYLES:
                if not any(v in x for x in _strings_in(json.loads(t))):
                    errs.append("JSON value not in a string %s" % r["id"])
            elif style in TOML_STYLES:
                if not _toml_has(tomllib.loads(t), v):
                    errs.append("TOML value not in a string %s" % r["id"])
            elif style in XML_STYLES:
                if not _xml_has(ET.fromstring(t), v):
                    errs.append("XML value not in place %s" % r["id"])
            elif style in CSV_STYLES:
                rows = list(csv.reader(io.StringIO(t)))
                if len({len(x) for x in rows}) != 1 or not any(v == cell for x in rows for cell in x):
                    errs.append("CSV rows or cell %s" % r["id"])
        except Exception as ex:
            errs.append("container syntax %s (%s): %s" % (r["id"], style, ex))

    # evasions decode
    for r in evs:
        s = r["secrets"][0]
        try:
            got = dec274.decode(r["encoding"], s["value"])
        except Exception as ex:
            got = "<error %s>" % ex
        if got != s["plain"]:
            errs.append("evasion %s decodes to %r, not its plain" % (r["id"], got))
        if s["plain"] in s["value"]:
            errs.append("run contains its plain %s" % r["id"])

    # reuse, leaks, cleanliness
    all_texts = [r["text"] for r in pos + evs + negs]
    values = [r["secrets"][0]["value"] for r in pos + evs]
    if len(set(values)) != len(values):
        errs.append("a value is reused")
    for v in values:
        n = sum(t.count(v) for t in all_texts)
        if n != 1:
            errs.append("value %r occurs %d times across the files" % (v[:40], n))
    for r in evs:
        p = r["secrets"][0]["plain"]
        if any(p in t for t in all_texts):
            errs.append("evasion plain of %s appears in a text" % r["id"])
    vset = set(values)
    for nb in ctx.neighbours:
        if nb in vset:
            errs.append("a neighbour equals a value")
    long_items = [s for s in set(ctx.registered) | vset | {r["secrets"][0]["plain"] for r in evs} if len(s) >= 6]
    for r in negs:
        t = r["text"]
        for s in long_items:
            if s in t:
                errs.append("registered string %r in negative %s" % (s[:30], r["id"]))
                break
        if W.stray_pw_forms(t):
            errs.append("password form in negative %s" % r["id"])
        if C.JWT_RE.search(t):
            errs.append("JWT-shaped string in negative %s" % r["id"])
    jwt_keys = [ctx.keys.jwt_key, ctx.vkeys.supabase]
    for t, rid in [(r["text"], r["id"]) for r in pos + evs + negs]:
        for m in C.UUID_RE.finditer(t):
            if not C.is_uuid4(m.group(0)):
                errs.append("non-v4 UUID in %s" % rid)
        for m in C.JWT_RE.finditer(t):
            if not C.jwt_verify(m.group(0), jwt_keys):
                errs.append("JWT-shaped string that does not verify in %s" % rid)
    errs += check_negative_classes(negs)

    # names against the deny-list
    errs += check_names(data, ctx)
    return errs


def check_negative_classes(negs):
    errs = []
    for r in negs:
        t = r["text"]
        c = r["class"]
        if c == "ec_inventory_numbers_on_charcoal_sds":
            for m in re.finditer(r"(?<![\d-])(\d{3}-\d{3}-\d)(?![\d-])", t):
                if not C.ec_valid(m.group(1)):
                    errs.append("EC check fails in %s" % r["id"])
        elif c == "uk_vat_numbers_on_trade_invoices":
            for m in re.finditer(r"GB ?(\d{3}) ?(\d{4}) ?(\d{2})(?!\d)", t):
                if not C.vat_valid("".join(m.groups())):
                    errs.append("VAT check fails in %s" % r["id"])
        elif c == "ipv4_header_dumps_with_valid_checksums":
            hdrs = [bytes.fromhex(h) for h in re.findall(r"hdr=([0-9a-f]{40})", t)]
            lines = re.findall(r"0x0000:  ([0-9a-f ]+)\n(?:> )?\t0x0010:  ([0-9a-f ]+)", t)
            for a, b in lines:
                hdrs.append(bytes.fromhex((a + b).replace(" ", ""))[:20])
            if not hdrs or any(C.inet_sum(h) != 0xFFFF for h in hdrs):
                errs.append("IPv4 checksum fails in %s" % r["id"])
        elif c == "qr_codeword_dumps_with_reed_solomon_parity":
            m = re.search(r"data codewords: ([\d ]+)\n.*ec codewords:\s+([\d ]+)", t)
            if m:
                cw = [int(x) for x in (m.group(1) + " " + m.group(2)).split()]
            else:
                m = re.search(r"Codewords: ([0-9A-F ]+)", t)
                cw = [int(x, 16) for x in m.group(1).split()] if m else []
            if len(cw) != 70 or not C.rs_syndromes_zero(cw, 26):
                errs.append("QR Reed-Solomon fails in %s" % r["id"])
        elif c == "own_layout_lookalikes_with_bad_checks":
            found = 0
            for m in re.finditer(r"CKL-(?:[0-9A-F]{4}-){6}[0-9A-F]{4}", t):
                found += 1
                if E.check_rs(m.group(0)):
                    errs.append("decoy passes its check in %s" % r["id"])
            for m in re.finditer(r"bmx_[0-9a-f]{32}", t):
                found += 1
                if E.check_inet(m.group(0)):
                    errs.append("decoy passes its check in %s" % r["id"])
            for m in re.finditer(r"ebk_[0-9A-Za-z]{32}_[0-9a-f]{8}", t):
                found += 1
                if E.check_sm3(m.group(0)):
                    errs.append("decoy passes its check in %s" % r["id"])
            if not found:
                errs.append("no decoy in %s" % r["id"])
        elif c == "ssh_ed25519_and_minisign_public_keys":
            keys = []
            for b in re.findall(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", t):
                raw = base64.b64decode(b)
                if raw[:15] != b"\x00\x00\x00\x0bssh-ed25519" or len(raw) != 51:
                    errs.append("ssh key frame in %s" % r["id"])
                keys.append(raw[-32:])
            for b in re.findall(r"\n(?:> )?    (RW[A-Za-z0-9+/=]{54})\n", t):
                raw = base64.b64decode(b)
                keys.append(raw[10:])
            if not keys or not all(C.ed25519_on_curve(k) for k in keys):
                errs.append("public key not on the curve in %s" % r["id"])
        elif c == "django_pbkdf2_and_ldap_ssha_hashes":
            for h in re.findall(r"\{SSHA\}([A-Za-z0-9+/=]+)", t):
                if len(base64.b64decode(h)) != 28:
                    errs.append("SSHA frame in %s" % r["id"])
            for h in re.findall(r"pbkdf2_sha256\$(\d+)\$([A-Za-z0-9]+)\$([A-Za-z0-9+/=]+)", t):
                if len(base64.b64decode(h[2])) != 32:
                    errs.append("PBKDF2 frame in %s" % r["id"])
    return errs


def check_names(data, ctx):
    errs = []
    names = set()
    names.update(E.TYPE_NAMES, E.KIND_NAMES, V.TYPE_NAMES, V.STYLES, P.WHERE.values(), [PR.TYPE], PR.FORMATS,
                 EV.TYPE_NAMES, EV.WORDING_NAMES, EV.ENC_NAMES, N.CLASS_NAMES, N.PRESENTATION_NAMES)
    for c in N.CLASSES:
        names.update(c[1])
    for r in data["secrets"] + data["evasions"]:
        names.update([r["container"], r["type"]] + ([r["encoding"]] if "encoding" in r else []))
    for r in data["negatives"]:
        names.update([r["container"], r["class"]])
    for n in sorted(names):
        if deny_hit(ctx, n):
            errs.append("deny-listed name: %s" % n)
    earlier_syn = set(ctx.deny["syntaxes"])
    earlier_tokens = set()
    for s in earlier_syn:
        earlier_tokens.update(_tokens(s))
    tool_tokens = (earlier_tokens - GENERIC_SYNTAX_TOKENS) | PROSE_TOOL_TOKENS
    syns = set(P.NAMES) | {r["type"][len(P.PREFIX):] for r in data["secrets"] if r["source"] == "password"}
    for s in sorted(syns):
        if s in earlier_syn or (P.PREFIX + s) in earlier_syn or deny_hit(ctx, s) or deny_hit(ctx, P.PREFIX + s):
            errs.append("earlier syntax: %s" % s)
        bad = [t for t in _tokens(s) if t in tool_tokens]
        if bad:
            errs.append("earlier tool token in syntax %s: %s" % (s, bad))
    idea = {_fold(t) for t in HAND_IDEA_WORDS} | {_fold(t) for t in ctx.deny["encoding_tokens"]}
    encs = set(EV.ENC_NAMES) | {r["encoding"] for r in data["evasions"]}
    for e in sorted(encs):
        bad = [t for t in _tokens(e) if _fold(t) in idea]
        if bad:
            errs.append("earlier idea word in encoding %s: %s" % (e, bad))
    codes = set(ctx.deny["language_codes"])
    lnames = set(ctx.deny["language_names"])
    used = [(c, n) for c, n, _, _ in PR.LANGS] + list(PR.SPARES)
    rec_codes = {r["container"].split("__")[-1] for r in data["secrets"] if r["source"] == "prose"}
    known = {c for c, _ in used}
    for c in rec_codes - known:
        used.append((c, c))
    for c, n in used:
        if c in codes or c in ctx.deny_names or c in HAND_LANG_CODES:
            errs.append("deny-listed language code %s" % c)
        ln = n.lower()
        if ln in lnames or ln in HAND_LANG_NAMES or any(w in lnames or w in HAND_LANG_NAMES for w in re.split(r"[\s-]+", ln)):
            errs.append("deny-listed language name %s" % n)
    return errs


# ---------------------------------------------------------------- mutation tests
def _first(data, pred, key="secrets"):
    for r in data[key]:
        if pred(r):
            return r
    raise KeyError("no record for mutation")


def _set_value(rec, newv):
    s = rec["secrets"][0]
    t = rec["text"]
    rec["text"] = t[:s["start"]] + newv + t[s["end"]:]
    s["value"] = newv
    s["end"] = s["start"] + len(newv)


def _flip_hex(v, i):
    c = v[i]
    alpha = C.HEXU if c in C.HEXU and not c.islower() else C.HEXL
    n = alpha[(alpha.index(c.upper() if alpha == C.HEXU else c) + 1) % 16]
    return v[:i] + n + v[i + 1:]


def m01(d):
    d["secrets"][0]["secrets"][0]["start"] += 1


def m02(d):
    r = d["secrets"][5]
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + r["text"][s["end"]:]


def m03(d):
    d["secrets"][1]["text"] += "\n" + d["secrets"][0]["secrets"][0]["value"]


def m04(d):
    d["negatives"][3]["text"] += " " + d["secrets"][7]["secrets"][0]["value"]


def m05(d):
    s = d["evasions"][0]["secrets"][0]
    s["plain"] = s["plain"][:-1] + ("Z" if s["plain"][-1] != "Z" else "Y")


def m06(d):
    d["secrets"][2]["container"] = "ops_k8s_configmap_yaml"


def m07(d):
    for r in d["negatives"][:11]:
        r["class"] = "listed_company_sedol_codes"


def m08(d):
    r = d["evasions"][0]
    r["encoding"] = "collatz_hailstone_halving_trips"
    r["secrets"][0]["encoding"] = r["encoding"]


def m09(d):
    del d["negatives"][190:]


def m10(d):
    r = _first(d, lambda x: x["source"] == "prose")
    r["container"] = r["container"].rsplit("__", 1)[0] + "__deu"


def m11(d):
    r = _first(d, lambda x: x["type"] == "kiln_controller_reed_solomon_licence")
    _set_value(r, _flip_hex(r["secrets"][0]["value"], -1))


def m12(d):
    r = _first(d, lambda x: x["type"] == "extruder_telematics_rfc1071_pairing_key")
    _set_value(r, _flip_hex(r["secrets"][0]["value"], -1))


def m13(d):
    r = _first(d, lambda x: x["type"] == "mrv_portal_sm3_tailed_api_key")
    _set_value(r, _flip_hex(r["secrets"][0]["value"], -1))


def m14(d):
    r = _first(d, lambda x: x["type"] == "kiln_telemetry_macaroon_token")
    raw = bytearray(C.b64u_dec(r["secrets"][0]["value"]))
    raw[-1] ^= 1
    _set_value(r, C.b64u(bytes(raw)))


def m15(d):
    r = _first(d, lambda x: x["type"] == "charcoal_grading_hs512_service_jwt")
    v = r["secrets"][0]["value"]
    h, c, s = v.split(".")
    s = ("A" if s[0] != "A" else "B") + s[1:]
    _set_value(r, h + "." + c + "." + s)


def m16(d):
    r = _first(d, lambda x: x["type"] == "carbon_ledger_django_secret_key")
    _set_value(r, r["secrets"][0]["value"][:-1])


def m17(d):
    d["negatives"][0]["text"] += "\nref 123e4567-e89b-12d3-a456-426614174000\n"


def m18(d):
    r = d["secrets"][10]
    r["secrets"].append(dict(r["secrets"][0]))


def m19(d):
    r = _first(d, lambda x: x["source"] == "password")
    r["type"] = "twpw_rdesktop_lower_p_after_lower_u"
    r["secrets"][0]["type"] = r["type"]


def m20(d):
    d["secrets"][20]["id"] = "p274-s-9999"


def m21(d):
    r = _first(d, lambda x: x["type"] == "shippo_live_api_token")
    _set_value(r, r["secrets"][0]["value"] + "g")


def m22(d):
    d["secrets"][30]["text"] += " " + d["evasions"][4]["secrets"][0]["plain"]


def m23(d):
    r = _first(d, lambda x: x["source"] == "password")
    r["text"] = "# password below\n" + r["text"]
    r["secrets"][0]["start"] += 17
    r["secrets"][0]["end"] += 17


def m24(d):
    r = _first(d, lambda x: x["source"] == "prose")
    s = r["secrets"][0]
    t = r["text"]
    r["text"] = t[:s["start"] - 1] + "x" + t[s["start"]:]


def m25(d):
    d["negatives"][5]["text"] += "\nold gate code hazel-4417\n"


def m26(d):
    r = _first(d, lambda x: x["container"] == "dev_vscode_launch_json_env")
    r["text"] = r["text"].replace("{", "[", 1)


def m27(d):
    d["negatives"][8]["text"] += "\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLW5vdC12YWxpZA\n"


def m28(d):
    r = d["evasions"][2]
    r["text"] = r["text"].replace(":\n", ": ", 1)
    s = r["secrets"][0]
    s["start"] -= 0
    off = r["text"].find(s["value"])
    s["start"], s["end"] = off, off + len(s["value"])


def m29(d):
    d["negatives"][12]["text"] = d["negatives"][13]["text"]


def m30(d):
    r = _first(d, lambda x: x["type"] == "ring_kiln_controller_engineer_password")
    r["type"] = "retort_reactor_hmi_supervisor_password"
    r["secrets"][0]["type"] = r["type"]


def m31(d):
    r = d["evasions"][6]
    s = r["secrets"][0]
    newrun = s["value"] + " " + s["plain"]
    t = r["text"]
    r["text"] = t[:s["start"]] + newrun + t[s["end"]:]
    s["value"] = newrun
    s["end"] = s["start"] + len(newrun)


def m32(d):
    r = _first(d, lambda x: x["class"] == "own_layout_lookalikes_with_bad_checks", key="negatives")
    r["text"] += "\n" + E.gen_rs(__import__("random").Random(1)) + "\n"


def m33(d):
    r = _first(d, lambda x: x["class"] == "ec_inventory_numbers_on_charcoal_sds", key="negatives")
    r["text"] = r["text"].replace("231-153-3", "231-153-4")


def m34(d):
    r = _first(d, lambda x: x["source"] == "password")
    r["type"] = P.PREFIX + "rdesktop_fresh_form_third"
    r["secrets"][0]["type"] = r["type"]


def m35(d):
    r = _first(d, lambda x: x["source"] == "vendor")
    r["text"] += "\n# old: peatbank-2019\n"


def m36(d):
    r = d["evasions"][9]
    r["encoding"] = "minesweeper_clue_number_sums"
    r["secrets"][0]["encoding"] = r["encoding"]


def m37(d):
    r = _first(d, lambda x: x["class"] == "ipv4_header_dumps_with_valid_checksums", key="negatives")
    r["text"] = re.sub(r"hdr=45", "hdr=46", r["text"], count=1) if "hdr=45" in r["text"] else r["text"].replace("0x0000:  4500", "0x0000:  4600", 1)


def m38(d):
    r = _first(d, lambda x: x["class"] == "qr_codeword_dumps_with_reed_solomon_parity", key="negatives")
    r["text"] = re.sub(r"(ec codewords:\s+)(\d+)", lambda m: m.group(1) + str((int(m.group(2)) + 1) % 256), r["text"], count=1) \
        if "ec codewords" in r["text"] else re.sub(r"(Codewords: )([0-9A-F]{2})", lambda m: m.group(1) + "%02X" % ((int(m.group(2), 16) + 1) % 256), r["text"], count=1)


MUTATIONS = [
    ("m01_shifted_span_start", m01), ("m02_value_removed_from_its_text", m02), ("m03_value_reused_in_another_text", m03),
    ("m04_positive_value_in_a_negative", m04), ("m05_evasion_plain_corrupted", m05), ("m06_deny_listed_container", m06),
    ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08), ("m09_negatives_below_200", m09),
    ("m10_deny_listed_prose_language", m10), ("m11_reed_solomon_parity_broken", m11), ("m12_internet_checksum_broken", m12),
    ("m13_sm3_tail_broken", m13), ("m14_macaroon_signature_broken", m14), ("m15_hs512_signature_broken", m15),
    ("m16_django_key_wrong_length", m16), ("m17_non_v4_uuid_in_a_negative", m17), ("m18_two_spans", m18),
    ("m19_earlier_syntax_name", m19), ("m20_id_out_of_sequence", m20), ("m21_vendor_shape_broken", m21),
    ("m22_evasion_plain_leaked_into_a_text", m22), ("m23_hint_word_in_a_positional_text", m23),
    ("m24_prose_value_not_set_off", m24), ("m25_password_form_in_a_negative", m25), ("m26_json_container_broken", m26),
    ("m27_invalid_jwt_in_a_negative", m27), ("m28_evasion_layout_broken", m28), ("m29_repeated_negative_text", m29),
    ("m30_everyday_type_balance_broken", m30), ("m31_run_contains_its_plain", m31), ("m32_decoy_passes_its_check", m32),
    ("m33_ec_check_broken_in_a_negative", m33), ("m34_earlier_tool_token_in_a_syntax_name", m34),
    ("m35_stray_password_form_in_a_positive", m35), ("m36_idea_word_in_an_encoding_name", m36),
    ("m37_ipv4_checksum_broken_in_a_negative", m37), ("m38_qr_parity_broken_in_a_negative", m38),
]


def run_mutations(data, ctx, clean_errs):
    base = set(clean_errs)
    results = []
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = check_all(d, ctx)
            caught = any(e not in base for e in errs)
        except Exception as ex:
            caught = False
            errs = ["mutation crashed: %s" % ex]
        results.append((name, caught))
    return results
