"""Independent decoder: gets only the encoding name and the run."""
import re

def _bits_decode(run, alpha, bits):
    run = run.rstrip('=')
    acc, n, out = 0, 0, bytearray()
    for ch in run:
        acc = (acc << bits) | alpha.index(ch)
        n += bits
        if n >= 8:
            n -= 8
            out.append((acc >> n) & 0xFF)
    return out.decode()

A64 = ''.join(chr(c) for c in range(65, 91)) + ''.join(chr(c) for c in range(97, 123)) + '0123456789'

def _int_dec(run, alpha):
    n = 0
    for ch in run:
        n = n * len(alpha) + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()

MORSE_R = {}
for ch, code in zip('abcdefghijklmnopqrstuvwxyz0123456789-_.', '.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- ..--.- .-.-.-'.split()):
    MORSE_R[code] = ch

def _unshift(c, k):
    if 'a' <= c <= 'z': return chr((ord(c) - 97 - k) % 26 + 97)
    if 'A' <= c <= 'Z': return chr((ord(c) - 65 - k) % 26 + 65)
    if '0' <= c <= '9': return chr((ord(c) - 48 - k) % 10 + 48)
    return c

def _unrail(run):
    n = len(run)
    pattern = [0] * n
    r, d = 0, 1
    for i in range(n):
        pattern[i] = r
        if r == 0: d = 1
        elif r == 2: d = -1
        r += d
    order = sorted(range(n), key=lambda i: (pattern[i], i))
    out = [''] * n
    for k, i in enumerate(order):
        out[i] = run[k]
    return ''.join(out)

def decode(name, run):
    if name == 'rfc4648_base64_standard_padded':
        return _bits_decode(run, A64 + '+/', 6)
    if name == 'base64url_without_padding':
        return _bits_decode(run, A64 + '-_', 6)
    if name == 'base32hex_extended_hex_alphabet':
        return _bits_decode(run, '0123456789ABCDEFGHIJKLMNOPQRSTUV', 5)
    if name == 'crockford_base32_integer':
        return _int_dec(run, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
    if name == 'base58_bitcoin_alphabet_integer':
        return _int_dec(run, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')
    if name == 'base62_integer_digits_upper_lower':
        return _int_dec(run, '0123456789' + A64[:52])
    if name == 'hex_bytes_nibbles_swapped':
        return bytes(int(run[i + 1] + run[i], 16) for i in range(0, len(run), 2)).decode()
    if name == 'octal_code_points_comma_separated':
        return ''.join(chr(int(x, 8)) for x in run.split(','))
    if name == 'morse_with_caret_capitals':
        out = ''
        for grp in run.split(' '):
            cap = grp.startswith('^')
            ch = MORSE_R[grp.lstrip('^')]
            out += ch.upper() if cap else ch
        return out
    if name == 'vigenere_key_lift_with_digits':
        key = [ord(c) - 65 for c in 'LIFT']
        return ''.join(_unshift(c, key[i % 4]) for i, c in enumerate(run))
    if name == 'atbash_with_digit_nine_complement':
        low, up = 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        t = str.maketrans(low + up + '0123456789', low[::-1] + up[::-1] + '9876543210')
        return run.translate(t)
    if name == 'rot13_letters_rot5_digits':
        return ''.join(_unshift(c, 13) if c.isalpha() else _unshift(c, 5) for c in run)
    if name == 'rail_fence_three_rails':
        return _unrail(run)
    if name == 'adjacent_pairs_swapped':
        chars = list(run)
        for i in range(0, len(chars) - 1, 2):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        return ''.join(chars)
    if name == 'js_unicode_escapes_four_hex':
        return ''.join(chr(int(h, 16)) for h in re.findall(r'\\u([0-9a-f]{4})', run))
    if name == 'backslash_x_hex_escapes':
        return bytes(int(h, 16) for h in re.findall(r'\\x([0-9a-f]{2})', run)).decode()
    if name == 'xor_0x2a_hex_bytes':
        return bytes(int(h, 16) ^ 42 for h in run.split()).decode()
    if name == 'modbus_holding_register_words':
        b = bytearray()
        for w in run.split(','):
            b += int(w).to_bytes(2, 'big')
        return b.rstrip(b'\x00').decode()
    if name == 'chiller_leaving_water_temps_offset':
        return ''.join(chr(round(float(x[:-2]) * 10) + 20) for x in run.split(' / '))
    if name == 'lift_floor_call_sequence_offset':
        return ''.join(chr(int(x[1:]) + 40) for x in run.split(' > '))
    if name == 'boiler_pressure_millibar_times_twelve':
        return ''.join(chr(int(x.split()[0]) // 12) for x in run.split('; '))
    if name == 'utf16le_hex_code_units':
        return ''.join(chr(int(u[2:4] + u[0:2], 16)) for u in run.split(' '))
    raise KeyError(name)
