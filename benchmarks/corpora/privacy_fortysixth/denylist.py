"""Frozen deny-list extracted from the two earlier READMEs."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
BRIEF = "/tmp/brief46"
FILES = ["README_previous1.md", "README_previous2.md"]


def extract(texts):
    t = "\n".join(texts)
    names = set()
    for b in re.findall(r"`([^`\n]+)`", t):
        names.add(b.strip().lower())
    for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
        names.add(s.lower())
    widened = set(names)
    for n in names:
        for part in n.split("__"):
            if part:
                widened.add(part)
    langs = sorted(set("%s|%s" % (c, n) for c, n in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t)))
    words = sorted(set(w.lower() for w in re.findall(r"[A-Za-z]+", t)))
    return dict(names=sorted(widened), languages=langs, words=words)


def freeze():
    data = extract([open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in FILES])
    with open(FROZEN, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return data


def load():
    data = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        fresh = extract([open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in FILES])
        if fresh != data:
            raise SystemExit("deny-list drift: brief READMEs differ from brief_names.json")
    return data


def overlaps(own_names, data):
    frozen = set(data["names"])
    bad = []
    for n in own_names:
        low = n.lower()
        for part in [low] + low.split("__"):
            if part and part in frozen:
                bad.append((n, part))
    return bad


def language_problems(langs, data):
    frozen = set(data["names"])
    codes = set(x.split("|")[0] for x in data["languages"])
    lnames = set(x.split("|")[1].lower() for x in data["languages"])
    words = set(data["words"])
    bad = []
    for code, name in langs:
        if code in frozen or code in codes or code in words:
            bad.append((code, name, "code"))
        if name.lower() in lnames or any(w.lower() in words for w in re.findall(r"[A-Za-z]+", name)):
            bad.append((code, name, "name"))
    return bad
