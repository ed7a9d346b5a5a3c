"""Independent decoder for the 22 p180 evasion notations.

Written separately from enc180.py: it imports nothing from it (nor base64 / binascii / codecs); tables are retyped.
decode(name, run) -> plain
"""
import re
import unicodedata


def _vig(run):
    key = [ord(c) - ord("A") for c in "DERAILLEUR"]
    out, k = "", 0
    for ch in run:
        if "a" <= ch <= "z" or "A" <= ch <= "Z" or "0" <= ch <= "9":
            s = key[k % 10]
            k += 1
            if "a" <= ch <= "z":
                out += chr((ord(ch) - ord("a") - s) % 26 + ord("a"))
            elif "A" <= ch <= "Z":
                out += chr((ord(ch) - ord("A") - s) % 26 + ord("A"))
            else:
                out += str((int(ch) - s) % 10)
        else:
            out += ch
    return out


def _rails(run):
    parts = run.split(" ")
    n = sum(len(p) for p in parts)
    # rail index of each position in the zigzag
    pattern, r, d = [], 0, 1
    for _ in range(n):
        pattern.append(r)
        if r == 0:
            d = 1
        elif r == 2:
            d = -1
        r += d
    queues = [list(p) for p in parts]
    return "".join(queues[i].pop(0) for i in pattern)


def _oddeven(run):
    a, b = run.split(" | ")
    out = []
    for i in range(len(a) + len(b)):
        out.append(a[i // 2] if i % 2 == 0 else b[i // 2])
    return "".join(out)


def _swap(run):
    s = list(run)
    i = 0
    while i + 1 < len(s):
        s[i], s[i + 1] = s[i + 1], s[i]
        i += 2
    return "".join(s)


def _braille(run):
    return bytes(ord(c) - 0x2800 for c in run).decode("utf-8")


def _mono(run):
    out = ""
    for c in run:
        nm = unicodedata.name(c, "")
        m = re.match(r"MATHEMATICAL MONOSPACE (CAPITAL|SMALL) ([A-Z])$", nm)
        if m:
            out += m.group(2) if m.group(1) == "CAPITAL" else m.group(2).lower()
            continue
        m = re.match(r"MATHEMATICAL MONOSPACE DIGIT (\w+)$", nm)
        if m:
            out += str(unicodedata.digit(c))
            continue
        out += c
    return out


def _circled(run):
    out = ""
    for c in run:
        nm = unicodedata.name(c, "")
        m = re.match(r"CIRCLED LATIN (CAPITAL|SMALL) LETTER ([A-Z])$", nm)
        if m:
            out += m.group(2) if m.group(1) == "CAPITAL" else m.group(2).lower()
        elif nm == "CIRCLED DIGIT ZERO":
            out += "0"
        elif nm.startswith("CIRCLED DIGIT "):
            out += str(unicodedata.digit(c))
        else:
            out += c
    return out


def _acute(run):
    return run.replace("\u0301", "")


def _zw(run):
    return run.replace("\u200b", "")


def _uplus(run):
    return "".join(chr(int(t[2:], 16)) for t in run.split(" "))


def _eastarab(run):
    return "".join(chr(int("".join(str(unicodedata.digit(d)) for d in t))) for t in run.split(" "))


def _mayan(run):
    out = ""
    for t in run.split(" "):
        n = 0
        for d in t:
            n = n * 20 + (ord(d) - 0x1D2E0)
        out += chr(n)
    return out


_GER = "anton berta caesar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha nordpol otto paula quelle richard samuel theodor ulrich viktor wilhelm xanthippe ypsilon zacharias".split()
_GERD = "Null Eins Zwei Drei Vier Fuenf Sechs Sieben Acht Neun".split()
_GERP = {"Strich": "-", "Unterstrich": "_", "Punkt": "."}


def _german(run):
    out = ""
    for t in run.split(" "):
        if t in _GERP:
            out += _GERP[t]
        elif t in _GERD:
            out += str(_GERD.index(t))
        elif t.islower():
            out += "abcdefghijklmnopqrstuvwxyz"[_GER.index(t)]
        else:
            out += "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[_GER.index(t.lower())]
    return out


def _a1z26(run):
    out = ""
    for t in run.split(" "):
        if t.startswith("^"):
            out += chr(64 + int(t[1:]))
        elif t.startswith("#"):
            out += t[1:]
        elif t.isdigit():
            out += chr(96 + int(t))
        else:
            out += t
    return out


def _qwerty(run):
    rows = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")
    out = ""
    for c in run:
        lo = c.lower()
        hit = [r for r in rows if lo in r]
        if hit:
            r = hit[0]
            p = r[(r.index(lo) - 1) % len(r)]
            out += p.upper() if c != lo else p
        else:
            out += c
    return out


def _bacon(run):
    return "".join(chr(int(g.replace("a", "0").replace("b", "1"), 2)) for g in run.split(" "))


def _nums(run, sep, suffix, f):
    out = ""
    for t in run.split(sep):
        if suffix:
            assert t.endswith(suffix)
            t = t[: -len(suffix)]
        out += chr(f(t))
    return out


def _cogs(run):
    bs = []
    for t in run.split(" "):
        a, b = t.split("-")
        bs.append((int(a) - 11) * 16 + (int(b) - 11))
    return bytes(bs).decode("utf-8")


def _laps(run):
    out = ""
    for t in run.split(", "):
        m, s = t.split(":")
        out += chr(int(m) * 60 + int(s) - 60)
    return out


def decode(name, run):
    if name == "vigenere_key_derailleur":
        return _vig(run)
    if name == "rail_fence_three_rails":
        return _rails(run)
    if name == "odd_even_position_split":
        return _oddeven(run)
    if name == "adjacent_pair_swap":
        return _swap(run)
    if name == "braille_pattern_bytes":
        return _braille(run)
    if name == "mathematical_monospace_alphanumerics":
        return _mono(run)
    if name == "circled_enclosed_alphanumerics":
        return _circled(run)
    if name == "combining_acute_overlay":
        return _acute(run)
    if name == "zero_width_space_interleave":
        return _zw(run)
    if name == "unicode_u_plus_hex_notation":
        return _uplus(run)
    if name == "eastern_arabic_digit_code_points":
        return _eastarab(run)
    if name == "mayan_numeral_code_points":
        return _mayan(run)
    if name == "german_classic_spelling_table":
        return _german(run)
    if name == "a1z26_letter_position_numbers":
        return _a1z26(run)
    if name == "qwerty_row_shift_right":
        return _qwerty(run)
    if name == "baconian_seven_bit_ab_groups":
        return _bacon(run)
    if name == "spoke_length_millimetres":
        return _nums(run, ", ", "", lambda t: int(t) - 190)
    if name == "tyre_pressure_psi_log":
        return _nums(run, " ", "psi", lambda t: int(t) - 10)
    if name == "track_lap_split_times":
        return _laps(run)
    if name == "heart_rate_bpm_samples":
        return _nums(run, " ", "bpm", lambda t: int(t) - 40)
    if name == "cassette_cog_teeth_pairs":
        return _cogs(run)
    if name == "power_meter_watts_triple":
        return _nums(run, " ", "W", lambda t: int(t) // 3 if int(t) % 3 == 0 else -1)
    raise KeyError(name)
