"""Every check the build runs, and the mutation tests."""
import copy
import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET

import common273 as C
import dec273
import everyday273 as EV
import evasions273 as EVA
import negatives273 as NEG
import positional273 as POS
import prose273 as PR
import vendor273 as VEN
import world273 as W

OUT_PREFIX = "p273"
SEC_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

# position, flag, verb and language words that earlier syntax names share with any syntax name;
# every other token of an earlier syntax name counts as an earlier tool token
GENERIC_SYNTAX_TOKENS = set("""lower upper capital p u a k n s w after before first second third fourth fifth sixth
seventh eighth positional argument arguments option flag colon pair call function ctor constructor method line field
file here string pipe reads command value quoted userinfo url locator slash equals tuple section name token python
node java csharp go rust ruby php perl kotlin scala c cpp vba powershell javascript lua r dart elixir groovy haskell
vbscript swift cli login add user users set config connect open type text send keys key auth basic new init create get
element chain frame message data step keyword entry table sql remote credentials decrypt encrypt event fill input write
echo action register client http semicolon parameter control stdin param function""".split())
# tools and mechanisms the two READMEs name only in prose (left-out and relative lists)
HAND_TOOLS = set("""ftp pop3 imap smtp ldap smb samba ssh sshpass redis mongo mongodb mysql postgresql postgres psql pg
oracle sqlplus snmp irc nickserv htpasswd chpasswd smbpasswd xdotool wtype autohotkey sikulix xclip xsel wl zfs gocryptfs
cryptsetup requests httpx lwp qt ffmpeg usql nats cups ncat skopeo winrs git pip zip pdf keystore pfx sqlcipher db2 rcon
keepass keepassxc lastpass telnet rdesktop hdbuserstore poi simctl mechanize httplib2 docker registry""".split())


def load_denylist(folder, brief="/tmp/brief273"):
    path = os.path.join(folder, "brief_names.json")
    frozen = json.load(open(path, encoding="utf-8"))
    note = "frozen copy used (no /tmp/brief273)"
    errs = []
    if os.path.isdir(brief):
        fresh = C.extract_denylist(brief)
        if fresh != frozen:
            errs.append("deny-list: re-extracted list differs from brief_names.json")
            note = "re-extracted from /tmp/brief273 and DIFFERENT"
        else:
            note = "re-extracted from /tmp/brief273 and identical"
    return frozen, note, errs


def earlier_tool_tokens(deny):
    toks = set()
    for s in deny["syntaxes"]:
        toks |= set(s.split("_"))
    return (toks - GENERIC_SYNTAX_TOKENS) | HAND_TOOLS


def _denied(name, deny):
    names = set(deny["names"])
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in names]


def check_names(data, deny):
    errs = []
    names_to_check = []
    names_to_check += [("everyday type", t) for t in EV.TYPE_NAMES] + [("everyday kind", k) for k in EV.KIND_NAMES]
    names_to_check += [("vendor type", t) for t in VEN.TYPE_NAMES] + [("vendor style", s) for s in VEN.STYLES]
    names_to_check += [("syntax", s) for s in POS.NAMES] + [("where", w) for w in POS.WHERE.values()]
    names_to_check += [("prose type", PR.TYPE)] + [("prose format", f) for f in PR.FORMATS]
    names_to_check += [("evasion type", t) for t in EVA.TYPE_NAMES] + [("wording", w[0]) for w in EVA.WORDINGS]
    names_to_check += [("encoding", e) for e in EVA.ENCODINGS]
    names_to_check += [("negative class", c) for c in NEG.CLASS_NAMES]
    names_to_check += [("base kind", k) for c in NEG.CLASSES for k in c[1]] + [("wrapper", w.strip("_")) for w in NEG.WRAPS if w]
    for r in data["secrets"]:
        names_to_check += [("container", r["container"]), ("span type", r["type"])]
    for r in data["evasions"]:
        names_to_check += [("container", r["container"]), ("encoding", r["encoding"]), ("span type", r["type"])]
    for r in data["negatives"]:
        names_to_check += [("container", r["container"]), ("negative class", r["class"])]
    for what, n in names_to_check:
        hit = _denied(n, deny)
        if hit:
            errs.append(f"deny-list: {what} {n} hits {hit}")
    # syntaxes
    earlier = set(deny["syntaxes"])
    tools = earlier_tool_tokens(deny)
    syn = set(POS.NAMES) | {r["type"][len(POS.PREFIX):] for r in data["secrets"] if r["source"] == "password"}
    for s in syn:
        if s in earlier or (POS.PREFIX + s) in earlier or s in set(deny["names"]):
            errs.append(f"deny-list: syntax {s} is an earlier syntax")
        bad = [t for t in s.split("_") if t in tools]
        if bad:
            errs.append(f"deny-list: syntax {s} contains earlier tool tokens {bad}")
    # encodings against idea words
    idea = set(deny["idea_words"])
    encs = set(EVA.ENCODINGS) | {r["encoding"] for r in data["evasions"]}
    for e in encs:
        bad = [t for t in e.split("_") if t in idea or C.fold_plural(t) in idea]
        if bad:
            errs.append(f"deny-list: encoding {e} contains idea words {bad}")
    # prose languages
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    hand_codes = set(PR.HAND_LANGUAGES)
    hand_names = {v.lower() for v in PR.HAND_LANGUAGES.values()}
    used = {r["container"].split("__")[1] for r in data["secrets"] if r["source"] == "prose"}
    langs = {c: n for c, n, _, _ in PR.LANGS}
    langs.update(dict(PR.SPARES))
    for c in set(langs) | used:
        if c in codes or c in set(deny["names"]) or c in hand_codes:
            errs.append(f"deny-list: prose language code {c}")
        n = langs.get(c, "")
        words = [w for w in re.split(r"[^\w]+", n.lower()) if w]
        if n.lower() in lnames or any(w in lnames or w in hand_names for w in words):
            errs.append(f"deny-list: prose language name {n}")
    return errs


def _ids(recs, kind, fields, errs):
    for i, r in enumerate(recs, 1):
        want = f"{OUT_PREFIX}-{kind}-{i:04d}"
        if r.get("id") != want:
            errs.append(f"id {r.get('id')} should be {want}")
        if list(r.keys()) != fields:
            errs.append(f"{r.get('id')}: fields {list(r.keys())}")


def check_structure(data):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    _ids(S, "s", SEC_FIELDS, errs)
    _ids(E, "e", EVA_FIELDS, errs)
    _ids(N, "n", NEG_FIELDS, errs)
    for r in S + E:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append(f"{r['id']}: must have exactly one span")
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r in E else SPAN_FIELDS
        if list(s.keys()) != want:
            errs.append(f"{r['id']}: span fields {list(s.keys())}")
        if r["text"][s["start"]:s["end"]] != s["value"]:
            errs.append(f"{r['id']}: text[start:end] != value")
        if s["type"] != r["type"]:
            errs.append(f"{r['id']}: span type differs from record type")
        if r["text"].count(s["value"]) != 1:
            errs.append(f"{r['id']}: value does not occur exactly once")
        if s["value"] != s["value"].strip() or not s["value"]:
            errs.append(f"{r['id']}: value has outer whitespace")
        if any(mk in r["text"] for mk in (C.MARK, "«V»", "«u»", "«ip»", "«n»", "«sid»", "@@V@@", "@@X@@")):
            errs.append(f"{r['id']}: placement marker left")
    for r in S:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append(f"{r['id']}: bad source")
    for r in E:
        s = r["secrets"][0]
        if r["source"] != "evasion" or s.get("encoding") != r["encoding"] or r["container"] != f"{r['encoding']}__" + r["container"].split("__", 1)[1]:
            errs.append(f"{r['id']}: evasion source/encoding/container")
        if r["container"].split("__")[1] not in [w[0] for w in EVA.WORDINGS]:
            errs.append(f"{r['id']}: unknown wording")
    for r in N:
        if r["source"] != "negative":
            errs.append(f"{r['id']}: bad source")
    return errs


def check_counts(data):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append(f"everyday count {len(ev)}")
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: 45 kinds with 4 different types each")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        errs.append(f"everyday type balance {sorted(tcount.values())}")
    vt = [r["type"] for r in by.get("vendor", [])]
    if not 110 <= len(vt) <= 130 or len(set(vt)) != len(vt):
        errs.append(f"vendor count {len(vt)}")
    for r in by.get("vendor", []):
        t, st = r["container"].split("__")
        if t != r["type"] or st not in VEN.STYLES:
            errs.append(f"{r['id']}: vendor container")
    pt = [r["type"] for r in by.get("password", [])]
    if not 100 <= len(pt) <= 120 or len(set(pt)) != len(pt):
        errs.append(f"positional count {len(pt)}")
    pl = [r["container"].split("__")[1] for r in by.get("prose", [])]
    if len(pl) != 40 or len(set(pl)) != 40:
        errs.append("prose: 40 records in 40 languages")
    if not 440 <= len(S) <= 470:
        errs.append(f"positives total {len(S)}")
    if len(E) != 66:
        errs.append(f"evasions {len(E)}")
    combos = {(r["encoding"], r["type"]) for r in E}
    if len(combos) != 66 or len({r["encoding"] for r in E}) != 22:
        errs.append("evasions: 22 encodings x 3 types")
    for enc in EVA.ENCODINGS:
        ws = {r["container"].split("__")[1] for r in E if r["encoding"] == enc}
        if len(ws) != 3:
            errs.append(f"evasions: {enc} not in all three wordings")
    if len(N) < 200:
        errs.append(f"negatives {len(N)} < 200")
    cls = {}
    for r in N:
        cls[r["class"]] = cls.get(r["class"], 0) + 1
    if len(cls) < 20 or min(cls.values()) < 10:
        errs.append("negatives: at least 20 classes with 10 each")
    if len({r["text"] for r in N}) != len(N):
        errs.append("negatives: repeated text")
    types = {}
    for r in S + E:
        src = r["source"]
        types.setdefault(src, set()).add(r["type"])
    srcs = list(types)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if types[srcs[i]] & types[srcs[j]]:
                errs.append(f"span types shared between {srcs[i]} and {srcs[j]}")
    return errs


HINT_RE = re.compile(r"(?i)pass|pwd|secret|(?<![a-z0-9])pw(?![a-z0-9])")


def check_shapes(data, ctx):
    errs = []
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        src = r["source"]
        if src == "everyday":
            if not EV.check_value(r["type"], v, ctx["everyday_keys"]):
                errs.append(f"{r['id']}: everyday shape {r['type']}")
        elif src == "vendor":
            if r["type"] not in VEN.SPEC_BY or not VEN.check_value(r["type"], v):
                errs.append(f"{r['id']}: vendor shape {r['type']}")
        elif src in ("password", "prose"):
            if not W.is_password(v, strict=True):
                errs.append(f"{r['id']}: not a strict password form")
            if src == "password" and HINT_RE.search(r["text"]):
                errs.append(f"{r['id']}: hint word in a positional text")
            if src == "prose":
                s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
                if s == 0 or e >= len(r["text"]) or not r["text"][s - 1].isspace() or not r["text"][e].isspace():
                    errs.append(f"{r['id']}: prose value not set off by whitespace")
        # outside the span no password form
        s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
        if W.PW_ANY_RE.search(r["text"][:s] + "\n" + r["text"][e:]):
            errs.append(f"{r['id']}: password form outside the span")
    for r in data["evasions"]:
        sp = r["secrets"][0]
        if not EVA.plain_ok(r["type"], sp["plain"]):
            errs.append(f"{r['id']}: evasion plain shape")
        t = r["text"]
        head, _, rest = t.partition(":\n")
        lines = rest.split("\n")
        if not head or "\n" in head or len(lines) != 2 or lines[0] != sp["value"] or not lines[1].strip() \
                or sp["start"] != len(head) + 2:
            errs.append(f"{r['id']}: evasion layout")
        if W.PW_ANY_RE.search(t):
            errs.append(f"{r['id']}: password form in an evasion text")
    return errs


def _json_after_command(t):
    lines = t.split("\n")
    if lines[0].startswith("$ "):
        t = "\n".join(lines[1:])
    return json.loads(t)


JSON_VENDOR = {"ops_lambda_get_function_configuration_json", "ops_az_webapp_appsettings_list_json",
               "ops_gitlab_project_variables_api_json", "dev_devcontainer_json_remoteenv", "dev_llm_cli_keys_json",
               "dev_terraform_credentials_tfrc_json", "dev_netlify_cli_config_json", "office_keeper_json_export"}
CSV_VENDOR = {"office_nordpass_csv_export", "office_safari_passwords_csv_export"}


def check_containers(data):
    errs = []
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        try:
            if r["source"] == "everyday":
                fmt = EV.KIND_BY[r["container"]][3]
                if fmt == "json":
                    if v not in json.dumps(json.loads(r["text"]), ensure_ascii=False):
                        raise ValueError("value lost")
                elif fmt == "xml":
                    root = ET.fromstring(r["text"])
                    if not any(v in (el.text or "") or any(v in a for a in el.attrib.values()) for el in root.iter()):
                        raise ValueError("value not in an element or attribute")
                elif fmt == "castv2":
                    objs = [json.loads(l) for l in r["text"].strip().split("\n")]
                    if not any(isinstance(o, list) and v in o[2] for o in objs[1:]):
                        raise ValueError("value not in an output event")
            elif r["source"] == "vendor":
                st = r["container"].split("__")[1]
                if st in JSON_VENDOR:
                    if v not in json.dumps(_json_after_command(r["text"]), ensure_ascii=False):
                        raise ValueError("value lost")
                if st in CSV_VENDOR:
                    rows = list(csv.reader(io.StringIO(r["text"])))
                    if len({len(x) for x in rows}) != 1 or not any(v in row for row in rows):
                        raise ValueError("csv rows")
                if r["type"] == "gcp_service_account_private_key":
                    body = r["text"].split("service-account.json: |\n", 1)[1]
                    sa = json.loads("\n".join(l[4:] for l in body.splitlines()))
                    if sa["private_key"] != v.replace("\\n", "\n") + "\n":
                        raise ValueError("service account json")
        except Exception as ex:
            errs.append(f"{r['id']}: container syntax ({r['container']}): {ex}")
    return errs


def check_evasions(data):
    errs = []
    for r in data["evasions"]:
        sp = r["secrets"][0]
        try:
            got = dec273.decode(r["encoding"], sp["value"])
        except Exception as ex:
            got = f"error {ex}"
        if got != sp["plain"]:
            errs.append(f"{r['id']}: run decodes to {got!r}, not the plain")
        if sp["plain"] in sp["value"]:
            errs.append(f"{r['id']}: run contains its plain")
    return errs


def check_reuse(data, ctx):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    alltexts = [(r["id"], r["text"]) for r in S + E + N]
    for r in S + E:
        v = r["secrets"][0]["value"]
        holders = [i for i, t in alltexts if v in t]
        if holders != [r["id"]]:
            errs.append(f"{r['id']}: value found in {holders[:4]}")
    for r in E:
        p = r["secrets"][0]["plain"]
        holders = [i for i, t in alltexts if p in t]
        if holders:
            errs.append(f"{r['id']}: plain appears in {holders[:4]}")
    vals = [r["secrets"][0]["value"] for r in S + E]
    if len(set(vals)) != len(vals):
        errs.append("a value is reused")
    for nb in ctx.get("neighbours", []):
        holders = [i for i, t in alltexts if nb in t]
        if len(holders) != 1 or holders[0].startswith(f"{OUT_PREFIX}-n-"):
            errs.append(f"neighbour {nb[:12]} occurs in {holders[:4]}")
    reg = ctx["registry"]
    for r in N:
        t = r["text"]
        for s in reg:
            if len(s) >= 6 and s in t:
                errs.append(f"{r['id']}: contains a registered string")
                break
        if W.PW_ANY_RE.search(t):
            errs.append(f"{r['id']}: password form in a negative")
    # UUIDs and JWTs everywhere
    keys = dict(ctx["jwt_keys"])
    for i, t in alltexts:
        for m in C.UUID_RE.finditer(t):
            if not C.UUID4_RE.match(m.group(0)):
                errs.append(f"{i}: non-v4 UUID {m.group(0)}")
        for m in C.JWT_RE.finditer(t):
            tok = m.group(0)
            if tok not in keys or not C.hs256_verify(tok, keys[tok]):
                errs.append(f"{i}: JWT-shaped string that does not verify")
    return errs


def check_negative_claims(data):
    errs = NEG.structural_checks(data["negatives"])
    for r in data["negatives"]:
        t = r["text"]
        if r["class"] == "wig_care_gtin13_barcodes":
            for g in re.findall(r"(?<!\d)50\d{11}(?!\d)", t):
                if C.gs1_check(g[:-1]) != g[-1]:
                    errs.append(f"{r['id']}: GTIN check fails {g}")
        if r["class"] == "hair_import_sscc_pallet_labels":
            for g in re.findall(r"(?<!\d)050\d{15}(?!\d)", t):
                if C.gs1_check(g[:-1]) != g[-1]:
                    errs.append(f"{r['id']}: SSCC check fails {g}")
        if r["class"] == "workshop_library_isbn13_titles":
            for g in re.findall(r"978-\d-\d{4}-\d{4}-\d", t):
                d = g.replace("-", "")
                if C.gs1_check(d[:-1]) != d[-1]:
                    errs.append(f"{r['id']}: ISBN check fails {g}")
        if r["class"] == "prosthetics_chemical_cas_numbers":
            for g in re.findall(r"\b\d{2,7}-\d{2}-\d\b", t):
                if C.cas_check(g.replace("-", "")[:-1]) != g[-1]:
                    errs.append(f"{r['id']}: CAS check fails {g}")
        if r["class"] == "own_token_layouts_with_broken_checksums":
            for v in re.findall(r"HSL-[0-9A-F-]{29}|TAG-[\d.]{11}-\d\d|mfx_[A-Za-z0-9]{32}_[0-9a-f]{8}", t):
                kind = {"H": "head_scanner_inet16_licence_key", "T": "tag_printer_cpf11_activation_code",
                        "m": "print_farm_sm3_api_token"}[v[0]]
                if EV.check_value(kind, v, None):
                    errs.append(f"{r['id']}: decoy passes its own check {v}")
    return errs


def run_all(data, ctx, deny):
    errs = []
    errs += check_structure(data)
    errs += check_counts(data)
    errs += check_names(data, deny)
    errs += check_shapes(data, ctx)
    errs += check_containers(data)
    errs += check_evasions(data)
    errs += check_reuse(data, ctx)
    errs += check_negative_claims(data)
    return errs


# ---------------------------------------------------------------- mutation tests
def _set_value(r, new):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + new + r["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def _first(data, pred, which="secrets"):
    for r in data[which]:
        if pred(r):
            return r
    raise KeyError


def mutations():
    M = []

    def m(name):
        def deco(f):
            M.append((name, f))
            return f
        return deco

    @m("m01_shifted_span_start")
    def _(d):
        d["secrets"][3]["secrets"][0]["start"] += 1

    @m("m02_value_removed_from_its_text")
    def _(d):
        r = d["secrets"][10]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"]] + "[redacted]" + r["text"][s["end"]:]

    @m("m03_value_reused_in_another_text")
    def _(d):
        d["secrets"][20]["text"] += "\n" + d["secrets"][21]["secrets"][0]["value"]

    @m("m04_positive_value_in_a_negative")
    def _(d):
        d["negatives"][5]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    @m("m05_evasion_plain_corrupted")
    def _(d):
        sp = d["evasions"][7]["secrets"][0]
        sp["plain"] = sp["plain"][:-1] + ("a" if sp["plain"][-1] != "a" else "b")

    @m("m06_deny_listed_container")
    def _(d):
        d["secrets"][0]["container"] = "crusher_s7_scl_data_block"

    @m("m07_deny_listed_negative_class")
    def _(d):
        d["negatives"][0]["class"] = "own_layout_decoys_failing_checks"

    @m("m08_deny_listed_encoding")
    def _(d):
        r = d["evasions"][0]
        r["encoding"] = "collatz_hailstone_halving_trips"
        r["secrets"][0]["encoding"] = r["encoding"]

    @m("m09_negatives_below_200")
    def _(d):
        del d["negatives"][150:]

    @m("m10_deny_listed_prose_language")
    def _(d):
        r = _first(d, lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    @m("m11_inet16_licence_checksum_broken")
    def _(d):
        r = _first(d, lambda r: r["type"] == "head_scanner_inet16_licence_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    @m("m12_cpf_digit_broken")
    def _(d):
        r = _first(d, lambda r: r["type"] == "tag_printer_cpf11_activation_code")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + str((int(v[-1]) + 1) % 10))

    @m("m13_sm3_tail_broken")
    def _(d):
        r = _first(d, lambda r: r["type"] == "print_farm_sm3_api_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    @m("m14_flask_cookie_signature_broken")
    def _(d):
        r = _first(d, lambda r: r["type"] == "stock_admin_flask_session_cookie")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-2] + ("AA" if v[-2:] != "AA" else "BB"))

    @m("m15_non_v4_uuid_in_a_negative")
    def _(d):
        d["negatives"][3]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000"

    @m("m16_two_spans")
    def _(d):
        r = d["secrets"][30]
        r["secrets"].append(dict(r["secrets"][0]))

    @m("m17_earlier_syntax_name")
    def _(d):
        r = _first(d, lambda r: r["source"] == "password")
        r["type"] = POS.PREFIX + "sqlcmd_capital_p_after_capital_u"
        r["secrets"][0]["type"] = r["type"]

    @m("m18_id_out_of_sequence")
    def _(d):
        d["secrets"][5]["id"], d["secrets"][6]["id"] = d["secrets"][6]["id"], d["secrets"][5]["id"]

    @m("m19_vendor_shape_broken")
    def _(d):
        r = _first(d, lambda r: r["type"] == "github_classic_personal_access_token")
        _set_value(r, r["secrets"][0]["value"] + "Z")

    @m("m20_evasion_plain_leaked_into_a_text")
    def _(d):
        d["secrets"][40]["text"] += "\n" + d["evasions"][3]["secrets"][0]["plain"]

    @m("m21_hint_word_in_a_positional_text")
    def _(d):
        r = _first(d, lambda r: r["source"] == "password")
        r["text"] += "# the password is above\n"

    @m("m22_prose_value_not_set_off")
    def _(d):
        r = _first(d, lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["end"]] + "," + r["text"][s["end"] + 1:]

    @m("m23_password_form_in_a_negative")
    def _(d):
        d["negatives"][9]["text"] += "\nspare login: Marcel-18in"

    @m("m24_json_container_broken")
    def _(d):
        r = _first(d, lambda r: r["container"] == "client_app_expo_app_json")
        r["text"] = r["text"].replace("{", "{{", 1)
        s = r["secrets"][0]
        s["start"] += 1
        s["end"] += 1

    @m("m25_invalid_jwt_in_a_negative")
    def _(d):
        d["negatives"][12]["text"] += "\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"

    @m("m26_gtin_check_broken_in_a_negative")
    def _(d):
        r = _first(d, lambda r: r["class"] == "wig_care_gtin13_barcodes", "negatives")
        g = re.search(r"(?<!\d)50\d{11}(?!\d)", r["text"]).group(0)
        r["text"] = r["text"].replace(g, g[:-1] + str((int(g[-1]) + 1) % 10))

    @m("m27_evasion_layout_broken")
    def _(d):
        r = d["evasions"][11]
        r["text"] = r["text"] + "\nP.S. good luck"

    @m("m28_supabase_jwt_signature_broken")
    def _(d):
        r = _first(d, lambda r: r["type"] == "supabase_service_role_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-3] + ("abc" if v[-3:] != "abc" else "abd"))

    @m("m29_earlier_tool_token_in_a_syntax_name")
    def _(d):
        r = _first(d, lambda r: r["source"] == "password")
        r["type"] = POS.PREFIX + "ipmitool_hex_raw_chassis_fifth"
        r["secrets"][0]["type"] = r["type"]

    @m("m30_decoy_passes_its_own_check")
    def _(d):
        r = _first(d, lambda r: r["class"] == "own_token_layouts_with_broken_checksums", "negatives")
        import random
        nine = "123456789"
        r["text"] += f"\nassert valid_activation('TAG-123.456.789-{C.cpf_digits(nine)}')"

    @m("m31_repeated_negative_text")
    def _(d):
        d["negatives"][1]["text"] = d["negatives"][0]["text"]

    @m("m32_idea_word_in_an_encoding_name")
    def _(d):
        for r in d["evasions"]:
            if r["encoding"] == "ridge_summit_prominence":
                r["encoding"] = "ridge_summit_ladder"
                r["secrets"][0]["encoding"] = r["encoding"]
                r["container"] = r["encoding"] + "__" + r["container"].split("__", 1)[1]

    @m("m33_rsa_private_key_broken")
    def _(d):
        r = _first(d, lambda r: r["type"] == "github_app_private_key")
        v = r["secrets"][0]["value"]
        lines = v.split("\n")
        lines[3] = lines[3][:10] + ("A" if lines[3][10] != "A" else "B") + lines[3][11:]
        _set_value(r, "\n".join(lines))

    @m("m34_everyday_type_balance_broken")
    def _(d):
        a = _first(d, lambda r: r["source"] == "everyday")
        a["type"] = "knotting_room_kiosk_password" if a["type"] != "knotting_room_kiosk_password" else "wig_clinic_booking_desk_password"
        a["secrets"][0]["type"] = a["type"]

    return M


def run_mutations(data, ctx, deny, clean_errs):
    results = []
    base = set(clean_errs)
    for name, f in mutations():
        d = copy.deepcopy(data)
        try:
            f(d)
        except Exception as ex:
            results.append((name, False, f"mutation could not be applied: {ex}"))
            continue
        errs = set(run_all(d, ctx, deny))
        new = errs - base
        results.append((name, bool(new), sorted(new)[0] if new else "not caught"))
    return results
