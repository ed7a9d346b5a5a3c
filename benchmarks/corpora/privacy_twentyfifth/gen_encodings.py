"""33 evasion encoders (none named in the p23 / p24 READMEs). Decoders live in gen_decoders.py."""
import base64, gzip, lzma, zlib, hashlib, struct

B62A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
NATO = ['alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo', 'lima',
        'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey',
        'xray', 'yankee', 'zulu']
DIGW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'niner']
SYMW = {'-': 'dash', '_': 'underscore', '.': 'period', ':': 'colon', '+': 'plus', '/': 'slash', '=': 'equals'}
QW = "qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM-_.:/+="
DV = "',.pyfgcrlaoeuidhtn;qjkxbm\"<>PYFGCRLAOEUIDHTN:QJKXBM[{vSz}]"
CYR = {'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'i': 'і', 'j': 'ј', 's': 'ѕ',
       'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'K': 'К', 'M': 'М', 'O': 'О', 'P': 'Р', 'T': 'Т', 'X': 'Х'}


def _b32(bs, alpha):
    bits = ''.join('{:08b}'.format(b) for b in bs)
    bits += '0' * (-len(bits) % 5)
    s = ''.join(alpha[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
    return s + '=' * (-len(s) % 8)


def _bigint(bs, alpha):
    n = int.from_bytes(bs, 'big'); s = ''
    while n:
        n, d = divmod(n, len(alpha)); s = alpha[d] + s
    return s


def _mathsans(c):
    if 'A' <= c <= 'Z':
        return chr(0x1D5D4 + ord(c) - 65)
    if 'a' <= c <= 'z':
        return chr(0x1D5EE + ord(c) - 97)
    if '0' <= c <= '9':
        return chr(0x1D7EC + ord(c) - 48)
    return c


def _od(bs):
    out = []
    for i in range(0, len(bs), 16):
        out.append('%07o ' % i + ' '.join('%02x' % b for b in bs[i:i + 16]))
    out.append('%07o' % len(bs))
    return '\n'.join(out)


def _ihex(bs):
    lines = []
    for i in range(0, len(bs), 16):
        chunk = bs[i:i + 16]
        rec = bytes([len(chunk), i >> 8, i & 255, 0]) + chunk
        lines.append(':' + rec.hex().upper() + '%02X' % ((-sum(rec)) & 255))
    lines.append(':00000001FF')
    return '\n'.join(lines)


def _gron(s, key, sign=1):
    out = []; k = 0
    for c in s:
        d = int(key[k % len(key)]) * sign
        if c.isascii() and c.isalpha():
            base = 65 if c.isupper() else 97
            out.append(chr(base + (ord(c) - base + d) % 26)); k += 1
        elif c.isdigit():
            out.append(str((int(c) + d) % 10)); k += 1
        else:
            out.append(c)
    return ''.join(out)


def _columnar(s, key):
    cols = len(key)
    order = sorted(range(cols), key=lambda i: (key[i], i))
    return ''.join(s[c::cols] for c in order)


def _rotl(v, c):
    return ((v << c) & 0xffffffff) | (v >> (32 - c))


def chacha_block(key, counter, nonce):
    st = list(struct.unpack('<4I', b'expand 32-byte k')) + list(struct.unpack('<8I', key)) + [counter] + list(struct.unpack('<3I', nonce))
    x = st[:]
    def qr(a, b, c, d):
        x[a] = (x[a] + x[b]) & 0xffffffff; x[d] = _rotl(x[d] ^ x[a], 16)
        x[c] = (x[c] + x[d]) & 0xffffffff; x[b] = _rotl(x[b] ^ x[c], 12)
        x[a] = (x[a] + x[b]) & 0xffffffff; x[d] = _rotl(x[d] ^ x[a], 8)
        x[c] = (x[c] + x[d]) & 0xffffffff; x[b] = _rotl(x[b] ^ x[c], 7)
    for _ in range(10):
        qr(0, 4, 8, 12); qr(1, 5, 9, 13); qr(2, 6, 10, 14); qr(3, 7, 11, 15)
        qr(0, 5, 10, 15); qr(1, 6, 11, 12); qr(2, 7, 8, 13); qr(3, 4, 9, 14)
    return struct.pack('<16I', *[(x[i] + st[i]) & 0xffffffff for i in range(16)])


def _chacha(s, key):
    k = hashlib.sha256(key.encode()).digest(); bs = s.encode(); out = b''
    for i in range(0, len(bs), 64):
        ks = chacha_block(k, 1 + i // 64, bytes(12))
        out += bytes(a ^ b for a, b in zip(bs[i:i + 64], ks))
    return out.hex()


def _blocks4(s):
    bl = [s[i:i + 4] for i in range(0, len(s), 4)]
    return ''.join(reversed(bl))


# name -> (encoder(plain, key), phrase (use {key}), keyed)
ENC = {
 'base32_rfc4648_padded': (lambda s, k: _b32(s.encode(), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), 'in standard base32 (RFC 4648, with = padding)', False),
 'base32hex_extended_alphabet': (lambda s, k: _b32(s.encode(), '0123456789ABCDEFGHIJKLMNOPQRSTUV'), 'in base32hex (the 0-9A-V "extended hex" alphabet)', False),
 'base62_bigint': (lambda s, k: _bigint(s.encode(), B62A), 'as one big base62 number (0-9A-Za-z, big-endian bytes)', False),
 'decimal_bigint': (lambda s, k: str(int.from_bytes(s.encode(), 'big')), 'as one big decimal integer of its bytes (big-endian)', False),
 'base100_emoji_bytes': (lambda s, k: ''.join(chr(0x1F3F7 + b) for b in s.encode()), 'in base100 emoji (one emoji per byte, U+1F3F7 + byte)', False),
 'quoted_printable_every_byte': (lambda s, k: ''.join('=%02X' % b for b in s.encode()), 'quoted-printable with every byte escaped', False),
 'url_percent_every_byte': (lambda s, k: ''.join('%%%02X' % b for b in s.encode()), 'percent-encoded, every byte', False),
 'html_hex_numeric_refs': (lambda s, k: ''.join('&#x%x;' % ord(c) for c in s), 'as HTML hexadecimal character references', False),
 'tsql_char_plus_concat': (lambda s, k: '+'.join('CHAR(%d)' % ord(c) for c in s), 'as a T-SQL CHAR() + concatenation', False),
 'excel_char_ampersand_formula': (lambda s, k: '=' + '&'.join('CHAR(%d)' % ord(c) for c in s), 'as an Excel formula of CHAR() joined with &', False),
 'lua_string_char_call': (lambda s, k: 'string.char(' + ','.join(str(ord(c)) for c in s) + ')', 'as a Lua string.char(...) call', False),
 'powershell_hex_char_join': (lambda s, k: '-join(@(' + ','.join('0x%02x' % ord(c) for c in s) + ')|%{[char]$_})', 'as a PowerShell -join over [char] hex codes', False),
 'zlib_deflate_base64': (lambda s, k: base64.b64encode(zlib.compress(s.encode(), 9)).decode(), 'zlib-compressed (with zlib header) and then base64-encoded', False),
 'gzip_base64_mtime0': (lambda s, k: base64.b64encode(gzip.compress(s.encode(), 9, mtime=0)).decode(), 'gzipped and then base64-encoded', False),
 'xz_lzma_base64': (lambda s, k: base64.b64encode(lzma.compress(s.encode(), format=lzma.FORMAT_XZ)).decode(), 'xz-compressed and then base64-encoded', False),
 'utf16be_hex': (lambda s, k: ''.join('%04x' % ord(c) for c in s), 'as UTF-16BE hex', False),
 'rot47': (lambda s, k: ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s), 'in ROT47', False),
 'atbash_letters': (lambda s, k: ''.join(chr(90 - ord(c) + 65) if 'A' <= c <= 'Z' else chr(122 - ord(c) + 97) if 'a' <= c <= 'z' else c for c in s), 'Atbash-mirrored (a<->z, case kept, digits as is)', False),
 'nato_phonetic_spelled': (lambda s, k: ' '.join(NATO[ord(c.lower()) - 97].upper() if c.isupper() else NATO[ord(c) - 97] if c.islower() else DIGW[int(c)] if c.isdigit() else SYMW[c] for c in s), 'spelled in the NATO alphabet (CAPS word = capital letter)', False),
 'dvorak_layout_typed_on_qwerty': (lambda s, k: s.translate(str.maketrans(QW, DV)), 'typed on a Dvorak layout while reading QWERTY key caps', False),
 'cyrillic_homoglyph_swap': (lambda s, k: ''.join(CYR.get(c, c) for c in s), 'with Latin letters swapped for Cyrillic look-alikes', False),
 'mathematical_sans_bold_nfkc': (lambda s, k: ''.join(_mathsans(c) for c in s), 'in bold sans-serif math letters (NFKC folds them back)', False),
 'unicode_tag_chars_smuggling': (lambda s, k: ''.join(chr(0xE0000 + ord(c)) for c in s), 'hidden as invisible Unicode tag characters (U+E0000 + ASCII) right after the key emoji', False),
 'combining_low_line_interleaved': (lambda s, k: ''.join(c + '\u0332' for c in s), 'with a combining low line after every character', False),
 'od_tx1_hex_dump': (lambda s, k: _od(s.encode()), 'as an od -An -tx1 style hex dump (octal offsets)', False),
 'intel_hex_records': (lambda s, k: _ihex(s.encode()), 'as Intel HEX records', False),
 'xxd_i_c_array': (lambda s, k: ', '.join('0x%02x' % b for b in s.encode()), 'as the byte list of an xxd -i C array', False),
 'even_then_odd_positions': (lambda s, k: s[0::2] + s[1::2], 'with the characters at even positions first, then the odd ones', False),
 'four_char_blocks_reversed': (lambda s, k: _blocks4(s), 'cut into 4-character blocks written in reverse block order', False),
 'gronsfeld_cipher_keyed': (lambda s, k: _gron(s, k), 'Gronsfeld-enciphered with the digit key {key} (letters and digits shifted, case kept)', True),
 'columnar_transposition_keyed': (lambda s, k: _columnar(s, k), 'columnar-transposed under the keyword {key} (rows written across, columns read in key order)', True),
 'chacha20_stream_hex_keyed': (lambda s, k: _chacha(s, k), 'ChaCha20-encrypted (key = SHA-256 of the passphrase "{key}", zero nonce, counter 1) and shown as hex', True),
 'byte_add_mod256_hex_keyed': (lambda s, k: bytes((b + ord(k[i % len(k)])) % 256 for i, b in enumerate(s.encode())).hex(), 'with the bytes of "{key}" added to its bytes mod 256, as hex', True),
}
