"""Deny-list built from the two earlier READMEs (p78, p81); frozen in brief_names.json."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief83"
FROZEN = os.path.join(HERE, "brief_names.json")
# languages the READMEs name only in prose (English names), added by hand
PROSE_LANGS = ["Scottish Gaelic", "Norwegian", "Frisian", "Romance", "Andean", "Pacific", "African",
               "Indic", "Turkic", "Central Asia", "English", "Latin", "Punjabi", "Venda", "Swati",
               "Bashkir", "Chuvash", "Chechen", "Yakut", "Sindhi", "Maori", "Samoan", "Tongan",
               "Hawaiian", "Haitian", "Chinese", "Yiddish", "Asturian"]


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            n = m.strip().lower()
            if n:
                names.add(n)
                for p in n.split("__"):
                    if p:
                        names.add(p)
        for m in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t):
            names.add(m.lower())
            for p in m.lower().split("__"):
                if p:
                    names.add(p)
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.add(nm.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    for l in PROSE_LANGS:
        langs.add(l.lower())
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}


def current():
    files = sorted(os.path.join(BRIEF, f) for f in os.listdir(BRIEF) if f.endswith(".md"))
    return extract([open(f, encoding="utf-8").read() for f in files])


def load():
    frozen = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        if current() != frozen:
            raise SystemExit("deny-list drift: /tmp/brief83 differs from brief_names.json")
    return frozen


def overlaps(name, dl):
    names = set(dl["names"])
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in names]


def lang_ok(code, english, dl):
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
    json.dump(current(), open(FROZEN, "w", encoding="utf-8"), indent=0, ensure_ascii=False)
    d = json.load(open(FROZEN))
    print(len(d["names"]), "names", len(d["langs"]), "langs", len(d["words"]), "words")
