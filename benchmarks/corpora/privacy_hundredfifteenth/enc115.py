"""Encoders for the 22 p115 evasion notations (the decoder in dec115 is written separately)."""
import unicodedata

RULES = {
    "base_twentytwo_digit_pairs": "in base 22 (digits 0-9 then A-L for ten to twenty-one), two digits per character code point, space-separated",
    "base_twentyfive_digit_pairs": "in base 25 (digits 0-9 then A-O for ten to twenty-four), two digits per character code point, space-separated",
    "subscript_digit_code_points": "as decimal code points written in subscript digits (₀₁₂₃₄₅₆₇₈₉), space-separated",
    "devanagari_digit_code_points": "as decimal code points written in Devanagari digits (०१२३४५६७८९), separated by commas",
    "braille_cell_ascii_offset": "as 8-dot Braille pattern cells, each cell being U+2800 plus the character's ASCII code",
    "measured_depth_thirty_foot_joints": "as measured depths: each character's code point times one 30 ft joint, written like 3,150 ft, separated by semicolons",
    "nibble_swapped_byte_hex": "as hex bytes with the two nibbles of every byte swapped (so 0x61 is written 16), space-separated",
    "bit_reversed_byte_hex": "as hex bytes whose 8 bits are written in reverse order (bit 0 first), space-separated",
    "xor_key_5a_byte_hex": "as hex bytes each XORed with the key 0x5A, space-separated",
    "rot7_letters_rot3_digits": "with every letter moved 7 places forward in the alphabet (case kept, wrapping z to g) and every digit moved 3 forward (7 to 0); - _ . unchanged",
    "atbash_letters_nines_digits": "with every letter mirrored in the alphabet (a<->z, b<->y, case kept) and every digit replaced by 9 minus the digit; - _ . unchanged",
    "vigenere_pump_keyword": "in a Vigenere cipher with the keyword PUMP (letters only advance the key, case kept; digits and - _ . unchanged)",
    "columnar_transposition_width_four": "written in rows of four characters and read out column by column, the four columns separated by |",
    "swapped_letter_case": "with the case of every letter flipped (upper becomes lower and back); digits and - _ . unchanged",
    "unicode_character_names": "as the official Unicode name of each character, names separated by ' / '",
    "seven_quotient_remainder_pairs": "as pairs q:r per character where the code point is 7*q + r, pairs space-separated",
    "periodic_table_offset_symbols": "as chemical element symbols: each character's code point minus 32 is the atomic number, symbols separated by dots",
    "fraktur_letters_plain_digits": "with letters in Unicode mathematical Fraktur (read them as plain letters; digits and - _ . are plain)",
    "modbus_register_pair_words": "as Modbus holding-register words: two characters per 16-bit register (high byte first, a lone last character padded with 0x00), registers in decimal, space-separated",
    "lua_string_char_call": "as a Lua string.char call over decimal code points",
    "r_inttoutf8_call": "as an R intToUtf8 call over a vector of decimal code points",
    "excel_char_concatenation": "as an Excel formula joining CHAR() of each decimal code point with &",
}

SUB = "₀₁₂₃₄₅₆₇₈₉"
DEVA = "०१२३४५६७८९"
ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
            "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb "
            "Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th").split()
FRAKTUR_UP_EXC = {"C": "\u212d", "H": "\u210c", "I": "\u2111", "R": "\u211c", "Z": "\u2128"}


def _digits(n, base):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    s = ""
    while n:
        n, d = divmod(n, base)
        s = al[d] + s
    return s.rjust(2, "0")


def _shift(c, k):
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.isdigit():
        return c
    return c


def _rev8(b):
    return int(format(b, "08b")[::-1], 2)


def enc(name, p):
    cps = [ord(c) for c in p]
    if name == "base_twentytwo_digit_pairs":
        return " ".join(_digits(c, 22) for c in cps)
    if name == "base_twentyfive_digit_pairs":
        return " ".join(_digits(c, 25) for c in cps)
    if name == "subscript_digit_code_points":
        return " ".join("".join(SUB[int(d)] for d in str(c)) for c in cps)
    if name == "devanagari_digit_code_points":
        return ",".join("".join(DEVA[int(d)] for d in str(c)) for c in cps)
    if name == "braille_cell_ascii_offset":
        return "".join(chr(0x2800 + c) for c in cps)
    if name == "measured_depth_thirty_foot_joints":
        return "; ".join("{:,} ft".format(c * 30) for c in cps)
    if name == "nibble_swapped_byte_hex":
        return " ".join("%02x" % (((c & 15) << 4) | (c >> 4)) for c in cps)
    if name == "bit_reversed_byte_hex":
        return " ".join("%02x" % _rev8(c) for c in cps)
    if name == "xor_key_5a_byte_hex":
        return " ".join("%02x" % (c ^ 0x5A) for c in cps)
    if name == "rot7_letters_rot3_digits":
        return "".join(str((int(c) + 3) % 10) if c.isdigit() else _shift(c, 7) for c in p)
    if name == "atbash_letters_nines_digits":
        out = []
        for c in p:
            if c.islower():
                out.append(chr(219 - ord(c)))
            elif c.isupper():
                out.append(chr(155 - ord(c)))
            elif c.isdigit():
                out.append(str(9 - int(c)))
            else:
                out.append(c)
        return "".join(out)
    if name == "vigenere_pump_keyword":
        key, i, out = "PUMP", 0, []
        for c in p:
            if c.isalpha():
                out.append(_shift(c, ord(key[i % 4]) - 65))
                i += 1
            else:
                out.append(c)
        return "".join(out)
    if name == "columnar_transposition_width_four":
        return "|".join(p[k::4] for k in range(4))
    if name == "swapped_letter_case":
        return p.swapcase()
    if name == "unicode_character_names":
        return " / ".join(unicodedata.name(c) for c in p)
    if name == "seven_quotient_remainder_pairs":
        return " ".join("%d:%d" % divmod(c, 7) for c in cps)
    if name == "periodic_table_offset_symbols":
        return ".".join(ELEMENTS[c - 33] for c in cps)
    if name == "fraktur_letters_plain_digits":
        out = []
        for c in p:
            if c.isupper():
                out.append(FRAKTUR_UP_EXC.get(c, chr(0x1D504 + ord(c) - 65)))
            elif c.islower():
                out.append(chr(0x1D51E + ord(c) - 97))
            else:
                out.append(c)
        return "".join(out)
    if name == "modbus_register_pair_words":
        b = list(cps) + ([0] if len(cps) % 2 else [])
        return " ".join(str(b[k] * 256 + b[k + 1]) for k in range(0, len(b), 2))
    if name == "lua_string_char_call":
        return "string.char(" + ", ".join(map(str, cps)) + ")"
    if name == "r_inttoutf8_call":
        return "intToUtf8(c(" + ", ".join(map(str, cps)) + "))"
    if name == "excel_char_concatenation":
        return "=" + "&".join("CHAR(%d)" % c for c in cps)
    raise KeyError(name)
