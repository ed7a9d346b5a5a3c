"""Independent decoder for p94 evasions: gets only the encoding name and the run."""
import re, unicodedata, binascii
A58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
CR = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
def _int_bytes(n):
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
def _a85(run):
    assert run.startswith('<~') and run.endswith('~>')
    body = run[2:-2].replace('z', '!!!!!'); out = b''
    pad = -len(body) % 5; body += 'u' * pad
    for i in range(0, len(body), 5):
        n = 0
        for c in body[i:i + 5]: n = n * 85 + ord(c) - 33
        out += n.to_bytes(4, 'big')
    return out[:len(out) - pad].decode()
def _crock(run):
    bits = ''.join(format(CR.index(c), '05b') for c in run)
    bits = bits[:len(bits) // 8 * 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()
def _unaffine(s):
    inv = 21  # 5*21 = 105 = 1 mod 26
    o = ''
    for c in s:
        if 'a' <= c <= 'z': o += chr(inv * (ord(c) - 97 - 8) % 26 + 97)
        elif 'A' <= c <= 'Z': o += chr(inv * (ord(c) - 65 - 8) % 26 + 65)
        else: o += c
    return o
ROWS_Q = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
ROWS_D = ["',.pyfgcrl", "aoeuidhtns", ";qjkxbmwvz"]
def _undvorak(s):
    m = {}
    for q, d in zip(ROWS_Q, ROWS_D):
        for a, b in zip(q, d): m[b] = a
    m['-'] = "'"; m['['] = '-'; m['/'] = '['; m['='] = ']'  # punctuation keys
    o = ''
    for c in s:
        lc = c.lower()
        if lc in m and c.isalpha(): o += m[lc].upper() if c.isupper() else m[lc]
        elif c in m and not c.isalpha(): o += m[c]
        else: o += c
    return o
def _unsans(c):
    o = ord(c)
    if 0x1D5D4 <= o < 0x1D5EE: return chr(o - 0x1D5D4 + 65)
    if 0x1D5EE <= o < 0x1D608: return chr(o - 0x1D5EE + 97)
    if 0x1D7EC <= o < 0x1D7F6: return chr(o - 0x1D7EC + 48)
    return c
def decode(enc, run):
    if enc == 'base58_bitcoin_alphabet':
        n = 0
        for c in run: n = n * 58 + A58.index(c)
        return _int_bytes(n)
    if enc == 'ascii85_adobe_delimited': return _a85(run)
    if enc == 'crockford_base32_bits': return _crock(run)
    if enc == 'hex_nibbles_as_a_to_p':
        return bytes((ord(run[i]) - 97) * 16 + ord(run[i + 1]) - 97 for i in range(0, len(run), 2)).decode()
    if enc == 'hex_nibble_swapped_bytes': return bytes(int(t[1] + t[0], 16) for t in run.split(' ')).decode()
    if enc == 'quoted_printable_every_byte': return bytes(int(h, 16) for h in re.findall(r'=([0-9A-F]{2})', run)).decode()
    if enc == 'c_char_literal_array':
        m = re.fullmatch(r"char k\[\] = \{(.*), '\\0'\};", run); return ''.join(re.findall(r"'(.)'", m.group(1)))
    if enc == 'java_char_array_string':
        m = re.fullmatch(r'new String\(new char\[\]\{([0-9,]+)\}\)', run); return ''.join(chr(int(x)) for x in m.group(1).split(','))
    if enc == 'javascript_fromcharcode_call':
        m = re.fullmatch(r'String\.fromCharCode\(([0-9a-fx,]+)\)', run); return ''.join(chr(int(x, 16)) for x in m.group(1).split(','))
    if enc == 'perl_pack_upper_h_star':
        m = re.fullmatch(r'pack\("H\*", "([0-9a-f]+)"\)', run); return binascii.unhexlify(m.group(1)).decode()
    if enc == 'ruby_pack_c_star_array':
        m = re.fullmatch(r'\[([0-9, ]+)\]\.pack\("C\*"\)', run); return bytes(int(x) for x in m.group(1).split(', ')).decode()
    if enc == 'sql_chr_concatenation': return ''.join(chr(int(x)) for x in re.findall(r'CHR\((\d+)\)', run))
    if enc == 'spreadsheet_char_formula':
        assert run.startswith('='); return ''.join(chr(int(x)) for x in re.findall(r'CHAR\((\d+)\)', run))
    if enc == 'python_named_unicode_escapes':
        return ''.join(unicodedata.lookup(x) for x in re.findall(r'\\N\{([^}]+)\}', run))
    if enc == 'affine_cipher_five_eight': return _unaffine(run)
    if enc == 'alnum_ring_rotate_thirty_one':
        ring = ''.join(chr(c) for c in list(range(48, 58)) + list(range(65, 91)) + list(range(97, 123)))
        return ''.join(ring[(ring.index(c) - 31) % 62] if c in ring else c for c in run)
    if enc == 'adjacent_pairs_swapped':
        l = list(run)
        for i in range(0, len(l) - 1, 2): l[i], l[i + 1] = l[i + 1], l[i]
        return ''.join(l)
    if enc == 'halves_exchanged':
        k = len(run) // 2; return run[k:] + run[:k]
    if enc == 'base64url_of_reversed_text':
        return binascii.a2b_base64((run.replace('-', '+').replace('_', '/') + '=' * (-len(run) % 4)).encode()).decode()[::-1]
    if enc == 'math_sans_serif_bold_forms': return ''.join(_unsans(c) for c in run)
    if enc == 'combining_low_line_underlined': return run.replace('\u0332', '')
    if enc == 'one_character_per_line': return run.replace('\n', '')
    raise KeyError(enc)
