"""Independent decoders. Each gets only the text before the span (to read a stated key) and the encoded run."""
import re

_B62 = "0123456789" + "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123))
_B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
_ZB = "ybndrfg8ejkmcpqxot1uwisza345h769"


def _bits_to_bytes(vals, width):
    acc, n, out = 0, 0, bytearray()
    for v in vals:
        acc = (acc << width) | v; n += width
        while n >= 8:
            n -= 8; out.append((acc >> n) & 0xFF)
    return bytes(out).decode()


def d_a85(before, run):
    m = re.fullmatch(r"<~(.*)~>", run, re.S)
    body = m.group(1)
    out = bytearray(); grp = []
    i = 0
    while i < len(body):
        c = body[i]; i += 1
        if c == "z" and not grp:
            out += b"\0\0\0\0"; continue
        grp.append(ord(c) - 33)
        if len(grp) == 5:
            n = 0
            for g in grp:
                n = n * 85 + g
            out += n.to_bytes(4, "big"); grp = []
    if grp:
        pad = 5 - len(grp)
        n = 0
        for g in grp + [84] * pad:
            n = n * 85 + g
        out += n.to_bytes(4, "big")[:4 - pad]
    return out.decode()


def d_octal(before, run):
    m = re.fullmatch(r"\$'((?:\\[0-7]{3})+)'", run)
    return bytes(int(x, 8) for x in re.findall(r"\\([0-7]{3})", m.group(1))).decode()


def d_binary(before, run):
    assert re.fullmatch(r"[01]{8}( [01]{8})*", run)
    return bytes(int(x, 2) for x in run.split(" ")).decode()


def d_caesar(before, run):
    k = int(re.findall(r"shifted forward by (\d+)", before)[-1])
    out = []
    for ch in run:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 - k) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 - k) % 26 + 65))
        elif 48 <= o <= 57:
            out.append(chr((o - 48 - k) % 10 + 48))
        else:
            out.append(ch)
    return "".join(out)


def d_html(before, run):
    assert re.fullmatch(r"(&#\d+;)+", run)
    return "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", run))


def _nums(inner, sep):
    return bytes(int(x) for x in re.split(sep, inner.strip())).decode()


def d_kotlin(before, run):
    m = re.fullmatch(r"charArrayOf\((.*)\)\.concatToString\(\)", run)
    items = re.findall(r"'(.)'", m.group(1))
    return "".join(items)


def d_swift(before, run):
    m = re.fullmatch(r"String\(decoding: \[([\d, ]+)\] as \[UInt8\], as: UTF8\.self\)", run)
    return _nums(m.group(1), r",\s*")


def d_java(before, run):
    m = re.fullmatch(r"new String\(new byte\[\]\{([\d, ]+)\}, StandardCharsets\.US_ASCII\)", run)
    return _nums(m.group(1), r",\s*")


def d_haskell(before, run):
    m = re.fullmatch(r"map chr \[([\d,]+)\]", run)
    return _nums(m.group(1), r",")


def d_erlang(before, run):
    m = re.fullmatch(r"<<([\d,]+)>>", run)
    return _nums(m.group(1), r",")


def d_clojure(before, run):
    m = re.fullmatch(r"\(apply str \(map char \[([\d ]+)\]\)\)", run)
    return _nums(m.group(1), r" ")


def d_scala(before, run):
    m = re.fullmatch(r"Seq\(([\d, ]+)\)\.map\(_\.toChar\)\.mkString", run)
    return _nums(m.group(1), r",\s*")


def d_dart(before, run):
    m = re.fullmatch(r"String\.fromCharCodes\(\[([\d, ]+)\]\)", run)
    return _nums(m.group(1), r",\s*")


def d_elixir(before, run):
    m = re.fullmatch(r"List\.to_string\(\[([\d, ]+)\]\)", run)
    return _nums(m.group(1), r",\s*")


def d_b62(before, run):
    n = 0
    for c in run:
        n = n * 62 + _B62.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def d_halves(before, run):
    # encoder put the longer (second) half first: first part has ceil(len/2) characters
    h = (len(run) + 1) // 2
    return run[h:] + run[:h]


def d_doubled(before, run):
    assert len(run) % 2 == 0 and all(run[i] == run[i + 1] for i in range(0, len(run), 2))
    return run[::2]


def d_spaced(before, run):
    assert all(run[i] == " " for i in range(1, len(run), 2))
    return run[::2]


_R = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def d_roman(before, run):
    out = []
    for tok in run.split(" "):
        n = 0
        for i, c in enumerate(tok):
            v = _R[c]
            n += -v if i + 1 < len(tok) and _R[tok[i + 1]] > v else v
        out.append(n)
    return bytes(out).decode()


def d_rot47(before, run):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in run)


def d_b32hex(before, run):
    body = run.rstrip("=")
    return _bits_to_bytes([_B32HEX.index(c) for c in body], 5)


def d_zb32(before, run):
    return _bits_to_bytes([_ZB.index(c) for c in run], 5)


DEC = {
    "ascii85_adobe_delimited": d_a85,
    "bash_ansi_c_octal_quoting": d_octal,
    "binary_octets_spaced": d_binary,
    "caesar_shift_stated_offset": d_caesar,
    "html_decimal_char_refs": d_html,
    "kotlin_chararrayof_concat": d_kotlin,
    "swift_string_decoding_utf8": d_swift,
    "java_new_string_byte_array": d_java,
    "haskell_map_chr_list": d_haskell,
    "erlang_binary_literal": d_erlang,
    "clojure_apply_str_map_char": d_clojure,
    "scala_map_tochar_mkstring": d_scala,
    "dart_string_fromcharcodes": d_dart,
    "elixir_list_to_string_call": d_elixir,
    "base62_bigint_alphanumeric": d_b62,
    "halves_swapped_at_midpoint": d_halves,
    "each_character_doubled": d_doubled,
    "single_spaces_between_characters": d_spaced,
    "roman_numeral_char_codes": d_roman,
    "rot47_printable_ascii": d_rot47,
    "base32hex_extended_alphabet": d_b32hex,
    "zbase32_human_oriented": d_zb32,
}
