"""Independent decoders: each gets the text before the span and the encoded run."""
import re

B64A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ZB = "ybndrfg8ejkmcpqxot1uwisza345h769"
XXA = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
CND = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
NATO = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
WORDS = {"Zero": "0", "One": "1", "Two": "2", "Three": "3", "Four": "4", "Five": "5", "Six": "6", "Seven": "7",
         "Eight": "8", "Nine": "9", "Dash": "-", "Underscore": "_", "Stop": "."}


def b64dec(s):
    s = s.rstrip("=")
    bits = "".join(format(B64A.index(c), "06b") for c in s)
    n = len(bits) // 8
    return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(n))


def d_fullwidth(b, s):
    assert all(0xFF01 <= ord(c) <= 0xFF5E for c in s)
    return "".join(chr(ord(c) - 0xFF01 + 0x21) for c in s)


def d_u16b64(b, s):
    raw = b64dec(s)
    assert len(raw) % 2 == 0
    return "".join(chr(raw[i] | (raw[i + 1] << 8)) for i in range(0, len(raw), 2))


def d_xmlhex(b, s):
    assert re.fullmatch(r"(?:&#x[0-9A-Fa-f]+;)+", s)
    return "".join(chr(int(h, 16)) for h in re.findall(r"&#x([0-9A-Fa-f]+);", s))


def d_delphi(b, s):
    assert re.fullmatch(r"(?:#\d{1,3})+", s)
    return "".join(chr(int(x)) for x in s[1:].split("#"))


def d_lua(b, s):
    m = re.fullmatch(r"string\.char\(([\d, ]+)\)", s)
    return "".join(chr(int(x)) for x in m.group(1).split(","))


def d_fortran(b, s):
    parts = s.split("//")
    return "".join(chr(int(re.fullmatch(r"achar\((\d+)\)", x).group(1))) for x in parts)


def d_csharp(b, s):
    m = re.fullmatch(r"new string\(new\[\] \{((?:'.'(?:, )?)+)\}\)", s)
    return "".join(re.findall(r"'(.)'", m.group(1)))


def d_nasm(b, s):
    m = re.fullmatch(r"db ((?:0x[0-9a-f]{2}, )+)0", s)
    return bytes(int(x, 16) for x in m.group(1).rstrip(", ").split(", ")).decode()


def d_haskell(b, s):
    m = re.fullmatch(r"map chr \[([\d,]+)\]", s)
    return "".join(chr(int(x)) for x in m.group(1).split(","))


def d_zb32(b, s):
    bits = "".join(format(ZB.index(c), "05b") for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode()


def d_xx(b, s):
    n = XXA.index(s[0])
    vals = [XXA.index(c) for c in s[1:]]
    out = bytearray()
    for i in range(0, len(vals), 4):
        g = vals[i:i + 4]
        x = (g[0] << 18) | (g[1] << 12) | (g[2] << 6) | g[3]
        out += bytes([(x >> 16) & 255, (x >> 8) & 255, x & 255])
    return out[:n].decode()


def d_circled(b, s):
    o = []
    for c in s:
        cp = ord(c)
        if 0x24B6 <= cp <= 0x24CF:
            o.append(chr(cp - 0x24B6 + ord("A")))
        elif 0x24D0 <= cp <= 0x24E9:
            o.append(chr(cp - 0x24D0 + ord("a")))
        elif cp == 0x24EA:
            o.append("0")
        elif 0x2460 <= cp <= 0x2468:
            o.append(str(cp - 0x2460 + 1))
        else:
            assert c in "-_."
            o.append(c)
    return "".join(o)


def d_cinit(b, s):
    m = re.fullmatch(r"\{((?:0x[0-9A-F]{2}, )+)0x00\}", s)
    return "".join(chr(int(x, 16)) for x in m.group(1).rstrip(", ").split(", "))


def d_revb64(b, s):
    return b64dec(s).decode()[::-1]


def d_offset(b, s):
    k = int(re.findall(r"raised by (\d+)", b)[-1])
    return "".join(chr(ord(c) - k) for c in s)


def d_cndig(b, s):
    return "".join(chr(int("".join(CND[c] for c in part))) for part in s.split("、"))


def d_rail(b, s):
    h = (len(s) + 1) // 2
    ev, od = s[:h], s[h:]
    return "".join(ev[i // 2] if i % 2 == 0 else od[i // 2] for i in range(len(s)))


def d_affine(b, s):
    a, bb = map(int, re.findall(r"a=(\d+), b=(\d+)", b)[-1])
    inv = next(x for x in range(26) if (a * x) % 26 == 1)
    o = []
    for c in s:
        if "A" <= c <= "Z" or "a" <= c <= "z":
            base = ord("A") if c <= "Z" else ord("a")
            o.append(chr(base + (inv * (ord(c) - base - bb)) % 26))
        else:
            o.append(c)
    return "".join(o)


def d_nato(b, s):
    o = []
    for w in s.split(" "):
        if w in WORDS:
            o.append(WORDS[w])
        elif w.islower():
            o.append(chr(ord("a") + NATO.index(w)))
        else:
            assert w.isupper()
            o.append(chr(ord("A") + NATO.index(w.lower())))
    return "".join(o)


def d_datauri(b, s):
    assert s.startswith("data:text/plain;base64,")
    return b64dec(s[len("data:text/plain;base64,"):]).decode()


def d_tcl(b, s):
    m = re.fullmatch(r"\[format ((?:%c)+) ([\d ]+)\]", s)
    nums = m.group(2).split()
    assert len(nums) * 2 == len(m.group(1))
    return "".join(chr(int(x)) for x in nums)


def d_quat(b, s):
    return "".join(chr(sum(int(d) << (6 - 2 * i) for i, d in enumerate(g))) for g in s.split(" "))


DEC = {
    "fullwidth_ascii_variants": d_fullwidth, "utf16le_then_base64": d_u16b64, "xml_hex_char_refs": d_xmlhex,
    "delphi_hash_char_literals": d_delphi, "lua_string_char_call": d_lua, "fortran_achar_concatenation": d_fortran,
    "csharp_new_string_char_array": d_csharp, "nasm_db_directive": d_nasm, "haskell_map_chr_list": d_haskell,
    "zbase32_human_oriented": d_zb32, "xxencode_single_line": d_xx, "circled_alphanumerics": d_circled,
    "c_hex_initializer_list": d_cinit, "reversed_then_base64": d_revb64, "ascii_code_stated_offset": d_offset,
    "chinese_digit_decimal_codes": d_cndig, "rail_fence_two_rails": d_rail, "affine_cipher_stated_keys": d_affine,
    "nato_phonetic_case_marked": d_nato, "data_uri_base64_payload": d_datauri, "tcl_format_percent_c": d_tcl,
    "quaternary_digits_per_byte": d_quat,
}
