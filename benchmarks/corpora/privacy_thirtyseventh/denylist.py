"""Deny-list extraction from the two earlier READMEs; frozen in brief_names.json."""
import json, os, re

BRIEF_DIR = '/tmp/brief37'
FILES = ['README_previous1.md', 'README_previous2.md']
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')


def extract(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for code, name in re.findall(r'`([a-z]{2,3})` \(([A-Z][^)]*)\)', t):
            langs.add(code); names.add(code); names.add(name.lower())
        for grp in re.findall(r'\(([^()]*)\)', t):
            items = [x.strip() for x in re.split(r',|/', grp)]
            caps = [x for x in items if re.match(r'^[A-Z][A-Za-z0-9 .\-]+$', x)]
            if len(caps) >= 3:
                for x in caps:
                    names.add(x.lower())
        for w in re.findall(r'[A-Za-zÀ-ÿ]+', t):
            words.add(w.lower())
    return {'names': sorted(names), 'words': sorted(words), 'language_codes': sorted(langs)}


def read_brief():
    texts = []
    for f in FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding='utf-8') as fh:
            texts.append(fh.read())
    return texts


def freeze():
    data = extract(read_brief())
    with open(FROZEN, 'w', encoding='utf-8') as fh:
        json.dump(data, fh, ensure_ascii=False, indent=0, sort_keys=True)
        fh.write('\n')
    return data


def load():
    with open(FROZEN, encoding='utf-8') as fh:
        data = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        again = extract(read_brief())
        if again != data:
            raise SystemExit('deny-list: re-extraction differs from brief_names.json')
    return data


def widened(data):
    s = set(data['names'])
    for n in list(s):
        for part in n.split('__'):
            if part:
                s.add(part)
    return s


def check_names(own, data):
    """own: iterable of names. Fails on any overlap (whole name or __ part)."""
    deny = widened(data)
    bad = []
    for n in own:
        low = n.lower()
        for part in [low] + [p for p in low.split('__') if p]:
            if part in deny:
                bad.append((n, part))
    if bad:
        raise SystemExit('deny-list overlap: %r' % bad[:20])
    return len(set(own))


def check_languages(langs, data):
    words = set(data['words']); codes = set(data['names'])
    bad = []
    for code, name in langs:
        if code.lower() in codes:
            bad.append((code, 'code'))
        for w in re.findall(r'[A-Za-zÀ-ÿ]+', name):
            if w.lower() in words:
                bad.append((code, name, w))
    if bad:
        raise SystemExit('language overlap: %r' % bad)
