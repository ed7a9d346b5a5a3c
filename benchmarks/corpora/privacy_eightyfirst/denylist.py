"""Deny-list extraction from the two earlier READMEs (frozen in brief_names.json)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief81'
FROZEN = os.path.join(HERE, 'brief_names.json')
FILES = ['README_previous1.md', 'README_previous2.md']

# languages the READMEs name only as unused / excluded candidates or in prose
EXTRA_LANG = {
    'mri': 'Maori', 'smo': 'Samoan', 'ton': 'Tongan', 'haw': 'Hawaiian', 'hat': 'Haitian Creole',
    'zho': 'Chinese', 'yid': 'Yiddish', 'ast': 'Asturian', 'ca': 'Catalan', 'gl': 'Galician',
    'mt': 'Maltese', 'lb': 'Luxembourgish', 'eo': 'Esperanto', 'mn': 'Mongolian', 'kk': 'Kazakh',
    'uz': 'Uzbek', 'km': 'Khmer', 'si': 'Sinhala', 'am': 'Amharic', 'es': 'Spanish', 'cs': 'Czech',
    'sk': 'Slovak', 'th': 'Thai', 'lt': 'Lithuanian', 'fi': 'Finnish', 'gd': 'Scottish Gaelic',
    'pa': 'Gurmukhi Punjabi script', 'en': 'English',
}


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split('__'):
                if part:
                    names.add(part)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower()
            names.add(m)
            for part in m.split('__'):
                if part:
                    names.add(part)
        for code, name in re.findall(r'`([a-z]{2,3})` \(([A-Z][^)]*)\)', t):
            langs.add(code)
            langs.add(name.lower())
            for w in re.findall(r'[a-z]+', name.lower()):
                langs.add(w)
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    for code, name in EXTRA_LANG.items():
        langs.add(code)
        langs.add(name.lower())
        for w in name.lower().split():
            langs.add(w)
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words)}


def read_brief():
    texts = []
    for f in FILES:
        with open(os.path.join(BRIEF, f), encoding='utf-8') as fh:
            texts.append(fh.read())
    return texts


def load():
    with open(FROZEN, encoding='utf-8') as fh:
        frozen = json.load(fh)
    if os.path.isdir(BRIEF):
        fresh = extract(read_brief())
        if fresh != frozen:
            raise SystemExit('deny-list: re-extraction differs from brief_names.json')
    return frozen


if __name__ == '__main__' and '--freeze' in sys.argv:
    d = extract(read_brief())
    with open(FROZEN, 'w', encoding='utf-8') as fh:
        json.dump(d, fh, ensure_ascii=False, indent=0, sort_keys=True)
    print({k: len(v) for k, v in d.items()})
