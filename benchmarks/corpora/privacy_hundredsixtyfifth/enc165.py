"""Evasion encoders for p165. The decoder lives in dec165.py and shares no code with this file."""
import base64
import binascii

NATO = {
    "a": "alfa", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
    "g": "golf", "h": "hotel", "i": "india", "j": "juliett", "k": "kilo", "l": "lima",
    "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
    "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
    "y": "yankee", "z": "zulu",
}
NATO_DIGITS = ["Zero", "Wun", "Too", "Tree", "Fower", "Fife", "Six", "Seven", "Ait", "Niner"]
NATO_SYM = {"-": "Dash", "_": "Underscore", ".": "Decimal"}

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.",
    "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.",
    "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-",
    "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....",
    "6": "-....", "7": "--...", "8": "---..", "9": "----.",
    "-": "-....-", "_": "..--.-", ".": ".-.-.-",
}

LOOKALIKE = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
    "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "I": "\u0406",
    "J": "\u0408", "S": "\u0405",
}

DS_CAP_EXC = {"C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A, "R": 0x211D, "Z": 0x2124}

ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

ACRO = {
    "a": ["axe", "airpack", "ambulance", "apparatus"], "b": ["bunker", "backdraft", "battalion"],
    "c": ["crew", "cistern", "cribbing"], "d": ["deck", "defib", "deluge"], "e": ["engine", "evac", "extrication"],
    "f": ["foam", "flashover", "firewall"], "g": ["gurney", "gated", "gpm"], "h": ["hydrant", "halligan", "hose"],
    "i": ["irons", "incident", "intake"], "j": ["jumpseat", "jaws", "jake"], "k": ["knox", "kinked", "kitchen"],
    "l": ["ladder", "lifeline", "lineup"], "m": ["medic", "mayday", "manifold"], "n": ["nozzle", "nightshift"],
    "o": ["overhaul", "outrigger", "oxygen"], "p": ["pumper", "pike", "preplan"], "q": ["quint", "quarters"],
    "r": ["rescue", "rehab", "rollover"], "s": ["siren", "standpipe", "staging"], "t": ["tanker", "turnout", "tiller"],
    "u": ["utility", "unit", "upwind"], "v": ["vent", "vehicle", "valve"], "w": ["wye", "water", "watchdesk"],
    "x": ["xray", "xylene"], "y": ["yard", "yellowline"], "z": ["zone", "zulu"],
}
ACRO_DIGITS = ["0800hrs", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"]
ACRO_SYM = {"-": "-", "_": "_", ".": "..."}

B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
GRID9 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
VKEY = "LADDER"


def _roman(n):
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def e_base32(p, r):
    return base64.b32encode(p.encode()).decode()


def e_base36(p, r):
    n = int.from_bytes(p.encode(), "big")
    digs = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, m = divmod(n, 36)
        out = digs[m] + out
    return out


def e_octal(p, r):
    return "".join("\\%03o" % b for b in p.encode())


def e_nato(p, r):
    toks = []
    for ch in p:
        if ch.islower():
            toks.append(NATO[ch])
        elif ch.isupper():
            toks.append(NATO[ch.lower()].upper())
        elif ch.isdigit():
            toks.append(NATO_DIGITS[int(ch)])
        else:
            toks.append(NATO_SYM[ch])
    return " ".join(toks)


def e_morse(p, r):
    return " ".join(("^" + MORSE[ch.lower()]) if ch.isupper() else MORSE[ch] for ch in p)


def e_vigenere(p, r):
    out = []
    for i, ch in enumerate(p):
        k = ord(VKEY[i % len(VKEY)]) - 65
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.isdigit():
            out.append(str((int(ch) + k) % 10))
        else:
            out.append(ch)
    return "".join(out)


def e_affine(p, r):
    out = []
    for ch in p:
        if "a" <= ch <= "z":
            out.append(chr((5 * (ord(ch) - 97) + 8) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((5 * (ord(ch) - 65) + 8) % 26 + 65))
        elif ch.isdigit():
            out.append(str((3 * int(ch) + 7) % 10))
        else:
            out.append(ch)
    return "".join(out)


def e_columnar(p, r):
    return "/".join(p[c::4] for c in range(4))


def e_lookalike(p, r):
    return "".join(LOOKALIKE.get(ch, ch) for ch in p)


def e_double_struck(p, r):
    out = []
    for ch in p:
        if "A" <= ch <= "Z":
            out.append(chr(DS_CAP_EXC.get(ch, 0x1D538 + ord(ch) - 65)))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D552 + ord(ch) - 97))
        elif ch.isdigit():
            out.append(chr(0x1D7D8 + int(ch)))
        else:
            out.append(ch)
    return "".join(out)


def e_roman(p, r):
    return " ".join(_roman(ord(ch)) for ch in p)


def e_a1z26(p, r):
    toks = []
    for ch in p:
        if "a" <= ch <= "z":
            toks.append(str(ord(ch) - 96))
        elif "A" <= ch <= "Z":
            toks.append("^" + str(ord(ch) - 64))
        elif ch.isdigit():
            toks.append("#" + ch)
        else:
            toks.append(ch)
    return " ".join(toks)


def e_acrostic(p, r):
    toks = []
    for ch in p:
        if ch.isalpha():
            w = r.choice(ACRO[ch.lower()])
            toks.append(w.capitalize() if ch.isupper() else w)
        elif ch.isdigit():
            toks.append(ACRO_DIGITS[int(ch)])
        else:
            toks.append(ACRO_SYM[ch])
    return " ".join(toks)


def e_engine(p, r):
    return ", ".join("Engine %d" % (ord(ch) + 100) for ch in p)


def e_heart(p, r):
    return "; ".join("HR %d" % ord(ch) for ch in p)


def e_hydrant(p, r):
    return ", ".join("%d gpm" % (ord(ch) * 10) for ch in p)


def e_tencode(p, r):
    return " ".join("10-%d" % ord(ch) for ch in p)


def e_psi(p, r):
    return " / ".join("%d psi" % (ord(ch) * 2) for ch in p)


def e_uu(p, r):
    return binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip("\n")


def e_base45(p, r):
    b = p.encode()
    out = ""
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += B45[c] + B45[d] + B45[e]
    if len(b) % 2:
        n = b[-1]
        out += B45[n % 45] + B45[n // 45]
    return out


def e_polybius(p, r):
    toks = []
    for ch in p:
        i = GRID9.index(ch)
        toks.append("%d%d" % (i // 9 + 1, i % 9 + 1))
    return " ".join(toks)


def e_halves(p, r):
    h = len(p) // 2
    return p[h:] + " / " + p[:h]


# name -> (rule in words, encoder)
E = {
    "base32_rfc4648_padded": ("in Base32 (RFC 4648 alphabet A-Z 2-7, padded with =) of the UTF-8 bytes", e_base32),
    "base36_big_number": ("in base 36 (digits 0-9 then a-z), the UTF-8 bytes read as one big-endian number", e_base36),
    "octal_backslash_byte_escapes": ("as C-style octal escapes, every UTF-8 byte written as a backslash and three octal digits", e_octal),
    "nato_radio_alphabet_words": ("spelled in the radio alphabet, one word per character separated by spaces: a lower-case word (alfa) for a small letter, the word in capitals (ALFA) for a capital, Zero Wun Too Tree Fower Fife Six Seven Ait Niner for digits, Dash, Underscore and Decimal for - _ .", e_nato),
    "morse_code_caret_capitals": ("in Morse code, one code per character separated by spaces, a capital letter marked with ^ before its code (- is -....-, _ is ..--.-, . is .-.-.-)", e_morse),
    "vigenere_key_ladder": ("with a Vigenere cipher keyed LADDER: the n-th character is shifted forward by the n-th key letter (A=0 ... Z=25, the key repeating over every character); letters stay in their case, a digit moves by the same amount modulo 10, - _ . are left alone", e_vigenere),
    "affine_five_x_plus_eight": ("with an affine cipher: a letter at position x (a=0) becomes the letter at 5x+8 mod 26 in the same case, a digit d becomes 3d+7 mod 10, - _ . unchanged", e_affine),
    "columnar_four_column_transposition": ("as a columnar transposition: written row by row into four columns, then read column by column, the four columns separated by /", e_columnar),
    "cyrillic_lookalike_letters": ("with every letter that has a Cyrillic look-alike (a c e o p x y i j s A B C E H K M O P T X I J S) swapped for that Cyrillic letter; read it as Latin", e_lookalike),
    "double_struck_alphanumerics": ("in double-struck mathematical letters and digits (U+1D538 block, with the letterlike C H N P Q R Z); - _ . unchanged", e_double_struck),
    "roman_numeral_code_points": ("as Roman numerals, one per character separated by spaces, each the character's code point", e_roman),
    "a1z26_letter_positions": ("as letter positions (a=1 ... z=26), a capital marked with ^ before its number, a digit written as # and the digit, - _ . kept as they are, tokens separated by spaces", e_a1z26),
    "first_letter_acrostic_words": ("as an acrostic: take the first character of each space-separated word (capitalised words give capitals, 1st / 2nd ... and 0800hrs give digits, - _ ... give - _ .)", e_acrostic),
    "apparatus_engine_unit_numbers": ("as a list of engine companies, one per character separated by commas, where the unit number minus 100 is the code point", e_engine),
    "heart_rate_vital_signs": ("as a column of heart rates HR N, one per character separated by semicolons, where N in beats per minute is the code point", e_heart),
    "hydrant_flow_gallons_per_minute": ("as hydrant flow-test results N gpm, one per character separated by commas, where the flow divided by 10 is the code point", e_hydrant),
    "radio_ten_code_numbers": ("as radio ten-codes 10-N, one per character separated by spaces, where N is the code point", e_tencode),
    "pump_discharge_psi": ("as pump discharge pressures N psi, one per character separated by slashes, where half the pressure is the code point", e_psi),
    "uuencoded_single_line": ("as one uuencoded line (first character gives the byte count, then every 3 bytes as 4 characters from space to underscore, a backtick standing for zero)", e_uu),
    "base45_qr_alphabet": ("in Base45 as used by QR codes (RFC 9285 alphabet 0-9 A-Z space $ % * + - . / :, every two bytes as three characters, least significant first)", e_base45),
    "polybius_nine_column_grid": ("as Polybius coordinates, row then column (1-based), in a grid of nine columns filled row by row with A-Z, a-z, 0-9, -, _, . ; pairs separated by spaces", e_polybius),
    "halves_swapped_around_slash": ("with its two halves swapped: the second half first, then ' / ', then the first half", e_halves),
}


def encode(name, plain, rng):
    return E[name][1](plain, rng)


def rule(name):
    return E[name][0]
