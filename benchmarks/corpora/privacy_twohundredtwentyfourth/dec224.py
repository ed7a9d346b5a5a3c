"""Independent decoder for the p224 evasion encodings.

Gets only the encoding name and the run. Imports nothing from enc224 and no base64 / binascii / codecs /
unicodedata; every table is retyped here.
"""
import re


class DecodeError(ValueError):
    pass


def _num_from_block(tok, zero_cp):
    n = 0
    for ch in tok:
        d = ord(ch) - zero_cp
        if not 0 <= d <= 9:
            raise DecodeError("digit outside block: %r" % ch)
        n = n * 10 + d
    return n


GREEK = {"α": 1, "β": 2, "γ": 3, "δ": 4, "ε": 5, "ϛ": 6, "ζ": 7, "η": 8, "θ": 9,
         "ι": 10, "κ": 20, "λ": 30, "μ": 40, "ν": 50, "ξ": 60, "ο": 70, "π": 80, "ϟ": 90, "ρ": 100}


def _greek(tok):
    if not tok.endswith("ʹ"):
        raise DecodeError("missing keraia")
    return sum(GREEK[c] for c in tok[:-1])


def _rods(tok):
    n = 0
    L = len(tok)
    for i, ch in enumerate(tok):
        place = L - 1 - i
        cp = ord(ch)
        if ch == "〇":
            d = 0
        elif 0x1D360 <= cp <= 0x1D368:
            if place == 1:
                raise DecodeError("unit rod in tens place")
            d = cp - 0x1D360 + 1
        elif 0x1D369 <= cp <= 0x1D371:
            if place != 1:
                raise DecodeError("tens rod outside tens place")
            d = cp - 0x1D369 + 1
        else:
            raise DecodeError("not a rod")
        n = n * 10 + d
    return n


NL_SMALL = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
            "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
            "zeventien": 17, "achttien": 18, "negentien": 19}
NL_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
           "tachtig": 80, "negentig": 90}
NL_UNITS = {k: v for k, v in NL_SMALL.items() if v < 10}


def _nl_below_100(w):
    if w in NL_SMALL:
        return NL_SMALL[w]
    if w in NL_TENS:
        return NL_TENS[w]
    m = re.fullmatch(r"(een|twee|drie|vier|vijf|zes|zeven|acht|negen)(en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)", w)
    if not m:
        raise DecodeError("dutch word: %r" % w)
    return NL_UNITS[m.group(1)] + NL_TENS[m.group(3)]


def _dutch(w):
    if w.startswith("honderd"):
        rest = w[len("honderd"):]
        return 100 + (_nl_below_100(rest) if rest else 0)
    return _nl_below_100(w)


FI_UNITS = {"yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7,
            "kahdeksan": 8, "yhdeksän": 9}
FI_TOKEN = re.compile(r"sata|kymmentä|kymmenen|toista|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän")


def _finnish(w):
    pos = 0
    total = 0
    pending = None
    while pos < len(w):
        m = FI_TOKEN.match(w, pos)
        if not m:
            raise DecodeError("finnish word: %r" % w)
        t = m.group(0)
        pos = m.end()
        if t in FI_UNITS:
            if pending is not None:
                total += pending
            pending = FI_UNITS[t]
        elif t == "kymmentä":
            if pending is None:
                raise DecodeError("kymmentä without multiplier")
            total += pending * 10
            pending = None
        elif t == "toista":
            if pending is None:
                raise DecodeError("toista without unit")
            total += pending + 10
            pending = None
        elif t == "kymmenen":
            total += 10
        elif t == "sata":
            total += 100
    return total + (pending or 0)


DESERET_SPECIAL = {0x1041A: "_", 0x1041B: ".", 0x1041C: "-"}

CB_TOP = {"0": "e", "1": "t", "2": "a", "3": "o", "4": "n", "5": "r", "6": "i"}
CB_ROW = {
    "7": ["s", "h", "d", "l", "u", "c", "m", "f", "w", "y"],
    "8": ["g", "p", "b", "v", "k", "x", "q", "j", "z", "_"],
    "9": [".", "-", "^", "#"],
}


def _checkerboard(run):
    digits = run.replace(" ", "")
    if not digits.isdigit():
        raise DecodeError("checkerboard: not digits")
    out = []
    i = 0
    upper = False
    while i < len(digits):
        d = digits[i]
        if d in CB_TOP:
            sym = CB_TOP[d]
            i += 1
        else:
            if i + 1 >= len(digits):
                raise DecodeError("dangling row digit")
            row = CB_ROW[d]
            col = int(digits[i + 1])
            if col >= len(row):
                raise DecodeError("empty cell")
            sym = row[col]
            i += 2
        if sym == "^":
            upper = True
            continue
        if sym == "#":
            out.append(digits[i])
            i += 1
            continue
        out.append(sym.upper() if upper else sym)
        upper = False
    return "".join(out)


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _manchester(run):
    bs = []
    for grp in run.split(" "):
        if len(grp) != 16:
            raise DecodeError("manchester group length")
        v = 0
        for k in range(0, 16, 2):
            pair = grp[k:k + 2]
            if pair == "01":
                v = v * 2 + 1
            elif pair == "10":
                v = v * 2
            else:
                raise DecodeError("manchester violation")
        bs.append(v)
    return _utf8(bs)


def _ham_word(w):
    if len(w) != 7 or set(w) - {"0", "1"}:
        raise DecodeError("hamming word")
    b = [int(x) for x in w]  # positions 1..7 -> b[0..6]
    s1 = b[0] ^ b[2] ^ b[4] ^ b[6]
    s2 = b[1] ^ b[2] ^ b[5] ^ b[6]
    s3 = b[3] ^ b[4] ^ b[5] ^ b[6]
    if s1 or s2 or s3:
        raise DecodeError("hamming parity")
    return (b[2] << 3) | (b[4] << 2) | (b[5] << 1) | b[6]


def _hamming(run):
    ws = run.split(" ")
    if len(ws) % 2:
        raise DecodeError("odd number of codewords")
    return _utf8([(_ham_word(ws[i]) << 4) | _ham_word(ws[i + 1]) for i in range(0, len(ws), 2)])


B91_TABLE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\""
B91_INDEX = {c: i for i, c in enumerate(B91_TABLE)}


def _base91(run):
    v = -1
    b = 0
    n = 0
    out = []
    for ch in run:
        if ch not in B91_INDEX:
            raise DecodeError("not basE91")
        c = B91_INDEX[ch]
        if v < 0:
            v = c
        else:
            v += c * 91
            b |= v << n
            n += 13 if (v & 8191) > 88 else 14
            while True:
                out.append(b & 255)
                b >>= 8
                n -= 8
                if n <= 7:
                    break
            v = -1
    if v > -1:
        out.append((b | v << n) & 255)
    return _utf8(out)


COLOURS = {"black": 0, "brown": 1, "red": 2, "orange": 3, "yellow": 4, "green": 5, "blue": 6, "violet": 7,
           "grey": 8, "white": 9}


def _codes_to_text(codes):
    for c in codes:
        if not 0 < c < 0x110000:
            raise DecodeError("bad code")
    return "".join(chr(c) for c in codes)


def decode(name, run):
    if name == "devanagari_digit_code_points":
        return _codes_to_text([_num_from_block(t, 0x0966) for t in run.split(" ")])
    if name == "khmer_digit_code_points":
        return _codes_to_text([_num_from_block(t, 0x17E0) for t in run.split(" ")])
    if name == "greek_alphabetic_numerals":
        return _codes_to_text([_greek(t) for t in run.split(" ")])
    if name == "counting_rod_numerals":
        return _codes_to_text([_rods(t) for t in run.split(" ")])
    if name == "dutch_number_words":
        return _codes_to_text([_dutch(t) for t in run.split(" / ")])
    if name == "finnish_number_words":
        return _codes_to_text([_finnish(t) for t in run.split(" / ")])
    if name == "fullwidth_latin_forms":
        out = []
        for ch in run:
            cp = ord(ch)
            if not 0xFF01 <= cp <= 0xFF5E:
                raise DecodeError("not fullwidth")
            out.append(chr(cp - 0xFEE0))
        return "".join(out)
    if name == "math_monospace_alphanumerics":
        out = []
        for ch in run:
            cp = ord(ch)
            if 0x1D670 <= cp <= 0x1D689:
                out.append(chr(cp - 0x1D670 + 65))
            elif 0x1D68A <= cp <= 0x1D6A3:
                out.append(chr(cp - 0x1D68A + 97))
            elif 0x1D7F6 <= cp <= 0x1D7FF:
                out.append(chr(cp - 0x1D7F6 + 48))
            elif ch in "_.-":
                out.append(ch)
            else:
                raise DecodeError("not monospace")
        return "".join(out)
    if name == "deseret_letter_substitution":
        out = []
        for ch in run:
            cp = ord(ch)
            if 0x10400 <= cp <= 0x10419:
                out.append(chr(cp - 0x10400 + 65))
            elif cp in DESERET_SPECIAL:
                out.append(DESERET_SPECIAL[cp])
            elif 0x10428 <= cp <= 0x10441:
                out.append(chr(cp - 0x10428 + 97))
            elif 0x10442 <= cp <= 0x1044B:
                out.append(chr(cp - 0x10442 + 48))
            else:
                raise DecodeError("not deseret")
        return "".join(out)
    if name == "straddling_checkerboard_digits":
        return _checkerboard(run)
    if name == "manchester_line_code_bits":
        return _manchester(run)
    if name == "hamming_seven_four_codewords":
        return _hamming(run)
    if name == "json_unicode_escapes":
        if not re.fullmatch(r"(?:\\u[0-9a-f]{4})+", run):
            raise DecodeError("escapes")
        return "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-f]{4})", run))
    if name == "cyclic_rotation_by_seven":
        return run[7:] + run[:7]
    if name == "base91_henke_alphabet":
        return _base91(run)
    if name == "resistor_colour_band_digits":
        codes = []
        for tok in run.split(" "):
            codes.append(int("".join(str(COLOURS[c]) for c in tok.split("-"))))
        return _codes_to_text(codes)
    if name == "headstone_birth_years":
        return _codes_to_text([int(m) - 1800 for m in re.findall(r"[A-Z]\. (\d{4})–\d{4}", run)])
    if name == "grave_plot_references":
        return _codes_to_text([int(m) - 300 for m in re.findall(r"Plot (\d+)", run)])
    if name == "hymn_board_numbers":
        return _codes_to_text([int(t) - 200 for t in run.split(" | ")])
    if name == "urn_capacity_cubic_inches":
        return _codes_to_text([int(m) - 100 for m in re.findall(r"(\d+) cu in", run)])
    if name == "hearse_journey_miles":
        return _codes_to_text([int(a) * 10 + int(b) for a, b in re.findall(r"Leg \d+ (\d+)\.(\d) mi", run)])
    if name == "floral_tribute_stem_counts":
        return _codes_to_text([int(m) for m in re.findall(r"[a-z]+ [a-z]+ (\d+) stems", run)])
    raise DecodeError("unknown encoding %s" % name)
