"""Encoders for the p129 evasion notations (the decoder lives in dec129.py, written separately)."""
import base64, zlib

B36 = '0123456789abcdefghijklmnopqrstuvwxyz'
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
ZB32 = 'ybndrfg8ejkmcpqxot1uwisza345h769'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
B32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _bigint(b, alpha):
    n = int.from_bytes(b, 'big')
    out = ''
    while n:
        n, r = divmod(n, len(alpha))
        out = alpha[r] + out
    return out or alpha[0]


def _b32(b, alpha):
    bits = ''.join(format(x, '08b') for x in b)
    bits += '0' * (-len(bits) % 5)
    return ''.join(alpha[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def _roman(n):
    vals = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _shift(c, k, rot_digits):
    if 'a' <= c <= 'z':
        return chr((ord(c) - 97 + k) % 26 + 97)
    if 'A' <= c <= 'Z':
        return chr((ord(c) - 65 + k) % 26 + 65)
    if rot_digits and c.isdigit():
        return chr((ord(c) - 48 + 5) % 10 + 48)
    return c


def _bold(c):
    if 'A' <= c <= 'Z':
        return chr(0x1D400 + ord(c) - 65)
    if 'a' <= c <= 'z':
        return chr(0x1D41A + ord(c) - 97)
    if '0' <= c <= '9':
        return chr(0x1D7CE + ord(c) - 48)
    return c


def _circled(c):
    if 'A' <= c <= 'Z':
        return chr(0x24B6 + ord(c) - 65)
    if 'a' <= c <= 'z':
        return chr(0x24D0 + ord(c) - 97)
    if c == '0':
        return '\u24EA'
    if '1' <= c <= '9':
        return chr(0x2460 + ord(c) - 49)
    return c


KEY = b'CIVIC'

E = {
    'base36_bigint_of_bytes': ('as one Base36 number (digits 0-9 then a-z) equal to the UTF-8 bytes read as a big-endian integer', lambda s: _bigint(s.encode(), B36)),
    'base62_bigint_of_bytes': ('as one Base62 number (0-9, A-Z, a-z) equal to the UTF-8 bytes read as a big-endian integer', lambda s: _bigint(s.encode(), B62)),
    'rot18_letters_and_digits': ('in ROT18: letters rotated by 13 keeping case, digits rotated by 5, other characters unchanged', lambda s: ''.join(_shift(c, 13, True) for c in s)),
    'caesar_forward_three_letters_only': ('with a Caesar shift of 3 forward on letters only (keeping case), digits and punctuation untouched', lambda s: ''.join(_shift(c, 3, False) for c in s)),
    'eight_bit_binary_spaced': ('as 8-bit binary, one group per UTF-8 byte, space-separated', lambda s: ' '.join(format(b, '08b') for b in s.encode())),
    'c_array_0x_hex_bytes': ('as a C byte array body: 0x-prefixed upper-case hex bytes joined by ", "', lambda s: ', '.join('0x%02X' % b for b in s.encode())),
    'html_decimal_entities': ('as HTML decimal character references (&#NNN;) one per character, no separators', lambda s: ''.join('&#%d;' % ord(c) for c in s)),
    'html_hex_entities': ('as HTML hexadecimal character references (&#xHH;) one per character, no separators', lambda s: ''.join('&#x%x;' % ord(c) for c in s)),
    'json_unicode_escape_every_char': ('as JSON \\uXXXX escapes for every character (lower-case hex), no separators', lambda s: ''.join('\\u%04x' % ord(c) for c in s)),
    'python_x_escape_bytes': ('as Python \\xHH escapes, one per UTF-8 byte (lower-case hex)', lambda s: ''.join('\\x%02x' % b for b in s.encode())),
    'base32_extended_hex_unpadded': ('in Base32 with the RFC 4648 extended-hex alphabet (0-9 then A-V), padding removed', lambda s: _b32(s.encode(), B32HEX)),
    'zbase32_human_oriented': ('in z-base-32 (alphabet ybndrfg8ejkmcpqxot1uwisza345h769), bits taken MSB first, no padding', lambda s: _b32(s.encode(), ZB32)),
    'crockford_base32_no_check': ('in Crockford Base32 (0-9 A-Z without I, L, O, U), MSB first, no check symbol', lambda s: _b32(s.encode(), CROCK)),
    'base64_then_reversed': ('as standard Base64 of the UTF-8 bytes and then the whole Base64 string written backwards', lambda s: base64.b64encode(s.encode()).decode()[::-1]),
    'triplet_reversed_chunks': ('cut into chunks of three characters from the left, each chunk written backwards, chunks kept in order with nothing between them', lambda s: ''.join(s[i:i + 3][::-1] for i in range(0, len(s), 3))),
    'adjacent_pair_swap': ('with every pair of neighbouring characters swapped (1st<->2nd, 3rd<->4th ...; an odd last character stays)', lambda s: ''.join((s[i + 1] if i + 1 < len(s) else '') + s[i] for i in range(0, len(s), 2))),
    'utf16be_base64': ('as standard Base64 of the UTF-16BE encoding (no BOM)', lambda s: base64.b64encode(s.encode('utf-16-be')).decode()),
    'utf32be_hex_words': ('as UTF-32BE code units, eight upper-case hex digits each, space-separated', lambda s: ' '.join('%08X' % ord(c) for c in s)),
    'roman_numeral_code_points': ('as each character\'s code point in Roman numerals, space-separated', lambda s: ' '.join(_roman(ord(c)) for c in s)),
    'unicode_u_plus_notation': ('as U+XXXX code point notation, one per character, space-separated', lambda s: ' '.join('U+%04X' % ord(c) for c in s)),
    'xor_repeating_civic_key_hex': ('XORed byte by byte with the repeating ASCII key CIVIC and written as lower-case hex without separators', lambda s: ''.join('%02x' % (b ^ KEY[i % 5]) for i, b in enumerate(s.encode()))),
    'mathematical_bold_alphanumerics': ('in Unicode mathematical bold letters and digits (U+1D400 block), punctuation unchanged', lambda s: ''.join(_bold(c) for c in s)),
    'zero_width_space_interleaved': ('with an invisible zero-width space (U+200B) after every character except the last', lambda s: '\u200b'.join(s)),
    'zlib_deflate_then_base64': ('compressed with zlib (deflate, level 9) and then standard Base64', lambda s: base64.b64encode(zlib.compress(s.encode(), 9)).decode()),
    'enclosed_circled_alphanumerics': ('in circled letters and digits (Enclosed Alphanumerics, U+2460 block), punctuation unchanged', lambda s: ''.join(_circled(c) for c in s)),
}
