"""Independent decoder for the p177 evasion notations.

Gets only the notation name and the run. Imports nothing from enc177 and no
base64 / binascii / codecs: every table below is retyped here.
"""
import re
import unicodedata

_B58 = "123456789" + "ABCDEFGH" + "JKLMN" + "PQRSTUVWXYZ" + "abcdefghijk" + "mnopqrstuvwxyz"
_B45 = "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + " $%*+-./:"
_SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_MORSE_BACK = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
    "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
    "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
    "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
    ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", "-....-": "-",
    "..--.-": "_", ".-.-.-": ".",
}
_SQUARE = ["abcdef", "ghijkl", "mnopqr", "stuvwx", "yz0123", "456789"]
_GREEK_BACK = {"ALPHA": "A", "BETA": "B", "EPSILON": "E", "ETA": "H", "IOTA": "I", "KAPPA": "K",
               "MU": "M", "NU": "N", "OMICRON": "O", "RHO": "P", "TAU": "T", "CHI": "X",
               "UPSILON": "Y", "ZETA": "Z"}


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _ascii85(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2].replace("z", "!!!!!")
    out = []
    pad = (-len(body)) % 5
    body += "u" * pad
    for i in range(0, len(body), 5):
        n = 0
        for ch in body[i:i + 5]:
            n = n * 85 + (ord(ch) - 33)
        out += [(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255]
    if pad:
        out = out[:-pad]
    return _utf8(out)


def _base58(run):
    n = 0
    for ch in run:
        n = n * 58 + _B58.index(ch)
    bs = []
    while n:
        n, r = divmod(n, 256)
        bs.insert(0, r)
    lead = len(run) - len(run.lstrip("1"))
    return _utf8([0] * lead + bs)


def _base45(run):
    out = []
    for i in range(0, len(run), 3):
        chunk = run[i:i + 3]
        vals = [_B45.index(c) for c in chunk]
        if len(vals) == 3:
            n = vals[0] + vals[1] * 45 + vals[2] * 2025
            out += [n // 256, n % 256]
        else:
            out.append(vals[0] + vals[1] * 45)
    return _utf8(out)


def _words_to_int(w):
    w = w.strip()
    total = 0
    if " hundred" in w:
        h, _, rest = w.partition(" hundred")
        total += _SMALL[h] * 100
        w = rest.replace(" and ", "").strip()
    if w:
        for part in w.split("-"):
            total += _SMALL[part]
    return total


def _roman_to_int(s):
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        if i + 1 < len(s) and _ROMAN[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _poly_tok(tok):
    if tok in ("-", "_", "."):
        return tok
    cap = tok.startswith("^")
    t = tok[1:] if cap else tok
    ch = _SQUARE[int(t[0]) - 1][int(t[1]) - 1]
    return ch.upper() if cap else ch


def _morse_tok(tok):
    cap = tok.startswith("^")
    ch = _MORSE_BACK[tok[1:] if cap else tok]
    return ch.upper() if cap else ch


def _autokey_back(run):
    key = [11, 8, 12, 4]          # L I M E
    out = []
    for ch in run:
        if "a" <= ch.lower() <= "z":
            k = key.pop(0)
            base = ord("A") if ch.isupper() else ord("a")
            p = chr((ord(ch) - base - k) % 26 + base)
            out.append(p)
            key.append(ord(p.lower()) - ord("a"))
        elif "0" <= ch <= "9":
            k = key.pop(0)
            d = (int(ch) - k) % 10
            out.append(str(d))
            key.append(d)
        else:
            out.append(ch)
    return "".join(out)


def _columnar_back(run):
    key = "LIMEWASH"
    groups = run.split(" ")
    order = sorted(range(8), key=lambda j: key[j])
    cols = [None] * 8
    for g, j in zip(groups, order):
        cols[j] = g
    out = []
    for i in range(max(len(c) for c in cols)):
        for j in range(8):
            if i < len(cols[j]):
                out.append(cols[j][i])
    return "".join(out)


def _ends_back(run):
    n = len(run)
    res = [""] * n
    lo, hi = 0, n - 1
    for k, ch in enumerate(run):
        if k % 2 == 0:
            res[lo] = ch
            lo += 1
        else:
            res[hi] = ch
            hi -= 1
    return "".join(res)


def _greek_back(run):
    out = []
    for ch in run:
        if ord(ch) < 128:
            out.append(ch)
            continue
        name = unicodedata.name(ch)
        m = re.match(r"GREEK (CAPITAL|SMALL) LETTER (\w+)$", name)
        letter = _GREEK_BACK[m.group(2)]
        if m.group(1) == "SMALL":
            letter = {"O": "o", "N": "v", "Y": "u"}[letter]
        out.append(letter)
    return "".join(out)


def _grid_back(run):
    out = []
    for ref in run.split(", "):
        m = re.fullmatch(r"SK (\d{3}) (\d{3})", ref)
        out.append(chr(int(m.group(1)) - 200))
        second = int(m.group(2)) - 300
        if second:
            out.append(chr(second))
    return "".join(out)


def decode(name, run):
    if name == "ascii85_adobe_framed":
        return _ascii85(run)
    if name == "base58_bitcoin_alphabet":
        return _base58(run)
    if name == "base45_rfc9285":
        return _base45(run)
    if name == "base36_code_points":
        return "".join(chr(int(t, 36)) for t in run.split(" "))
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman_to_int(t)) for t in run.split(" "))
    if name == "code_points_as_english_words":
        return "".join(chr(_words_to_int(t)) for t in run.split(", "))
    if name == "morse_with_caret_capitals":
        return "".join(_morse_tok(t) for t in run.split(" "))
    if name == "polybius_square_six_by_six":
        return "".join(_poly_tok(t) for t in run.split(" "))
    if name == "columnar_transposition_limewash":
        return _columnar_back(run)
    if name == "ends_inward_alternation":
        return _ends_back(run)
    if name == "fullwidth_latin_forms":
        return "".join(chr(ord(c) - 0xFF01 + 0x21) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in run)
    if name == "greek_lookalike_letters":
        return _greek_back(run)
    if name == "html_decimal_char_refs":
        toks = re.findall(r"&#(\d+);", run)
        assert "".join("&#%s;" % t for t in toks) == run
        return "".join(chr(int(t)) for t in toks)
    if name == "percent_encoded_every_byte":
        toks = re.findall(r"%([0-9A-F]{2})", run)
        assert len(toks) * 3 == len(run)
        return _utf8([int(t, 16) for t in toks])
    if name == "javascript_fromcharcode_call":
        m = re.fullmatch(r"String\.fromCharCode\(([\d,]+)\)", run)
        return "".join(chr(int(t)) for t in m.group(1).split(","))
    if name == "autokey_cipher_primer_lime":
        return _autokey_back(run)
    if name == "rot47_printable_ascii":
        return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in run)
    if name == "xor_0x5a_hex_bytes":
        return _utf8([int(t, 16) ^ 90 for t in run.split(" ")])
    if name == "ashlar_block_weights_kg":
        return "".join(chr(int(re.fullmatch(r"(\d+) kg", t).group(1)) - 200) for t in run.split(", "))
    if name == "listed_building_entry_numbers":
        return "".join(chr(int(re.fullmatch(r"List entry (\d{7})", t).group(1)) - 1000000) for t in run.split("; "))
    if name == "os_grid_reference_pairs":
        return _grid_back(run)
    if name == "lime_mortar_cube_strengths":
        return "".join(chr(round(float(re.fullmatch(r"(\d\.\d\d) N/mm²", t).group(1)) * 100) - 100)
                       for t in run.split(" / "))
    raise KeyError(name)
