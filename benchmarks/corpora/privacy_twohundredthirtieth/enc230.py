"""Encoders for the 22 evasion encodings (the decoder lives in dec230.py and shares nothing)."""
import base64

ORDER = [
    "maya_vigesimal_numerals", "latin_number_words", "swahili_number_words",
    "braille_byte_cells", "morse_code_case_marked", "affine_cipher_mod62",
    "keyed_columnar_transposition", "ascii85_adobe_frame", "base32hex_extended_alphabet",
    "octal_byte_triplets", "chaff_interleave_keep_every_third", "bcd_nibble_codes",
    "factoradic_code_points", "balanced_ternary_code_points", "die_face_base6",
    "yijing_hexagram_sextets", "clock_time_minutes", "ipv4_dotted_quad_bytes",
    "brix_refractometer_readings", "vintage_year_cellar_list", "barrel_fill_litres",
    "total_so2_mg_per_litre",
]

RULES = {
    "maya_vigesimal_numerals": "as decimal character codes written in base 20 with the Mayan numeral signs (U+1D2E0 𝋠 = 0 … U+1D2F3 𝋳 = 19, most significant first; 97 = 𝋤𝋱), codes separated by spaces",
    "latin_number_words": "as character codes spelled out in Latin (nonaginta septem = 97, centum viginti duo = 122; 18 and 19 are duodeviginti and undeviginti, other numbers are tens word then units word), separated by commas",
    "swahili_number_words": "as character codes spelled out in Swahili (tisini na saba = 97, mia moja ishirini na mbili = 122, mia moja na tano = 105), separated by commas",
    "braille_byte_cells": "as 8-dot Braille cells, one per UTF-8 byte: dot n is raised when bit n-1 of the byte is set (cell = U+2800 + byte; a = ⡡)",
    "morse_code_case_marked": "in International Morse code, one group per character separated by spaces; a capital letter has ^ in front, '-' is -....-, '_' is ..--.-, '.' is .-.-.-",
    "affine_cipher_mod62": "with the affine map x → 17·x + 29 (mod 62) over the alphabet 0–9 A–Z a–z (0 = 0, A = 10, a = 36); _ . - stay as they are",
    "keyed_columnar_transposition": "as a columnar transposition under the key MERLOT: written in rows of six under M E R L O T (the last row filled up with ~), columns read top to bottom in the alphabetical order of their key letters (E, L, M, O, R, T) and run together",
    "ascii85_adobe_frame": "in Ascii85 (Adobe framing <~ … ~>, z for four zero bytes)",
    "base32hex_extended_alphabet": "in RFC 4648 base32hex (the 'extended hex' alphabet 0–9 A–V, padded with =)",
    "octal_byte_triplets": "as the UTF-8 bytes in three-digit octal (a = 141), separated by spaces",
    "chaff_interleave_keep_every_third": "with two filler characters after every real one: keep the 1st, 4th, 7th … character and drop the rest",
    "bcd_nibble_codes": "as packed BCD: every character code as three decimal digits, each digit a 4-bit group (097 = 0000 1001 0111), codes separated by ' / '",
    "factoradic_code_points": "as character codes in the factorial number system (digits for 4!, 3!, 2!, 1!, 0! joined by ':'; 97 = 4:0:0:1:0), separated by spaces",
    "balanced_ternary_code_points": "as character codes in balanced ternary with the digits + (1), 0 and - (−1), most significant first (97 = ++--+ = 81 + 27 − 9 − 3 + 1), separated by spaces",
    "die_face_base6": "as character codes in base 6, three dice per code with ⚀ = 0, ⚁ = 1, ⚂ = 2, ⚃ = 3, ⚄ = 4, ⚅ = 5 (97 = ⚂⚄⚁), codes separated by spaces",
    "yijing_hexagram_sextets": "as I Ching hexagrams: the UTF-8 bytes run together as bits, cut into groups of six (the last one filled up with zeros), each group the hexagram U+4DC0 + value (䷀ = 0 … ䷿ = 63)",
    "clock_time_minutes": "as 24-hour clock times: minutes after midnight is the character code (01:37 = 97), separated by spaces",
    "ipv4_dotted_quad_bytes": "as IPv4 addresses: the UTF-8 bytes four at a time as dotted quads (the last one filled up with zero bytes), separated by ', '",
    "brix_refractometer_readings": "as refractometer readings: each Brix value times ten is a character code (the block labels are noise), separated by '; '",
    "vintage_year_cellar_list": "as a cellar list: each vintage minus 1900 is a character code (the wine names are noise), separated by ', '",
    "barrel_fill_litres": "as barrel fills: each fill in litres minus 100 is a character code (the barrel numbers are noise), separated by '; '",
    "total_so2_mg_per_litre": "as lab results: each total SO2 value in mg/L is a character code (the tank labels are noise), separated by ', '",
}

FAMILY = {
    "maya_vigesimal_numerals": "positional numeral notation (Mayan base 20)",
    "latin_number_words": "spelled numerals (Latin)",
    "swahili_number_words": "spelled numerals (Swahili, with na joiners)",
    "braille_byte_cells": "tactile bit cells (8-dot Braille as bytes)",
    "morse_code_case_marked": "telegraph code (Morse with case marks)",
    "affine_cipher_mod62": "substitution cipher with the key in the text (affine)",
    "keyed_columnar_transposition": "keyed transposition (columnar, key MERLOT)",
    "ascii85_adobe_frame": "binary-to-text encoding (Ascii85)",
    "base32hex_extended_alphabet": "binary-to-text encoding (base32hex)",
    "octal_byte_triplets": "byte notation (octal)",
    "chaff_interleave_keep_every_third": "positional trick (chaff interleave)",
    "bcd_nibble_codes": "bit code (binary-coded decimal)",
    "factoradic_code_points": "mixed-radix arithmetic disguise (factoradic)",
    "balanced_ternary_code_points": "signed-digit arithmetic disguise (balanced ternary)",
    "die_face_base6": "symbol base (die faces, base 6)",
    "yijing_hexagram_sextets": "symbol base (I Ching hexagrams, base 64 bit stream)",
    "clock_time_minutes": "time disguise (clock times)",
    "ipv4_dotted_quad_bytes": "ops disguise (IPv4 addresses)",
    "brix_refractometer_readings": "world disguise (Brix readings)",
    "vintage_year_cellar_list": "world disguise (vintage years)",
    "barrel_fill_litres": "world disguise (barrel fills)",
    "total_so2_mg_per_litre": "world disguise (SO2 lab results)",
}

_LAT_U = ["", "unus", "duo", "tres", "quattuor", "quinque", "sex", "septem", "octo", "novem"]
_LAT_T = ["", "decem", "viginti", "triginta", "quadraginta", "quinquaginta", "sexaginta",
          "septuaginta", "octoginta", "nonaginta"]
_LAT_TEEN = {11: "undecim", 12: "duodecim", 13: "tredecim", 14: "quattuordecim", 15: "quindecim",
             16: "sedecim", 17: "septendecim", 18: "duodeviginti", 19: "undeviginti"}


def _latin(n):
    out = []
    if n >= 100:
        out.append("centum")
        n -= 100
    if n in _LAT_TEEN:
        out.append(_LAT_TEEN[n])
    elif n:
        t, u = divmod(n, 10)
        if t:
            out.append(_LAT_T[t])
        if u:
            out.append(_LAT_U[u])
    return " ".join(out)


_SW_U = ["", "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"]
_SW_T = ["", "kumi", "ishirini", "thelathini", "arobaini", "hamsini", "sitini", "sabini",
         "themanini", "tisini"]


def _sw_small(n):
    t, u = divmod(n, 10)
    if t and u:
        return f"{_SW_T[t]} na {_SW_U[u]}"
    if t:
        return _SW_T[t]
    return _SW_U[u]


def _swahili(n):
    if n < 100:
        return _sw_small(n)
    r = n - 100
    if r == 0:
        return "mia moja"
    t, u = divmod(r, 10)
    if t and u:
        return "mia moja " + _sw_small(r)
    return "mia moja na " + _sw_small(r)


MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
    "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
    "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
    "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-",
    ".": ".-.-.-",
}

A62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
KEY = "MERLOT"


def _bt(n):
    digits = []
    while n:
        r = n % 3
        if r == 2:
            digits.append("-")
            n = (n + 1) // 3
        elif r == 1:
            digits.append("+")
            n //= 3
        else:
            digits.append("0")
            n //= 3
    return "".join(reversed(digits)) or "0"


def _factoradic(n):
    out = []
    for f in (24, 6, 2, 1):
        d, n = divmod(n, f)
        out.append(str(d))
    out.append("0")
    return ":".join(out)


NOISE_BLOCKS = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12"]
NOISE_WINES = ["Shiraz", "Riesling", "Grenache", "Semillon", "Mataro", "Cabernet", "Tawny", "Chardonnay",
               "Pinot", "Malbec", "Fiano", "Viognier"]
NOISE_TANKS = ["T01", "T02", "T04", "T07", "T09", "T11", "T14", "T15", "T18", "T21"]


def enc(name, plain, rng):
    b = plain.encode("utf-8")
    codes = [ord(c) for c in plain]
    if name == "maya_vigesimal_numerals":
        out = []
        for c in codes:
            hi, lo = divmod(c, 20)
            out.append((chr(0x1D2E0 + hi) if hi else "") + chr(0x1D2E0 + lo))
        return " ".join(out)
    if name == "latin_number_words":
        return ", ".join(_latin(c) for c in codes)
    if name == "swahili_number_words":
        return ", ".join(_swahili(c) for c in codes)
    if name == "braille_byte_cells":
        return "".join(chr(0x2800 + x) for x in b)
    if name == "morse_code_case_marked":
        return " ".join(("^" if ch.isupper() else "") + MORSE[ch.lower()] for ch in plain)
    if name == "affine_cipher_mod62":
        return "".join(A62[(17 * A62.index(ch) + 29) % 62] if ch in A62 else ch for ch in plain)
    if name == "keyed_columnar_transposition":
        w = len(KEY)
        padded = plain + "~" * (-len(plain) % w)
        rows = [padded[i:i + w] for i in range(0, len(padded), w)]
        order = sorted(range(w), key=lambda i: KEY[i])
        return "".join("".join(r[i] for r in rows) for i in order)
    if name == "ascii85_adobe_frame":
        return base64.a85encode(b, adobe=True).decode()
    if name == "base32hex_extended_alphabet":
        return base64.b32hexencode(b).decode()
    if name == "octal_byte_triplets":
        return " ".join(format(x, "03o") for x in b)
    if name == "chaff_interleave_keep_every_third":
        filler = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(ch + rng.choice(filler) + rng.choice(filler) for ch in plain)
    if name == "bcd_nibble_codes":
        return " / ".join(" ".join(format(int(d), "04b") for d in f"{c:03d}") for c in codes)
    if name == "factoradic_code_points":
        return " ".join(_factoradic(c) for c in codes)
    if name == "balanced_ternary_code_points":
        return " ".join(_bt(c) for c in codes)
    if name == "die_face_base6":
        out = []
        for c in codes:
            d = [c // 36, (c // 6) % 6, c % 6]
            out.append("".join(chr(0x2680 + x) for x in d))
        return " ".join(out)
    if name == "yijing_hexagram_sextets":
        bits = "".join(format(x, "08b") for x in b)
        bits += "0" * (-len(bits) % 6)
        return "".join(chr(0x4DC0 + int(bits[i:i + 6], 2)) for i in range(0, len(bits), 6))
    if name == "clock_time_minutes":
        return " ".join(f"{c // 60:02d}:{c % 60:02d}" for c in codes)
    if name == "ipv4_dotted_quad_bytes":
        bb = list(b) + [0] * (-len(b) % 4)
        return ", ".join(".".join(str(x) for x in bb[i:i + 4]) for i in range(0, len(bb), 4))
    if name == "brix_refractometer_readings":
        return "; ".join(f"{rng.choice(NOISE_BLOCKS)} {c / 10:.1f} °Bx" for c in codes)
    if name == "vintage_year_cellar_list":
        return ", ".join(f"{rng.choice(NOISE_WINES)} {1900 + c}" for c in codes)
    if name == "barrel_fill_litres":
        return "; ".join(f"BRL-{rng.randint(100, 999)} {100 + c} L" for c in codes)
    if name == "total_so2_mg_per_litre":
        return ", ".join(f"{rng.choice(NOISE_TANKS)} {c} mg/L" for c in codes)
    raise KeyError(name)
