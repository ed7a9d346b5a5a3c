"""Independent decoder: gets only the encoding name and the run (no imports from enc156)."""
import re

A85 = None


def _bytes_to_str(bs):
    return bytes(bs).decode('utf-8')


def _a85(run):
    assert run.startswith('<~') and run.endswith('~>')
    body = run[2:-2]; out = []; grp = []
    for ch in body:
        if ch == 'z' and not grp:
            out += [0, 0, 0, 0]; continue
        grp.append(ord(ch) - 33)
        if len(grp) == 5:
            n = 0
            for d in grp:
                n = n * 85 + d
            out += [(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255]; grp = []
    if grp:
        k = len(grp)
        grp += [84] * (5 - k)
        n = 0
        for d in grp:
            n = n * 85 + d
        out += [(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255][:k - 1]
    return _bytes_to_str(out)


def _b32hex(run):
    al = '0123456789ABCDEFGHIJKLMNOPQRSTUV'
    bits = ''.join(format(al.index(c), '05b') for c in run.rstrip('='))
    return _bytes_to_str([int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)])


def _b64(run):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    bits = ''.join(format(al.index(c), '06b') for c in run.rstrip('='))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


QROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']


def _unqw(c):
    lo = c.lower()
    for row in QROWS:
        if lo in row:
            p = row[(row.index(lo) - 1) % len(row)]
            return p.upper() if c.isupper() else p
    return c


def _unaff(c):
    if c.isalpha() and c.isascii():
        base = 65 if c.isupper() else 97
        return chr((21 * (ord(c) - base - 8)) % 26 + base)
    if c.isdigit():
        return str((7 * (int(c) - 7)) % 10)
    return c


def _unvig(s):
    key = [1, 4, 25, 4, 11]; o = []; k = 0
    for c in s:
        if c.isalpha():
            base = 65 if c.isupper() else 97
            o.append(chr((ord(c) - base - key[k % 5]) % 26 + base)); k += 1
        else:
            o.append(c)
    return ''.join(o)


def _uncols(run):
    cols = run.split('|'); n = sum(len(c) for c in cols)
    o = []
    for i in range(n):
        o.append(cols[i % 4][i // 4])
    return ''.join(o)


def _unname(tok):
    if tok.startswith('upper '):
        return tok[6:].upper()
    if tok.startswith('lower '):
        return tok[6:]
    if tok.startswith('digit '):
        return tok[6:]
    return {'dash': '-', 'underscore': '_', 'dot': '.'}[tok]


def _unswap(s):
    o = ''
    for i in range(0, len(s) - 1, 2):
        o += s[i + 1] + s[i]
    if len(s) % 2:
        o += s[-1]
    return o


def decode(name, run):
    if name == 'ascii85_adobe_delimited':
        return _a85(run)
    if name == 'base32hex_extended_alphabet':
        return _b32hex(run)
    if name == 'quoted_printable_every_byte':
        return _bytes_to_str([int(h, 16) for h in re.findall(r'=([0-9A-F]{2})', run)])
    if name == 'percent_encoding_every_byte':
        return _bytes_to_str([int(h, 16) for h in re.findall(r'%([0-9a-f]{2})', run)])
    if name == 'base36_integer':
        n = 0
        for c in run:
            n = n * 36 + int(c, 36)
        return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if name == 'binary_octets_spaced':
        return _bytes_to_str([int(t, 2) for t in run.split()])
    if name == 'decimal_byte_list_commas':
        return _bytes_to_str([int(t) for t in run.strip('[]').split(', ')])
    if name == 'hex_then_base64':
        return bytes.fromhex(_b64(run).decode()).decode()
    if name == 'ipv4_dotted_quad_groups':
        bs = [int(x) for a in run.split(', ') for x in a.split('.')]
        while bs and bs[-1] == 0:
            bs.pop()
        return _bytes_to_str(bs)
    if name == 'qwerty_right_neighbour_shift':
        return ''.join(_unqw(c) for c in run)
    if name == 'affine_cipher_5x_plus_8':
        return ''.join(_unaff(c) for c in run)
    if name == 'vigenere_key_bezel':
        return _unvig(run)
    if name == 'columnar_transposition_four':
        return _uncols(run)
    if name == 'unicode_tag_characters':
        return ''.join(chr(ord(c) - 0xE0000) for c in run)
    if name == 'spelled_character_names':
        return ''.join(_unname(t) for t in run.split(', '))
    if name == 'adjacent_pair_swap':
        return _unswap(run)
    if name == 'hallmark_fineness_marks':
        return ''.join(chr(int(t) - 300) for t in run.split())
    if name == 'carat_weight_hundredths':
        return ''.join(chr(int(t[:-2].replace('.', ''))) for t in run.split())
    if name == 'ring_size_quarters':
        return ''.join(chr(round(float(t) * 4)) for t in run.split(' / '))
    if name == 'pawn_ticket_multiples_of_13':
        return ''.join(chr(int(t[3:]) // 13) for t in run.split())
    if name == 'watch_calibre_numbers':
        return ''.join(chr(int(t[5:]) - 2800) for t in run.split('; '))
    if name == 'troy_ounce_thousandths':
        return ''.join(chr(int(t[2:5])) for t in run.split(', '))
    raise KeyError(name)
