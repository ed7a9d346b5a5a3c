"""Frozen deny-list extracted from the two earlier READMEs in /tmp/brief80."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/tmp/brief80'
FILES = ['README_previous1.md', 'README_previous2.md']
FROZEN = os.path.join(HERE, 'brief_names.json')
EXTRA_LANG = ['Arabic', 'Hebrew', 'Bengali', 'Punjabi', 'Gurmukhi', 'Finnish', 'Wolof', 'Tswana', 'Cebuano', 'Tongan',
              'Hawaiian', 'Haitian', 'Yiddish', 'Asturian', 'Chinese', 'Latin']

def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for code, name in re.findall(r'`([a-z]{2,3})` \(([A-Z][A-Za-z ]+)\)', t):
            langs.add(code); langs.add(name.lower())
            for w in name.split():
                langs.add(w.lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    for n in list(names):
        for part in n.split('__'):
            if part:
                names.add(part)
    for l in EXTRA_LANG:
        langs.add(l.lower())
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words)}

def current():
    texts = [open(os.path.join(SRC, f), encoding='utf-8').read() for f in FILES]
    return extract(texts)

def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(SRC):
        if current() != d:
            raise SystemExit('deny-list differs from the READMEs in ' + SRC)
    return d

if __name__ == '__main__' and '--freeze' in sys.argv:
    d = current()
    json.dump(d, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d['names']), len(d['languages']), len(d['words']))
