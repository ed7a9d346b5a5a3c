"""Encoders: plain -> (naming phrase, encoded run). Decoders live in gen_decoders.py."""
import base64, binascii
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
MORSE = dict(zip('abcdefghijklmnopqrstuvwxyz0123456789-._', '.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- .-.-.- ..--.-'.split()))
KEYWORDS = ['lantern', 'saffron', 'harbour', 'quartz', 'meadow', 'velvet']

def _int(b): return int.from_bytes(b, 'big')
def e_b64url(p, r): return 'in URL-safe Base64 without padding (RFC 4648 section 5 alphabet with - and _)', base64.urlsafe_b64encode(p.encode()).decode().rstrip('=')
def e_b32(p, r): return 'in standard Base32 (alphabet A-Z then 2-7, = padding)', base64.b32encode(p.encode()).decode()
def e_b58(p, r):
    n = _int(p.encode()); s = ''
    while n: n, m = divmod(n, 58); s = B58[m] + s
    return 'in Base58 (the Bitcoin alphabet without 0 O I l, bytes read as one big-endian number)', s
def e_b36(p, r):
    n = _int(p.encode()); s = ''
    while n: n, m = divmod(n, 36); s = '0123456789abcdefghijklmnopqrstuvwxyz'[m] + s
    return 'as one base-36 number (0-9 then a-z, the bytes read big-endian)', s
def e_b45(p, r):
    b = p.encode(); out = ''
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]; c, n = n % 45, n // 45; d, e = n % 45, n // 45; out += B45[c] + B45[d] + B45[e]
        else:
            n = b[i]; out += B45[n % 45] + B45[n // 45]
    return 'in Base45 (RFC 9285, the QR-code alphanumeric set)', out
def e_uu(p, r): return 'uuencoded (a begin line, one data line, then end)', 'begin 644 login.txt\n' + binascii.b2a_uu(p.encode()).decode().rstrip('\n') + '\n`\nend'
def e_qp(p, r): return 'quoted-printable with every byte escaped (=XX per byte)', ''.join('=%02X' % b for b in p.encode())
def e_mime(p, r): return 'as a MIME encoded-word (RFC 2047, UTF-8, B encoding)', '=?UTF-8?B?' + base64.b64encode(p.encode()).decode() + '?='
def e_css(p, r): return 'as CSS escapes (a backslash and six hex digits per character)', ''.join('\\%06x' % ord(c) for c in p)
def e_jsx(p, r): return 'as JavaScript \\x hex escapes (two hex digits per character)', ''.join('\\x%02x' % ord(c) for c in p)
def e_php(p, r): return 'as a PHP chr() concatenation (decimal codes joined with dots)', '.'.join('chr(%d)' % ord(c) for c in p)
def e_xl(p, r): return 'as an Excel CHAR() formula (decimal codes joined with &)', '=' + '&'.join('CHAR(%d)' % ord(c) for c in p)
def e_mysql(p, r): return 'as a MySQL CHAR() call (decimal codes, comma-separated)', 'CHAR(' + ','.join(str(ord(c)) for c in p) + ')'
def e_u16(p, r): return 'as UTF-16LE code units in hex (four hex digits each, low byte first)', ' '.join(p.encode('utf-16-le')[i:i + 2].hex() for i in range(0, 2 * len(p), 2))
def e_morse(p, r): return 'in Morse code (one letter per group, groups separated by spaces, all lower case)', ' '.join(MORSE[c] for c in p)
def e_atbash(p, r):
    def f(c):
        if 'a' <= c <= 'z': return chr(219 - ord(c))
        if 'A' <= c <= 'Z': return chr(155 - ord(c))
        if c.isdigit(): return str(9 - int(c))
        return c
    return 'in Atbash (a<->z and A<->Z mirrored, digits 0<->9 mirrored, - _ . unchanged)', ''.join(f(c) for c in p)
def e_vig(p, r):
    kw = r.choice(KEYWORDS); out = []; j = 0
    for c in p:
        k = ord(kw[j % len(kw)]) - 97
        if c.islower(): out.append(chr((ord(c) - 97 + k) % 26 + 97)); j += 1
        elif c.isupper(): out.append(chr((ord(c) - 65 + k) % 26 + 65)); j += 1
        elif c.isdigit(): out.append(str((int(c) + k) % 10)); j += 1
        else: out.append(c)
    return 'Vigenère-encrypted with the keyword "%s" (letters keep their case, digits mod 10, the key advances on letters and digits only, - _ . unchanged)' % kw, ''.join(out)
def e_xor(p, r):
    k = r.randint(0x41, 0x7e)
    return 'XOR-ed with the single byte 0x%02X and written as hex' % k, ''.join('%02x' % (b ^ k) for b in p.encode())
def e_full(p, r): return 'in full-width Unicode forms (each ASCII character shifted to U+FF01-U+FF5E)', ''.join(chr(ord(c) + 0xFEE0) for c in p)
def e_zw(p, r): return 'with zero-width spaces (U+200B) between all the characters', '\u200b'.join(p)
def e_braille(p, r): return 'as Unicode Braille patterns (U+2800 plus the byte value, one cell per byte)', ''.join(chr(0x2800 + b) for b in p.encode())
def e_swap(p, r):
    s = list(p)
    for i in range(0, len(s) - 1, 2): s[i], s[i + 1] = s[i + 1], s[i]
    return 'with each pair of neighbouring characters swapped (1st<->2nd, 3rd<->4th and so on)', ''.join(s)
ENC = {
 'base64url_unpadded': e_b64url, 'base32_rfc4648_standard': e_b32, 'base58_bitcoin_alphabet': e_b58,
 'base36_integer_lowercase': e_b36, 'base45_rfc9285_qr': e_b45, 'uuencode_begin_block': e_uu,
 'quoted_printable_every_byte': e_qp, 'mime_encoded_word_b': e_mime, 'css_six_digit_hex_escapes': e_css,
 'js_string_x_hex_escapes': e_jsx, 'php_chr_concatenation': e_php, 'excel_char_formula_concat': e_xl,
 'mysql_char_function_list': e_mysql, 'utf16le_code_units_hex': e_u16, 'morse_code_lowercase_groups': e_morse,
 'atbash_mirror_alphabet': e_atbash, 'vigenere_stated_keyword': e_vig, 'xor_stated_byte_hex': e_xor,
 'fullwidth_unicode_forms': e_full, 'zero_width_space_interleaved': e_zw, 'braille_pattern_bytes': e_braille,
 'adjacent_pairs_swapped': e_swap,
}
