"""Encoders (22). Each returns (phrase naming the encoding, encoded run)."""
import base64, lzma, zlib
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'

def _int_digits(b, alpha):
    n = int.from_bytes(b, 'big'); s = ''
    while n:
        n, r = divmod(n, len(alpha)); s = alpha[r] + s
    return s

def colon_hex_byte_pairs(p, r): return 'as hex bytes joined by colons (two hex digits per byte)', ':'.join('%02x' % b for b in p.encode())
def mime_base64_padded(p, r): return 'in standard Base64 (RFC 4648 section 4, + and / alphabet, = padding)', base64.b64encode(p.encode()).decode()
def base58_bitcoin_alphabet(p, r): return 'in Base58 (Bitcoin alphabet, no 0 O I l, bytes read as one big-endian number)', _int_digits(p.encode(), B58)
def base36_bigendian_number(p, r): return 'as one base-36 number (bytes read as a big-endian integer, digits 0-9 then a-z)', _int_digits(p.encode(), B36)
def base45_rfc9285(p, r):
    b = p.encode(); s = ''
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]; c, n = divmod(n, 45 * 45); e, d = divmod(n, 45); s += B45[d] + B45[e] + B45[c]
    if len(b) % 2:
        e, d = divmod(b[-1], 45); s += B45[d] + B45[e]
    return 'in Base45 (RFC 9285, the QR-code alphanumeric alphabet)', s
def rust_braced_unicode_escapes(p, r): return 'as Rust-style \\u{..} escapes (hex code point in braces)', ''.join('\\u{%x}' % ord(c) for c in p)
def xml_hex_character_references(p, r): return 'as XML hexadecimal character references (&#xHH; per character)', ''.join('&#x%X;' % ord(c) for c in p)
def css_backslash_hex_escapes(p, r): return 'as CSS escapes (backslash, hex code, one space)', ''.join('\\%x ' % ord(c) for c in p).rstrip()
def c_hex_byte_escapes(p, r): return 'as C \\xHH byte escapes', ''.join('\\x%02x' % b for b in p.encode())
def zlib_deflate_then_base64(p, r): return 'zlib-deflated and then Base64-encoded (decode, then inflate)', base64.b64encode(zlib.compress(p.encode(), 9)).decode()
def git_base85_rfc1924(p, r): return 'in Base85 (RFC 1924 / git binary-patch alphabet 0-9 A-Z a-z !#$%&()*+-;<=>?@^_`{|}~)', base64.b85encode(p.encode()).decode()
def lzma_xz_then_hex(p, r): return 'xz-compressed (LZMA2) and written as hex (unhex, then unxz)', lzma.compress(p.encode(), preset=0).hex()
def rot18_letters_and_digits(p, r):
    o = ''
    for c in p:
        if 'a' <= c <= 'z': o += chr((ord(c) - 97 + 13) % 26 + 97)
        elif 'A' <= c <= 'Z': o += chr((ord(c) - 65 + 13) % 26 + 65)
        elif c.isdigit(): o += chr((ord(c) - 48 + 5) % 10 + 48)
        else: o += c
    return 'in ROT18 (ROT13 on letters plus ROT5 on digits)', o
def braille_byte_patterns(p, r): return 'as Unicode Braille patterns (each cell is U+2800 plus the byte value)', ''.join(chr(0x2800 + b) for b in p.encode())
def keycap_emoji_char_codes(p, r):
    return 'as keycap emoji (each group of keycaps is one decimal character code, groups split by ▪️)', ' ▪️ '.join(''.join(d + '\ufe0f\u20e3' for d in str(ord(c))) for c in p)
def math_bold_alphanumerics(p, r):
    o = ''
    for c in p:
        if 'A' <= c <= 'Z': o += chr(0x1D400 + ord(c) - 65)
        elif 'a' <= c <= 'z': o += chr(0x1D41A + ord(c) - 97)
        elif c.isdigit(): o += chr(0x1D7CE + ord(c) - 48)
        else: o += c
    return 'in Unicode mathematical bold letters and digits (map each back to plain ASCII; - and _ unchanged)', o
def utf16le_hex_units(p, r): return 'as UTF-16LE bytes in hex (four hex digits per character, low byte first)', p.encode('utf-16-le').hex()
def base3_trit_groups(p, r):
    def t(n):
        s = ''
        for _ in range(5): n, d = divmod(n, 3); s = str(d) + s
        return s
    return 'in ternary (five base-3 digits per character code, space separated)', ' '.join(t(ord(c)) for c in p)
def rail_fence_two_rails(p, r): return 'with a two-rail fence cipher (first the 1st, 3rd, 5th ... characters, then the 2nd, 4th ...; the rails are split by one |)', p[0::2] + '|' + p[1::2]
def overlay_hex_colour_triplets(p, r):
    b = p.encode() + b'\x00' * (-len(p) % 3)
    return 'as the overlay colour palette below (each #RRGGBB colour is three character bytes, trailing 00 is padding)', ' '.join('#' + b[i:i + 3].hex().upper() for i in range(0, len(b), 3))
def speedrun_split_milliseconds(p, r):
    lines = ['split %02d  %d:%02d.%03d' % (i + 1, r.randrange(0, 9), r.randrange(60), ord(c)) for i, c in enumerate(p)]
    return 'as the milliseconds of these speedrun splits (each split\'s milliseconds is a character code, top to bottom)', '\n'.join(lines)
def inventory_item_id_offsets(p, r):
    base = r.choice([1000, 2000, 3000, 5000])
    lines = ['slot %02d: item #%d x%d' % (i + 1, base + ord(c), r.randrange(1, 64)) for i, c in enumerate(p)]
    return 'hidden in this inventory dump (item id minus %d is a character code, slot order)' % base, '\n'.join(lines)

ENC = {f.__name__: f for f in [colon_hex_byte_pairs, mime_base64_padded, base58_bitcoin_alphabet, base36_bigendian_number,
    base45_rfc9285, rust_braced_unicode_escapes, xml_hex_character_references, css_backslash_hex_escapes, c_hex_byte_escapes,
    zlib_deflate_then_base64, git_base85_rfc1924, lzma_xz_then_hex, rot18_letters_and_digits, braille_byte_patterns,
    keycap_emoji_char_codes, math_bold_alphanumerics, utf16le_hex_units, base3_trit_groups, rail_fence_two_rails,
    overlay_hex_colour_triplets, speedrun_split_milliseconds, inventory_item_id_offsets]}
