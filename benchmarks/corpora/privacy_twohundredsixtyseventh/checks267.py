"""Every check the build runs before writing, and the mutation tests."""
import base64
import configparser
import copy
import csv
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common267 as C
import dec267
import everyday267 as E
import evasions267 as EV
import negatives267 as N
import positional267 as P
import prose267 as PR
import vendor267 as V
import world267 as W

SEC_FIELDS = ['id', 'type', 'container', 'text', 'secrets', 'source']
SPAN_FIELDS = ['value', 'start', 'end', 'type']
EVA_FIELDS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
EVA_SPAN_FIELDS = ['value', 'start', 'end', 'type', 'plain', 'encoding']
NEG_FIELDS = ['id', 'class', 'container', 'text', 'source']

# tools, libraries and mechanisms named by the two READMEs' positional syntaxes and left-out lists;
# derived tokens of their syntax names are added at run time, these are the ones only their prose names
HAND_TOOL_TOKENS = sorted({
    'ftp', 'pop3', 'imap', 'smtp', 'ldap', 'samba', 'smb', 'redis', 'mongo', 'mongosh', 'cassandra', 'cqlsh', 'db2',
    'oracle', 'sqlplus', 'expdp', 'sqlldr', 'loader', 'ssh', 'snmp', 'mysql', 'mariadb', 'arj', 'unar', '7z', 'pkcs12',
    'httpie', 'lynx', 'ydotool', 'kitty', 'az', 'oc', 'curl', 'ttyd', 'chisel', 'jenkins', 'monit', 'xfreerdp', 'sudo',
    'cryptsetup', 'gocryptfs', 'selenium', 'webdriver', 'nightwatch', 'protractor', 'codeceptjs', 'slick', 'groovy',
    'sequelize', 'libpq', 'httpx', 'okhttp', 'applybasicauth', 'rcon', 'informix', 'xdotool', 'keyboard', 'esp',
    'openssl', 'zephyr', 'arduino', 'pdftotext', 'keytool', 'cmdkey', 'chap', 'pgpass', 'kickstart', 'freeradius',
    'haproxy', 'asterisk', 'stomp', 'pikepdf', 'psexec', 'tsql', 'sqlcmd', 'sqlserver', 'mssql', 'sybase', 'odbc',
    'postgres', 'jdbc', 'telnet', 'vnc', 'webdav', 'wifi', 'cwjap', 'mpd', 'mpc', 'docker', 'podman', 'helm', 'skopeo',
    'rdesktop', 'rclone', 'mega', 'megacmd', 'ipmitool', 'racadm', 'ilorest', 'idrac', 'ilo', 'sendmail', 'dma', 'bteq',
    'teradata', 'openrowset', 'amqp', 'memcached', 'socks5', 'ioquake3', 'shoutcast', 'quectel', 'cgauth', 'qicsgp',
    'edifact', 'x12', 'cimd2', 'wordpress', 'odoo', 'exasol', 'h2', 'hana', 'hdbsql', 'maxdb', 'dbmcli', 'sapcontrol',
    'dislocker', 'upscmd', 'nut', 'upsmon', 'poetry', 'composer', 'bundler', 'shadowsocks', 'transmission', 'zoneminder',
    'zmu', 'keyctl', 'encfs', 'gnome', 'rabbitmq', 'rabbitmqctl', 'ejabberd', 'ejabberdctl', 'prosody', 'prosodyctl',
    'neo4j', 'beeline', 'hive', 'couchbase', 'ibmcloud', 'signtool', 'certutil', 'ccrypt', 'steghide', 'fossil', 'mysqlsh',
    'argon2', 'bcachefs', 'keyring', 'kwallet', 'expect', 'stratis', 'systemd', 'creds', 'pymssql', 'cx', 'pymysql',
    'pika', 'pymupdf', 'requests', 'napalm', 'sqlalchemy', 'scryptsync', 'zip4j', 'pdfbox', 'ktor', 'exposed',
    'networkcredential', 'convertto', 'securestring', 'setbasicauth', 'reqwest', 'tiberius', 'faraday', 'pdo', 'mysqli',
    'oci', 'dbi', 'lwp', 'httr', 'epgsql', 'clj', 'qsqldatabase', 'poco', 'vboxmanage', 'xvkbd', 'dotool', 'cliclick',
    'autoit', 'sendkeys', 'wsh', 'playwright', 'cypress', 'puppeteer', 'testcafe', 'robotframework', 'capybara',
    'espresso', 'maestro', 'pywinauto', 'hammerspoon', 'flutter', 'newusers', 'lighttpd', 'tinyproxy', 'squid', 'hostapd',
    'qpdf', 'aescrypt', 'msoffcrypto', 'win32security', 'cryptography', 'plaintextauthprovider', 'ntcredentials',
    'scalaj', 'pdfsharp', 'epplus', 'gowebdav', 'rest', 'mechanize', 'pkey', 'guzzle', 'forge', 'pem', 'vba',
    'chromedp', 'nutjs', 'pyautogui', 'detox', 'adb', 'kif', 'flaui', 'eggplant', 'imacros', 'zxing', 'ntp', 'pgp',
    'crypt', 'setapprole', 'wordpress', 'xmlrpc', 'jsonrpc', 'schtasks', 'smbclient', 'getconnection', 'typetext',
    'roster', 'sp'})
STOP_TOOL = {
    'lower', 'upper', 'capital', 'p', 'u', 'w', 'a', 'n', 'r', 'c', 'k', 's', 'after', 'before', 'first', 'second', 'third',
    'fourth', 'fifth', 'sixth', 'seventh', 'positional', 'positionals', 'argument', 'arguments', 'flag', 'option', 'colon',
    'pair', 'comma', 'equals', 'quoted', 'field', 'fields', 'line', 'pipe', 'stdin', 'file', 'here', 'string', 'value',
    'call', 'method', 'function', 'ctor', 'new', 'connect', 'connection', 'login', 'logon', 'auth', 'basic', 'user',
    'users', 'add', 'set', 'open', 'load', 'get', 'type', 'text', 'keys', 'key', 'send', 'fill', 'write', 'enter', 'input',
    'python', 'java', 'kotlin', 'scala', 'csharp', 'go', 'rust', 'ruby', 'php', 'perl', 'lua', 'cpp', 'js', 'node', 'dart',
    'swift', 'julia', 'erlang', 'clojure', 'elixir', 'vbscript', 'powershell', 'windows', 'macos', 'sql', 'cli', 'http',
    'api', 'client', 'server', 'db', 'url', 'userinfo', 'register', 'create', 'char', 'array', 'tuple', 'list', 'vector',
    'some', 'at', 'on', 'in', 'of', 'the', 'to', 'with', 'two', 'by', 'from', 'glued', 'global', 'remote', 'bytes',
    'message', 'packet', 'command', 'body', 'response', 'request', 'column', 'columns', 'fixed', 'width', 'semicolon',
    'unit', 'separator', 'properties', 'directive', 'entry', 'step', 'keyword', 'test', 'element', 'view', 'action',
    'window', 'chain', 'page', 'ui', 'id', 'name', 'or', 'and', 'a', 'use', 'share', 'run', 'start', 'ok', 'plain',
    'wire', 'apps', 'script', 'child', 'setting', 'sixth', 'lines', 'show', 'dash', 'echo', 'printf', 'credentials',
    'authentication', 'authenticate', 'encrypt', 'decrypt', 'upload', 'console', 'oob', 'v1', 'v3', 'encoder', 'm',
    'first', 'at', 'simple', 'library', 'event', 'utils', 'object', 'controller', 'method', 'attribute', 'textbox', 'into',
    'action', 'hashsync', 'by', 'index', 'zip', 'context', 'core', 'office', 'security', 'cloud', 'data', 'x', 'number',
    'unlock', 'resource', 'source', 'net', 'driver', 'database'}
HAND_ENCODING_TOKENS = sorted({
    'numeral', 'bases', 'base', 'escapes', 'dumps', 'utf', 'cipher', 'xor', 'morse', 'braille', 'semaphore', 'spelling',
    'alphabets', 'number', 'words', 'scripts', 'lookalikes', 'combining', 'zero', 'width', 'chaff', 'decoys', 'shuffles',
    'reversals', 'acrostics', 'steganography', 'expressions', 'powers', 'primes', 'squares', 'triangular', 'fibonacci',
    'factoradic', 'combinadics', 'gray', 'bcd', 'residues', 'delta', 'continued', 'fractions', 'gcds', 'reciprocals',
    'midpoints', 'egyptian', 'check', 'barcodes', 'fonts', 'keyboards', 'telephone', 'calendars', 'clocks', 'lookup',
    'tables', 'chess', 'cards', 'dice', 'dominoes', 'bingo', 'bowling', 'darts', 'rugby', 'snooker', 'scrabble',
    'backgammon', 'league', 'regatta', 'conversions', 'physical', 'laws', 'matrices', 'equations', 'progressions', 'magic',
    'grids', 'shortest', 'paths', 'spanning', 'trees', 'critical', 'geometry', 'triangles', 'heron', 'sines', 'areas',
    'overlaps', 'lattices', 'taxicab', 'knapsack', 'venn', 'josephus', 'hanoi', 'huffman', 'queues', 'lru', 'stacks',
    'fit', 'fifo', 'rain', 'water', 'histograms', 'subarray', 'flood', 'fill', 'minesweeper', 'medians', 'means', 'modes',
    'majority', 'missing', 'members', 'handshakes', 'degree', 'dag', 'routes', 'pigeonhole', 'painted', 'cubes', 'rack',
    'tallies', 'tally', 'proxy', 'bids', 'loyalty', 'stamps', 'break', 'even', 'depreciation', 'eoq', 'ratio', 'shares',
    'coin', 'purses', 'mixed', 'hamming', 'distance', 'twelfths', 'compass', 'corrections', 'frobenius', 'factorial',
    'zeros', 'page', 'digits', 'perimeters', 'lights', 'out', 'curling', 'ends', 'knitting', 'rows', 'marks', 'soroban',
    'vickrey', 'fence', 'posts', 'snakes', 'ladders', 'dna', 'colours', 'music', 'maximum', 'flow', 'cellular',
    'automata', 'statistics', 'assignments', 'jugs', 'trapped', 'edit', 'distances', 'inversions', 'grid', 'snail', 'bin',
    'packing', 'tries', 'binary', 'search', 'bulls', 'cows', 'pair', 'word', 'hidden', 'deviation', 'formula',
    'remainder', 'best', 'digit', 'stack', 'sum', 'gap', 'costs', 'order', 'sweep', 'nesting', 'wrap', 'margin', 'bell',
    'bill', 'materials', 'ladder', 'lottery', 'amidakuji', 'permutation', 'book', 'auction', 'lamport', 'undo', 'redo',
    'dhondt', 'apportionment', 'hamilton', 'scan', 'lift', 'sjf', 'roman', 'soundex', 'mancala', 'reversi', 'totient',
    'partition', 'squared', 'deviations', 'saddle', 'points', 'journey', 'levelling', 'games', 'game', 'scoring',
    'queue', 'heap', 'trie', 'tree', 'bracket', 'brackets', 'subsequence', 'palindrome', 'hash', 'ring', 'mirror'})
STOP_ENC = {'of', 'and', 'or', 'on', 'the', 'a', 'to', 'in'}
HAND_LANGUAGES = ['catalan', 'cat']


def _norm(t):
    return t[:-1] if len(t) > 3 and t.endswith('s') else t


def earlier_encoding_names(texts):
    out = set()
    for t in texts:
        for m in re.finditer(r'`([a-z0-9_]+)` = "', t):
            out.add(m.group(1))
    return out


class Ctx:
    pass


# ---------------------------------------------------------------- the checks
def check_all(data, ctx):
    errs = []
    err = errs.append
    secs, evas, negs = data['secrets'], data['evasions'], data['negatives']

    # ids and field sets
    for recs, pref, fields, spanf in ((secs, 'p267-s-', SEC_FIELDS, SPAN_FIELDS), (evas, 'p267-e-', EVA_FIELDS, EVA_SPAN_FIELDS),
                                      (negs, 'p267-n-', NEG_FIELDS, None)):
        for i, rec in enumerate(recs):
            if rec.get('id') != '%s%04d' % (pref, i + 1):
                err('id out of sequence at %s%04d: %r' % (pref, i + 1, rec.get('id')))
            if list(rec) != fields:
                err('field set %s: %r' % (rec.get('id'), list(rec)))
            if spanf is None:
                continue
            sp = rec.get('secrets')
            if not isinstance(sp, list) or len(sp) != 1:
                err('%s: not exactly one span' % rec.get('id'))
                continue
            s = sp[0]
            if list(s) != spanf:
                err('%s: span fields %r' % (rec['id'], list(s)))
                continue
            t = rec['text']
            if t[s['start']:s['end']] != s['value']:
                err('%s: offsets do not give the value' % rec['id'])
            if s['type'] != rec['type']:
                err('%s: span type differs from record type' % rec['id'])
            if t.count(s['value']) != 1:
                err('%s: value occurs %d times in its text' % (rec['id'], t.count(s['value'])))
            if s['value'] != s['value'].strip() or not s['value']:
                err('%s: value has outer whitespace' % rec['id'])
            if '\u00a7' in t or '\u00b6' in t:
                err('%s: placement marker left' % rec['id'])
    for rec in secs:
        if rec.get('source') not in ('everyday', 'vendor', 'password', 'prose'):
            err('%s: bad source' % rec.get('id'))
    for rec in evas:
        if rec.get('source') != 'evasion' or rec['secrets'][0].get('encoding') != rec.get('encoding'):
            err('%s: evasion source/encoding' % rec.get('id'))
        if rec.get('container') != '%s__%s' % (rec.get('encoding'), rec.get('container', '').split('__')[-1]):
            err('%s: evasion container not <encoding>__<wording>' % rec.get('id'))
    for rec in negs:
        if rec.get('source') != 'negative':
            err('%s: bad negative source' % rec.get('id'))

    # counts
    by = {}
    for rec in secs:
        by.setdefault(rec['source'], []).append(rec)
    ev = by.get('everyday', [])
    if len(ev) != 180:
        err('everyday count %d' % len(ev))
    kinds = {}
    for rec in ev:
        kinds.setdefault(rec['container'], set()).add(rec['type'])
    if len(kinds) != 45 or any(len(v) != 4 for v in kinds.values()):
        err('everyday: 45 kinds x 4 different types broken')
    tcount = {}
    for rec in ev:
        tcount[rec['type']] = tcount.get(rec['type'], 0) + 1
    if sorted(tcount) != sorted(E.TYPE_NAMES) or set(tcount.values()) != {15}:
        err('everyday: 12 types x 15 broken')
    vd = by.get('vendor', [])
    if not 110 <= len({r['type'] for r in vd}) == len(vd) <= 130:
        err('vendor count %d' % len(vd))
    for rec in vd:
        typ, _, st = rec['container'].partition('__')
        if typ != rec['type'] or st not in V.STYLES:
            err('%s: vendor container %s' % (rec['id'], rec['container']))
    pw = by.get('password', [])
    if not 100 <= len({r['type'] for r in pw}) == len(pw) <= 120:
        err('positional count %d' % len(pw))
    pr = by.get('prose', [])
    langs = {r['container'].split('__')[1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        err('prose: 40 records in 40 languages broken')
    if not 440 <= len(secs) <= 470:
        err('positives total %d' % len(secs))
    if len(evas) != 66:
        err('evasions count %d' % len(evas))
    enc_types = {}
    for rec in evas:
        enc_types.setdefault(rec['encoding'], []).append((rec['type'], rec['container'].split('__')[1]))
    if len(enc_types) != 22 or any(len(set(t for t, _ in v)) != 3 or len(set(w for _, w in v)) != 3 for v in enc_types.values()):
        err('evasions: 22 encodings x 3 types x 3 wordings broken')
    ncls = {}
    for rec in negs:
        ncls[rec['class']] = ncls.get(rec['class'], 0) + 1
    if len(negs) < 200 or len(ncls) < 20 or min(ncls.values() or [0]) < 10:
        err('negatives: %d in %d classes' % (len(negs), len(ncls)))
    if len({r['text'] for r in negs}) != len(negs):
        err('negatives: repeated text')
    st = [set(r['type'] for r in by.get(s, [])) for s in ('everyday', 'vendor', 'password', 'prose')] + [set(r['type'] for r in evas)]
    for i in range(len(st)):
        for j in range(i + 1, len(st)):
            if st[i] & st[j]:
                err('span types shared between sources: %r' % sorted(st[i] & st[j]))

    # shapes: everyday
    for rec in ev:
        v, t = rec['secrets'][0]['value'], rec['type']
        if t in E.PASSWORD_TYPES:
            if not (W.PASSWORD_RE.match(v) and W.password_word_ok(v)):
                err('%s: password shape %r' % (rec['id'], v))
        elif t == 'booking_nextauth_jwe_session':
            sec = ctx.jwe_secrets.get(v)
            pay = C.jwe_open(v, sec) if sec else None
            if not pay or set(pay) != {'name', 'email', 'sub', 'iat', 'exp', 'jti'}:
                err('%s: JWE does not open with its site secret' % rec['id'])
        elif t == 'kite_cad_iso6346_licence_key':
            m = re.match(r'^KDL-([0-9A-Z]{4})-([0-9A-Z]{4})-([0-9A-Z]{4})-([0-9A-Z]{4})-([0-9])$', v)
            if not m or C.iso6346_check(''.join(m.groups()[:4])) != m.group(5):
                err('%s: ISO 6346 licence check' % rec['id'])
        elif t == 'gate_enrolment_sedol_code':
            m = re.match(r'^GSE-([0-9BCDFGHJKLMNPQRSTVWXYZ]{6}[0-9])-([0-9BCDFGHJKLMNPQRSTVWXYZ]{6}[0-9])-([0-9BCDFGHJKLMNPQRSTVWXYZ]{6}[0-9])$', v)
            if not m or any(C.sedol_check(b[:6]) != b[6] for b in m.groups()):
                err('%s: SEDOL blocks' % rec['id'])
        elif t == 'rental_fleet_djb2_device_token':
            m = re.match(r'^rft_([0-9A-Za-z]{28})_([0-9a-f]{8})$', v)
            if not m or '%08x' % C.djb2(m.group(1)) != m.group(2):
                err('%s: djb2 tail' % rec['id'])
        elif t == 'tracker_activation_mod10r_code':
            m = re.match(r'^(\d{5})-(\d{5})-(\d{5})-(\d{5})-(\d)$', v)
            if not m or C.mod10_recursive(''.join(m.groups()[:4])) != m.group(5):
                err('%s: mod-10 recursive check' % rec['id'])
        elif t == 'booking_django_secret_key':
            if len(v) != 50 or any(ch not in C.DJANGO_ALPHABET for ch in v):
                err('%s: Django key shape' % rec['id'])
    # shapes: vendor
    vspec = {x[0]: x for x in V.V}
    for rec in vd:
        typ = rec['type']
        if typ not in vspec:
            err('%s: unknown vendor type' % rec['id'])
            continue
        spec = vspec[typ][2]
        v = rec['secrets'][0]['value']
        if not re.match(V.spec_regex(spec), v):
            err('%s: vendor shape %s' % (rec['id'], typ))
        for part in spec:
            if part[0] == 'F' and not V.frame_ok(part[1], v, ctx.hs_keys):
                err('%s: vendor frame %s' % (rec['id'], part[1]))
            if part[0] == 'P' and not W.password_word_ok(v):
                err('%s: owner password word' % rec['id'])
    nbmap = dict(ctx.vendor_nbs)
    for rec in vd:
        nb = nbmap.get(rec['type'])
        if nb is not None and rec['text'].count(nb) != 1:
            err('%s: neighbour does not occur exactly once' % rec['id'])
    # shapes: positional and prose
    for rec in pw:
        v = rec['secrets'][0]['value']
        if not (W.STRICT_RE.match(v) and W.password_word_ok(v)):
            err('%s: positional password shape' % rec['id'])
        if P.HINT_RE.search(rec['text']):
            err('%s: positional text names the value' % rec['id'])
        if not rec['type'].startswith(P.PREFIX):
            err('%s: positional type prefix' % rec['id'])
    for rec in pr:
        s = rec['secrets'][0]
        v, t = s['value'], rec['text']
        if not (W.STRICT_RE.match(v) and W.password_word_ok(v)):
            err('%s: prose password shape' % rec['id'])
        if not (s['start'] > 0 and t[s['start'] - 1].isspace() and s['end'] < len(t) and t[s['end']].isspace()):
            err('%s: prose value not set off by whitespace' % rec['id'])
    # evasions
    for rec in evas:
        s = rec['secrets'][0]
        if not EV.PLAIN_RE[rec['type']].match(s['plain']):
            err('%s: evasion plain shape' % rec['id'])
        try:
            dec = dec267.decode(rec['encoding'], s['value'])
        except Exception as e:   # noqa
            dec = None
        if dec != s['plain']:
            err('%s: run does not decode to its plain' % rec['id'])
        if s['plain'] in s['value']:
            err('%s: run contains its plain' % rec['id'])
        lines = rec['text'].split('\n')
        if len(lines) != 3 or not lines[0].endswith(':') or lines[1] != s['value'] or not lines[2].strip():
            err('%s: evasion layout' % rec['id'])
        if EV.RULES.get(rec['encoding'], '\0') not in rec['text']:
            err('%s: rule text missing' % rec['id'])

    # container syntax
    errs += check_syntax(secs)

    # reuse, leaks, stray forms
    all_texts = [r['text'] for r in secs + evas + negs]
    joined = '\n\x00\n'.join(all_texts)
    for rec in secs + evas:
        v = rec['secrets'][0]['value']
        if joined.count(v) != 1:
            err('%s: value reused or occurs elsewhere' % rec['id'])
    for rec in evas:
        if rec['secrets'][0]['plain'] in joined:
            err('%s: evasion plain appears in a text' % rec['id'])
    for rec in negs:
        t = rec['text']
        for item in ctx.registry:
            if len(item) >= 6 and item in t:
                err('%s: negative contains a drawn value' % rec['id'])
                break
        if W.PASSWORD_FORM_IN_TEXT.search(t):
            err('%s: negative contains a password form' % rec['id'])
        if C.JWT_LIKE_RE.search(t):
            err('%s: negative contains a JWT-shaped string' % rec['id'])
    for rec in secs:
        forms = [m.group(0) for m in W.PASSWORD_FORM_IN_TEXT.finditer(rec['text'])]
        if any(f != rec['secrets'][0]['value'] for f in forms):
            err('%s: stray password form %r' % (rec['id'], forms))
    for rec in evas:
        if W.PASSWORD_FORM_IN_TEXT.search(rec['text']) or C.JWT_LIKE_RE.search(rec['text']):
            err('%s: evasion text holds a password form or JWT' % rec['id'])
    for rec in secs + evas + negs:
        for u in C.UUID_RE.findall(rec['text']):
            if not C.uuid_is_v4(u):
                err('%s: non-v4 UUID %s' % (rec['id'], u))
        for m in C.JWT_LIKE_RE.finditer(rec['text']):
            if not C.jwt_frame_ok(m.group(0), ctx.hs_keys, list(ctx.jwe_secrets.values())):
                err('%s: invalid JWT-shaped string' % rec['id'])

    errs += check_negative_meta(negs, ctx)
    errs += check_names(data, ctx)
    return errs


def check_syntax(secs):
    errs = []
    json_kinds = {'rescue_rib_signalk_plugin_json', 'rental_dotnet_user_secrets_json', 'ops_ecs_task_definition_json',
                  'dev_vscode_launch_json_env', 'dev_jupyter_ipynb_cell_source', 'office_discord_export_json', 'office_trello_card_json'}
    xml_kinds = {'buoy_tracker_traccar_xml', 'scanner_android_managed_config_xml', 'rental_app_android_strings_xml',
                 'ops_launchd_plist_environment', 'office_sms_backup_xml', 'office_xlsx_shared_strings_xml'}
    for rec in secs:
        cont, t, v = rec['container'], rec['text'], rec['secrets'][0]['value']
        style = cont.split('__')[-1]
        try:
            if cont in json_kinds or style in ('dev_insomnia_environment_json', 'office_bitwarden_json_export'):
                js = t if cont in json_kinds else t[t.index('{'):]
                if v not in json.dumps(json.loads(js), ensure_ascii=False):
                    errs.append('%s: JSON parse lost the value' % rec['id'])
            elif style in ('ops_doppler_secrets_download_json', 'ops_aws_ssm_get_parameters_json'):
                d = json.loads(t[t.index('{'):])
                if v not in json.dumps(d):
                    errs.append('%s: JSON capture lost the value' % rec['id'])
            elif cont in xml_kinds or style == 'office_keepass_xml_export':
                root = ET.fromstring(t.encode())
                if v not in ''.join(root.itertext()) + ''.join(''.join(e.attrib.values()) for e in root.iter()):
                    errs.append('%s: XML parse lost the value' % rec['id'])
            elif style in ('dev_mise_toml_env', 'dev_wrangler_toml_vars'):
                d = tomllib.loads(t)
                if v not in json.dumps(d):
                    errs.append('%s: TOML parse lost the value' % rec['id'])
            elif cont == 'office_google_sheets_csv' or style == 'office_lastpass_csv_export':
                rows = list(csv.reader(io.StringIO(t)))
                if len({len(r) for r in rows}) != 1 or not any(v in r for r in rows):
                    errs.append('%s: CSV shape' % rec['id'])
            elif cont in ('festival_pretix_cfg',) or style == 'dev_pytest_ini_env':
                cp = configparser.ConfigParser()
                cp.read_string(t)
                if v not in ''.join(cp.get(s, k) for s in cp.sections() for k in cp[s]):
                    errs.append('%s: INI parse lost the value' % rec['id'])
        except Exception as e:   # noqa
            errs.append('%s: container does not parse (%s)' % (rec['id'], type(e).__name__))
    return errs


def check_negative_meta(negs, ctx):
    errs = []
    m = ctx.neg_meta
    alltext = '\n'.join(r['text'] for r in negs)
    fmt_qr = N._fmt_qr
    for x in m.get('iso6346', []) + m.get('valid_iso', []):
        if C.iso6346_check(x[:-1]) != x[-1] or x not in alltext:
            errs.append('negatives: ISO 6346 number %s' % x)
    for x in m.get('awb', []):
        if C.awb_check(x[4:11]) != x[11] or x not in alltext:
            errs.append('negatives: AWB %s' % x)
    for x in m.get('vin', []):
        if C.vin_check(x) != x[8] or x not in alltext:
            errs.append('negatives: VIN %s' % x)
    for x in m.get('imo', []):
        if C.imo_check(x[:6]) != x[6] or x not in alltext:
            errs.append('negatives: IMO %s' % x)
    for x in m.get('qrref', []):
        if C.mod10_recursive(x[:-1]) != x[-1] or (x not in alltext and fmt_qr(x) not in alltext):
            errs.append('negatives: QR reference %s' % x)
    for x in m.get('nmea', []):
        body, chk = x[1:].split('*')
        if C.nmea_checksum(body) != chk or x not in alltext:
            errs.append('negatives: NMEA %s' % x)
    for d in m.get('png', []):
        if not C.png_ok(d) or base64.b64encode(d).decode()[:60] not in alltext.replace('\n', ''):
            errs.append('negatives: PNG')
    for n, p, q in m.get('dkim', []):
        if p * q != n or not (C._is_probable_prime(p) and C._is_probable_prime(q)):
            errs.append('negatives: DKIM modulus')
        elif base64.b64encode(C.rsa_spki_der(n)).decode() not in alltext or C.rsa_spki_modulus(C.rsa_spki_der(n)) != n:
            errs.append('negatives: DKIM record')
    for pk in m.get('minisign', []):
        if not C.ed25519_point_ok(pk):
            errs.append('negatives: minisign key not on the curve')
    for npub, k1 in m.get('npub', []):
        if not (C.bech32_ok(npub) and C.k1_x_on_curve(k1) and npub in alltext):
            errs.append('negatives: npub')
    for x in m.get('broken', []):
        if _own_check_passes(x):
            errs.append('negatives: broken fixture passes its check: %s' % x)
    for x in m.get('valid_sedol', []):
        if C.sedol_check(x[:6]) != x[6]:
            errs.append('negatives: bin label %s' % x)
    for x in m.get('valid_djb2', []):
        body, tail = x[4:].split('_')
        if '%08x' % C.djb2(body) != tail:
            errs.append('negatives: asset tag %s' % x)
    for x in m.get('valid_m10', []):
        if C.mod10_recursive(x[:-1]) != x[-1]:
            errs.append('negatives: stock ref %s' % x)
    return errs


def _own_check_passes(x):
    if x.startswith('KDL-'):
        g = x[4:].split('-')
        return C.iso6346_check(''.join(g[:4])) == g[4]
    if x.startswith('GSE-'):
        return all(C.sedol_check(b[:6]) == b[6] for b in x[4:].split('-'))
    if x.startswith('rft_'):
        body, tail = x[4:].split('_')
        return '%08x' % C.djb2(body) == tail
    g = x.split('-')
    return C.mod10_recursive(''.join(g[:4])) == g[4]


def check_names(data, ctx):
    errs = []
    deny = set(ctx.deny['names']) | set(ctx.deny['syntaxes']) | set(ctx.deny['language_codes']) | set(ctx.deny['language_names'])

    def bad(name):
        n = name.lower()
        return n in deny or any(p in deny for p in n.split('__') if p)
    names = []
    names += [('everyday type', x) for x in E.TYPE_NAMES] + [('everyday kind', x) for x in E.KIND_NAMES]
    names += [('vendor type', x[0]) for x in V.V] + [('vendor style', x) for x in V.STYLES]
    names += [('positional syntax', x) for x in P.SYNTAXES] + [('positional where', x) for x in P.WHERE.values()]
    names += [('prose type', PR.SPAN_TYPE)] + [('prose format', x) for x in PR.FORMATS]
    names += [('encoding', x) for x in EV.ENCODINGS] + [('wording', x) for x in EV.WORDINGS] + [('evasion type', t[0]) for t in EV.TYPES]
    names += [('negative class', c[0]) for c in N.CLASSES] + [('negative base', b[0]) for c in N.CLASSES for b in c[2]]
    names += [('wrapper', w.strip('_')) for w in N.WRAPPERS if w]
    for rec in data['secrets'] + data['evasions']:
        names += [('container', rec['container']), ('span type', rec['type'])]
    for rec in data['evasions']:
        names.append(('encoding', rec['encoding']))
    for rec in data['negatives']:
        names += [('container', rec['container']), ('class', rec['class'])]
    for what, n in names:
        if bad(n):
            errs.append('deny-listed %s: %s' % (what, n))
    # positional syntaxes: against the earlier syntaxes and token by token against the earlier tools
    tools = set(HAND_TOOL_TOKENS)
    for s in ctx.deny['syntaxes']:
        tools |= {t for t in s.split('_') if t not in STOP_TOOL and not t.isdigit()}
    syns = set(P.SYNTAXES) | {r['type'][len(P.PREFIX):] for r in data['secrets'] if r['type'].startswith(P.PREFIX)}
    for s in syns:
        if s in deny:
            errs.append('positional syntax is an earlier name: %s' % s)
        hit = [t for t in s.split('_') if t in tools and t not in STOP_TOOL]
        if hit:
            errs.append('positional syntax %s has earlier tool tokens %r' % (s, hit))
    # encodings: token by token against earlier encoding names and ideas
    ideas = {_norm(t) for t in HAND_ENCODING_TOKENS}
    for n in ctx.earlier_encodings:
        ideas |= {_norm(t) for t in n.split('_')}
    ideas -= STOP_ENC
    for rec_enc in set(EV.ENCODINGS) | {r['encoding'] for r in data['evasions']}:
        hit = [t for t in rec_enc.split('_') if _norm(t) in ideas]
        if hit:
            errs.append('encoding %s shares idea tokens %r' % (rec_enc, hit))
    # languages
    lcodes = set(ctx.deny['language_codes']) | set(HAND_LANGUAGES)
    lnames = set(ctx.deny['language_names']) | set(HAND_LANGUAGES)
    langs = [(c, n) for c, n, _, _ in PR.LANGS] + PR.SPARES
    langs += [(r['container'].split('__')[1], dict((c, n) for c, n, _, _ in PR.LANGS).get(r['container'].split('__')[1], ''))
              for r in data['secrets'] if r['source'] == 'prose']
    for code, name in langs:
        if code in lcodes or code in deny:
            errs.append('language code deny-listed: %s' % code)
        for w in [name.lower()] + name.lower().split():
            if w in lnames or w in deny:
                errs.append('language name deny-listed: %s (%s)' % (name, w))
    return errs


# ---------------------------------------------------------------- mutation tests
def mutations():
    def m01(d, c):
        d['secrets'][0]['secrets'][0]['start'] += 1

    def m02(d, c):
        r = d['secrets'][5]
        r['text'] = r['text'].replace(r['secrets'][0]['value'], 'x' * len(r['secrets'][0]['value']))

    def m03(d, c):
        d['secrets'][9]['text'] += ' ' + d['secrets'][200]['secrets'][0]['value']

    def m04(d, c):
        d['negatives'][3]['text'] += '\n' + d['secrets'][77]['secrets'][0]['value']

    def m05(d, c):
        s = d['evasions'][4]['secrets'][0]
        s['plain'] = s['plain'][:-1] + ('A' if s['plain'][-1] != 'A' else 'B')

    def m06(d, c):
        d['secrets'][1]['container'] = c.deny['names'][0]

    def m07(d, c):
        d['negatives'][0]['class'] = 'parcel_s10_tracking_numbers'

    def m08(d, c):
        d['evasions'][0]['encoding'] = 'sack_size_make_up_ways'

    def m09(d, c):
        del d['negatives'][:30]

    def m10(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'prose'][0]
        r['container'] = r['container'].split('__')[0] + '__deu'

    def m11(d, c):
        r = [x for x in d['secrets'] if x['type'] == 'kite_cad_iso6346_licence_key'][0]
        s = r['secrets'][0]
        v = s['value'][:-1] + str((int(s['value'][-1]) + 1) % 10)
        r['text'] = r['text'][:s['start']] + v + r['text'][s['end']:]
        s['value'] = v

    def m12(d, c):
        r = [x for x in d['secrets'] if x['type'] == 'rental_fleet_djb2_device_token'][0]
        s = r['secrets'][0]
        v = s['value'][:-1] + ('0' if s['value'][-1] != '0' else '1')
        r['text'] = r['text'][:s['start']] + v + r['text'][s['end']:]
        s['value'] = v

    def m13(d, c):
        r = [x for x in d['secrets'] if x['type'] == 'booking_nextauth_jwe_session'][0]
        s = r['secrets'][0]
        v = s['value'][:-2] + ('AA' if s['value'][-2:] != 'AA' else 'BB')
        r['text'] = r['text'][:s['start']] + v + r['text'][s['end']:]
        c.jwe_secrets[v] = c.jwe_secrets[s['value']]
        s['value'] = v

    def m14(d, c):
        d['negatives'][7]['text'] += '\nrequest 8c2f61aa-1b2c-1d3e-8f40-123456789abc'

    def m15(d, c):
        d['secrets'][3]['secrets'].append(dict(d['secrets'][3]['secrets'][0]))

    def m16(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'password'][0]
        r['type'] = P.PREFIX + 'rdesktop_lower_p_after_lower_u'
        r['secrets'][0]['type'] = r['type']

    def m17(d, c):
        d['negatives'][10]['id'] = 'p267-n-9999'

    def m18(d, c):
        r = [x for x in d['secrets'] if x['type'] == 'easypost_production_api_key'][0]
        s = r['secrets'][0]
        v = s['value'].replace('EZAK', 'EZAX', 1)
        r['text'] = r['text'][:s['start']] + v + r['text'][s['end']:]
        s['value'] = v

    def m19(d, c):
        d['secrets'][12]['text'] += '\n' + d['evasions'][8]['secrets'][0]['plain']

    def m20(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'password'][2]
        r['text'] = 'pass: ' + r['text']
        for s in r['secrets']:
            s['start'] += 6
            s['end'] += 6

    def m21(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'prose'][0]
        s = r['secrets'][0]
        r['text'] = r['text'][:s['end']] + ',' + r['text'][s['end']:]

    def m22(d, c):
        d['negatives'][20]['text'] += '\nold login: Bridle-2024\n'

    def m23(d, c):
        r = [x for x in d['secrets'] if x['type'] == 'gate_enrolment_sedol_code'][0]
        s = r['secrets'][0]
        v = s['value'][:10] + str((int(s['value'][10]) + 3) % 10) + s['value'][11:]
        r['text'] = r['text'][:s['start']] + v + r['text'][s['end']:]
        s['value'] = v

    def m24(d, c):
        r = [x for x in d['secrets'] if x['container'] == 'ops_ecs_task_definition_json'][0]
        r['text'] = r['text'].replace('"family"', 'family', 1)
        s = r['secrets'][0]
        s['start'] -= 2
        s['end'] -= 2

    def m25(d, c):
        d['negatives'][11]['text'] += '\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.' + 'A' * 43

    def m26(d, c):
        x = c.neg_meta['iso6346'][0]
        c.neg_meta['iso6346'][0] = x[:-1] + str((int(x[-1]) + 1) % 10)

    def m27(d, c):
        r = [x for x in d['secrets'] if x['type'] == 'tracker_activation_mod10r_code'][0]
        s = r['secrets'][0]
        v = s['value'][:-1] + str((int(s['value'][-1]) + 1) % 10)
        r['text'] = r['text'][:s['start']] + v + r['text'][s['end']:]
        s['value'] = v

    def m28(d, c):
        r = d['evasions'][10]
        r['text'] = r['text'].replace(':\n', ' -\n', 1)

    def m29(d, c):
        d['evasions'][2]['encoding'] = 'tilted_tray_pebble_loads' if d['evasions'][2]['encoding'] != 'tilted_tray_pebble_loads' else 'pump_hold_record_beats'
        d['evasions'][2]['secrets'][0]['encoding'] = d['evasions'][2]['encoding']

    def m30(d, c):
        r = [x for x in d['secrets'] if x['type'] == 'supabase_service_role_jwt'][0]
        s = r['secrets'][0]
        v = s['value'][:-3] + ('xyz' if s['value'][-3:] != 'xyz' else 'abc')
        r['text'] = r['text'][:s['start']] + v + r['text'][s['end']:]
        s['value'] = v

    def m31(d, c):
        x = c.neg_meta['dkim'][0]
        c.neg_meta['dkim'][0] = (x[0], x[1] + 2, x[2])

    def m32(d, c):
        r = [x for x in d['secrets'] if x['source'] == 'password'][5]
        r['type'] = P.PREFIX + 'oracle_sqlplus_style_logon'
        r['secrets'][0]['type'] = r['type']
    return [(fn.__name__, fn) for fn in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17,
                                          m18, m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29, m30, m31, m32)]


MUTATION_DESC = {
    'm01': 'shifted span start', 'm02': 'value removed from its text', 'm03': 'value reused in another text',
    'm04': 'positive value in a negative', 'm05': 'evasion plain corrupted', 'm06': 'deny-listed container',
    'm07': 'deny-listed negative class', 'm08': 'deny-listed encoding', 'm09': 'negatives below 200',
    'm10': 'deny-listed prose language', 'm11': 'ISO 6346 licence check broken', 'm12': 'djb2 tail broken',
    'm13': 'JWE tag broken', 'm14': 'non-v4 UUID in a negative', 'm15': 'two spans', 'm16': 'earlier syntax name',
    'm17': 'id out of sequence', 'm18': 'vendor shape broken', 'm19': 'evasion plain leaked into a text',
    'm20': 'hint word in a positional text', 'm21': 'prose value not set off', 'm22': 'password form in a negative',
    'm23': 'SEDOL check broken', 'm24': 'JSON container broken', 'm25': 'JWT-shaped string in a negative',
    'm26': 'ISO 6346 check broken in a negative', 'm27': 'mod-10 recursive check broken', 'm28': 'evasion layout broken',
    'm29': 'evasion encoding swapped', 'm30': 'HS256 signature broken', 'm31': 'DKIM modulus not p*q',
    'm32': 'earlier tool token in a syntax name',
}


def run_mutations(data, ctx, base_errs):
    out = []
    base = set(base_errs)
    for name, fn in mutations():
        d = copy.deepcopy(data)
        c = copy.deepcopy(ctx)
        fn(d, c)
        errs = set(check_all(d, c))
        out.append((name, bool(errs - base)))
    return out
