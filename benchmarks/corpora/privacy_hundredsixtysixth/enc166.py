"""Encoders for the 22 evasion notations (decoders live separately in dec166.py)."""
import base64

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-",
}
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo",
        "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform",
        "victor", "whiskey", "xray", "yankee", "zulu"]
NATO_DIGITS = ["Zero", "One", "Two", "Tree", "Fower", "Fife", "Six", "Seven", "Eight", "Niner"]
NATO_SYM = {"-": "dash", "_": "underscore", ".": "stop"}
POLY = "abcdefghijklmnopqrstuvwxyz0123456789"
KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
       "i": "\u0456", "j": "\u0458", "s": "\u0455", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
       "H": "\u041d", "I": "\u0406", "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420",
       "S": "\u0405", "T": "\u0422", "X": "\u0425", "Y": "\u04ae"}
ACROSTIC = {
    "a": ["acorn", "apron", "apple"], "b": ["bubbles", "buggy", "beanbag"], "c": ["crayon", "conker", "cuddle"],
    "d": ["duckling", "dandelion", "drum"], "e": ["easel", "egg", "elephant"], "f": ["fingerpaint", "frog", "feather"],
    "g": ["giggles", "glitter", "giraffe"], "h": ["hopscotch", "hedgehog", "hat"], "i": ["igloo", "icing", "insect"],
    "j": ["jigsaw", "juice", "jelly"], "k": ["kite", "kazoo", "kitten"], "l": ["lullaby", "ladybird", "lunchbox"],
    "m": ["marbles", "mudpie", "mittens"], "n": ["naptime", "nappy", "nest"], "o": ["owl", "orange", "otter"],
    "p": ["puddle", "playdough", "pebble"], "q": ["quilt", "quiet", "queen"], "r": ["rainbow", "rattle", "robin"],
    "s": ["sandpit", "snack", "sticker"], "t": ["teddy", "tadpole", "tricycle"], "u": ["umbrella", "unicorn", "upstairs"],
    "v": ["velcro", "violet", "van"], "w": ["wellies", "woodland", "wiggle"], "x": ["xylophone", "xray", "xmas"],
    "y": ["yoghurt", "yellow", "yawn"], "z": ["zebra", "zoo", "zip"],
}
ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
            "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb "
            "Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U").split()
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def _primes(n):
    out, k = [], 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


PRIMES = _primes(200)


def _roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    s = ""
    for v, r in vals:
        while n >= v:
            s += r
            n -= v
    return s


def _letters_shift(s, fn):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(97 + fn(ord(ch) - 97)))
        elif "A" <= ch <= "Z":
            out.append(chr(65 + fn(ord(ch) - 65)))
        else:
            out.append(ch)
    return "".join(out)


def e_octal(s):
    return "".join("\\%03o" % b for b in s.encode())


def e_base32(s):
    return base64.b32encode(s.encode()).decode()


def e_base45(s):
    b = s.encode()
    out = []
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out += [B45[c], B45[d], B45[e]]
        else:
            n = b[i]
            out += [B45[n % 45], B45[n // 45]]
    return "".join(out)


def e_uu(s):
    b = s.encode()
    out = chr(32 + len(b))
    pad = b + b"\0" * ((3 - len(b) % 3) % 3)
    for i in range(0, len(pad), 3):
        n = (pad[i] << 16) | (pad[i + 1] << 8) | pad[i + 2]
        for sh in (18, 12, 6, 0):
            v = (n >> sh) & 63
            out += "`" if v == 0 else chr(32 + v)
    return out


def e_morse(s):
    return " ".join(MORSE[c] for c in s)


def e_nato(s):
    out = []
    for c in s:
        if c.islower():
            out.append(NATO[ord(c) - 97])
        elif c.isupper():
            out.append(NATO[ord(c) - 65].upper())
        elif c.isdigit():
            out.append(NATO_DIGITS[int(c)])
        else:
            out.append(NATO_SYM[c])
    return " ".join(out)


def e_roman(s):
    return " ".join(_roman(ord(c)) for c in s)


def e_affine(s):
    s = _letters_shift(s, lambda x: (5 * x + 8) % 26)
    return "".join(str((3 * int(c) + 7) % 10) if c.isdigit() else c for c in s)


def e_beaufort(s, key="CRAYON"):
    out, k = [], 0
    for ch in s:
        if ch.isascii() and ch.isalpha():
            base = 65 if ch.isupper() else 97
            kv = ord(key[k % len(key)]) - 65
            out.append(chr(base + (kv - (ord(ch) - base)) % 26))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def e_columnar(s, ncol=4):
    return " ".join(s[c::ncol] for c in range(ncol))


def e_polybius(s):
    return " ".join(str(POLY.index(c) // 6 + 1) + str(POLY.index(c) % 6 + 1) for c in s)


def e_multitap(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append("#" + c)
        else:
            for k, letters in KEYPAD.items():
                if c in letters:
                    out.append(k * (letters.index(c) + 1))
    return " ".join(out)


def e_sans_bold(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D5D4 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D5EE + ord(c) - 97))
        elif c.isdigit():
            out.append(chr(0x1D7EC + int(c)))
        else:
            out.append(c)
    return "".join(out)


def e_cyrillic(s):
    return "".join(CYR.get(c, c) for c in s)


def e_zwsp(s):
    return "\u200b".join(s)


def e_acrostic(s, rng_index=0):
    out = []
    for i, c in enumerate(s):
        lc = c.lower()
        if lc in ACROSTIC:
            w = ACROSTIC[lc][(i + rng_index) % 3]
            out.append(w.capitalize() if c.isupper() else w)
        else:
            out.append(c)
    return " ".join(out)


def e_nappy(s):
    out = []
    for c in s:
        m = 7 * 60 + ord(c)
        out.append("%02d:%02d" % (m // 60, m % 60))
    return ", ".join(out)


def e_bottle(s):
    return " | ".join("%d ml" % (ord(c) + 20) for c in s)


def e_fever(s):
    out = []
    for c in s:
        t = 300 + ord(c)
        out.append("%d.%d °C" % (t // 10, t % 10))
    return "; ".join(out)


def e_primes(s):
    return " ".join(str(PRIMES[ord(c) - 1]) for c in s)


def e_elements(s):
    return " ".join(ELEMENTS[ord(c) - 32 - 1] for c in s)


def e_xor(s):
    return "".join("%02x" % (b ^ 0x2A) for b in s.encode())


# name -> (encoder, plain kind, rule in words)
E = {
    "backslash_octal_bytes": (e_octal, "full", "as backslash octal escapes, a backslash and three octal digits for every UTF-8 byte, written back to back"),
    "base32_rfc4648_padded": (e_base32, "full", "in Base32 (RFC 4648 alphabet A-Z then 2-7, padded with =)"),
    "base45_rfc9285": (e_base45, "full", "in Base45 (RFC 9285, alphabet 0-9 A-Z space $ % * + - . / :, two bytes to three characters, least significant first)"),
    "uuencode_single_line": (e_uu, "full", "as one uuencoded line (first character is 32 plus the byte count, then every three bytes as four characters 32 plus the six-bit value, a backtick for zero)"),
    "morse_code_lowercase": (e_morse, "lower", "in Morse code, one letter per group, groups separated by a space (dash is -....-, underscore ..--.-, dot .-.-.-; all letters are small)"),
    "nato_phonetic_words": (e_nato, "full", "spelled with the NATO alphabet: small letters as small words (alfa), capitals as capital words (ALFA), digits as Zero One Two Tree Fower Fife Six Seven Eight Niner, dash / underscore / stop for - _ ."),
    "roman_numeral_code_points": (e_roman, "full", "as Roman numerals, one per character, each the character's code point, separated by spaces"),
    "affine_cipher_five_eight": (e_affine, "full", "with an affine cipher on letters (position x becomes 5x+8 mod 26, case kept) and digits (d becomes 3d+7 mod 10); - _ . unchanged"),
    "beaufort_keyword_crayon": (e_beaufort, "full", "with a Beaufort cipher keyed CRAYON (each letter becomes key minus letter mod 26, case kept, the key advancing only on letters); digits - _ . unchanged"),
    "columnar_four_columns": (e_columnar, "full", "written into rows of four and read off column by column, the four columns separated by spaces"),
    "polybius_six_by_six_pairs": (e_polybius, "lowalnum", "as Polybius pairs on a 6x6 square (rows and columns 1-6 filled with a-z then 0-9), row digit then column digit, pairs separated by spaces"),
    "multitap_phone_keypad": (e_multitap, "lowalnum", "as old phone keypad presses (2 abc, 3 def ... 9 wxyz, the key repeated once per step, a digit written as # and the digit), separated by spaces"),
    "sans_serif_bold_alphanumerics": (e_sans_bold, "full", "in Unicode mathematical sans-serif bold letters and digits (U+1D5D4 for A, U+1D5EE for a, U+1D7EC for 0); - _ . unchanged"),
    "cyrillic_lookalike_letters": (e_cyrillic, "full", "with every Latin letter that has a Cyrillic twin swapped for that twin (a c e o p x y i j s and A B C E H I J K M O P S T X Y); the rest unchanged"),
    "zero_width_space_interleaved": (e_zwsp, "full", "with an invisible zero-width space (U+200B) between every two characters; delete them"),
    "acrostic_word_initials": (e_acrostic, "full", "as an acrostic: read the first character of every space-separated word (a capitalised word is a capital letter; digits and - _ . stand as themselves)"),
    "nappy_log_clock_minutes": (e_nappy, "full", "as nappy-change times HH:MM, one per character, where the minutes after 07:00 are the code point, separated by commas"),
    "bottle_feed_ml_minus_twenty": (e_bottle, "full", "as bottle feeds N ml, one per character, where N minus 20 is the code point, separated by ' | '"),
    "fever_log_celsius_offset": (e_fever, "full", "as temperature readings T °C, one per character, where (T minus 30) times ten is the code point, separated by '; '"),
    "nth_prime_code_points": (e_primes, "full", "as prime numbers, one per character: the n-th prime (2 is the 1st) where n is the code point, separated by spaces"),
    "element_symbols_code_point_minus_32": (e_elements, "full", "as chemical element symbols, one per character, whose atomic number is the code point minus 32, separated by spaces"),
    "xor_0x2a_hex_bytes": (e_xor, "full", "as lower-case hex of every UTF-8 byte XORed with 0x2A, written back to back"),
}
