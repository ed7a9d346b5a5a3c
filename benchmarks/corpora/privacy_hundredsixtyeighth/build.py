#!/usr/bin/env python3
"""Build the p168 held-out credential corpus (tattoo-studio, piercing and body-art developers).

python3 build.py [outdir]          generate twice, check, run mutation tests, then write
python3 build.py --freeze          (re)write brief_names.json from /tmp/brief168/ and exit

Standard library only, fixed seeds, no clock, no network.  On any failure nothing is written.
"""
import base64
import binascii
import copy
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common168 as C  # noqa: E402
import dec168  # noqa: E402
import enc168  # noqa: E402
import everyday168  # noqa: E402
import evasions168  # noqa: E402
import negatives168  # noqa: E402
import positional168  # noqa: E402
import prose168  # noqa: E402
import readme168  # noqa: E402
import vendor168  # noqa: E402

DENY_PATH = os.path.join(HERE, "brief_names.json")
P = C.PREFIX


class BuildError(Exception):
    pass


# ---------------------------------------------------------------- deny-list
def load_deny():
    if not os.path.exists(DENY_PATH):
        raise BuildError("brief_names.json missing; run build.py --freeze once")
    with open(DENY_PATH, encoding="utf-8") as fh:
        frozen = json.load(fh)
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.load_brief_texts())
        if fresh != frozen:
            raise BuildError("brief_names.json differs from a fresh extraction of " + C.BRIEF_DIR)
    return frozen


# ---------------------------------------------------------------- generation
def generate(deny):
    names = set(deny["names"])
    reg = C.Registry()
    rows = []
    rows += everyday168.generate(reg)
    v_rows, v_info = vendor168.generate(reg, names)
    rows += v_rows
    p_rows, p_dropped = positional168.generate(reg, names, set(deny["syntaxes"]))
    rows += p_rows
    pr_rows, pr_info = prose168.generate(reg, set(deny["language_codes"]), set(deny["language_names"]))
    rows += pr_rows
    secrets = []
    for i, (src, typ, cont, text, s, e) in enumerate(rows, 1):
        secrets.append(C.record("%s-s-%04d" % (P, i), typ, cont, text, s, e, src))
    evas = []
    for i, ev in enumerate(evasions168.generate(reg), 1):
        evas.append({
            "id": "%s-e-%04d" % (P, i), "type": ev["type"], "container": ev["container"],
            "encoding": ev["encoding"], "text": ev["text"],
            "secrets": [{"value": ev["text"][ev["start"]:ev["end"]], "start": ev["start"], "end": ev["end"],
                         "type": ev["type"], "plain": ev["plain"], "encoding": ev["encoding"]}],
            "source": "evasion"})
    forbidden = list(reg.values)
    negs = []
    for i, n in enumerate(negatives168.generate(forbidden), 1):
        negs.append({"id": "%s-n-%04d" % (P, i), "class": n["class"], "container": n["container"],
                     "text": n["text"], "source": "negative"})
    info = {"vendor": v_info, "positional_dropped": p_dropped, "prose": pr_info}
    return {"secrets": secrets, "evasions": evas, "negatives": negs}, info


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


# ---------------------------------------------------------------- checks
POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EVA_FIELDS = POS_FIELDS | {"encoding"}
EVA_SPAN_FIELDS = SPAN_FIELDS | {"plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
B64_SYNTAXES = {"npmrc_underscore_auth_b64_pair", "smtp_auth_login_second_b64_line",
                "xmpp_sasl_plain_auth_element_b64", "managesieve_authenticate_plain_b64",
                "http_proxy_authorization_basic_b64"}
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
LANG_NAMES = {c: n for c, n, _s in prose168.LANGS}


def _b64url_json(seg):
    pad = "=" * (-len(seg) % 4)
    json.loads(base64.urlsafe_b64decode(seg + pad).decode("utf-8"))


def check(data, deny):
    errs = []
    names = set(deny["names"])
    old_syntaxes = set(deny["syntaxes"])
    lang_codes, lang_names = set(deny["language_codes"]), set(deny["language_names"])
    S, E, N = data["secrets"], data["evasions"], data["negatives"]

    def err(msg):
        errs.append(msg)

    # ids
    for recs, tag in ((S, "s"), (E, "e"), (N, "n")):
        for i, r in enumerate(recs, 1):
            if r.get("id") != "%s-%s-%04d" % (P, tag, i):
                err("id not sequential/well-formed: %r" % r.get("id"))
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            err("duplicate ids in %s" % tag)

    # fields and spans
    all_values = []
    for r in S + E:
        is_e = r.get("source") == "evasion"
        if set(r) != (EVA_FIELDS if is_e else POS_FIELDS):
            err("%s: wrong fields" % r["id"])
            continue
        if len(r["secrets"]) != 1:
            err("%s: not exactly one span" % r["id"])
            continue
        sp = r["secrets"][0]
        if set(sp) != (EVA_SPAN_FIELDS if is_e else SPAN_FIELDS):
            err("%s: wrong span fields" % r["id"])
            continue
        t, v = r["text"], sp["value"]
        if t[sp["start"]:sp["end"]] != v:
            err("%s: span does not re-slice" % r["id"])
        if not v or v != v.strip():
            err("%s: empty span or edge whitespace" % r["id"])
        if r["type"] != sp["type"]:
            err("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            err("%s: value does not occur exactly once" % r["id"])
        for bad in (C.MARK, "\u00ab", "\u00bb", "\x00", "PRIVATE KEY"):
            if bad in t:
                err("%s: forbidden marker %r in text" % (r["id"], bad))
        if r["source"] not in ("everyday", "vendor", "password", "prose", "evasion"):
            err("%s: bad source" % r["id"])
        all_values.append((r["id"], v))
        if is_e:
            all_values.append((r["id"], sp["plain"]))
    # reuse
    seen = {}
    for rid, v in all_values:
        if v in seen and seen[v] != rid:
            err("value reused in %s and %s" % (seen[v], rid))
        seen.setdefault(v, rid)
    # value in another record's text / in negatives
    texts = [(r["id"], r["text"]) for r in S + E]
    for rid, v in all_values:
        for tid, t in texts:
            if tid != rid and v in t:
                err("value of %s appears in %s" % (rid, tid))
        for n in N:
            if v in n["text"]:
                err("value of %s appears in negative %s" % (rid, n["id"]))
    for r in E:
        if r["secrets"][0]["plain"] in r["text"]:
            err("%s: evasion plain appears in its text" % r["id"])

    # shapes
    for r in S:
        v = r["secrets"][0]["value"]
        typ, src = r["type"], r["source"]
        need_pw = ((src == "everyday" and typ in everyday168.PASSWORD_TYPES) or src == "prose"
                   or (src == "password" and typ[len(positional168.PREFIX):] not in B64_SYNTAXES))
        if need_pw and not C.OWNER_PW_RE.match(v):
            err("%s: owner-chosen password shape violated: %r" % (r["id"], v))
        if src == "password" and typ[len(positional168.PREFIX):] in B64_SYNTAXES:
            raw = base64.b64decode(v, validate=True)
            if b":" not in raw and b"\0" not in raw and not C.OWNER_PW_RE.match(raw.decode()):
                err("%s: Base64 span does not decode to a credential" % r["id"])
        for m in UUID_RE.finditer(v):
            u = m.group(0)
            if u[14] != "4" or u[19].lower() not in "89ab":
                err("%s: UUID not version 4" % r["id"])
        for m in JWT_RE.finditer(v):
            try:
                h, p, _s = m.group(0).split(".")
                _b64url_json(h)
                _b64url_json(p)
            except Exception:
                err("%s: JWT segments are not base64url JSON" % r["id"])
        if re.fullmatch(r"gh[pr]_[A-Za-z0-9]{36}", v):
            body, chk = v[4:34], v[34:]
            if C.base62_fixed(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6) != chk:
                err("%s: GitHub token checksum wrong" % r["id"])
        if v.startswith("AGE-SECRET-KEY-1") and not C.bech32_verify(v):
            err("%s: age key bech32 checksum wrong" % r["id"])
        if src == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            t = r["text"]
            if (s > 0 and not t[s - 1].isspace()) or (e < len(t) and not t[e].isspace()):
                err("%s: prose value not set off by whitespace" % r["id"])

    # evasions
    enc_counts = {}
    for r in E:
        sp = r["secrets"][0]
        name = r["encoding"]
        enc_counts[name] = enc_counts.get(name, 0) + 1
        if sp["encoding"] != name:
            err("%s: record and span encoding differ" % r["id"])
        if name not in enc168.E or name not in dec168.D:
            err("%s: unknown encoding" % r["id"])
            continue
        try:
            dec = dec168.decode(name, sp["value"])
        except Exception as ex:  # noqa: BLE001
            dec = "<error %s>" % ex
        if dec != sp["plain"]:
            err("%s: evasion does not decode to its plain" % r["id"])
        if not PLAIN_RE.match(sp["plain"]):
            err("%s: plain alphabet" % r["id"])
        if sp["plain"] in sp["value"]:
            err("%s: run contains its plain" % r["id"])
        t = r["text"]
        rule = enc168.E[name][0]
        if rule not in t or t.index(rule) > sp["start"]:
            err("%s: rule not stated before the run" % r["id"])
        if t[sp["start"] - 2:sp["start"]] != ":\n" or t[sp["end"]:sp["end"] + 1] != "\n":
            err("%s: run not on its own line after ':'" % r["id"])
    if len(enc_counts) != 22 or any(n != 3 for n in enc_counts.values()) or len(E) != 66:
        err("evasions: need 22 encodings x 3")

    # negatives
    for n in N:
        if set(n) != NEG_FIELDS or n["source"] != "negative":
            err("%s: negative fields" % n.get("id"))
    if len({n["text"] for n in N}) != len(N):
        err("negatives: duplicate texts")
    if len({n["class"] for n in N}) < 16 or len(N) < 180:
        err("negatives: need >= 16 classes and >= 180 records")

    # deny-list
    def deny(label, name):
        h = C.deny_hits(name, names)
        if h:
            err("deny-list: %s %r overlaps %r" % (label, name, h))
    for r in S + E:
        deny("container", r["container"])
        deny("type", r["type"])
    for r in E:
        deny("encoding", r["encoding"])
    for n in N:
        deny("class", n["class"])
        deny("negative container", n["container"])
    for r in S:
        if r["source"] == "password":
            syn = r["type"][len(positional168.PREFIX):]
            if syn in old_syntaxes:
                err("syntax %r already listed in an earlier README" % syn)
            deny("syntax", syn)
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            nm = LANG_NAMES.get(code, "")
            if not prose168.allowed(code, nm or code, lang_codes, lang_names):
                err("language %r is deny-listed" % code)

    # counts and disjointness
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(ev) != 180 or len(kinds) != 45 or len({r["type"] for r in ev}) != 12 \
            or any(len(set(t)) != 4 or len(t) != 4 for t in kinds.values()):
        err("everyday: need 12 types x 45 kinds x 4 (4 distinct types per kind)")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        err("vendor: need 120 distinct types")
    pw = by.get("password", [])
    if not (95 <= len({r["type"] for r in pw}) <= 120) or len(pw) != len({r["type"] for r in pw}):
        err("password: need 95-120 distinct syntaxes")
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40:
        err("prose: need 40 records in 40 languages")
    types_by_src = {k: {r["type"] for r in v} for k, v in by.items()}
    types_by_src["evasion"] = {r["type"] for r in E}
    ks = sorted(types_by_src)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types_by_src[ks[i]] & types_by_src[ks[j]]:
                err("span types shared between %s and %s" % (ks[i], ks[j]))
    non_ev = [r["container"] for r in S if r["source"] != "everyday"] + [r["container"] for r in E]
    if len(set(non_ev)) != len(non_ev):
        err("non-everyday containers not unique")
    return errs


# ---------------------------------------------------------------- mutation tests
def _first(data, src):
    return next(r for r in data["secrets"] if r["source"] == src)


def mutations():
    def m_offset(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m_dup_id(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    def m_leak(d):
        d["negatives"][0]["text"] += " " + d["secrets"][5]["secrets"][0]["value"]

    def m_decode(d):
        sp = d["evasions"][0]["secrets"][0]
        sp["plain"] = sp["plain"][:-1] + ("x" if sp["plain"][-1] != "x" else "y")

    def m_deny_container(d):
        d["secrets"][0]["container"] = "cad_admin_bash_history"

    def m_deny_class(d):
        for n in d["negatives"]:
            if n["class"] == d["negatives"][0]["class"]:
                n["class"] = "hydrant_and_gis_feature_ids"

    def m_type(d):
        d["secrets"][3]["type"] = "something_else"

    def m_repeat(d):
        r = d["secrets"][7]
        r["text"] = r["text"] + "\n# again: " + r["secrets"][0]["value"] + "\n"

    def m_reuse(d):
        a, b = d["secrets"][10], d["secrets"][11]
        v = a["secrets"][0]["value"]
        s = b["secrets"][0]["start"]
        b["text"] = b["text"][:s] + v + b["text"][b["secrets"][0]["end"]:]
        b["secrets"][0].update(value=v, end=s + len(v))

    def m_count(d):
        d["secrets"] = [r for r in d["secrets"] if r["id"] != _first(d, "vendor")["id"]]

    def m_prose_glued(d):
        r = _first(d, "prose")
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + "x" + r["text"][sp["start"]:]

    def m_old_syntax(d):
        r = _first(d, "password")
        r["type"] = positional168.PREFIX + "mysql_client_glued_lower_p"
        r["secrets"][0]["type"] = r["type"]

    def m_deny_encoding(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "base45_rfc9285"
            r["secrets"][0]["encoding"] = "base45_rfc9285"

    def m_deny_lang(d):
        r = _first(d, "prose")
        r["container"] = r["container"].rsplit("__", 1)[0] + "__deu"

    return [m_offset, m_dup_id, m_leak, m_decode, m_deny_container, m_deny_class, m_type,
            m_repeat, m_reuse, m_count, m_prose_glued, m_old_syntax, m_deny_encoding, m_deny_lang]


# ---------------------------------------------------------------- main
def main(argv):
    if argv[1:2] == ["--freeze"]:
        d = C.extract_denylist(C.load_brief_texts())
        with open(DENY_PATH, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names"
              % (len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    try:
        deny = load_deny()
        d1, info1 = generate(deny)
        d2, info2 = generate(deny)
        for k in ("secrets", "evasions", "negatives"):
            if dumps(d1[k]) != dumps(d2[k]):
                raise BuildError("generation is not deterministic for " + k)
        errs = check(d1, deny)
        if errs:
            raise BuildError("checks failed:\n  " + "\n  ".join(errs[:40]))
        mut_results = []
        for m in mutations():
            dd = copy.deepcopy(d1)
            m(dd)
            caught = bool(check(dd, deny))
            mut_results.append((m.__name__, caught))
            if not caught:
                raise BuildError("mutation test not caught: " + m.__name__)
        readme1 = readme168.render(d1, info1, deny, mut_results)
        readme2 = readme168.render(d2, info2, deny, mut_results)
        if readme1 != readme2:
            raise BuildError("README rendering is not deterministic")
    except BuildError as ex:
        print("BUILD FAILED: %s" % ex, file=sys.stderr)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(dumps(d1[k]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(DENY_PATH, encoding="utf-8") as src, \
                open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as dst:
            dst.write(src.read())
    print("wrote %d secrets, %d evasions, %d negatives to %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
