#!/usr/bin/env python3
"""Deterministic builder of the p210 held-out credential corpus. Python 3 standard library only."""
import copy, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common210 import *
import everyday210, vendor210, positional210, prose210, evasions210, negatives210, checks210, readme210

def generate():
    reg = Registry()
    recs = everyday210.build(reg)
    recs += vendor210.build(reg, len(recs) + 1)
    pw = positional210.build(reg, len(recs) + 1)
    hidden = []
    for r in pw:
        if '_hidden' in r:
            hidden.append(r.pop('_hidden'))
    recs += pw
    recs += prose210.build(reg, len(recs) + 1)
    evs = evasions210.build(reg)
    negs = negatives210.build(reg, hidden)
    return recs, evs, negs, hidden, reg

def dumps(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)

def mutations(recs, evs, negs, deny, hidden):
    base = set(checks210.run_all(recs, evs, negs, deny, hidden))
    def m01(R, E, N):
        R[5]['secrets'][0]['start'] += 1
    def m02(R, E, N):
        R[7]['id'] = R[6]['id']
    def m03(R, E, N):
        N[3]['text'] += '\nnote: ' + R[200]['secrets'][0]['value'] + '\n'
    def m04(R, E, N):
        E[4]['secrets'][0]['plain'] = E[4]['secrets'][0]['plain'][:-1] + 'Q'
    def m05(R, E, N):
        i = next(k for k, r in enumerate(R) if r['source'] == 'vendor')
        R[i]['container'] = R[i]['type'] + '__' + 'workshop_api_dotenv_staging'
    def m06(R, E, N):
        N[0]['class'] = 'sops_and_ansible_vault_blobs'
    def m07(R, E, N):
        R[12]['secrets'][0]['type'] = 'something_else'
    def m08(R, E, N):
        del E[10]
    def m09(R, E, N):
        i = next(k for k, r in enumerate(R) if r['source'] == 'prose')
        s = R[i]['secrets'][0]
        t = R[i]['text']
        R[i]['text'] = t[:s['start'] - 1] + t[s['start']:]
        s['start'] -= 1; s['end'] -= 1
    def m10(R, E, N):
        v = R[3]['secrets'][0]['value']
        s = R[4]['secrets'][0]
        t = R[4]['text']
        R[4]['text'] = t[:s['start']] + v + t[s['end']:]
        s['value'] = v; s['end'] = s['start'] + len(v)
    def m11(R, E, N):
        i = next(k for k, r in enumerate(R) if r['source'] == 'password')
        R[i]['type'] = R[i]['secrets'][0]['type'] = positional210.PREFIX + 'zip_capital_p_flag'
    def m12(R, E, N):
        i = next(k for k, r in enumerate(R) if r['type'] == 'retrieve_tracker_ingest_token')
        s = R[i]['secrets'][0]
        nv = s['value'][:-1] + ('0' if s['value'][-1] != '0' else '1')
        R[i]['text'] = R[i]['text'][:s['start']] + nv + R[i]['text'][s['end']:]
        s['value'] = nv
    def m13(R, E, N):
        i = next(k for k, r in enumerate(N) if r['class'] == 'ics_uids_and_booking_uuids')
        N[i]['text'] += 'ref 12345678-1234-1234-1234-123456789abc\n'
    def m14(R, E, N):
        i = next(k for k, r in enumerate(N) if r['class'] == 'flarm_ids_and_tracker_imeis' and '35' in r['text'])
        import re
        m = re.search(r'\b35\d{13}\b', N[i]['text'])
        d = m.group(0)
        bad = d[:-1] + str((int(d[-1]) + 1) % 10)
        N[i]['text'] = N[i]['text'].replace(d, bad)
    def m15(R, E, N):
        N[9]['text'] += hidden[0] + '\n'
    def m16(R, E, N):
        i = next(k for k, r in enumerate(R) if r['type'] == 'manifest_kiosk_session_jwt')
        s = R[i]['secrets'][0]
        h, p, g = s['value'].split('.')
        nv = h + '.' + 'eyJub3QganNvbg' + '.' + g
        R[i]['text'] = R[i]['text'][:s['start']] + nv + R[i]['text'][s['end']:]
        s['value'] = nv; s['end'] = s['start'] + len(nv)
    def m17(R, E, N):
        i = next(k for k, r in enumerate(R) if r['type'].endswith('fixed_width_cols_21_to_40'))
        R[i]['text'] = R[i]['text'].replace('\nL0042 ', '\nL0042  ').replace('  \n', ' \n')
        s = R[i]['secrets'][0]
        s['start'] += 1; s['end'] += 1
    def m18(R, E, N):
        E[20]['secrets'][0]['encoding'] = E[20]['encoding'] = 'base64'
    MUTS = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18]
    names = ['m01_shifted_offset', 'm02_duplicate_id', 'm03_positive_value_in_negative', 'm04_wrong_evasion_plain',
             'm05_deny_listed_vendor_style', 'm06_deny_listed_negative_class', 'm07_record_span_type_mismatch',
             'm08_missing_evasion', 'm09_prose_value_glued', 'm10_value_reused', 'm11_earlier_syntax_name',
             'm12_crc32_broken', 'm13_uuid_not_v4', 'm14_bad_luhn_in_imei', 'm15_hidden_password_in_negative',
             'm16_jwt_payload_not_json', 'm17_fixed_width_column_shift', 'm18_unknown_encoding']
    results = []
    for name, fn in zip(names, MUTS):
        R, E, N = copy.deepcopy(recs), copy.deepcopy(evs), copy.deepcopy(negs)
        fn(R, E, N)
        try:
            errs = set(checks210.run_all(R, E, N, deny, hidden))
        except Exception as ex:
            errs = {'exception %r' % ex}
        results.append((name, bool(errs - base)))
    return results

def main():
    args = [a for a in sys.argv[1:]]
    if '--freeze' in args:
        d = extract_denylist()
        open(os.path.join(HERE, 'brief_names.json'), 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=1) + '\n')
        print('frozen deny-list written (%d names)' % len(d['names']))
        return 0
    outdir = args[0] if args else HERE
    errors = []
    frozen = json.load(open(os.path.join(HERE, 'brief_names.json'), encoding='utf-8'))
    deny_note = 'brief directory absent; frozen list used'
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != frozen:
            errors.append('brief_names.json differs from a fresh extraction of %s' % BRIEF_DIR)
            deny_note = 'DIFFERS'
        else:
            deny_note = 're-extracted from %s and identical' % BRIEF_DIR
    deny = prepare_deny(frozen)
    g1 = generate()
    g2 = generate()
    b1 = [dumps(x) for x in g1[:3]]
    b2 = [dumps(x) for x in g2[:3]]
    if b1 != b2:
        errors.append('two generations differ')
    recs, evs, negs, hidden, reg = g1
    errors += checks210.run_all(recs, evs, negs, deny, hidden)
    muts = mutations(recs, evs, negs, deny, hidden)
    for n, caught in muts:
        if not caught:
            errors.append('mutation %s not caught' % n)
    ctx = dict(recs=recs, evs=evs, negs=negs, hidden=hidden, reg=reg, deny=deny, deny_note=deny_note, muts=muts)
    readme1 = readme210.render(ctx)
    ctx2 = dict(ctx, recs=g2[0], evs=g2[1], negs=g2[2], hidden=g2[3], reg=g2[4])
    readme2 = readme210.render(ctx2)
    if readme1 != readme2:
        errors.append('README differs between generations')
    if errors:
        print('BUILD FAILED, nothing written:')
        for e in errors[:200]:
            print('  -', e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, data in [('secrets.jsonl', b1[0]), ('evasions.jsonl', b1[1]), ('negatives.jsonl', b1[2]), ('README.md', readme1)]:
        with open(os.path.join(outdir, fn), 'w', encoding='utf-8') as f:
            f.write(data)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, 'brief_names.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(frozen, ensure_ascii=False, indent=1) + '\n')
    print('wrote %d positives, %d evasions, %d negatives to %s (%d/%d mutations caught; deny-list %s)'
          % (len(recs), len(evs), len(negs), outdir, sum(c for _, c in muts), len(muts), deny_note))
    return 0

if __name__ == '__main__':
    sys.exit(main())
