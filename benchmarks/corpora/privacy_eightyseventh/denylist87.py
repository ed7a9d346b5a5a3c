"""Deny-list from the two earlier READMEs. `python3 denylist87.py --freeze` writes brief_names.json once."""
import re, json, os, sys
BRIEF = "/tmp/brief87"
HERE = os.path.dirname(os.path.abspath(__file__))

def extract():
    names, langs, lang_words = set(), set(), set()
    for fn in sorted(os.listdir(BRIEF)):
        t = open(os.path.join(BRIEF, fn), encoding="utf-8").read()
        for b in re.findall(r"`([^`\n]+)`", t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split("__"):
                if p: names.add(p)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower(); names.add(s)
            for p in s.split("__"):
                if p: names.add(p)
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code); lang_words.add(name.lower())
            for w in re.split(r"[\s\-]+", name.lower()):
                lang_words.add(w)
    # languages named only in prose of the READMEs
    for w in ["aragonese", "ossetian", "kapampangan", "bikol", "fula", "tamazight", "norwegian", "hindi", "armenian", "georgian",
              "azerbaijani", "romansh", "sardinian", "friulian", "walloon", "manx", "cornish", "sami", "greenlandic", "quechua",
              "aymara", "guarani", "fijian", "bislama", "tahitian", "chamorro", "dhivehi", "tibetan", "sanskrit", "hmong", "ilocano",
              "papiamento", "kabyle", "bambara", "wolof", "oromo", "tigrinya", "chichewa", "luganda", "kikuyu", "ewe", "akan", "twi",
              "tsonga", "punjabi", "latin", "venda", "swati", "bashkir", "chuvash", "chechen", "yakut", "sindhi", "nahuatl", "yucatec",
              "kongo", "luba", "tumbuka", "luo", "kamba", "mossi", "ga", "krio", "faroese", "italian"]:
        lang_words.add(w)
    for c in ["fo", "ita", "pan", "lat", "ven", "ssw", "bak", "chv", "che", "sah", "snd", "an", "os", "pam", "bcl", "ff", "tzm",
              "nah", "yua", "kg", "lua", "tum", "luo", "kam", "mos", "gaa", "kri"]:
        langs.add(c)
    return {"names": sorted(names), "langs": sorted(langs), "lang_words": sorted(lang_words)}

def load():
    p = os.path.join(HERE, "brief_names.json")
    frozen = json.load(open(p, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        assert extract() == frozen, "brief READMEs changed: deny-list differs from frozen copy"
    return frozen

if __name__ == "__main__" and "--freeze" in sys.argv:
    json.dump(extract(), open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8"), indent=0, ensure_ascii=False)
    print("frozen")
