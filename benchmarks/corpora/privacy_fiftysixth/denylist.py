"""Extract and freeze the deny-list from the two earlier READMEs."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/tmp/brief56'
FILES = ['README_previous1.md', 'README_previous2.md']
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
            langs.add(c.lower()); langs.add(n.lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for p in n.split('__'):
            if p:
                wide.add(p)
    return {'names': sorted(wide), 'languages': sorted(langs), 'words': sorted(words)}

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(SRC):
        if extract() != d:
            raise SystemExit('deny-list differs from the READMEs in ' + SRC)
    return d

if __name__ == '__main__':
    d = extract()
    json.dump(d, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0, sort_keys=True)
    print({k: len(v) for k, v in d.items()})
