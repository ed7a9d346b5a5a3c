"""Independent decoders for the p165 evasion encodings (written separately from enc165.py).

decode(name, run) gets only the encoding name and the encoded run."""
import re
import unicodedata

_NATO_WORDS = ("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike "
               "november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()
_NATO_NUM = "Zero Wun Too Tree Fower Fife Six Seven Ait Niner".split()

_MORSE_TABLE = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m --
n -. o --- p .--. q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --..
0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 ..... 6 -.... 7 --... 8 ---.. 9 ----.
- -....- _ ..--.- . .-.-.-"""


def _morse_rev():
    toks = _MORSE_TABLE.split()
    return {toks[i + 1]: toks[i] for i in range(0, len(toks), 2)}


_CYR_TO_LAT = {
    "а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s",
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O", "Р": "P",
    "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
}

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_DIGIT_NAMES = "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()
_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _roman_to_int(s):
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VALUES[ch]
        if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _d_base32(run):
    bits = ""
    for ch in run.rstrip("="):
        bits += format(_B32.index(ch), "05b")
    usable = len(bits) - len(bits) % 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8)).decode()


def _d_base36(run):
    n = int(run, 36)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def _d_octal(run):
    return bytes(int(o, 8) for o in re.findall(r"\\([0-7]{3})", run)).decode()


def _d_nato(run):
    out = []
    for w in run.split(" "):
        if w in _NATO_NUM:
            out.append(str(_NATO_NUM.index(w)))
        elif w == "Dash":
            out.append("-")
        elif w == "Underscore":
            out.append("_")
        elif w == "Decimal":
            out.append(".")
        elif w.lower() in _NATO_WORDS:
            letter = chr(97 + _NATO_WORDS.index(w.lower()))
            out.append(letter.upper() if w.isupper() else letter)
        else:
            raise ValueError(w)
    return "".join(out)


def _d_morse(run):
    rev = _morse_rev()
    out = []
    for tok in run.split(" "):
        cap = tok.startswith("^")
        ch = rev[tok.lstrip("^")]
        out.append(ch.upper() if cap else ch)
    return "".join(out)


def _d_vigenere(run):
    key = [ord(c) - ord("A") for c in "LADDER"]
    out = []
    for i, ch in enumerate(run):
        k = key[i % 6]
        if ch.islower():
            out.append(chr((ord(ch) - ord("a") - k) % 26 + ord("a")))
        elif ch.isupper():
            out.append(chr((ord(ch) - ord("A") - k) % 26 + ord("A")))
        elif ch.isdigit():
            out.append(str((int(ch) - k) % 10))
        else:
            out.append(ch)
    return "".join(out)


def _d_affine(run):
    out = []
    for ch in run:
        if ch.islower():
            out.append(chr(21 * (ord(ch) - ord("a") - 8) % 26 + ord("a")))
        elif ch.isupper():
            out.append(chr(21 * (ord(ch) - ord("A") - 8) % 26 + ord("A")))
        elif ch.isdigit():
            out.append(str(7 * (int(ch) - 7) % 10))
        else:
            out.append(ch)
    return "".join(out)


def _d_columnar(run):
    cols = run.split("/")
    out = []
    row = 0
    while True:
        added = False
        for c in cols:
            if row < len(c):
                out.append(c[row])
                added = True
        if not added:
            break
        row += 1
    return "".join(out)


def _d_cyr(run):
    return "".join(_CYR_TO_LAT.get(ch, ch) for ch in run)


def _d_double(run):
    out = []
    for ch in run:
        if ch in "-_.":
            out.append(ch)
            continue
        name = unicodedata.name(ch)
        m = re.match(r"(?:MATHEMATICAL )?DOUBLE-STRUCK (CAPITAL|SMALL|DIGIT) (\w+)$", name)
        kind, what = m.group(1), m.group(2)
        if kind == "DIGIT":
            out.append(str(_DIGIT_NAMES.index(what)))
        elif kind == "CAPITAL":
            out.append(what)
        else:
            out.append(what.lower())
    return "".join(out)


def _d_roman(run):
    return "".join(chr(_roman_to_int(t)) for t in run.split(" "))


def _d_a1z26(run):
    out = []
    for t in run.split(" "):
        if t.startswith("^"):
            out.append(chr(64 + int(t[1:])))
        elif t.startswith("#"):
            out.append(t[1:])
        elif t.isdigit():
            out.append(chr(96 + int(t)))
        else:
            out.append(t)
    return "".join(out)


def _d_acrostic(run):
    return "".join(w[0] for w in run.split(" "))


def _numbers(run, pat):
    return [int(x) for x in re.findall(pat, run)]


def _d_engine(run):
    return "".join(chr(n - 100) for n in _numbers(run, r"Engine (\d+)"))


def _d_heart(run):
    return "".join(chr(n) for n in _numbers(run, r"HR (\d+)"))


def _d_hydrant(run):
    return "".join(chr(n // 10) for n in _numbers(run, r"(\d+) gpm"))


def _d_ten(run):
    return "".join(chr(n) for n in _numbers(run, r"10-(\d+)"))


def _d_psi(run):
    return "".join(chr(n // 2) for n in _numbers(run, r"(\d+) psi"))


def _d_uu(run):
    def val(c):
        return (ord(c) - 32) & 63
    length = val(run[0])
    body = run[1:]
    data = bytearray()
    for i in range(0, len(body), 4):
        g = body[i:i + 4].ljust(4, "`")
        n = (val(g[0]) << 18) | (val(g[1]) << 12) | (val(g[2]) << 6) | val(g[3])
        data += bytes([(n >> 16) & 255, (n >> 8) & 255, n & 255])
    return bytes(data[:length]).decode()


def _d_base45(run):
    out = bytearray()
    i = 0
    while i < len(run):
        chunk = run[i:i + 3]
        vals = [_B45.index(c) for c in chunk]
        if len(vals) == 3:
            n = vals[0] + vals[1] * 45 + vals[2] * 2025
            out += bytes([n // 256, n % 256])
        else:
            out.append(vals[0] + vals[1] * 45)
        i += 3
    return out.decode()


def _d_polybius(run):
    grid = ""
    for lo, hi in (("A", "Z"), ("a", "z"), ("0", "9")):
        grid += "".join(chr(c) for c in range(ord(lo), ord(hi) + 1))
    grid += "-_."
    return "".join(grid[(int(t[0]) - 1) * 9 + int(t[1]) - 1] for t in run.split(" "))


def _d_halves(run):
    second, first = run.split(" / ")
    return first + second


D = {
    "base32_rfc4648_padded": _d_base32,
    "base36_big_number": _d_base36,
    "octal_backslash_byte_escapes": _d_octal,
    "nato_radio_alphabet_words": _d_nato,
    "morse_code_caret_capitals": _d_morse,
    "vigenere_key_ladder": _d_vigenere,
    "affine_five_x_plus_eight": _d_affine,
    "columnar_four_column_transposition": _d_columnar,
    "cyrillic_lookalike_letters": _d_cyr,
    "double_struck_alphanumerics": _d_double,
    "roman_numeral_code_points": _d_roman,
    "a1z26_letter_positions": _d_a1z26,
    "first_letter_acrostic_words": _d_acrostic,
    "apparatus_engine_unit_numbers": _d_engine,
    "heart_rate_vital_signs": _d_heart,
    "hydrant_flow_gallons_per_minute": _d_hydrant,
    "radio_ten_code_numbers": _d_ten,
    "pump_discharge_psi": _d_psi,
    "uuencoded_single_line": _d_uu,
    "base45_qr_alphabet": _d_base45,
    "polybius_nine_column_grid": _d_polybius,
    "halves_swapped_around_slash": _d_halves,
}


def decode(name, run):
    return D[name](run)
