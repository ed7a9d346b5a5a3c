"""Encoders for the evasion records (the decoder lives in dec173.py and imports nothing from here)."""
import base64
import string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits

RULES = {
    "octal_c_escapes_per_byte":
        "as C octal escapes, every UTF-8 byte written as a backslash and three octal digits, back to back",
    "python_hex_escapes_per_byte":
        "as Python \\x escapes, every UTF-8 byte written as \\x and two lower-case hex digits, back to back",
    "base32_rfc4648_padded":
        "in Base32 (RFC 4648 alphabet A-Z 2-7, padded with =) of the UTF-8 bytes",
    "ascii85_adobe_delimited":
        "in Ascii85 (Adobe style, between <~ and ~>, z for four zero bytes) of the UTF-8 bytes",
    "caesar_shift_seven":
        "with a Caesar shift of seven: every letter moved 7 places forward (case kept, z wraps to g), every digit 7 forward modulo 10; - _ . unchanged",
    "affine_cipher_five_eight":
        "with an affine cipher: a letter with index x (a=0) becomes index 5x+8 mod 26 in the same case, a digit d becomes 3d+7 mod 10; - _ . unchanged",
    "beaufort_keyword_farrier":
        "with a Beaufort cipher keyed FARRIER: each letter or digit becomes key minus plain (letters mod 26 with A=0 and case kept, digits mod 10 with the key letter's index taken mod 10); the key advances only on letters and digits; - _ . unchanged",
    "columnar_transposition_keyword_gallop":
        "as a columnar transposition under the keyword GALLOP: written row by row into six columns, the last row padded with *, then the columns read top to bottom in the alphabetical order of their key letters (equal letters left to right), columns separated by /",
    "whole_string_reversed":
        "back to front, last character first",
    "odd_then_even_positions":
        "split by position: first the 1st, 3rd, 5th … characters, then ' | ', then the 2nd, 4th, 6th …",
    "braille_eight_dot_bytes":
        "as eight-dot Braille cells, one cell per UTF-8 byte, the dots being the bits of the byte (cell = U+2800 + byte)",
    "mathematical_sans_serif_bold_forms":
        "in mathematical sans-serif bold letters and digits (U+1D5D4 for A, U+1D5EE for a, U+1D7EC for 0); - _ . unchanged",
    "mathematical_bold_italic_letters":
        "in mathematical bold italic letters (U+1D468 for A, U+1D482 for a) and mathematical bold digits (U+1D7CE for 0); - _ . unchanged",
    "binary_eight_bit_groups":
        "in binary, eight bits per UTF-8 byte, bytes separated by spaces",
    "spreadsheet_column_letters":
        "as spreadsheet column names, one per character separated by spaces, where the column number (A=1 … Z=26, AA=27 …) is the code point",
    "base36_code_points":
        "in base 36 (digits 0-9 then a-z), one number per character separated by spaces, each being the code point",
    "qwerty_one_key_right":
        "shifted one key to the right on a QWERTY keyboard (rows 1234567890 / qwertyuiop / asdfghjkl / zxcvbnm, the last key of a row wrapping to its first, capitals the same way); - _ . unchanged",
    "xor_0x2a_hex_bytes":
        "as hex of the UTF-8 bytes each XORed with 0x2A, two lower-case hex digits per byte, back to back",
    "microchip_number_tail":
        "as a list of 15-digit horse microchip numbers separated by ', ', one per character: the last three digits of each number are the code point",
    "jockey_weight_stones_pounds":
        "as jockey riding weights separated by ', ', one per character: stones times 14 plus pounds is the code point",
    "decimal_odds_tenths":
        "as decimal odds separated by spaces, one price per character: the price times ten is the code point",
    "horse_height_hands_inches":
        "as horse heights in hands separated by ' / ', one per character: hands.inches (four inches to the hand), and the total in inches is the code point",
}

ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]


def _shift(ch, n_letters, n_digits):
    if ch in LOW:
        return LOW[(LOW.index(ch) + n_letters) % 26]
    if ch in UP:
        return UP[(UP.index(ch) + n_letters) % 26]
    if ch in DIG:
        return DIG[(DIG.index(ch) + n_digits) % 10]
    return ch


def _math(ch, cap, small, digit0):
    if ch in UP:
        return chr(cap + UP.index(ch))
    if ch in LOW:
        return chr(small + LOW.index(ch))
    if ch in DIG:
        return chr(digit0 + DIG.index(ch))
    return ch


def _col(n):
    s = ""
    while n:
        n, rem = divmod(n - 1, 26)
        s = UP[rem] + s
    return s


def _b36(n):
    a = DIG + LOW
    s = ""
    while n:
        n, rem = divmod(n, 36)
        s = a[rem] + s
    return s or "0"


def encode(name, plain, rng):
    b = plain.encode("utf-8")
    if name == "octal_c_escapes_per_byte":
        return "".join("\\%03o" % x for x in b)
    if name == "python_hex_escapes_per_byte":
        return "".join("\\x%02x" % x for x in b)
    if name == "base32_rfc4648_padded":
        return base64.b32encode(b).decode()
    if name == "ascii85_adobe_delimited":
        return base64.a85encode(b, adobe=True).decode()
    if name == "caesar_shift_seven":
        return "".join(_shift(c, 7, 7) for c in plain)
    if name == "affine_cipher_five_eight":
        out = []
        for c in plain:
            if c in LOW:
                out.append(LOW[(5 * LOW.index(c) + 8) % 26])
            elif c in UP:
                out.append(UP[(5 * UP.index(c) + 8) % 26])
            elif c in DIG:
                out.append(DIG[(3 * int(c) + 7) % 10])
            else:
                out.append(c)
        return "".join(out)
    if name == "beaufort_keyword_farrier":
        key = "FARRIER"
        out, i = [], 0
        for c in plain:
            k = UP.index(key[i % len(key)])
            if c in LOW:
                out.append(LOW[(k - LOW.index(c)) % 26]); i += 1
            elif c in UP:
                out.append(UP[(k - UP.index(c)) % 26]); i += 1
            elif c in DIG:
                out.append(DIG[(k % 10 - int(c)) % 10]); i += 1
            else:
                out.append(c)
        return "".join(out)
    if name == "columnar_transposition_keyword_gallop":
        key = "GALLOP"
        n = len(key)
        padded = plain + "*" * (-len(plain) % n)
        rows = [padded[i:i + n] for i in range(0, len(padded), n)]
        order = sorted(range(n), key=lambda i: (key[i], i))
        return "/".join("".join(row[c] for row in rows) for c in order)
    if name == "whole_string_reversed":
        return plain[::-1]
    if name == "odd_then_even_positions":
        return plain[0::2] + " | " + plain[1::2]
    if name == "braille_eight_dot_bytes":
        return "".join(chr(0x2800 + x) for x in b)
    if name == "mathematical_sans_serif_bold_forms":
        return "".join(_math(c, 0x1D5D4, 0x1D5EE, 0x1D7EC) for c in plain)
    if name == "mathematical_bold_italic_letters":
        return "".join(_math(c, 0x1D468, 0x1D482, 0x1D7CE) for c in plain)
    if name == "binary_eight_bit_groups":
        return " ".join(format(x, "08b") for x in b)
    if name == "spreadsheet_column_letters":
        return " ".join(_col(ord(c)) for c in plain)
    if name == "base36_code_points":
        return " ".join(_b36(ord(c)) for c in plain)
    if name == "qwerty_one_key_right":
        out = []
        for c in plain:
            done = False
            for row in ROWS:
                if c in row:
                    out.append(row[(row.index(c) + 1) % len(row)]); done = True
                    break
                if c.lower() in row and c.isupper():
                    out.append(row[(row.index(c.lower()) + 1) % len(row)].upper()); done = True
                    break
            if not done:
                out.append(c)
        return "".join(out)
    if name == "xor_0x2a_hex_bytes":
        return "".join("%02x" % (x ^ 0x2A) for x in b)
    if name == "microchip_number_tail":
        return ", ".join("826098" + "".join(rng.choice(DIG) for _ in range(6)) + "%03d" % ord(c) for c in plain)
    if name == "jockey_weight_stones_pounds":
        return ", ".join("%dst %dlb" % divmod(ord(c), 14) for c in plain)
    if name == "decimal_odds_tenths":
        return " ".join("%d.%d" % divmod(ord(c), 10) for c in plain)
    if name == "horse_height_hands_inches":
        return " / ".join("%d.%dhh" % divmod(ord(c), 4) for c in plain)
    raise KeyError(name)


ENCODINGS = list(RULES)
