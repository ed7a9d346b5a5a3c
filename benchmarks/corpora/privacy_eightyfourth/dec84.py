"""Independent decoders: given only the encoding name and the run, return the plain."""
import re, zlib

_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
_B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _b64dec(t):
    t = t.rstrip('=')
    bits = ''.join(format(_B64.index(c), '06b') for c in t)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _a85(t):
    m = re.fullmatch(r'<~(.*)~>', t, re.S)
    body = re.sub(r'\s', '', m.group(1))
    out, group = bytearray(), []
    for c in body:
        if c == 'z' and not group:
            out += b'\0\0\0\0'
            continue
        group.append(ord(c) - 33)
        if len(group) == 5:
            n = 0
            for v in group:
                n = n * 85 + v
            out += n.to_bytes(4, 'big')
            group = []
    if group:
        k = len(group)
        group += [84] * (5 - k)
        n = 0
        for v in group:
            n = n * 85 + v
        out += n.to_bytes(4, 'big')[:k - 1]
    return bytes(out)


def _b58(t):
    n = 0
    for c in t:
        n = n * 58 + _B58.index(c)
    lead = len(t) - len(t.lstrip('1'))
    body = n.to_bytes((n.bit_length() + 7) // 8, 'big') if n else b''
    return b'\0' * lead + body


def _b45(t):
    out = bytearray()
    for i in range(0, len(t), 3):
        ch = t[i:i + 3]
        vals = [_B45.index(c) for c in ch]
        if len(vals) == 3:
            n = vals[0] + vals[1] * 45 + vals[2] * 2025
            out += bytes([n >> 8, n & 255])
        else:
            out.append(vals[0] + vals[1] * 45)
    return bytes(out)


def _mirror(t):
    a, z = 'abcdefghijklmnopqrstuvwxyz', 'zyxwvutsrqponmlkjihgfedcba'
    tab = {**dict(zip(a, z)), **dict(zip(a.upper(), z.upper())), **{str(d): str(9 - d) for d in range(10)}}
    return ''.join(tab.get(c, c) for c in t)


def _unvig(t, key='HOSTING'):
    o, k = [], 0
    for c in t:
        if c in 'abcdefghijklmnopqrstuvwxyz' or c in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ':
            sh = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.index(key[k % len(key)])
            alpha = 'abcdefghijklmnopqrstuvwxyz' if c.islower() else 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
            o.append(alpha[(alpha.index(c) - sh) % 26])
            k += 1
        else:
            o.append(c)
    return ''.join(o)


def _unmath(t, starts):
    o = []
    for c in t:
        cp = ord(c)
        for base, first, n in starts:
            if base <= cp < base + n:
                o.append(chr(ord(first) + cp - base))
                break
        else:
            o.append(c)
    return ''.join(o)


def _rot13(t):
    lo, up = 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    tab = str.maketrans(lo + up, lo[13:] + lo[:13] + up[13:] + up[:13])
    return t.translate(tab)


def decode(name, run):
    if name == 'php_chr_dot_concat':
        assert re.fullmatch(r'chr\(\d+\)(\.chr\(\d+\))*', run)
        return bytes(int(x) for x in re.findall(r'chr\((\d+)\)', run)).decode()
    if name == 'php_hex2bin_call':
        return bytes.fromhex(re.fullmatch(r"hex2bin\('([0-9a-f]+)'\)", run).group(1)).decode()
    if name == 'php_strrev_base64_decode':
        return _b64dec(re.fullmatch(r"base64_decode\(strrev\('([A-Za-z0-9+/=]+)'\)\)", run).group(1)[::-1]).decode()
    if name == 'php_str_rot13_call':
        return _rot13(re.fullmatch(r"str_rot13\('(.+)'\)", run).group(1))
    if name == 'mysql_char_function_decimal':
        return bytes(int(x) for x in re.fullmatch(r'CHAR\(([\d,]+)\)', run).group(1).split(',')).decode()
    if name == 'mysql_x_quoted_hex_literal':
        return bytes.fromhex(re.fullmatch(r"X'([0-9A-F]+)'", run).group(1)).decode()
    if name == 'quoted_printable_forced_escapes':
        assert re.fullmatch(r'(=[0-9A-F]{2})+', run)
        return bytes(int(x, 16) for x in run.split('=')[1:]).decode()
    if name == 'percent_encoded_every_byte':
        assert re.fullmatch(r'(%[0-9A-F]{2})+', run)
        return bytes(int(x, 16) for x in run.split('%')[1:]).decode()
    if name == 'ascii85_adobe_delimited':
        return _a85(run).decode()
    if name == 'base58_bitcoin_alphabet':
        return _b58(run).decode()
    if name == 'base45_qr_alphabet':
        return _b45(run).decode()
    if name == 'eight_bit_binary_octets':
        assert re.fullmatch(r'[01]{8}( [01]{8})*', run)
        return bytes(int(x, 2) for x in run.split(' ')).decode()
    if name == 'atbash_letter_mirror':
        return _mirror(run)
    if name == 'vigenere_keyword_shift':
        return _unvig(run)
    if name == 'doubled_character_stutter':
        assert len(run) % 2 == 0 and all(run[i] == run[i + 1] for i in range(0, len(run), 2))
        return run[::2]
    if name == 'swapped_halves_slash':
        second, first = run.split(' / ')
        assert len(first) == (len(first) + len(second)) // 2
        return first + second
    if name == 'one_char_per_line_column':
        lines = run.split('\n')
        assert all(len(x) == 1 for x in lines)
        return ''.join(lines)
    if name == 'mathematical_bold_alphanumerics':
        return _unmath(run, [(0x1D400, 'A', 26), (0x1D41A, 'a', 26), (0x1D7CE, '0', 10)])
    if name == 'mathematical_monospace_alphanumerics':
        return _unmath(run, [(0x1D670, 'A', 26), (0x1D68A, 'a', 26), (0x1D7F6, '0', 10)])
    if name == 'zlib_deflate_base64':
        return zlib.decompress(_b64dec(run)).decode()
    if name == 'js_fromcharcode_hex_args':
        inner = re.fullmatch(r'String\.fromCharCode\((.*)\)', run).group(1)
        return ''.join(chr(int(x, 16)) for x in inner.split(', '))
    if name == 'shuffled_index_pairs':
        pairs = [p.split(':', 1) for p in run.split(' ')]
        pairs.sort(key=lambda p: int(p[0]))
        assert [int(p[0]) for p in pairs] == list(range(1, len(pairs) + 1))
        return ''.join(p[1] for p in pairs)
    raise KeyError(name)
