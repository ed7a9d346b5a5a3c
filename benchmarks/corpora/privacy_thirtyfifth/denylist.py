"""Extract the frozen deny-list from the two earlier READMEs."""
import json, os, re
BRIEF = '/tmp/brief35'
FILES = ['README_previous1.md', 'README_previous2.md']
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, 'brief_names.json')

def read_texts():
    return [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in FILES]

def extract(texts):
    names = set()
    for t in texts:
        for m in re.finditer(r'`([^`\n]+)`', t):
            names.add(m.group(1).strip().lower())
        for m in re.finditer(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.group(0).lower())
        for m in re.finditer(r'`([a-z]{2,3})` \(([A-Z][A-Za-z\- ]+)\)', t):
            names.add(m.group(1)); names.add(m.group(2).lower())
        for m in re.finditer(r'\(([^()]{3,600})\)', t):
            items = [x.strip() for x in re.split(r'[,/;]| and ', m.group(1)) if x.strip()]
            caps = [x for x in items if x[:1].isupper()]
            if len(caps) >= 3:
                for x in caps:
                    names.add(x.lower())
    return sorted(names)

def freeze():
    names = extract(read_texts())
    json.dump(names, open(FROZEN, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
    return names

def load():
    names = json.load(open(FROZEN, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        if extract(read_texts()) != names:
            raise SystemExit('deny-list drift: re-extracted names differ from brief_names.json')
    return names

def widened(names):
    out = set()
    for n in names:
        out.add(n)
        for p in n.split('__'):
            if p:
                out.add(p)
    return out

def readme_words():
    if not os.path.isdir(BRIEF):
        return None
    return '\n'.join(read_texts()).lower()

def overlaps(own, names):
    w = widened(names)
    bad = []
    for n in own:
        for p in [n] + n.split('__'):
            if p.lower() in w:
                bad.append((n, p)); break
    return bad

def language_hits(langs, names):
    w = set(names)
    txt = readme_words()
    bad = []
    for code, eng in langs:
        if code.lower() in w or eng.lower() in w:
            bad.append((code, eng)); continue
        if txt is not None and re.search(r'(?<![a-z])' + re.escape(eng.lower()) + r'(?![a-z])', txt):
            bad.append((code, eng))
    return bad
