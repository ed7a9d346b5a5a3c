"""Independent decoders for the p172 evasion notations.

Written separately from enc172.py: nothing is imported from it, no base64 / binascii / codecs are used,
and every table here is rebuilt in a different way.
"""
import re
import string


def _b91_table():
    tail = "!#$%&()*+,./:;<=>?@[]^_`{|}~" + chr(34)
    alpha = string.ascii_uppercase + string.ascii_lowercase + string.digits + tail
    return {ch: i for i, ch in enumerate(alpha)}


def _from_b91(run):
    tab = _b91_table()
    v = -1
    b = n = 0
    out = bytearray()
    for ch in run:
        c = tab[ch]
        if v < 0:
            v = c
            continue
        v += c * 91
        b |= v << n
        n += 13 if (v & 8191) > 88 else 14
        while True:
            out.append(b & 255)
            b >>= 8
            n -= 8
            if n <= 7:
                break
        v = -1
    if v != -1:
        out.append((b | v << n) & 255)
    return bytes(out)


def _from_uu(run):
    def val(ch):
        return (ord(ch) - 32) & 63
    length = val(run[0])
    body = run[1:]
    out = bytearray()
    for i in range(0, len(body), 4):
        q = [val(ch) for ch in body[i:i + 4]]
        while len(q) < 4:
            q.append(0)
        x = (q[0] << 18) | (q[1] << 12) | (q[2] << 6) | q[3]
        out += bytes([(x >> 16) & 255, (x >> 8) & 255, x & 255])
    return bytes(out[:length])


def _from_b62(run):
    order = string.digits + string.ascii_uppercase + string.ascii_lowercase
    n = 0
    for ch in run:
        n = n * 62 + order.index(ch)
    size = (n.bit_length() + 7) // 8
    return n.to_bytes(size, "big")


def _from_rot47(run):
    return "".join(chr((ord(c) - 33 - 47) % 94 + 33) if "!" <= c <= "~" else c for c in run)


def _from_vig(run):
    key = [ord(x) - ord("A") for x in "clutch".upper()]
    res, k = [], 0
    for c in run:
        if c in string.ascii_letters:
            a = ord("a") if c.islower() else ord("A")
            res.append(chr(a + (ord(c) - a - key[k % 6]) % 26))
            k += 1
        else:
            res.append(c)
    return "".join(res)


def _from_rail(run):
    n = len(run)
    pattern = []
    r, d = 0, 1
    for _ in range(n):
        pattern.append(r)
        if r + d < 0 or r + d > 2:
            d = -d
        r += d
    order = sorted(range(n), key=lambda i: (pattern[i], i))
    res = [""] * n
    for src, pos in enumerate(order):
        res[pos] = run[src]
    return "".join(res)


def _from_cols(run):
    cols = run.split(" ")
    rows = len(cols[0])
    text = "".join(cols[c][r] for r in range(rows) for c in range(len(cols)))
    return text.rstrip("*")


def _from_morse(run):
    table = {}
    letters = ("a.- b-... c-.-. d-.. e. f..-. g--. h.... i.. j.--- k-.- l.-.. m-- n-. o--- p.--. q--.- r.-. "
               "s... t- u..- v...- w.-- x-..- y-.-- z--..").split()
    for item in letters:
        table[item[1:]] = item[0]
    for d in range(10):
        code = "." * d + "-" * (5 - d) if d <= 5 else "-" * (d - 5) + "." * (10 - d)
        if d == 0:
            code = "-----"
        table[code] = str(d)
    table["-....-"] = "-"
    table["..--.-"] = "_"
    table[".-.-.-"] = "."
    out = []
    for tok in run.split(" "):
        if tok.startswith("^"):
            out.append(table[tok[1:]].upper())
        else:
            out.append(table[tok])
    return "".join(out)


def _from_road(run):
    digits = {w: str(i) for i, w in enumerate("nought one two three four five six seven eight nine".split())}
    syms = {"dash": "-", "underscore": "_", "dot": "."}
    out = []
    for w in run.split(" "):
        if w in digits:
            out.append(digits[w])
        elif w in syms:
            out.append(syms[w])
        elif w.isupper():
            out.append(w[0])
        else:
            out.append(w[0])
    return "".join(out)


def _roman_value(tok):
    v = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(tok):
        if i + 1 < len(tok) and v[ch] < v[tok[i + 1]]:
            total -= v[ch]
        else:
            total += v[ch]
    return total


def _from_trits(run):
    return bytes(int(g, 3) for g in run.split(" "))


def _from_circled(run):
    out = []
    for c in run:
        o = ord(c)
        if 0x24B6 <= o <= 0x24CF:
            out.append(string.ascii_uppercase[o - 0x24B6])
        elif 0x24D0 <= o <= 0x24E9:
            out.append(string.ascii_lowercase[o - 0x24D0])
        elif o == 0x24EA:
            out.append("0")
        elif 0x2460 <= o <= 0x2468:
            out.append(str(o - 0x2460 + 1))
        else:
            out.append(c)
    return "".join(out)


def _from_mono(run):
    out = []
    for c in run:
        o = ord(c)
        if 0x1D670 <= o < 0x1D670 + 26:
            out.append(string.ascii_uppercase[o - 0x1D670])
        elif 0x1D68A <= o < 0x1D68A + 26:
            out.append(string.ascii_lowercase[o - 0x1D68A])
        elif 0x1D7F6 <= o < 0x1D7F6 + 10:
            out.append(string.digits[o - 0x1D7F6])
        else:
            out.append(c)
    return "".join(out)


def _from_nibswap(run):
    return bytes(int(run[i + 1] + run[i], 16) for i in range(0, len(run), 2))


def _from_utf16(run):
    out = []
    for g in run.split(" "):
        lo, hi = int(g[0:2], 16), int(g[2:4], 16)
        out.append(chr(lo | (hi << 8)))
    return "".join(out)


def _from_pct(run):
    return bytes(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", run))


def _from_js(run):
    return "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-f]{4})", run))


def _from_poly(run):
    grid = string.ascii_lowercase + string.digits
    out = []
    for tok in run.split(" "):
        if tok in ("-", "_", "."):
            out.append(tok)
            continue
        cap = tok.startswith("^")
        t = tok.lstrip("^")
        ch = grid[(int(t[0]) - 1) * 6 + int(t[1]) - 1]
        out.append(ch.upper() if cap else ch)
    return "".join(out)


def _from_multitap(run):
    pad = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
    out = []
    for tok in run.split(" "):
        if tok in ("-", "_", "."):
            out.append(tok)
        elif tok.startswith("#"):
            out.append(tok[1])
        else:
            cap = tok.startswith("^")
            t = tok.lstrip("^")
            ch = pad[int(t[0])][len(t) - 1]
            out.append(ch.upper() if cap else ch)
    return "".join(out)


def _from_times(run):
    return "".join(chr(int(h) * 60 + int(m) - 420) for h, m in re.findall(r"(\d\d):(\d\d)", run))


def _from_plates(run):
    return "".join(chr(int(d)) for d in re.findall(r"DW(\d{3}) [A-Z]{3}", run))


def _from_odo(run):
    return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d) km", run))


def decode(name, run):
    if name == "base91_henke_alphabet":
        return _from_b91(run).decode("utf-8")
    if name == "uuencode_single_line":
        return _from_uu(run).decode("utf-8")
    if name == "base62_big_number":
        return _from_b62(run).decode("utf-8")
    if name == "rot47_printable_ascii":
        return _from_rot47(run)
    if name == "vigenere_key_clutch":
        return _from_vig(run)
    if name == "rail_fence_three_rails":
        return _from_rail(run)
    if name == "columns_of_four_read_down":
        return _from_cols(run)
    if name == "morse_code_caret_capitals":
        return _from_morse(run)
    if name == "road_sign_spelling_alphabet":
        return _from_road(run)
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman_value(t)) for t in run.split(" "))
    if name == "ternary_six_trits_per_byte":
        return _from_trits(run).decode("utf-8")
    if name == "circled_letters_and_digits":
        return _from_circled(run)
    if name == "mathematical_monospace_letters":
        return _from_mono(run)
    if name == "nibble_swapped_hex_bytes":
        return _from_nibswap(run).decode("utf-8")
    if name == "utf16le_hex_code_units":
        return _from_utf16(run)
    if name == "percent_encoding_every_byte":
        return _from_pct(run).decode("utf-8")
    if name == "js_unicode_escape_sequences":
        return _from_js(run)
    if name == "polybius_six_by_six_square":
        return _from_poly(run)
    if name == "phone_keypad_multitap":
        return _from_multitap(run)
    if name == "lesson_start_times_after_seven":
        return _from_times(run)
    if name == "licence_plate_number_disguise":
        return _from_plates(run)
    if name == "odometer_trip_tenths_km":
        return _from_odo(run)
    raise KeyError(name)
