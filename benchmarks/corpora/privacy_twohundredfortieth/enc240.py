"""Evasion encoders for p240. The decoder (dec240) is written separately and imports nothing from here."""
import math
import unicodedata

from common240 import bech32_encode, convertbits

SOLFEGE = ["do", "di", "re", "ri", "mi", "fa", "fi", "sol", "si", "la"]
NOTE_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
OGHAM_FIRST = 0x1681
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
NATO_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "niner"]
NATO_SIGNS = {"_": "underscore", ".": "stop", "-": "dash"}
POSTNET = {"1": "00011", "2": "00101", "3": "00110", "4": "01001", "5": "01010", "6": "01100", "7": "10001",
           "8": "10010", "9": "10100", "0": "11000"}
FULL_BAR, HALF_BAR = "┃", "╻"
GEEZ_UNITS = 0x1369   # ETHIOPIC DIGIT ONE .. NINE
GEEZ_TENS = 0x1372    # ETHIOPIC NUMBER TEN .. NINETY
GEEZ_HUNDRED = 0x137B
for _i in range(9):
    assert unicodedata.name(chr(GEEZ_UNITS + _i)).startswith("ETHIOPIC DIGIT")
    assert unicodedata.name(chr(GEEZ_TENS + _i)).startswith("ETHIOPIC NUMBER")
assert unicodedata.name(chr(GEEZ_HUNDRED)) == "ETHIOPIC NUMBER HUNDRED"
CYR_UNITS = "авгдєѕзиѳ"
CYR_TENS = "іклмнѯопч"
CYR_HUNDRED = "р"
TITLO = "\u0483"
B91 = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
assert len(B91) == 91
A1Z26 = "abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "0123456789" + "_.-"
CARD_SUITS = [0x1F0A0, 0x1F0B0, 0x1F0C0, 0x1F0D0]
FI_UNITS = ["", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]
ACROSTIC = {
    "a": ["alto", "aria", "anthem"], "b": ["bass", "baton", "bassoon"], "c": ["cello", "coda", "canon"],
    "d": ["descant", "duet", "dolce"], "e": ["encore", "etude", "evensong"], "f": ["flute", "fugue", "fermata"],
    "g": ["gong", "gloria", "gavotte"], "h": ["harp", "hymn", "harmony"], "i": ["interval", "introit", "interlude"],
    "j": ["jubilate", "jig", "jazz"], "k": ["kyrie", "kettle", "keynote"], "l": ["lute", "largo", "legato"],
    "m": ["motet", "minuet", "mezzo"], "n": ["nocturne", "nonet", "note"], "o": ["oboe", "octave", "opus"],
    "p": ["piano", "psalm", "prelude"], "q": ["quartet", "quaver", "quintet"], "r": ["requiem", "rondo", "rosin"],
    "s": ["soprano", "sonata", "suite"], "t": ["tenor", "tempo", "tutti"], "u": ["unison", "upbeat", "ukulele"],
    "v": ["viola", "vespers", "vivace"], "w": ["waltz", "woodwind", "whistle"], "x": ["xylophone", "xylo", "xyst"],
    "y": ["yodel", "yuletide", "yearbook"], "z": ["zither", "zarzuela", "zeal"],
}
DIGIT_TAIL = "part"
SIGN_TAIL = {"_": "_rest", ".": ".fine", "-": "-coda"}
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
        "i": "\u0456", "j": "\u0458", "s": "\u0455", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
        "H": "\u041d", "I": "\u0406", "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420",
        "S": "\u0405", "T": "\u0422", "X": "\u0425", "Y": "\u0423"}
for _k, _v in HOMO.items():
    assert unicodedata.name(_v).startswith("CYRILLIC")
GSM_EXCEPT = {"_": 0x11}


def _geez(n):
    out = ""
    if n >= 100:
        out += chr(GEEZ_HUNDRED)
        n -= 100
    if n >= 10:
        out += chr(GEEZ_TENS + n // 10 - 1)
    if n % 10:
        out += chr(GEEZ_UNITS + n % 10 - 1)
    return out


def _cyr(n):
    h, t, u = n // 100, (n // 10) % 10, n % 10
    s = CYR_HUNDRED if h else ""
    if t == 1:
        s += (CYR_UNITS[u - 1] if u else "") + CYR_TENS[0]
    else:
        s += (CYR_TENS[t - 1] if t else "") + (CYR_UNITS[u - 1] if u else "")
    return s[0] + TITLO + s[1:] if len(s) == 1 else s[:-1] + TITLO + s[-1]


def _finnish(n):
    out = ""
    if n >= 100:
        out += "sata"
        n -= 100
    if n >= 20:
        out += FI_UNITS[n // 10] + "kymmentä"
        n %= 10
        out += FI_UNITS[n]
    elif n >= 11:
        out += FI_UNITS[n - 10] + "toista"
    elif n == 10:
        out += "kymmenen"
    else:
        out += FI_UNITS[n]
    return out


def _card(i):
    suit, rank = divmod(i, 13)
    off = rank + 1 if rank < 11 else rank + 2
    return chr(CARD_SUITS[suit] + off)


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


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    data = plain.encode()
    if name == "chromatic_solfege_decimal_digits":
        return " ".join("-".join(SOLFEGE[int(d)] for d in "%03d" % c) for c in codes)
    if name == "midi_note_scientific_pitch":
        return " ".join(NOTE_NAMES[c % 12] + str(c // 12 - 1) for c in codes)
    if name == "rehearsal_bar_beat_positions":
        return ", ".join("%d:%d" % (c // 4 + 1, c % 4 + 1) for c in codes)
    if name == "concert_seat_row_letters":
        return " ".join("ABCDEFGH"[c // 20] + str(c % 20 + 1) for c in codes)
    if name == "ogham_letter_substitution":
        out = ""
        for ch in plain:
            if ch.islower():
                out += chr(OGHAM_FIRST + ord(ch) - 97)
            elif ch.isupper():
                out += "^" + chr(OGHAM_FIRST + ord(ch) - 65)
            elif ch.isdigit():
                out += "\u169c" + chr(OGHAM_FIRST + int(ch))
            else:
                out += ch
        return out
    if name == "nato_phonetic_alphabet_words":
        out = []
        for ch in plain:
            if ch.islower():
                out.append(NATO[ord(ch) - 97])
            elif ch.isupper():
                out.append(NATO[ord(ch) - 65].upper())
            elif ch.isdigit():
                out.append(NATO_DIGITS[int(ch)])
            else:
                out.append(NATO_SIGNS[ch])
        return " ".join(out)
    if name == "senary_code_points":
        return " ".join("%d%d%d" % (c // 36, (c // 6) % 6, c % 6) for c in codes)
    if name == "postnet_two_of_five_bars":
        return " ".join("".join(POSTNET[d].replace("1", FULL_BAR).replace("0", HALF_BAR) for d in "%03d" % c)
                        for c in codes)
    if name == "geez_ethiopic_numerals":
        return " ".join(_geez(c) for c in codes)
    if name == "church_slavonic_cyrillic_numerals":
        return " ".join(_cyr(c) for c in codes)
    if name == "base91_henke":
        return _b91(data)
    if name == "a1z26_alphabet_positions":
        return " ".join(str(A1Z26.index(ch) + 1) for ch in plain)
    if name == "playing_card_base52_pairs":
        return " ".join(_card(c // 52) + _card(c % 52) for c in codes)
    if name == "finnish_cardinal_number_words":
        return ", ".join(_finnish(c) for c in codes)
    if name == "bech32_hrp_payload":
        return bech32_encode("pw", convertbits(list(data), 8, 5))
    if name == "acrostic_first_letters":
        out = []
        for ch in plain:
            if ch.isalpha():
                w = rng.choice(ACROSTIC[ch.lower()])
                out.append(w.capitalize() if ch.isupper() else w)
            elif ch.isdigit():
                out.append(ch + DIGIT_TAIL)
            else:
                out.append(SIGN_TAIL[ch])
        return " ".join(out)
    if name == "cyrillic_homoglyph_swap":
        return "".join(HOMO.get(ch, ch) for ch in plain)
    if name == "base100_emoji_bytes":
        return "".join(chr(0x1F3F7 + b) for b in data)
    if name == "gsm_seven_bit_pdu_hex":
        septets = [GSM_EXCEPT.get(ch, ord(ch)) for ch in plain]
        bits = nbits = 0
        out = []
        for s in septets:
            bits |= s << nbits
            nbits += 7
            while nbits >= 8:
                out.append(bits & 0xFF)
                bits >>= 8
                nbits -= 8
        if nbits:
            out.append(bits & 0xFF)
        return "%02X" % len(septets) + "".join("%02X" % o for o in out)
    if name == "equal_tempered_frequencies_hz":
        return ", ".join("%.2f Hz" % (440.0 * 2 ** ((c - 69) / 12.0)) for c in codes)
    if name == "hangul_syllable_nibble_pairs":
        return "".join(chr(0xAC00 + ((b >> 4) * 21 + (b & 15)) * 28) for b in data)
    if name == "ticket_price_tenths":
        return ", ".join("£%d.%d0" % (c // 10, c % 10) for c in codes)
    raise KeyError(name)
