#!/usr/bin/env python3
"""Build privacy_nineteenth (p19): secrets.jsonl, evasions.jsonl, negatives.jsonl, README.md.
Python 3 standard library only; fixed seeds; no clock, environment or network. Every check runs before anything
is written; if one fails nothing is written."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import deny_list
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, checks, readme

BRIEF_DIR = "/tmp/brief19"
BRIEFS = ["privacy_seventeenth_README.md", "privacy_eighteenth_README.md"]
SNAPSHOT = os.path.join(HERE, "brief_names.json")


def load_deny():
    snap = json.load(open(SNAPSHOT, encoding="utf-8")) if os.path.exists(SNAPSHOT) else None
    paths = [os.path.join(BRIEF_DIR, b) for b in BRIEFS]
    if all(os.path.exists(p) for p in paths):
        names, langs = deny_list(paths)
        cur = {"names": sorted(names), "langs": sorted(langs)}
        if snap is not None and snap != cur:
            raise checks.CheckError("brief_names.json differs from the READMEs in %s" % BRIEF_DIR)
        return set(cur["names"]), set(cur["langs"]), cur
    if snap is None:
        raise checks.CheckError("no READMEs in %s and no brief_names.json snapshot" % BRIEF_DIR)
    return set(snap["names"]), set(snap["langs"]), snap


def number(recs, prefix):
    out = []
    for i, r in enumerate(recs, 1):
        d = {"id": "%s%04d" % (prefix, i)}
        out.append((d, r))
    return out


def main():
    deny_names, deny_langs, snap = load_deny()
    every = gen_everyday.build()
    vend, structured = gen_vendor.build()
    pw = gen_passwords.build()
    prose = gen_prose.build()
    # extra structured checks on everyday tokens
    for r in every:
        for s in r["secrets"]:
            if s["value"].startswith(("ghp_", "npm_")):
                structured.append(("github_crc32_base62", s["value"]))
    pos = []
    for i, r in enumerate(every + vend + pw + prose, 1):
        pos.append({"id": "p19-s-%04d" % i, "type": r["secrets"][0]["type"], "container": r["container"],
                    "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    posvals = set(s["value"] for r in pos for s in r["secrets"])
    eva = []
    for i, r in enumerate(gen_evasions.build(posvals), 1):
        eva.append({"id": "p19-e-%04d" % i, "type": r["secrets"][0]["type"], "container": r["container"], "encoding": r["encoding"],
                    "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    for r in eva:
        if r["secrets"][0]["plain"].startswith("ghp_"):
            structured.append(("github_crc32_base62", r["secrets"][0]["plain"]))
    neg = []
    for i, r in enumerate(gen_negatives.build(), 1):
        neg.append({"id": "p19-n-%04d" % i, "class": r["cls"], "container": r["container"], "text": r["text"], "source": r["source"]})
    parts = {"everyday": len(every), "vendor": len(vend), "passwords": len(pw), "prose": len(prose)}
    styles = sorted(set(r["_style"] for r in vend if "_style" in r))
    ov = [s for s in styles if s in deny_names]
    if ov:
        raise checks.CheckError("vendor style overlap %r" % ov)
    for r in vend:
        r.pop("_style", None)
    report = checks.run(pos, eva, neg, structured, deny_names, deny_langs, parts, gen_negatives.DOC_VALUES)
    report["styles"] = styles
    text_readme = readme.render(pos, eva, neg, parts, report)
    # all checks passed: write
    def dump(name, recs):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("secrets.jsonl", pos); dump("evasions.jsonl", eva); dump("negatives.jsonl", neg)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text_readme)
    with open(SNAPSHOT, "w", encoding="utf-8", newline="\n") as f:
        json.dump(snap, f, ensure_ascii=False, indent=0, sort_keys=True); f.write("\n")
    print("ok: %d positives, %d evasions, %d negatives" % (len(pos), len(eva), len(neg)))


if __name__ == "__main__":
    try:
        main()
    except checks.CheckError as e:
        print("CHECK FAILED, nothing written:", e, file=sys.stderr)
        sys.exit(1)
