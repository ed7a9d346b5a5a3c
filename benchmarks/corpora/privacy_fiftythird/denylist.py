"""Frozen deny-list extracted from the two earlier READMEs (/tmp/brief53)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
SRC = ["/tmp/brief53/README_previous1.md", "/tmp/brief53/README_previous2.md"]


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code.lower()); langs.add(name.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    widened = set(names)
    for n in names:
        for p in n.split("__"):
            p = p.strip("_")
            if p:
                widened.add(p)
    return {"names": sorted(widened), "languages": sorted(langs), "words": sorted(words)}


def freeze():
    d = extract([open(p, encoding="utf-8").read() for p in SRC])
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
    return d


def load():
    with open(FROZEN, encoding="utf-8") as f:
        d = json.load(f)
    if all(os.path.exists(p) for p in SRC):
        again = extract([open(p, encoding="utf-8").read() for p in SRC])
        assert again == d, "frozen deny-list differs from the READMEs"
    return d


def overlaps(own, frozen):
    names = set(frozen["names"])
    bad = []
    for n in own:
        for part in [n] + n.split("__"):
            if part.lower() in names:
                bad.append((n, part))
    return bad


def language_ok(code, english, frozen):
    c = code.lower()
    if c in frozen["names"] or c in frozen["languages"] or c in frozen["words"]:
        return False
    for w in re.findall(r"[A-Za-z]+", english):
        if w.lower() in frozen["words"] or w.lower() in frozen["languages"]:
            return False
    return True
