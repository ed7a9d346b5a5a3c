"""Evasion encoders (ENC). Each takes (plain, key) and returns the encoded span text.
Decoders live separately in gen_decoders.py and are written independently of these."""
import base64, binascii, bz2, hashlib, struct, unicodedata, zlib

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
ZB32 = 'ybndrfg8ejkmcpqxot1uwisza345h769'
MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..',
         'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.',
         's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..',
         '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....',
         '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-', '-': '-....-', '_': '..--.-'}
QROWS = ['1234567890-', 'qwertyuiop[', 'asdfghjkl;', 'zxcvbnm,']
CYR = {'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е',
       'H': 'Н', 'K': 'К', 'M': 'М', 'O': 'О', 'P': 'Р', 'T': 'Т', 'X': 'Х'}


def e_ascii85_adobe(p, k=None):
    return base64.a85encode(p.encode(), adobe=True).decode()


def e_uuencode_block(p, k=None):
    b = p.encode()
    lines = [binascii.b2a_uu(b[i:i + 45], backtick=True).decode().rstrip('\n') for i in range(0, len(b), 45)]
    return 'begin 644 token.txt\n' + '\n'.join(lines) + '\n`\nend'


def e_bzip2_base64(p, k=None):
    return base64.b64encode(bz2.compress(p.encode(), 9)).decode()


def e_zlib_hex(p, k=None):
    return zlib.compress(p.encode(), 9).hex()


def e_base58_btc_alphabet(p, k=None):
    b = p.encode(); n = int.from_bytes(b, 'big'); s = ''
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    return s


def e_base36_bigint(p, k=None):
    n = int.from_bytes(p.encode(), 'big'); s = ''
    while n:
        n, r = divmod(n, 36); s = B36[r] + s
    return s


def e_base45_rfc9285(p, k=None):
    b = p.encode(); out = ''
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += B45[c] + B45[d] + B45[e]
    if len(b) % 2:
        n = b[-1]
        out += B45[n % 45] + B45[n // 45]
    return out


def e_z_base32(p, k=None):
    bits = ''.join('{:08b}'.format(x) for x in p.encode())
    bits += '0' * (-len(bits) % 5)
    return ''.join(ZB32[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def e_bech32_wrapped_bytes(p, k=None):
    from common import bech32_encode
    return bech32_encode('tok', p.encode())


def e_utf16le_base64(p, k=None):
    return base64.b64encode(p.encode('utf-16-le')).decode()


def e_percent_encode_all_bytes(p, k=None):
    return ''.join('%%%02X' % x for x in p.encode())


def e_java_unicode_escape(p, k=None):
    return ''.join('\\u%04x' % ord(c) for c in p)


def e_c_octal_escape(p, k=None):
    return ''.join('\\%03o' % x for x in p.encode())


def e_python_bytes_hex_escape(p, k=None):
    return ''.join('\\x%02x' % x for x in p.encode())


def e_python_chr_decimal_list(p, k=None):
    return '[' + ', '.join(str(ord(c)) for c in p) + ']'


def e_js_fromcharcode_hex_args(p, k=None):
    return ','.join('0x%x' % ord(c) for c in p)


def e_php_chr_dot_concat(p, k=None):
    return '.'.join('chr(%d)' % ord(c) for c in p)


def e_hex_colon_separated(p, k=None):
    return ':'.join('%02x' % x for x in p.encode())


def e_caesar_shift_keyed(p, k):
    n = int(k); out = ''
    for c in p:
        if c.islower():
            out += chr((ord(c) - 97 + n) % 26 + 97)
        elif c.isupper():
            out += chr((ord(c) - 65 + n) % 26 + 65)
        elif c.isdigit():
            out += str((int(c) + n) % 10)
        else:
            out += c
    return out


def e_affine_cipher_keyed(p, k):
    a, b = [int(x) for x in k.split(',')]
    out = ''
    for c in p:
        if c.islower():
            out += chr((a * (ord(c) - 97) + b) % 26 + 97)
        elif c.isupper():
            out += chr((a * (ord(c) - 65) + b) % 26 + 65)
        else:
            out += c
    return out


def e_autokey_vigenere_keyed(p, k):
    stream = [ord(c) - 97 for c in k.lower()]
    out = ''; i = 0
    for c in p:
        if c.isalpha():
            base = 97 if c.islower() else 65
            out += chr((ord(c) - base + stream[i]) % 26 + base)
            stream.append(ord(c.lower()) - 97)
            i += 1
        else:
            out += c
    return out


def _xtea_enc_block(v0, v1, key):
    s, delta, m = 0, 0x9E3779B9, 0xffffffff
    for _ in range(32):
        v0 = (v0 + ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + key[s & 3]))) & m
        s = (s + delta) & m
        v1 = (v1 + ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + key[(s >> 11) & 3]))) & m
    return v0, v1


def e_xtea_ecb_keyed_hex(p, k):
    key = struct.unpack('>4I', k.encode().ljust(16, b'\0')[:16])
    b = p.encode(); b += b'\0' * (-len(b) % 8)
    out = b''
    for i in range(0, len(b), 8):
        v0, v1 = struct.unpack('>2I', b[i:i + 8])
        out += struct.pack('>2I', *_xtea_enc_block(v0, v1, key))
    return out.hex()


def _chacha_block(key, counter, nonce):
    def rotl(v, c): return ((v << c) & 0xffffffff) | (v >> (32 - c))

    def qr(x, a, b, c, d):
        x[a] = (x[a] + x[b]) & 0xffffffff; x[d] = rotl(x[d] ^ x[a], 16)
        x[c] = (x[c] + x[d]) & 0xffffffff; x[b] = rotl(x[b] ^ x[c], 12)
        x[a] = (x[a] + x[b]) & 0xffffffff; x[d] = rotl(x[d] ^ x[a], 8)
        x[c] = (x[c] + x[d]) & 0xffffffff; x[b] = rotl(x[b] ^ x[c], 7)
    st = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574] + list(struct.unpack('<8I', key)) + [counter] + list(struct.unpack('<3I', nonce))
    x = st[:]
    for _ in range(10):
        qr(x, 0, 4, 8, 12); qr(x, 1, 5, 9, 13); qr(x, 2, 6, 10, 14); qr(x, 3, 7, 11, 15)
        qr(x, 0, 5, 10, 15); qr(x, 1, 6, 11, 12); qr(x, 2, 7, 8, 13); qr(x, 3, 4, 9, 14)
    return struct.pack('<16I', *[(x[i] + st[i]) & 0xffffffff for i in range(16)])


def chacha20_xor(key, nonce, data, counter=1):
    out = b''
    for i in range(0, len(data), 64):
        ks = _chacha_block(key, counter + i // 64, nonce)
        out += bytes(a ^ b for a, b in zip(data[i:i + 64], ks))
    return out


def chacha_selftest():
    # RFC 8439 section 2.3.2 block function test vector
    key = bytes(range(32)); nonce = bytes.fromhex('000000090000004a00000000')
    return _chacha_block(key, 1, nonce).hex().startswith('10f1e7e4d13b5915500fdd1fa32071c4')


def e_chacha20_keyed_hex(p, k):
    pw, nonce = k.split('|')
    return chacha20_xor(hashlib.sha256(pw.encode()).digest(), bytes.fromhex(nonce), p.encode()).hex()


def e_morse_code_itu(p, k=None):
    return ' '.join(MORSE[c] for c in p)


def e_string_reversed(p, k=None):
    return p[::-1]


def e_base64_reversed(p, k=None):
    return base64.b64encode(p.encode()).decode()[::-1]


def e_double_base64(p, k=None):
    return base64.b64encode(base64.b64encode(p.encode())).decode()


def e_fullwidth_forms(p, k=None):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in p)


def e_cyrillic_homoglyph(p, k=None):
    return ''.join(CYR.get(c, c) for c in p)


def e_yaml_sequence_fragments(p, k=None):
    parts = [p[i:i + 8] for i in range(0, len(p), 8)]
    return '\n'.join(('  - "%s"' % x) for x in parts).lstrip()


def e_sql_insert_rows_fragments(p, k=None):
    parts = [p[i:i + 10] for i in range(0, len(p), 10)]
    return ',\n  '.join("(%d, '%s')" % (i + 1, x) for i, x in enumerate(parts))


def e_nibble_swapped_hex(p, k=None):
    return ''.join('%02x' % (((x & 15) << 4) | (x >> 4)) for x in p.encode())


def e_percent_u_unicode_escape(p, k=None):
    return ''.join('%%u%04X' % ord(c) for c in p)


def e_html_decimal_entities(p, k=None):
    return ''.join('&#%d;' % ord(c) for c in p)


def e_qwerty_right_shift(p, k=None):
    m = {}
    for row in QROWS:
        for a, b in zip(row, row[1:]):
            m[a] = b
    m['_'] = '+'
    m['-'] = '='
    return ''.join(m[c] for c in p)


def e_xxd_plain_hexdump(p, k=None):
    h = p.encode().hex()
    return '\n'.join(h[i:i + 60] for i in range(0, len(h), 60))


ENC = {n[2:]: f for n, f in globals().items() if n.startswith('e_')}
KEYED = {'caesar_shift_keyed', 'affine_cipher_keyed', 'autokey_vigenere_keyed', 'xtea_ecb_keyed_hex', 'chacha20_keyed_hex'}
