"""Independent decoders for the p215 evasions (imports nothing from enc215; no base64 / binascii / codecs)."""
import re
import unicodedata


def _digits_any(tok):
    # every digit block here is a Unicode decimal-digit run; unicodedata knows each digit's value
    return int("".join(str(unicodedata.digit(ch)) for ch in tok))


_FRV = {"zéro": 0, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100}


def _french(s):
    toks = [t for t in re.split(r"[\s\-]+", s.strip()) if t and t != "et"]
    total, i = 0, 0
    while i < len(toks):
        t = toks[i]
        if t == "quatre" and i + 1 < len(toks) and toks[i + 1].startswith("vingt"):
            total += 80
            i += 2
            continue
        total += _FRV[t]
        i += 1
    return total


_LAV = {}
for _i, _w in enumerate("unus duo tres quattuor quinque sex septem octo novem".split()):
    _LAV[_w] = _i + 1
for _i, _w in enumerate("decem undecim duodecim tredecim quattuordecim quindecim sedecim septendecim duodeviginti undeviginti".split()):
    _LAV[_w] = 10 + _i
for _i, _w in enumerate("viginti triginta quadraginta quinquaginta sexaginta septuaginta octoginta nonaginta".split()):
    _LAV[_w] = 20 + 10 * _i
_LAV["centum"] = 100

_HEV = {"\u05d0": 1, "\u05d1": 2, "\u05d2": 3, "\u05d3": 4, "\u05d4": 5, "\u05d5": 6, "\u05d6": 7, "\u05d7": 8,
        "\u05d8": 9, "\u05d9": 10, "\u05db": 20, "\u05dc": 30, "\u05de": 40, "\u05e0": 50, "\u05e1": 60,
        "\u05e2": 70, "\u05e4": 80, "\u05e6": 90, "\u05e7": 100}

_EL = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr "
       "Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W "
       "Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No").split()
_ELNUM = {sym: i + 1 for i, sym in enumerate(_EL)}


def _keyed(key, base):
    out = ""
    for ch in key + base:
        if ch not in out:
            out += ch
    return out


_INV_L = {c: chr(97 + i) for i, c in enumerate(_keyed("chesterfield", "abcdefghijklmnopqrstuvwxyz"))}
_INV_D = {c: str(i) for i, c in enumerate(_keyed("1851", "0123456789"))}


def _isqrt(n):
    x = int(n ** 0.5)
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return x


def decode(name, run):
    if name == "base_fourteen_code_points":
        return "".join(chr(int(t, 14)) for t in run.split())
    if name == "reflected_gray_code_seven_bit":
        out = ""
        for t in run.split():
            g = int(t, 2)
            n = g
            shift = g >> 1
            while shift:
                n ^= shift
                shift >>= 1
            out += chr(n)
        return out
    if name in ("tibetan_digit_code_points", "kayah_li_digit_code_points", "superscript_digit_code_points"):
        return "".join(chr(_digits_any(t)) for t in run.split(" "))
    if name == "french_number_words":
        return "".join(chr(_french(t)) for t in run.split("/"))
    if name == "latin_number_words":
        return "".join(chr(sum(_LAV[w] for w in t.split())) for t in run.split(","))
    if name == "hebrew_gematria_numerals":
        return "".join(chr(sum(_HEV[ch] for ch in t if ch in _HEV)) for t in run.split())
    if name == "armenian_letter_numerals":
        out = ""
        for t in run.split():
            v = 0
            for ch in t:
                k = ord(ch) - 0x0531
                v += (k % 9 + 1) * 10 ** (k // 9)
            out += chr(v)
        return out
    if name == "unicode_character_names":
        return "".join(unicodedata.lookup(t.strip()) for t in run.split("\u00b7"))
    if name == "periodic_table_symbols_minus_twenty":
        return "".join(chr(_ELNUM[t] + 20) for t in run.split())
    if name == "keyword_substitution_chesterfield":
        out = ""
        for ch in run:
            if ch in _INV_L:
                out += _INV_L[ch]
            elif ch.lower() in _INV_L and ch.isupper():
                out += _INV_L[ch.lower()].upper()
            elif ch in _INV_D:
                out += _INV_D[ch]
            else:
                out += ch
        return out
    if name == "xor_eighty_five_decimal":
        return "".join(chr(int(t) ^ 85) for t in run.split())
    if name == "josephus_every_third_order":
        n = len(run)
        pos = list(range(n))
        slots = [None] * n
        i = 0
        for ch in run:
            i = (i + 2) % len(pos)
            slots[pos.pop(i)] = ch
        return "".join(slots)
    if name == "boustrophedon_rows_of_five":
        rows = run.split(" | ")
        return "".join(r[::-1] if k % 2 else r for k, r in enumerate(rows))
    if name == "prime_factorisation_code_points":
        out = ""
        for t in run.split():
            v = 1
            for f in t.split("\u00b7"):
                if "^" in f:
                    b, e = f.split("^")
                    v *= int(b) ** int(e)
                else:
                    v *= int(f)
            out += chr(v)
        return out
    if name == "cantor_pairing_of_character_pairs":
        vals = []
        for t in run.split():
            z = int(t)
            w = (_isqrt(8 * z + 1) - 1) // 2
            b = z - w * (w + 1) // 2
            vals += [w - b, b]
        if vals and vals[-1] == 0:
            vals.pop()
        return "".join(chr(v) for v in vals)
    if name == "fabric_cut_lengths_decimetres":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d) m", run))
    if name == "martindale_rub_counts_thousands":
        return "".join(chr(int(a)) for a in re.findall(r"(\d+),000 rubs", run))
    if name == "chair_seat_heights_millimetres":
        return "".join(chr(int(a) - 350) for a in re.findall(r"(\d+) mm", run))
    if name == "provenance_acquisition_years":
        return "".join(chr(int(a) - 1800) for a in re.findall(r"\((\d{4})\)", run))
    if name == "collection_slot_clock_times":
        return "".join(chr((int(h) - 8) * 60 + int(m)) for h, m in re.findall(r"\b(\d\d):(\d\d)\b", run))
    raise ValueError(name)
