"""Extract and freeze the deny-list from the two earlier READMEs."""
import json, os, re, sys

BRIEF = '/tmp/brief74'
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')
# languages the READMEs name in prose (not as `code` (Name)) - written from reading them
PROSE_LANGS = ['tahitian', 'fijian', 'chamorro', 'bislama', 'tok pisin', 'georgian', 'armenian',
               'azerbaijani', 'aymara', 'ay', 'scottish gaelic', 'west frisian', 'central kurdish',
               'haitian creole', 'english', 'fi', 'ka']


def extract():
    names, langs, words = set(), set(), set()
    for fn in ('README_previous1.md', 'README_previous2.md'):
        t = open(os.path.join(BRIEF, fn), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
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
            langs.add(code.lower())
            langs.add(name.lower())
            for w in re.split(r'[\s/-]+', name.lower()):
                if w:
                    langs.add(w)
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    for l in PROSE_LANGS:
        langs.add(l)
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words)}


def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        if extract() != d:
            raise SystemExit('deny-list differs from /tmp/brief74 READMEs')
    return d


if __name__ == '__main__' and '--freeze' in sys.argv:
    d = extract()
    json.dump(d, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(d['names']), len(d['languages']), len(d['words']))
