"""Independent decoders for the p174 evasion notations.

Written separately from enc174.py: nothing is imported from the encoders, and
base64 / binascii / codecs are not used (Base32 and Base64 are decoded by hand).
"""
import re
import unicodedata

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _bits_to_bytes(bits):
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _b32(run):
    bits = "".join(format(_B32.index(c), "05b") for c in run.rstrip("="))
    return _bits_to_bytes(bits).decode("utf-8")


def _b64(run):
    bits = "".join(format(_B64.index(c), "06b") for c in run.rstrip("="))
    return _bits_to_bytes(bits).decode("utf-8")


def _unshift(ch, k):
    for lo, n in (("a", 26), ("A", 26), ("0", 10)):
        o = ord(lo)
        if o <= ord(ch) < o + n:
            return chr((ord(ch) - o - k) % n + o)
    return ch


def _octal(run):
    return bytes(int(x, 8) for x in re.findall(r"\\([0-7]{3})", run)).decode("utf-8")


def _binary(run):
    return bytes(int(x, 2) for x in run.split(" ")).decode("utf-8")


def _rotate5(run):
    return run[-5:] + run[:-5]


def _blockrev(run):
    return "".join(run[i:i + 4][::-1] for i in range(0, len(run), 4))


def _rot18(run):
    return "".join(_unshift(c, 13) if c.isalpha() else _unshift(c, 5) for c in run)


def _keyword(run):
    key = []
    for c in "honeycomb" + "".join(chr(97 + i) for i in range(26)):
        if c not in key:
            key.append(c)
    inv = {k: chr(97 + i) for i, k in enumerate(key)}
    out = []
    for c in run:
        if c.lower() in inv and c.isascii() and c.isalpha():
            p = inv[c.lower()]
            out.append(p.upper() if c.isupper() else p)
        else:
            out.append(c)
    return "".join(out)


def _gronsfeld(run):
    key = (4, 7, 1, 3)
    out, i = [], 0
    for c in run:
        if c.isascii() and c.isalnum():
            out.append(_unshift(c, key[i % 4]))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def _bacon(run):
    return "".join(chr(int(g.replace("A", "0").replace("B", "1"), 2)) for g in run.split(" "))


def _braille(run):
    return bytes(ord(c) - 0x2800 for c in run).decode("utf-8")


def _sans(run):
    out = []
    for c in run:
        if ord(c) < 128:
            out.append(c)
            continue
        name = unicodedata.name(c)           # e.g. MATHEMATICAL SANS-SERIF BOLD SMALL H / ... DIGIT SEVEN
        if not name.startswith("MATHEMATICAL SANS-SERIF BOLD "):
            raise ValueError(name)
        rest = name[len("MATHEMATICAL SANS-SERIF BOLD "):]
        if rest.startswith("CAPITAL "):
            out.append(rest[-1])
        elif rest.startswith("SMALL "):
            out.append(rest[-1].lower())
        else:
            words = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
            out.append(str(words.index(rest.split()[-1])))
    return "".join(out)


def _cyrillic(run):
    out = []
    for c in run:
        if ord(c) < 128:
            out.append(c)
            continue
        name = unicodedata.name(c)   # CYRILLIC SMALL LETTER IE, ... BYELORUSSIAN-UKRAINIAN I, ... STRAIGHT U
        table = {"A": "a", "ES": "c", "IE": "e", "O": "o", "ER": "p", "HA": "x", "U": "y",
                 "BYELORUSSIAN-UKRAINIAN I": "i", "JE": "j", "DZE": "s",
                 "VE": "b", "EN": "h", "KA": "k", "EM": "m", "TE": "t", "STRAIGHT U": "y"}
        m = re.match(r"CYRILLIC (CAPITAL|SMALL) LETTER (.+)$", name)
        base = table[m.group(2)]
        out.append(base.upper() if m.group(1) == "CAPITAL" else base)
    return "".join(out)


def _dozenal(run):
    digs = "0123456789XE"
    out = []
    for tok in run.split(" "):
        n = 0
        for ch in tok:
            n = n * 12 + digs.index(ch)
        out.append(chr(n))
    return "".join(out)


def _columns(run):
    out = []
    for tok in run.split(" "):
        n = 0
        for ch in tok:
            n = n * 26 + (ord(ch) - 64)
        out.append(chr(n))
    return "".join(out)


def _apiary_words(run):
    letters = ("apiary brood comb drone extractor frame goldenrod hive inspection jar knotweed langstroth mead "
               "nectar overwinter propolis queen robbing smoker topbar uncapping veil wax xylem yard zinnia").split()
    digits = "zero one two three four five six seven eight nine".split()
    punct = {"dash": "-", "underscore": "_", "dot": "."}
    out = []
    for w in run.split(" "):
        if w in punct:
            out.append(punct[w])
        elif w in digits:
            out.append(str(digits.index(w)))
        elif w in letters:
            out.append(w[0])
        elif w.lower() in letters and w == w.upper():
            out.append(w[0])
        else:
            raise ValueError(w)
    return "".join(out)


def _weights(run):
    return "".join(chr(int(a + b) - 3000) for a, b in re.findall(r"(\d+)\.(\d\d) kg", run))


def _mites(run):
    return "".join(chr(int(x) + 40) for x in run.split(", "))


def _brood(run):
    return "".join(chr(int(a + b) - 3400) for a, b in re.findall(r"(\d+)\.(\d\d)", run))


def _moisture(run):
    return "".join(chr(int(a + b) - 100) for a, b in re.findall(r"(\d+)\.(\d)%", run))


def _lots(run):
    return "".join(chr(int(x) - 100) for x in re.findall(r"L24-(\d{3})", run))


DECODERS = {
    "octal_byte_escapes": _octal,
    "binary_octets_spaced": _binary,
    "base32_rfc4648_padded": _b32,
    "base64_then_reversed": lambda r: _b64(r[::-1]),
    "reversed_character_order": lambda r: r[::-1],
    "rotate_left_by_five": _rotate5,
    "reverse_each_block_of_four": _blockrev,
    "rot18_letters_and_digits": _rot18,
    "keyword_alphabet_honeycomb": _keyword,
    "gronsfeld_key_4713": _gronsfeld,
    "bacon_ab_seven_bit_groups": _bacon,
    "braille_pattern_bytes": _braille,
    "mathematical_sans_serif_bold": _sans,
    "cyrillic_lookalike_letters": _cyrillic,
    "dozenal_code_points": _dozenal,
    "spreadsheet_column_letters": _columns,
    "apiary_word_spelling_alphabet": _apiary_words,
    "hive_weight_kilograms_offset": _weights,
    "varroa_mite_drop_counts": _mites,
    "brood_temperature_hundredths": _brood,
    "honey_moisture_refractometer_tenths": _moisture,
    "honey_lot_julian_day_codes": _lots,
}


def decode(name, run):
    return DECODERS[name](run)
