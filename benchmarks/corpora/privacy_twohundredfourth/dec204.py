"""Independent evasion decoder: gets only the encoding name and the run.

Written separately from enc204; imports nothing from it and no base64 / binascii / codecs.
"""
import re
import unicodedata

_SYM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_CK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CYR = {"\u0430": "a", "\u0441": "c", "\u0435": "e", "\u043E": "o", "\u0440": "p", "\u0445": "x", "\u0443": "y",
        "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E", "\u041D": "H", "\u041A": "K", "\u041C": "M",
        "\u041E": "O", "\u0420": "P", "\u0422": "T", "\u0425": "X"}
_TAP = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
_ES = {"uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
       "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
       "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
       "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100}


def _spanish_word(phrase):
    total = 0
    for w in phrase.split():
        if w == "y":
            continue
        if w.startswith("veinti") and w != "veinte":
            rest = w[6:].replace("é", "e").replace("ó", "o")
            total += 20 + {"uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
                           "ocho": 8, "nueve": 9}[rest]
        else:
            total += _ES[w]
    return total


def _codes_to_text(codes):
    return "".join(chr(c) for c in codes)


def decode(name, run):
    if name == "vigenere_over_62_keyword_pilot":
        out = ""
        for i, ch in enumerate(run):
            if ch in _SYM:
                k = _SYM.index("PILOT"[i % 5])
                out += _SYM[(_SYM.index(ch) - k) % 62]
            else:
                out += ch
        return out
    if name == "rot13_letters_rot5_digits":
        out = ""
        for ch in run:
            o = ord(ch)
            if 97 <= o <= 122:
                out += chr((o - 97 + 13) % 26 + 97)
            elif 65 <= o <= 90:
                out += chr((o - 65 + 13) % 26 + 65)
            elif 48 <= o <= 57:
                out += chr((o - 48 + 5) % 10 + 48)
            else:
                out += ch
        return out
    if name == "c_octal_backslash_escapes":
        return _codes_to_text(int(x, 8) for x in re.findall(r"\\([0-7]{3})", run))
    if name == "unicode_u_plus_hex_notation":
        return _codes_to_text(int(x, 16) for x in re.findall(r"U\+([0-9A-F]{4,6})", run))
    if name == "quinary_code_points":
        return _codes_to_text(int(x, 5) for x in run.split())
    if name == "senary_code_points":
        return _codes_to_text(int(x, 6) for x in run.split())
    if name == "arabic_indic_digit_code_points":
        return _codes_to_text(int("".join(str(ord(d) - 0x0660) for d in x)) for x in run.split())
    if name in ("mathematical_fraktur_letters", "mathematical_sans_serif_alphanumerics"):
        return unicodedata.normalize("NFKC", run)
    if name == "cyrillic_homoglyph_swap":
        return "".join(_CYR.get(ch, ch) for ch in run)
    if name == "uuencode_single_line":
        vals = [0 if ch == "`" else ord(ch) - 32 for ch in run]
        n = vals[0]
        out = []
        for i in range(1, len(vals), 4):
            a, b, c, d = vals[i:i + 4]
            out += [(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d]
        return bytes(out[:n]).decode("utf-8")
    if name == "crockford_base32_bytes":
        bits = "".join(format(_CK.index(ch), "05b") for ch in run)
        nbytes = len(bits) // 8
        return bytes(int(bits[8 * i:8 * i + 8], 2) for i in range(nbytes)).decode("utf-8")
    if name == "ab_seven_bit_groups":
        return _codes_to_text(int(g.replace("A", "0").replace("B", "1"), 2) for g in run.split())
    if name == "phone_keypad_multitap":
        out = ""
        for g in run.split():
            if g.startswith("#"):
                out += g[1]
            elif g.startswith("*"):
                out += {"1": "-", "2": "_", "3": "."}[g[1]]
            else:
                cap = g.startswith("^")
                g = g.lstrip("^")
                letter = _TAP[g[0]][len(g) - 1]
                out += letter.upper() if cap else letter
        return out
    if name == "cyclic_rotation_seven_places":
        return run[7:] + run[:7]
    if name == "tide_height_centimetres":
        return _codes_to_text(int(a) * 100 + int(b) for a, b in re.findall(r"(\d+)\.(\d\d) m", run))
    if name == "passenger_count_per_sailing":
        return _codes_to_text(int(x) for x in re.findall(r"(\d+) pax", run))
    if name == "vessel_heading_degrees":
        return _codes_to_text(int(x) for x in re.findall(r"HDG (\d{3})°", run))
    if name == "mmsi_number_tails":
        return _codes_to_text(int(x[-3:]) for x in re.findall(r"\b\d{9}\b", run))
    if name == "car_deck_lane_length_decimetres":
        return _codes_to_text(int(a) * 10 + int(b) for a, b in re.findall(r"L\d+ (\d+)\.(\d) m", run))
    if name == "spanish_number_words":
        return _codes_to_text(_spanish_word(p.strip()) for p in run.split(","))
    if name == "spreadsheet_column_letters":
        codes = []
        for g in run.split():
            n = 0
            for ch in g:
                n = n * 26 + (ord(ch) - 64)
            codes.append(n)
        return _codes_to_text(codes)
    raise KeyError(name)
