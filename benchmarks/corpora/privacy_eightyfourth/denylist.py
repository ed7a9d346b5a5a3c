"""Deny-list extracted from the two briefing READMEs (p77, p82).

`python3 denylist.py --freeze` writes brief_names.json once; build.py loads it and,
when /tmp/brief84/ exists, re-extracts and fails if the extraction differs."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = '/tmp/brief84'
FROZEN = os.path.join(HERE, 'brief_names.json')


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for code, name in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(code.lower())
            langs.add(name.lower())
        for w in re.findall(r'[^\W\d_]+', t):
            words.add(w.lower())
    wide = set(names)
    for n in names:
        for part in n.split('__'):
            if part:
                wide.add(part)
    return {'names': sorted(wide), 'languages': sorted(langs), 'words': sorted(words)}


def from_brief():
    texts = []
    for fn in sorted(os.listdir(BRIEF_DIR)):
        if fn.endswith('.md'):
            with open(os.path.join(BRIEF_DIR, fn), encoding='utf-8') as f:
                texts.append(f.read())
    return extract(texts)


def load():
    with open(FROZEN, encoding='utf-8') as f:
        frozen = json.load(f)
    if os.path.isdir(BRIEF_DIR):
        if from_brief() != frozen:
            raise SystemExit('deny-list: /tmp/brief84 extraction differs from brief_names.json')
    return frozen


class Deny:
    def __init__(self, d):
        self.names = set(d['names'])
        self.langs = set(d['languages'])
        self.words = set(d['words'])

    def name_hits(self, name):
        n = name.lower()
        parts = [n] + [p for p in n.split('__') if p]
        return sorted({p for p in parts if p in self.names})

    def language_ok(self, code, english):
        c = code.lower()
        if c in self.names or c in self.langs or c in self.words:
            return False
        if english.lower() in self.langs:
            return False
        for w in re.findall(r'[^\W\d_]+', english):
            w = w.lower()
            if w in self.words or w in self.langs:
                return False
        return True


if __name__ == '__main__':
    if '--freeze' in sys.argv:
        d = from_brief()
        with open(FROZEN, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
            f.write('\n')
        print('frozen', len(d['names']), 'names', len(d['languages']), 'language entries', len(d['words']), 'words')
