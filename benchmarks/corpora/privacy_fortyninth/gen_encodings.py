"""Encoders: ENC[name](plain, rng) -> (phrase, run)."""
import base64
NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu".split()))
DIG = "zero one two three four five six seven eight nine".split()
MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-"}
ROWS = ["`1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./", "~!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"]
ITEMS = ["flour", "sugar", "rice", "oats", "butter", "cheese", "coffee", "lentils", "pasta", "tea", "raisins", "almonds"]

def roman(n):
    out = ""
    for v, s in [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        while n >= v:
            out += s; n -= v
    return out

def nato(p, r):
    toks = []
    for c in p:
        if c.isdigit(): toks.append(DIG[int(c)])
        elif c == "-": toks.append("dash")
        elif c == "_": toks.append("underscore")
        else: toks.append(("capital " if c.isupper() else "small ") + NATO[c.lower()])
    return "spelled out phonetically (capital or small before each letter word, digits as words, dash, underscore)", ", ".join(toks)

def morse(p, r):
    return "in Morse code (characters separated by spaces, a ^ before a letter means it is a capital)", " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in p)

def braille(p, r):
    return "as Unicode braille cells (each cell's code point minus U+2800 is the character code)", "".join(chr(0x2800 + ord(c)) for c in p)

def roman_codes(p, r):
    return "as Roman numerals separated by dots (each numeral is a character code)", ".".join(roman(ord(c)) for c in p)

def qwerty(p, r):
    m = {}
    for row in ROWS:
        for i in range(len(row) - 1):
            m[row[i]] = row[i + 1]
    return "typed with every key moved one to the right on a US QWERTY keyboard (take the key to the left of each character)", "".join(m[c] for c in p)

def atbash(p, r):
    def f(c):
        if c.islower(): return chr(219 - ord(c))
        if c.isupper(): return chr(155 - ord(c))
        if c.isdigit(): return str(9 - int(c))
        return c
    return "mirrored Atbash-style (A<->Z, a<->z, 0<->9; dash and underscore unchanged)", "".join(f(c) for c in p)

def vigenere(p, r):
    key = "".join(r.choice("BCDEFGHJKLMNPRSTVWXYZ") for _ in range(5))
    out, k = "", 0
    for c in p:
        if c.isalpha():
            s = ord(key[k % len(key)]) - 65; k += 1
            base = 65 if c.isupper() else 97
            out += chr(base + (ord(c) - base + s) % 26)
        else:
            out += c
    return "Vigenere-shifted with the keyword " + key + " (A=0, the keyword advances only on letters, case kept; digits, dash and underscore unchanged)", out

def rot47(p, r):
    return "in ROT47", "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in p)

def backwards(p, r):
    return "written backwards (read it from right to left)", p[::-1]

def dice(p, r):
    F = "\u2680\u2681\u2682\u2683\u2684\u2685"
    toks = []
    for c in p:
        n = ord(c)
        toks.append(F[n // 36] + F[(n // 6) % 6] + F[n % 6])
    return "as dice rolls, three dice per character (each face minus one is a base-6 digit, most significant first)", " ".join(toks)

def octal(p, r):
    return "as octal escapes (a backslash and three octal digits per byte)", "".join("\\%03o" % ord(c) for c in p)

def binary(p, r):
    return "as 8-bit binary groups, one per byte", " ".join(format(ord(c), "08b") for c in p)

def percent(p, r):
    return "percent-encoded with every byte written as %XX", "".join("%%%02X" % ord(c) for c in p)

def htmlref(p, r):
    return "as HTML decimal character references", "".join("&#%d;" % ord(c) for c in p)

def b32(p, r):
    return "in Base32 (RFC 4648 alphabet, = padding)", base64.b32encode(p.encode()).decode()

def a85(p, r):
    return "in Ascii85 (Adobe variant, between <~ and ~>)", base64.a85encode(p.encode(), adobe=True).decode()

def fullwidth(p, r):
    return "in fullwidth characters (subtract 0xFEE0 from each code point)", "".join(chr(ord(c) + 0xFEE0) for c in p)

def alphapos(p, r):
    toks = []
    for c in p:
        if c.isupper(): toks.append("U%d" % (ord(c) - 64))
        elif c.islower(): toks.append("L%d" % (ord(c) - 96))
        elif c.isdigit(): toks.append("D" + c)
        else: toks.append("dash" if c == "-" else "underscore")
    return "as alphabet positions (U = capital letter number, L = small letter number, a = 1; D = digit; dash and underscore as words)", " ".join(toks)

def caesar(p, r):
    n = r.randint(3, 23)
    out = ""
    for c in p:
        if c.isalpha():
            base = 65 if c.isupper() else 97
            out += chr(base + (ord(c) - base + n) % 26)
        else:
            out += c
    return "Caesar-shifted forward by %d (letters only, case kept)" % n, out

def filler(p, r):
    return "with a junk character after every real one (keep the 1st, 3rd, 5th ... characters)", "".join(c + r.choice("qzxjkvQZXJKV0123456789") for c in p)

def shopping(p, r):
    lines = []
    for i, c in enumerate(p):
        lines.append("- %s %d g" % (ITEMS[i % len(ITEMS)], ord(c)))
    return "hidden in this shopping list (each weight in grams is a character code, top to bottom)", "\n".join(lines)

def nibble(p, r):
    return "as hex bytes with the two nibbles of every byte swapped", " ".join("%x%x" % (ord(c) & 15, ord(c) >> 4) for c in p)

ENC = {
 "nato_spelled_voice_readout": nato, "morse_with_capital_marks": morse, "braille_pattern_offset_cells": braille,
 "roman_numeral_codes": roman_codes, "qwerty_right_neighbour_keys": qwerty, "atbash_alnum_mirror": atbash,
 "vigenere_stated_keyword": vigenere, "rot47_printable_shift": rot47, "written_backwards_note": backwards,
 "dice_face_base6_triples": dice, "octal_escape_triplets": octal, "eight_bit_binary_groups": binary,
 "percent_encoded_every_byte": percent, "html_numeric_character_refs": htmlref, "base32_rfc4648_padded": b32,
 "ascii85_adobe_block": a85, "fullwidth_forms_variant": fullwidth, "alphabet_position_tokens": alphapos,
 "caesar_stated_shift": caesar, "every_other_char_filler": filler, "shopping_list_gram_weights": shopping,
 "nibble_swapped_hex": nibble,
}
