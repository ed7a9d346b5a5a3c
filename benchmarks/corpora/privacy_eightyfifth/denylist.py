"""Deny-list from the two earlier READMEs (p81, p82). `--freeze` writes brief_names.json."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/tmp/brief85"
FROZEN = os.path.join(HERE, "brief_names.json")
# language names mentioned in prose of the READMEs (codes come from the backticks)
EXTRA_LANGS = ["latin", "punjabi", "somali", "tsonga", "sardinian", "upper sorbian", "sanskrit", "ilocano",
               "italian", "faroese", "venda", "swati", "bashkir", "chuvash", "chechen", "yakut", "sindhi",
               "northern sotho", "english"]


def extract():
    names, words, langs = set(), set(), set()
    for fn in sorted(os.listdir(SRC)):
        t = open(os.path.join(SRC, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            names.add(m)
            names.update(p for p in m.split("__") if p)
        words.update(w.lower() for w in re.findall(r"[A-Za-z\u00c0-\u024f]+", t))
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.add(name.lower())
    langs.update(EXTRA_LANGS)
    return {"names": sorted(names), "words": sorted(words), "languages": sorted(langs)}


def load():
    frozen = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(SRC):
        if extract() != frozen:
            raise SystemExit("deny-list differs from the READMEs in %s" % SRC)
    return frozen


def overlaps(name, dl):
    n = name.lower()
    names = set(dl["names"])
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in names]


def language_ok(code, english, dl):
    bad = set(dl["names"]) | set(dl["languages"]) | set(dl["words"])
    if code.lower() in bad:
        return False
    if english.lower() in set(dl["languages"]):
        return False
    for w in re.findall(r"[A-Za-z\u00c0-\u024f]+", english):
        if w.lower() in set(dl["words"]) or w.lower() in set(dl["languages"]):
            return False
    return True


if __name__ == "__main__" and "--freeze" in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    print(len(d["names"]), "names", len(d["languages"]), "languages", len(d["words"]), "words")
