"""Encoders for the 22 p97 evasions (plain str -> run str)."""
import base64, binascii, zlib

Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..',
         'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.',
         's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..',
         '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....',
         '7': '--...', '8': '---..', '9': '----.', '-': '-....-', '_': '..--.-', '.': '.-.-.-'}
NATO = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima',
        'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey',
        'Xray', 'Yankee', 'Zulu']
DIG = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine']
PUN = {'-': 'Dash', '_': 'Underscore', '.': 'Dot'}

def _b36(b):
    n = int.from_bytes(b, 'big'); s = ''
    while n:
        n, d = divmod(n, 36); s = '0123456789abcdefghijklmnopqrstuvwxyz'[d] + s
    return s

def _z85(b):
    out = ''
    for i in range(0, len(b), 4):
        v = int.from_bytes(b[i:i + 4], 'big'); chunk = ''
        for _ in range(5):
            v, d = divmod(v, 85); chunk = Z85[d] + chunk
        out += chunk
    return out

def _nato(c):
    if c.isdigit(): return DIG[int(c)]
    if c in PUN: return PUN[c]
    w = NATO[ord(c.lower()) - 97]
    return w.upper() if c.isupper() else w.lower()

def _vig(p, key='turn'):
    out, k = '', 0
    for c in p:
        if c.isalpha():
            base = 65 if c.isupper() else 97
            out += chr(base + (ord(c) - base + ord(key[k % 4]) - 97) % 26); k += 1
        else:
            out += c
    return out

def _circ(c):
    if 'A' <= c <= 'Z': return chr(0x24B6 + ord(c) - 65)
    if 'a' <= c <= 'z': return chr(0x24D0 + ord(c) - 97)
    if c == '0': return '\u24ea'
    if '1' <= c <= '9': return chr(0x2460 + ord(c) - 49)
    return c

def _rot(c):
    if 'a' <= c <= 'z': return chr(97 + (ord(c) - 97 + 13) % 26)
    if 'A' <= c <= 'Z': return chr(65 + (ord(c) - 65 + 13) % 26)
    if c.isdigit(): return str((int(c) + 5) % 10)
    return c

def _groups(p):
    g = [p[i:i + 4] for i in range(0, len(p), 4)]
    return ' '.join(reversed(g))

ENC = {
 'base32hex_extended_hex_alphabet': lambda p: base64.b32hexencode(p.encode()).decode().rstrip('='),
 'base36_big_endian_integer': lambda p: _b36(p.encode()),
 'z85_zeromq_four_byte_frames': lambda p: _z85(p.encode()),
 'uuencode_single_line_backtick': lambda p: binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip('\n'),
 'octal_backslash_byte_escapes': lambda p: ''.join('\\%03o' % b for b in p.encode()),
 'binary_octets_space_separated': lambda p: ' '.join(format(b, '08b') for b in p.encode()),
 'international_morse_lowercase': lambda p: ' '.join(MORSE[c] for c in p),
 'nato_spelling_case_by_word_case': lambda p: ' '.join(_nato(c) for c in p),
 'vigenere_letters_key_turn': _vig,
 'reversed_character_order': lambda p: p[::-1],
 'fullwidth_ascii_forms': lambda p: ''.join(chr(ord(c) + 0xFEE0) for c in p),
 'circled_alphanumerics_enclosed': lambda p: ''.join(_circ(c) for c in p),
 'html_decimal_character_references': lambda p: ''.join('&#%d;' % ord(c) for c in p),
 'css_six_digit_hex_escapes': lambda p: ''.join('\\%06x' % ord(c) for c in p),
 'base64_of_utf16le_bytes': lambda p: base64.b64encode(p.encode('utf-16-le')).decode(),
 'zlib_deflate_then_base64': lambda p: base64.b64encode(zlib.compress(p.encode(), 9)).decode(),
 'hash_sign_filler_between_characters': lambda p: '#'.join(p),
 'four_character_groups_reversed_order': _groups,
 'javascript_u_four_hex_escapes': lambda p: ''.join('\\u%04x' % ord(c) for c in p),
 'xor_0x5a_then_lower_hex': lambda p: ''.join('%02x' % (b ^ 0x5A) for b in p.encode()),
 'rot13_letters_rot5_digits': lambda p: ''.join(_rot(c) for c in p),
 'braille_pattern_byte_cells': lambda p: ''.join(chr(0x2800 + b) for b in p.encode()),
}

RULE = {
 'base32hex_extended_hex_alphabet': 'in RFC 4648 base32hex (alphabet 0-9 then A-V, 5 bits per character, padding dropped)',
 'base36_big_endian_integer': 'as one base-36 number (digits 0-9a-z; the UTF-8 bytes read as a big-endian integer)',
 'z85_zeromq_four_byte_frames': 'in ZeroMQ Z85 (every 4 bytes -> 5 characters of the Z85 alphabet, big-endian)',
 'uuencode_single_line_backtick': 'as one uuencoded line (first character is the length, backtick for zero)',
 'octal_backslash_byte_escapes': 'as backslash octal escapes, three digits per UTF-8 byte (printf style)',
 'binary_octets_space_separated': 'as 8-bit binary octets separated by spaces',
 'international_morse_lowercase': 'in international Morse code, one letter per space-separated group, all lower case (-....- is a dash, ..--.- an underscore, .-.-.- a dot)',
 'nato_spelling_case_by_word_case': 'spelled with the NATO alphabet, an UPPER-CASE word for a capital and a lower-case word for a small letter, digits as Zero..Nine, Dash / Underscore / Dot for - _ .',
 'vigenere_letters_key_turn': 'Vigenere-enciphered with the key "turn" (letters only, key advances on letters, case kept; digits and - _ . unchanged)',
 'reversed_character_order': 'written backwards (read it right to left)',
 'fullwidth_ascii_forms': 'in Unicode fullwidth forms (U+FF01..U+FF5E, subtract 0xFEE0)',
 'circled_alphanumerics_enclosed': 'in Unicode circled letters and digits (U+24B6, U+24D0, U+2460, U+24EA; - _ . unchanged)',
 'html_decimal_character_references': 'as HTML decimal character references (&#NNN;)',
 'css_six_digit_hex_escapes': 'as CSS escapes with six hex digits each (\\00006b is k)',
 'base64_of_utf16le_bytes': 'Base64 of its UTF-16LE bytes (the PowerShell -EncodedCommand way)',
 'zlib_deflate_then_base64': 'zlib-compressed (level 9) and then Base64-encoded',
 'hash_sign_filler_between_characters': 'with a # filler between every two characters (drop every #)',
 'four_character_groups_reversed_order': 'in groups of four characters from the left, the groups listed last-first (reverse the group order)',
 'javascript_u_four_hex_escapes': 'as JavaScript \\uXXXX escapes',
 'xor_0x5a_then_lower_hex': 'XORed byte by byte with 0x5A and then written as lower-case hex',
 'rot13_letters_rot5_digits': 'ROT13 on letters and ROT5 on digits (- _ . unchanged)',
 'braille_pattern_byte_cells': 'as Unicode Braille patterns, one cell per UTF-8 byte (U+2800 + byte value)',
}
