"""Deny-list of names used in the two brief READMEs (p26, p27)."""
import json, os, re

BRIEF_DIR = "/tmp/brief28"
FILES = ["privacy_twentysixth_README.md", "privacy_twentyseventh_README.md"]
# languages the READMEs' notes mention as used earlier (bases of chat styles included)
NOTE_LANGS = ["German", "Malay", "Indonesian", "Kurdish", "Kurmanji", "Kölsch", "Bavarian",
              "West Frisian", "Kinyarwanda", "Lower Sorbian", "Dutch", "Persian", "Urdu",
              "Russian", "Mandarin", "Thai", "Arabic", "Greek", "Hindi", "Japanese", "Bengali",
              "Tamil", "Bulgarian", "Swahili", "Finnish", "Chinese"]

def extract(texts):
    names = set()
    for t in texts:
        for m in re.finditer(r"`([^`\n]+)`", t):
            names.add(m.group(1).strip().lower())
        for m in re.finditer(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.group(0).lower())
        for m in re.finditer(r"`([a-z]{2,3}(?:_[a-z_]+)?)` \(([^()]+(?:\([^()]*\))?[^()]*)\)", t):
            names.add(m.group(1).lower())
            full = m.group(2).strip()
            names.add(full.lower())
            names.add(re.sub(r"\s*\(.*\)\s*", "", full).strip().lower())
    for l in NOTE_LANGS:
        names.add(l.lower())
    return sorted(n for n in names if n)

def read_brief():
    texts = []
    for f in FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return texts

def widened(frozen):
    s = set(frozen)
    for n in frozen:
        for p in n.split("__"):
            if p:
                s.add(p)
    return s

def overlaps(names, frozen):
    """names: iterable of our names; each name and every '__' part is compared."""
    deny = widened(frozen)
    bad, compared = [], set()
    for n in names:
        for cand in [n] + n.split("__"):
            c = cand.lower()
            if not c:
                continue
            compared.add(c)
            if c in deny:
                bad.append((n, cand))
    return bad, len(compared), len(deny)
