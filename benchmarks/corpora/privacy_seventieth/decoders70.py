"""Independent decoders: get only the text before the span and the encoded run."""
import re, lzma

_E = {}
for _i, _c in enumerate('abcdefghi'): _E[0x81 + _i] = _c
for _i, _c in enumerate('jklmnopqr'): _E[0x91 + _i] = _c
for _i, _c in enumerate('stuvwxyz'): _E[0xA2 + _i] = _c
for _i, _c in enumerate('ABCDEFGHI'): _E[0xC1 + _i] = _c
for _i, _c in enumerate('JKLMNOPQR'): _E[0xD1 + _i] = _c
for _i, _c in enumerate('STUVWXYZ'): _E[0xE2 + _i] = _c
for _i in range(10): _E[0xF0 + _i] = str(_i)
_E[0x60] = '-'; _E[0x6D] = '_'; _E[0x4B] = '.'

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

def _unb64(s):
    s = s.rstrip('='); bits = ''.join(format(_B64.index(c), '06b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))

def _unhex(h):
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2))

def _ebc(b):
    return ''.join(_E[x] for x in b)

def _b45(s):
    cs = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    out = bytearray()
    for i in range(0, len(s), 3):
        ch = s[i:i + 3]
        n = sum(cs.index(c) * 45 ** k for k, c in enumerate(ch))
        out += bytes([n // 256, n % 256]) if len(ch) == 3 else bytes([n])
    return out.decode()

def _crock(s):
    cs = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
    bits = ''.join(format(cs.index(c), '05b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()

def _b36(s):
    n = 0
    for c in s: n = n * 36 + int(c, 36)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()

_M = {'.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i', '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r', '...': 's', '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z', '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4', '.....': '5', '-....': '6', '--...': '7', '---..': '8', '----.': '9', '-....-': '-', '..--.-': '_', '.-.-.-': '.'}

def _morse(s):
    out = []
    for t in s.split(' '):
        cap = t.startswith('^'); c = _M[t.lstrip('^')]
        out.append(c.upper() if cap else c)
    return ''.join(out)

def _vig(before, run):
    key = re.findall(r'keyword ([A-Z]+) ', before)[-1]
    out, k = [], 0
    for c in run:
        if c.isalpha():
            sh = ord(key[k % len(key)]) - 65; k += 1
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base - sh) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)

def _swap(s):
    r = ''
    for i in range(0, len(s), 2):
        r += s[i:i + 2][::-1]
    return r

def _m(pat, run):
    m = re.fullmatch(pat, run)
    if not m: raise ValueError('notation mismatch')
    return m.group(1)

DEC = {
    'ebcdic_cp037_hex': lambda b, r: _ebc(_unhex(_m(r'([0-9A-F]+)', r))),
    'comp3_packed_char_codes': lambda b, r: ''.join(chr(int(x[:3])) for x in r.split(' ') if re.fullmatch(r'\d{3}C', x)),
    'rexx_x2c_ascii_hex': lambda b, r: _unhex(_m(r"X2C\('([0-9A-F]+)'\)", r)).decode(),
    'hex_colon_separated_pairs': lambda b, r: bytes(int(x, 16) for x in r.split(':')).decode(),
    'vbscript_chr_concatenation': lambda b, r: ''.join(chr(int(x)) for x in re.findall(r'Chr\((\d+)\)', r)),
    'powershell_char_array_join': lambda b, r: ''.join(chr(int(x)) for x in _m(r'-join \[char\[\]\]\(([\d,]+)\)', r).split(',')),
    'cmd_caret_escaped_every_char': lambda b, r: r[1::2],
    'vigenere_stated_keyword': _vig,
    'morse_code_capital_marked': lambda b, r: _morse(r),
    'base36_bigint_lowercase': lambda b, r: _b36(r),
    'base45_rfc9285': lambda b, r: _b45(r),
    'base32_crockford': lambda b, r: _crock(r),
    'xz_lzma_then_base64': lambda b, r: lzma.decompress(_unb64(r)).decode(),
    'ebcdic_then_base64': lambda b, r: _ebc(_unb64(r)),
    'star_interleaved_padding': lambda b, r: r[0::2],
    'css_backslash_hex_escapes': lambda b, r: ''.join(chr(int(x, 16)) for x in re.findall(r'\\([0-9a-f]+)', r)),
    'perl_pack_h_star': lambda b, r: _unhex(_m(r'pack\("H\*", "([0-9a-f]+)"\)', r)).decode(),
    'tsql_varbinary_cast_literal': lambda b, r: _unhex(_m(r'CAST\(0x([0-9A-F]+) AS VARCHAR\(64\)\)', r)).decode(),
    'oracle_utl_raw_hextoraw': lambda b, r: _unhex(_m(r"UTL_RAW\.CAST_TO_VARCHAR2\(HEXTORAW\('([0-9A-F]+)'\)\)", r)).decode(),
    'ldif_double_colon_base64': lambda b, r: _unb64(_m(r'description:: ([A-Za-z0-9+/=]+)', r)).decode(),
    'mime_encoded_word_b': lambda b, r: _unb64(_m(r'=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=', r)).decode(),
    'swapped_adjacent_pairs': lambda b, r: _swap(r),
}
