"""Deny-list: names extracted from the two supplied READMEs, frozen in brief_names.json."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')
BRIEF = '/tmp/brief41'
FILES = ['README_previous1.md', 'README_previous2.md']


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.finditer(r'`([^`\n]+)`', t):
            names.add(m.group(1).strip().lower())
        for m in re.finditer(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.group(0).lower())
        for m in re.finditer(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(m.group(1).lower()); langs.add(m.group(2).lower())
        for m in re.finditer(r'\(([A-Z][^()]*?(?:, [A-Z][^()]*?){2,})\)', t):
            for item in m.group(1).split(','):
                names.add(item.strip().lower())
        for w in re.findall(r"[A-Za-zÀ-ÿ]+", t):
            words.add(w.lower())
    widened = set(names)
    for n in names:
        for part in n.split('__'):
            if part:
                widened.add(part)
    return {'names': sorted(widened), 'languages': sorted(langs), 'words': sorted(words)}


def read_brief():
    return [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in FILES]


def freeze():
    data = extract(read_brief())
    with open(FROZEN, 'w', encoding='utf-8') as fh:
        json.dump(data, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return data


def load():
    data = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        fresh = extract(read_brief())
        if fresh != data:
            raise SystemExit('deny-list: frozen brief_names.json differs from re-extraction of /tmp/brief41')
    return data


def overlaps(own_names, data):
    deny = set(data['names'])
    bad = []
    for n in own_names:
        low = n.lower()
        for cand in [low] + [p for p in low.split('__') if p]:
            if cand in deny:
                bad.append((n, cand))
    return bad


def language_ok(code, english, data):
    words = set(data['words']); deny = set(data['names']) | set(data['languages'])
    if code.lower() in deny or code.lower() in words:
        return False
    for w in re.findall(r"[A-Za-zÀ-ÿ]+", english):
        if w.lower() in words or w.lower() in deny:
            return False
    return True
