"""Encoders for the evasion notations (the decoder is written separately in dec139.py)."""
import base64, string

NATO = dict(zip(string.ascii_lowercase, 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()))
DIG = dict(zip(string.digits, 'zero one two three four five six seven eight nine'.split()))
SYM = {'-': 'dash', '_': 'underscore', '.': 'dot'}
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
VKEY = 'piste'


def atbash(s):
    o = ''
    for c in s:
        if c.islower():
            o += chr(219 - ord(c))
        elif c.isupper():
            o += chr(155 - ord(c))
        elif c.isdigit():
            o += str(9 - int(c))
        else:
            o += c
    return o


def vigenere(s):
    o, j = '', 0
    for c in s:
        if c.isalpha():
            k = ord(VKEY[j % len(VKEY)]) - 97
            base = 97 if c.islower() else 65
            o += chr((ord(c) - base + k) % 26 + base)
            j += 1
        else:
            o += c
    return o


def b58(s):
    n = int.from_bytes(s.encode(), 'big')
    o = ''
    while n:
        n, r = divmod(n, 58)
        o = B58[r] + o
    return o


def crockford(s):
    bits = ''.join(format(b, '08b') for b in s.encode())
    bits += '0' * (-len(bits) % 5)
    return ''.join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def columnar(s):
    key = 'GONDOLA'
    order = sorted(range(len(key)), key=lambda i: (key[i], i))
    rows = [s[i:i + len(key)] for i in range(0, len(s), len(key))]
    return ' '.join(''.join(r[c] for r in rows if c < len(r)) for c in order)


E = {
    'atbash_letters_nine_complement_digits': atbash,
    'vigenere_keyword_piste_letters_only': vigenere,
    'base32_rfc4648_with_padding': lambda s: base64.b32encode(s.encode()).decode(),
    'crockford_base32_no_padding': crockford,
    'ascii85_adobe_delimited': lambda s: base64.a85encode(s.encode(), adobe=True).decode(),
    'base58_bitcoin_alphabet_integer': b58,
    'quoted_printable_every_byte': lambda s: ''.join('=%02X' % b for b in s.encode()),
    'html_decimal_character_references': lambda s: ''.join('&#%d;' % ord(c) for c in s),
    'html_hex_character_references': lambda s: ''.join('&#x%x;' % ord(c) for c in s),
    'nato_phonetic_spelling_with_capital_marker': lambda s: ' '.join(('CAPITAL ' + NATO[c.lower()]) if c.isupper() else NATO.get(c) or DIG.get(c) or SYM[c] for c in s),
    'fullwidth_forms_block': lambda s: ''.join(chr(ord(c) + 0xFEE0) for c in s),
    'mathematical_bold_alphanumerics': lambda s: ''.join(chr(0x1D400 + ord(c) - 65) if c.isupper() else chr(0x1D41A + ord(c) - 97) if c.islower() else chr(0x1D7CE + ord(c) - 48) if c.isdigit() else c for c in s),
    'whole_run_reversed_plain': lambda s: s[::-1],
    'zero_width_space_interleaved': lambda s: '\u200b'.join(s),
    'columnar_transposition_gondola_key': columnar,
    'byte_complement_hex_pairs': lambda s: ' '.join('%02x' % (255 - b) for b in s.encode()),
    'braille_pattern_byte_cells': lambda s: ''.join(chr(0x2800 + b) for b in s.encode()),
    'rot47_printable_ascii': lambda s: ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s),
    'percent_encoding_every_byte': lambda s: ''.join('%%%02X' % b for b in s.encode()),
    'groomer_odometer_km_plus_thousand': lambda s: ', '.join('%d km' % (1000 + ord(c)) for c in s),
    'chairlift_chair_numbers_doubled': lambda s: ' '.join('chair %d' % (2 * ord(c)) for c in s),
    'avalanche_station_elevation_metres': lambda s: ' / '.join('%d m' % (1500 + 10 * ord(c)) for c in s),
}

RULES = {
    'atbash_letters_nine_complement_digits': 'in Atbash (a<->z, b<->y ..., case kept), every digit d written as 9-d, and _ . - left alone',
    'vigenere_keyword_piste_letters_only': 'in a Vigenere cipher with the keyword "piste" (only letters are shifted and only letters advance the key, case kept; digits and _ . - unchanged)',
    'base32_rfc4648_with_padding': 'in standard RFC 4648 Base32 (A-Z 2-7) of the UTF-8 bytes, with = padding',
    'crockford_base32_no_padding': 'in Crockford Base32 (0-9 A-Z without I L O U) of the UTF-8 bytes, 5 bits per symbol, zero bits filled at the end, no padding',
    'ascii85_adobe_delimited': 'in Adobe Ascii85 between <~ and ~> of the UTF-8 bytes',
    'base58_bitcoin_alphabet_integer': 'in Base58 with the Bitcoin alphabet (no 0 O I l) of the UTF-8 bytes read as one big-endian number',
    'quoted_printable_every_byte': 'in quoted-printable with every byte escaped as =HH (upper-case hex)',
    'html_decimal_character_references': 'as HTML decimal character references &#NN; one per character',
    'html_hex_character_references': 'as HTML hexadecimal character references &#xHH; one per character',
    'nato_phonetic_spelling_with_capital_marker': 'spelled in the NATO alphabet, digits as English words, dash / underscore / dot as words, CAPITAL before an upper-case letter, space-separated',
    'fullwidth_forms_block': 'in full-width forms (every character moved up by U+FEE0); read it as plain ASCII',
    'mathematical_bold_alphanumerics': 'in Unicode mathematical bold letters and digits (𝐀 for A, 𝐚 for a, 𝟎 for 0); _ . - unchanged',
    'whole_run_reversed_plain': 'written backwards, last character first, nothing else changed',
    'zero_width_space_interleaved': 'with an invisible zero-width space (U+200B) between every two characters; delete them',
    'columnar_transposition_gondola_key': 'in a columnar transposition with the key GONDOLA (rows of 7 written left to right, columns read in alphabetical key order, ties left to right, one space between columns; the last row may be short)',
    'byte_complement_hex_pairs': 'as each UTF-8 byte subtracted from 255, in lower-case hex, space-separated',
    'braille_pattern_byte_cells': 'as Unicode Braille cells, one per UTF-8 byte, where the cell is U+2800 plus the byte value',
    'rot47_printable_ascii': 'in ROT47 (every printable ASCII character from ! to ~ rotated by 47 places)',
    'percent_encoding_every_byte': 'URL percent-encoded with every byte escaped as %HH, even letters and digits',
    'groomer_odometer_km_plus_thousand': 'as groomer odometer readings in km, one per character, where the km minus 1000 is the code point, comma-separated',
    'chairlift_chair_numbers_doubled': 'as chairlift chair numbers, one per character, where half the chair number is the code point',
    'avalanche_station_elevation_metres': 'as avalanche-station elevations in metres, one per character, where (metres - 1500) / 10 is the code point, separated by " / "',
}
