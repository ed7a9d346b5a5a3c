"""Independent decoders for the p205 evasions.

Written separately from enc205: imports nothing from it and no base64 / binascii / codecs.
decode(name, run) gets only the encoding name and the encoded run.
"""
import math
import re
import unicodedata

_B91_ALPHABET = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ" "abcdefghijklmnopqrstuvwxyz" "0123456789"
                 "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
_B91_INDEX = {c: i for i, c in enumerate(_B91_ALPHABET)}

_SYMS65 = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)] + \
          [chr(c) for c in range(48, 58)] + ["_", ".", "-"]
_SYM_INDEX = {c: i for i, c in enumerate(_SYMS65)}

_FR = {"zéro": 0, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
       "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
       "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100}

_NL_SMALL = {"nul": 0, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
             "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
             "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19}
_NL_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
            "tachtig": 80, "negentig": 90}


def _chars(codes):
    return "".join(chr(c) for c in codes)


def _utf8(byte_list):
    return bytes(byte_list).decode("utf-8")


def _french(word):
    toks = word.split("-")
    total, i = 0, 0
    while i < len(toks):
        t = toks[i]
        if t == "et":
            i += 1
            continue
        if t == "quatre" and i + 1 < len(toks) and toks[i + 1] in ("vingt", "vingts"):
            total += 80
            i += 2
            continue
        total += _FR[t]
        i += 1
    return total


def _dutch(word):
    total = 0
    if word.startswith("honderd"):
        total = 100
        word = word[len("honderd"):]
    if not word:
        return total
    if word in _NL_SMALL:
        return total + _NL_SMALL[word]
    if word in _NL_TENS:
        return total + _NL_TENS[word]
    for unit in ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"):
        if word.startswith(unit):
            rest = word[len(unit):]
            for joiner in ("en", "ën"):
                if rest.startswith(joiner) and rest[len(joiner):] in _NL_TENS:
                    return total + _NL_SMALL[unit] + _NL_TENS[rest[len(joiner):]]
    raise ValueError("not a Dutch number word: " + word)


def _factoradic(s):
    value = 0
    for pos, ch in enumerate(reversed(s)):
        value += int(ch) * math.factorial(pos)
    return value


def _base12(s):
    value = 0
    for ch in s:
        if ch == "\u218a":
            d = 10
        elif ch == "\u218b":
            d = 11
        else:
            d = int(ch)
        value = value * 12 + d
    return value


def _block_digits(s, zero):
    return int("".join(str(ord(ch) - zero) for ch in s))


def _b91_decode(s):
    v, b, n = -1, 0, 0
    out = []
    for ch in s:
        c = _B91_INDEX[ch]
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
    if v + 1:
        out.append((b | v << n) & 255)
    return bytes(out)


def _icbrt(x):
    r = round(x ** (1.0 / 3))
    while r ** 3 > x:
        r -= 1
    while (r + 1) ** 3 <= x:
        r += 1
    if r ** 3 != x:
        raise ValueError("not a cube")
    return r


def _uncantor(z):
    w = (math.isqrt(8 * z + 1) - 1) // 2
    t = w * (w + 1) // 2
    b = z - t
    return w - b, b


def _step(n):
    for k in (3, 5, 7, 11, 13, 17, 19, 23):
        if math.gcd(k, n) == 1:
            return k
    raise ValueError(n)


def decode(name, run):
    if name == "factoradic_code_points":
        return _chars(_factoradic(t) for t in run.split(" "))
    if name == "dozenal_pitman_digit_code_points":
        return _chars(_base12(t) for t in run.split(" "))
    if name == "thai_digit_code_points":
        return _chars(_block_digits(t, 0x0E50) for t in run.split(" "))
    if name == "tibetan_digit_code_points":
        return _chars(_block_digits(t, 0x0F20) for t in run.split(" "))
    if name == "french_number_words":
        return _chars(_french(t) for t in run.split(" / "))
    if name == "dutch_number_words":
        return _chars(_dutch(t) for t in run.split(", "))
    if name in ("double_struck_alphanumerics", "sans_serif_math_alphanumerics"):
        return unicodedata.normalize("NFKC", run)
    if name == "base91_utf8_bytes":
        return _b91_decode(run).decode("utf-8")
    if name == "cubed_code_points":
        return _chars(_icbrt(int(t)) for t in run.split(" "))
    if name == "cantor_paired_characters":
        codes = []
        for t in run.split(" "):
            a, b = _uncantor(int(t))
            codes += [a, b]
        if codes and codes[-1] == 0:
            codes.pop()
        return _chars(codes)
    if name == "inverse_mod_257_code_points":
        out = []
        for t in run.split(" "):
            m = int(t)
            out.append(next(n for n in range(1, 257) if (n * m) % 257 == 1))
        return _chars(out)
    if name == "hill_cipher_pairs_mod_65":
        # inverse of [[3,2],[5,7]] mod 65: det 11, 11^-1 = 6 -> 6*[[7,-2],[-5,3]]
        inv = [[(6 * 7) % 65, (6 * -2) % 65], [(6 * -5) % 65, (6 * 3) % 65]]
        idx = [_SYM_INDEX[ch] for ch in run]
        out = []
        for i in range(0, len(idx) - 1, 2):
            p, q = idx[i], idx[i + 1]
            out += [(inv[0][0] * p + inv[0][1] * q) % 65, (inv[1][0] * p + inv[1][1] * q) % 65]
        if len(idx) % 2:
            out.append(idx[-1])
        return "".join(_SYMS65[i] for i in out)
    if name == "decimation_step_order":
        n = len(run)
        k = _step(n)
        res = [""] * n
        for j, ch in enumerate(run):
            res[(j * k) % n] = ch
        return "".join(res)
    if name == "css_hex_colour_triplets":
        bs = []
        for t in run.split(" "):
            h = t.lstrip("#")
            bs += [int(h[i:i + 2], 16) for i in (0, 2, 4)]
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "dotted_quad_address_list":
        bs = []
        for t in run.split(", "):
            bs += [int(x) for x in t.split(".")]
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "counter_scale_gram_weights":
        return _chars(int(a) * 1000 + int(b) - 1000 for a, b in re.findall(r"(\d+)\.(\d{3}) kg", run))
    if name == "scale_plu_numbers":
        return _chars(int(x) - 4000 for x in re.findall(r"PLU (\d+)", run))
    if name == "freezer_log_temperatures":
        return _chars(300 - (int(a) * 10 + int(b)) for a, b in re.findall(r"-(\d+)\.(\d)°C", run))
    if name == "landing_box_weights":
        return _chars(int(a) * 10 + int(b) for a, b in re.findall(r"(\d+)\.(\d) kg", run))
    if name == "label_additive_e_numbers":
        return _chars(int(x) - 100 for x in re.findall(r"E(\d+)", run))
    if name == "hamper_order_line_pence":
        return _chars(int(a) * 100 + int(b) for a, b in re.findall(r"£(\d+)\.(\d\d)", run))
    raise KeyError(name)
