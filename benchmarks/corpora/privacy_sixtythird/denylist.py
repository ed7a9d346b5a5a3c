"""Deny-list: names extracted from the two earlier READMEs, frozen in brief_names.json."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief63'
FROZEN = os.path.join(HERE, 'brief_names.json')
FILES = ['README_previous1.md', 'README_previous2.md']

def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for m in re.findall(r'`([a-z]{2,3})` \(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)', t):
            langs.add(m[0]); langs.add(m[1].lower())
        for m in re.findall(r'([A-Z][a-z]+) `([a-z]{2,3})`', t):
            langs.add(m[0].lower()); langs.add(m[1])
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for p in n.split('__'):
            if p: wide.add(p)
    return {'names': sorted(wide), 'languages': sorted(langs), 'words': sorted(words)}

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        if extract() != d:
            raise SystemExit('deny-list: re-extraction differs from frozen brief_names.json')
    return d

def overlaps(d, name):
    s = set(d['names'])
    n = name.lower()
    hits = [n] if n in s else []
    hits += [p for p in n.split('__') if p in s and p != n]
    return hits

def lang_ok(d, code, english):
    bad = set(d['names']) | set(d['languages']) | set(d['words'])
    if code.lower() in bad: return False
    return not any(w.lower() in set(d['words']) | set(d['languages']) for w in re.findall(r'[A-Za-z]+', english))

if __name__ == '__main__' and '--freeze' in sys.argv:
    json.dump(extract(), open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
    print('frozen')
