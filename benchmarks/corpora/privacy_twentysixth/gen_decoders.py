"""Decoders written separately from the encoders: DEC[name](encoded, key) -> plain."""
import base64, binascii, bz2, codecs, json, re, unicodedata

def _tr(s, src, dst):
    return s.translate(str.maketrans(src, dst))

LOW = 'abcdefghijklmnopqrstuvwxyz'; UP = LOW.upper(); DIG = '0123456789'

def d_rot18(s):
    return _tr(s, LOW + UP + DIG, LOW[13:] + LOW[:13] + UP[13:] + UP[:13] + DIG[5:] + DIG[:5])

def d_caesar(s, k):
    k26, k10 = k % 26, k % 10
    return _tr(s, LOW + UP + DIG, LOW[-k26:] + LOW[:-k26] + UP[-k26:] + UP[:-k26] + DIG[-k10:] + DIG[:-k10] if k10 else DIG)

ALPH62 = DIG + UP + LOW
def d_vig(s, key):
    out, j = [], 0
    for c in s:
        p = ALPH62.find(c)
        if p < 0: out.append(c); continue
        out.append(ALPH62[(p - ALPH62.find(key[j % len(key)])) % 62]); j += 1
    return ''.join(out)

def d_affine(s, key):
    a, b = key; inv = pow(a, -1, 26)
    def f(c, base):
        return chr(inv * (ord(c) - base - b) % 26 + base)
    return ''.join(f(c, 97) if c in LOW else f(c, 65) if c in UP else c for c in s)

def d_scytale(s, d):
    n = len(s); q, r = divmod(n, d)
    rows, pos = [], 0
    for i in range(d):
        ln = q + (1 if i < r else 0); rows.append(s[pos:pos + ln]); pos += ln
    return ''.join(rows[i % d][i // d] for i in range(n))

QROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']
def d_qwerty(s):
    inv = {}
    for row in QROWS:
        for i in range(len(row)):
            inv[row[i]] = row[i - 1]
            inv[row[i].upper()] = row[i - 1].upper()
    return ''.join(inv.get(c, c) for c in s)

def d_b45(s):
    A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    v = [A.index(c) for c in s]; out = bytearray()
    for i in range(0, len(v), 3):
        chunk = v[i:i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 2025; out += bytes([n >> 8, n & 255])
        else:
            out.append(chunk[0] + chunk[1] * 45)
    return out.decode()

def d_doubled(s):
    assert len(s) % 2 == 0 and all(s[i] == s[i + 1] for i in range(0, len(s), 2))
    return s[0::2]

def d_u32(s):
    b = b''.join(int(w, 16).to_bytes(4, 'little') for w in re.findall(r'0x([0-9a-f]{8})', s))
    return b.rstrip(b'\0').decode()

def d_zw(s):
    bits = ''.join('1' if c == '\u200d' else '0' if c == '\u200c' else '?' for c in s)
    assert '?' not in bits and len(bits) % 8 == 0
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()

DEC = {
 'ascii85_adobe_delimited': lambda s, k: base64.a85decode(s.encode(), adobe=True).decode(),
 'base85_rfc1924': lambda s, k: base64.b85decode(s.encode()).decode(),
 'uuencode_line_backtick': lambda s, k: b''.join(binascii.a2b_uu(line) for line in s.split('\n')).decode(),
 'octal_backslash_escapes': lambda s, k: bytes(int(o, 8) for o in re.findall(r'\\([0-7]{3})', s)).decode(),
 'binary_octets_spaced': lambda s, k: bytes(int(x, 2) for x in s.split()).decode(),
 'js_unicode_escape_u4': lambda s, k: json.loads('"' + s + '"'),
 'c_hex_escape_string': lambda s, k: codecs.escape_decode(s.encode())[0].decode(),
 'javascript_fromcharcode_call': lambda s, k: ''.join(chr(int(n)) for n in re.match(r'^String\.fromCharCode\(([\d,]+)\)$', s).group(1).split(',')),
 'oracle_chr_pipe_concat': lambda s, k: ''.join(chr(int(n)) for n in re.findall(r'CHR\((\d+)\)', s)),
 'rot18_letters_and_digits': lambda s, k: d_rot18(s),
 'caesar_alnum_shift_keyed': lambda s, k: d_caesar(s, k),
 'vigenere_alnum62_keyed': lambda s, k: d_vig(s, k),
 'affine_letters_keyed': lambda s, k: d_affine(s, k),
 'xor_single_byte_base64_keyed': lambda s, k: bytes(b ^ k for b in base64.b64decode(s)).decode(),
 'scytale_rows_keyed': lambda s, k: d_scytale(s, k),
 'bz2_base64': lambda s, k: bz2.decompress(base64.b64decode(s)).decode(),
 'hex_colon_separated_octets': lambda s, k: bytes.fromhex(s.replace(':', '')).decode(),
 'qwerty_row_shift_right': lambda s, k: d_qwerty(s),
 'fullwidth_forms_nfkc': lambda s, k: unicodedata.normalize('NFKC', s),
 'mathematical_bold_fraktur_nfkc': lambda s, k: unicodedata.normalize('NFKC', s),
 'mathematical_monospace_nfkc': lambda s, k: unicodedata.normalize('NFKC', s),
 'base36_bigint': lambda s, k: (lambda n: n.to_bytes((n.bit_length() + 7) // 8, 'big'))(int(s, 36)).decode(),
 'base45_rfc9285': lambda s, k: d_b45(s),
 'every_char_doubled': lambda s, k: d_doubled(s),
 'five_char_chunks_each_reversed': lambda s, k: ''.join(s[i:i + 5][::-1] for i in range(0, len(s), 5)),
 'base64_of_utf16le': lambda s, k: base64.b64decode(s).decode('utf-16-le'),
 'uint32_le_hex_words': lambda s, k: d_u32(s),
 'zwnj_zwj_binary_bits': lambda s, k: d_zw(s),
 'iis_percent_u_encoding': lambda s, k: ''.join(chr(int(h, 16)) for h in re.findall(r'%u([0-9A-F]{4})', s)),
 'base64_rot13_layered': lambda s, k: base64.b64decode(codecs.decode(s, 'rot_13')).decode(),
 'base32_of_reversed_string': lambda s, k: base64.b32decode(s).decode()[::-1],
 'ascii_decimal_dot_separated': lambda s, k: bytes(int(x) for x in s.split('.')).decode(),
 'python_u8_long_escapes': lambda s, k: s.encode('ascii').decode('unicode_escape'),
}

def selftest():
    """Known-answer tests, vectors worked by hand / from the standards."""
    assert DEC['base45_rfc9285']('BB8', None) == 'AB'          # RFC 9285 section 4.3 example
    assert DEC['base45_rfc9285']('%69 VD92EX0', None) == 'Hello!!'  # RFC 9285 example
    assert DEC['rot18_letters_and_digits']('Uryyb 05', None) == 'Hello 50'
    assert DEC['affine_letters_keyed']('IHHWVC', (5, 8)) == 'AFFINE'   # textbook a=5, b=8
    assert DEC['scytale_rows_keyed']('acebdf', 2) == 'abcdef'
    assert DEC['qwerty_row_shift_right']('w2', None) == 'q1'
    assert DEC['every_char_doubled']('aabb', None) == 'ab'
    assert DEC['base36_bigint']('1z', None) == 'G'   # 71 = 1*36+35
    return 8
