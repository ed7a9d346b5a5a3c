"""Deny-list extraction from the two earlier READMEs (p272, p273).

Everything here reads only the README texts handed to it; the frozen result lives in
brief_names.json and is re-extracted (and compared) whenever /tmp/brief277/ exists.
"""
import os
import re

BRIEF_DIR = '/tmp/brief277'
BRIEF_FILES = ['README_twohundredseventysecond.md', 'README_twohundredseventythird.md']

_BACKTICK = re.compile(r'`([^`\n]+)`')
_SNAKE = re.compile(r'(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])')
_LANG_PAIR = re.compile(r'`([a-z]{2,3})` \(([^()]+)\)')
_SYNTAX = re.compile(r'^[a-z]{2,4}pw_([a-z0-9_]+)$')
_ENC_DEF = re.compile(r'`([a-z0-9_]+)` = "')
_WORD = re.compile(r'[a-z]+')


def fold(word):
    """Plural folding used for idea tokens."""
    if len(word) > 4 and word.endswith('ies'):
        return word[:-3] + 'y'
    if len(word) > 4 and word.endswith('es') and word[-3] in 'sxz':
        return word[:-2]
    if len(word) > 3 and word.endswith('s') and not word.endswith('ss'):
        return word[:-1]
    return word


def _section(text, head):
    i = text.find('\n## ' + head)
    if i < 0:
        return ''
    j = text.find('\n## ', i + 4)
    return text[i:j if j > 0 else len(text)]


def extract_denylist(texts):
    names = set()
    syntaxes = set()
    codes = set()
    lang_names = set()
    encodings = set()
    idea_words = set()
    for text in texts:
        low = text
        for m in _BACKTICK.finditer(low):
            n = m.group(1).strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split('__'):
                if part:
                    names.add(part)
        for m in _SNAKE.finditer(low):
            n = m.group(0).lower()
            names.add(n)
            for part in n.split('__'):
                if part:
                    names.add(part)
        for m in _LANG_PAIR.finditer(low):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r'[\s\-]+', nm):
                if w:
                    lang_names.add(w)
        sec = _section(low, 'Evasion encodings')
        for m in _ENC_DEF.finditer(sec):
            encodings.add(m.group(1).lower())
        for w in _WORD.findall(sec.lower()):
            if len(w) >= 3:
                idea_words.add(fold(w))
    for n in list(names):
        m = _SYNTAX.match(n)
        if m:
            syntaxes.add(m.group(1))
    enc_tokens = set()
    for e in encodings:
        for t in e.split('_'):
            if t:
                enc_tokens.add(fold(t))
    return {
        'names': sorted(names),
        'syntaxes': sorted(syntaxes),
        'language_codes': sorted(codes),
        'language_names': sorted(lang_names),
        'earlier_encodings': sorted(encodings),
        'earlier_encoding_tokens': sorted(enc_tokens),
        'idea_words': sorted(idea_words),
    }


def extract_from_dir(d=BRIEF_DIR):
    texts = []
    for f in BRIEF_FILES:
        with open(os.path.join(d, f), encoding='utf-8') as fh:
            texts.append(fh.read())
    out = {'source': d, 'files': list(BRIEF_FILES)}
    out.update(extract_denylist(texts))
    return out
