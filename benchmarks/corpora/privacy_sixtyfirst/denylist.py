"""Extract and freeze every name in the two earlier READMEs (run once: python3 denylist.py)."""
import json, os, re
BRIEF = "/tmp/brief61"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")

def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split("__"):
                if p: names.add(p)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower(); names.add(m)
            for p in m.split("__"):
                if p: names.add(p)
        for code, name in re.findall(r"`([a-z]{2,3})` \(([A-Z][A-Za-z' ]+)\)", t):
            langs.add(code); langs.add(name.lower())
        for name, code in re.findall(r"([A-Z][A-Za-z']+(?: [A-Z][A-Za-z']+)?) `([a-z]{2,3})`", t):
            langs.add(code); langs.add(name.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}

def load():
    return json.load(open(FROZEN, encoding="utf-8"))

if __name__ == "__main__":
    d = extract()
    json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d["names"]), len(d["languages"]), len(d["words"]))
