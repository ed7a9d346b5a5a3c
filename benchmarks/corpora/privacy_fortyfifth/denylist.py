"""Frozen deny-list extracted from the two earlier READMEs (p42, p43)."""
import json, os, re

BRIEF_DIR = '/tmp/brief45'
FILES = ('README_previous1.md', 'README_previous2.md')
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')


def extract(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.finditer(r'`([^`\n]+)`', t):
            s = m.group(1).strip().lower()
            names.add(s)
            for part in s.split('__'):
                if part:
                    names.add(part.strip('_') or part)
        for m in re.finditer(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            s = m.group(0).lower()
            names.add(s)
            for part in s.split('__'):
                if part:
                    names.add(part)
        for m in re.finditer(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(m.group(1).lower())
            langs.add(m.group(2).lower())
        for w in re.findall(r"[A-Za-zÀ-ÿ]+", t):
            words.add(w.lower())
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words)}


def read_brief():
    texts = []
    for f in FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding='utf-8') as fh:
            texts.append(fh.read())
    return extract(texts)


def freeze():
    data = read_brief()
    with open(FROZEN, 'w', encoding='utf-8') as fh:
        json.dump(data, fh, ensure_ascii=False, indent=0, sort_keys=True)
    return data


def load():
    with open(FROZEN, encoding='utf-8') as fh:
        data = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        fresh = read_brief()
        if fresh != data:
            raise SystemExit('deny-list drift: /tmp/brief45 READMEs differ from brief_names.json')
    return data


def overlaps(own_names, data):
    frozen = set(data['names'])
    bad = []
    for n in own_names:
        low = n.lower()
        parts = [low] + [p for p in low.split('__') if p]
        for p in parts:
            if p in frozen:
                bad.append((n, p))
    return bad


def language_ok(code, english, data):
    frozen = set(data['names']) | set(data['languages']) | set(data['words'])
    if code.lower() in frozen:
        return False
    for w in re.findall(r"[A-Za-z]+", english):
        if w.lower() in set(data['words']) or w.lower() in set(data['languages']):
            return False
    return True
