"""Independent decoders for the p201 evasions (imports nothing from enc201, no base64/codecs)."""
import re
import unicodedata

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


def _baltern(s):
    n = 0
    for ch in s:
        n = n * 3 + {"+": 1, "0": 0, "\u2212": -1}[ch]
    return n


def _negabin(s):
    n = 0
    for ch in s:
        n = n * -2 + int(ch)
    return n


def _col(s):
    n = 0
    for ch in s:
        n = n * 26 + (ord(ch) - 64)
    return n


_GV = {}
for _i, _c in enumerate("αβγδεϛζηθ"):
    _GV[_c] = _i + 1
for _i, _c in enumerate("ικλμνξοπϟ"):
    _GV[_c] = (_i + 1) * 10
_GV["ρ"] = 100


def _greek(s):
    return sum(_GV[c] for c in s.rstrip("\u0374"))


_ZD = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _zh(s):
    total = 0
    if "百" in s:
        h, s = s.split("百")
        total += _ZD[h] * 100
        s = s.lstrip("零")
    if "十" in s:
        t, u = s.split("十")
        total += (_ZD[t] if t else 1) * 10
        s = u
    if s:
        total += _ZD[s]
    return total


def _isqrt(n):
    x = int(n ** 0.5)
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return x


def _tri(t):
    # n(n+1)/2 = t  ->  n = (sqrt(8t+1) - 1) / 2
    r = _isqrt(8 * t + 1)
    return (r - 1) // 2


# retyped from a keyboard chart: what QWERTY prints -> the Dvorak character intended
_Q2D_LOWER = {
    "q": "'", "w": ",", "e": ".", "r": "p", "t": "y", "y": "f", "u": "g", "i": "c", "o": "r", "p": "l",
    "a": "a", "s": "o", "d": "e", "f": "u", "g": "i", "h": "d", "j": "h", "k": "t", "l": "n", ";": "s", "'": "-",
    "z": ";", "x": "q", "c": "j", "v": "k", "b": "x", "n": "b", "m": "m", ",": "w", ".": "v", "/": "z",
}
_Q2D = dict(_Q2D_LOWER)
for _k, _v in _Q2D_LOWER.items():
    if _k.isalpha() and _v.isalpha():
        _Q2D[_k.upper()] = _v.upper()
_Q2D.update({":": "S", "<": "W", ">": "V", "?": "Z", '"': "_"})
for _d in "0123456789":
    _Q2D[_d] = _d

_IT_WORDS = [("novant", 90), ("ottant", 80), ("settant", 70), ("sessant", 60), ("cinquant", 50),
             ("quarant", 40), ("trent", 30), ("vent", 20)]
_IT_UNITS = {"uno": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
             "otto": 8, "nove": 9, "zero": 0}
_IT_TEENS = {"dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
             "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19}


def _it(w):
    n = 0
    if w.startswith("cento"):
        n = 100
        w = w[5:]
        if not w:
            return n
    if w in _IT_TEENS:
        return n + _IT_TEENS[w]
    if w in _IT_UNITS:
        return n + _IT_UNITS[w]
    for stem, val in _IT_WORDS:
        if w.startswith(stem):
            rest = w[len(stem):]
            if rest in ("a", "i"):  # venti / trenta ...
                return n + val
            if rest[:1] in ("a", "i") and rest[1:] in _IT_UNITS:
                return n + val + _IT_UNITS[rest[1:]]
            return n + val + _IT_UNITS[rest]
    raise ValueError(w)


_PQ_C = "bdfghjklmnprstvz"
_PQ_V = "aiou"


def _proquint(s):
    out = bytearray()
    for w in s.split("-"):
        v = (_PQ_C.index(w[0]) << 12) | (_PQ_V.index(w[1]) << 10) | (_PQ_C.index(w[2]) << 6) | \
            (_PQ_V.index(w[3]) << 4) | _PQ_C.index(w[4])
        out += bytes([v >> 8, v & 255])
    if out and out[-1] == 0:
        out = out[:-1]
    return out.decode("utf-8")


_BV = "aeiouy"
_BC = "bcdfghklmnprstvzx"


def _bubble(s):
    assert s[0] == "x" and s[-1] == "x"
    body = s[1:-1]
    out = bytearray()
    seed = 1
    pos = 0
    while True:
        a, b, c = body[pos], body[pos + 1], body[pos + 2]
        if b == "x":
            break  # even-length terminator
        hi = (_BV.index(a) - seed) % 6
        lo = (_BV.index(c) - seed // 6) % 6
        b1 = (hi << 6) | (_BC.index(b) << 2) | lo
        out.append(b1)
        pos += 3
        if pos >= len(body):
            break  # odd length: last tuple had no second byte
        d = body[pos]
        assert body[pos + 1] == "-"
        e = body[pos + 2]
        b2 = (_BC.index(d) << 4) | _BC.index(e)
        out.append(b2)
        seed = (seed * 5 + b1 * 7 + b2) % 36
        pos += 3
    return out.decode("utf-8")


def decode(name, run):
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(t)) for t in run.split(" "))
    if name == "balanced_ternary_code_points":
        return "".join(chr(_baltern(t)) for t in run.split(" "))
    if name == "negabinary_code_points":
        return "".join(chr(_negabin(t)) for t in run.split(" "))
    if name == "spreadsheet_column_labels":
        return "".join(chr(_col(t)) for t in run.split(" "))
    if name == "greek_milesian_numerals":
        return "".join(chr(_greek(t)) for t in run.split(" "))
    if name == "chinese_character_numerals":
        return "".join(chr(_zh(t)) for t in run.split("、"))
    if name == "triangular_numbers_of_code_points":
        return "".join(chr(_tri(int(t))) for t in run.split(" "))
    if name == "packed_bcd_nibbles":
        out = ""
        for grp in run.split(" | "):
            digits = "".join(str(int(nib, 2)) for nib in grp.split(" "))
            out += chr(int(digits))
        return out
    if name == "dvorak_intent_typed_on_qwerty":
        return "".join(_Q2D[c] for c in run)
    if name == "fullwidth_forms":
        return unicodedata.normalize("NFKC", run)
    if name == "italian_number_words":
        return "".join(chr(_it(t)) for t in run.split(" / "))
    if name == "chess_move_target_squares":
        out = ""
        for tok in run.split(" "):
            if tok.endswith("."):
                continue
            m = re.fullmatch(r"[KQRBN](x?)([a-h])([1-8])", tok)
            idx = (int(m.group(3)) - 1) * 8 + "abcdefgh".index(m.group(2))
            out += chr(idx * 2 + (1 if m.group(1) else 0))
        return out
    if name == "tcg_collector_numbers":
        return "".join(chr(int(re.fullmatch(r"[A-Z]{3} (\d{3})/\d+", t).group(1))) for t in run.split("; "))
    if name == "swiss_pairing_rating_offsets":
        return "".join(chr(int(re.fullmatch(r"T\d+ (\d+)", t).group(1)) - 1400) for t in run.split(" | "))
    if name == "lan_switch_stack_ports":
        out = ""
        for t in run.split(", "):
            m = re.fullmatch(r"Gi(\d)/0/(\d+)", t)
            out += chr(48 * (int(m.group(1)) - 1) + int(m.group(2)))
        return out
    if name == "paint_pot_catalogue_numbers":
        return "".join(chr(int(re.match(r"70\.(\d{3}) ", t).group(1)) - 800) for t in run.split("; "))
    if name == "devanagari_digit_code_points":
        return "".join(chr(int("".join(str(unicodedata.digit(ch)) for ch in t))) for t in run.split(" "))
    if name == "suzhou_numeral_code_points":
        table = {"〇": "0"}
        for i in range(1, 10):
            table[chr(0x3020 + i)] = str(i)
        return "".join(chr(int("".join(table[ch] for ch in t))) for t in run.split(" "))
    if name == "outside_in_interleave":
        return run[0::2] + run[1::2][::-1]
    if name == "proquint_utf8_words":
        return _proquint(run)
    if name == "bubblebabble_utf8":
        return _bubble(run)
    if name == "convention_badge_numbers":
        return "".join(chr(int(re.fullmatch(r"[A-Z]{2}-(\d+)", t).group(1)) - 3000) for t in run.split(" "))
    raise KeyError(name)
