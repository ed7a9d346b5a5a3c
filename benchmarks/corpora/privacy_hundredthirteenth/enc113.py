"""Encoders for the 22 evasion notations (decoder is dec113, written separately)."""
import datetime, unicodedata, codecs

AL65 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"
KEY = "HARBOUR"
TAP = {c: k for k, cs in {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}.items() for c in cs}


def _alnum_block(s, up, low, dig):
    o = []
    for c in s:
        if "A" <= c <= "Z": o.append(chr(up + ord(c) - 65))
        elif "a" <= c <= "z": o.append(chr(low + ord(c) - 97))
        elif "0" <= c <= "9": o.append(chr(dig + ord(c) - 48))
        else: o.append(c)
    return "".join(o)


def ham(n):
    d = [(n >> 3) & 1, (n >> 2) & 1, (n >> 1) & 1, n & 1]
    p1 = d[0] ^ d[1] ^ d[3]; p2 = d[0] ^ d[2] ^ d[3]; p3 = d[1] ^ d[2] ^ d[3]
    return "".join(map(str, [p1, p2, d[0], p3, d[1], d[2], d[3]]))


RULES = {
    "fullwidth_forms_alphanumerics": "in Unicode fullwidth forms (read each as the plain ASCII character)",
    "math_monospace_alphanumerics": "in Unicode mathematical monospace letters and digits (read them as plain A-Z, a-z, 0-9; - _ . unchanged)",
    "math_sans_serif_alphanumerics": "in Unicode mathematical sans-serif letters and digits (read them as plain A-Z, a-z, 0-9; - _ . unchanged)",
    "braille_pattern_bytes": "as one Unicode Braille pattern per UTF-8 byte (the byte is the code point minus U+2800)",
    "atbash_letters_and_digits": "in Atbash (A<->Z, a<->z, 0<->9 mirrored within each range; - _ . unchanged)",
    "affine_7x_plus_11_over_65": "with an affine cipher over the alphabet A-Z a-z 0-9 _ . - (positions 0-64): cipher = (7 x position + 11) mod 65",
    "progressive_shift_over_65": "shifted through the alphabet A-Z a-z 0-9 _ . - (65 symbols, wrapping): the n-th character (n from 1) moved n places forward",
    "vigenere_key_harbour": "in Vigenere with key HARBOUR on letters only (case kept, A=0 shift, key advances only on letters; digits and - _ . unchanged)",
    "bcd_nibble_decimal_code_points": "as each decimal code point in BCD, one 4-bit group per decimal digit, groups joined by dots, characters space-separated",
    "manchester_byte_bits": "as Manchester line code, each UTF-8 byte's bits most significant first with 1 sent as 10 and 0 as 01, bytes space-separated",
    "nibble_letters_a_to_p": "as hex with the letters a..p standing for the nibbles 0..15, two letters per UTF-8 byte, no separators",
    "squared_code_points": "as the square of each code point, space-separated (take the square root)",
    "eta_day_of_year_dates": "as ETA dates in 2025: each date's day-of-year number (1 January = 1) is the code point, space-separated",
    "unicode_character_name_list": "as the Unicode character names, separated by ' / '",
    "ebcdic_cp037_hex_bytes": "as EBCDIC code page 037 bytes in upper-case hex, space-separated",
    "hamming_7_4_nibble_codewords": "as Hamming(7,4) codewords, two per UTF-8 byte (high nibble first), bits p1 p2 d1 p3 d2 d3 d4, space-separated",
    "negated_signed_byte_values": "as each code point minus 256 (so every number is negative), comma-separated",
    "utf32_big_endian_hex_words": "as UTF-32BE, eight hex digits per character, joined by colons",
    "quoted_printable_forced_escapes": "in quoted-printable with every byte forced into =XX form",
    "phone_multitap_keypresses": "as phone keypad multi-tap presses (2=abc ... 9=wxyz, repeat for the letter), groups space-separated; ^ before a group means upper-case, a digit d is written d#, and *1 *2 *3 stand for - _ .",
    "case_swapped_letters": "with the case of every letter swapped (upper <-> lower; digits and - _ . unchanged)",
    "hex_nibble_swapped_bytes": "as hex pairs per UTF-8 byte with the two nibbles swapped, space-separated",
}


def e(name, s):
    b = s.encode()
    if name == "fullwidth_forms_alphanumerics":
        return "".join(chr(ord(c) + 0xFEE0) for c in s)
    if name == "math_monospace_alphanumerics":
        return _alnum_block(s, 0x1D670, 0x1D68A, 0x1D7F6)
    if name == "math_sans_serif_alphanumerics":
        return _alnum_block(s, 0x1D5A0, 0x1D5BA, 0x1D7E2)
    if name == "braille_pattern_bytes":
        return "".join(chr(0x2800 + x) for x in b)
    if name == "atbash_letters_and_digits":
        return _alnum_block(s.swapcase().swapcase(), 0, 0, 0) if False else "".join(
            chr(155 - ord(c)) if c.isupper() else chr(219 - ord(c)) if c.islower() else chr(105 - ord(c)) if c.isdigit() else c for c in s)
    if name == "affine_7x_plus_11_over_65":
        return "".join(AL65[(7 * AL65.index(c) + 11) % 65] for c in s)
    if name == "progressive_shift_over_65":
        return "".join(AL65[(AL65.index(c) + i + 1) % 65] for i, c in enumerate(s))
    if name == "vigenere_key_harbour":
        o, k = [], 0
        for c in s:
            if c.isalpha():
                base = 65 if c.isupper() else 97
                o.append(chr((ord(c) - base + ord(KEY[k % 7]) - 65) % 26 + base)); k += 1
            else:
                o.append(c)
        return "".join(o)
    if name == "bcd_nibble_decimal_code_points":
        return " ".join(".".join(format(int(d), "04b") for d in str(ord(c))) for c in s)
    if name == "manchester_byte_bits":
        return " ".join("".join("10" if bit == "1" else "01" for bit in format(x, "08b")) for x in b)
    if name == "nibble_letters_a_to_p":
        return "".join("abcdefghijklmnop"[x >> 4] + "abcdefghijklmnop"[x & 15] for x in b)
    if name == "squared_code_points":
        return " ".join(str(ord(c) ** 2) for c in s)
    if name == "eta_day_of_year_dates":
        return " ".join((datetime.date(2025, 1, 1) + datetime.timedelta(days=ord(c) - 1)).isoformat() for c in s)
    if name == "unicode_character_name_list":
        return " / ".join(unicodedata.name(c) for c in s)
    if name == "ebcdic_cp037_hex_bytes":
        return " ".join("%02X" % x for x in codecs.encode(s, "cp037"))
    if name == "hamming_7_4_nibble_codewords":
        return " ".join(ham(x >> 4) + " " + ham(x & 15) for x in b)
    if name == "negated_signed_byte_values":
        return ",".join(str(ord(c) - 256) for c in s)
    if name == "utf32_big_endian_hex_words":
        return ":".join("%08x" % ord(c) for c in s)
    if name == "quoted_printable_forced_escapes":
        return "".join("=%02X" % x for x in b)
    if name == "phone_multitap_keypresses":
        g = []
        for c in s:
            if c.isdigit(): g.append(c + "#")
            elif c in "-_.": g.append("*" + str("-_.".index(c) + 1))
            else:
                k = TAP[c.lower()]
                g.append(("^" if c.isupper() else "") + k * (TAP_ORDER[k].index(c.lower()) + 1))
        return " ".join(g)
    if name == "case_swapped_letters":
        return s.swapcase()
    if name == "hex_nibble_swapped_bytes":
        return " ".join("%x%x" % (x & 15, x >> 4) for x in b)
    raise KeyError(name)


TAP_ORDER = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
