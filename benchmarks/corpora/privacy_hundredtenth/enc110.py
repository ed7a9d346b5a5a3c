"""Encoders for the 22 evasion notations (decoders live separately in dec110.py)."""
ICAO = dict(zip("abcdefghijklmnopqrstuvwxyz", "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu".split()))
ICAO_D = "Zero One Two Tree Four Fife Six Seven Eight Niner".split()
MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-"}


def icao(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append(ICAO_D[int(c)])
        elif c.isalpha():
            out.append(("CAPS " if c.isupper() else "") + ICAO[c.lower()])
        else:
            out.append({"-": "Dash", "_": "Underscore", ".": "Decimal"}[c])
    return " ".join(out)


def morse(s):
    return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in s)


def roman(n):
    vals = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, sym in vals:
        while n >= v:
            out += sym
            n -= v
    return out


def digits_base(n, b, alpha):
    return alpha[n // b] + alpha[n % b]


GREEK_U = "αβγδεϛζηθ"
GREEK_T = "ικλμνξοπϟ"


def greek(n):
    h, t, u = n // 100, n // 10 % 10, n % 10
    return ("ρ" if h else "") + (GREEK_T[t - 1] if t else "") + (GREEK_U[u - 1] if u else "") + "ʹ"


ROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
        "~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?"]


def qwerty_right(c):
    for row in ROWS:
        i = row.find(c)
        if i >= 0:
            return row[i + 1]
    raise ValueError(c)


DS_EXC = {"C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A, "R": 0x211D, "Z": 0x2124}


def double_struck(c):
    if c in DS_EXC:
        return chr(DS_EXC[c])
    if "A" <= c <= "Z":
        return chr(0x1D538 + ord(c) - 65)
    if "a" <= c <= "z":
        return chr(0x1D552 + ord(c) - 97)
    if c.isdigit():
        return chr(0x1D7D8 + int(c))
    return c


def circled(c):
    if "A" <= c <= "Z":
        return chr(0x24B6 + ord(c) - 65)
    if "a" <= c <= "z":
        return chr(0x24D0 + ord(c) - 97)
    if c == "0":
        return "\u24ea"
    if c.isdigit():
        return chr(0x2460 + int(c) - 1)
    return c


def bold(c):
    if "A" <= c <= "Z":
        return chr(0x1D400 + ord(c) - 65)
    if "a" <= c <= "z":
        return chr(0x1D41A + ord(c) - 97)
    if c.isdigit():
        return chr(0x1D7CE + int(c))
    return c


def pow2(n):
    return "+".join(str(1 << i) for i in range(7, -1, -1) if n >> i & 1)


SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
AR = "٠١٢٣٤٥٦٧٨٩"
B17 = "0123456789ABCDEFG"
B19 = "0123456789ABCDEFGHI"
B23 = "0123456789ABCDEFGHIJKLM"


def make_enc(rng):
    dec = "*#~^"
    return {
        "icao_radiotelephony_spelling": (icao, "spelled in the ICAO radiotelephony alphabet, one word per character, words separated by spaces; CAPS before a word means an upper-case letter, digits are spoken Zero One Two Tree Four Fife Six Seven Eight Niner, and Dash, Underscore, Decimal stand for - _ ."),
        "morse_caret_capitals": (morse, "in Morse code, characters separated by spaces, a ^ in front of a letter marks it upper-case (-....- is -, ..--.- is _, .-.-.- is .)"),
        "roman_numeral_code_points": (lambda s: " ".join(roman(ord(c)) for c in s), "as the code point of each character in Roman numerals, space-separated"),
        "gray_code_byte_bits": (lambda s: " ".join(format(b ^ (b >> 1), "08b") for b in s.encode()), "as each UTF-8 byte in 8-bit reflected Gray code (g = b xor (b >> 1)), space-separated"),
        "reversed_decimal_digits": (lambda s: "/".join(str(ord(c))[::-1] for c in s), "as decimal code points with their digits written backwards (501 means 105), separated by slashes"),
        "altitude_hundreds_of_feet": (lambda s: ", ".join(str(ord(c) * 100) + "ft" for c in s), "as altitudes: each character's code point times 100 feet, comma-separated"),
        "seat_row_and_letter_index": (lambda s: " ".join(str(ord(c) // 6) + "ABCDEF"[ord(c) % 6] for c in s), "as seat numbers: row x 6 + seat letter index (A=0 ... F=5) is the code point, space-separated"),
        "math_bold_alphanumerics": (lambda s: "".join(bold(c) for c in s), "in Unicode mathematical bold letters and digits (read them as plain A-Z, a-z, 0-9; - _ . unchanged)"),
        "circled_alphanumerics": (lambda s: "".join(circled(c) for c in s), "in circled Unicode letters and digits (read them as plain letters and digits; - _ . unchanged)"),
        "zero_width_space_interleaved": (lambda s: "\u200b".join(s), "with an invisible zero-width space (U+200B) between every two characters; delete them"),
        "combining_low_line_overlay": (lambda s: "".join(c + "\u0332" for c in s), "with a combining low line (U+0332) after every character; strip the underlining"),
        "greek_alphabetic_numerals": (lambda s: " ".join(greek(ord(c)) for c in s), "as each code point in Greek alphabetic numerals with a keraia (ρ = 100, ι..ϟ = 10..90, α..θ = 1..9, ϛ = 6), space-separated"),
        "qwerty_one_key_right_shift": (lambda s: "".join(qwerty_right(c) for c in s), "typed with the hands shifted one key to the right on a US QWERTY keyboard (same row, same Shift state; type each key one to the left to undo)"),
        "eastern_arabic_digit_code_points": (lambda s: " ".join("".join(AR[int(d)] for d in str(ord(c))) for c in s), "as decimal code points written in Eastern Arabic digits (٠١٢٣٤٥٦٧٨٩), space-separated"),
        "heptadecimal_a_to_g_pairs": (lambda s: " ".join(digits_base(ord(c), 17, B17) for c in s), "in base 17 (A..G = ten..sixteen), two digits per code point, space-separated"),
        "enneadecimal_a_to_i_pairs": (lambda s: " ".join(digits_base(ord(c), 19, B19) for c in s), "in base 19 (A..I = ten..eighteen), two digits per code point, space-separated"),
        "trivigesimal_a_to_m_pairs": (lambda s: " ".join(digits_base(ord(c), 23, B23) for c in s), "in base 23 (A..M = ten..twenty-two), two digits per code point, space-separated"),
        "every_other_char_decoy": (lambda s: "".join(c + rng.choice(dec) for c in s)[:-1], "with a filler symbol from * # ~ ^ after every real character; keep the 1st, 3rd, 5th ... characters"),
        "double_struck_alphanumerics": (lambda s: "".join(double_struck(c) for c in s), "in double-struck (blackboard bold) Unicode letters and digits (read them as plain letters and digits; - _ . unchanged)"),
        "powers_of_two_sum_terms": (lambda s: " ".join(pow2(ord(c)) for c in s), "as each code point written as a sum of powers of two, terms joined by +, characters space-separated"),
        "unicode_tag_block_smuggling": (lambda s: "".join(chr(0xE0000 + ord(c)) for c in s), "hidden in invisible Unicode tag characters (each is U+E0000 plus the ASCII code of the character)"),
        "superscript_digit_code_points": (lambda s: " ".join("".join(SUP[int(d)] for d in str(ord(c))) for c in s), "as decimal code points written in superscript digits, space-separated"),
    }
