"""Encoders for the 33 new evasion encodings: ENC[name](plain, key) -> encoded text."""
import base64, binascii, bz2, string

def _rot18(s):
    out = []
    for c in s:
        if 'a' <= c <= 'z': out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z': out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        elif c.isdigit(): out.append(str((int(c) + 5) % 10))
        else: out.append(c)
    return ''.join(out)

def _rot13(s):
    return ''.join(chr((ord(c) - 97 + 13) % 26 + 97) if 'a' <= c <= 'z' else chr((ord(c) - 65 + 13) % 26 + 65) if 'A' <= c <= 'Z' else c for c in s)

def _caesar(s, k):
    out = []
    for c in s:
        if 'a' <= c <= 'z': out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif 'A' <= c <= 'Z': out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif '0' <= c <= '9': out.append(chr((ord(c) - 48 + k) % 10 + 48))
        else: out.append(c)
    return ''.join(out)

A62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
def _vig62(s, key):
    out, j = [], 0
    for c in s:
        if c in A62:
            out.append(A62[(A62.index(c) + A62.index(key[j % len(key)])) % 62]); j += 1
        else:
            out.append(c)
    return ''.join(out)

def _affine(s, key):
    a, b = key
    return ''.join(chr((a * (ord(c) - 97) + b) % 26 + 97) if 'a' <= c <= 'z' else chr((a * (ord(c) - 65) + b) % 26 + 65) if 'A' <= c <= 'Z' else c for c in s)

def _scytale(s, d):
    return ''.join(s[i::d] for i in range(d))

ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']
def _qwerty(s):
    m = {}
    for row in ROWS:
        for i, c in enumerate(row):
            m[c] = row[(i + 1) % len(row)]
            if c.isalpha(): m[c.upper()] = row[(i + 1) % len(row)].upper()
    return ''.join(m.get(c, c) for c in s)

def _styled(s, up, low, dig):
    out = []
    for c in s:
        if 'A' <= c <= 'Z': out.append(chr(up + ord(c) - 65))
        elif 'a' <= c <= 'z': out.append(chr(low + ord(c) - 97))
        elif '0' <= c <= '9': out.append(chr(dig + ord(c) - 48))
        else: out.append(c)
    return ''.join(out)

def _b36(b):
    n = int.from_bytes(b, 'big'); d = '0123456789abcdefghijklmnopqrstuvwxyz'; s = ''
    while n: n, m = divmod(n, 36); s = d[m] + s
    return s

B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
def _b45(b):
    out = []
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += [B45[c], B45[d], B45[e]]
    if len(b) % 2:
        out += [B45[b[-1] % 45], B45[b[-1] // 45]]
    return ''.join(out)

def _u32le(b):
    b = b + b'\0' * (-len(b) % 4)
    return ', '.join('0x%08x' % int.from_bytes(b[i:i + 4], 'little') for i in range(0, len(b), 4))

E = lambda s: s.encode()
ENC = {
 'ascii85_adobe_delimited': lambda s, k: base64.a85encode(E(s), adobe=True).decode(),
 'base85_rfc1924': lambda s, k: base64.b85encode(E(s)).decode(),
 'uuencode_line_backtick': lambda s, k: '\n'.join(binascii.b2a_uu(E(s)[i:i + 45], backtick=True).decode().rstrip('\n') for i in range(0, len(E(s)), 45)),
 'octal_backslash_escapes': lambda s, k: ''.join('\\%03o' % b for b in E(s)),
 'binary_octets_spaced': lambda s, k: ' '.join(format(b, '08b') for b in E(s)),
 'js_unicode_escape_u4': lambda s, k: ''.join('\\u%04x' % ord(c) for c in s),
 'c_hex_escape_string': lambda s, k: ''.join('\\x%02x' % b for b in E(s)),
 'javascript_fromcharcode_call': lambda s, k: 'String.fromCharCode(%s)' % ','.join(str(ord(c)) for c in s),
 'oracle_chr_pipe_concat': lambda s, k: '||'.join('CHR(%d)' % ord(c) for c in s),
 'rot18_letters_and_digits': lambda s, k: _rot18(s),
 'caesar_alnum_shift_keyed': lambda s, k: _caesar(s, k),
 'vigenere_alnum62_keyed': lambda s, k: _vig62(s, k),
 'affine_letters_keyed': lambda s, k: _affine(s, k),
 'xor_single_byte_base64_keyed': lambda s, k: base64.b64encode(bytes(b ^ k for b in E(s))).decode(),
 'scytale_rows_keyed': lambda s, k: _scytale(s, k),
 'bz2_base64': lambda s, k: base64.b64encode(bz2.compress(E(s), 9)).decode(),
 'hex_colon_separated_octets': lambda s, k: ':'.join('%02x' % b for b in E(s)),
 'qwerty_row_shift_right': lambda s, k: _qwerty(s),
 'fullwidth_forms_nfkc': lambda s, k: ''.join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7e else c for c in s),
 'mathematical_bold_fraktur_nfkc': lambda s, k: _styled(s, 0x1D56C, 0x1D586, 0x1D7CE),
 'mathematical_monospace_nfkc': lambda s, k: _styled(s, 0x1D670, 0x1D68A, 0x1D7F6),
 'base36_bigint': lambda s, k: _b36(E(s)),
 'base45_rfc9285': lambda s, k: _b45(E(s)),
 'every_char_doubled': lambda s, k: ''.join(c + c for c in s),
 'five_char_chunks_each_reversed': lambda s, k: ''.join(s[i:i + 5][::-1] for i in range(0, len(s), 5)),
 'base64_of_utf16le': lambda s, k: base64.b64encode(s.encode('utf-16-le')).decode(),
 'uint32_le_hex_words': lambda s, k: _u32le(E(s)),
 'zwnj_zwj_binary_bits': lambda s, k: ''.join('\u200d' if bit == '1' else '\u200c' for b in E(s) for bit in format(b, '08b')),
 'iis_percent_u_encoding': lambda s, k: ''.join('%%u%04X' % ord(c) for c in s),
 'base64_rot13_layered': lambda s, k: _rot13(base64.b64encode(E(s)).decode()),
 'base32_of_reversed_string': lambda s, k: base64.b32encode(E(s[::-1])).decode(),
 'ascii_decimal_dot_separated': lambda s, k: '.'.join(str(b) for b in E(s)),
 'python_u8_long_escapes': lambda s, k: ''.join('\\U%08x' % ord(c) for c in s),
}
KEYED = {'caesar_alnum_shift_keyed', 'vigenere_alnum62_keyed', 'affine_letters_keyed', 'xor_single_byte_base64_keyed', 'scytale_rows_keyed'}
DESC = {
 'ascii85_adobe_delimited': 'in Ascii85 (Adobe style, between <~ and ~>)',
 'base85_rfc1924': 'in base85 (the RFC 1924 / git alphabet)',
 'uuencode_line_backtick': 'as uuencoded lines (backtick for zero)',
 'octal_backslash_escapes': 'as backslash octal escapes (printf %b style)',
 'binary_octets_spaced': 'as space-separated 8-bit binary octets',
 'js_unicode_escape_u4': 'as JavaScript \\u escapes',
 'c_hex_escape_string': 'as a C string of \\x hex escapes',
 'javascript_fromcharcode_call': 'as a String.fromCharCode() call',
 'oracle_chr_pipe_concat': 'as Oracle CHR() pieces glued with ||',
 'rot18_letters_and_digits': 'in ROT18 (ROT13 letters, ROT5 digits)',
 'caesar_alnum_shift_keyed': 'Caesar-shifted by {key} (letters mod 26, digits mod 10)',
 'vigenere_alnum62_keyed': 'Vigenère-shifted over 0-9A-Za-z with the key word {key} (symbols untouched)',
 'affine_letters_keyed': 'affine-enciphered with a={a}, b={b} (letters only, case kept)',
 'xor_single_byte_base64_keyed': 'XORed with the single byte {key} and then base64-encoded',
 'scytale_rows_keyed': 'wound on a scytale of {key} rows (every {key}th character, starting at 0, then 1, …)',
 'bz2_base64': 'bzip2-compressed and base64-encoded',
 'hex_colon_separated_octets': 'as colon-separated hex octets',
 'qwerty_row_shift_right': 'typed one key to the right on each QWERTY row (wrapping around)',
 'fullwidth_forms_nfkc': 'in full-width characters (NFKC folds them back)',
 'mathematical_bold_fraktur_nfkc': 'in bold Fraktur math letters with bold digits (NFKC folds them back)',
 'mathematical_monospace_nfkc': 'in monospace math letters and digits (NFKC folds them back)',
 'base36_bigint': 'as one big base36 number of its bytes (big-endian)',
 'base45_rfc9285': 'in base45 (RFC 9285)',
 'every_char_doubled': 'with every character typed twice',
 'five_char_chunks_each_reversed': 'cut into 5-character chunks, each chunk written backwards',
 'base64_of_utf16le': 'as base64 of its UTF-16LE bytes (PowerShell -EncodedCommand style)',
 'uint32_le_hex_words': 'as little-endian 32-bit words in hex (zero-padded)',
 'zwnj_zwj_binary_bits': 'hidden as bits in zero-width non-joiner (0) / joiner (1) characters',
 'iis_percent_u_encoding': 'in IIS %u encoding',
 'base64_rot13_layered': 'base64-encoded and then ROT13ed',
 'base32_of_reversed_string': 'reversed and then base32-encoded',
 'ascii_decimal_dot_separated': 'as dot-separated decimal byte values',
 'python_u8_long_escapes': 'as Python \\U escapes (8 hex digits each)',
}
