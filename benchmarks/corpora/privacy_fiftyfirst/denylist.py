"""Frozen deny-list from the two briefing READMEs and overlap checks."""
import json, os, re

BRIEF = '/tmp/brief51'
FILES = ['README_previous1.md', 'README_previous2.md']
FROZEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'brief_names.json')


def extract():
    names, langs, words = set(), set(), set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding='utf-8').read()
        for b in re.findall(r'`([^`\n]+)`', t):
            names.add(b.strip().lower())
        for s in re.findall(r'\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b', t):
            names.add(s.lower())
        for code, name in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add((code, name))
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
    for n in list(names):
        for p in n.split('__'):
            if p:
                names.add(p.strip('_'))
    return {'names': sorted(names), 'languages': sorted([list(x) for x in langs]), 'words': sorted(words)}


def freeze():
    json.dump(extract(), open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)


def load():
    d = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        assert extract() == d, 'brief READMEs changed since freeze'
    return d


def check_names(own, d):
    names = set(d['names'])
    bad = []
    for n in own:
        n = n.lower()
        for p in [n] + n.split('__'):
            if p in names:
                bad.append((n, p))
    return bad


def language_ok(code, english, d):
    names, words = set(d['names']), set(d['words'])
    codes = {c for c, _ in d['languages']}
    if code in names or code in codes or code in words:
        return False
    return not any(w.lower() in words for w in re.findall(r'[A-Za-z]+', english))
