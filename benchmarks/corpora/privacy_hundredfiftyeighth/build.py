#!/usr/bin/env python3
"""Build corpus p158 (corrections-facility and jail-management software developers).

Python 3 standard library only; fixed seeds; no clock, no network.
Generates everything twice, compares bytes, runs checks and mutation tests, then writes
secrets.jsonl, evasions.jsonl, negatives.jsonl and README.md.
"""
import copy, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen158, everyday158, vendor158, positional158, prose158, enc158, dec158, negatives158, readme158

BRIEF = "/tmp/brief158"
FROZEN = os.path.join(HERE, "brief_names.json")
SEEDS = dict(everyday=15801, vendor=15802, password=15803, prose=15804, evasion=15805, negative=15806)
HAND_LANG = ["zulu", "nepali", "papiamento", "low german", "german", "english", "cantonese", "latin",
             "caesar", "rot13", "nato", "gurmukhi", "devanagari", "ethiopic", "cyrillic", "greek",
             "georgian", "armenian", "arabic", "thai", "lao", "tamil", "han"]
OLD_PREFIXES = ["bbpw_", "pawnpw_"]


def extract_denylist():
    names, words, langs = set(), set(), set()
    for fn in sorted(os.listdir(BRIEF)):
        if not fn.endswith(".md"):
            continue
        txt = open(os.path.join(BRIEF, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`]+)`", txt):
            m = m.strip().lower()
            names.add(m)
            for part in m.split("__"):
                names.add(part.strip("<>"))
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", txt):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                names.add(part)
        for w in re.findall(r"[A-Za-z][A-Za-z']+", txt):
            words.add(w.lower())
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", txt):
            langs.add(code)
            langs.add(name.lower())
            for w in name.lower().split():
                langs.add(w)
    for n in list(names):
        for p in OLD_PREFIXES:
            if n.startswith(p):
                names.add(n[len(p):])
    for h in HAND_LANG:
        langs.add(h)
        for w in h.split():
            langs.add(w)
    names.discard("")
    return {"names": sorted(names), "words": sorted(words), "languages": sorted(langs)}


def load_denylist():
    if os.path.isdir(BRIEF):
        d = extract_denylist()
        if os.path.exists(FROZEN):
            f = json.load(open(FROZEN, encoding="utf-8"))
            if f != d:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        else:
            with open(FROZEN, "w", encoding="utf-8") as fh:
                json.dump(d, fh, ensure_ascii=False, indent=0)
        return d
    return json.load(open(FROZEN, encoding="utf-8"))


class Ctx:
    def __init__(self, deny):
        self.names = set(deny["names"])
        self.words = set(deny["words"])
        self.langs = set(deny["languages"])
        self.first_words = {n.split("_")[0] for n in self.names if "_" in n}

    def brand_ok(self, t):
        b = t.split("_")[0].lower()
        return b not in self.words and b not in self.first_words and b not in self.names

    def lang_ok(self, code, name):
        if code in self.langs or code in self.names or code in self.words:
            return False
        nm = name.lower()
        if nm in self.langs or nm in self.words:
            return False
        return not any(w in self.langs or w in self.words for w in nm.split())

    def name_clash(self, n):
        n = n.lower()
        parts = [n] + n.split("__")
        return [p for p in parts if p in self.names]


EV_TYPES = [("cj_evasion_kiosk_pin_password", "pw"), ("cj_evasion_calling_api_token", "tok"), ("cj_evasion_door_plc_hex_key", "hex")]
WORDINGS = [
    ("commissary_receipt_riddle", "Printed on the back of a commissary receipt: the {what} is written {rule}:\n", "\nTear this part off after you read it.\n"),
    ("yard_chalkboard_puzzle", "Puzzle on the staff-yard chalkboard — the {what}, written {rule}:\n", "\nFirst one to log in buys coffee.\n"),
    ("tablet_message_cipher_note", "Note left in the tablet admin console: the {what} is given {rule}:\n", "\nDelete after use.\n"),
]
WHAT = {"pw": "kiosk maintenance PIN password", "tok": "calling-platform API token", "hex": "door PLC key"}


def ev_plain(rng, kind):
    if kind == "pw":
        return gen158.owner_password(rng)
    if kind == "tok":
        return "icl_" + gen158.rs(rng, gen158.ALNUM, 24)
    return gen158.hexs(rng, 32)


def build_evasions(rng, reg):
    recs = []
    names = list(enc158.RULES)
    for i, enc in enumerate(names):
        for j in range(3):
            typ, kind = EV_TYPES[j]
            wname, head, tail = WORDINGS[(i + j) % 3]
            while True:
                p = reg.take(lambda: ev_plain(rng, kind))
                run = enc158.encode(enc, p)
                if p not in run:
                    break
            h = head.format(what=WHAT[kind], rule=enc158.RULES[enc])
            text = h + run + tail
            s = len(h)
            recs.append({"type": typ, "container": enc + "__" + wname, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": typ, "plain": p, "encoding": enc}],
                         "source": "evasion"})
    return recs


def generate(ctx):
    reg = gen158.Registry()
    ev = everyday158.build(random.Random(SEEDS["everyday"]), reg)
    vd, vdrop, vtail = vendor158.build(random.Random(SEEDS["vendor"]), reg, ctx.brand_ok)
    pw = positional158.build(random.Random(SEEDS["password"]), reg)
    pr, lrefused, lspare = prose158.build(random.Random(SEEDS["prose"]), reg, ctx.lang_ok)
    langs = [r.pop("_lang") for r in pr]
    evs = build_evasions(random.Random(SEEDS["evasion"]), reg)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos, 1):
        r["id"] = "p158-s-%04d" % i
    for i, r in enumerate(evs, 1):
        r["id"] = "p158-e-%04d" % i
    forbidden = [s["value"] for r in pos + evs for s in r["secrets"]] + [s["plain"] for r in evs for s in r["secrets"]]
    neg, classes = negatives158.build(random.Random(SEEDS["negative"]), forbidden)
    for i, r in enumerate(neg, 1):
        r["id"] = "p158-n-%04d" % i
    order_pos = ["id", "type", "container", "text", "secrets", "source"]
    order_ev = ["id", "type", "container", "encoding", "text", "secrets", "source"]
    pos = [{k: r[k] for k in order_pos} for r in pos]
    evs = [{k: r[k] for k in order_ev} for r in evs]
    neg = [{k: r[k] for k in ["id", "class", "container", "text", "source"]} for r in neg]
    meta = dict(vdrop=vdrop, vtail=vtail, lrefused=lrefused, lspare=lspare, langs=langs, classes=classes)
    return pos, evs, neg, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def check(pos, evs, neg, ctx, counts=True):
    errs = []
    ids = [r["id"] for r in pos + evs + neg]
    if len(ids) != len(set(ids)):
        errs.append("duplicate id")
    allvals = []
    for r in pos + evs:
        want = {"id", "type", "container", "text", "secrets", "source"} | ({"encoding"} if r["source"] == "evasion" else set())
        if set(r) != want:
            errs.append("fields " + r["id"])
        if len(r["secrets"]) != 1:
            errs.append("span count " + r["id"])
        for s in r["secrets"]:
            sw = {"value", "start", "end", "type"} | ({"plain", "encoding"} if r["source"] == "evasion" else set())
            if set(s) != sw:
                errs.append("span fields " + r["id"])
            if r["text"][s["start"]:s["end"]] != s["value"]:
                errs.append("offset " + r["id"])
            if s["value"] != s["value"].strip():
                errs.append("edge ws " + r["id"])
            if s["type"] != r["type"]:
                errs.append("type mismatch " + r["id"])
            if r["text"].count(s["value"]) != 1:
                errs.append("value not once " + r["id"])
            allvals.append((r["id"], s["value"]))
            if r["source"] == "evasion":
                allvals.append((r["id"], s["plain"]))
        for marker in ["{V}", "{K}", "{P}", "{U}", "{H}", "\0", "PRIVATE KEY"]:
            if marker in r["text"]:
                errs.append("marker %r in %s" % (marker, r["id"]))
        if r["source"] == "prose":
            s = r["secrets"][0]
            t = r["text"]
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or not t[s["end"]].isspace():
                errs.append("prose value not set off " + r["id"])
    vs = [v for _, v in allvals]
    if len(vs) != len(set(vs)):
        errs.append("value reused")
    texts = [(r["id"], r["text"]) for r in pos + evs] + [(r["id"], r["text"]) for r in neg]
    for vid, v in allvals:
        for tid, t in texts:
            if tid != vid and v in t:
                errs.append("value of %s in %s" % (vid, tid))
    for r in evs:
        s = r["secrets"][0]
        if s["encoding"] != r["encoding"]:
            errs.append("enc mismatch " + r["id"])
        try:
            if dec158.decode(s["encoding"], s["value"]) != s["plain"]:
                errs.append("decode " + r["id"])
        except Exception:
            errs.append("decode crash " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            errs.append("plain alphabet " + r["id"])
        if s["plain"] in s["value"] or s["plain"] in r["text"]:
            errs.append("plain visible " + r["id"])
        rule = enc158.RULES[s["encoding"]]
        if rule not in r["text"][:s["start"]] or r["text"][s["start"] - 2:s["start"]] != ":\n":
            errs.append("rule/run layout " + r["id"])
    for r in neg:
        if set(r) != {"id", "class", "container", "text", "source"}:
            errs.append("neg fields " + r["id"])
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("duplicate negative text")
    # deny-list
    mine = set()
    for r in pos + evs:
        mine.add(r["container"]); mine.add(r["type"])
    for r in evs:
        mine.add(r["encoding"])
    for r in neg:
        mine.add(r["class"]); mine.add(r["container"])
    for r in pos:
        if r["source"] == "password":
            mine.add(r["type"][len("cjpw_"):])
    mine |= {s for s, _ in vendor158.STYLES} | set(positional158.SUFFIXES) | set(prose158.FORMATS) | {w for w, _, _ in WORDINGS}
    mine |= {w.strip("_").replace("in_", "", 1) for w, _, _ in negatives158.WRAPPERS if w}
    for n in sorted(mine):
        c = ctx.name_clash(n)
        if c:
            errs.append("deny-list clash %s: %s" % (n, c))
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            if code in ctx.langs or code in ctx.names:
                errs.append("language clash " + code)
    for r in pos:
        if r["source"] == "vendor" and not ctx.brand_ok(r["type"]):
            errs.append("brand clash " + r["type"])
    # span types of sources disjoint
    by = {}
    for r in pos + evs:
        by.setdefault(r["source"], set()).add(r["type"])
    srcs = list(by)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if by[srcs[i]] & by[srcs[j]]:
                errs.append("span types shared %s/%s" % (srcs[i], srcs[j]))
    if counts:
        c = {}
        for r in pos:
            c[r["source"]] = c.get(r["source"], 0) + 1
        if c.get("everyday") != 180 or c.get("vendor", 0) < 115 or not 95 <= c.get("password", 0) <= 120 or c.get("prose") != 40:
            errs.append("counts %r" % c)
        if len({r["container"].split("__")[1] for r in pos if r["source"] == "prose"}) != 40:
            errs.append("prose languages")
        if len(evs) != 66 or len({r["encoding"] for r in evs}) != 22:
            errs.append("evasion counts")
        if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
            errs.append("negative counts")
    return errs


def mutation_tests(pos, evs, neg, ctx):
    muts = []

    def m1(p, e, n):
        p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n):
        p[1]["id"] = p[0]["id"]
    def m3(p, e, n):
        n[0]["text"] += p[5]["secrets"][0]["value"]
    def m4(p, e, n):
        e[0]["secrets"][0]["plain"] = "wrongplain"
    def m5(p, e, n):
        p[3]["container"] = "donor_scheduler_pydantic_settings_py"
    def m6(p, e, n):
        n[2]["class"] = "pawn_ticket_and_loan_numbers"
    def m7(p, e, n):
        p[4]["type"] = "other_type"
    def m8(p, e, n):
        p[6]["text"] += p[6]["secrets"][0]["value"]
    def m9(p, e, n):
        e.pop()
    def m10(p, e, n):
        r = [x for x in p if x["source"] == "prose"][0]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]
    for m in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10]:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        m(p, e, n)
        if not check(p, e, n, ctx):
            raise SystemExit("mutation %s not caught" % m.__name__)
        muts.append(m.__name__)
    return muts


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_denylist()
    ctx = Ctx(deny)
    a = generate(ctx)
    b = generate(ctx)
    fa = [dumps(x) for x in a[:3]]
    fb = [dumps(x) for x in b[:3]]
    if fa != fb:
        raise SystemExit("non-deterministic output")
    pos, evs, neg, meta = a
    errs = check(pos, evs, neg, ctx)
    if errs:
        for e in errs[:50]:
            print("ERROR", e)
        raise SystemExit("%d check errors" % len(errs))
    muts = mutation_tests(pos, evs, neg, ctx)
    ra = readme158.render(pos, evs, neg, meta, deny, muts)
    rb = readme158.render(*b[:4], deny, muts)
    if ra != rb:
        raise SystemExit("README not deterministic")
    os.makedirs(out, exist_ok=True)
    for name, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], fa):
        with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
            fh.write(data)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(ra)
    print("ok: %d positives, %d evasions, %d negatives; vendor dropped %d; languages refused %s"
          % (len(pos), len(evs), len(neg), len(meta["vdrop"]), meta["lrefused"]))


if __name__ == "__main__":
    main()
