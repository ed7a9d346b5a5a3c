"""Extract and freeze the deny-list from the two earlier READMEs (/tmp/brief50)."""
import json
import os
import re

SRC_DIR = "/tmp/brief50"
SRC = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names, langs, words = set(), set(), set()
    for fn in SRC:
        with open(os.path.join(SRC_DIR, fn), encoding="utf-8") as f:
            t = f.read()
        for b in re.findall(r"`([^`]+)`", t):
            b = b.strip().lower()
            names.add(b)
            for part in b.split("__"):
                if part:
                    names.add(part)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower()
            names.add(s)
        for code, name in re.findall(r"`([a-z]{2,3})` \(([A-Z][A-Za-z ]+)\)", t):
            langs.add(code + "|" + name)
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}


def freeze():
    d = extract()
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
    return d


def load():
    with open(FROZEN, encoding="utf-8") as f:
        d = json.load(f)
    if os.path.isdir(SRC_DIR):
        assert extract() == d, "frozen deny-list differs from the READMEs"
    return d


def check_names(own, d):
    """own: iterable of names. Fail on whole-name or __-part overlap, case-insensitive."""
    bad = set(d["names"])
    hits = []
    for n in own:
        for cand in [n] + n.split("__"):
            if cand and cand.lower() in bad:
                hits.append((n, cand))
    return hits


def check_language(code, name, d):
    words = set(d["words"])
    names = set(d["names"])
    codes = {x.split("|")[0] for x in d["languages"]}
    lnames = {x.split("|")[1].lower() for x in d["languages"]}
    if code in words or code in names or code in codes:
        return "code %s in READMEs" % code
    for w in re.findall(r"[A-Za-z]+", name):
        if w.lower() in words or w.lower() in lnames:
            return "name word %s in READMEs" % w
    return None
