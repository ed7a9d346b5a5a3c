"""Independent decoders, written separately from the encoders (library codecs where they exist)."""
import base64, html, quopri, re, urllib.parse

def d_qp(t): return quopri.decodestring(t.encode()).decode()
def d_html(t): return html.unescape(t)
def d_braille(t): return bytes(ord(c) - 0x2800 for c in t).decode()
_N = {'alfa': 'a', 'bravo': 'b', 'charlie': 'c', 'delta': 'd', 'echo': 'e', 'foxtrot': 'f', 'golf': 'g', 'hotel': 'h', 'india': 'i',
      'juliett': 'j', 'kilo': 'k', 'lima': 'l', 'mike': 'm', 'november': 'n', 'oscar': 'o', 'papa': 'p', 'quebec': 'q', 'romeo': 'r',
      'sierra': 's', 'tango': 't', 'uniform': 'u', 'victor': 'v', 'whiskey': 'w', 'xray': 'x', 'yankee': 'y', 'zulu': 'z'}
_W = dict(zip('zero one two three four five six seven eight nine'.split(), '0123456789'))
_W.update({'dash': '-', 'underscore': '_', 'dot': '.', 'slash': '/', 'plus': '+', 'colon': ':'})
def d_nato(t):
    out = ''
    for w in t.split():
        if w in _W: out += _W[w]
        elif w.isupper(): out += _N[w.lower()].upper()
        else: out += _N[w]
    return out
def d_bignum(t):
    n = int(t); return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
_T = {c: i for i, c in enumerate('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~"')}
def d_b91(t):
    v, b, n, out = -1, 0, 0, bytearray()
    for ch in t:
        c = _T[ch]
        if v < 0: v = c; continue
        v += c * 91
        b |= v << n
        n += 13 if (v & 8191) > 88 else 14
        while n > 7:
            out.append(b & 255); b >>= 8; n -= 8
        v = -1
    if v + 1: out.append((b | v << n) & 255)
    return out.decode()
def d_concat(t): return ''.join(re.findall(r"'([^']*)'", t))
_H = {'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y', 'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H',
      'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X'}
def d_homo(t): return ''.join(_H.get(c, c) for c in t)
def d_stroke(t): return t.replace('\u0336', '')
def d_bf(prog):
    tape, p, ip, out = [0] * 300, 0, 0, []
    jump, st = {}, []
    for i, c in enumerate(prog):
        if c == '[': st.append(i)
        elif c == ']': j = st.pop(); jump[i] = j; jump[j] = i
    while ip < len(prog):
        c = prog[ip]
        if c == '+': tape[p] = (tape[p] + 1) % 256
        elif c == '-': tape[p] = (tape[p] - 1) % 256
        elif c == '>': p += 1
        elif c == '<': p -= 1
        elif c == '.': out.append(tape[p])
        elif c == '[' and tape[p] == 0: ip = jump[ip]
        elif c == ']' and tape[p] != 0: ip = jump[ip]
        ip += 1
    return bytes(out).decode()
def d_modhex(t): return bytes.fromhex(''.join('0123456789abcdef'['cbdefghijklnrtuv'.index(c)] for c in t)).decode()
def d_dna(t):
    v = {'A': 0, 'C': 1, 'G': 2, 'T': 3}
    return bytes(v[t[i]] * 64 + v[t[i + 1]] * 16 + v[t[i + 2]] * 4 + v[t[i + 3]] for i in range(0, len(t), 4)).decode()
def d_spaced(t): return t[::2]
def d_pct(t): return urllib.parse.unquote(t)
def d_bits(t): return bytes(int(g, 2) for g in t.split()).decode()
def d_swap(t): return ''.join(c.lower() if c.isupper() else c.upper() for c in t)
def d_datauri(t): return base64.b64decode(t.split(',', 1)[1]).decode()
def d_shy(t): return t.replace('\u00ad', '')
def d_cbor(t):
    b = bytes.fromhex(t); ai = b[0] & 31
    assert b[0] >> 5 == 3
    if ai < 24: n, o = ai, 1
    elif ai == 24: n, o = b[1], 2
    else: n, o = int.from_bytes(b[1:3], 'big'), 3
    assert len(b) == o + n
    return b[o:].decode()
def d_numbered(t):
    ps = [x.split(':', 1) for x in t.split(' ')]
    return ''.join(v for k, v in sorted(ps, key=lambda kv: int(kv[0])))
def d_decoy(t): return t[0::2]
def d_sheet(t):
    out = []
    for col in t.split():
        n = 0
        for ch in col: n = n * 26 + (ord(ch) - 64)
        out.append(n)
    return bytes(out).decode()

DEC = {'quoted_printable_every_byte': d_qp, 'html_hex_char_refs': d_html, 'braille_pattern_bytes': d_braille,
       'nato_phonetic_spelling': d_nato, 'bignum_decimal_integer': d_bignum, 'base91_henke': d_b91,
       'string_concat_chunks': d_concat, 'cyrillic_homoglyph_swap': d_homo, 'combining_long_stroke_overlay': d_stroke,
       'brainfuck_program': d_bf, 'yubikey_modhex': d_modhex, 'dna_nucleotide_bases': d_dna, 'letter_spaced_out': d_spaced,
       'url_percent_every_byte': d_pct, 'bit_octets_spaced': d_bits, 'case_swapped': d_swap, 'data_uri_text_plain': d_datauri,
       'soft_hyphen_interleaved': d_shy, 'cbor_text_string_hex': d_cbor, 'chunks_numbered_shuffled': d_numbered,
       'alternate_char_decoy': d_decoy, 'spreadsheet_column_bytes': d_sheet}

# known-answer self-tests (hand-worked or from published examples)
SELFTESTS = [
 ('quoted_printable_every_byte', '=48=69', 'Hi'), ('html_hex_char_refs', '&#x41;&#x62;', 'Ab'),
 ('braille_pattern_bytes', '\u2841', 'A'), ('nato_phonetic_spelling', 'ALFA bravo one dash', 'Ab1-'),
 ('bignum_decimal_integer', '16706', 'AB'), ('brainfuck_program', '++++++++[>++++++++<-]>+.', 'A'),
 ('yubikey_modhex', 'fbfd', 'AB'), ('dna_nucleotide_bases', 'CAACCAAG', 'AB'),
 ('cbor_text_string_hex', '6449455446', 'IETF'), ('spreadsheet_column_bytes', 'BM', 'A'),
 ('url_percent_every_byte', '%41%2D', 'A-'), ('bit_octets_spaced', '01000001', 'A'),
 ('chunks_numbered_shuffled', '2:fgh 1:abcde', 'abcdefgh'), ('data_uri_text_plain', 'data:text/plain;base64,SGk=', 'Hi'),
]
def selftest():
    bad = [(n, e) for n, i, e in SELFTESTS if DEC[n](i) != e]
    return bad
