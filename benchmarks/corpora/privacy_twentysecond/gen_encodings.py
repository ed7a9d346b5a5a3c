"""Evasion encoders (33 encodings, none named in the p20 / p21 READMEs)."""
import base64, gzip, lzma, zlib
from common import B62, B58_RIPPLE

LC = 'abcdefghijklmnopqrstuvwxyz'


def _shift_letters(s, shifts):
    out, i = [], 0
    for c in s:
        if c.isascii() and c.isalpha():
            base = 65 if c.isupper() else 97
            out.append(chr(base + (ord(c) - base + shifts(i)) % 26))
            i += 1
        else:
            out.append(c)
    return ''.join(out)


def gronsfeld(p, key):
    return _shift_letters(p, lambda i: int(key[i % len(key)]))


def trithemius(p, key=None):
    return _shift_letters(p, lambda i: i)


def columnar(p, key):
    n = len(key)
    order = sorted(range(n), key=lambda j: (key[j], j))
    return ''.join(p[j::n] for j in order)


def keyword_sub(p, key):
    alph = ''.join(dict.fromkeys(key.lower() + LC))
    out = []
    for c in p:
        if c.isascii() and c.islower():
            out.append(alph[ord(c) - 97])
        elif c.isascii() and c.isupper():
            out.append(alph[ord(c) - 65].upper())
        else:
            out.append(c)
    return ''.join(out)


def byte_add(p, key):
    k = int(key)
    return bytes((b + k) % 256 for b in p.encode()).hex()


def porta(p, key):
    out, i = [], 0
    for c in p:
        if c.isascii() and c.isalpha():
            s = LC.index(key[i % len(key)]) // 2
            x = ord(c.lower()) - 97
            y = 13 + (x + s) % 13 if x < 13 else (x - 13 - s) % 13
            ch = chr(97 + y)
            out.append(ch.upper() if c.isupper() else ch)
            i += 1
        else:
            out.append(c)
    return ''.join(out)


def _int_to(n, alph):
    b = len(alph)
    out = ''
    while n:
        n, d = divmod(n, b)
        out = alph[d] + out
    return out or alph[0]


def base62(p, key=None):
    return _int_to(int.from_bytes(p.encode(), 'big'), B62)


def b58ripple(p, key=None):
    return _int_to(int.from_bytes(p.encode(), 'big'), B58_RIPPLE)


def b32hex(p, key=None):
    return base64.b32hexencode(p.encode()).decode()


B91 = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
       '!#$%&()*+,./:;<=>?@[]^_`{|}~"')


def base91(p, key=None):
    b = n = 0
    out = []
    for byte in p.encode():
        b |= byte << n
        n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13
                n -= 13
            else:
                v = b & 16383
                b >>= 14
                n -= 14
            out.append(B91[v % 91] + B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90:
            out.append(B91[b // 91])
    return ''.join(out)


Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'


def z85(p, key=None):
    data = p.encode()
    assert len(data) % 4 == 0
    out = []
    for i in range(0, len(data), 4):
        v = int.from_bytes(data[i:i + 4], 'big')
        chunk = ''
        for _ in range(5):
            v, d = divmod(v, 85)
            chunk = Z85[d] + chunk
        out.append(chunk)
    return ''.join(out)


def base100(p, key=None):
    return ''.join(chr(0x1F3F7 + b) for b in p.encode())


BCRYPT64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
STD64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def bcrypt64(p, key=None):
    return base64.b64encode(p.encode()).decode().rstrip('=').translate(str.maketrans(STD64, BCRYPT64))


def ps_char_join(p, key=None):
    return '-join ([char[]](' + ','.join(str(ord(c)) for c in p) + '))'


def tsql_char(p, key=None):
    return '+'.join('CHAR(%d)' % ord(c) for c in p)


def vbs_chr(p, key=None):
    return ' & '.join('Chr(%d)' % ord(c) for c in p)


def lua_dec(p, key=None):
    return '"' + ''.join('\\%d' % b for b in p.encode()) + '"'


def excel_char(p, key=None):
    return '=' + '&'.join('CHAR(%d)' % ord(c) for c in p)


def go_bytes(p, key=None):
    return 'string([]byte{' + ', '.join('0x%02x' % b for b in p.encode()) + '})'


def html_hex(p, key=None):
    return ''.join('&#x%x;' % ord(c) for c in p)


def uplus(p, key=None):
    return ' '.join('U+%04X' % ord(c) for c in p)


def qp_all(p, key=None):
    return ''.join('=%02X' % b for b in p.encode())


def gzip_b64(p, key=None):
    return base64.b64encode(gzip.compress(p.encode(), compresslevel=9, mtime=0)).decode()


def lzma_alone_b85(p, key=None):
    return base64.b85encode(lzma.compress(p.encode(), format=lzma.FORMAT_ALONE)).decode()


def zlib_b32(p, key=None):
    return base64.b32encode(zlib.compress(p.encode(), 9)).decode()


def tags(p, key=None):
    return ''.join(chr(0xE0000 + ord(c)) for c in p)


def math_mono(p, key=None):
    out = []
    for c in p:
        if 'A' <= c <= 'Z':
            out.append(chr(0x1D670 + ord(c) - 65))
        elif 'a' <= c <= 'z':
            out.append(chr(0x1D68A + ord(c) - 97))
        elif '0' <= c <= '9':
            out.append(chr(0x1D7F6 + ord(c) - 48))
        else:
            out.append(c)
    return ''.join(out)


HOMO = dict(zip('aceopxyABCEHKMOPTX', 'асеорхуАВСЕНКМОРТХ'))


def homoglyph(p, key=None):
    return ''.join(HOMO.get(c, c) for c in p)


def strike(p, key=None):
    return ''.join(c + '\u0336' for c in p)


QW_L = "qwertyuiop[]asdfghjkl;'zxcvbnm,./-=QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?_+"
DV_L = "',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz[]\"<>PYFGCRL?+AOEUIDHTNS_:QJKXBMWVZ{}"


def dvorak(p, key=None):
    return p.translate(str.maketrans(QW_L, DV_L))


QW_R = "qwertyuiopasdfghjklzxcvbnm,.QWERTYUIOPASDFGHJKLZXCVBNM<>"
RU_R = "йцукенгшщзфывапролдячсмитьбюЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬБЮ"


def jcuken(p, key=None):
    return p.translate(str.maketrans(QW_R, RU_R))


DIG = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
SYM = {'_': 'underscore', '-': 'hyphen', '.': 'period'}


def spelled(p, key=None):
    out = []
    for c in p:
        if c.isdigit():
            out.append(DIG[int(c)])
        elif c in SYM:
            out.append(SYM[c])
        elif c.isupper():
            out.append('capital ' + c)
        else:
            out.append('small ' + c)
    return ', '.join(out)


def quads(p, key=None):
    return ' '.join(p[i:i + 4] for i in range(0, len(p), 4))


# name -> (encoder, keyed, description used in the text; {key} filled for keyed ones)
ENC = {
 'gronsfeld_digits_keyed': (gronsfeld, True, 'enciphered with a Gronsfeld cipher, key {key} (letters only, digits and symbols untouched)'),
 'columnar_transposition_keyed': (columnar, True, 'scrambled with a columnar transposition, keyword {key}'),
 'keyword_alphabet_substitution_keyed': (keyword_sub, True, 'run through a keyword substitution alphabet built from the word {key}'),
 'byte_add_mod256_hex_keyed': (byte_add, True, 'every byte plus {key} (mod 256), written as hex'),
 'porta_cipher_keyed': (porta, True, 'encrypted with the Porta cipher using the key {key}'),
 'trithemius_progressive_shift': (trithemius, False, 'Trithemius progressive shift (first letter +0, next +1, and so on)'),
 'base62_bigint': (base62, False, 'as one big integer in base62 (0-9A-Za-z)'),
 'base32hex_rfc4648': (b32hex, False, 'in base32hex (the RFC 4648 extended-hex alphabet)'),
 'base91_henke': (base91, False, 'basE91 encoded'),
 'z85_zeromq': (z85, False, 'Z85 encoded (the ZeroMQ base85 flavour)'),
 'base100_emoji': (base100, False, 'base100 encoded, so it is all emoji'),
 'base64_bcrypt_alphabet': (bcrypt64, False, 'base64 but with the bcrypt alphabet (./A-Za-z0-9, no padding)'),
 'base58_ripple_alphabet_bigint': (b58ripple, False, 'as a big integer in base58 with the Ripple alphabet'),
 'powershell_char_array_join': (ps_char_join, False, 'as a PowerShell char-array join'),
 'tsql_char_concat': (tsql_char, False, 'as a T-SQL CHAR() concatenation'),
 'vbscript_chr_concat': (vbs_chr, False, 'as a VBScript Chr() chain'),
 'lua_decimal_escape_string': (lua_dec, False, 'as a Lua string of decimal escapes'),
 'excel_char_formula': (excel_char, False, 'as an Excel CHAR() formula'),
 'go_byte_slice_literal': (go_bytes, False, 'as a Go byte-slice literal'),
 'html_hex_entities': (html_hex, False, 'as HTML hex character references'),
 'unicode_uplus_codepoints': (uplus, False, 'as Unicode U+ code points'),
 'quoted_printable_all': (qp_all, False, 'fully quoted-printable encoded (every byte as =XX)'),
 'gzip_base64': (gzip_b64, False, 'gzipped and then base64 encoded'),
 'lzma_alone_base85': (lzma_alone_b85, False, 'compressed with legacy .lzma (LZMA-alone) and then base85 encoded'),
 'zlib_base32': (zlib_b32, False, 'zlib-compressed and then base32 encoded'),
 'unicode_tag_characters': (tags, False, 'hidden in invisible Unicode tag characters (U+E0000 block)'),
 'mathematical_monospace_nfkc': (math_mono, False, 'in mathematical monospace letters (NFKC gets it back)'),
 'cyrillic_homoglyph_swap': (homoglyph, False, 'with Latin letters swapped for Cyrillic look-alikes'),
 'combining_strikethrough_overlay': (strike, False, 'with a combining strikethrough on every character'),
 'dvorak_layout_typed_on_qwerty': (dvorak, False, 'typed on a QWERTY keyboard that was set to Dvorak, so map the keys back'),
 'russian_jcuken_wrong_layout': (jcuken, False, 'typed with the Russian (JCUKEN) layout switched on by mistake'),
 'spelled_char_names_with_case': (spelled, False, 'spelled out character by character with capitals marked'),
 'space_grouped_quads': (quads, False, 'split into groups of four with spaces (remove the spaces)'),
}
