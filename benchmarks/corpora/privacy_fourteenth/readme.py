"""Renders README.md from the built records (static prose lives in readme_text.py)."""
import collections
import readme_text as T
import gen_types


def _bt(items):
    return ', '.join('`%s`' % i for i in items)


def _cnt(counter):
    return ', '.join('`%s` (%d)' % (k, v) for k, v in sorted(counter.items()))


def render(pos, eva, neg, st):
    types = collections.Counter(s['type'] for x in pos for s in x['secrets'])
    src = collections.Counter(x['source'] for x in pos)
    enc = collections.Counter(x['encoding'] for x in eva)
    ecls = collections.Counter(x['type'] for x in eva)
    ncls = collections.Counter(x['class'] for x in neg)
    langs = sorted({x['container'].split('__')[1] for x in pos if x['source'] == 'gen_prose'})
    L = [T.HEAD, '## Files and counts', '',
         '| file | records | spans | span types | container kinds | notes |', '|---|---|---|---|---|---|',
         '| `secrets.jsonl` | %d | %d | %d | %d | %d span types absent from the p12/p13 lists (reused: %s); every container kind and its base before `__` absent from those lists |'
         % (len(pos), st['spans'], len(types), st['kinds'], st['new_types'], _bt(st['reused_types'])),
         '| `evasions.jsonl` | %d | %d | %d | %d | %d encodings, none used as an encoding name by p12/p13 |'
         % (len(eva), len(eva), len(ecls), len({x['container'] for x in eva}), len(enc)),
         '| `negatives.jsonl` | %d | – | – | %d | %d classes |' % (len(neg), len({x['container'] for x in neg}), len(ncls)),
         '', T.SCHEMA, T.CONVENTIONS, '## Categories (positives)', '', '| source module | records | what |', '|---|---|---|']
    for m in ('gen_vendor', 'gen_passwords', 'gen_misc', 'gen_prose'):
        what = T.CATEGORIES[m]
        if m == 'gen_prose':
            what = what % (len(langs), ', '.join(langs))
        L.append('| `%s` | %d | %s |' % (m, src[m], what))
    L += ['', '### Span types in positives', '', _cnt(types), '',
          '### Container kinds in positives', '', _bt(sorted({x['container'] for x in pos})), '',
          '### Evasion encodings', '', _cnt(enc), '', T.DECODERS, '',
          'Evasion credential types: ' + _cnt(ecls), '',
          'Evasion containers: ' + _bt(sorted({x['container'] for x in eva})), '',
          '### Negative classes', '', '| class | records |', '|---|---|']
    L += ['| `%s` | %d |' % kv for kv in sorted(ncls.items())]
    L += ['', T.NEG_NOTE, '', 'Negative containers: ' + _bt(sorted({x['container'] for x in neg})), '',
          '## Checks run by build.py before writing', '', T.CHECKS,
          '- structured formats verified in this build: ' + ', '.join('%s ×%d' % kv for kv in sorted(st['structured'].items())), '',
          T.JUDGEMENT, '', 'Name-only types (no distinctive prefix; recognisable from the variable / field name or '
          'surrounding text): ' + _bt(sorted(t for t in gen_types.NAME_ONLY if t in types)), '',
          T.GUESSED, '', T.SOURCES]
    return '\n'.join(L) + '\n'
