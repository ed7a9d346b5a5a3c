"""Deny-list extraction from the two earlier READMEs, frozen in brief_names.json."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief76'
FILES = ['README_previous1.md', 'README_previous2.md']
FROZEN = os.path.join(HERE, 'brief_names.json')


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            s = m.strip().lower()
            if s:
                names.add(s)
                for p in s.split('__'):
                    if p:
                        names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            s = m.lower()
            names.add(s)
            for p in s.split('__'):
                if p:
                    names.add(p)
        for code, name in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(name.lower())
        for name, code in re.findall(r'([A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)*) `([a-z]{2,3})`', t):
            langs.add(code)
            langs.add(name.lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words)}


def current():
    texts = []
    for f in FILES:
        with open(os.path.join(BRIEF, f), encoding='utf-8') as fh:
            texts.append(fh.read())
    return extract(texts)


def load():
    with open(FROZEN, encoding='utf-8') as fh:
        frozen = json.load(fh)
    if os.path.isdir(BRIEF):
        if current() != frozen:
            raise SystemExit('deny-list: /tmp/brief76 differs from frozen brief_names.json')
    return frozen


def overlaps(name, frozen_names):
    n = name.lower()
    bad = []
    if n in frozen_names:
        bad.append(n)
    for p in n.split('__'):
        if p in frozen_names:
            bad.append(p)
    return bad


def language_ok(code, english, frozen):
    names, langs, words = set(frozen['names']), set(frozen['languages']), set(frozen['words'])
    if code in names or code in langs or code in words:
        return False
    for w in re.findall(r'[A-Za-z]+', english.lower()):
        if w in words or w in langs:
            return False
    if english.lower() in langs:
        return False
    return True


if __name__ == '__main__':
    if '--freeze' in sys.argv:
        d = current()
        with open(FROZEN, 'w', encoding='utf-8') as fh:
            json.dump(d, fh, ensure_ascii=False, indent=0, sort_keys=True)
        print('frozen', len(d['names']), 'names', len(d['languages']), 'language entries', len(d['words']), 'words')
