#!/usr/bin/env python3
"""Build corpus p164 (hair-salon, spa and beauty-booking developers).

python3 build.py [outdir]      generate twice, check, run mutation tests, then write
python3 build.py --freeze      (re)write brief_names.json from /tmp/brief164/ (one-off)
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common164  # noqa: E402
import everyday164  # noqa: E402
import vendor164  # noqa: E402
import positional164  # noqa: E402
import prose164  # noqa: E402
import evasions164  # noqa: E402
import negatives164  # noqa: E402
import readme164  # noqa: E402
from dec164 import decode  # noqa: E402
from enc164 import E as ENCODERS  # noqa: E402

BRIEF_DIR = "/tmp/brief164"
BRIEF_FILES = ["README_hundredsixtyfirst.md", "README_hundredsixtysecond.md"]
FROZEN = os.path.join(HERE, "brief_names.json")
EXTRA_LANGUAGE_NAMES = [
    # languages named in the two READMEs' prose (spares and confidence notes) without a `code` (Name) pair
    "tagalog", "filipino", "nepali", "xhosa", "assamese", "odia", "oriya", "albanian", "tosk albanian",
    "panjabi", "punjabi", "swahili", "amharic", "somali", "maltese", "welsh", "cebuano", "icelandic",
    "kazakh", "uzbek", "arabic", "marathi", "telugu", "sinhala", "persian", "urdu", "azerbaijani",
]


# ---------------------------------------------------------------- deny-list

def extract_denylist(texts):
    names = set()

    def add(n):
        n = n.strip().lower()
        if not n:
            return
        names.add(n)
        if "__" in n:
            for p in n.split("__"):
                if p:
                    names.add(p)
        m = re.match(r"^[a-z]+pw_(.+)$", n)
        if m:
            names.add(m.group(1))

    langs = set()
    for t in texts:
        for b in re.findall(r"`([^`\n]+)`", t):
            add(b)
        for s in re.findall(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+", t):
            add(s)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.add(name.lower())
            for w in re.split(r"[\s-]+", name.lower()):
                if w:
                    langs.add(w)
    for n in EXTRA_LANGUAGE_NAMES:
        langs.add(n)
        for w in n.split():
            langs.add(w)
    return {"names": sorted(names), "languages": sorted(langs)}


def load_denylist():
    with open(FROZEN, encoding="utf-8") as f:
        frozen = json.load(f)
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, n), encoding="utf-8").read() for n in BRIEF_FILES]
        fresh = extract_denylist(texts)
        if fresh != frozen:
            raise SystemExit("FAIL: brief_names.json differs from a fresh extraction of " + BRIEF_DIR)
    return frozen


class Deny:
    def __init__(self, d):
        self.names = set(d["names"])
        self.langs = set(d["languages"])

    def hit(self, name):
        n = name.lower()
        parts = [n] + [p for p in n.split("__") if p]
        return [p for p in parts if p in self.names]

    def ok(self, name):
        return not self.hit(name)

    def lang_ok(self, code, name):
        if code.lower() in self.langs or code.lower() in self.names:
            return False
        if name.lower() in self.langs:
            return False
        return not any(w in self.langs for w in re.split(r"[\s-]+", name.lower()) if w)


# ---------------------------------------------------------------- generation

def generate_all(deny):
    reg = common164.Registry()
    every = everyday164.generate(reg)
    vend, vdropped, vtail = vendor164.generate(reg, deny.ok)
    pos, pdropped, ptail = positional164.generate(reg, deny.ok)
    prose, used_langs, refused, spares = prose164.generate(reg, deny.lang_ok)
    enc_order = list(ENCODERS)
    ev = evasions164.generate(reg, enc_order)
    forbidden = set(reg.values)
    neg = negatives164.generate(forbidden)
    secrets = every + vend + pos + prose
    for i, r in enumerate(secrets, 1):
        r["id"] = f"p164-s-{i:04d}"
    for i, r in enumerate(ev, 1):
        r["id"] = f"p164-e-{i:04d}"
    for i, r in enumerate(neg, 1):
        r["id"] = f"p164-n-{i:04d}"
    meta = {"vendor_dropped": vdropped, "vendor_tail": vtail, "pos_dropped": pdropped, "pos_tail": ptail,
            "langs": used_langs, "langs_refused": refused, "lang_spares": spares,
            "n_vendor_candidates": len(vendor164.CANDIDATES), "n_syntaxes": len(positional164.SYNTAXES)}
    return {"secrets": secrets, "evasions": ev, "negatives": neg, "meta": meta}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


# ---------------------------------------------------------------- checks

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
EV_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EV_SPAN_FIELDS = SPAN_FIELDS | {"plain", "encoding"}


def check_all(data, deny):
    errs = []
    S, EV, NEG = data["secrets"], data["evasions"], data["negatives"]
    ids = [r.get("id") for r in S + EV + NEG]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in S:
        if not re.fullmatch(r"p164-s-\d{4}", r.get("id", "")):
            errs.append(f"bad id {r.get('id')}")
    for r in EV:
        if not re.fullmatch(r"p164-e-\d{4}", r.get("id", "")):
            errs.append(f"bad id {r.get('id')}")
    for r in NEG:
        if not re.fullmatch(r"p164-n-\d{4}", r.get("id", "")):
            errs.append(f"bad id {r.get('id')}")

    all_values = []
    for r, fields, sfields in [(r, POS_FIELDS, SPAN_FIELDS) for r in S] + [(r, EV_FIELDS, EV_SPAN_FIELDS) for r in EV]:
        rid = r.get("id")
        if set(r) != fields:
            errs.append(f"{rid}: fields {sorted(r)}")
            continue
        if len(r["secrets"]) != 1:
            errs.append(f"{rid}: {len(r['secrets'])} spans")
            continue
        sp = r["secrets"][0]
        if set(sp) != sfields:
            errs.append(f"{rid}: span fields {sorted(sp)}")
            continue
        t, v = r["text"], sp["value"]
        if t[sp["start"]:sp["end"]] != v:
            errs.append(f"{rid}: span does not re-slice")
        if not v or v != v.strip():
            errs.append(f"{rid}: empty value or edge whitespace")
        if sp["type"] != r["type"]:
            errs.append(f"{rid}: record type != span type")
        if t.count(v) != 1:
            errs.append(f"{rid}: value occurs {t.count(v)} times in its text")
        if "«" in t or "»" in t or "\x00" in t or "PRIVATE KEY" in t:
            errs.append(f"{rid}: slot marker / NUL / private key block")
        all_values.append((rid, v))
    # reuse and leaks
    vals = [v for _, v in all_values]
    if len(vals) != len(set(vals)):
        errs.append("a value is reused")
    texts = {r["id"]: r["text"] for r in S + EV}
    for rid, v in all_values:
        for oid, t in texts.items():
            if oid != rid and v in t:
                errs.append(f"{rid}: value appears in {oid}")
        for n in NEG:
            if v in n["text"]:
                errs.append(f"{rid}: value appears in negative {n['id']}")
    plains = []
    for r in EV:
        sp = r["secrets"][0] if r.get("secrets") else {}
        p = sp.get("plain", "")
        plains.append(p)
        for oid, t in texts.items():
            if p and p in t:
                errs.append(f"{r['id']}: plain appears in text of {oid}")
        for n in NEG:
            if p and p in n["text"]:
                errs.append(f"{r['id']}: plain appears in negative {n['id']}")
    if len(plains) != len(set(plains)) or set(plains) & set(vals):
        errs.append("evasion plain reused")
    # sources
    by_src = {}
    for r in S:
        by_src.setdefault(r.get("source"), []).append(r)
    if set(by_src) - {"everyday", "vendor", "password", "prose"}:
        errs.append(f"unknown source {set(by_src)}")
    cnt = {k: len(v) for k, v in by_src.items()}
    if cnt.get("everyday") != 180 or cnt.get("vendor") != 120 or not (95 <= cnt.get("password", 0) <= 120) or cnt.get("prose") != 40:
        errs.append(f"wrong positive counts {cnt}")
    types = {k: {r["type"] for r in v} for k, v in by_src.items()}
    ks = list(types)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types[ks[i]] & types[ks[j]]:
                errs.append(f"span types shared between {ks[i]} and {ks[j]}")
    ev_types = {r["type"] for r in EV}
    for k in types:
        if types[k] & ev_types:
            errs.append("evasion type shared with positives")
    if len(types.get("everyday", ())) != 12:
        errs.append("everyday must have 12 types")
    ekinds = {r["container"] for r in by_src.get("everyday", [])}
    if len(ekinds) != 45:
        errs.append(f"everyday container kinds {len(ekinds)} != 45")
    for r in by_src.get("everyday", []):
        pass
    for k in ("vendor", "password", "prose"):
        cs = [r["container"] for r in by_src.get(k, [])]
        if len(cs) != len(set(cs)):
            errs.append(f"{k}: containers not unique")
    if len(types.get("vendor", ())) != 120:
        errs.append("vendor types not 120 distinct")
    for r in by_src.get("vendor", []):
        if not r["container"].startswith(r["type"] + "__"):
            errs.append(f"{r['id']}: vendor container not <type>__<style>")
    pw_types = [r["type"] for r in by_src.get("password", [])]
    if len(pw_types) != len(set(pw_types)):
        errs.append("password syntaxes repeat")
    for r in by_src.get("password", []):
        if not r["type"].startswith(positional164.PREFIX):
            errs.append(f"{r['id']}: password type lacks prefix")
        syn = r["type"][len(positional164.PREFIX):]
        if deny.hit(syn):
            errs.append(f"{r['id']}: syntax {syn} is deny-listed")
    langs = []
    for r in by_src.get("prose", []):
        code = r["container"].split("__")[-1]
        langs.append(code)
        names = {c: n for c, n, _ in prose164.LANGS}
        if code not in names or not deny.lang_ok(code, names[code]):
            errs.append(f"{r['id']}: language {code} refused")
        sp = r["secrets"][0]
        t = r["text"]
        if sp["start"] == 0 or not t[sp["start"] - 1].isspace() or sp["end"] >= len(t) or not t[sp["end"]].isspace():
            errs.append(f"{r['id']}: prose value not set off by whitespace")
    if len(set(langs)) != 40:
        errs.append("prose needs 40 distinct languages")
    # evasions
    encs = {}
    for r in EV:
        sp = r["secrets"][0]
        encs.setdefault(r["encoding"], 0)
        encs[r["encoding"]] += 1
        if sp["encoding"] != r["encoding"]:
            errs.append(f"{r['id']}: encoding mismatch")
        try:
            ok = decode(r["encoding"], sp["value"]) == sp["plain"]
        except Exception:
            ok = False
        if not ok:
            errs.append(f"{r['id']}: run does not decode to plain")
        if sp["plain"] in sp["value"]:
            errs.append(f"{r['id']}: plain visible inside run")
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]):
            errs.append(f"{r['id']}: plain alphabet")
        t = r["text"]
        if not t[:sp["start"]].endswith(":\n") or t[sp["end"]:sp["end"] + 1] != "\n":
            errs.append(f"{r['id']}: run not on its own line after ':'")
        if r["container"] != f"{r['encoding']}__{r['container'].split('__')[-1]}":
            errs.append(f"{r['id']}: container not <encoding>__<wording>")
    if len(encs) != 22 or any(v != 3 for v in encs.values()) or len(EV) != 66:
        errs.append(f"evasion counts wrong {len(encs)} encodings / {len(EV)} records")
    # negatives
    classes = {}
    ntexts = set()
    for n in NEG:
        if set(n) != NEG_FIELDS:
            errs.append(f"{n.get('id')}: negative fields")
            continue
        if n["source"] != "negative":
            errs.append(f"{n['id']}: negative source")
        if n["text"] in ntexts:
            errs.append(f"{n['id']}: duplicate negative text")
        ntexts.add(n["text"])
        classes[n["class"]] = classes.get(n["class"], 0) + 1
        if "«" in n["text"] or "»" in n["text"]:
            errs.append(f"{n['id']}: slot marker")
    if len(NEG) < 180 or len(classes) < 16:
        errs.append(f"negatives {len(NEG)} records / {len(classes)} classes")
    # deny-list
    for r in S + EV:
        for field in ("container", "type"):
            h = deny.hit(r[field])
            if h:
                errs.append(f"{r['id']}: {field} {r[field]} deny-listed ({h})")
    for e in encs:
        if deny.hit(e):
            errs.append(f"encoding {e} deny-listed")
    for n in NEG:
        for field in ("class", "container"):
            h = deny.hit(n[field])
            if h:
                errs.append(f"{n['id']}: {field} {n[field]} deny-listed ({h})")
    return errs


# ---------------------------------------------------------------- mutation tests

def _replace_value(r, new):
    sp = r["secrets"][0]
    t = r["text"]
    r["text"] = t[:sp["start"]] + new + t[sp["end"]:]
    sp["value"] = new
    sp["end"] = sp["start"] + len(new)


def mutations(data, deny):
    denied = sorted(deny.names)[0]
    S = lambda d: d["secrets"]  # noqa: E731

    def m01(d): S(d)[3]["secrets"][0]["start"] += 1
    def m02(d): S(d)[5]["id"] = S(d)[4]["id"]
    def m03(d): d["negatives"][7]["text"] += " " + S(d)[200]["secrets"][0]["value"]
    def m04(d): d["evasions"][10]["secrets"][0]["plain"] += "x"
    def m05(d): S(d)[12]["container"] = denied
    def m06(d): d["negatives"][0]["class"] = "negx__" + denied
    def m07(d): S(d)[20]["type"] = "salon_pos_other_type"
    def m08(d): d["evasions"].pop()
    def m09(d):
        r = [x for x in S(d) if x["source"] == "prose"][3]
        e = r["secrets"][0]["end"]
        r["text"] = r["text"][:e] + "z" + r["text"][e:]
    def m10(d): _replace_value(S(d)[1], S(d)[0]["secrets"][0]["value"])
    def m11(d):
        r = d["evasions"][0]
        r["encoding"] = denied
        r["secrets"][0]["encoding"] = denied
    def m12(d): S(d)[30]["text"] += "\n# again: " + S(d)[30]["secrets"][0]["value"]
    def m13(d):
        r = [x for x in S(d) if x["source"] == "prose"][0]
        r["container"] = r["container"].rsplit("__", 1)[0] + "__deu"

    tests = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13]
    results = []
    for t in tests:
        d = copy.deepcopy(data)
        t(d)
        caught = bool(check_all(d, deny))
        results.append((t.__name__, caught))
    return results


# ---------------------------------------------------------------- main

def main(argv):
    if "--freeze" in argv:
        texts = [open(os.path.join(BRIEF_DIR, n), encoding="utf-8").read() for n in BRIEF_FILES]
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(extract_denylist(texts), f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print("froze", FROZEN)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    denyd = load_denylist()
    deny = Deny(denyd)
    a = generate_all(deny)
    b = generate_all(deny)
    files_a = {k: dumps(a[k]) for k in ("secrets", "evasions", "negatives")}
    files_b = {k: dumps(b[k]) for k in ("secrets", "evasions", "negatives")}
    if files_a != files_b:
        raise SystemExit("FAIL: two generations differ")
    errs = check_all(a, deny)
    if errs:
        print("FAIL:", len(errs), "problems")
        for e in errs[:60]:
            print("  ", e)
        return 1
    muts = mutations(a, deny)
    missed = [n for n, c in muts if not c]
    if missed:
        print("FAIL: mutation tests not caught:", missed)
        return 1
    ra = readme164.render(a, denyd, muts)
    rb = readme164.render(b, denyd, muts)
    if ra != rb:
        raise SystemExit("FAIL: README differs between generations")
    os.makedirs(outdir, exist_ok=True)
    for k in ("secrets", "evasions", "negatives"):
        with open(os.path.join(outdir, k + ".jsonl"), "wb") as f:
            f.write(files_a[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            f.write(open(FROZEN, encoding="utf-8").read())
    print(f"ok: secrets {len(a['secrets'])}, evasions {len(a['evasions'])}, negatives {len(a['negatives'])}; "
          f"mutations caught {len(muts)}/{len(muts)} -> {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
