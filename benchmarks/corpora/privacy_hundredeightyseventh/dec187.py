"""Independent decoders for the p187 evasions: they get only the encoding name and the run.
Nothing is imported from enc187, and no base64, binascii or codecs."""
import re
import unicodedata

_ROMAN_V = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_MORSE_TEXT = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- p .--.
q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 .....
6 -.... 7 --... 8 ---.. 9 ----. - -....- _ ..--.- . .-.-.-"""
_MORSE = {}
_parts = _MORSE_TEXT.split()
for _i in range(0, len(_parts), 2):
    _MORSE[_parts[_i + 1]] = _parts[_i]
# braille cell bit patterns (bit0 = dot 1 … bit5 = dot 6), typed again from the dot numbers
_BR_LETTERS = "a1 b12 c14 d145 e15 f124 g1245 h125 i24 j245 k13 l123 m134 n1345 o135 p1234 q12345 r1235 s234 t2345 u136 v1236 w2456 x1346 y13456 z1356"
_BR = {}
for _t in _BR_LETTERS.split():
    _v = 0
    for _d in _t[1:]:
        _v |= 1 << (int(_d) - 1)
    _BR[chr(0x2800 + _v)] = _t[0]
_CAP, _NUM = chr(0x2800 | 32), chr(0x2800 | 4 | 8 | 16 | 32)
_HYPH, _UNDPRE, _STOP = chr(0x2800 | 4 | 32), chr(0x2800 | 8 | 32), chr(0x2800 | 2 | 16 | 32)
_SV = "adam bertil cesar david erik filip gustav helge ivar johan kalle ludvig martin niklas olof petter qvintus rudolf sigurd tore urban viktor wilhelm xerxes yngve zäta".split()
_SV_D = "noll ett två tre fyra fem sex sju åtta nio".split()
_SV_P = {"bindestreck": "-", "understreck": "_", "punkt": "."}
_KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_EBCDIC = {}
for _base, _letters in ((0x81, "abcdefghi"), (0x91, "jklmnopqr"), (0xA2, "stuvwxyz"),
                        (0xC1, "ABCDEFGHI"), (0xD1, "JKLMNOPQR"), (0xE2, "STUVWXYZ"), (0xF0, "0123456789")):
    for _k, _ch in enumerate(_letters):
        _EBCDIC[_base + _k] = _ch
_EBCDIC.update({0x60: "-", 0x6D: "_", 0x4B: "."})


def _roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_V[ch]
        if i + 1 < len(s) and _ROMAN_V[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _bal3(s):
    n = 0
    for ch in s:
        n = n * 3 + {"+": 1, "0": 0, "-": -1}[ch]
    return n


def _rail(run):
    n = len(run)
    pattern, r, d = [], 0, 1
    for _ in range(n):
        pattern.append(r)
        if r == 0:
            d = 1
        elif r == 2:
            d = -1
        r += d
    idx = sorted(range(n), key=lambda i: (pattern[i], i))
    out = [""] * n
    for ch, i in zip(run, idx):
        out[i] = ch
    return "".join(out)


def _columnar(run):
    groups = run.split(" ")
    key = "DONATE"
    order = sorted(range(6), key=lambda i: key[i])
    cols = [None] * 6
    for g, i in zip(groups, order):
        cols[i] = g
    out = []
    for row in range(max(len(c) for c in cols)):
        for c in cols:
            if row < len(c):
                out.append(c[row])
    return "".join(out)


def _braille(run):
    out, i = [], 0
    while i < len(run):
        ch = run[i]
        if ch == _CAP:
            out.append(_BR[run[i + 1]].upper())
            i += 2
        elif ch == _NUM:
            out.append(str(("abcdefghij".index(_BR[run[i + 1]]) + 1) % 10))
            i += 2
        elif ch == _UNDPRE:
            assert run[i + 1] == _HYPH
            out.append("_")
            i += 2
        elif ch == _HYPH:
            out.append("-")
            i += 1
        elif ch == _STOP:
            out.append(".")
            i += 1
        else:
            out.append(_BR[ch])
            i += 1
    return "".join(out)


def _multitap(tok):
    if tok.startswith("#"):
        return tok[1]
    if set(tok) == {"1"}:
        return {1: ".", 2: "-", 3: "_"}[len(tok)]
    cap = tok.startswith("*")
    t = tok.lstrip("*")
    assert len(set(t)) == 1
    ch = _KEYS[t[0]][len(t) - 1]
    return ch.upper() if cap else ch


def _base58(run):
    n = 0
    for ch in run:
        n = n * 58 + _B58.index(ch)
    lead = len(run) - len(run.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return (b"\0" * lead + body).decode()


def _base45(run):
    out = bytearray()
    for i in range(0, len(run), 3):
        chunk = run[i:i + 3]
        vals = [_B45.index(c) for c in chunk]
        if len(vals) == 3:
            n = vals[0] + vals[1] * 45 + vals[2] * 2025
            out += bytes([n // 256, n % 256])
        else:
            out.append(vals[0] + vals[1] * 45)
    return out.decode()


def decode(name, run):
    if name == "rot47_printable_rotation":
        return "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in run)
    if name == "rail_fence_three_rails":
        return _rail(run)
    if name == "columnar_transposition_key_donate":
        return _columnar(run)
    if name == "reversed_character_order":
        return run[::-1]
    if name == "acrostic_word_initials":
        return "".join(w[0] for w in run.split(" "))
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(t)) for t in run.split(" "))
    if name == "balanced_ternary_code_points":
        return "".join(chr(_bal3(t)) for t in run.split(" "))
    if name == "thai_digit_code_points":
        return "".join(chr(int("".join(str(ord(d) - 0x0E50) for d in t))) for t in run.split(" "))
    if name == "morse_code_caret_capitals":
        out = []
        for t in run.split(" "):
            ch = _MORSE[t.lstrip("^")]
            out.append(ch.upper() if t.startswith("^") else ch)
        return "".join(out)
    if name == "braille_unicode_cells":
        return _braille(run)
    if name == "fullwidth_ascii_forms":
        return unicodedata.normalize("NFKC", run)
    if name == "swedish_radio_alphabet_spelling":
        out = []
        for w in run.split(" "):
            if w in _SV_P:
                out.append(_SV_P[w])
            elif w in _SV_D:
                out.append(str(_SV_D.index(w)))
            elif w.lower() in _SV:
                ch = chr(97 + _SV.index(w.lower()))
                out.append(ch.upper() if w.isupper() else ch)
            else:
                raise ValueError(w)
        return "".join(out)
    if name == "phone_keypad_multitap":
        return "".join(_multitap(t) for t in run.split(" "))
    if name == "base58_bitcoin_alphabet":
        return _base58(run)
    if name == "base45_qr_alphabet":
        return _base45(run)
    if name == "ebcdic_cp037_hex_bytes":
        return "".join(_EBCDIC[int(t, 16)] for t in run.split(" "))
    if name == "charity_price_label_pounds":
        out = []
        for m in re.finditer(r"£(\d+)\.(\d)9", run):
            out.append(chr(int(m.group(1)) * 10 + int(m.group(2))))
        return "".join(out)
    if name == "textile_weighbridge_net_kilograms":
        return "".join(chr(int(m.group(1)) // 10) for m in re.finditer(r"net (\d+) kg", run))
    if name == "collection_route_stop_times":
        return "".join(chr(int(h) * 60 + int(m) - 360) for h, m in re.findall(r"(\d\d):(\d\d)", run))
    if name == "volunteer_hours_logged":
        return "".join(chr(int(h) * 60 + int(m)) for h, m in re.findall(r"(\d+)h(\d\d)", run))
    if name == "dewey_shelf_marks":
        return "".join(chr(int(m)) for m in re.findall(r"(\d{3})\.\d [A-Z]{3}", run))
    if name == "gift_aid_claim_lines":
        out = []
        for dp, dq, gp, gq in re.findall(r"£(\d+)\.(\d\d) → GA £(\d+)\.(\d\d)", run):
            ga = int(gp) * 100 + int(gq)
            if int(dp) * 100 + int(dq) != 4 * ga:
                raise ValueError("gift aid line is not a quarter of its donation")
            out.append(chr(ga))
        return "".join(out)
    raise KeyError(name)
