"""Independent decoders for the p83 evasions: they see only the encoded run."""
import re

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ZB = "ybndrfg8ejkmcpqxot1uwisza345h769"
_CYR = {0x430: "a", 0x441: "c", 0x435: "e", 0x43e: "o", 0x440: "p", 0x445: "x", 0x443: "y", 0x410: "A", 0x412: "B",
        0x421: "C", 0x415: "E", 0x41d: "H", 0x41a: "K", 0x41c: "M", 0x41e: "O", 0x420: "P", 0x422: "T", 0x425: "X"}


def _m(rx, s):
    m = re.fullmatch(rx, s, re.S)
    if not m:
        raise ValueError("run does not match " + rx)
    return m


def _nums(s):
    return [int(x) for x in re.split(r"\s*,\s*", s.strip())]


def d_octal(s):
    body = _m(r'"((?:\\[0-7]{3})+)"', s).group(1)
    return bytes(int(o, 8) for o in re.findall(r"\\([0-7]{3})", body)).decode()


def d_erl(s):
    assert s[0] == "[" and s[-1] == "]"
    out, i = [], 1
    while i < len(s) - 1:
        assert s[i] == "$"
        out.append(s[i + 1])
        i += 2
        if s[i] == ",":
            i += 1
    return "".join(out)


def d_a85(s):
    body = _m(r"<~(.*)~>", s).group(1).replace("\n", "")
    out = bytearray()
    i = 0
    while i < len(body):
        if body[i] == "z":
            out += b"\0\0\0\0"; i += 1; continue
        grp = body[i:i + 5]; i += 5
        pad = 5 - len(grp)
        grp += "u" * pad
        n = 0
        for ch in grp:
            n = n * 85 + (ord(ch) - 33)
        out += n.to_bytes(4, "big")[: 4 - pad]
    return out.decode()


def d_zb32(s):
    bits = "".join(format(_ZB.index(c), "05b") for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()


def d_b58(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def d_affine(s):
    out = ""
    for c in s:
        if "a" <= c <= "z":
            out += chr(21 * (ord(c) - 97 - 8) % 26 + 97)
        elif "A" <= c <= "Z":
            out += chr(21 * (ord(c) - 65 - 8) % 26 + 65)
        elif c.isdigit():
            out += str(7 * (int(c) - 7) % 10)
        else:
            out += c
    return out


def d_cols(s):
    n = len(s)
    rows = -(-n // 4)
    lens = [len(range(c, n, 4)) for c in range(4)]
    cols, i = [], 0
    for L in lens:
        cols.append(s[i:i + L]); i += L
    return "".join(cols[c][r] for r in range(rows) for c in range(4) if r < len(cols[c]))


def d_pairs(s):
    out = []
    for i in range(0, len(s) - 1, 2):
        out += [s[i + 1], s[i]]
    if len(s) % 2:
        out.append(s[-1])
    return "".join(out)


def d_bold(s):
    out = ""
    for c in s:
        o = ord(c)
        if 0x1D400 <= o < 0x1D41A: out += chr(65 + o - 0x1D400)
        elif 0x1D41A <= o < 0x1D434: out += chr(97 + o - 0x1D41A)
        elif 0x1D7CE <= o < 0x1D7D8: out += str(o - 0x1D7CE)
        else: out += c
    return out


def d_circ(s):
    out = ""
    for c in s:
        o = ord(c)
        if 0x24B6 <= o < 0x24D0: out += chr(65 + o - 0x24B6)
        elif 0x24D0 <= o < 0x24EA: out += chr(97 + o - 0x24D0)
        elif o == 0x24EA: out += "0"
        elif 0x2460 <= o < 0x2469: out += str(o - 0x2460 + 1)
        else: out += c
    return out


DEC = {
    "protobuf_text_format_octal_bytes": d_octal,
    "elixir_binary_decimal_bitstring": lambda s: bytes(_nums(_m(r"<<([\d, ]+)>>", s).group(1))).decode(),
    "erlang_dollar_char_list": d_erl,
    "lua_string_char_call": lambda s: bytes(_nums(_m(r"string\.char\(([\d,]+)\)", s).group(1))).decode(),
    "jq_implode_codepoints": lambda s: "".join(map(chr, _nums(_m(r"\[([\d,]+)\] \| implode", s).group(1)))),
    "powershell_char_array_join": lambda s: "".join(map(chr, _nums(_m(r"-join \[char\[\]\]\(([\d,]+)\)", s).group(1)))),
    "perl_pack_hex_template": lambda s: bytes.fromhex(_m(r'pack\("H\*", "([0-9a-f]+)"\)', s).group(1)).decode(),
    "java_char_array_literal": lambda s: "".join(re.findall(r"'(.)'", _m(r"new String\(new char\[\]\{(.*)\}\)", s).group(1))),
    "base58_bitcoin_alphabet": d_b58,
    "ascii85_adobe_delimited": d_a85,
    "z_base32_human_alphabet": d_zb32,
    "quoted_printable_every_byte": lambda s: bytes(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", _m(r"(?:=[0-9A-F]{2})+", s).group(0))).decode(),
    "percent_encoding_every_byte": lambda s: bytes(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", _m(r"(?:%[0-9A-F]{2})+", s).group(0))).decode(),
    "nibble_swapped_hex": lambda s: bytes(int(s[i + 1] + s[i], 16) for i in range(0, len(_m(r"(?:[0-9a-f]{2})+", s).group(0)), 2)).decode(),
    "rot47_printable_ascii": lambda s: "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in s),
    "affine_cipher_five_eight": d_affine,
    "columnar_transposition_four_columns": d_cols,
    "adjacent_pair_swap": d_pairs,
    "math_bold_alphanumerics": d_bold,
    "circled_alphanumerics": d_circ,
    "cyrillic_homoglyph_substitution": lambda s: "".join(_CYR.get(ord(c), c) for c in s),
    "braille_block_byte_patterns": lambda s: bytes(ord(c) - 0x2800 for c in s).decode(),
}
