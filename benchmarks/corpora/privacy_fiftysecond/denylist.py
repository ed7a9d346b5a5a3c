"""Extract and freeze the names of the two earlier READMEs; check own names against them."""
import json, os, re

BRIEF = "/tmp/brief52"
FROZEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "brief_names.json")
FILES = ["README_previous1.md", "README_previous2.md"]


def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding="utf-8").read()
        for b in re.findall(r"`([^`\n]+)`", t):
            names.add(b.strip().lower())
        for sn in re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", t):
            names.add(sn.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code.lower()); langs.add(name.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    for n in list(names):
        for p in n.split("__"):
            if p:
                names.add(p)
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}


def freeze():
    d = extract()
    with open(FROZEN, "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return d


def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        if extract() != d:
            raise SystemExit("deny-list: re-extracted names differ from brief_names.json")
    return d


def overlaps(own_names, d):
    deny = set(d["names"]) | set(d["languages"])
    bad = []
    for n in own_names:
        parts = [n.lower()] + [p for p in n.lower().split("__") if p]
        for p in parts:
            if p in deny:
                bad.append((n, p))
    return bad


def language_ok(code, english, d):
    if code.lower() in set(d["names"]) | set(d["languages"]) | set(d["words"]):
        return False
    for w in re.findall(r"[A-Za-z]+", english):
        if w.lower() in set(d["words"]) or w.lower() in set(d["languages"]):
            return False
    return True
