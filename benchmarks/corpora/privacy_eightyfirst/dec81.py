"""Decoders (22), written separately from enc81: they get only the encoded run and parse it
with anchored regular expressions; Base-N alphabets are decoded by hand."""
import re

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _b64(s):
    s = s.rstrip('=')
    bits = ''.join(format(_B64.index(c), '06b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()


def _dec_list(run, pat, base=10):
    m = re.fullmatch(pat, run, re.S)
    if not m:
        raise ValueError('frame')
    return ''.join(chr(int(x, base)) for x in re.findall(r'[0-9A-Fa-f]+', m.group(1)))


def d_fromcharcode(r): return _dec_list(r, r'String\.fromCharCode\(((?:\d+, )*\d+)\)')
def d_go(r): return _dec_list(r, r'string\(\[\]rune\{((?:\d+, )*\d+)\}\)')
def d_ruby(r): return _dec_list(r, r'\[((?:\d+, )*\d+)\]\.pack\("C\*"\)')


def d_rst(r):
    m = re.fullmatch(r'\.\. \|[a-z-]+\| unicode:: ((?:U\+[0-9A-F]{4} )*U\+[0-9A-F]{4})', r)
    return ''.join(chr(int(x[2:], 16)) for x in m.group(1).split(' '))


def d_tex(r):
    assert re.fullmatch(r'(?:\\char\d+)+', r)
    return ''.join(chr(int(x)) for x in re.findall(r'\\char(\d+)', r))


def d_z85(r):
    alpha = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
    assert len(r) % 5 == 0
    out = bytearray()
    for i in range(0, len(r), 5):
        n = 0
        for c in r[i:i + 5]:
            n = n * 85 + alpha.index(c)
        out += bytes([(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255])
    return out.decode()


def d_b32hex(r):
    alpha = '0123456789ABCDEFGHIJKLMNOPQRSTUV'
    bits = ''.join(format(alpha.index(c), '05b') for c in r)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()


def d_base45(r):
    alpha = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    out = bytearray()
    for i in range(0, len(r), 3):
        g = [alpha.index(c) for c in r[i:i + 3]]
        if len(g) == 3:
            n = g[0] + g[1] * 45 + g[2] * 2025
            out += bytes([n // 256, n % 256])
        else:
            out.append(g[0] + g[1] * 45)
    return out.decode()


def d_b85(r):
    alpha = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
    pad = (-len(r)) % 5
    s = r + '~' * pad
    out = bytearray()
    for i in range(0, len(s), 5):
        n = 0
        for c in s[i:i + 5]:
            n = n * 85 + alpha.index(c)
        out += n.to_bytes(4, 'big')
    return bytes(out[:len(out) - pad]).decode()


def d_datauri(r):
    m = re.fullmatch(r'data:text/plain;charset=utf-8;base64,([A-Za-z0-9+/]+=*)', r)
    return _b64(m.group(1))


def d_od(r):
    lines = r.split('\n')
    out = []
    for ln in lines[:-1]:
        m = re.fullmatch(r'([0-7]{7}) ((?:[0-7]{3} )*[0-7]{3})', ln)
        assert int(m.group(1), 8) == len(out)
        out += [int(x, 8) for x in m.group(2).split(' ')]
    assert re.fullmatch(r'[0-7]{7}', lines[-1]) and int(lines[-1], 8) == len(out)
    return bytes(out).decode()


def d_atbash(r):
    def f(c):
        if c.islower(): return chr(219 - ord(c))
        if c.isupper(): return chr(155 - ord(c))
        if c.isdigit(): return chr(105 - ord(c))
        return c
    return ''.join(f(c) for c in r)


def d_vigenere(r):
    key, k, out = 'quill', 0, []
    for c in r:
        if c.isalpha():
            sh = ord(key[k % 5]) - ord('a'); k += 1
            base = ord('a') if c.islower() else ord('A')
            out.append(chr((ord(c) - base - sh) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)


def d_spaced(r):
    assert all(r[i] == ' ' for i in range(1, len(r), 2))
    return r[0::2]


def d_chunks(r):
    m = re.fullmatch(r'"[^"]+"(?: \+ "[^"]+")*', r)
    assert m
    return ''.join(re.findall(r'"([^"]+)"', r))


def d_fullwidth(r):
    return ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in r)


def d_zwsp(r):
    assert all(r[i] == '\u200b' for i in range(1, len(r), 2))
    return r.replace('\u200b', '')


def d_pyU(r):
    assert re.fullmatch(r'(?:\\U[0-9a-f]{8})+', r)
    return ''.join(chr(int(x, 16)) for x in re.findall(r'\\U([0-9a-f]{8})', r))


def d_yaml(r):
    m = re.fullmatch(r'!!binary \|\n  ([A-Za-z0-9+/]+=*)', r)
    return _b64(m.group(1))


def d_rail(r):
    n = (len(r) + 1) // 2
    a, b = r[:n], r[n:]
    return ''.join(a[i // 2] if i % 2 == 0 else b[i // 2] for i in range(len(r)))


def d_sheet(r):
    assert re.fullmatch(r'=CHAR\(\d+\)(?:&CHAR\(\d+\))*', r)
    return ''.join(chr(int(x)) for x in re.findall(r'CHAR\((\d+)\)', r))


def d_bash(r):
    m = re.fullmatch(r"\$'((?:\\x[0-9a-f]{2})+)'", r)
    return bytes(int(x, 16) for x in re.findall(r'\\x([0-9a-f]{2})', m.group(1))).decode()


DEC = {
 'javascript_string_fromcharcode_call': d_fromcharcode, 'rst_unicode_substitution_directive': d_rst,
 'tex_char_primitive_decimal': d_tex, 'go_string_rune_slice_decimal': d_go, 'ruby_array_pack_c_star': d_ruby,
 'z85_zeromq_alphabet': d_z85, 'base32hex_extended_alphabet': d_b32hex, 'base45_qr_alphanumeric': d_base45,
 'base85_rfc1924_git_alphabet': d_b85, 'data_uri_text_plain_base64': d_datauri, 'od_octal_byte_dump_listing': d_od,
 'atbash_alnum_mirror': d_atbash, 'vigenere_keyword_quill': d_vigenere, 'characters_spaced_apart': d_spaced,
 'js_string_chunk_concatenation': d_chunks, 'fullwidth_latin_forms': d_fullwidth, 'zero_width_space_interleaved': d_zwsp,
 'python_capital_u_eight_digit_escapes': d_pyU, 'yaml_binary_tag_base64': d_yaml, 'rail_fence_two_rails': d_rail,
 'spreadsheet_char_ampersand_formula': d_sheet, 'bash_ansi_c_hex_quoting': d_bash,
}
