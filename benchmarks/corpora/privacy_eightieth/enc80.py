"""Encoders (the decoders live in dec80.py and were written separately)."""
import base64, binascii

def _b(s): return s.encode('utf-8')

def e_percent(s): return ''.join('%%%02X' % b for b in _b(s))
def e_jsu(s): return ''.join('\\u%04x' % ord(c) for c in s)
def e_fromcc(s): return 'String.fromCharCode(' + ','.join(str(ord(c)) for c in s) + ')'
def e_a85(s): return base64.a85encode(_b(s), adobe=True).decode()
def e_b32(s): return base64.b32encode(_b(s)).decode()
def e_oct(s): return ''.join('\\%03o' % b for b in _b(s))
def e_bin(s): return ' '.join(format(b, '08b') for b in _b(s))
def e_qp(s): return ''.join('=%02X' % b for b in _b(s))
def e_atbash(s):
    out = []
    for c in s:
        if 'a' <= c <= 'z': out.append(chr(219 - ord(c)))
        elif 'A' <= c <= 'Z': out.append(chr(155 - ord(c)))
        elif '0' <= c <= '9': out.append(chr(105 - ord(c)))
        else: out.append(c)
    return ''.join(out)
def e_rot47(s): return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)
KEY = 'FIXTURE'
def e_vig(s):
    out, j = [], 0
    for c in s:
        if c.isascii() and c.isalpha():
            k = ord(KEY[j % len(KEY)]) - 65; j += 1
            base = 65 if c.isupper() else 97
            out.append(chr(base + (ord(c) - base + k) % 26))
        else: out.append(c)
    return ''.join(out)
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def e_b58(s):
    n = int.from_bytes(_b(s), 'big'); out = ''
    while n: n, m = divmod(n, 58); out = B58[m] + out
    return out
Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
def e_z85(s):
    b = _b(s); assert len(b) % 4 == 0; out = ''
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], 'big'); chunk = ''
        for _ in range(5): n, m = divmod(n, 85); chunk = Z85[m] + chunk
        out += chunk
    return out
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
def e_b45(s):
    b = _b(s); out = ''
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]; c, n = divmod(n, 45 * 45); d, e = divmod(n, 45)
            out += B45[e] + B45[d] + B45[c]
        else:
            d, e = divmod(b[i], 45); out += B45[e] + B45[d]
    return out
def e_ansic(s): return "$'" + ''.join('\\x%02x' % b for b in _b(s)) + "'"
def e_yamlbin(s): return '!!binary ' + base64.b64encode(_b(s)).decode()
def e_mysqlchar(s): return 'CHAR(' + ','.join(str(b) for b in _b(s)) + ')'
def e_od(s):
    b = _b(s); lines = []
    for i in range(0, len(b), 16):
        lines.append('%07o ' % i + ' '.join('%02x' % x for x in b[i:i + 16]))
    lines.append('%07o' % len(b))
    return '\n'.join(lines)
def e_spaced(s): return ' '.join(s)
def e_mathbold(s):
    out = []
    for c in s:
        if 'A' <= c <= 'Z': out.append(chr(0x1D400 + ord(c) - 65))
        elif 'a' <= c <= 'z': out.append(chr(0x1D41A + ord(c) - 97))
        elif '0' <= c <= '9': out.append(chr(0x1D7CE + ord(c) - 48))
        else: out.append(c)
    return ''.join(out)
def e_ebcdic(s): return s.encode('cp037').hex().upper()
def e_utf32(s): return binascii.hexlify(s.encode('utf-32-be')).decode()

ENC = {
 'percent_encoding_every_byte': (e_percent, 'percent-encoded byte by byte (%XX for every UTF-8 byte, even letters)'),
 'javascript_backslash_u_escapes': (e_jsu, 'as JavaScript \\uXXXX escapes, one per character'),
 'js_fromcharcode_call': (e_fromcc, 'as a JavaScript String.fromCharCode(...) call with decimal char codes'),
 'ascii85_adobe_delimited': (e_a85, 'in Adobe Ascii85 between <~ and ~>'),
 'base32_rfc4648_padded': (e_b32, 'in standard RFC 4648 Base32 (A-Z 2-7, = padding)'),
 'octal_backslash_escapes': (e_oct, 'as octal backslash escapes (\\ooo per byte, printf-style)'),
 'binary_octets_spaced': (e_bin, 'as binary octets (8 bits per byte, separated by spaces)'),
 'quoted_printable_all_bytes': (e_qp, 'quoted-printable with every byte escaped (=XX)'),
 'atbash_alnum_mirror': (e_atbash, 'Atbash-mirrored (a<->z, A<->Z, 0<->9; - _ . unchanged)'),
 'rot47_printable': (e_rot47, 'in ROT47 (every printable ASCII character rotated by 47)'),
 'vigenere_key_fixture': (e_vig, 'Vigenere-enciphered with the key FIXTURE (letters only, case kept, digits and - _ . unchanged)'),
 'base58_bitcoin_alphabet': (e_b58, 'in Base58 with the Bitcoin alphabet (the UTF-8 bytes as one big-endian number)'),
 'z85_zeromq': (e_z85, 'in Z85 (ZeroMQ Base85, 4 bytes to 5 characters)'),
 'base45_rfc9285': (e_b45, 'in Base45 as in RFC 9285 (the QR-code alphabet)'),
 'bash_ansi_c_hex_quoting': (e_ansic, "as a bash ANSI-C quoted string of \\xHH escapes ($'...')"),
 'yaml_binary_tag_base64': (e_yamlbin, 'as a YAML !!binary scalar (Base64 after the tag)'),
 'mysql_char_function_list': (e_mysqlchar, 'as a MySQL CHAR(...) call with decimal byte values'),
 'od_tx1_hex_listing': (e_od, 'as od -tx1 output (octal offsets, hex bytes, final offset line)'),
 'space_interleaved_characters': (e_spaced, 'with a space between every character (drop the spaces)'),
 'math_bold_unicode_letters': (e_mathbold, 'in Unicode mathematical bold letters and digits (U+1D400 block; - _ . unchanged)'),
 'ebcdic_cp037_hex': (e_ebcdic, 'as EBCDIC (code page 037) bytes written in hex'),
 'utf32be_hex_dump': (e_utf32, 'as UTF-32BE bytes in hex (eight hex digits per character)'),
}
