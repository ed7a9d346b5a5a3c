"""Independent decoder for the p139 evasion notations: gets only the encoding name and the run."""
import re

_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_CR = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
_NATO = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
_NUM = 'zero one two three four five six seven eight nine'.split()


def _bits_to_bytes(bits):
    bits = bits[:len(bits) - len(bits) % 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


def _b32(run):
    bits = ''.join(format(_B32.index(c), '05b') for c in run.rstrip('='))
    return _bits_to_bytes(bits).decode()


def _crock(run):
    return _bits_to_bytes(''.join(format(_CR.index(c), '05b') for c in run)).decode()


def _a85(run):
    body = run[2:-2]
    out = bytearray()
    i = 0
    body = body.replace('z', '!!!!!')
    while i < len(body):
        chunk = body[i:i + 5]
        pad = 5 - len(chunk)
        chunk += 'u' * pad
        n = 0
        for c in chunk:
            n = n * 85 + ord(c) - 33
        b = n.to_bytes(4, 'big')
        out += b[:4 - pad]
        i += 5
    return out.decode()


def _b58(run):
    n = 0
    for c in run:
        n = n * 58 + _B58.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()


def _atbash(run):
    o = ''
    for c in run:
        if 'a' <= c <= 'z':
            o += chr(ord('z') - (ord(c) - ord('a')))
        elif 'A' <= c <= 'Z':
            o += chr(ord('Z') - (ord(c) - ord('A')))
        elif c.isdigit():
            o += str(9 - int(c))
        else:
            o += c
    return o


def _vig(run):
    key = [ord(k) - 97 for k in 'piste']
    o, j = '', 0
    for c in run:
        if c.isalpha():
            base = 97 if c.islower() else 65
            o += chr((ord(c) - base - key[j % 5]) % 26 + base)
            j += 1
        else:
            o += c
    return o


def _nato(run):
    toks = run.split(' ')
    o, cap = '', False
    for t in toks:
        if t == 'CAPITAL':
            cap = True
            continue
        if t in _NATO:
            ch = chr(97 + _NATO.index(t))
            o += ch.upper() if cap else ch
        elif t in _NUM:
            o += str(_NUM.index(t))
        else:
            o += {'dash': '-', 'underscore': '_', 'dot': '.'}[t]
        cap = False
    return o


def _math(run):
    o = ''
    for c in run:
        cp = ord(c)
        if 0x1D400 <= cp < 0x1D41A:
            o += chr(cp - 0x1D400 + 65)
        elif 0x1D41A <= cp < 0x1D434:
            o += chr(cp - 0x1D41A + 97)
        elif 0x1D7CE <= cp < 0x1D7D8:
            o += chr(cp - 0x1D7CE + 48)
        else:
            o += c
    return o


def _columnar(run):
    key = 'GONDOLA'
    cols = run.split(' ')
    n = sum(len(c) for c in cols)
    k = len(key)
    order = sorted(range(k), key=lambda i: (key[i], i))
    full, rem = divmod(n, k)
    lens = [full + (1 if i < rem else 0) for i in range(k)]
    grid = {}
    for idx, colnum in enumerate(order):
        assert len(cols[idx]) == lens[colnum]
        grid[colnum] = cols[idx]
    o = ''
    for r in range(full + (1 if rem else 0)):
        for c in range(k):
            if r < lens[c]:
                o += grid[c][r]
    return o


def decode(enc, run):
    if enc == 'atbash_letters_nine_complement_digits':
        return _atbash(run)
    if enc == 'vigenere_keyword_piste_letters_only':
        return _vig(run)
    if enc == 'base32_rfc4648_with_padding':
        return _b32(run)
    if enc == 'crockford_base32_no_padding':
        return _crock(run)
    if enc == 'ascii85_adobe_delimited':
        return _a85(run)
    if enc == 'base58_bitcoin_alphabet_integer':
        return _b58(run)
    if enc == 'quoted_printable_every_byte':
        return bytes(int(h, 16) for h in re.findall(r'=([0-9A-F]{2})', run)).decode()
    if enc == 'html_decimal_character_references':
        return ''.join(chr(int(d)) for d in re.findall(r'&#(\d+);', run))
    if enc == 'html_hex_character_references':
        return ''.join(chr(int(d, 16)) for d in re.findall(r'&#x([0-9a-f]+);', run))
    if enc == 'nato_phonetic_spelling_with_capital_marker':
        return _nato(run)
    if enc == 'fullwidth_forms_block':
        return ''.join(chr(ord(c) - 0xFEE0) for c in run)
    if enc == 'mathematical_bold_alphanumerics':
        return _math(run)
    if enc == 'whole_run_reversed_plain':
        return ''.join(reversed(run))
    if enc == 'zero_width_space_interleaved':
        return run.replace('\u200b', '')
    if enc == 'columnar_transposition_gondola_key':
        return _columnar(run)
    if enc == 'byte_complement_hex_pairs':
        return bytes(255 - int(h, 16) for h in run.split()).decode()
    if enc == 'braille_pattern_byte_cells':
        return bytes(ord(c) - 0x2800 for c in run).decode()
    if enc == 'rot47_printable_ascii':
        return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in run)
    if enc == 'percent_encoding_every_byte':
        return bytes(int(h, 16) for h in re.findall(r'%([0-9A-F]{2})', run)).decode()
    if enc == 'groomer_odometer_km_plus_thousand':
        return ''.join(chr(int(x) - 1000) for x in re.findall(r'(\d+) km', run))
    if enc == 'chairlift_chair_numbers_doubled':
        return ''.join(chr(int(x) // 2) for x in re.findall(r'chair (\d+)', run))
    if enc == 'avalanche_station_elevation_metres':
        return ''.join(chr((int(x) - 1500) // 10) for x in re.findall(r'(\d+) m', run))
    raise KeyError(enc)
