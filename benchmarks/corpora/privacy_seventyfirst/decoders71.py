"""Decoders written independently of encodings71: (text before span, run) -> plain."""
import re

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64dec(s, alphabet=_B64):
    s = s.rstrip("=")
    bits, nb, out = 0, 0, bytearray()
    for ch in s:
        bits = (bits << 6) | alphabet.index(ch)
        nb += 6
        if nb >= 8:
            nb -= 8
            out.append((bits >> nb) & 0xFF)
    return bytes(out)


def _hex(s):
    return bytes(int(s[i:i + 2], 16) for i in range(0, len(s), 2))


_NATO_BACK = {"alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f", "golf": "g",
              "hotel": "h", "india": "i", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m", "november": "n",
              "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
              "victor": "v", "whiskey": "w", "xray": "x", "yankee": "y", "zulu": "z", "zero": "0", "one": "1",
              "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
              "niner": "9", "dash": "-", "underscore": "_", "dot": "."}


def d_hl7(pre, run):
    m = re.fullmatch(r"\\X([0-9A-F]+)\\", run)
    return _hex(m.group(1)).decode()


def d_dcm(pre, run):
    assert re.fullmatch(r"[0-9a-f]{2}(\\[0-9a-f]{2})*", run)
    return bytes(int(x, 16) for x in run.split("\\")).decode()


def d_rev(pre, run):
    return "".join(reversed(run))


def d_nato(pre, run):
    out = []
    for w in run.split(" "):
        c = _NATO_BACK[w.lower()]
        out.append(c.upper() if w.isupper() and c.isalpha() else c)
    return "".join(out)


def d_braille(pre, run):
    return bytes(ord(c) - 0x2800 for c in run).decode()


def d_full(pre, run):
    return "".join(chr(ord(c) - 0xFEE0) for c in run)


def d_unhex(pre, run):
    m = re.fullmatch(r"UNHEX\('([0-9A-F]+)'\)", run)
    return _hex(m.group(1)).decode()


def _dec_list(s, sep):
    return bytes(int(x) for x in s.split(sep)).decode()


def d_js(pre, run):
    m = re.fullmatch(r"String\.fromCharCode\(([0-9, ]+)\)", run)
    return _dec_list(m.group(1).replace(" ", ""), ",")


def d_xml(pre, run):
    parts = re.findall(r"&#x([0-9a-fA-F]+);", run)
    assert "".join("&#x%s;" % p for p in parts) == run
    return "".join(chr(int(p, 16)) for p in parts)


def d_u16(pre, run):
    b = _b64dec(run)
    return "".join(chr(b[i] | (b[i + 1] << 8)) for i in range(0, len(b), 2))


def d_hexb64(pre, run):
    return _hex(_b64dec(run).decode()).decode()


def d_b64url(pre, run):
    return _b64dec(run, _B64[:62] + "-_").decode()


def d_circled(pre, run):
    o = []
    for c in run:
        n = ord(c)
        if 0x24B6 <= n <= 0x24CF:
            o.append(chr(n - 0x24B6 + ord("A")))
        elif 0x24D0 <= n <= 0x24E9:
            o.append(chr(n - 0x24D0 + ord("a")))
        elif n == 0x24EA:
            o.append("0")
        elif 0x2460 <= n <= 0x2468:
            o.append(str(n - 0x2460 + 1))
        else:
            o.append(c)
    return "".join(o)


def d_zwsp(pre, run):
    return run.replace("\u200b", "")


def d_carray(pre, run):
    m = re.fullmatch(r"\{ (0x[0-9a-f]{2}(?:, 0x[0-9a-f]{2})*) \}", run)
    return bytes(int(x, 16) for x in m.group(1).split(", ")).decode()


def d_go(pre, run):
    m = re.fullmatch(r"string\(\[\]byte\{([0-9, ]+)\}\)", run)
    return _dec_list(m.group(1).replace(" ", ""), ",")


def d_rust(pre, run):
    m = re.fullmatch(r'b"((?:\\x[0-9a-f]{2})+)"', run)
    return bytes(int(x, 16) for x in re.findall(r"\\x([0-9a-f]{2})", m.group(1))).decode()


def d_ruby(pre, run):
    m = re.fullmatch(r'\[([0-9, ]+)\]\.pack\("C\*"\)', run)
    return _dec_list(m.group(1).replace(" ", ""), ",")


def d_lua(pre, run):
    m = re.fullmatch(r"string\.char\(([0-9,]+)\)", run)
    return _dec_list(m.group(1), ",")


def d_mumps(pre, run):
    m = re.fullmatch(r"\$C\(([0-9,]+)\)", run)
    return _dec_list(m.group(1), ",")


def d_rail(pre, run):
    n = len(run)
    k = (n + 1) // 2
    a, b = run[:k], run[k:]
    out = []
    for i in range(n):
        out.append(a[i // 2] if i % 2 == 0 else b[i // 2])
    return "".join(out)


def d_dna(pre, run):
    val = {"A": 0, "C": 1, "G": 2, "T": 3}
    assert len(run) % 4 == 0
    bs = []
    for i in range(0, len(run), 4):
        x = 0
        for ch in run[i:i + 4]:
            x = x * 4 + val[ch]
        bs.append(x)
    return bytes(bs).decode()


DEC = {
    "hl7_v2_hex_escape_sequence": d_hl7, "dcmdump_ob_backslash_hex": d_dcm, "reversed_character_order": d_rev,
    "nato_phonetic_spelled": d_nato, "braille_eight_dot_byte_patterns": d_braille, "fullwidth_ascii_forms": d_full,
    "mysql_unhex_function_call": d_unhex, "javascript_fromcharcode_call": d_js, "xml_hex_character_references": d_xml,
    "utf16le_then_base64": d_u16, "hex_then_base64_layered": d_hexb64, "base64url_unpadded_jwt_style": d_b64url,
    "circled_enclosed_alphanumerics": d_circled, "zero_width_space_interleaved": d_zwsp,
    "c_hex_byte_array_initializer": d_carray, "go_byte_slice_decimal_literal": d_go,
    "rust_byte_string_hex_escapes": d_rust, "ruby_pack_c_star_array": d_ruby, "lua_string_char_call": d_lua,
    "mumps_dollar_char_function": d_mumps, "rail_fence_two_rails": d_rail, "dna_nucleotide_base4_bytes": d_dna,
}
