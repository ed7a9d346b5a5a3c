"""Extract and freeze the deny-list from the two earlier READMEs."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/tmp/brief70'
FILES = ['README_previous1.md', 'README_previous2.md']
FROZEN = os.path.join(HERE, 'brief_names.json')

def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(SRC, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for m in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(m[0]); langs.add(m[1].lower())
        for m in re.findall(r'([A-Z][a-z]+(?: [A-Z][a-z]+)?) `([a-z]{2,3})`', t):
            langs.add(m[1]); langs.add(m[0].lower())
        m = re.search(r'unused passing candidates \(([^)]+)\)', t)
        if m:
            for x in m.group(1).split(','):
                langs.add(x.strip().lower())
        for w in re.findall(r"[A-Za-z][A-Za-z']*", t):
            words.add(w.lower())
    for n in list(names):
        for p in n.split('__'):
            if p: names.add(p)
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words)}

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(SRC):
        if extract() != d:
            raise SystemExit('deny-list differs from READMEs in ' + SRC)
    return d

if __name__ == '__main__' and '--freeze' in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
    print(len(d['names']), len(d['languages']), len(d['words']))
