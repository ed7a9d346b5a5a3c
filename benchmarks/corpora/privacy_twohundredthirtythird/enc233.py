"""Encoders for the p233 evasions. enc(name, plain, rng) -> run. The rng only adds noise that
the decoder ignores (deck numbers, dough names, longitudes ...)."""
import binascii

ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n):
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


GREEK_U = ["", "α", "β", "γ", "δ", "ε", "\u03db", "ζ", "η", "θ"]
GREEK_T = ["", "ι", "κ", "λ", "μ", "ν", "ξ", "ο", "π", "\u03df"]


def greek(n):
    s = ("ρ" if n >= 100 else "") + GREEK_T[(n % 100) // 10] + GREEK_U[n % 10]
    return s + "\u0374"


HEB_U = ["", "א", "ב", "ג", "ד", "ה", "ו", "ז", "ח", "ט"]
HEB_T = ["", "י", "כ", "ל", "מ", "נ", "ס", "ע", "פ", "צ"]


def hebrew(n):
    s = "ק" if n >= 100 else ""
    r = n % 100
    if r in (15, 16):
        s += "ט" + ("ו" if r == 15 else "ז")
    else:
        s += HEB_T[r // 10] + HEB_U[r % 10]
    if len(s) == 1:
        return s + "\u05f3"
    return s[:-1] + "\u05f4" + s[-1]


ZH = "零一二三四五六七八九"


def chinese(n):
    out = ""
    if n >= 100:
        out += ZH[n // 100] + "百"
        r = n % 100
        if r == 0:
            return out
        if r < 10:
            return out + "零" + ZH[r]
        return out + ZH[r // 10] + "十" + (ZH[r % 10] if r % 10 else "")
    t, u = divmod(n, 10)
    return ZH[t] + "十" + (ZH[u] if u else "")


DE_U = ["", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
DE_TEEN = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
DE_T = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]


def german(n):
    h = "hundert" if n >= 100 else ""
    r = n % 100
    if r == 0:
        return h
    if r < 10:
        return h + DE_U[r]
    if r < 20:
        return h + DE_TEEN[r - 10]
    t, u = divmod(r, 10)
    if u == 0:
        return h + DE_T[t]
    return h + ("ein" if u == 1 else DE_U[u]) + "und" + DE_T[t]


ES_U = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
ES_TEEN = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"]
ES_VEINT = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
ES_T = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]


def spanish(n):
    if n == 100:
        return "cien"
    pre = "ciento " if n > 100 else ""
    r = n % 100
    if r < 10:
        w = ES_U[r]
    elif r < 20:
        w = ES_TEEN[r - 10]
    elif r < 30:
        w = ES_VEINT[r - 20]
    else:
        t, u = divmod(r, 10)
        w = ES_T[t] + (" y " + ES_U[u] if u else "")
    return pre + w


B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def base45(b):
    out = []
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += [B45[c], B45[d], B45[e]]
    if len(b) % 2:
        n = b[-1]
        out += [B45[n % 45], B45[n // 45]]
    return "".join(out)


XOR_KEY = b"CRUMB"
POLY = ["abcdef", "ghijkl", "mnopqr", "stuvwx", "yz0123", "456789"]


def polybius(ch):
    if ch in "_.-":
        return ch
    low = ch.lower()
    for r, row in enumerate(POLY):
        c = row.find(low)
        if c >= 0:
            pair = "%d%d" % (r + 1, c + 1)
            return ("!" + pair) if ch.isupper() else pair
    raise ValueError(ch)


def fibs():
    f = [1, 2]
    while f[-1] < 200:
        f.append(f[-1] + f[-2])
    return f


def zeckendorf(n):
    parts = []
    for f in reversed(fibs()):
        if f <= n:
            parts.append(f)
            n -= f
    return "+".join(str(p) for p in parts)


def bits_groups(b, k):
    bits = "".join("{:08b}".format(x) for x in b)
    bits += "0" * (-len(bits) % k)
    return [int(bits[i:i + k], 2) for i in range(0, len(bits), k)]


def chess(v):
    return "abcdefgh"[v % 8] + str(v // 8 + 1)


DS_EXC = {"C": "\u2102", "H": "\u210d", "N": "\u2115", "P": "\u2119", "Q": "\u211a", "R": "\u211d", "Z": "\u2124"}


def double_struck(ch):
    if "A" <= ch <= "Z":
        return DS_EXC.get(ch, chr(0x1D538 + ord(ch) - 65))
    if "a" <= ch <= "z":
        return chr(0x1D552 + ord(ch) - 97)
    if "0" <= ch <= "9":
        return chr(0x1D7D8 + ord(ch) - 48)
    return ch


def monospace(ch):
    if "A" <= ch <= "Z":
        return chr(0x1D670 + ord(ch) - 65)
    if "a" <= ch <= "z":
        return chr(0x1D68A + ord(ch) - 97)
    if "0" <= ch <= "9":
        return chr(0x1D7F6 + ord(ch) - 48)
    return ch


COLOURS = ["black", "brown", "red", "orange", "yellow", "green", "blue", "violet", "grey", "white"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DOUGHS = ["baguette", "bloomer", "boule", "ciabatta", "rye", "focaccia", "brioche", "bagel", "challah", "batard", "roll", "bap"]
PASTRIES = ["croissant", "pain au chocolat", "eclair", "tart", "scone", "danish", "macaron", "cruffin", "bun", "slice"]


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    data = plain.encode("utf-8")
    if name == "roman_numeral_code_points":
        return " ".join(roman(c) for c in codes)
    if name == "greek_ionian_numerals":
        return " ".join(greek(c) for c in codes)
    if name == "hebrew_gematria_numerals":
        return " ".join(hebrew(c) for c in codes)
    if name == "chinese_numeral_characters":
        return "、".join(chinese(c) for c in codes)
    if name == "german_number_words":
        return ", ".join(german(c) for c in codes)
    if name == "spanish_number_words":
        return ", ".join(spanish(c) for c in codes)
    if name == "uuencode_backtick_line":
        return binascii.b2a_uu(data, backtick=True).decode().rstrip("\n")
    if name == "base45_rfc9285":
        return base45(data)
    if name == "xor_crumb_key_hex":
        return "".join("%02x" % (b ^ XOR_KEY[i % len(XOR_KEY)]) for i, b in enumerate(data))
    if name == "polybius_square_six":
        return " ".join(polybius(c) for c in plain)
    if name == "zeckendorf_fibonacci_sums":
        return " ".join(zeckendorf(c) for c in codes)
    if name == "chessboard_square_sextets":
        return " ".join(chess(v) for v in bits_groups(data, 6))
    if name == "unicode_tag_characters":
        return "".join(chr(0xE0000 + c) for c in codes)
    if name == "math_double_struck_letters":
        return "".join(double_struck(c) for c in plain)
    if name == "math_monospace_letters":
        return "".join(monospace(c) for c in plain)
    if name == "resistor_colour_bands":
        return " | ".join("-".join(COLOURS[int(d)] for d in "%03d" % c) for c in codes)
    if name == "weekday_base7_triplets":
        out = []
        for c in codes:
            out.append(" ".join(DAYS[d] for d in (c // 49, (c // 7) % 7, c % 7)))
        return " / ".join(out)
    if name == "deck_oven_temperatures":
        return "; ".join("deck %d: %d°C" % (rng.randint(1, 4), c + 100) for c in codes)
    if name == "dough_scaling_weights":
        return ", ".join("%s %d g" % (rng.choice(DOUGHS), c + 400) for c in codes)
    if name == "dough_hydration_percent":
        return "; ".join("%s %s%%" % (rng.choice(DOUGHS), ("%.1f" % (c / 2)).replace(".0", "")) for c in codes)
    if name == "pastry_price_pence":
        return ", ".join("%s £%d.%02d" % (rng.choice(PASTRIES), (c + 300) // 100, (c + 300) % 100) for c in codes)
    if name == "delivery_stop_latitudes":
        return "; ".join("51.%03dN %d.%03dW" % (c, rng.randint(0, 3), rng.randint(0, 999)) for c in codes)
    raise ValueError(name)
