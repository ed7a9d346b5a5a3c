"""Encoders for the 22 evasion notations (decoders are in dec131.py, written separately)."""
import base64, zlib

NATO = {'a': 'alfa', 'b': 'bravo', 'c': 'charlie', 'd': 'delta', 'e': 'echo', 'f': 'foxtrot', 'g': 'golf', 'h': 'hotel',
        'i': 'india', 'j': 'juliett', 'k': 'kilo', 'l': 'lima', 'm': 'mike', 'n': 'november', 'o': 'oscar', 'p': 'papa',
        'q': 'quebec', 'r': 'romeo', 's': 'sierra', 't': 'tango', 'u': 'uniform', 'v': 'victor', 'w': 'whiskey',
        'x': 'xray', 'y': 'yankee', 'z': 'zulu'}
DIG = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
SYM = {'-': 'dash', '_': 'underscore', '.': 'dot'}
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'

def _nato(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(DIG[int(ch)])
        elif ch in SYM:
            out.append(SYM[ch])
        elif ch.isupper():
            out.append('CAPITAL-' + NATO[ch.lower()])
        else:
            out.append(NATO[ch])
    return ' '.join(out)

def _rot47(s):
    return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)

def _caesar3(s):
    o = []
    for c in s:
        if 'a' <= c <= 'z':
            o.append(chr((ord(c) - 97 + 3) % 26 + 97))
        elif 'A' <= c <= 'Z':
            o.append(chr((ord(c) - 65 + 3) % 26 + 65))
        elif c.isdigit():
            o.append(str((int(c) + 3) % 10))
        else:
            o.append(c)
    return ''.join(o)

def _outside_in(s):
    o, i, j = [], 0, len(s) - 1
    while i <= j:
        o.append(s[i])
        if i != j:
            o.append(s[j])
        i += 1
        j -= 1
    return ''.join(o)

# name -> (rule text, encoder)
E = {
    'base64_of_reversed_string': ('written backwards and then in standard Base64 (with = padding) of the UTF-8 bytes', lambda s: base64.b64encode(s[::-1].encode()).decode()),
    'ascii85_adobe_delimited': ('in Adobe Ascii85 of the UTF-8 bytes, wrapped in <~ and ~>', lambda s: base64.a85encode(s.encode(), adobe=True).decode()),
    'base85_rfc1924_alphabet': ('in Base85 with the RFC 1924 alphabet (0-9 A-Z a-z !#$%&()*+-;<=>?@^_`{|}~) of the UTF-8 bytes', lambda s: base64.b85encode(s.encode()).decode()),
    'upper_hex_bytes_colon_separated': ('as UTF-8 bytes in upper-case hex separated by colons', lambda s: ':'.join('%02X' % b for b in s.encode())),
    'decimal_code_points_dot_separated': ('as decimal code points separated by dots', lambda s: '.'.join(str(ord(c)) for c in s)),
    'rot47_printable_ascii': ('in ROT47 (every printable ASCII character from ! to ~ rotated by 47)', _rot47),
    'caesar_plus_three_letters_and_digits': ('with every letter shifted three places forward (case kept, z wraps to c) and every digit plus three modulo ten, - _ . unchanged', _caesar3),
    'percent_encoding_every_byte_lower': ('percent-encoded with every byte written as %xx in lower-case hex', lambda s: ''.join('%%%02x' % b for b in s.encode())),
    'html_decimal_character_references': ('as HTML decimal character references &#N; one per character', lambda s: ''.join('&#%d;' % ord(c) for c in s)),
    'html_hex_character_references': ('as HTML hexadecimal character references &#xH; one per character', lambda s: ''.join('&#x%x;' % ord(c) for c in s)),
    'css_backslash_hex_escapes': ('as CSS escapes, a backslash, the code point in hex and one space per character', lambda s: ''.join('\\%x ' % ord(c) for c in s).rstrip(' ')),
    'fullwidth_unicode_forms': ('in full-width Unicode forms (each character plus U+FEE0)', lambda s: ''.join(chr(ord(c) + 0xFEE0) for c in s)),
    'nato_phonetic_with_case_words': ('spelled in the NATO alphabet, CAPITAL- before upper-case letters, digits as English words, dash / underscore / dot as words, space-separated', _nato),
    'original_gravity_readings_code_points': ('as original-gravity readings 1.NNN, one per character, where NNN (three digits) is the code point, space-separated', lambda s: ' '.join('1.%03d' % ord(c) for c in s)),
    'keg_pressure_psi_tenths': ('as keg pressures in psi, one per character, where ten times the pressure is the code point, comma-separated', lambda s: ', '.join('%d.%d psi' % divmod(ord(c), 10) for c in s)),
    'mash_temperature_fahrenheit_plus_eighty': ('as mash-step temperatures NF, one per character, where N minus 80 is the code point, separated by " > "', lambda s: ' > '.join('%dF' % (ord(c) + 80) for c in s)),
    'cases_and_bottles_base_twenty_four': ('as case counts CcBb, one per character, where the code point is 24 x C + B, space-separated', lambda s: ' '.join('%dc%db' % divmod(ord(c), 24) for c in s)),
    'packed_eight_bit_binary_bytes': ('as the UTF-8 bytes in eight-bit binary written one after another with no separators', lambda s: ''.join('%08d' % int(bin(b)[2:]) for b in s.encode())),
    'base36_two_digit_code_points': ('as code points in base 36 (0-9 a-z), exactly two digits per character, no separators', lambda s: ''.join(B36[ord(c) // 36] + B36[ord(c) % 36] for c in s)),
    'outside_in_interleave': ('with its characters taken first, last, second, second-to-last and so on inwards', _outside_in),
    'zero_width_space_interleaved': ('with a zero-width space (U+200B) between every two characters', lambda s: '\u200b'.join(s)),
    'zlib_deflate_then_base64': ('zlib-compressed (level 9) and then in standard Base64 of the compressed bytes', lambda s: base64.b64encode(zlib.compress(s.encode(), 9)).decode()),
}
