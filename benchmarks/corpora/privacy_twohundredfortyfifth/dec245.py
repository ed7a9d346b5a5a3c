"""Decoders for the p245 evasion encodings.

Written separately from enc245: imports nothing from the encoder or common245 and no base64,
binascii, codecs or unicodedata; every table is retyped here.
"""
import re


def _codes(cs):
    return "".join(chr(c) for c in cs)


_HU_UNIT = {"egy": 1, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7, "nyolc": 8, "kilenc": 9}
_HU_TEN = {"tíz": 10, "tizen": 10, "húsz": 20, "huszon": 20, "harminc": 30, "negyven": 40, "ötven": 50,
           "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90}


def _hu(word):
    n = 0
    w = word.strip()
    if w.startswith("száz"):
        n += 100
        w = w[4:]
    if w:
        for t in sorted(_HU_TEN, key=len, reverse=True):
            if w.startswith(t):
                n += _HU_TEN[t]
                w = w[len(t):]
                break
    if w:
        if w not in _HU_UNIT:
            raise ValueError("bad Hungarian number word " + word)
        n += _HU_UNIT[w]
    return n


_TA_DIG = {chr(0x0BE7 + i): i + 1 for i in range(9)}
_TA_TEN, _TA_HUN = chr(0x0BF0), chr(0x0BF1)


def _tamil(tok):
    n, i = 0, 0
    if tok[i:i + 1] == _TA_HUN:
        n += 100
        i += 1
    rest = tok[i:]
    if _TA_TEN in rest:
        a, b = rest.split(_TA_TEN)
        n += 10 * (_TA_DIG[a] if a else 1)
        rest = b
    if rest:
        n += _TA_DIG[rest]
    return n


_SUP = {"ᵃ": "a", "ᵇ": "b", "ᶜ": "c", "ᵈ": "d", "ᵉ": "e", "ᶠ": "f", "ᵍ": "g", "ʰ": "h", "ⁱ": "i", "ʲ": "j",
        "ᵏ": "k", "ˡ": "l", "ᵐ": "m", "ⁿ": "n", "ᵒ": "o", "ᵖ": "p", "ʳ": "r", "ˢ": "s", "ᵗ": "t", "ᵘ": "u",
        "ᵛ": "v", "ʷ": "w", "ˣ": "x", "ʸ": "y", "ᶻ": "z",
        "\u2070": "0", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3", "\u2074": "4", "\u2075": "5", "\u2076": "6",
        "\u2077": "7", "\u2078": "8", "\u2079": "9"}

_B62 = {c: i for i, c in enumerate("0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz")}


def _nth_primes(limit):
    out, n = [], 2
    while len(out) < limit:
        if all(n % p for p in out if p * p <= n):
            out.append(n)
        n += 1
    return {p: i + 1 for i, p in enumerate(out)}


_PRIME_INDEX = _nth_primes(140)


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def decode(name, run):
    if name == "quinary_base_five_code_points":
        return _codes(int(t, 5) for t in run.split(" "))
    if name == "tamil_numeral_signs":
        return _codes(_tamil(t) for t in run.split(" "))
    if name == "hungarian_number_words":
        return _codes(_hu(t) for t in run.split(","))
    if name == "osage_letter_substitution":
        out = []
        for ch in run:
            c = ord(ch)
            if 0x104B0 <= c < 0x104B0 + 26:
                out.append(chr(65 + c - 0x104B0))
            elif 0x104D8 <= c < 0x104D8 + 26:
                out.append(chr(97 + c - 0x104D8))
            elif 0x104D8 + 26 <= c < 0x104D8 + 36:
                out.append(chr(48 + c - 0x104D8 - 26))
            elif ch in "_.-" or ch.isascii() and ch.isupper():
                out.append(ch)
            else:
                raise ValueError("unexpected char in Osage run")
        return "".join(out)
    if name == "superscript_modifier_letters":
        return "".join(_SUP.get(ch, ch) for ch in run)
    if name == "zalgo_combining_marks":
        return "".join(ch for ch in run if not 0x300 <= ord(ch) <= 0x36F)
    if name == "xxd_grouped_offset_line":
        m = re.fullmatch(r"00000000: ((?:[0-9a-f]{2,4} ?)+)", run)
        h = m.group(1).replace(" ", "")
        return _utf8(int(h[i:i + 2], 16) for i in range(0, len(h), 2))
    if name == "base62_big_integer":
        n = 0
        for ch in run:
            n = n * 62 + _B62[ch]
        bs = []
        while n:
            n, r = divmod(n, 256)
            bs.insert(0, r)
        return _utf8(bs)
    if name == "chaff_every_second_character":
        return run[0::2]
    if name == "single_space_letter_spacing":
        if run[1::2].strip(" ") != "":
            raise ValueError("not letter-spaced")
        return run[0::2]
    if name == "js_string_concat_chunks":
        parts = run.split(" + ")
        if not all(re.fullmatch(r'"[^"]+"', p) for p in parts):
            raise ValueError("not a concatenation")
        return "".join(p[1:-1] for p in parts)
    if name == "powers_of_two_sums":
        out = []
        for t in run.split(" "):
            ps = [int(x) for x in t.split("+")]
            if any(p & (p - 1) for p in ps) or len(set(ps)) != len(ps):
                raise ValueError("not distinct powers of two")
            out.append(sum(ps))
        return _codes(out)
    if name == "nth_prime_code_points":
        return _codes(_PRIME_INDEX[int(t)] for t in run.split(", "))
    if name == "triangular_number_code_points":
        out = []
        for t in run.split(" "):
            v = int(t)
            n = int(((8 * v + 1) ** 0.5 - 1) / 2)
            while n * (n + 1) // 2 < v:
                n += 1
            if n * (n + 1) // 2 != v:
                raise ValueError("not triangular")
            out.append(n)
        return _codes(out)
    if name == "ecma_column_row_notation":
        out = []
        for t in run.split(" "):
            col, row = t.split("/")
            if int(row) > 15:
                raise ValueError("row out of range")
            out.append(int(col) * 16 + int(row))
        return _codes(out)
    if name == "tempering_curve_readings":
        vals = re.findall(r"t\+\d\d:\d\d (\d+)\.(\d) °C", run)
        if len(vals) != run.count(";") + 1:
            raise ValueError("bad tempering log")
        return _codes(int(a) * 10 + int(b) - 200 for a, b in vals)
    if name == "praline_mould_weights":
        vals = re.findall(r"C\d+ (\d+)\.(\d) g", run)
        if len(vals) != run.count(" | ") + 1:
            raise ValueError("bad mould sheet")
        return _codes(int(a) * 10 + int(b) for a, b in vals)
    if name == "ganache_recipe_grams":
        vals = re.findall(r"[a-z][a-z ]* (\d+) g", run)
        if len(vals) != run.count(",") + 1:
            raise ValueError("bad recipe")
        return _codes(int(a) for a in vals)
    if name == "cocoa_cut_test_counts":
        vals = re.findall(r"lot \d+: (\d+)/300", run)
        if len(vals) != run.count(";") + 1:
            raise ValueError("bad cut test")
        return _codes(int(a) for a in vals)
    if name == "keycap_emoji_digit_codes":
        out = []
        for t in run.split(" "):
            digits = t.replace("\ufe0f", "").replace("\u20e3", "")
            if len(t) != 3 * len(digits):
                raise ValueError("bad keycap")
            out.append(int(digits))
        return _codes(out)
    if name == "unicode_u_plus_code_points":
        return _codes(int(t[2:], 16) for t in run.split(" ") if t.startswith("U+"))
    if name == "bonbon_shelf_life_days":
        vals = re.findall(r"\S+ (\d+)d", run)
        if len(vals) != run.count(" · ") + 1:
            raise ValueError("bad shelf-life table")
        return _codes(int(a) for a in vals)
    raise KeyError(name)
