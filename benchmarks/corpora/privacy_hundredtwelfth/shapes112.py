"""Value shapes for p112 (construction / BIM developers). Standard library only."""
import base64, json, string, zlib, uuid as _uuid

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HX = '0123456789abcdef'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

WORDS = ['rebar', 'formwork', 'girder', 'purlin', 'joist', 'scaffold', 'trestle', 'corbel', 'lintel',
         'plinth', 'mortar', 'screed', 'gusset', 'keystone', 'parapet', 'soffit', 'bollard', 'caisson',
         'pilecap', 'theodolite', 'benchmark', 'truss', 'buttress', 'spandrel', 'ashlar', 'grout',
         'curtainwall', 'rafter', 'footing', 'dowel', 'sheetpile', 'crane', 'tieback', 'shotcrete',
         'baseplate', 'stringer', 'mullion', 'transom', 'coping', 'drywall']


class Shapes:
    def __init__(self, rng):
        self.r = rng
        self.seen = set()

    def _u(self, v):
        if v in self.seen:
            raise ValueError('dup')
        self.seen.add(v)
        return v

    def uniq(self, f):
        for _ in range(50):
            v = f()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError('no unique value')

    def s(self, alpha, n):
        return ''.join(self.r.choice(alpha) for _ in range(n))

    def an(self, n): return self.uniq(lambda: self.s(AN, n))
    def lo(self, n): return self.uniq(lambda: self.s(LO, n))
    def up(self, n): return self.uniq(lambda: self.s(UP, n))
    def hx(self, n): return self.uniq(lambda: self.s(HX, n))
    def dg(self, n): return self.uniq(lambda: str(self.r.randint(1, 9)) + self.s(string.digits, n - 1))
    def b64u(self, n): return self.uniq(lambda: self.s(AN + '-_', n))

    def b64(self, nbytes):
        return self.uniq(lambda: base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode())

    def uuid(self):
        return self.uniq(lambda: str(_uuid.UUID(int=self.r.getrandbits(128), version=4)))

    def pw(self):
        def f():
            w = self.r.choice(WORDS)
            if self.r.random() < 0.4:
                w = w.capitalize()
            return w + self.r.choice('-_.') + self.s(LO, self.r.randint(4, 7)) + self.s(string.digits, 2)
        return self.uniq(f)

    def jwt(self, iss, extra=None):
        def f():
            hdr = {'alg': 'RS256', 'typ': 'JWT', 'kid': self.s(LO, 12)}
            iat = 1730000000 + self.r.randrange(20000000)
            pl = {'iss': iss, 'sub': self.s(LO, 10), 'iat': iat, 'exp': iat + 3600,
                  'jti': str(_uuid.UUID(int=self.r.getrandbits(128), version=4))}
            if extra:
                pl.update(extra)
            e = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(',', ':')).encode()).decode().rstrip('=')
            sig = base64.urlsafe_b64encode(bytes(self.r.randrange(256) for _ in range(64))).decode().rstrip('=')
            return e(hdr) + '.' + e(pl) + '.' + sig
        return self.uniq(f)

    # --- formats with checksums ---
    def crc_token(self, prefix):
        """GitHub-style token: prefix + 30 Base62 + Base62 CRC-32 (6 chars) of the 30-char body."""
        def f():
            body = self.s(AN, 30)
            return prefix + body + b62crc(body)
        return self.uniq(f)

    def age_key(self):
        def f():
            data = [self.r.randrange(32) for _ in range(52)]
            return bech32_encode('age-secret-key-', data).upper()
        return self.uniq(f)

    def grafana_glc(self):
        def f():
            d = {'o': str(self.r.randint(100000, 999999)), 'n': 'bim-sync-' + self.s(LO, 4),
                 'k': self.s(AN, 24), 'm': {'r': self.r.choice(['eu', 'us', 'au'])}}
            return 'glc_' + base64.b64encode(json.dumps(d, separators=(',', ':')).encode()).decode()
        return self.uniq(f)

    def glsa(self):
        def f():
            body = self.s(AN, 32)
            return 'glsa_' + body + '_' + '%08x' % zlib.crc32(body.encode())
        return self.uniq(f)

    def pypi(self):
        def f():
            raw = b'\x02\x01\x08pypi.org\x02' + bytes([37]) + b'\x00\x02' + bytes(self.r.randrange(256) for _ in range(100))
            return 'pypi-' + base64.urlsafe_b64encode(raw).decode().rstrip('=')
        return self.uniq(f)


def b62crc(body):
    c = zlib.crc32(body.encode())
    out = ''
    while c:
        c, m = divmod(c, 62)
        out = B62[m] + out
    return out.rjust(6, '0')


CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def bech32_encode(hrp, data):
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(CHARSET[d] for d in data + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind('1')
    hrp, data = s[:pos], [CHARSET.index(c) for c in s[pos + 1:]]
    return _polymod(_hrp_expand(hrp) + data) == 1
