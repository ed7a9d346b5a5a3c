"""Build privacy_thirtythird (p33). python3 build.py [--freeze]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import denylist, checks, readme
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, gen_encodings
from common import dumps

OUT = os.path.dirname(os.path.abspath(__file__))


def languages():
    frozen = {n.lower() for n in denylist.widened(denylist.load())}
    ok = [l for l in gen_prose.L if l[0].lower() not in frozen and l[1].lower() not in frozen]
    return ok[:40], [l for l in gen_prose.L if l not in ok[:40]]


def generate():
    ev = gen_everyday.build()
    ve = gen_vendor.build()
    pw = gen_passwords.build()
    langs, dropped = languages()
    pr = gen_prose.build(langs)
    pos = ev + ve + pw + pr
    for i, x in enumerate(pos):
        x.pop("_lang", None)
        pos[i] = {"id": "p33-s-%04d" % (i + 1), **x}
    eva = gen_evasions.build({s["value"] for x in pos for s in x["secrets"]})
    layouts = {}
    for i, x in enumerate(eva):
        layouts[x["id"] if "id" in x else i] = x.pop("_layout")
        eva[i] = {"id": "p33-e-%04d" % (i + 1), **x}
    neg = gen_negatives.build()
    for i, x in enumerate(neg):
        neg[i] = {"id": "p33-n-%04d" % (i + 1), **x}
    names = used_names(pos, eva, neg, langs)
    frozen = {n.lower() for n in denylist.widened(denylist.load())}
    denied = {l[0] for l in dropped if l[0].lower() in frozen or l[1].lower() in frozen}
    ctx = {"langs": langs, "dropped": dropped, "layouts": layouts, "denied": denied}
    return pos, eva, neg, names, ctx


def used_names(pos, eva, neg, langs):
    n = []
    n += gen_everyday.KINDS
    n += gen_vendor.STYLES + [x["type"] for x in pos if x["source"] in ("vendor", "password")]
    n += [x["container"] for x in pos if x["source"] != "everyday"]
    n += ["shell_session", "config_excerpt"]
    n += gen_prose.FORMATS + [c for c, *_ in langs] + [l[1] for l in langs]
    n += list(gen_encodings.ENC) + list(gen_evasions.WORDINGS) + gen_evasions.LAYOUTS + [x["container"] for x in eva]
    n += [x["container"] for x in neg] + list(gen_negatives.WRAP)
    return n


def render(pos, eva, neg):
    return ["\n".join(dumps(x) for x in part) + "\n" for part in (pos, eva, neg)]


def main():
    if "--freeze" in sys.argv:
        denylist.freeze(); print("frozen"); return
    a = generate(); b = generate()
    ra, rb = render(*a[:3]), render(*b[:3])
    if ra != rb:
        raise SystemExit("non-deterministic output")
    try:
        stats = checks.run(*a[:4])
    except checks.Fail as e:
        raise SystemExit("CHECK FAILED: %s" % e)
    md = readme.make(*a, stats)
    if md != readme.make(*b, stats):
        raise SystemExit("non-deterministic README")
    for fn, data in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), ra):
        open(os.path.join(OUT, fn), "w", encoding="utf-8").write(data)
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(md)
    print("ok", len(a[0]), len(a[1]), len(a[2]), stats)


if __name__ == "__main__":
    main()
