#!/usr/bin/env python3
"""Build the p271 corpus: python3 build.py [outdir] | python3 build.py --freeze

Generates everything twice in one process, compares the bytes, parses them back,
runs every check and the mutation tests, renders the README twice, and only then
writes the files.  Standard library only, fixed seeds, no clock, no network."""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks271 as K  # noqa: E402
import common271 as C  # noqa: E402
import evasions271 as EV  # noqa: E402
import everyday271 as E  # noqa: E402
import negatives271 as N  # noqa: E402
import positional271 as P  # noqa: E402
import prose271 as PR  # noqa: E402
import readme271 as R  # noqa: E402
import vendor271 as V  # noqa: E402

BRIEF = '/tmp/brief271'
DENY_FILE = os.path.join(HERE, 'brief_names.json')


def generate():
    reg = C.Registry()
    gen = E.Gen(reg)
    everyday = E.build(reg, gen)
    n_before = len(reg.items)
    vendor, ha_key = V.build(reg)
    vendor_values = {r['secrets'][0]['value'] for r in vendor}
    neighbours = [s for s in reg.items[n_before:] if s not in vendor_values]
    positional = P.build(reg)
    prose = PR.build(reg)
    evasions = EV.build(reg)
    ctx = {'rsa': {'n': gen.rsa['n'], 'e': gen.rsa['e']}, 'kid': gen.kid, 'ha_key': ha_key,
           'neighbours': neighbours}
    negatives = N.build(reg, ctx)
    ctx['registered'] = list(reg.items)
    secrets = everyday + vendor + positional + prose
    out = {'secrets': [], 'evasions': [], 'negatives': []}
    for i, r in enumerate(secrets):
        out['secrets'].append(dict([('id', '%s-s-%04d' % (C.PFX, i + 1))] + list(r.items())))
    for i, r in enumerate(evasions):
        rr = {'id': '%s-e-%04d' % (C.PFX, i + 1), 'type': r['type'], 'container': r['container'],
              'encoding': r['encoding'], 'text': r['text'], 'secrets': r['secrets'], 'source': r['source']}
        out['evasions'].append(rr)
    for i, r in enumerate(negatives):
        out['negatives'].append(dict([('id', '%s-n-%04d' % (C.PFX, i + 1))] + list(r.items())))
    return out, ctx


def to_jsonl(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs).encode('utf-8')


def reg_names():
    return {
        'everyday_types': E.TYPE_NAMES, 'everyday_kinds': E.KIND_NAMES,
        'vendor_types': [t[0] for t in V.TYPES], 'vendor_styles': list(V.STYLES),
        'syntaxes': [P.PREFIX + s for s in P.SYNTAXES] + P.SYNTAXES, 'where': list(P.WHERE.values()),
        'prose': [PR.SPAN_TYPE] + PR.FORMATS, 'languages': [(c, n) for c, n, _, _ in PR.LANGS] + PR.SPARES,
        'evasion_types': [t[0] for t in EV.TYPES], 'wordings': EV.WORDING_NAMES, 'encodings': EV.ENCODING_NAMES,
        'negative_classes': [c[0] for c in N.CLASSES], 'negative_kinds': [k for c in N.CLASSES for k in c[1]],
        'presentations': [p for p in N.PRESENTATIONS if p],
    }


def load_deny():
    deny = json.load(open(DENY_FILE, encoding='utf-8'))
    note = 'frozen copy used (%s not present)' % BRIEF
    if os.path.isdir(BRIEF):
        fresh = C.extract_denylist(BRIEF)
        for k in ('files', 'names', 'syntaxes', 'language_codes', 'language_names', 'idea_words'):
            if fresh[k] != deny[k]:
                raise SystemExit('deny-list differs from %s in %s; run build.py --freeze' % (BRIEF, k))
        note = 're-extracted from %s and identical' % BRIEF
    return deny, note


def set_value(rec, new):
    sp = rec['secrets'][0]
    rec['text'] = rec['text'][:sp['start']] + new + rec['text'][sp['end']:]
    sp['value'] = new
    sp['end'] = sp['start'] + len(new)


def first(data, pred, key='secrets'):
    return next(r for r in data[key] if pred(r))


def mutations():
    def m01(d):
        d['secrets'][0]['secrets'][0]['start'] += 1

    def m02(d):
        r = d['secrets'][3]
        r['text'] = r['text'].replace(r['secrets'][0]['value'], 'x')

    def m03(d):
        d['secrets'][5]['text'] += d['secrets'][6]['secrets'][0]['value']

    def m04(d):
        d['negatives'][0]['text'] += ' ' + d['secrets'][200]['secrets'][0]['value']

    def m05(d):
        sp = d['evasions'][0]['secrets'][0]
        sp['plain'] = sp['plain'][:-1] + ('A' if sp['plain'][-1] != 'A' else 'B')

    def m06(d):
        d['secrets'][0]['container'] = 'lamp_room_codesys_gvl'

    def m07(d):
        d['negatives'][0]['class'] = 'archive_issn_and_orcid_identifiers'

    def m08(d):
        d['evasions'][0]['container'] = 'borda_preference_ballot_points__' + d['evasions'][0]['container'].split('__')[1]

    def m09(d):
        del d['negatives'][-30:]

    def m10(d):
        r = first(d, lambda r: r['source'] == 'prose')
        r['container'] = r['container'].split('__')[0] + '__fin'

    def m11(d):
        r = first(d, lambda r: r['type'] == 'blend_scale_sedol_licence')
        v = r['secrets'][0]['value']
        set_value(r, v[:-1] + str((int(v[-1]) + 1) % 10))

    def m12(d):
        r = first(d, lambda r: r['type'] == 'tin_sealer_lrc_pairing_key')
        v = r['secrets'][0]['value']
        set_value(r, v[:-1] + ('0' if v[-1] != '0' else '1'))

    def m13(d):
        r = first(d, lambda r: r['type'] == 'loyalty_api_ripemd160_key')
        v = r['secrets'][0]['value']
        set_value(r, v[:-1] + ('0' if v[-1] != '0' else '1'))

    def m14(d):
        r = first(d, lambda r: r['type'] == 'tearoom_booking_ps256_jwt')
        v = r['secrets'][0]['value']
        set_value(r, v[:-3] + ('AAA' if v[-3:] != 'AAA' else 'BBB'))

    def m15(d):
        r = first(d, lambda r: r['type'] == 'tearoom_laravel_app_key')
        set_value(r, r['secrets'][0]['value'][:-2] + '=')

    def m16(d):
        d['negatives'][1]['text'] += '\nrequest 1b4e28ba-2fa1-11d2-883f-0016d3cca427\n'

    def m17(d):
        d['secrets'][2]['secrets'].append(dict(d['secrets'][2]['secrets'][0]))

    def m18(d):
        r = first(d, lambda r: r['source'] == 'password')
        r['type'] = r['secrets'][0]['type'] = 'twpw_mosquitto_pub_capital_p_after_lower_u'

    def m19(d):
        d['negatives'][4]['id'] = d['negatives'][5]['id']

    def m20(d):
        r = first(d, lambda r: r['type'] == 'stripe_live_secret_key')
        set_value(r, r['secrets'][0]['value'][:-1])

    def m21(d):
        d['negatives'][2]['text'] += ' ' + d['evasions'][3]['secrets'][0]['plain']

    def m22(d):
        r = first(d, lambda r: r['source'] == 'password')
        r['text'] = '# passwd\n' + r['text']
        r['secrets'][0]['start'] += 9
        r['secrets'][0]['end'] += 9

    def m23(d):
        r = first(d, lambda r: r['source'] == 'prose')
        sp = r['secrets'][0]
        r['text'] = r['text'][:sp['start'] - 1] + '\u00ab' + r['text'][sp['start']:]

    def m24(d):
        d['negatives'][3]['text'] += '\nold till code Oolong-2019\n'

    def m25(d):
        r = first(d, lambda r: r['container'].endswith('dev_cursor_mcp_json'))
        r['text'] = r['text'].replace('"mcpServers"', 'mcpServers')
        sp = r['secrets'][0]
        sp['start'] -= 2
        sp['end'] -= 2

    def m26(d):
        d['negatives'][6]['text'] += '\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLW5vdC12YWxpZA\n'

    def m27(d):
        r = d['evasions'][2]
        r['text'] = r['text'].replace(':\n', ' -\n', 1)
        r['secrets'][0]['start'] += 1
        r['secrets'][0]['end'] += 1

    def m28(d):
        r = first(d, lambda r: r['class'] == 'imo_vessel_numbers_on_tea_shipments' and 'IMO ' in r['text'], 'negatives')
        import re as _re
        m = _re.search(r'IMO (\d{7})', r['text'])
        n = m.group(1)
        r['text'] = r['text'].replace(n, n[:-1] + str((int(n[-1]) + 1) % 10))

    def m29(d):
        d['negatives'][8]['text'] = d['negatives'][9]['text']

    def m30(d):
        r = first(d, lambda r: r['type'] == 'blending_drum_hmi_password')
        r['type'] = r['secrets'][0]['type'] = 'flavour_dosing_panel_password'

    def m31(d):
        r = d['evasions'][5]
        sp = r['secrets'][0]
        r['text'] = r['text'][:sp['end']] + ' ' + sp['plain'] + r['text'][sp['end']:]
        sp['value'] = sp['value'] + ' ' + sp['plain']
        sp['end'] += 1 + len(sp['plain'])

    def m32(d):
        r = first(d, lambda r: r['class'] == 'own_layout_decoys_failing_checks', 'negatives')
        import re as _re
        six = 'B0YBKJ'
        r['text'] = _re.sub(r'BSL-[0-9A-Z]{7}-[0-9A-Z]{7}', 'BSL-%s7-%s7' % (six, six), r['text'], count=1)

    def m33(d):
        r = first(d, lambda r: r['class'] == 'leaf_icon_png_data_uris', 'negatives')
        import re as _re
        import base64 as _b
        m = _re.search(r'data:image/png;base64,([A-Za-z0-9+/=]+)', r['text'])
        raw = bytearray(_b.b64decode(m.group(1)))
        raw[-5] ^= 1
        r['text'] = r['text'].replace(m.group(1), _b.b64encode(bytes(raw)).decode())

    def m34(d):
        r = first(d, lambda r: r['source'] == 'password')
        r['type'] = r['secrets'][0]['type'] = 'twpw_python_requests_get_second'
    return [(f.__name__, f) for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17,
                                       m18, m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29, m30, m31, m32, m33, m34)]


MUT_NAMES = {
    'm01': 'shifted_span_start', 'm02': 'value_removed_from_text', 'm03': 'value_reused_in_other_text',
    'm04': 'positive_value_in_negative', 'm05': 'evasion_plain_corrupted', 'm06': 'deny_listed_container',
    'm07': 'deny_listed_negative_class', 'm08': 'deny_listed_encoding', 'm09': 'negatives_below_200',
    'm10': 'deny_listed_prose_language', 'm11': 'sedol_digit_broken', 'm12': 'lrc_byte_broken',
    'm13': 'ripemd160_tail_broken', 'm14': 'ps256_signature_broken', 'm15': 'laravel_key_wrong_length',
    'm16': 'non_v4_uuid_in_negative', 'm17': 'two_spans', 'm18': 'earlier_syntax_name', 'm19': 'id_out_of_sequence',
    'm20': 'vendor_shape_broken', 'm21': 'plain_leaked_into_text', 'm22': 'hint_word_in_positional_text',
    'm23': 'prose_value_not_set_off', 'm24': 'password_form_in_negative', 'm25': 'json_container_broken',
    'm26': 'invalid_jwt_in_negative', 'm27': 'evasion_layout_broken', 'm28': 'imo_check_broken_in_negative',
    'm29': 'repeated_negative_text', 'm30': 'everyday_type_balance_broken', 'm31': 'run_contains_plain',
    'm32': 'decoy_passes_own_check', 'm33': 'png_crc_broken', 'm34': 'earlier_tool_token_in_syntax'}


def main(argv):
    if '--freeze' in argv:
        d = C.extract_denylist(BRIEF)
        json.dump(d, open(DENY_FILE, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print('froze %d names, %d syntaxes, %d codes, %d language names, %d idea words' % (
            len(d['names']), len(d['syntaxes']), len(d['language_codes']), len(d['language_names']), len(d['idea_words'])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errs = C.selftest()
    deny, deny_note = load_deny()
    data1, ctx = generate()
    data2, _ = generate()
    blobs1 = {k: to_jsonl(v) for k, v in data1.items()}
    blobs2 = {k: to_jsonl(v) for k, v in data2.items()}
    for k in blobs1:
        if blobs1[k] != blobs2[k]:
            errs.append('determinism: %s differs between two generations' % k)
        back = [json.loads(line) for line in blobs1[k].decode('utf-8').splitlines()]
        if back != data1[k]:
            errs.append('JSONL of %s does not parse back to the same records' % k)
    names = reg_names()
    errs += K.check_all(data1, ctx, deny, names)
    mut = []
    if not errs:
        for name, fn in mutations():
            d = copy.deepcopy(data1)
            fn(d)
            e = K.check_all(d, ctx, deny, names)
            mut.append((name + '_' + MUT_NAMES[name], bool(e), e[:1]))
            if not e:
                errs.append('mutation %s was not caught' % name)
    info = {'deny_note': deny_note, 'deny': deny, 'mutations': mut, 'clean_errors': len(errs)}
    r1 = R.render(data1, ctx, info)
    r2 = R.render(data2, ctx, info)
    if r1 != r2:
        errs.append('README differs between two renders')
    if errs:
        print('BUILD FAILED (%d errors); nothing written' % len(errs))
        for e in errs[:80]:
            print(' -', e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (('secrets', 'secrets.jsonl'), ('evasions', 'evasions.jsonl'), ('negatives', 'negatives.jsonl')):
        open(os.path.join(outdir, fn), 'wb').write(blobs1[k])
    open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8').write(r1)
    print('ok: %d positives, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s' % (
        len(data1['secrets']), len(data1['evasions']), len(data1['negatives']), sum(1 for m in mut if m[1]), len(mut), deny_note))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
