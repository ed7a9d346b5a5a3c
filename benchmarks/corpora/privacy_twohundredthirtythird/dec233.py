"""Independent decoders for the p233 evasions. decode(name, run) -> plain.
Written separately from enc233: imports nothing from it and no base64 / binascii / codecs /
unicodedata; every table is retyped here."""
import re


def _bytes_to_str(bs):
    return bytes(bs).decode("utf-8")


_RV = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = _RV[ch]
        if i + 1 < len(s) and _RV[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


_GR = {"α": 1, "β": 2, "γ": 3, "δ": 4, "ε": 5, "\u03db": 6, "ζ": 7, "η": 8, "θ": 9,
       "ι": 10, "κ": 20, "λ": 30, "μ": 40, "ν": 50, "ξ": 60, "ο": 70, "π": 80, "\u03df": 90, "ρ": 100}
_HE = {"א": 1, "ב": 2, "ג": 3, "ד": 4, "ה": 5, "ו": 6, "ז": 7, "ח": 8, "ט": 9,
       "י": 10, "כ": 20, "ל": 30, "מ": 40, "נ": 50, "ס": 60, "ע": 70, "פ": 80, "צ": 90, "ק": 100}
_ZD = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _zh(s):
    n = 0
    if "百" in s:
        h, s = s.split("百", 1)
        n += _ZD[h] * 100
    s = s.replace("零", "")
    if "十" in s:
        t, u = s.split("十", 1)
        n += (_ZD[t] if t else 1) * 10 + (_ZD[u] if u else 0)
    elif s:
        n += _ZD[s]
    return n


_DEU = {"eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_DET = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
        "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
        "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}


def _de(w):
    n = 0
    if w.startswith("hundert"):
        n, w = 100, w[len("hundert"):]
    if not w:
        return n
    if "und" in w:
        u, t = w.split("und", 1)
        return n + _DEU[u] + _DET[t]
    if w in _DET:
        return n + _DET[w]
    return n + _DEU[w]


_ESW = {"uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
        "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidós": 22,
        "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
        "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100}


def _es(phrase):
    return sum(_ESW[w] for w in phrase.split() if w != "y")


_UU = {chr(i): (i - 32) & 63 for i in range(32, 97)}
_UU["`"] = 0


def _uu(line):
    n = _UU[line[0]]
    vals = [_UU[c] for c in line[1:]]
    out = []
    for i in range(0, len(vals), 4):
        a, b, c, d = (vals[i:i + 4] + [0, 0, 0])[:4]
        out += [(a << 2 | b >> 4) & 255, (b << 4 | c >> 2) & 255, (c << 6 | d) & 255]
    return _bytes_to_str(out[:n])


_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def _b45(s):
    v = [_B45.index(c) for c in s]
    out = []
    for i in range(0, len(v), 3):
        chunk = v[i:i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 2025
            if n > 65535:
                raise ValueError("base45 overflow")
            out += [n >> 8, n & 255]
        else:
            n = chunk[0] + chunk[1] * 45
            if n > 255:
                raise ValueError("base45 overflow")
            out.append(n)
    return _bytes_to_str(out)


_KEY = [67, 82, 85, 77, 66]  # "CRUMB"
_GRID = "abcdefghijklmnopqrstuvwxyz0123456789"


def _poly(tok):
    if tok in ("_", ".", "-"):
        return tok
    cap = tok.startswith("!")
    if cap:
        tok = tok[1:]
    r, c = int(tok[0]), int(tok[1])
    if not (1 <= r <= 6 and 1 <= c <= 6):
        raise ValueError(tok)
    ch = _GRID[(r - 1) * 6 + (c - 1)]
    return ch.upper() if cap else ch


_FIB = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144]


def _zeck(tok):
    parts = [int(p) for p in tok.split("+")]
    idx = [_FIB.index(p) for p in parts]
    for a, b in zip(idx, idx[1:]):
        if a - b < 2:
            raise ValueError("not a Zeckendorf sum")
    return sum(parts)


def _chess(tokens):
    bits = ""
    for t in tokens:
        v = "abcdefgh".index(t[0]) + (int(t[1]) - 1) * 8
        bits += "{:06b}".format(v)
    n = len(bits) // 8
    return _bytes_to_str([int(bits[i * 8:i * 8 + 8], 2) for i in range(n)])


_DS_EXC = {0x2102: "C", 0x210D: "H", 0x2115: "N", 0x2119: "P", 0x211A: "Q", 0x211D: "R", 0x2124: "Z"}


def _ds(ch):
    o = ord(ch)
    if o in _DS_EXC:
        return _DS_EXC[o]
    if 0x1D538 <= o < 0x1D538 + 26:
        return chr(65 + o - 0x1D538)
    if 0x1D552 <= o < 0x1D552 + 26:
        return chr(97 + o - 0x1D552)
    if 0x1D7D8 <= o < 0x1D7D8 + 10:
        return chr(48 + o - 0x1D7D8)
    if ch in "_.-":
        return ch
    raise ValueError(ch)


def _mono(ch):
    o = ord(ch)
    if 0x1D670 <= o < 0x1D670 + 26:
        return chr(65 + o - 0x1D670)
    if 0x1D68A <= o < 0x1D68A + 26:
        return chr(97 + o - 0x1D68A)
    if 0x1D7F6 <= o < 0x1D7F6 + 10:
        return chr(48 + o - 0x1D7F6)
    if ch in "_.-":
        return ch
    raise ValueError(ch)


_COL = {"black": 0, "brown": 1, "red": 2, "orange": 3, "yellow": 4, "green": 5, "blue": 6, "violet": 7, "grey": 8, "white": 9}
_DAY = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def decode(name, run):
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(t)) for t in run.split(" "))
    if name == "greek_ionian_numerals":
        return "".join(chr(sum(_GR[c] for c in t.rstrip("\u0374"))) for t in run.split(" "))
    if name == "hebrew_gematria_numerals":
        return "".join(chr(sum(_HE[c] for c in t if c not in "\u05f3\u05f4")) for t in run.split(" "))
    if name == "chinese_numeral_characters":
        return "".join(chr(_zh(t)) for t in run.split("、"))
    if name == "german_number_words":
        return "".join(chr(_de(t)) for t in run.split(", "))
    if name == "spanish_number_words":
        return "".join(chr(_es(t)) for t in run.split(", "))
    if name == "uuencode_backtick_line":
        return _uu(run)
    if name == "base45_rfc9285":
        return _b45(run)
    if name == "xor_crumb_key_hex":
        bs = [int(run[i:i + 2], 16) for i in range(0, len(run), 2)]
        return _bytes_to_str([b ^ _KEY[i % 5] for i, b in enumerate(bs)])
    if name == "polybius_square_six":
        return "".join(_poly(t) for t in run.split(" "))
    if name == "zeckendorf_fibonacci_sums":
        return "".join(chr(_zeck(t)) for t in run.split(" "))
    if name == "chessboard_square_sextets":
        return _chess(run.split(" "))
    if name == "unicode_tag_characters":
        out = []
        for ch in run:
            o = ord(ch) - 0xE0000
            if not (0x20 < o < 0x7F):
                raise ValueError("not a tag character")
            out.append(chr(o))
        return "".join(out)
    if name == "math_double_struck_letters":
        return "".join(_ds(c) for c in run)
    if name == "math_monospace_letters":
        return "".join(_mono(c) for c in run)
    if name == "resistor_colour_bands":
        out = []
        for grp in run.split(" | "):
            d = [_COL[x] for x in grp.split("-")]
            out.append(chr(d[0] * 100 + d[1] * 10 + d[2]))
        return "".join(out)
    if name == "weekday_base7_triplets":
        out = []
        for grp in run.split(" / "):
            d = [_DAY[x] for x in grp.split(" ")]
            out.append(chr(d[0] * 49 + d[1] * 7 + d[2]))
        return "".join(out)
    if name == "deck_oven_temperatures":
        return "".join(chr(int(m) - 100) for m in re.findall(r"deck \d+: (\d+)°C", run))
    if name == "dough_scaling_weights":
        return "".join(chr(int(m) - 400) for m in re.findall(r"(\d+) g(?:,|$)", run))
    if name == "dough_hydration_percent":
        return "".join(chr(int(round(float(m) * 2))) for m in re.findall(r"(\d+(?:\.5)?)%", run))
    if name == "pastry_price_pence":
        return "".join(chr(int(a) * 100 + int(b) - 300) for a, b in re.findall(r"£(\d+)\.(\d\d)", run))
    if name == "delivery_stop_latitudes":
        return "".join(chr(int(m)) for m in re.findall(r"\d+\.(\d{3})N", run))
    raise ValueError(name)
