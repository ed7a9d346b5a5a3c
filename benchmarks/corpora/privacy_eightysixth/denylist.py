"""Deny-list from the two earlier READMEs (/tmp/brief86). `python3 denylist.py --freeze` writes brief_names.json."""
import json, os, re, sys

BRIEF = "/tmp/brief86"
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
# languages named in the READMEs without a `code` (Name) pair
EXTRA_LANGS = [["ukr", "Ukrainian"], ["fin", "Finnish"], ["ben", "Bengali"], ["ita", "Italian"], ["fo", "Faroese"],
               ["nah", "Nahuatl"], ["yua", "Yucatec Maya"], ["kg", "Kongo"], ["lua", "Luba-Kasai"], ["tum", "Tumbuka"],
               ["luo", "Luo"], ["kam", "Kamba"], ["mos", "Mossi"], ["gaa", "Ga"], ["kri", "Krio"]]


def extract():
    texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add((code, name.lower()))
        for w in re.findall(r"[^\W\d_]+", t):
            words.add(w.lower())
    for n in list(names):
        for p in n.split("__"):
            if p:
                names.add(p)
    for c, n in EXTRA_LANGS:
        langs.add((c, n.lower()))
    return {"names": sorted(names), "languages": sorted(list(x) for x in langs), "words": sorted(words)}


def load():
    frozen = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        assert extract() == frozen, "deny-list re-extraction differs from frozen brief_names.json"
    return frozen


if __name__ == "__main__" and "--freeze" in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d["names"]), len(d["languages"]), len(d["words"]))
