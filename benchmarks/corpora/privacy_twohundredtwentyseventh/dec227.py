"""Independent decoder for the p227 evasion encodings.

Imports nothing from the encoder and no base64 / binascii / codecs / unicodedata; every table is retyped."""
import re


def _digits_block(run, zero):
    out = []
    for tok in run.split(" "):
        n = 0
        for ch in tok:
            d = ord(ch) - zero
            if not 0 <= d <= 9:
                raise ValueError("not a digit of the block")
            n = n * 10 + d
        out.append(chr(n))
    return "".join(out)


_GEEZ = {}
for _i, _c in enumerate("፩፪፫፬፭፮፯፰፱"):
    _GEEZ[_c] = _i + 1
for _i, _c in enumerate("፲፳፴፵፶፷፸፹፺"):
    _GEEZ[_c] = 10 * (_i + 1)
_GEEZ["፻"] = 100


def _geez(tok):
    total, last = 0, 1000
    for ch in tok:
        v = _GEEZ[ch]
        if v >= last:
            raise ValueError("Ethiopic numerals must descend")
        total += v
        last = v
    return total


_SV = [("hundra", 100), ("nittio", 90), ("åttio", 80), ("sjuttio", 70), ("sextio", 60), ("femtio", 50),
       ("fyrtio", 40), ("trettio", 30), ("tjugo", 20), ("nitton", 19), ("arton", 18), ("sjutton", 17),
       ("sexton", 16), ("femton", 15), ("fjorton", 14), ("tretton", 13), ("tolv", 12), ("elva", 11),
       ("tio", 10), ("nio", 9), ("åtta", 8), ("sju", 7), ("sex", 6), ("fem", 5), ("fyra", 4), ("tre", 3),
       ("två", 2), ("ett", 1)]

_HU = [("száz", 100), ("kilencven", 90), ("nyolcvan", 80), ("hetven", 70), ("hatvan", 60), ("ötven", 50),
       ("negyven", 40), ("harminc", 30), ("huszon", 20), ("húsz", 20), ("tizen", 10), ("tíz", 10),
       ("kilenc", 9), ("nyolc", 8), ("hét", 7), ("hat", 6), ("öt", 5), ("négy", 4), ("három", 3),
       ("kettő", 2), ("egy", 1)]


def _morphemes(word, table):
    total, i = 0, 0
    while i < len(word):
        for m, v in table:
            if word.startswith(m, i):
                total += v
                i += len(m)
                break
        else:
            raise ValueError("unknown morpheme in %r" % word)
    return total


_UNAMES = {"LOW LINE": "_", "FULL STOP": ".", "HYPHEN-MINUS": "-"}
for _i, _w in enumerate("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()):
    _UNAMES["DIGIT " + _w] = str(_i)
for _i in range(26):
    _UNAMES["LATIN SMALL LETTER " + chr(65 + _i)] = chr(97 + _i)
    _UNAMES["LATIN CAPITAL LETTER " + chr(65 + _i)] = chr(65 + _i)

_EBC = {0x6D: "_", 0x4B: ".", 0x60: "-"}
for _start, _letters in ((0x81, "abcdefghi"), (0x91, "jklmnopqr"), (0xA2, "stuvwxyz"),
                         (0xC1, "ABCDEFGHI"), (0xD1, "JKLMNOPQR"), (0xE2, "STUVWXYZ"), (0xF0, "0123456789")):
    for _k, _ch in enumerate(_letters):
        _EBC[_start + _k] = _ch

_PQC = "bdfghjklmnprstvz"
_PQV = "aiou"


def _proquint(run):
    data = bytearray()
    for w in run.split("-"):
        if len(w) != 5:
            raise ValueError("proquint word length")
        n = (_PQC.index(w[0]) << 12) | (_PQV.index(w[1]) << 10) | (_PQC.index(w[2]) << 6) \
            | (_PQV.index(w[3]) << 4) | _PQC.index(w[4])
        data += bytes([n >> 8, n & 255])
    if data and data[-1] == 0:
        data = data[:-1]
    return data.decode("utf-8")


_BV = "aeiouy"
_BC = "bcdfghklmnprstvzx"


def _bubble_decode(run):
    # tokenised form: x + (V C V C - C)* + V C V + x
    if not (len(run) >= 5 and run[0] == "x" and run[-1] == "x"):
        raise ValueError("bubblebabble frame")
    s = run[1:-1]
    seed = 1
    out = bytearray()
    i = 0
    while True:
        if i + 3 == len(s):
            v0, c1, v2 = s[i], s[i + 1], s[i + 2]
            if c1 == "x":
                if _BV.index(v0) != seed % 6 or _BV.index(v2) != seed // 6:
                    raise ValueError("checksum")
            else:
                a = (_BV.index(v0) - seed) % 6
                c = (_BV.index(v2) - seed // 6) % 6
                if a > 3 or c > 3:
                    raise ValueError("checksum")
                out.append((a << 6) | (_BC.index(c1) << 2) | c)
            break
        v0, c1, v2, c3, dash, c4 = s[i:i + 6]
        if dash != "-":
            raise ValueError("separator")
        a = (_BV.index(v0) - seed) % 6
        c = (_BV.index(v2) - seed // 6) % 6
        if a > 3 or c > 3:
            raise ValueError("checksum")
        b1 = (a << 6) | (_BC.index(c1) << 2) | c
        b2 = (_BC.index(c3) << 4) | _BC.index(c4)
        out += bytes([b1, b2])
        seed = (seed * 5 + b1 * 7 + b2) % 36
        i += 6
    return out.decode("utf-8")


_TRI = "abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "0123456789"

_JC = dict(zip("йцукенгшщзфывапролдячсмить", "qwertyuiopasdfghjklzxcvbnm"))
_JC["ю"] = "."

_MT = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def _multitap(tok):
    if tok.startswith("#") and len(tok) == 2 and tok[1].isdigit():
        return tok[1]
    if tok in ("1", "11", "111"):
        return {"1": ".", "11": "-", "111": "_"}[tok]
    cap = tok.startswith("*")
    t = tok[1:] if cap else tok
    if not t or len(set(t)) != 1 or t[0] not in _MT:
        raise ValueError("multitap token")
    ch = _MT[t[0]][len(t) - 1]
    return ch.upper() if cap else ch


_EL = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb "
       "Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf "
       "Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th").split(" ")


def _uncircle(ch):
    o = ord(ch)
    if 0x24D0 <= o <= 0x24E9:
        return chr(97 + o - 0x24D0)
    if 0x24B6 <= o <= 0x24CF:
        return chr(65 + o - 0x24B6)
    if o == 0x24EA:
        return "0"
    if 0x2460 <= o <= 0x2468:
        return chr(49 + o - 0x2460)
    if ch in "_.-":
        return ch
    raise ValueError("not a circled character")


def _outside_in(run):
    n = len(run)
    out = [""] * n
    i, j, k = 0, n - 1, 0
    while i <= j:
        out[i] = run[k]
        k += 1
        if i != j:
            out[j] = run[k]
            k += 1
        i += 1
        j -= 1
    return "".join(out)


def _is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def _factor_token(tok):
    n, last = 1, 1
    for part in tok.split("×"):
        if "^" in part:
            p, e = part.split("^")
            p, e = int(p), int(e)
            if e < 2:
                raise ValueError("exponent")
        else:
            p, e = int(part), 1
        if not _is_prime(p) or p <= last:
            raise ValueError("factorisation not canonical")
        last = p
        n *= p ** e
    return chr(n)


def _column(tok):
    n = 0
    for ch in tok:
        if not "A" <= ch <= "Z":
            raise ValueError("column letter")
        n = n * 26 + (ord(ch) - 64)
    return chr(n)


def decode(name, run):
    if name == "ol_chiki_digit_code_points":
        return _digits_block(run, 0x1C50)
    if name == "adlam_digit_code_points":
        return _digits_block(run, 0x1E950)
    if name == "geez_ethiopic_numerals":
        return "".join(chr(_geez(t)) for t in run.split(" "))
    if name == "swedish_number_words":
        return "".join(chr(_morphemes(w, _SV)) for w in run.split(", "))
    if name == "hungarian_number_words":
        return "".join(chr(_morphemes(w, _HU)) for w in run.split(", "))
    if name == "unicode_character_names":
        return "".join(_UNAMES[t] for t in run.split(" / "))
    if name == "ebcdic_cp037_hex_bytes":
        return "".join(_EBC[int(t, 16)] for t in run.split(" "))
    if name == "proquint_pronounceable_words":
        return _proquint(run)
    if name == "bubblebabble_encoding":
        return _bubble_decode(run)
    if name == "rot47_printable_rotation":
        return "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in run)
    if name == "trithemius_progressive_shift":
        return "".join(_TRI[(_TRI.index(c) - i - 1) % 62] if c in _TRI else c for i, c in enumerate(run))
    if name == "jcuken_keyboard_layout_mistype":
        out = []
        for c in run:
            lc = c.lower()
            if lc in _JC:
                d = _JC[lc]
                out.append(d.upper() if c != lc else d)
            elif re.fullmatch(r"[0-9_-]", c):
                out.append(c)
            else:
                raise ValueError("unexpected character")
        return "".join(out)
    if name == "phone_keypad_multitap":
        return "".join(_multitap(t) for t in run.split(" "))
    if name == "periodic_table_atomic_numbers":
        return "".join(chr(_EL.index(t) + 1 + 32) for t in run.split(" "))
    if name == "circled_enclosed_alphanumerics":
        return "".join(_uncircle(c) for c in run)
    if name == "outside_in_alternating_order":
        return _outside_in(run)
    if name == "prime_factorisation_code_points":
        return "".join(_factor_token(t) for t in run.split(" "))
    if name == "spreadsheet_column_letters":
        return "".join(_column(t) for t in run.split(" "))
    if name == "gcode_x_coordinate_program":
        out = []
        for mv in run.split("; "):
            m = re.fullmatch(r"G1 X(\d+)\.(\d) Y\d+\.\d", mv)
            out.append(chr(int(m.group(1)) * 10 + int(m.group(2))))
        return "".join(out)
    if name == "channel_letter_led_module_counts":
        return "".join(chr(int(re.fullmatch(r"[A-Z] (\d+) LEDs", t).group(1))) for t in run.split(", "))
    if name == "vinyl_offcut_lengths_cm":
        return "".join(chr(int(re.fullmatch(r"[a-z ]+ (\d+) cm", t).group(1)) - 150) for t in run.split("; "))
    if name == "engraving_depth_hundredths_mm":
        out = []
        for t in run.split(" | "):
            m = re.fullmatch(r"(\d)\.(\d\d) mm", t)
            out.append(chr(int(m.group(1)) * 100 + int(m.group(2))))
        return "".join(out)
    raise KeyError(name)
