# Independent decoders (written separately from gen_encodings; share no code with it)
import base64, codecs, zlib, lzma, binascii, html, ast, re, unicodedata, urllib.parse

def d_rot47(v, k):
    return ''.join(chr(33 + (ord(c) - 33 - 47) % 94) if '!' <= c <= '~' else c for c in v)
def d_atbash(v, k):
    t = str.maketrans('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 'zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA')
    return v.translate(t)
def d_nato(v, k):
    words = {'alfa': 'a', 'bravo': 'b', 'charlie': 'c', 'delta': 'd', 'echo': 'e', 'foxtrot': 'f', 'golf': 'g', 'hotel': 'h', 'india': 'i', 'juliett': 'j', 'kilo': 'k', 'lima': 'l', 'mike': 'm', 'november': 'n', 'oscar': 'o', 'papa': 'p', 'quebec': 'q', 'romeo': 'r', 'sierra': 's', 'tango': 't', 'uniform': 'u', 'victor': 'v', 'whiskey': 'w', 'xray': 'x', 'yankee': 'y', 'zulu': 'z'}
    num = {w: str(i) for i, w in enumerate(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])}
    sym = {'underscore': '_', 'dash': '-', 'dot': '.'}
    out = ''
    for w in v.split():
        if w in words: out += words[w]
        elif w.lower() in words and w.isupper(): out += words[w.lower()].upper()
        elif w in num: out += num[w]
        else: out += sym[w]
    return out
def d_base32_generic(v, alpha):
    n = 0
    for c in v: n = n * 32 + alpha.index(c)
    nbits = len(v) * 5; nbytes = nbits // 8
    return (n >> (nbits - nbytes * 8)).to_bytes(nbytes, 'big').decode()
def d_flickr(v, k):
    a = '123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'; n = 0
    for c in v: n = n * 58 + a.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
def d_hexdump(v, k):
    out = b''
    for line in v.splitlines():
        if '|' not in line: continue
        out += bytes.fromhex(line[10:59].replace(' ', ''))
    return out.decode()
def d_rail(v, k):
    n = int(k.split('=')[1]); L = len(v)
    pattern = []; r = 0; step = 1
    for i in range(L):
        pattern.append(r)
        if n > 1:
            if r == n - 1: step = -1
            elif r == 0: step = 1
            r += step
    order = sorted(range(L), key=lambda i: (pattern[i], i))
    res = [''] * L
    for ch, pos in zip(v, order): res[pos] = ch
    return ''.join(res)
def d_beaufort(v, k):
    out = []; j = 0
    for c in v:
        if c in 'abcdefghijklmnopqrstuvwxyz' or c in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ':
            kk = 'abcdefghijklmnopqrstuvwxyz'.index(k[j % len(k)]); j += 1
            A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' if c.isupper() else 'abcdefghijklmnopqrstuvwxyz'
            out.append(A[(kk - A.index(c)) % 26])
        else: out.append(c)
    return ''.join(out)
def d_autokey(v, k):
    keystream = list(k); out = []; j = 0
    for c in v:
        if c.isascii() and c.isalpha():
            A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' if c.isupper() else 'abcdefghijklmnopqrstuvwxyz'
            p = A[(A.index(c) - (ord(keystream[j]) - ord('a'))) % 26]; j += 1
            keystream.append(p.lower()); out.append(p)
        else: out.append(c)
    return ''.join(out)
def d_xor(v, k):
    kb = k.encode(); b = bytes.fromhex(v)
    return bytes(x ^ kb[i % len(kb)] for i, x in enumerate(b)).decode()
def d_qwerty(v, k):
    rows = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?"]
    m = {}
    for row in rows:
        for i in range(len(row) - 1): m[row[i]] = row[i + 1]
    return ''.join(m[c] for c in v)
def d_xx(v, k):
    xx = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
    out = b''
    for line in v.splitlines()[1:]:
        if line in ('end', '+'): continue
        uu = ''.join(chr(32 + xx.index(c)) if xx.index(c) else '`' for c in line)
        out += binascii.a2b_uu(uu)
    return out.decode()
def d_pairs(v, k):
    l = list(v)
    for i in range(0, len(l) - 1, 2): l[i], l[i + 1] = l[i + 1], l[i]
    return ''.join(l)

DEC = {
 'rot47_printable': d_rot47,
 'atbash_letters': d_atbash,
 'rot13_then_base64': lambda v, k: codecs.decode(base64.b64decode(v).decode(), 'rot_13'),
 'hex_then_base64': lambda v, k: bytes.fromhex(base64.b64decode(v).decode()).decode(),
 'double_base64': lambda v, k: base64.b64decode(base64.b64decode(v)).decode(),
 'zlib_base64': lambda v, k: zlib.decompress(base64.b64decode(v)).decode(),
 'lzma_xz_base64': lambda v, k: lzma.decompress(base64.b64decode(v), format=lzma.FORMAT_XZ).decode(),
 'binary_octets_spaced': lambda v, k: bytes(int(x, 2) for x in v.split()).decode(),
 'octal_bytes_spaced': lambda v, k: bytes(int(x, 8) for x in v.split()).decode(),
 'nato_phonetic_spelled': d_nato,
 'url_percent_encoded_all': lambda v, k: urllib.parse.unquote(v),
 'html_decimal_entities': lambda v, k: html.unescape(v),
 'css_hex_escapes': lambda v, k: re.sub(r'\\([0-9a-fA-F]{6})', lambda m: chr(int(m.group(1), 16)), v),
 'python_bytes_literal_hex': lambda v, k: ast.literal_eval(v).decode(),
 'base32_crockford': lambda v, k: d_base32_generic(v, '0123456789ABCDEFGHJKMNPQRSTVWXYZ'),
 'z_base32': lambda v, k: d_base32_generic(v, 'ybndrfg8ejkmcpqxot1uwisza345h769'),
 'base58_flickr_bigint': d_flickr,
 'hexdump_canonical_block': d_hexdump,
 'braille_byte_patterns': lambda v, k: bytes(ord(c) - 0x2800 for c in v).decode(),
 'rail_fence_keyed': d_rail,
 'beaufort_cipher_keyed': d_beaufort,
 'autokey_vigenere_keyed': d_autokey,
 'repeating_xor_hex_keyed': d_xor,
 'qwerty_left_shift_typo': d_qwerty,
 'filler_char_interleaved': lambda v, k: v[::2],
 'zero_width_space_interleaved': lambda v, k: v.replace('\u200b', ''),
 'xxencode_begin_block': d_xx,
 'mysql_unhex_call': lambda v, k: bytes.fromhex(re.fullmatch(r"UNHEX\('([0-9A-F]+)'\)", v).group(1)).decode(),
 'js_fromcharcode_call': lambda v, k: ''.join(chr(int(x)) for x in re.fullmatch(r'String\.fromCharCode\(([\d, ]+)\)', v).group(1).split(',')),
 'python_chr_list_join': lambda v, k: ''.join(chr(x) for x in ast.literal_eval(re.fullmatch(r"''\.join\(map\(chr, (\[[\d, ]+\])\)\)", v).group(1))),
 'perl_pack_h_star': lambda v, k: bytes.fromhex(re.fullmatch(r'pack\("H\*", "([0-9a-f]+)"\)', v).group(1)).decode(),
 'adjacent_pair_swapped': d_pairs,
 'circled_alphanumerics_nfkc': lambda v, k: unicodedata.normalize('NFKC', v),
}
