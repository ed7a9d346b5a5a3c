"""Extract and freeze names from the two earlier READMEs; overlap checks."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief62'
FROZEN = os.path.join(HERE, 'brief_names.json')
FILES = ['README_previous1.md', 'README_previous2.md']

def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for m in re.finditer(r'`([a-z]{2,3})` \(([A-Z][A-Za-z ]+)\)', t):
            langs.add(m.group(1)); langs.add(m.group(2).lower())
        for m in re.finditer(r'([A-Z][a-z]+) `([a-z]{2,3})`', t):
            langs.add(m.group(2)); langs.add(m.group(1).lower())
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
    if os.path.isdir(BRIEF):
        if extract() != d:
            raise SystemExit('deny-list drift: /tmp/brief62 differs from brief_names.json')
    return d

def overlaps(own, d):
    names = set(d['names'])
    bad = []
    for n in own:
        low = n.lower()
        for p in [low] + low.split('__'):
            if p in names:
                bad.append((n, p))
    return bad

def lang_bad(code, ename, d):
    if code in set(d['names']) or code in set(d['languages']) or code in set(d['words']):
        return True
    return any(w.lower() in set(d['words']) or w.lower() in set(d['languages']) for w in re.findall(r'[A-Za-z]+', ename))

if __name__ == '__main__' and '--freeze' in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
    print(len(d['names']), len(d['languages']), len(d['words']))
