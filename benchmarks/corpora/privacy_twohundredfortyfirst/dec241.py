"""Decoders for the evasion source. Written separately from enc241: imports nothing from it,
no base64 / binascii / codecs / unicodedata; every table is retyped here."""
import re
import struct

VOW = "aeiouy"
CON = "bcdfghklmnprstvzx"
PQC = "bdfghjklmnprstvz"
PQV = "aiou"
LOOK = {
    0x430: "a", 0x441: "c", 0x435: "e", 0x43E: "o", 0x440: "p", 0x445: "x", 0x443: "y", 0x456: "i", 0x458: "j",
    0x455: "s", 0x4BB: "h", 0x501: "d", 0x51B: "q", 0x51D: "w", 0x3BD: "v", 0x410: "A", 0x412: "B", 0x421: "C",
    0x415: "E", 0x41D: "H", 0x406: "I", 0x408: "J", 0x41A: "K", 0x41C: "M", 0x41E: "O", 0x420: "P", 0x405: "S",
    0x422: "T", 0x425: "X", 0x3A5: "Y", 0x396: "Z", 0x39D: "N"}
IT = {"uno": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
      "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
      "diciassette": 17, "diciotto": 18, "diciannove": 19}
IT_T = {"venti": 20, "vent": 20, "trenta": 30, "trent": 30, "quaranta": 40, "quarant": 40, "cinquanta": 50,
        "cinquant": 50, "sessanta": 60, "sessant": 60, "settanta": 70, "settant": 70, "ottanta": 80, "ottant": 80,
        "novanta": 90, "novant": 90}
TR = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
      "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90,
      "yüz": 100}
NAMES = {"LOW LINE": "_", "FULL STOP": ".", "HYPHEN-MINUS": "-", "DIGIT ZERO": "0", "DIGIT ONE": "1",
         "DIGIT TWO": "2", "DIGIT THREE": "3", "DIGIT FOUR": "4", "DIGIT FIVE": "5", "DIGIT SIX": "6",
         "DIGIT SEVEN": "7", "DIGIT EIGHT": "8", "DIGIT NINE": "9"}


class DecodeError(ValueError):
    pass


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _bubble(run):
    if not (run.startswith("x") and run.endswith("x")):
        raise DecodeError("bubble frame")
    body = run[1:-1]
    s = body.replace("-", "")
    if len(s) % 5 != 3 or body.count("-") != len(s) // 5:
        raise DecodeError("bubble length")
    for k in range(len(s) // 5):
        if body[k * 6 + 4] != "-":
            raise DecodeError("bubble dash")
    out = []
    seed = 1
    k = 0
    while len(s) - k > 3:
        a, b, c, d, e = VOW.index(s[k]), CON.index(s[k + 1]), VOW.index(s[k + 2]), CON.index(s[k + 3]), CON.index(s[k + 4])
        hi = (a - seed % 6) % 6
        lo = (c - seed // 6) % 6
        if hi > 3 or lo > 3 or b > 15 or d > 15 or e > 15:
            raise DecodeError("bubble range")
        b1 = (hi << 6) | (b << 2) | lo
        b2 = (d << 4) | e
        out += [b1, b2]
        seed = (seed * 5 + b1 * 7 + b2) % 36
        k += 5
    g = s[k:]
    if g[1] == "x":
        if VOW.index(g[0]) != seed % 6 or VOW.index(g[2]) != seed // 6:
            raise DecodeError("bubble checksum")
    else:
        a, b, c = VOW.index(g[0]), CON.index(g[1]), VOW.index(g[2])
        hi = (a - seed % 6) % 6
        lo = (c - seed // 6) % 6
        if hi > 3 or lo > 3:
            raise DecodeError("bubble range")
        out.append((hi << 6) | (b << 2) | lo)
    return _utf8(out)


def _proquint(run):
    out = []
    for w in run.split("-"):
        if len(w) != 5:
            raise DecodeError("proquint word")
        n = (PQC.index(w[0]) << 12) | (PQV.index(w[1]) << 10) | (PQC.index(w[2]) << 6) | (PQV.index(w[3]) << 4) | PQC.index(w[4])
        out += [n >> 8, n & 255]
    if out and out[-1] == 0:
        out.pop()
    return _utf8(out)


def _ethiopic(tok):
    n = 0
    for ch in tok:
        o = ord(ch)
        if o == 0x137B:
            n += 100
        elif 0x1372 <= o <= 0x137A:
            n += (o - 0x1372 + 1) * 10
        elif 0x1369 <= o <= 0x1371:
            n += o - 0x1369 + 1
        else:
            raise DecodeError("ethiopic")
    return n


def _rods(tok):
    n = 0
    for k, ch in enumerate(tok):
        place = len(tok) - 1 - k
        o = ord(ch)
        if o == 0x3007:
            d = 0
        elif 0x1D360 <= o <= 0x1D368 and place % 2 == 0:
            d = o - 0x1D360 + 1
        elif 0x1D369 <= o <= 0x1D371 and place % 2 == 1:
            d = o - 0x1D369 + 1
        else:
            raise DecodeError("rods")
        n = n * 10 + d
    return n


def _it_below100(w):
    if w == "":
        return 0
    if w in IT:
        return IT[w]
    for t in sorted(IT_T, key=len, reverse=True):
        if w.startswith(t):
            rest = w[len(t):]
            full = t in ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")
            if rest == "":
                if full:
                    return IT_T[t]
                raise DecodeError("it elision")
            u = IT.get(rest)
            if u is None or u > 9:
                raise DecodeError("it unit")
            if (u in (1, 8)) == full:
                raise DecodeError("it elision rule")
            return IT_T[t] + u
    raise DecodeError("it word " + w)


def _italian(w):
    w = w.strip()
    if w.startswith("cento"):
        return 100 + _it_below100(w[5:])
    return _it_below100(w)


def _turkish(w):
    n = 0
    for p in w.split():
        if p not in TR:
            raise DecodeError("tr")
        n += TR[p]
    return n


def _bf(prog, limit=2000000):
    tape = [0] * 64
    ptr = 0
    pc = 0
    out = []
    match = {}
    st = []
    for i, c in enumerate(prog):
        if c == "[":
            st.append(i)
        elif c == "]":
            j = st.pop()
            match[i], match[j] = j, i
    steps = 0
    while pc < len(prog):
        c = prog[pc]
        if c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ".":
            out.append(tape[ptr])
        elif c == "[" and tape[ptr] == 0:
            pc = match[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = match[pc]
        elif c not in "[]":
            raise DecodeError("bf char")
        pc += 1
        steps += 1
        if steps > limit:
            raise DecodeError("bf limit")
    return "".join(chr(x) for x in out)


def _h74(bits):
    if not re.fullmatch(r"[01]{7}", bits):
        raise DecodeError("hamming")
    p1, p2, d1, p3, d2, d3, d4 = (int(c) for c in bits)
    if (p1 ^ d1 ^ d2 ^ d4) or (p2 ^ d1 ^ d3 ^ d4) or (p3 ^ d2 ^ d3 ^ d4):
        raise DecodeError("hamming parity")
    return (d1 << 3) | (d2 << 2) | (d3 << 1) | d4


def decode(name, run):
    if name == "bubble_babble_fingerprint":
        return _bubble(run)
    if name == "proquint_identifiers":
        return _proquint(run)
    if name == "cyrillic_greek_homoglyphs":
        return "".join(LOOK.get(ord(c), c) for c in run)
    if name == "ethiopic_numerals":
        return "".join(chr(_ethiopic(t)) for t in run.split(" "))
    if name == "counting_rod_numerals":
        return "".join(chr(_rods(t)) for t in run.split(" "))
    if name == "italian_number_words":
        return "".join(chr(_italian(t)) for t in run.split(","))
    if name == "turkish_number_words":
        return "".join(chr(_turkish(t)) for t in run.split(","))
    if name == "brainfuck_program":
        return _bf(run)
    if name == "cheese_word_acrostic":
        return "".join(t[0] for t in run.split(" "))
    if name == "float32_big_endian_words":
        bs = b"".join(struct.pack(">f", float(t)) for t in run.split("; "))
        return bs.rstrip(b"\x00").decode("utf-8")
    if name == "squared_code_points":
        out = []
        for t in run.split(" "):
            n = int(t)
            r = int(round(n ** 0.5))
            while r * r > n:
                r -= 1
            while (r + 1) * (r + 1) <= n:
                r += 1
            if r * r != n:
                raise DecodeError("not a square")
            out.append(chr(r))
        return "".join(out)
    if name == "autokey_cipher_curd":
        key = [2, 20, 17, 3]
        out = []
        for i, c in enumerate(run):
            k = key[i]
            if "a" <= c <= "z":
                p = (ord(c) - 97 - k) % 26
                out.append(chr(p + 97))
                key.append(p)
            elif "A" <= c <= "Z":
                p = (ord(c) - 65 - k) % 26
                out.append(chr(p + 65))
                key.append(p)
            elif "0" <= c <= "9":
                p = (int(c) - k) % 10
                out.append(str(p))
                key.append(p)
            else:
                out.append(c)
                key.append(0)
        return "".join(out)
    if name == "manchester_line_code":
        bs = []
        for g in run.split(" "):
            if len(g) != 16:
                raise DecodeError("manchester")
            x = 0
            for i in range(0, 16, 2):
                pair = g[i:i + 2]
                if pair == "LH":
                    x = (x << 1) | 1
                elif pair == "HL":
                    x = x << 1
                else:
                    raise DecodeError("manchester pair")
            bs.append(x)
        return _utf8(bs)
    if name == "curd_ph_readings":
        return "".join(chr(int(a) * 100 + int(b) - 400) for a, b in re.findall(r"pH (\d)\.(\d\d)", run))
    if name == "affinage_days_in_cave":
        return "".join(chr(int(d)) for d in re.findall(r" (\d+)d(?:;|$)", run))
    if name == "milk_fat_percent":
        return "".join(chr(int(a) * 100 + int(b) - 300) for a, b in re.findall(r"fat (\d)\.(\d\d)%", run))
    if name == "deli_scale_weight_labels":
        out = []
        for t in run.split(" "):
            if not re.fullmatch(r"2\d{12}", t):
                raise DecodeError("ean")
            s = sum(int(c) * (3 if k % 2 == 0 else 1) for k, c in enumerate(reversed(t[:12])))
            if (10 - s % 10) % 10 != int(t[12]):
                raise DecodeError("ean check")
            out.append(chr(int(t[7:12])))
        return "".join(out)
    if name == "base100_emoji_bytes":
        return _utf8([ord(c) - 0x1F3F7 for c in run])
    if name == "senary_code_points":
        return "".join(chr(int(t, 6)) for t in run.split(" "))
    if name == "unicode_character_names":
        out = []
        for t in run.split("; "):
            if t in NAMES:
                out.append(NAMES[t])
            elif t.startswith("LATIN SMALL LETTER ") and len(t) == 20:
                out.append(t[-1].lower())
            elif t.startswith("LATIN CAPITAL LETTER ") and len(t) == 22:
                out.append(t[-1])
            else:
                raise DecodeError("name " + t)
        return "".join(out)
    if name == "pasture_gps_fixes":
        xs = []
        for a, b in re.findall(r"46\.(\d{3})N 7\.(\d{3})E", run):
            xs += [int(a), int(b)]
        while xs and xs[-1] == 0:
            xs.pop()
        return "".join(chr(x) for x in xs)
    if name == "hamming_7_4_codewords":
        bs = []
        for g in run.split(" / "):
            hi, lo = g.split(" ")
            bs.append((_h74(hi) << 4) | _h74(lo))
        return _utf8(bs)
    raise DecodeError("unknown encoding " + name)
