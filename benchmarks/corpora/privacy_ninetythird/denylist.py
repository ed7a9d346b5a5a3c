"""Deny-list from the two brief READMEs (frozen to brief_names.json)."""
import json, os, re, sys
BRIEF = "/tmp/brief93"
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")

def extract():
    names, words, langs, langnames = set(), set(), set(), set()
    for fn in sorted(os.listdir(BRIEF)):
        if not fn.endswith(".md"):
            continue
        t = open(os.path.join(BRIEF, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`]+)`", t):
            s = m.strip().lower()
            if s:
                names.add(s)
                for p in s.split("__"):
                    if p:
                        names.add(p)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = m.lower()
            names.add(s)
            for p in s.split("__"):
                if p:
                    names.add(p)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code)
            for w in re.findall(r"[A-Za-z]+", name):
                langnames.add(w.lower())
        for w in re.findall(r"[A-Za-z\u00c0-\u024f]+", t):
            words.add(w.lower())
    # languages the READMEs name only in prose (hand-added after reading them)
    for n in ["tagalog", "cebuano", "haitian", "creole", "maori", "samoan", "quechua",
              "basque", "occitan", "lingala", "kabyle", "walloon", "limburgish", "interlingua",
              "icelandic", "english", "arabic", "hebrew", "bengali", "latin"]:
        langnames.add(n)
    for c in ["tgl", "ceb", "hat", "mri", "smo", "que", "eus", "oci", "lin", "kab", "wln", "lim", "ina", "isl"]:
        langs.add(c)
    return {"names": sorted(names), "words": sorted(words), "langs": sorted(langs), "langnames": sorted(langnames)}

def load():
    frozen = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        if extract() != frozen:
            raise SystemExit("deny-list re-extraction differs from frozen brief_names.json")
    return frozen

if __name__ == "__main__" and "--freeze" in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
    print({k: len(v) for k, v in d.items()})
