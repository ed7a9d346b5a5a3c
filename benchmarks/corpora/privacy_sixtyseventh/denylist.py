"""Deny-list extracted from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief67'
FROZEN = os.path.join(HERE, 'brief_names.json')

def extract():
    names, langs, words = set(), set(), set()
    for fn in ('README_previous1.md', 'README_previous2.md'):
        t = open(os.path.join(BRIEF, fn), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for code, nm in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(nm.lower())
        for nm, code in re.findall(r'([A-Z][a-z]+(?: [A-Z][a-z]+)?) `([a-z]{2,3})`', t):
            langs.add(code); langs.add(nm.lower())
        for w in re.findall(r"[A-Za-z']+", t):
            words.add(w.lower())
    for n in list(names):
        for part in n.split('__'):
            if part:
                names.add(part)
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words)}

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        if extract() != d:
            raise SystemExit('deny-list drift: /tmp/brief67 differs from brief_names.json')
    return d

if __name__ == '__main__' and '--freeze' in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d['names']), len(d['languages']), len(d['words']))
