"""Independent decoders for the p225 evasion encodings.

Written separately from enc225: imports nothing from it, and no base64 / binascii / codecs.
Every table is retyped here. decode(name, run) returns the plain text or raises ValueError.
"""
import re


def _gurmukhi(run):
    out = []
    for tok in run.split(" "):
        n = 0
        for ch in tok:
            d = ord(ch) - 0x0A66
            if not 0 <= d <= 9:
                raise ValueError("not a Gurmukhi digit")
            n = n * 10 + d
        out.append(chr(n))
    return "".join(out)


_KO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}


def _korean(run):
    out = []
    for tok in run.split(" "):
        total, pending = 0, None
        for ch in tok:
            if ch in _KO:
                if pending is not None:
                    raise ValueError("two digits in a row")
                pending = _KO[ch]
            elif ch == "백":
                total += (pending or 1) * 100
                pending = None
            elif ch == "십":
                total += (pending or 1) * 10
                pending = None
            else:
                raise ValueError("unknown Hangul numeral " + ch)
        total += pending or 0
        out.append(chr(total))
    return "".join(out)


_NO_UNITS = {"en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "åtte": 8, "ni": 9}
_NO_TEENS = {"ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
             "sytten": 17, "atten": 18, "nitten": 19}
_NO_TENS = {"tjue": 20, "tretti": 30, "førti": 40, "femti": 50, "seksti": 60, "sytti": 70, "åtti": 80,
            "nitti": 90}


def _no_word(w):
    if w in _NO_UNITS:
        return _NO_UNITS[w]
    if w in _NO_TEENS:
        return _NO_TEENS[w]
    for tw, tv in _NO_TENS.items():
        if w.startswith(tw):
            rest = w[len(tw):]
            if rest == "":
                return tv
            if rest in _NO_UNITS:
                return tv + _NO_UNITS[rest]
    raise ValueError("unknown Norwegian number " + w)


def _norwegian(run):
    out = []
    for item in run.split(", "):
        item = item.strip()
        if item == "hundre":
            n = 100
        elif item.startswith("hundre og "):
            n = 100 + _no_word(item[len("hundre og "):])
        else:
            n = _no_word(item)
        out.append(chr(n))
    return "".join(out)


_RUNE_LETTERS = "ᚨᛒᚲᛞᛖᚠᚷᚺᛁᛃᚴᛚᛗᚾᛟᛈᛩᚱᛊᛏᚢᚡᚹᛉᚤᛎ"
_LATIN = "abcdefghijklmnopqrstuvwxyz"


def _runic(run):
    out = []
    for tok in run.split(" "):
        cap = tok.startswith("^")
        if cap:
            tok = tok[1:]
        if len(tok) != 1:
            raise ValueError("bad rune token")
        i = _RUNE_LETTERS.find(tok)
        if i >= 0:
            ch = _LATIN[i]
            out.append(ch.upper() if cap else ch)
        elif tok in "0123456789_.-" and not cap:
            out.append(tok)
        else:
            raise ValueError("unknown rune " + tok)
    return "".join(out)


def _rc4_dec(run):
    data = bytes(int(run[i:i + 2], 16) for i in range(0, len(run), 2))
    key = b"horseshoe"
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 0xFF
        s[i], s[j] = s[j], s[i]
    i = j = 0
    res = bytearray()
    for b in data:
        i = (i + 1) & 0xFF
        j = (j + s[i]) & 0xFF
        s[i], s[j] = s[j], s[i]
        res.append(b ^ s[(s[i] + s[j]) & 0xFF])
    return res.decode("utf-8")


_ZB = "ybndrfg8ejkmcpqxot1uwisza345h769"


def _zbase32(run):
    bits = ""
    for ch in run:
        v = _ZB.find(ch)
        if v < 0:
            raise ValueError("not z-base-32")
        bits += format(v, "05b")
    nbytes = len(bits) // 8
    if set(bits[nbytes * 8:]) - {"0"}:
        raise ValueError("non-zero padding bits")
    return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(nbytes)).decode("utf-8")


_B62D = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _base62(run):
    n = 0
    for ch in run:
        v = _B62D.find(ch)
        if v < 0:
            raise ValueError("not base62")
        n = n * 62 + v
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return raw.decode("utf-8")


_MODHEX = "cbdefghijklnrtuv"


def _modhex(run):
    if len(run) % 2:
        raise ValueError("odd modhex length")
    vals = []
    for ch in run:
        v = _MODHEX.find(ch)
        if v < 0:
            raise ValueError("not modhex")
        vals.append(v)
    return bytes(vals[i] * 16 + vals[i + 1] for i in range(0, len(vals), 2)).decode("utf-8")


def _hamming(run):
    words = run.split(" ")
    if len(words) % 2:
        raise ValueError("odd number of codewords")
    nibs = []
    for w in words:
        if len(w) != 7 or set(w) - {"0", "1"}:
            raise ValueError("bad codeword")
        b = [int(x) for x in w]
        p1, p2, d1, p3, d2, d3, d4 = b
        if p1 != d1 ^ d2 ^ d4 or p2 != d1 ^ d3 ^ d4 or p3 != d2 ^ d3 ^ d4:
            raise ValueError("parity error")
        nibs.append(d1 * 8 + d2 * 4 + d3 * 2 + d4)
    return bytes(nibs[i] * 16 + nibs[i + 1] for i in range(0, len(nibs), 2)).decode("utf-8")


def _manchester(run):
    out = bytearray()
    for grp in run.split(" "):
        if len(grp) != 16:
            raise ValueError("bad Manchester group")
        v = 0
        for i in range(0, 16, 2):
            pair = grp[i:i + 2]
            if pair == "01":
                v = v * 2 + 1
            elif pair == "10":
                v = v * 2
            else:
                raise ValueError("invalid Manchester symbol")
        out.append(v)
    return out.decode("utf-8")


def _gamma(run):
    bits = run.replace(" ", "")
    out = []
    i = 0
    while i < len(bits):
        z = 0
        while i < len(bits) and bits[i] == "0":
            z += 1
            i += 1
        chunk = bits[i:i + z + 1]
        if len(chunk) != z + 1:
            raise ValueError("truncated gamma code")
        out.append(chr(int(chunk, 2)))
        i += z + 1
    return "".join(out)


def _isqrt(n):
    x = int(n ** 0.5)
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return x


def _triangular(run):
    out = []
    for tok in run.split(" "):
        t = int(tok)
        r = _isqrt(8 * t + 1)
        if r * r != 8 * t + 1 or (r - 1) % 2:
            raise ValueError("not triangular")
        out.append(chr((r - 1) // 2))
    return "".join(out)


_DTMF_BACK = {"697+1209": "1", "697+1336": "2", "697+1477": "3", "770+1209": "4", "770+1336": "5",
              "770+1477": "6", "852+1209": "7", "852+1336": "8", "852+1477": "9", "941+1336": "0"}


def _dtmf(run):
    return "".join(chr(int("".join(_DTMF_BACK[p] for p in code.strip().split("/")))) for code in run.split("|"))


_BANDS = {"black": 0, "brown": 1, "red": 2, "orange": 3, "yellow": 4, "green": 5, "blue": 6, "violet": 7,
          "grey": 8, "white": 9}


def _resistor(run):
    out = []
    for code in run.split(", "):
        n = 0
        for band in code.split("-"):
            n = n * 10 + _BANDS[band]
        out.append(chr(n))
    return "".join(out)


def _compass(run):
    out = []
    for tok in run.split(" "):
        m = re.fullmatch(r"([NS])(\d+)([EW])", tok)
        if not m:
            raise ValueError("bad bearing")
        a = int(m.group(2))
        q = m.group(1) + m.group(3)
        deg = {"NE": a, "SE": 180 - a, "SW": 180 + a, "NW": 360 - a}[q]
        out.append(chr(deg))
    return "".join(out)


def _hands(run):
    out = []
    for item in run.split("; "):
        m = re.fullmatch(r"[A-Za-z ]+ (\d+)\.([0-3])hh", item)
        if not m:
            raise ValueError("bad height")
        out.append(chr(int(m.group(1)) * 4 + int(m.group(2))))
    return "".join(out)


def _turnout(run):
    out = []
    for item in run.split(", "):
        m = re.fullmatch(r"[A-Za-z ]+ (\d\d):(\d\d)", item)
        if not m:
            raise ValueError("bad time")
        out.append(chr(int(m.group(1)) * 60 + int(m.group(2)) - 360))
    return "".join(out)


def _odometer(run):
    vals = [int(x) for x in run.split(" / ")]
    return "".join(chr(b - a) for a, b in zip(vals, vals[1:]))


def _weeks_days(run):
    out = []
    for item in run.split("; "):
        m = re.fullmatch(r"[A-Za-z ]+ (\d+)w([0-6])d", item)
        if not m:
            raise ValueError("bad interval")
        out.append(chr(int(m.group(1)) * 7 + int(m.group(2))))
    return "".join(out)


def _morton(run):
    codes = []
    for tok in run.split(" "):
        z = int(tok)
        x = y = 0
        for i in range(8):
            x |= ((z >> (2 * i)) & 1) << i
            y |= ((z >> (2 * i + 1)) & 1) << i
        if z >> 16:
            raise ValueError("Morton value too large")
        codes += [x, y]
    if codes and codes[-1] == 0:
        codes.pop()
    return "".join(chr(c) for c in codes)


def _skew(run):
    out = []
    for tok in run.split(" "):
        n = 0
        for k, d in enumerate(reversed(tok)):
            if d not in "012":
                raise ValueError("bad skew digit")
            n += int(d) * (2 ** (k + 1) - 1)
        out.append(chr(n))
    return "".join(out)


def _spiral(run):
    cols = 5
    if len(run) % cols:
        raise ValueError("spiral run is not a full grid")
    rows = len(run) // cols
    order = []
    t, b, l, r = 0, rows - 1, 0, cols - 1
    while t <= b and l <= r:
        order += [t * cols + c for c in range(l, r + 1)]
        order += [rr * cols + r for rr in range(t + 1, b + 1)]
        if t < b:
            order += [b * cols + c for c in range(r - 1, l - 1, -1)]
        if l < r:
            order += [rr * cols + l for rr in range(b - 1, t, -1)]
        t, b, l, r = t + 1, b - 1, l + 1, r - 1
    grid = [""] * (rows * cols)
    for ch, pos in zip(run, order):
        grid[pos] = ch
    return "".join(grid).rstrip("~")


DECODERS = {
    "gurmukhi_digit_code_points": _gurmukhi,
    "korean_sino_hangul_numerals": _korean,
    "norwegian_number_words": _norwegian,
    "runic_letter_transliteration": _runic,
    "rc4_keystream_hex": _rc4_dec,
    "zbase32_human_oriented": _zbase32,
    "base62_big_integer": _base62,
    "yubikey_modhex_bytes": _modhex,
    "hamming_7_4_codewords": _hamming,
    "manchester_line_code_bits": _manchester,
    "elias_gamma_bit_string": _gamma,
    "triangular_number_codes": _triangular,
    "dtmf_tone_frequency_pairs": _dtmf,
    "resistor_colour_band_digits": _resistor,
    "compass_quadrant_bearings": _compass,
    "horse_height_hands_inches": _hands,
    "turnout_clock_times": _turnout,
    "farrier_van_odometer_readings": _odometer,
    "shoeing_interval_weeks_days": _weeks_days,
    "morton_z_order_pairs": _morton,
    "skew_binary_code_points": _skew,
    "spiral_route_transposition": _spiral,
}


def decode(name, run):
    return DECODERS[name](run)
