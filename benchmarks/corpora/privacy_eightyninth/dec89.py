"""Independent decoders (take only the encoded run)."""
import re


def _bytes_to_str(bs):
    return bytes(bs).decode("utf-8")


def _int_alph(run, alph):
    n = 0
    for ch in run:
        n = n * len(alph) + alph.index(ch)
    return _bytes_to_str(n.to_bytes((n.bit_length() + 7) // 8, "big"))


def _a85(run):
    m = re.fullmatch(r"<~(.*)~>", run, re.S)
    body = m.group(1).replace("z", "!!!!!")
    out = bytearray()
    for i in range(0, len(body), 5):
        chunk = body[i:i + 5]
        pad = 5 - len(chunk)
        chunk += "u" * pad
        n = 0
        for ch in chunk:
            n = n * 85 + (ord(ch) - 33)
        b = n.to_bytes(4, "big")
        out += b[:4 - pad]
    return out.decode()


def _crock(run):
    al = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    bits = "".join(format(al.index(c), "05b") for c in run)
    bits = bits[:len(bits) // 8 * 8]
    return _bytes_to_str(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


def _math(run, up, low, dig):
    o = ""
    for c in run:
        k = ord(c)
        if up <= k < up + 26: o += chr(65 + k - up)
        elif low <= k < low + 26: o += chr(97 + k - low)
        elif dig <= k < dig + 10: o += chr(48 + k - dig)
        else: o += c
    return o


def _rail(run):
    a, b = run.split(" ")
    o = ""
    for i in range(len(a) + len(b)):
        o += a[i // 2] if i % 2 == 0 else b[i // 2]
    return o


def _dna(run):
    m = {"A": 0, "C": 1, "G": 2, "T": 3}
    out = []
    for g in run.split(" "):
        v = 0
        for ch in g:
            v = v * 4 + m[ch]
        out.append(v)
    return _bytes_to_str(out)


def _nums(s, base=10):
    return [int(x, base) for x in re.findall(r"[0-9A-Fa-f]+", s)]


DEC = {
 "rust_byte_literal_hex_escapes": lambda r: _bytes_to_str(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", re.fullmatch(r'String::from_utf8\(b"(.*)"\.to_vec\(\)\)', r).group(1))),
 "perl_pack_uppercase_h_star": lambda r: bytes.fromhex(re.fullmatch(r'pack\("H\*", "([0-9a-f]+)"\)', r).group(1)).decode(),
 "elixir_binary_decimal_bytes": lambda r: _bytes_to_str(_nums(re.fullmatch(r"<<([\d, ]+)>>", r).group(1))),
 "ruby_pack_c_star_array": lambda r: _bytes_to_str(_nums(re.fullmatch(r'\[([\d, ]+)\]\.pack\("C\*"\)', r).group(1))),
 "csharp_char_cast_array": lambda r: "".join(chr(int(x)) for x in re.findall(r"\(char\)(\d+)", re.fullmatch(r"new string\(new\[\] \{ (.*) \}\)", r).group(1))),
 "swift_utf8_decoding_hex_array": lambda r: _bytes_to_str(int(x, 16) for x in re.findall(r"0x([0-9A-F]{2})", re.fullmatch(r"String\(decoding: \[(.*)\], as: UTF8\.self\)", r).group(1))),
 "cmake_string_ascii_codes": lambda r: "".join(chr(int(x)) for x in re.fullmatch(r"string\(ASCII ([\d ]+) [A-Z_]+\)", r).group(1).split()),
 "go_byte_slice_hex_literal": lambda r: _bytes_to_str(int(x, 16) for x in re.findall(r"0x([0-9a-f]{2})", re.fullmatch(r"string\(\[\]byte\{(.*)\}\)", r).group(1))),
 "erlang_dollar_char_list": lambda r: "".join(x[1] for x in re.fullmatch(r"\[(.*)\]", r).group(1).split(",")),
 "ascii85_adobe_delimited": _a85,
 "base58_bitcoin_alphabet": lambda r: _int_alph(r, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"),
 "crockford_base32_unpadded": _crock,
 "quoted_printable_every_byte": lambda r: _bytes_to_str(int(x, 16) for x in re.findall(r"=([0-9A-F]{2})", r)),
 "percent_encoded_every_byte": lambda r: _bytes_to_str(int(x, 16) for x in re.findall(r"%([0-9A-F]{2})", r)),
 "colon_separated_uppercase_hex": lambda r: _bytes_to_str(int(x, 16) for x in r.split(":")),
 "unicode_u_plus_code_points": lambda r: "".join(chr(int(x[2:], 16)) for x in r.split(" ")),
 "zero_width_space_interleaved": lambda r: r.replace("\u200b", ""),
 "mathematical_bold_alphanumerics": lambda r: _math(r, 0x1D400, 0x1D41A, 0x1D7CE),
 "mathematical_monospace_alphanumerics": lambda r: _math(r, 0x1D670, 0x1D68A, 0x1D7F6),
 "rail_fence_two_rails": _rail,
 "every_character_doubled": lambda r: r[0::2] if all(r[i] == r[i + 1] for i in range(0, len(r), 2)) else None,
 "nucleotide_two_bit_acgt": _dna,
}
