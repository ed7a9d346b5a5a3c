import base64, codecs, zlib, lzma
QROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?"]
NATO = dict(zip('abcdefghijklmnopqrstuvwxyz', 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()))
DIG = 'zero one two three four five six seven eight nine'.split()
SYM = {'_': 'underscore', '-': 'dash', '.': 'dot'}
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; ZB32 = 'ybndrfg8ejkmcpqxot1uwisza345h769'
FLICKR = '123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'
XX = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

def _b32like(b, alpha):
    bits = ''.join('{:08b}'.format(x) for x in b)
    bits += '0' * (-len(bits) % 5)
    return ''.join(alpha[int(bits[i:i+5], 2)] for i in range(0, len(bits), 5))

def _shift(c, k, sign):
    if c.isalpha() and c.isascii():
        base = 65 if c.isupper() else 97
        return chr(base + (sign(ord(c) - base, k)) % 26)
    return c

def rail(s, n):
    rows = [''] * n; i = 0; d = 1
    for c in s:
        rows[i] += c
        if i == 0: d = 1
        elif i == n - 1: d = -1
        i += d
    return ''.join(rows)

def beaufort(s, key):
    out = ''; j = 0
    for c in s:
        if c.isascii() and c.isalpha():
            k = ord(key[j % len(key)]) - 97; j += 1
            base = 65 if c.isupper() else 97
            out += chr(base + (k - (ord(c) - base)) % 26)
        else: out += c
    return out

def autokey(s, primer):
    ks = list(primer) + [c.lower() for c in s if c.isascii() and c.isalpha()]
    out = ''; j = 0
    for c in s:
        if c.isascii() and c.isalpha():
            k = ord(ks[j]) - 97; j += 1
            base = 65 if c.isupper() else 97
            out += chr(base + (ord(c) - base + k) % 26)
        else: out += c
    return out

def hexdump_c(b):
    lines = []
    for off in range(0, len(b), 16):
        ch = b[off:off+16]
        hx = ' '.join('%02x' % x for x in ch[:8]) + '  ' + ' '.join('%02x' % x for x in ch[8:])
        lines.append('%08x  %-49s |%s|' % (off, hx, ''.join(chr(x) if 32 <= x < 127 else '.' for x in ch)))
    lines.append('%08x' % len(b))
    return '\n'.join(lines)

def xxenc(b, name='token.txt'):
    out = ['begin 644 ' + name]
    for i in range(0, len(b), 45):
        ch = b[i:i+45]; line = XX[len(ch)]
        pad = ch + b'\0' * (-len(ch) % 3)
        for j in range(0, len(pad), 3):
            n = int.from_bytes(pad[j:j+3], 'big')
            line += ''.join(XX[(n >> s) & 63] for s in (18, 12, 6, 0))
        out.append(line)
    out += ['+', 'end']
    return '\n'.join(out)

def circ(c):
    if 'a' <= c <= 'z': return chr(0x24D0 + ord(c) - 97)
    if 'A' <= c <= 'Z': return chr(0x24B6 + ord(c) - 65)
    if '1' <= c <= '9': return chr(0x2460 + ord(c) - 49)
    if c == '0': return '\u24EA'
    return c

def nato(c):
    if c.islower(): return NATO[c]
    if c.isupper(): return NATO[c.lower()].upper()
    if c.isdigit(): return DIG[int(c)]
    return SYM[c]

ENC = {
 'rot47_printable': lambda s, k: ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s),
 'atbash_letters': lambda s, k: ''.join(chr(219 - ord(c)) if 'a' <= c <= 'z' else chr(155 - ord(c)) if 'A' <= c <= 'Z' else c for c in s),
 'rot13_then_base64': lambda s, k: base64.b64encode(codecs.encode(s, 'rot13').encode()).decode(),
 'hex_then_base64': lambda s, k: base64.b64encode(s.encode().hex().encode()).decode(),
 'double_base64': lambda s, k: base64.b64encode(base64.b64encode(s.encode())).decode(),
 'zlib_base64': lambda s, k: base64.b64encode(zlib.compress(s.encode(), 9)).decode(),
 'lzma_xz_base64': lambda s, k: base64.b64encode(lzma.compress(s.encode())).decode(),
 'binary_octets_spaced': lambda s, k: ' '.join('{:08b}'.format(x) for x in s.encode()),
 'octal_bytes_spaced': lambda s, k: ' '.join('%03o' % x for x in s.encode()),
 'nato_phonetic_spelled': lambda s, k: ' '.join(nato(c) for c in s),
 'url_percent_encoded_all': lambda s, k: ''.join('%%%02X' % x for x in s.encode()),
 'html_decimal_entities': lambda s, k: ''.join('&#%d;' % ord(c) for c in s),
 'css_hex_escapes': lambda s, k: ''.join('\\%06x' % ord(c) for c in s),
 'python_bytes_literal_hex': lambda s, k: "b'" + ''.join('\\x%02x' % x for x in s.encode()) + "'",
 'base32_crockford': lambda s, k: _b32like(s.encode(), CROCK),
 'z_base32': lambda s, k: _b32like(s.encode(), ZB32),
 'base58_flickr_bigint': lambda s, k: (lambda n: ''.join(reversed([FLICKR[(n // 58**i) % 58] for i in range(100) if 58**i <= n])))(int.from_bytes(s.encode(), 'big')),
 'hexdump_canonical_block': lambda s, k: hexdump_c(s.encode()),
 'braille_byte_patterns': lambda s, k: ''.join(chr(0x2800 + x) for x in s.encode()),
 'rail_fence_keyed': lambda s, k: rail(s, int(k.split('=')[1])),
 'beaufort_cipher_keyed': lambda s, k: beaufort(s, k),
 'autokey_vigenere_keyed': lambda s, k: autokey(s, k),
 'repeating_xor_hex_keyed': lambda s, k: bytes(b ^ ord(k[i % len(k)]) for i, b in enumerate(s.encode())).hex(),
 'qwerty_left_shift_typo': lambda s, k: ''.join(next(row[row.index(c) - 1] for row in QROWS if c in row) for c in s),
 'filler_char_interleaved': lambda s, k: '*'.join(s),
 'zero_width_space_interleaved': lambda s, k: '\u200b'.join(s),
 'xxencode_begin_block': lambda s, k: xxenc(s.encode()),
 'mysql_unhex_call': lambda s, k: "UNHEX('" + s.encode().hex().upper() + "')",
 'js_fromcharcode_call': lambda s, k: 'String.fromCharCode(' + ', '.join(str(ord(c)) for c in s) + ')',
 'python_chr_list_join': lambda s, k: "''.join(map(chr, [" + ', '.join(str(ord(c)) for c in s) + "]))",
 'perl_pack_h_star': lambda s, k: 'pack("H*", "' + s.encode().hex() + '")',
 'adjacent_pair_swapped': lambda s, k: ''.join(s[i+1] + s[i] if i + 1 < len(s) else s[i] for i in range(0, len(s), 2)),
 'circled_alphanumerics_nfkc': lambda s, k: ''.join(circ(c) for c in s),
}
KEYED = {'rail_fence_keyed', 'beaufort_cipher_keyed', 'autokey_vigenere_keyed', 'repeating_xor_hex_keyed'}
