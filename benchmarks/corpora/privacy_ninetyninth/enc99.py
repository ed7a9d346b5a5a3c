"""Encoders for p99 evasions. Each entry: name -> (rule text, encoder)."""
import unicodedata

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
         "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
         "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-"}
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е",
        "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
ACRO = {"a": "apple", "b": "banjo", "c": "cactus", "d": "dingo", "e": "ember", "f": "fable", "g": "gravel", "h": "hollow",
        "i": "igloo", "j": "jigsaw", "k": "kettle", "l": "lemon", "m": "mango", "n": "nectar", "o": "otter", "p": "pepper",
        "q": "quiver", "r": "raven", "s": "saddle", "t": "tundra", "u": "umber", "v": "violet", "w": "walrus", "x": "xylem",
        "y": "yonder", "z": "zephyr"}

def b(s):
    return s.encode()

def roman(n):
    out = ""
    for v, r in ROMAN:
        while n >= v:
            out += r; n -= v
    return out

def crock(bs):
    bits = "".join(f"{x:08b}" for x in bs)
    bits += "0" * (-len(bits) % 5)
    return "".join(CROCK[int(bits[i:i+5], 2)] for i in range(0, len(bits), 5))

def trits(x):
    d = ""
    for _ in range(6):
        d = str(x % 3) + d; x //= 3
    return d

def quads(x):
    return "".join("ACGT"[(x >> sh) & 3] for sh in (6, 4, 2, 0))

def ipq(bs):
    bs = list(bs) + [0] * (-len(bs) % 4)
    return " ".join(".".join(str(x) for x in bs[i:i+4]) for i in range(0, len(bs), 4))

def pairswap(s):
    out = []
    for i in range(0, len(s) - 1, 2):
        out += [s[i+1], s[i]]
    if len(s) % 2:
        out.append(s[-1])
    return "".join(out)

def spell(ch):
    if ch.isupper(): return "capital " + ch.lower()
    if ch.islower(): return "small " + ch
    if ch.isdigit(): return "digit " + ch
    return {"-": "hyphen", "_": "underscore", ".": "dot"}[ch]

def acro(ch):
    if ch.isalpha():
        w = ACRO[ch.lower()]
        return w.capitalize() if ch.isupper() else w
    if ch.isdigit(): return ch + "th"
    return {"-": "-dash", "_": "_under", ".": ".dot"}[ch]

ENC = {
 "quoted_printable_every_byte": ("quoted-printable with every byte escaped as =HH (upper-case hex)",
    lambda s: "".join(f"={x:02X}" for x in b(s))),
 "java_new_string_char_codes": ("as a Java new String(new char[]{...}) of decimal char codes",
    lambda s: "new String(new char[]{" + ", ".join(str(ord(ch)) for ch in s) + "})"),
 "tsql_nchar_plus_chain": ("as a T-SQL expression NCHAR(n)+NCHAR(n)+... of decimal code points",
    lambda s: "+".join(f"NCHAR({ord(ch)})" for ch in s)),
 "oracle_chr_pipe_chain": ("as an Oracle expression CHR(n)||CHR(n)||... of decimal codes",
    lambda s: "||".join(f"CHR({ord(ch)})" for ch in s)),
 "hex_nibble_swapped_bytes": ("as hex bytes with the two hex digits of every byte swapped (low nibble first), no separator",
    lambda s: "".join(f"{x:02x}"[::-1] for x in b(s))),
 "morse_with_caret_capitals": ("in Morse code, letters separated by spaces, ^ before the code of an upper-case letter, - as -....-, _ as ..--.-, . as .-.-.-",
    lambda s: " ".join(("^" if ch.isupper() else "") + MORSE[ch.lower()] for ch in s)),
 "braille_pattern_byte_cells": ("as Unicode Braille patterns, one cell per byte (cell = U+2800 + byte value)",
    lambda s: "".join(chr(0x2800 + x) for x in b(s))),
 "crockford_base32_bitstream": ("in Crockford Base32 (alphabet 0-9 A-Z without I L O U), the UTF-8 bits read 5 at a time, last group zero-padded",
    lambda s: crock(b(s))),
 "ebcdic_cp037_hex_bytes": ("as the hex of its EBCDIC code page 037 bytes, space-separated",
    lambda s: " ".join(f"{x:02X}" for x in s.encode("cp037"))),
 "roman_numeral_code_points": ("as Roman numerals, one per character code point, separated by spaces",
    lambda s: " ".join(roman(ord(ch)) for ch in s)),
 "ternary_six_trit_bytes": ("in base 3, six trits per byte, bytes separated by spaces",
    lambda s: " ".join(trits(x) for x in b(s))),
 "nucleotide_base4_quads": ("as nucleotides, four per byte, most significant first (A=0 C=1 G=2 T=3)",
    lambda s: "".join(quads(x) for x in b(s))),
 "gray_code_byte_bits": ("as reflected Gray code: every byte b written as the eight bits of b XOR (b >> 1), space-separated",
    lambda s: " ".join(f"{x ^ (x >> 1):08b}" for x in b(s))),
 "adjacent_pair_swap": ("with every two neighbouring characters swapped (1st<->2nd, 3rd<->4th, ...; an odd last one stays)",
    pairswap),
 "python_named_unicode_escapes": ("as a Python string of \\N{...} named escapes, one per character",
    lambda s: "\"" + "".join("\\N{" + unicodedata.name(ch) + "}" for ch in s) + "\""),
 "spelled_character_names_commas": ("spelled out character by character (capital x / small x / digit n / hyphen / underscore / dot), comma-separated",
    lambda s: ", ".join(spell(ch) for ch in s)),
 "ones_complement_byte_decimals": ("as decimal values of 255 minus each byte, separated by slashes",
    lambda s: "/".join(str(255 - x) for x in b(s))),
 "cyrillic_homoglyph_swap": ("with Latin letters replaced by Cyrillic look-alikes where one exists (а е о р с х у А В Е К М Н О Р С Т Х); map them back to Latin",
    lambda s: "".join(HOMO.get(ch, ch) for ch in s)),
 "dotted_quad_byte_groups": ("as fake IPv4 addresses: four bytes per dotted quad, the last quad padded with 0, quads separated by spaces",
    lambda s: ipq(b(s))),
 "sqlite_char_function_call": ("as an SQLite char(...) call of decimal code points",
    lambda s: "char(" + ",".join(str(ord(ch)) for ch in s) + ")"),
 "acrostic_word_initials": ("as an acrostic: take the first character of every word (digits and - _ . start their own words)",
    lambda s: " ".join(acro(ch) for ch in s)),
 "base10_big_integer_bytes": ("as one decimal number: its UTF-8 bytes read as a big-endian integer",
    lambda s: str(int.from_bytes(b(s), "big"))),
}
