"""Extract names from the two earlier READMEs and freeze them; check own names against them."""
import json, os, re

BRIEF = "/tmp/brief54"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names, langs, words = set(), set(), set()
    for fn in FILES:
        t = open(os.path.join(BRIEF, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code.lower()); langs.add(name.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    parts = set()
    for n in names:
        for p in n.split("__"):
            if p:
                parts.add(p)
    names |= parts
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}


def freeze():
    d = extract()
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
    return d


def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        assert extract() == d, "brief READMEs changed since the deny-list was frozen"
    return d


def overlaps(own, frozen):
    bad = set(frozen["names"])
    hits = []
    for n in own:
        for piece in [n] + n.split("__"):
            if piece.lower() in bad:
                hits.append((n, piece))
    return hits


def language_ok(code, name, frozen):
    if code.lower() in frozen["names"] or code.lower() in frozen["languages"] or code.lower() in frozen["words"]:
        return False
    if name.lower() in frozen["languages"]:
        return False
    for w in re.findall(r"[A-Za-z]+", name):
        if w.lower() in frozen["words"]:
            return False
    return True
