"""Independent decoders for the evasion runs.

Written separately from enc173.py; imports neither it nor base64 / binascii. Gets only the encoding
name and the run.
"""
import re
import unicodedata

ABC = "abcdefghijklmnopqrstuvwxyz"
NUM = "0123456789"


def _bytes_text(bs):
    return bytes(bs).decode("utf-8")


def _unshift(ch, k_letters, k_digits):
    if ch.islower() and ch in ABC:
        return ABC[(ABC.index(ch) - k_letters) % 26]
    if ch.isupper() and ch.lower() in ABC:
        return ABC[(ABC.index(ch.lower()) - k_letters) % 26].upper()
    if ch in NUM:
        return NUM[(NUM.index(ch) - k_digits) % 10]
    return ch


def _b32(run):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    bits = ""
    for ch in run.rstrip("="):
        bits += format(alphabet.index(ch), "05b")
    usable = len(bits) - len(bits) % 8
    return _bytes_text(int(bits[i:i + 8], 2) for i in range(0, usable, 8))


def _a85(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2]
    out = []
    group = []
    for ch in body:
        if ch == "z" and not group:
            out.extend([0, 0, 0, 0])
            continue
        group.append(ord(ch) - 33)
        if len(group) == 5:
            n = 0
            for d in group:
                n = n * 85 + d
            out.extend([(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255])
            group = []
    if group:
        missing = 5 - len(group)
        group += [84] * missing
        n = 0
        for d in group:
            n = n * 85 + d
        full = [(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255]
        out.extend(full[:4 - missing])
    return _bytes_text(out)


def _affine_inverse(run):
    # inverse of 5 mod 26 is 21; inverse of 3 mod 10 is 7
    out = []
    for ch in run:
        if ch in ABC:
            out.append(ABC[(21 * (ABC.index(ch) - 8)) % 26])
        elif ch.lower() in ABC and ch.isupper():
            out.append(ABC[(21 * (ABC.index(ch.lower()) - 8)) % 26].upper())
        elif ch in NUM:
            out.append(NUM[(7 * (int(ch) - 7)) % 10])
        else:
            out.append(ch)
    return "".join(out)


def _beaufort(run):
    key_idx = [5, 0, 17, 17, 8, 4, 17]  # F A R R I E R
    out, i = [], 0
    for ch in run:
        k = key_idx[i % 7]
        if ch in ABC:
            out.append(ABC[(k - ABC.index(ch)) % 26]); i += 1
        elif ch.isupper() and ch.lower() in ABC:
            out.append(ABC[(k - ABC.index(ch.lower())) % 26].upper()); i += 1
        elif ch in NUM:
            out.append(NUM[(k % 10 - int(ch)) % 10]); i += 1
        else:
            out.append(ch)
    return "".join(out)


def _columnar(run):
    key = "GALLOP"
    cols_in_order = run.split("/")
    assert len(cols_in_order) == 6
    order = sorted(range(6), key=lambda i: (key[i], i))
    cols = [None] * 6
    for pos, idx in enumerate(order):
        cols[idx] = cols_in_order[pos]
    nrows = len(cols[0])
    text = "".join(cols[c][r] for r in range(nrows) for c in range(6))
    return text.rstrip("*")


def _odd_even(run):
    a, b = run.split(" | ")
    out = []
    for i in range(len(a) + len(b)):
        out.append(a[i // 2] if i % 2 == 0 else b[i // 2])
    return "".join(out)


def _math_name(run):
    out = []
    for ch in run:
        if ord(ch) < 128:
            out.append(ch)
            continue
        name = unicodedata.name(ch)
        last = name.split()[-1]
        if " DIGIT " in name:
            out.append(str(["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"].index(last)))
        elif " CAPITAL " in name:
            out.append(last.upper())
        elif " SMALL " in name:
            out.append(last.lower())
        else:
            raise ValueError(name)
    return "".join(out)


def _col_number(s):
    n = 0
    for ch in s:
        n = n * 26 + (ord(ch) - 64)
    return n


def _qwerty_back(run):
    rows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
    out = []
    for ch in run:
        low = ch.lower()
        for row in rows:
            if low in row:
                back = row[(row.index(low) - 1) % len(row)]
                out.append(back.upper() if ch.isupper() else back)
                break
        else:
            out.append(ch)
    return "".join(out)


def decode(name, run):
    if name == "octal_c_escapes_per_byte":
        return _bytes_text(int(o, 8) for o in re.findall(r"\\([0-7]{3})", run))
    if name == "python_hex_escapes_per_byte":
        return _bytes_text(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", run))
    if name == "base32_rfc4648_padded":
        return _b32(run)
    if name == "ascii85_adobe_delimited":
        return _a85(run)
    if name == "caesar_shift_seven":
        return "".join(_unshift(c, 7, 7) for c in run)
    if name == "affine_cipher_five_eight":
        return _affine_inverse(run)
    if name == "beaufort_keyword_farrier":
        return _beaufort(run)
    if name == "columnar_transposition_keyword_gallop":
        return _columnar(run)
    if name == "whole_string_reversed":
        return "".join(reversed(run))
    if name == "odd_then_even_positions":
        return _odd_even(run)
    if name == "braille_eight_dot_bytes":
        return _bytes_text(ord(c) - 0x2800 for c in run)
    if name in ("mathematical_sans_serif_bold_forms", "mathematical_bold_italic_letters"):
        return _math_name(run)
    if name == "binary_eight_bit_groups":
        return _bytes_text(int(g, 2) for g in run.split(" "))
    if name == "spreadsheet_column_letters":
        return "".join(chr(_col_number(t)) for t in run.split(" "))
    if name == "base36_code_points":
        return "".join(chr(int(t, 36)) for t in run.split(" "))
    if name == "qwerty_one_key_right":
        return _qwerty_back(run)
    if name == "xor_0x2a_hex_bytes":
        return _bytes_text(int(run[i:i + 2], 16) ^ 0x2A for i in range(0, len(run), 2))
    if name == "microchip_number_tail":
        return "".join(chr(int(n[-3:])) for n in run.split(", "))
    if name == "jockey_weight_stones_pounds":
        return "".join(chr(int(st) * 14 + int(lb)) for st, lb in re.findall(r"(\d+)st (\d+)lb", run))
    if name == "decimal_odds_tenths":
        return "".join(chr(int(p.replace(".", ""))) for p in run.split(" "))
    if name == "horse_height_hands_inches":
        return "".join(chr(int(h) * 4 + int(i)) for h, i in re.findall(r"(\d+)\.(\d)hh", run))
    raise KeyError(name)
