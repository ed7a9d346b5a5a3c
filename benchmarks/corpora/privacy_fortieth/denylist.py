"""Frozen deny-list extracted from the two earlier READMEs (p38, p39) in /tmp/brief40/."""
import json, os, re
SRC = '/tmp/brief40'
FILES = ['README_previous1.md', 'README_previous2.md']
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')

def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(SRC, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for c, n in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(c); langs.add(n.lower())
        for w in re.findall(r'[^\W\d_]+', t):
            words.add(w.lower())
    wid = set(names)
    for n in names:
        for p in n.split('__'):
            if p: wid.add(p)
    return {'names': sorted(wid), 'langs': sorted(langs), 'words': sorted(words)}

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(SRC):
        assert extract() == d, 'READMEs changed since the deny-list was frozen'
    return d

def overlaps(own, d):
    s = set(d['names']); bad = []
    for n in own:
        for p in [n] + n.split('__'):
            if p.lower() in s: bad.append((n, p))
    return bad

def lang_ok(code, name, d):
    if code in d['langs'] or code in d['names'] or code in d['words']:
        return False
    if name.lower() in d['langs']: return False
    return not any(w.lower() in d['words'] for w in re.findall(r'[^\W\d_]+', name))

if __name__ == '__main__':
    json.dump(extract(), open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
