"""Encoders for the p215 evasions.  The rng only adds noise the decoder ignores."""
import unicodedata

ENCODINGS = [
    # (name, family, rule in words)
    ("base_fourteen_code_points", "numeral system (base 14)",
     "as character codes in base fourteen (digits 0-9 then a = 10, b = 11, c = 12, d = 13, highest place first), separated by spaces"),
    ("reflected_gray_code_seven_bit", "binary code (reflected Gray code)",
     "as character codes in seven-bit reflected Gray code (each bit is the XOR of two neighbouring bits of the plain binary), separated by spaces"),
    ("tibetan_digit_code_points", "digit block (Tibetan digits)",
     "as decimal character codes written with Tibetan digits (\u0f20 = 0 \u2026 \u0f29 = 9), separated by spaces"),
    ("kayah_li_digit_code_points", "digit block (Kayah Li digits)",
     "as decimal character codes written with Kayah Li digits (\ua900 = 0 \u2026 \ua909 = 9), separated by spaces"),
    ("superscript_digit_code_points", "look-alike digits (superscripts)",
     "as decimal character codes written in superscript digits (\u2070 \u00b9 \u00b2 \u00b3 \u2074 \u2026 \u2079), separated by spaces"),
    ("french_number_words", "spelled form (French number words)",
     "as character codes spelled out in French (quatre-vingt-dix-sept = 97, cent vingt-deux = 122), separated by slashes"),
    ("latin_number_words", "spelled form (Latin number words, additive)",
     "as character codes spelled out in Latin, always additive (nonaginta septem = 97, centum viginti duo = 122), separated by commas"),
    ("hebrew_gematria_numerals", "alphabetic numerals (Hebrew)",
     "as character codes in Hebrew alphabetic numerals (\u05e7 = 100, \u05e6 = 90, \u05d6 = 7; 15 and 16 written \u05d8\u05d5 and \u05d8\u05d6; gershayim and geresh are only marks), separated by spaces"),
    ("armenian_letter_numerals", "alphabetic numerals (Armenian)",
     "as character codes in Armenian letter numerals (\u0531 \u2026 \u0539 = 1 \u2026 9, \u053a \u2026 \u0542 = 10 \u2026 90, \u0543 = 100; add the letters), separated by spaces"),
    ("unicode_character_names", "spelled form (Unicode character names)",
     "as the official Unicode name of each character, separated by middle dots"),
    ("periodic_table_symbols_minus_twenty", "code disguise (chemical elements)",
     "as chemical element symbols: the atomic number plus twenty is the character code, separated by spaces"),
    ("keyword_substitution_chesterfield", "cipher (keyword alphabet)",
     "with a keyword alphabet: the letters are enciphered with the alphabet that starts CHESTERFILD and continues with the unused letters (a \u2192 c, b \u2192 h \u2026, case kept), the digits with 1850234679 (0 \u2192 1, 1 \u2192 8 \u2026); _ . - unchanged"),
    ("xor_eighty_five_decimal", "cipher (XOR with a constant)",
     "as character codes XORed with 85, written in decimal, separated by spaces"),
    ("josephus_every_third_order", "positional trick (Josephus elimination)",
     "in Josephus order: the characters stand in a circle and every third one steps out (counting on from where the last left); the line is the order in which they stepped out"),
    ("boustrophedon_rows_of_five", "positional trick (boustrophedon rows)",
     "in boustrophedon rows of five: the first row reads left to right, the second right to left, and so on; rows are separated by vertical bars"),
    ("prime_factorisation_code_points", "arithmetic disguise (prime factors)",
     "as the prime factorisation of each character code (\u00b7 multiplies, ^ raises to a power), separated by spaces"),
    ("cantor_pairing_of_character_pairs", "arithmetic disguise (Cantor pairing)",
     "as Cantor pairs of neighbouring character codes: (a + b)(a + b + 1)/2 + b for each pair a, b; an odd last character is paired with 0; separated by spaces"),
    ("fabric_cut_lengths_decimetres", "disguise as this world's numbers (fabric cuts)",
     "as a fabric cutting list, one cut per character: the length in metres times ten is the character code (the fabric is noise), separated by semicolons"),
    ("martindale_rub_counts_thousands", "disguise as this world's numbers (Martindale rubs)",
     "as Martindale abrasion results, one swatch per character: the rub count in thousands is the character code (the swatch is noise), separated by semicolons"),
    ("chair_seat_heights_millimetres", "disguise as this world's numbers (seat heights)",
     "as a chair survey, one chair per character: the seat height in millimetres minus 350 is the character code (the chair is noise), separated by commas"),
    ("provenance_acquisition_years", "disguise as this world's dates (provenance years)",
     "as a provenance chain, one owner per character: the year of acquisition minus 1800 is the character code (the owner is noise), separated by semicolons"),
    ("collection_slot_clock_times", "disguise as this world's times (collection slots)",
     "as a collection-slot list, one slot per character: the minutes after 08:00 are the character code (the piece is noise), separated by commas"),
]

_B14 = "0123456789abcd"
_SUP = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
             "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_LA_UNITS = ["", "unus", "duo", "tres", "quattuor", "quinque", "sex", "septem", "octo", "novem"]
_LA_TEENS = ["decem", "undecim", "duodecim", "tredecim", "quattuordecim", "quindecim", "sedecim", "septendecim",
             "duodeviginti", "undeviginti"]
_LA_TENS = ["", "", "viginti", "triginta", "quadraginta", "quinquaginta", "sexaginta", "septuaginta", "octoginta", "nonaginta"]
_HE_U = " \u05d0\u05d1\u05d2\u05d3\u05d4\u05d5\u05d6\u05d7\u05d8"
_HE_T = " \u05d9\u05db\u05dc\u05de\u05e0\u05e1\u05e2\u05e4\u05e6"
_ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
             "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb "
             "Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No").split()


def _kw_alpha(keyword, alphabet):
    seen = []
    for ch in keyword + alphabet:
        if ch not in seen:
            seen.append(ch)
    return "".join(seen)


_KW_L = _kw_alpha("chesterfield", "abcdefghijklmnopqrstuvwxyz")
_KW_D = _kw_alpha("1851", "0123456789")

FABRICS = ["linen union", "cotton velvet", "wool bouclé", "horsehair", "damask", "ticking", "chenille", "calico",
           "toile", "moquette", "tapestry", "leather hide"]
CHAIRS = ["Windsor", "ladderback", "balloon-back", "Ercol 365", "smoker's bow", "Chippendale-style", "hall chair",
          "spoon-back", "bentwood", "carver"]
OWNERS = ["Earl of Harewood", "Sotheby's", "Christie's", "private collection, Bath", "Lady Ashcombe",
          "Mallett & Son", "Phillips", "by descent", "Bonhams", "estate of J. Pryce"]
PIECES = ["wingback", "chaise", "Davenport", "bureau", "ottoman", "tallboy", "settee", "footstool", "commode", "dresser"]


def _fr(n):
    if n < 20:
        return _FR_UNITS[n]
    if n < 70:
        t, u = divmod(n, 10)
        w = _FR_TENS[t]
        if u == 0:
            return w
        if u == 1:
            return w + " et un"
        return w + "-" + _FR_UNITS[u]
    if n < 80:
        u = n - 60
        return "soixante et onze" if u == 11 else "soixante-" + _FR_UNITS[u]
    if n < 100:
        u = n - 80
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + _FR_UNITS[u]
    if n == 100:
        return "cent"
    return "cent " + _fr(n - 100)


def _la(n):
    parts = []
    if n >= 100:
        parts.append("centum")
        n -= 100
    if n >= 20:
        parts.append(_LA_TENS[n // 10])
        n %= 10
        if n:
            parts.append(_LA_UNITS[n])
    elif n >= 10:
        parts.append(_LA_TEENS[n - 10])
    elif n:
        parts.append(_LA_UNITS[n])
    return " ".join(parts)


def _he(n):
    s = ""
    if n >= 100:
        s += "\u05e7"
        n -= 100
    if n in (15, 16):
        s += "\u05d8" + _HE_U[n - 9]
    else:
        if n >= 10:
            s += _HE_T[n // 10]
        if n % 10:
            s += _HE_U[n % 10]
    if len(s) == 1:
        return s + "\u05f3"
    return s[:-1] + "\u05f4" + s[-1]


def _hy(n):
    s = ""
    if n >= 100:
        s += chr(0x0543)
        n -= 100
    if n >= 10:
        s += chr(0x0539 + n // 10)
    if n % 10:
        s += chr(0x0530 + n % 10)
    return s


def _factor(n):
    out = []
    p = 2
    while n > 1:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        if e:
            out.append(str(p) if e == 1 else "%d^%d" % (p, e))
        p += 1
    return "\u00b7".join(out)


def _josephus_order(n, k=3):
    circle = list(range(n))
    order, i = [], 0
    while circle:
        i = (i + k - 1) % len(circle)
        order.append(circle.pop(i))
    return order


def enc(name, plain, rng):
    cps = [ord(c) for c in plain]
    if name == "base_fourteen_code_points":
        def b14(n):
            s = ""
            while n:
                n, d = divmod(n, 14)
                s = _B14[d] + s
            return s
        return " ".join(b14(c) for c in cps)
    if name == "reflected_gray_code_seven_bit":
        return " ".join(format(c ^ (c >> 1), "07b") for c in cps)
    if name == "tibetan_digit_code_points":
        return " ".join("".join(chr(0x0F20 + int(d)) for d in str(c)) for c in cps)
    if name == "kayah_li_digit_code_points":
        return " ".join("".join(chr(0xA900 + int(d)) for d in str(c)) for c in cps)
    if name == "superscript_digit_code_points":
        return " ".join("".join(_SUP[int(d)] for d in str(c)) for c in cps)
    if name == "french_number_words":
        return " / ".join(_fr(c) for c in cps)
    if name == "latin_number_words":
        return ", ".join(_la(c) for c in cps)
    if name == "hebrew_gematria_numerals":
        return " ".join(_he(c) for c in cps)
    if name == "armenian_letter_numerals":
        return " ".join(_hy(c) for c in cps)
    if name == "unicode_character_names":
        return " \u00b7 ".join(unicodedata.name(ch) for ch in plain)
    if name == "periodic_table_symbols_minus_twenty":
        return " ".join(_ELEMENTS[c - 20 - 1] for c in cps)
    if name == "keyword_substitution_chesterfield":
        out = []
        for ch in plain:
            if "a" <= ch <= "z":
                out.append(_KW_L[ord(ch) - 97])
            elif "A" <= ch <= "Z":
                out.append(_KW_L[ord(ch) - 65].upper())
            elif ch.isdigit():
                out.append(_KW_D[int(ch)])
            else:
                out.append(ch)
        return "".join(out)
    if name == "xor_eighty_five_decimal":
        return " ".join(str(c ^ 85) for c in cps)
    if name == "josephus_every_third_order":
        return "".join(plain[i] for i in _josephus_order(len(plain)))
    if name == "boustrophedon_rows_of_five":
        rows = [plain[i:i + 5] for i in range(0, len(plain), 5)]
        return " | ".join(r if j % 2 == 0 else r[::-1] for j, r in enumerate(rows))
    if name == "prime_factorisation_code_points":
        return " ".join(_factor(c) for c in cps)
    if name == "cantor_pairing_of_character_pairs":
        vals = cps + ([0] if len(cps) % 2 else [])
        return " ".join(str((a + b) * (a + b + 1) // 2 + b) for a, b in zip(vals[0::2], vals[1::2]))
    if name == "fabric_cut_lengths_decimetres":
        return "; ".join("%s %d.%d m" % (rng.choice(FABRICS), c // 10, c % 10) for c in cps)
    if name == "martindale_rub_counts_thousands":
        return "; ".join("%s %d,000 rubs" % (rng.choice(FABRICS), c) for c in cps)
    if name == "chair_seat_heights_millimetres":
        return ", ".join("%s %d mm" % (rng.choice(CHAIRS), c + 350) for c in cps)
    if name == "provenance_acquisition_years":
        return "; ".join("%s (%d)" % (rng.choice(OWNERS), c + 1800) for c in cps)
    if name == "collection_slot_clock_times":
        return ", ".join("%02d:%02d %s" % (8 + c // 60, c % 60, rng.choice(PIECES)) for c in cps)
    raise ValueError(name)
