"""Independent decoders for the p235 evasions.

Written separately from enc235: imports nothing from it and no base64 / binascii /
codecs / unicodedata; every table is retyped here.
"""
import re

_EO = {"unu": 1, "du": 2, "tri": 3, "kvar": 4, "kvin": 5, "ses": 6, "sep": 7, "ok": 8, "naŭ": 9}
_ET = {"üks": 1, "kaks": 2, "kolm": 3, "neli": 4, "viis": 5, "kuus": 6, "seitse": 7, "kaheksa": 8, "üheksa": 9}


def _eo_word(w):
    if w == "cent":
        return 100
    if w == "dek":
        return 10
    if w.endswith("dek") and w[:-3] in _EO:
        return _EO[w[:-3]] * 10
    if w.endswith("cent") and w[:-4] in _EO:
        return _EO[w[:-4]] * 100
    return _EO[w]


def _et_word(w):
    if w == "sada":
        return 100
    if w == "kümme":
        return 10
    if w.endswith("kümmend"):
        return _ET[w[:-7]] * 10
    if w.endswith("teist"):
        return _ET[w[:-5]] + 10
    return _ET[w]


def _grid():
    s = ""
    for a, z in (("A", "Z"), ("a", "z"), ("0", "9")):
        s += "".join(chr(c) for c in range(ord(a), ord(z) + 1))
    return s + "_.-"


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _b45_dec(s):
    alpha = "0123456789" + "".join(chr(c) for c in range(65, 91)) + " $%*+-./:"
    vals = [alpha.index(c) for c in s]
    out = []
    i = 0
    while i < len(vals):
        chunk = vals[i:i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 2025
            if n > 0xFFFF:
                raise ValueError("base45 overflow")
            out += [n >> 8, n & 255]
        elif len(chunk) == 2:
            n = chunk[0] + chunk[1] * 45
            if n > 255:
                raise ValueError("base45 overflow")
            out.append(n)
        else:
            raise ValueError("base45 length")
        i += 3
    return _utf8(out)


def _uu_table():
    return "`" + "".join(chr(c) for c in range(33, 96))


def _xx_table():
    return "+-" + "".join(chr(c) for c in range(48, 58)) + "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123))


def _uu_dec(s, table):
    n = table.index(s[0])
    body = s[1:]
    if len(body) % 4:
        raise ValueError("group length")
    out = []
    for i in range(0, len(body), 4):
        v = 0
        for c in body[i:i + 4]:
            v = v * 64 + table.index(c)
        out += [v >> 16, (v >> 8) & 255, v & 255]
    if len(out) - n >= 3 or len(out) < n:
        raise ValueError("count")
    return _utf8(out[:n])


def _z85_dec(s):
    alpha = ("0123456789" + "".join(chr(c) for c in range(97, 123)) + "".join(chr(c) for c in range(65, 91))
             + ".-:+=^!/*?&<>()[]{}@%$#")
    if len(s) % 5:
        raise ValueError("z85 length")
    out = []
    for i in range(0, len(s), 5):
        v = 0
        for c in s[i:i + 5]:
            v = v * 85 + alpha.index(c)
        out += [(v >> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255]
    while out and out[-1] == 0:
        out.pop()
    return _utf8(out)


_UNFLIP_PAIRS = ("ɐa qb ɔc pd ǝe ɟf ƃg ɥh ᴉi ɾj ʞk ll ɯm un oo dp bq ɹr ss ʇt nu ʌv ʍw xx ʎy zz "
                 "∀A ꓭB ƆC ᗡD ƎE ℲF ⅁G HH II ſJ ꓘK ˥L WM NN OO ԀP ꝹQ ꓤR SS ⊥T ∩U ΛV MW XX ⅄Y ZZ "
                 "00 Ɩ1 ᄅ2 Ɛ3 ㄣ4 ϛ5 96 ㄥ7 88 69 ‾_ ˙. --")


def _unflip_table():
    t = {}
    for pair in _UNFLIP_PAIRS.split():
        t[pair[0]] = pair[1]
    return t


_FIBS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]


def decode(name, run):
    if name == "esperanto_number_words":
        return "".join(chr(sum(_eo_word(w) for w in grp.split())) for grp in run.split(", "))
    if name == "estonian_number_words":
        return "".join(chr(sum(_et_word(w) for w in grp.split())) for grp in run.split(", "))
    if name == "polybius_grid_row_column":
        g = _grid()
        out = []
        for p in run.split(" "):
            if not re.fullmatch(r"[0-6][0-9]", p):
                raise ValueError("bad pair")
            out.append(g[int(p[0]) * 10 + int(p[1])])
        return "".join(out)
    if name == "atbash_alphanumeric_mirror":
        out = []
        for c in run:
            if "a" <= c <= "z":
                out.append(chr(219 - ord(c)))
            elif "A" <= c <= "Z":
                out.append(chr(155 - ord(c)))
            elif "0" <= c <= "9":
                out.append(chr(105 - ord(c)))
            else:
                out.append(c)
        return "".join(out)
    if name == "baconian_ab_bytes":
        out = []
        for grp in run.split(" "):
            if not re.fullmatch(r"[ab]{8}", grp):
                raise ValueError("bad group")
            out.append(int(grp.replace("a", "0").replace("b", "1"), 2))
        return _utf8(out)
    if name == "base45_rfc9285":
        return _b45_dec(run)
    if name == "uuencode_single_line":
        return _uu_dec(run, _uu_table())
    if name == "xxencode_single_line":
        return _uu_dec(run, _xx_table())
    if name == "z85_zeromq_padded":
        return _z85_dec(run)
    if name == "variation_selector_wave_smuggle":
        if not run.startswith("\U0001F30A"):
            raise ValueError("no carrier")
        out = []
        for c in run[1:]:
            o = ord(c)
            if 0xFE00 <= o <= 0xFE0F:
                out.append(o - 0xFE00)
            elif 0xE0100 <= o <= 0xE01EF:
                out.append(o - 0xE0100 + 16)
            else:
                raise ValueError("not a selector")
        return _utf8(out)
    if name == "upside_down_flip_text":
        t = _unflip_table()
        return "".join(t[c] for c in reversed(run))
    if name == "combining_long_stroke_overlay":
        if len(run) % 2 or any(run[i] != "\u0336" for i in range(1, len(run), 2)):
            raise ValueError("stroke layout")
        return run[0::2]
    if name == "xor_key_5a_hex_bytes":
        if not re.fullmatch(r"(?:[0-9a-f]{2})+", run):
            raise ValueError("hex")
        return _utf8([int(run[i:i + 2], 16) ^ 90 for i in range(0, len(run), 2)])
    if name == "zeckendorf_fibonacci_bits":
        out = []
        for grp in run.split(" "):
            if "11" in grp or not re.fullmatch(r"1[01]*", grp):
                raise ValueError("not zeckendorf")
            bits = grp[::-1]
            out.append(chr(sum(_FIBS[i] for i, b in enumerate(bits) if b == "1")))
        return "".join(out)
    if name == "power_of_two_sums":
        out = []
        for grp in run.split(", "):
            terms = [int(x) for x in grp.split("+")]
            if any(t & (t - 1) for t in terms) or len(set(terms)) != len(terms):
                raise ValueError("not powers of two")
            out.append(chr(sum(terms)))
        return "".join(out)
    if name == "ones_complement_decimal_bytes":
        return _utf8([255 - int(x) for x in run.split(" ")])
    if name == "shuffled_position_tagged_chars":
        pairs = []
        for tok in run.split(" "):
            pos, ch = tok.split(":", 1)
            pairs.append((int(pos), ch))
        pairs.sort()
        if [p for p, _ in pairs] != list(range(1, len(pairs) + 1)):
            raise ValueError("positions")
        return "".join(ch for _, ch in pairs)
    if name == "mac_address_byte_groups":
        out = []
        for mac in run.split(", "):
            if not re.fullmatch(r"[0-9A-F]{2}(?::[0-9A-F]{2}){5}", mac):
                raise ValueError("mac")
            out += [int(x, 16) for x in mac.split(":")]
        while out and out[-1] == 0:
            out.pop()
        return _utf8(out)
    if name == "surfboard_volume_litres":
        vols = re.findall(r"(\d+)\.(\d) L", run)
        return "".join(chr(int(a) * 10 + int(b) - 200) for a, b in vols)
    if name == "board_length_feet_inches":
        lens = re.findall(r"(\d+)'(\d+)\"", run)
        return "".join(chr(int(f) * 12 + int(i) - 20) for f, i in lens)
    if name == "buoy_swell_period_tenths":
        per = re.findall(r"@ (\d+)\.(\d) s", run)
        return "".join(chr(int(a) * 10 + int(b)) for a, b in per)
    if name == "tide_height_centimetres":
        hs = re.findall(r"\d\d:\d\d (\d+) cm", run)
        return "".join(chr(int(h) - 30) for h in hs)
    raise KeyError(name)
