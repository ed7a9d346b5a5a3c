"""Encoders for the 22 evasion notations (the decoder in dec114 is written separately)."""

VIG_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"
VIG_KEY = "JACKPOT"

RULES = {
    "base22_digit_pairs": "in base 22 (digits 0-9 then A-L for ten to twenty-one), two digits per character code point, space-separated",
    "base23_digit_pairs": "in base 23 (digits 0-9 then A-M for ten to twenty-two), two digits per character code point, space-separated",
    "base24_digit_pairs": "in base 24 (digits 0-9 then A-N for ten to twenty-three), two digits per character code point, space-separated",
    "code_point_squares": "as the square of each character's code point, space-separated (take square roots)",
    "triangular_number_code_points": "as the triangular number n(n+1)/2 of each character's code point n, space-separated",
    "nibble_swapped_byte_hex": "as hex pairs, one per UTF-8 byte with its two hex digits swapped, space-separated",
    "modular_inverse_mod_257": "as the multiplicative inverse modulo 257 of each character's code point (invert again modulo 257), space-separated",
    "affine_mod_256_bytes": "as each UTF-8 byte b written as (5*b + 17) mod 256 in decimal, space-separated",
    "complement_to_255_decimal_bytes": "as 255 minus each UTF-8 byte, in decimal, space-separated",
    "crt_residues_mod_11_13": "as each code point's remainders modulo 11 and modulo 13 written r11/r13 (the number below 143 with those remainders), space-separated",
    "bcd_nibble_digits": "as each code point's decimal digits in 4-bit binary-coded decimal, digits of one code point joined by dots, code points space-separated",
    "excess_three_digit_nibbles": "as each code point's decimal digits in 4-bit excess-3 code (digit plus 3), digits of one code point joined by dots, code points space-separated",
    "braille_byte_cells": "as Unicode Braille cells, one per UTF-8 byte (a cell's offset from U+2800 is the byte value)",
    "mathematical_monospace_forms": "in Unicode mathematical monospace letters and digits (read it through NFKC normalisation; _ . - are unchanged)",
    "vigenere_jackpot_custom_alphabet": "with a Vigenere shift over the alphabet A-Z a-z 0-9 _ . - (65 symbols in that order) under the repeating key JACKPOT (each character moved forward by the key letter's index in that alphabet; move back to read it)",
    "chained_xor_hex_bytes": "as hex bytes, each UTF-8 byte XORed with the previous plain byte (the first byte unchanged), space-separated",
    "lcg_keystream_xor_hex": "as hex bytes, each UTF-8 byte XORed with a keystream k1 = 99, k(n+1) = (37*k(n) + 11) mod 256, space-separated",
    "position_offset_code_points": "as each character's code point plus its 1-based position in the string, space-separated",
    "nibble_letters_a_to_p": "as two letters per UTF-8 byte, high nibble first, a=0 through p=15, no separators",
    "elias_gamma_code_points": "as each character's code point n in Elias gamma code (as many zeros as n has binary digits minus one, then n in binary), codes space-separated",
    "mahjong_tile_base44_pairs": "as two mahjong tiles per character, base 44: a tile's value is its offset from U+1F000, the code point is first tile x 44 + second tile",
    "domino_tile_base49_pairs": "as two horizontal domino tiles per character, base 49: a tile's value is its offset from U+1F031, the code point is first tile x 49 + second tile",
}
ENCODINGS = list(RULES)


def _digits(n, base, width):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    for _ in range(width):
        n, r = divmod(n, base)
        out = al[r] + out
    assert n == 0
    return out


def _mono(ch):
    if "A" <= ch <= "Z":
        return chr(0x1D670 + ord(ch) - 65)
    if "a" <= ch <= "z":
        return chr(0x1D68A + ord(ch) - 97)
    if "0" <= ch <= "9":
        return chr(0x1D7F6 + ord(ch) - 48)
    return ch


def e(name, s):
    cps = [ord(c) for c in s]
    bs = s.encode("utf-8")
    if name.startswith("base2") and name.endswith("_digit_pairs"):
        base = int(name[4:6])
        return " ".join(_digits(c, base, 2) for c in cps)
    if name == "code_point_squares":
        return " ".join(str(c * c) for c in cps)
    if name == "triangular_number_code_points":
        return " ".join(str(c * (c + 1) // 2) for c in cps)
    if name == "nibble_swapped_byte_hex":
        return " ".join("%x%x" % (b & 15, b >> 4) for b in bs)
    if name == "modular_inverse_mod_257":
        return " ".join(str(pow(c, 255, 257)) for c in cps)
    if name == "affine_mod_256_bytes":
        return " ".join(str((5 * b + 17) % 256) for b in bs)
    if name == "complement_to_255_decimal_bytes":
        return " ".join(str(255 - b) for b in bs)
    if name == "crt_residues_mod_11_13":
        return " ".join("%d/%d" % (c % 11, c % 13) for c in cps)
    if name == "bcd_nibble_digits":
        return " ".join(".".join(format(int(d), "04b") for d in str(c)) for c in cps)
    if name == "excess_three_digit_nibbles":
        return " ".join(".".join(format(int(d) + 3, "04b") for d in str(c)) for c in cps)
    if name == "braille_byte_cells":
        return "".join(chr(0x2800 + b) for b in bs)
    if name == "mathematical_monospace_forms":
        return "".join(_mono(ch) for ch in s)
    if name == "vigenere_jackpot_custom_alphabet":
        n = len(VIG_ALPHA)
        return "".join(VIG_ALPHA[(VIG_ALPHA.index(ch) + VIG_ALPHA.index(VIG_KEY[i % len(VIG_KEY)])) % n] for i, ch in enumerate(s))
    if name == "chained_xor_hex_bytes":
        out, prev = [], 0
        for b in bs:
            out.append("%02x" % (b ^ prev))
            prev = b
        return " ".join(out)
    if name == "lcg_keystream_xor_hex":
        out, k = [], 99
        for b in bs:
            out.append("%02x" % (b ^ k))
            k = (37 * k + 11) % 256
        return " ".join(out)
    if name == "position_offset_code_points":
        return " ".join(str(c + i + 1) for i, c in enumerate(cps))
    if name == "nibble_letters_a_to_p":
        return "".join(chr(97 + (b >> 4)) + chr(97 + (b & 15)) for b in bs)
    if name == "elias_gamma_code_points":
        return " ".join("0" * (c.bit_length() - 1) + bin(c)[2:] for c in cps)
    if name == "mahjong_tile_base44_pairs":
        return "".join(chr(0x1F000 + c // 44) + chr(0x1F000 + c % 44) for c in cps)
    if name == "domino_tile_base49_pairs":
        return "".join(chr(0x1F031 + c // 49) + chr(0x1F031 + c % 49) for c in cps)
    raise KeyError(name)
