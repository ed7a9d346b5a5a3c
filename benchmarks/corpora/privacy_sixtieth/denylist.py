"""Extract and freeze the deny-list from the two earlier READMEs (python3 denylist.py writes brief_names.json once)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/tmp/brief60"
FILES = ["README_previous1.md", "README_previous2.md"]
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(SRC, f), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code + "|" + name.lower())
        for code, name in re.findall(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)*) `([a-z]{2,3})`", t):
            langs.add(name + "|" + code)
        for w in re.findall(r"[A-Za-z\u00C0-\u024F]+", t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for p in n.split("__"):
            if p:
                wide.add(p)
    return {"names": sorted(wide), "languages": sorted(langs), "words": sorted(words)}


def load():
    d = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(SRC):
        if extract() != d:
            raise SystemExit("deny-list drift: /tmp/brief60 READMEs differ from frozen brief_names.json")
    return d


if __name__ == "__main__":
    if os.path.exists(FROZEN) and "--force" not in sys.argv:
        raise SystemExit("already frozen")
    d = extract()
    json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d["names"]), len(d["languages"]), len(d["words"]))
