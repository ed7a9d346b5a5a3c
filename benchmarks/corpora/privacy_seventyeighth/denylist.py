"""Extract and freeze the deny-list from the two earlier READMEs (/tmp/brief78)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')
SRC = '/tmp/brief78'
FILES = ['README_previous1.md', 'README_previous2.md']


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`]+)`', t):
            m = m.strip().lower()
            if m:
                names.add(m)
                for p in m.split('__'):
                    if p:
                        names.add(p.strip('_'))
        for m in re.findall(r'\b[a-z0-9]+(?:_[a-z0-9]+)+\b', t, flags=re.I):
            m = m.lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p.strip('_'))
        # language mentions: `xx` (Name)
        for code, name in re.findall(r'`([a-z]{2,3})` \(([A-Z][A-Za-z ]+)\)', t):
            langs.add(code.lower()); langs.add(name.lower())
            for w in name.split():
                langs.add(w.lower())
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    # languages named in prose only
    extra = ['tahitian', 'fijian', 'chamorro', 'bislama', 'tok pisin', 'georgian', 'armenian', 'azerbaijani',
             'aymara', 'spanish', 'czech', 'slovak', 'lithuanian', 'hindi', 'thai', 'finnish', 'catalan',
             'galician', 'maltese', 'luxembourgish', 'esperanto', 'mongolian', 'kazakh', 'uzbek', 'khmer',
             'sinhala', 'amharic', 'norwegian', 'ka', 'fi', 'es', 'cs', 'sk', 'lt', 'hi', 'th', 'nb', 'ca',
             'gl', 'mt', 'lb', 'eo', 'mn', 'kk', 'uz', 'km', 'si', 'am']
    for e in extra:
        langs.add(e)
    names.discard('')
    return sorted(names), sorted(langs), sorted(words)


def load_texts():
    return [open(os.path.join(SRC, f), encoding='utf-8').read() for f in FILES]


def freeze():
    n, l, w = extract(load_texts())
    with open(FROZEN, 'w', encoding='utf-8') as f:
        json.dump({'names': n, 'languages': l, 'words': w}, f, ensure_ascii=False, indent=0)
    print('frozen', len(n), len(l), len(w))


def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(SRC):
        n, l, w = extract(load_texts())
        if (n, l, w) != (d['names'], d['languages'], d['words']):
            raise SystemExit('deny-list: re-extraction differs from frozen brief_names.json')
    return set(d['names']), set(d['languages']), set(d['words'])


if __name__ == '__main__' and '--freeze' in sys.argv:
    freeze()
