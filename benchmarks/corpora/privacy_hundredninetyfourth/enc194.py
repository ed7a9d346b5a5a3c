"""Encoders for the 22 evasion encodings (the decoder is in dec194.py, written separately)."""


def _base(n, b, digits):
    out = ""
    while True:
        n, r = divmod(n, b)
        out = digits[r] + out
        if n == 0:
            return out


def e_quaternary(p, rng):
    return " ".join(_base(ord(c), 4, "0123") for c in p)


def e_vigesimal(p, rng):
    return " ".join(_base(ord(c), 20, "0123456789ABCDEFGHIJ") for c in p)


def e_html_dec(p, rng):
    return "".join("&#%d;" % ord(c) for c in p)


def e_py_hex(p, rng):
    return "b'" + "".join("\\x%02x" % b for b in p.encode()) + "'"


def e_hex(p, rng):
    return p.encode().hex()


GRID = ["ABCDEF", "GHIJKL", "MNOPQR", "STUVWX", "YZ0123", "456789"]


def e_polybius(p, rng):
    out = []
    for c in p:
        if c in "-_.":
            out.append(c)
            continue
        u = c.upper()
        for i, row in enumerate(GRID):
            if u in row:
                code = "%d%d" % (i + 1, row.index(u) + 1)
        out.append(("*" if c.isupper() else "") + code)
    return " ".join(out)


def e_a1z26(p, rng):
    out = []
    for c in p:
        if c.isalpha():
            out.append(("^" if c.isupper() else "") + str(ord(c.lower()) - 96))
        elif c.isdigit():
            out.append("#" + c)
        else:
            out.append(c)
    return " ".join(out)


B91 = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
       "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")


def e_base91(p, rng):
    b = n = 0
    out = ""
    for byte in p.encode():
        b |= byte << n
        n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13
                n -= 13
            else:
                v = b & 16383
                b >>= 14
                n -= 14
            out += B91[v % 91] + B91[v // 91]
    if n:
        out += B91[b % 91]
        if n > 7 or b > 90:
            out += B91[b // 91]
    return out


def e_xor2a(p, rng):
    return ":".join("%02X" % (b ^ 0x2A) for b in p.encode())


def e_sans_italic(p, rng):
    out = ""
    for c in p:
        if "A" <= c <= "Z":
            out += chr(0x1D608 + ord(c) - 65)
        elif "a" <= c <= "z":
            out += chr(0x1D622 + ord(c) - 97)
        elif "0" <= c <= "9":
            out += chr(0x1D7E2 + ord(c) - 48)
        else:
            out += c
    return out


HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
        "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
        "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425"}


def e_homoglyph(p, rng):
    return "".join(HOMO.get(c, c) for c in p)


HEB_T = {10: "\u05d9", 20: "\u05db", 30: "\u05dc", 40: "\u05de", 50: "\u05e0", 60: "\u05e1",
         70: "\u05e2", 80: "\u05e4", 90: "\u05e6"}
HEB_U = {1: "\u05d0", 2: "\u05d1", 3: "\u05d2", 4: "\u05d3", 5: "\u05d4", 6: "\u05d5", 7: "\u05d6",
         8: "\u05d7", 9: "\u05d8"}


def _heb(n):
    out = ""
    if n >= 100:
        out += "\u05e7"  # qof = 100 (codes used here are below 200)
        n -= 100
    if n in (15, 16):
        return out + HEB_U[9] + HEB_U[n - 9]
    if n >= 10:
        out += HEB_T[n // 10 * 10]
        n %= 10
    if n:
        out += HEB_U[n]
    return out


def e_hebrew(p, rng):
    return " ".join(_heb(ord(c)) for c in p)


def _fibs():
    f = [1, 2]
    while f[-1] < 200:
        f.append(f[-1] + f[-2])
    return f[::-1]


def e_zeckendorf(p, rng):
    out = []
    for c in p:
        n, parts = ord(c), []
        for f in _fibs():
            if f <= n:
                parts.append(str(f))
                n -= f
        out.append("+".join(parts))
    return " ".join(out)


def e_times7(p, rng):
    return " ".join(str(ord(c) * 7) for c in p)


def e_swapcase(p, rng):
    return p.swapcase()


def e_uplus(p, rng):
    return " ".join("U+%04X" % ord(c) for c in p)


DICE = "\u2680\u2681\u2682\u2683\u2684\u2685"


def e_dice(p, rng):
    return " ".join(_base(ord(c), 6, DICE).rjust(3, DICE[0]) for c in p)


def e_depth_ft(p, rng):
    n = rng.randrange(180, 900)
    return " · ".join("#%d %dft" % (n + i, ord(c)) for i, c in enumerate(p))


def e_fill_bar(p, rng):
    return " / ".join("%d bar" % (ord(c) + 100) for c in p)


def e_bottom_time(p, rng):
    return ", ".join("%d:%02d" % divmod(ord(c), 60) for c in p)


def e_bearing(p, rng):
    return " ".join("%03d°" % (ord(c) * 2) for c in p)


def e_tide(p, rng):
    h = rng.randrange(0, 6)
    out = []
    for c in p:
        mm = rng.randrange(0, 60)
        out.append("%02d:%02d %d.%02dm" % (h % 24, mm, ord(c) // 100, ord(c) % 100))
        h += 6
    return " | ".join(out)


# name -> (encoder, family, rule in words)
ENCODINGS = {
    "quaternary_code_points": (e_quaternary, "numeral system",
        "as character codes in base 4 (digits 0-3), one per character, separated by spaces"),
    "vigesimal_code_points_letters": (e_vigesimal, "numeral system",
        "as character codes in base 20 (digits 0-9 then A-J), one per character, separated by spaces"),
    "html_decimal_character_references": (e_html_dec, "markup escape",
        "as HTML decimal character references (&# + the decimal code + ;), one per character, run together"),
    "python_bytes_hex_escapes": (e_py_hex, "developer notation",
        "as a Python bytes literal in which every UTF-8 byte is written as a \\x escape with two lower-case hex digits"),
    "hex_utf8_bytes_unseparated": (e_hex, "byte notation",
        "as the lower-case hex of its UTF-8 bytes, two digits per byte, with nothing between them"),
    "polybius_square_coordinates": (e_polybius, "cipher",
        "in a 6x6 Polybius square with the rows ABCDEF, GHIJKL, MNOPQR, STUVWX, YZ0123, 456789: row digit then column digit, a * before an upper-case letter, - _ . written as themselves, separated by spaces"),
    "letter_positions_a1z26": (e_a1z26, "spelled form",
        "as letter positions (a = 1 … z = 26) with ^ before a capital, a digit written as # and the digit, - _ . as themselves, separated by spaces"),
    "base91_encoding": (e_base91, "byte notation",
        "in basE91 (91 printable ASCII characters, 13 or 14 bits per character pair) of its UTF-8 bytes"),
    "xor_key_0x2a_hex_bytes": (e_xor2a, "cipher",
        "with every UTF-8 byte XORed with 0x2A and written as two upper-case hex digits, separated by colons"),
    "mathematical_sans_serif_italic_letters": (e_sans_italic, "Unicode look-alike block",
        "in mathematical sans-serif italic letters and sans-serif digits (look-alikes that fold back under NFKC); - _ . unchanged"),
    "cyrillic_homoglyph_substitution": (e_homoglyph, "Unicode look-alike block",
        "with Latin letters that have a Cyrillic twin (a c e o p x y i s j and A B C E H K M O P T X) swapped for that Cyrillic letter; everything else unchanged"),
    "hebrew_numeral_letters_code_points": (e_hebrew, "numeral system",
        "as character codes written in Hebrew numeral letters (ק = 100, צ = 90 … א = 1; 15 and 16 as ט״ו / ט״ז without the mark), separated by spaces"),
    "zeckendorf_fibonacci_sums_code_points": (e_zeckendorf, "arithmetic",
        "as character codes written as sums of non-neighbouring Fibonacci numbers (Zeckendorf form, largest first, joined with +), separated by spaces"),
    "code_points_times_seven": (e_times7, "arithmetic",
        "as character codes multiplied by 7, separated by spaces"),
    "swapcase_all_letters": (e_swapcase, "positional trick",
        "with the case of every letter flipped (upper to lower, lower to upper); digits and - _ . unchanged"),
    "u_plus_hex_code_points": (e_uplus, "developer notation",
        "as Unicode code points in U+ notation (four upper-case hex digits), separated by spaces"),
    "dice_faces_base_six_code_points": (e_dice, "Unicode symbol block",
        "as character codes in base 6 written with die faces (⚀ = 0, ⚁ = 1 … ⚅ = 5), three faces per character, separated by spaces"),
    "logbook_max_depth_feet": (e_depth_ft, "dive-world disguise",
        "as a row of logbook entries, one per character: the maximum depth in feet is the character code (the dive number is noise)"),
    "fill_pressure_bar_minus_hundred": (e_fill_bar, "dive-world disguise",
        "as cylinder fill pressures, one per character: the pressure in bar minus 100 is the character code"),
    "bottom_time_minutes": (e_bottom_time, "dive-world disguise",
        "as bottom times in h:mm, one per character: the total number of minutes is the character code"),
    "compass_bearing_half_degrees": (e_bearing, "dive-world disguise",
        "as compass bearings from the mooring, one per character: half the bearing in degrees is the character code"),
    "tide_table_heights_centimetres": (e_tide, "dive-world disguise",
        "as tide-table entries, one per character: the height in centimetres is the character code (the times are noise)"),
}
