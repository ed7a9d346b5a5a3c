"""Deny-list extraction from the two brief READMEs (frozen in brief_names.json)."""
import json, os, re
BRIEF = "/tmp/brief38"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")

def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code.lower()); langs.add(name.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    wide = set(names)
    for n in list(names):
        for p in n.split("__"):
            wide.add(p)
    return {"names": sorted(wide), "languages": sorted(langs), "words": sorted(words)}

def freeze():
    json.dump(extract(), open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)

def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        assert extract() == d, "brief READMEs changed since freeze"
    return d

def check_names(own, d):
    bad = []
    frozen = set(d["names"])
    for n in own:
        parts = [n.lower()] + n.lower().split("__")
        for p in parts:
            if p in frozen:
                bad.append((n, p))
    return bad

def check_language(code, name, d):
    w = set(d["words"]); lg = set(d["languages"])
    if code.lower() in lg or code.lower() in w or code.lower() in set(d["names"]):
        return False
    for x in re.findall(r"[A-Za-z]+", name):
        if x.lower() in w or x.lower() in lg:
            return False
    return True
