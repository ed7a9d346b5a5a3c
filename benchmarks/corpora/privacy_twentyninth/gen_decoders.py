"""Independent decoders, written separately from the encoders (library codecs where they exist)."""
import base64, bz2, re, json

def d_ascii85(t, key=None):
    return base64.a85decode(t, adobe=True).decode()

def d_base85(t, key=None):
    return base64.b85decode(t).decode()

def d_octal(t, key=None):
    return bytes(int(x, 8) for x in re.findall(r'\\([0-7]{3})', t)).decode()

def d_atbash(t, key=None):
    lo = 'abcdefghijklmnopqrstuvwxyz'
    table = str.maketrans(lo + lo.upper(), lo[::-1] + lo.upper()[::-1])
    return t.translate(table)

def d_bz2(t, key=None):
    return bz2.decompress(base64.b64decode(t)).decode()

def d_json_u(t, key=None):
    return json.loads('"' + t + '"')

def d_polybius(t, key=None):
    rows = ['abcdef', 'ghijkl', 'mnopqr', 'stuvwx', 'yz0123', '456789']
    return ''.join(rows[int(p[0]) - 1][int(p[1]) - 1] for p in t.split())

def d_affine(t, key):
    a, b = key
    inv = next(x for x in range(26) if (a * x) % 26 == 1)
    out = []
    for ch in t:
        if ch.isascii() and ch.isalpha():
            base = 65 if ch.isupper() else 97
            out.append(chr(((ord(ch) - base - b) * inv) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)

def d_flip(t, key=None):
    back = {'ɐ': 'a', 'q': 'b', 'ɔ': 'c', 'p': 'd', 'ǝ': 'e', 'ɟ': 'f', '0': '0', 'Ɩ': '1', 'ᄅ': '2', 'Ɛ': '3',
            'ㄣ': '4', 'ϛ': '5', '9': '6', 'ㄥ': '7', '8': '8', '6': '9'}
    return ''.join(back[c] for c in t)[::-1]

def d_regional(t, key=None):
    t = t.replace('\ufe0f\u20e3', '')
    return ''.join(chr(ord(c) - 0x1F1E6 + ord('a')) if ord(c) >= 0x1F1E6 else c for c in t)

def d_nibble(t, key=None):
    return bytes.fromhex(''.join(t[i + 1] + t[i] for i in range(0, len(t), 2))).decode()

def d_ipv4(t, key=None):
    return bytes(int(x) for a in t.split(', ') for x in a.split('.')).rstrip(b'\0').decode()

def d_uuid(t, key=None):
    return bytes.fromhex(t.replace('-', '').replace(' ', '')).rstrip(b'\0').decode()

def d_yenc(t, key=None):
    body = t.split('\n')[1]
    out, esc = bytearray(), False
    for ch in body:
        v = ord(ch)
        if esc:
            v = (v - 64) % 256; esc = False
        elif ch == '=':
            esc = True; continue
        out.append((v - 42) % 256)
    return out.decode()

def d_zw(t, key=None):
    return bytes(int(g.replace('\u200b', '0').replace('\u200c', '1'), 2) for g in t.split('\u2060')).decode()

def d_utf16b64(t, key=None):
    return base64.b64decode(t).decode('utf-16-le')

def d_crypt64(t, key=None):
    std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    crypt = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    s = t.translate(str.maketrans(crypt, std))
    s += '=' * ((-len(s)) % 4)
    raw = base64.b64decode(s)
    n = len(t) * 6 // 8
    return raw[:n].decode()

def d_ihex(t, key=None):
    out = bytearray()
    for line in t.split('\n'):
        rec = bytes.fromhex(line[1:])
        assert sum(rec) & 255 == 0, 'checksum'
        if rec[3] == 1:
            break
        out += rec[4:4 + rec[0]]
    return out.decode()

def d_gray(t, key=None):
    out = bytearray()
    for i in range(0, len(t), 2):
        g = int(t[i:i + 2], 16); b = 0
        while g:
            b ^= g; g >>= 1
        out.append(b)
    return out.decode()

def d_bubble(t, key=None):
    vowels, cons = 'aeiouy', 'bcdfghklmnprstvzx'
    body = t[1:-1]
    tuples = body.split('-')
    # tuples: each piece of 5 chars except the last of 3; reconstruct via OpenSSH-style decoding
    s = body.replace('-', '')
    out = bytearray(); seed = 1; i = 0
    while True:
        chunk = s[i:i + 5] if len(s) - i > 3 else s[i:i + 3]
        if len(chunk) == 3:
            a, b, c = chunk
            if b == 'x':
                break
            hi = (vowels.index(a) - seed) % 6
            mid = cons.index(b)
            lo = (vowels.index(c) - seed // 6) % 6
            out.append((hi << 6) | (mid << 2) | lo)
            break
        a, b, c, d, e = chunk
        hi = (vowels.index(a) - seed) % 6
        lo = (vowels.index(c) - seed // 6) % 6
        b1 = (hi << 6) | (cons.index(b) << 2) | lo
        b2 = (cons.index(d) << 4) | cons.index(e)
        out += bytes([b1, b2])
        seed = (seed * 5 + b1 * 7 + b2) % 36
        i += 5
    return out.decode()

def d_proquint(t, key=None):
    c, v = 'bdfghjklmnprstvz', 'aiou'
    out = bytearray()
    for w in t.split('-'):
        n = (c.index(w[0]) << 12) | (v.index(w[1]) << 10) | (c.index(w[2]) << 6) | (v.index(w[3]) << 4) | c.index(w[4])
        out += n.to_bytes(2, 'big')
    return out.rstrip(b'\0').decode()

def d_base45(t, key=None):
    alpha = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    out = bytearray()
    for i in range(0, len(t), 3):
        g = [alpha.index(ch) for ch in t[i:i + 3]]
        if len(g) == 3:
            out += (g[0] + g[1] * 45 + g[2] * 2025).to_bytes(2, 'big')
        else:
            out.append(g[0] + g[1] * 45)
    return out.decode()

DEC = {'ascii85_adobe_delimited': d_ascii85, 'base85_rfc1924': d_base85, 'octal_backslash_escapes': d_octal,
    'atbash_letters': d_atbash, 'bz2_base64': d_bz2, 'json_backslash_u_escapes': d_json_u, 'polybius_square_6x6': d_polybius,
    'affine_cipher_keyed': d_affine, 'upside_down_flipped': d_flip, 'regional_indicator_symbols': d_regional,
    'nibble_swapped_hex': d_nibble, 'ipv4_dotted_quad_packing': d_ipv4, 'uuid_string_packing': d_uuid,
    'yenc_single_part': d_yenc, 'zero_width_binary_steg': d_zw, 'utf16le_base64_encodedcommand': d_utf16b64,
    'crypt_b64_alphabet': d_crypt64, 'intel_hex_records': d_ihex, 'gray_code_bytes_hex': d_gray,
    'bubblebabble_huima': d_bubble, 'proquint_words': d_proquint, 'base45_rfc9285': d_base45}

# known-answer self tests (published vectors where they exist)
SELF_TESTS = [
 ('bubblebabble_huima', 'xexax', ''),
 ('bubblebabble_huima', 'xesef-disof-gytuf-katof-movif-baxux', '1234567890'),
 ('bubblebabble_huima', 'xigak-nyryk-humil-bosek-sonax', 'Pineapple'),
 ('proquint_words', 'lusab-babad', '\x7f\x00\x00\x01'),
 ('base45_rfc9285', 'BB8', 'AB'),
 ('base45_rfc9285', '%69 VD92EX0', 'Hello!!'),
 ('ascii85_adobe_delimited', '<~87cURD]i,"Ebo80~>', 'Hello World!'),
 ('intel_hex_records', ':0300000041424337\n:00000001FF', 'ABC'),
 ('atbash_letters', 'Svool', 'Hello'),
 ('affine_cipher_keyed', 'IHHWVCSWFRCP', 'AFFINECIPHER'),
 ('gray_code_bytes_hex', '51', 'a'),
 ('crypt_b64_alphabet', 'Xk7t', 'foo'),
]

def self_test():
    failures = []
    for enc, encoded, plain in SELF_TESTS:
        key = (5, 8) if enc == 'affine_cipher_keyed' else None
        try:
            got = DEC[enc](encoded, key)
        except Exception as e:
            got = repr(e)
        if got != plain:
            failures.append((enc, encoded, plain, got))
    return failures
