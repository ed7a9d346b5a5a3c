#!/usr/bin/env python3
"""Build the p133 corpus: generate twice, compare, check, then write. Standard library only."""
import sys, os, json, re, copy, random
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common133 as C
import everyday133, vendor133, positional133, prose133, negatives133, enc133, dec133, readme133

SEEDS = dict(everyday=13301, vendor=13302, password=13303, prose=13304, evasion=13305, negative=13306)
DENY = C.load_denylist(HERE)
DN = set(DENY["names"])
DL = set(DENY["langs"])
DW = set(DENY["words"])
DT = DENY["tokens"]
EV_TYPES = [("wr_evasion_scale_pc_password", "pw"), ("wr_evasion_fleet_api_token", "tok"), ("wr_evasion_sorter_hex_key", "hex")]
WORDINGS = [
    ("driver_breakroom_riddle_card", "Break-room riddle card taped to the time clock. ", "Whoever decodes it first gets the good truck tomorrow."),
    ("scalehouse_sticky_note_transcript", "Transcript of a sticky note on the scale-house monitor. ", "(note removed after the audit photo)"),
    ("mrf_control_panel_label_photo_text", "Text read off a label on the MRF control panel. ", "Label is hand-written, marker fading."),
]


def name_hits(name):
    n = name.lower()
    return [p for p in [n] + n.split("__") if p in DN]


def keep_vendor(t):
    return not name_hits(t)


DROPPED = {"vendor": [], "password": [], "lang": []}


def keep_syntax(syn, sig):
    sig = sig.lower()
    bad = name_hits("wrpw_" + syn) or name_hits(syn) or any(sig in tok for tok in DT)
    return not bad


def keep_lang(iso, name):
    if iso in DN or iso in DL:
        return False
    for w in re.findall(r"[A-Za-z]+", name):
        if w.lower() in DL or w.lower() in DW:
            return False
    return True


def make_evasions(sh):
    recs = []
    for ei, (enc, (rule, f)) in enumerate(enc133.E.items()):
        for j in range(3):
            typ, kind = EV_TYPES[(ei + j) % 3]
            wname, intro, remark = WORDINGS[j]
            if kind == "pw":
                plain = C.owner_password(sh)
            elif kind == "tok":
                plain = sh.pre("wfa_", lambda: sh.s(C.B62, 28))
            else:
                plain = sh.hex(32)
            run = f(plain)
            text = intro + "The value is written " + rule + ":\n" + run + "\n" + remark
            st = len(intro + "The value is written " + rule + ":\n")
            recs.append({"type": typ, "container": enc + "__" + wname, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": st, "end": st + len(run), "type": typ, "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs


def generate():
    sh = C.Shapes(random.Random(SEEDS["everyday"]))
    ev = everyday133.generate(sh)
    sh.r = random.Random(SEEDS["vendor"])
    ve = vendor133.generate(sh, keep_vendor)
    sh.r = random.Random(SEEDS["password"])
    pw = positional133.generate(sh, keep_syntax)
    sh.r = random.Random(SEEDS["prose"])
    pr, dropped_langs, used_langs = prose133.generate(sh, keep_lang)
    sh.r = random.Random(SEEDS["evasion"])
    eva = make_evasions(sh)
    sh.r = random.Random(SEEDS["negative"])
    neg = negatives133.generate(sh)
    secrets = []
    for i, r in enumerate(ev + ve + pw + pr, 1):
        secrets.append(dict(id="p133-s-%04d" % i, **r))
    evasions = [dict(id="p133-e-%04d" % i, **r) for i, r in enumerate(eva, 1)]
    negs = [dict(id="p133-n-%04d" % i, **r) for i, r in enumerate(neg, 1)]
    meta = dict(dropped_langs=dropped_langs, used_langs=used_langs,
                dropped_vendors=[t for t, _, _ in vendor133.VENDORS if not keep_vendor(t)],
                dropped_syntaxes=[(s, g) for s, g, _ in positional133.SYNTAXES if not keep_syntax(s, g)])
    return secrets, evasions, negs, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1
        i = text.find(v, i + 1)
    return n


def check(secrets, evasions, negs):
    errs = []
    SF = {"id", "type", "container", "text", "secrets", "source"}
    seen_ids, values = set(), []
    for prefix, recs, fields in (("p133-s-", secrets, SF), ("p133-e-", evasions, SF | {"encoding"})):
        for r in recs:
            if set(r) != fields:
                errs.append("fields " + r["id"])
            if not re.fullmatch(re.escape(prefix) + r"\d{4}", r["id"]) or r["id"] in seen_ids:
                errs.append("id " + r["id"])
            seen_ids.add(r["id"])
            if len(r["secrets"]) != 1:
                errs.append("spans " + r["id"])
            for s in r["secrets"]:
                want = {"value", "start", "end", "type"} | ({"plain", "encoding"} if prefix == "p133-e-" else set())
                if set(s) != want:
                    errs.append("spanfields " + r["id"])
                if r["text"][s["start"]:s["end"]] != s["value"]:
                    errs.append("offset " + r["id"])
                if s["value"] != s["value"].strip():
                    errs.append("edge ws " + r["id"])
                if s["type"] != r["type"]:
                    errs.append("type " + r["id"])
                if count_overlapping(r["text"], s["value"]) != 1:
                    errs.append("occurs!=1 " + r["id"])
                values.append((r["id"], s["value"]))
                if prefix == "p133-e-":
                    try:
                        ok = dec133.decode(s["encoding"], s["value"]) == s["plain"]
                    except Exception:
                        ok = False
                    if not ok:
                        errs.append("decode " + r["id"])
                    if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
                        errs.append("plain alphabet " + r["id"])
                    rule = enc133.E.get(s["encoding"], ("\ue001",))[0]
                    if r["text"].find(rule) == -1 or r["text"].find(rule) > s["start"] or r["text"][s["start"] - 2:s["start"]] != ":\n":
                        errs.append("rule " + r["id"])
                    if r["encoding"] != s["encoding"]:
                        errs.append("enc " + r["id"])
            if "\ue000" in r["text"] or "\x00" in r["text"] or "PRIVATE KEY" in r["text"]:
                errs.append("forbidden text " + r["id"])
    vals = [v for _, v in values]
    if len(set(vals)) != len(vals):
        errs.append("value reused")
    plains = [s["plain"] for r in evasions for s in r["secrets"]]
    if len(set(plains)) != len(plains):
        errs.append("plain reused")
    alltexts = [(r["id"], r["text"]) for r in secrets + evasions] + [(r["id"], r["text"]) for r in negs]
    for rid, v in values:
        for tid, t in alltexts:
            if tid != rid and v in t:
                errs.append("value %s leaks into %s" % (rid, tid))
    for p in plains:
        for tid, t in alltexts:
            if p in t:
                errs.append("plain leaks into " + tid)
    ntexts = set()
    for r in negs:
        if set(r) != {"id", "class", "container", "text", "source"} or r["source"] != "negative":
            errs.append("negfields " + r["id"])
        if not re.fullmatch(r"p133-n-\d{4}", r["id"]) or r["id"] in seen_ids:
            errs.append("id " + r["id"])
        seen_ids.add(r["id"])
        if r["text"] in ntexts:
            errs.append("dup negative " + r["id"])
        ntexts.add(r["text"])
        if "PRIVATE KEY" in r["text"]:
            errs.append("forbidden " + r["id"])
    # deny-list on every name
    for r in secrets + evasions:
        for nm in [r["container"], r["type"]] + ([r["encoding"]] if "encoding" in r else []):
            if name_hits(nm):
                errs.append("deny %s %s %s" % (r["id"], nm, name_hits(nm)))
    for r in negs:
        for nm in (r["class"], r["container"]):
            if name_hits(nm):
                errs.append("deny %s %s" % (r["id"], nm))
    for r in secrets:
        if r["source"] == "prose":
            iso = r["container"].split("__")[1]
            if not keep_lang(iso, dict((i, n) for i, n, _ in prose133.LANGS).get(iso, "")):
                errs.append("deny lang " + r["id"])
            s = r["secrets"][0]
            t = r["text"]
            if (s["start"] > 0 and t[s["start"] - 1] != " ") or (s["end"] < len(t) and t[s["end"]] != " "):
                errs.append("prose not set off " + r["id"])
    # families disjoint
    fam = {}
    for r in secrets:
        fam.setdefault(r["source"], set()).add(r["type"])
    ks = list(fam)
    for a in range(len(ks)):
        for b in range(a + 1, len(ks)):
            if fam[ks[a]] & fam[ks[b]]:
                errs.append("families overlap")
    nonev = [r["container"] for r in secrets if r["source"] != "everyday"]
    if len(set(nonev)) != len(nonev):
        errs.append("container reuse")
    by = {}
    for r in secrets:
        by[r["source"]] = by.get(r["source"], 0) + 1
    if by.get("everyday") != 180 or by.get("prose") != 40 or not (95 <= by.get("password", 0) <= 115) or not (110 <= by.get("vendor", 0) <= 120):
        errs.append("counts %r" % by)
    if len({r["container"].split("__")[1] for r in secrets if r["source"] == "prose"}) != 40:
        errs.append("langs")
    if len(evasions) != 66 or len({r["encoding"] for r in evasions}) != 22:
        errs.append("evasion counts")
    if len(negs) < 180 or len({r["class"] for r in negs}) != 16:
        errs.append("neg counts")
    return errs


def mutation_tests(secrets, evasions, negs):
    muts = []
    def m1(s, e, n): s[0]["secrets"][0]["start"] += 1
    def m2(s, e, n): n[0]["text"] += " " + s[5]["secrets"][0]["value"]
    def m3(s, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(s, e, n): n.append(dict(n[1], id="p133-n-9999"))
    def m5(s, e, n): s[3]["text"] += "\n-----BEGIN RSA PRIVATE KEY-----"
    def m6(s, e, n): s[0]["container"] = "pi_interface_ini_section"
    def m7(s, e, n): e[0]["encoding"] = e[0]["secrets"][0]["encoding"] = "adjacent_pair_swap"
    def m8(s, e, n): s[2]["id"] = "p128-s-0003"
    def m9(s, e, n): s[1]["text"] += " " + e[4]["secrets"][0]["plain"]
    def m10(s, e, n): n[0]["class"] = "encrypted_property_values"
    def m11(s, e, n):
        r = [x for x in s if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__heb"
    def m12(s, e, n):
        r = e[0]; rule = enc133.E[r["encoding"]][0]
        i = r["text"].index(rule); r["text"] = r["text"].replace(rule, "x" * len(rule))
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12):
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evasions), copy.deepcopy(negs)
        m(s, e, n)
        if not check(s, e, n):
            raise SystemExit("mutation %s not caught" % m.__name__)
    return 12


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    a = generate()
    b = generate()
    for x, y in zip(a[:3], b[:3]):
        if dumps(x) != dumps(y):
            raise SystemExit("non-deterministic")
    secrets, evasions, negs, meta = a
    errs = check(secrets, evasions, negs)
    if errs:
        print("\n".join(errs[:40]))
        raise SystemExit("%d check errors" % len(errs))
    nm = mutation_tests(secrets, evasions, negs)
    r1 = readme133.render(secrets, evasions, negs, meta, DENY, nm)
    r2 = readme133.render(*generate(), DENY, nm)
    if r1 != r2:
        raise SystemExit("README not deterministic")
    files = {"secrets.jsonl": dumps(secrets), "evasions.jsonl": dumps(evasions), "negatives.jsonl": dumps(negs), "README.md": r1}
    for fn, data in files.items():
        with open(os.path.join(out, fn), "w", encoding="utf-8") as fh:
            fh.write(data)
    by = {}
    for r in secrets:
        by[r["source"]] = by.get(r["source"], 0) + 1
    print("ok", len(secrets), by, len(evasions), len(negs), "dropped", meta["dropped_vendors"], meta["dropped_syntaxes"], meta["dropped_langs"])


if __name__ == "__main__":
    main()
