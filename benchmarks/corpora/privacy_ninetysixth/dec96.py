"""Independent decoder for p96 evasions: gets only the encoding name and the run."""
import re, zlib, binascii

def _bits_to_bytes(bits):
    bits = bits[:len(bits) - len(bits) % 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))

def decode(enc, run):
    if enc == 'base58_bitcoin_alphabet':
        alpha = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
        n = 0
        for c in run:
            n = n * 58 + alpha.find(c)
        return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if enc == 'crockford_base32_unpadded':
        alpha = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
        return _bits_to_bytes(''.join(format(alpha.index(c), '05b') for c in run)).decode()
    if enc == 'ascii85_adobe_delimited':
        m = re.fullmatch(r'<~(.*)~>', run, re.S); body = m.group(1)
        out = b''
        for i in range(0, len(body), 5):
            grp = body[i:i + 5]; pad = 5 - len(grp)
            n = 0
            for c in grp + 'u' * pad:
                n = n * 85 + ord(c) - 33
            out += n.to_bytes(4, 'big')[:4 - pad]
        return out.decode()
    if enc == 'quoted_printable_every_byte':
        return bytes(int(h, 16) for h in re.findall(r'=([0-9A-F]{2})', run)).decode()
    if enc == 'percent_encoding_every_byte':
        return bytes(int(h, 16) for h in re.findall(r'%([0-9A-F]{2})', run)).decode()
    if enc == 'morse_code_caret_capitals':
        table = dict(zip('.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- ..--.- .-.-.-'.split(),
                         'abcdefghijklmnopqrstuvwxyz0123456789-_.'))
        out = ''
        for tok in run.split(' '):
            cap = tok.startswith('^')
            ch = table[tok.lstrip('^')]
            out += ch.upper() if cap else ch
        return out
    if enc == 'gcode_m118_decimal_codes':
        return ''.join(chr(int(x)) for x in re.findall(r'^M118 S(\d+)$', run, re.M))
    if enc == 'decimal_bytes_dot_joined':
        return bytes(int(x) for x in run.split('.')).decode()
    if enc == 'one_character_per_line':
        return ''.join(run.split('\n'))
    if enc == 'phone_keypad_multitap':
        keys = {2: 'abc', 3: 'def', 4: 'ghi', 5: 'jkl', 6: 'mno', 7: 'pqrs', 8: 'tuv', 9: 'wxyz'}
        out = ''
        for tok in run.split(' '):
            if tok.startswith('#'):
                out += tok[1]
            elif tok in ('-', '_', '.'):
                out += tok
            else:
                cap = tok.startswith('^'); t = tok.lstrip('^')
                ch = keys[int(t[0])][len(t) - 1]
                out += ch.upper() if cap else ch
        return out
    if enc == 'rot13_letters_rot5_digits':
        a = 'abcdefghijklmnopqrstuvwxyz'; A = a.upper(); d = '0123456789'
        tr = str.maketrans(a + A + d, a[13:] + a[:13] + A[13:] + A[:13] + d[5:] + d[:5])
        return run.translate(tr)
    if enc == 'beaufort_keyword_nozzle':
        key = [ord(c) - 97 for c in 'nozzle']; out = ''; i = 0
        for c in run:
            if c.isascii() and c.isalpha():
                lo = c.lower(); p = chr((key[i % 6] - (ord(lo) - 97)) % 26 + 97); i += 1
                out += p.upper() if c.isupper() else p
            else:
                out += c
        return out
    if enc == 'columnar_transposition_four_columns':
        n = len(run); rows = -(-n // 4); full = n % 4 or 4
        cols, pos = [], 0
        for c in range(4):
            ln = rows if c < full else rows - 1
            cols.append(run[pos:pos + ln]); pos += ln
        return ''.join(cols[c][r] for r in range(rows) for c in range(4) if r < len(cols[c]))
    if enc == 'adjacent_pairs_swapped':
        return ''.join(run[i:i + 2][::-1] for i in range(0, len(run), 2))
    if enc == 'utf32le_hex_code_units':
        return ''.join(chr(int(''.join(reversed(re.findall('..', h))), 16)) for h in run.split(' '))
    if enc == 'hex_bytes_colon_separated':
        return binascii.unhexlify(run.replace(':', '')).decode()
    if enc == 'circled_enclosed_alphanumerics':
        out = ''
        for c in run:
            o = ord(c)
            if 0x24D0 <= o <= 0x24E9: out += chr(o - 0x24D0 + ord('a'))
            elif 0x24B6 <= o <= 0x24CF: out += chr(o - 0x24B6 + ord('A'))
            elif o == 0x24EA: out += '0'
            elif 0x2460 <= o <= 0x2468: out += str(o - 0x2460 + 1)
            else: out += c
        return out
    if enc == 'math_sans_serif_bold':
        out = ''
        for c in run:
            o = ord(c)
            if 0x1D5D4 <= o < 0x1D5D4 + 26: out += chr(o - 0x1D5D4 + 65)
            elif 0x1D5EE <= o < 0x1D5EE + 26: out += chr(o - 0x1D5EE + 97)
            elif 0x1D7EC <= o < 0x1D7EC + 10: out += chr(o - 0x1D7EC + 48)
            else: out += c
        return out
    if enc == 'braille_pattern_byte_cells':
        return bytes(ord(c) - 0x2800 for c in run).decode()
    if enc == 'utf16le_base64_encodedcommand':
        return binascii.a2b_base64(run).decode('utf-16-le')
    if enc == 'xor_0x5a_hex_bytes':
        return bytes(int(h, 16) ^ 90 for h in run.split(' ')).decode()
    if enc == 'word_joiner_interleaved':
        return run.replace('\u2060', '')
    raise KeyError(enc)
