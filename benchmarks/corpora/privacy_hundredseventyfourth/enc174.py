"""Encoders for the p174 evasion notations (the decoders live in dec174.py, written separately)."""
import base64

SANS_A, SANS_a, SANS_0 = 0x1D5D4, 0x1D5EE, 0x1D7EC
CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
       "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455",
       "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "I": "\u0406",
       "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "S": "\u0405",
       "T": "\u0422", "X": "\u0425", "Y": "\u04ae"}
KEYWORD = "HONEYCOMB"
GRONSFELD = [4, 7, 1, 3]
APIARY_WORDS = ["apiary", "brood", "comb", "drone", "extractor", "frame", "goldenrod", "hive", "inspection",
                "jar", "knotweed", "langstroth", "mead", "nectar", "overwinter", "propolis", "queen", "robbing",
                "smoker", "topbar", "uncapping", "veil", "wax", "xylem", "yard", "zinnia"]
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
PUNCT_WORDS = {"-": "dash", "_": "underscore", ".": "dot"}


def _keyed_alphabet(word):
    seen = []
    for ch in word.lower() + "abcdefghijklmnopqrstuvwxyz":
        if ch not in seen:
            seen.append(ch)
    return "".join(seen)


def _shift(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - 97 + k) % 26 + 97)
    if "A" <= ch <= "Z":
        return chr((ord(ch) - 65 + k) % 26 + 65)
    if "0" <= ch <= "9":
        return chr((ord(ch) - 48 + k) % 10 + 48)
    return ch


def _dozenal(n):
    digs = "0123456789XE"
    out = ""
    while n:
        n, r = divmod(n, 12)
        out = digs[r] + out
    return out or "0"


def _column(n):
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def e_octal(s):
    return "".join("\\%03o" % b for b in s.encode())


def e_binary(s):
    return " ".join(format(b, "08b") for b in s.encode())


def e_base32(s):
    return base64.b32encode(s.encode()).decode()


def e_b64rev(s):
    return base64.b64encode(s.encode()).decode()[::-1]


def e_reverse(s):
    return s[::-1]


def e_rotate5(s):
    return s[5:] + s[:5]


def e_blockrev(s):
    return "".join(s[i:i + 4][::-1] for i in range(0, len(s), 4))


def e_rot18(s):
    return "".join(_shift(c, 13) if c.isalpha() else _shift(c, 5) for c in s)


def e_keyword(s):
    ka = _keyed_alphabet(KEYWORD)
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(ka[ord(c) - 97])
        elif "A" <= c <= "Z":
            out.append(ka[ord(c) - 65].upper())
        else:
            out.append(c)
    return "".join(out)


def e_gronsfeld(s):
    out, i = [], 0
    for c in s:
        if c.isalnum():
            out.append(_shift(c, GRONSFELD[i % len(GRONSFELD)]))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def e_bacon(s):
    return " ".join(format(ord(c), "07b").replace("0", "A").replace("1", "B") for c in s)


def e_braille(s):
    return "".join(chr(0x2800 + b) for b in s.encode())


def e_sans(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(SANS_A + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(SANS_a + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(SANS_0 + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def e_cyrillic(s):
    return "".join(CYR.get(c, c) for c in s)


def e_dozenal(s):
    return " ".join(_dozenal(ord(c)) for c in s)


def e_columns(s):
    return " ".join(_column(ord(c)) for c in s)


def e_apiary_words(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(APIARY_WORDS[ord(c) - 97])
        elif "A" <= c <= "Z":
            out.append(APIARY_WORDS[ord(c) - 65].upper())
        elif c.isdigit():
            out.append(DIGIT_WORDS[int(c)])
        else:
            out.append(PUNCT_WORDS[c])
    return " ".join(out)


def e_weight(s):
    return " / ".join("%d.%02d kg" % divmod(3000 + ord(c), 100) for c in s)


def e_mites(s):
    return ", ".join(str(ord(c) - 40) for c in s)


def e_brood(s):
    return " ".join("%d.%02d" % divmod(3400 + ord(c), 100) for c in s)


def e_moisture(s):
    return "; ".join("%d.%d%%" % divmod(100 + ord(c), 10) for c in s)


def e_lots(s):
    return " ".join("L24-%03d" % (ord(c) + 100) for c in s)


# name -> (encoder, rule text, family)
ENCODINGS = {
    "octal_byte_escapes": (e_octal, "as C octal escapes, a backslash and three octal digits for every UTF-8 byte, run together", "byte notation"),
    "binary_octets_spaced": (e_binary, "in binary, eight bits (most significant first) for every UTF-8 byte, separated by spaces", "numeral system"),
    "base32_rfc4648_padded": (e_base32, "in Base32 (RFC 4648 alphabet A-Z 2-7, padded with =) of the UTF-8 bytes", "byte notation"),
    "base64_then_reversed": (e_b64rev, "as standard Base64 of the UTF-8 bytes, then the whole Base64 string written backwards", "byte notation + positional"),
    "reversed_character_order": (e_reverse, "written backwards, last character first", "positional trick"),
    "rotate_left_by_five": (e_rotate5, "rotated: the first five characters were moved to the end, everything else kept in order", "positional trick"),
    "reverse_each_block_of_four": (e_blockrev, "cut into blocks of four characters from the left (the last block may be shorter) and each block written backwards", "positional trick"),
    "rot18_letters_and_digits": (e_rot18, "with ROT18: every letter moved 13 places round a-z / A-Z and every digit moved 5 places round 0-9; - _ . unchanged", "cipher"),
    "keyword_alphabet_honeycomb": (e_keyword, "with a keyword substitution alphabet built from HONEYCOMB (plain abcdefghijklmnopqrstuvwxyz becomes honeycmbadfgijklpqrstuvwxz, capitals likewise); digits and - _ . unchanged", "cipher"),
    "gronsfeld_key_4713": (e_gronsfeld, "with a Gronsfeld cipher keyed 4 7 1 3 (each letter or digit moved forward by the next key digit, round a-z, A-Z or 0-9; the key advances only on letters and digits; - _ . unchanged)", "cipher"),
    "bacon_ab_seven_bit_groups": (e_bacon, "in Bacon-style A/B groups: the code point of each character in seven bits, A for 0 and B for 1, groups separated by spaces", "cipher / spelled form"),
    "braille_pattern_bytes": (e_braille, "as Unicode Braille patterns, one cell per UTF-8 byte (cell = U+2800 + byte value, the dots are the bits)", "Unicode look-alike block"),
    "mathematical_sans_serif_bold": (e_sans, "in mathematical sans-serif bold letters and digits (U+1D5D4 for A, U+1D5EE for a, U+1D7EC for 0); - _ . unchanged", "Unicode look-alike block"),
    "cyrillic_lookalike_letters": (e_cyrillic, "with Latin letters swapped for their Cyrillic look-alikes wherever one exists (а с е о р х у і ј ѕ and А В С Е Н І Ј К М О Р Ѕ Т Х Ү); other characters unchanged", "Unicode look-alike"),
    "dozenal_code_points": (e_dozenal, "as code points in base twelve (digits 0-9, X for ten, E for eleven), one per character, separated by spaces", "numeral system"),
    "spreadsheet_column_letters": (e_columns, "as spreadsheet column names, one per character: the column number (A=1 … Z=26, AA=27 …) is the code point; separated by spaces", "numeral system"),
    "apiary_word_spelling_alphabet": (e_apiary_words, "letter by letter in our apiary alphabet (apiary brood comb drone extractor frame goldenrod hive inspection jar knotweed langstroth mead nectar overwinter propolis queen robbing smoker topbar uncapping veil wax xylem yard zinnia; UPPER-CASE word for a capital; digits as zero one … nine; dash, underscore, dot), separated by spaces", "spelled form"),
    "hive_weight_kilograms_offset": (e_weight, "as a column of hive-scale weights, one per character, where (weight in kg × 100) − 3000 is the code point, separated by ' / '", "beekeeping disguise"),
    "varroa_mite_drop_counts": (e_mites, "as daily varroa mite-drop counts from the sticky board, one per character, where count + 40 is the code point, separated by commas", "beekeeping disguise"),
    "brood_temperature_hundredths": (e_brood, "as brood-nest temperatures in °C, one per character, where the hundredths of a degree minus 3400 are the code point, separated by spaces", "beekeeping disguise"),
    "honey_moisture_refractometer_tenths": (e_moisture, "as refractometer moisture readings, one per character, where the reading in tenths of a percent minus 100 is the code point, separated by '; '", "beekeeping disguise"),
    "honey_lot_julian_day_codes": (e_lots, "as honey lot codes L24-DDD, one per character, where the day number DDD minus 100 is the code point, separated by spaces", "beekeeping disguise"),
}


def encode(name, s):
    return ENCODINGS[name][0](s)
