"""Shared helpers for the p17 corpus: seeded value generators, noise fillers,
checksums and the span-tracking template renderer. Standard library only."""
import base64, hashlib, hmac, random, re, string, struct, zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64URL = string.ascii_letters + string.digits + '-_'


def rs(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return rs(rng, HEX, n)


def uuid4(rng):
    h = hexs(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def b62_int(n, width):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, '0')


def crc32_b62_token(rng, prefix, n=30):
    """GitHub / npm style: random base62 body + base62 CRC32 (6 chars)."""
    body = rs(rng, ALNUM, n)
    return prefix + body + b62_int(zlib.crc32(body.encode()) & 0xffffffff, 6)


def check_crc32_b62(tok, prefix):
    body = tok[len(prefix):-6]
    return b62_int(zlib.crc32(body.encode()) & 0xffffffff, 6) == tok[-6:]


# ---------------- base58 / bech32 / crc16 ----------------
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B58_RIPPLE = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz'


def b58encode(b, alphabet=B58):
    n = int.from_bytes(b, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = alphabet[r] + s
    pad = len(b) - len(b.lstrip(b'\0'))
    return alphabet[0] * pad + s


def b58decode(s, alphabet=B58):
    n = 0
    for c in s:
        n = n * 58 + alphabet.index(c)
    pad = len(s) - len(s.lstrip(alphabet[0]))
    body = n.to_bytes((n.bit_length() + 7) // 8, 'big') if n else b''
    return b'\0' * pad + body


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check(payload, alphabet=B58):
    return b58encode(payload + dsha(payload)[:4], alphabet)


def b58check_ok(s, alphabet=B58):
    raw = b58decode(s, alphabet)
    return dsha(raw[:-4])[:4] == raw[-4:]


BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_exp(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = 0; bits = 0; ret = []; maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    elif not pad and (bits >= frombits or ((acc << (tobits - bits)) & maxv)):
        raise ValueError('bad padding')
    return ret


def bech32_encode(hrp, data_bytes):
    d = convertbits(data_bytes, 8, 5)
    pm = _polymod(_hrp_exp(hrp) + d + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[x] for x in d + chk)


def bech32_decode(s):
    s = s.lower()
    pos = s.rfind('1')
    hrp, data = s[:pos], [BECH.index(c) for c in s[pos + 1:]]
    if _polymod(_hrp_exp(hrp) + data) != 1:
        raise ValueError('bech32 checksum')
    return hrp, bytes(convertbits(data[:-6], 5, 8, False))


def crc16_xmodem(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xffff
    return crc


# ---------------- human passwords ----------------
WORDS = ('amber anchor apple aspen atlas autumn badger banjo basil beacon birch bison blaze bramble breeze '
         'bronze cactus canyon carbon cedar cherry cinder cobalt comet copper coral cricket crimson dahlia '
         'delta dune eagle ember falcon fennel fjord flint forest frost galaxy garnet ginger glacier granite '
         'harbor hazel heron hickory honey indigo island ivory jade jasper juniper kestrel kiwi lagoon lantern '
         'lemon lilac linen lotus lunar magnet mango maple marble meadow mercury meteor mint monsoon mosaic '
         'nectar nickel nova nutmeg oasis obsidian ocean olive onyx orbit orchid otter panda papaya pebble '
         'pepper pine pixel plasma plum polar poppy prairie quartz quasar radish raven reef ripple river '
         'robin saffron salmon sapphire scarlet sequoia shadow silver sparrow spruce summit tango thistle '
         'thunder tidal timber topaz tulip tundra velvet violet walnut willow winter zephyr zinc').split()
SAFE_SYM = '._-'
QUOTED_SYM = '!#%*+?@^~._-'


def human_password(rng, style=None, safe=True):
    sym = SAFE_SYM if safe else QUOTED_SYM
    style = style if style is not None else rng.randrange(5)
    if style == 0:
        w = rng.choice(WORDS).capitalize()
        return w + rng.choice(sym) + str(rng.randrange(1970, 2031)) + rng.choice(sym[:-1] if safe else sym)[:1]
    if style == 1:
        return '-'.join(rng.choice(WORDS) for _ in range(3)) + str(rng.randrange(10, 99))
    if style == 2:
        return rs(rng, ALNUM + sym, rng.randrange(14, 22))
    if style == 3:
        w = rng.choice(WORDS)
        leet = w.replace('a', '4').replace('e', '3').replace('o', '0').replace('i', '1')
        return leet.capitalize() + rng.choice(sym) + rs(rng, string.digits, 3) + rs(rng, string.ascii_uppercase, 2)
    return rng.choice(WORDS).capitalize() + rng.choice(WORDS).capitalize() + rs(rng, string.digits, 2) + rng.choice(sym)


def strong_password(rng, n=None, safe=True):
    n = n or rng.randrange(16, 25)
    a = ALNUM + (SAFE_SYM if safe else QUOTED_SYM)
    while True:
        p = rs(rng, a, n)
        if p[0] not in '.-_' and p[-1] not in '.-_' and any(c.isdigit() for c in p):
            return p


# ---------------- noise fillers ----------------
FIRST = 'ana ben chloe dmitri elif farid greta hiro ines jonas kofi lena marta nikhil olga pavel quinn rosa sven tariq uma viktor wen yara zoltan'.split()
LAST = 'alvarez becker costa dubois eriksen fischer garcia hansen ivanova jensen kowalski lindqvist moreau nakamura okafor petrov quist rossi silva tanaka urbano vogel weber yilmaz zhou'.split()
ORGS = 'northwind bluefjord tallgrass quillbyte ferrosoft orbitcart larkspur heliodyne mossbank brightwave coppervale kitewire'.split()
TLDS = ['io', 'dev', 'net', 'cloud', 'tech', 'co']
REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'us-west-2', 'sa-east-1', 'ca-central-1']


class Noise:
    def __init__(self, rng):
        self.r = rng
        self.org = rng.choice(ORGS)
        self.tld = rng.choice(TLDS)

    def get(self, name):
        n = name
        f = getattr(self, 'n_' + n, None)
        while f is None and n and n[-1].isdigit():
            n = n[:-1]
            f = getattr(self, 'n_' + n, None)
        if f is None:
            raise KeyError('no noise generator for ' + name)
        return f()

    def n_org(self): return self.org
    def n_domain(self): return '%s.%s' % (self.org, self.tld)
    def n_host(self): return '%s-%s-%02d.%s.internal' % (self.r.choice(['api', 'db', 'cache', 'mq', 'web', 'app', 'svc', 'etl']), self.r.choice(['prod', 'stg', 'dev', 'ops']), self.r.randrange(1, 40), self.org)
    def n_ip(self): return '10.%d.%d.%d' % (self.r.randrange(256), self.r.randrange(256), self.r.randrange(2, 250))
    def n_pubip(self): return '%d.%d.%d.%d' % (self.r.choice([34, 52, 95, 141, 185, 203]), self.r.randrange(256), self.r.randrange(256), self.r.randrange(2, 250))
    def n_port(self): return str(self.r.choice([8080, 8443, 9000, 3000, 5000, 8000, 9090, 7443]))
    def n_uuid(self): return uuid4(self.r)
    def n_hex8(self): return hexs(self.r, 8)
    def n_hex12(self): return hexs(self.r, 12)
    def n_sha(self): return hexs(self.r, 40)
    def n_short(self): return hexs(self.r, 7)
    def n_sha256(self): return hexs(self.r, 64)
    def n_int(self): return str(self.r.randrange(100, 99999))
    def n_pid(self): return str(self.r.randrange(300, 65000))
    def n_ms(self): return str(self.r.randrange(2, 2400))
    def n_num(self): return str(self.r.randrange(2, 60))
    def n_year(self): return str(self.r.randrange(2021, 2026))
    def n_date(self): return '%d-%02d-%02d' % (self.r.randrange(2023, 2026), self.r.randrange(1, 13), self.r.randrange(1, 29))
    def n_time(self): return '%02d:%02d:%02d' % (self.r.randrange(24), self.r.randrange(60), self.r.randrange(60))
    def n_ts(self): return '%sT%s.%03dZ' % (self.n_date(), self.n_time(), self.r.randrange(1000))
    def n_epoch(self): return str(self.r.randrange(1690000000, 1760000000))
    def n_user(self): return self.r.choice(FIRST) + self.r.choice(['', '.', '_']) + self.r.choice(LAST)
    def n_first(self): return self.r.choice(FIRST).capitalize()
    def n_person(self): return '%s %s' % (self.r.choice(FIRST).capitalize(), self.r.choice(LAST).capitalize())
    def n_email(self): return '%s.%s@%s' % (self.r.choice(FIRST), self.r.choice(LAST), self.n_domain())
    def n_region(self): return self.r.choice(REGIONS)
    def n_ver(self): return '%d.%d.%d' % (self.r.randrange(0, 9), self.r.randrange(0, 30), self.r.randrange(0, 20))
    def n_branch(self): return self.r.choice(['main', 'develop', 'release/2.4', 'feat/billing-v2', 'fix/retry-loop', 'hotfix/login'])
    def n_repo(self): return '%s/%s' % (self.org, self.r.choice(['api', 'platform', 'infra', 'web', 'billing', 'data-pipeline', 'mobile']))
    def n_ns(self): return self.r.choice(['default', 'prod', 'payments', 'platform', 'data', 'staging'])
    def n_pod(self): return '%s-%s-%s' % (self.r.choice(['api', 'worker', 'web', 'sync']), hexs(self.r, 10), rs(self.r, LOWER_ALNUM, 5))
    def n_app(self): return self.r.choice(['billing', 'checkout', 'ingest', 'notifier', 'reports', 'auth', 'search', 'gateway'])
    def n_db(self): return self.r.choice(['app_prod', 'orders', 'analytics', 'crm', 'inventory', 'ledger'])
    def n_dbuser(self): return self.r.choice(['app', 'svc_api', 'etl', 'reporting', 'backend', 'admin_ro'])
    def n_ua(self): return self.r.choice(['python-requests/2.31.0', 'curl/8.5.0', 'Go-http-client/2.0', 'axios/1.6.7', 'okhttp/4.12.0'])
    def n_reqid(self): return rs(self.r, UPPER_ALNUM, 20)
    def n_path(self): return self.r.choice(['/v1/orders', '/api/users/me', '/v2/reports/daily', '/healthz', '/v1/sync', '/graphql'])
    def n_level(self): return self.r.choice(['INFO', 'DEBUG', 'WARN'])
    def n_ssid(self): return self.r.choice(['Casa_Fibra', 'HomeNet-5G', 'Office-Guest', 'FRITZ!Box 7590 QX', 'TP-Link_4C2A', 'Vodafone-8F1C'])
    def _bytes(self, n): return bytes(self.r.getrandbits(8) for _ in range(n))
    def n_b64_32(self): return base64.b64encode(self._bytes(32)).decode()
    def n_b64_48(self): return base64.b64encode(self._bytes(48)).decode()
    def n_b64u_32(self): return base64.urlsafe_b64encode(self._bytes(32)).decode().rstrip('=')
    def n_hex32(self): return hexs(self.r, 32)
    def n_hex16(self): return hexs(self.r, 16)
    def n_hex24(self): return hexs(self.r, 24)
    def n_ulid(self): return '01' + rs(self.r, '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)
    def n_eth(self): return '0x' + hexs(self.r, 40)
    def n_txh(self): return '0x' + hexs(self.r, 64)
    def n_b58addr(self): return rs(self.r, B58, 44)
    def n_sri(self): return 'sha384-' + base64.b64encode(self._bytes(48)).decode()
    def n_sri512(self): return 'sha512-' + base64.b64encode(self._bytes(64)).decode()
    def n_sshpub(self):
        from gen_crypto import ed25519_pub
        blob = b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20' + ed25519_pub(self._bytes(32))
        return 'ssh-ed25519 ' + base64.b64encode(blob).decode()
    def n_agepub(self): return bech32_encode('age', self._bytes(32))
    def n_alnum20(self): return rs(self.r, ALNUM, 20)
    def n_alnum32(self): return rs(self.r, ALNUM, 32)
    def n_upper10(self): return rs(self.r, UPPER_ALNUM, 10)
    def n_city(self): return self.r.choice(['Lisbon', 'Tallinn', 'Nairobi', 'Tbilisi', 'Reykjavik', 'Ljubljana', 'Almaty', 'Suva'])


SLOT = re.compile(r'«([A-Za-z_][A-Za-z0-9_]*)»')


def render(tpl, rng, secrets=None, extra=None, fresh=False):
    """Fill «name» slots. secrets: name -> (value, type, plain|None) are labelled;
    extra: name -> str are unlabelled neighbours; other names are noise (cached per call)."""
    secrets = secrets or {}
    extra = dict(extra or {})
    fixed = set(extra)
    noise = Noise(rng)
    out = []
    spans = []
    pos = 0
    last = 0
    for m in SLOT.finditer(tpl):
        out.append(tpl[last:m.start()])
        pos += m.start() - last
        name = m.group(1)
        if name in secrets:
            v, t, plain = secrets[name]
            sp = {'value': v, 'start': pos, 'end': pos + len(v), 'type': t}
            if plain is not None:
                sp['plain'] = plain
            spans.append(sp)
        else:
            if name not in extra or (fresh and name not in fixed):
                extra[name] = noise.get(name)
            v = extra[name]
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(tpl[last:])
    text = ''.join(out)
    for s in spans:
        assert text[s['start']:s['end']] == s['value']
    spans.sort(key=lambda s: s['start'])
    return text, spans


def dedent(s):
    import textwrap
    return textwrap.dedent(s).strip('\n') + '\n'
