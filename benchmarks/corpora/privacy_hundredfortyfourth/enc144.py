import base64
NATO = ['alfa','bravo','charlie','delta','echo','foxtrot','golf','hotel','india','juliett','kilo','lima','mike','november','oscar','papa','quebec','romeo','sierra','tango','uniform','victor','whiskey','xray','yankee','zulu']
def _vig(s, key, sign):
    o = []; j = 0
    for c in s:
        if c.isalpha():
            b = 65 if c.isupper() else 97; k = ord(key[j % len(key)]) - 97; j += 1
            o.append(chr((ord(c) - b + sign * k) % 26 + b))
        else: o.append(c)
    return ''.join(o)
def _cols(s, n=4):
    return ''.join(s[c::n] for c in range(n))
def _b36(s):
    n = int.from_bytes(s.encode(), 'big'); a = '0123456789abcdefghijklmnopqrstuvwxyz'; o = ''
    while n: n, m = divmod(n, 36); o = a[m] + o
    return o
def _tern(c):
    n = ord(c); o = ''
    for _ in range(5): n, m = divmod(n, 3); o = str(m) + o
    return o
def _nato(c):
    if c.isalpha(): w = NATO[ord(c.lower()) - 97]; return w.upper() if c.isupper() else w
    return {'_': 'underscore', '.': 'dot', '-': 'dash'}.get(c, c)
E = {
 'ph_scale_codepoints_over_twenty': ("as pH readings, one per character, where the reading times 20 is the code point, space-separated", lambda s: ' '.join('%.2f' % (ord(c) / 20) for c in s)),
 'ec_millisiemens_codepoints_over_forty': ("as EC readings in mS/cm, one per character, where the reading times 40 is the code point, space-separated", lambda s: ' '.join('%.3f' % (ord(c) / 40) for c in s)),
 'lux_codepoints_times_hundred': ("as lux values, one per character, where the lux value divided by 100 is the code point, space-separated", lambda s: ' '.join(str(ord(c) * 100) for c in s)),
 'seed_tray_row_cell_coordinates': ("as seed-tray cells, one per character: row letter (A = 0, B = 1, ...) times 12 plus cell number minus 1 is the code point, space-separated", lambda s: ' '.join(chr(65 + ord(c) // 12) + str(ord(c) % 12 + 1) for c in s)),
 'fahrenheit_from_codepoint_celsius': ("as temperatures in Fahrenheit, one per character, where the same temperature in Celsius is the code point, separated by ' / '", lambda s: ' / '.join('%.1fF' % (ord(c) * 9 / 5 + 32) for c in s)),
 'vigenere_letters_key_basil': ("with a Vigenere shift on letters only, key basil (b = 1, a = 0, s = 18, i = 8, l = 11), the key advancing on letters only, case kept; digits and _ . - unchanged", lambda s: _vig(s, 'basil', 1)),
 'atbash_letters_nine_complement_digits': ("with letters mirrored in the alphabet (a <-> z, b <-> y, case kept) and each digit d written as 9 - d; _ . - unchanged", lambda s: ''.join(chr(155 - ord(c)) if c.isupper() else chr(219 - ord(c)) if c.islower() else str(9 - int(c)) if c.isdigit() else c for c in s)),
 'printable_ascii_shift_seven': ("with every character moved 7 places up in printable ASCII from ! (33) to ~ (126), wrapping around", lambda s: ''.join(chr((ord(c) - 33 + 7) % 94 + 33) for c in s)),
 'whole_string_reversed': ("written backwards, last character first", lambda s: s[::-1]),
 'base32_rfc4648_padded': ("in Base32 (RFC 4648 alphabet A-Z 2-7, with = padding) of the UTF-8 bytes", lambda s: base64.b32encode(s.encode()).decode()),
 'ascii85_adobe_delimited': ("in Ascii85 between <~ and ~> (Adobe style) of the UTF-8 bytes", lambda s: base64.a85encode(s.encode(), adobe=True).decode()),
 'base36_big_endian_integer': ("in base 36 (0-9 a-z), reading the UTF-8 bytes as one big-endian number", _b36),
 'eight_bit_zero_one_octets': ("as 8-bit groups of 0 and 1, one per UTF-8 byte, space-separated", lambda s: ' '.join(format(b, '08b') for b in s.encode())),
 'nato_spelling_case_by_word_case': ("letter by letter in the NATO alphabet: a lower-case word for a lower-case letter, an upper-case word for a capital, digits as digits, and underscore / dot / dash as words, space-separated", lambda s: ' '.join(_nato(c) for c in s)),
 'equals_hex_every_byte': ("with every UTF-8 byte written as = and two upper-case hex digits", lambda s: ''.join('=%02X' % b for b in s.encode())),
 'percent_hex_every_byte': ("with every UTF-8 byte percent-encoded, % and two upper-case hex digits, even letters", lambda s: ''.join('%%%02X' % b for b in s.encode())),
 'html_decimal_numeric_entities': ("as HTML numeric entities &#N; with the decimal code point of each character", lambda s: ''.join('&#%d;' % ord(c) for c in s)),
 'tilde_after_every_character': ("with a ~ inserted after every character; drop all the ~", lambda s: ''.join(c + '~' for c in s)),
 'halves_exchanged': ("with its two halves exchanged: the run is the last ceil(n/2) characters followed by the first floor(n/2)", lambda s: s[len(s) // 2:] + s[:len(s) // 2]),
 'four_column_transposition': ("written row by row into 4 columns and read out column by column, first column first, no padding", _cols),
 'utf32be_hex_words': ("as UTF-32 big-endian, 8 lower-case hex digits per character, space-separated", lambda s: ' '.join('%08x' % ord(c) for c in s)),
 'ternary_five_trit_codepoints': ("as 5-digit base-3 numbers, one per character, giving the code point, space-separated", lambda s: ' '.join(_tern(c) for c in s)),
 'rot47_printable': ("with ROT47 over printable ASCII (! to ~)", lambda s: ''.join(chr(33 + (ord(c) - 33 + 47) % 94) for c in s)),
}
