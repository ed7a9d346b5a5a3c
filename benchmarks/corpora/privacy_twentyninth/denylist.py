"""Frozen deny-list of names used in the two previous corpus READMEs (p27, p28)."""
import json, os, re
BRIEF_DIR = '/tmp/brief29'
BRIEF_FILES = ['privacy_twentyseventh_README.md', 'privacy_twentyeighth_README.md']
NOTE_LANGUAGES = ['German', 'Malay', 'Indonesian', 'Kurdish', 'Kurmanji', 'Kölsch', 'Bavarian', 'West Frisian',
    'Kinyarwanda', 'Lower Sorbian', 'Dutch', 'Persian', 'Urdu', 'Russian', 'Mandarin', 'Chinese', 'Thai', 'Arabic',
    'Greek', 'Hindi', 'Japanese', 'Bengali', 'Tamil', 'Bulgarian', 'Swahili', 'Finnish', 'Malayalam', 'Telugu',
    'Korean', 'Ukrainian', 'Nepali', 'Armenian', 'Georgian', 'Punjabi', 'Upper Sorbian']
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'brief_names.json')

def extract(texts):
    names = set()
    for t in texts:
        for m in re.finditer(r'`([^`\n]+)`', t):
            names.add(m.group(1).strip())
        for m in re.finditer(r'(?<![A-Za-z0-9])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9])', t):
            names.add(m.group(0))
        for m in re.finditer(r'`([a-z_]+)` \(([^()]+(?:\([^()]*\))?[^()]*)\)', t):
            full = m.group(2).strip()
            names.add(full)
            names.add(re.sub(r'\s*\(.*\)', '', full).strip())
            for inner in re.findall(r'\(([^()]*)\)', full):
                names.add(inner.strip())
    for l in NOTE_LANGUAGES:
        names.add(l)
    return sorted(n for n in names if n)

def freeze():
    texts = [open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read() for f in BRIEF_FILES]
    names = extract(texts)
    with open(PATH, 'w', encoding='utf-8') as fh:
        json.dump(names, fh, ensure_ascii=False, indent=0)
        fh.write('\n')
    return names

def load():
    with open(PATH, encoding='utf-8') as fh:
        names = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read() for f in BRIEF_FILES]
        if extract(texts) != names:
            raise SystemExit('brief_names.json differs from a fresh extraction of the brief READMEs')
    return names

def widened(names):
    out = set()
    for n in names:
        low = n.lower()
        out.add(low)
        for p in low.split('__'):
            if p:
                out.add(p)
    return out

def overlaps(candidates, frozen_wide):
    bad = []
    for c in candidates:
        low = c.lower()
        parts = [low] + [p for p in low.split('__') if p]
        for p in parts:
            if p in frozen_wide:
                bad.append((c, p))
                break
    return bad
