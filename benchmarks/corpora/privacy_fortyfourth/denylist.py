"""Frozen deny-list extracted from the two earlier READMEs (p42, p43) and the overlap checks."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
SRC = "/tmp/brief44"
FILES = ["README_previous1.md", "README_previous2.md"]


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code.lower()); langs.add(name.lower())
        for w in re.findall(r"[A-Za-zÀ-ÿ0-9]+", t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for p in n.split("__"):
            if p:
                wide.add(p)
    return {"names": sorted(wide), "languages": sorted(langs), "words": sorted(words)}


def freeze():
    texts = [open(os.path.join(SRC, f), encoding="utf-8").read() for f in FILES]
    data = extract(texts)
    with open(FROZEN, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return data


def load():
    with open(FROZEN, encoding="utf-8") as fh:
        data = json.load(fh)
    if os.path.isdir(SRC) and all(os.path.exists(os.path.join(SRC, f)) for f in FILES):
        texts = [open(os.path.join(SRC, f), encoding="utf-8").read() for f in FILES]
        fresh = extract(texts)
        if fresh != data:
            raise SystemExit("brief_names.json differs from a fresh extraction of the READMEs")
    return data


def overlaps(own_names, data):
    frozen = set(data["names"])
    bad = []
    for n in own_names:
        low = n.lower()
        parts = [low] + [p for p in low.split("__") if p]
        for p in parts:
            if p in frozen:
                bad.append((n, p)); break
    return bad


def language_ok(code, english, data):
    frozen = set(data["names"]) | set(data["languages"]) | set(data["words"])
    if code.lower() in frozen:
        return False
    for w in re.findall(r"[A-Za-zÀ-ÿ]+", english):
        if w.lower() in data["words"] or w.lower() in data["languages"]:
            return False
    return True
