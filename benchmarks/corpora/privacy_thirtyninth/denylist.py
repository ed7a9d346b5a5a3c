"""Deny-list extraction from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re

BRIEF_DIR = '/tmp/brief39'
FILES = ['README_previous1.md', 'README_previous2.md']
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')


def extract(texts):
    names, langs, words = set(), {}, set()
    for t in texts:
        for m in re.finditer(r'`([^`\n]+)`', t):
            names.add(m.group(1).strip().lower())
        for m in re.finditer(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.group(0).lower())
        for m in re.finditer(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs[m.group(1)] = m.group(2)
        for m in re.finditer(r'\(([A-Z][^()]*)\)', t):
            items = [x.strip() for x in m.group(1).split(',')]
            if len(items) >= 3 and all(x[:1].isupper() for x in items if x):
                names.update(x.lower() for x in items if x)
        words.update(w.lower() for w in re.findall(r'[A-Za-z]+', t))
    return {'names': sorted(names), 'languages': dict(sorted(langs.items())), 'words': sorted(words)}


def load():
    with open(FROZEN, encoding='utf-8') as f:
        frozen = json.load(f)
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, n), encoding='utf-8').read() for n in FILES]
        again = extract(texts)
        if again != frozen:
            raise SystemExit('deny-list drift: re-extracted names differ from brief_names.json')
    return frozen


def freeze():
    texts = [open(os.path.join(BRIEF_DIR, n), encoding='utf-8').read() for n in FILES]
    with open(FROZEN, 'w', encoding='utf-8') as f:
        json.dump(extract(texts), f, ensure_ascii=False, indent=0, sort_keys=True)


def check_names(own, frozen):
    """own: iterable of (category, name). Fails on overlap of whole name or any __ part."""
    bad = set(frozen['names'])
    for n in list(bad):
        bad.update(p for p in n.split('__') if p)
    hits = []
    for cat, name in own:
        for part in [name.lower()] + name.lower().split('__'):
            if part in bad:
                hits.append((cat, name, part))
    if hits:
        raise SystemExit('deny-list overlap: %r' % hits[:20])


def check_language(code, english, frozen):
    words = set(frozen['words'])
    if code in frozen['languages'] or code.lower() in set(frozen['names']) or code.lower() in words:
        return False
    for w in re.findall(r'[A-Za-z]+', english):
        if w.lower() in words:
            return False
    return True
