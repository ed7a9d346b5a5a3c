#!/usr/bin/env python3
"""Build corpus p165 (fire / EMS / dispatch developers).

python3 build.py [outdir]   -- generates everything twice, checks, runs mutation tests,
                               and only then writes secrets.jsonl, evasions.jsonl,
                               negatives.jsonl, README.md and brief_names.json."""
import copy
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common165 as C          # noqa: E402
import dec165                  # noqa: E402
import enc165                  # noqa: E402
import everyday165             # noqa: E402
import evasions165             # noqa: E402
import negatives165            # noqa: E402
import positional165           # noqa: E402
import prose165                # noqa: E402
import readme165               # noqa: E402
import vendor165               # noqa: E402

SEEDS = {"everyday": 16501, "vendor": 16502, "password": 16503, "prose": 16504,
         "evasion": 16505, "negative": 16506}
PW_RE = re.compile(r"^[A-Za-z]+[-_.+][a-z0-9]{3,6}[0-9]{2}$")
UUID4_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
POS_KEYS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_KEYS = {"value", "start", "end", "type"}
EVA_KEYS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EVA_SPAN_KEYS = {"value", "start", "end", "type", "plain", "encoding"}
NEG_KEYS = {"id", "class", "container", "text", "source"}
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


def get_denylist():
    deny = C.load_denylist(HERE)
    if os.path.isdir(C.BRIEF_DIR):
        texts = []
        for f in C.BRIEF_FILES:
            with open(os.path.join(C.BRIEF_DIR, f), encoding="utf-8") as fh:
                texts.append(fh.read())
        fresh = C.extract_denylist(texts)
        if fresh != deny:
            raise SystemExit("FAIL: brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
    return deny


def generate(deny):
    names = set(deny["names"])
    reg = C.Registry()
    secrets = []
    secrets += everyday165.build(random.Random(SEEDS["everyday"]), reg, 0)
    vrecs, vdropped, vunused = vendor165.build(random.Random(SEEDS["vendor"]), reg, len(secrets), names, C.deny_hit)
    secrets += vrecs
    secrets += positional165.build(random.Random(SEEDS["password"]), reg, len(secrets))
    precs, refused, spare = prose165.build(random.Random(SEEDS["prose"]), reg, len(secrets), deny)
    secrets += precs
    evasions = evasions165.build(random.Random(SEEDS["evasion"]), reg)
    negatives = negatives165.build(random.Random(SEEDS["negative"]), list(reg.values))
    meta = {"vendor_dropped": vdropped, "vendor_unused": vunused, "lang_refused": refused,
            "lang_spare": spare}
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "meta": meta}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ------------------------------------------------------------------ checks
def check(data, deny):
    errs = []
    E = errs.append
    names = set(deny["names"])
    earlier = set(deny["earlier_syntaxes"])
    S, V, N = data["secrets"], data["evasions"], data["negatives"]
    ids = [r.get("id") for r in S + V + N]
    if len(ids) != len(set(ids)):
        E("duplicate ids")
    for i, r in enumerate(S):
        if r.get("id") != "p165-s-%04d" % (i + 1):
            E("bad positive id %s" % r.get("id"))
    for i, r in enumerate(V):
        if r.get("id") != "p165-e-%04d" % (i + 1):
            E("bad evasion id %s" % r.get("id"))
    for i, r in enumerate(N):
        if r.get("id") != "p165-n-%04d" % (i + 1):
            E("bad negative id %s" % r.get("id"))

    all_values = []
    for r in S + V:
        is_eva = r in V
        if set(r) != (EVA_KEYS if is_eva else POS_KEYS):
            E("%s: field set %s" % (r.get("id"), sorted(r)))
            continue
        sp = r["secrets"]
        if len(sp) != 1:
            E("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        if set(s) != (EVA_SPAN_KEYS if is_eva else SPAN_KEYS):
            E("%s: span fields %s" % (r["id"], sorted(s)))
            continue
        t, v = r["text"], s["value"]
        if not (isinstance(s["start"], int) and isinstance(s["end"], int)) or t[s["start"]:s["end"]] != v:
            E("%s: span does not re-slice" % r["id"])
        if v != v.strip() or not v:
            E("%s: span edge whitespace" % r["id"])
        if s["type"] != r["type"]:
            E("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            E("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        for bad in ("\u27e6", "\u27e7", "\0", "PRIVATE KEY"):
            if bad in t:
                E("%s: forbidden marker %r" % (r["id"], bad))
        if not is_eva and r["source"] not in ("everyday", "vendor", "password", "prose"):
            E("%s: bad source" % r["id"])
        if is_eva and r["source"] != "evasion":
            E("%s: bad evasion source" % r["id"])
        all_values.append((r["id"], v))
        if is_eva:
            all_values.append((r["id"], s["plain"]))
    vals = [v for _, v in all_values]
    if len(vals) != len(set(vals)):
        E("reused value or plain")
    # no value / plain in another record's text, and none in negatives
    for rid, v in all_values:
        for r in S + V:
            if r["id"] != rid and v in r["text"]:
                E("%s: value appears in %s" % (rid, r["id"]))
        for n in N:
            if v in n["text"]:
                E("%s: value appears in negative %s" % (rid, n["id"]))
    for r in V:
        p = r["secrets"][0]["plain"] if "secrets" in r and r["secrets"] else ""
        if p and p in r["text"]:
            E("%s: plain appears in its own text" % r["id"])

    # per-source checks
    by = {}
    for r in S:
        by.setdefault(r.get("source"), []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        E("everyday count %d" % len(ev))
    if len({r["type"] for r in ev}) != 12 or len({r["container"] for r in ev}) != 45:
        E("everyday must be 12 types x 45 containers")
    for c in {r["container"] for r in ev}:
        if sum(1 for r in ev if r["container"] == c) != 4:
            E("everyday container %s not 4 records" % c)
    pw_types = {t for t, _, d in everyday165.TYPES if d.startswith("owner-chosen")}
    for r in ev:
        if r["type"] in pw_types and not PW_RE.match(r["secrets"][0]["value"]):
            E("%s: everyday password shape" % r["id"])
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor count %d" % len(vd))
    pw = by.get("password", [])
    syn = {r["type"] for r in pw}
    if not (95 <= len(pw) <= 120) or len(syn) != len(pw):
        E("password syntax count %d / %d" % (len(pw), len(syn)))
    for r in pw:
        if not r["type"].startswith(C.PW_PREFIX):
            E("%s: syntax prefix" % r["id"])
        name = r["type"][len(C.PW_PREFIX):]
        if name in earlier:
            E("%s: syntax %s already in an earlier README" % (r["id"], name))
        if name in names:
            E("%s: syntax %s deny-listed" % (r["id"], name))
        v = r["secrets"][0]["value"]
        if "b64" not in name and not PW_RE.match(v):
            E("%s: positional password shape" % r["id"])
    pr = by.get("prose", [])
    langs = [r["container"].split("__")[-1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E("prose must be 40 records in 40 languages")
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or s["end"] >= len(t) or not t[s["start"] - 1].isspace() or not t[s["end"]].isspace():
            E("%s: prose value not set off by whitespace" % r["id"])
        if not PW_RE.match(s["value"]):
            E("%s: prose password shape" % r["id"])
    for code in langs:
        name = next((n for c, n, _ in prose165.LANGS if c == code), "")
        if prose165.lang_refused(code, name, deny):
            E("language %s overlaps the deny-list" % code)
    # span types disjoint across sources
    tsets = {k: {r["type"] for r in v} for k, v in by.items()}
    tsets["evasion"] = {r["type"] for r in V}
    keys = sorted(tsets)
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if tsets[keys[i]] & tsets[keys[j]]:
                E("span types shared by %s and %s" % (keys[i], keys[j]))
    nonev = [r["container"] for r in S if r.get("source") != "everyday"] + [r["container"] for r in V]
    if len(nonev) != len(set(nonev)):
        E("non-everyday containers not unique")

    # structured shapes
    for r in S:
        v = r["secrets"][0]["value"]
        if re.match(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", v) and not UUID4_RE.match(v):
            E("%s: UUID not version 4" % r["id"])
        if re.match(r"^gh[os]_[A-Za-z0-9]{36}$", v) and C.base62_crc32(v[4:34]) != v[34:]:
            E("%s: GitHub token checksum" % r["id"])
        if re.match(r"^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$", v):
            import base64
            for part in v.split(".")[:2]:
                try:
                    json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
                except Exception:
                    E("%s: JWT part is not base64url JSON" % r["id"])

    # evasions
    if len(V) != 66:
        E("evasion count %d" % len(V))
    encs = {}
    for r in V:
        if "secrets" not in r or not r["secrets"]:
            continue
        s = r["secrets"][0]
        encs[r.get("encoding")] = encs.get(r.get("encoding"), 0) + 1
        if r.get("encoding") != s.get("encoding"):
            E("%s: record / span encoding differ" % r["id"])
        try:
            dec = dec165.decode(s["encoding"], s["value"])
        except Exception as ex:
            dec = "<%s>" % ex
        if dec != s.get("plain"):
            E("%s: run does not decode to plain" % r["id"])
        if not PLAIN_RE.match(s.get("plain", "")):
            E("%s: plain alphabet" % r["id"])
        if s.get("plain", "") in s["value"]:
            E("%s: run contains its plain" % r["id"])
        t = r["text"]
        rule = enc165.rule(s["encoding"]) if s["encoding"] in enc165.E else None
        if not rule or t.find(rule) < 0 or t.find(rule) >= s["start"]:
            E("%s: rule text not before run" % r["id"])
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n":
            E("%s: run not on its own line after ':'" % r["id"])
    if len(encs) != 22 or any(c != 3 for c in encs.values()):
        E("evasions must be 22 encodings x 3")

    # negatives
    if len(N) < 180:
        E("negatives < 180")
    for n in N:
        if set(n) != NEG_KEYS or n.get("source") != "negative":
            E("%s: negative fields" % n.get("id"))
    if len({n["text"] for n in N}) != len(N):
        E("duplicate negative texts")
    if len({n["class"] for n in N}) < 16:
        E("fewer than 16 negative classes")

    # deny-list overlaps
    def deny(kind, name):
        hit = C.deny_hit(name, names)
        if hit:
            E("%s %r overlaps deny-list entry %r" % (kind, name, hit))
    for r in S + V:
        deny("container", r["container"])
        deny("span type", r["type"])
    for r in V:
        deny("encoding", r.get("encoding", ""))
    for n in N:
        deny("negative class", n["class"])
        deny("negative container", n["container"])
    for st, _, _ in vendor165.STYLES:
        deny("vendor style", st)
    for s in positional165.SUFFIX.values():
        deny("password suffix", s)
    for f in prose165.FORMATS:
        deny("prose format", f)
    for w, _ in evasions165.WORDINGS:
        deny("evasion wording", w)
    for w, _ in negatives165.WRAPPERS:
        if w:
            deny("negative wrapper", w.lstrip("_"))
    return errs


# ------------------------------------------------------------------ mutation tests
def mutations(data, deny):
    def m_shift(d):
        d["secrets"][3]["secrets"][0]["start"] += 1

    def m_dup_id(d):
        d["secrets"][5]["id"] = d["secrets"][4]["id"]

    def m_neg_leak(d):
        d["negatives"][7]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m_eva_plain(d):
        d["evasions"][10]["secrets"][0]["plain"] = "Hydrant-wrong01"

    def m_deny_container(d):
        d["secrets"][0]["container"] = "coordinator_handover_email_body"

    def m_deny_class(d):
        d["negatives"][0]["class"] = "npi_numbers_with_luhn"

    def m_type_mismatch(d):
        d["secrets"][42]["type"] = "cad_interface_api_key_x"

    def m_repeat_value(d):
        r = d["secrets"][310]
        r["text"] += "\n" + r["secrets"][0]["value"]

    def m_missing_eva(d):
        d["evasions"].pop()

    def m_prose_glued(d):
        r = next(x for x in d["secrets"] if x["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]

    def m_reuse(d):
        a, b = d["secrets"][20], d["secrets"][21]
        old = b["secrets"][0]["value"]
        new = a["secrets"][0]["value"]
        b["text"] = b["text"].replace(old, new)
        b["secrets"][0]["value"] = new
        b["secrets"][0]["end"] = b["secrets"][0]["start"] + len(new)

    def m_old_syntax(d):
        r = next(x for x in d["secrets"] if x["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = C.PW_PREFIX + "mysqladmin_glued_lower_p"

    tests = [m_shift, m_dup_id, m_neg_leak, m_eva_plain, m_deny_container, m_deny_class,
             m_type_mismatch, m_repeat_value, m_missing_eva, m_prose_glued, m_reuse, m_old_syntax]
    results = []
    for t in tests:
        d = copy.deepcopy(data)
        t(d)
        caught = bool(check(d, deny))
        results.append((t.__name__, caught))
    return results


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = get_denylist()
    g1 = generate(deny)
    g2 = generate(deny)
    for k in ("secrets", "evasions", "negatives"):
        if dumps(g1[k]) != dumps(g2[k]):
            raise SystemExit("FAIL: generation is not deterministic (%s)" % k)
    errs = check(g1, deny)
    if errs:
        for e in errs[:60]:
            print("FAIL:", e)
        raise SystemExit("FAIL: %d check errors, nothing written" % len(errs))
    muts = mutations(g1, deny)
    missed = [n for n, c in muts if not c]
    if missed:
        raise SystemExit("FAIL: mutation tests not caught: %s" % missed)
    readme1 = readme165.render(g1, deny, muts)
    readme2 = readme165.render(g2, deny, mutations(g2, deny))
    if readme1 != readme2:
        raise SystemExit("FAIL: README not deterministic")
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(dumps(g1[k]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
    print("ok: %d positives, %d evasions, %d negatives, %d/%d mutation tests caught -> %s" % (
        len(g1["secrets"]), len(g1["evasions"]), len(g1["negatives"]),
        sum(c for _, c in muts), len(muts), outdir))


if __name__ == "__main__":
    main()
