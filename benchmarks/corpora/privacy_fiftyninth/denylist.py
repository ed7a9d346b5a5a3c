"""Extract and freeze the names of the two earlier READMEs (run once with --freeze)."""
import json, os, re, sys

SRC = "/tmp/brief59"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names, langs, words = set(), {}, set()
    for fn in FILES:
        t = open(os.path.join(SRC, fn), encoding="utf-8").read()
        for b in re.findall(r"`([^`\n]+)`", t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split("__"):
                if p:
                    names.add(p)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower()
            names.add(s)
            for p in s.split("__"):
                if p:
                    names.add(p)
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs[code] = name
        for name, code in re.findall(r"([A-Z][a-z]+(?: [A-Z][a-z]+)*) `([a-z]{2,3})`", t):
            langs[code] = name
        for w in re.findall(r"[A-Za-z][A-Za-z']+", t):
            words.add(w.lower())
    return {"names": sorted(names), "languages": dict(sorted(langs.items())), "words": sorted(words)}


def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(SRC):
        if extract() != d:
            raise SystemExit("deny-list drift: /tmp/brief59 READMEs differ from brief_names.json")
    return d


if __name__ == "__main__" and "--freeze" in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    print(len(d["names"]), "names", len(d["languages"]), "languages", len(d["words"]), "words")
