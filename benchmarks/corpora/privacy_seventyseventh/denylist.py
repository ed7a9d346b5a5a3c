"""Deny-list extracted from the two earlier READMEs in /tmp/brief77 (frozen in brief_names.json)."""
import json, os, re, sys
SRC = '/tmp/brief77'
FILES = ['README_previous1.md', 'README_previous2.md']
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')


def extract():
    names, words, langs = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(SRC, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            if m:
                names.add(m)
                for p in m.split('__'):
                    if p.strip('_'):
                        names.add(p.strip('_'))
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower()
            names.add(m)
            for p in m.split('__'):
                if p.strip('_'):
                    names.add(p.strip('_'))
        for m in re.findall(r"[A-Za-z\u00C0-\u024F]+", t):
            words.add(m.lower())
        # language mentions: `xx` (Name) and bare capitalised language names
        for code, name in re.findall(r'`([a-z]{2,3})` \(([A-Z][A-Za-z ]+)\)', t):
            langs.add(code); langs.add(name.lower())
    return {'names': sorted(names), 'words': sorted(words), 'languages': sorted(langs)}


def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(SRC):
        if extract() != d:
            raise SystemExit('deny-list: READMEs in %s differ from frozen brief_names.json' % SRC)
    return d


if __name__ == '__main__' and '--freeze' in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d['names']), 'names', len(d['languages']), 'language entries', len(d['words']), 'words')
