"""Independent decoder for the p137 evasion notations: gets only the notation name and the run."""
import re

_NATO = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
_DIG = 'zero one two three four five six seven eight nine'.split()
_MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _bytes_to_text(bs):
    return bytes(bs).decode('utf-8')


def _a85(run):
    assert run.startswith('<~') and run.endswith('~>')
    body = run[2:-2]
    out = bytearray()
    for i in range(0, len(body), 5):
        grp = body[i:i + 5]
        pad = 5 - len(grp)
        grp = grp + 'u' * pad
        n = 0
        for ch in grp:
            n = n * 85 + (ord(ch) - 33)
        chunk = n.to_bytes(4, 'big')
        out += chunk[:4 - pad]
    return bytes(out).decode()


def _b32(run):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
    bits = ''.join(format(al.index(c), '05b') for c in run.rstrip('='))
    return _bytes_to_text([int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)])


def _uu(run):
    n = (ord(run[0]) - 32) & 63
    vals = [(ord(c) - 32) & 63 for c in run[1:]]
    out = []
    for i in range(0, len(vals), 4):
        a, b, c, d = (vals[i:i + 4] + [0, 0, 0, 0])[:4]
        out += [(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d]
    return _bytes_to_text(out[:n])


def _columnar(run):
    L = len(run)
    rows, extra = divmod(L, 5)
    lens = [rows + (1 if k < extra else 0) for k in range(5)]
    cols, pos = [], 0
    for ln in lens:
        cols.append(run[pos:pos + ln]); pos += ln
    return ''.join(cols[k][r] for r in range(rows + 1) for k in range(5) if r < len(cols[k]))


def _outside(run):
    L = len(run)
    res = [''] * L
    order = []
    i, j = 0, L - 1
    while i <= j:
        order.append(i)
        if i != j:
            order.append(j)
        i += 1; j -= 1
    for k, idx in enumerate(order):
        res[idx] = run[k]
    return ''.join(res)


def _date(s):
    y, m, d = map(int, s.split('-'))
    assert y == 2023
    return chr(sum(_MDAYS[:m - 1]) + d)


def _inv_affine(c):
    if c.islower():
        return chr(97 + (21 * (ord(c) - 97 - 8)) % 26)
    if c.isupper():
        return chr(65 + (21 * (ord(c) - 65 - 8)) % 26)
    if c.isdigit():
        return str((7 * (int(c) - 7)) % 10)
    return c


def _unbold(c):
    o = ord(c)
    if 0x1D400 <= o < 0x1D41A:
        return chr(65 + o - 0x1D400)
    if 0x1D41A <= o < 0x1D434:
        return chr(97 + o - 0x1D41A)
    if 0x1D7CE <= o < 0x1D7D8:
        return chr(48 + o - 0x1D7CE)
    return c


def _word(w):
    if w in ('dash', 'underscore', 'stop'):
        return {'dash': '-', 'underscore': '_', 'stop': '.'}[w]
    if w in _DIG:
        return str(_DIG.index(w))
    if w in _NATO:
        return chr(97 + _NATO.index(w))
    return chr(65 + _NATO.index(w.lower()))


def _a1(tok):
    if tok in '-_.':
        return tok
    if tok.startswith('#'):
        return tok[1:]
    if tok.startswith('^'):
        return chr(64 + int(tok[1:]))
    return chr(96 + int(tok))


def decode(name, run):
    if name == 'base36_big_endian_number':
        n = int(run, 36)
        return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if name == 'octal_backslash_byte_escapes':
        return _bytes_to_text([int(x, 8) for x in re.findall(r'\\([0-7]{3})', run)])
    if name == 'html_decimal_numeric_entities':
        return ''.join(chr(int(x)) for x in re.findall(r'&#(\d+);', run))
    if name == 'html_hex_numeric_entities':
        return ''.join(chr(int(x, 16)) for x in re.findall(r'&#x([0-9A-F]+);', run))
    if name in ('percent_encoding_every_byte', 'quoted_printable_every_byte'):
        return _bytes_to_text([int(x, 16) for x in re.findall(r'[%=]([0-9A-F]{2})', run)])
    if name == 'fullwidth_unicode_forms':
        return ''.join(chr(ord(c) - 0xFEE0) for c in run)
    if name == 'mathematical_bold_alphanumerics':
        return ''.join(_unbold(c) for c in run)
    if name == 'nato_spelling_words':
        return ''.join(_word(w) for w in run.split(' '))
    if name == 'whole_string_reversed':
        return ''.join(reversed(run))
    if name == 'rot47_printable_ascii':
        return ''.join(chr(33 + (ord(c) - 33 - 47) % 94) for c in run)
    if name == 'columnar_five_wide':
        return _columnar(run)
    if name == 'outside_in_alternation':
        return _outside(run)
    if name == 'decimal_code_points_hyphenated':
        return ''.join(chr(int(x)) for x in run.split('-'))
    if name == 'ascii85_adobe_delimited':
        return _a85(run)
    if name == 'rfc4648_base32_padded':
        return _b32(run)
    if name == 'uuencoded_single_line':
        return _uu(run)
    if name == 'a1z26_with_case_and_digit_marks':
        return ''.join(_a1(t) for t in run.split(' '))
    if name == 'hymn_board_numbers':
        return ''.join(chr(int(x) - 100) for x in re.findall(r'Hymn (\d+)', run))
    if name == 'interment_dates_day_of_year':
        return ''.join(_date(x) for x in run.split('; '))
    if name == 'zero_width_space_interleaved':
        return run.replace('\u200b', '')
    if name == 'affine_five_x_plus_eight':
        return ''.join(_inv_affine(c) for c in run)
    raise KeyError(name)
