"""Encoders for the p193 evasions.  Each takes (plain, rng) and returns the run."""

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
    "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-",
}


def e_backwards(p, r):
    return p[::-1]


def e_morse(p, r):
    out = []
    for ch in p:
        if ch.isupper():
            out.append("^" + MORSE[ch.lower()])
        else:
            out.append(MORSE[ch])
    return " ".join(out)


def _bal3(n):
    digits = ""
    while n:
        rem = n % 3
        if rem == 0:
            digits = "0" + digits
        elif rem == 1:
            digits = "1" + digits
        else:
            digits = "T" + digits
            n += 1
        n //= 3
    return digits


def e_bal3(p, r):
    return " ".join(_bal3(ord(c)) for c in p)


def e_hexagram(p, r):
    bits = "".join("{:08b}".format(b) for b in p.encode("utf-8"))
    if len(bits) % 6:
        bits += "0" * (6 - len(bits) % 6)
    return "".join(chr(0x4DC0 + int(bits[i:i + 6], 2)) for i in range(0, len(bits), 6))


def e_arabic_indic(p, r):
    return " ".join("".join(chr(0x0660 + int(d)) for d in str(ord(c))) for c in p)


SCRIPT_HOLES = {"B": "\u212C", "E": "\u2130", "F": "\u2131", "H": "\u210B", "I": "\u2110", "L": "\u2112", "M": "\u2133",
                "R": "\u211B", "e": "\u212F", "g": "\u210A", "o": "\u2134"}


def e_script(p, r):
    out = []
    for c in p:
        if c in SCRIPT_HOLES:
            out.append(SCRIPT_HOLES[c])
        elif "A" <= c <= "Z":
            out.append(chr(0x1D49C + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D4B6 + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def e_paren(p, r):
    out = []
    for c in p:
        if "a" <= c <= "z":
            out.append(chr(0x249C + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(chr(0x1F110 + ord(c) - 65))
        elif "1" <= c <= "9":
            out.append(chr(0x2474 + ord(c) - 49))
        else:
            out.append(c)
    return "".join(out)


def e_u32le(p, r):
    b = p.encode("utf-8")
    b += b"\x00" * (-len(b) % 4)
    words = []
    for i in range(0, len(b), 4):
        words.append("0x%08x" % int.from_bytes(b[i:i + 4], "little"))
    return ", ".join(words)


B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def e_base45(p, r):
    b = p.encode("utf-8")
    out = []
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out.append(B45[c] + B45[d] + B45[e])
    if len(b) % 2:
        n = b[-1]
        out.append(B45[n % 45] + B45[n // 45])
    return "".join(out)


def e_nibble(p, r):
    return " ".join("%x%x" % (b & 15, b >> 4) for b in p.encode("utf-8"))


FIBS = [89, 55, 34, 21, 13, 8, 5, 3, 2, 1]


def _zeck(n):
    bits = ""
    for f in FIBS:
        if f <= n:
            bits += "1"
            n -= f
        else:
            bits += "0"
    return bits.lstrip("0")


def e_zeck(p, r):
    return " ".join(_zeck(ord(c)) for c in p)


def _fact(n):
    digits = []
    k = 1
    while n:
        digits.append(n % k)
        n //= k
        k += 1
    return ":".join(str(d) for d in reversed(digits))


def e_factoradic(p, r):
    return " ".join(_fact(ord(c)) for c in p)


def _negabin(n):
    s = ""
    while n:
        rem = n % -2
        n //= -2
        if rem < 0:
            rem += 2
            n += 1
        s = str(rem) + s
    return s


def e_negabinary(p, r):
    return " ".join(_negabin(ord(c)) for c in p)


def _factor(n):
    parts = []
    d = 2
    while d * d <= n:
        e = 0
        while n % d == 0:
            n //= d
            e += 1
        if e:
            parts.append("%d^%d" % (d, e) if e > 1 else str(d))
        d += 1
    if n > 1:
        parts.append(str(n))
    return "\u00b7".join(parts)


def e_primes(p, r):
    return " ".join(_factor(ord(c)) for c in p)


def e_ean_addon(p, r):
    return " ".join("5%03d%d" % (ord(c), r.randint(0, 9)) for c in p)


def e_back_issue(p, r):
    return ", ".join("#%03d%s" % (ord(c), r.choice("ABCDE")) for c in p)


def e_dewey(p, r):
    return "; ".join("%03d.%02d" % (ord(c), r.randint(0, 99)) for c in p)


def e_shelf(p, r):
    return " ".join("B%02d-L%d" % divmod(ord(c), 10) for c in p)


def e_edifact_qty(p, r):
    return "".join("QTY+21:%d'" % ord(c) for c in p)


KEYWORD_ALPHA = "paerbckdfghijlmnoqstuvwxyz"   # from the keyword PAPERBACK


def e_keyword(p, r):
    out = []
    for c in p:
        if "a" <= c <= "z":
            out.append(KEYWORD_ALPHA[ord(c) - 97])
        elif "A" <= c <= "Z":
            out.append(KEYWORD_ALPHA[ord(c) - 65].upper())
        else:
            out.append(c)
    return "".join(out)


def e_shuffled(p, r):
    items = ["%02d=%s" % (i + 1, c) for i, c in enumerate(p)]
    r.shuffle(items)
    return " ".join(items)


ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
            "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu "
            "Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg "
            "Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og").split()


def e_periodic(p, r):
    return " ".join(ELEMENTS[ord(c) - 32 - 1] for c in p)


# name -> (encoder, family, rule in words)
ENCODINGS = {
    "backwards_character_order": (e_backwards, "positional trick (reversal)",
                                  "written backwards: read the line from right to left"),
    "morse_code_with_caret_capitals": (e_morse, "signal code (Morse)",
                                       "in International Morse code, one group per character separated by spaces, ^ in front of a capital letter (- is -....-, _ is ..--.-, . is .-.-.-)"),
    "balanced_ternary_code_points": (e_bal3, "numeral system (balanced ternary)",
                                     "as character codes in balanced ternary (digits T = -1, 0, 1, most significant first), separated by spaces"),
    "yijing_hexagram_sextets": (e_hexagram, "Unicode symbol block (hexagrams)",
                                "as Yijing hexagrams: the UTF-8 bits cut into groups of six, each group the hexagram U+4DC0 plus its value (zero bits pad the end; drop the last partial byte)"),
    "arabic_indic_digit_code_points": (e_arabic_indic, "numeral system (other-script digits)",
                                       "as decimal character codes written with Arabic-Indic digits (٠ to ٩), separated by spaces"),
    "mathematical_script_letters": (e_script, "Unicode look-alike block (script)",
                                    "in mathematical script letters (with the older letter-like forms ℬ ℰ ℱ ℋ ℐ ℒ ℳ ℛ ℯ ℊ ℴ); digits and - _ . unchanged"),
    "parenthesized_letters_and_digits": (e_paren, "Unicode look-alike block (parenthesized)",
                                         "with parenthesized letters (⒜ to ⒵ for small, 🄐 to 🄩 for capitals) and parenthesized digits ⑴ to ⑼; 0 and - _ . unchanged"),
    "uint32_little_endian_hex_words": (e_u32le, "developer notation (memory dump)",
                                       "as 32-bit little-endian words in hex: the UTF-8 bytes four at a time, padded with zero bytes, lowest byte last in each 0x word"),
    "base45_rfc9285": (e_base45, "byte notation (Base45)",
                       "in Base45 (RFC 9285, the alphabet 0-9 A-Z space $ % * + - . / :) of its UTF-8 bytes"),
    "nibble_swapped_hex_bytes": (e_nibble, "byte notation (swapped nibbles)",
                                 "as UTF-8 bytes in hex with the two hex digits of every byte swapped (a = 0x61 is written 16), separated by spaces"),
    "zeckendorf_fibonacci_code_points": (e_zeck, "numeral system (Zeckendorf)",
                                         "as character codes in Zeckendorf form: bits for the Fibonacci numbers ... 89 55 34 21 13 8 5 3 2 1, largest first, separated by spaces"),
    "factoradic_code_points": (e_factoradic, "numeral system (factorial base)",
                               "as character codes in the factorial number system: digits for k! ... 3! 2! 1! 0! joined by colons, one group per character separated by spaces"),
    "negabinary_code_points": (e_negabinary, "numeral system (base -2)",
                               "as character codes in base minus two (negabinary), separated by spaces"),
    "prime_factorisation_code_points": (e_primes, "arithmetic disguise (prime factors)",
                                        "as the prime factorisation of each character code (· between factors, ^ for powers), separated by spaces"),
    "ean_price_addon_digits": (e_ean_addon, "bookshop disguise (barcode price add-ons)",
                               "as five-digit barcode price add-ons, one per character: drop the leading 5 and the last digit, the three digits in between are the character code"),
    "back_issue_numbers_with_variant_letter": (e_back_issue, "comic-store disguise (back issues)",
                                               "as a back-issue want list: each issue number is a character code, the variant letter after it is noise"),
    "dewey_class_numbers": (e_dewey, "library disguise (Dewey numbers)",
                            "as Dewey class numbers separated by semicolons: the three digits before the point are the character code, the digits after it are noise"),
    "shelf_bay_and_level_numbers": (e_shelf, "shop-floor disguise (shelf locations)",
                                    "as shelf locations: bay number times ten plus level number is the character code (B09-L7 is 97)"),
    "edifact_qty_segment_quantities": (e_edifact_qty, "EDI disguise (order quantities)",
                                       "as EDIFACT QTY segments: the ordered quantity in each segment is the character code"),
    "keyword_mixed_alphabet_substitution": (e_keyword, "cipher (keyword alphabet)",
                                            "with a keyword substitution on the letters: the cipher alphabet is PAPERBACK without repeats followed by the unused letters (a->p, b->a, c->e, d->r, e->b, f->c, g->k, h->d ...), case kept; digits and - _ . unchanged"),
    "shuffled_indexed_characters": (e_shuffled, "positional trick (indexed shuffle)",
                                    "as numbered characters in shuffled order: each item is position=character, sort by the position to read it"),
    "periodic_table_symbols_plus_32": (e_periodic, "spelled form (element symbols)",
                                       "as chemical element symbols: the atomic number plus 32 is the character code, symbols separated by spaces"),
}
