"""Extract and freeze the names used in the two earlier READMEs; overlap checks."""
import json, os, re

BRIEF = "/tmp/brief34"
FILES = ["README_previous1.md", "README_previous2.md"]
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def extract():
    names = set()
    texts = []
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding="utf-8").read(); texts.append(t)
        for m in re.finditer(r"`([^`\n]+)`", t):
            names.add(m.group(1).strip().lower())
        for m in re.finditer(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.group(0).lower())
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            names.add(m.group(1).lower()); names.add(m.group(2).strip().lower())
        for m in re.finditer(r"\(([^()]*)\)", t):
            items = [x.strip() for x in re.split(r"[,/;]", m.group(1)) if x.strip()]
            if len(items) >= 3 and all(x[:1].isupper() for x in items):
                names.update(x.lower() for x in items)
    return sorted(names), "\n".join(texts)


def load():
    frozen = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        cur, _ = extract()
        if cur != frozen["names"]:
            raise SystemExit("deny-list: re-extracted names differ from brief_names.json")
    return set(frozen["names"]), frozen["text_words"]


def freeze():
    names, text = extract()
    words = sorted(set(re.findall(r"[A-Za-z][A-Za-z'’-]+", text)))
    json.dump({"names": names, "text_words": words}, open(FROZEN, "w", encoding="utf-8"),
              ensure_ascii=False, indent=0)
    return len(names)


def check(own_names, languages):
    frozen, words = load()
    wide = set(frozen)
    for n in list(frozen):
        wide.update(p for p in n.split("__") if p)
    bad = []
    for n in own_names:
        for part in [n] + n.split("__"):
            if part and part.lower() in wide:
                bad.append((n, part))
    wl = {w.lower() for w in words}
    for code, name in languages:
        if code.lower() in frozen:
            bad.append((code, "language code"))
        for w in name.replace("(", " ").replace(")", " ").split():
            if w.lower() in wl and w.lower() not in {"creole", "west", "upper", "northern", "southern", "low"}:
                bad.append((name, "language name"))
        if name.lower() in frozen:
            bad.append((name, "language name frozen"))
    return bad
