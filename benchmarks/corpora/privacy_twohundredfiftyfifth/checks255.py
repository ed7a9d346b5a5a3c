"""All checks and the mutation tests of the p255 build."""
import copy
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common255 as C
import dec255
import enc255
import everyday255 as EV
import evasions255 as EVA
import negatives255 as NEG
import positional255 as POS
import prose255 as PR
import vendor255 as VEN

POS_FIELDS = ['id', 'type', 'container', 'text', 'secrets', 'source']
POS_SPAN = ['value', 'start', 'end', 'type']
EVA_FIELDS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
EVA_SPAN = ['value', 'start', 'end', 'type', 'plain', 'encoding']
NEG_FIELDS = ['id', 'class', 'container', 'text', 'source']

JSON_KINDS = {'cure_room_homebridge_config_json', 'formula_notebook_ipynb_cell', 'ops_journalctl_json_line',
              'ops_sentry_breadcrumb_json', 'workshop_discord_chat_export_json',
              'dev_insomnia_environment_export_json', 'dev_vscode_rest_client_settings_json',
              'ops_aws_secretsmanager_secret_string_json', 'office_google_keep_takeout_json',
              'django_auth_user_export', 'tuya_device_list_json'}
TOML_KINDS = {'lab_streamlit_secrets_toml', 'melt_probe_telegraf_http_headers_toml', 'ops_terraform_tfvars'}
XML_KINDS = {'candle_fair_sms_backup_xml', 'perfumer_evernote_enex_note', 'stock_xlsx_shared_strings_xml',
             'keyboard_maestro_insert_text_by_typing'}


def _kind_parts(container):
    return [p for p in container.split('__') if p]


def syntax_check(kind, text):
    """Parse containers of a known syntax with the value in place."""
    if kind in JSON_KINDS:
        body = text
        if kind == 'ops_aws_secretsmanager_secret_string_json':
            obj = json.loads(body)
            json.loads(obj['SecretString'])
            return
        json.loads(body)
    elif kind in TOML_KINDS:
        tomllib.loads(text)
    elif kind in XML_KINDS:
        ET.fromstring(text.split('\n', 1)[1] if text.startswith('<?xml') else text)
    elif kind == 'shop_php_serialized_plugin_option':
        ser = text.split('\n')[1]
        for m in re.finditer(r's:(\d+):"([^"]*)";', ser):
            if int(m.group(1)) != len(m.group(2).encode()):
                raise ValueError('php serialize length')
        n = int(re.match(r'a:(\d+):', ser).group(1))
        if len(re.findall(r's:\d+:"[^"]*";s:\d+:"[^"]*";', ser)) != n:
            raise ValueError('php serialize count')


def run(data, deny, hand_ok=True):
    E = []
    err = E.append
    pos, eva, neg = data['secrets'], data['evasions'], data['negatives']
    names = set(deny['names'])
    syns = set(deny['syntaxes'])
    codes = set(deny['language_codes'])
    lnames = set(deny['language_names'])

    # ------------------------------------------------ ids and field sets
    for recs, tag in ((pos, 's'), (eva, 'e'), (neg, 'n')):
        for i, r in enumerate(recs, 1):
            if r.get('id') != '%s-%s-%04d' % (C.PREFIX, tag, i):
                err('id %r at position %d' % (r.get('id'), i))
    for r in pos:
        if list(r) != POS_FIELDS:
            err('%s fields %r' % (r['id'], list(r)))
        if len(r['secrets']) != 1:
            err('%s has %d spans' % (r['id'], len(r['secrets'])))
        for s in r['secrets']:
            if list(s) != POS_SPAN:
                err('%s span fields' % r['id'])
    for r in eva:
        if list(r) != EVA_FIELDS:
            err('%s fields %r' % (r['id'], list(r)))
        if len(r['secrets']) != 1:
            err('%s has %d spans' % (r['id'], len(r['secrets'])))
        for s in r['secrets']:
            if list(s) != EVA_SPAN:
                err('%s span fields' % r['id'])
            if s['encoding'] != r['encoding']:
                err('%s span encoding differs' % r['id'])
        if r['source'] != 'evasion':
            err('%s source' % r['id'])
    for r in neg:
        if list(r) != NEG_FIELDS:
            err('%s fields %r' % (r['id'], list(r)))
        if r['source'] != 'negative':
            err('%s source' % r['id'])

    # ------------------------------------------------ spans
    for r in pos + eva:
        for s in r['secrets']:
            v = s['value']
            if r['text'][s['start']:s['end']] != v:
                err('%s offsets do not give the value' % r['id'])
            if r['text'].count(v) != 1:
                err('%s value occurs %d times' % (r['id'], r['text'].count(v)))
            if v != v.strip() or not v:
                err('%s value has outer whitespace' % r['id'])
            if s['type'] != r['type']:
                err('%s span type differs from record type' % r['id'])
        if C.MARK in r['text']:
            err('%s placement marker left' % r['id'])

    # ------------------------------------------------ counts and sources
    by_src = {}
    for r in pos:
        by_src.setdefault(r['source'], []).append(r)
    if set(by_src) - {'everyday', 'vendor', 'password', 'prose'}:
        err('unknown positive source')
    ev = by_src.get('everyday', [])
    if len(ev) != 180:
        err('everyday count %d' % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r['container'], []).append(r['type'])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        err('everyday kinds not 45 x 4 distinct types')
    tcount = {}
    for r in ev:
        tcount[r['type']] = tcount.get(r['type'], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        err('everyday types not 12 x 15: %r' % tcount)
    vd = by_src.get('vendor', [])
    if not 110 <= len(vd) <= 130 or len({r['type'] for r in vd}) != len(vd):
        err('vendor count / distinct types')
    for r in vd:
        if not r['container'].startswith(r['type'] + '__') or r['container'][len(r['type']) + 2:] not in VEN.STYLE_CASE:
            err('%s vendor container' % r['id'])
    pw = by_src.get('password', [])
    if not 100 <= len(pw) <= 120 or len({r['type'] for r in pw}) != len(pw):
        err('positional count / distinct syntaxes')
    pr = by_src.get('prose', [])
    langs = {r['container'].split('__')[1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        err('prose not 40 in 40 languages')
    if not 440 <= len(pos) <= 470:
        err('positives total %d' % len(pos))
    types_by = {k: {r['type'] for r in v} for k, v in by_src.items()}
    ks = list(types_by)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types_by[ks[i]] & types_by[ks[j]]:
                err('span types shared between %s and %s' % (ks[i], ks[j]))
    if {r['type'] for r in eva} & {r['type'] for r in pos}:
        err('evasion types shared with positives')
    if len(eva) != 66:
        err('evasions %d' % len(eva))
    encs = {}
    for r in eva:
        encs.setdefault(r['encoding'], []).append(r)
    if len(encs) != 22 or any(len(v) != 3 for v in encs.values()):
        err('evasions not 22 x 3')
    for e, rs in encs.items():
        if len({r['type'] for r in rs}) != 3:
            err('encoding %s: types not once each' % e)
        if len({r['container'].split('__')[1] for r in rs}) != 3:
            err('encoding %s: wordings not once each' % e)
        for r in rs:
            if r['container'] != '%s__%s' % (e, r['container'].split('__')[1]):
                err('%s container' % r['id'])
    if len(neg) < 200:
        err('negatives %d < 200' % len(neg))
    ccount = {}
    for r in neg:
        ccount[r['class']] = ccount.get(r['class'], 0) + 1
    if len(ccount) < 20 or min(ccount.values()) < 10:
        err('negative classes %d, min %d' % (len(ccount), min(ccount.values()) if ccount else 0))
    if len({r['text'] for r in neg}) != len(neg):
        err('repeated negative text')

    # ------------------------------------------------ shapes
    for r in ev:
        for p in EV.value_problems(r['type'], r['secrets'][0]['value']):
            err('%s %s: %s' % (r['id'], r['type'], p))
    for r in vd:
        for p in VEN.value_problems(r['type'], r['secrets'][0]['value']):
            err('%s %s: %s' % (r['id'], r['type'], p))
    for r in pw:
        if not C.STRICT_PASSWORD_RE.match(r['secrets'][0]['value']):
            err('%s positional value not strict password' % r['id'])
        if POS.HINT_RE.search(r['text']):
            err('%s hint word in positional text' % r['id'])
        if not r['type'].startswith(POS.PREFIX):
            err('%s positional type prefix' % r['id'])
    for r in pr:
        s = r['secrets'][0]
        if not C.STRICT_PASSWORD_RE.match(s['value']):
            err('%s prose value not strict password' % r['id'])
        t = r['text']
        if s['start'] == 0 or not t[s['start'] - 1].isspace() or s['end'] >= len(t) or not t[s['end']].isspace():
            err('%s prose value not set off by whitespace' % r['id'])
    for r in eva:
        s = r['secrets'][0]
        if not EVA.PLAIN_RE[r['type']].match(s['plain']):
            err('%s evasion plain shape' % r['id'])
        t = r['text']
        if t[s['start'] - 2:s['start']] != ':\n' or '\n' in t[:s['start'] - 1] or t[s['end']:s['end'] + 1] != '\n' \
                or not t[s['end'] + 1:].strip() or '\n' in s['value']:
            err('%s evasion layout' % r['id'])
        try:
            ok = dec255.decode(r['encoding'], s['value']) == s['plain']
        except Exception as e:  # noqa
            ok = False
        if not ok:
            err('%s evasion does not decode to its plain' % r['id'])
        if s['plain'] in s['value']:
            err('%s run contains its plain' % r['id'])

    # ------------------------------------------------ container syntax
    for r in pos:
        kind = r['container'].split('__')[-1] if r['source'] == 'vendor' else r['container']
        if kind in JSON_KINDS | TOML_KINDS | XML_KINDS or kind == 'shop_php_serialized_plugin_option':
            try:
                syntax_check(kind, r['text'])
            except Exception as e:  # noqa
                err('%s container %s does not parse: %s' % (r['id'], kind, e))
    for r in neg:
        if r['container'] in JSON_KINDS:
            try:
                json.loads(r['text'])
            except Exception as e:  # noqa
                err('%s negative json: %s' % (r['id'], e))

    # ------------------------------------------------ reuse and cleanliness
    values = [(r['id'], r['secrets'][0]['value']) for r in pos + eva]
    seenv = {}
    for rid, v in values:
        if v in seenv:
            err('value reused in %s and %s' % (seenv[v], rid))
        seenv[v] = rid
    plains = [(r['id'], r['secrets'][0]['plain']) for r in eva]
    alltexts = [(r['id'], r['text']) for r in pos + eva + neg]
    for rid, v in values:
        for tid, t in alltexts:
            if tid != rid and v in t:
                err('value of %s appears in %s' % (rid, tid))
    for rid, p in plains:
        for tid, t in alltexts:
            if p in t:
                err('evasion plain of %s appears in %s' % (rid, tid))
    for r in neg:
        t = r['text']
        if C.PASSWORD_FORM_RE.search(t):
            err('%s password form in negative' % r['id'])
        if C.JWT_SHAPE_RE.search(t):
            err('%s JWT-shaped string in negative' % r['id'])
    for tid, t in alltexts:
        for m in C.UUID_SHAPE_RE.finditer(t):
            u = m.group(0)
            if u[14] != '4' or u[19].lower() not in '89ab':
                err('%s non-v4 UUID %s' % (tid, u))
        for m in C.JWT_SHAPE_RE.finditer(t):
            if C.jwt_problems(m.group(0)):
                err('%s invalid JWT-shaped substring' % tid)

    # ------------------------------------------------ deny-list on every name
    def deny(name, what):
        n = name.lower()
        if n in names:
            err('%s %r is on the deny-list' % (what, name))
        for part in n.split('__'):
            if part and part in names:
                err('%s part %r is on the deny-list' % (what, part))
    for r in pos + eva + neg:
        deny(r['container'], 'container')
    for r in pos + eva:
        deny(r['type'], 'span type')
    for r in neg:
        deny(r['class'], 'negative class')
    for s in VEN.STYLES:
        deny(s[0], 'vendor style')
    for w in POS.WHERE.values():
        deny(w, 'where label')
    for f in PR.FORMATS:
        deny(f, 'prose format')
    for w in EVA.WORDINGS:
        deny(w[0], 'evasion wording')
    for suf, _ in NEG.WRAPPERS:
        if suf:
            deny(suf.strip('_'), 'negative wrapper')
    for cls, kinds, _ in NEG.CLASSES:
        for k in kinds:
            deny(k.__name__, 'negative base kind')
    for r in pos:
        if r['source'] == 'password':
            syn = r['type'][len(POS.PREFIX):].lower()
            if syn in syns or syn in names:
                err('%s positional syntax %r is an earlier syntax or name' % (r['id'], syn))
        if r['source'] == 'prose':
            code = r['container'].split('__')[-1]
            if code in codes or code in names or code in C.HAND_LANGUAGES:
                err('%s prose language %r is deny-listed' % (r['id'], code))
    for r in eva:
        for tok in r['encoding'].split('_'):
            if tok in C.HAND_ENCODING_TOKENS:
                err('%s encoding %r has the hand-listed token %r' % (r['id'], r['encoding'], tok))
        deny(r['encoding'], 'encoding')
    for syn in [s[0] for s in POS.SYNTAXES]:
        if syn.lower() in syns or syn.lower() in names:
            err('positional syntax %r is an earlier syntax or name' % syn)
    for e in enc255.NAMES:
        deny(e, 'encoding')
        for tok in e.split('_'):
            if tok in C.HAND_ENCODING_TOKENS:
                err('encoding %r has the hand-listed token %r' % (e, tok))
    for code, name, _, _ in PR.LANGS + [(c, n, None, None) for c, n in PR.SPARES]:
        if code in codes or code in names or code in C.HAND_LANGUAGES:
            err('language code %r is deny-listed' % code)
        nl = name.lower()
        if nl in lnames or nl in C.HAND_LANGUAGES:
            err('language name %r is deny-listed' % name)
        for w in re.split(r'[\s-]+', nl):
            if w in lnames or w in C.HAND_LANGUAGES:
                err('language name word %r of %r is deny-listed' % (w, name))
    return E


# ------------------------------------------------------------------ mutation tests
def _first(data, key, pred):
    for r in data[key]:
        if pred(r):
            return r
    raise KeyError('no record')


def mutations():
    def m01(d):  # shifted span start
        r = d['secrets'][0]
        r['secrets'][0]['start'] += 1

    def m02(d):  # broken CRC-24 tail of a formula-vault key
        r = _first(d, 'secrets', lambda r: r['type'] == 'formula_vault_crc24_key')
        v = r['secrets'][0]['value']
        nv = v[:-1] + ('A' if v[-1] != 'A' else 'B')
        r['text'] = r['text'].replace(v, nv)
        r['secrets'][0]['value'] = nv

    def m03(d):  # value reused in another positive text
        a, b = d['secrets'][0], d['secrets'][1]
        b['text'] = b['text'] + '\n' + a['secrets'][0]['value']

    def m04(d):  # positive value pasted into a negative
        d['negatives'][3]['text'] += ' ' + d['secrets'][200]['secrets'][0]['value']

    def m05(d):  # evasion plain corrupted
        s = d['evasions'][5]['secrets'][0]
        s['plain'] = s['plain'][:-1] + ('x' if s['plain'][-1] != 'x' else 'y')

    def m06(d):  # deny-listed container
        d['secrets'][10]['container'] = 'ops_fish_history'

    def m07(d):  # deny-listed negative class
        for r in d['negatives'][:10]:
            r['class'] = 'file_digests_and_commits'

    def m08(d):  # deny-listed encoding name on a record
        r = d['evasions'][0]
        r['encoding'] = r['secrets'][0]['encoding'] = 'rc4_keystream_hex'
        r['container'] = 'rc4_keystream_hex__' + r['container'].split('__')[1]

    def m09(d):  # negatives below 200
        del d['negatives'][195:]

    def m10(d):  # invalid JWT-shaped string in a negative
        d['negatives'][7]['text'] += ' eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abcd'

    def m11(d):  # CRC-8 tail broken
        r = _first(d, 'secrets', lambda r: r['type'] == 'melt_probe_crc8_token')
        v = r['secrets'][0]['value']
        nv = v[:-2] + ('%02X' % ((int(v[-2:], 16) + 1) % 256))
        r['text'] = r['text'].replace(v, nv)
        r['secrets'][0]['value'] = nv

    def m12(d):  # non-v4 UUID in a negative
        d['negatives'][11]['text'] += ' request 123e4567-e89b-12d3-a456-426614174000'

    def m13(d):  # two spans
        r = d['secrets'][5]
        r['secrets'].append(dict(r['secrets'][0]))

    def m14(d):  # earlier syntax name reused as a positional type
        r = _first(d, 'secrets', lambda r: r['source'] == 'password')
        r['type'] = r['secrets'][0]['type'] = 'scpw_rabbitmqctl_add_user_second'

    def m15(d):  # password form in a negative
        d['negatives'][20]['text'] += ' login: Vetiver-2024'

    def m16(d):  # ISO 6346 digit wrong
        r = _first(d, 'secrets', lambda r: r['type'] == 'stock_sync_iso6346_key')
        v = r['secrets'][0]['value']
        dg = int(v[14])
        nv = v[:14] + str((dg + 1) % 10) + v[15:]
        r['text'] = r['text'].replace(v, nv)
        r['secrets'][0]['value'] = nv

    def m17(d):  # id gap
        d['evasions'][10]['id'] = 'p255-e-0099'

    def m18(d):  # vendor shape broken
        r = _first(d, 'secrets', lambda r: r['type'] == 'shippo_live_api_token')
        v = r['secrets'][0]['value']
        nv = v + 'z'
        r['text'] = r['text'].replace(v, nv)
        r['secrets'][0]['value'] = nv
        r['secrets'][0]['end'] += 1

    def m19(d):  # HS512 JWT signature truncated
        r = _first(d, 'secrets', lambda r: r['type'] == 'booking_widget_hs512_jwt')
        v = r['secrets'][0]['value']
        nv = v[:-6]
        r['text'] = r['text'].replace(v, nv)
        r['secrets'][0]['value'] = nv
        r['secrets'][0]['end'] -= 6

    def m20(d):  # hint word in positional text
        r = _first(d, 'secrets', lambda r: r['source'] == 'password')
        r['text'] = '# the admin password below\n' + r['text']
        r['secrets'][0]['start'] += 27
        r['secrets'][0]['end'] += 27

    def m21(d):  # run contains its plain and no longer decodes
        r = d['evasions'][30]
        s = r['secrets'][0]
        nv = s['value'] + ' ' + s['plain']
        r['text'] = r['text'].replace(s['value'], nv)
        s['value'] = nv
        s['end'] = s['start'] + len(nv)

    def m22(d):  # prose value not set off by whitespace
        r = _first(d, 'secrets', lambda r: r['source'] == 'prose')
        s = r['secrets'][0]
        r['text'] = r['text'][:s['end']] + ',' + r['text'][s['end'] + 1:]

    def m23(d):  # JSON container broken
        r = _first(d, 'secrets', lambda r: r['container'] == 'cure_room_homebridge_config_json')
        r['text'] = r['text'].replace('"platforms"', 'platforms', 1)
        s = r['secrets'][0]
        shift = -2
        s['start'] += shift
        s['end'] += shift

    def m24(d):  # deny-listed prose language
        r = _first(d, 'secrets', lambda r: r['source'] == 'prose')
        r['container'] = r['container'].split('__')[0] + '__pol'

    def m25(d):  # Fernet key with 31 bytes
        r = _first(d, 'secrets', lambda r: r['type'] == 'formula_db_fernet_key')
        v = r['secrets'][0]['value']
        nv = v[:-4] + 'AA=='
        import base64
        nv = base64.urlsafe_b64encode(base64.urlsafe_b64decode(v)[:31]).decode()
        r['text'] = r['text'].replace(v, nv)
        r['secrets'][0]['value'] = nv
        r['secrets'][0]['end'] = r['secrets'][0]['start'] + len(nv)

    def m26(d):  # PHP serialize length wrong
        r = _first(d, 'secrets', lambda r: r['container'].endswith('__shop_php_serialized_plugin_option'))
        r['text'] = re.sub(r's:(\d+):"', lambda m: 's:%d:"' % (int(m.group(1)) + 1), r['text'], count=1)

    return [('m01_shifted_span_start', m01), ('m02_broken_crc24_tail', m02), ('m03_value_reused_in_other_text', m03),
            ('m04_positive_value_in_negative', m04), ('m05_evasion_plain_corrupted', m05),
            ('m06_deny_listed_container', m06), ('m07_deny_listed_negative_class', m07),
            ('m08_deny_listed_encoding', m08), ('m09_negatives_below_200', m09),
            ('m10_invalid_jwt_in_negative', m10), ('m11_crc8_tail_broken', m11),
            ('m12_non_v4_uuid_in_negative', m12), ('m13_two_spans', m13), ('m14_earlier_syntax_name', m14),
            ('m15_password_form_in_negative', m15), ('m16_iso6346_digit_wrong', m16), ('m17_id_gap', m17),
            ('m18_vendor_shape_broken', m18), ('m19_hs512_signature_truncated', m19),
            ('m20_hint_word_in_positional_text', m20), ('m21_run_contains_plain', m21),
            ('m22_prose_value_not_set_off', m22), ('m23_json_container_broken', m23),
            ('m24_deny_listed_prose_language', m24), ('m25_fernet_key_31_bytes', m25),
            ('m26_php_serialize_length_wrong', m26)]


def run_mutations(data, deny, base_errors):
    base = set(base_errors)
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = set(run(d, deny))
            caught = bool(errs - base)
        except Exception as e:  # a mutation that crashes the checker counts as not caught
            caught = False
        results.append((name, caught))
    return results
