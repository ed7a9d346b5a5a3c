"""Build the p28 corpus: generate twice, compare, check, then write."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import denylist, checks, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings

def generate():
    ed, edm = gen_everyday.generate()
    vd, vdm = gen_vendor.generate()
    pw, pwm = gen_passwords.generate()
    pr, prm = gen_prose.generate()
    ev, evm = gen_evasions.generate()
    ng, ngm = gen_negatives.generate()
    pos = ed + vd + pw + pr
    for i, r in enumerate(pos, 1): r["id"] = "p28-s-%04d" % i
    for i, r in enumerate(ev, 1): r["id"] = "p28-e-%04d" % i
    for i, r in enumerate(ng, 1): r["id"] = "p28-n-%04d" % i
    meta = {"everyday": edm, "vendor": vdm, "passwords": pwm, "prose": prm, "evasions": evm, "negatives": ngm}
    return (ed, vd, pw, pr, ev, ng), meta

def order_pos(r):
    return {k: r[k] for k in ("id", "type", "container", "text", "secrets", "source")}

def order_ev(r):
    out = {k: r[k] for k in ("id", "type", "container", "text", "secrets", "encoding", "source")}
    return out

def serialise(parts):
    ed, vd, pw, pr, ev, ng = parts
    pos = [order_pos(r) for r in ed + vd + pw + pr]
    evs = [order_ev(r) for r in ev]
    f = lambda recs: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return {"secrets.jsonl": f(pos), "evasions.jsonl": f(evs), "negatives.jsonl": f(ng)}

def names_to_check(parts, meta):
    ed, vd, pw, pr, ev, ng = parts
    names = set()
    names |= {r["container"] for r in ed}
    names |= {r["container"] for r in pw} | {r["type"] for r in pw}
    names |= {r["container"] for r in vd} | {r["type"] for r in vd}
    names |= set(meta["vendor"]["env_styles"]) | set(meta["vendor"]["header_styles"])
    names |= {r["container"] for r in pr} | set(meta["prose"]["formats"])
    for code, name in meta["prose"]["langs"]:
        names |= {code, name, name.split(" (")[0]}
    names |= set(gen_encodings.ENC) | set(meta["evasions"]["wordings"]) | {r["container"] for r in ev}
    names |= {r["container"] for r in ng} | set(meta["negatives"]["wrappers"])
    return sorted(names)

def run_checks(parts, meta, frozen):
    ed, vd, pw, pr, ev, ng = parts
    pos = ed + vd + pw + pr
    res = {}
    res["ids"] = checks.check_ids(pos, ev, ng)
    res["spans"] = checks.check_spans(pos + ev)
    res["unique_values"] = checks.check_unique_values(pos, ev)
    keyed = {n for n, (f, p, k) in gen_encodings.ENC.items() if k}
    res["self_tests"] = checks.check_evasions(ev, set(gen_encodings.ENC), keyed)
    res["structured"] = checks.check_structured(pos, ev)
    res["negatives"] = checks.check_negatives(ng, pos, ev, meta["negatives"]["docvals"])
    res["denylist"] = checks.check_denylist(names_to_check(parts, meta), frozen)
    res["counts"] = checks.check_counts((ed, vd, pw, pr, ev, ng, meta))
    return res

def main():
    bn = os.path.join(HERE, "brief_names.json")
    if "--freeze" in sys.argv:
        json.dump(denylist.extract(denylist.read_brief()), open(bn, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
        print("frozen"); return
    frozen = json.load(open(bn, encoding="utf-8"))
    if os.path.isdir(denylist.BRIEF_DIR):
        if denylist.extract(denylist.read_brief()) != frozen:
            raise SystemExit("brief_names.json differs from a fresh extraction")
    parts1, meta = generate()
    parts2, _ = generate()
    out1, out2 = serialise(parts1), serialise(parts2)
    if out1 != out2:
        raise SystemExit("non-deterministic output")
    res = run_checks(parts1, meta, frozen)
    import readme
    text = readme.render(parts1, meta, res, frozen)
    if text != readme.render(parts2, meta, res, frozen):
        raise SystemExit("non-deterministic README")
    outdir = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else HERE
    for fn, data in out1.items():
        with open(os.path.join(outdir, fn), "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    print("ok", {k: (v if not isinstance(v, dict) else v) for k, v in res.items()})

if __name__ == "__main__":
    main()
