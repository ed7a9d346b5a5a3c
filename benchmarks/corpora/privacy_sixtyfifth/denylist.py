"""Extract and freeze deny-listed names from the two earlier READMEs."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
SRC = ["/tmp/brief65/README_previous1.md", "/tmp/brief65/README_previous2.md"]


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        # language mentions: `code` (Name) and Name `code`
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code); langs.add(name.lower())
        for name, code in re.findall(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) `([a-z]{2,3})`", t):
            langs.add(code); langs.add(name.lower())
        for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", t):
            words.add(w.lower())
    for n in list(names):
        for part in n.split("__"):
            if part:
                names.add(part)
    return sorted(names), sorted(langs), sorted(words)


def freeze():
    texts = [open(p, encoding="utf-8").read() for p in SRC]
    n, l, w = extract(texts)
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump({"names": n, "languages": l, "words": w}, f, ensure_ascii=False, indent=0, sort_keys=True)


def load():
    with open(FROZEN, encoding="utf-8") as f:
        d = json.load(f)
    if all(os.path.exists(p) for p in SRC):
        n, l, w = extract([open(p, encoding="utf-8").read() for p in SRC])
        assert (n, l, w) == (d["names"], d["languages"], d["words"]), "frozen deny-list differs from READMEs"
    return set(d["names"]), set(d["languages"]), set(d["words"])


def overlaps(name, names):
    name = name.lower()
    parts = [name] + [p for p in name.split("__") if p]
    return [p for p in parts if p in names]


if __name__ == "__main__" and "--freeze" in sys.argv:
    freeze()
    n, l, w = load()
    print(len(n), "names", len(l), "language entries", len(w), "words")
