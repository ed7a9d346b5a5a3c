"""Every check build.py runs before writing, plus the mutation tests."""
import base64
import copy
import csv
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter

import common269 as C
import dec269
import enc269
import evasions269
import everyday269
import negatives269
import positional269
import prose269
import vendor269

POS_FIELDS = ['id', 'type', 'container', 'text', 'secrets', 'source']
POS_SPAN = ['value', 'start', 'end', 'type']
EV_FIELDS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
EV_SPAN = ['value', 'start', 'end', 'type', 'plain', 'encoding']
NEG_FIELDS = ['id', 'class', 'container', 'text', 'source']

# generic words that may appear in a syntax name even when an earlier syntax name used them
GENERIC_SYNTAX_TOKENS = set('''a add after argument arguments array at attribute attrs auth authenticate authentication basic by bytes
call capital cli client clone colon column comma command conf connect connection create credentials csharp ctor driver encrypt field
fields fifth file first fourth function go here http java javascript login lower method net node nul open p pair parameter perl php
pipe positional python quoted reads register remote ruby rust second semicolon send set shell source step string target text third
tuple two u unlock uri url user userinfo value values with the of into and to from on in new option flag line sixth seventh equals
n k w s a b c d e f g h i j l m o q r t v x y z key list kotlin scala swift lua matlab vbscript sql plsql c'''.split())
# tools, libraries and mechanisms named only in the earlier READMEs' prose (left out, avoided or "closest relatives")
PROSE_TOOL_TOKENS = set('''curl ftp ftps sftp imap smtp pop3 ldap samba smb smbclient redis mongo mongosh cassandra cqlsh selenium xdotool
ydotool wtype tmux keepass keepassxc openssl psexec paexec schtasks bcp skopeo httpie lynx fossil mysqlsh mysql requests reqwest faraday
guzzle poco lwp pymssql jdbc odbc pika pymupdf pikepdf pdfbox pdfsharp shoutcast playwright cypress puppeteer testcafe espresso detox kif
pywinauto capybara robot maestro hammerspoon ktor zip4j vba memcached socat oracle sqlplus tsql sybase postgres windows getconnection
typetext roster sp crane oras buildah rcon htpasswd sshpass lpass gopass nmcli netsh wpa snmp ssh scp pkcs12 pfx irc keystroke
nickserv typeText mcrcon nikto foxpro hvac pyjks pyipmi kodi crystal'''.lower().split())
# ideas named by the earlier READMEs (encodings, families, avoided and set-aside lists)
HAND_ENCODING_TOKENS = set('''numeral radix escape cipher caesar vigenere morse braille semaphore signalling spelling lookalike chaff decoy
shuffle reversal acrostic steganography expression power prime square triangular fibonacci factoradic combinadic gray bcd residue
modulo delta continued egyptian gcd reciprocal midpoint barcode font keyboard telephone dtmf calendar clock lookup dna colour color
music chess card dice domino bingo bowling dart rugby snooker scrabble backgammon league regatta curling reversi minimax snake ladder
conversion physical matrix equation progression magic shortest spanning critical knapsack assignment queue jug rain subarray huffman
lru edit inversion snail fifo lifo stack trie heap probing ring mirror flood bull cow pigeonhole frobenius factorial perimeter knitting
tally soroban vickrey fence deviation totient roman soundex mancala hondt lift josephus hanoi handshake median mean mode histogram
interest alligation tariff cap chargeable insurance imposition markup breakeven lis lcs shapley mealy formula wilcoxon bracket candy
shanty petanque toggle lamp imperial dense partition petri runoff gear trail eck marriage bottle loyalty xor utf dump combining
collatz hailstone recaman lindenmayer tag ant ladybird lanternfish borda stableford cricket tennis draft recapture thermostat
hysteresis comparator token bucket wrap pyramid deferred complement slowest affordable bankers rounding deadline tit tat fair'''.split())


def fold(t):
    return t[:-1] if t.endswith('s') and len(t) > 3 else t


# ------------------------------------------------------------------ helpers
def _json_after_first_line(t):
    return json.loads(t.split('\n', 1)[1])


def _toml_after_first_line(t):
    return tomllib.loads(t.split('\n', 1)[1])


JSON_KINDS = {'range_cameras_shinobi_conf_json': json.loads, 'packing_dotnet_appsettings_production_json': json.loads,
              'dev_vscode_settings_terminal_env': json.loads, 'dev_devcontainer_json_containerenv': json.loads,
              'dev_har_export_request_header': json.loads, 'office_google_keep_takeout_json': json.loads,
              'office_freshdesk_ticket_json': json.loads}
TOML_KINDS = {'traceability_go_viper_config_toml': tomllib.loads, 'vending_rust_cargo_config_toml': tomllib.loads}
XML_KINDS = {'office_docx_document_xml'}
JSON_STYLES = {'dev_hoppscotch_environment_json': json.loads, 'dev_httpyac_config_json': json.loads,
               'office_enpass_json_export': json.loads, 'office_telegram_desktop_export_json': json.loads,
               'office_slack_channel_export_json': json.loads, 'iot_node_red_flows_cred_json': _json_after_first_line,
               'ops_cloudformation_parameter_overrides_json': _json_after_first_line}
TOML_STYLES = {'iot_chirpstack_integration_toml': tomllib.loads, 'dev_hcloud_cli_toml': _toml_after_first_line,
               'dev_stripe_cli_config_toml': _toml_after_first_line}
CSV_STYLES = {'office_roboform_csv_export': 8, 'office_firefox_logins_csv_export': 9, 'office_chrome_passwords_csv_export': 5}


def container_parse(rec):
    """Parse structured containers and confirm the value survives the parse."""
    c = rec['container']
    t = rec['text']
    v = rec['secrets'][0]['value']
    try:
        if rec['source'] == 'everyday':
            if c in JSON_KINDS:
                return v in json.dumps(JSON_KINDS[c](t), ensure_ascii=False)
            if c in TOML_KINDS:
                return v in json.dumps(TOML_KINDS[c](t), ensure_ascii=False)
            if c in XML_KINDS:
                return v in ''.join(ET.fromstring(t).itertext())
            return True
        if rec['source'] == 'vendor':
            style = c.split('__')[1]
            if style in JSON_STYLES:
                return v in json.dumps(JSON_STYLES[style](t), ensure_ascii=False)
            if style in TOML_STYLES:
                return v in json.dumps(TOML_STYLES[style](t), ensure_ascii=False)
            if style in CSV_STYLES:
                rows = list(csv.reader(io.StringIO(t)))
                return all(len(r) == CSV_STYLES[style] for r in rows) and any(v in r for r in rows)
            return True
        if rec['source'] == 'password':
            if c.startswith('alfred_snippet'):
                return json.loads(t)['alfredsnippet']['snippet'] == v
            if c.startswith('openwrt_luci') or c.startswith('deluge_web'):
                return v in json.loads(t.split('\n\n', 1)[1])['params']
            return True
    except Exception:
        return False
    return True


# ------------------------------------------------------------------ main check
def run_checks(data, deny, expect_neg=200):
    errs = []
    E = errs.append
    pos, ev, neg = data['positives'], data['evasions'], data['negatives']
    secrets = data['secrets']
    names = set(deny['names'])
    syn_earlier = set(deny['syntaxes'])
    # ---- ids and field sets
    for lst, pre, fields in ((pos, 'p269-s-', POS_FIELDS), (ev, 'p269-e-', EV_FIELDS), (neg, 'p269-n-', NEG_FIELDS)):
        for k, r in enumerate(lst):
            if r.get('id') != '%s%04d' % (pre, k + 1):
                E('id out of sequence: %s at %d' % (r.get('id'), k))
            if list(r.keys()) != fields:
                E('field set %s: %s' % (r.get('id'), list(r.keys())))
    # ---- spans
    for r in pos + ev:
        sp = r.get('secrets')
        if not isinstance(sp, list) or len(sp) != 1:
            E('%s: not exactly one span' % r['id'])
            continue
        s = sp[0]
        want = POS_SPAN if r in pos else EV_SPAN
        if list(s.keys()) != want:
            E('%s: span fields %s' % (r['id'], list(s.keys())))
            continue
        v = s['value']
        if r['text'][s['start']:s['end']] != v:
            E('%s: offsets do not give the value' % r['id'])
        if s['type'] != r['type']:
            E('%s: span type differs from record type' % r['id'])
        if r['text'].count(v) != 1:
            E('%s: value occurs %d times in its text' % (r['id'], r['text'].count(v)))
        if v != v.strip() or not v:
            E('%s: value has outer whitespace' % r['id'])
    for r in ev:
        s = r['secrets'][0]
        if s.get('encoding') != r['encoding'] or r['container'] != r['encoding'] + '__' + r['container'].split('__')[-1]:
            E('%s: encoding fields inconsistent' % r['id'])
    # ---- sources and counts
    by = Counter(r['source'] for r in pos)
    if set(by) != {'everyday', 'vendor', 'password', 'prose'}:
        E('positive sources %s' % dict(by))
    every = [r for r in pos if r['source'] == 'everyday']
    vend = [r for r in pos if r['source'] == 'vendor']
    pw = [r for r in pos if r['source'] == 'password']
    pr = [r for r in pos if r['source'] == 'prose']
    if len(every) != 180:
        E('everyday count %d' % len(every))
    kinds = Counter(r['container'] for r in every)
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        E('everyday kinds not 45 x 4')
    for k in kinds:
        ts = [r['type'] for r in every if r['container'] == k]
        if len(set(ts)) != 4:
            E('kind %s does not hold four different types' % k)
    tc = Counter(r['type'] for r in every)
    if len(tc) != 12 or set(tc.values()) != {15}:
        E('everyday type balance broken: %s' % dict(tc))
    vt = Counter(r['type'] for r in vend)
    if not (110 <= len(vend) <= 130) or max(vt.values()) != 1:
        E('vendor count %d or repeated type' % len(vend))
    for r in vend:
        parts = r['container'].split('__')
        if len(parts) != 2 or parts[0] != r['type'] or parts[1] not in vendor269.STYLES:
            E('%s: vendor container %s' % (r['id'], r['container']))
    st = Counter(r['type'] for r in pw)
    if not (100 <= len(pw) <= 120) or max(st.values()) != 1:
        E('positional count %d or repeated syntax' % len(pw))
    langs = [r['container'].split('__')[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E('prose: %d records, %d languages' % (len(pr), len(set(langs))))
    if not (440 <= len(pos) <= 470):
        E('positives total %d' % len(pos))
    if len(ev) != 66:
        E('evasions count %d' % len(ev))
    encs = Counter(r['encoding'] for r in ev)
    if len(encs) != 22 or set(encs.values()) != {3}:
        E('evasions not 22 x 3')
    for e in encs:
        if len({r['type'] for r in ev if r['encoding'] == e}) != 3 or \
                len({r['container'].split('__')[1] for r in ev if r['encoding'] == e}) != 3:
            E('encoding %s not in three types and three wordings' % e)
    cls = Counter(r['class'] for r in neg)
    if len(neg) < expect_neg or len(cls) < 20 or min(cls.values()) < 10:
        E('negatives %d in %d classes (min %d)' % (len(neg), len(cls), min(cls.values()) if cls else 0))
    if len({r['text'] for r in neg}) != len(neg):
        E('repeated negative text')
    srcsets = [set(r['type'] for r in g) for g in (every, vend, pw, pr, ev)]
    for i in range(5):
        for j in range(i + 1, 5):
            if srcsets[i] & srcsets[j]:
                E('span types shared between sources')
    # ---- shapes
    gk = {t[0]: t[3] for t in everyday269.TYPES}
    for r in every:
        if r['type'] not in gk or not everyday269.check_value(gk[r['type']], r['secrets'][0]['value'], secrets):
            E('%s: everyday shape/check fails (%s)' % (r['id'], r['type']))
    for r in vend:
        spec = vendor269.SPEC.get(r['type'])
        if not spec or not vendor269.check_value(spec, r['secrets'][0]['value'], secrets):
            E('%s: vendor shape fails (%s)' % (r['id'], r['type']))
    for r in pw + pr:
        v = r['secrets'][0]['value']
        if not C.is_world_password(v, strict=True):
            E('%s: not the strict password form' % r['id'])
    for r in pw:
        if not r['type'].startswith(positional269.PREFIX):
            E('%s: positional prefix' % r['id'])
        if positional269.HINT_RE.search(r['text']):
            E('%s: hint word in positional text' % r['id'])
    for r in pr:
        s = r['secrets'][0]
        t = r['text']
        if s['start'] == 0 or s['end'] >= len(t) or not t[s['start'] - 1].isspace() or not t[s['end']].isspace():
            E('%s: prose value not set off by whitespace' % r['id'])
    for r in pos:
        forms = [m.group(0) for m in C.PW_FORM_ANY.finditer(r['text'])]
        v = r['secrets'][0]['value']
        if any(f != v for f in forms):
            E('%s: stray password-form string %s' % (r['id'], [f for f in forms if f != v]))
    for r in pos:
        if not container_parse(r):
            E('%s: container does not parse with the value in place (%s)' % (r['id'], r['container']))
    # ---- evasions
    for r in ev:
        s = r['secrets'][0]
        if not evasions269.plain_ok(r['type'], s['plain']):
            E('%s: plain shape' % r['id'])
        try:
            got = dec269.decode(r['encoding'], s['value'])
        except Exception as ex:
            got = 'ERROR %s' % ex
        if got != s['plain']:
            E('%s: run does not decode to its plain' % r['id'])
        if s['plain'] in s['value']:
            E('%s: run contains its plain' % r['id'])
        t = r['text']
        head, run_and_rest = t[:s['start']], t[s['start']:]
        rule = enc269.ENCODINGS.get(r['encoding'], ('', '', '\x00'))[2]
        if not head.endswith(rule + ':\n') or run_and_rest.count('\n') != 1 or not run_and_rest.startswith(s['value'] + '\n') \
                or not run_and_rest.split('\n')[1].strip():
            E('%s: evasion layout' % r['id'])
        if C.PW_FORM_ANY.search(t):
            E('%s: password form in evasion text' % r['id'])
    # ---- reuse, leakage, UUIDs, JWTs
    alltexts = [r['text'] for r in pos + ev + neg]
    blob = '\n\x00\n'.join(alltexts)
    values = [r['secrets'][0]['value'] for r in pos + ev]
    if len(set(values)) != len(values):
        E('a value is reused')
    for v in values:
        if blob.count(v) != 1:
            E('value occurs %d times across the files: %r' % (blob.count(v), v[:40]))
    for r in ev:
        p = r['secrets'][0]['plain']
        if p in blob:
            E('%s: plain appears in a text' % r['id'])
    leak = [v for v in values + [r['secrets'][0]['plain'] for r in ev] + data['neighbours'] if len(v) >= 6]
    for r in neg:
        t = r['text']
        for v in leak:
            if v in t:
                E('%s: negative contains a positive value, neighbour or plain' % r['id'])
                break
        if C.PW_FORM_ANY.search(t):
            E('%s: password form in a negative' % r['id'])
        if C.JWT_RE.search(t):
            E('%s: JWT-shaped string in a negative' % r['id'])
    for t in alltexts:
        if not C.uuids_ok(t):
            E('non-v4 UUID in a text: %s' % t[:60].replace('\n', ' '))
        for m in C.JWT_RE.finditer(t):
            if not C.jwt_verify(m.group(0), [secrets['jwt_key']]):
                E('JWT-shaped substring does not verify: %s' % m.group(0)[:30])
        for m in re.finditer(r'v2\.local\.[A-Za-z0-9_-]+', t):
            if C.paseto_v2_local_decrypt(secrets['paseto_key'], m.group(0)) is None:
                E('PASETO-shaped substring does not decrypt')
    # ---- negative identifiers
    for r in neg:
        t = r['text']
        c = r['class']
        if c == 'egg_box_gtin_and_pallet_sscc_numbers':
            for m in re.findall(r'(?<!\d)(\d{13,14}|\d{18})(?!\d)', t):
                if not C.gtin_ok(m):
                    E('%s: GS1 check fails %s' % (r['id'], m))
        if c == 'disinfectant_cas_registry_numbers':
            for m in re.findall(r'\d{2,7}-\d{2}-\d', t):
                if not C.cas_ok(m):
                    E('%s: CAS check fails %s' % (r['id'], m))
        if c == 'royal_mail_s10_tracking_numbers':
            for m in re.findall(r'[A-Z]{2}(\d{9})GB', t):
                if not C.s10_ok(m):
                    E('%s: S10 check fails %s' % (r['id'], m))
        if c == 'supplier_unified_credit_codes':
            for m in re.findall(r'\b91[0-9A-Z]{16}\b', t):
                if not C.uscc_ok(m):
                    E('%s: USCC check fails %s' % (r['id'], m))
        if c == 'wireguard_and_age_public_keys':
            for m in re.findall(r'PublicKey = (\S+)', t):
                if not C.on_curve25519(base64.b64decode(m)):
                    E('%s: WireGuard key off the curve' % r['id'])
            for m in re.findall(r'age1[0-9a-z]+', t):
                if not C.bech32_ok(m):
                    E('%s: age recipient bech32 fails' % r['id'])
        if c == 'failed_check_licence_code_fixtures':
            found = re.findall(r'(CDV-[A-Z]{2}\d{9}[A-Z]{2}|SVX-\d{7}-\d{2}-\d|IOV-[0-9A-Z]{18}|fdk_[0-9A-Za-z]{32}_[0-9a-f]{10})', t)
            if not found:
                E('%s: no fixture found' % r['id'])
            for f in found:
                kind = {'C': 's10', 'S': 'cas', 'I': 'uscc', 'f': 'rmd'}[f[0]]
                if everyday269.check_value(kind, f, secrets):
                    E('%s: fixture passes its check %s' % (r['id'], f))
    # ---- deny-list and novelty
    check_names(data, deny, E)
    return errs


def _deny_hit(name, names):
    n = name.lower()
    return n in names or any(p in names for p in n.split('__') if p)


def check_names(data, deny, E):
    names = set(deny['names'])
    pos, ev, neg = data['positives'], data['evasions'], data['negatives']
    lists = {
        'everyday type': [t[0] for t in everyday269.TYPES], 'everyday kind': everyday269.KIND_NAMES,
        'vendor type': vendor269.TYPE_NAMES, 'vendor style': list(vendor269.STYLES),
        'syntax': positional269.SYNTAXES, 'where': list(positional269.WHERE.values()),
        'prose type': [prose269.TYPE], 'prose format': prose269.FORMATS,
        'evasion type': [t[0] for t in evasions269.TYPES], 'wording': evasions269.WORDINGS, 'encoding': enc269.NAMES,
        'negative class': [c[0] for c in negatives269.CLASSES],
        'base kind': [b[0] for c in negatives269.CLASSES for b in c[2]],
        'presentation': [w[0].strip('_') for w in negatives269.WRAPPERS if w[0]],
        'record container': [r['container'] for r in pos + ev + neg], 'record type': [r['type'] for r in pos + ev],
        'record class': [r['class'] for r in neg], 'record encoding': [r['encoding'] for r in ev],
    }
    for label, lst in lists.items():
        for n in set(lst):
            if _deny_hit(n, names):
                E('deny-listed %s: %s' % (label, n))
    earlier_syn = set(deny['syntaxes'])
    tool_tokens = {t for s in earlier_syn for t in s.split('_')} - GENERIC_SYNTAX_TOKENS
    tool_tokens |= PROSE_TOOL_TOKENS
    syns = set(positional269.SYNTAXES) | {r['type'][len(positional269.PREFIX):] for r in pos if r['source'] == 'password'}
    for s in syns:
        if s in earlier_syn or s in names:
            E('earlier syntax name: %s' % s)
        bad = [t for t in s.split('_') if t in tool_tokens]
        if bad:
            E('syntax %s uses earlier tool tokens %s' % (s, bad))
    idea = {fold(t) for e in deny['earlier_encodings'] for t in e.split('_')} | {fold(t) for t in HAND_ENCODING_TOKENS}
    for e in set(enc269.NAMES) | {r['encoding'] for r in ev}:
        bad = [t for t in e.split('_') if fold(t) in idea]
        if bad:
            E('encoding %s uses earlier idea tokens %s' % (e, bad))
    codes = set(deny['language_codes'])
    lnames = set(deny['language_names'])
    hand = set(prose269.HAND_LANGUAGES)
    langs = [(c, n) for c, n, _s, _t in prose269.L] + prose269.SPARES
    used = {r['container'].split('__')[1] for r in pos if r['source'] == 'prose'}
    bylang = {c: n for c, n in langs}
    for c in used:
        if c not in bylang:
            langs.append((c, c))
    for c, n in langs:
        if c in codes or c in names or c in hand:
            E('deny-listed language code %s' % c)
        words = [n.lower()] + re.split(r'[\s-]+', n.lower())
        if any(w in lnames or w in hand for w in words):
            E('deny-listed language name %s' % n)


# ------------------------------------------------------------------ mutation tests
def _first(lst, pred):
    for r in lst:
        if pred(r):
            return r
    raise LookupError


def mutations(data):
    M = []

    def m(name):
        def deco(fn):
            M.append((name, fn))
            return fn
        return deco

    @m('m01_shifted_span_start')
    def _(d):
        d['positives'][3]['secrets'][0]['start'] += 1

    @m('m02_value_removed_from_its_text')
    def _(d):
        r = d['positives'][10]
        s = r['secrets'][0]
        r['text'] = r['text'][:s['start']] + 'X' * (s['end'] - s['start']) + r['text'][s['end']:]

    @m('m03_value_reused_in_another_text')
    def _(d):
        d['positives'][20]['text'] += '\n' + d['positives'][21]['secrets'][0]['value']

    @m('m04_positive_value_in_a_negative')
    def _(d):
        d['negatives'][5]['text'] += ' ' + d['positives'][200]['secrets'][0]['value']

    @m('m05_evasion_plain_corrupted')
    def _(d):
        s = d['evasions'][7]['secrets'][0]
        s['plain'] = s['plain'][:-1] + ('0' if s['plain'][-1] != '0' else '1')

    @m('m06_deny_listed_container')
    def _(d):
        d['positives'][0]['container'] = 'dev_direnv_envrc'

    @m('m07_deny_listed_negative_class')
    def _(d):
        d['negatives'][0]['class'] = 'sri_and_checksum_file_digests'

    @m('m08_deny_listed_encoding')
    def _(d):
        r = d['evasions'][0]
        r['encoding'] = 'token_bucket_admitted_requests'
        r['secrets'][0]['encoding'] = 'token_bucket_admitted_requests'

    @m('m09_negatives_below_200')
    def _(d):
        del d['negatives'][-30:]

    @m('m10_deny_listed_prose_language')
    def _(d):
        r = _first(d['positives'], lambda r: r['source'] == 'prose')
        r['container'] = r['container'].split('__')[0] + '__fin'

    @m('m11_s10_licence_digit_broken')
    def _(d):
        r = _first(d['positives'], lambda r: r['type'] == 'crack_detector_s10_licence')
        _replace_value(r, lambda v: v[:-3] + str((int(v[-3]) + 1) % 10) + v[-2:])

    @m('m12_cas_enrolment_digit_broken')
    def _(d):
        r = _first(d['positives'], lambda r: r['type'] == 'spray_cabinet_cas_enrolment_code')
        _replace_value(r, lambda v: v[:-1] + str((int(v[-1]) + 1) % 10))

    @m('m13_uscc_activation_character_broken')
    def _(d):
        r = _first(d['positives'], lambda r: r['type'] == 'inovo_sexer_uscc_activation_code')
        _replace_value(r, lambda v: v[:-1] + ('0' if v[-1] != '0' else '1'))

    @m('m14_ripemd160_tail_broken')
    def _(d):
        r = _first(d['positives'], lambda r: r['type'] == 'flock_data_ripemd160_api_key')
        _replace_value(r, lambda v: v[:-1] + ('a' if v[-1] != 'a' else 'b'))

    @m('m15_paseto_tag_broken')
    def _(d):
        r = _first(d['positives'], lambda r: r['type'] == 'hatch_portal_paseto_service_token')
        _replace_value(r, lambda v: v[:-3] + ('A' if v[-3] != 'A' else 'B') + v[-2:])

    @m('m16_laravel_key_wrong_length')
    def _(d):
        r = _first(d['positives'], lambda r: r['type'] == 'egg_order_portal_laravel_app_key')
        _replace_value(r, lambda v: v[:-2] + '=')

    @m('m17_non_v4_uuid_in_a_negative')
    def _(d):
        d['negatives'][12]['text'] += '\nrequest 123e4567-e89b-12d3-a456-426614174000'

    @m('m18_two_spans')
    def _(d):
        d['positives'][30]['secrets'].append(dict(d['positives'][30]['secrets'][0]))

    @m('m19_earlier_syntax_name')
    def _(d):
        r = _first(d['positives'], lambda r: r['source'] == 'password')
        r['type'] = 'hpw_mosquitto_pub_capital_p_after_lower_u'
        r['secrets'][0]['type'] = r['type']

    @m('m20_id_out_of_sequence')
    def _(d):
        d['negatives'][3]['id'] = 'p269-n-0099'

    @m('m21_vendor_shape_broken')
    def _(d):
        r = _first(d['positives'], lambda r: r['type'] == 'npm_automation_access_token')
        _replace_value(r, lambda v: v + 'Z')

    @m('m22_evasion_plain_leaked_into_a_text')
    def _(d):
        d['positives'][44]['text'] += '\n' + d['evasions'][2]['secrets'][0]['plain']

    @m('m23_hint_word_in_a_positional_text')
    def _(d):
        r = _first(d['positives'], lambda r: r['source'] == 'password')
        r['text'] += '# the passwd for the grader\n'

    @m('m24_prose_value_not_set_off')
    def _(d):
        r = _first(d['positives'], lambda r: r['source'] == 'prose')
        s = r['secrets'][0]
        r['text'] = r['text'][:s['end']] + 'x' + r['text'][s['end'] + 1:]

    @m('m25_password_form_in_a_negative')
    def _(d):
        d['negatives'][40]['text'] += '\nnote: Leghorn-2024'

    @m('m26_json_container_broken')
    def _(d):
        r = _first(d['positives'], lambda r: r['container'] == 'packing_dotnet_appsettings_production_json')
        r['text'] = r['text'].replace('{', '[', 1)

    @m('m27_invalid_jwt_in_a_negative')
    def _(d):
        d['negatives'][60]['text'] += '\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLWhlcmU'

    @m('m28_evasion_layout_broken')
    def _(d):
        d['evasions'][4]['text'] = d['evasions'][4]['text'].replace(':\n', ': ', 1)

    @m('m29_hs256_signature_broken')
    def _(d):
        r = _first(d['positives'], lambda r: r['type'] == 'home_assistant_long_lived_access_token')
        _replace_value(r, lambda v: v[:-2] + ('AA' if v[-2:] != 'AA' else 'BB'))

    @m('m30_repeated_negative_text')
    def _(d):
        d['negatives'][1]['text'] = d['negatives'][0]['text']

    @m('m31_everyday_type_balance_broken')
    def _(d):
        r = d['positives'][0]
        r['type'] = 'egg_grader_supervisor_password' if r['type'] != 'egg_grader_supervisor_password' else 'farm_gate_vending_admin_password'
        r['secrets'][0]['type'] = r['type']

    @m('m32_run_contains_plain')
    def _(d):
        r = d['evasions'][9]
        s = r['secrets'][0]
        new = s['value'] + ' ' + s['plain']
        r['text'] = r['text'][:s['start']] + new + r['text'][s['end']:]
        s['value'] = new
        s['end'] = s['start'] + len(new)

    @m('m33_earlier_tool_token_in_a_syntax_name')
    def _(d):
        r = _first(d['positives'], lambda r: r['source'] == 'password')
        r['type'] = 'hpw_mysql_login_second'
        r['secrets'][0]['type'] = r['type']

    @m('m34_gtin_check_broken_in_a_negative')
    def _(d):
        r = _first(d['negatives'], lambda r: r['class'] == 'egg_box_gtin_and_pallet_sscc_numbers')
        g = re.search(r'(?<!\d)\d{13}(?!\d)', r['text']).group(0)
        r['text'] = r['text'].replace(g, g[:-1] + str((int(g[-1]) + 1) % 10))

    @m('m35_fixture_passes_its_check')
    def _(d):
        r = _first(d['negatives'], lambda r: r['class'] == 'failed_check_licence_code_fixtures')
        f = re.search(r'SVX-(\d{7})-(\d{2})-(\d)', r['text']) or re.search(r'CDV-[A-Z]{2}(\d{8})(\d)[A-Z]{2}', r['text'])
        if f.group(0).startswith('SVX'):
            good = 'SVX-%s-%s-%d' % (f.group(1), f.group(2), C.cas_check(f.group(1) + f.group(2)))
        else:
            good = f.group(0)[:14] + str(C.s10_check(f.group(1))) + f.group(0)[15:]
        r['text'] = r['text'].replace(f.group(0), good)

    @m('m36_stray_password_form_in_a_positive')
    def _(d):
        d['positives'][120]['text'] += '\nold one was Bantam_1999'

    return M


def _replace_value(r, fn):
    s = r['secrets'][0]
    new = fn(s['value'])
    r['text'] = r['text'][:s['start']] + new + r['text'][s['end']:]
    s['value'] = new
    s['end'] = s['start'] + len(new)


def run_mutations(data, deny):
    clean = set(run_checks(data, deny))
    out = []
    for name, fn in mutations(data):
        d = copy.deepcopy(data)
        fn(d)
        got = set(run_checks(d, deny))
        out.append((name, bool(got - clean)))
    return clean, out
