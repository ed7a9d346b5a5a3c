"""Independent decoder: gets only the encoding name and the run. Written separately from enc163."""
import re

def _a85(run):
    body = run[2:-2]
    out = bytearray()
    grp = []
    for ch in body:
        if ch == 'z' and not grp:
            out += b'\0\0\0\0'
            continue
        if ch.isspace():
            continue
        grp.append(ord(ch) - 33)
        if len(grp) == 5:
            n = 0
            for g in grp:
                n = n * 85 + g
            out += n.to_bytes(4, 'big')
            grp = []
    if grp:
        k = len(grp)
        grp += [84] * (5 - k)
        n = 0
        for g in grp:
            n = n * 85 + g
        out += n.to_bytes(4, 'big')[:k - 1]
    return out.decode()

def _b58(run):
    al = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
    n = 0
    for ch in run:
        n = n * 58 + al.index(ch)
    raw = n.to_bytes((n.bit_length() + 7) // 8, 'big') if n else b''
    lead = len(run) - len(run.lstrip('1'))
    return (b'\0' * lead + raw).decode()

def _b64u(run):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    bits = ''.join(format(al.index(c), '06b') for c in run)
    bits = bits[:len(bits) - len(bits) % 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()

def _unrail(run):
    parts = run.split(' | ')
    n = sum(len(p) for p in parts)
    pattern = []
    i, d = 0, 1
    for _ in range(n):
        pattern.append(i)
        if i == 0:
            d = 1
        elif i == 2:
            d = -1
        i += d
    its = [iter(p) for p in parts]
    return ''.join(next(its[k]) for k in pattern)

def _atb(c):
    lo = 'abcdefghijklmnopqrstuvwxyz'
    if c in lo:
        return lo[::-1][lo.index(c)]
    if c in lo.upper():
        return lo.upper()[::-1][lo.upper().index(c)]
    if c in '0123456789':
        return '9876543210'[int(c)]
    return c

def _circ(c):
    o = ord(c)
    if 0x24B6 <= o <= 0x24CF:
        return chr(o - 0x24B6 + ord('A'))
    if 0x24D0 <= o <= 0x24E9:
        return chr(o - 0x24D0 + ord('a'))
    if o == 0x24EA:
        return '0'
    if 0x2460 <= o <= 0x2468:
        return str(o - 0x2460 + 1)
    return c

def _mono(c):
    o = ord(c)
    if 0x1D670 <= o < 0x1D670 + 26:
        return chr(65 + o - 0x1D670)
    if 0x1D68A <= o < 0x1D68A + 26:
        return chr(97 + o - 0x1D68A)
    if 0x1D7F6 <= o < 0x1D7F6 + 10:
        return chr(48 + o - 0x1D7F6)
    return c

def _spell(tok):
    kind, _, ch = tok.partition(' ')
    return {'hyphen': '-', 'underscore': '_', 'dot': '.'}.get(kind, ch)

def decode(name, run):
    if name == 'ascii85_adobe_delimited':
        return _a85(run)
    if name == 'base58_bitcoin_alphabet':
        return _b58(run)
    if name == 'percent_encoding_every_byte':
        return bytes(int(h, 16) for h in re.findall(r'%([0-9A-F]{2})', run)).decode()
    if name == 'html_hex_entities':
        return ''.join(chr(int(h, 16)) for h in re.findall(r'&#x([0-9a-f]+);', run))
    if name == 'atbash_letters_nine_complement_digits':
        return ''.join(_atb(c) for c in run)
    if name == 'rot47_printable_ascii':
        return ''.join(chr((ord(c) - 33 + 47) % 94 + 33) for c in run)
    if name == 'whole_string_reversed':
        return ''.join(reversed(run))
    if name == 'braille_pattern_byte_values':
        return bytes(ord(c) - 0x2800 for c in run).decode()
    if name == 'base64url_unpadded':
        return _b64u(run)
    if name == 'colon_separated_upper_hex_bytes':
        return bytes.fromhex(run.replace(':', '')).decode()
    if name == 'rail_fence_three_rails':
        return _unrail(run)
    if name == 'unicode_u_plus_code_points':
        return ''.join(chr(int(x[2:], 16)) for x in run.split())
    if name == 'dna_nucleotide_byte_quads':
        return bytes(int(''.join(str('ACGT'.index(ch)) for ch in g), 4) for g in run.split()).decode()
    if name == 'spelled_character_names':
        return ''.join(_spell(t) for t in run.split(', '))
    if name == 'circled_alphanumerics':
        return ''.join(_circ(c) for c in run)
    if name == 'mathematical_monospace_alphanumerics':
        return ''.join(_mono(c) for c in run)
    if name == 'filler_after_every_character':
        return run[0::2]
    if name == 'oven_setpoint_fahrenheit_plus_hundred':
        return ''.join(chr(int(x) - 100) for x in re.findall(r'(\d+)F', run))
    if name == 'dough_batch_weight_decagrams':
        return ''.join(chr(int(x) // 10) for x in re.findall(r'(\d+) g', run))
    if name == 'julian_lot_code_day_of_year':
        return ''.join(chr(int(x)) for x in re.findall(r'L26-(\d{3})', run))
    if name == 'baker_percentage_halves':
        return ''.join(chr(round(float(x) * 2)) for x in re.findall(r'([\d.]+)%', run))
    if name == 'mixer_speed_rpm_times_three':
        return ''.join(chr(int(x) // 3) for x in re.findall(r'RPM (\d+)', run))
    raise KeyError(name)
