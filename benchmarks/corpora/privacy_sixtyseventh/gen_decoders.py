"""Decoders, written independently of the encoders. Each gets the text before the span and the run."""
import re, base64, lzma

_NATO = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
_NUM = 'zero one two three four five six seven eight niner'.split()

def d_nato(pre, run):
    out = ''
    for w in run.split(' '):
        if w.lower() in _NATO:
            c = 'abcdefghijklmnopqrstuvwxyz'[_NATO.index(w.lower())]
            out += c.upper() if w.isupper() else c
        elif w in _NUM: out += str(_NUM.index(w))
        else: out += {'dash': '-', 'underscore': '_', 'decimal': '.'}[w]
    return out

def d_rail(pre, run):
    h = (len(run) + 1) // 2
    a, b = run[:h], run[h:]
    return ''.join(a[i] + (b[i] if i < len(b) else '') for i in range(h))

def d_b45(pre, run):
    al = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    out = bytearray()
    for i in range(0, len(run), 3):
        ch = run[i:i + 3]
        n = sum(al.index(c) * 45 ** k for k, c in enumerate(ch))
        out += bytes([n // 256, n % 256]) if len(ch) == 3 else bytes([n])
    return out.decode()

def d_crock(pre, run):
    al = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
    bits = ''.join(format(al.index(c), '05b') for c in run)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode()

def d_b64(s):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    bits = ''.join(format(al.index(c), '06b') for c in s.rstrip('='))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8))

_EBC = {0x81 + i: c for i, c in enumerate('abcdefghi')}
_EBC.update({0x91 + i: c for i, c in enumerate('jklmnopqr')}); _EBC.update({0xA2 + i: c for i, c in enumerate('stuvwxyz')})
_EBC.update({0xC1 + i: c for i, c in enumerate('ABCDEFGHI')}); _EBC.update({0xD1 + i: c for i, c in enumerate('JKLMNOPQR')})
_EBC.update({0xE2 + i: c for i, c in enumerate('STUVWXYZ')}); _EBC.update({0xF0 + i: str(i) for i in range(10)})
_EBC.update({0x60: '-', 0x6D: '_', 0x4B: '.'})

def nums(run):
    return [int(x, 0) for x in re.findall(r'0x[0-9a-fA-F]+|\d+', run)]

def d_circ(pre, run):
    out = ''
    for ch in run:
        o = ord(ch)
        if 0x24D0 <= o <= 0x24E9: out += chr(o - 0x24D0 + 97)
        elif 0x24B6 <= o <= 0x24CF: out += chr(o - 0x24B6 + 65)
        elif o == 0x24EA: out += '0'
        elif 0x2460 <= o <= 0x2468: out += str(o - 0x2460 + 1)
        else: out += ch
    return out

def _anch(rx, run):
    m = re.fullmatch(rx, run, re.S)
    if not m: raise ValueError('notation mismatch')
    return m.group(1)

DEC = {
 'nato_phonetic_radio_spelling': d_nato,
 'reversed_character_order': lambda pre, run: ''.join(reversed(run)),
 'rail_fence_two_rails': d_rail,
 'base45_qr_alphabet': d_b45,
 'crockford_base32_alphabet': d_crock,
 'lzma_xz_then_base64': lambda pre, run: lzma.decompress(d_b64(run)).decode(),
 'ebcdic_cp037_hex_bytes': lambda pre, run: ''.join(_EBC[int(run[i:i + 2], 16)] for i in range(0, len(run), 2)),
 'cobol_hex_literal_ascii': lambda pre, run: bytes.fromhex(_anch(r'X"([0-9A-F]+)"', run)).decode(),
 'percent_encoded_all_bytes': lambda pre, run: bytes(int(x, 16) for x in re.findall(r'%([0-9A-F]{2})', run)).decode(),
 'javascript_fromcharcode_call': lambda pre, run: ''.join(map(chr, nums(_anch(r'String\.fromCharCode\(([\d, ]+)\)', run)))),
 'csharp_char_array_string': lambda pre, run: ''.join(re.findall(r"'(.)'", _anch(r'new string\(new char\[\] \{ (.+) \}\)', run))),
 'go_byte_slice_hex': lambda pre, run: bytes(nums(_anch(r'string\(\[\]byte\{([0-9a-fx, ]+)\}\)', run))).decode(),
 'rust_vec_u8_from_utf8': lambda pre, run: bytes(nums(_anch(r'String::from_utf8\(vec!\[([\d, ]+)\]\)\.unwrap\(\)', run))).decode(),
 'perl_chr_map_join': lambda pre, run: ''.join(map(chr, nums(_anch(r"join '', map \{ chr \} \(([\d, ]+)\)", run)))),
 'powershell_char_array_join': lambda pre, run: ''.join(map(chr, nums(_anch(r'-join \[char\[\]\]\(([\d,]+)\)', run)))),
 'lua_string_char_call': lambda pre, run: ''.join(map(chr, nums(_anch(r'string\.char\(([\d, ]+)\)', run)))),
 'php_chr_dot_concat': lambda pre, run: ''.join(chr(int(x)) for x in re.findall(r'chr\((\d+)\)', _anch(r'((?:chr\(\d+\)\.?)+)', run))),
 'ruby_array_pack_c': lambda pre, run: bytes(nums(_anch(r"\[([\d, ]+)\]\.pack\('C\*'\)", run))).decode(),
 'vba_chrw_ampersand_concat': lambda pre, run: ''.join(chr(int(x)) for x in re.findall(r'ChrW\((\d+)\)', _anch(r'((?:ChrW\(\d+\)(?: & )?)+)', run))),
 'json_backslash_u_escapes': lambda pre, run: ''.join(chr(int(x, 16)) for x in re.findall(r'\\u([0-9a-f]{4})', _anch(r'"((?:\\u[0-9a-f]{4})+)"', run))),
 'circled_enclosed_alphanumerics': d_circ,
 'hex_of_reversed_bytes': lambda pre, run: bytes(reversed(bytes.fromhex(run))).decode(),
}
