#!/usr/bin/env python3
"""Build corpus p95 (localization and translation-management workflows). Standard library only."""
import copy, hashlib, json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common95 import *
import gen_everyday95, gen_vendor95, gen_passwords95, gen_prose95, gen_negatives95, enc95, dec95, readme95

OUT = HERE
EVASION_TYPES = ["l10n_translator_portal_password", "l10n_weblate_admin_password", "l10n_vendor_sftp_drop_password",
                 "l10n_lokalise_api_token", "l10n_poeditor_api_token", "l10n_phrase_strings_access_token"]
WORDINGS = [
    ("glossary_handoff_note", "Note for the glossary hand-off: the {what} is written {rule}:\n{RUN}\nDecode it yourself, I won't paste it plain."),
    ("po_header_obfuscated_hint", "# Translator hint: {what}, {rule}:\n# {RUN}\n# (kept out of plain text on purpose)"),
    ("vendor_portal_chat_aside", "[10:02] pm: ok here is the {what}, {rule}:\n[10:02] pm: {RUN}\n[10:03] vendor: got it, thanks"),
]


def gen_evasions():
    r = random.Random(9505)
    encs = sorted(enc95.ENC)
    ev_gen = {t: g for t, _, g in gen_everyday95._types()}
    out = []
    k = 0
    for e in encs:
        for j in range(3):
            typ = EVASION_TYPES[k % len(EVASION_TYPES)]
            k += 1
            while True:
                plain = ev_gen[typ](r)
                if "pass" not in typ and len(plain) > 32:
                    plain = plain[:r.randint(20, 32)]
                run = enc95.ENC[e](plain)
                if run.strip() == run and plain not in run:
                    break
            wname, wt = WORDINGS[j]
            what = typ.replace("l10n_", "").replace("_", " ")
            text, spans = fill(wt.replace("{RUN}", "{V}"), run, what=what, rule=enc95.RULE[e])
            out.append({"container": e + "__" + wname, "text": text, "spans": spans, "value": run, "type": typ,
                        "encoding": e, "plain": plain})
    return out


def generate(deny):
    pos = []
    for src, items in (("everyday", gen_everyday95.generate(None)), ("vendor", gen_vendor95.generate()),
                       ("password", gen_passwords95.generate())):
        for kind, text, spans, v, typ in items:
            pos.append((src, kind, text, spans, v, typ))
    prose, chosen, excluded, unused = gen_prose95.generate(deny)
    for kind, text, spans, v, typ in prose:
        pos.append(("prose", kind, text, spans, v, typ))
    secrets = []
    for i, (src, kind, text, spans, v, typ) in enumerate(pos):
        secrets.append(record("p95-s-%04d" % (i + 1), kind, text, spans, v, typ, src))
    evasions = []
    for i, e in enumerate(gen_evasions()):
        rec = record("p95-e-%04d" % (i + 1), e["container"], e["text"], e["spans"], e["value"], e["type"], "evasion")
        rec["encoding"] = e["encoding"]
        for s in rec["secrets"]:
            s["plain"] = e["plain"]; s["encoding"] = e["encoding"]
        rec = {k: rec[k] for k in ["id", "type", "container", "text", "secrets", "encoding", "source"]}
        evasions.append(rec)
    negatives = []
    for i, (cls, kind, text) in enumerate(gen_negatives95.generate()):
        negatives.append({"id": "p95-n-%04d" % (i + 1), "class": cls, "container": kind, "text": text, "source": "negative"})
    meta = {"chosen": chosen, "excluded": excluded, "unused": unused}
    return secrets, evasions, negatives, meta


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1
        i = text.find(v, i + 1)
    return n


def own_names(meta):
    names = {}
    def add(cat, n):
        names.setdefault(cat, []).append(n)
    for k, _ in gen_everyday95.CONTAINERS: add("everyday container", k)
    for t, _, _ in gen_everyday95._types(): add("everyday type", t)
    for t, _, _ in gen_vendor95._v(): add("vendor type", t)
    for s, _ in gen_vendor95.STYLES: add("vendor style", s)
    for s, _, _ in gen_passwords95.SYN: add("password syntax", s)
    for s in gen_passwords95.SUFFIX.values(): add("password suffix", s)
    for f, _ in gen_prose95.FORMATS: add("prose format", f)
    add("prose type", gen_prose95.SPAN_TYPE)
    for e in enc95.ENC: add("encoding", e)
    for w, _ in WORDINGS: add("evasion wording", w)
    for c, ks in gen_negatives95.BASE.items():
        add("negative class", c)
        for k, _ in ks: add("negative base kind", k)
    for w, _ in gen_negatives95.WRAPS:
        if w: add("negative wrapper", w.strip("_"))
    return names


def check(secrets, evasions, negatives, meta, deny):
    errs = []
    idre = {"s": re.compile(r"^p95-s-\d{4}$"), "e": re.compile(r"^p95-e-\d{4}$"), "n": re.compile(r"^p95-n-\d{4}$")}
    allrecs = [("s", x) for x in secrets] + [("e", x) for x in evasions] + [("n", x) for x in negatives]
    ids = [x["id"] for _, x in allrecs]
    if len(set(ids)) != len(ids): errs.append("duplicate ids")
    for k, x in allrecs:
        if not idre[k].match(x["id"]): errs.append("bad id " + x["id"])
        if json.loads(json.dumps(x, ensure_ascii=False)) != x: errs.append("json " + x["id"])
        if SLOT in x["text"] or "\x00" in x["text"] or "{V}" in x["text"]: errs.append("slot left " + x["id"])
        if "PRIVATE KEY" in x["text"]: errs.append("private key " + x["id"])
    seen_vals = {}
    pos = secrets + evasions
    for x in pos:
        if x["type"] != x["secrets"][0]["type"]: errs.append("type " + x["id"])
        vals = {}
        for s in x["secrets"]:
            if x["text"][s["start"]:s["end"]] != s["value"]: errs.append("offset " + x["id"])
            if s["value"] != s["value"].strip(): errs.append("edge ws " + x["id"])
            vals[s["value"]] = vals.get(s["value"], 0) + 1
        for v, c in vals.items():
            if count_overlapping(x["text"], v) != c: errs.append("occurrence count %s" % x["id"])
            if v in seen_vals: errs.append("reused value %s %s" % (x["id"], seen_vals[v]))
            seen_vals[v] = x["id"]
    # cross-record leakage
    probes = []
    for x in pos:
        for s in x["secrets"]:
            if len(s["value"]) >= 6: probes.append((s["value"], x["id"]))
            if "plain" in s: probes.append((s["plain"], x["id"]))
    alltexts = [(x["id"], x["text"]) for x in secrets + evasions + negatives]
    for v, owner in probes:
        for rid, t in alltexts:
            if rid != owner and v in t:
                errs.append("value of %s in %s" % (owner, rid))
    # evasions
    for x in evasions:
        s = x["secrets"][0]
        try:
            d = dec95.decode(s["encoding"], s["value"])
        except Exception as ex:
            d = None
        if d != s["plain"]: errs.append("decode " + x["id"])
        rule = enc95.RULE[s["encoding"]]
        i = x["text"].find(rule)
        if i == -1 or i > s["start"]: errs.append("rule " + x["id"])
        if s["plain"] in x["text"]: errs.append("plain verbatim " + x["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.\-]+", s["plain"]): errs.append("plain alphabet " + x["id"])
    ec = {}
    for x in evasions: ec[x["encoding"]] = ec.get(x["encoding"], 0) + 1
    if len(ec) != 22 or set(ec.values()) != {3}: errs.append("encoding counts")
    # negatives
    if len(set(n["text"] for n in negatives)) != len(negatives): errs.append("duplicate negative text")
    if len(set(n["class"] for n in negatives)) != 16 or len(negatives) < 180: errs.append("negative counts")
    # checksums
    for x in secrets:
        for s in x["secrets"]:
            m = re.fullmatch(r"(ghp_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})", s["value"])
            if m and base62_crc(m.group(2)) != m.group(3): errs.append("crc " + x["id"])
    # counts
    src = {}
    for x in secrets: src[x["source"]] = src.get(x["source"], 0) + 1
    if src.get("everyday") != 180: errs.append("everyday count")
    if not 100 <= src.get("vendor", 0) <= 140: errs.append("vendor count")
    if not 85 <= src.get("password", 0) <= 125: errs.append("password count")
    if src.get("prose") != 40: errs.append("prose count")
    if len(set(x["container"].split("__")[1] for x in secrets if x["source"] == "prose")) != 40: errs.append("prose langs")
    if len(evasions) != 66: errs.append("evasion count")
    # deny-list
    names = own_names(meta)
    for cat, ns in names.items():
        if len(set(ns)) != len(ns): errs.append("duplicate own name in " + cat)
        for n in ns:
            h = name_hits(n, deny)
            if h: errs.append("deny-list: %s %s -> %s" % (cat, n, h))
    for x in secrets + evasions + negatives:
        h = name_hits(x["container"], deny)
        if h: errs.append("deny-list container %s %s" % (x["id"], h))
        for cls in ([x["class"]] if "class" in x else []):
            if name_hits(cls, deny): errs.append("deny-list class " + x["id"])
    for x in secrets + evasions:
        for s in x["secrets"]:
            if name_hits(s["type"], deny): errs.append("deny-list type %s %s" % (x["id"], s["type"]))
    for x in secrets:
        if x["source"] == "prose":
            c3 = x["container"].split("__")[1]
            cs = [c for c in gen_prose95.CANDIDATES if c[0] == c3]
            if not cs or not gen_prose95.language_ok(cs[0][0], cs[0][1], cs[0][2], deny) or c3 in deny["names"]:
                errs.append("deny-listed or unknown language " + x["id"])
    ev_t = set(t for t, _, _ in gen_everyday95._types())
    ve_t = set(t for t, _, _ in gen_vendor95._v())
    pw_t = set(s for s, _, _ in gen_passwords95.SYN)
    if ev_t & ve_t or ev_t & pw_t or ve_t & pw_t or gen_prose95.SPAN_TYPE in ev_t | ve_t | pw_t: errs.append("type sets overlap")
    return errs


def mutation_tests(secrets, evasions, negatives, meta, deny):
    muts = []
    def m1(s, e, n): s[0]["secrets"][0]["start"] += 1
    def m2(s, e, n): n[0]["text"] += " " + s[5]["secrets"][0]["value"]
    def m3(s, e, n): e[0]["secrets"][0]["plain"] = "wrong-plain-1"
    def m4(s, e, n): s[3]["text"] += " " + s[3]["secrets"][0]["value"]
    def m5(s, e, n): n[1]["text"] = n[0]["text"]
    def m6(s, e, n): n[2]["text"] += "\n-----BEGIN PRIVATE KEY-----"
    def m7(s, e, n): n[3]["container"] = "base58_bitcoin_alphabet"
    def m8(s, e, n): s[7]["id"] = "p94-s-0008"
    def m9(s, e, n):
        x = [r for r in s if r["source"] == "prose"][0]
        x["container"] = x["container"].split("__")[0] + "__ltz"
    def m10(s, e, n): s[9]["text"] += " " + e[4]["secrets"][0]["plain"]
    def m11(s, e, n): e[6]["text"] = e[6]["text"].replace(enc95.RULE[e[6]["encoding"]], "as agreed")
    def m12(s, e, n):
        x = [r for r in s if re.match(r"(ghp_|npm_)", r["secrets"][0]["value"])][0]
        v = x["secrets"][0]["value"]; nv = v[:-1] + ("A" if v[-1] != "A" else "B")
        x["text"] = x["text"].replace(v, nv); x["secrets"][0]["value"] = nv
    def m13(s, e, n): s[0]["container"] = "crowdin_yml_api_token_line__bolt_python_app_init"
    for i, m in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13]):
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evasions), copy.deepcopy(negatives)
        m(s, e, n)
        if not check(s, e, n, meta, deny):
            raise SystemExit("mutation test %d (%s) not caught" % (i + 1, m.__name__))
    return 13


def dump(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)


def main():
    deny = load_denylist()
    runs = []
    for _ in range(2):
        s, e, n, meta = generate(deny)
        blobs = (dump(s), dump(e), dump(n))
        runs.append((s, e, n, meta, blobs))
    if runs[0][4] != runs[1][4]:
        raise SystemExit("non-deterministic output")
    s, e, n, meta, blobs = runs[0]
    errs = check(s, e, n, meta, deny)
    if errs:
        for x in errs[:60]: print("ERR", x)
        raise SystemExit("%d check failures" % len(errs))
    nm = mutation_tests(s, e, n, meta, deny)
    rd = [readme95.render(s, e, n, meta, deny, nm, own_names(meta)) for _ in range(2)]
    if rd[0] != rd[1]:
        raise SystemExit("README non-deterministic")
    for name, b in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), blobs):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f: f.write(b)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f: f.write(rd[0])
    print("ok: %d secrets, %d evasions, %d negatives, %d mutation tests" % (len(s), len(e), len(n), nm))


if __name__ == "__main__":
    main()
