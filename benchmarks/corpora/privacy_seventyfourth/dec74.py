"""Decoders, written separately from enc74: each gets the text before the span and the run."""
import re

_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
_B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
_EBC = {}
for _i, _c in enumerate('abcdefghi'):
    _EBC[0x81 + _i] = _c
for _i, _c in enumerate('jklmnopqr'):
    _EBC[0x91 + _i] = _c
for _i, _c in enumerate('stuvwxyz'):
    _EBC[0xA2 + _i] = _c
for _i, _c in enumerate('ABCDEFGHI'):
    _EBC[0xC1 + _i] = _c
for _i, _c in enumerate('JKLMNOPQR'):
    _EBC[0xD1 + _i] = _c
for _i, _c in enumerate('STUVWXYZ'):
    _EBC[0xE2 + _i] = _c
for _i in range(10):
    _EBC[0xF0 + _i] = str(_i)
_EBC[0x60] = '-'
_EBC[0x6D] = '_'
_EBC[0x4B] = '.'


def _full(rx, run):
    m = re.fullmatch(rx, run, re.S)
    if not m:
        raise ValueError('bad run')
    return m


def d_b32(pre, run):
    _full(r'[A-Z2-7]+=*', run)
    bits = ''.join(format(_B32.index(c), '05b') for c in run.rstrip('='))
    n = len(bits) // 8
    return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(n)).decode()


def d_a85(pre, run):
    body = _full(r'<~(.*)~>', run).group(1)
    out = bytearray()
    for i in range(0, len(body), 5):
        g = body[i:i + 5]
        pad = 5 - len(g)
        g = g + 'u' * pad
        n = 0
        for c in g:
            n = n * 85 + (ord(c) - 33)
        out += n.to_bytes(4, 'big')[:4 - pad]
    return out.decode()


def d_qp(pre, run):
    return bytes(int(h, 16) for h in re.findall(r'=([0-9A-F]{2})', _full(r'(?:=[0-9A-F]{2})+', run).group(0))).decode()


def d_pct(pre, run):
    _full(r'(?:%[0-9A-F]{2})+', run)
    return bytes(int(h, 16) for h in run.split('%')[1:]).decode()


def d_oct(pre, run):
    body = _full(r"\$'((?:\\[0-7]{3})+)'", run).group(1)
    return bytes(int(o, 8) for o in body.split('\\')[1:]).decode()


def d_bin(pre, run):
    _full(r'[01]{8}(?: [01]{8})*', run)
    return bytes(int(g, 2) for g in run.split(' ')).decode()


def d_rot(pre, run):
    o = []
    for c in run:
        if 'a' <= c <= 'z':
            o.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z':
            o.append(chr((ord(c) - 65 + 13) % 26 + 65))
        elif c.isdigit():
            o.append(chr((ord(c) - 48 + 5) % 10 + 48))
        else:
            o.append(c)
    return ''.join(o)


def d_atbash(pre, run):
    o = []
    for c in run:
        if 'a' <= c <= 'z':
            o.append(chr(219 - ord(c)))
        elif 'A' <= c <= 'Z':
            o.append(chr(155 - ord(c)))
        elif c.isdigit():
            o.append(chr(105 - ord(c)))
        else:
            o.append(c)
    return ''.join(o)


def d_sashex(pre, run):
    return bytes.fromhex(_full(r"'([0-9A-F]+)'x", run).group(1)).decode()


def d_rraw(pre, run):
    body = _full(r'rawToChar\(as\.raw\(c\((0x[0-9a-f]{2}(?:, 0x[0-9a-f]{2})*)\)\)\)', run).group(1)
    return bytes(int(x, 16) for x in body.split(', ')).decode()


def d_chrw(pre, run):
    _full(r'ChrW\(&H[0-9A-F]+\)(?: & ChrW\(&H[0-9A-F]+\))*', run)
    return ''.join(chr(int(h, 16)) for h in re.findall(r'&H([0-9A-F]+)', run))


def d_pq(pre, run):
    h = _full(r'Text\.FromBinary\(Binary\.FromText\("([0-9A-F]+)", BinaryEncoding\.Hex\)\)', run).group(1)
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2)).decode()


def d_json(pre, run):
    _full(r'(?:\\u[0-9a-f]{4})+', run)
    return ''.join(chr(int(h, 16)) for h in run.split('\\u')[1:])


def d_html(pre, run):
    _full(r'(?:&#\d+;)+', run)
    return ''.join(chr(int(d)) for d in re.findall(r'&#(\d+);', run))


def d_b58(pre, run):
    n = 0
    for c in run:
        n = n * 58 + _B58.index(c)
    b = []
    while n:
        n, r = divmod(n, 256)
        b.append(r)
    return bytes(reversed(b)).decode()


def d_vig(pre, run):
    key = re.search(r'keyword ([A-Z]+)', pre).group(1)
    o, k = [], 0
    for c in run:
        if 'a' <= c <= 'z' or 'A' <= c <= 'Z':
            base = 65 if c <= 'Z' else 97
            o.append(chr((ord(c) - base - (ord(key[k % len(key)]) - 65)) % 26 + base))
            k += 1
        else:
            o.append(c)
    return ''.join(o)


def d_bold(pre, run):
    o = []
    for c in run:
        cp = ord(c)
        if 0x1D400 <= cp < 0x1D41A:
            o.append(chr(65 + cp - 0x1D400))
        elif 0x1D41A <= cp < 0x1D434:
            o.append(chr(97 + cp - 0x1D41A))
        elif 0x1D7CE <= cp < 0x1D7D8:
            o.append(chr(48 + cp - 0x1D7CE))
        elif c in '-_.':
            o.append(c)
        else:
            raise ValueError(c)
    return ''.join(o)


def d_ebc(pre, run):
    _full(r'[0-9A-F]{2}(?: [0-9A-F]{2})*', run)
    return ''.join(_EBC[int(h, 16)] for h in run.split(' '))


def d_double(pre, run):
    if len(run) % 2 or any(run[i] != run[i + 1] for i in range(0, len(run), 2)):
        raise ValueError('not doubled')
    return run[::2]


def d_lines(pre, run):
    parts = run.split('\n')
    assert all(len(p) == 1 for p in parts)
    return ''.join(parts)


def d_sasbyte(pre, run):
    _full(r'byte\(\d+\)(?:\|\|byte\(\d+\))*', run)
    return ''.join(chr(int(d)) for d in re.findall(r'byte\((\d+)\)', run))


def d_b45(pre, run):
    out = bytearray()
    for i in range(0, len(run), 3):
        g = [_B45.index(c) for c in run[i:i + 3]]
        if len(g) == 3:
            n = g[0] + g[1] * 45 + g[2] * 2025
            out += bytes([n // 256, n % 256])
        else:
            out.append(g[0] + g[1] * 45)
    return out.decode()


DEC = {
 'base32_rfc4648_padded': d_b32, 'ascii85_adobe_delimited': d_a85, 'quoted_printable_every_byte': d_qp,
 'percent_encoded_every_byte': d_pct, 'bash_ansi_c_octal_quoting': d_oct, 'binary_octet_groups': d_bin,
 'rot13_letters_rot5_digits': d_rot, 'atbash_letter_mirror': d_atbash, 'sas_hex_string_literal': d_sashex,
 'r_rawtochar_as_raw_hex': d_rraw, 'vba_chrw_ampersand_h_hex': d_chrw, 'power_query_binary_fromtext_hex': d_pq,
 'json_unicode_escape_sequences': d_json, 'html_decimal_character_references': d_html,
 'base58_bitcoin_alphabet': d_b58, 'vigenere_keyword_letters': d_vig, 'mathematical_bold_alphanumerics': d_bold,
 'ebcdic_cp037_hex_bytes': d_ebc, 'every_character_doubled': d_double, 'one_character_per_line': d_lines,
 'sas_byte_function_concat': d_sasbyte, 'base45_rfc9285': d_b45,
}
