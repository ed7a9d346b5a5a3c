#!/usr/bin/env python3
"""Build corpus p123 (public transit, rail and ticketing). Stdlib only, fixed seeds, no clock/network."""
import base64, copy, json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common123, everyday123, vendor123, positional123, prose123, enc123, dec123, negatives123, readme123

OUT = os.path.dirname(os.path.abspath(__file__))
EV_TYPES = [("transit_evasion_feed_api_key", lambda g: g.hex(32)),
            ("transit_evasion_depot_password", lambda g: g.pw()),
            ("transit_evasion_fare_hmac_secret", lambda g: g.an(24))]
WORDINGS = [("dispatcher_chat_puzzle_aside", "[06:40] night-dispatcher: the {what} is written {rule}", "so nobody shoulder-surfing the wall screen reads it."),
            ("feed_readme_decode_hint", "Feed README, section 'local testing': the {what} below is written {rule}", "Decode it before running make test."),
            ("rail_forum_cipher_post", "Posted in the depot IT forum: here is the {what}, written {rule}", "Reply if it does not work.")]
WHAT = {"transit_evasion_feed_api_key": "GTFS-RT feed API key", "transit_evasion_depot_password": "depot CMMS password",
        "transit_evasion_fare_hmac_secret": "fare backend HMAC secret"}

def gen_evasions(g):
    recs = []
    for ei, enc in enumerate(sorted(enc123.RULES)):
        for j in range(3):
            typ, pg = EV_TYPES[(ei + j) % 3]
            wname, intro, remark = WORDINGS[j]
            while True:
                plain = pg(g); run = enc123.e(enc, plain)
                if run == run.strip() and plain not in run: break
            pre = intro.replace("{what}", WHAT[typ]).replace("{rule}", enc123.RULES[enc]) + ":\n"
            text = pre + run + "\n" + remark
            recs.append({"type": typ, "container": enc + "__" + wname, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": len(pre), "end": len(pre) + len(run), "type": typ, "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs

def generate(deny):
    words = set(deny["words"]); norm = re.sub(r"[^a-z0-9]", "", " ".join(deny["words"]))
    norm_text = deny.get("_norm", norm)
    ev = everyday123.generate(common123.G(random.Random(12301)))
    vd, vdrop, vwritten = vendor123.generate(common123.G(random.Random(12302)), words)
    pw, pdrop, pwritten = positional123.generate(common123.G(random.Random(12303)), norm_text)
    pr, ldrop = prose123.generate(common123.G(random.Random(12304)), set(deny["langs"]), set(deny["names"]))
    es = gen_evasions(common123.G(random.Random(12305)))
    ng = negatives123.generate(common123.G(random.Random(12306)))
    langs = [r.pop("_lang") for r in pr]
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos): r["id"] = "p123-s-%04d" % (i + 1)
    for i, r in enumerate(es): r["id"] = "p123-e-%04d" % (i + 1)
    for i, r in enumerate(ng): r["id"] = "p123-n-%04d" % (i + 1)
    order = ["id", "type", "container", "text", "secrets", "source"]
    pos = [{k: r[k] for k in order} for r in pos]
    es = [{k: r[k] for k in ["id", "type", "container", "encoding", "text", "secrets", "source"]} for r in es]
    ng = [{k: r[k] for k in ["id", "class", "container", "text", "source"]} for r in ng]
    meta = {"vdrop": vdrop, "vwritten": vwritten, "pdrop": pdrop, "pwritten": pwritten, "ldrop": ldrop, "langs": langs}
    return pos, es, ng, meta

def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")

def own_names():
    n = {}
    n["everyday kind"] = [k for k, _ in everyday123.KINDS]
    n["everyday type"] = [t for t, _, _ in everyday123.TYPES]
    n["vendor type"] = [t for t, _, _, _ in vendor123.V]
    n["vendor style"] = [s for s, _ in vendor123.STYLES]
    n["password syntax"] = [s for s, _, _ in positional123.P] + ["trpw_" + s for s, _, _ in positional123.P]
    n["password suffix"] = positional123.SUFFIXES
    n["prose format"] = prose123.FORMATS + [prose123.SPAN]
    n["encoding"] = list(enc123.RULES)
    n["evasion type/wording"] = [t for t, _ in EV_TYPES] + [w for w, _, _ in WORDINGS]
    n["negative class"] = [c for c, _ in negatives123.CLASSES]
    n["negative base kind"] = [k for _, ks in negatives123.CLASSES for k, _ in ks]
    n["negative wrapper"] = [w.strip("_") for w, _ in negatives123.WRAPS if w]
    return n

def deny_hits(name, dnames):
    parts = [name.lower()] + [p for p in name.lower().split("__") if p]
    return [p for p in parts if p in dnames]

def check(pos, es, ng, meta, deny):
    errs = []; E = errs.append
    dnames = set(deny["names"]); dlangs = set(deny["langs"])
    ids = [r["id"] for r in pos + es + ng]
    if len(ids) != len(set(ids)): E("duplicate ids")
    for r in pos:
        if set(r) != {"id", "type", "container", "text", "secrets", "source"}: E("fields " + r["id"])
        if not re.fullmatch(r"p123-s-\d{4}", r["id"]): E("id " + r["id"])
    for r in es:
        if not re.fullmatch(r"p123-e-\d{4}", r["id"]): E("id " + r["id"])
    for r in ng:
        if set(r) != {"id", "class", "container", "text", "source"}: E("fields " + r["id"])
        if not re.fullmatch(r"p123-n-\d{4}", r["id"]): E("id " + r["id"])
    allvals = []
    for r in pos + es:
        if len(r["secrets"]) != 1: E("spans " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: E("slice " + r["id"])
            if v != v.strip() or not v: E("edge ws " + r["id"])
            if s["type"] != r["type"]: E("type " + r["id"])
            cnt = sum(1 for i in range(len(r["text"])) if r["text"].startswith(v, i))
            if cnt != 1: E("occurrences %d %s" % (cnt, r["id"]))
            allvals.append((r["id"], v))
            if r["source"] == "evasion":
                if s.get("encoding") != r["encoding"]: E("enc field " + r["id"])
                if dec123.decode(r["encoding"], v) != s["plain"]: E("decode " + r["id"])
                if enc123.RULES[r["encoding"]] not in r["text"][:s["start"]]: E("rule before run " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.\-]+", s["plain"]): E("plain alphabet " + r["id"])
                allvals.append((r["id"], s["plain"]))
            if v.count(".") == 2 and v.startswith("eyJ"):
                h, p, _ = v.split(".")
                try:
                    json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4))); json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
                except Exception: E("jwt " + r["id"])
            if r["source"] == "prose":
                t = r["text"]
                if not (t[s["start"] - 1] == " " and t[s["end"]] == " "): E("prose spacing " + r["id"])
        for bad in ("\ue000", "\x00", "PRIVATE KEY"):
            if bad in r["text"]: E("bad marker " + r["id"])
    vs = [v for _, v in allvals]
    if len(vs) != len(set(vs)): E("value reused")
    texts = {r["id"]: r["text"] for r in pos + es}
    negtext = "\n\x01".join(r["text"] for r in ng)
    for rid, v in allvals:
        if v in negtext: E("value in negative " + rid)
        for oid, t in texts.items():
            if oid != rid and v in t: E("value %s in other record %s" % (rid, oid)); break
    for r in es:
        p = r["secrets"][0]["plain"]
        if p in r["text"]: E("plain in own text " + r["id"])
    if len({r["text"] for r in ng}) != len(ng): E("duplicate negative text")
    if len({r["class"] for r in ng}) != 16 or len(ng) < 180: E("negative classes/count")
    # deny-list
    for cat, names in own_names().items():
        if len(names) != len(set(names)): E("own names not unique: " + cat)
        for nm in names:
            h = deny_hits(nm, dnames)
            if h: E("deny-list %s: %s (%s)" % (cat, nm, h))
    for r in pos + es + ng:
        for f in ("container", "type", "class", "encoding"):
            if f in r and deny_hits(r[f], dnames): E("deny-list record %s %s" % (r["id"], f))
    for code, name in meta["langs"]:
        if code in dlangs or code in dnames or name.lower() in dlangs or any(w.lower() in dlangs for w in name.split()):
            E("language deny " + code)
    fam = [set(r["type"] for r in pos if r["source"] == s) for s in ("everyday", "vendor", "password", "prose")] + [set(r["type"] for r in es)]
    for i in range(len(fam)):
        for j in range(i + 1, len(fam)):
            if fam[i] & fam[j]: E("span type families overlap")
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)): E("non-everyday containers not unique")
    cnt = {s: sum(1 for r in pos if r["source"] == s) for s in ("everyday", "vendor", "password", "prose")}
    if cnt["everyday"] != 180 or not 100 <= cnt["vendor"] <= 140 or not 90 <= cnt["password"] <= 125 or cnt["prose"] != 40: E("counts %s" % cnt)
    if len({c for c, _ in meta["langs"]}) != 40: E("40 languages")
    if len(es) != 66: E("evasion count")
    return errs

def mutations(pos, es, ng, meta, deny):
    tests = []
    def m(name, f):
        p, e, n, mt = copy.deepcopy((pos, es, ng, meta)); f(p, e, n, mt)
        tests.append((name, bool(check(p, e, n, mt, deny))))
    m("shifted start", lambda p, e, n, mt: p[3]["secrets"][0].__setitem__("start", p[3]["secrets"][0]["start"] + 1))
    m("positive value in negative", lambda p, e, n, mt: n[5].__setitem__("text", n[5]["text"] + " " + p[200]["secrets"][0]["value"]))
    m("wrong plain", lambda p, e, n, mt: e[4]["secrets"][0].__setitem__("plain", "Depot-xyz12"))
    m("duplicate negative", lambda p, e, n, mt: n.__setitem__(7, dict(n[7], text=n[8]["text"])))
    m("private-key armour", lambda p, e, n, mt: p[10].__setitem__("text", p[10]["text"] + "\n-----BEGIN PRIVATE KEY-----"))
    m("p117 everyday container", lambda p, e, n, mt: p[0].__setitem__("container", "houdini_env_file_assignment"))
    m("p120 encoding name", lambda p, e, n, mt: e[0].__setitem__("container", "xor_0x2a_hex_bytes__feed_readme_decode_hint"))
    m("wrong id prefix", lambda p, e, n, mt: p[1].__setitem__("id", "p120-s-0002"))
    m("plain leaked", lambda p, e, n, mt: p[12].__setitem__("text", p[12]["text"] + " " + e[2]["secrets"][0]["plain"]))
    m("extra occurrence", lambda p, e, n, mt: p[20].__setitem__("text", p[20]["text"] + p[20]["secrets"][0]["value"]))
    m("rule removed", lambda p, e, n, mt: e[9].__setitem__("text", e[9]["text"].replace(enc123.RULES[e[9]["encoding"]], "somehow")))
    m("p120 negative class", lambda p, e, n, mt: n[0].__setitem__("class", "ad_click_identifiers"))
    m("deny-listed language", lambda p, e, n, mt: mt["langs"].__setitem__(0, ("deu", "German")))
    return tests

def main():
    deny = common123.load_denylist()
    if os.path.isdir(common123.BRIEF):
        raw = " ".join(open(os.path.join(common123.BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(common123.BRIEF)) if f.endswith(".md"))
        norm = re.sub(r"[^a-z0-9]", "", raw.lower())
        path = os.path.join(OUT, "brief_norm.txt")
        if os.path.exists(path) and open(path, encoding="utf-8").read() != norm: raise SystemExit("brief_norm drift")
        if not os.path.exists(path): open(path, "w", encoding="utf-8").write(norm)
    deny["_norm"] = open(os.path.join(OUT, "brief_norm.txt"), encoding="utf-8").read()
    a = generate(deny); b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dump(x) != dump(y): raise SystemExit("non-deterministic output")
    pos, es, ng, meta = a
    errs = check(pos, es, ng, meta, deny)
    if errs:
        print("\n".join(errs[:60])); raise SystemExit("%d check failures" % len(errs))
    tests = mutations(pos, es, ng, meta, deny)
    missed = [n for n, caught in tests if not caught]
    if missed: raise SystemExit("mutation tests not caught: %s" % missed)
    r1 = readme123.render(pos, es, ng, meta, tests, deny); r2 = readme123.render(*generate(deny), tests, deny)
    if r1 != r2: raise SystemExit("README not deterministic")
    for fn, recs in (("secrets.jsonl", pos), ("evasions.jsonl", es), ("negatives.jsonl", ng)):
        open(os.path.join(OUT, fn), "wb").write(dump(recs))
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(r1)
    print("ok: %d positives, %d evasions, %d negatives; %d mutation tests caught" % (len(pos), len(es), len(ng), len(tests)))
    print("dropped vendors:", meta["vdrop"]); print("dropped syntaxes:", meta["pdrop"]); print("dropped languages:", meta["ldrop"])

if __name__ == "__main__":
    main()
