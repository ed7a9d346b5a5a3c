"""All checks run before writing, and the mutation tests."""
import copy
import re
from collections import Counter, defaultdict

import common244 as C
import dec244
import enc244
import everyday244
import evasions244
import negatives244
import positional244
import prose244
import vendor244

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_KEYS = ["id", "class", "container", "text", "source"]
SPAN_KEYS = ["value", "start", "end", "type"]
EVA_SPAN_KEYS = ["value", "start", "end", "type", "plain", "encoding"]


def name_hits(name, names):
    n = name.lower()
    if n in names:
        return True
    return any(p in names for p in n.split("__") if p)


def check_denylist(data, deny):
    errs = []
    names = set(deny["names"])
    syn = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    labels = []
    for r in data["secrets"]:
        labels += [("container", r["container"]), ("span type", r["type"])]
    for r in data["evasions"]:
        labels += [("container", r["container"]), ("span type", r["type"]), ("encoding", r["encoding"])]
    for r in data["negatives"]:
        labels += [("negative container", r["container"]), ("negative class", r["class"])]
    for s in vendor244.STYLES:
        labels.append(("vendor style", s[0]))
    for w in positional244.WHERE.values():
        labels.append(("positional suffix", w))
    for f in prose244.FORMATS:
        labels.append(("prose format", f))
    for w in evasions244.WORDINGS:
        labels.append(("evasion wording", w[0]))
    for t, _, _, _ in everyday244.TYPES:
        labels.append(("everyday type", t))
    seen = set()
    for kind, lab in labels:
        if (kind, lab) in seen:
            continue
        seen.add((kind, lab))
        if name_hits(lab, names):
            errs.append("deny-list: %s %r overlaps an earlier README name" % (kind, lab))
    for r in data["secrets"]:
        if r["source"] == "password":
            s = r["type"][len(positional244.PFX):]
            if s in syn or s in names:
                errs.append("deny-list: positional syntax %r is an earlier syntax" % s)
    for r in data["secrets"]:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            if code in codes or code in names:
                errs.append("deny-list: language code %r" % code)
    for code, lname, _, _ in prose244.LANGS + prose244.SPARES:
        ln = lname.lower()
        if ln in lnames or any(w in lnames for w in ln.split()):
            errs.append("deny-list: language name %r" % lname)
        if code in codes:
            errs.append("deny-list: language code %r (table)" % code)
    return errs


def check_records(data):
    errs = []
    for key, prefix, keys in (("secrets", "s", POS_KEYS), ("evasions", "e", EVA_KEYS), ("negatives", "n", NEG_KEYS)):
        for i, r in enumerate(data[key]):
            want = "%s-%s-%04d" % (C.PREFIX, prefix, i + 1)
            if r.get("id") != want:
                errs.append("id: %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != keys:
                errs.append("fields of %s: %r" % (r.get("id"), list(r.keys())))
            if C.SENT in r.get("text", "") or any(tok in r.get("text", "") for tok in ("@@PW@@", "@@USER64@@", "@@LEN@@")):
                errs.append("placeholder left in %s" % r.get("id"))
    for key in ("secrets", "evasions"):
        for r in data[key]:
            sp = r.get("secrets", [])
            if len(sp) != 1:
                errs.append("%s: %d spans" % (r["id"], len(sp)))
                continue
            s = sp[0]
            want = EVA_SPAN_KEYS if key == "evasions" else SPAN_KEYS
            if list(s.keys()) != want:
                errs.append("%s: span fields %r" % (r["id"], list(s.keys())))
            t = r["text"]
            if t[s["start"]:s["end"]] != s["value"]:
                errs.append("%s: text[start:end] != value" % r["id"])
            if s["type"] != r["type"]:
                errs.append("%s: span type != record type" % r["id"])
            if t.count(s["value"]) != 1:
                errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(s["value"])))
            if s["value"] != s["value"].strip() or not s["value"]:
                errs.append("%s: value has outer whitespace" % r["id"])
            if key == "evasions" and (s.get("encoding") != r.get("encoding")):
                errs.append("%s: span encoding differs" % r["id"])
    return errs


def check_counts(data):
    errs = []
    sec = data["secrets"]
    by = defaultdict(list)
    for r in sec:
        by[r["source"]].append(r)
    ev = by["everyday"]
    if len(ev) != 180:
        errs.append("everyday count %d != 180" % len(ev))
    kinds = defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: need 45 kinds x 4 different types")
    tc = Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday: need 12 types x 15")
    vd = by["vendor"]
    if len(vd) != 120 or len(set(r["type"] for r in vd)) != 120:
        errs.append("vendor: need 120 distinct types (have %d)" % len(vd))
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("vendor container %r" % r["container"])
    pw = by["password"]
    if not (95 <= len(pw) <= 120) or len(set(r["type"] for r in pw)) != len(pw):
        errs.append("positional: need 95-120 distinct syntaxes (have %d)" % len(pw))
    pr = by["prose"]
    langs = set(r["container"].split("__")[-1] for r in pr)
    if len(pr) != 40 or len(langs) != 40:
        errs.append("prose: need 40 records in 40 languages")
    if not (440 <= len(sec) <= 470):
        errs.append("positives total %d" % len(sec))
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown sources %r" % (set(by) - {"everyday", "vendor", "password", "prose"}))
    types_by_src = {k: set(r["type"] for r in v) for k, v in by.items()}
    ks = list(types_by_src)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types_by_src[ks[i]] & types_by_src[ks[j]]:
                errs.append("span types shared by %s and %s" % (ks[i], ks[j]))
    eva = data["evasions"]
    ec = Counter(r["encoding"] for r in eva)
    if len(eva) != 66 or len(ec) != 22 or set(ec.values()) != {3}:
        errs.append("evasions: need 22 encodings x 3")
    if Counter(r["type"] for r in eva) != Counter({t[0]: 22 for t in evasions244.TYPES}):
        errs.append("evasions: need 22 records per type")
    neg = data["negatives"]
    if len(neg) < 180:
        errs.append("negatives: %d < 180" % len(neg))
    if len(set(r["class"] for r in neg)) < 16:
        errs.append("negatives: fewer than 16 classes")
    if len(set(r["text"] for r in neg)) != len(neg):
        errs.append("negatives: repeated text")
    return errs


def check_shapes(data):
    errs = []
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        src = r["source"]
        if src == "everyday":
            if not everyday244.validate(everyday244.KIND_OF[r["type"]], v):
                errs.append("%s: everyday value invalid (%s)" % (r["id"], r["type"]))
        elif src == "vendor":
            if not vendor244.validate_value(r["type"], v):
                errs.append("%s: vendor value does not fit its spec (%s)" % (r["id"], r["type"]))
        elif src == "password":
            name = r["type"][len(positional244.PFX):]
            try:
                inner = positional244.inner_password(name, v)
            except Exception:
                inner = None
            if inner is None or not C.PW_STRICT_RE.match(inner):
                errs.append("%s: positional value not a strict password" % r["id"])
        elif src == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            t = r["text"]
            if not C.PW_STRICT_RE.match(v):
                errs.append("%s: prose value not strict" % r["id"])
            if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    lay = re.compile(r"^[^\n]+:\n[^\n]+\n[^\n]+$")
    encs = set(enc244.ENCODINGS)
    wordings = set(w[0] for w in evasions244.WORDINGS)
    for r in data["evasions"]:
        s = r["secrets"][0]
        ti = [t[0] for t in evasions244.TYPES].index(r["type"]) if r["type"] in [t[0] for t in evasions244.TYPES] else None
        if ti is None or not evasions244.PLAIN_RE[ti].match(s["plain"]):
            errs.append("%s: evasion plain has the wrong shape" % r["id"])
        if not lay.match(r["text"]):
            errs.append("%s: evasion layout (rule, ':' newline, run line, remark)" % r["id"])
        enc_name, _, wording = r["container"].partition("__")
        if enc_name != r["encoding"] or wording not in wordings or r["encoding"] not in encs:
            errs.append("%s: evasion container" % r["id"])
        try:
            ok = dec244.decode(r["encoding"], s["value"]) == s["plain"]
        except Exception:
            ok = False
        if not ok:
            errs.append("%s: evasion does not decode to its plain" % r["id"])
        if s["plain"] in s["value"]:
            errs.append("%s: run contains its plain" % r["id"])
        # the run must be the whole line
        line = r["text"].split("\n")[1]
        if line != s["value"]:
            errs.append("%s: run is not its own line" % r["id"])
    return errs


def check_uniqueness(data, hidden):
    errs = []
    pos = data["secrets"] + data["evasions"]
    texts = [(r["id"], r["text"]) for r in pos] + [(r["id"], r["text"]) for r in data["negatives"]]
    vals = Counter(r["secrets"][0]["value"] for r in pos)
    for v, n in vals.items():
        if n > 1:
            errs.append("value reused %d times: %r" % (n, v[:40]))
    for r in pos:
        v = r["secrets"][0]["value"]
        for tid, t in texts:
            if tid != r["id"] and v in t:
                errs.append("value of %s appears in %s" % (r["id"], tid))
    extra = [r["secrets"][0]["plain"] for r in data["evasions"]] + list(hidden)
    for p in extra:
        for tid, t in texts:
            if p in t:
                errs.append("hidden plain %r appears in %s" % (p[:30], tid))
    return errs


def check_structure(data):
    errs = []
    for key in ("secrets", "evasions", "negatives"):
        for r in data[key]:
            t = r["text"]
            for m in C.UUID_SHAPE.finditer(t):
                if not C.UUID4_RE.match(m.group(0).lower()):
                    errs.append("%s: UUID-shaped substring not version 4" % r["id"])
            for m in C.JWT_SHAPE.finditer(t):
                if key == "negatives":
                    errs.append("%s: JWT-shaped string in a negative" % r["id"])
                elif not C.jwt_valid(m.group(0)):
                    errs.append("%s: malformed JWT-shaped substring" % r["id"])
    for r in data["negatives"]:
        if C.PW_FORM_IN_TEXT.search(r["text"]):
            errs.append("%s: password form in a negative" % r["id"])
    return errs


def run_all(data, deny, hidden):
    errs = []
    errs += check_denylist(data, deny)
    errs += check_records(data)
    errs += check_counts(data)
    errs += check_shapes(data)
    errs += check_uniqueness(data, hidden)
    errs += check_structure(data)
    return errs


# ------------------------------------------------------------------ mutations
def _first(data, src):
    return next(r for r in data["secrets"] if r["source"] == src)


def _m01(d):
    d["secrets"][0]["secrets"][0]["start"] += 1


def _m02(d):
    r = d["secrets"][3]
    r["text"] = r["text"].replace(r["secrets"][0]["value"], "x" * len(r["secrets"][0]["value"]))


def _m03(d):
    d["secrets"][10]["text"] += "\n# also " + d["secrets"][200]["secrets"][0]["value"]


def _m04(d):
    d["negatives"][5]["text"] += "\n" + d["secrets"][7]["secrets"][0]["value"]


def _m05(d):
    s = d["evasions"][4]["secrets"][0]
    s["plain"] = s["plain"][:-1] + ("a" if s["plain"][-1] != "a" else "b")


def _m06(d):
    d["secrets"][1]["container"] = "ops_bash_history"


def _m07(d):
    for r in d["negatives"][:10]:
        r["class"] = "request_trace_and_order_ids"


def _m08(d):
    r = d["evasions"][0]
    r["encoding"] = "senary_code_points"
    r["secrets"][0]["encoding"] = "senary_code_points"
    r["container"] = "senary_code_points__" + r["container"].split("__")[1]


def _m09(d):
    r = _first(d, "prose")
    r["container"] = r["container"].split("__")[0] + "__deu"


def _m10(d):
    r = _first(d, "password")
    r["type"] = positional244.PFX + "curl_lower_u_user_colon_pair"
    r["secrets"][0]["type"] = r["type"]


def _m11(d):
    d["negatives"] = d["negatives"][:170]


def _m12(d):
    r = next(x for x in d["secrets"] if x["type"] == "ladder_api_verhoeff_key")
    s = r["secrets"][0]
    v = s["value"]
    dig = v[12]
    nv = v[:12] + str((int(dig) + 1) % 10) + v[13:]
    r["text"] = r["text"].replace(v, nv)
    s["value"] = nv


def _m13(d):
    d["negatives"][2]["text"] += "\nrequest 3f2a9c1e-1b2c-1d4e-8f90-1234567890ab"


def _m14(d):
    r = d["secrets"][20]
    r["secrets"].append(dict(r["secrets"][0]))


def _m15(d):
    d["negatives"][9]["text"] += "\nwifi: Volley-qz7k42\n"


def _m16(d):
    r = next(x for x in d["secrets"] if x["type"] == "live_scoring_adler32_token")
    s = r["secrets"][0]
    v = s["value"]
    nv = v[:-1] + ("0" if v[-1] != "0" else "1")
    r["text"] = r["text"].replace(v, nv)
    s["value"] = nv


def _m17(d):
    d["negatives"][0]["id"], d["negatives"][1]["id"] = d["negatives"][1]["id"], d["negatives"][0]["id"]


MUTATIONS = [
    ("m01_shifted_span_start", _m01), ("m02_value_not_in_text", _m02), ("m03_value_reused_in_other_text", _m03),
    ("m04_positive_value_in_negative", _m04), ("m05_evasion_does_not_decode", _m05),
    ("m06_deny_listed_container", _m06), ("m07_deny_listed_negative_class", _m07), ("m08_deny_listed_encoding", _m08),
    ("m09_deny_listed_language", _m09), ("m10_earlier_syntax_name", _m10), ("m11_negatives_below_180", _m11),
    ("m12_verhoeff_digit_broken", _m12), ("m13_non_v4_uuid_in_negative", _m13), ("m14_two_spans", _m14),
    ("m15_password_form_in_negative", _m15), ("m16_adler32_tail_broken", _m16), ("m17_id_out_of_sequence", _m17),
]


def run_mutations(data, deny, hidden, clean_errs):
    results = []
    clean = set(clean_errs)
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        try:
            errs = run_all(d, deny, hidden)
        except Exception as e:  # a crash on malformed data also counts as caught
            errs = ["crash: %r" % e]
        caught = any(e not in clean for e in errs)
        results.append((name, caught))
    return results
