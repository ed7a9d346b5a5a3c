"""Independent decoders: get only the encoding name and the run. No use of the encoders."""

B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _regroup(vals, width):
    acc = 0; bits = 0; out = bytearray()
    for v in vals:
        acc = (acc << width) | v; bits += width
        if bits >= 8:
            bits -= 8; out.append((acc >> bits) & 0xFF)
    return bytes(out)


def _from_radix(run, alphabet):
    n = 0
    for ch in run:
        n = n * len(alphabet) + alphabet.index(ch)
    out = bytearray()
    while n:
        out.insert(0, n & 0xFF); n >>= 8
    return bytes(out).decode()


def _a85(run):
    assert run.startswith('<~') and run.endswith('~>')
    body = run[2:-2]; out = bytearray(); grp = []
    i = 0
    while i < len(body):
        c = body[i]; i += 1
        if c == 'z' and not grp:
            out += b'\0\0\0\0'; continue
        grp.append(ord(c) - 33)
        if len(grp) == 5:
            n = 0
            for g in grp: n = n * 85 + g
            out += n.to_bytes(4, 'big'); grp = []
    if grp:
        k = len(grp)
        grp += [84] * (5 - k); n = 0
        for g in grp: n = n * 85 + g
        out += n.to_bytes(4, 'big')[:k - 1]
    return bytes(out).decode()


ROWS = ['`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./',
        '~!@#$%^&*()_+', 'QWERTYUIOP{}|', 'ASDFGHJKL:"', 'ZXCVBNM<>?']
BR = {'⠁': 'a', '⠃': 'b', '⠉': 'c', '⠙': 'd', '⠑': 'e', '⠋': 'f', '⠛': 'g', '⠓': 'h', '⠊': 'i', '⠚': 'j',
      '⠅': 'k', '⠇': 'l', '⠍': 'm', '⠝': 'n', '⠕': 'o', '⠏': 'p', '⠟': 'q', '⠗': 'r', '⠎': 's', '⠞': 't',
      '⠥': 'u', '⠧': 'v', '⠺': 'w', '⠭': 'x', '⠽': 'y', '⠵': 'z'}
GRID = 'abcdefghijklmnopqrstuvwxyz0123456789'


def decode(enc, run):
    if enc == 'base32_rfc4648_unpadded':
        return _regroup([B32.index(c) for c in run], 5).decode()
    if enc == 'ascii85_adobe_delimited':
        return _a85(run)
    if enc == 'reversed_character_order':
        out = ''
        for c in run: out = c + out
        return out
    if enc == 'atbash_letters_nine_complement_digits':
        low = 'abcdefghijklmnopqrstuvwxyz'; out = ''
        for c in run:
            if c in low: out += low[25 - low.index(c)]
            elif c in low.upper(): out += low.upper()[25 - low.upper().index(c)]
            elif c in '0123456789': out += '9876543210'[int(c)]
            else: out += c
        return out
    if enc == 'vigenere_keyword_escrow_letters_only':
        key = [ord(k) - 65 for k in 'ESCROW']; out = ''; n = 0
        for c in run:
            if 'a' <= c <= 'z' or 'A' <= c <= 'Z':
                base = 97 if c >= 'a' else 65
                out += chr(base + (ord(c) - base - key[n % 6]) % 26); n += 1
            else:
                out += c
        return out
    if enc == 'quoted_printable_every_byte':
        parts = run.split('=')[1:]
        return bytes(int(p, 16) for p in parts).decode()
    if enc == 'percent_encoding_every_byte':
        return bytes(int(p, 16) for p in run.split('%')[1:]).decode()
    if enc == 'base36_big_integer_lowercase':
        return _from_radix(run, '0123456789abcdefghijklmnopqrstuvwxyz')
    if enc == 'crockford_base32_big_integer':
        return _from_radix(run, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
    if enc == 'polybius_square_six_by_six':
        out = ''
        for tok in run.split(' '):
            if tok in ('-', '_', '.'): out += tok; continue
            cap = tok.startswith('^'); tok = tok.lstrip('^')
            ch = GRID[(int(tok[0]) - 1) * 6 + int(tok[1]) - 1]
            out += ch.upper() if cap else ch
        return out
    if enc == 'deed_book_page_refs':
        out = ''
        for tok in run.split('; '):
            _, b, _, p = tok.split(' ')
            out += chr(int(b) * 100 + int(p))
        return out
    if enc == 'survey_bearing_degrees_minutes':
        out = ''
        for tok in run.split(', '):
            mid = tok.split(' ')[1]
            d, m = mid.rstrip("'").split('°')
            out += chr(int(d) * 60 + int(m))
        return out
    if enc == 'escrow_cents_amounts':
        return ''.join(chr(int(t.lstrip('$').replace('.', ''))) for t in run.split(' '))
    if enc == 'little_endian_16bit_hex_words':
        bs = bytearray()
        for w in run.split(' '):
            bs.append(int(w[2:], 16)); bs.append(int(w[:2], 16))
        if bs and bs[-1] == 0: bs = bs[:-1]
        return bytes(bs).decode()
    if enc == 'base64_of_reversed_text':
        vals = [B64.index(c) for c in run.rstrip('=')]
        return _regroup(vals, 6).decode()[::-1]
    if enc == 'ternary_five_digit_code_points':
        out = ''
        for t in run.split(' '):
            n = 0
            for d in t: n = n * 3 + int(d)
            out += chr(n)
        return out
    if enc == 'qwerty_one_key_right':
        out = ''
        for c in run:
            for row in ROWS:
                i = row.find(c)
                if i > 0:
                    out += row[i - 1]; break
            else:
                raise ValueError(c)
        return out
    if enc == 'columnar_transposition_width_four':
        cols = run.split('|'); out = ''
        for i in range(max(len(c) for c in cols)):
            for c in cols:
                if i < len(c): out += c[i]
        return out
    if enc == 'adjacent_pairs_swapped':
        out = ''; i = 0
        while i + 1 < len(run):
            out += run[i + 1] + run[i]; i += 2
        if i < len(run): out += run[i]
        return out
    if enc == 'letter_case_inverted':
        return ''.join(c.lower() if c.isupper() else c.upper() for c in run)
    if enc == 'ones_complement_byte_hex':
        return bytes(255 - int(t, 16) for t in run.split('.')).decode()
    if enc == 'braille_grade1_unicode_cells':
        out = ''; i = 0
        while i < len(run):
            c = run[i]
            if c == '⠠':
                out += BR[run[i + 1]].upper(); i += 2
            elif c == '⠼':
                out += '1234567890'['abcdefghij'.index(BR[run[i + 1]])]; i += 2
            elif c in BR:
                out += BR[c]; i += 1
            else:
                out += c; i += 1
        return out
    raise KeyError(enc)
