"""Decoders for the p242 evasions, written separately from the encoders.

Imports nothing from the encoder and no base64 / binascii / codecs / struct / unicodedata;
every table is retyped here. decode(name, run) -> plain (raises on malformed input)."""
import re

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
FIN_DIGITS = {"壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
ID_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
            "delapan": 8, "sembilan": 9}
SYM_4B5B = {"11110": 0, "01001": 1, "10100": 2, "10101": 3, "01010": 4, "01011": 5, "01110": 6,
            "01111": 7, "10010": 8, "10011": 9, "10110": 10, "10111": 11, "11010": 12, "11011": 13,
            "11100": 14, "11101": 15}
FLAV = {"amarena": "a", "banana": "b", "cassata": "c", "dondurma": "d", "espresso": "e",
        "fiordilatte": "f", "gianduja": "g", "hazelnut": "h", "ice": "i", "jasmine": "j", "kulfi": "k",
        "lemon": "l", "mango": "m", "nocciola": "n", "orange": "o", "pistachio": "p", "quince": "q",
        "raspberry": "r", "stracciatella": "s", "tiramisu": "t", "ube": "u", "vanilla": "v",
        "walnut": "w", "xocolatl": "x", "yogurt": "y", "zabaione": "z"}
NUMW = {"[zero]": "0", "[one]": "1", "[two]": "2", "[three]": "3", "[four]": "4", "[five]": "5",
        "[six]": "6", "[seven]": "7", "[eight]": "8", "[nine]": "9"}
SYMW = {"underscore": "_", "dot": ".", "dash": "-"}
TONES = {"697/1209": "1", "697/1336": "2", "697/1477": "3", "770/1209": "4", "770/1336": "5",
         "770/1477": "6", "852/1209": "7", "852/1336": "8", "852/1477": "9", "941/1336": "0"}


def _chars(codes):
    return "".join(chr(c) for c in codes)


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _fin(tok):
    n, i = 0, 0
    if len(tok) >= 2 and tok[1] == "佰":
        n += 100 * FIN_DIGITS[tok[0]]
        i = 2
        if i < len(tok) and tok[i] == "零":
            i += 1
            n += FIN_DIGITS[tok[i]]
            if i + 1 != len(tok):
                raise ValueError(tok)
            return n
    if i + 1 < len(tok) and tok[i + 1] == "拾":
        n += 10 * FIN_DIGITS[tok[i]]
        i += 2
    if i < len(tok):
        n += FIN_DIGITS[tok[i]]
        i += 1
    if i != len(tok):
        raise ValueError(tok)
    return n


def _ind(words):
    n = 0
    w = words.split()
    if w and w[0] == "seratus":
        n += 100
        w = w[1:]
    if not w:
        return n
    if w == ["sepuluh"]:
        return n + 10
    if w == ["sebelas"]:
        return n + 11
    if len(w) == 2 and w[1] == "belas":
        return n + 10 + ID_UNITS[w[0]]
    if len(w) >= 2 and w[1] == "puluh":
        n += 10 * ID_UNITS[w[0]]
        w = w[2:]
    if len(w) == 1:
        n += ID_UNITS[w[0]]
    elif w:
        raise ValueError(words)
    return n


def _float32(hexs):
    bits = int(hexs, 16)
    sign = -1 if bits >> 31 else 1
    exp = (bits >> 23) & 0xFF
    man = bits & 0x7FFFFF
    val = sign * (1 + man / 2 ** 23) * 2 ** (exp - 127)
    if val != int(val):
        raise ValueError(hexs)
    return int(val)


def _b64(s):
    s = s.rstrip("=")
    bits = "".join(format(B64.index(c), "06b") for c in s)
    return [int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)]


def _luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _unrot(c):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + 13) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + 13) % 26 + 65)
    if "0" <= c <= "9":
        return chr((ord(c) - 48 + 5) % 10 + 48)
    return c


def decode(name, run):
    if name == "nonary_code_points":
        return _chars(int(t, 9) for t in run.split(" "))
    if name == "mayan_vigesimal_numerals":
        out = []
        for t in run.split(" "):
            a, b = (ord(x) - 0x1D2E0 for x in t)
            if not (0 <= a < 20 and 0 <= b < 20) or len(t) != 2:
                raise ValueError(t)
            out.append(a * 20 + b)
        return _chars(out)
    if name == "chinese_financial_numerals":
        return _chars(_fin(t) for t in run.split("、"))
    if name == "indonesian_number_words":
        return _chars(_ind(t.strip()) for t in run.split(","))
    if name == "deseret_letter_substitution":
        out = []
        for c in run:
            o = ord(c)
            if 0x10428 <= o < 0x10428 + 26:
                out.append(chr(97 + o - 0x10428))
            elif 0x10400 <= o < 0x10400 + 26:
                out.append(chr(65 + o - 0x10400))
            elif 0x10442 <= o < 0x10442 + 10:
                out.append(str(o - 0x10442))
            elif c in "_.-":
                out.append(c)
            else:
                raise ValueError(c)
        return "".join(out)
    if name == "tifinagh_letter_substitution":
        out = []
        for c in run:
            o = ord(c)
            if 0x2D30 <= o < 0x2D4A:
                out.append(chr(97 + o - 0x2D30))
            elif 0x2D4A <= o < 0x2D64:
                out.append(chr(65 + o - 0x2D4A))
            elif c.isdigit() or c in "_.-":
                out.append(c)
            else:
                raise ValueError(c)
        return "".join(out)
    if name == "four_b_five_b_symbols":
        out = []
        for t in run.split(" "):
            hi, lo = t.split(".")
            out.append(SYM_4B5B[hi] * 16 + SYM_4B5B[lo])
        return _utf8(out)
    if name == "ieee754_float32_hex":
        return _chars(_float32(t) for t in run.split(" "))
    if name == "word_length_digit_stego":
        ds = [len(w) - 2 for w in run.split()]
        if len(ds) % 3:
            raise ValueError("length")
        return _chars(ds[i] * 100 + ds[i + 1] * 10 + ds[i + 2] for i in range(0, len(ds), 3))
    if name == "flavour_spelling_alphabet":
        out = []
        for w in run.split(" "):
            if w in FLAV:
                out.append(FLAV[w])
            elif w.lower() in FLAV and w == w.upper():
                out.append(FLAV[w.lower()].upper())
            elif w in NUMW:
                out.append(NUMW[w])
            else:
                out.append(SYMW[w])
        return "".join(out)
    if name == "freezer_log_temperatures":
        return _chars(int(a) * 10 + int(b) for a, b in re.findall(r"\d\d:\d\d −(\d+)\.(\d) °C", run))
    if name == "overrun_percent_batches":
        return _chars(int(x) for x in re.findall(r"ovr (\d+)%", run))
    if name == "mix_brix_readings":
        return _chars((int(a) - 20) * 10 + int(b) for a, b in re.findall(r"(\d+)\.(\d) °Bx", run))
    if name == "van_route_clock_times":
        return _chars((int(h) - 12) * 60 + int(m) for h, m in re.findall(r"(\d+):(\d\d) ", run + " "))
    if name == "display_cabinet_slots":
        return _chars(int(r) * 12 + int(p) - 1 for r, p in re.findall(r"R(\d+)P(\d+)", run))
    if name == "sql_char_function_concat":
        return _chars(int(x) for x in re.findall(r"CHAR\((\d+)\)", run))
    if name == "rot13_rot5_rotation":
        return "".join(_unrot(c) for c in run)
    if name == "luhn_checked_code_quads":
        out = []
        for t in run.split(" "):
            if len(t) != 4 or not _luhn_ok(t):
                raise ValueError(t)
            out.append(int(t[:3]))
        return _chars(out)
    if name == "utf16le_base64_encodedcommand":
        bs = _b64(run)
        return _chars(bs[i] | (bs[i + 1] << 8) for i in range(0, len(bs), 2))
    if name == "times_seven_code_points":
        out = []
        for t in run.split(" "):
            n = int(t)
            if n % 7:
                raise ValueError(t)
            out.append(n // 7)
        return _chars(out)
    if name == "dtmf_tone_pairs":
        return _chars(int("".join(TONES[p] for p in t.split("+"))) for t in run.split(" "))
    if name == "quipu_knot_clusters":
        out = []
        for cord in run.split(" "):
            cl = cord.split("-")
            if len(cl) != 3:
                raise ValueError(cord)
            ds = [0 if c == "x" else len(c) for c in cl]
            out.append(ds[0] * 100 + ds[1] * 10 + ds[2])
        return _chars(out)
    raise ValueError(name)
