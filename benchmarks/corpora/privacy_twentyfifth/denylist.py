"""Deny-list of names used by the p23 / p24 READMEs (frozen in brief_names.json)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief25'
FILES = ('privacy_twentythird_README.md', 'privacy_twentyfourth_README.md')
# languages the READMEs' notes mention as used earlier (not in backticks)
EXTRA = ['german', 'malay', 'indonesian', 'kurdish', 'kurmanji', 'ms', 'id', 'de']


def extract():
    names = set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for code, lang in re.findall(r'`([a-z]{2,3})` \(([^()]*(?:\([^()]*\))?)\)', t):
            names.add(code.lower()); names.add(lang.strip().lower())
            names.add(re.sub(r'\s*\(.*\)', '', lang).strip().lower())
    return sorted(names | set(EXTRA))


def load():
    path = os.path.join(HERE, 'brief_names.json')
    frozen = json.load(open(path, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        if extract() != frozen:
            raise SystemExit('deny-list differs from the READMEs in %s' % BRIEF)
    wide = set(frozen)
    for n in frozen:
        for part in n.split('__'):
            wide.add(part); wide.add(part.lstrip('_'))
    return frozen, wide


def freeze():
    json.dump(extract(), open(os.path.join(HERE, 'brief_names.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
