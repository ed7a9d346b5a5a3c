"""Independent decoder for the p194 evasion encodings.

Gets only the encoding name and the run. Imports nothing from enc194 and no base64 /
binascii / codecs; tables are retyped from the rules stated in the texts.
"""
import re
import unicodedata


def _chars(codes):
    return "".join(chr(c) for c in codes)


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def d_quaternary(run):
    return _chars(int(t, 4) for t in run.split(" "))


def d_vigesimal(run):
    return _chars(int(t, 20) for t in run.split(" "))  # int() reads A-J as 10-19


def d_html_dec(run):
    return _chars(int(m) for m in re.findall(r"&#(\d+);", run))


def d_py_hex(run):
    assert run.startswith("b'") and run.endswith("'")
    return _utf8(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", run))


def d_hex(run):
    return _utf8(int(run[i:i + 2], 16) for i in range(0, len(run), 2))


def d_polybius(run):
    rows = ["ABCDEF", "GHIJKL", "MNOPQR", "STUVWX", "YZ0123", "456789"]
    out = ""
    for t in run.split(" "):
        if t in ("-", "_", "."):
            out += t
            continue
        cap = t.startswith("*")
        t = t.lstrip("*")
        ch = rows[int(t[0]) - 1][int(t[1]) - 1]
        out += ch if (cap or ch.isdigit()) else ch.lower()
    return out


def d_a1z26(run):
    out = ""
    for t in run.split(" "):
        if t.startswith("#"):
            out += t[1:]
        elif t.startswith("^"):
            out += chr(64 + int(t[1:]))
        elif t.isdigit():
            out += chr(96 + int(t))
        else:
            out += t
    return out


def d_base91(run):
    alphabet = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
    table = {c: i for i, c in enumerate(alphabet)}
    v, b, n, out = -1, 0, 0, []
    for ch in run:
        c = table[ch]
        if v < 0:
            v = c
        else:
            v += c * 91
            b |= v << n
            n += 13 if (v & 8191) > 88 else 14
            while n > 7:
                out.append(b & 255)
                b >>= 8
                n -= 8
            v = -1
    if v > -1:
        out.append((b | v << n) & 255)
    return _utf8(out)


def d_xor2a(run):
    return _utf8(int(h, 16) ^ 42 for h in run.split(":"))


def d_nfkc(run):
    return unicodedata.normalize("NFKC", run)


def d_homoglyph(run):
    back = {}
    for latin, cyr in zip("aceopxyisjABCEHKMOPTX",
                          "асеорхуіѕјАВСЕНКМОРТХ"):
        back[cyr] = latin
    return "".join(back.get(c, c) for c in run)


def d_hebrew(run):
    vals = {"א": 1, "ב": 2, "ג": 3, "ד": 4, "ה": 5, "ו": 6, "ז": 7, "ח": 8, "ט": 9,
            "י": 10, "כ": 20, "ל": 30, "מ": 40, "נ": 50, "ס": 60, "ע": 70, "פ": 80, "צ": 90,
            "ק": 100}
    return _chars(sum(vals[c] for c in t) for t in run.split(" "))


def d_sums(run):
    return _chars(sum(int(x) for x in t.split("+")) for t in run.split(" "))


def d_times7(run):
    out = []
    for t in run.split(" "):
        q, r = divmod(int(t), 7)
        assert r == 0
        out.append(q)
    return _chars(out)


def d_swapcase(run):
    return "".join(c.lower() if c.isupper() else c.upper() for c in run)


def d_uplus(run):
    return _chars(int(t[2:], 16) for t in run.split(" "))


def d_dice(run):
    faces = {"⚀": 0, "⚁": 1, "⚂": 2, "⚃": 3, "⚄": 4, "⚅": 5}
    out = []
    for t in run.split(" "):
        n = 0
        for c in t:
            n = n * 6 + faces[c]
        out.append(n)
    return _chars(out)


def d_depth_ft(run):
    return _chars(int(m) for m in re.findall(r"#\d+ (\d+)ft", run))


def d_fill_bar(run):
    return _chars(int(m) - 100 for m in re.findall(r"(\d+) bar", run))


def d_bottom_time(run):
    return _chars(int(h) * 60 + int(m) for h, m in re.findall(r"(\d+):(\d\d)", run))


def d_bearing(run):
    return _chars(int(m) // 2 for m in re.findall(r"(\d{3})°", run))


def d_tide(run):
    return _chars(int(a) * 100 + int(b) for a, b in re.findall(r"\d\d:\d\d (\d)\.(\d\d)m", run))


DECODERS = {
    "quaternary_code_points": d_quaternary,
    "vigesimal_code_points_letters": d_vigesimal,
    "html_decimal_character_references": d_html_dec,
    "python_bytes_hex_escapes": d_py_hex,
    "hex_utf8_bytes_unseparated": d_hex,
    "polybius_square_coordinates": d_polybius,
    "letter_positions_a1z26": d_a1z26,
    "base91_encoding": d_base91,
    "xor_key_0x2a_hex_bytes": d_xor2a,
    "mathematical_sans_serif_italic_letters": d_nfkc,
    "cyrillic_homoglyph_substitution": d_homoglyph,
    "hebrew_numeral_letters_code_points": d_hebrew,
    "zeckendorf_fibonacci_sums_code_points": d_sums,
    "code_points_times_seven": d_times7,
    "swapcase_all_letters": d_swapcase,
    "u_plus_hex_code_points": d_uplus,
    "dice_faces_base_six_code_points": d_dice,
    "logbook_max_depth_feet": d_depth_ft,
    "fill_pressure_bar_minus_hundred": d_fill_bar,
    "bottom_time_minutes": d_bottom_time,
    "compass_bearing_half_degrees": d_bearing,
    "tide_table_heights_centimetres": d_tide,
}


def decode(encoding, run):
    return DECODERS[encoding](run)
