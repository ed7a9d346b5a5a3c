"""Extract and freeze the names used by the two earlier READMEs; overlap checks."""
import json, os, re

BRIEF = "/tmp/brief36"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([A-Z][^)]*)\)", t):
            langs.add(code.lower()); langs.add(name.lower())
        for inner in re.findall(r"\(([^()]*)\)", t):
            items = [i.strip() for i in inner.split(",")]
            if len(items) >= 3 and all(i[:1].isupper() for i in items if i):
                for i in items:
                    if i:
                        names.add(i.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}


def freeze():
    with open(FROZEN, "w", encoding="utf-8") as fh:
        json.dump(extract(), fh, ensure_ascii=False, indent=0, sort_keys=True)


def load():
    fr = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        assert extract() == fr, "brief READMEs differ from frozen brief_names.json"
    return fr


def widened(fr):
    s = set()
    for n in fr["names"] + fr["languages"]:
        s.add(n)
        for p in n.split("__"):
            s.add(p)
    return s


def check_names(own, fr):
    """own: iterable of names; fail on any overlap of the name or a __ part."""
    w = widened(fr)
    bad = []
    for n in own:
        for p in [n] + n.split("__"):
            if p.lower() in w:
                bad.append((n, p))
    assert not bad, "deny-list overlap: %r" % bad[:20]
    return len(set(own))


def language_ok(code, name, fr):
    w = widened(fr)
    words = set(fr["words"])
    if code.lower() in w or name.lower() in w:
        return False
    return not any(x.lower() in words for x in re.findall(r"[A-Za-z]+", name))


def word_ok(word, fr):
    return word.lower() not in set(fr["words"])
