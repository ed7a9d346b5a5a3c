"""Extract and freeze the deny-list from the two earlier READMEs."""
import json, os, re
SRC = "/tmp/brief49"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")

def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(SRC, f), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code + "|" + name.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for p in n.split("__"):
            if p:
                wide.add(p)
    return {"names": sorted(wide), "languages": sorted(langs), "words": sorted(words)}

def freeze():
    d = extract()
    with open(FROZEN, "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return d

def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(SRC):
        if extract() != d:
            raise SystemExit("deny-list drift: READMEs differ from frozen brief_names.json")
    return d

def overlaps(own_names, d):
    bad = []
    names = set(d["names"])
    for n in own_names:
        for p in [n.lower()] + [x for x in n.lower().split("__") if x]:
            if p in names:
                bad.append((n, p))
    return bad

def language_ok(code, english, d):
    names, words = set(d["names"]), set(d["words"])
    codes = {x.split("|")[0] for x in d["languages"]}
    if code in names or code in codes or code in words:
        return False
    for w in re.findall(r"[A-Za-z]+", english.lower()):
        if w in words:
            return False
    return True
