"""Independent decoder for the p186 evasions. Imports nothing from enc186 and no base64 / binascii / codecs;
every table is retyped here (Braille from dot numbers, Greek from Unicode character names)."""
import re
import unicodedata


def _bytes_from_int(n):
    out = []
    while n:
        out.append(n & 0xFF)
        n >>= 8
    return bytes(reversed(out)).decode("utf-8")


def _rot47(run):
    res = ""
    for ch in run:
        o = ord(ch)
        res += chr((o - 33 + 47) % 94 + 33) if 33 <= o <= 126 else ch
    return res


def _odd_even(run):
    a, b = run.split(" | ")
    res = ""
    for i in range(len(a) + len(b)):
        res += a[i // 2] if i % 2 == 0 else b[i // 2]
    return res


def _xor(run):
    return bytes(int(x, 16) ^ 90 for x in run.split()).decode("utf-8")


def _base58(run):
    alpha = "123456789" + "ABCDEFGH" + "JKLMN" + "PQRSTUVWXYZ" + "abcdefghijk" + "mnopqrstuvwxyz"
    n = 0
    for ch in run:
        n = n * 58 + alpha.index(ch)
    return _bytes_from_int(n)


def _base36(run):
    return _bytes_from_int(int(run, 36))


def _base45(run):
    alpha = "".join(chr(c) for c in range(48, 58)) + "".join(chr(c) for c in range(65, 91)) + " $%*+-./:"
    vals = [alpha.index(ch) for ch in run]
    out = []
    i = 0
    while i < len(vals):
        chunk = vals[i:i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 2025
            out += [n // 256, n % 256]
        else:
            out.append(chunk[0] + chunk[1] * 45)
        i += 3
    return bytes(out).decode("utf-8")


_MORSE_TXT = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- p .--. q --.- r .-. s ...
t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 ..... 6 -.... 7 --... 8 ---.. 9 ----.
- -....- _ ..--.- . .-.-.-"""


def _morse(run):
    toks = _MORSE_TXT.split()
    table = {toks[i + 1]: toks[i] for i in range(0, len(toks), 2)}
    res = ""
    for g in run.split(" "):
        if g.startswith("^"):
            res += table[g[1:]].upper()
        else:
            res += table[g]
    return res


_DOTS = {"a": "1", "b": "12", "c": "14", "d": "145", "e": "15", "f": "124", "g": "1245", "h": "125", "i": "24",
         "j": "245", "k": "13", "l": "123", "m": "134", "n": "1345", "o": "135", "p": "1234", "q": "12345",
         "r": "1235", "s": "234", "t": "2345", "u": "136", "v": "1236", "w": "2456", "x": "1346", "y": "13456",
         "z": "1356"}


def _cell(dots):
    return chr(0x2800 + sum(1 << (int(d) - 1) for d in dots))


def _braille(run):
    letters = {_cell(v): k for k, v in _DOTS.items()}
    cap, num, hyph, dot, und = _cell("6"), _cell("3456"), _cell("36"), _cell("256"), _cell("46")
    res = ""
    i = 0
    while i < len(run):
        c = run[i]
        if c == cap:
            res += letters[run[i + 1]].upper()
            i += 2
        elif c == num:
            res += str(("jabcdefghi").index(letters[run[i + 1]]))
            i += 2
        elif c == und and i + 1 < len(run) and run[i + 1] == hyph:
            res += "_"
            i += 2
        elif c == hyph:
            res += "-"
            i += 1
        elif c == dot:
            res += "."
            i += 1
        else:
            res += letters[c]
            i += 1
    return res


def _fullwidth(run):
    return unicodedata.normalize("NFKC", run)


_GREEK_CAP = {"ALPHA": "A", "BETA": "B", "EPSILON": "E", "ZETA": "Z", "ETA": "H", "IOTA": "I", "KAPPA": "K", "MU": "M",
              "NU": "N", "OMICRON": "O", "RHO": "P", "TAU": "T", "UPSILON": "Y", "CHI": "X"}
_GREEK_SMALL = {"OMICRON": "o", "IOTA": "i", "KAPPA": "k", "NU": "v", "RHO": "p", "UPSILON": "u", "CHI": "x"}


def _greek(run):
    res = ""
    for ch in run:
        nm = unicodedata.name(ch, "")
        if nm.startswith("GREEK CAPITAL LETTER "):
            res += _GREEK_CAP[nm[len("GREEK CAPITAL LETTER "):]]
        elif nm.startswith("GREEK SMALL LETTER "):
            res += _GREEK_SMALL[nm[len("GREEK SMALL LETTER "):]]
        else:
            res += ch
    return res


def _soft_hyphen(run):
    return run.replace(chr(173), "")


def _bacon(run):
    return "".join(chr(int(g.replace("a", "0").replace("b", "1"), 2)) for g in run.split(" "))


def _autokey(run):
    key = [17, 0, 13, 6, 4]
    res = ""
    for ch in run:
        if "a" <= ch <= "z":
            p = (ord(ch) - 97 - key.pop(0)) % 26
            res += chr(p + 97)
            key.append(p)
        elif "A" <= ch <= "Z":
            p = (ord(ch) - 65 - key.pop(0)) % 26
            res += chr(p + 65)
            key.append(p)
        elif "0" <= ch <= "9":
            p = (int(ch) - key.pop(0)) % 10
            res += str(p)
            key.append(p)
        else:
            res += ch
    return res


def _negabinary(run):
    res = ""
    for g in run.split(" "):
        n = 0
        for i, d in enumerate(reversed(g)):
            n += int(d) * (-2) ** i
        res += chr(n)
    return res


def _bal3(run):
    res = ""
    for g in run.split(" "):
        n = 0
        for d in g:
            n = n * 3 + {"+": 1, "0": 0, "-": -1}[d]
        res += chr(n)
    return res


def _chinese(run):
    digits = {ch: i for i, ch in enumerate("零一二三四五六七八九")}
    res = ""
    for g in run.split("、"):
        n = 0
        cur = 0
        for ch in g:
            if ch == "百":
                n += cur * 100
                cur = 0
            elif ch == "十":
                n += (cur if cur else 1) * 10
                cur = 0
            elif ch == "零":
                cur = 0
            else:
                cur = digits[ch]
        res += chr(n + cur)
    return res


def _lane_ring(run):
    return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"L(\d+)/(\d)", run))


def _archery(run):
    res = ""
    for end in run.split("; "):
        arrows = end.split(" ")[1].split("-")
        res += chr(int("".join("0" if a == "M" else a for a in arrows)))
    return res


def _grain(run):
    return "".join(chr(int(x) - 40) for x in re.findall(r"(\d+)gr", run))


def _times(run):
    return "".join(chr((int(h) - 8) * 60 + int(m)) for h, m in re.findall(r"(\d\d):(\d\d)", run))


def _qwerty(run):
    rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]
    res = ""
    for ch in run:
        lc = ch.lower()
        hit = None
        for row in rows:
            if lc in row:
                hit = row[row.index(lc) - 1]
        if hit is None:
            res += ch
        else:
            res += hit.upper() if ch.isupper() else hit
    return res


_DEC = {
    "rot47_printable_ascii_rotation": _rot47,
    "reversed_character_order": lambda r: "".join(reversed(r)),
    "odd_even_position_split": _odd_even,
    "xor_key_5a_hex_bytes": _xor,
    "base58_bitcoin_alphabet": _base58,
    "base36_big_integer": _base36,
    "base45_rfc9285": _base45,
    "morse_code_caret_capitals": _morse,
    "braille_grade_one_cells": _braille,
    "fullwidth_ascii_forms": _fullwidth,
    "greek_homoglyph_substitution": _greek,
    "soft_hyphen_interleaving": _soft_hyphen,
    "baconian_seven_bit_ab_groups": _bacon,
    "autokey_cipher_primer_range": _autokey,
    "negabinary_code_points": _negabinary,
    "balanced_ternary_code_points": _bal3,
    "chinese_numeral_code_points": _chinese,
    "lane_and_ring_score_card": _lane_ring,
    "archery_end_three_arrow_digits": _archery,
    "bullet_grain_weight_list": _grain,
    "lane_booking_start_times": _times,
    "qwerty_row_right_shift_cyclic": _qwerty,
}


def decode(encoding, run):
    return _DEC[encoding](run)
