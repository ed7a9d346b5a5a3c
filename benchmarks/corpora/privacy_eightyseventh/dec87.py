"""Independent decoders for p87 evasions: they see only the encoding name and the encoded run."""
import re

def _b32(s):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    assert re.fullmatch(r"[A-Z2-7]+=*", s) and len(s) % 8 == 0
    bits = "".join(format(alpha.index(c), "05b") for c in s.rstrip("="))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()
def _uu(s):
    m = re.fullmatch(r"begin 644 \S+\n(.+)\n`\nend", s)
    line = m.group(1)
    n = (ord(line[0]) - 32) & 63
    vals = [(ord(c) - 32) & 63 for c in line[1:]]
    bits = "".join(format(v, "06b") for v in vals)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, n * 8, 8)).decode()
def _bigint(s, alpha):
    n = 0
    for c in s:
        n = n * len(alpha) + alpha.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()
_MORSE_TABLE = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- p .--. q --.- r .-. s ...
t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 ..... 6 -.... 7 --... 8 ---.. 9 ----. - -....- _ ..--.- . .-.-.-"""
_tok = _MORSE_TABLE.split()
MORSE_INV = {_tok[i + 1]: _tok[i] for i in range(0, len(_tok), 2)}
_NATO = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
NATO_INV = {w: chr(97 + i) for i, w in enumerate(_NATO)}
NATO_INV.update({w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())})
NATO_INV.update({"dash": "-", "underscore": "_", "dot": "."})

def decode(enc, s):
    if enc == "base32_standard_padded": return _b32(s)
    if enc == "uuencode_begin_block": return _uu(s)
    if enc == "base36_big_integer": return _bigint(s, "0123456789abcdefghijklmnopqrstuvwxyz")
    if enc == "base62_big_integer": return _bigint(s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if enc == "morse_international_lowercase": return "".join(MORSE_INV[t] for t in s.split(" "))
    if enc == "nato_phonetic_spelling":
        out = []
        for w in s.split(" "):
            if w.startswith("CAPITAL-"): out.append(NATO_INV[w[8:]].upper())
            else: out.append(NATO_INV[w])
        return "".join(out)
    if enc == "rot47_printable_rotation": return "".join(chr(33 + (ord(c) - 33 - 47) % 94) for c in s)
    if enc == "caesar_shift_three_letters":
        low = "abcdefghijklmnopqrstuvwxyz"; up = low.upper()
        return "".join(low[low.index(c) - 3] if c in low else up[up.index(c) - 3] if c in up else c for c in s)
    if enc == "whole_string_reversed": return "".join(reversed(s))
    if enc == "html_decimal_char_refs":
        assert re.fullmatch(r"(&#\d+;)+", s); return "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", s))
    if enc == "html_hex_char_refs":
        assert re.fullmatch(r"(&#x[0-9a-f]+;)+", s); return "".join(chr(int(x, 16)) for x in re.findall(r"&#x([0-9a-f]+);", s))
    if enc == "css_six_digit_hex_escapes":
        assert re.fullmatch(r"(\\[0-9a-f]{6})+", s); return "".join(chr(int(x, 16)) for x in re.findall(r"\\([0-9a-f]{6})", s))
    if enc == "printf_octal_escape_string":
        m = re.fullmatch(r"printf '((?:\\[0-7]{3})+)'", s); return "".join(chr(int(x, 8)) for x in re.findall(r"\\([0-7]{3})", m.group(1)))
    if enc == "json_backslash_u_four_hex":
        m = re.fullmatch(r'"((?:\\u[0-9a-f]{4})+)"', s); return "".join(chr(int(x, 16)) for x in re.findall(r"\\u([0-9a-f]{4})", m.group(1)))
    if enc == "powershell_char_array_join":
        m = re.fullmatch(r"-join \[char\[\]\]\(([\d,]+)\)", s); return "".join(chr(int(x)) for x in m.group(1).split(","))
    if enc == "lua_string_char_call":
        m = re.fullmatch(r"string\.char\(([\d, ]+)\)", s); return "".join(chr(int(x)) for x in m.group(1).split(", "))
    if enc == "emacs_lisp_char_literals":
        m = re.fullmatch(r"\(string((?: \?.)+)\)", s); return "".join(t[1] for t in m.group(1).strip().split(" "))
    if enc == "xxd_plain_hex_dump":
        h = s.replace("\n", ""); assert re.fullmatch(r"[0-9a-f]+", h); return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2)).decode()
    if enc == "xor_5a_hex_bytes": return bytes(int(x, 16) ^ 0x5A for x in s.split(" ")).decode()
    if enc == "braille_pattern_bytes": return bytes(ord(c) - 0x2800 for c in s).decode()
    if enc == "enclosed_circled_alphanumerics":
        out = []
        for c in s:
            o = ord(c)
            if 0x24D0 <= o <= 0x24E9: out.append(chr(o - 0x24D0 + ord("a")))
            elif 0x24B6 <= o <= 0x24CF: out.append(chr(o - 0x24B6 + ord("A")))
            elif o == 0x24EA: out.append("0")
            elif 0x2460 <= o <= 0x2468: out.append(str(o - 0x2460 + 1))
            else: out.append(c)
        return "".join(out)
    if enc == "tilde_interleaved_fillers":
        assert all(s[i] == "~" for i in range(1, len(s), 2)); return s[0::2]
    raise KeyError(enc)
