"""Encoders for the p172 evasion notations.  The decoders live in dec172.py and share nothing with this file."""
import binascii

B91 = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
       "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
    "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
    "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
    "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", "-": "-....-",
    "_": "..--.-", ".": ".-.-.-",
}
ROAD = ["amber", "bollard", "chevron", "dipstick", "examiner", "foglight", "gearbox", "handbrake",
        "indicator", "junction", "kerb", "layby", "mirror", "nearside", "offside", "pelican", "queue",
        "roundabout", "sliproad", "toucan", "uturn", "verge", "wiper", "xing", "yield", "zebra"]
ROAD_DIGITS = ["nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ROAD_SYMS = {"-": "dash", "_": "underscore", ".": "dot"}
POLY_ROWS = ["abcdef", "ghijkl", "mnopqr", "stuvwx", "yz0123", "456789"]
KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
VIG_KEY = "CLUTCH"


def _b91(data):
    b = n = 0
    out = []
    for byte in data:
        b |= byte << n
        n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13
                n -= 13
            else:
                v = b & 16383
                b >>= 14
                n -= 14
            out.append(B91[v % 91])
            out.append(B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90:
            out.append(B91[b // 91])
    return "".join(out)


def _b62(data):
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s or "0"


def _rot47(s):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)


def _vig(s):
    out, k = [], 0
    for c in s:
        if c.isascii() and c.isalpha():
            shift = ord(VIG_KEY[k % len(VIG_KEY)]) - 65
            base = 65 if c.isupper() else 97
            out.append(chr(base + (ord(c) - base + shift) % 26))
            k += 1
        else:
            out.append(c)
    return "".join(out)


def _rail(s, rails=3):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for c in s:
        rows[r].append(c)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    return "".join("".join(x) for x in rows)


def _cols4(s):
    width = 4
    padded = s + "*" * ((-len(s)) % width)
    rows = [padded[i:i + width] for i in range(0, len(padded), width)]
    return " ".join("".join(row[c] for row in rows) for c in range(width))


def _morse(s):
    toks = []
    for c in s:
        if c.isupper():
            toks.append("^" + MORSE[c.lower()])
        else:
            toks.append(MORSE[c])
    return " ".join(toks)


def _road(s):
    toks = []
    for c in s:
        if c.isdigit():
            toks.append(ROAD_DIGITS[int(c)])
        elif c in ROAD_SYMS:
            toks.append(ROAD_SYMS[c])
        elif c.isupper():
            toks.append(ROAD[ord(c) - 65].upper())
        else:
            toks.append(ROAD[ord(c) - 97])
    return " ".join(toks)


def _roman(n):
    vals = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, sym in vals:
        while n >= v:
            out += sym
            n -= v
    return out


def _trits(data):
    groups = []
    for b in data:
        d = []
        for _ in range(6):
            b, r = divmod(b, 3)
            d.append(str(r))
        groups.append("".join(reversed(d)))
    return " ".join(groups)


def _circled(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        elif c == "0":
            out.append("\u24EA")
        elif "1" <= c <= "9":
            out.append(chr(0x2460 + ord(c) - 49))
        else:
            out.append(c)
    return "".join(out)


def _mono(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D670 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D68A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7F6 + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def _nibswap(data):
    return "".join("%x%x" % (b & 15, b >> 4) for b in data)


def _utf16(s):
    return " ".join(s.encode("utf-16-le")[i:i + 2].hex().upper() for i in range(0, len(s.encode("utf-16-le")), 2))


def _pct(data):
    return "".join("%%%02X" % b for b in data)


def _jsesc(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def _poly(s):
    toks = []
    for c in s:
        if c in "-_.":
            toks.append(c)
            continue
        low = c.lower()
        for ri, row in enumerate(POLY_ROWS):
            if low in row:
                t = "%d%d" % (ri + 1, row.index(low) + 1)
                break
        toks.append(("^" + t) if c.isupper() else t)
    return " ".join(toks)


def _multitap(s):
    toks = []
    for c in s:
        if c.isdigit():
            toks.append("#" + c)
        elif c in "-_.":
            toks.append(c)
        else:
            low = c.lower()
            for key, letters in KEYPAD.items():
                if low in letters:
                    t = key * (letters.index(low) + 1)
                    break
            toks.append(("^" + t) if c.isupper() else t)
    return " ".join(toks)


def _times(s):
    out = []
    for c in s:
        m = 7 * 60 + ord(c)
        out.append("%02d:%02d" % (m // 60, m % 60))
    return ", ".join(out)


def _plates(s, rng):
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    return "; ".join("DW%03d %s" % (ord(c), "".join(rng.choice(letters) for _ in range(3))) for c in s)


def _odo(s):
    return ", ".join("%d.%d km" % divmod(ord(c), 10) for c in s)


def encode(name, plain, rng):
    data = plain.encode("utf-8")
    if name == "base91_henke_alphabet":
        return _b91(data)
    if name == "uuencode_single_line":
        return binascii.b2a_uu(data, backtick=True).decode().rstrip("\n")
    if name == "base62_big_number":
        return _b62(data)
    if name == "rot47_printable_ascii":
        return _rot47(plain)
    if name == "vigenere_key_clutch":
        return _vig(plain)
    if name == "rail_fence_three_rails":
        return _rail(plain)
    if name == "columns_of_four_read_down":
        return _cols4(plain)
    if name == "morse_code_caret_capitals":
        return _morse(plain)
    if name == "road_sign_spelling_alphabet":
        return _road(plain)
    if name == "roman_numeral_code_points":
        return " ".join(_roman(ord(c)) for c in plain)
    if name == "ternary_six_trits_per_byte":
        return _trits(data)
    if name == "circled_letters_and_digits":
        return _circled(plain)
    if name == "mathematical_monospace_letters":
        return _mono(plain)
    if name == "nibble_swapped_hex_bytes":
        return _nibswap(data)
    if name == "utf16le_hex_code_units":
        return _utf16(plain)
    if name == "percent_encoding_every_byte":
        return _pct(data)
    if name == "js_unicode_escape_sequences":
        return _jsesc(plain)
    if name == "polybius_six_by_six_square":
        return _poly(plain)
    if name == "phone_keypad_multitap":
        return _multitap(plain)
    if name == "lesson_start_times_after_seven":
        return _times(plain)
    if name == "licence_plate_number_disguise":
        return _plates(plain, rng)
    if name == "odometer_trip_tenths_km":
        return _odo(plain)
    raise KeyError(name)
