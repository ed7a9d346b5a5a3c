#!/usr/bin/env python3
"""Build corpus p116 twice, check everything, then write secrets/evasions/negatives JSONL + README."""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common116, everyday116, vendor116, positional116, prose116, evasions116, negatives116, dec116, enc116, readme116

BRIEF = "/tmp/brief116"
FROZEN = os.path.join(HERE, "brief_names.json")


def load_deny():
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        d = common116.extract_denylist(texts)
        d["sig_tokens"] = sorted(common116.norm_tokens(texts))
        if os.path.exists(FROZEN):
            if json.load(open(FROZEN, encoding="utf-8")) != d:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        else:
            json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
        return d
    return json.load(open(FROZEN, encoding="utf-8"))


DENY = load_deny()
NAMES = set(DENY["names"])
LANGS = set(DENY["langs"])
WORDS = set(DENY["words"])
SIGTOK = DENY["sig_tokens"]


def lang_allowed(c3, c2, name):
    if c3 in NAMES or c3 in LANGS or c2 in NAMES or c2 in LANGS:
        return False
    for w in re.findall(r"[A-Za-z]+", name):
        if w.lower() in LANGS or w.lower() in WORDS:
            return False
    return True


def vendor_allowed(typ):
    return typ.split("_")[0].lower() not in WORDS


def sig_allowed(sig):
    return not any(sig in t for t in SIGTOK)


def generate():
    everyday = everyday116.build(0)
    vend_all = vendor116.build()
    vend = [r for r in vend_all if vendor_allowed(r["type"])]
    vdrop = [r["type"] for r in vend_all if not vendor_allowed(r["type"])]
    sigs = {"carpw_" + s: sig for s, sig, _ in positional116.SYN}
    pw_all = positional116.build()
    pw = [r for r in pw_all if sig_allowed(sigs[r["type"]])]
    pdrop = [r["type"] for r in pw_all if not sig_allowed(sigs[r["type"]])]
    prose, used, ldrop = prose116.build(lang_allowed)
    ev = evasions116.build()
    neg = negatives116.build()
    pos = everyday + vend + pw + prose
    for i, r in enumerate(pos, 1):
        r["id"] = "p116-s-%04d" % i
    for i, r in enumerate(ev, 1):
        r["id"] = "p116-e-%04d" % i
    for i, r in enumerate(neg, 1):
        r["id"] = "p116-n-%04d" % i
    meta = {"vdrop": vdrop, "pdrop": pdrop, "ldrop": ldrop, "langs": used}
    return pos, ev, neg, meta


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


POS_F = {"id", "type", "container", "text", "secrets", "source"}
EV_F = POS_F | {"encoding"}
NEG_F = {"id", "class", "container", "text", "source"}


def own_names(pos, ev, neg):
    n = set()
    for r in pos + ev:
        n.add(("container", r["container"]))
        for s in r["secrets"]:
            n.add(("type", s["type"]))
    for r in ev:
        n.add(("encoding", r["encoding"]))
    for r in neg:
        n.add(("class", r["class"]))
        n.add(("container", r["container"]))
    for s, _, _ in positional116.SYN:
        n.add(("syntax", s))
    for w, _ in evasions116.WORDINGS:
        n.add(("wording", w))
    for f, _ in prose116.FORMATS:
        n.add(("format", f))
    for k, _ in vendor116.STYLES:
        n.add(("style", k))
    for k in positional116.SUFFIXES:
        n.add(("suffix", k))
    return n


def check(pos, ev, neg, meta):
    errs = []
    ids = [r["id"] for r in pos + ev + neg]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in pos:
        if set(r) != POS_F or not re.fullmatch(r"p116-s-\d{4}", r["id"]):
            errs.append("fields/id " + r["id"])
    for r in ev:
        if set(r) != EV_F or not re.fullmatch(r"p116-e-\d{4}", r["id"]):
            errs.append("fields/id " + r["id"])
    for r in neg:
        if set(r) != NEG_F or not re.fullmatch(r"p116-n-\d{4}", r["id"]) or r["source"] != "negative":
            errs.append("fields/id " + r["id"])
    values, plains = [], []
    for r in pos + ev:
        if len(r["secrets"]) != 1:
            errs.append("span count " + r["id"])
        s = r["secrets"][0]
        if r["type"] != s["type"]:
            errs.append("type mismatch " + r["id"])
        if r["text"][s["start"]:s["end"]] != s["value"]:
            errs.append("offset " + r["id"])
        if s["value"] != s["value"].strip() or not s["value"]:
            errs.append("edge ws " + r["id"])
        if r["text"].count(s["value"]) != 1:
            errs.append("value count " + r["id"])
        if common116.SLOT in r["text"] or "\x00" in r["text"] or "PRIVATE KEY" in r["text"]:
            errs.append("marker " + r["id"])
        values.append((r["id"], s["value"]))
    for r in ev:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"} or s["encoding"] != r["encoding"]:
            errs.append("ev span fields " + r["id"])
        if dec116.decode(r["encoding"], s["value"]) != s["plain"]:
            errs.append("decode " + r["id"])
        if enc116.RULES[r["encoding"]] not in r["text"][:s["start"]]:
            errs.append("rule not before run " + r["id"])
        plains.append((r["id"], s["plain"]))
    allv = [v for _, v in values] + [p for _, p in plains]
    if len(set(allv)) != len(allv):
        errs.append("reused value/plain")
    texts = {r["id"]: r["text"] for r in pos + ev + neg}
    for vid, v in values:
        for tid, t in texts.items():
            if tid != vid and v in t:
                errs.append("value %s appears in %s" % (vid, tid))
    for pid, p in plains:
        for tid, t in texts.items():
            if p in t:
                errs.append("plain %s appears in %s" % (pid, tid))
    if len(set(r["text"] for r in neg)) != len(neg):
        errs.append("duplicate negative text")
    for r in pos:
        if r["source"] == "prose":
            s = r["secrets"][0]
            t = r["text"]
            if not (t[s["start"] - 1] == " " and t[s["end"]] == " "):
                errs.append("prose not space-delimited " + r["id"])
    # families disjoint
    fam = {}
    for r in pos:
        fam.setdefault(r["source"], set()).add(r["type"])
    fl = list(fam.values())
    for i in range(len(fl)):
        for j in range(i + 1, len(fl)):
            if fl[i] & fl[j]:
                errs.append("span-type families overlap")
    # deny-list
    for kind, name in own_names(pos, ev, neg):
        low = name.lower()
        parts = [low] + [p for p in low.split("__") if p]
        for p in parts:
            if p in NAMES:
                errs.append("deny-list overlap %s %s (%s)" % (kind, name, p))
    for c3, name, script in meta["langs"]:
        if not lang_allowed(c3, dict((a, b) for a, b, *_ in prose116.LANGS)[c3], name):
            errs.append("language " + c3)
    for r in pos:
        if r["source"] == "vendor" and not vendor_allowed(r["type"]):
            errs.append("vendor word " + r["type"])
    # counts
    src = {}
    for r in pos:
        src[r["source"]] = src.get(r["source"], 0) + 1
    if src.get("everyday") != 180 or src.get("prose") != 40 or len(meta["langs"]) != 40:
        errs.append("counts %r" % src)
    if len(ev) != 66 or len(set(r["encoding"] for r in ev)) != 22:
        errs.append("evasion counts")
    if len(set(r["class"] for r in neg)) != 16 or len(neg) < 180:
        errs.append("negative counts")
    # VIN / IMEI sanity in negatives
    for r in neg:
        for v in re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", r["text"]):
            if r["class"] == "vin_check_digit_numbers" and not negatives116.vin_ok(v):
                errs.append("bad vin " + r["id"])
    return errs


def mutations(pos, ev, neg, meta):
    caught = 0
    tests = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += " " + p[3]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n): n[1]["container"] = "vessel_master_data_csv"
    def m5(p, e, n): p[2]["id"] = "p115-s-0003"
    def m6(p, e, n): p[5]["text"] += " " + e[2]["secrets"][0]["plain"]
    def m7(p, e, n): n[3]["class"] = "iso6346_container_numbers"
    def m8(p, e, n): e[4]["encoding"] = e[4]["secrets"][0]["encoding"] = "base22_digit_pairs"
    def m9(p, e, n): p[7]["text"] = p[7]["text"] + "\n" + p[7]["secrets"][0]["value"]
    def m10(p, e, n): n[4]["text"] = n[5]["text"]
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        try:
            m(P, E, N)
            errs = check(P, E, N, meta)
        except Exception as x:
            errs = [repr(x)]
        if errs:
            caught += 1
        else:
            print("mutation not caught:", m.__name__)
    return caught


def main():
    a = generate()
    b = generate()
    A = [dump(x) for x in a[:3]]
    B = [dump(x) for x in b[:3]]
    if A != B:
        raise SystemExit("non-deterministic")
    pos, ev, neg, meta = a
    errs = check(pos, ev, neg, meta)
    if errs:
        print("\n".join(errs[:60]))
        raise SystemExit("%d check errors" % len(errs))
    nm = mutations(pos, ev, neg, meta)
    if nm != 10:
        raise SystemExit("mutation tests: only %d/10 caught" % nm)
    r1 = readme116.render(pos, ev, neg, meta, DENY)
    r2 = readme116.render(*generate(), DENY)
    if r1 != r2:
        raise SystemExit("README non-deterministic")
    out = HERE
    for name, data in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), A):
        open(os.path.join(out, name), "w", encoding="utf-8").write(data)
    open(os.path.join(out, "README.md"), "w", encoding="utf-8").write(r1)
    print("ok: %d positives, %d evasions, %d negatives; dropped vendors %s; dropped syntaxes %s; dropped langs %s"
          % (len(pos), len(ev), len(neg), meta["vdrop"], meta["pdrop"], meta["ldrop"]))


if __name__ == "__main__":
    main()
