"""Deny-list: every backticked name and every prose language (code and English name) of the two brief READMEs."""
import json, os, re

BRIEF_DIR = "/tmp/brief27"
FILES = ["privacy_twentyfifth_README.md", "privacy_twentysixth_README.md"]
# languages named in the notes of the READMEs as used earlier (plain text, not backticked)
NOTE_LANGS = ["German", "Malay", "Indonesian", "Kurdish", "Kurmanji", "Kölsch", "Bavarian", "West Frisian",
              "Persian", "Urdu", "Russian", "Mandarin", "Thai", "Arabic", "Greek", "Hindi", "Kinyarwanda",
              "Lower Sorbian", "Dutch"]


def extract(texts):
    names = set()
    for t in texts:
        for m in re.finditer(r"`([^`\n]+)`", t):
            names.add(m.group(1))
        # language lists: `code` (English name (maybe nested))
        for m in re.finditer(r"`([a-z]{2,3}(?:_[a-z]+)*)` \(([^()]+(?:\([^()]*\))?[^()]*)\)", t):
            full = m.group(2).strip()
            names.add(full)
            base = re.sub(r"\s*\(.*\)", "", full).strip()
            names.add(base)
            for inner in re.findall(r"\(([^()]*)\)", full):
                names.add(inner.strip())
        # superset: every snake_case identifier anywhere in the text (guards against mis-paired backticks)
        for m in re.finditer(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", t):
            names.add(m.group(0))
    for n in NOTE_LANGS:
        names.add(n)
    return sorted(names)


def load(path):
    with open(path, encoding="utf-8") as f:
        frozen = json.load(f)
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, fn), encoding="utf-8").read() for fn in FILES]
        again = extract(texts)
        if again != frozen:
            raise SystemExit("deny-list drift: brief READMEs re-extract differently from brief_names.json")
    return frozen


def widen(names):
    out = set()
    for n in names:
        out.add(n.lower())
        for p in n.split("__"):
            if p:
                out.add(p.lower())
    return out


def overlaps(candidates, frozen):
    """candidates: iterable of names; returns sorted list of (name, part) that hit the widened deny-list."""
    w = widen(frozen)
    bad = []
    for c in candidates:
        for p in set([c] + c.split("__")):
            if p and p.lower() in w:
                bad.append((c, p))
    return sorted(set(bad))
