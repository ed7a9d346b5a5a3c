"""Shared helpers for privacy_fourteenth (stdlib only, deterministic)."""
import base64
import hashlib
import re
import random
import string
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEXL = '0123456789abcdef'
ALPH = {
    'an': AN, 'hex': HEXL, 'HEX': HEXL.upper(), 'lc': LO + DG, 'UC': UP + DG,
    'al': UP + LO, 'lo': LO, 'up': UP, 'd': DG, 'b64': AN + '+/', 'b64u': AN + '-_',
    'b32': UP + '234567', 'crk': '0123456789ABCDEFGHJKMNPQRSTVWXYZ',
    'oci': AN + '+-(){}<>#;:_.',
}
MARK = '\u27e6%d\u27e7'          # ⟦n⟧ marks secret n inside a template
S0, S1, S2, S3 = (MARK % i for i in range(4))
_MARK_RE = re.compile('\u27e6(\\d+)\u27e7')


def rs(r, alph, n):
    a = ALPH.get(alph, alph)
    return ''.join(r.choice(a) for _ in range(n))


def uuid4(r):
    h = rs(r, 'hex', 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


_SPEC = re.compile(r'\{([A-Za-z0-9]+):(\d+)\}|\{uuid\}')


def spec(r, s):
    """'xnd_production_{an60}' -> random token following the mini-language."""
    def rep(m):
        if m.group(0) == '{uuid}':
            return uuid4(r)
        return rs(r, m.group(1), int(m.group(2)))
    return _SPEC.sub(rep, s)


B62 = DG + UP + LO


def b62(n, width):
    out = ''
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, '0')


def crc_token(r, prefix, body_len):
    """GitHub / npm / NetBird style: prefix + random base62 + base62(CRC32(body)) padded to 6."""
    body = rs(r, 'an', body_len)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def crc_token_ok(tok, prefix, body_len):
    body = tok[len(prefix):len(prefix) + body_len]
    return tok.startswith(prefix) and len(tok) == len(prefix) + body_len + 6 and \
        tok[-6:] == b62(zlib.crc32(body.encode()) & 0xffffffff, 6)


B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B58_XRP = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz'


def b58enc(b, alph=B58):
    n = int.from_bytes(b, 'big')
    out = ''
    while n:
        n, d = divmod(n, 58)
        out = alph[d] + out
    pad = len(b) - len(b.lstrip(b'\0'))
    return alph[0] * pad + out


def b58dec(s, alph=B58):
    n = 0
    for ch in s:
        n = n * 58 + alph.index(ch)
    pad = len(s) - len(s.lstrip(alph[0]))
    body = n.to_bytes((n.bit_length() + 7) // 8, 'big') if n else b''
    return b'\0' * pad + body


def b58check(payload, alph=B58):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58enc(payload + chk, alph)


def b58check_ok(s, alph=B58):
    raw = b58dec(s, alph)
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt(r, header, payload, sig_bytes=32):
    import json
    h = b64u(json.dumps(header, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + b64u(bytes(r.randrange(256) for _ in range(sig_bytes)))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- templates
def fill(template, secrets):
    """template with ⟦i⟧ markers; secrets = list of (value, type[, plain]).
    Returns (text, spans) with every marker occurrence labelled."""
    out, spans, pos = [], [], 0
    last = 0
    for m in _MARK_RE.finditer(template):
        chunk = template[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        sec = secrets[int(m.group(1))]
        val = sec[0]
        sp = {'value': val, 'start': pos, 'end': pos + len(val), 'type': sec[1]}
        if len(sec) > 2 and sec[2] is not None:
            sp['plain'] = sec[2]
        spans.append(sp)
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(template[last:])
    return ''.join(out), spans


def rec(rid, container, template, secrets, source):
    text, spans = fill(template, secrets)
    return {'id': rid, 'type': spans[0]['type'], 'container': container, 'text': text,
            'secrets': spans, 'source': source}


# ---------------------------------------------------------------- fillers
FIRST = ['ana', 'bram', 'chidi', 'dagny', 'emeka', 'farah', 'goran', 'hana', 'ivo', 'jun', 'kaja',
         'lior', 'mira', 'nuno', 'oksana', 'pavel', 'quinn', 'rhea', 'sefa', 'tomas', 'ulla',
         'vesna', 'wren', 'ximena', 'yusuf', 'zofia', 'aroha', 'bilal', 'cosmin', 'dara']
ORGS = ['northwind', 'kestrel', 'bluefern', 'oakline', 'tidewater', 'quarrylabs', 'pinegrove',
        'saltmarsh', 'ironbark', 'lumenfield', 'hollowpeak', 'redcedar', 'fogharbor', 'wildoat']
TLDS = ['io', 'dev', 'net', 'cloud', 'app', 'eu', 'co']
WORDS = ['Harbor', 'Falcon', 'Maple', 'Cobalt', 'Tundra', 'Pepper', 'Violet', 'Granite', 'Mango',
         'Saturn', 'Willow', 'Copper', 'Lantern', 'Orchid', 'Badger', 'Cactus', 'Juniper', 'Quartz',
         'Nimbus', 'Pickle', 'Rocket', 'Walrus', 'Ember', 'Fjord', 'Gecko', 'Hazel', 'Indigo',
         'Kiwi', 'Lotus', 'Marble', 'Nebula', 'Otter', 'Puffin', 'Raven', 'Sorrel', 'Thistle']


def user(r):
    return r.choice(FIRST) + r.choice(['', '.ops', '_svc', '2', '.k'])


def host(r):
    return '%s.%s.%s' % (r.choice(['db', 'api', 'vpn', 'core', 'edge', 'mq', 'lab', 'nas']),
                         r.choice(ORGS), r.choice(TLDS))


def ip(r):
    return '10.%d.%d.%d' % (r.randrange(256), r.randrange(256), r.randrange(2, 250))


def ts(r):
    return '2025-%02d-%02dT%02d:%02d:%02dZ' % (r.randrange(1, 13), r.randrange(1, 29),
                                              r.randrange(24), r.randrange(60), r.randrange(60))


def password(r, safe=False):
    """Human-chosen password; safe=True keeps [A-Za-z0-9._-] only."""
    sym = '-_.' if safe else '!@*-_.+?%^~'
    k = r.randrange(6)
    if k == 0:
        return r.choice(WORDS) + r.choice(WORDS).lower() + str(r.randrange(10, 99)) + r.choice(sym)
    if k == 1:
        w = r.choice(WORDS)
        leet = w.replace('a', '4').replace('e', '3').replace('o', '0')
        return leet + r.choice(sym) + str(r.randrange(1990, 2026))
    if k == 2:
        return rs(r, 'an', 1) + rs(r, AN + sym, r.randrange(11, 21))
    if k == 3:
        return '-'.join(r.choice(WORDS).lower() for _ in range(3)) + str(r.randrange(10))
    if k == 4:
        return r.choice(WORDS) + r.choice(sym) + r.choice(WORDS) + r.choice(sym) + str(r.randrange(100, 999))
    return rs(r, 'an', 3) + r.choice(sym) + r.choice(WORDS) + rs(r, 'd', 4) + r.choice(sym)


class Ctx:
    """Context handed to container templates."""
    def __init__(self, r, var):
        self.r = r
        self.N = var
        self.n = var.lower()
        parts = var.lower().split('_')
        self.cc = parts[0] + ''.join(p.title() for p in parts[1:])
        self.pc = ''.join(p.title() for p in parts)
        self.kb = var.lower().replace('_', '-')
        self.S = S0
        self.h = host(r)
        self.u = user(r)
        self.ip = ip(r)
        self.ts = ts(r)
        self.org = r.choice(ORGS)
        self.hx = rs(r, 'hex', 12)
        self.num = r.randrange(1000, 99999)
