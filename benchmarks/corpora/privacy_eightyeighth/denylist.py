"""Deny-list from the two earlier READMEs (p82, p83). `python3 denylist.py --freeze` writes brief_names.json."""
import json, os, re, sys

BRIEF = "/tmp/brief88"
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
# languages named in prose (not as `code` (Name) pairs) or as unused candidates in the READMEs
EXTRA_LANGS = ["bengali", "assamese", "ukrainian", "finnish", "latin", "somali", "tsonga", "sardinian",
               "upper sorbian", "sanskrit", "ilocano", "faroese", "italian", "english"]


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
            for p in m.split("__"):
                names.add(p.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
            for p in m.split("__"):
                if p:
                    names.add(p.lower())
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code.lower()); langs.add(name.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    langs.update(EXTRA_LANGS)
    names.discard("")
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}


def load():
    with open(FROZEN, encoding="utf-8") as f:
        frozen = json.load(f)
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, n), encoding="utf-8").read() for n in sorted(os.listdir(BRIEF)) if n.endswith(".md")]
        fresh = extract(texts)
        if fresh != frozen:
            raise SystemExit("deny-list drift: re-extracted READMEs differ from brief_names.json")
    return frozen


def overlaps(name, dl):
    """Return the overlapping pieces of one of our names (whole and every __ part, case-insensitive)."""
    names = set(dl["names"])
    parts = [name.lower()] + [p.lower() for p in name.split("__")]
    return sorted({p for p in parts if p in names})


def language_ok(code, english, dl):
    names, langs, words = set(dl["names"]), set(dl["langs"]), set(dl["words"])
    if code in names or code in langs or code in words:
        return False
    if english.lower() in langs:
        return False
    for w in re.findall(r"[A-Za-z]+", english):
        if w.lower() in words or w.lower() in langs:
            return False
    return True


if __name__ == "__main__" and "--freeze" in sys.argv:
    texts = [open(os.path.join(BRIEF, n), encoding="utf-8").read() for n in sorted(os.listdir(BRIEF)) if n.endswith(".md")]
    d = extract(texts)
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump(d, f, indent=0, ensure_ascii=False)
    print(len(d["names"]), len(d["langs"]), len(d["words"]))
