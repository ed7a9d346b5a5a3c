"""Independent decoder for the p135 evasion notations: gets only the encoding name and the run."""
import re

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B62 = "0123456789" + "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123))
_CYR_BACK = {"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0445": "x", "\u0443": "y",
             "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M", "\u041d": "H", "\u041e": "O",
             "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u0425": "X"}


def _shift_back(ch):
    if ch.islower() and ch.isascii():
        return chr((ord(ch) - 97 - 7) % 26 + 97)
    if ch.isupper() and ch.isascii():
        return chr((ord(ch) - 65 - 7) % 26 + 65)
    if ch.isdigit():
        return str((int(ch) - 3) % 10)
    return ch


def _b64dec(t):
    t = t.rstrip("=")
    bits = "".join(format(_B64.index(c), "06b") for c in t)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _unqwerty(ch):
    rows = ["1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
    low = ch.lower()
    for r in rows:
        if low in r:
            p = r[(r.index(low) - 1) % len(r)]
            return p.upper() if ch.isupper() else p
    return ch


def _uncircle(ch):
    o = ord(ch)
    if 0x24B6 <= o <= 0x24CF:
        return chr(65 + o - 0x24B6)
    if 0x24D0 <= o <= 0x24E9:
        return chr(97 + o - 0x24D0)
    if o == 0x24EA:
        return "0"
    if 0x2460 <= o <= 0x2468:
        return str(o - 0x2460 + 1)
    return ch


def _unpoly(tok):
    square = "abcdefghijklmnopqrstuvwxyz0123456789"
    cap = tok.startswith("^")
    t = tok.lstrip("^")
    if len(t) == 2 and t.isdigit():
        c = square[(int(t[0]) - 1) * 6 + int(t[1]) - 1]
        return c.upper() if cap else c
    return tok


def decode(name, run):
    if name == "caesar_letters_seven_digits_three":
        return "".join(_shift_back(c) for c in run)
    if name == "interpunct_triplets":
        return run.replace(" \u00b7 ", "")
    if name == "adjacent_pairs_swapped":
        out = ""
        for i in range(0, len(run), 2):
            out += run[i:i + 2][::-1]
        return out
    if name == "binary_octets_dot_separated":
        return bytes(int(x, 2) for x in run.split(".")).decode()
    if name == "dna_base_quartets":
        val = {"A": 0, "C": 1, "G": 2, "T": 3}
        return bytes(sum(val[q[k]] << (6 - 2 * k) for k in range(4)) for q in run.split()).decode()
    if name == "nibble_swapped_hex_bytes":
        return bytes(int(x[1] + x[0], 16) for x in run.split()).decode()
    if name == "u_plus_code_points":
        return "".join(chr(int(x[2:], 16)) for x in run.split())
    if name == "enclosed_circled_alphanumerics":
        return "".join(_uncircle(c) for c in run)
    if name == "cyrillic_lookalike_letters":
        return "".join(_CYR_BACK.get(c, c) for c in run)
    if name == "unicode_tag_block_invisible":
        return "".join(chr(ord(c) - 0xE0000) for c in run)
    if name == "gantry_pass_clock_times":
        return "".join(chr(int(t[3:5]) * 60 + int(t[6:8])) for t in run.split(", "))
    if name == "meter_minutes_offset_thirty":
        return "".join(chr(int(t.split()[0]) - 30) for t in run.split(" / "))
    if name == "garage_level_stall_labels":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"L(\d+)-(\d)", run))
    if name == "reversed_then_standard_base64":
        return _b64dec(run).decode()[::-1]
    if name == "c_array_hex_literals":
        return bytes(int(h, 16) for h in re.findall(r"0x([0-9a-f]{2})", run)).decode()
    if name == "dotted_quad_byte_groups":
        return bytes(int(x) for g in run.split() for x in g.split(".")).decode()
    if name == "mac_style_hex_sextets":
        return bytes(int(x, 16) for g in run.split() for x in g.split(":")).decode()
    if name == "qwerty_row_shift_right_cyclic":
        return "".join(_unqwerty(c) for c in run)
    if name == "base62_big_integer":
        n = 0
        for c in run:
            n = n * 62 + _B62.index(c)
        return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()
    if name == "polybius_six_square":
        return "".join(_unpoly(t) for t in run.split(" "))
    if name == "percent_u_unicode_escapes":
        return "".join(chr(int(h, 16)) for h in re.findall(r"%u([0-9A-F]{4})", run))
    if name == "each_character_doubled":
        assert all(run[i] == run[i + 1] for i in range(0, len(run), 2))
        return run[::2]
    raise KeyError(name)
