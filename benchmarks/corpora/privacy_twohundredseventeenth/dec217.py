"""Independent decoder for the p217 evasion runs.

Written separately from enc217: imports nothing from it and no base64 / binascii / codecs;
every table is retyped here.
"""
import re


def _bytes_to_text(bs):
    return bytes(bs).decode("utf-8")


def _hexval(s):
    return int(s, 16)


# Latin number words, retyped
_LAT = {"unus": 1, "duo": 2, "tres": 3, "quattuor": 4, "quinque": 5, "sex": 6, "septem": 7, "octo": 8, "novem": 9,
        "decem": 10, "undecim": 11, "duodecim": 12, "tredecim": 13, "quattuordecim": 14, "quindecim": 15,
        "sedecim": 16, "septendecim": 17, "duodeviginti": 18, "undeviginti": 19, "viginti": 20, "triginta": 30,
        "quadraginta": 40, "quinquaginta": 50, "sexaginta": 60, "septuaginta": 70, "octoginta": 80,
        "nonaginta": 90, "centum": 100}

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

_HEB = {"א": 1, "ב": 2, "ג": 3, "ד": 4, "ה": 5, "ו": 6, "ז": 7, "ח": 8, "ט": 9, "י": 10, "כ": 20, "ל": 30,
        "מ": 40, "נ": 50, "ס": 60, "ע": 70, "פ": 80, "צ": 90, "ק": 100, "ר": 200, "ש": 300, "ת": 400}

_POSTNET = {"||...": 0, "...||": 1, "..|.|": 2, "..||.": 3, ".|..|": 4, ".|.|.": 5, ".||..": 6, "|...|": 7, "|..|.": 8, "|.|..": 9}

_SUZHOU = {"〇": 0, "〡": 1, "〢": 2, "〣": 3, "〤": 4, "〥": 5, "〦": 6, "〧": 7, "〨": 8, "〩": 9}

# keyword alphabet BOATHUSE + rest, retyped as the full cipher row
_CIPHER_ROW = "BOATHUSECDFGIJKLMNPQRVWXYZ"
_DIGIT_ROW = "7305918246"

# Braille: cell -> letter, retyped
_BR = {"⠁": "a", "⠃": "b", "⠉": "c", "⠙": "d", "⠑": "e", "⠋": "f", "⠛": "g", "⠓": "h", "⠊": "i", "⠚": "j",
       "⠅": "k", "⠇": "l", "⠍": "m", "⠝": "n", "⠕": "o", "⠏": "p", "⠟": "q", "⠗": "r", "⠎": "s", "⠞": "t",
       "⠥": "u", "⠧": "v", "⠺": "w", "⠭": "x", "⠽": "y", "⠵": "z"}
_BR_DIGIT = {"⠁": "1", "⠃": "2", "⠉": "3", "⠙": "4", "⠑": "5", "⠋": "6", "⠛": "7", "⠓": "8", "⠊": "9", "⠚": "0"}


def _roman_value(s):
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        if i + 1 < len(s) and _ROMAN[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def decode(name, run):
    if name == "nibble_swapped_hex_bytes":
        return _bytes_to_text([_hexval(t[1] + t[0]) for t in run.split(" ")])
    if name == "xor_0x5a_hex_bytes":
        return _bytes_to_text([_hexval(t) ^ 90 for t in run.split(" ")])
    if name == "bcd_nibble_code_points":
        out = ""
        for grp in run.split(" / "):
            out += chr(int("".join(str(int(n, 2)) for n in grp.split(" "))))
        return out
    if name == "primorial_base_code_points":
        return "".join(chr(int(t[0]) * 30 + int(t[1]) * 6 + int(t[2]) * 2 + int(t[3])) for t in run.split(" "))
    if name == "base_fifteen_code_points":
        return "".join(chr(int(t, 15)) for t in run.split(" "))
    if name == "tibetan_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x0F20) for c in t))) for t in run.split(" "))
    if name == "postnet_bar_digits":
        out = ""
        for t in run.split(" "):
            digits = [str(_POSTNET[t[i:i + 5]]) for i in range(0, len(t), 5)]
            out += chr(int("".join(digits)))
        return out
    if name == "latin_number_words":
        return "".join(chr(sum(_LAT[w] for w in t.split(" "))) for t in run.split(" | "))
    if name == "keyword_substitution_boathouse":
        out = ""
        for ch in run:
            if "a" <= ch <= "z":
                out += chr(97 + _CIPHER_ROW.index(ch.upper()))
            elif "A" <= ch <= "Z":
                out += chr(65 + _CIPHER_ROW.index(ch))
            elif ch.isdigit():
                out += str(_DIGIT_ROW.index(ch))
            else:
                out += ch
        return out
    if name == "parenthesized_latin_letters":
        out = ""
        for ch in run:
            o = ord(ch)
            if 0x249C <= o <= 0x24B5:
                out += chr(o - 0x249C + ord("a"))
            elif 0x1F110 <= o <= 0x1F129:
                out += chr(o - 0x1F110 + ord("A"))
            else:
                out += ch
        return out
    if name == "grade_one_braille_letters":
        out = ""
        i = 0
        while i < len(run):
            c = run[i]
            if c == "⠠":
                out += _BR[run[i + 1]].upper()
                i += 2
            elif c == "⠼":
                out += _BR_DIGIT[run[i + 1]]
                i += 2
            elif c == "⠨" and run[i + 1] == "⠤":
                out += "_"
                i += 2
            elif c == "⠲":
                out += "."
                i += 1
            elif c == "⠤":
                out += "-"
                i += 1
            else:
                out += _BR[c]
                i += 1
        return out
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman_value(t)) for t in run.split(" "))
    if name == "suzhou_numeral_code_points":
        return "".join(chr(int("".join(str(_SUZHOU[c]) for c in t))) for t in run.split(" "))
    if name == "hebrew_gematria_code_points":
        return "".join(chr(sum(_HEB[c] for c in t if c in _HEB)) for t in run.split(" "))
    if name == "boustrophedon_rows_of_five":
        rows = run.split(" / ")
        return "".join(r if k % 2 == 0 else r[::-1] for k, r in enumerate(rows))
    if name == "decimation_step_three":
        n = len(run)
        out = [None] * n
        for j, ch in enumerate(run):
            out[(3 * j) % n] = ch
        return "".join(out)
    if name == "river_gauge_readings_cm":
        return "".join(chr(int(m.group(1)) * 100 + int(m.group(2)) - 100) for m in re.finditer(r"\d\d:\d\d (\d)\.(\d\d) m", run))
    if name == "erg_split_seconds":
        return "".join(chr(int(m.group(1)) * 60 + int(m.group(2))) for m in re.finditer(r"[A-Z]{2} (\d+):(\d\d)\.\d", run))
    if name == "paddle_length_cm":
        return "".join(chr(int(m.group(1)) - 100) for m in re.finditer(r"(\d+) cm [a-z]+", run))
    if name == "buoyancy_aid_chest_cm":
        return "".join(chr(int(m.group(1))) for m in re.finditer(r"BA-\d\d chest (\d+) cm", run))
    if name == "outing_launch_times":
        return "".join(chr((int(m.group(1)) - 5) * 60 + int(m.group(2))) for m in re.finditer(r"[A-Z][a-z]+ (\d\d):(\d\d)", run))
    if name == "hire_hull_numbers":
        return "".join(chr(int(m.group(1)) - 300) for m in re.finditer(r"[A-Z]+-(\d+)", run))
    raise ValueError(name)
