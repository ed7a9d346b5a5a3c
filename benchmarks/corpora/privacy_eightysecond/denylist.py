"""Deny-list extracted from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/tmp/brief82'
FILES = ['README_previous1.md', 'README_previous2.md']
FROZEN = os.path.join(HERE, 'brief_names.json')


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.finditer(r'`([^`\n]+)`', t):
            s = m.group(1).strip().lower()
            names.add(s)
            for p in s.split('__'):
                if p:
                    names.add(p)
        for m in re.finditer(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            s = m.group(0).lower()
            names.add(s)
            for p in s.split('__'):
                if p:
                    names.add(p)
        for m in re.finditer(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(m.group(1).lower())
            langs.add(m.group(2).lower())
            for w in re.findall(r'[A-Za-z]+', m.group(2)):
                langs.add(w.lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words)}


def load():
    with open(FROZEN, encoding='utf-8') as f:
        d = json.load(f)
    if os.path.isdir(SRC):
        texts = [open(os.path.join(SRC, n), encoding='utf-8').read() for n in FILES]
        if extract(texts) != d:
            raise SystemExit('deny-list drift: /tmp/brief82 differs from brief_names.json')
    return d


if __name__ == '__main__' and '--freeze' in sys.argv:
    texts = [open(os.path.join(SRC, n), encoding='utf-8').read() for n in FILES]
    d = extract(texts)
    with open(FROZEN, 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d['names']), len(d['languages']), len(d['words']))
