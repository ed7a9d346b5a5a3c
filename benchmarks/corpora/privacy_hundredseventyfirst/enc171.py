"""Encoders for the p171 evasion notations (the decoder is dec171.py, written separately)."""
import binascii

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
    "8": "---..", "9": "----.", ".": ".-.-.-", "-": "-....-", "_": "..--.-",
}
POOL_ALPHA = ["algae", "backwash", "chlorine", "diatom", "enzyme", "filter", "gutter", "heater", "impeller",
              "jacuzzi", "kickboard", "lifeguard", "muriatic", "noodle", "ozone", "pump", "quartz", "rescue",
              "skimmer", "turnover", "ultraviolet", "valve", "whistle", "xeriscape", "yield", "zeolite"]
NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SYMBOL_WORDS = {"-": "dash", "_": "underscore", ".": "dot"}
POLY = ["abcdef", "ghijkl", "mnopqr", "stuvwx", "yz0123", "456789"]
ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
            "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb "
            "Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb").split()
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _shift_letter(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c


def morse(s):
    return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in s)


def vigenere(s, key="CHLORINE"):
    out, i = [], 0
    for c in s:
        if c.isalpha():
            out.append(_shift_letter(c, ord(key[i % len(key)]) - 65))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def atbash(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(219 - ord(c)))
        elif "A" <= c <= "Z":
            out.append(chr(155 - ord(c)))
        elif c.isdigit():
            out.append(str(9 - int(c)))
        else:
            out.append(c)
    return "".join(out)


def rail_fence(s):
    rails = [[], [], []]
    r, d = 0, 1
    for c in s:
        rails[r].append(c)
        if r == 0:
            d = 1
        elif r == 2:
            d = -1
        r += d
    return " | ".join("".join(x) for x in rails)


def uuencode(s):
    return binascii.b2a_uu(s.encode(), backtick=True).decode().rstrip("\n")


def percent(s):
    return "".join("%%%02X" % b for b in s.encode())


def js_escape(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def _roman(n):
    out = ""
    for v, sym in ROMAN:
        while n >= v:
            out += sym
            n -= v
    return out


def roman(s):
    return " ".join(_roman(ord(c)) for c in s)


def ph_readings(s):
    return " / ".join("%.2f" % ((650 + ord(c)) / 100) for c in s)


def swim_splits(s):
    return ", ".join("%.2f" % ((2500 + ord(c)) / 100) for c in s)


def pool_temps(s):
    return " ".join("%.1f°C" % ((200 + ord(c)) / 10) for c in s)


def lsi(s):
    out = []
    for c in s:
        v = ord(c) - 80
        out.append(("+" if v >= 0 else "-") + "%d.%02d" % (abs(v) // 100, abs(v) % 100))
    return " ".join(out)


def cya(s):
    return "; ".join("%dppm" % (ord(c) - 10) for c in s)


def pool_spelling(s):
    out = []
    for c in s:
        if c.isalpha():
            w = POOL_ALPHA[ord(c.lower()) - 97]
            out.append(w.upper() if c.isupper() else w)
        elif c.isdigit():
            out.append(NUM_WORDS[int(c)])
        else:
            out.append(SYMBOL_WORDS[c])
    return " ".join(out)


def polybius(s):
    out = []
    for c in s:
        if c in SYMBOL_WORDS:
            out.append(c)
            continue
        lc = c.lower()
        for r, row in enumerate(POLY):
            if lc in row:
                out.append(("^" if c.isupper() else "") + "%d%d" % (r + 1, row.index(lc) + 1))
    return " ".join(out)


def elements(s):
    return " ".join(ELEMENTS[ord(c) - 40 - 1] for c in s)


def circled(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        elif c == "0":
            out.append("\u24ea")
        elif "1" <= c <= "9":
            out.append(chr(0x2460 + ord(c) - 49))
        else:
            out.append(c)
    return "".join(out)


def monospace(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D670 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D68A + ord(c) - 97))
        elif c.isdigit():
            out.append(chr(0x1D7F6 + int(c)))
        else:
            out.append(c)
    return "".join(out)


def base62(s):
    n = int.from_bytes(s.encode(), "big")
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


def sql_char(s):
    return "+".join("CHAR(%d)" % ord(c) for c in s)


def trithemius(s):
    out = []
    for i, c in enumerate(s):
        if c.isalpha():
            out.append(_shift_letter(c, i))
        elif c.isdigit():
            out.append(str((int(c) + i) % 10))
        else:
            out.append(c)
    return "".join(out)


def pair_swap(s):
    out = []
    for i in range(0, len(s) - 1, 2):
        out.append(s[i + 1] + s[i])
    if len(s) % 2:
        out.append(s[-1])
    return "".join(out)


# name -> (encoder, rule in words)
E = {
    "morse_code_caret_capitals": (morse, "in Morse code, one code per character separated by spaces, with ^ in front of the code of a capital letter (the full stop is .-.-.-, the hyphen -....-, the underscore ..--.-)"),
    "vigenere_key_chlorine": (vigenere, "with a Vigenère cipher keyed CHLORINE (each letter moved forward by the next key letter, A=0 … Z=25; case kept; digits - _ . unchanged and do not use up key letters)"),
    "atbash_mirror_alphabet": (atbash, "in Atbash (a↔z, b↔y …, the same for capitals, and digits mirrored 0↔9, 1↔8 …; - _ . unchanged)"),
    "rail_fence_three_rails": (rail_fence, "as a three-rail fence: the characters written in a zigzag over three rails (1, 2, 3, 2, 1, 2 …) and read off rail by rail, rails separated by ' | '"),
    "uuencode_single_line": (uuencode, "uuencoded as one line (first character = byte count + 32, then every 3 bytes as 4 characters of value + 32, a backtick for zero)"),
    "percent_encoding_every_byte": (percent, "percent-encoded with every UTF-8 byte escaped as %XX (upper-case hex), even the plain letters"),
    "js_unicode_escape_sequences": (js_escape, "as JavaScript \\u escapes, four lower-case hex digits per character, back to back"),
    "roman_numeral_code_points": (roman, "as Roman numerals, one per character giving its code point, separated by spaces"),
    "ph_readings_offset_hundredths": (ph_readings, "as a column of pH readings, one per character, where (reading − 6.50) × 100 is the code point, separated by ' / '"),
    "swim_split_times_hundredths": (swim_splits, "as 50 m split times in seconds, one per character, where the hundredths minus 2500 are the code point, separated by commas"),
    "pool_temperature_tenths_celsius": (pool_temps, "as a pool temperature log in °C, one reading per character, where the tenths of a degree minus 200 are the code point, separated by spaces"),
    "saturation_index_signed_hundredths": (lsi, "as Langelier saturation index values, one per character, where the index × 100 plus 80 is the code point, separated by spaces"),
    "cyanuric_acid_ppm_plus_ten": (cya, "as cyanuric acid test results, one per character, where the ppm plus 10 is the code point, separated by '; '"),
    "pool_word_spelling_alphabet": (pool_spelling, "letter by letter in our pool alphabet (algae backwash chlorine diatom enzyme filter gutter heater impeller jacuzzi kickboard lifeguard muriatic noodle ozone pump quartz rescue skimmer turnover ultraviolet valve whistle xeriscape yield zeolite; UPPER-CASE word for a capital; digits as zero one … nine; dash, underscore, dot), separated by spaces"),
    "polybius_six_by_six_square": (polybius, "with a 6×6 Polybius square (rows abcdef / ghijkl / mnopqr / stuvwx / yz0123 / 456789, each character as row digit then column digit, ^ before a capital, - _ . as themselves), separated by spaces"),
    "periodic_element_symbols_offset": (elements, "as chemical element symbols, one per character, where the atomic number plus 40 is the code point, separated by spaces"),
    "circled_alphanumerics": (circled, "in circled letters and digits (Ⓐ U+24B6 for A, ⓐ U+24D0 for a, ① U+2460 for 1, ⓪ U+24EA for 0); - _ . unchanged"),
    "mathematical_monospace_letters": (monospace, "in mathematical monospace letters and digits (U+1D670 for A, U+1D68A for a, U+1D7F6 for 0); - _ . unchanged"),
    "base62_big_integer": (base62, "in Base62 (0-9 A-Z a-z) of the UTF-8 bytes read as one big-endian number"),
    "sql_char_function_concat": (sql_char, "as a T-SQL expression of CHAR(n) calls joined with +, one per character"),
    "trithemius_progressive_shift": (trithemius, "with a Trithemius progressive shift: the character at position i (first is 0) moved i places forward among a-z, A-Z or 0-9; - _ . unchanged but counted"),
    "adjacent_pair_swap": (pair_swap, "with each pair of neighbouring characters swapped (1st↔2nd, 3rd↔4th …; an odd last character stays)"),
}


def encode(name, plain):
    return E[name][0](plain)
