"""Frozen deny-list extracted from the two earlier READMEs."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief58"
FROZEN = os.path.join(HERE, "brief_names.json")
FILES = ["README_previous1.md", "README_previous2.md"]


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for m in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(m[0].lower())
            langs.add(m[1].lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    for n in list(names):
        for part in n.split("__"):
            if part:
                names.add(part.strip("_"))
    return sorted(names), sorted(langs), sorted(words)


def current():
    texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in FILES]
    n, l, w = extract(texts)
    return {"names": n, "languages": l, "words": w}


def freeze():
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump(current(), f, ensure_ascii=False, indent=0, sort_keys=True)


def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        if current() != d:
            raise SystemExit("deny-list differs from the READMEs in %s" % BRIEF)
    return d


def overlaps(own_names, d):
    bad = []
    frozen = set(d["names"])
    for n in own_names:
        parts = [n.lower()] + [p for p in n.lower().split("__") if p]
        for p in parts:
            if p in frozen:
                bad.append((n, p))
    return bad


def language_ok(code, name, d):
    if code.lower() in set(d["names"]) or code.lower() in set(d["languages"]) or code.lower() in set(d["words"]):
        return False
    if name.lower() in set(d["languages"]):
        return False
    for w in re.findall(r"[A-Za-z]+", name):
        if w.lower() in set(d["words"]):
            return False
    return True
