"""Extract and freeze names from the two earlier READMEs; check own names against them."""
import json, os, re
BRIEF = '/tmp/brief48'
FILES = ['README_previous1.md', 'README_previous2.md']
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')

def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for m in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(m[0] + '|' + m[1].lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for p in n.split('__'):
            if p:
                wide.add(p)
    return {'names': sorted(wide), 'languages': sorted(langs), 'words': sorted(words)}

def freeze():
    d = extract()
    with open(FROZEN, 'w', encoding='utf-8') as fh:
        json.dump(d, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return d

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        if extract() != d:
            raise SystemExit('deny-list: frozen names differ from READMEs')
    return d

def overlaps(own, d):
    names = set(d['names'])
    bad = []
    for n in own:
        n = n.lower()
        for p in [n] + n.split('__'):
            if p in names:
                bad.append((n, p))
    return bad

def language_ok(code, english, d):
    names = set(d['names']); words = set(d['words'])
    codes = {x.split('|')[0] for x in d['languages']}
    if code in names or code in codes or code in words:
        return False
    for w in re.findall(r'[A-Za-z]+', english):
        if w.lower() in words:
            return False
    return True
