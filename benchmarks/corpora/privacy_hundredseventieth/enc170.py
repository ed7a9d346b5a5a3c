"""Encoders for the p170 evasion notations. The decoder (dec170.py) shares no code or tables with this file."""
import binascii

_MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.", "-": "-....-", ".": ".-.-.-", "_": "..--.-",
}
_NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
         "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
         "xray", "yankee", "zulu"]
_DIGIT_WORDS = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
_KEYPAD = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
_ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_POLY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_ACRO = {"a": "anchor", "b": "bolt", "c": "cylinder", "d": "deadbolt", "e": "escutcheon", "f": "follower", "g": "gate",
         "h": "hasp", "i": "impression", "j": "jamb", "k": "keyway", "l": "latch", "m": "mortise", "n": "notch",
         "o": "offset", "p": "plug", "q": "quickset", "r": "rekey", "s": "spindle", "t": "tumbler", "u": "unlock",
         "v": "vault", "w": "wafer", "x": "xcut", "y": "yoke", "z": "zinc"}
VIG_KEY = "DEADBOLT"


def _morse(s):
    return " ".join(("^" + _MORSE[c.lower()]) if c.isupper() else _MORSE[c] for c in s)


def _nato(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append(_DIGIT_WORDS[int(c)])
        elif c.isalpha():
            w = _NATO[ord(c.lower()) - 97]
            out.append(w.upper() if c.isupper() else w)
        else:
            out.append({"-": "dash", "_": "underscore", ".": "point"}[c])
    return " ".join(out)


def _rot135(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        elif c.isdigit():
            out.append(str((int(c) + 5) % 10))
        else:
            out.append(c)
    return "".join(out)


def _vigenere(s):
    out = []
    for i, c in enumerate(s):
        k = ord(VIG_KEY[i % len(VIG_KEY)]) - 65
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.isdigit():
            out.append(str((int(c) + k) % 10))
        else:
            out.append(c)
    return "".join(out)


def _rail(s):
    rails = ["", "", ""]
    row, step = 0, 1
    for c in s:
        rails[row] += c
        if row == 0:
            step = 1
        elif row == 2:
            step = -1
        row += step
    return " | ".join(rails)


def _multitap(s):
    out = []
    for c in s:
        if c.isalpha():
            lc = c.lower()
            for i, grp in enumerate(_KEYPAD):
                if lc in grp:
                    tok = str(i + 2) * (grp.index(lc) + 1)
            out.append(("*" + tok) if c.isupper() else tok)
        elif c.isdigit():
            out.append("#" + c)
        else:
            out.append(c)
    return " ".join(out)


def _bitting(s):
    return " / ".join("-".join("%03d" % ord(c)) for c in s)


def _keyblank(s):
    return ", ".join("KB%d" % (ord(c) + 1000) for c in s)


def _safedial(s):
    return " ".join("%s%02d" % ("LR"[i % 2], ord(c) - 30) for i, c in enumerate(s))


def _transponder(s):
    h = s.encode().hex().upper()
    h += "0" * (-len(h) % 8)
    return " ".join("ID46-" + h[i:i + 8] for i in range(0, len(h), 8))


def _uu(s):
    return binascii.b2a_uu(s.encode(), backtick=True).decode().rstrip("\n")


def _qp(s):
    return "".join("=%02X" % b for b in s.encode())


def _pct(s):
    return "".join("%%%02x" % b for b in s.encode())


def _jsesc(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def _circled(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif c == "0":
            out.append("\u24EA")
        elif c.isdigit():
            out.append(chr(0x2460 + int(c) - 1))
        else:
            out.append(c)
    return "".join(out)


def _mono(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(0x1D68A + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(chr(0x1D670 + ord(c) - 65))
        elif c.isdigit():
            out.append(chr(0x1D7F6 + int(c)))
        else:
            out.append(c)
    return "".join(out)


def _roman(s):
    out = []
    for c in s:
        n, t = ord(c), ""
        for v, sym in _ROMAN:
            while n >= v:
                t += sym
                n -= v
        out.append(t)
    return " ".join(out)


def _ternary(s):
    out = []
    for b in s.encode():
        t = ""
        for _ in range(5):
            b, d = divmod(b, 3)
            t = str(d) + t
        out.append(t)
    return " ".join(out)


def _negabinary(s):
    out = []
    for c in s:
        n, t = ord(c), ""
        while n != 0:
            n, rem = divmod(n, -2)
            if rem < 0:
                n, rem = n + 1, rem + 2
            t = str(rem) + t
        out.append(t or "0")
    return " ".join(out)


def _polybius(s):
    out = []
    for c in s:
        if c.isalnum():
            i = _POLY.index(c.upper())
            tok = "%d%d" % (i // 6 + 1, i % 6 + 1)
            out.append(("^" + tok) if c.isupper() else tok)
        else:
            out.append(c)
    return " ".join(out)


def _acrostic(s):
    out = []
    for c in s:
        if c.isalpha():
            w = _ACRO[c.lower()]
            out.append(w.capitalize() if c.isupper() else w)
        elif c.isdigit():
            out.append(c + "pin")
        else:
            out.append(c)
    return " ".join(out)


def _halves(s):
    h = len(s) // 2
    return s[h:] + " ~ " + s[:h]


ENCODERS = {
    "morse_code_caret_capitals": _morse,
    "nato_spelling_alphabet_words": _nato,
    "rot13_letters_rot5_digits": _rot135,
    "vigenere_keyword_deadbolt": _vigenere,
    "rail_fence_three_rails": _rail,
    "phone_keypad_multitap": _multitap,
    "pin_tumbler_bitting_depths": _bitting,
    "key_blank_catalogue_numbers": _keyblank,
    "safe_dial_turn_numbers": _safedial,
    "transponder_chip_id_hex": _transponder,
    "uuencode_backtick_line": _uu,
    "quoted_printable_every_byte": _qp,
    "percent_encoding_every_byte": _pct,
    "javascript_unicode_escapes": _jsesc,
    "circled_alphanumeric_forms": _circled,
    "mathematical_monospace_forms": _mono,
    "roman_numeral_code_points": _roman,
    "ternary_five_trit_bytes": _ternary,
    "negabinary_code_points": _negabinary,
    "polybius_six_by_six_square": _polybius,
    "acrostic_initial_letters": _acrostic,
    "halves_swapped_around_tilde": _halves,
}

RULES = {
    "morse_code_caret_capitals": "in Morse code, one group per character separated by spaces, a ^ in front of the group of a capital letter, with -....- for a hyphen, ..--.- for an underscore and .-.-.- for a full stop",
    "nato_spelling_alphabet_words": "spelled with the NATO alphabet, one word per character separated by spaces: a lower-case word is a small letter, an UPPER-CASE word a capital, Zero to Nine in title case are digits, and dash / underscore / point stand for - _ .",
    "rot13_letters_rot5_digits": "with every letter moved 13 places along the alphabet (case kept) and every digit moved 5 places (0-9 wrapping); - _ . stay as they are",
    "vigenere_keyword_deadbolt": "in a Vigenere cipher with the keyword DEADBOLT: the n-th character is shifted forward by the n-th key letter (A=0 ... Z=25, the key repeats and also advances over - _ .), letters keep their case, digits shift modulo 10",
    "rail_fence_three_rails": "as a rail fence over three rails: the characters were written in a zigzag (rail 1, 2, 3, 2, 1, ...) and the three rails are given in order, separated by ' | '",
    "phone_keypad_multitap": "typed on an old phone keypad, one group per character separated by spaces: a letter is its key pressed once per position (2=abc ... 9=wxyz, so 777 is r), * before a capital, # before a plain digit, - _ . as themselves",
    "pin_tumbler_bitting_depths": "as pin-tumbler bitting codes, one per character separated by ' / ': the three cut depths read together as a decimal number are the code point",
    "key_blank_catalogue_numbers": "as key blank catalogue numbers KB<n>, one per character separated by ', ', where n minus 1000 is the code point",
    "safe_dial_turn_numbers": "as a safe-dial sequence, one dial number per character with the turn letters L and R alternating (L first), where the two-digit dial number plus 30 is the code point",
    "transponder_chip_id_hex": "as transponder chip IDs ID46-XXXXXXXX separated by spaces: the hex digits of all IDs joined together are the UTF-8 bytes, the last ID padded with 00",
    "uuencode_backtick_line": "as one uuencoded line (the first character gives the byte count, then every 3 bytes as 4 characters from space to underscore, with ` written for zero)",
    "quoted_printable_every_byte": "in quoted-printable with every UTF-8 byte escaped as =XX (upper-case hex)",
    "percent_encoding_every_byte": "URL percent-encoded with every UTF-8 byte written as %xx (lower-case hex), even the safe ones",
    "javascript_unicode_escapes": "as JavaScript \\uXXXX escapes, one four-hex-digit code point per character, back to back",
    "circled_alphanumeric_forms": "in circled letters and digits (U+24B6 for A, U+24D0 for a, U+2460 for 1, U+24EA for 0); - _ . unchanged",
    "mathematical_monospace_forms": "in mathematical monospace letters and digits (U+1D670 for A, U+1D68A for a, U+1D7F6 for 0); - _ . unchanged",
    "roman_numeral_code_points": "as Roman numerals, one per character separated by spaces, each numeral being the code point",
    "ternary_five_trit_bytes": "in base 3, five trits per UTF-8 byte (most significant first), bytes separated by spaces",
    "negabinary_code_points": "in negabinary (base minus two), one number per character separated by spaces, each being the code point",
    "polybius_six_by_six_square": "with a 6x6 Polybius square filled row by row with A-Z then 0-9: each letter or digit is its row and column (1-6), ^ before a capital, - _ . as themselves, tokens separated by spaces",
    "acrostic_initial_letters": "as an acrostic: read only the first character of each space-separated token (a capitalised word gives a capital letter, 4pin gives 4, a lone - _ . is itself)",
    "halves_swapped_around_tilde": "cut in half (the first half one shorter when the length is odd) and written second half first, the halves separated by ' ~ '",
}


def encode(name, plain):
    return ENCODERS[name](plain)
