"""Every check of the p277 build, and the mutation tests."""
import copy
import csv
import configparser
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter

import common277 as C
import denylist277 as D
import dec277
import everyday277 as EV
import evasions277 as EVA
import negatives277 as NEG
import positional277 as POS
import prose277 as PR
import vendor277 as V

POS_FIELDS = ['id', 'type', 'container', 'text', 'secrets', 'source']
POS_SPAN = ['value', 'start', 'end', 'type']
EVA_FIELDS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
EVA_SPAN = ['value', 'start', 'end', 'type', 'plain', 'encoding']
NEG_FIELDS = ['id', 'class', 'container', 'text', 'source']

# Tools and mechanisms the earlier READMEs name in prose (left-out, dropped and relative lists).
HAND_TOOLS = sorted(set('''
ftp pop3 imap smtp ldap smb ssh sftp redis mongo mongodb mongosh mysql mariadb postgresql postgres psql oracle sqlplus snmp irc rcon
xdotool ydotool wtype keepassxc openssl mysqldump drush wpa_passphrase networkmanager nmcli winrm winrs pywinrm evil
git hg mercurial ffmpeg nats govc ovftool cockroach sqlcmd ipmitool xh httpie ntfy ab jenkins requests httpx superagent
mechanize httplib2 okhttp unirest aiohttp uri tmux screen zmtp amqp mqtt sasl xmlrpc rabbitmq rabbitmqctl db2 webdriverio
codeceptjs watir flutter selenide geb pexpect mqttnet clipboard pfx registry docker npm twine gem helm kubectl vault
sshpass htpasswd pkcs12 keytool jarsigner apksigner signtool gpg age 7z zip unzip rar curl wget selenium playwright
puppeteer cypress appium robot hashlib bcrypt pbkdf2 cryptojs sjcl webcrypto deluge tor freeswitch smpp socketio wamp
'''.split()))

# Position, mechanism and language words treated as generic in syntax names.
GENERIC_SYNTAX_TOKENS = sorted(set('''
python node js javascript java kotlin csharp go rust ruby php r c cpp lua perl scala groovy haskell elixir dart julia clojure
vba vbscript powershell swift objc
first second third fourth fifth sixth last positional argument arguments element field fields line lines word token option
flag parameter value values after before lower capital upper slash colon comma semicolon pair equals url userinfo quoted
attached prefix reads pipe stdin here string file call method constructor tuple array vector list map dict object keyword
command cli login auth basic connect user users set add create register open key data text type input into keys chars
a b c d e f g h i j k l m n o p q r s t u v w x y z load encrypt bytes child authenticate credentials credential resource
action enter textbox edit identified remote net sp char id
query server client session config conf entry section header body frame request response http https rtsp dsn db sql
new builder with by on the of to a an in at from for and or not is
'''.split()))

HAND_IDEAS = sorted(set('''
tally morse semaphore braille cipher xor base hex binary octal roman sudoku kakuro nonogram acrostic anagram checksum
luhn parity keyboard calendar clock compass colour color music dna unicode emoji rot caesar vigenere
'''.split()))


def _walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield from _walk_strings(k)
            yield from _walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from _walk_strings(v)


def syntax_check(kind, text, value):
    """Return None if the text parses as its kind and holds the value in place, else a reason."""
    try:
        if kind == 'json':
            return None if any(value in s for s in _walk_strings(json.loads(text))) else 'value not in a JSON string'
        if kind == 'xml':
            root = ET.fromstring(text)
            for el in root.iter():
                if (el.text and value in el.text) or any(value in a for a in el.attrib.values()):
                    return None
            return 'value not in XML text or attribute'
        if kind == 'toml':
            return None if any(value in s for s in _walk_strings(tomllib.loads(text))) else 'value not in a TOML string'
        if kind in ('csv', 'tsv'):
            rows = list(csv.reader(io.StringIO(text), delimiter='\t' if kind == 'tsv' else ','))
            if len({len(r) for r in rows}) != 1:
                return 'CSV rows of unequal width'
            return None if any(value == c for r in rows for c in r) else 'value not a CSV cell'
        if kind == 'ini':
            cp = configparser.ConfigParser(interpolation=None, strict=False)
            cp.optionxform = str
            cp.read_string(text)
            for sec in cp.sections():
                for k, v in cp.items(sec):
                    if value in v:
                        return None
            return 'value not in an INI option'
        if kind == 'yamlish':
            return yamlish(text, value)
    except Exception as e:  # noqa
        return 'parse error: %s' % e
    return None


def yamlish(text, value):
    found = False
    for ln in text.split('\n'):
        if not ln.strip() or ln.strip().startswith('#'):
            continue
        ind = len(ln) - len(ln.lstrip(' '))
        if ind % 2 or '\t' in ln[:ind + 1]:
            return 'bad indentation: %r' % ln
        body = ln.strip()
        if body.startswith('- '):
            body = body[2:]
        elif not re.match(r'^[A-Za-z0-9_.\-"\']+:( |$)', body):
            return 'not a YAML mapping or list line: %r' % ln
        if body.count('"') % 2 or body.count('[') != body.count(']') or body.count('{') != body.count('}'):
            return 'unbalanced quotes or brackets: %r' % ln
        if value in ln:
            found = True
    return None if found else 'value not on a YAML line'


VENDOR_STYLE_SYNTAX = {
    'office_lastpass_csv_export': 'csv', 'office_proton_pass_csv_export': 'csv', 'ops_go_service_config_toml': 'toml',
    'ops_spring_application_yml': 'yamlish', 'ci_forgejo_actions_workflow_env': 'yamlish',
    'ci_circleci_config_job_environment': 'yamlish',
}


# ---------------------------------------------------------------------------------------
def check_all(data, ctx):
    errs = []
    S, Ev, Ng = data['secrets'], data['evasions'], data['negatives']
    deny = ctx['deny']
    speck_key = ctx['speck_key']

    # ids, fields, spans
    for lst, pre, fields, spanf in ((S, 's', POS_FIELDS, POS_SPAN), (Ev, 'e', EVA_FIELDS, EVA_SPAN), (Ng, 'n', NEG_FIELDS, None)):
        for k, r in enumerate(lst):
            if r.get('id') != '%s-%s-%04d' % (C.PREFIX, pre, k + 1):
                errs.append('id out of sequence at %s #%d: %s' % (pre, k + 1, r.get('id')))
            if list(r.keys()) != fields:
                errs.append('%s fields %s' % (r.get('id'), list(r.keys())))
            if spanf is None:
                continue
            sp = r.get('secrets')
            if not isinstance(sp, list) or len(sp) != 1:
                errs.append('%s must have exactly one span' % r.get('id'))
                continue
            s = sp[0]
            if list(s.keys()) != spanf:
                errs.append('%s span fields %s' % (r['id'], list(s.keys())))
                continue
            t = r['text']
            if t[s['start']:s['end']] != s['value']:
                errs.append('%s span offsets do not give the value' % r['id'])
            if s['type'] != r['type']:
                errs.append('%s span type differs from record type' % r['id'])
            if t.count(s['value']) != 1:
                errs.append('%s value occurs %d times in its text' % (r['id'], t.count(s['value'])))
            if s['value'] != s['value'].strip() or not s['value']:
                errs.append('%s value has outer whitespace' % r['id'])
    for r in S:
        if r['source'] not in ('everyday', 'vendor', 'password', 'prose'):
            errs.append('%s bad source' % r['id'])
    for r in Ev:
        if r['source'] != 'evasion':
            errs.append('%s bad source' % r['id'])
    for r in Ng:
        if r['source'] != 'negative':
            errs.append('%s bad source' % r['id'])

    by = {src: [r for r in S if r['source'] == src] for src in ('everyday', 'vendor', 'password', 'prose')}
    # counts
    ev = by['everyday']
    if len(ev) != 180:
        errs.append('everyday count %d' % len(ev))
    kinds = Counter(r['container'] for r in ev)
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        errs.append('everyday kinds: %d kinds, sizes %s' % (len(kinds), sorted(set(kinds.values()))))
    for k in kinds:
        if len({r['type'] for r in ev if r['container'] == k}) != 4:
            errs.append('everyday kind %s does not hold four different types' % k)
    tc = Counter(r['type'] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append('everyday type balance %s' % sorted(tc.values()))
    vt = [r['type'] for r in by['vendor']]
    if not 110 <= len(set(vt)) <= 130 or len(vt) != len(set(vt)):
        errs.append('vendor types %d (records %d)' % (len(set(vt)), len(vt)))
    for r in by['vendor']:
        parts = r['container'].split('__')
        if len(parts) != 2 or parts[0] != r['type'] or parts[1] not in V.STYLES:
            errs.append('%s vendor container %s' % (r['id'], r['container']))
    pt = [r['type'] for r in by['password']]
    if not 100 <= len(set(pt)) <= 120 or len(pt) != len(set(pt)):
        errs.append('positional syntaxes %d' % len(set(pt)))
    pl = [r['container'].split('__')[1] for r in by['prose']]
    if len(by['prose']) != 40 or len(set(pl)) != 40:
        errs.append('prose: %d records in %d languages' % (len(by['prose']), len(set(pl))))
    if not 440 <= len(S) <= 470:
        errs.append('positives total %d' % len(S))
    if len(Ev) != 66:
        errs.append('evasions %d' % len(Ev))
    encs = Counter(r['encoding'] for r in Ev)
    if len(encs) != 22 or set(encs.values()) != {3}:
        errs.append('evasion encodings %d' % len(encs))
    for e in encs:
        ws = {r['container'].split('__')[1] for r in Ev if r['encoding'] == e}
        ts = {r['type'] for r in Ev if r['encoding'] == e}
        if len(ws) != 3 or len(ts) != 3:
            errs.append('encoding %s lacks a wording or type' % e)
    for r in Ev:
        if r['container'] != '%s__%s' % (r['encoding'], r['container'].split('__')[-1]) or r['secrets'][0]['encoding'] != r['encoding']:
            errs.append('%s evasion container/encoding' % r['id'])
    if len(Ng) < 200:
        errs.append('negatives %d < 200' % len(Ng))
    cc = Counter(r['class'] for r in Ng)
    if len(cc) < 20 or min(cc.values()) < 10:
        errs.append('negative classes %d, smallest %d' % (len(cc), min(cc.values()) if cc else 0))
    if len({r['text'] for r in Ng}) != len(Ng):
        errs.append('repeated negative text')
    srcsets = {src: {r['type'] for r in lst} for src, lst in by.items()}
    srcsets['evasion'] = {r['type'] for r in Ev}
    names = list(srcsets)
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            if srcsets[names[a]] & srcsets[names[b]]:
                errs.append('span types shared by %s and %s' % (names[a], names[b]))

    # shapes
    for r in ev:
        why = EV.check_value(r['type'], r['secrets'][0]['value'], speck_key)
        if why:
            errs.append('%s everyday shape: %s' % (r['id'], why))
        kind = EV.KIND_INFO.get(r['container'])
        if kind is None:
            errs.append('%s unknown kind' % r['id'])
            continue
        if kind[2]:
            why = syntax_check(kind[2], r['text'], r['secrets'][0]['value'])
            if why:
                errs.append('%s container syntax (%s): %s' % (r['id'], kind[2], why))
    for r in by['vendor']:
        if r['type'] not in V.VINFO:
            errs.append('%s unknown vendor type' % r['id'])
            continue
        why = V.check_value(r['type'], r['secrets'][0]['value'])
        if why:
            errs.append('%s vendor shape: %s' % (r['id'], why))
        st = r['container'].split('__')[-1]
        if st in VENDOR_STYLE_SYNTAX:
            why = syntax_check(VENDOR_STYLE_SYNTAX[st], r['text'], r['secrets'][0]['value'])
            if why:
                errs.append('%s vendor style syntax: %s' % (r['id'], why))
    for r in by['password']:
        if not C.is_password(r['secrets'][0]['value'], strict=True):
            errs.append('%s positional value not in the strict password form' % r['id'])
        if not POS.hint_free(r['text']):
            errs.append('%s positional text carries a hint word' % r['id'])
        if not r['type'].startswith(POS.PREFIX) or r['type'][len(POS.PREFIX):] not in POS.SYNTAX_INFO:
            errs.append('%s unknown syntax' % r['id'])
    for r in by['prose']:
        s = r['secrets'][0]
        if not C.is_password(s['value'], strict=True):
            errs.append('%s prose value not in the strict password form' % r['id'])
        t = r['text']
        if s['start'] == 0 or not t[s['start'] - 1].isspace() or s['end'] >= len(t) or not t[s['end']].isspace():
            errs.append('%s prose value not set off by whitespace' % r['id'])
    for r in S:
        s = r['secrets'][0]
        rest = r['text'][:s['start']] + '\n' + r['text'][s['end']:]
        if C.password_forms(rest):
            errs.append('%s stray password form outside the span: %s' % (r['id'], C.password_forms(rest)))
    for r in Ev:
        s = r['secrets'][0]
        if not EVA.plain_ok(r['type'], s['plain']):
            errs.append('%s evasion plain shape' % r['id'])
        lines = r['text'].split('\n')
        if len(lines) != 3 or not lines[0].endswith(':') or lines[1] != s['value'] or not lines[2].strip():
            errs.append('%s evasion layout' % r['id'])
        try:
            got = dec277.decode(r['encoding'], s['value'])
        except Exception as e:  # noqa
            got = 'error %r' % e
        if got != s['plain']:
            errs.append('%s evasion does not decode to its plain' % r['id'])
        if s['plain'] in s['value']:
            errs.append('%s run contains its plain' % r['id'])
        if C.password_forms(r['text']):
            errs.append('%s password form in an evasion text' % r['id'])

    # no reuse, neighbours
    all_texts = [r['text'] for r in S] + [r['text'] for r in Ev] + [r['text'] for r in Ng]
    values = [r['secrets'][0]['value'] for r in S + Ev]
    vc = Counter(values)
    for v, n in vc.items():
        if n > 1:
            errs.append('value reused: %s' % v[:40])
    for v in values:
        hits = sum(1 for t in all_texts if v in t)
        if hits != 1:
            errs.append('value occurs in %d texts: %s' % (hits, v[:40]))
    for r in Ev:
        p = r['secrets'][0]['plain']
        if any(p in t for t in all_texts):
            errs.append('%s evasion plain appears in a text' % r['id'])
    for idx, nval in ctx.get('neighbours', []):
        if nval is None:
            continue
        rec = [r for r in by['vendor'] if r['type'] == V.VTYPES[idx][0]]
        if not rec or rec[0]['text'].count(nval) != 1:
            errs.append('neighbour %s not exactly once in its text' % nval)
        if any(nval in r['text'] for r in Ng):
            errs.append('neighbour %s in a negative' % nval)

    # negatives
    reg = [x for x in ctx['registry'] if len(x) >= 6]
    for r in Ng:
        why = negative_forbidden(r['text'], reg)
        if why:
            errs.append('%s %s' % (r['id'], why))
    for t in all_texts:
        for m in C.UUID_RE.finditer(t):
            if not C.is_uuid4(m.group(0)):
                errs.append('non-v4 UUID in a text: %s' % m.group(0))
        if C.JWT_RE.search(t):
            errs.append('JWT-shaped string in a text')
    errs += negative_class_checks(Ng, speck_key)

    # deny-list
    errs += deny_checks(data, deny)
    return errs


def negative_forbidden(text, reg_strings):
    for s in reg_strings:
        if s in text:
            return 'contains a registered string %s' % s[:30]
    pf = C.password_forms(text)
    if pf:
        return 'contains a password form %s' % pf[0]
    if C.JWT_RE.search(text):
        return 'contains a JWT-shaped string'
    for m in C.UUID_RE.finditer(text):
        if not C.is_uuid4(m.group(0)):
            return 'contains a non-v4 UUID'
    return None


def negative_class_checks(Ng, speck_key):
    errs = []
    for r in Ng:
        t = r['text']
        c = r['class']
        if c == 'air_waybill_numbers_with_mod7_checks':
            ns = re.findall(r'\b(\d{3})-(\d{7})(\d)\b', t)
            if not ns or any(C.awb_check(s) != d for _, s, d in ns):
                errs.append('%s air waybill check fails' % r['id'])
        elif c == 'chilean_importer_rut_numbers':
            ns = re.findall(r'\b(\d{2})\.(\d{3})\.(\d{3})-([0-9K])\b', t)
            if not ns or any(C.rut_check(a + b + cc) != d for a, b, cc, d in ns):
                errs.append('%s RUT check fails' % r['id'])
        elif c == 'hop_picking_song_iswc_codes':
            ns = re.findall(r'T-(\d{3})\.(\d{3})\.(\d{3})-(\d)', t)
            if not ns or any(C.iswc_check(a + b + cc) != d for a, b, cc, d in ns):
                errs.append('%s ISWC check fails' % r['id'])
        elif c == 'nt_hashes_in_credential_columns':
            hs = re.findall(r'\b[0-9a-f]{32}\b', t)
            hs = [h for h in hs if h != 'aad3b435b51404eeaad3b435b51404ee']
            if not hs or any(h not in NEG.KEPT['nt'] or C.md4(NEG.KEPT['nt'][h].encode('utf-16-le')).hex() != h for h in hs):
                errs.append('%s NT hash does not recompute' % r['id'])
        elif c == 'wireguard_and_ed25519_public_keys':
            import base64
            ks = re.findall(r'PublicKey = ([A-Za-z0-9+/=]{44})', t)
            for k in ks:
                priv = NEG.KEPT['x25519'].get(k)
                if priv is None or base64.b64encode(C.x25519_base(priv)).decode() != k:
                    errs.append('%s WireGuard key does not recompute' % r['id'])
            for b in re.findall(r'ssh-ed25519 ([A-Za-z0-9+/=]+)', t):
                pub = base64.b64decode(b)[-32:]
                seed = NEG.KEPT['ed25519'].get(pub)
                if seed is None or C.ed25519_public(seed) != pub or not C.ed25519_on_curve(pub):
                    errs.append('%s Ed25519 key does not recompute' % r['id'])
            if not ks and 'ssh-ed25519' not in t:
                errs.append('%s holds no public key' % r['id'])
        elif c == 'own_layouts_with_broken_checks':
            found = re.findall(r'(KBL-[0-9A-F-]{36}|PMA-[\d.]{11}-\d|WBL-[\d.]{10}-[0-9K]|bwd_[0-9A-Za-z]{32}_[0-9a-f]{8}|PRC-\d{3}-\d{8})', t)
            if len(found) < 3:
                errs.append('%s fixtures missing' % r['id'])
            for v in found:
                tn = {'KBL': 'kiln_burner_speck_cbcmac_licence', 'PMA': 'picking_vision_iswc_activation_code',
                      'WBL': 'weighbridge_software_rut_licence', 'bwd': 'hop_trace_md4_api_token',
                      'PRC': 'pellet_despatch_awb7_release_code'}[v[:3]]
                if EV.check_value(tn, v, speck_key) is None:
                    errs.append('%s fixture passes its check: %s' % (r['id'], v))
        elif c == 'hop_puzzle_twin_answer_sheets':
            label = {v: k for k, v in NEG.TWIN_LABEL.items()}
            ps = re.findall(r'Puzzle \d \(([a-z ]+)\): (.*)\nAnswer: (\d+)', t)
            if len(ps) != 2:
                errs.append('%s puzzle sheet layout' % r['id'])
            for lab, unit, ans in ps:
                try:
                    got = dec277.decode_unit(label[lab], unit)
                except Exception:  # noqa
                    got = None
                if got != int(ans) or int(ans) >= 45:
                    errs.append('%s puzzle answer does not recompute' % r['id'])
    return errs


def _name_hits(name, names):
    low = name.lower()
    if low in names:
        return [low]
    return [p for p in low.split('__') if p in names]


def deny_checks(data, deny):
    errs = []
    names = set(deny['names'])
    S, Ev, Ng = data['secrets'], data['evasions'], data['negatives']
    pool = []
    pool += [('everyday type', t) for t in EV.TYPE_NAMES] + [('everyday kind', k) for k in EV.KIND_NAMES]
    pool += [('vendor type', t) for t in V.VTYPE_NAMES] + [('vendor style', s) for s in V.STYLES]
    pool += [('syntax', s) for s in POS.SYNTAX_NAMES] + [('where', w) for w in POS.WHERE.values()]
    pool += [('prose type', PR.SPAN_TYPE)] + [('prose format', f) for f in PR.FORMATS]
    pool += [('evasion type', t) for t in EVA.TYPE_NAMES] + [('wording', w) for w in EVA.WORDING_NAMES]
    pool += [('encoding', e) for e in EVA.ENC_NAMES]
    pool += [('negative class', c) for c in NEG.CLASS_NAMES] + [('base kind', b) for b in NEG.BASE_KINDS]
    pool += [('wrapper', w) for w in NEG.WRAPPER_NAMES]
    for r in S + Ev:
        pool.append(('container', r['container']))
        pool.append(('span type', r['type']))
    for r in Ev:
        pool.append(('encoding', r['encoding']))
    for r in Ng:
        pool.append(('container', r['container']))
        pool.append(('negative class', r['class']))
    for what, n in pool:
        h = _name_hits(n, names)
        if h:
            errs.append('deny-listed %s: %s (%s)' % (what, n, h[0]))
    # syntaxes
    earlier = set(deny['syntaxes'])
    earlier_tokens = set()
    for s in earlier:
        earlier_tokens.update(s.split('_'))
    tool_tokens = (earlier_tokens | set(HAND_TOOLS)) - set(GENERIC_SYNTAX_TOKENS)
    syn = list(POS.SYNTAX_NAMES) + [r['type'][len(POS.PREFIX):] for r in S if r['source'] == 'password']
    for s in syn:
        if s in earlier or s in names:
            errs.append('earlier syntax name: %s' % s)
        bad = [t for t in s.split('_') if t in tool_tokens]
        if bad:
            errs.append('syntax %s contains earlier tool token %s' % (s, bad[0]))
    # encodings
    ideas = set(deny['idea_words']) | set(deny['earlier_encoding_tokens']) | {D.fold(x) for x in HAND_IDEAS}
    for e in list(EVA.ENC_NAMES) + [r['encoding'] for r in Ev]:
        if e in deny['earlier_encodings']:
            errs.append('earlier encoding: %s' % e)
        bad = [t for t in e.split('_') if D.fold(t) in ideas]
        if bad:
            errs.append('encoding %s contains earlier idea word %s' % (e, bad[0]))
    # languages
    codes = set(deny['language_codes'])
    lnames = set(deny['language_names'])
    hand = set(PR.HAND_LANGUAGES)
    used = [(c, n) for c, n, _, _ in PR.LANGS] + list(PR.SPARES)
    for r in S:
        if r['source'] == 'prose':
            c = r['container'].split('__')[1]
            used.append((c, dict((x[0], x[1]) for x in PR.LANGS).get(c, '?')))
    for c, n in used:
        if c in codes or c in names or c in hand:
            errs.append('earlier language code: %s' % c)
        words = [n.lower()] + re.split(r'[\s\-]+', n.lower())
        if any(w in lnames or w in hand for w in words):
            errs.append('earlier language name: %s' % n)
    return errs


# ---------------------------------------------------------------------------------------
def mutations(data, ctx):
    """Each mutation must add an error the clean data does not have."""
    base = set(check_all(data, ctx))
    out = []

    def run(name, fn):
        d = copy.deepcopy(data)
        c2 = dict(ctx)
        fn(d, c2)
        new = set(check_all(d, c2)) - base
        out.append((name, bool(new)))

    def m01(d, c):
        d['secrets'][3]['secrets'][0]['start'] += 1

    def m02(d, c):
        r = d['secrets'][10]
        r['text'] = r['text'].replace(r['secrets'][0]['value'], 'X')

    def m03(d, c):
        d['secrets'][20]['text'] += ' ' + d['secrets'][21]['secrets'][0]['value']

    def m04(d, c):
        d['negatives'][5]['text'] += ' ' + d['secrets'][30]['secrets'][0]['value']

    def m05(d, c):
        d['evasions'][2]['secrets'][0]['plain'] = 'HPS/000/AAAA'

    def m06(d, c):
        d['secrets'][0]['container'] = 'dev_justfile_export'

    def m07(d, c):
        d['negatives'][0]['class'] = 'masked_key_previews'

    def m08(d, c):
        for r in d['evasions'][:3]:
            r['encoding'] = 'tenpin_strike_spare_bonus'

    def m09(d, c):
        d['negatives'] = d['negatives'][:150]

    def m10(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'prose'][0]
        r['container'] = r['container'].split('__')[0] + '__hun'

    def _ev(d, t):
        return [x for x in d['secrets'] if x['type'] == t][0]

    def _set_value(r, v):
        s = r['secrets'][0]
        r['text'] = r['text'][:s['start']] + v + r['text'][s['end']:]
        s['value'] = v
        s['end'] = s['start'] + len(v)

    def m11(d, c):
        r = _ev(d, 'kiln_burner_speck_cbcmac_licence')
        v = r['secrets'][0]['value']
        _set_value(r, v[:-1] + ('0' if v[-1] != '0' else '1'))

    def m12(d, c):
        r = _ev(d, 'picking_vision_iswc_activation_code')
        v = r['secrets'][0]['value']
        _set_value(r, v[:-1] + str((int(v[-1]) + 1) % 10))

    def m13(d, c):
        r = _ev(d, 'weighbridge_software_rut_licence')
        v = r['secrets'][0]['value']
        _set_value(r, v[:-1] + ('K' if v[-1] != 'K' else '0'))

    def m14(d, c):
        r = _ev(d, 'hop_trace_md4_api_token')
        v = r['secrets'][0]['value']
        _set_value(r, v[:-1] + ('0' if v[-1] != '0' else '1'))

    def m15(d, c):
        r = _ev(d, 'pellet_despatch_awb7_release_code')
        v = r['secrets'][0]['value']
        _set_value(r, v[:-1] + str((int(v[-1]) + 1) % 7))

    def m16(d, c):
        r = _ev(d, 'malt_batch_laravel_app_key')
        v = r['secrets'][0]['value']
        _set_value(r, v[:-6] + 'AAAA')

    def m17(d, c):
        d['negatives'][7]['text'] += ' ref 123e4567-e89b-12d3-a456-426614174000'

    def m18(d, c):
        s = d['secrets'][40]['secrets']
        s.append(dict(s[0]))

    def m19(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'password'][0]
        r['type'] = POS.PREFIX + 'mosquitto_pub_capital_p_after_lower_u'
        r['secrets'][0]['type'] = r['type']

    def m20(d, c):
        d['secrets'][5]['id'] = d['secrets'][6]['id']

    def m21(d, c):
        r = [x for x in d['secrets'] if x['type'] == 'github_oauth_access_token'][0]
        _set_value(r, r['secrets'][0]['value'] + 'x')

    def m22(d, c):
        d['secrets'][50]['text'] += ' ' + d['evasions'][0]['secrets'][0]['plain']

    def m23(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'password'][3]
        r['text'] = '# set the pass here\n' + r['text']
        r['secrets'][0]['start'] += 20
        r['secrets'][0]['end'] += 20

    def m24(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'prose'][2]
        s = r['secrets'][0]
        r['text'] = r['text'][:s['end']] + 'X' + r['text'][s['end']:]

    def m25(d, c):
        d['negatives'][3]['text'] += '\nnote: Wither-2024 on the wall'

    def m26(d, c):
        r = [x for x in d['secrets'] if EV.KIND_INFO.get(x['container'], (0, 0, None))[2] == 'json'][0]
        r['text'] = r['text'].replace('{', '{{', 1)
        r['secrets'][0]['start'] += 1
        r['secrets'][0]['end'] += 1

    def m27(d, c):
        d['negatives'][9]['text'] += '\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrIn0.c2lnbmF0dXJlc2ln'

    def m28(d, c):
        d['evasions'][4]['text'] = d['evasions'][4]['text'].replace(':\n', ': ', 1)

    def m29(d, c):
        r = [x for x in d['negatives'] if x['class'] == 'air_waybill_numbers_with_mod7_checks'][0]
        r['text'] = re.sub(r'\b(\d{3}-\d{7})(\d)\b', lambda m: m.group(1) + str((int(m.group(2)) + 1) % 7), r['text'], count=1)

    def m30(d, c):
        d['negatives'][12]['text'] = d['negatives'][13]['text']

    def m31(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'everyday'][0]
        other = [t for t in EV.TYPE_NAMES if t != r['type']][0]
        r['type'] = other
        r['secrets'][0]['type'] = other

    def m32(d, c):
        r = d['evasions'][6]
        s = r['secrets'][0]
        r['text'] = r['text'][:s['end']] + r['text'][s['end']:].replace('\n', ' ' + s['plain'] + '\n', 1)

    def m33(d, c):
        import positional277 as P
        P.SYNTAX_NAMES.append('kitty_remote_paste_into_window')

    def m34(d, c):
        EVA.ENC_NAMES.append('rope_winkle_relay')

    def m35(d, c):
        r = [x for x in d['negatives'] if x['class'] == 'own_layouts_with_broken_checks'][0]
        bad = re.search(r'PMA-(\d{3})\.(\d{3})\.(\d{3})-(\d)', r['text'])
        if bad:
            good = 'PMA-%s.%s.%s-%s' % (bad.group(1), bad.group(2), bad.group(3), C.iswc_check(''.join(bad.groups()[:3])))
            r['text'] = r['text'].replace(bad.group(0), good)
        else:
            v = [x for x in re.findall(r'WBL-(\d{2})\.(\d{3})\.(\d{3})-([0-9K])', r['text'])][0]
            r['text'] = r['text'].replace('WBL-%s.%s.%s-%s' % v, 'WBL-%s.%s.%s-%s' % (v[0], v[1], v[2], C.rut_check(''.join(v[:3]))))

    def m36(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'vendor'][20]
        r['text'] = 'note: Mashtun_Kiln4 is the old one\n' + r['text']
        r['secrets'][0]['start'] += 35
        r['secrets'][0]['end'] += 35

    def m37(d, c):
        r = [x for x in d['negatives'] if x['class'] == 'nt_hashes_in_credential_columns'][0]
        h = re.findall(r'\b[0-9a-f]{32}\b', r['text'])
        h = [x for x in h if x != 'aad3b435b51404eeaad3b435b51404ee'][0]
        r['text'] = r['text'].replace(h, h[:-1] + ('0' if h[-1] != '0' else '1'))

    def m38(d, c):
        r = [x for x in d['negatives'] if x['class'] == 'hop_puzzle_twin_answer_sheets'][0]
        r['text'] = re.sub(r'Answer: (\d+)', lambda m: 'Answer: %d' % (int(m.group(1)) + 1), r['text'], count=1)

    tests = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20,
             m21, m22, m23, m24, m25, m26, m27, m28, m29, m30, m31, m32, m33, m34, m35, m36, m37, m38]
    labels = ['shifted_span_start', 'value_removed_from_its_text', 'value_reused_in_another_text', 'positive_value_in_a_negative',
              'evasion_plain_corrupted', 'deny_listed_container', 'deny_listed_negative_class', 'deny_listed_encoding',
              'negatives_below_200', 'deny_listed_prose_language', 'speck_mac_broken', 'iswc_digit_broken', 'rut_character_broken',
              'md4_tail_broken', 'mod7_digit_broken', 'laravel_key_frame_broken', 'non_v4_uuid_in_a_negative', 'two_spans',
              'earlier_syntax_name', 'id_out_of_sequence', 'vendor_shape_broken', 'evasion_plain_leaked_into_a_text',
              'hint_word_in_a_positional_text', 'prose_value_not_set_off', 'password_form_in_a_negative', 'json_container_broken',
              'jwt_shaped_string_in_a_negative', 'evasion_layout_broken', 'awb_check_broken_in_a_negative', 'repeated_negative_text',
              'everyday_type_balance_broken', 'run_contains_plain', 'earlier_tool_token_in_a_syntax_name',
              'earlier_idea_word_in_an_encoding', 'fixture_passes_its_check', 'stray_password_form_in_a_positive',
              'nt_hash_broken_in_a_negative', 'twin_puzzle_answer_wrong']
    import positional277 as P
    for k, (fn, lab) in enumerate(zip(tests, labels)):
        saved_syn = list(P.SYNTAX_NAMES)
        saved_enc = list(EVA.ENC_NAMES)
        try:
            run('m%02d_%s' % (k + 1, lab), fn)
        finally:
            P.SYNTAX_NAMES[:] = saved_syn
            EVA.ENC_NAMES[:] = saved_enc
    return out
