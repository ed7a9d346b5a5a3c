"""Deny-list extraction from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re

BRIEF_DIR = "/tmp/brief42"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def extract(texts):
    names, langs, words = set(), {}, set()
    for t in texts:
        for m in re.finditer(r"`([^`\n]+)`", t):
            names.add(m.group(1).strip().lower())
        for m in re.finditer(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.group(0).lower())
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs[m.group(1)] = m.group(2)
        for m in re.finditer(r"[A-Za-z]+", t):
            words.add(m.group(0).lower())
    widened = set(names)
    for n in names:
        for p in n.split("__"):
            if p:
                widened.add(p)
    return {"names": sorted(widened), "languages": dict(sorted(langs.items())), "words": sorted(words)}


def read_brief():
    texts = []
    for f in FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return extract(texts)


def freeze():
    data = read_brief()
    with open(FROZEN, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return data


def load():
    with open(FROZEN, encoding="utf-8") as fh:
        data = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        fresh = read_brief()
        if fresh != data:
            raise SystemExit("deny-list: /tmp/brief42 READMEs differ from frozen brief_names.json")
    return data


def overlaps(own_names, data):
    frozen = set(data["names"])
    bad = []
    for n in own_names:
        low = n.lower()
        parts = [low] + [p for p in low.split("__") if p]
        for p in parts:
            if p in frozen:
                bad.append((n, p))
    return bad


def language_ok(code, english, data):
    words = set(data["words"])
    frozen = set(data["names"])
    if code in data["languages"] or code in frozen or code in words:
        return False
    for w in re.findall(r"[A-Za-z]+", english):
        if w.lower() in words:
            return False
    return True
