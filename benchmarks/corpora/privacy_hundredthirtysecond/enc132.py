"""Encoders for the 22 evasion notations (decoders live separately in dec132.py)."""
import base64, string
MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..', 'j': '.---',
         'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.', 's': '...', 't': '-',
         'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..', '0': '-----', '1': '.----', '2': '..---',
         '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-',
         '-': '-....-', '_': '..--.-'}
KEYPAD = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'

def morse(p):
    # upper case letters get a leading ^
    return ' / '.join(('^' if c.isupper() else '') + MORSE[c.lower()] for c in p)
def multitap(p):
    out = []
    for c in p:
        if c.isdigit(): out.append('#' + c)
        elif c in '._-': out.append({'.': '*1', '_': '*2', '-': '*3'}[c])
        else:
            for k, v in KEYPAD.items():
                if c.lower() in v:
                    out.append(('^' if c.isupper() else '') + k * (v.index(c.lower()) + 1))
    return ' '.join(out)
def b58(p):
    n = int.from_bytes(p.encode(), 'big'); s = ''
    while n: n, m = divmod(n, 58); s = B58[m] + s
    return s
def b45(p):
    b = p.encode(); out = ''
    for i in range(0, len(b), 2):
        ch = b[i:i + 2]
        if len(ch) == 2:
            n = ch[0] * 256 + ch[1]; e, n = divmod(n, 45 * 45); d, c = divmod(n, 45); out += B45[c] + B45[d] + B45[e]
        else:
            d, c = divmod(ch[0], 45); out += B45[c] + B45[d]
    return out
def rail3(p):
    rails = [[], [], []]; pat = [0, 1, 2, 1]
    for i, c in enumerate(p): rails[pat[i % 4]].append(c)
    return ''.join(''.join(x) for x in rails)
def atbash(p):
    t = str.maketrans(string.ascii_lowercase + string.ascii_uppercase + string.digits,
                      string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1] + string.digits[::-1])
    return p.translate(t)
def vig(p, key='COASTER'):
    out, j = '', 0
    for c in p:
        if c.isalpha():
            k = ord(key[j % len(key)]) - 65; j += 1
            base = 65 if c.isupper() else 97
            out += chr((ord(c) - base + k) % 26 + base)
        else: out += c
    return out
def colT(p, n=4):
    return ' '.join(p[i::n] for i in range(n))
def fullwidth(p):
    return ''.join(chr(ord(c) + 0xFEE0) for c in p)
def mbold(p):
    o = ''
    for c in p:
        if 'A' <= c <= 'Z': o += chr(0x1D400 + ord(c) - 65)
        elif 'a' <= c <= 'z': o += chr(0x1D41A + ord(c) - 97)
        elif c.isdigit(): o += chr(0x1D7CE + ord(c) - 48)
        else: o += c
    return o
def base36(n):
    s = ''
    while n: n, m = divmod(n, 36); s = (string.digits + string.ascii_lowercase)[m] + s
    return s
def tern(n):
    s = ''
    for _ in range(5): n, m = divmod(n, 3); s = str(m) + s
    return s

E = {
 'morse_dots_dashes_slash_separated': morse,
 'phone_keypad_multitap': multitap,
 'base64url_unpadded': lambda p: base64.urlsafe_b64encode(p.encode()).decode().rstrip('='),
 'base58_bitcoin_alphabet': b58,
 'base45_qr_alphabet': b45,
 'rail_fence_three_rails': rail3,
 'atbash_with_digit_nine_complement': atbash,
 'vigenere_keyword_coaster': vig,
 'bit_inverted_hex_bytes': lambda p: ' '.join('%02x' % (b ^ 0xff) for b in p.encode()),
 'xor_0x2a_hex_pairs': lambda p: ''.join('%02X' % (b ^ 0x2a) for b in p.encode()),
 'utf32_little_endian_hex_words': lambda p: ' '.join(p[i].encode('utf-32-le').hex() for i in range(len(p))),
 'html_hex_character_references': lambda p: ''.join('&#x%X;' % ord(c) for c in p),
 'json_backslash_u_escapes': lambda p: ''.join('\\u%04x' % ord(c) for c in p),
 'fullwidth_unicode_forms': fullwidth,
 'math_bold_alphanumeric_symbols': mbold,
 'zero_width_space_interleaved': lambda p: '\u200b'.join(p),
 'columnar_transposition_four_columns': colT,
 'base36_code_points': lambda p: ' '.join(base36(ord(c)) for c in p),
 'ternary_five_digit_code_points': lambda p: ' '.join(tern(ord(c)) for c in p),
 'braille_pattern_byte_cells': lambda p: ''.join(chr(0x2800 + b) for b in p.encode()),
 'base32hex_extended_alphabet': lambda p: base64.b32hexencode(p.encode()).decode(),
 'nibble_letters_a_to_p': lambda p: ''.join('abcdefghijklmnop'[b >> 4] + 'abcdefghijklmnop'[b & 15] for b in p.encode()),
}
RULES = {
 'morse_dots_dashes_slash_separated': 'in Morse code, one letter per group, groups separated by " / ", a leading ^ marks a capital letter, dot = .-.-.-, dash = -....-, underscore = ..--.-',
 'phone_keypad_multitap': 'typed as phone keypad multi-tap presses (2 = a, 22 = b, 7777 = s ...), ^ before a press marks a capital, #d is the digit d, *1 = dot, *2 = underscore, *3 = dash, presses space-separated',
 'base64url_unpadded': 'in URL-safe Base64 (- and _ instead of + and /) of the UTF-8 bytes, padding removed',
 'base58_bitcoin_alphabet': 'in Base58 with the Bitcoin alphabet, the UTF-8 bytes read as one big-endian number',
 'base45_qr_alphabet': 'in Base45 (RFC 9285, the QR-code alphabet 0-9 A-Z space $ % * + - . / :) of the UTF-8 bytes',
 'rail_fence_three_rails': 'as a rail-fence cipher on three rails (zig-zag down and up, then read rail 1, rail 2, rail 3)',
 'atbash_with_digit_nine_complement': 'with Atbash on letters (a<->z, b<->y, case kept) and each digit d replaced by 9-d; _ . - unchanged',
 'vigenere_keyword_coaster': 'in a Vigenere cipher with keyword COASTER applied to letters only (case kept, the key advances only on letters; digits and _ . - unchanged)',
 'bit_inverted_hex_bytes': 'as lower-case hex of each UTF-8 byte with all bits inverted (byte XOR ff), space-separated',
 'xor_0x2a_hex_pairs': 'as upper-case hex pairs of each UTF-8 byte XOR 0x2A, no separators',
 'utf32_little_endian_hex_words': 'as UTF-32 little-endian code units, eight hex digits each, space-separated',
 'html_hex_character_references': 'as HTML hexadecimal character references &#xNN;, one per character',
 'json_backslash_u_escapes': 'as JSON \\uXXXX escapes, one per character',
 'fullwidth_unicode_forms': 'in Unicode fullwidth forms (each ASCII character shifted to U+FF01-U+FF5E)',
 'math_bold_alphanumeric_symbols': 'in Unicode mathematical bold letters and digits (_ . - unchanged)',
 'zero_width_space_interleaved': 'with a zero-width space (U+200B) between every two characters',
 'columnar_transposition_four_columns': 'written in rows of four and read column by column, columns separated by one space',
 'base36_code_points': 'as each code point in base 36 (0-9 a-z), space-separated',
 'ternary_five_digit_code_points': 'as each code point in base 3 with exactly five digits, space-separated',
 'braille_pattern_byte_cells': 'as Unicode Braille pattern cells, one per UTF-8 byte, where the cell is U+2800 plus the byte value',
 'base32hex_extended_alphabet': 'in RFC 4648 base32hex (alphabet 0-9 A-V, with = padding) of the UTF-8 bytes',
 'nibble_letters_a_to_p': 'as letters a-p for the hex nibbles of each UTF-8 byte (a = 0 ... p = 15), high nibble first, no separators',
}
