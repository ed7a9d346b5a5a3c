"""Encoders for the 22 evasion encodings of p96."""
import base64, binascii

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..', 'j': '.---',
         'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.', 's': '...', 't': '-',
         'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..', '0': '-----', '1': '.----', '2': '..---',
         '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', '-': '-....-',
         '_': '..--.-', '.': '.-.-.-'}
KEYPAD = ['', '', 'abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz']

def e_b58(s):
    n = int.from_bytes(s.encode(), 'big'); o = ''
    while n:
        n, d = divmod(n, 58); o = B58[d] + o
    return o
def e_crock(s):
    bits = ''.join(format(b, '08b') for b in s.encode())
    bits += '0' * (-len(bits) % 5)
    return ''.join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
def e_a85(s): return base64.a85encode(s.encode(), adobe=True).decode()
def e_qp(s): return ''.join('=%02X' % b for b in s.encode())
def e_pct(s): return ''.join('%%%02X' % b for b in s.encode())
def e_morse(s): return ' '.join(('^' if c.isupper() else '') + MORSE[c.lower()] for c in s)
def e_gcode(s): return '\n'.join('M118 S%d' % ord(c) for c in s)
def e_dots(s): return '.'.join(str(b) for b in s.encode())
def e_lines(s): return '\n'.join(s)
def e_keypad(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append('#' + c)
        elif c in '-_.':
            out.append(c)
        else:
            for k, letters in enumerate(KEYPAD):
                if c.lower() in letters:
                    out.append(('^' if c.isupper() else '') + str(k) * (letters.index(c.lower()) + 1))
    return ' '.join(out)
def e_rot18(s):
    o = ''
    for c in s:
        if 'a' <= c <= 'z': o += chr((ord(c) - 97 + 13) % 26 + 97)
        elif 'A' <= c <= 'Z': o += chr((ord(c) - 65 + 13) % 26 + 65)
        elif c.isdigit(): o += str((int(c) + 5) % 10)
        else: o += c
    return o
def e_beaufort(s, key='nozzle'):
    o, i = '', 0
    for c in s:
        if c.isalpha():
            k = ord(key[i % len(key)]) - 97; i += 1
            base = 65 if c.isupper() else 97
            o += chr((k - (ord(c) - base)) % 26 + base)
        else:
            o += c
    return o
def e_columnar(s, w=4):
    return ''.join(s[c::w] for c in range(w))
def e_swap(s):
    l = list(s)
    for i in range(0, len(l) - 1, 2):
        l[i], l[i + 1] = l[i + 1], l[i]
    return ''.join(l)
def e_utf32(s): return ' '.join(c.encode('utf-32-le').hex() for c in s)
def e_colonhex(s): return ':'.join('%02x' % b for b in s.encode())
def e_circled(s):
    o = ''
    for c in s:
        if 'a' <= c <= 'z': o += chr(0x24D0 + ord(c) - 97)
        elif 'A' <= c <= 'Z': o += chr(0x24B6 + ord(c) - 65)
        elif c == '0': o += '\u24EA'
        elif '1' <= c <= '9': o += chr(0x2460 + ord(c) - 49)
        else: o += c
    return o
def e_sansbold(s):
    o = ''
    for c in s:
        if 'A' <= c <= 'Z': o += chr(0x1D5D4 + ord(c) - 65)
        elif 'a' <= c <= 'z': o += chr(0x1D5EE + ord(c) - 97)
        elif '0' <= c <= '9': o += chr(0x1D7EC + ord(c) - 48)
        else: o += c
    return o
def e_braille(s): return ''.join(chr(0x2800 + b) for b in s.encode())
def e_psenc(s): return base64.b64encode(s.encode('utf-16-le')).decode()
def e_xor(s): return ' '.join('%02X' % (b ^ 0x5A) for b in s.encode())
def e_wj(s): return '\u2060'.join(s)

ENC = {
 'base58_bitcoin_alphabet': (e_b58, "as a Base58 number (Bitcoin alphabet 123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz) of the UTF-8 bytes read as one big-endian integer"),
 'crockford_base32_unpadded': (e_crock, "in Crockford Base32 (alphabet 0-9 A-Z without I L O U, 5 bits per character, zero bits appended, no padding)"),
 'ascii85_adobe_delimited': (e_a85, "in Adobe Ascii85 (between <~ and ~>, 4 bytes -> 5 characters from ! to u)"),
 'quoted_printable_every_byte': (e_qp, "quoted-printable with every byte escaped (=HH per UTF-8 byte)"),
 'percent_encoding_every_byte': (e_pct, "percent-encoded with every byte escaped (%HH per UTF-8 byte)"),
 'morse_code_caret_capitals': (e_morse, "in Morse code, one letter per group, groups separated by spaces, ^ before a capital (- is -....-, _ is ..--.-, . is .-.-.-)"),
 'gcode_m118_decimal_codes': (e_gcode, "as G-code, one M118 line per character with S = its decimal code point"),
 'decimal_bytes_dot_joined': (e_dots, "as decimal byte values joined by dots"),
 'one_character_per_line': (e_lines, "one character per line, read top to bottom"),
 'phone_keypad_multitap': (e_keypad, "as phone keypad multi-tap (2=abc ... 9=wxyz, key repeated for the letter's place, ^ = capital, #d = digit d, - _ . as themselves, groups separated by spaces)"),
 'rot13_letters_rot5_digits': (e_rot18, "rotated ROT13 on letters and ROT5 on digits (case kept, - _ . unchanged)"),
 'beaufort_keyword_nozzle': (e_beaufort, "Beaufort-enciphered with the key 'nozzle' (c = key - p mod 26, key advances on letters only, case kept; digits and - _ . unchanged)"),
 'columnar_transposition_four_columns': (e_columnar, "columnar-transposed: written in rows of four, read column by column (column 1 top to bottom, then 2, 3, 4)"),
 'adjacent_pairs_swapped': (e_swap, "with each pair of neighbouring characters swapped (1<->2, 3<->4 ..., an odd last character stays)"),
 'utf32le_hex_code_units': (e_utf32, "as UTF-32LE code units, eight hex digits each (little-endian bytes), space-separated"),
 'hex_bytes_colon_separated': (e_colonhex, "as lower-case hex bytes separated by colons"),
 'circled_enclosed_alphanumerics': (e_circled, "in Unicode circled letters and digits (Enclosed Alphanumerics; - _ . unchanged)"),
 'math_sans_serif_bold': (e_sansbold, "in Unicode mathematical sans-serif bold letters and digits (- _ . unchanged)"),
 'braille_pattern_byte_cells': (e_braille, "as Unicode Braille pattern cells, one per byte (U+2800 + byte value)"),
 'utf16le_base64_encodedcommand': (e_psenc, "the way PowerShell -EncodedCommand wants it: UTF-16LE bytes, then Base64"),
 'xor_0x5a_hex_bytes': (e_xor, "XOR-ed byte by byte with 0x5A, shown as upper-case hex bytes separated by spaces"),
 'word_joiner_interleaved': (e_wj, "with an invisible word joiner (U+2060) between every two characters"),
}
