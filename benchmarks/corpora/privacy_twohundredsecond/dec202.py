"""Independent decoders for the p202 evasions. Imports nothing from enc202 and no
base64 / binascii / codecs; every table is retyped here."""
import re
import unicodedata

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_CN = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_GRID = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)] + [str(d) for d in range(10)] + ["-", "_", "."]
# QWERTY key -> Dvorak character, typed row by row (unshifted), then the shifted pairs
_QW = "1234567890-=" + "qwertyuiop[]" + "asdfghjkl;'" + "zxcvbnm,./"
_DV = "1234567890[]" + "',.pyfgcrl/=" + "aoeuidhtns-" + ";qjkxbmwvz"
_SHIFTED_QW = {"!": "1", "@": "2", "#": "3", "$": "4", "%": "5", "^": "6", "&": "7", "*": "8", "(": "9",
               ")": "0", "_": "-", "+": "=", "{": "[", "}": "]", ":": ";", "\"": "'", "<": ",", ">": ".",
               "?": "/"}
_DV_SHIFT = {"-": "_", "'": "\"", ",": "<", ".": ">", "/": "?", ";": ":", "[": "{", "]": "}", "=": "+"}
_IT_UNIT = {"uno": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
            "otto": 8, "nove": 9}
_IT_TEEN = {"dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
            "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19}
_IT_TENS = [("novant", 90), ("ottant", 80), ("settant", 70), ("sessant", 60), ("cinquant", 50),
            ("quarant", 40), ("trent", 30), ("vent", 20)]


def _roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        if i + 1 < len(s) and _ROMAN[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _chinese(s):
    total = 0
    if "百" in s:
        a, s = s.split("百", 1)
        total += _CN[a] * 100
    s = s.replace("零", "")
    if "十" in s:
        a, b = s.split("十", 1)
        total += (_CN[a] if a else 1) * 10
        s = b
    if s:
        total += _CN[s]
    return total


def _dozenal(s):
    n = 0
    for ch in s:
        d = {"\u218a": 10, "\u218b": 11}.get(ch)
        n = n * 12 + (d if d is not None else int(ch))
    return n


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


def _zeck(s):
    fibs = [1, 2]
    while len(fibs) < len(s):
        fibs.append(fibs[-1] + fibs[-2])
    return sum(f for f, b in zip(reversed(fibs[:len(s)]), s) if b == "1")


def _factoradic(s):
    ds = [int(x) for x in s.split(":")]
    n, fact = 0, 1
    for place, d in enumerate(reversed(ds)):
        if place > 0:
            fact *= place
        n += d * fact
    return n


def _italian(w):
    n = 0
    if w.startswith("cento"):
        n += 100
        w = w[5:]
    if not w:
        return n
    if w in _IT_TEEN:
        return n + _IT_TEEN[w]
    for stem, val in _IT_TENS:
        if w.startswith(stem):
            n += val
            w = w[len(stem):]
            if w in ("a", "i"):
                return n
            if w[:1] in ("a", "i") and w[1:] in _IT_UNIT and w[1:] not in ("uno", "otto"):
                w = w[1:]
            break
    return n + (_IT_UNIT[w] if w else 0)


def _undvorak(ch):
    if ch in _SHIFTED_QW:
        base = _SHIFTED_QW[ch]
        d = _DV[_QW.index(base)]
        return _DV_SHIFT.get(d, d.upper())
    if ch.isupper():
        return _DV[_QW.index(ch.lower())].upper()
    return _DV[_QW.index(ch)]


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def decode(name, run):
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(t)) for t in run.split(" "))
    if name == "thai_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x0E50) for c in t))) for t in run.split(" "))
    if name == "chinese_numeral_code_points":
        return "".join(chr(_chinese(t)) for t in run.split("、"))
    if name == "dozenal_code_points":
        return "".join(chr(_dozenal(t)) for t in run.split(" "))
    if name == "balanced_ternary_code_points":
        return "".join(chr(_baltern(t)) for t in run.split(" "))
    if name == "negabinary_code_points":
        return "".join(chr(_negabin(t)) for t in run.split(" "))
    if name == "zeckendorf_fibonacci_code_points":
        return "".join(chr(_zeck(t)) for t in run.split(" "))
    if name == "factoradic_code_points":
        return "".join(chr(_factoradic(t)) for t in run.split(" "))
    if name == "polybius_nine_column_grid":
        return "".join(_GRID[(int(t[0]) - 1) * 9 + int(t[1]) - 1] for t in run.split(" "))
    if name == "xor_5a_hex_bytes":
        return _utf8([int(run[i:i + 2], 16) ^ 0x5A for i in range(0, len(run), 2)])
    if name == "ones_complement_byte_values":
        return _utf8([255 - int(t) for t in run.split(",")])
    if name == "dvorak_keys_on_qwerty":
        return "".join(_undvorak(ch) for ch in run)
    if name in ("fullwidth_latin_forms", "circled_enclosed_alphanumerics", "double_struck_math_letters"):
        return unicodedata.normalize("NFKC", run)
    if name == "unicode_tag_block_smuggling":
        return "".join(chr(ord(c) - 0xE0000) for c in run)
    if name == "italian_number_words":
        return "".join(chr(_italian(t)) for t in run.split(", "))
    if name == "hawk_daily_weight_grams":
        return "".join(chr(int(g) - 500) for g in re.findall(r"(\d+)g\b", run))
    if name == "microchip_number_tails":
        return "".join(chr(int(t[-3:])) for t in run.split(" "))
    if name == "glass_eye_sizes_tenths_mm":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d)mm", run))
    if name == "bat_call_peak_khz_doubled":
        return "".join(chr(round(float(f) * 2)) for f in re.findall(r"([\d.]+)kHz", run))
    if name == "flying_display_slot_seconds":
        return "".join(chr(int(m) * 60 + int(s) - 60) for m, s in re.findall(r"(\d+):(\d\d)", run))
    raise KeyError(name)
