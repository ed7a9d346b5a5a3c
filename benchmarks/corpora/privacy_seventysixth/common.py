"""Shared helpers: value shapes, slot filling, key-name forms."""
import base64, json, re, string

MARK = '\ue000'
AN = string.ascii_letters + string.digits
UP_AN = string.ascii_uppercase + string.digits
LOW_AN = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
B64 = AN + '+/'
URL = AN + '-_'
PW_WORDS = ['realm', 'tenant', 'mailbox', 'relay', 'bindpw', 'federate', 'kerberos', 'directory', 'assert',
            'issuer', 'postmaster', 'keytab', 'radius', 'supplicant', 'scim', 'sasl', 'imap', 'sieve',
            'audience', 'claimset', 'ldapadm', 'vpnauth', 'spinit', 'idpsso', 'acsurl', 'orgunit']


class Pool:
    """Global uniqueness pool for labelled values and evasion plains."""
    def __init__(self):
        self.seen = set()

    def take(self, fn):
        for _ in range(200):
            v = fn()
            if v not in self.seen and len(v) >= 6:
                self.seen.add(v)
                return v
        raise RuntimeError('pool exhausted')


def rs(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))


def password(r):
    return r.choice(PW_WORDS) + r.choice('-_.') + rs(r, LOW_AN, r.randint(4, 7)) + rs(r, string.digits, 2)


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt(r, iss='https://id.example/', sub=None):
    hdr = {'alg': r.choice(['RS256', 'HS256']), 'typ': 'JWT', 'kid': rs(r, URL, 16)}
    pl = {'iss': iss, 'sub': sub or rs(r, AN, 18), 'iat': 1700000000 + r.randint(0, 9999999),
          'scope': r.choice(['read:users', 'okta.users.manage', 'mail.send', 'directory.read'])}
    return (b64url(json.dumps(hdr, separators=(',', ':')).encode()) + '.' +
            b64url(json.dumps(pl, separators=(',', ':')).encode()) + '.' + rs(r, URL, 43))


def spec_value(r, spec):
    """Tiny shape language: '=lit', hN hex, HN upper hex, aN alnum, AN upper alnum, lN lower alnum,
    dN digits, bN base64 (std), uN base64url chars, U uuid, P password, J jwt."""
    out = []
    for part in spec.split(' '):
        if part.startswith('='):
            out.append(part[1:])
            continue
        k, n = part[0], part[1:]
        n = int(n) if n else 0
        if k == 'h': out.append(rs(r, HEX, n))
        elif k == 'H': out.append(rs(r, HEX.upper(), n))
        elif k == 'a': out.append(rs(r, AN, n))
        elif k == 'A': out.append(rs(r, UP_AN, n))
        elif k == 'l': out.append(rs(r, LOW_AN, n))
        elif k == 'L': out.append(rs(r, string.ascii_lowercase, n))
        elif k == 'd': out.append(rs(r, string.digits, n))
        elif k == 'b': out.append(rs(r, B64, n))
        elif k == 'u': out.append(rs(r, URL, n))
        elif k == 'U': out.append(uuid4(r))
        elif k == 'P': out.append(password(r))
        elif k == 'J': out.append(jwt(r))
        else: raise ValueError(part)
    return ''.join(out)


def key_forms(label):
    words = label.split()
    return {
        'K_UP': '_'.join(w.upper() for w in words),
        'K_low': '_'.join(words),
        'K_camel': words[0] + ''.join(w.capitalize() for w in words[1:]),
        'K_kebab': '-'.join(words),
        'K_dot': '.'.join(words),
        'K_words': ' '.join(words),
    }


def fill(template, value, slots):
    t = template
    for k in sorted(slots, key=len, reverse=True):
        t = t.replace('{' + k + '}', str(slots[k]))
    assert t.count('{V}') == 1, template
    assert MARK not in t
    t = t.replace('{V}', MARK)
    start = t.index(MARK)
    text = t.replace(MARK, value)
    return text, start, start + len(value)


USERS = ['jdoe', 'asmith', 'svc-ldap', 'mkowalski', 'lchen', 'postmaster', 'idp-admin', 'rgarcia', 'okoye',
         'svc-scim', 'hnguyen', 'tmuller', 'breakglass01', 'svc-relay', 'pdubois', 'kim.admin']
HOSTS = ['idp.corp.example', 'mail.acme.example', 'ldap01.ad.example', 'sso.contoso.example',
         'mx2.fabrikam.example', 'radius.campus.example', 'dc02.corp.example', 'auth.northwind.example',
         'imap.tailspin.example', 'kc.internal.example']
ORGS = ['acme', 'contoso', 'fabrikam', 'northwind', 'tailspin', 'woodgrove', 'litware', 'adatum']


def ctx(r):
    return {'U': r.choice(USERS), 'H': r.choice(HOSTS), 'ORG': r.choice(ORGS), 'N': str(r.randint(2, 98)),
            'PORT': str(r.choice([389, 636, 587, 465, 993, 1812, 8443, 25])),
            'TS': '2024-%02d-%02d %02d:%02d' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
            'TICKET': str(r.randint(10000, 99999)), 'REALM': r.choice(ORGS) + '-' + r.choice(['prod', 'staff', 'partners', 'edu'])}
