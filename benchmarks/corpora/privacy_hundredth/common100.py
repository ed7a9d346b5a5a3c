"""Shared helpers for corpus p100: random shapes, deny-list extraction, owner passwords."""
import re, json, zlib, base64, string, uuid, hashlib

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

PW_WORDS = ['overleaf', 'zotero', 'bibtex', 'latexmk', 'arxiv', 'crossref', 'datacite', 'orcid',
            'dspace', 'eprints', 'preprint', 'citekey', 'pandoc', 'biber', 'tikz', 'manuscript',
            'referee', 'erratum', 'corrigendum', 'monograph', 'footnote', 'appendix', 'thesis',
            'doimint', 'openaccess', 'embargo', 'rebuttal', 'camera', 'proofs', 'galley',
            'festschrift', 'colloquium', 'abstract', 'bibliography', 'endnote', 'peerreview']


def rs(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))


def owner_password(r):
    w = r.choice(PW_WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice('-_.') + rs(r, LOWER_ALNUM, r.randint(4, 7)) + rs(r, string.digits, 2)


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


def jwt(r, header, payload, siglen=32):
    h = b64u(json.dumps(header, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + b64u(bytes(r.getrandbits(8) for _ in range(siglen)))


def base62_crc(body):
    n = zlib.crc32(body.encode()) & 0xffffffff
    out = ''
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(6, '0')


def github_classic_pat(r):
    body = rs(r, ALNUM, 30)
    return 'ghp_' + body + base62_crc(body)


# Bech32 (BIP 173) for age secret keys
BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= g[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _bits(data):
    acc = bits = 0
    out = []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32_encode(hrp, data):
    d = _bits(data)
    pm = _polymod(_hrp_expand(hrp) + d + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[x] for x in d + chk)


def bech32_verify(s):
    s = s.lower()
    hrp, _, data = s.rpartition('1')
    return _polymod(_hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1


def age_secret_key(r):
    return bech32_encode('age-secret-key-', bytes(r.getrandbits(8) for _ in range(32))).upper()


def orcid_check(base15):
    total = 0
    for c in base15:
        total = (total + int(c)) * 2
    res = (12 - total % 11) % 11
    return 'X' if res == 10 else str(res)


def orcid(r):
    d = '000' + str(r.choice([0, 1, 2, 3])) + rs(r, string.digits, 11)
    d = d + orcid_check(d)
    return '-'.join(d[i:i + 4] for i in range(0, 16, 4))


def isbn13(r):
    d = '978' + rs(r, string.digits, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def issn(r):
    d = rs(r, string.digits, 7)
    s = sum(int(c) * (8 - i) for i, c in enumerate(d))
    c = (11 - s % 11) % 11
    return d[:4] + '-' + d[4:] + ('X' if c == 10 else str(c))


# ---------------------------------------------------------------- deny-list
LANG_EXTRA = ['latin', 'cyrillic', 'greek', 'georgian', 'armenian', 'arabic', 'hebrew', 'japanese', 'hangul',
              'han', 'thai', 'tamil', 'sinhala', 'devanagari', 'telugu', 'khmer', 'ethiopic', 'indonesian',
              'faroese', 'icelandic', 'english', 'albanian', 'maltese', 'afrikaans', 'esperanto', 'irish',
              'oromo', 'tok', 'pisin', 'tongan', 'tahitian', 'fijian', 'waray', 'minangkabau', 'bislama',
              'sqi', 'mlt', 'afr', 'epo', 'gle', 'ind', 'id', 'orm', 'tpi', 'ton', 'tah', 'fij', 'war', 'min',
              'bis', 'fao', 'isl', 'eng', 'en', 'romance', 'sami', 'chinese', 'korean', 'persian', 'romani']
# notation words of the encodings both READMEs used or named as excluded
NOTATION_WORDS = ['base58', 'ascii85', 'crockford', 'base32hex', 'base36', 'z85', 'uuencode', 'morse', 'nato',
                  'braille', 'fullwidth', 'circled', 'vigenere', 'rot13', 'rot5', 'affine', 'zlib', 'utf16le',
                  'xor', 'octal', 'fromcharcode', 'quoted', 'printable', 'percent', 'mathematical', 'combining',
                  'zero', 'width', 'rail', 'fence', 'doubling', 'swapped', 'halves', 'reversed', 'filler',
                  'binary', 'html', 'css', 'javascript', 'char', 'pack', 'chr', 'spreadsheet', 'named',
                  'nibble', 'nibbles', 'ring', 'base64url', 'base64', 'sans', 'serif', 'underlined', 'line']


def extract_denylist(texts):
    names = set()
    langs = set(LANG_EXTRA)
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+', t):
            names.add(m.lower())
        for code, nm in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            for w in re.findall(r'[A-Za-z]+', nm):
                langs.add(w.lower())
    for n in list(names):
        for p in n.split('__'):
            if p:
                names.add(p)
    return sorted(names), sorted(langs)


def overlaps(name, deny):
    n = name.lower()
    if n in deny:
        return n
    for p in n.split('__'):
        if p in deny:
            return p
    return None
