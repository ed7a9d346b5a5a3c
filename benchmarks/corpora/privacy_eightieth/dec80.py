"""Independent decoders: get the encoding name and the run only."""
import re

def _hexpairs(h): return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2))

def d_percent(t):
    assert re.fullmatch(r'(%[0-9A-F]{2})+', t); return _hexpairs(t.replace('%', '')).decode()
def d_jsu(t):
    assert re.fullmatch(r'(\\u[0-9a-f]{4})+', t); return ''.join(chr(int(x, 16)) for x in re.findall(r'\\u([0-9a-f]{4})', t))
def d_fromcc(t):
    m = re.fullmatch(r'String\.fromCharCode\(([0-9,]+)\)', t); return ''.join(chr(int(x)) for x in m.group(1).split(','))
def d_a85(t):
    m = re.fullmatch(r'<~([!-u]+)~>', t); body = m.group(1); out = bytearray()
    pad = (-len(body)) % 5; body += 'u' * pad
    for i in range(0, len(body), 5):
        n = 0
        for c in body[i:i + 5]: n = n * 85 + (ord(c) - 33)
        out += n.to_bytes(4, 'big')
    return bytes(out[:len(out) - pad]).decode()
def d_b32(t):
    assert re.fullmatch(r'[A-Z2-7]+=*', t) and len(t) % 8 == 0
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; bits = ''.join(format(al.index(c), '05b') for c in t.rstrip('='))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode()
def d_oct(t):
    assert re.fullmatch(r'(\\[0-7]{3})+', t); return bytes(int(x, 8) for x in re.findall(r'\\([0-7]{3})', t)).decode()
def d_bin(t):
    assert re.fullmatch(r'[01]{8}( [01]{8})*', t); return bytes(int(x, 2) for x in t.split(' ')).decode()
def d_qp(t):
    assert re.fullmatch(r'(=[0-9A-F]{2})+', t); return _hexpairs(t.replace('=', '')).decode()
def d_atbash(t):
    A = 'abcdefghijklmnopqrstuvwxyz'; D = '0123456789'
    tr = {}
    for al in (A, A.upper(), D):
        for i, c in enumerate(al): tr[c] = al[len(al) - 1 - i]
    return ''.join(tr.get(c, c) for c in t)
def d_rot47(t): return ''.join(chr(33 + (ord(c) - 33 - 47) % 94) if 33 <= ord(c) <= 126 else c for c in t)
def d_vig(t):
    key = 'FIXTURE'; out, j = [], 0
    for c in t:
        if 'a' <= c <= 'z' or 'A' <= c <= 'Z':
            k = ord(key[j % 7]) - ord('A'); j += 1
            lo = 'a' if c.islower() else 'A'
            out.append(chr(ord(lo) + (ord(c) - ord(lo) - k) % 26))
        else: out.append(c)
    return ''.join(out)
def d_b58(t):
    al = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'; n = 0
    for c in t: n = n * 58 + al.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
def d_z85(t):
    al = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
    assert len(t) % 5 == 0; out = b''
    for i in range(0, len(t), 5):
        n = 0
        for c in t[i:i + 5]: n = n * 85 + al.index(c)
        out += n.to_bytes(4, 'big')
    return out.decode()
def d_b45(t):
    al = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'; out = bytearray()
    for i in range(0, len(t), 3):
        ch = t[i:i + 3]; v = [al.index(c) for c in ch]
        if len(v) == 3:
            n = v[0] + v[1] * 45 + v[2] * 2025; out += bytes([n // 256, n % 256])
        else:
            out.append(v[0] + v[1] * 45)
    return out.decode()
def d_ansic(t):
    m = re.fullmatch(r"\$'((?:\\x[0-9a-f]{2})+)'", t); return _hexpairs(m.group(1).replace('\\x', '')).decode()
def d_yamlbin(t):
    m = re.fullmatch(r'!!binary ([A-Za-z0-9+/]+=*)', t); s = m.group(1).rstrip('=')
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    bits = ''.join(format(al.index(c), '06b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode()
def d_mysqlchar(t):
    m = re.fullmatch(r'CHAR\(([0-9,]+)\)', t); return bytes(int(x) for x in m.group(1).split(',')).decode()
def d_od(t):
    lines = t.split('\n'); out = bytearray()
    for ln in lines[:-1]:
        m = re.fullmatch(r'([0-7]{7}) ([0-9a-f]{2}(?: [0-9a-f]{2})*)', ln)
        assert int(m.group(1), 8) == len(out)
        out += bytes(int(x, 16) for x in m.group(2).split(' '))
    assert re.fullmatch(r'[0-7]{7}', lines[-1]) and int(lines[-1], 8) == len(out)
    return out.decode()
def d_spaced(t):
    assert all(t[i] == ' ' for i in range(1, len(t), 2)); return t[::2]
def d_mathbold(t):
    out = []
    for c in t:
        o = ord(c)
        if 0x1D400 <= o < 0x1D41A: out.append(chr(65 + o - 0x1D400))
        elif 0x1D41A <= o < 0x1D434: out.append(chr(97 + o - 0x1D41A))
        elif 0x1D7CE <= o < 0x1D7D8: out.append(chr(48 + o - 0x1D7CE))
        else: out.append(c)
    return ''.join(out)
def d_ebcdic(t):
    assert re.fullmatch(r'([0-9A-F]{2})+', t); return _hexpairs(t).decode('cp500')
def d_utf32(t):
    assert re.fullmatch(r'([0-9a-f]{8})+', t); return ''.join(chr(int(t[i:i + 8], 16)) for i in range(0, len(t), 8))

DEC = {
 'percent_encoding_every_byte': d_percent, 'javascript_backslash_u_escapes': d_jsu, 'js_fromcharcode_call': d_fromcc,
 'ascii85_adobe_delimited': d_a85, 'base32_rfc4648_padded': d_b32, 'octal_backslash_escapes': d_oct,
 'binary_octets_spaced': d_bin, 'quoted_printable_all_bytes': d_qp, 'atbash_alnum_mirror': d_atbash,
 'rot47_printable': d_rot47, 'vigenere_key_fixture': d_vig, 'base58_bitcoin_alphabet': d_b58, 'z85_zeromq': d_z85,
 'base45_rfc9285': d_b45, 'bash_ansi_c_hex_quoting': d_ansic, 'yaml_binary_tag_base64': d_yamlbin,
 'mysql_char_function_list': d_mysqlchar, 'od_tx1_hex_listing': d_od, 'space_interleaved_characters': d_spaced,
 'math_bold_unicode_letters': d_mathbold, 'ebcdic_cp037_hex': d_ebcdic, 'utf32be_hex_dump': d_utf32,
}

def decode(name, run):
    return DEC[name](run)
