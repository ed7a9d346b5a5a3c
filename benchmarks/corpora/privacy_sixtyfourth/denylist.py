"""Deny-list extraction from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')
BRIEF = '/tmp/brief64'
FILES = ['README_previous1.md', 'README_previous2.md']

def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for m in re.findall(r'`([a-z]{2,3})` \(([A-Z][A-Za-z ]+?)\)', t):
            langs.add(m[0]); langs.add(m[1].lower())
        for m in re.findall(r'([A-Z][a-z]+) `([a-z]{2,3})`', t):
            langs.add(m[0].lower()); langs.add(m[1])
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for p in n.split('__'):
            if p:
                wide.add(p)
    return sorted(wide), sorted(langs), sorted(words)

def current():
    texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in FILES]
    n, l, w = extract(texts)
    return {'names': n, 'languages': l, 'words': w}

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        if current() != d:
            raise SystemExit('deny-list drift: /tmp/brief64 READMEs differ from brief_names.json')
    return d

def overlaps(name, frozen_names):
    fs = frozen_names
    parts = [name.lower()] + [p for p in name.lower().split('__') if p]
    return [p for p in parts if p in fs]

if __name__ == '__main__':
    if '--freeze' in sys.argv:
        d = current()
        json.dump(d, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        print(len(d['names']), len(d['languages']), len(d['words']))
