"""Deny-list extracted from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/tmp/brief68'
FILES = ['README_previous1.md', 'README_previous2.md']
FROZEN = os.path.join(HERE, 'brief_names.json')

def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for a, b in re.findall(r'`([a-z]{2,3})` \(([A-Z][A-Za-z -]+)\)', t):
            langs.add(a); langs.add(b.lower())
        for b, a in re.findall(r'([A-Z][a-z]+) `([a-z]{2,3})`', t):
            langs.add(a); langs.add(b.lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for p in n.split('__'):
            if p:
                wide.add(p)
    return sorted(wide), sorted(langs), sorted(words)

def read_src():
    return [open(os.path.join(SRC, f), encoding='utf-8').read() for f in FILES]

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(SRC):
        n, l, w = extract(read_src())
        if (n, l, w) != (d['names'], d['languages'], d['words']):
            raise SystemExit('deny-list drift: /tmp/brief68 differs from brief_names.json')
    return set(d['names']), set(d['languages']), set(d['words'])

if __name__ == '__main__' and '--freeze' in sys.argv:
    n, l, w = extract(read_src())
    json.dump({'names': n, 'languages': l, 'words': w}, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
    print(len(n), len(l), len(w))
