"""Encoders for the p186 evasions (hand-written; the decoder in dec186.py is separate)."""

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
    "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-",
}
BRAILLE = {
    "a": "⠁", "b": "⠃", "c": "⠉", "d": "⠙", "e": "⠑", "f": "⠋", "g": "⠛", "h": "⠓", "i": "⠊", "j": "⠚",
    "k": "⠅", "l": "⠇", "m": "⠍", "n": "⠝", "o": "⠕", "p": "⠏", "q": "⠟", "r": "⠗", "s": "⠎", "t": "⠞",
    "u": "⠥", "v": "⠧", "w": "⠺", "x": "⠭", "y": "⠽", "z": "⠵",
}
BR_CAP, BR_NUM, BR_HYPHEN, BR_DOT, BR_UNDERSCORE = "⠠", "⠼", "⠤", "⠲", "⠨⠤"
GREEK = {"A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
         "P": "Ρ", "T": "Τ", "Y": "Υ", "X": "Χ", "o": "ο", "i": "ι", "k": "κ", "v": "ν", "p": "ρ", "u": "υ", "x": "χ"}
ZH = "零一二三四五六七八九"
QROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]


def rot47(s):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)


def reverse(s):
    return s[::-1]


def odd_even(s):
    return s[0::2] + " | " + s[1::2]


def xor5a(s):
    return " ".join("%02x" % (b ^ 0x5A) for b in s.encode())


def base58(s):
    n = int.from_bytes(s.encode(), "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


def base36(s):
    n = int.from_bytes(s.encode(), "big")
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = B36[r] + out
    return out


def base45(s):
    b = s.encode()
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


def morse(s):
    parts = []
    for c in s:
        if c.isupper():
            parts.append("^" + MORSE[c.lower()])
        else:
            parts.append(MORSE[c])
    return " ".join(parts)


def braille(s):
    out = ""
    for c in s:
        if c.isdigit():
            out += BR_NUM + BRAILLE["jabcdefghi"[int(c)]]
        elif c.isupper():
            out += BR_CAP + BRAILLE[c.lower()]
        elif c == "-":
            out += BR_HYPHEN
        elif c == ".":
            out += BR_DOT
        elif c == "_":
            out += BR_UNDERSCORE
        else:
            out += BRAILLE[c]
    return out


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) for c in s)


def greek(s):
    return "".join(GREEK.get(c, c) for c in s)


def soft_hyphen(s):
    return "\u00ad".join(s)


def bacon7(s):
    return " ".join(format(ord(c), "07b").replace("0", "a").replace("1", "b") for c in s)


def autokey(s, primer="RANGE"):
    key = [ord(c) - 65 for c in primer]
    out = ""
    for c in s:
        if c.isalpha() or c.isdigit():
            k = key.pop(0)
            if c.islower():
                out += chr((ord(c) - 97 + k) % 26 + 97)
                key.append(ord(c) - 97)
            elif c.isupper():
                out += chr((ord(c) - 65 + k) % 26 + 65)
                key.append(ord(c) - 65)
            else:
                out += str((int(c) + k) % 10)
                key.append(int(c))
        else:
            out += c
    return out


def _negabinary(n):
    if n == 0:
        return "0"
    out = ""
    while n != 0:
        n, r = divmod(n, -2)
        if r < 0:
            n, r = n + 1, r + 2
        out = str(r) + out
    return out


def negabinary(s):
    return " ".join(_negabinary(ord(c)) for c in s)


def _bal3(n):
    out = ""
    while n:
        r = n % 3
        if r == 2:
            out = "-" + out
            n = (n + 1) // 3
        elif r == 1:
            out = "+" + out
            n //= 3
        else:
            out = "0" + out
            n //= 3
    return out


def balanced_ternary(s):
    return " ".join(_bal3(ord(c)) for c in s)


def _zh(n):
    h, t, u = n // 100, (n // 10) % 10, n % 10
    out = ""
    if h:
        out += ZH[h] + "百"
        if t == 0 and u:
            out += "零" + ZH[u]
        elif t:
            out += ZH[t] + "十" + (ZH[u] if u else "")
    elif t >= 2:
        out += ZH[t] + "十" + (ZH[u] if u else "")
    elif t == 1:
        out += "十" + (ZH[u] if u else "")
    else:
        out += ZH[u]
    return out


def chinese(s):
    return "、".join(_zh(ord(c)) for c in s)


def lane_ring(s):
    return ", ".join("L%d/%d" % (ord(c) // 10, ord(c) % 10) for c in s)


def archery_end(s):
    ends = []
    for i, c in enumerate(s):
        d = "%03d" % ord(c)
        ends.append("E%d %s" % (i + 1, "-".join("M" if x == "0" else x for x in d)))
    return "; ".join(ends)


def grain(s):
    return ", ".join("%dgr" % (ord(c) + 40) for c in s)


def booking_times(s):
    return ", ".join("%02d:%02d" % (8 + ord(c) // 60, ord(c) % 60) for c in s)


def qwerty_shift(s):
    out = ""
    for c in s:
        lc = c.lower()
        for row in QROWS:
            if lc in row:
                n = row[(row.index(lc) + 1) % len(row)]
                out += n.upper() if c.isupper() else n
                break
        else:
            out += c
    return out


# name -> (function, rule in words, family)
ENCODINGS = {
    "rot47_printable_ascii_rotation": (rot47, "with ROT47: every printable ASCII character from ! to ~ is moved 47 places along that 94-character range (so it wraps around)", "cipher (rotation)"),
    "reversed_character_order": (reverse, "written back to front: read the line from its last character to its first", "positional trick"),
    "odd_even_position_split": (odd_even, "split by position: first the 1st, 3rd, 5th … characters, then ' | ', then the 2nd, 4th, 6th … characters; interleave the halves to read it", "positional trick"),
    "xor_key_5a_hex_bytes": (xor5a, "as its UTF-8 bytes each XORed with the key 0x5A and written as two lower-case hex digits, separated by spaces", "cipher (XOR)"),
    "base58_bitcoin_alphabet": (base58, "in Base58 (the Bitcoin alphabet 1-9 A-H J-N P-Z a-k m-z) of its UTF-8 bytes read as one big-endian number", "byte notation"),
    "base36_big_integer": (base36, "in base 36 (digits 0-9 then a-z) of its UTF-8 bytes read as one big-endian number", "numeral system"),
    "base45_rfc9285": (base45, "in Base45 (RFC 9285, the QR-code alphabet 0-9 A-Z space $ % * + - . / :) of its UTF-8 bytes", "byte notation"),
    "morse_code_caret_capitals": (morse, "in Morse code, one character per group separated by spaces, ^ in front of a capital letter (- is -....-, _ is ..--.-, . is .-.-.-)", "spelled form"),
    "braille_grade_one_cells": (braille, "in Unicode Braille (grade 1): ⠠ before a capital, ⠼ plus the letters a-j for each digit 1-9 and 0, ⠤ for -, ⠲ for . and ⠨⠤ for _", "Unicode symbol block"),
    "fullwidth_ascii_forms": (fullwidth, "in full-width forms: every character replaced by its full-width twin (U+FF01 onwards, code point + 0xFEE0)", "Unicode look-alike block"),
    "greek_homoglyph_substitution": (greek, "with Latin letters swapped for look-alike Greek letters wherever one exists (Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ for A B E Z H I K M N O P T Y X; ο ι κ ν ρ υ χ for o i k v p u x); everything else unchanged", "Unicode homoglyph trick"),
    "soft_hyphen_interleaving": (soft_hyphen, "with an invisible soft hyphen (U+00AD) between every two characters; delete them to read it", "invisible-character trick"),
    "baconian_seven_bit_ab_groups": (bacon7, "as a Baconian-style cipher: the code point of every character as seven binary digits with a for 0 and b for 1, groups separated by spaces", "cipher (biliteral)"),
    "autokey_cipher_primer_range": (autokey, "with an autokey cipher primed with RANGE: the key starts R A N G E (17 0 13 6 4) and then continues with the plain text's own letters and digits (a=0 … z=25, digits as themselves); each letter is shifted forward by its key value within its case mod 26, each digit mod 10; - _ . unchanged and not counted", "cipher (autokey)"),
    "negabinary_code_points": (negabinary, "as code points in negabinary (base minus two, digits 0 and 1), one number per character, separated by spaces", "numeral system"),
    "balanced_ternary_code_points": (balanced_ternary, "as code points in balanced ternary (digits + for 1, 0 and - for minus 1, most significant first), one number per character, separated by spaces", "numeral system"),
    "chinese_numeral_code_points": (chinese, "as code points written in Chinese numerals (一 二 三 … 十 百, 零 for a missing ten), separated by 、", "numeral system"),
    "lane_and_ring_score_card": (lane_ring, "as a lane / ring score card, one entry per character: lane number × 10 + ring value is the code point (L12/2 is 122), separated by ', '", "range disguise"),
    "archery_end_three_arrow_digits": (archery_end, "as archery ends of three arrows, one end per character: the three arrow values are the three decimal digits of the code point, M (a miss) standing for 0, ends separated by '; '", "range disguise"),
    "bullet_grain_weight_list": (grain, "as a list of bullet weights in grains, one per character: the weight minus 40 is the code point, separated by ', '", "range disguise"),
    "lane_booking_start_times": (booking_times, "as lane-booking start times, one per character: the minutes after 08:00 are the code point, separated by ', '", "range disguise"),
    "qwerty_row_right_shift_cyclic": (qwerty_shift, "typed one key to the right on a QWERTY keyboard, each row wrapping around (q→w … p→q, a→s … l→a, z→x … m→z, 1→2 … 0→1), case kept; - _ . unchanged", "keyboard trick"),
}
