"""Extract and freeze the names used in the two earlier READMEs; overlap checks."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
SRC = "/tmp/brief66"
FILES = ["README_previous1.md", "README_previous2.md"]
# Language names mentioned in the READMEs outside the `code` (Name) pattern (lists of unused
# candidates, excluded languages, scripts, mutation-test languages).
EXTRA_LANGS = ["Tatar", "Bashkir", "Chuvash", "Chinese", "Cantonese", "Nynorsk", "Faroese", "Quechua",
               "Guarani", "Romansh", "Sardinian", "Asturian", "Interlingua", "Papiamento", "Ilocano",
               "Hmong", "Sepedi", "Sorani", "Belarusian", "Sesotho", "Sindhi", "Tok Pisin", "Arabic",
               "Latin", "Kurdish", "Gaelic", "Frisian", "Hebrew", "Cyrillic", "Devanagari", "Gurmukhi",
               "Myanmar", "Ethiopic", "Han", "Norwegian", "Haitian", "Creole", "Scottish",
               "Dhivehi", "Tibetan", "Luganda", "Finnish", "Bokmal", "Bokmål",
               "ar", "be", "la", "sd", "st", "tpi", "ht", "yi", "ug", "dv", "bo", "ny", "tn", "lg",
               "ceb", "haw", "fi", "nb"]


def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(SRC, f), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            if m:
                names.add(m)
                for p in m.split("__"):
                    if p:
                        names.add(p)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for p in m.split("__"):
                if p:
                    names.add(p)
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.add(name.lower())
            for w in name.split():
                langs.add(w.lower())
        for name, code in re.findall(r"([A-Z][a-z]+) `([a-z]{2,3})`", t):
            langs.add(code)
            langs.add(name.lower())
        for w in re.findall(r"[A-Za-zÀ-ÿ]+", t):
            words.add(w.lower())
    for x in EXTRA_LANGS:
        langs.add(x.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}


def load():
    return json.load(open(FROZEN, encoding="utf-8"))


def verify_frozen():
    """When the brief directory exists, re-extract and require equality with the frozen file."""
    if os.path.isdir(SRC):
        assert extract() == load(), "brief_names.json differs from a fresh extraction"


def overlaps(candidate_names, frozen):
    bad = []
    names = set(frozen["names"])
    for n in candidate_names:
        n0 = n.lower()
        parts = [n0] + [p for p in n0.split("__") if p]
        for p in parts:
            if p in names:
                bad.append((n, p))
    return bad


def language_ok(code, english, frozen):
    langs, words, names = set(frozen["languages"]), set(frozen["words"]), set(frozen["names"])
    if code in langs or code in names or code in words:
        return False
    for w in english.lower().replace("-", " ").split():
        if w in langs or w in words:
            return False
    return True


if __name__ == "__main__":
    if "--freeze" in sys.argv:
        d = extract()
        json.dump(d, open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
        print("frozen", len(d["names"]), "names", len(d["languages"]), "language entries", len(d["words"]), "words")
