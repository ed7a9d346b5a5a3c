"""Checks run before anything is written, plus mutation tests that the checks must catch."""
import base64
import copy
import re

import common231 as C
import dec231
import enc231
import everyday231
import evasions231
import negatives231
import positional231
import prose231
import vendor231

UUID_SHAPE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID_V4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
WORLD_PW = re.compile(r"(?i)(?<![A-Za-z])(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![0-9])" % "|".join(C.WORLD_WORDS))

EVERYDAY_KIND = {t[0]: t[3] for t in everyday231.TYPES}
VENDOR_SPEC = {v[0]: v[2] for v in vendor231.V}
EVASION_PLAIN_RE = {
    "optician_evasion_frontdesk_pc_password": C.PW_STRICT_RE,
    "edger_evasion_service_unlock_code": re.compile(r"^esu_[A-Za-z0-9]{16}$"),
    "lab_evasion_portal_token": re.compile(r"^llp-[a-z0-9]{20}$"),
}


def denied(name, deny):
    names = set(deny["names"])
    n = name.lower()
    if n in names:
        return True
    return any(p in names for p in n.split("__") if p)


def check_all(data, deny):
    """data: dict with secrets, evasions, negatives (lists of records). Returns list of errors."""
    err = []
    secrets, evasions, negatives = data["secrets"], data["evasions"], data["negatives"]
    hidden = data.get("hidden", {})

    # ---- ids
    for lst, tag in ((secrets, "s"), (evasions, "e"), (negatives, "n")):
        for i, r in enumerate(lst):
            if r.get("id") != "%s-%s-%04d" % (C.PREFIX, tag, i + 1):
                err.append("bad id %r" % r.get("id"))

    # ---- span well-formedness
    for r in secrets + evasions:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            err.append("%s: not exactly one span" % r["id"])
            continue
        s = sp[0]
        if r["text"][s["start"]:s["end"]] != s["value"]:
            err.append("%s: span offsets do not match value" % r["id"])
        if s["type"] != r["type"]:
            err.append("%s: span type != record type" % r["id"])
        if r["text"].count(s["value"]) != 1:
            err.append("%s: value does not occur exactly once" % r["id"])
        if s["value"] != s["value"].strip() or not s["value"]:
            err.append("%s: value has outer whitespace" % r["id"])
    for r in evasions:
        s = r["secrets"][0]
        if s.get("encoding") != r.get("encoding") or "plain" not in s:
            err.append("%s: evasion span lacks plain / encoding" % r["id"])

    # ---- counts
    by_src = {}
    for r in secrets:
        by_src.setdefault(r["source"], []).append(r)
    if len(by_src.get("everyday", [])) != 180:
        err.append("everyday count %d" % len(by_src.get("everyday", [])))
    if len(by_src.get("vendor", [])) != 120 or len({r["type"] for r in by_src.get("vendor", [])}) != 120:
        err.append("vendor count / distinct types wrong")
    pw = by_src.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        err.append("positional count %d or duplicate syntax" % len(pw))
    pr = by_src.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        err.append("prose count / languages wrong")
    if set(by_src) - {"everyday", "vendor", "password", "prose"}:
        err.append("unknown source")
    if len(evasions) != 66:
        err.append("evasion count %d" % len(evasions))
    encs = {}
    for r in evasions:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}:
        err.append("evasions are not 22 encodings x 3")
    if len(negatives) < 180 or len({n["class"] for n in negatives}) < 16:
        err.append("negatives too few or too few classes")
    for n in negatives:
        if n.get("source") != "negative" or set(n) != {"id", "class", "container", "text", "source"}:
            err.append("%s: negative schema" % n.get("id"))

    # ---- everyday pairing and shapes
    ev = by_src.get("everyday", [])
    per_kind, per_type = {}, {}
    for r in ev:
        per_kind.setdefault(r["container"], []).append(r["type"])
        per_type[r["type"]] = per_type.get(r["type"], 0) + 1
        kind = EVERYDAY_KIND.get(r["type"])
        if kind is None or not everyday231.check_value(kind, r["secrets"][0]["value"]):
            err.append("%s: everyday value shape / structure invalid" % r["id"])
    if len(per_kind) != 45 or any(len(set(v)) != 4 for v in per_kind.values()):
        err.append("everyday kinds are not 45 x 4 different types")
    if len(per_type) != 12 or set(per_type.values()) != {15}:
        err.append("everyday types not 12 x 15")
    for r in by_src.get("vendor", []):
        spec = VENDOR_SPEC.get(r["type"])
        if spec is None or not vendor231.value_ok(spec, r["secrets"][0]["value"]):
            err.append("%s: vendor value does not fit its spec" % r["id"])
    for r in pw:
        v = r["secrets"][0]["value"]
        h = hidden.get(r["id"])
        if h:
            dec = base64.b64decode(v).decode()
            if not C.PW_STRICT_RE.match(h) or not dec.endswith(h):
                err.append("%s: Base64 positional value does not hide a strict password" % r["id"])
        elif not C.PW_STRICT_RE.match(v):
            err.append("%s: positional value not strict password form" % r["id"])
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if not C.PW_STRICT_RE.match(s["value"]):
            err.append("%s: prose value form" % r["id"])
        if s["start"] == 0 or s["end"] >= len(t) or not t[s["start"] - 1].isspace() or not t[s["end"]].isspace():
            err.append("%s: prose value not set off by whitespace" % r["id"])

    # ---- evasions decode
    for r in evasions:
        s = r["secrets"][0]
        try:
            ok = dec231.decode(s["encoding"], s["value"]) == s["plain"]
        except Exception:
            ok = False
        if not ok:
            err.append("%s: evasion does not decode to its plain" % r["id"])
        rx = EVASION_PLAIN_RE.get(r["type"])
        if rx is None or not rx.match(s["plain"]):
            err.append("%s: evasion plain shape" % r["id"])
        t = r["text"]
        i = t.find(":\n" + s["value"] + "\n")
        if i < 0 or not t[t.find("\n", i + 2 + len(s["value"])) + 1:].strip():
            err.append("%s: evasion text layout (rule:, run line, remark)" % r["id"])

    # ---- uniqueness and leakage
    allvals = []
    for r in secrets + evasions:
        allvals.append((r["id"], r["secrets"][0]["value"]))
        if "plain" in r["secrets"][0]:
            allvals.append((r["id"], r["secrets"][0]["plain"]))
    for rid, h in hidden.items():
        allvals.append((rid, h))
    seen = {}
    for rid, v in allvals:
        if v in seen and seen[v] != rid:
            err.append("value reused: %s in %s and %s" % (v[:20], seen[v], rid))
        seen.setdefault(v, rid)
    alltexts = [(r["id"], r["text"]) for r in secrets + evasions + negatives]
    for rid, v in allvals:
        for tid, t in alltexts:
            if v in t:
                own = tid == rid
                is_span = any(r["id"] == tid and r["secrets"][0]["value"] == v for r in secrets + evasions) if own else False
                if not own or not is_span:
                    err.append("value of %s appears in %s" % (rid, tid))
    for n in negatives:
        if WORLD_PW.search(n["text"]):
            err.append("%s: negative contains a password-form string" % n["id"])

    # ---- UUID and JWT validity in every text
    for rid, t in alltexts:
        for m in UUID_SHAPE.finditer(t):
            if not UUID_V4.match(m.group(0)):
                err.append("%s: non-v4 UUID-shaped string" % rid)
        for m in JWT_SHAPE.finditer(t):
            if not C.jwt_ok(m.group(0)):
                err.append("%s: JWT-shaped string not a valid JWT" % rid)

    # ---- deny-list
    names_to_check = []
    for r in secrets + evasions:
        names_to_check.append(("container", r["container"]))
        names_to_check.append(("span type", r["type"]))
    for r in evasions:
        names_to_check.append(("encoding", r["encoding"]))
    for n in negatives:
        names_to_check.append(("negative class", n["class"]))
        names_to_check.append(("container", n["container"]))
    for kind, nm in names_to_check:
        if denied(nm, deny):
            err.append("deny-listed %s: %s" % (kind, nm))
    syn = set(deny["syntaxes"])
    for r in pw:
        s = r["type"][len(positional231.PW_PREFIX):]
        if not r["type"].startswith(positional231.PW_PREFIX) or s in syn or s in set(deny["names"]):
            err.append("deny-listed syntax: %s" % s)
    codes = set(deny["language_codes"]) | set(deny["names"])
    lnames = set(deny["language_names"])
    lang_table = {c: n for c, n, _s, _t in prose231.LANGS}
    for r in pr:
        code = r["container"].split("__")[1]
        name = lang_table.get(code, "")
        if code in codes or name.lower() in lnames or any(w in lnames for w in name.lower().split()):
            err.append("deny-listed language: %s (%s)" % (code, name))
    return err


# ---------------------------------------------------------------- mutation tests
def _first(lst, pred):
    for r in lst:
        if pred(r):
            return r
    raise LookupError


def mutations():
    def m_shift(d):
        r = d["secrets"][5]
        r["secrets"][0]["start"] += 1

    def m_value(d):
        r = d["secrets"][200]
        r["secrets"][0]["value"] = r["secrets"][0]["value"][:-1]

    def m_reuse(d):
        a, b = d["secrets"][10], d["secrets"][300]
        b["text"] = b["text"] + "\n" + a["secrets"][0]["value"]

    def m_negleak(d):
        d["negatives"][3]["text"] += " " + d["secrets"][190]["secrets"][0]["value"]

    def m_evasion(d):
        r = d["evasions"][7]
        s = r["secrets"][0]
        s["plain"] = s["plain"][:-1] + ("x" if s["plain"][-1] != "x" else "y")

    def m_deny_container(d):
        d["secrets"][0]["container"] = "tuning_ops_fish_history"

    def m_deny_class(d):
        for n in d["negatives"][:10]:
            n["class"] = "secret_manager_pointer_strings"

    def m_deny_encoding(d):
        r = d["evasions"][0]
        r["encoding"] = "adlam_digit_code_points"
        r["secrets"][0]["encoding"] = "adlam_digit_code_points"

    def m_count(d):
        d["negatives"] = d["negatives"][:150]

    def m_lang(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__swe"

    def m_luhn(d):
        r = _first(d["secrets"], lambda r: r["type"] == "recall_sms_luhn_token")
        v = r["secrets"][0]["value"]
        d15 = str((int(v[14]) + 1) % 10)
        nv = v[:14] + d15 + v[15:]
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    def m_uuid(d):
        d["negatives"][20]["text"] += "\nref 123e4567-e89b-12d3-a456-426614174000"

    def m_two_spans(d):
        r = d["secrets"][100]
        r["secrets"].append(dict(r["secrets"][0]))

    def m_syntax(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = positional231.PW_PREFIX + "lftp_lower_u_comma_pair"
        r["secrets"][0]["type"] = r["type"]

    return [("span start shifted", m_shift), ("span value truncated", m_value), ("value reused in another record", m_reuse),
            ("positive value inside a negative", m_negleak), ("evasion plain corrupted", m_evasion),
            ("deny-listed container", m_deny_container), ("deny-listed negative class", m_deny_class),
            ("deny-listed encoding", m_deny_encoding), ("negatives dropped below 180", m_count),
            ("deny-listed language", m_lang), ("broken Luhn digit", m_luhn), ("non-v4 UUID in a text", m_uuid),
            ("two spans in one record", m_two_spans), ("deny-listed syntax", m_syntax)]


def run_mutations(data, deny):
    errs = []
    for label, fn in mutations():
        d = copy.deepcopy(data)
        fn(d)
        if not check_all(d, deny):
            errs.append("mutation not caught: " + label)
    return errs
