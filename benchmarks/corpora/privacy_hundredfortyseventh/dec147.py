"""Independent decoder for the p147 evasions: gets only the encoding name and the run."""
import re

_M = '.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --..'.split()
_MD = '----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----.'.split()
MORSE_REV = {m: chr(97 + i) for i, m in enumerate(_M)}
MORSE_REV.update({m: str(i) for i, m in enumerate(_MD)})
MORSE_REV.update({'.-.-.-': '.', '-....-': '-', '..--.-': '_'})
ROMAN = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
B58A = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def _roman(t):
    total = 0
    for i, ch in enumerate(t):
        v = ROMAN[ch]
        if i + 1 < len(t) and ROMAN[t[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _unrail(run):
    rails = run.split('|')
    n = sum(len(x) for x in rails)
    pattern, r, d = [], 0, 1
    for _ in range(n):
        pattern.append(r)
        if r == 0:
            d = 1
        elif r == 2:
            d = -1
        r += d
    it = [iter(x) for x in rails]
    return ''.join(next(it[k]) for k in pattern)


def _unmath(ch):
    o = ord(ch)
    if 0x1D400 <= o < 0x1D41A:
        return chr(o - 0x1D400 + 65)
    if 0x1D41A <= o < 0x1D434:
        return chr(o - 0x1D41A + 97)
    if 0x1D7CE <= o < 0x1D7D8:
        return chr(o - 0x1D7CE + 48)
    return ch


def _uncircled(ch):
    o = ord(ch)
    if 0x24B6 <= o <= 0x24CF:
        return chr(o - 0x24B6 + 65)
    if 0x24D0 <= o <= 0x24E9:
        return chr(o - 0x24D0 + 97)
    if o == 0x24EA:
        return '0'
    if 0x2460 <= o <= 0x2468:
        return chr(o - 0x2460 + 49)
    return ch


def _uncaesar(ch):
    if 'A' <= ch <= 'Z':
        return chr((ord(ch) - 65 - 3) % 26 + 65)
    if 'a' <= ch <= 'z':
        return chr((ord(ch) - 97 - 3) % 26 + 97)
    if ch in '0123456789':
        return str((int(ch) + 7) % 10)
    return ch


def decode(enc, run):
    if enc == 'waypoint_latitude_fraction_digits':
        return ''.join(chr(int(x)) for x in re.findall(r'52\.1(\d{3})', run))
    if enc == 'altitude_feet_tenfold_code_points':
        return ''.join(chr(int(x) // 10) for x in re.findall(r'ALT(\d+)ft', run))
    if enc == 'compass_heading_code_points':
        return ''.join(chr(int(x)) for x in re.findall(r'HDG(\d{3})', run))
    if enc == 'rc_channel_pwm_offset_thousand':
        return ''.join(chr(int(x) - 1000) for x in re.findall(r'(\d{4})us', run))
    if enc == 'battery_cell_millivolt_offset':
        return ''.join(chr(int(x) - 3000) for x in re.findall(r'(\d{4})mV', run))
    if enc == 'transponder_squawk_octal':
        return ''.join(chr(int(x, 8)) for x in re.findall(r'squawk ([0-7]{4})', run))
    if enc == 'morse_with_caret_capitals':
        out = ''
        for tok in run.split(' '):
            up = tok.startswith('^')
            c = MORSE_REV[tok.lstrip('^')]
            out += c.upper() if up else c
        return out
    if enc == 'rail_fence_three_rails_piped':
        return _unrail(run)
    if enc == 'json_backslash_u_escapes':
        return ''.join(chr(int(x, 16)) for x in re.findall(r'\\u([0-9a-f]{4})', run))
    if enc == 'backslash_x_byte_escapes':
        return bytes(int(x, 16) for x in re.findall(r'\\x([0-9a-f]{2})', run)).decode()
    if enc == 'even_positions_then_odd':
        ev, od = run.split(' / ')
        out = []
        for i in range(len(ev) + len(od)):
            out.append(ev[i // 2] if i % 2 == 0 else od[i // 2])
        return ''.join(out)
    if enc == 'math_bold_alphanumeric_symbols':
        return ''.join(_unmath(c) for c in run)
    if enc == 'enclosed_circled_alphanumerics':
        return ''.join(_uncircled(c) for c in run)
    if enc == 'roman_numeral_code_points_slashed':
        return ''.join(chr(_roman(t)) for t in run.split('/'))
    if enc == 'combining_low_line_after_each':
        return run.replace('\u0332', '')
    if enc == 'base58_bitcoin_alphabet_integer':
        n = 0
        for ch in run:
            n = n * 58 + B58A.index(ch)
        return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if enc == 'caesar_plus_three_letters_digits':
        return ''.join(_uncaesar(c) for c in run)
    if enc == 'nibble_swapped_hex_bytes':
        return bytes(int(t[1] + t[0], 16) for t in run.split()).decode()
    if enc == 'rssi_negative_dbm_code_points':
        return ''.join(chr(int(x)) for x in re.findall(r'-(\d+)dBm', run))
    if enc == 'colon_joined_hex_pairs':
        return bytes.fromhex(run.replace(':', '')).decode()
    if enc == 'triplets_each_reversed':
        return ''.join(g[::-1] for g in run.split(' '))
    if enc == 'groundspeed_knots_tenths':
        return ''.join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r'(\d+)\.(\d)kt', run))
    raise KeyError(enc)
