import re
NATO = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
def _b32(run):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; bits = ''.join(format(a.index(c), '05b') for c in run.rstrip('='))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()
def _a85(run):
    body = run[2:-2]; out = bytearray(); i = 0; grp = []
    for c in body:
        if c == 'z' and not grp: out += b'\0\0\0\0'; continue
        grp.append(ord(c) - 33)
        if len(grp) == 5:
            n = 0
            for g in grp: n = n * 85 + g
            out += n.to_bytes(4, 'big'); grp = []
    if grp:
        k = len(grp); grp += [84] * (5 - k); n = 0
        for g in grp: n = n * 85 + g
        out += n.to_bytes(4, 'big')[:k - 1]
    return out.decode()
def _uncols(run, n=4):
    L = len(run); sizes = [L // n + (1 if c < L % n else 0) for c in range(n)]; cols = []; p = 0
    for z in sizes: cols.append(run[p:p + z]); p += z
    return ''.join(cols[i % n][i // n] for i in range(L))
def _unvig(run):
    key = [1, 0, 18, 8, 11]; o = []; j = 0
    for c in run:
        if 'a' <= c <= 'z' or 'A' <= c <= 'Z':
            b = ord('A') if c <= 'Z' else ord('a'); o.append(chr((ord(c) - b - key[j % 5]) % 26 + b)); j += 1
        else: o.append(c)
    return ''.join(o)
def decode(enc, run):
    T = run.split()
    if enc == 'ph_scale_codepoints_over_twenty': return ''.join(chr(round(float(x) * 20)) for x in T)
    if enc == 'ec_millisiemens_codepoints_over_forty': return ''.join(chr(round(float(x) * 40)) for x in T)
    if enc == 'lux_codepoints_times_hundred': return ''.join(chr(int(x) // 100) for x in T)
    if enc == 'seed_tray_row_cell_coordinates': return ''.join(chr((ord(x[0]) - 65) * 12 + int(x[1:]) - 1) for x in T)
    if enc == 'fahrenheit_from_codepoint_celsius': return ''.join(chr(round((float(x.rstrip('F')) - 32) * 5 / 9)) for x in run.split(' / '))
    if enc == 'vigenere_letters_key_basil': return _unvig(run)
    if enc == 'atbash_letters_nine_complement_digits':
        m = {}
        for i in range(26): m['abcdefghijklmnopqrstuvwxyz'[i]] = 'zyxwvutsrqponmlkjihgfedcba'[i]; m['ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i]] = 'ZYXWVUTSRQPONMLKJIHGFEDCBA'[i]
        for i in range(10): m[str(i)] = str(9 - i)
        return ''.join(m.get(c, c) for c in run)
    if enc == 'printable_ascii_shift_seven': return ''.join(chr((ord(c) - 33 - 7) % 94 + 33) for c in run)
    if enc == 'whole_string_reversed': return ''.join(reversed(run))
    if enc == 'base32_rfc4648_padded': return _b32(run)
    if enc == 'ascii85_adobe_delimited': return _a85(run)
    if enc == 'base36_big_endian_integer':
        n = 0
        for c in run: n = n * 36 + '0123456789abcdefghijklmnopqrstuvwxyz'.index(c)
        return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if enc == 'eight_bit_zero_one_octets': return bytes(int(x, 2) for x in T).decode()
    if enc == 'nato_spelling_case_by_word_case':
        o = ''
        for x in T:
            if x.lower() in NATO: c = 'abcdefghijklmnopqrstuvwxyz'[NATO.index(x.lower())]; o += c.upper() if x.isupper() else c
            else: o += {'underscore': '_', 'dot': '.', 'dash': '-'}.get(x, x)
        return o
    if enc == 'equals_hex_every_byte': return bytes(int(h, 16) for h in re.findall(r'=([0-9A-F]{2})', run)).decode()
    if enc == 'percent_hex_every_byte': return bytes(int(h, 16) for h in re.findall(r'%([0-9A-F]{2})', run)).decode()
    if enc == 'html_decimal_numeric_entities': return ''.join(chr(int(d)) for d in re.findall(r'&#(\d+);', run))
    if enc == 'tilde_after_every_character': return run.replace('~', '')
    if enc == 'halves_exchanged':
        n = len(run); f = n // 2; return run[n - f:] + run[:n - f]
    if enc == 'four_column_transposition': return _uncols(run)
    if enc == 'utf32be_hex_words': return ''.join(chr(int(x, 16)) for x in T)
    if enc == 'ternary_five_trit_codepoints': return ''.join(chr(int(x, 3)) for x in T)
    if enc == 'rot47_printable': return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) for c in run)
    raise KeyError(enc)
