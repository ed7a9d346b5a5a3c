"""Encoders: name -> fn(r, plain) -> (naming phrase, encoded run). Decoders live in gen_decoders.py."""
import base64, binascii, bz2

MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..',
 'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.',
 's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..',
 '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...',
 '8': '---..', '9': '----.', '-': '-....-', '_': '..--.-', '.': '.-.-.-'}
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'

def _int_base(b, alpha):
    n = int.from_bytes(b, 'big'); out = ''
    while n:
        n, d = divmod(n, len(alpha)); out = alpha[d] + out
    return out

def _atbash(c):
    if 'a' <= c <= 'z': return chr(219 - ord(c))
    if 'A' <= c <= 'Z': return chr(155 - ord(c))
    if c.isdigit(): return str(9 - int(c))
    return c

def _vig(p, key):
    out, k = [], 0
    for c in p:
        if c.isalpha():
            base = 97 if c.islower() else 65
            out.append(chr((ord(c) - base + ord(key[k % len(key)]) - 97) % 26 + base)); k += 1
        else:
            out.append(c)
    return ''.join(out)

def _bold(c):
    if 'A' <= c <= 'Z': return chr(0x1D400 + ord(c) - 65)
    if 'a' <= c <= 'z': return chr(0x1D41A + ord(c) - 97)
    if c.isdigit(): return chr(0x1D7CE + int(c))
    return c

def _swap_pairs(p):
    l = list(p)
    for i in range(0, len(l) - 1, 2):
        l[i], l[i + 1] = l[i + 1], l[i]
    return ''.join(l)

def _xor(r, p):
    k = r.randint(0x11, 0x7e)
    return ('XORed with the single byte 0x%02X and then written as lower-case hex' % k,
            bytes(b ^ k for b in p.encode()).hex())

def _vigenere(r, p):
    key = ''.join(r.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(r.randint(4, 7)))
    return ('Vigenère-encrypted with the keyword "%s" (letters shifted by the keyword letters in turn, case kept; digits and - _ . untouched)' % key, _vig(p, key))

ENC = {
 'base32_rfc4648_standard': lambda r, p: ('in standard Base32 (RFC 4648 alphabet A-Z 2-7, = padding)', base64.b32encode(p.encode()).decode()),
 'base64url_unpadded': lambda r, p: ('in unpadded base64url (the JWT alphabet with - and _, no =)', base64.urlsafe_b64encode(p.encode()).decode().rstrip('=')),
 'uuencode_begin_block': lambda r, p: ('uuencoded (a begin 644 … end block, decode with uudecode)', 'begin 644 pw.txt\n' + binascii.b2a_uu(p.encode()).decode().rstrip('\n') + '\n`\nend'),
 'quoted_printable_all_bytes': lambda r, p: ('in quoted-printable with every byte escaped as =XX', ''.join('=%02X' % b for b in p.encode())),
 'atbash_letters_digits': lambda r, p: ('Atbash-mirrored (a↔z, A↔Z, 0↔9; - _ . unchanged)', ''.join(_atbash(c) for c in p)),
 'vigenere_stated_keyword': _vigenere,
 'morse_code_caret_capitals': lambda r, p: ('in Morse code (one character per group, groups separated by spaces, ^ in front of a capital letter)', ' '.join(('^' if c.isupper() else '') + MORSE[c.lower()] for c in p)),
 'base58_bitcoin_alphabet': lambda r, p: ('as one Base58 number (Bitcoin alphabet, the bytes read as a big-endian integer)', _int_base(p.encode(), B58)),
 'base36_integer_lowercase': lambda r, p: ('as one base-36 number (0-9 a-z, the bytes read as a big-endian integer)', _int_base(p.encode(), B36)),
 'fullwidth_unicode_forms': lambda r, p: ('typed in full-width Unicode forms (U+FF01…U+FF5E, subtract 0xFEE0 from each character)', ''.join(chr(ord(c) + 0xFEE0) for c in p)),
 'zero_width_space_interleaved': lambda r, p: ('with an invisible zero-width space (U+200B) after every character but the last', '\u200b'.join(p)),
 'c_uint8_hex_initializer': lambda r, p: ('as a C uint8_t array initializer (one 0x byte per character)', '{ ' + ', '.join('0x%02x' % b for b in p.encode()) + ' }'),
 'python_bytes_x_escapes': lambda r, p: ("as a Python bytes literal with \\x escapes for every byte", "b'" + ''.join('\\x%02x' % b for b in p.encode()) + "'"),
 'css_hex_escapes_spaced': lambda r, p: ('as CSS hex escapes (backslash + hex code point, each followed by one space)', ' '.join('\\%x' % ord(c) for c in p)),
 'xor_single_byte_key_hex': _xor,
 'nibble_swapped_hex': lambda r, p: ('as hex with the two digits of every byte swapped (nibble-swapped)', ''.join(('%02x' % b)[::-1] for b in p.encode())),
 'utf16le_base64_powershell': lambda r, p: ('as UTF-16LE bytes in Base64 (the PowerShell -EncodedCommand way)', base64.b64encode(p.encode('utf-16-le')).decode()),
 'bzip2_then_base64': lambda r, p: ('bzip2-compressed and then Base64-encoded (base64 -d | bunzip2)', base64.b64encode(bz2.compress(p.encode(), 9)).decode()),
 'adjacent_pairs_swapped': lambda r, p: ('with every pair of neighbouring characters swapped (2nd 1st 4th 3rd …; an odd last character stays)', _swap_pairs(p)),
 'braille_byte_patterns': lambda r, p: ('as Unicode Braille patterns (one cell per byte, code point U+2800 + byte value)', ''.join(chr(0x2800 + b) for b in p.encode())),
 'colon_separated_hex_pairs': lambda r, p: ('as colon-separated upper-case hex bytes (fingerprint style)', ':'.join('%02X' % b for b in p.encode())),
 'math_bold_alphanumerics': lambda r, p: ('in Unicode mathematical bold letters and digits (map them back to plain ASCII; - _ . unchanged)', ''.join(_bold(c) for c in p)),
}
