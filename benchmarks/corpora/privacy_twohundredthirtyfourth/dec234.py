"""Independent evasion decoders (p234).

Written separately from enc234.py: imports nothing from it and no base64, binascii, codecs or
unicodedata; every table is retyped here. decode(name, run) -> plain, or raises ValueError.
"""
import re

_ROWS = ["ABCDEFGH", "IJKLMNOP", "QRSTUVWX", "YZabcdef", "ghijklmn", "opqrstuv", "wxyz0123", "456789_.", "-"]
_ZB = "ybndrfg8ejkmcpqxot1uwisza345h769"
_B45 = "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + " $%*+-./:"
_EO = {"unu": 1, "du": 2, "tri": 3, "kvar": 4, "kvin": 5, "ses": 6, "sep": 7, "ok": 8, "naŭ": 9}
_ET = {"üks": 1, "kaks": 2, "kolm": 3, "neli": 4, "viis": 5, "kuus": 6, "seitse": 7, "kaheksa": 8, "üheksa": 9}
# upside-down look-alike -> original character (retyped by code point)
_UNFLIP = {
    0x0250: "a", ord("q"): "b", 0x0254: "c", ord("p"): "d", 0x01DD: "e", 0x025F: "f", 0x0183: "g", 0x0265: "h",
    0x1D09: "i", 0x027E: "j", 0x029E: "k", 0xA781: "l", 0x026F: "m", ord("u"): "n", ord("o"): "o", ord("d"): "p",
    ord("b"): "q", 0x0279: "r", ord("s"): "s", 0x0287: "t", ord("n"): "u", 0x028C: "v", 0x028D: "w", ord("x"): "x",
    0x028E: "y", ord("z"): "z",
    0x2200: "A", 0xA4ED: "B", 0x0186: "C", 0xA4F7: "D", 0x018E: "E", 0x2132: "F", 0x2141: "G", ord("H"): "H",
    ord("I"): "I", 0x017F: "J", 0xA4D8: "K", 0x02E5: "L", ord("W"): "M", ord("N"): "N", ord("O"): "O",
    0x0500: "P", 0x038C: "Q", 0xA4E4: "R", ord("S"): "S", 0x22A5: "T", 0x2229: "U", 0x039B: "V", ord("M"): "W",
    ord("X"): "X", 0x2144: "Y", ord("Z"): "Z",
    ord("0"): "0", 0x0196: "1", 0x1105: "2", 0x0190: "3", 0x3123: "4", 0x03DB: "5", ord("9"): "6", 0x3125: "7",
    ord("8"): "8", ord("6"): "9", 0x203E: "_", 0x02D9: ".", ord("-"): "-",
}


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _from_bits(bits, group):
    """bits string -> bytes; the trailing partial byte must be all zero padding."""
    whole = len(bits) // 8 * 8
    if bits[whole:].strip("0"):
        raise ValueError("non-zero padding bits")
    if len(bits) - whole >= group:
        raise ValueError("too much padding")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, whole, 8))


def _vig(run):
    key = "RINSECYCLE"
    out = []
    for i, c in enumerate(run):
        k = ord(key[i % 10]) - ord("A")
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") - k) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") - k) % 26 + ord("A")))
        elif "0" <= c <= "9":
            out.append(chr((ord(c) - ord("0") - k) % 10 + ord("0")))
        else:
            out.append(c)
    return "".join(out)


def _atbash(run):
    out = []
    for c in run:
        if "a" <= c <= "z":
            out.append(chr(ord("z") - (ord(c) - ord("a"))))
        elif "A" <= c <= "Z":
            out.append(chr(ord("Z") - (ord(c) - ord("A"))))
        elif "0" <= c <= "9":
            out.append(chr(ord("9") - (ord(c) - ord("0"))))
        else:
            out.append(c)
    return "".join(out)


def _rail(run):
    n = len(run)
    rail_of = [(0, 1, 2, 1)[i % 4] for i in range(n)]
    counts = [rail_of.count(r) for r in range(3)]
    pieces, pos = [], 0
    for r in range(3):
        pieces.append(list(run[pos:pos + counts[r]]))
        pos += counts[r]
    out = []
    for r in rail_of:
        out.append(pieces[r].pop(0))
    return "".join(out)


def _polybius(run):
    out = []
    for tok in run.split(" "):
        if not re.fullmatch(r"[1-9][1-8]", tok):
            raise ValueError(tok)
        row = _ROWS[int(tok[0]) - 1]
        col = int(tok[1]) - 1
        if col >= len(row):
            raise ValueError(tok)
        out.append(row[col])
    return "".join(out)


def _a85(run):
    if not (run.startswith("<~") and run.endswith("~>")):
        raise ValueError("frame")
    body = run[2:-2]
    out = []
    i = 0
    while i < len(body):
        if body[i] == "z":
            out.extend([0, 0, 0, 0])
            i += 1
            continue
        grp = body[i:i + 5]
        i += 5
        pad = 5 - len(grp)
        grp = grp + "u" * pad
        n = 0
        for ch in grp:
            v = ord(ch) - 33
            if not 0 <= v < 85:
                raise ValueError(ch)
            n = n * 85 + v
        b = [(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255]
        out.extend(b[:4 - pad])
    return _utf8(out)


def _b45(run):
    out = []
    i = 0
    while i < len(run):
        grp = run[i:i + 3]
        i += 3
        vals = [_B45.index(ch) for ch in grp]
        if len(vals) == 3:
            n = vals[0] + vals[1] * 45 + vals[2] * 45 * 45
            if n > 65535:
                raise ValueError("b45")
            out.extend([n // 256, n % 256])
        elif len(vals) == 2:
            n = vals[0] + vals[1] * 45
            if n > 255:
                raise ValueError("b45")
            out.append(n)
        else:
            raise ValueError("b45 length")
    return _utf8(out)


def _zb32(run):
    bits = "".join(format(_ZB.index(ch), "05b") for ch in run)
    return _utf8(_from_bits(bits, 5))


def _uu(run):
    n = (ord(run[0]) - 32) & 63
    body = run[1:]
    if len(body) % 4:
        raise ValueError("uu length")
    out = []
    for i in range(0, len(body), 4):
        v = [(ord(ch) - 32) & 63 for ch in body[i:i + 4]]
        out.extend([(v[0] << 2) | (v[1] >> 4), ((v[1] & 15) << 4) | (v[2] >> 2), ((v[2] & 3) << 6) | v[3]])
    if len(out) < n or len(out) - n > 2:
        raise ValueError("uu count")
    return _utf8(out[:n])


def _osmanya(run):
    out = []
    for tok in run.split(" "):
        digits = ""
        for ch in tok:
            d = ord(ch) - 0x104A0
            if not 0 <= d <= 9:
                raise ValueError(ch)
            digits += chr(ord("0") + d)
        out.append(chr(int(digits)))
    return "".join(out)


def _ternary(run):
    out = []
    for tok in run.split(" "):
        if not re.fullmatch(r"[012]{5}", tok):
            raise ValueError(tok)
        n = 0
        for ch in tok:
            n = n * 3 + int(ch)
        out.append(chr(n))
    return "".join(out)


def _eo_word(w):
    if w == "cent":
        return 100
    if w == "dek":
        return 10
    if w.endswith("dek"):
        return _EO[w[:-3]] * 10
    return _EO[w]


def _esperanto(run):
    return "".join(chr(sum(_eo_word(w) for w in grp.split(" "))) for grp in run.split(", "))


def _et_word(w):
    if w == "sada":
        return 100
    if w == "kümme":
        return 10
    if w.endswith("kümmend"):
        return _ET[w[:-len("kümmend")]] * 10
    if w.endswith("teist"):
        return 10 + _ET[w[:-len("teist")]]
    return _ET[w]


def _estonian(run):
    return "".join(chr(sum(_et_word(w) for w in grp.split(" "))) for grp in run.split(", "))


def _unflip(run):
    return "".join(_UNFLIP[ord(ch)] for ch in reversed(run))


def _xor(run):
    key = [ord(c) for c in "spin-cycle"]
    if not re.fullmatch(r"(?:[0-9a-f]{2})+", run):
        raise ValueError("hex")
    bs = [int(run[i:i + 2], 16) for i in range(0, len(run), 2)]
    return _utf8([b ^ key[i % len(key)] for i, b in enumerate(bs)])


def _nibble(run):
    out = []
    for tok in run.split(" "):
        if not re.fullmatch(r"[0-9A-F]{2}", tok):
            raise ValueError(tok)
        out.append(int(tok[1] + tok[0], 16))
    return _utf8(out)


def _gray(run):
    out = []
    for tok in run.split(" "):
        if not re.fullmatch(r"[01]{8}", tok):
            raise ValueError(tok)
        g = int(tok, 2)
        b = g
        shift = g >> 1
        while shift:
            b ^= shift
            shift >>= 1
        out.append(b)
    return _utf8(out)


def _zeck(run):
    weights = [89, 55, 34, 21, 13, 8, 5, 3, 2, 1]
    out = []
    for tok in run.split(" "):
        if not re.fullmatch(r"[01]{10}", tok) or "11" in tok:
            raise ValueError(tok)
        out.append(chr(sum(w for w, b in zip(weights, tok) if b == "1")))
    return "".join(out)


def _chess(run):
    bits = ""
    for tok in run.split(" "):
        if not re.fullmatch(r"[a-h][1-8]", tok):
            raise ValueError(tok)
        v = "abcdefgh".index(tok[0]) + (int(tok[1]) - 1) * 8
        bits += format(v, "06b")
    return _utf8(_from_bits(bits, 6))


def _stroke(run):
    if len(run) % 2:
        raise ValueError("odd")
    out = []
    for i in range(0, len(run), 2):
        if run[i + 1] != "\u0336":
            raise ValueError("overlay")
        out.append(run[i])
    return "".join(out)


def _glagolitic(run):
    out = []
    for ch in run:
        cp = ord(ch)
        if 0x2C30 <= cp < 0x2C30 + 26:
            out.append(chr(ord("a") + cp - 0x2C30))
        elif 0x2C30 + 26 <= cp < 0x2C30 + 36:
            out.append(chr(ord("0") + cp - 0x2C30 - 26))
        elif 0x2C00 <= cp < 0x2C00 + 26:
            out.append(chr(ord("A") + cp - 0x2C00))
        elif ch in "_.-":
            out.append(ch)
        else:
            raise ValueError(ch)
    return "".join(out)


def _takings(run):
    out = []
    for item in run.split("; "):
        m = re.fullmatch(r"[WD][0-9]{2} £([0-9]+)\.([0-9]{2})", item)
        if not m:
            raise ValueError(item)
        pence = int(m.group(1)) * 100 + int(m.group(2))
        if pence % 5:
            raise ValueError(item)
        out.append(chr(pence // 5))
    return "".join(out)


def _spin(run):
    out = []
    for item in run.split("; "):
        m = re.fullmatch(r"P[0-9] ([0-9]+) rpm", item)
        if not m or int(m.group(1)) % 10:
            raise ValueError(item)
        out.append(chr(int(m.group(1)) // 10))
    return "".join(out)


_DECODERS = {
    "vigenere_rinse_keyword": _vig,
    "atbash_with_digit_complement": _atbash,
    "rail_fence_three_rails": _rail,
    "polybius_nine_by_eight_grid": _polybius,
    "ascii85_adobe_frame": _a85,
    "base45_qr_alphabet": _b45,
    "z_base32_human_alphabet": _zb32,
    "uuencode_single_line": _uu,
    "osmanya_digit_code_points": _osmanya,
    "ternary_five_trit_code_points": _ternary,
    "esperanto_number_words": _esperanto,
    "estonian_number_words": _estonian,
    "upside_down_reversed_text": _unflip,
    "repeating_key_xor_hex": _xor,
    "nibble_swapped_hex_bytes": _nibble,
    "gray_code_eight_bit_groups": _gray,
    "zeckendorf_fibonacci_bits": _zeck,
    "chess_square_sextets": _chess,
    "combining_long_stroke_overlay": _stroke,
    "glagolitic_letter_substitution": _glagolitic,
    "machine_takings_five_pence_units": _takings,
    "spin_speed_rpm_tenths": _spin,
}


def decode(name, run):
    return _DECODERS[name](run)
