"""Encoders for the 22 p100 evasion notations (the decoder is dec100.py, written separately)."""
import base64, lzma

B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
ZB32 = 'ybndrfg8ejkmcpqxot1uwisza345h769'
XXE = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
GRID = 'abcdefghijklmnopqrstuvwxyz0123456789'
HOMO = {'a': '\u0430', 'c': '\u0441', 'e': '\u0435', 'o': '\u043e', 'p': '\u0440', 'x': '\u0445', 'y': '\u0443',
        'A': '\u0410', 'B': '\u0412', 'C': '\u0421', 'E': '\u0415', 'H': '\u041d', 'K': '\u041a', 'M': '\u041c',
        'O': '\u041e', 'P': '\u0420', 'T': '\u0422', 'X': '\u0425'}


def _b45(s):
    b = s.encode()
    out = ''
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out += B45[c] + B45[d] + B45[e]
        else:
            out += B45[b[i] % 45] + B45[b[i] // 45]
    return out


def _zb32(s):
    bits = ''.join(format(x, '08b') for x in s.encode())
    bits += '0' * (-len(bits) % 5)
    return ''.join(ZB32[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def _atbash(s):
    o = ''
    for ch in s:
        if 'a' <= ch <= 'z': o += chr(ord('z') - (ord(ch) - ord('a')))
        elif 'A' <= ch <= 'Z': o += chr(ord('Z') - (ord(ch) - ord('A')))
        else: o += ch
    return o


def _roman(n):
    vals = [(100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    o = ''
    for v, sym in vals:
        while n >= v:
            o += sym; n -= v
    return o


def _xxe(s):
    b = s.encode()
    o = XXE[len(b)]
    pad = b + b'\0' * (-len(b) % 3)
    for i in range(0, len(pad), 3):
        n = int.from_bytes(pad[i:i + 3], 'big')
        o += ''.join(XXE[(n >> sh) & 63] for sh in (18, 12, 6, 0))
    return o


def _b62(s):
    n = int.from_bytes(s.encode(), 'big')
    o = ''
    while n:
        n, d = divmod(n, 62)
        o = B62[d] + o
    return o


def _poly(s):
    return ' '.join(ch if ch in '-_.' else '%d%d' % (GRID.index(ch) // 6 + 1, GRID.index(ch) % 6 + 1) for ch in s)


def _rot47(s):
    return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)


ENC = {
    'base45_rfc9285_qr_alphabet': _b45,
    'zbase32_human_oriented_alphabet': _zb32,
    'atbash_letter_mirror': _atbash,
    'unicode_plus_codepoint_list': lambda s: ' '.join('U+%04X' % ord(c) for c in s),
    'polybius_six_grid_coordinates': _poly,
    'letter_case_inverted': lambda s: s.swapcase(),
    'unicode_tag_characters_invisible': lambda s: ''.join(chr(0xE0000 + ord(c)) for c in s),
    'cyrillic_homoglyph_substitution': lambda s: ''.join(HOMO.get(c, c) for c in s),
    'rfc1924_base85_git_alphabet': lambda s: base64.b85encode(s.encode()).decode(),
    'xxencode_length_prefixed_run': _xxe,
    'base10_big_integer_of_bytes': lambda s: str(int.from_bytes(s.encode(), 'big')),
    'roman_numeral_code_points': lambda s: ' '.join(_roman(ord(c)) for c in s),
    'ebcdic_cp037_hex_bytes': lambda s: ' '.join('%02X' % x for x in s.encode('cp037')),
    'gray_code_octets': lambda s: ' '.join(format(x ^ (x >> 1), '08b') for x in s.encode()),
    'quaternary_digits_per_byte': lambda s: ' '.join(''.join(str((x >> sh) & 3) for sh in (6, 4, 2, 0)) for x in s.encode()),
    'base62_integer_digits': _b62,
    'xz_compressed_then_base32': lambda s: base64.b32encode(lzma.compress(s.encode(), format=lzma.FORMAT_XZ, preset=9)).decode(),
    'utf32be_hex_code_units': lambda s: ' '.join(s.encode('utf-32-be')[i:i + 4].hex() for i in range(0, 4 * len(s), 4)),
    'ones_complement_bytes_hex': lambda s: ''.join('%02x' % (x ^ 0xFF) for x in s.encode()),
    'ascii_code_point_plus_one': lambda s: ''.join(chr(ord(c) + 1) for c in s),
    'dna_nucleotide_bases_per_byte': lambda s: ''.join('ACGT'[(x >> sh) & 3] for x in s.encode() for sh in (6, 4, 2, 0)),
    'rot47_visible_ascii_range': _rot47,
}

RULES = {
    'base45_rfc9285_qr_alphabet': 'in Base45 (RFC 9285, the QR-code alphabet 0-9 A-Z space $ % * + - . / :; every 2 bytes -> 3 characters, least significant first)',
    'zbase32_human_oriented_alphabet': 'in z-base-32 (alphabet ybndrfg8ejkmcpqxot1uwisza345h769, 5 bits per character, most significant first, no padding)',
    'atbash_letter_mirror': 'Atbash-mirrored (a<->z, b<->y, ... in each case; digits and - _ . unchanged)',
    'unicode_plus_codepoint_list': 'as a list of U+XXXX code points separated by spaces',
    'polybius_six_grid_coordinates': 'as Polybius coordinates on the 6x6 grid a-z then 0-9 (row digit then column digit, 1-6, rows of six), space-separated; - _ . written as themselves',
    'letter_case_inverted': 'with the case of every letter inverted (upper becomes lower and lower becomes upper)',
    'unicode_tag_characters_invisible': 'in invisible Unicode tag characters (U+E0000 + the ASCII code of each character)',
    'cyrillic_homoglyph_substitution': 'with Cyrillic look-alikes for the Latin letters a c e o p x y A B C E H K M O P T X (map them back to Latin)',
    'rfc1924_base85_git_alphabet': 'in RFC 1924 / git-patch Base85 (alphabet 0-9 A-Z a-z !#$%&()*+-;<=>?@^_`{|}~, 4 bytes -> 5 characters)',
    'xxencode_length_prefixed_run': 'as one xxencoded line (alphabet +-0-9A-Za-z, the first character gives the byte count)',
    'base10_big_integer_of_bytes': 'as one decimal number (the UTF-8 bytes read as a big-endian integer)',
    'roman_numeral_code_points': 'as the code point of each character in Roman numerals, separated by spaces',
    'ebcdic_cp037_hex_bytes': 'in EBCDIC code page 037, as upper-case hex bytes separated by spaces',
    'gray_code_octets': 'as the reflected Gray code of each byte (g = b XOR b>>1), eight digits per byte, space-separated',
    'quaternary_digits_per_byte': 'in base 4, four digits per byte, space-separated',
    'base62_integer_digits': 'as one base-62 number (digits 0-9A-Za-z; the UTF-8 bytes read as a big-endian integer)',
    'xz_compressed_then_base32': 'xz-compressed (LZMA2, preset 9) and then Base32-encoded (RFC 4648, with = padding)',
    'utf32be_hex_code_units': 'as UTF-32BE code units, eight lower-case hex digits each, space-separated',
    'ones_complement_bytes_hex': 'as the ones complement of every byte (255 minus the byte) in lower-case hex',
    'ascii_code_point_plus_one': 'with every character moved one code point up (a->b, 9->:, -->., _->`)',
    'dna_nucleotide_bases_per_byte': 'as DNA letters, two bits per base (A=00 C=01 G=10 T=11), four bases per byte, most significant first',
    'rot47_visible_ascii_range': 'ROT47-rotated over the printable ASCII range ! to ~',
}
