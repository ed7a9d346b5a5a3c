"""Encoders for the 22 evasion notations (library-assisted where the stdlib has one)."""
import base64

POLY = ['abcdef', 'ghijkl', 'mnopqr', 'stuvwx', 'yz0123', '456789']
QROW = ['`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./']
QROWS = ['~!@#$%^&*()_+', 'QWERTYUIOP{}|', 'ASDFGHJKL:"', 'ZXCVBNM<>?']
BRL = dict(zip('abcdefghijklmnopqrstuvwxyz',
               '⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵'))
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def qwerty_right(c):
    for rows in (QROW, QROWS):
        for row in rows:
            i = row.find(c)
            if i >= 0 and i + 1 < len(row):
                return row[i + 1]
    raise ValueError(c)


def _bigint(s, alphabet):
    n = int.from_bytes(s.encode(), 'big'); out = ''
    b = len(alphabet)
    while n:
        n, d = divmod(n, b); out = alphabet[d] + out
    return out


def vig(s, key='ESCROW'):
    out = []; k = 0
    for c in s:
        if c.isalpha():
            sh = ord(key[k % len(key)]) - 65; k += 1
            base = 65 if c.isupper() else 97
            out.append(chr(base + (ord(c) - base + sh) % 26))
        else:
            out.append(c)
    return ''.join(out)


def atbash(c):
    if 'a' <= c <= 'z': return chr(219 - ord(c))
    if 'A' <= c <= 'Z': return chr(155 - ord(c))
    if c.isdigit(): return str(9 - int(c))
    return c


def poly(c):
    if c in '-_.': return c
    pre = '^' if c.isupper() else ''
    c = c.lower()
    for i, row in enumerate(POLY):
        if c in row: return pre + str(i + 1) + str(row.index(c) + 1)


def braille(c):
    if c.isdigit(): return '⠼' + BRL['jabcdefghi'[int(c)]]
    if c.isupper(): return '⠠' + BRL[c.lower()]
    if c in BRL: return BRL[c]
    return c


def columnar(s, w=4):
    return '|'.join(s[i::w] for i in range(w) if s[i::w])


def le16(s):
    b = s.encode()
    if len(b) % 2: b += b'\0'
    return ' '.join('%02x%02x' % (b[i + 1], b[i]) for i in range(0, len(b), 2))


def tern(n):
    out = ''
    for _ in range(5):
        n, d = divmod(n, 3); out = str(d) + out
    return out


def swap_pairs(s):
    out = ''
    for i in range(0, len(s) - 1, 2): out += s[i + 1] + s[i]
    if len(s) % 2: out += s[-1]
    return out


E = {
 'base32_rfc4648_unpadded': lambda s: base64.b32encode(s.encode()).decode().rstrip('='),
 'ascii85_adobe_delimited': lambda s: base64.a85encode(s.encode(), adobe=True).decode(),
 'reversed_character_order': lambda s: s[::-1],
 'atbash_letters_nine_complement_digits': lambda s: ''.join(atbash(c) for c in s),
 'vigenere_keyword_escrow_letters_only': vig,
 'quoted_printable_every_byte': lambda s: ''.join('=%02X' % b for b in s.encode()),
 'percent_encoding_every_byte': lambda s: ''.join('%%%02x' % b for b in s.encode()),
 'base36_big_integer_lowercase': lambda s: _bigint(s, '0123456789abcdefghijklmnopqrstuvwxyz'),
 'polybius_square_six_by_six': lambda s: ' '.join(poly(c) for c in s),
 'deed_book_page_refs': lambda s: '; '.join('Bk %d Pg %d' % divmod(ord(c), 100) for c in s),
 'survey_bearing_degrees_minutes': lambda s: ', '.join("N %d°%02d' E" % divmod(ord(c), 60) for c in s),
 'escrow_cents_amounts': lambda s: ' '.join('$%d.%02d' % divmod(ord(c), 100) for c in s),
 'little_endian_16bit_hex_words': le16,
 'base64_of_reversed_text': lambda s: base64.b64encode(s[::-1].encode()).decode(),
 'ternary_five_digit_code_points': lambda s: ' '.join(tern(ord(c)) for c in s),
 'crockford_base32_big_integer': lambda s: _bigint(s, CROCK),
 'qwerty_one_key_right': lambda s: ''.join(qwerty_right(c) for c in s),
 'columnar_transposition_width_four': columnar,
 'adjacent_pairs_swapped': swap_pairs,
 'letter_case_inverted': lambda s: s.swapcase(),
 'ones_complement_byte_hex': lambda s: '.'.join('%02X' % (b ^ 0xFF) for b in s.encode()),
 'braille_grade1_unicode_cells': lambda s: ''.join(braille(c) for c in s),
}

RULES = {
 'base32_rfc4648_unpadded': 'in Base32 (RFC 4648 alphabet A-Z 2-7) of the UTF-8 bytes, with the = padding dropped',
 'ascii85_adobe_delimited': 'in Ascii85 (Adobe style, between <~ and ~>): every 4 bytes as one base-85 number written as 5 characters from ! (0) to u (84), z for four zero bytes, a short last group padded and trimmed',
 'reversed_character_order': 'backwards, last character first',
 'atbash_letters_nine_complement_digits': 'in Atbash: every letter swapped with its mirror in the alphabet (a<->z, b<->y, case kept), every digit d replaced by 9-d, and - _ . left as they are',
 'vigenere_keyword_escrow_letters_only': 'with a Vigenere cipher on the keyword ESCROW: the n-th letter (counting letters only) was moved forward by the alphabet index (A=0) of the n-th keyword letter, cycling the keyword, case kept; digits and - _ . unchanged',
 'quoted_printable_every_byte': 'in quoted-printable with every UTF-8 byte forced to =XX (two upper-case hex digits)',
 'percent_encoding_every_byte': 'percent-encoded, every UTF-8 byte as % and two lower-case hex digits, even the safe ones',
 'base36_big_integer_lowercase': 'in base 36 (digits 0-9 then a-z), reading the UTF-8 bytes as one big-endian number',
 'polybius_square_six_by_six': 'on a 6x6 Polybius square with rows abcdef / ghijkl / mnopqr / stuvwx / yz0123 / 456789: every character as its row and column digit (1-6), ^ in front for a capital, - _ . as themselves, separated by spaces',
 'deed_book_page_refs': 'as deed-book references Bk B Pg P, one per character separated by semicolons, where 100 times B plus P is the code point',
 'survey_bearing_degrees_minutes': 'as survey bearings N d°mm\' E, one per character separated by commas, where 60 times the degrees plus the minutes is the code point',
 'escrow_cents_amounts': 'as escrow amounts $D.CC, one per character separated by spaces, where the amount in cents is the code point',
 'little_endian_16bit_hex_words': 'as 16-bit little-endian hex words of the UTF-8 bytes (each pair of bytes written second byte first, a 00 byte added if the count is odd), separated by spaces',
 'base64_of_reversed_text': 'by writing it backwards and then taking standard Base64 of the UTF-8 bytes',
 'ternary_five_digit_code_points': 'as base-3 numbers, five digits each, one per character separated by spaces, each the code point',
 'crockford_base32_big_integer': 'in Crockford Base32 (0123456789ABCDEFGHJKMNPQRSTVWXYZ), reading the UTF-8 bytes as one big-endian number',
 'qwerty_one_key_right': 'typed with every key one place to the right on a US QWERTY keyboard (same row, shift kept), so type each character one key to the left to get it back',
 'columnar_transposition_width_four': 'as a four-column transposition: written row by row into rows of four, then read column by column, columns separated by |',
 'adjacent_pairs_swapped': 'with characters 1 and 2, 3 and 4, 5 and 6, ... swapped (an odd last character stays put)',
 'letter_case_inverted': 'with the case of every letter inverted (upper to lower, lower to upper); digits and - _ . unchanged',
 'ones_complement_byte_hex': 'as the ones\' complement of every UTF-8 byte (255 minus the byte) in two upper-case hex digits, separated by dots',
 'braille_grade1_unicode_cells': 'in uncontracted Braille using Unicode cells: ⠠ before a capital, ⠼ before every single digit (written with the cell of a-j for 1-9,0), - _ . unchanged',
}
