"""Encoders for the 22 p137 evasion notations. RULES holds the wording stated in each text."""
import base64, binascii, datetime

NATO = ['alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo',
        'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform',
        'victor', 'whiskey', 'xray', 'yankee', 'zulu']
DIGW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
SYMW = {'-': 'dash', '_': 'underscore', '.': 'stop'}
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'

RULES = {
 'base36_big_endian_number': 'in base 36 (digits 0-9 then a-z), reading the UTF-8 bytes as one big-endian number',
 'octal_backslash_byte_escapes': 'as octal escapes, a backslash and three octal digits per UTF-8 byte, no separators',
 'html_decimal_numeric_entities': 'as HTML decimal character references (&#NN;), one per character',
 'html_hex_numeric_entities': 'as HTML hexadecimal character references (&#xHH;, upper-case hex), one per character',
 'percent_encoding_every_byte': 'percent-encoded, every UTF-8 byte written as % and two upper-case hex digits, even letters',
 'fullwidth_unicode_forms': 'in fullwidth Unicode forms (each ASCII character c written as the code point c + 0xFEE0)',
 'mathematical_bold_alphanumerics': 'in Unicode mathematical bold letters and digits (U+1D400 A, U+1D41A a, U+1D7CE 0); _ . - unchanged',
 'nato_spelling_words': 'spelled with NATO words, one per character, space-separated: lower-case word for a lower-case letter, UPPER-CASE word for a capital, zero..nine for digits, dash, underscore and stop for - _ .',
 'whole_string_reversed': 'backwards, last character first',
 'rot47_printable_ascii': 'in ROT47 (every character from ! to ~ moved 47 places within those 94 characters)',
 'columnar_five_wide': 'as a columnar transposition: written in rows of five characters, then read column by column from the left, top to bottom (the last row may be short)',
 'outside_in_alternation': 'in outside-in order: first character, last character, second, second to last, and so on',
 'decimal_code_points_hyphenated': 'as decimal code points joined with hyphens',
 'ascii85_adobe_delimited': 'in Adobe Ascii85 between <~ and ~> (four bytes to five characters from ! to u)',
 'rfc4648_base32_padded': 'in RFC 4648 Base32 with the standard alphabet A-Z 2-7 and = padding',
 'uuencoded_single_line': 'as one uuencoded line (a length character, then four characters per three bytes, backquote for zero)',
 'quoted_printable_every_byte': 'in quoted-printable with every UTF-8 byte escaped as = and two upper-case hex digits',
 'a1z26_with_case_and_digit_marks': 'in A1Z26: each lower-case letter as its alphabet number (a=1 ... z=26), a ^ before the number for a capital, # before a digit, - _ . as themselves, space-separated',
 'hymn_board_numbers': 'as hymn-board numbers, one per character, where the hymn number minus 100 is the code point, separated by commas',
 'interment_dates_day_of_year': 'as interment dates in 2023, one per character, where the day of the year (1 January = 1) is the code point, separated by semicolons',
 'zero_width_space_interleaved': 'with an invisible zero-width space (U+200B) between every two characters; delete them',
 'affine_five_x_plus_eight': 'with an affine cipher: letter index x (a=0) becomes 5x+8 mod 26 keeping case, digit d becomes 3d+7 mod 10, - _ . unchanged',
}


def _affine(c):
    if 'a' <= c <= 'z':
        return chr(97 + (5 * (ord(c) - 97) + 8) % 26)
    if 'A' <= c <= 'Z':
        return chr(65 + (5 * (ord(c) - 65) + 8) % 26)
    if c.isdigit():
        return str((3 * int(c) + 7) % 10)
    return c


def _bold(c):
    if 'A' <= c <= 'Z':
        return chr(0x1D400 + ord(c) - 65)
    if 'a' <= c <= 'z':
        return chr(0x1D41A + ord(c) - 97)
    if '0' <= c <= '9':
        return chr(0x1D7CE + ord(c) - 48)
    return c


def _nato(c):
    if c.islower():
        return NATO[ord(c) - 97]
    if c.isupper():
        return NATO[ord(c) - 65].upper()
    if c.isdigit():
        return DIGW[int(c)]
    return SYMW[c]


def _a1z26(c):
    if c.islower():
        return str(ord(c) - 96)
    if c.isupper():
        return '^' + str(ord(c) - 64)
    if c.isdigit():
        return '#' + c
    return c


def _b36(b):
    n = int.from_bytes(b, 'big')
    s = ''
    while n:
        n, m = divmod(n, 36)
        s = B36[m] + s
    return s or '0'


def _columnar(p):
    return ''.join(p[i::5] for i in range(5))


def _outside(p):
    out, i, j = [], 0, len(p) - 1
    while i <= j:
        out.append(p[i])
        if i != j:
            out.append(p[j])
        i += 1; j -= 1
    return ''.join(out)


def encode(name, p):
    b = p.encode()
    return {
     'base36_big_endian_number': lambda: _b36(b),
     'octal_backslash_byte_escapes': lambda: ''.join('\\%03o' % x for x in b),
     'html_decimal_numeric_entities': lambda: ''.join('&#%d;' % ord(c) for c in p),
     'html_hex_numeric_entities': lambda: ''.join('&#x%X;' % ord(c) for c in p),
     'percent_encoding_every_byte': lambda: ''.join('%%%02X' % x for x in b),
     'fullwidth_unicode_forms': lambda: ''.join(chr(ord(c) + 0xFEE0) for c in p),
     'mathematical_bold_alphanumerics': lambda: ''.join(_bold(c) for c in p),
     'nato_spelling_words': lambda: ' '.join(_nato(c) for c in p),
     'whole_string_reversed': lambda: p[::-1],
     'rot47_printable_ascii': lambda: ''.join(chr(33 + (ord(c) - 33 + 47) % 94) for c in p),
     'columnar_five_wide': lambda: _columnar(p),
     'outside_in_alternation': lambda: _outside(p),
     'decimal_code_points_hyphenated': lambda: '-'.join(str(ord(c)) for c in p),
     'ascii85_adobe_delimited': lambda: '<~' + base64.a85encode(b).decode() + '~>',
     'rfc4648_base32_padded': lambda: base64.b32encode(b).decode(),
     'uuencoded_single_line': lambda: binascii.b2a_uu(b, backtick=True).decode().rstrip('\n'),
     'quoted_printable_every_byte': lambda: ''.join('=%02X' % x for x in b),
     'a1z26_with_case_and_digit_marks': lambda: ' '.join(_a1z26(c) for c in p),
     'hymn_board_numbers': lambda: ', '.join('Hymn %d' % (ord(c) + 100) for c in p),
     'interment_dates_day_of_year': lambda: '; '.join((datetime.date(2023, 1, 1) + datetime.timedelta(days=ord(c) - 1)).isoformat() for c in p),
     'zero_width_space_interleaved': lambda: '\u200b'.join(p),
     'affine_five_x_plus_eight': lambda: ''.join(_affine(c) for c in p),
    }[name]()
