"""Deny-list: names, language entries and words extracted from the two earlier READMEs, frozen in brief_names.json."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
BRIEF = "/tmp/brief47"
FILES = ["README_previous1.md", "README_previous2.md"]


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+", t):
            names.add(m.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.add(name.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for p in n.split("__"):
            if p:
                wide.add(p.strip("_"))
    wide.discard("")
    return {"names": sorted(wide), "languages": sorted(langs), "words": sorted(words)}


def current():
    texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in FILES]
    return extract(texts)


def freeze():
    d = current()
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
    return d


def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        assert current() == d, "brief READMEs changed since freeze"
    return d


def overlaps(own_names, d):
    names = set(d["names"])
    bad = []
    for n in own_names:
        parts = [n.lower()] + [p.lower() for p in n.split("__")]
        for p in parts:
            if p in names:
                bad.append((n, p))
    return bad


def lang_ok(code, english, d):
    if code in d["names"] or code in d["languages"] or code in d["words"]:
        return False
    for w in re.findall(r"[A-Za-z]+", english):
        if w.lower() in d["words"]:
            return False
    if english.lower() in d["languages"]:
        return False
    return True
