"""Frozen deny-list of names from the two brief READMEs (p28, p29)."""
import json, os, re
BRIEF = '/tmp/brief30'
FILES = ['privacy_twentyeighth_README.md', 'privacy_twentyninth_README.md']
NOTE_LANGS = ['German', 'Malay', 'Indonesian', 'Kurdish', 'Kurmanji', 'Kölsch', 'Bavarian', 'West Frisian',
              'Kinyarwanda', 'Lower Sorbian', 'Upper Sorbian', 'Dutch', 'Persian', 'Urdu', 'Russian', 'Mandarin',
              'Chinese', 'Thai', 'Arabic', 'Greek', 'Hindi', 'Japanese', 'Bengali', 'Tamil', 'Bulgarian', 'Swahili',
              'Finnish', 'Malayalam', 'Telugu', 'Korean', 'Ukrainian', 'Nepali', 'Armenian', 'Georgian', 'Punjabi',
              'Sinhala', 'Gujarati', 'Marathi', 'Kannada', 'Romansh', 'Friulian', 'Kashubian', 'Mauritian',
              'Seychellois', 'Nigerian Pidgin', 'Tok Pisin', 'Bislama', 'Hawaiian Pidgin', 'Estonian']


def extract():
    names = set()
    for f in FILES:
        t = open(os.path.join(BRIEF, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m)
        for line in t.splitlines():
            if line.startswith('Prose languages'):
                for code, name in re.findall(r'`([^`]+)` \(([^()]*(?:\([^()]*\))?[^()]*)\)', line):
                    names.add(code)
                    names.add(name)
                    names.add(re.sub(r'\s*\(.*\)', '', name).strip())
    names.update(NOTE_LANGS)
    return sorted(n for n in names if n)


def load(here):
    return json.load(open(os.path.join(here, 'brief_names.json'), encoding='utf-8'))


def widened(frozen):
    s = set()
    for n in frozen:
        s.add(n.lower())
        for p in n.split('__'):
            if p:
                s.add(p.lower())
    return s


def overlaps(candidates, frozen):
    w = widened(frozen)
    bad = []
    for c in candidates:
        for part in [c] + c.split('__'):
            if part and part.lower() in w:
                bad.append((c, part))
    return bad
