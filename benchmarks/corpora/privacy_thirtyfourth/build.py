"""Build privacy_thirtyfourth: generate twice, check, compare, write."""
import json, os, re, sys, collections
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
import gen_encodings, gen_decoders, readme
from common import b62_crc

HERE = os.path.dirname(os.path.abspath(__file__))


def generate():
    pos = gen_everyday.generate() + gen_vendor.generate() + gen_passwords.generate() + gen_prose.generate()
    ev = gen_evasions.generate(); neg = gen_negatives.generate()
    out = []
    for i, r in enumerate(pos, 1): out.append(dict(id=f"p34-s-{i:04d}", **r))
    pos = out; out = []
    for i, r in enumerate(ev, 1):
        r = dict(r); r.pop("layout"); out.append(dict(id=f"p34-e-{i:04d}", **r))
    ev = out
    neg = [dict(id=f"p34-n-{i:04d}", **r) for i, r in enumerate(neg, 1)]
    return pos, ev, neg


def dump(recs): return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def own_names():
    n = set(gen_everyday.KINDS) | set(gen_vendor.CONFIG_STYLES) | set(gen_vendor.HEADER_STYLES)
    n |= {t for t, *_ in gen_vendor.V} | {t for t, *_ in gen_passwords.P} | {"terminal_capture", "config_fragment"}
    n |= set(gen_prose.FORMATS) | set(gen_encodings.ENC) | set(gen_evasions.WORDINGS) | set(gen_evasions.LAYOUTS)
    for cls, kinds in gen_negatives.K.items(): n |= set(kinds)
    n |= {w.strip("_") for w in gen_negatives.WRAP if w} | set(gen_negatives.DOC_VALUES)
    return n


def check(pos, ev, neg):
    errs = []
    ids = [r["id"] for r in pos + ev + neg]
    if len(ids) != len(set(ids)): errs.append("duplicate ids")
    for r, pre in [(r, "p34-s-") for r in pos] + [(r, "p34-e-") for r in ev] + [(r, "p34-n-") for r in neg]:
        if not re.fullmatch(re.escape(pre) + r"\d{4}", r["id"]): errs.append("id form " + r["id"])
    for r in pos + ev + neg:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("roundtrip " + r["id"])
        if re.search(r"\{[A-Z]\}|\{P\}|\{V\}|\x00", r["text"]): errs.append("marker " + r["id"])
    seen = {}
    for r in pos + ev:
        t = r["text"]; last = -1
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if t[s["start"]:s["end"]] != v: errs.append("slice " + r["id"])
            if s["start"] < last: errs.append("order " + r["id"])
            last = s["end"]
            if v != v.strip(): errs.append("edge ws " + r["id"])
            if seen.setdefault(v, r["id"]) != r["id"]: errs.append("reused " + r["id"])
        for v, c in collections.Counter(s["value"] for s in r["secrets"]).items():
            if t.count(v) != c: errs.append(f"count {r['id']}")
        for s in r["secrets"]:
            if s["type"] in ("github_classic_pat", "npm_access_token") or s.get("plain", "")[:4] in ("ghp_", "npm_"):
                tok = s.get("plain", s["value"])
                if b62_crc(tok[4:34]) != tok[34:]: errs.append("crc " + r["id"])
    for k, i, o in gen_decoders.SELFTEST:
        if gen_decoders.DEC[k](i) != o: errs.append("selftest " + k)
    if set(gen_decoders.DEC) != set(gen_encodings.ENC): errs.append("enc/dec sets")
    posvals = {s["value"] for r in pos for s in r["secrets"]}
    plains = set()
    for r in ev:
        s = r["secrets"][0]
        if len(r["secrets"]) != 1 or s["encoding"] != r["encoding"]: errs.append("ev shape " + r["id"])
        if gen_decoders.DEC[s["encoding"]](s["value"]) != s["plain"]: errs.append("decode " + r["id"])
        if s["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if s["plain"] in posvals or s["plain"] in plains: errs.append("plain reuse " + r["id"])
        plains.add(s["plain"])
        if r["text"].find(gen_encodings.PHRASE[s["encoding"]]) < 0 or r["text"].find(gen_encodings.PHRASE[s["encoding"]]) > s["start"]:
            errs.append("phrase " + r["id"])
    texts = [r["text"] for r in neg]
    if len(texts) != len(set(texts)): errs.append("dup negative")
    bad = {v for v in posvals | plains | {r["secrets"][0]["value"] for r in ev} if len(v) >= 6}
    for r in neg:
        if any(v in r["text"] for v in bad): errs.append("leak " + r["id"])
        if "PRIVATE KEY" in r["text"]: errs.append("private key " + r["id"])
        for m in re.finditer(r"\b(ghp_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})", r["text"]):
            if b62_crc(m.group(2)) == m.group(3): errs.append("crc-valid in negative")
    for v in gen_negatives.DOC_VALUES.values():
        if not any(v in r["text"] for r in neg): errs.append("doc missing " + v)
        if len(v) >= 6 and any(v in r["text"] for r in pos + ev): errs.append("doc in positive " + v)
    over = denylist.check(sorted(own_names()), [(c, n) for c, n, *_ in gen_prose.L])
    if over: errs.append(f"deny-list overlap: {over}")
    src = collections.Counter(r["source"] for r in pos)
    kinds = collections.Counter(r["container"] for r in pos if r["source"] == "everyday")
    if src["everyday"] != 180 or len(kinds) != 45 or set(kinds.values()) != {4}: errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 160: errs.append("vendor count")
    if not 90 <= src["password"] <= 120: errs.append("password count")
    if src["prose"] != 40 or len({r["container"].split("__")[1] for r in pos if r["source"] == "prose"}) != 40: errs.append("prose")
    if len(ev) != 66 or set(collections.Counter(r["encoding"] for r in ev).values()) != {3}: errs.append("evasions")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: errs.append("negatives")
    if len({t for t, *_ in gen_vendor.V}) != len(gen_vendor.V): errs.append("vendor dup type")
    if len({t for t, *_ in gen_passwords.P}) != len(gen_passwords.P): errs.append("password dup type")
    return errs


def main():
    if "--freeze" in sys.argv:
        print(denylist.freeze(), "names frozen"); return
    a = generate(); b = generate()
    if [dump(x) for x in a] != [dump(x) for x in b]: raise SystemExit("non-deterministic")
    errs = check(*a)
    if errs:
        print("\n".join(errs[:50])); raise SystemExit(f"{len(errs)} check failures")
    md = readme.render(*a, own=len(own_names()))
    if md != readme.render(*b, own=len(own_names())): raise SystemExit("README non-deterministic")
    for name, recs in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), a):
        open(os.path.join(HERE, name), "w", encoding="utf-8").write(dump(recs))
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(md)
    print("ok", [len(x) for x in a])


if __name__ == "__main__":
    main()
