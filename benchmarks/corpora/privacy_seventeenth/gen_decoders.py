"""Evasion decoders (DEC), written separately from gen_encodings: each maps (span text, key) -> plain.
Standard-library decoders are used wherever one exists."""
import base64, binascii, bz2, hashlib, html, re, struct, unicodedata, urllib.parse, zlib


def d_ascii85_adobe(v, k=None):
    return base64.a85decode(v.encode(), adobe=True).decode()


def d_uuencode_block(v, k=None):
    lines = v.split('\n')
    assert lines[0].startswith('begin ') and lines[-1] == 'end'
    return b''.join(binascii.a2b_uu(l) for l in lines[1:-2]).decode()


def d_bzip2_base64(v, k=None):
    return bz2.decompress(base64.b64decode(v)).decode()


def d_zlib_hex(v, k=None):
    return zlib.decompress(bytes.fromhex(v)).decode()


def _int_to_bytes(n):
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()


def d_base58_btc_alphabet(v, k=None):
    a = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
    n = 0
    for c in v:
        n = n * 58 + a.index(c)
    return _int_to_bytes(n)


def d_base36_bigint(v, k=None):
    return _int_to_bytes(int(v, 36))


def d_base45_rfc9285(v, k=None):
    a = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    out = bytearray()
    for i in range(0, len(v), 3):
        chunk = [a.index(c) for c in v[i:i + 3]]
        n = sum(x * 45 ** j for j, x in enumerate(chunk))
        out += n.to_bytes(2, 'big') if len(chunk) == 3 else bytes([n])
    return out.decode()


def d_z_base32(v, k=None):
    a = 'ybndrfg8ejkmcpqxot1uwisza345h769'
    bits = ''.join('{:05b}'.format(a.index(c)) for c in v)
    n = len(bits) // 8
    return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(n)).decode()


def d_bech32_wrapped_bytes(v, k=None):
    from common import bech32_decode
    hrp, data = bech32_decode(v)
    assert hrp == 'tok'
    return data.decode()


def d_utf16le_base64(v, k=None):
    return base64.b64decode(v).decode('utf-16-le')


def d_percent_encode_all_bytes(v, k=None):
    return urllib.parse.unquote(v)


def d_java_unicode_escape(v, k=None):
    return re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), v)


def d_c_octal_escape(v, k=None):
    return bytes(int(x, 8) for x in re.findall(r'\\([0-7]{3})', v)).decode()


def d_python_bytes_hex_escape(v, k=None):
    return bytes(int(x, 16) for x in re.findall(r'\\x([0-9a-f]{2})', v)).decode()


def d_python_chr_decimal_list(v, k=None):
    return ''.join(chr(int(x)) for x in v.strip('[]').split(','))


def d_js_fromcharcode_hex_args(v, k=None):
    return ''.join(chr(int(x, 16)) for x in v.split(','))


def d_php_chr_dot_concat(v, k=None):
    return ''.join(chr(int(x)) for x in re.findall(r'chr\((\d+)\)', v))


def d_hex_colon_separated(v, k=None):
    return bytes.fromhex(v.replace(':', '')).decode()


def d_caesar_shift_keyed(v, k):
    n = int(k); out = ''
    for c in v:
        if 'a' <= c <= 'z':
            out += chr((ord(c) - 97 - n) % 26 + 97)
        elif 'A' <= c <= 'Z':
            out += chr((ord(c) - 65 - n) % 26 + 65)
        elif c.isdigit():
            out += str((int(c) - n) % 10)
        else:
            out += c
    return out


def d_affine_cipher_keyed(v, k):
    a, b = [int(x) for x in k.split(',')]
    ai = pow(a, -1, 26); out = ''
    for c in v:
        if 'a' <= c <= 'z':
            out += chr(ai * (ord(c) - 97 - b) % 26 + 97)
        elif 'A' <= c <= 'Z':
            out += chr(ai * (ord(c) - 65 - b) % 26 + 65)
        else:
            out += c
    return out


def d_autokey_vigenere_keyed(v, k):
    stream = [ord(c) - 97 for c in k.lower()]
    out = ''; i = 0
    for c in v:
        if c.isalpha():
            base = 97 if c.islower() else 65
            p = chr((ord(c) - base - stream[i]) % 26 + base)
            out += p; stream.append(ord(p.lower()) - 97); i += 1
        else:
            out += c
    return out


def d_xtea_ecb_keyed_hex(v, k):
    key = struct.unpack('>4I', k.encode().ljust(16, b'\0')[:16])
    data = bytes.fromhex(v); out = b''
    m, delta = 0xffffffff, 0x9E3779B9
    for i in range(0, len(data), 8):
        v0, v1 = struct.unpack('>2I', data[i:i + 8])
        s = (delta * 32) & m
        for _ in range(32):
            v1 = (v1 - ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + key[(s >> 11) & 3]))) & m
            s = (s - delta) & m
            v0 = (v0 - ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + key[s & 3]))) & m
        out += struct.pack('>2I', v0, v1)
    return out.rstrip(b'\0').decode()


def d_chacha20_keyed_hex(v, k):
    pw, nonce = k.split('|')
    key = struct.unpack('<8I', hashlib.sha256(pw.encode()).digest())
    n = struct.unpack('<3I', bytes.fromhex(nonce))
    data = bytes.fromhex(v)
    M = 0xffffffff
    out = bytearray()
    for blk in range((len(data) + 63) // 64):
        st = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574, *key, 1 + blk, *n]
        w = list(st)
        for _ in range(10):
            for a, b, c, d in ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
                               (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)):
                for x, y, z, r in ((a, b, d, 16), (c, d, b, 12), (a, b, d, 8), (c, d, b, 7)):
                    w[x] = (w[x] + w[y]) & M
                    t = w[z] ^ w[x]
                    w[z] = ((t << r) | (t >> (32 - r))) & M
        ks = struct.pack('<16I', *[(w[i] + st[i]) & M for i in range(16)])
        out += bytes(p ^ q for p, q in zip(data[blk * 64:blk * 64 + 64], ks))
    return out.decode()


def d_morse_code_itu(v, k=None):
    table = {'.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i',
             '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r',
             '...': 's', '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z',
             '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4', '.....': '5', '-....': '6',
             '--...': '7', '---..': '8', '----.': '9', '.-.-.-': '.', '-....-': '-', '..--.-': '_'}
    return ''.join(table[x] for x in v.split(' '))


def d_string_reversed(v, k=None):
    return ''.join(reversed(v))


def d_base64_reversed(v, k=None):
    return base64.b64decode(v[::-1]).decode()


def d_double_base64(v, k=None):
    return base64.b64decode(base64.b64decode(v)).decode()


def d_fullwidth_forms(v, k=None):
    return unicodedata.normalize('NFKC', v)


def d_cyrillic_homoglyph(v, k=None):
    back = {'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y', 'А': 'A', 'В': 'B', 'С': 'C',
            'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X'}
    return ''.join(back.get(c, c) for c in v)


def d_yaml_sequence_fragments(v, k=None):
    return ''.join(re.findall(r'"([^"]*)"', v))


def d_sql_insert_rows_fragments(v, k=None):
    rows = re.findall(r"\((\d+), '([^']*)'\)", v)
    return ''.join(x for _, x in sorted(rows, key=lambda t: int(t[0])))


def d_nibble_swapped_hex(v, k=None):
    return bytes(int(v[i + 1] + v[i], 16) for i in range(0, len(v), 2)).decode()


def d_percent_u_unicode_escape(v, k=None):
    return ''.join(chr(int(x, 16)) for x in re.findall(r'%u([0-9A-F]{4})', v))


def d_html_decimal_entities(v, k=None):
    return html.unescape(v)


def d_qwerty_right_shift(v, k=None):
    rows = ['1234567890-', 'qwertyuiop[', 'asdfghjkl;', 'zxcvbnm,']
    back = {'+': '_', '=': '-'}
    for r in rows:
        for i in range(1, len(r)):
            back[r[i]] = r[i - 1]
    return ''.join(back[c] for c in v)


def d_xxd_plain_hexdump(v, k=None):
    return bytes.fromhex(v.replace('\n', '')).decode()


DEC = {n[2:]: f for n, f in globals().items() if n.startswith('d_')}
