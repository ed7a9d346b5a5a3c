"""Extract and freeze the names of the two earlier READMEs; check overlaps."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
SRC = "/tmp/brief71"
FILES = ["README_previous1.md", "README_previous2.md"]


def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(SRC, f), encoding="utf-8").read()
        for b in re.findall(r"`([^`\n]+)`", t):
            b = b.strip().lower()
            names.add(b)
            for part in b.split("__"):
                if part:
                    names.add(part)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower()
            names.add(s)
            for part in s.split("__"):
                if part.strip("_"):
                    names.add(part.strip("_"))
        # `code` (Name) and Name `code`
        for code, nm in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code.lower()); langs.add(nm.strip().lower())
        for nm, code in re.findall(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) `([a-z]{2,3})`", t):
            langs.add(code.lower()); langs.add(nm.strip().lower())
        for w in re.findall(r"[A-Za-z0-9]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}


def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(SRC):
        if extract() != d:
            raise SystemExit("deny-list: re-extraction differs from frozen brief_names.json")
    return d


def overlaps(names, frozen, exempt=()):
    bad = []
    N = set(frozen["names"])
    for n in names:
        if n in exempt:
            continue
        ln = n.lower()
        parts = [ln] + [p for p in ln.split("__") if p]
        for p in parts:
            if p in N:
                bad.append((n, p))
    return bad


def language_ok(code, name, frozen):
    L, W, N = set(frozen["languages"]), set(frozen["words"]), set(frozen["names"])
    if code in L or code in W or code in N:
        return False
    for w in re.findall(r"[A-Za-z]+", name.lower()):
        if w in L or w in W:
            return False
    if name.lower() in L:
        return False
    return True


if __name__ == "__main__" and "--freeze" in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d["names"]), len(d["languages"]), len(d["words"]))
