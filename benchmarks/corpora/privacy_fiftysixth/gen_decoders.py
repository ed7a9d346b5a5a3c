"""Independent decoders: get only the text before the span plus the run."""
import re, zlib, lzma, base64

def _digits_to_bytes(s, alpha):
    n = 0
    for c in s: n = n * len(alpha) + alpha.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big')

def d_colon(pre, run): return bytes(int(x, 16) for x in run.split(':')).decode()
def d_b64(pre, run):
    A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    bits = ''.join(format(A.index(c), '06b') for c in run.rstrip('='))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode()
def d_b58(pre, run): return _digits_to_bytes(run, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz').decode()
def d_b36(pre, run): return int(run, 36).to_bytes((int(run, 36).bit_length() + 7) // 8, 'big').decode()
def d_b45(pre, run):
    A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    out = bytearray()
    for i in range(0, len(run), 3):
        ch = run[i:i + 3]
        n = sum(A.index(c) * 45 ** k for k, c in enumerate(ch))
        out += bytes(divmod(n, 256)) if len(ch) == 3 else bytes([n])
    return out.decode()
def d_rust(pre, run): return ''.join(chr(int(h, 16)) for h in re.findall(r'\\u\{([0-9a-f]+)\}', run))
def d_xmlhex(pre, run): return ''.join(chr(int(h, 16)) for h in re.findall(r'&#x([0-9A-Fa-f]+);', run))
def d_css(pre, run): return ''.join(chr(int(h, 16)) for h in re.findall(r'\\([0-9a-f]+)', run))
def d_cx(pre, run): return bytes(int(h, 16) for h in re.findall(r'\\x([0-9a-f]{2})', run)).decode()
def d_zlib(pre, run): return zlib.decompress(base64.b64decode(run)).decode()
def d_b85(pre, run):
    A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
    pad = -len(run) % 5
    s = run + '~' * pad
    out = bytearray()
    for i in range(0, len(s), 5):
        n = 0
        for c in s[i:i + 5]: n = n * 85 + A.index(c)
        out += n.to_bytes(4, 'big')
    return bytes(out[:len(out) - pad]).decode()
def d_xz(pre, run): return lzma.decompress(bytes.fromhex(run)).decode()
def d_rot18(pre, run):
    o = ''
    for c in run:
        if c.islower(): o += chr((ord(c) - 84) % 26 + 97)
        elif c.isupper(): o += chr((ord(c) - 52) % 26 + 65)
        elif c.isdigit(): o += str((int(c) + 5) % 10)
        else: o += c
    return o
def d_braille(pre, run): return bytes(ord(c) - 0x2800 for c in run).decode()
def d_keycap(pre, run): return ''.join(chr(int(''.join(re.findall(r'(\d)\ufe0f\u20e3', g)))) for g in run.split('▪️'))
def d_mathbold(pre, run):
    o = ''
    for c in run:
        n = ord(c)
        if 0x1D400 <= n < 0x1D41A: o += chr(n - 0x1D400 + ord('A'))
        elif 0x1D41A <= n < 0x1D434: o += chr(n - 0x1D41A + ord('a'))
        elif 0x1D7CE <= n < 0x1D7D8: o += chr(n - 0x1D7CE + ord('0'))
        else: o += c
    return o
def d_utf16(pre, run): return ''.join(chr(int(run[i + 2:i + 4] + run[i:i + 2], 16)) for i in range(0, len(run), 4))
def d_tern(pre, run): return ''.join(chr(int(g, 3)) for g in run.split())
def d_rail(pre, run):
    a, b = run.split('|', 1) if run.count('|') == 1 else (run[:(len(run) + 1) // 2], run[(len(run) + 1) // 2 + 1:])
    return ''.join(a[i // 2] if i % 2 == 0 else b[i // 2] for i in range(len(a) + len(b)))
def d_colour(pre, run):
    return bytes.fromhex(''.join(x[1:] for x in run.split())).rstrip(b'\x00').decode()
def d_splits(pre, run): return ''.join(chr(int(l.rsplit('.', 1)[1])) for l in run.splitlines())
def d_inv(pre, run):
    base = int(re.findall(r'item id minus (\d+)', pre)[-1])
    return ''.join(chr(int(re.search(r'#(\d+)', l).group(1)) - base) for l in run.splitlines())

DEC = {'colon_hex_byte_pairs': d_colon, 'mime_base64_padded': d_b64, 'base58_bitcoin_alphabet': d_b58,
       'base36_bigendian_number': d_b36, 'base45_rfc9285': d_b45, 'rust_braced_unicode_escapes': d_rust,
       'xml_hex_character_references': d_xmlhex, 'css_backslash_hex_escapes': d_css, 'c_hex_byte_escapes': d_cx,
       'zlib_deflate_then_base64': d_zlib, 'git_base85_rfc1924': d_b85, 'lzma_xz_then_hex': d_xz,
       'rot18_letters_and_digits': d_rot18, 'braille_byte_patterns': d_braille, 'keycap_emoji_char_codes': d_keycap,
       'math_bold_alphanumerics': d_mathbold, 'utf16le_hex_units': d_utf16, 'base3_trit_groups': d_tern,
       'rail_fence_two_rails': d_rail, 'overlay_hex_colour_triplets': d_colour, 'speedrun_split_milliseconds': d_splits,
       'inventory_item_id_offsets': d_inv}
