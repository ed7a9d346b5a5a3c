#!/usr/bin/env python3
"""p70 privacy corpus builder: mainframe and enterprise back ends. Stdlib only, deterministic."""
import base64, copy, json, os, random, re, sys
import denylist, data_everyday as DE, data_vendor as DV, data_passwords as DP, data_prose as DR
import encodings70, decoders70, gen_negatives as GN, readme70
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = '\ue000'
AL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
WORDS = ['Batch', 'Spool', 'Sysplex', 'Copybook', 'Jobnet', 'Basis', 'Domino', 'Mqseries', 'Ledger', 'Payroll', 'Netlogon', 'Cutover', 'Ipl', 'Dataset', 'Transport', 'Router']

class G:
    def __init__(self, seed, pool):
        self.r = random.Random(seed); self.pool = pool
    def s(self, alpha, n):
        return ''.join(self.r.choice(alpha) for _ in range(n))
    def pw(self):
        r = self.r
        return r.choice(WORDS) + r.choice('-_.') + self.s('abcdefghijkmnpqrstuvwxyz23456789', r.randint(4, 7)) + self.s('0123456789', 2)
    def racf(self):
        while True:
            v = self.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@#$', 8)
            if any(c.isdigit() for c in v) and v[0].isalpha(): return v
    def uuid(self):
        h = lambda n: self.s('0123456789abcdef', n)
        return '%s-%s-4%s-%s%s-%s' % (h(8), h(4), h(3), self.r.choice('89ab'), h(3), h(12))
    def jwt(self, alg, iss):
        e = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')
        hd = e({'alg': alg, 'typ': 'JWT'})
        pl = e({'iss': iss, 'sub': self.s('abcdefghijklmnopqrstuvwxyz0123456789', 10), 'iat': 1700000000 + self.r.randint(0, 9999999)})
        return hd + '.' + pl + '.' + self.s(AL + '-_', 86)
    def shape(self, spec):
        def rep(m):
            t = m.group(1)
            if t == 'uuid': return self.uuid()
            if t == 'UUIDU': return self.uuid().upper()
            if t == 'pw': return self.pw()
            if t.startswith('jwt:'): _, a, i = t.split(':'); return self.jwt(a, i)
            if t == 'ocitok': return self.s(AL + '()<>:;.+-_', 20)
            if t == 'sfsess': return 'AQ' + self.s(AL, 10) + '.' + self.s(AL + '_', 84)
            if t == 'jiradc': return self.s('MNO', 1) + self.s(AL, 43)
            if t == 'esapikey': return base64.b64encode((self.s(AL + '-_', 20) + ':' + self.s(AL + '-_', 22)).encode()).decode()
            if t == 'bech58': return self.s('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)
            k, n = t[0], int(t[1:])
            a = {'a': AL, 'h': '0123456789abcdef', 'H': '0123456789ABCDEF', 'd': '0123456789', 'u': AL[:26] + AL[52:], 'U': AL[:26] + AL[52:],
                 'l': AL[26:], 'b': AL + '+/', 'w': AL + '-_', 'z': 'abcdefghijklmnopqrstuvwxyz234567'}[k]
            return self.s(a, n)
        return re.sub(r'\{([^}]+)\}', rep, spec)
    def value(self, kind):
        f = {'aws': lambda: self.s(AL + '+/', 40), 'ghp': lambda: 'ghp_' + self.s(AL, 36),
             'xoxb': lambda: 'xoxb-%s-%s-%s' % (self.s('0123456789', 12), self.s('0123456789', 13), self.s(AL, 24)),
             'sg': lambda: 'SG.' + self.s(AL + '-_', 22) + '.' + self.s(AL + '-_', 43), 'sklive': lambda: 'sk_live_51' + self.s(AL, 96),
             'hex32': lambda: self.s('0123456789abcdef', 32), 'skproj': lambda: 'sk-proj-' + self.s(AL + '-_', 124),
             'b64u48': lambda: self.s(AL + '-_', 48), 'pw': self.pw, 'racf': self.racf}[kind]
        return self.fresh(f)
    def fresh(self, f):
        for _ in range(100):
            v = f()
            if v not in self.pool and not any((v in p or p in v) for p in self.pool if len(p) >= 6 and len(v) >= 6):
                self.pool.add(v); return v
        raise SystemExit('cannot draw a fresh value')
    def fill(self, tpl, value, key=''):
        r = self.r
        t = tpl.replace('@K@', key).replace('@U@', 'U' + self.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + self.s('0123456789', 2))
        t = t.replace('@H@', self.s('abcdefghijklmnopqrstuvwxyz', 4) + str(r.randint(1, 9)) + '.corp.example')
        t = t.replace('@N@', str(r.randint(1000, 99999))).replace('@D@', '20%02d-%02d-%02d %02d:%02d:%02d' % (r.randint(3, 24), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
        assert t.count('§') == 1, tpl
        t = t.replace('§', MARK)
        i = t.index(MARK)
        return t.replace(MARK, value), i

def rec(kind, typ, container, text, start, value, source):
    return {'type': typ, 'container': container, 'text': text, 'secrets': [{'value': value, 'start': start, 'end': start + len(value), 'type': typ}], 'source': source}

def languages(deny):
    names, langs, words = set(deny['names']), set(deny['languages']), set(deny['words'])
    out, excl = [], []
    for code, name, sent in DR.CANDIDATES:
        bad = code in names or code in langs or code in words or name.lower() in langs or any(w.lower() in words or w.lower() in langs for w in name.split())
        (excl if bad else out).append((code, name, sent))
    return out[:40], excl, out[40:]

def generate(deny):
    pool = set(); pos = []
    g = G(7001, pool)
    counts = {t[0]: 0 for t in DE.TYPES}
    for ck, tpl in DE.KINDS:
        used = set()
        for _ in range(4):
            cands = sorted([t for t in DE.TYPES if t[0] not in used], key=lambda t: (counts[t[0]], g.r.random()))
            typ, key, vk = cands[0]; used.add(typ); counts[typ] += 1
            v = g.value(vk); text, i = g.fill(tpl, v, key)
            pos.append(rec('everyday', typ, ck, text, i, v, 'everyday'))
    g = G(7002, pool)
    for n, (typ, key, spec) in enumerate(DV.VENDORS):
        st, tpl = DV.STYLES[n % len(DV.STYLES)]
        v = g.fresh(lambda: g.shape(spec)); text, i = g.fill(tpl, v, key)
        pos.append(rec('vendor', typ, typ + '__' + st, text, i, v, 'vendor'))
    g = G(7003, pool)
    for typ, cat, tpl in DP.P:
        v = g.value('pw'); text, i = g.fill(tpl, v)
        pos.append(rec('password', typ, typ + '__' + DP.SUFFIX[cat], text, i, v, 'password'))
    g = G(7004, pool)
    langs, _, _ = languages(deny)
    for n, (code, name, sent) in enumerate(langs):
        fmt, ftpl = DR.FORMATS[n % len(DR.FORMATS)]
        v = g.value('pw')
        tpl = ftpl.replace('@M@', sent)
        text, i = g.fill(tpl, v)
        pos.append(rec('prose', DR.SPAN_TYPE, fmt + '__' + code, text, i, v, 'prose'))
    for n, p in enumerate(pos):
        p_id = {'id': 'p70-s-%04d' % (n + 1)}; p_id.update(p); pos[n] = p_id
    # evasions
    g = G(7005, pool)
    ev = []
    etypes = [('github_personal_access_token', lambda: 'ghp_' + g.s(AL, 36)), ('database_password', g.pw), ('sap_rfc_logon_password', g.pw),
              ('twilio_auth_token', lambda: g.s('0123456789abcdef', 32)), ('mq_channel_auth_password', g.pw), ('jwt_signing_secret', lambda: g.s(AL + '-_', 40))]
    wordings = [('solman_incident_reply_draft', 'Reply draft for the Solution Manager incident: as agreed, the %s for the interface is written %s:\n%s\nPlease confirm once you have switched the destination.'),
                ('ops_bridge_call_notes', 'Ops bridge call notes, item 4. The %s was read out %s:\n%s\nNobody typed it into the bridge chat.'),
                ('iseries_helpdesk_mail_reply', 'Hello, regarding your iSeries helpdesk request: the %s is below %s:\n%s\nRegards, system operations')]
    keys = ['RACF', 'JOBNET', 'SYSPLEX', 'BASIS', 'SPOOL', 'COPYBOOK']
    n = 0
    for name in sorted(encodings70.ENC):
        enc, phrase = encodings70.ENC[name]
        for k in range(3):
            typ, f = etypes[n % len(etypes)]
            wname, wt = wordings[(n + k) % 3]
            param = keys[n % len(keys)]
            for _ in range(50):
                plain = g.fresh(f); run = enc(plain, param)
                pre, post = wt.split('%s:\n%s')[0] % (typ.replace('_', ' '), ), wt.split('%s:\n%s')[1]
                before = wt.split('%s:\n%s')[0] % (typ.replace('_', ' '),) + phrase(param) + ':\n'
                text = before + run + post
                if plain not in text and text.count(run) == 1: break
            n += 1
            ev.append({'id': 'p70-e-%04d' % n, 'type': typ, 'container': name + '__' + wname, 'encoding': name, 'text': text,
                       'secrets': [{'value': run, 'start': len(before), 'end': len(before) + len(run), 'type': typ, 'plain': plain, 'encoding': name}], 'source': 'evasion'})
    # negatives
    g = G(7006, set())
    neg = []
    for cls, base, fn in GN.classes(g):
        neg.append((cls, base, fn()))
        for w in GN.WRAPPERS:
            neg.append((cls, base + '__' + w, GN._wrap(w, fn(), g.r)))
    for kind, text, v in GN.docs():
        neg.append(('vendor_documentation_value', kind, text))
    neg = [{'id': 'p70-n-%04d' % (i + 1), 'class': c, 'container': k, 'text': t, 'source': 'negative'} for i, (c, k, t) in enumerate(neg)]
    return pos, ev, neg

def own_names(pos, ev, neg):
    names = set(k for k, _ in DE.KINDS) | set(DE.NEW_TYPES) | set(v[0] for v in DV.VENDORS) | set(s for s, _ in DV.STYLES)
    names |= set(p[0] for p in DP.P) | set(DP.SUFFIX.values()) | set(f for f, _ in DR.FORMATS) | {DR.SPAN_TYPE}
    names |= set(encodings70.ENC) | {'solman_incident_reply_draft', 'ops_bridge_call_notes', 'iseries_helpdesk_mail_reply'}
    names |= set(GN.WRAPPERS) | {'mainframe_dataset_name', 'sap_transport_request_key', 'batch_job_run_identifier'}
    names |= set(r['container'] for r in pos + ev + neg)
    return names

def check(pos, ev, neg, deny):
    D = set(deny['names'])
    errs = []
    def err(m): errs.append(m)
    for n in own_names(pos, ev, neg):
        for part in [n] + n.split('__'):
            if part.lower() in D: err('deny-list overlap: %s (%s)' % (part, n))
    _, excl, _ = languages(deny)
    for r in pos:
        if r['source'] == 'prose':
            code = r['container'].split('__')[-1]
            if code in deny['languages'] or code in D or code in deny['words']: err('denied language ' + code)
    ids = set()
    allvals = []
    for recs, pre in ((pos, 'p70-s-'), (ev, 'p70-e-'), (neg, 'p70-n-')):
        for r in recs:
            if not re.fullmatch(re.escape(pre) + r'\d{4}', r['id']) or r['id'] in ids: err('bad id ' + r['id'])
            ids.add(r['id'])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r: err('json ' + r['id'])
    for r in pos + ev:
        t = r['text']
        if MARK in t or '\x00' in t or '§' in t: err('marker ' + r['id'])
        if r['type'] != r['secrets'][0]['type']: err('type ' + r['id'])
        for s in r['secrets']:
            if t[s['start']:s['end']] != s['value']: err('slice ' + r['id'])
            if s['value'] != s['value'].strip(): err('edge ws ' + r['id'])
            cnt = sum(1 for i in range(len(t)) if t.startswith(s['value'], i))
            if cnt != sum(1 for x in r['secrets'] if x['value'] == s['value']): err('count %s %d' % (r['id'], cnt))
            allvals.append(s['value'])
    if len(allvals) != len(set(allvals)): err('value reused')
    pv = set(s['value'] for r in pos for s in r['secrets'])
    plains = []
    for r in ev:
        s = r['secrets'][0]
        if set(s) != {'value', 'start', 'end', 'type', 'plain', 'encoding'}: err('evasion fields ' + r['id'])
        try:
            d = decoders70.DEC[s['encoding']](r['text'][:s['start']], s['value'])
        except Exception as e:
            d = 'ERR %r' % e
        if d != s['plain']: err('decode %s %r' % (r['id'], d))
        if s['plain'] in r['text']: err('plain verbatim ' + r['id'])
        if s['plain'] in pv: err('plain is positive ' + r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', s['plain']): err('plain alphabet ' + r['id'])
        plains.append(s['plain'])
    if len(plains) != len(set(plains)): err('plain reused')
    if set(encodings70.ENC) != set(decoders70.DEC): err('enc/dec sets')
    from collections import Counter
    if set(Counter(r['encoding'] for r in ev).values()) != {3}: err('3 per encoding')
    texts = set()
    docvals = [v for _, _, v in GN.docs()]
    for r in neg:
        t = r['text']
        if t in texts: err('dup negative ' + r['id'])
        texts.add(t)
        for v in list(pv) + plains:
            if len(v) >= 6 and v in t: err('positive in negative ' + r['id'])
        if 'PRIVATE KEY' in t: err('private key ' + r['id'])
    for v in docvals:
        if not any(v in r['text'] for r in neg): err('doc missing')
        if any(v in r['text'] for r in pos + ev): err('doc in positive')
    src = Counter(r['source'] for r in pos)
    if src['everyday'] != 180 or len(set(r['container'] for r in pos if r['source'] == 'everyday')) != 45: err('everyday count')
    if not 100 <= src['vendor'] <= 140 or not 90 <= src['password'] <= 120: err('vendor/password count')
    if src['prose'] != 40 or len(set(r['container'].split('__')[-1] for r in pos if r['source'] == 'prose')) != 40: err('prose count')
    if len(ev) != 66 or len(neg) < 180 or len(set(r['class'] for r in neg)) != 16: err('ev/neg count')
    vt = [r['type'] for r in pos if r['source'] == 'vendor']; pt = [r['type'] for r in pos if r['source'] == 'password']
    et = set(r['type'] for r in pos if r['source'] == 'everyday')
    if len(vt) != len(set(vt)) or len(pt) != len(set(pt)) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: err('type disjointness')
    return errs

def dumps(recs):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)

def mutations(pos, ev, neg, deny):
    tests = []
    def m(name, f):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg); f(P, E, N); tests.append((name, check(P, E, N, deny)))
    m('shifted start', lambda P, E, N: P[0]['secrets'][0].update(start=P[0]['secrets'][0]['start'] + 1))
    m('short end', lambda P, E, N: P[5]['secrets'][0].update(end=P[5]['secrets'][0]['end'] - 1))
    m('positive in negative', lambda P, E, N: N[3].update(text=N[3]['text'] + ' ' + P[200]['secrets'][0]['value']))
    m('wrong plain', lambda P, E, N: E[4]['secrets'][0].update(plain=E[4]['secrets'][0]['plain'] + 'x'))
    m('extra occurrence', lambda P, E, N: P[300].update(text=P[300]['text'] + '\n' + P[300]['secrets'][0]['value']))
    m('plain in negative', lambda P, E, N: N[9].update(text=N[9]['text'] + ' ' + E[9]['secrets'][0]['plain']))
    m('dup negative', lambda P, E, N: N.append(dict(N[0], id='p70-n-9999')))
    m('plain verbatim', lambda P, E, N: E[20].update(text=E[20]['text'] + ' ' + E[20]['secrets'][0]['plain']))
    m('deny part', lambda P, E, N: P[1].update(container=P[1]['container'] + '__zos_syslog_console_excerpt'.replace('zos_syslog_console_excerpt', 'plc_st_string_constant')))
    m('deny own p62 name', lambda P, E, N: N[1].update(container='sge_qsub_array_script'))
    m('truncated run', lambda P, E, N: E[30]['secrets'][0].update(value=E[30]['secrets'][0]['value'][:-2], end=E[30]['secrets'][0]['end'] - 2))
    m('private key', lambda P, E, N: N[2].update(text=N[2]['text'] + '\n-----BEGIN RSA PRIVATE KEY-----'))
    def lang(P, E, N):
        r = [x for x in P if x['source'] == 'prose'][0]; r['container'] = r['container'].rsplit('__', 1)[0] + '__fi'
    m('denied language', lang)
    return tests

def main():
    deny = denylist.load()
    a = generate(deny); b = generate(deny)
    ra = readme70.render(*a, deny=deny, langinfo=languages(deny)); rb = readme70.render(*b, deny=deny, langinfo=languages(deny))
    if [dumps(x) for x in a] != [dumps(x) for x in b] or ra != rb: raise SystemExit('non-deterministic')
    errs = check(*a, deny)
    if errs: print('\n'.join(errs[:60])); raise SystemExit('%d check failures' % len(errs))
    for name, e in mutations(*a, deny):
        if not e: raise SystemExit('mutation not caught: ' + name)
    for fn, recs in zip(['secrets.jsonl', 'evasions.jsonl', 'negatives.jsonl'], a):
        open(os.path.join(HERE, fn), 'w', encoding='utf-8').write(dumps(recs))
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(ra)
    print('ok', len(a[0]), len(a[1]), len(a[2]))

if __name__ == '__main__':
    main()
