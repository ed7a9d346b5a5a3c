"""Encoders for the evasion source (the rng only adds noise the decoder ignores)."""
import struct

from common241 import gs1_digit

BB_V, BB_C = "aeiouy", "bcdfghklmnprstvzx"
PQ_C, PQ_V = "bdfghjklmnprstvz", "aiou"
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
        "i": "\u0456", "j": "\u0458", "s": "\u0455", "h": "\u04bb", "d": "\u0501", "q": "\u051b", "w": "\u051d",
        "v": "\u03bd", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "I": "\u0406",
        "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "S": "\u0405", "T": "\u0422",
        "X": "\u0425", "Y": "\u03a5", "Z": "\u0396", "N": "\u039d"}
IT_UNITS = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
            "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"]
IT_TENS = ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"]
TR_UNITS = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
TR_TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]
ACRO = {"a": ["asiago", "abondance"], "b": ["brie", "burrata"], "c": ["comte", "cheddar"], "d": ["dairy", "dolcelatte"],
        "e": ["edam", "emmental"], "f": ["feta", "fontina"], "g": ["gouda", "gruyere"], "h": ["halloumi", "havarti"],
        "i": ["idiazabal", "ibores"], "j": ["jarlsberg", "jersey"], "k": ["kefir", "kashkaval"], "l": ["lactose", "limburger"],
        "m": ["mozzarella", "manchego"], "n": ["nettle", "neufchatel"], "o": ["ossau", "oscypek"], "p": ["pecorino", "provolone"],
        "q": ["quark", "queso"], "r": ["ricotta", "raclette"], "s": ["stilton", "scamorza"], "t": ["taleggio", "tilsit"],
        "u": ["udder", "urda"], "v": ["vacherin", "valencay"], "w": ["whey", "wensleydale"], "x": ["xynotyro", "xygalo"],
        "y": ["yogurt", "yarg"], "z": ["zamorano", "zigerklee"]}
UNAME = {"_": "LOW LINE", ".": "FULL STOP", "-": "HYPHEN-MINUS"}
DIGIT_NAMES = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]


def bubble(data):
    out = "x"
    seed = 1
    rounds = len(data) // 2 + 1
    for i in range(rounds):
        if i + 1 < rounds or len(data) % 2:
            b1 = data[2 * i]
            out += BB_V[(((b1 >> 6) & 3) + seed) % 6] + BB_C[(b1 >> 2) & 15] + BB_V[((b1 & 3) + seed // 6) % 6]
            if i + 1 < rounds:
                b2 = data[2 * i + 1]
                out += BB_C[(b2 >> 4) & 15] + "-" + BB_C[b2 & 15]
                seed = (seed * 5 + b1 * 7 + b2) % 36
        else:
            out += BB_V[seed % 6] + BB_C[16] + BB_V[seed // 6]
    return out + "x"


assert bubble(b"") == "xexax"
assert bubble(b"1234567890") == "xesef-disof-gytuf-katof-movif-baxux"
assert bubble(b"Pineapple") == "xigak-nyryk-humil-bosek-sonax"


def proquint(data):
    if len(data) % 2:
        data = data + b"\x00"
    words = []
    for i in range(0, len(data), 2):
        n = (data[i] << 8) | data[i + 1]
        words.append(PQ_C[(n >> 12) & 15] + PQ_V[(n >> 10) & 3] + PQ_C[(n >> 6) & 15] + PQ_V[(n >> 4) & 3] + PQ_C[n & 15])
    return "-".join(words)


assert proquint(bytes([127, 0, 0, 1])) == "lusab-babad"


def ethiopic(n):
    s = ""
    if n >= 100:
        s += "\u137b"
        n -= 100
    if n >= 10:
        s += chr(0x1372 + n // 10 - 1)
    if n % 10:
        s += chr(0x1369 + n % 10 - 1)
    return s


def rods(n):
    ds = str(n)
    out = ""
    for k, d in enumerate(ds):
        place = len(ds) - 1 - k
        if d == "0":
            out += "\u3007"
        elif place % 2 == 0:
            out += chr(0x1D360 + int(d) - 1)
        else:
            out += chr(0x1D369 + int(d) - 1)
    return out


def italian(n):
    def below100(m):
        if m < 20:
            return IT_UNITS[m]
        t, u = divmod(m, 10)
        w = IT_TENS[t]
        if u in (1, 8):
            w = w[:-1]
        if u == 3:
            return w + "tré"
        return w + IT_UNITS[u]
    if n < 100:
        return below100(n)
    r = n - 100
    if r == 0:
        return "cento"
    if r == 3:
        return "centotré"
    return "cento" + below100(r)


def turkish(n):
    parts = []
    if n >= 100:
        parts.append("yüz")
        n -= 100
    if n >= 10:
        parts.append(TR_TENS[n // 10])
    if n % 10:
        parts.append(TR_UNITS[n % 10])
    return " ".join(parts)


def brainfuck(s):
    prog = ""
    cur = 0
    for ch in s:
        c = ord(ch)
        d = c - cur
        if abs(d) >= 16:
            q, r = divmod(abs(d), 8)
            op = "+" if d > 0 else "-"
            prog += "<" + "+" * 8 + "[>" + op * q + "<-]>" + op * r
        else:
            prog += ("+" if d > 0 else "-") * abs(d)
        prog += "."
        cur = c
    return ">" + prog


def hamming74(nib):
    d1, d2, d3, d4 = (nib >> 3) & 1, (nib >> 2) & 1, (nib >> 1) & 1, nib & 1
    p1, p2, p3 = d1 ^ d2 ^ d4, d1 ^ d3 ^ d4, d2 ^ d3 ^ d4
    return "".join(str(b) for b in (p1, p2, d1, p3, d2, d3, d4))


def uname(ch):
    if ch in UNAME:
        return UNAME[ch]
    if ch.isdigit():
        return "DIGIT " + DIGIT_NAMES[int(ch)]
    if ch.islower():
        return "LATIN SMALL LETTER " + ch.upper()
    return "LATIN CAPITAL LETTER " + ch


def senary(n):
    s = ""
    while n:
        s = str(n % 6) + s
        n //= 6
    return s or "0"


def enc(name, plain, rng):
    b = plain.encode("utf-8")
    cps = [ord(c) for c in plain]
    if name == "bubble_babble_fingerprint":
        return bubble(b)
    if name == "proquint_identifiers":
        return proquint(b)
    if name == "cyrillic_greek_homoglyphs":
        return "".join(HOMO.get(c, c) for c in plain)
    if name == "ethiopic_numerals":
        return " ".join(ethiopic(n) for n in cps)
    if name == "counting_rod_numerals":
        return " ".join(rods(n) for n in cps)
    if name == "italian_number_words":
        return ", ".join(italian(n) for n in cps)
    if name == "turkish_number_words":
        return ", ".join(turkish(n) for n in cps)
    if name == "brainfuck_program":
        return brainfuck(plain)
    if name == "cheese_word_acrostic":
        toks = []
        for c in plain:
            if c.isalpha():
                w = rng.choice(ACRO[c.lower()])
                toks.append(w.capitalize() if c.isupper() else w)
            elif c.isdigit():
                toks.append(c + rng.choice(["kg", "L", "wk", "mo"]))
            else:
                toks.append(c)
        return " ".join(toks)
    if name == "float32_big_endian_words":
        pad = b + b"\x00" * (-len(b) % 4)
        return "; ".join(repr(struct.unpack(">f", pad[i:i + 4])[0]) for i in range(0, len(pad), 4))
    if name == "squared_code_points":
        return " ".join(str(n * n) for n in cps)
    if name == "autokey_cipher_curd":
        key = [2, 20, 17, 3]  # C U R D
        out = []
        for i, c in enumerate(plain):
            k = key[i]
            if c.islower():
                out.append(chr((ord(c) - 97 + k) % 26 + 97))
                key.append(ord(c) - 97)
            elif c.isupper():
                out.append(chr((ord(c) - 65 + k) % 26 + 65))
                key.append(ord(c) - 65)
            elif c.isdigit():
                out.append(str((int(c) + k) % 10))
                key.append(int(c))
            else:
                out.append(c)
                key.append(0)
        return "".join(out)
    if name == "manchester_line_code":
        return " ".join("".join("LH" if (x >> (7 - i)) & 1 else "HL" for i in range(8)) for x in b)
    if name == "curd_ph_readings":
        return "; ".join("V%d pH %d.%02d" % (rng.randint(1, 4), (n + 400) // 100, (n + 400) % 100) for n in cps)
    if name == "affinage_days_in_cave":
        w = rng.randint(4000, 8000)
        return "; ".join("W-%d %dd" % (w + i, n) for i, n in enumerate(cps))
    if name == "milk_fat_percent":
        return "; ".join("T%d fat %d.%02d%% prot 3.%02d%%" % (rng.randint(1, 3), (n + 300) // 100, (n + 300) % 100,
                                                             rng.randint(10, 45)) for n in cps)
    if name == "deli_scale_weight_labels":
        out = []
        for n in cps:
            body = "2" + str(rng.randint(0, 9)) + "%05d" % rng.randint(1000, 99999) + "%05d" % n
            out.append(body + gs1_digit(body))
        return " ".join(out)
    if name == "base100_emoji_bytes":
        return "".join(chr(0x1F3F7 + x) for x in b)
    if name == "senary_code_points":
        return " ".join(senary(n) for n in cps)
    if name == "unicode_character_names":
        return "; ".join(uname(c) for c in plain)
    if name == "pasture_gps_fixes":
        xs = cps + ([0] if len(cps) % 2 else [])
        return "; ".join("46.%03dN 7.%03dE" % (xs[i], xs[i + 1]) for i in range(0, len(xs), 2))
    if name == "hamming_7_4_codewords":
        return " / ".join(hamming74(x >> 4) + " " + hamming74(x & 15) for x in b)
    raise ValueError(name)
