"""Shared helpers for the p255 corpus (perfumers, soap makers, candle workshops).

Python 3 standard library only.  Everything random goes through random.Random
instances created with fixed seeds by the callers.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = '/tmp/brief255'
BRIEF_FILES = ['README_twohundredfiftysecond.md', 'README_twohundredfiftythird.md']
PREFIX = 'p255'

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = '0123456789abcdef'
UHEX = '0123456789ABCDEF'
B64 = UPPER + LOWER + DIGITS + '+/'
B64URL = UPPER + LOWER + DIGITS + '-_'
BASE62 = DIGITS + UPPER + LOWER
CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
DJANGO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)'

ALPHABETS = {
    'hex': HEX, 'uhex': UHEX, 'alnum': ALNUM, 'lalnum': LALNUM, 'ualnum': UALNUM,
    'b64': B64, 'b64url': B64URL, 'digits': DIGITS, 'letters': UPPER + LOWER,
    'lower': LOWER, 'upper': UPPER, 'base62': BASE62, 'crockford': CROCKFORD,
    'word_': ALNUM + '_', 'b64urlnopunct': ALNUM,
}
ALPHABET_WORDS = {
    'hex': 'lower-case hex', 'uhex': 'upper-case hex', 'alnum': 'alphanumerics',
    'lalnum': 'lower-case alphanumerics', 'ualnum': 'upper-case alphanumerics',
    'b64': 'standard Base64 characters', 'b64url': 'base64url characters',
    'digits': 'digits', 'letters': 'letters', 'lower': 'lower-case letters',
    'upper': 'upper-case letters', 'base62': 'base62 characters',
    'crockford': 'Crockford base32 characters', 'word_': 'alphanumerics or _',
}
REGEX_CLASS = {
    'hex': '[0-9a-f]', 'uhex': '[0-9A-F]', 'alnum': '[A-Za-z0-9]', 'lalnum': '[a-z0-9]',
    'ualnum': '[A-Z0-9]', 'b64': '[A-Za-z0-9+/]', 'b64url': '[A-Za-z0-9_-]',
    'digits': '[0-9]', 'letters': '[A-Za-z]', 'lower': '[a-z]', 'upper': '[A-Z]',
    'base62': '[0-9A-Za-z]', 'crockford': '[0-9A-HJKMNP-TV-Z]', 'word_': '[A-Za-z0-9_]',
}

# ---------------------------------------------------------------- the world
WORLD = {
    'firms': {
        'ambergris': ('Ambergris & Ash Perfumery', 'ambergrisash.example'),
        'lyeworks': ('Lyeworks Soap Co.', 'lyeworks-soap.example'),
        'wickhollow': ('Wickhollow Candle Workshop', 'wickhollow.example'),
        'tincture': ('Tincture Loop Studio', 'tinctureloop.example'),
    },
    'people': ['Severine Aubrac', 'Ottoline Haze', 'Kwabena Asante-Reid', 'Imogen Quayle',
               'Rafael Okonjo-Marsh', 'Priyanka Deshmukh', 'Tomasz Wierzba', 'Eilidh MacAskill',
               'Benedikt Ruhl', 'Noor Al-Khatib', 'Delphine Carrow', 'Jory Penberthy'],
}
USERS = ['severine', 'ottoline', 'kwabena', 'imogen', 'rafael', 'priyanka', 'tomasz',
         'eilidh', 'benedikt', 'noor', 'delphine', 'jory']
HOSTS = ['organ.ambergrisash.example', 'lab.ambergrisash.example', 'shop.ambergrisash.example',
         'cure.lyeworks-soap.example', 'erp.lyeworks-soap.example', 'batch.lyeworks-soap.example',
         'tank.wickhollow.example', 'classes.wickhollow.example', 'labels.wickhollow.example',
         'ci.tinctureloop.example', 'vault.tinctureloop.example', 'git.tinctureloop.example']

# words people build passwords from; letters only, none shorter than 4, none used
# in host names or file names of this corpus
WORLD_WORDS = [
    'vetiver', 'oakmoss', 'labdanum', 'benzoin', 'myrrh', 'ambrette', 'orris', 'neroli',
    'petitgrain', 'bergamot', 'jasmine', 'tuberose', 'ylang', 'sandalwood', 'cedarwood',
    'patchouli', 'vanilla', 'tonka', 'ambergris', 'civet', 'galbanum', 'elemi', 'opoponax',
    'styrax', 'copaiba', 'guaiac', 'hinoki', 'yuzu', 'mandarin', 'lavandin', 'lavender',
    'rosemary', 'clary', 'geranium', 'cardamom', 'pimento', 'clove', 'nutmeg', 'saffron',
    'violet', 'mimosa', 'heliotrope', 'coumarin', 'vanillin', 'hedione', 'ambroxan',
    'aldehyde', 'tallow', 'lanolin', 'cocoa', 'babassu', 'castor', 'jojoba', 'beeswax',
    'soywax', 'paraffin', 'stearin', 'tealight', 'pillar', 'votive', 'taper', 'lather',
    'loofah', 'oatmeal', 'calendula', 'chamomile', 'marigold', 'seaweed', 'charcoal',
    'kaolin', 'ultramarine', 'tincture', 'enfleurage', 'maceration', 'chypre', 'fougere',
    'gourmand', 'sillage', 'drydown', 'alembic', 'pipette', 'beaker', 'burette', 'blotter',
    'mouillette', 'frankincense', 'osmanthus', 'magnolia', 'lilac', 'honeysuckle',
    'juniper', 'cypress', 'tobacco', 'leather', 'incense', 'amberwood',
]
PW_JOINERS = '-_.!@#+'
STRICT_JOINERS = '-_.'
PASSWORD_RE = re.compile(r'^[A-Za-z][a-z]{3,}[-_.!@#+](?:[0-9]{2,4}|[a-z]{2,3}[0-9]{2,3}|[0-9]{2}[a-z]{1,2})!?$')
STRICT_PASSWORD_RE = re.compile(r'^[A-Za-z][a-z]{3,}[-_.](?:[0-9]{2,4}|[a-z]{2,3}[0-9]{2,3}|[0-9]{2}[a-z]{1,2})$')
_WORDS_ALT = '|'.join(sorted(WORLD_WORDS, key=len, reverse=True))
PASSWORD_FORM_RE = re.compile(
    r'(?<![A-Za-z0-9])(?:%s)[-_.!@#+](?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{2,5}!?(?![A-Za-z0-9])' % _WORDS_ALT,
    re.IGNORECASE)


def password(rng, strict=False, bad=''):
    """An owner-chosen password: world word + joiner + a tail people use."""
    while True:
        w = rng.choice(WORLD_WORDS)
        if rng.random() < 0.5:
            w = w.capitalize()
        j = rng.choice(STRICT_JOINERS if strict else PW_JOINERS)
        form = rng.randrange(4)
        if form == 0:
            tail = str(rng.randrange(2015, 2027))
        elif form == 1:
            tail = ''.join(rng.choice(DIGITS) for _ in range(rng.choice((2, 3, 4))))
        elif form == 2:
            tail = ''.join(rng.choice(LOWER) for _ in range(rng.choice((2, 3)))) + \
                ''.join(rng.choice(DIGITS) for _ in range(rng.choice((2, 3))))
        else:
            tail = ''.join(rng.choice(DIGITS) for _ in range(2)) + \
                ''.join(rng.choice(LOWER) for _ in range(rng.choice((1, 2))))
        v = w + j + tail
        if not strict and j != '!' and rng.random() < 0.15:
            v += '!'
        if any(c in bad for c in v):
            continue
        rx = STRICT_PASSWORD_RE if strict else PASSWORD_RE
        assert rx.match(v), v
        return v


def rand_str(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = bytes(b).hex()
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


# ---------------------------------------------------------------- JWT
JWT_SIG_BYTES = {'HS256': (32,), 'HS384': (48,), 'HS512': (64,), 'RS256': (256, 384, 512),
                 'RS384': (256, 384, 512), 'ES256': (64,), 'ES384': (96,), 'EdDSA': (64,)}
JWT_SHAPE_RE = re.compile(r'eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*')
UUID_SHAPE_RE = re.compile(r'[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}')


def make_jwt(rng, header, payload, sig_bytes=None):
    h = b64u(json.dumps(header, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    signing = (h + '.' + p).encode()
    alg = header['alg']
    if alg.startswith('HS'):
        key = rbytes(rng, 48)
        dig = {'HS256': hashlib.sha256, 'HS384': hashlib.sha384, 'HS512': hashlib.sha512}[alg]
        sig = hmac.new(key, signing, dig).digest()
    else:
        n = sig_bytes or JWT_SIG_BYTES[alg][0]
        sig = rbytes(rng, n)
    return h + '.' + p + '.' + b64u(sig)


def _b64u_dec(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))


def jwt_problems(tok):
    """Return a list of problems of a JWT-shaped string (empty if valid)."""
    parts = tok.split('.')
    if len(parts) != 3:
        return ['not three parts']
    try:
        hdr = json.loads(_b64u_dec(parts[0]))
        pl = json.loads(_b64u_dec(parts[1]))
        sig = _b64u_dec(parts[2])
    except Exception as e:  # noqa
        return ['undecodable: %s' % e]
    if not isinstance(hdr, dict) or not isinstance(pl, dict):
        return ['header or payload not an object']
    alg = hdr.get('alg')
    if alg not in JWT_SIG_BYTES:
        return ['unknown alg %r' % alg]
    if len(sig) not in JWT_SIG_BYTES[alg]:
        return ['signature length %d does not fit %s' % (len(sig), alg)]
    if b64u(sig) != parts[2]:
        return ['signature not canonical base64url']
    return []


def jwt_alg(tok):
    return json.loads(_b64u_dec(tok.split('.')[0])).get('alg')


# ---------------------------------------------------------------- checksums
def crc24_openpgp(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def crc8_maxim(data):
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8C if crc & 1 else crc >> 1
    return crc


def _iso6346_values():
    vals = {}
    v = 10
    for ch in UPPER:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    for d in DIGITS:
        vals[d] = int(d)
    return vals


ISO6346_VALUES = _iso6346_values()


def iso6346_check(s):
    total = sum(ISO6346_VALUES[c] * (2 ** i) for i, c in enumerate(s))
    return (total % 11) % 10


assert crc24_openpgp(b'123456789') == 0x21CF02
assert crc8_maxim(b'123456789') == 0xA1
assert iso6346_check('CSQU305438') == 3


def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = convertbits(data_bytes, 8, 5)
    values = bech32_hrp_expand(hrp) + data
    polymod = bech32_polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH32[d] for d in data + chk)


def bech32_valid(s):
    s2 = s.lower()
    pos = s2.rfind('1')
    hrp, data = s2[:pos], s2[pos + 1:]
    if any(c not in BECH32 for c in data):
        return False
    return bech32_polymod(bech32_hrp_expand(hrp) + [BECH32.index(c) for c in data]) == 1


# BIP-173's test vector
assert bech32_valid('A12UEL5L')


# ---------------------------------------------------------------- CAS / EC / VAT
def cas_check(body_digits):
    ds = body_digits[::-1]
    return sum((i + 1) * int(d) for i, d in enumerate(ds)) % 10


def cas_valid(cas):
    a, b, c = cas.split('-')
    return cas_check(a + b) == int(c)


def ec_check(six):
    return sum((i + 1) * int(d) for i, d in enumerate(six)) % 11


def uk_vat_valid(nine):
    d = [int(x) for x in nine]
    s = sum(w * x for w, x in zip(range(8, 1, -1), d[:7])) + d[7] * 10 + d[8]
    return s % 97 == 0 or (s + 55) % 97 == 0


# published examples: water 7732-18-5, ethanol 64-17-5
assert cas_valid('7732-18-5') and cas_valid('64-17-5')


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    ws = [w.lower() for w in words]
    if style == 'upper':
        return '_'.join(w.upper() for w in ws)
    if style == 'snake':
        return '_'.join(ws)
    if style == 'camel':
        return ws[0] + ''.join(w.capitalize() for w in ws[1:])
    if style == 'pascal':
        return ''.join(w.capitalize() for w in ws)
    if style == 'hungarian':
        return 's' + ''.join(w.capitalize() for w in ws)
    if style == 'kebab':
        return '-'.join(ws)
    if style == 'dot':
        return '.'.join(ws)
    if style == 'header':
        return 'X-' + '-'.join(w.capitalize() for w in ws)
    if style == 'spaced':
        return ' '.join(ws)
    if style == 'title':
        return ' '.join(w.upper() if w in ('pc', 'hmi', 'jwt', 'gcms', 'clp', 'api', 'id', 'qc')
                        else w.capitalize() for w in ws)
    if style == 'colonpascal':
        return ws[0].capitalize() + ':' + ''.join(w.capitalize() for w in ws[1:])
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats, 6+ character substring relations, non-v4 UUIDs and bad JWTs."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for m in UUID_SHAPE_RE.finditer(s):
            u = m.group(0)
            if u[14] != '4' or u[19].lower() not in '89ab':
                return False
        for m in JWT_SHAPE_RE.finditer(s):
            if jwt_problems(m.group(0)):
                return False
        if len(s) >= 6:
            for r in self.items:
                if len(r) >= 6 and (s in r or r in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn, tries=500):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError('registry could not draw a fresh value')


# ---------------------------------------------------------------- placing
MARK = '\u2063VALUE\u2063'


def place(template, value):
    """Replace the single marker by value, return (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- deny-list
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syn, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        t = open(os.path.join(brief_dir, fn), encoding='utf-8').read()
        for m in re.finditer(r'`([^`\n]+)`', t):
            s = m.group(1).strip().lower()
            if s:
                names.add(s)
                for p in s.split('__'):
                    if p:
                        names.add(p)
        for m in re.finditer(r'(?<![A-Za-z0-9_])([A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)(?![A-Za-z0-9_])', t):
            s = m.group(1).lower()
            names.add(s)
            for p in s.split('__'):
                if p:
                    names.add(p)
        for m in re.finditer(r'`([a-z]+pw)_([a-z0-9_]+)`', t):
            syn.add(m.group(2).lower())
        for m in re.finditer(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            codes.add(m.group(1))
            lnames.add(m.group(2).lower())
            for w in re.split(r'[\s-]+', m.group(2).lower()):
                if w:
                    lnames.add(w)
    return {'source': brief_dir, 'files': BRIEF_FILES, 'names': sorted(names),
            'syntaxes': sorted(syn), 'language_codes': sorted(codes),
            'language_names': sorted(lnames)}


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    frozen = json.load(open(path, encoding='utf-8'))
    status = 'frozen copy only (%s absent)' % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != frozen:
            raise SystemExit('deny-list re-extracted from %s differs from brief_names.json' % BRIEF_DIR)
        status = 're-extracted from %s and identical' % BRIEF_DIR
    return frozen, status


# ideas the two READMEs name only in prose (avoided / set-aside / spare lists), checked by hand lists
HAND_LANGUAGES = {
    'finnish', 'italian', 'turkish', 'malay', 'catalan', 'friulian', 'shona', 'corsican', 'wolof',
    'chinese', 'thai', 'serbian', 'bosnian', 'croatian', 'sorbian', 'upper sorbian', 'lower sorbian',
    'quechua', 'guarani', 'kalaallisut', 'iloko', 'ganda', 'occitan', 'sundanese', 'dvorak',
    'fin', 'ita', 'tur', 'msa', 'zsm', 'cat', 'fur', 'sna', 'cos', 'wol', 'zho', 'cmn', 'tha',
    'srp', 'bos', 'hsb', 'dsb', 'quz', 'quy', 'gug', 'kal', 'ilo', 'lug', 'oci', 'sun',
}
HAND_ENCODING_TOKENS = {
    'base16', 'base32', 'base36', 'base45', 'base58', 'base62', 'base64', 'base85', 'base91',
    'base100', 'uuencode', 'quoted', 'printable', 'escape', 'escapes', 'utf7', 'utf16', 'utf', 'xxd',
    'intel', 'morse', 'braille', 'nato', 'spelling', 'numeral', 'numerals', 'roman', 'words',
    'homoglyph', 'lookalike', 'zero', 'width', 'tag', 'combining', 'keycap', 'keycaps', 'regional',
    'indicator', 'unicode', 'html', 'entity', 'entities', 'caesar', 'rot13', 'rot47', 'vigenere',
    'atbash', 'keyword', 'book', 'cipher', 'xor', 'reverse', 'reversed', 'reorder', 'chaff',
    'power', 'powers', 'prime', 'primes', 'square', 'squares', 'triangular', 'pi', 'cantor',
    'morton', 'residue', 'residues', 'delta', 'continued', 'fraction', 'fractions', 'gray', 'bcd',
    'zeckendorf', 'fibonacci', 'factoradic', 'elias', 'gamma', '4b5b', 'hamming', '8e1', 'bit',
    'bits', 'mirror', 'mirrored', 'dna', 'dice', 'card', 'cards', 'chess', 'hexagram', 'hexagrams',
    'iching', 'colour', 'colours', 'color', 'colors', 'clock', 'time', 'times', 'check', 'digit',
    'luhn', 'damm', 'isbn', 'code128', 'mod97', 'midi', 'acrostic', 'pig', 'latin', 'edit',
    'replay', 'reciprocal', 'reciprocals', 'midpoint', 'midpoints', 'rwx', 'lead', 'tape',
    'price', 'quire', 'quires', 'ledger', 'page', 'kerning', 'glyph', 'ipv4', 'scientific',
    'bushel', 'bushels', 'qr', 'dvorak', 'azerty', 'keyboard', 'layout', 'gsm', 'ebcdic',
    'overlong', 'mojibake', 'rsa', 'gcd', 'gcds', 'combinadic', 'combinadics', 'ulam', 'look',
    'say', 'brainfuck', 'emoji', 'tally', 'bubble', 'babble', 'zlib', 'deflate', 'lzw', 'rc4',
    'aes', 'sbox', 'md5', 'crc32', 'shamir', 'share', 'shares', 'varint', 'varints', 'protobuf',
    'zigzag', 'latin1', 'log', 'logarithm', 'bigint', 'spreadsheet', 'half', 'float', 'ieee754',
    'double', 'hid', 'usb', 'maidenhead', 'wiegand', 'dyck', 'polyline', 'caps', 'punycode',
    'multitap', 'keypad', 'ais', 'sixbit', 'calkin', 'wilf', 'circle', 'unit', 'move', 'front',
    'dtmf', 'periodic', 'element', 'elements', 'errno', 'resistor', 'e96', 'plu', 'date', 'dates',
    'calendar', 'fahrenheit', 'celsius', 'timestamp', 'timestamps', 'epoch', 'day', 'hex',
    'octal', 'binary', 'decimal', 'ternary', 'radix', 'mixed', 'stoppage', 'fridge', 'sticker',
}
