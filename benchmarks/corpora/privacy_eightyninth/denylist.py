"""Deny-list from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re, sys

BRIEF = "/tmp/brief89"
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
# languages the READMEs name only in prose / as exclusions (hand-added)
EXTRA_LANG = ["tagalog", "cebuano", "haitian", "creole", "maori", "samoan", "quechua", "faroese", "urdu",
              "albanian", "macedonian", "esperanto", "afrikaans", "maltese", "slovak", "indonesian",
              "lingala", "occitan", "english"]


def extract(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split("__"):
                names.add(p)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for p in m.split("__"):
                if p:
                    names.add(p)
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code)
            for w in re.findall(r"[A-Za-z]+", name):
                langs.add(w.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    langs.update(EXTRA_LANG)
    return {"names": sorted(names), "words": sorted(words), "langs": sorted(langs)}


def load():
    frozen = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        now = extract(texts)
        if now != frozen:
            raise SystemExit("deny-list differs from frozen brief_names.json")
    return frozen


def overlap(name, d):
    n = name.lower()
    names = d["_names"]
    hits = [x for x in [n] + n.split("__") if x in names]
    return hits


def prep(d):
    d["_names"] = set(d["names"])
    d["_words"] = set(d["words"])
    d["_langs"] = set(d["langs"])
    return d


def lang_ok(code3, code1, english, d):
    if code3 in d["_names"] or code3 in d["_langs"] or code3 in d["_words"]:
        return False
    if code1 and (code1 in d["_names"] or code1 in d["_langs"]):
        return False
    for w in english.lower().replace("-", " ").split():
        if w in d["_words"] or w in d["_langs"]:
            return False
    return True


if __name__ == "__main__" and "--freeze" in sys.argv:
    texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
    json.dump(extract(texts), open(FROZEN, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    print("frozen")
