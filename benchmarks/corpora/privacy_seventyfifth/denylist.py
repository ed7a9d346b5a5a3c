"""Deny-list extracted from the two earlier READMEs; frozen in brief_names.json."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
BRIEF_DIR = "/tmp/brief75"
FILES = ["README_previous1.md", "README_previous2.md"]


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            n = m.strip().lower()
            if n:
                names.add(n)
                for part in n.split("__"):
                    if part:
                        names.add(part)
        for m in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        # `code` (Name) and Name `code`
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code.lower())
            for w in re.findall(r"[A-Za-z]+", name):
                langs.add(w.lower())
        for name, code in re.findall(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) `([a-z]{2,3})`", t):
            langs.add(code.lower())
            for w in re.findall(r"[A-Za-z]+", name):
                langs.add(w.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}


def read_brief():
    return [open(os.path.join(BRIEF_DIR, f), encoding="utf-8").read() for f in FILES]


def load():
    with open(FROZEN, encoding="utf-8") as fh:
        d = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        fresh = extract(read_brief())
        if fresh != d:
            raise SystemExit("deny-list drift: brief READMEs differ from brief_names.json")
    return {k: set(v) for k, v in d.items()}


if __name__ == "__main__" and "--freeze" in sys.argv:
    d = extract(read_brief())
    with open(FROZEN, "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=0, sort_keys=True)
    print({k: len(v) for k, v in d.items()})
