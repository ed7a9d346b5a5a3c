"""Frozen deny-list of names from the p24 / p25 READMEs."""
import json, os, re
BRIEF = '/tmp/brief26'
FILES = ['privacy_twentyfourth_README.md', 'privacy_twentyfifth_README.md']
EXTRA = ['german', 'malay', 'indonesian', 'kurdish', 'kurmanji', 'de', 'ms', 'id']
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')

def extract():
    names = set(EXTRA)
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding='utf-8').read()
        for m in re.finditer(r'`([^`\n]+)`', t):
            names.add(m.group(1).strip().lower())
        # language lists: `code` (English name)
        for m in re.finditer(r'`([a-z_]+)` \(([^()`]+(?:\([^()]*\))?[^()`]*)\)', t):
            full = m.group(2).strip().lower()
            names.add(full)
            names.add(re.sub(r'\s*\(.*\)', '', full).strip())
    return sorted(names)

def load():
    names = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        if extract() != names:
            raise SystemExit('deny-list differs from /tmp/brief26 READMEs')
    wide = set(names)
    for n in names:
        for p in n.split('__'):
            if p:
                wide.add(p.strip('_'))
    return wide

def freeze():
    json.dump(extract(), open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
