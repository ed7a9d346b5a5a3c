"""Encoders for the 22 evasion encodings of p224 (the decoder lives in dec224.py, written separately).

The rng only adds noise that the decoder ignores (surname initials, death years, grave sections and rows,
urn models, flower and tribute names).
"""

ENCODINGS = [
    "devanagari_digit_code_points",
    "khmer_digit_code_points",
    "greek_alphabetic_numerals",
    "counting_rod_numerals",
    "dutch_number_words",
    "finnish_number_words",
    "fullwidth_latin_forms",
    "math_monospace_alphanumerics",
    "deseret_letter_substitution",
    "straddling_checkerboard_digits",
    "manchester_line_code_bits",
    "hamming_seven_four_codewords",
    "json_unicode_escapes",
    "cyclic_rotation_by_seven",
    "base91_henke_alphabet",
    "resistor_colour_band_digits",
    "headstone_birth_years",
    "grave_plot_references",
    "hymn_board_numbers",
    "urn_capacity_cubic_inches",
    "hearse_journey_miles",
    "floral_tribute_stem_counts",
]

RULES = {
    "devanagari_digit_code_points": "as decimal character codes written with Devanagari digits (० = 0 … ९ = 9; ९७ = 97), separated by spaces",
    "khmer_digit_code_points": "as decimal character codes written with Khmer digits (០ = 0 … ៩ = 9; ៩៧ = 97), separated by spaces",
    "greek_alphabetic_numerals": "as character codes in Greek alphabetic numerals with a keraia (α–θ 1–9 with ϛ = 6, ι–π 10–80 and ϟ = 90, ρ = 100; ϟζʹ = 97, ρκβʹ = 122), separated by spaces",
    "counting_rod_numerals": "as character codes in counting-rod numerals (units and hundreds with the vertical unit rods 𝍠–𝍨, tens with the horizontal tens rods 𝍩–𝍱, 〇 for an empty place; 𝍱𝍦 = 97), separated by spaces",
    "dutch_number_words": "as character codes spelled out in Dutch (zevenennegentig = 97, honderdtweeëntwintig = 122), separated by ' / '",
    "finnish_number_words": "as character codes spelled out in Finnish (yhdeksänkymmentäseitsemän = 97, satakaksikymmentäkaksi = 122), separated by ' / '",
    "fullwidth_latin_forms": "in fullwidth forms: every character, the _ . - included, swapped for its fullwidth twin (ａ for a, ０ for 0, ＿ for _)",
    "math_monospace_alphanumerics": "in mathematical monospace letters and digits (𝚊 for a, 𝙰 for A, 𝟶 for 0); _ . - are unchanged",
    "deseret_letter_substitution": "in Deseret letters: a–z are the first 26 small letters (𐐨 = a), A–Z the first 26 capitals (𐐀 = A), the digits 0–9 the small letters 27–36 (𐑂 = 0) and _ . - the capitals 27–29 (𐐚 𐐛 𐐜)",
    "straddling_checkerboard_digits": "with a straddling checkerboard: e t a o n r i are the single digits 0–6; rows 7, 8 and 9 give s h d l u c m f w y (70–79), g p b v k x q j z _ (80–89) and . - (90, 91); 92 makes the next letter a capital and 93 means the next digit stands for itself; the digits come in groups of five",
    "manchester_line_code_bits": "as a Manchester line code (IEEE 802.3 convention: a 0 bit is sent as 10, a 1 bit as 01) of each UTF-8 byte, most significant bit first, bytes separated by spaces",
    "hamming_seven_four_codewords": "as Hamming(7,4) codewords: each byte split into its high and low nibble, each nibble d1d2d3d4 sent as p1 p2 d1 p3 d2 d3 d4 with p1 = d1⊕d2⊕d4, p2 = d1⊕d3⊕d4, p3 = d2⊕d3⊕d4; codewords separated by spaces",
    "json_unicode_escapes": "as JSON \\u escapes of every character (\\u0061 = a), run together",
    "cyclic_rotation_by_seven": "rotated: the last seven characters were moved to the front",
    "base91_henke_alphabet": "in basE91 (Joachim Henke's Base91: 13- or 14-bit groups written as two characters of the 91-character alphabet A–Z a–z 0–9 !#$%&()*+,./:;<=>?@[]^_`{|}~\")",
    "resistor_colour_band_digits": "as resistor colour bands: every decimal digit of a character code as its colour (black 0, brown 1, red 2, orange 3, yellow 4, green 5, blue 6, violet 7, grey 8, white 9), digits joined by -, codes separated by spaces",
    "headstone_birth_years": "as a row of headstones: each birth year minus 1800 is a character code (the initial and the year of death are noise), separated by '; '",
    "grave_plot_references": "as grave-plot references: each plot number minus 300 is a character code (section and row are noise), separated by ', '",
    "hymn_board_numbers": "as a hymn board: each hymn number minus 200 is a character code, separated by ' | '",
    "urn_capacity_cubic_inches": "as an urn price list: each capacity in cubic inches minus 100 is a character code (the model names are noise), separated by '; '",
    "hearse_journey_miles": "as a hearse journey log: each leg's mileage times ten is a character code (the leg numbers are noise), separated by '; '",
    "floral_tribute_stem_counts": "as a florist's order: each tribute's stem count is a character code (the flower names are noise), separated by ', '",
}

FAMILY = {
    "devanagari_digit_code_points": "digit block (Devanagari)",
    "khmer_digit_code_points": "digit block (Khmer)",
    "greek_alphabetic_numerals": "numeral notation (Greek alphabetic, Milesian)",
    "counting_rod_numerals": "numeral notation (counting rods, decimal place value)",
    "dutch_number_words": "spelled form (Dutch number words)",
    "finnish_number_words": "spelled form (Finnish number words)",
    "fullwidth_latin_forms": "look-alike block (Halfwidth and Fullwidth Forms)",
    "math_monospace_alphanumerics": "look-alike block (Mathematical Alphanumeric Symbols, monospace)",
    "deseret_letter_substitution": "script substitution (Deseret)",
    "straddling_checkerboard_digits": "cipher (fractionating straddling checkerboard)",
    "manchester_line_code_bits": "bit code (Manchester line code)",
    "hamming_seven_four_codewords": "bit code with parity (Hamming 7,4)",
    "json_unicode_escapes": "escape notation (JSON \\u escapes)",
    "cyclic_rotation_by_seven": "positional trick (cyclic rotation)",
    "base91_henke_alphabet": "byte-to-text encoding (basE91)",
    "resistor_colour_band_digits": "digit spelling (resistor colour code)",
    "headstone_birth_years": "world disguise (headstone birth years)",
    "grave_plot_references": "world disguise (grave-plot numbers)",
    "hymn_board_numbers": "world disguise (hymn numbers)",
    "urn_capacity_cubic_inches": "world disguise (urn capacities)",
    "hearse_journey_miles": "world disguise (hearse mileage)",
    "floral_tribute_stem_counts": "world disguise (floral tribute stem counts)",
}


def _digits(n, zero):
    return "".join(chr(ord(zero) + int(d)) for d in str(n))


_GREEK_U = ["", "α", "β", "γ", "δ", "ε", "ϛ", "ζ", "η", "θ"]
_GREEK_T = ["", "ι", "κ", "λ", "μ", "ν", "ξ", "ο", "π", "ϟ"]


def _greek(n):
    h, t, u = n // 100, (n // 10) % 10, n % 10
    return ("ρ" * h) + _GREEK_T[t] + _GREEK_U[u] + "ʹ"


def _rod(n):
    s = str(n)
    out = []
    for i, d in enumerate(s):
        pos = len(s) - 1 - i  # 0 units, 1 tens, 2 hundreds
        d = int(d)
        if d == 0:
            out.append("〇")
        elif pos == 1:
            out.append(chr(0x1D369 + d - 1))
        else:
            out.append(chr(0x1D360 + d - 1))
    return "".join(out)


_NL_U = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_NL_TEEN = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
_NL_T = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]


def _nl99(n):
    if n < 10:
        return _NL_U[n]
    if n < 20:
        return _NL_TEEN[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return _NL_T[t]
    link = "ën" if _NL_U[u].endswith("e") else "en"
    return _NL_U[u] + link + _NL_T[t]


def _dutch(n):
    if n >= 100:
        return "honderd" + (_nl99(n - 100) if n > 100 else "")
    return _nl99(n)


_FI_U = ["", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]


def _fi99(n):
    if n == 0:
        return ""
    if n < 10:
        return _FI_U[n]
    if n == 10:
        return "kymmenen"
    if n < 20:
        return _FI_U[n - 10] + "toista"
    t, u = divmod(n, 10)
    return _FI_U[t] + "kymmentä" + _FI_U[u]


def _finnish(n):
    if n >= 100:
        return "sata" + _fi99(n - 100)
    return _fi99(n)


_CB_TOP = "etaonri"
_CB_ROWS = {7: "shdlucmfwy", 8: "gpbvkxqjz_", 9: ".-"}


def _checkerboard(s):
    out = []
    pos = {}
    for i, c in enumerate(_CB_TOP):
        pos[c] = str(i)
    for r, row in _CB_ROWS.items():
        for i, c in enumerate(row):
            pos[c] = "%d%d" % (r, i)
    for c in s:
        if c.isdigit():
            out.append("93" + c)
        elif c.isupper():
            out.append("92" + pos[c.lower()])
        else:
            out.append(pos[c])
    d = "".join(out)
    return " ".join(d[i:i + 5] for i in range(0, len(d), 5))


def _manchester(s):
    groups = []
    for b in s.encode():
        bits = format(b, "08b")
        groups.append("".join("01" if x == "1" else "10" for x in bits))
    return " ".join(groups)


def _hamming_nibble(n):
    d1, d2, d3, d4 = (n >> 3) & 1, (n >> 2) & 1, (n >> 1) & 1, n & 1
    p1 = d1 ^ d2 ^ d4
    p2 = d1 ^ d3 ^ d4
    p3 = d2 ^ d3 ^ d4
    return "".join(str(x) for x in (p1, p2, d1, p3, d2, d3, d4))


def _hamming(s):
    out = []
    for b in s.encode():
        out.append(_hamming_nibble(b >> 4))
        out.append(_hamming_nibble(b & 15))
    return " ".join(out)


B91 = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
       "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")


def _base91(data):
    b = 0
    n = 0
    out = []
    for byte in data:
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
            out.append(B91[v % 91])
            out.append(B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90:
            out.append(B91[b // 91])
    return "".join(out)


_COLOURS = ["black", "brown", "red", "orange", "yellow", "green", "blue", "violet", "grey", "white"]
_FLOWERS = ["lily", "rose", "carnation", "chrysanthemum", "freesia", "gerbera", "orchid", "tulip"]
_URNS = ["Oak", "Walnut", "Slate", "Bronze", "Willow", "Marble", "Pewter", "Cherry", "Brass", "Ceramic"]


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    if name == "devanagari_digit_code_points":
        return " ".join(_digits(c, "\u0966") for c in codes)
    if name == "khmer_digit_code_points":
        return " ".join(_digits(c, "\u17e0") for c in codes)
    if name == "greek_alphabetic_numerals":
        return " ".join(_greek(c) for c in codes)
    if name == "counting_rod_numerals":
        return " ".join(_rod(c) for c in codes)
    if name == "dutch_number_words":
        return " / ".join(_dutch(c) for c in codes)
    if name == "finnish_number_words":
        return " / ".join(_finnish(c) for c in codes)
    if name == "fullwidth_latin_forms":
        return "".join(chr(c + 0xFEE0) for c in codes)
    if name == "math_monospace_alphanumerics":
        out = []
        for c in plain:
            if "a" <= c <= "z":
                out.append(chr(0x1D68A + ord(c) - 97))
            elif "A" <= c <= "Z":
                out.append(chr(0x1D670 + ord(c) - 65))
            elif "0" <= c <= "9":
                out.append(chr(0x1D7F6 + ord(c) - 48))
            else:
                out.append(c)
        return "".join(out)
    if name == "deseret_letter_substitution":
        out = []
        for c in plain:
            if "a" <= c <= "z":
                out.append(chr(0x10428 + ord(c) - 97))
            elif "A" <= c <= "Z":
                out.append(chr(0x10400 + ord(c) - 65))
            elif "0" <= c <= "9":
                out.append(chr(0x10428 + 26 + ord(c) - 48))
            else:
                out.append(chr(0x10400 + 26 + "_.-".index(c)))
        return "".join(out)
    if name == "straddling_checkerboard_digits":
        return _checkerboard(plain)
    if name == "manchester_line_code_bits":
        return _manchester(plain)
    if name == "hamming_seven_four_codewords":
        return _hamming(plain)
    if name == "json_unicode_escapes":
        return "".join("\\u%04x" % c for c in codes)
    if name == "cyclic_rotation_by_seven":
        return plain[-7:] + plain[:-7]
    if name == "base91_henke_alphabet":
        return _base91(plain.encode())
    if name == "resistor_colour_band_digits":
        return " ".join("-".join(_COLOURS[int(d)] for d in str(c)) for c in codes)
    if name == "headstone_birth_years":
        parts = []
        for c in codes:
            born = 1800 + c
            parts.append("%s. %d–%d" % (rng.choice("ABCDEFGHJKLMNPRSTW"), born, born + rng.randint(58, 97)))
        return "; ".join(parts)
    if name == "grave_plot_references":
        return ", ".join("Sec %s Row %d Plot %d" % (rng.choice("ABCDEFGH"), rng.randint(1, 30), 300 + c) for c in codes)
    if name == "hymn_board_numbers":
        return " | ".join(str(200 + c) for c in codes)
    if name == "urn_capacity_cubic_inches":
        return "; ".join("%s %s %d cu in" % (rng.choice(_URNS), rng.choice(["urn", "keepsake", "casket urn"]), 100 + c) for c in codes)
    if name == "hearse_journey_miles":
        return "; ".join("Leg %d %d.%d mi" % (i + 1, c // 10, c % 10) for i, c in enumerate(codes))
    if name == "floral_tribute_stem_counts":
        return ", ".join("%s %s %d stems" % (rng.choice(_FLOWERS), rng.choice(["wreath", "spray", "posy", "sheaf", "pillow"]), c)
                         for c in codes)
    raise KeyError(name)
