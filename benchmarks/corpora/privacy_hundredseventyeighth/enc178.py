"""Encoders for the 22 evasion notations (the decoder lives in dec178.py and shares nothing)."""
import binascii

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
         "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
         "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
         "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
         "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-",
         ".": ".-.-.-"}
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo",
        "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
        "whiskey", "xray", "yankee", "zulu"]
NATO_DIGITS = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Niner"]
NATO_PUNCT = {"-": "Dash", "_": "Underscore", ".": "Stop"}
DS_HOLES = {"C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A, "R": 0x211D, "Z": 0x2124}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
FIBS = [89, 55, 34, 21, 13, 8, 5, 3, 2, 1]
POLY = ["ABCDEF", "GHIJKL", "MNOPQR", "STUVWX", "YZ0123", "456789"]
KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}

RULES = {
    "morse_code_caret_capitals": "in Morse code, one group per character separated by spaces, a capital letter marked with ^ in front of its group; - is -....-, _ is ..--.- and . is .-.-.-",
    "nato_spelling_words": "spelled with the NATO alphabet, one word per character separated by spaces: a small letter as its word in lower case, a capital as its word in UPPER CASE, a digit as a Title-case number word (Zero One Two Three Four Five Six Seven Eight Niner), - as Dash, _ as Underscore and . as Stop",
    "atbash_letters_nine_complement_digits": "with the Atbash mirror: a letter at position x of the alphabet (a=0) becomes the letter at 25-x with its case kept, a digit d becomes 9-d; - _ . unchanged",
    "percent_escapes_every_byte": "percent-encoded, every UTF-8 byte written as % and two upper-case hex digits, even the ones that need no escaping",
    "html_decimal_character_references": "as HTML decimal character references, &#n; for every character where n is its code point, back to back",
    "fullwidth_latin_forms": "in full-width forms: every character moved to the Halfwidth and Fullwidth Forms block (code point plus 0xFEE0)",
    "double_struck_letters_and_digits": "in double-struck (blackboard bold) letters and digits (U+1D538 for A, U+1D552 for a, U+1D7D8 for 0, with the letterlike-block forms for C H N P Q R Z); - _ . unchanged",
    "base58_bitcoin_alphabet": "in Base58 with the Bitcoin alphabet (123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz) of the UTF-8 bytes read as one big-endian number",
    "base45_rfc9285_alphabet": "in Base45 (RFC 9285, alphabet 0-9 A-Z space $ % * + - . / :) of the UTF-8 bytes, two bytes to three characters, least significant first",
    "roman_numeral_code_points": "in Roman numerals, one numeral per character separated by spaces, each numeral being the code point",
    "zeckendorf_fibonacci_code_points": "as Fibonacci (Zeckendorf) codes, one group of ten 0/1 digits per character separated by spaces, the digits weighing 89 55 34 21 13 8 5 3 2 1; the weighted sum is the code point",
    "reflected_gray_code_bytes": "in reflected Gray code, eight bits per UTF-8 byte (the byte XOR the byte shifted right by one), groups separated by spaces",
    "polybius_six_by_six_square": "with a 6x6 Polybius square (rows ABCDEF GHIJKL MNOPQR STUVWX YZ0123 456789): every letter or digit becomes its row and column number, a capital letter gets ^ in front, - _ . stand for themselves, tokens separated by spaces",
    "autokey_cipher_primer_puck": "with an autokey cipher primed with PUCK: the key is PUCK followed by the plain text's own letters and digits; each letter or digit is shifted forward by its key character (A=0 ... Z=25, a key digit counts as its value), letters mod 26 with case kept, digits mod 10; - _ . unchanged and not counted",
    "boustrophedon_rows_of_five": "as an ox-turning (boustrophedon) grid: written in rows of five, every second row read right to left, rows separated by ' / '",
    "ice_time_slot_clock_minutes": "as ice-time slot start times separated by ', ', one per character: the minutes after 06:00 are the code point",
    "skate_blade_length_millimetres": "as skate blade lengths separated by ', ', one per character: the length in millimetres minus 150 is the code point",
    "curling_linescore_base_nine": "as a curling linescore, three end scores (0 to 8) per UTF-8 byte joined by '-', bytes separated by ' | ', the three scores being the base-9 digits of the byte, most significant first",
    "brine_temperature_tenths": "as brine temperature readings separated by '; ', one per character: the reading in degrees below zero times ten is the code point",
    "phone_keypad_multitap": "as old-phone multi-tap, one token per character separated by spaces: a small letter is its key pressed as often as needed (a=2, b=22, s=7777), a capital is ^ and that, a digit d is #d, and - _ . stand for themselves",
    "rotated_left_by_three": "rotated: the first three characters were cut off the front and glued to the end",
    "uuencode_single_line_backtick": "uuencoded as one line (length character first, ` for zero), without the begin and end lines",
}
NAMES = list(RULES)


def encode(name, s):
    b = s.encode("utf-8")
    if name == "morse_code_caret_capitals":
        return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in s)
    if name == "nato_spelling_words":
        out = []
        for c in s:
            if c.isdigit():
                out.append(NATO_DIGITS[int(c)])
            elif c in NATO_PUNCT:
                out.append(NATO_PUNCT[c])
            elif c.isupper():
                out.append(NATO[ord(c) - 65].upper())
            else:
                out.append(NATO[ord(c) - 97])
        return " ".join(out)
    if name == "atbash_letters_nine_complement_digits":
        out = ""
        for c in s:
            if "a" <= c <= "z":
                out += chr(97 + 25 - (ord(c) - 97))
            elif "A" <= c <= "Z":
                out += chr(65 + 25 - (ord(c) - 65))
            elif c.isdigit():
                out += str(9 - int(c))
            else:
                out += c
        return out
    if name == "percent_escapes_every_byte":
        return "".join("%%%02X" % x for x in b)
    if name == "html_decimal_character_references":
        return "".join("&#%d;" % ord(c) for c in s)
    if name == "fullwidth_latin_forms":
        return "".join(chr(ord(c) + 0xFEE0) for c in s)
    if name == "double_struck_letters_and_digits":
        out = ""
        for c in s:
            if c in DS_HOLES:
                out += chr(DS_HOLES[c])
            elif "A" <= c <= "Z":
                out += chr(0x1D538 + ord(c) - 65)
            elif "a" <= c <= "z":
                out += chr(0x1D552 + ord(c) - 97)
            elif c.isdigit():
                out += chr(0x1D7D8 + int(c))
            else:
                out += c
        return out
    if name == "base58_bitcoin_alphabet":
        n = int.from_bytes(b, "big")
        out = ""
        while n:
            n, r = divmod(n, 58)
            out = B58[r] + out
        return "1" * (len(b) - len(b.lstrip(b"\0"))) + out
    if name == "base45_rfc9285_alphabet":
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
    if name == "roman_numeral_code_points":
        toks = []
        for c in s:
            n, t = ord(c), ""
            for v, sym in ROMAN:
                while n >= v:
                    t += sym
                    n -= v
            toks.append(t)
        return " ".join(toks)
    if name == "zeckendorf_fibonacci_code_points":
        toks = []
        for c in s:
            n, t = ord(c), ""
            for f in FIBS:
                if f <= n:
                    t += "1"
                    n -= f
                else:
                    t += "0"
            assert n == 0
            toks.append(t)
        return " ".join(toks)
    if name == "reflected_gray_code_bytes":
        return " ".join(format(x ^ (x >> 1), "08b") for x in b)
    if name == "polybius_six_by_six_square":
        toks = []
        for c in s:
            if c in "-_.":
                toks.append(c)
                continue
            u = c.upper()
            for r, row in enumerate(POLY):
                if u in row:
                    toks.append(("^" if c.isupper() else "") + str(r + 1) + str(row.index(u) + 1))
        return " ".join(toks)
    if name == "autokey_cipher_primer_puck":
        key = "PUCK" + "".join(c for c in s if c.isalnum())
        out, i = "", 0
        for c in s:
            if not c.isalnum():
                out += c
                continue
            k = key[i]
            kv = int(k) if k.isdigit() else ord(k.upper()) - 65
            i += 1
            if c.isdigit():
                out += str((int(c) + kv) % 10)
            elif c.isupper():
                out += chr(65 + (ord(c) - 65 + kv) % 26)
            else:
                out += chr(97 + (ord(c) - 97 + kv) % 26)
        return out
    if name == "boustrophedon_rows_of_five":
        rows = [s[i:i + 5] for i in range(0, len(s), 5)]
        return " / ".join(r[::-1] if k % 2 else r for k, r in enumerate(rows))
    if name == "ice_time_slot_clock_minutes":
        return ", ".join("%02d:%02d" % divmod(360 + ord(c), 60) for c in s)
    if name == "skate_blade_length_millimetres":
        return ", ".join("%d mm" % (ord(c) + 150) for c in s)
    if name == "curling_linescore_base_nine":
        return " | ".join("%d-%d-%d" % (x // 81, (x // 9) % 9, x % 9) for x in b)
    if name == "brine_temperature_tenths":
        return "; ".join("-%d.%d°C" % divmod(ord(c), 10) for c in s)
    if name == "phone_keypad_multitap":
        toks = []
        for c in s:
            if c in "-_.":
                toks.append(c)
            elif c.isdigit():
                toks.append("#" + c)
            else:
                for k, letters in KEYPAD.items():
                    if c.lower() in letters:
                        toks.append(("^" if c.isupper() else "") + k * (letters.index(c.lower()) + 1))
        return " ".join(toks)
    if name == "rotated_left_by_three":
        return s[3:] + s[:3]
    if name == "uuencode_single_line_backtick":
        return binascii.b2a_uu(b, backtick=True).decode("ascii").rstrip("\n")
    raise KeyError(name)
