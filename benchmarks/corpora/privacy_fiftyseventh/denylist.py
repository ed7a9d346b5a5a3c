"""Extract and freeze the deny-list from the two briefing READMEs (run once; build re-checks)."""
import json, os, re
SRC = "/tmp/brief57"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")

def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.finditer(r"`([^`]+)`", t):
            n = m.group(1).strip().lower()
            names.add(n)
            for p in n.split("__"):
                if p:
                    names.add(p)
        for m in re.finditer(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            n = m.group(0).lower()
            names.add(n)
            for p in n.split("__"):
                if p:
                    names.add(p)
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(m.group(1) + "|" + m.group(2))
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}

def load():
    with open(FROZEN, encoding="utf-8") as f:
        return json.load(f)

def recheck():
    if os.path.isdir(SRC):
        texts = [open(os.path.join(SRC, f), encoding="utf-8").read() for f in FILES]
        if extract(texts) != load():
            raise SystemExit("deny-list differs from /tmp/brief57 READMEs")

if __name__ == "__main__":
    texts = [open(os.path.join(SRC, f), encoding="utf-8").read() for f in FILES]
    d = extract(texts)
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=0)
    print(len(d["names"]), len(d["languages"]), len(d["words"]))
