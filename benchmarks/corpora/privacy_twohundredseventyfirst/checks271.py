"""Every check of the p271 build.  check_all returns a list of error strings."""
import base64
import csv
import hashlib
import hmac
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter

import common271 as C
import dec271
import everyday271 as E
import evasions271 as EV
import negatives271 as N
import positional271 as P
import prose271 as PR
import vendor271 as V
import world271 as W

POS_FIELDS = ['id', 'type', 'container', 'text', 'secrets', 'source']
POS_SPAN = ['value', 'start', 'end', 'type']
EV_FIELDS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
EV_SPAN = ['value', 'start', 'end', 'type', 'plain', 'encoding']
NEG_FIELDS = ['id', 'class', 'container', 'text', 'source']

# generic words allowed in syntax names even though an earlier syntax used them
GENERIC_SYNTAX_TOKENS = set('''a action add after argument as ascii attribute auth basic batch begin bind by c call capital
change class cli client colon column command connect connection console copy create csharp cstring csv ctor dart dash data
database decrypt dump encrypt enter erlang events factory field fifth file first flag fourth from function get glued go
haskell header helper here http https image import index input into java javascript js k key keys kotlin l line list
literal load login lower lua macro map match message mode n native new node nodejs nul ok open option p packet pair
parameter params payload perl php pipe positional printf private procedure properties python query quoted r reads real
record register replace request resource response ruby rust scala second send separated server session set shell sign
simulate single some sql start stdin step store string system table target test text then third to trailing tuple type
typing u unlock upload uri url user userinfo users using value vector w web word write yaml prolog clojure frontend
interactive events'''.split())
# tools, libraries and mechanisms the READMEs name only in prose (left-out lists, earlier relatives, renamed tokens)
PROSE_TOOL_TOKENS = set('''curl ftp sftp ftps pop3 imap smtp ldap ldapsearch samba smbclient smb cifs redis cassandra cqlsh
mongo mongosh selenium xdotool ydotool wtype tmux keepass keepassxc openssl sqlplus identified rcon requests faraday ktor
guzzle lwp playwright cypress puppeteer testcafe capybara robot espresso maestro pywinauto hammerspoon fossil mysqlsh
memcached socat vba unprotect knife ansible vault nikto pyjks foxpro crystal hvac kodi mcrcon pyipmi fireevent wpa htpasswd
cmdkey pdftk chpasswd sshpass typetext basicauth authenticate sp mssql source creds postgres security net nushell zsh fish
psreadline cgauth mysql irc credentials credential linked digest clone remote plain cleartext at'''.split())


def deny_sets(deny):
    names = set(deny['names'])
    syn = set(deny['syntaxes'])
    tool = set(t for s in syn for t in s.split('_')) - GENERIC_SYNTAX_TOKENS
    tool |= PROSE_TOOL_TOKENS
    ideas = set(deny.get('idea_words', []))
    return names, syn, tool, ideas


def name_errors(deny, reg):
    """reg: dict label -> list of names (all lower-case identifiers)."""
    errs = []
    names, syn, tool, ideas = deny_sets(deny)
    for label, lst in reg.items():
        if label == 'languages':
            continue
        for n in lst:
            n = n.lower()
            parts = [n] + [p for p in n.split('__') if p]
            if label == 'presentations':
                parts = [n.strip('_')]
            for p in parts:
                if p in names:
                    errs.append('deny-list: %s name %r (part %r) is on the list' % (label, n, p))
    for s in reg.get('syntaxes', []):
        bare = s[len(P.PREFIX):] if s.startswith(P.PREFIX) else s
        if bare in syn or bare in names or s in names:
            errs.append('deny-list: syntax %r is an earlier syntax' % s)
        bad = [t for t in bare.split('_') if t in tool]
        if bad:
            errs.append('deny-list: syntax %r holds earlier tool tokens %s' % (s, bad))
    for e in reg.get('encodings', []):
        bad = [t for t in e.split('_') if t in ideas]
        if bad:
            errs.append('deny-list: encoding %r holds earlier idea words %s' % (e, bad))
    codes = set(deny['language_codes'])
    lnames = set(deny['language_names'])
    hand = set(PR.HAND_LANGUAGES)
    for code, nm in reg.get('languages', []):
        if code in codes or code in names or code in hand:
            errs.append('deny-list: language code %r' % code)
        words = [nm.lower()] + [w for w in re.split(r'[^a-zåæøäöüéè]+', nm.lower()) if len(w) > 2]
        for w in words:
            if w in lnames or w in hand:
                errs.append('deny-list: language name %r (%r)' % (nm, w))
    return errs


def _json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from _json_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from _json_strings(v)


JSON_KINDS = {'flavour_doser_node_red_flow_json', 'tearoom_flutter_dart_define_json', 'wholesale_erpnext_site_config_json',
              'dev_jetbrains_http_client_env_json', 'dev_cypress_env_json', 'office_google_keep_takeout_json',
              'office_telegram_desktop_result_json', 'dev_cursor_mcp_json', 'dev_composer_auth_json',
              'dev_hoppscotch_environment_json', 'dev_httpie_session_json', 'office_bitwarden_json_export'}
XML_KINDS = {'tin_line_rockwell_l5x_tag_xml', 'dispensary_dymo_label_xml', 'tasting_kiosk_windows_unattend_xml',
             'orders_tomcat_context_xml', 'office_pptx_slide_xml', 'office_sms_backup_xml'}
CSV_KINDS = {'office_google_sheets_logins_csv', 'office_firefox_logins_csv_export', 'office_chrome_passwords_csv_export'}
TOML_KINDS = {'dev_wrangler_toml_vars'}


def container_errors(rec):
    kind = rec['container'].split('__')[-1] if rec['source'] == 'vendor' else rec['container']
    v = rec['secrets'][0]['value']
    t = rec['text']
    try:
        if kind in JSON_KINDS:
            if not any(v in s for s in _json_strings(json.loads(t))):
                return ['%s: value not in a JSON string' % rec['id']]
        elif kind in XML_KINDS:
            root = ET.fromstring(t.encode())
            if not any(v in (el.text or '') or any(v in a for a in el.attrib.values()) for el in root.iter()):
                return ['%s: value not in XML text or attribute' % rec['id']]
        elif kind in CSV_KINDS:
            rows = list(csv.reader(io.StringIO(t)))
            if len({len(r) for r in rows if r}) != 1 or not any(v in r for r in rows):
                return ['%s: CSV rows uneven or value not a cell' % rec['id']]
        elif kind in TOML_KINDS:
            d = tomllib.loads(t)
            if v not in d.get('vars', {}).values():
                return ['%s: value not a TOML [vars] value' % rec['id']]
    except Exception as ex:  # noqa: BLE001
        return ['%s: container does not parse (%s)' % (rec['id'], ex)]
    return []


def verify_jwt(tok, ctx):
    try:
        h, c, s, si = C.jwt_parts(tok)
    except Exception:
        return False
    if h.get('alg') == 'PS256':
        return C.pss_verify(ctx['rsa'], si, s)
    if h.get('alg') == 'HS256':
        return hmac.compare_digest(hmac.new(ctx['ha_key'], si, hashlib.sha256).digest(), s)
    return False


def check_all(data, ctx, deny, reg_names):
    errs = []
    S, EVR, NG = data['secrets'], data['evasions'], data['negatives']
    # ---- ids and fields
    for lst, tag, fields, span in ((S, 's', POS_FIELDS, POS_SPAN), (EVR, 'e', EV_FIELDS, EV_SPAN), (NG, 'n', NEG_FIELDS, None)):
        for i, r in enumerate(lst):
            if r.get('id') != '%s-%s-%04d' % (C.PFX, tag, i + 1):
                errs.append('id out of sequence at %s-%s %d: %r' % (C.PFX, tag, i + 1, r.get('id')))
            if list(r.keys()) != fields:
                errs.append('%s: fields %s' % (r.get('id'), list(r.keys())))
            if span is not None:
                if not isinstance(r.get('secrets'), list) or len(r['secrets']) != 1:
                    errs.append('%s: needs exactly one span' % r.get('id'))
                    continue
                sp = r['secrets'][0]
                if list(sp.keys()) != span:
                    errs.append('%s: span fields %s' % (r['id'], list(sp.keys())))
                if r['text'][sp['start']:sp['end']] != sp['value']:
                    errs.append('%s: text[start:end] != value' % r['id'])
                if sp['type'] != r['type']:
                    errs.append('%s: span type differs from record type' % r['id'])
                if r['text'].count(sp['value']) != 1:
                    errs.append('%s: value does not occur exactly once in its text' % r['id'])
                if sp['value'] != sp['value'].strip() or not sp['value']:
                    errs.append('%s: value has outer whitespace' % r['id'])
                if '@V@' in r['text'] or re.search(r'@[A-Z][A-Z0-9]*@', r['text']):
                    errs.append('%s: placement marker left' % r['id'])
    for r in S:
        if r['source'] not in ('everyday', 'vendor', 'password', 'prose'):
            errs.append('%s: bad source' % r['id'])
    for r in EVR:
        if r['source'] != 'evasion' or r['secrets'][0]['encoding'] != r['encoding']:
            errs.append('%s: evasion source or encoding' % r['id'])
    for r in NG:
        if r['source'] != 'negative':
            errs.append('%s: negative source' % r['id'])
    # ---- counts
    by = {s: [r for r in S if r['source'] == s] for s in ('everyday', 'vendor', 'password', 'prose')}
    ev = by['everyday']
    if len(ev) != 180:
        errs.append('everyday count %d' % len(ev))
    kc = Counter(r['container'] for r in ev)
    if len(kc) != 45 or set(kc.values()) != {4}:
        errs.append('everyday kinds: %d kinds, sizes %s' % (len(kc), sorted(set(kc.values()))))
    for k in kc:
        if len({r['type'] for r in ev if r['container'] == k}) != 4:
            errs.append('everyday kind %s repeats a type' % k)
    tc = Counter(r['type'] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append('everyday type balance %s' % dict(tc))
    vt = [r['type'] for r in by['vendor']]
    if not 110 <= len(set(vt)) <= 130 or len(vt) != len(set(vt)):
        errs.append('vendor types %d (records %d)' % (len(set(vt)), len(vt)))
    for r in by['vendor']:
        t, _, style = r['container'].partition('__')
        if t != r['type'] or style not in V.STYLES:
            errs.append('%s: vendor container %s' % (r['id'], r['container']))
    pt = [r['type'] for r in by['password']]
    if not 100 <= len(set(pt)) <= 120 or len(pt) != len(set(pt)):
        errs.append('positional syntaxes %d' % len(set(pt)))
    langs = [r['container'].split('__')[1] for r in by['prose']]
    if len(by['prose']) != 40 or len(set(langs)) != 40:
        errs.append('prose: %d records, %d languages' % (len(by['prose']), len(set(langs))))
    if not 440 <= len(S) <= 470:
        errs.append('positives total %d' % len(S))
    if len(EVR) != 66:
        errs.append('evasions %d' % len(EVR))
    encs = Counter(r['encoding'] for r in EVR)
    if len(encs) != 22 or set(encs.values()) != {3}:
        errs.append('evasion encodings %s' % dict(encs))
    for e in encs:
        if len({r['type'] for r in EVR if r['encoding'] == e}) != 3 or \
                len({r['container'].split('__')[1] for r in EVR if r['encoding'] == e}) != 3:
            errs.append('encoding %s lacks a type or a wording' % e)
    cc = Counter(r['class'] for r in NG)
    if len(NG) < 200 or len(cc) < 20 or min(cc.values()) < 10:
        errs.append('negatives %d in %d classes (min %d)' % (len(NG), len(cc), min(cc.values()) if cc else 0))
    if len({r['text'] for r in NG}) != len(NG):
        errs.append('repeated negative text')
    srcs = [set(r['type'] for r in by[s]) for s in by] + [set(r['type'] for r in EVR)]
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if srcs[i] & srcs[j]:
                errs.append('span types shared between sources: %s' % sorted(srcs[i] & srcs[j]))
    # ---- shapes
    for r in ev:
        e = E.check_value(r['type'], r['secrets'][0]['value'], ctx['rsa'])
        if e:
            errs.append('%s: everyday shape (%s)' % (r['id'], e))
    for r in by['vendor']:
        e = V.check_value(r['type'], r['secrets'][0]['value'], ctx['ha_key'])
        if e:
            errs.append('%s: %s' % (r['id'], e))
    for r in by['password'] + by['prose']:
        if not W.PW_STRICT_RE.match(r['secrets'][0]['value']):
            errs.append('%s: not the strict password form' % r['id'])
    for r in by['password']:
        if P.HINT_RE.search(r['text']):
            errs.append('%s: positional text names the field (%s)' % (r['id'], P.HINT_RE.search(r['text']).group(0)))
    for r in by['prose']:
        sp = r['secrets'][0]
        t = r['text']
        if sp['start'] == 0 or not t[sp['start'] - 1].isspace() or sp['end'] >= len(t) or not t[sp['end']].isspace():
            errs.append('%s: prose value not set off by whitespace' % r['id'])
    for r in S:
        sp = r['secrets'][0]
        for m in W.PW_ANY_RE.finditer(r['text']):
            if not (sp['start'] <= m.start() and m.end() <= sp['end']):
                errs.append('%s: password-form string outside the span: %r' % (r['id'], m.group(0)))
        errs += container_errors(r)
    for r in EVR:
        sp = r['secrets'][0]
        if not EV.PLAIN_RE[r['type']].match(sp['plain']):
            errs.append('%s: plain shape' % r['id'])
        lines = r['text'].split('\n')
        if len(lines) != 3 or not lines[0].endswith(':') or lines[1] != sp['value'] or not lines[2].strip():
            errs.append('%s: evasion layout' % r['id'])
        if W.PW_ANY_RE.search(r['text']):
            errs.append('%s: password form in an evasion text' % r['id'])
        try:
            if dec271.decode(r['encoding'], sp['value']) != sp['plain']:
                errs.append('%s: run does not decode to its plain' % r['id'])
        except Exception as ex:  # noqa: BLE001
            errs.append('%s: decoder failed (%s)' % (r['id'], ex))
        if sp['plain'] in sp['value']:
            errs.append('%s: run contains its plain' % r['id'])
    # ---- reuse and cleanliness
    alltext = '\x00'.join(r['text'] for r in S + EVR + NG)
    negtext = '\x00'.join(r['text'] for r in NG)
    vals = [r['secrets'][0]['value'] for r in S + EVR]
    if len(vals) != len(set(vals)):
        errs.append('a value is reused')
    for v in vals:
        if alltext.count(v) != 1:
            errs.append('value %r occurs %d times across the files' % (v[:40], alltext.count(v)))
    for r in EVR:
        if r['secrets'][0]['plain'] in alltext:
            errs.append('%s: plain appears in a text' % r['id'])
    for s in ctx['registered']:
        if len(s) >= 6 and s in negtext:
            errs.append('registered string %r appears in a negative' % s[:40])
    for nb in ctx['neighbours']:
        if nb in vals:
            errs.append('neighbour equals a value: %r' % nb)
    for r in NG:
        if W.PW_ANY_RE.search(r['text']):
            errs.append('%s: negative holds a password form %r' % (r['id'], W.PW_ANY_RE.search(r['text']).group(0)))
        if C.JWT_RE.search(r['text']):
            errs.append('%s: negative holds a JWT-shaped string' % r['id'])
    for r in S + EVR + NG:
        for u in C.UUID_RE.findall(r['text']):
            if not C.is_uuid4(u):
                errs.append('%s: non-v4 UUID %s' % (r['id'], u))
        for m in C.JWT_RE.finditer(r['text']):
            tok = m.group(0)
            if not verify_jwt(tok, ctx):
                errs.append('%s: JWT-shaped string does not verify' % r['id'])
    errs += negative_shape_errors(NG, ctx)
    errs += name_errors(deny, reg_names)
    used = {'containers': [r['container'] for r in S + EVR + NG], 'span_types': [r['type'] for r in S + EVR],
            'encodings_used': [r['encoding'] for r in EVR], 'classes_used': [r['class'] for r in NG],
            'syntaxes': [r['type'] for r in S if r['source'] == 'password'],
            'encodings': sorted({r['encoding'] for r in EVR})}
    errs += name_errors(deny, used)
    return errs


def negative_shape_errors(NG, ctx):
    errs = []
    for r in NG:
        t = r['text']
        if r['class'] == 'imo_vessel_numbers_on_tea_shipments':
            nums = re.findall(r'IMO (\d{7})', t) + re.findall(r',(\d{7}),0[0-9]{3}\.', t) + re.findall(r'^[^,]*,[^,]*,(\d{7}),', t, re.M)
            if not nums or not all(C.imo_valid(n) for n in nums):
                errs.append('%s: IMO check' % r['id'])
        elif r['class'] == 'listed_company_sedol_codes':
            cs = re.findall(r'(?<![0-9A-Z])([0-9B-DF-HJ-NP-TV-Z]{6}[0-9])(?![0-9A-Za-z])', t)
            if not cs or not all(C.sedol_valid(x) for x in cs):
                errs.append('%s: SEDOL check' % r['id'])
        elif r['class'] == 'firmware_intel_hex_records':
            ls = re.findall(r':[0-9A-F]{10,}', t)
            if len(ls) < 3 or not all(C.ihex_valid(x) for x in ls):
                errs.append('%s: Intel HEX check' % r['id'])
        elif r['class'] == 'own_layout_decoys_failing_checks':
            for v in re.findall(r'BSL-[0-9A-Z]{7}-[0-9A-Z]{7}|wtk_[0-9A-F]{32}|kdl_[0-9A-Za-z]{32}_[0-9a-f]{8}', t):
                tn = {'B': 'blend_scale_sedol_licence', 'w': 'tin_sealer_lrc_pairing_key', 'k': 'loyalty_api_ripemd160_key'}[v[0]]
                if E.check_value(tn, v) is None:
                    errs.append('%s: decoy passes its own check' % r['id'])
        elif r['class'] == 'leaf_icon_png_data_uris':
            for b in re.findall(r'data:image/png;base64,([A-Za-z0-9+/=]+)', t):
                if not C.png_valid(base64.b64decode(b)):
                    errs.append('%s: PNG data URI broken' % r['id'])
        elif r['class'] == 'phpass_and_werkzeug_scrypt_hashes':
            if not re.search(r'\$P\$[./0-9A-Za-z]{31}|scrypt:32768:8:1\$[0-9A-Za-z]{16}\$[0-9a-f]{128}', t):
                errs.append('%s: hash frame' % r['id'])
        elif r['class'] == 'booking_jwks_and_wireguard_public_keys' and '"kty": "RSA"' in t:
            n = ctx['rsa']['n']
            if C.b64u(n.to_bytes((n.bit_length() + 7) // 8, 'big')) not in t:
                errs.append('%s: JWKS modulus differs from the booking key' % r['id'])
    return errs
