"""Extract and freeze the deny-list from the two earlier READMEs.
python3 frozen_names.py --freeze writes deny72.json once; the build re-extracts when /tmp/brief72 exists."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief72"
FILES = ["README_previous1.md", "README_previous2.md"]
FROZEN = os.path.join(HERE, "deny72.json")


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.finditer(r"`([^`\n]+)`", t):
            n = m.group(1).strip().lower()
            names.add(n)
            for p in n.split("__"):
                if p:
                    names.add(p)
        for m in re.finditer(r"(?<![A-Za-z0-9_])([A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)", t):
            n = m.group(1).lower()
            names.add(n)
        for m in re.finditer(r"`([a-z]{2,3})` \(([A-Z][A-Za-z ]+)\)", t):
            langs.add(m.group(1)); langs.add(m.group(2).lower())
        for m in re.finditer(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) `([a-z]{2,3})`", t):
            langs.add(m.group(2)); langs.add(m.group(1).lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}


def read_brief():
    return [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in FILES]


def load():
    frozen = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        again = extract(read_brief())
        if again != frozen:
            raise SystemExit("deny-list drift: re-extracted names differ from deny72.json")
    return frozen


if __name__ == "__main__" and "--freeze" in sys.argv:
    d = extract(read_brief())
    json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d["names"]), "names", len(d["langs"]), "lang entries", len(d["words"]), "words")
