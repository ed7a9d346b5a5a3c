"""Deny-list extraction from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re
SRC = '/tmp/brief55'
FILES = ['README_previous1.md', 'README_previous2.md']
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')

def extract():
    names, langs, words = set(), {}, set()
    for f in FILES:
        t = open(os.path.join(SRC, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for code, name in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs[code] = name
        words.update(w.lower() for w in re.findall(r'[A-Za-z]+', t))
    wide = set(names)
    for n in names:
        for p in n.split('__'):
            if p:
                wide.add(p)
    return {'names': sorted(wide), 'languages': dict(sorted(langs.items())), 'words': sorted(words)}

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(SRC):
        if extract() != d:
            raise SystemExit('frozen deny-list differs from the READMEs')
    return d

def overlaps(own, d):
    bad = set(d['names'])
    hits = []
    for n in own:
        for p in [n] + n.split('__'):
            if p.lower() in bad:
                hits.append((n, p))
    return hits

def language_ok(code, name, d):
    if code in set(d['names']) or code in d['languages'] or code in set(d['words']):
        return False
    lw = set(d['words'])
    if any(w.lower() in lw for w in re.findall(r'[A-Za-z]+', name)):
        return False
    if name.lower() in (v.lower() for v in d['languages'].values()):
        return False
    return True

if __name__ == '__main__':
    json.dump(extract(), open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
