"""Deny-list: names extracted from the two earlier READMEs, frozen in brief_names.json."""
import json, os, re

BRIEF_DIR = "/tmp/brief43"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names, langs, words = set(), set(), set()
    for fn in FILES:
        t = open(os.path.join(BRIEF_DIR, fn), encoding="utf-8").read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            names.add(m.group(1).strip().lower())
        for m in re.finditer(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.group(0).lower())
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(m.group(1).lower()); langs.add(m.group(2).lower())
        for m in re.finditer(r"[^\W\d_]+", t):
            words.add(m.group(0).lower())
    widened = set(names)
    for n in names:
        for p in n.split("__"):
            if p:
                widened.add(p)
    return {"names": sorted(widened), "languages": sorted(langs), "words": sorted(words)}


def freeze():
    d = extract()
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
    return d


def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF_DIR):
        if extract() != d:
            raise SystemExit("deny-list: re-extracted names differ from brief_names.json")
    return d


def overlaps(own_names, frozen):
    fz = set(frozen["names"])
    bad = []
    for n in own_names:
        parts = [n.lower()] + [p.lower() for p in n.split("__") if p]
        for p in parts:
            if p in fz:
                bad.append((n, p))
    return bad


def language_ok(code, name, frozen):
    fz = set(frozen["names"]); langs = set(frozen["languages"]); words = set(frozen["words"])
    c = code.lower()
    if c in fz or c in langs or c in words:
        return False
    for w in re.findall(r"[^\W\d_]+", name.lower()):
        if w in words or w in langs:
            return False
    return True
