"""Extract and freeze the deny-list from the two earlier READMEs (run with --freeze once)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief69"
FILES = ["README_previous1.md", "README_previous2.md"]
FROZEN = os.path.join(HERE, "brief_names.json")

def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            if m:
                names.add(m)
                for p in m.split("__"):
                    if p:
                        names.add(p)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower(); names.add(m)
            for p in m.split("__"):
                if p:
                    names.add(p)
        for code, name in re.findall(r"`([a-z]{2,3})` \(([A-Z][A-Za-z ]+)\)", t):
            langs.add(code); langs.add(name.lower())
        for name, code in re.findall(r"([A-Z][a-z]+) `([a-z]{2,3})`", t):
            langs.add(code); langs.add(name.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}

def current():
    texts = []
    for f in FILES:
        with open(os.path.join(BRIEF, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return extract(texts)

def load():
    with open(FROZEN, encoding="utf-8") as fh:
        return json.load(fh)

if __name__ == "__main__" and "--freeze" in sys.argv:
    d = current()
    with open(FROZEN, "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d["names"]), len(d["languages"]), len(d["words"]))
