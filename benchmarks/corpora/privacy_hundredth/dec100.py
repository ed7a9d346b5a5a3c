"""Independent decoder for the p100 evasion notations: it gets only the notation name and the run."""
import re, base64, lzma


def _inv(alpha):
    return {c: i for i, c in enumerate(alpha)}


def decode(name, run):
    if name == 'base45_rfc9285_qr_alphabet':
        t = _inv('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:')
        out = bytearray()
        for i in range(0, len(run), 3):
            ch = [t[c] for c in run[i:i + 3]]
            n = sum(v * 45 ** k for k, v in enumerate(ch))
            out += n.to_bytes(2, 'big') if len(ch) == 3 else bytes([n])
        return out.decode()
    if name == 'zbase32_human_oriented_alphabet':
        t = _inv('ybndrfg8ejkmcpqxot1uwisza345h769')
        bits = ''.join(format(t[c], '05b') for c in run)
        return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode()
    if name == 'atbash_letter_mirror':
        lo, up = 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        return run.translate(str.maketrans(lo + up, lo[::-1] + up[::-1]))
    if name == 'unicode_plus_codepoint_list':
        return ''.join(chr(int(m, 16)) for m in re.fullmatch(r'U\+[0-9A-F]{4}(?: U\+[0-9A-F]{4})*', run) and re.findall(r'U\+([0-9A-F]{4})', run))
    if name == 'polybius_six_grid_coordinates':
        rows = ['abcdef', 'ghijkl', 'mnopqr', 'stuvwx', 'yz0123', '456789']
        return ''.join(tok if tok in '-_.' else rows[int(tok[0]) - 1][int(tok[1]) - 1] for tok in run.split(' '))
    if name == 'letter_case_inverted':
        return ''.join(c.lower() if c.isupper() else c.upper() for c in run)
    if name == 'unicode_tag_characters_invisible':
        assert all(0xE0020 <= ord(c) <= 0xE007E for c in run)
        return ''.join(chr(ord(c) - 0xE0000) for c in run)
    if name == 'cyrillic_homoglyph_substitution':
        back = dict(zip('\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0410\u0412\u0421\u0415\u041d\u041a\u041c\u041e\u0420\u0422\u0425', 'aceopxyABCEHKMOPTX'.replace(' ', '')))
        return ''.join(back.get(c, c) for c in run)
    if name == 'rfc1924_base85_git_alphabet':
        t = _inv('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
        pad = -len(run) % 5
        s = run + '~' * pad
        out = bytearray()
        for i in range(0, len(s), 5):
            n = 0
            for c in s[i:i + 5]:
                n = n * 85 + t[c]
            out += n.to_bytes(4, 'big')
        return bytes(out[:len(out) - pad]).decode()
    if name == 'xxencode_length_prefixed_run':
        t = _inv('+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
        n = t[run[0]]
        out = bytearray()
        body = run[1:]
        for i in range(0, len(body), 4):
            v = 0
            for c in body[i:i + 4]:
                v = (v << 6) | t[c]
            out += v.to_bytes(3, 'big')
        return bytes(out[:n]).decode()
    if name == 'base10_big_integer_of_bytes':
        n = int(run)
        out = []
        while n:
            out.append(n & 255); n >>= 8
        return bytes(reversed(out)).decode()
    if name == 'roman_numeral_code_points':
        val = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
        res = ''
        for tok in run.split(' '):
            tot = 0
            for i, c in enumerate(tok):
                v = val[c]
                tot += -v if i + 1 < len(tok) and val[tok[i + 1]] > v else v
            res += chr(tot)
        return res
    if name == 'ebcdic_cp037_hex_bytes':
        table = {bytes([i]).decode('cp037'): i for i in range(256)}
        inv = {v: k for k, v in table.items()}
        return ''.join(inv[int(h, 16)] for h in run.split(' '))
    if name == 'gray_code_octets':
        out = []
        for tok in run.split(' '):
            g = int(tok, 2); b = g
            while g:
                g >>= 1; b ^= g
            out.append(b)
        return bytes(out).decode()
    if name == 'quaternary_digits_per_byte':
        return bytes(int(tok, 4) for tok in run.split(' ')).decode()
    if name == 'base62_integer_digits':
        t = _inv('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
        n = 0
        for c in run:
            n = n * 62 + t[c]
        return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if name == 'xz_compressed_then_base32':
        return lzma.LZMADecompressor().decompress(base64.b32decode(run)).decode()
    if name == 'utf32be_hex_code_units':
        return ''.join(chr(int(h, 16)) for h in run.split(' '))
    if name == 'ones_complement_bytes_hex':
        return bytes(255 - int(run[i:i + 2], 16) for i in range(0, len(run), 2)).decode()
    if name == 'ascii_code_point_plus_one':
        return ''.join(chr(ord(c) - 1) for c in run)
    if name == 'dna_nucleotide_bases_per_byte':
        t = {'A': 0, 'C': 1, 'G': 2, 'T': 3}
        out = []
        for i in range(0, len(run), 4):
            v = 0
            for c in run[i:i + 4]:
                v = v * 4 + t[c]
            out.append(v)
        return bytes(out).decode()
    if name == 'rot47_visible_ascii_range':
        return ''.join(chr(33 + (ord(c) - 33 - 47) % 94) if 33 <= ord(c) <= 126 else c for c in run)
    raise KeyError(name)
