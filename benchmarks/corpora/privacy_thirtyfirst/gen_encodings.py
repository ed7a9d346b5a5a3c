"""Encoders for the 22 evasion encodings (hand-written; decoders live in gen_decoders.py)."""
import base64

NATO = {'a': 'alfa', 'b': 'bravo', 'c': 'charlie', 'd': 'delta', 'e': 'echo', 'f': 'foxtrot', 'g': 'golf', 'h': 'hotel',
        'i': 'india', 'j': 'juliett', 'k': 'kilo', 'l': 'lima', 'm': 'mike', 'n': 'november', 'o': 'oscar', 'p': 'papa',
        'q': 'quebec', 'r': 'romeo', 's': 'sierra', 't': 'tango', 'u': 'uniform', 'v': 'victor', 'w': 'whiskey',
        'x': 'xray', 'y': 'yankee', 'z': 'zulu'}
DIG = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
PUN = {'-': 'dash', '_': 'underscore', '.': 'dot', '/': 'slash', '+': 'plus', ':': 'colon'}
HOMO = {'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е',
        'H': 'Н', 'K': 'К', 'M': 'М', 'O': 'О', 'P': 'Р', 'T': 'Т', 'X': 'Х'}
B91 = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~"')

def e_qp(s): return ''.join('=%02X' % b for b in s.encode())
def e_html(s): return ''.join('&#x%X;' % ord(c) for c in s)
def e_braille(s): return ''.join(chr(0x2800 + b) for b in s.encode())
def e_nato(s):
    w = []
    for c in s:
        if c.islower(): w.append(NATO[c])
        elif c.isupper(): w.append(NATO[c.lower()].upper())
        elif c.isdigit(): w.append(DIG[int(c)])
        else: w.append(PUN[c])
    return ' '.join(w)
def e_bignum(s): return str(int.from_bytes(s.encode(), 'big'))
def e_b91(s):
    out, b, n = [], 0, 0
    for byte in s.encode():
        b |= byte << n; n += 8
        if n > 13:
            v = b & 8191
            if v > 88: b >>= 13; n -= 13
            else: v = b & 16383; b >>= 14; n -= 14
            out.append(B91[v % 91]); out.append(B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90: out.append(B91[b // 91])
    return ''.join(out)
def e_concat(s, rng=None):
    parts, i, k = [], 0, 0
    sizes = [4, 3, 5, 4, 6, 3]
    while i < len(s):
        parts.append(s[i:i + sizes[k % 6]]); i += sizes[k % 6]; k += 1
    return ' + '.join("'" + p + "'" for p in parts)
def e_homo(s): return ''.join(HOMO.get(c, c) for c in s)
def e_stroke(s): return ''.join(c + '\u0336' for c in s)
def e_bf(s):
    out, cur = [], 0
    for b in s.encode():
        d = b - cur
        out.append(('+' * d if d > 0 else '-' * (-d)) + '.')
        cur = b
    return ''.join(out)
def e_modhex(s): return s.encode().hex().translate(str.maketrans('0123456789abcdef', 'cbdefghijklnrtuv'))
def e_dna(s): return ''.join('ACGT'[(b >> sh) & 3] for b in s.encode() for sh in (6, 4, 2, 0))
def e_spaced(s): return ' '.join(s)
def e_pct(s): return ''.join('%%%02X' % b for b in s.encode())
def e_bits(s): return ' '.join(format(b, '08b') for b in s.encode())
def e_swap(s): return s.swapcase()
def e_datauri(s): return 'data:text/plain;base64,' + base64.b64encode(s.encode()).decode()
def e_shy(s): return '\u00ad'.join(s)
def e_cbor(s):
    b = s.encode(); n = len(b)
    h = bytes([0x60 + n]) if n < 24 else (bytes([0x78, n]) if n < 256 else bytes([0x79]) + n.to_bytes(2, 'big'))
    return (h + b).hex()
def e_numbered(s, rng):
    parts = [s[i:i + 5] for i in range(0, len(s), 5)]
    idx = list(range(len(parts)))
    while True:
        rng.shuffle(idx)
        if idx != sorted(idx) or len(idx) == 1: break
    return ' '.join('%d:%s' % (i + 1, parts[i]) for i in idx)
def e_decoy(s, rng):
    al = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY23456789'
    return ''.join(c + rng.choice(al) for c in s)
def e_sheet(s):
    out = []
    for b in s.encode():
        n, col = b, ''
        while n: n, r = divmod(n - 1, 26); col = chr(65 + r) + col
        out.append(col)
    return ' '.join(out)

# name -> (encoder, needs rng, natural phrase)
ENC = {
 'quoted_printable_every_byte': (e_qp, False, 'in quoted-printable with every byte escaped as =XX'),
 'html_hex_char_refs': (e_html, False, 'as HTML hexadecimal character references (&#x..;)'),
 'braille_pattern_bytes': (e_braille, False, 'as Braille pattern characters, one cell per byte (U+2800 plus the byte value)'),
 'nato_phonetic_spelling': (e_nato, False, 'spelled in the NATO alphabet (CAPS word = capital letter, numbers and dash/dot/underscore/slash/plus/colon as words)'),
 'bignum_decimal_integer': (e_bignum, False, 'as one big decimal integer (the UTF-8 bytes read big-endian)'),
 'base91_henke': (e_b91, False, 'in basE91 (Joachim Henke’s base91)'),
 'string_concat_chunks': (e_concat, False, 'split into string pieces joined with + (concatenate them)'),
 'cyrillic_homoglyph_swap': (e_homo, False, 'with some Latin letters swapped for look-alike Cyrillic ones (а с е о р х у А В С Е Н К М О Р Т Х)'),
 'combining_long_stroke_overlay': (e_stroke, False, 'struck through with U+0336 combining long stroke overlay after each character'),
 'brainfuck_program': (e_bf, False, 'as a Brainfuck program that prints it'),
 'yubikey_modhex': (e_modhex, False, 'in YubiKey modhex (cbdefghijklnrtuv instead of 0-9a-f)'),
 'dna_nucleotide_bases': (e_dna, False, 'as DNA bases, two bits per base (A=00 C=01 G=10 T=11)'),
 'letter_spaced_out': (e_spaced, False, 'with a space between every character (remove the spaces)'),
 'url_percent_every_byte': (e_pct, False, 'fully percent-encoded, every byte as %XX'),
 'bit_octets_spaced': (e_bits, False, 'as eight-bit groups of ones and zeros, one group per byte'),
 'case_swapped': (e_swap, False, 'with upper and lower case swapped'),
 'data_uri_text_plain': (e_datauri, False, 'inside a data: URI (text/plain, base64)'),
 'soft_hyphen_interleaved': (e_shy, False, 'with invisible soft hyphens (U+00AD) between the characters'),
 'cbor_text_string_hex': (e_cbor, False, 'as a CBOR text string (RFC 8949, major type 3), hex of the encoded item'),
 'chunks_numbered_shuffled': (e_numbered, True, 'in numbered five-character pieces, shuffled (put them back in number order)'),
 'alternate_char_decoy': (e_decoy, True, 'with a decoy character after every real one (keep the 1st, 3rd, 5th …)'),
 'spreadsheet_column_bytes': (e_sheet, False, 'as spreadsheet column names, one per byte (A=1 … Z=26, AA=27 …)'),
}
def encode(name, s, rng):
    f, needs, _ = ENC[name]
    return f(s, rng) if needs else f(s)
