"""Extract and freeze the deny-list from the two earlier READMEs (run once with --freeze)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/tmp/brief73'
FILES = ['README_previous1.md', 'README_previous2.md']
FROZEN = os.path.join(HERE, 'brief_names.json')


def extract():
    names, langs, words = set(), set(), set()
    for fn in FILES:
        t = open(os.path.join(SRC, fn), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            if m:
                names.add(m)
                for p in m.split('__'):
                    if p:
                        names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for code, name in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(name.lower())
            for w in re.findall(r'[A-Za-z]+', name):
                langs.add(w.lower())
        for name, code in re.findall(r'([A-Z][a-z]+) `([a-z]{2,3})`', t):
            langs.add(code)
            langs.add(name.lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words)}


def load():
    return json.load(open(FROZEN, encoding='utf-8'))


def verify_frozen():
    """If the source READMEs are present, re-extract and require equality."""
    if all(os.path.exists(os.path.join(SRC, f)) for f in FILES):
        if extract() != load():
            raise SystemExit('deny-list drift: re-extraction differs from brief_names.json')
        return True
    return False


if __name__ == '__main__':
    if '--freeze' in sys.argv:
        d = extract()
        json.dump(d, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        print(len(d['names']), len(d['languages']), len(d['words']))
