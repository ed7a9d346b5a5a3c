"""Independent decoder: gets only the encoding name and the run."""
import re
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
MORSE_R = {}
for ch, code in zip('abcdefghijklmnopqrstuvwxyz0123456789.-_',
    '.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. .-.-.- -....- ..--.-'.split()):
    MORSE_R[code] = ch
KEYS = ['2', '3', '4', '5', '6', '7', '8', '9']; LET = ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz']
def _tap(g):
    return LET[KEYS.index(g[0])][len(g) - 1]
def _roman(t):
    vals = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}; n = 0
    for i, c in enumerate(t):
        v = vals[c]
        n += -v if i + 1 < len(t) and vals[t[i + 1]] > v else v
    return n
def _b64u(s):
    tbl = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    bits = ''.join(format(tbl.index(c), '06b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()
def _uu(s):
    n = (ord(s[0]) - 32) & 63; body = s[1:]; out = []
    for i in range(0, len(body), 4):
        g = [(ord(c) - 32) & 63 for c in body[i:i + 4]]
        x = (g[0] << 18) | (g[1] << 12) | (g[2] << 6) | g[3]
        out += [x >> 16, (x >> 8) & 255, x & 255]
    return bytes(out[:n]).decode()
def _unrail(s):
    parts = s.split('|'); n = sum(map(len, parts)); pat = [0, 1, 2, 1]
    idx = [0, 0, 0]; o = []
    for i in range(n):
        k = pat[i % 4]; o.append(parts[k][idx[k]]); idx[k] += 1
    return ''.join(o)
def _unvig(s):
    key = 'REEL'; o = []
    for i, c in enumerate(s):
        k = ord(key[i % 4]) - 65
        if 'a' <= c <= 'z': o.append(chr((ord(c) - 97 - k) % 26 + 97))
        elif 'A' <= c <= 'Z': o.append(chr((ord(c) - 65 - k) % 26 + 65))
        elif c.isdigit(): o.append(str((int(c) - k) % 10))
        else: o.append(c)
    return ''.join(o)
def _atb(c):
    if 'a' <= c <= 'z': return chr(ord('z') - (ord(c) - ord('a')))
    if 'A' <= c <= 'Z': return chr(ord('Z') - (ord(c) - ord('A')))
    if c.isdigit(): return str(9 - int(c))
    return c
def decode(enc, s):
    if enc == 'rot47_printable_ascii': return ''.join(chr(33 + (ord(c) - 33 - 47) % 94) for c in s)
    if enc == 'atbash_with_mirrored_digits': return ''.join(_atb(c) for c in s)
    if enc == 'c_octal_byte_escapes': return bytes(int(x, 8) for x in re.findall(r'\\([0-7]{3})', s)).decode()
    if enc == 'morse_with_caret_capitals':
        return ''.join(MORSE_R[g[1:]].upper() if g.startswith('^') else MORSE_R[g] for g in s.split(' '))
    if enc == 'base64url_unpadded_utf8': return _b64u(s)
    if enc == 'hex_nibble_swapped_bytes': return bytes(int(s[i + 1] + s[i], 16) for i in range(0, len(s), 2)).decode()
    if enc == 'vigenere_reel_key': return _unvig(s)
    if enc == 'rail_fence_three_rails': return _unrail(s)
    if enc == 'film_footage_feet_and_frames':
        return ''.join(chr(int(a) * 16 + int(b)) for a, b in re.findall(r'(\d+)\+(\d+)', s))
    if enc == 'showtime_clock_minutes_past_midnight':
        return ''.join(chr(int(a) * 60 + int(b)) for a, b in re.findall(r'(\d\d):(\d\d)', s))
    if enc == 'concession_price_cents':
        return ''.join(chr(int(a) * 100 + int(b)) for a, b in re.findall(r'€(\d+)\.(\d\d)', s))
    if enc == 'phone_keypad_multitap':
        o = []
        for g in s.split(' '):
            if g.startswith('^'): o.append(_tap(g[1:]).upper())
            elif g.startswith('*'): o.append(g[1:])
            elif g in '-_.': o.append(g)
            else: o.append(_tap(g))
        return ''.join(o)
    if enc == 'baconian_seven_bit_ab':
        return ''.join(chr(int(g.replace('A', '0').replace('B', '1'), 2)) for g in s.split(' '))
    if enc == 'base58_bitcoin_alphabet':
        n = 0
        for c in s: n = n * 58 + B58.index(c)
        return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if enc == 'uuencoded_single_line': return _uu(s)
    if enc == 'json_backslash_u_escapes': return ''.join(chr(int(x, 16)) for x in re.findall(r'\\u([0-9a-f]{4})', s))
    if enc == 'odd_even_position_split':
        a, b = s.split('|'); o = []
        for i in range(len(a) + len(b)): o.append(a[i // 2] if i % 2 == 0 else b[i // 2])
        return ''.join(o)
    if enc == 'roman_numeral_code_points': return ''.join(chr(_roman(t)) for t in s.split('.'))
    if enc == 'xor_2a_hex_bytes': return bytes(int(s[i:i + 2], 16) ^ 42 for i in range(0, len(s), 2)).decode()
    if enc == 'delta_code_points_signed':
        xs = [int(x) for x in s.split(',')]; cur = xs[0]; o = [chr(cur)]
        for d in xs[1:]: cur += d; o.append(chr(cur))
        return ''.join(o)
    if enc == 'ternary_five_trit_groups': return ''.join(chr(int(g, 3)) for g in s.split(' '))
    if enc == 'reel_changeover_marks':
        return ''.join(chr(int(a) * 12 + int(b)) for a, b in re.findall(r'R(\d+)C(\d+)', s))
    raise KeyError(enc)
