"""Independent decoder: gets only the notation name and the run. Written separately from enc162."""
import re

_Z = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
_B = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
_EB = {}
for _i, _c in enumerate('abcdefghi'):
    _EB[0x81 + _i] = _c
for _i, _c in enumerate('jklmnopqr'):
    _EB[0x91 + _i] = _c
for _i, _c in enumerate('stuvwxyz'):
    _EB[0xA2 + _i] = _c
for _i, _c in enumerate('ABCDEFGHI'):
    _EB[0xC1 + _i] = _c
for _i, _c in enumerate('JKLMNOPQR'):
    _EB[0xD1 + _i] = _c
for _i, _c in enumerate('STUVWXYZ'):
    _EB[0xE2 + _i] = _c
for _i in range(10):
    _EB[0xF0 + _i] = str(_i)
_EB[0x60], _EB[0x6D], _EB[0x4B] = '-', '_', '.'


def _a85(run):
    body = run[2:-2].replace('z', '!!!!!')
    out = bytearray()
    for i in range(0, len(body), 5):
        g = body[i:i + 5]
        k = len(g)
        g = g + 'u' * (5 - k)
        n = 0
        for ch in g:
            n = n * 85 + (ord(ch) - 33)
        out += n.to_bytes(4, 'big')[:k - 1] if k < 5 else n.to_bytes(4, 'big')
    return bytes(out).decode()


def _z85(run):
    out = bytearray()
    for i in range(0, len(run), 5):
        n = 0
        for ch in run[i:i + 5]:
            n = n * 85 + _Z.index(ch)
        out += n.to_bytes(4, 'big')
    return bytes(out).rstrip(b'\0').decode()


def _b58(run):
    n = 0
    for ch in run:
        n = n * 58 + _B.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()


def _rail(run, k=3):
    n = len(run)
    pat = []
    r, d = 0, 1
    for _ in range(n):
        pat.append(r)
        if r == 0:
            d = 1
        elif r == k - 1:
            d = -1
        r += d
    idx = sorted(range(n), key=lambda i: (pat[i], i))
    res = [''] * n
    for ch, i in zip(run, idx):
        res[i] = ch
    return ''.join(res)


def _atb(run):
    al = 'abcdefghijklmnopqrstuvwxyz'
    m = dict(zip(al, al[::-1]))
    m.update(zip(al.upper(), al.upper()[::-1]))
    m.update(zip('0123456789', '9876543210'))
    return ''.join(m.get(c, c) for c in run)


def _circ(run):
    o = []
    for c in run:
        p = ord(c)
        if 0x24D0 <= p <= 0x24E9:
            o.append(chr(p - 0x24D0 + ord('a')))
        elif 0x24B6 <= p <= 0x24CF:
            o.append(chr(p - 0x24B6 + ord('A')))
        elif 0x2460 <= p <= 0x2468:
            o.append(chr(p - 0x2460 + ord('1')))
        elif p == 0x24EA:
            o.append('0')
        else:
            o.append(c)
    return ''.join(o)


def decode(name, run):
    if name == 'ascii85_adobe_delimited':
        return _a85(run)
    if name == 'z85_zeromq_nul_padded':
        return _z85(run)
    if name == 'base58_bitcoin_alphabet':
        return _b58(run)
    if name in ('quoted_printable_every_byte', 'percent_encoding_every_byte'):
        return bytes(int(h, 16) for h in re.findall(r'[=%]([0-9A-F]{2})', run)).decode()
    if name == 'html_hexadecimal_character_references':
        return ''.join(chr(int(h, 16)) for h in re.findall(r'&#x([0-9a-fA-F]+);', run))
    if name == 'css_backslash_hex_escapes':
        return ''.join(chr(int(h, 16)) for h in re.findall(r'\\([0-9a-fA-F]+)', run))
    if name == 'braille_pattern_bytes':
        return bytes(ord(c) - 0x2800 for c in run).decode()
    if name == 'rail_fence_three_rails':
        return _rail(run)
    if name == 'atbash_letters_nines_digits':
        return _atb(run)
    if name == 'xor_0x5a_hex_bytes':
        return bytes(int(h, 16) ^ 0x5A for h in run.split()).decode()
    if name == 'dotted_decimal_byte_quads':
        return bytes(int(x) for x in re.findall(r'\d+', run)).decode()
    if name == 'unicode_u_plus_notation':
        return ''.join(chr(int(h, 16)) for h in re.findall(r'U\+([0-9A-F]+)', run))
    if name == 'combining_low_line_after_each':
        return run.replace('\u0332', '')
    if name == 'circled_alphanumerics':
        return _circ(run)
    if name == 'visit_clock_in_times':
        return ''.join(chr((int(h) * 60 + int(m)) // 3) for h, m in re.findall(r'(\d\d):(\d\d)', run))
    if name == 'medication_dose_milligrams':
        return ''.join(chr(int(x) // 5) for x in re.findall(r'(\d+) mg', run))
    if name == 'blood_pressure_systolic_readings':
        return ''.join(chr(int(x) - 20) for x in re.findall(r'(\d+)/\d+', run))
    if name == 'mileage_tenths_of_mile':
        return ''.join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r'(\d+)\.(\d) mi', run))
    if name == 'ebcdic_cp037_hex_bytes':
        return ''.join(_EB[int(h, 16)] for h in run.split())
    if name == 'utf32_big_endian_hex_words':
        return ''.join(chr(int(h, 16)) for h in run.split())
    if name == 'ternary_six_digit_bytes':
        return bytes(int(t, 3) for t in run.split()).decode()
    raise KeyError(name)
