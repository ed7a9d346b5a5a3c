"""All checks of the p254 build, and the mutation tests."""
import collections
import copy
import re

import common254 as C
import dec254
import enc254
import everyday254 as E
import evasions254 as EV
import negatives254 as NG
import positional254 as P
import prose254 as PR
import vendor254 as VD

POS_FIELDS = ['id', 'type', 'container', 'text', 'secrets', 'source']
POS_SPAN = ['value', 'start', 'end', 'type']
EVA_FIELDS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
EVA_SPAN = ['value', 'start', 'end', 'type', 'plain', 'encoding']
NEG_FIELDS = ['id', 'class', 'container', 'text', 'source']
MARK_RE = re.compile('[\u27e6\u27e7]')


def denied(name, deny):
    names = set(deny['names'])
    n = name.lower()
    if n in names:
        return True
    return any(p in names for p in n.split('__') if p)


def check_names(data, deny):
    errs = []
    names = set(deny['names'])
    syn = set(deny['syntaxes'])
    codes = set(deny['language_codes'])
    lnames = set(deny['language_names'])
    hand = set(C.HAND_LANGUAGES)
    own = []
    own += [('everyday type', t) for t in E.TYPE_NAMES]
    own += [('everyday kind', k['name']) for k in E.KINDS]
    own += [('vendor type', s['type']) for s in VD.SPECS]
    own += [('vendor style', s) for s in VD.STYLES]
    own += [('where label', w) for w in P.WHERE.values()]
    own += [('prose type', PR.TYPE)] + [('prose format', f) for f in PR.FORMATS]
    own += [('encoding', e) for e in enc254.ENCODINGS]
    own += [('evasion wording', w) for w in EV.WORDING_NAMES]
    own += [('evasion type', t) for t in EV.TYPE_NAMES]
    own += [('negative class', c) for c in NG.CLASS_NAMES]
    own += [('negative base kind', k) for c in NG.CLASS_NAMES for k, _ in NG.CLASSES[c]['kinds']]
    own += [('negative wrapper', w.strip('_')) for w in NG.WRAPPERS if w]
    for rec in data['secrets'] + data['evasions']:
        own.append(('container', rec['container']))
        own.append(('span type', rec['secrets'][0]['type']))
    for rec in data['evasions']:
        own.append(('encoding used', rec['encoding']))
    for rec in data['negatives']:
        own.append(('negative container', rec['container']))
        own.append(('negative class used', rec['class']))
    for what, n in own:
        if what == 'container' and n.split('__')[-1] in {l[0] for l in PR.LANGS}:
            # prose containers: format part checked as a name, the code part below as a language
            if denied(n.split('__')[0], deny):
                errs.append('deny-listed %s: %s' % (what, n))
            continue
        if denied(n, deny):
            errs.append('deny-listed %s: %s' % (what, n))
    sy = [s['name'] for s in P.SYNTAXES]
    sy += [r['type'][len(P.PREFIX):] for r in data['secrets'] if r['source'] == 'password']
    for s in sy:
        if s in syn or s in names:
            errs.append('earlier positional syntax: %s' % s)
    langs = [(l[0], l[1]) for l in PR.LANGS] + list(PR.SPARES)
    langs += [(r['container'].split('__')[-1], None) for r in data['secrets'] if r['source'] == 'prose']
    for code, lname in langs:
        if code in codes or code in names or code in hand:
            errs.append('deny-listed language code: %s' % code)
        if lname:
            ln = lname.lower()
            if ln in lnames or ln in hand or ln in names:
                errs.append('deny-listed language name: %s' % lname)
            for w in re.split(r'[\s\-]+', ln):
                if w in lnames or w in hand:
                    errs.append('deny-listed language word: %s (%s)' % (w, lname))
    return errs


def check_structure(data):
    errs = []
    for key, prefix, fields in (('secrets', 's', POS_FIELDS), ('evasions', 'e', EVA_FIELDS), ('negatives', 'n', NEG_FIELDS)):
        for i, rec in enumerate(data[key]):
            want = '%s-%s-%04d' % (C.PREFIX, prefix, i + 1)
            if rec.get('id') != want:
                errs.append('id %s expected %s' % (rec.get('id'), want))
            if list(rec) != fields:
                errs.append('%s: field set %s' % (rec.get('id'), list(rec)))
            if MARK_RE.search(rec['text']):
                errs.append('%s: placement marker left' % rec['id'])
    for key, span_fields in (('secrets', POS_SPAN), ('evasions', EVA_SPAN)):
        for rec in data[key]:
            sp = rec['secrets']
            if len(sp) != 1:
                errs.append('%s: %d spans' % (rec['id'], len(sp)))
                continue
            s = sp[0]
            if list(s) != span_fields:
                errs.append('%s: span fields %s' % (rec['id'], list(s)))
            if rec['text'][s['start']:s['end']] != s['value']:
                errs.append('%s: text[start:end] != value' % rec['id'])
            if s['type'] != rec['type']:
                errs.append('%s: span type differs' % rec['id'])
            if rec['text'].count(s['value']) != 1:
                errs.append('%s: value occurs %d times' % (rec['id'], rec['text'].count(s['value'])))
            if s['value'] != s['value'].strip() or not s['value']:
                errs.append('%s: outer whitespace' % rec['id'])
            if key == 'evasions':
                if s.get('encoding') != rec['encoding'] or rec['source'] != 'evasion':
                    errs.append('%s: evasion encoding/source' % rec['id'])
    for rec in data['secrets']:
        if rec['source'] not in ('everyday', 'vendor', 'password', 'prose'):
            errs.append('%s: source %s' % (rec['id'], rec['source']))
    for rec in data['negatives']:
        if rec['source'] != 'negative':
            errs.append('%s: negative source' % rec['id'])
    return errs


def check_counts(data):
    errs = []
    by = collections.defaultdict(list)
    for r in data['secrets']:
        by[r['source']].append(r)
    ev = by['everyday']
    if len(ev) != 180:
        errs.append('everyday count %d' % len(ev))
    kinds = collections.defaultdict(list)
    for r in ev:
        kinds[r['container']].append(r['type'])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append('everyday kinds not 45 x 4 distinct types')
    tc = collections.Counter(r['type'] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append('everyday types not 12 x 15')
    vd = by['vendor']
    vt = {r['type'] for r in vd}
    if not 110 <= len(vt) <= 130 or len(vt) != len(vd):
        errs.append('vendor count %d / types %d' % (len(vd), len(vt)))
    for r in vd:
        if not r['container'].startswith(r['type'] + '__') or r['container'][len(r['type']) + 2:] not in VD.STYLES:
            errs.append('%s: vendor container %s' % (r['id'], r['container']))
    pw = by['password']
    if not 100 <= len({r['type'] for r in pw}) == len(pw) <= 120:
        errs.append('positional count %d' % len(pw))
    pr = by['prose']
    if len(pr) != 40 or len({r['container'].split('__')[-1] for r in pr}) != 40:
        errs.append('prose count / languages')
    if not 440 <= len(data['secrets']) <= 470:
        errs.append('positives total %d' % len(data['secrets']))
    e = data['evasions']
    if len(e) != 66:
        errs.append('evasions %d' % len(e))
    pairs = {(r['encoding'], r['type']) for r in e}
    if len(pairs) != 66 or len({r['encoding'] for r in e}) != 22 or len({r['type'] for r in e}) != 3:
        errs.append('evasions not 22 encodings x 3 types')
    for enc in {r['encoding'] for r in e}:
        ws = {r['container'].split('__')[1] for r in e if r['encoding'] == enc}
        if len(ws) != 3:
            errs.append('encoding %s not in three wordings' % enc)
    for r in e:
        if r['container'] != r['encoding'] + '__' + r['container'].split('__')[1] or r['container'].split('__')[1] not in EV.WORDING_NAMES:
            errs.append('%s: evasion container' % r['id'])
    n = data['negatives']
    cc = collections.Counter(r['class'] for r in n)
    if len(n) < 200 or len(cc) < 20 or min(cc.values()) < 10:
        errs.append('negatives %d in %d classes' % (len(n), len(cc)))
    if len({r['text'] for r in n}) != len(n):
        errs.append('repeated negative text')
    types = collections.defaultdict(set)
    for r in data['secrets']:
        types[r['source']].add(r['type'])
    types['evasion'] = {r['type'] for r in e}
    srcs = list(types)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if types[srcs[i]] & types[srcs[j]]:
                errs.append('span types shared by %s and %s' % (srcs[i], srcs[j]))
    return errs


def check_shapes(data):
    errs = []
    for r in data['secrets']:
        v = r['secrets'][0]['value']
        if r['source'] == 'everyday':
            e = E.check_value(r['type'], v)
        elif r['source'] == 'vendor':
            sp = VD.SPEC_BY_TYPE.get(r['type'])
            e = VD.check_value(sp, v) if sp else 'unknown vendor type'
        elif r['source'] == 'password':
            e = None if C.STRICT_PASSWORD_RE.match(v) else 'positional password form'
            if P.HINT_RE.search(r['text']):
                e = 'hint word in positional text'
        else:
            e = None if C.STRICT_PASSWORD_RE.match(v) else 'prose password form'
            s, t = r['secrets'][0]['start'], r['text']
            if s == 0 or not t[s - 1].isspace() or r['secrets'][0]['end'] >= len(t) or not t[r['secrets'][0]['end']].isspace():
                e = 'prose value not set off by whitespace'
        if e:
            errs.append('%s (%s): %s' % (r['id'], r['type'], e))
    for r in data['evasions']:
        s = r['secrets'][0]
        if not EV.PLAIN_RE[r['type']].match(s['plain']):
            errs.append('%s: evasion plain shape' % r['id'])
        t = r['text']
        head = t[:s['start']]
        if r['encoding'] not in enc254.RULES:
            errs.append('%s: unknown encoding %s' % (r['id'], r['encoding']))
            continue
        if not head.endswith(':\n') or enc254.RULES[r['encoding']] not in head:
            errs.append('%s: rule text / colon-newline layout' % r['id'])
        tail = t[s['end']:]
        if not tail.startswith('\n') or '\n' in tail[1:] or not tail[1:].strip():
            errs.append('%s: remark line layout' % r['id'])
        try:
            d = dec254.decode(r['encoding'], s['value'])
        except Exception as ex:
            d = 'ERR %r' % ex
        if d != s['plain']:
            errs.append('%s: run does not decode to plain' % r['id'])
        if s['plain'] in s['value']:
            errs.append('%s: run contains its plain' % r['id'])
    return errs


def check_leaks(data, uuid_check=True):
    errs = []
    texts = [(r['id'], r['text']) for r in data['secrets'] + data['evasions'] + data['negatives']]
    for r in data['secrets'] + data['evasions']:
        v = r['secrets'][0]['value']
        for rid, t in texts:
            if rid != r['id'] and v in t:
                errs.append('value of %s reused in %s' % (r['id'], rid))
    for r in data['evasions']:
        p = r['secrets'][0]['plain']
        for rid, t in texts:
            if p in t:
                errs.append('plain of %s appears in %s' % (r['id'], rid))
    for r in data['negatives']:
        m = C.PASSWORD_FORM_IN_TEXT_RE.search(r['text'])
        if m:
            errs.append('%s: password form %s in negative' % (r['id'], m.group(0)))
        if C.JWT_RE.search(r['text']):
            errs.append('%s: JWT-shaped string in negative' % r['id'])
    for rid, t in texts:
        for u in C.UUID_RE.findall(t):
            if not C.uuid_is_v4(u):
                errs.append('%s: non-v4 UUID %s' % (rid, u))
        for j in C.JWT_RE.findall(t):
            if not C.jwt_frame_ok(j):
                errs.append('%s: invalid JWT-shaped string' % rid)
    return errs


def negative_forbidden(reg_items):
    long_items = [s for s in reg_items if len(s) >= 6]

    def f(text):
        for s in long_items:
            if s in text:
                return 'registered string'
        if C.PASSWORD_FORM_IN_TEXT_RE.search(text):
            return 'password form'
        if C.JWT_RE.search(text):
            return 'JWT-shaped'
        for u in C.UUID_RE.findall(text):
            if not C.uuid_is_v4(u):
                return 'non-v4 UUID'
        return None
    return f


def run_all(data, deny):
    return (check_names(data, deny) + check_structure(data) + check_counts(data) + check_shapes(data) + check_leaks(data))


# ---------------------------------------------------------------- mutation tests
def _set_value(rec, newv):
    s = rec['secrets'][0]
    rec['text'] = rec['text'][:s['start']] + newv + rec['text'][s['end']:]
    s['value'] = newv
    s['end'] = s['start'] + len(newv)


def _first(data, pred, key='secrets'):
    for r in data[key]:
        if pred(r):
            return r
    raise LookupError


def _flip_char(s, i, alphabet):
    c = s[i]
    for a in alphabet:
        if a != c:
            return s[:i] + a + s[i + 1:]


def mutations(deny):
    earlier_syntax = sorted(deny['syntaxes'])[0]
    earlier_name = sorted(n for n in deny['names'] if re.fullmatch(r'[a-z0-9]+(?:_[a-z0-9]+){2,}', n))[0]

    def m01(d):
        d['secrets'][0]['secrets'][0]['start'] += 1

    def m02(d):
        r = d['secrets'][5]
        r['text'] = r['text'].replace(r['secrets'][0]['value'], 'X' * len(r['secrets'][0]['value']))

    def m03(d):
        d['secrets'][10]['text'] += '\n' + d['secrets'][11]['secrets'][0]['value']

    def m04(d):
        d['negatives'][0]['text'] += ' ' + d['secrets'][200]['secrets'][0]['value']

    def m05(d):
        r = d['evasions'][3]
        v = r['secrets'][0]['value']
        i = len(v) // 2
        _set_value(r, v[:i] + ('7' if v[i] != '7' else '8') + v[i + 1:])

    def m06(d):
        d['secrets'][0]['container'] = earlier_name

    def m07(d):
        for r in d['negatives']:
            if r['class'] == d['negatives'][0]['class']:
                r['class'] = earlier_name

    def m08(d):
        r = d['evasions'][0]
        r['encoding'] = 'bubble_babble_byte_pairs'
        r['secrets'][0]['encoding'] = 'bubble_babble_byte_pairs'

    def m09(d):
        del d['negatives'][150:]

    def m10(d):
        r = _first(d, lambda r: r['source'] == 'prose')
        r['container'] = r['container'].split('__')[0] + '__ukr'

    def m11(d):
        r = _first(d, lambda r: r['type'] == 'drop_off_locker_crc24_token')
        v = r['secrets'][0]['value']
        _set_value(r, _flip_char(v, len(v) - 1, 'ABCDEFG'))

    def m12(d):
        r = _first(d, lambda r: r['type'] == 'parts_catalogue_crc64_key')
        v = r['secrets'][0]['value']
        _set_value(r, _flip_char(v, len(v) - 1, '0123456789abcdef'))

    def m13(d):
        r = _first(d, lambda r: r['type'] == 'grinder_fleet_mod1271_key')
        v = r['secrets'][0]['value']
        _set_value(r, _flip_char(v, len(v) - 1, 'ABCDEFGH'))

    def m14(d):
        r = _first(d, lambda r: r['type'] == 'engineer_app_es384_jwt')
        v = r['secrets'][0]['value']
        _set_value(r, _flip_char(v, len(v) - 5, 'ABCDEFGH'))

    def m15(d):
        d['negatives'][3]['text'] += '\nref 3f1c2b9a-1d2e-11ef-9a3b-0242ac120002\n'

    def m16(d):
        r = d['secrets'][7]
        r['secrets'].append(dict(r['secrets'][0]))

    def m17(d):
        r = _first(d, lambda r: r['source'] == 'password')
        r['type'] = P.PREFIX + earlier_syntax
        r['secrets'][0]['type'] = r['type']

    def m18(d):
        d['secrets'][20]['id'] = d['secrets'][21]['id']

    def m19(d):
        r = _first(d, lambda r: r['type'] == 'sendgrid_api_key')
        _set_value(r, r['secrets'][0]['value'][:-1])

    def m20(d):
        d['secrets'][30]['text'] += '\n' + d['evasions'][9]['secrets'][0]['plain']

    def m21(d):
        r = _first(d, lambda r: r['type'] == 'monday_api_token')
        _set_value(r, r['secrets'][0]['value'][:-4])

    def m22(d):
        d['negatives'][7]['text'] += '\nold one was Whetstone-ab123\n'

    def m23(d):
        r = d['evasions'][12]
        s = r['secrets'][0]
        r['text'] = r['text'][:s['start'] - 2] + ' -> ' + r['text'][s['start']:]
        s['start'] += 2
        s['end'] += 2

    def m24(d):
        r = _first(d, lambda r: r['type'] == 'repair_portal_fernet_key')
        v = r['secrets'][0]['value']
        _set_value(r, v[:-2] + '=')

    def m25(d):
        r = _first(d, lambda r: r['source'] == 'password')
        pre = '# login for the pass-through box\n'
        r['text'] = pre + r['text']
        r['secrets'][0]['start'] += len(pre)
        r['secrets'][0]['end'] += len(pre)

    def m26(d):
        r = _first(d, lambda r: r['type'] == 'wix_headless_api_key')
        v = r['secrets'][0]['value']
        _set_value(r, _flip_char(v, len(v) - 3, 'ABCDEFGH'))

    return [('m01_shifted_span_start', m01), ('m02_value_not_in_text', m02), ('m03_value_reused_in_other_text', m03),
            ('m04_positive_value_in_negative', m04), ('m05_evasion_does_not_decode', m05), ('m06_deny_listed_container', m06),
            ('m07_deny_listed_negative_class', m07), ('m08_deny_listed_encoding', m08), ('m09_negatives_below_200', m09),
            ('m10_deny_listed_prose_language', m10), ('m11_crc24_tail_broken', m11), ('m12_crc64_tail_broken', m12),
            ('m13_mod1271_check_broken', m13), ('m14_es384_signature_broken', m14), ('m15_non_v4_uuid_in_negative', m15),
            ('m16_two_spans', m16), ('m17_earlier_syntax_name', m17), ('m18_id_out_of_sequence', m18),
            ('m19_vendor_shape_broken', m19), ('m20_run_plain_leaked_into_text', m20), ('m21_invalid_jwt_in_text', m21),
            ('m22_password_form_in_negative', m22), ('m23_evasion_layout_broken', m23), ('m24_fernet_key_length_broken', m24),
            ('m25_hint_word_in_positional_text', m25), ('m26_rs256_signature_broken', m26)]


def run_mutations(data, deny):
    base = set(run_all(data, deny))
    results = []
    for name, fn in mutations(deny):
        d = copy.deepcopy(data)
        fn(d)
        try:
            errs = set(run_all(d, deny))
            caught = bool(errs - base)
        except Exception:
            caught = True
        results.append((name, caught))
    return results
