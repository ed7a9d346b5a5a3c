"""Independent decoders: each gets the text before the span and the encoded run, returns the plain."""
import re

_NATO = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
_DIG = "zero one two three four five six seven eight nine".split()
_SYM = {"dash": "-", "underscore": "_", "dot": "."}
_CR = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_A85 = 33


def _last_int(before, pat):
    m = list(re.finditer(pat, before))
    return int(m[-1].group(1))


def d_rev(b, s): return s[::-1]
def d_excel(b, s):
    assert s.startswith("=")
    return "".join(chr(int(x)) for x in re.fullmatch(r"=CHAR\((\d+)\)(?:&CHAR\(\d+\))*", s) and re.findall(r"CHAR\((\d+)\)", s))
def d_oct(b, s):
    assert re.fullmatch(r"(\\[0-7]{3})+", s)
    return "".join(chr(int(x, 8)) for x in s.split("\\")[1:])
def d_json(b, s):
    assert re.fullmatch(r"\[\d+(, \d+)*\]", s)
    return "".join(chr(int(x)) for x in s[1:-1].split(", "))
def d_bin(b, s): return "".join(chr(int(x, 2)) for x in s.split(" "))
def d_a85(b, s):
    assert s.startswith("<~") and s.endswith("~>")
    body, out = s[2:-2], bytearray()
    body = body.replace("z", "!!!!!")
    pad = -len(body) % 5
    body += "u" * pad
    for i in range(0, len(body), 5):
        n = 0
        for c in body[i:i + 5]:
            n = n * 85 + (ord(c) - _A85)
        out += n.to_bytes(4, "big")
    return bytes(out[:len(out) - pad]).decode()
def d_caesar(b, s):
    k = _last_int(b, r"forward by (\d+) letters")
    return "".join(chr((ord(c) - 97 - k) % 26 + 97) if c.islower() else chr((ord(c) - 65 - k) % 26 + 65) if c.isupper() else c for c in s)
def d_pct(b, s):
    assert re.fullmatch(r"(%[0-9A-F]{2})+", s)
    return "".join(chr(int(x, 16)) for x in s.split("%")[1:])
def d_fix(b, s):
    base = _last_int(b, r"FIX custom tags (\d+),")
    out = []
    for i, f in enumerate(s.rstrip("|").split("|")):
        t, v = f.split("=")
        assert int(t) == base + i
        out.append(chr(int(v)))
    return "".join(out)
def d_nato(b, s):
    o = []
    for w in s.split(" "):
        if w in _SYM: o.append(_SYM[w])
        elif w in _DIG: o.append(str(_DIG.index(w)))
        elif w.lower() in _NATO:
            c = chr(97 + _NATO.index(w.lower()))
            o.append(c.upper() if w.isupper() else c)
        else: raise ValueError(w)
    return "".join(o)
def d_crock(b, s):
    bits = "".join(format(_CR.index(c), "05b") for c in s)
    n = len(bits) // 8
    return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(n)).decode()
def d_b62(b, s):
    n = 0
    for c in s: n = n * 62 + _62.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()
def d_od(b, s):
    lines = s.split("\n")
    out = bytearray()
    for ln in lines[:-1]:
        off, *bs = ln.split(" ")
        assert int(off, 16) == len(out)
        out += bytes(int(x, 16) for x in bs)
    assert int(lines[-1], 16) == len(out)
    return out.decode()
def d_u32(b, s): return "".join(chr(int(x, 16)) for x in s.split(" "))
def d_trip(b, s):
    assert len(s) % 3 == 0
    return "".join(chr(int(s[i:i + 3])) for i in range(0, len(s), 3))
def d_revb64(b, s):
    import binascii
    return binascii.a2b_base64(s).decode()[::-1]
def d_rail(b, s):
    h = (len(s) + 1) // 2
    a, c = s[:h], s[h:]
    return "".join(a[i] + (c[i] if i < len(c) else "") for i in range(h))
def d_off(b, s):
    k = _last_int(b, r"with (\d+) added to each")
    return "".join(chr(int(x) - k) for x in s.split(" "))
def d_fill(b, s): return s[0::2]
def d_csv(b, s):
    cells = s.split(",")
    assert all(len(c) == 1 for c in cells)
    return "".join(cells)
def d_full(b, s): return "".join(chr(ord(c) - 0xFEE0) for c in s)
def d_b16(b, s):
    assert re.fullmatch(r"([0-9A-F]{2})+", s)
    return "".join(chr(int(s[i:i + 2], 16)) for i in range(0, len(s), 2))


DEC = {
 "right_to_left_reversal": d_rev, "excel_char_concatenate_formula": d_excel, "octal_backslash_escapes": d_oct,
 "json_int_array_char_codes": d_json, "binary_eight_bit_groups": d_bin, "ascii85_adobe_tildes": d_a85,
 "caesar_stated_shift": d_caesar, "url_percent_every_byte": d_pct, "fix_custom_tag_char_codes": d_fix,
 "nato_phonetic_words": d_nato, "crockford_base32_digits": d_crock, "base62_integer": d_b62,
 "od_hex_byte_dump": d_od, "utf32be_hex_words": d_u32, "decimal_triplet_digit_run": d_trip,
 "reverse_then_base64": d_revb64, "rail_fence_two_rails": d_rail, "offset_decimal_codes": d_off,
 "every_other_char_filler": d_fill, "csv_row_single_chars": d_csv, "fullwidth_unicode_forms": d_full,
 "base16_rfc4648_upper": d_b16,
}
