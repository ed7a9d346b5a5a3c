#!/usr/bin/env python3
"""Build the p169 held-out credential corpus.

python3 build.py [outdir]      (default: the directory of this script)
python3 build.py --freeze      (re-extract brief_names.json from /tmp/brief169/ and store it next to this script)

Standard library only, fixed seeds, no clock, no network. Everything is generated twice and compared, all checks
and mutation tests run, and only then are the files written (on any failure nothing is written, exit 1).
"""
import base64
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import common169  # noqa: E402
import dec169  # noqa: E402
import enc169  # noqa: E402
import everyday169  # noqa: E402
import evasions169  # noqa: E402
import negatives169  # noqa: E402
import positional169  # noqa: E402
import prose169  # noqa: E402
import readme169  # noqa: E402
import vendor169  # noqa: E402

BRIEF_DIR = "/tmp/brief169"
BRIEF_FILES = ["README_hundredsixtyfourth.md", "README_hundredsixtysixth.md"]
HAND_LANGUAGES = {
    # spare codes named in the two READMEs, with their names
    "ast": "Asturian", "bre": "Breton", "pbt": "Southern Pashto", "uig": "Uyghur", "fao": "Faroese",
    "zul": "Zulu", "kin": "Kinyarwanda", "mlg": "Malagasy", "tir": "Tigrinya", "ibo": "Igbo",
}
PREFIX_RE = re.compile(r"^[a-z]+pw_(.+)$")


# ---------------------------------------------------------------------------------------------- deny-list
def extract_denylist(brief_dir=BRIEF_DIR):
    names, langs = set(), set()

    def add(raw):
        m = raw.strip().lower()
        if not m:
            return
        names.add(m)
        for part in m.split("__"):
            if part:
                names.add(part)
                pm = PREFIX_RE.match(part)
                if pm:
                    names.add(pm.group(1))

    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            txt = fh.read()
        for m in re.findall(r"`([^`\n]+)`", txt):
            add(m)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", txt):
            add(m)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", txt):
            langs.add(code)
            langs.add(name.lower())
            langs.update(w.lower() for w in name.split())
    for code, name in HAND_LANGUAGES.items():
        langs.add(code)
        langs.add(name.lower())
        langs.update(w.lower() for w in name.split())
    return {"source": BRIEF_FILES, "names": sorted(names), "languages": sorted(langs)}


class Deny:
    def __init__(self, frozen):
        self.names = set(frozen["names"])
        self.langs = set(frozen["languages"])

    def label(self, lab):
        lab = lab.lower()
        if lab in self.names:
            return True
        return any(p in self.names for p in lab.split("__") if p)

    def syntax(self, syn):
        syn = syn.lower()
        bare = syn[len(positional169.PREFIX):] if syn.startswith(positional169.PREFIX) else syn
        return self.label(bare) or self.label(positional169.PREFIX + bare)

    def lang(self, code, name):
        pool = self.names | self.langs
        keys = [code.lower(), name.lower()] + [w.lower() for w in name.split()]
        return any(k in pool for k in keys)


# ---------------------------------------------------------------------------------------------- generation
def generate(deny):
    reg = common169.Registry()
    meta = {}
    secrets = []

    def add(source, typ, container, text, value):
        rid = "p169-s-%04d" % (len(secrets) + 1)
        secrets.append(common169.record(rid, source, container, typ, text, value))

    for t, kind, text, v in everyday169.generate(reg):
        add("everyday", t, kind, text, v)
    vend, vdropped, vunused, vwritten = vendor169.generate(reg, deny.label)
    for t, cont, text, v in vend:
        add("vendor", t, cont, text, v)
    meta["vendor"] = {"dropped": vdropped, "unused": vunused, "written": vwritten}
    pos, pdropped, punused = positional169.generate(reg, deny.syntax)
    for t, cont, text, v in pos:
        add("password", t, cont, text, v)
    meta["positional"] = {"dropped": pdropped, "unused": punused, "written": len(positional169.SYNTAXES)}
    prose, refused, spares = prose169.generate(reg, deny.lang)
    meta["prose_langs"] = []
    for t, cont, text, v, code, name, script in prose:
        add("prose", t, cont, text, v)
        meta["prose_langs"].append((code, name, script))
    meta["prose"] = {"refused": refused, "spares_unused": spares}

    evasions = []
    for t, cont, encname, text, run, plain in evasions169.generate(reg):
        rid = "p169-e-%04d" % (len(evasions) + 1)
        rec = common169.record(rid, "evasion", cont, t, text, run, extra_span={"plain": plain, "encoding": encname})
        rec = {"id": rec["id"], "type": rec["type"], "container": rec["container"], "encoding": encname,
               "text": rec["text"], "secrets": rec["secrets"], "source": "evasion"}
        evasions.append(rec)

    negatives = []
    for cls, cont, text in negatives169.generate():
        negatives.append({"id": "p169-n-%04d" % (len(negatives) + 1), "class": cls, "container": cont,
                          "text": text, "source": "negative"})
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "meta": meta}


def dump_jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


# ---------------------------------------------------------------------------------------------- checks
POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EVA_FIELDS = POS_FIELDS | {"encoding"}
EVA_SPAN_FIELDS = SPAN_FIELDS | {"plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
PW_RE = re.compile(r"^[A-Za-z]+[-_.+~][a-z0-9]{3,5}[0-9]{2}$")
JWT_RE = re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
UUID4_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")


def _b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check(data, deny):
    errs = []
    E = errs.append
    S, V, N = data["secrets"], data["evasions"], data["negatives"]
    all_pos = S + V

    # ids
    for recs, pre in ((S, "p169-s-"), (V, "p169-e-"), (N, "p169-n-")):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            E(f"duplicate ids in {pre}")
        for i, rid in enumerate(ids):
            if rid != "%s%04d" % (pre, i + 1):
                E(f"bad id {rid} at {pre}{i + 1}")

    # fields and spans
    values, plains = [], []
    for r in all_pos:
        ev = r.get("source") == "evasion"
        if set(r) != (EVA_FIELDS if ev else POS_FIELDS):
            E(f"{r.get('id')}: fields {sorted(r)}")
            continue
        if not isinstance(r["secrets"], list) or len(r["secrets"]) != 1:
            E(f"{r['id']}: not exactly one span")
            continue
        sp = r["secrets"][0]
        if set(sp) != (EVA_SPAN_FIELDS if ev else SPAN_FIELDS):
            E(f"{r['id']}: span fields {sorted(sp)}")
            continue
        v, s, e, t = sp["value"], sp["start"], sp["end"], r["text"]
        if not v or v != v.strip():
            E(f"{r['id']}: empty or edge-whitespace value")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)) or t[s:e] != v:
            E(f"{r['id']}: span does not re-slice")
        if r["type"] != sp["type"]:
            E(f"{r['id']}: record type != span type")
        if t.count(v) != 1:
            E(f"{r['id']}: value occurs {t.count(v)} times in its text")
        for bad in (common169.MARK, "\x00", "PRIVATE KEY", "{V}", "{u}", "{h}"):
            if bad in t:
                E(f"{r['id']}: slot marker / forbidden string {bad!r}")
        values.append((r["id"], v))
        if ev:
            plains.append((r["id"], sp["plain"]))
        if r["source"] not in ("everyday", "vendor", "password", "prose", "evasion"):
            E(f"{r['id']}: bad source")
        if r["source"] == "prose":
            if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
                E(f"{r['id']}: prose value not set off by whitespace")
            if not PW_RE.match(v):
                E(f"{r['id']}: prose value not an owner-chosen password")
        if r["source"] == "everyday" and r["type"] in everyday169.PASSWORD_TYPES and not PW_RE.match(v):
            E(f"{r['id']}: everyday password shape")
        if JWT_RE.match(v):
            try:
                h, p, _ = v.split(".")
                json.loads(_b64u_dec(h))
                json.loads(_b64u_dec(p))
            except Exception:
                E(f"{r['id']}: JWT without JSON header / payload")
        if UUID4_RE.match(v) is None and re.match(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", v):
            E(f"{r['id']}: UUID not version 4")

    # reuse and leakage
    vs = [v for _, v in values] + [p for _, p in plains]
    if len(set(vs)) != len(vs):
        E("a value or plain is reused")
    texts = [r["text"] for r in all_pos]
    for rid, v in values:
        n = sum(1 for t in texts if v in t)
        if n != 1:
            E(f"{rid}: value appears in {n} positive texts")
    for rid, p in plains:
        if any(p in t for t in texts):
            E(f"{rid}: evasion plain appears in a text")
    for nr in N:
        for rid, v in values + plains:
            if v in nr.get("text", ""):
                E(f"{nr.get('id')}: contains positive value of {rid}")

    # evasions
    wordings = set(evasions169.WORDINGS)
    encs = {}
    for r in V:
        if set(r) != EVA_FIELDS or len(r.get("secrets", [])) != 1:
            continue
        sp = r["secrets"][0]
        encs.setdefault(r["encoding"], 0)
        encs[r["encoding"]] += 1
        if sp.get("encoding") != r["encoding"]:
            E(f"{r['id']}: record / span encoding differ")
        try:
            ok = dec169.decode(sp["encoding"], sp["value"]) == sp["plain"]
        except Exception:
            ok = False
        if not ok:
            E(f"{r['id']}: evasion does not decode to its plain")
        if not re.match(r"^[A-Za-z0-9_.-]+$", sp["plain"]):
            E(f"{r['id']}: plain alphabet")
        if sp["plain"] in sp["value"]:
            E(f"{r['id']}: run contains its plain")
        t, s, e = r["text"], sp["start"], sp["end"]
        if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n":
            E(f"{r['id']}: run not on its own line after ':'")
        enc_part, _, w = r["container"].partition("__")
        if enc_part != r["encoding"] or w not in wordings:
            E(f"{r['id']}: container not <encoding>__<wording>")
    if len(encs) != 22 or any(n != 3 for n in encs.values()) or len(V) != 66:
        E(f"evasions: {len(encs)} encodings, {len(V)} records")

    # negatives
    for nr in N:
        if set(nr) != NEG_FIELDS or nr.get("source") != "negative":
            E(f"{nr.get('id')}: negative fields / source")
        for bad in (common169.MARK, "\x00", "PRIVATE KEY"):
            if bad in nr.get("text", ""):
                E(f"{nr.get('id')}: forbidden string in negative")
    ntexts = [nr.get("text") for nr in N]
    if len(set(ntexts)) != len(ntexts):
        E("duplicate negative texts")
    ncls = {nr.get("class") for nr in N}
    if len(ncls) < 16 or len(N) < 180:
        E(f"negatives: {len(ncls)} classes, {len(N)} records")

    # deny-list
    for r in all_pos:
        if deny.label(r.get("container", "")):
            E(f"{r['id']}: container deny-listed")
        if deny.label(r.get("type", "")):
            E(f"{r['id']}: span type deny-listed")
        if r.get("source") == "password" and deny.syntax(r.get("type", "")):
            E(f"{r['id']}: syntax deny-listed")
        if r.get("source") == "evasion" and deny.label(r.get("encoding", "")):
            E(f"{r['id']}: encoding deny-listed")
    for nr in N:
        if deny.label(nr.get("class", "")) or deny.label(nr.get("container", "")):
            E(f"{nr.get('id')}: negative class / container deny-listed")
    names = {c: n for c, n, _ in data["meta"]["prose_langs"]}
    prose = [r for r in S if r.get("source") == "prose"]
    codes = []
    for r in prose:
        code = r["container"].split("__")[-1]
        codes.append(code)
        if code not in names or deny.lang(code, names[code]):
            E(f"{r['id']}: prose language {code} deny-listed or unknown")

    # counts
    by = {}
    for r in S:
        by.setdefault(r.get("source"), []).append(r)
    ev = by.get("everyday", [])
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], set()).add(r["type"])
    if len(ev) != 180 or len({r["type"] for r in ev}) != 12 or len(kinds) != 45 or any(len(x) != 4 for x in kinds.values()):
        E("everyday counts")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor counts")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__") or r["container"][len(r["type"]) + 2:] not in vendor169.STYLES:
            E(f"{r['id']}: vendor container not <type>__<style>")
    pw = by.get("password", [])
    if not (95 <= len({r["type"] for r in pw}) <= 120) or len(pw) != len({r["type"] for r in pw}):
        E("positional syntax counts")
    if len(prose) != 40 or len(set(codes)) != 40:
        E("prose counts")
    srcs = [("everyday", ev), ("vendor", vd), ("password", pw), ("prose", prose), ("evasion", V)]
    tsets = [(n, {r["type"] for r in rs}) for n, rs in srcs]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i][1] & tsets[j][1]:
                E(f"span types shared by {tsets[i][0]} and {tsets[j][0]}")
    nonev = [r["container"] for r in S if r.get("source") != "everyday"] + [r["container"] for r in V]
    if len(set(nonev)) != len(nonev):
        E("non-everyday containers not unique")
    return errs


# ---------------------------------------------------------------------------------------------- mutations
def mutations(data, deny):
    def first(src):
        return next(r for r in data["secrets"] if r["source"] == src)

    def m01(d):
        d["secrets"][5]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][7]["id"] = d["secrets"][6]["id"]

    def m03(d):
        d["negatives"][3]["text"] += "\nold value: " + d["secrets"][200]["secrets"][0]["value"] + "\n"

    def m04(d):
        d["evasions"][10]["secrets"][0]["plain"] = d["evasions"][10]["secrets"][0]["plain"][:-1] + "Z"

    def m05(d):
        d["secrets"][0]["container"] = "salon_pos_rails_database_yml"

    def m06(d):
        d["negatives"][0]["class"] = "gift_card_serials_with_luhn"

    def m07(d):
        d["secrets"][30]["type"] = "something_else"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        r = next(x for x in d["secrets"] if x["source"] == "prose")
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + "x" + r["text"][sp["start"]:]

    def m10(d):
        a, b = d["secrets"][10], d["secrets"][300]
        sb = b["secrets"][0]
        old = sb["value"]
        new = a["secrets"][0]["value"]
        b["text"] = b["text"][:sb["start"]] + new + b["text"][sb["end"]:]
        sb["value"], sb["end"] = new, sb["start"] + len(new)
        assert old != new

    def m11(d):
        r = d["evasions"][0]
        r["encoding"] = r["secrets"][0]["encoding"] = "rot47_printable_ascii"
        r["container"] = "rot47_printable_ascii__" + r["container"].split("__", 1)[1]

    def m12(d):
        r = d["secrets"][50]
        r["text"] += "\n# again: " + r["secrets"][0]["value"] + "\n"

    def m13(d):
        r = next(x for x in d["secrets"] if x["source"] == "prose")
        r["container"] = r["container"].rsplit("__", 1)[0] + "__ita"

    def m14(d):
        r = next(x for x in d["secrets"] if x["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = "golfpw_mysqldump_glued_lower_p"

    results = []
    for fn in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14):
        d = copy.deepcopy(data)
        fn(d)
        caught = bool(check(d, deny))
        results.append((fn.__name__, caught))
    return results


MUTATION_DOC = [
    ("m01", "shifted span offset"), ("m02", "duplicate id"), ("m03", "positive value pasted into a negative"),
    ("m04", "wrong evasion plain"), ("m05", "deny-listed container kind"), ("m06", "deny-listed negative class"),
    ("m07", "record / span type mismatch"), ("m08", "missing evasion"), ("m09", "prose value glued to a letter"),
    ("m10", "value reused in another record"), ("m11", "deny-listed encoding"), ("m12", "value twice in its own text"),
    ("m13", "prose language switched to a deny-listed one"), ("m14", "deny-listed positional syntax"),
]


# ---------------------------------------------------------------------------------------------- main
def main(argv):
    if argv[1:2] == ["--freeze"]:
        dl = extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(dl, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze", len(dl["names"]), "names,", len(dl["languages"]), "language entries")
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    with open(os.path.join(HERE, "brief_names.json"), encoding="utf-8") as fh:
        frozen = json.load(fh)
    problems = []
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != frozen:
            problems.append("brief_names.json differs from a fresh extraction of " + BRIEF_DIR)
    deny = Deny(frozen)

    flip_ok = len(set(enc169.FLIP.values())) == len(enc169.FLIP)
    if not flip_ok:
        problems.append("upside-down table is not injective")

    d1 = generate(deny)
    d2 = generate(deny)
    b1 = [dump_jsonl(d1[k]) for k in ("secrets", "evasions", "negatives")]
    b2 = [dump_jsonl(d2[k]) for k in ("secrets", "evasions", "negatives")]
    if b1 != b2:
        problems.append("two generations differ")
    problems += check(d1, deny)
    muts = mutations(d1, deny)
    for name, caught in muts:
        if not caught:
            problems.append(f"mutation {name} not caught")
    r1 = readme169.render(d1, frozen, muts, MUTATION_DOC)
    r2 = readme169.render(d2, frozen, mutations(d2, deny), MUTATION_DOC)
    if r1 != r2:
        problems.append("README renders differ")
    if problems:
        for p in problems[:60]:
            print("FAIL:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, b in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), b1):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(frozen, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(f"ok: {len(d1['secrets'])} secrets, {len(d1['evasions'])} evasions, {len(d1['negatives'])} negatives, "
          f"{sum(c for _, c in muts)}/{len(muts)} mutations caught -> {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
