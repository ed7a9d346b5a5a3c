"""Encoders for the evasion part (decoders are written separately in gen_decoders.py)."""
import base64, bz2, string
KEYED = {'affine_cipher_keyed'}

def ascii85_adobe_delimited(s, key=None):
    b = s.encode(); out = ''
    for i in range(0, len(b), 4):
        chunk = b[i:i + 4]; n = len(chunk)
        v = int.from_bytes(chunk.ljust(4, b'\0'), 'big')
        if v == 0 and n == 4:
            out += 'z'; continue
        digs = []
        for _ in range(5):
            v, r = divmod(v, 85); digs.append(chr(r + 33))
        out += ''.join(reversed(digs))[:n + 1]
    return '<~' + out + '~>'

RFC1924 = string.digits + string.ascii_uppercase + string.ascii_lowercase + '!#$%&()*+-;<=>?@^_`{|}~'
def base85_rfc1924(s, key=None):
    b = s.encode(); pad = (-len(b)) % 4; b2 = b + b'\0' * pad; out = ''
    for i in range(0, len(b2), 4):
        v = int.from_bytes(b2[i:i + 4], 'big'); d = []
        for _ in range(5):
            v, r = divmod(v, 85); d.append(RFC1924[r])
        out += ''.join(reversed(d))
    return out[:len(out) - pad] if pad else out

def octal_backslash_escapes(s, key=None):
    return ''.join('\\%03o' % c for c in s.encode())

def atbash_letters(s, key=None):
    r = ''
    for c in s:
        if 'a' <= c <= 'z': r += chr(ord('z') - (ord(c) - ord('a')))
        elif 'A' <= c <= 'Z': r += chr(ord('Z') - (ord(c) - ord('A')))
        else: r += c
    return r

def bz2_base64(s, key=None):
    return base64.b64encode(bz2.compress(s.encode(), 9)).decode()

def json_backslash_u_escapes(s, key=None):
    return ''.join('\\u%04x' % ord(c) for c in s)

SQUARE = string.ascii_lowercase + string.digits
def polybius_square_6x6(s, key=None):
    return ' '.join('%d%d' % (SQUARE.index(c) // 6 + 1, SQUARE.index(c) % 6 + 1) for c in s)

def affine_cipher_keyed(s, key):
    a, b = key
    r = ''
    for c in s:
        if c.islower() and c.isascii(): r += chr((a * (ord(c) - 97) + b) % 26 + 97)
        elif c.isupper() and c.isascii(): r += chr((a * (ord(c) - 65) + b) % 26 + 65)
        else: r += c
    return r

FLIP = dict(zip('0123456789abcdef', ['0', 'Ɩ', 'ᄅ', 'Ɛ', 'ㄣ', 'ϛ', '9', 'ㄥ', '8', '6', 'ɐ', 'q', 'ɔ', 'p', 'ǝ', 'ɟ']))
def upside_down_flipped(s, key=None):
    return ''.join(FLIP[c] for c in reversed(s))

def regional_indicator_symbols(s, key=None):
    return ''.join(chr(0x1F1E6 + ord(c) - 97) if c.isalpha() else c + '\ufe0f\u20e3' for c in s)

def nibble_swapped_hex(s, key=None):
    return ''.join('%02x' % (((c & 15) << 4) | (c >> 4)) for c in s.encode())

def ipv4_dotted_quad_packing(s, key=None):
    b = s.encode(); b += b'\0' * ((-len(b)) % 4)
    return ', '.join('.'.join(str(x) for x in b[i:i + 4]) for i in range(0, len(b), 4))

def uuid_string_packing(s, key=None):
    b = s.encode(); b += b'\0' * ((-len(b)) % 16); out = []
    for i in range(0, len(b), 16):
        h = b[i:i + 16].hex(); out.append(f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}')
    return ' '.join(out)

def yenc_single_part(s, key=None):
    b = s.encode(); body = ''
    for c in b:
        o = (c + 42) % 256
        if o in (0, 10, 13, 61):
            body += '=' + chr((o + 64) % 256)
        else:
            body += chr(o)
    return f'=ybegin line=128 size={len(b)} name=key.txt\n{body}\n=yend size={len(b)}'

def zero_width_binary_steg(s, key=None):
    return '\u2060'.join(''.join('\u200b' if bit == '0' else '\u200c' for bit in format(c, '08b')) for c in s.encode())

def utf16le_base64_encodedcommand(s, key=None):
    return base64.b64encode(s.encode('utf-16-le')).decode()

CRYPT64 = './' + string.ascii_uppercase + string.ascii_lowercase + string.digits
def crypt_b64_alphabet(s, key=None):
    b = s.encode(); bits = ''.join(format(c, '08b') for c in b)
    bits += '0' * ((-len(bits)) % 6)
    return ''.join(CRYPT64[int(bits[i:i + 6], 2)] for i in range(0, len(bits), 6))

def intel_hex_records(s, key=None):
    b = s.encode(); lines = []
    for off in range(0, len(b), 16):
        chunk = b[off:off + 16]
        rec = bytes([len(chunk), off >> 8, off & 255, 0]) + chunk
        lines.append(':' + rec.hex().upper() + '%02X' % ((-sum(rec)) & 255))
    lines.append(':00000001FF')
    return '\n'.join(lines)

def gray_code_bytes_hex(s, key=None):
    return ''.join('%02x' % (c ^ (c >> 1)) for c in s.encode())

BB_V = 'aeiouy'; BB_C = 'bcdfghklmnprstvzx'
def bubblebabble_huima(s, key=None):
    d = s.encode(); seed = 1; out = 'x'; rounds = len(d) // 2 + 1
    for i in range(rounds):
        if i + 1 < rounds or len(d) % 2:
            b1 = d[2 * i]
            out += BB_V[(((b1 >> 6) & 3) + seed) % 6] + BB_C[(b1 >> 2) & 15] + BB_V[((b1 & 3) + seed // 6) % 6]
            if i + 1 < rounds:
                b2 = d[2 * i + 1]
                out += BB_C[(b2 >> 4) & 15] + '-' + BB_C[b2 & 15]
                seed = (seed * 5 + b1 * 7 + b2) % 36
        else:
            out += BB_V[seed % 6] + 'x' + BB_V[seed // 6]
    return out + 'x'

PQ_C = 'bdfghjklmnprstvz'; PQ_V = 'aiou'
def proquint_words(s, key=None):
    b = s.encode(); b += b'\0' * (len(b) % 2); words = []
    for i in range(0, len(b), 2):
        n = (b[i] << 8) | b[i + 1]
        words.append(PQ_C[n >> 12] + PQ_V[(n >> 10) & 3] + PQ_C[(n >> 6) & 15] + PQ_V[(n >> 4) & 3] + PQ_C[n & 15])
    return '-'.join(words)

B45 = string.digits + string.ascii_uppercase + ' $%*+-./:'
def base45_rfc9285(s, key=None):
    b = s.encode(); out = ''
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]
            c, n = n % 45, n // 45; d, e = n % 45, n // 45
            out += B45[c] + B45[d] + B45[e]
        else:
            n = b[i]; out += B45[n % 45] + B45[n // 45]
    return out

ENC = {f.__name__: f for f in [ascii85_adobe_delimited, base85_rfc1924, octal_backslash_escapes, atbash_letters, bz2_base64,
    json_backslash_u_escapes, polybius_square_6x6, affine_cipher_keyed, upside_down_flipped, regional_indicator_symbols,
    nibble_swapped_hex, ipv4_dotted_quad_packing, uuid_string_packing, yenc_single_part, zero_width_binary_steg,
    utf16le_base64_encodedcommand, crypt_b64_alphabet, intel_hex_records, gray_code_bytes_hex, bubblebabble_huima,
    proquint_words, base45_rfc9285]}
# encodings that only carry lower-case hex secrets (case or alphabet is lost otherwise)
HEX_ONLY = {'polybius_square_6x6', 'upside_down_flipped', 'regional_indicator_symbols'}
PHRASE = {
 'ascii85_adobe_delimited': 'in Ascii85 (Adobe style, between <~ and ~>)',
 'base85_rfc1924': 'in base85 with the RFC 1924 alphabet',
 'octal_backslash_escapes': 'as octal backslash escapes, one per byte',
 'atbash_letters': 'Atbash-flipped (a↔z, b↔y …, case kept, digits and symbols untouched)',
 'bz2_base64': 'bzip2-compressed and then base64-encoded',
 'json_backslash_u_escapes': 'written as JSON \\u escapes for every character',
 'polybius_square_6x6': 'as Polybius-square coordinates (6×6 grid a–z then 0–9, row then column)',
 'affine_cipher_keyed': 'affine-enciphered with a={a}, b={b} (letters only, case kept)',
 'upside_down_flipped': 'flipped upside down (turn the phone around and read it backwards)',
 'regional_indicator_symbols': 'as regional indicator letters and keycap digits',
 'nibble_swapped_hex': 'as hex with the two nibbles of every byte swapped',
 'ipv4_dotted_quad_packing': 'packed into IPv4 addresses, four bytes each, NUL padded',
 'uuid_string_packing': 'packed into UUID strings, sixteen bytes each, NUL padded',
 'yenc_single_part': 'yEnc-encoded (single part)',
 'zero_width_binary_steg': 'as invisible zero-width bits (U+200B is 0, U+200C is 1, U+2060 between bytes) right after the arrow',
 'utf16le_base64_encodedcommand': 'as UTF-16LE base64, the way powershell -EncodedCommand wants it',
 'crypt_b64_alphabet': 'in base64 with the crypt/bcrypt alphabet (./A-Za-z0-9, no padding)',
 'intel_hex_records': 'as Intel HEX records',
 'gray_code_bytes_hex': 'with every byte Gray-coded (b xor b>>1), shown as hex',
 'bubblebabble_huima': 'in Bubble Babble (the ssh-keygen -B style)',
 'proquint_words': 'as proquints (two bytes per five-letter word, NUL padded)',
 'base45_rfc9285': 'in base45 (RFC 9285)',
}
