"""Evasion decoder, written separately from enc246.py.

It imports nothing from the encoder or from common246 and uses no base64 / binascii / codecs /
unicodedata: every table is retyped here.
"""
import math
import sys
import re
from fractions import Fraction

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)   # pi has 12,000 decimals


def _utf8(codes):
    return bytes(codes).decode("utf-8")


# --- Tibetan digits: U+0F20 .. U+0F29
def _tibetan(run):
    out = []
    for tok in run.split(" "):
        n = 0
        for ch in tok:
            d = ord(ch) - 0x0F20
            if not 0 <= d <= 9:
                raise ValueError("not a Tibetan digit")
            n = n * 10 + d
        out.append(n)
    return _utf8(out)


# --- Portuguese number words
_PT = {"um": 1, "dois": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
       "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quinze": 15, "dezesseis": 16,
       "dezessete": 17, "dezoito": 18, "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
       "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100}


def _portuguese(run):
    out = []
    for group in run.split(", "):
        total = 0
        for w in group.split(" "):
            if w == "e":
                continue
            total += _PT[w]
        out.append(total)
    return _utf8(out)


def _base11(run):
    digits = "0123456789A"
    return _utf8([digits.index(t[0]) * 121 + digits.index(t[1]) * 11 + digits.index(t[2]) for t in run.split(" ")])


def _percent(run):
    parts = run.split("%")
    if parts[0] != "":
        raise ValueError("percent run must start with %")
    return _utf8([int(p, 16) for p in parts[1:]])


_SUP = {0x1D43: "a", 0x1D47: "b", 0x1D9C: "c", 0x1D48: "d", 0x1D49: "e", 0x1DA0: "f", 0x1D4D: "g",
        0x02B0: "h", 0x2071: "i", 0x02B2: "j", 0x1D4F: "k", 0x02E1: "l", 0x1D50: "m", 0x207F: "n",
        0x1D52: "o", 0x1D56: "p", 0x02B3: "r", 0x02E2: "s", 0x1D57: "t", 0x1D58: "u", 0x1D5B: "v",
        0x02B7: "w", 0x02E3: "x", 0x02B8: "y", 0x1DBB: "z",
        0x2070: "0", 0x00B9: "1", 0x00B2: "2", 0x00B3: "3", 0x2074: "4", 0x2075: "5", 0x2076: "6",
        0x2077: "7", 0x2078: "8", 0x2079: "9"}


def _superscript(run):
    return "".join(_SUP.get(ord(ch), ch) for ch in run)


def _dot_below(run):
    if len(run) % 2 or any(run[i] != "\u0323" for i in range(1, len(run), 2)):
        raise ValueError("dot-below overlay broken")
    return run[0::2]


def _decoy(run):
    if len(run) % 2:
        raise ValueError("odd length")
    return run[0::2]


def _shuffled(run):
    pairs = {}
    for tok in run.split(" "):
        pos, ch = tok.split(":", 1)
        pairs[int(pos)] = ch
    return "".join(pairs[i] for i in range(1, len(pairs) + 1))


# --- pi by Chudnovsky binary splitting (independent of the encoder's Machin formula)
_PI_CACHE = {}


def _pi_digits(n):
    if n in _PI_CACHE:
        return _PI_CACHE[n]
    C3 = 640320 ** 3 // 24

    def bs(a, b):
        if b - a == 1:
            if a == 0:
                Pab = Qab = 1
            else:
                Pab = (6 * a - 5) * (2 * a - 1) * (6 * a - 1)
                Qab = a * a * a * C3
            Tab = Pab * (13591409 + 545140134 * a)
            if a & 1:
                Tab = -Tab
            return Pab, Qab, Tab
        m = (a + b) // 2
        Pam, Qam, Tam = bs(a, m)
        Pmb, Qmb, Tmb = bs(m, b)
        return Pam * Pmb, Qam * Qmb, Qmb * Tam + Pam * Tmb

    guard = 10
    terms = int((n + guard) / 14.18) + 2
    P, Q, T = bs(0, terms)
    one = 10 ** (n + guard)
    sqrt_c = math.isqrt(10005 * one * one)
    pi = (Q * 426880 * sqrt_c) // T
    s = str(pi)
    _PI_CACHE[n] = s[1:1 + n]
    return _PI_CACHE[n]


def _pi_offsets(run):
    digits = _pi_digits(12000)
    out = []
    for tok in run.split(" "):
        pos = int(tok)
        code = int(digits[pos - 1:pos + 2])
        if digits.find("%03d" % code) != pos - 1:
            raise ValueError("not the first occurrence")
        out.append(code)
    return _utf8(out)


_EXPR = re.compile(r"^(\d+)\*(\d+)([+-])(\d+)$")


def _arith(run):
    out = []
    for tok in run.split(" "):
        m = _EXPR.match(tok)
        a, b, sign, r = int(m.group(1)), int(m.group(2)), m.group(3), int(m.group(4))
        out.append(a * b + r if sign == "+" else a * b - r)
    return _utf8(out)


def _scientific(run):
    out = []
    for tok in run.split("; "):
        mant, exp = tok.split("e")
        v = Fraction(mant) * (10 ** int(exp))
        if v.denominator != 1:
            raise ValueError("not an integer")
        out.append(int(v))
    return _utf8(out)


def _dyadic(run):
    out = []
    for tok in run.split(" "):
        v = Fraction(tok) * 256
        if v.denominator != 1:
            raise ValueError("not a multiple of 1/256")
        out.append(int(v))
    return _utf8(out)


def _nibble_swap(run):
    return _utf8([int(t[1] + t[0], 16) for t in run.split(" ")])


_CO2 = re.compile(r"^R\d-\d (\d+) ppm$")


def _co2(run):
    out = []
    for tok in run.split("; "):
        ppm = int(_CO2.match(tok).group(1))
        if (ppm - 400) % 10:
            raise ValueError("ppm not on the grid")
        out.append((ppm - 400) // 10)
    return _utf8(out)


_YIELD = re.compile(r"^bag \d+: (\d+)\.(\d) kg$")


def _yield(run):
    out = []
    for tok in run.split(" | "):
        m = _YIELD.match(tok)
        out.append(int(m.group(1)) * 10 + int(m.group(2)))
    return _utf8(out)


_RACK = re.compile(r"^R(\d+)-S(\d+)$")


def _rack(run):
    out = []
    for tok in run.split(", "):
        m = _RACK.match(tok)
        rack, shelf = int(m.group(1)), int(m.group(2))
        if not (0 <= rack <= 15 and 1 <= shelf <= 16):
            raise ValueError("rack / shelf out of range")
        out.append(rack * 16 + shelf - 1)
    return _utf8(out)


_GENERA = "Amanita Boletus Cantharellus Daedalea Entoloma Flammulina Ganoderma Hericium Inocybe Junghuhnia " \
          "Kuehneromyces Lactarius Morchella Nidularia Omphalotus Pleurotus Quambalaria Russula Suillus Trametes " \
          "Ustilago Volvariella Wolfiporia Xerocomus Yarrowia Zygosaccharomyces".split()
_WORDS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
          "eight": "8", "nine": "9", "underscore": "_", "dot": ".", "dash": "-"}


def _genus(run):
    out = []
    for tok in run.split(" "):
        if tok in _WORDS:
            out.append(_WORDS[tok])
            continue
        for i, g in enumerate(_GENERA):
            if tok == g.upper():
                out.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i])
                break
            if tok == g:
                out.append("abcdefghijklmnopqrstuvwxyz"[i])
                break
        else:
            raise ValueError("unknown word %r" % tok)
    return "".join(out)


def _uint16(run):
    out = []
    for tok in run.split(" "):
        v = int(tok)
        out += [v >> 8, v & 255]
    if out and out[-1] == 0:
        out.pop()
    return _utf8(out)


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64_mirror(run):
    std = "".join(ch if ch == "=" else _B64[63 - _B64.index(ch)] for ch in run)
    body = std.rstrip("=")
    pad = len(std) - len(body)
    bits = "".join(format(_B64.index(ch), "06b") for ch in body)
    nbytes = len(std) // 4 * 3 - pad
    return _utf8([int(bits[i * 8:i * 8 + 8], 2) for i in range(nbytes)])


_DAMM_T = ["0317598642", "7092154863", "4206871359", "1750983426", "6123045978",
           "3674209581", "5869720134", "8945362017", "9438617205", "2581436790"]
_LOT = re.compile(r"^SB-(\d{5})-(\d)$")


def _damm_ok(digits):
    i = 0
    for ch in digits:
        i = int(_DAMM_T[i][int(ch)])
    return i == 0


def _lots(run):
    out = []
    for tok in run.split(" "):
        m = _LOT.match(tok)
        if not _damm_ok(m.group(1) + m.group(2)):
            raise ValueError("Damm check failed")
        out.append(int(m.group(1)[2:]))
    return _utf8(out)


def _binary(run):
    toks = run.split(" ")
    if any(len(t) != 8 for t in toks):
        raise ValueError("octet length")
    return _utf8([int(t, 2) for t in toks])


def _pow2(run):
    out = []
    for tok in run.split(" "):
        parts = [int(x) for x in tok.split("+")]
        if any(p & (p - 1) for p in parts) or len(set(parts)) != len(parts):
            raise ValueError("not distinct powers of two")
        out.append(sum(parts))
    return _utf8(out)


DECODERS = {
    "tibetan_digit_code_points": _tibetan, "portuguese_number_words": _portuguese,
    "undecimal_base_eleven_code_points": _base11, "percent_encoded_every_byte": _percent,
    "superscript_modifier_letters": _superscript, "combining_dot_below_overlay": _dot_below,
    "decoy_interleave_every_second": _decoy, "shuffled_indexed_characters": _shuffled,
    "pi_digit_offsets": _pi_offsets, "arithmetic_expression_per_code": _arith,
    "scientific_notation_code_points": _scientific, "dyadic_fractions_of_256": _dyadic,
    "nibble_swapped_hex_bytes": _nibble_swap, "grow_room_co2_ppm_log": _co2,
    "flush_yield_kilograms": _yield, "grow_rack_shelf_positions": _rack,
    "fungal_genus_spelling_alphabet": _genus, "uint16_big_endian_pairs": _uint16,
    "base64_mirrored_alphabet": _b64_mirror, "spawn_bag_lot_numbers_damm": _lots,
    "eight_bit_binary_octets": _binary, "powers_of_two_sums": _pow2,
}


def decode(encoding, run):
    return DECODERS[encoding](run)
