"""Encoders for the 22 p107 evasion notations (plain -> run)."""
import base64

CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
FW = "０１２３４５６７８９"
GRID = ["ABCDEF", "GHIJKL", "MNOPQR", "STUVWX", "YZ0123", "456789"]


def _b(s):
    return s.encode("utf-8")


def crockford(s):
    bits = "".join(format(x, "08b") for x in _b(s))
    bits += "0" * (-len(bits) % 5)
    return "".join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def ascii85(s):
    return base64.a85encode(_b(s), adobe=True).decode()


def base45(s):
    b = _b(s)
    out = []
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += [B45[c], B45[d], B45[e]]
    if len(b) % 2:
        n = b[-1]
        out += [B45[n % 45], B45[n // 45]]
    return "".join(out)


def base58(s):
    n = int.from_bytes(_b(s), "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


def braille(s):
    return "".join(chr(0x2800 + x) for x in _b(s))


def polybius(s):
    toks = []
    for ch in s:
        if ch in "-_.":
            toks.append(ch)
            continue
        u = ch.upper()
        for r, row in enumerate(GRID):
            if u in row:
                t = str(r + 1) + str(row.index(u) + 1)
                toks.append(t + ("l" if ch.islower() else ""))
    return " ".join(toks)


def le_u32(s):
    b = _b(s)
    b += b"\x00" * (-len(b) % 4)
    return " ".join("0x%08x" % int.from_bytes(b[i:i + 4], "little") for i in range(0, len(b), 4))


def ipv4(s):
    b = _b(s)
    b += b"\x00" * (-len(b) % 4)
    return " ".join(".".join(str(x) for x in b[i:i + 4]) for i in range(0, len(b), 4))


def squares(s):
    return ", ".join(str(ord(c) ** 2) for c in s)


def fullwidth(s):
    return " ".join("".join(FW[int(d)] for d in str(ord(c))) for c in s)


def nibble_letters(s):
    return "".join("abcdefghijklmnop"[x >> 4] + "abcdefghijklmnop"[x & 15] for x in _b(s))


def minus256(s):
    return " ".join(str(x - 256) for x in _b(s))


def sci(s):
    out = []
    for c in s:
        d = str(ord(c))
        tail = d[1:].rstrip("0")
        out.append(d[0] + ("." + tail if tail else "") + "e" + str(len(d) - 1))
    return " ".join(out)


def java_bytes(s):
    return "new String(new byte[]{" + ", ".join(str(x) for x in _b(s)) + "}, StandardCharsets.UTF_8)"


def ruby_pack(s):
    return "[" + ", ".join(str(ord(c)) for c in s) + "].pack(\"U*\")"


def matlab_char(s):
    return "char([" + " ".join(str(ord(c)) for c in s) + "])"


def elixir_bin(s):
    return "<<" + ", ".join(str(x) for x in _b(s)) + ">>"


def quinary(s):
    out = []
    for x in _b(s):
        d = ""
        for _ in range(4):
            x, r = divmod(x, 5)
            d = str(r) + d
        out.append(d)
    return " ".join(out)


def excess3(s):
    return " ".join(".".join(format(int(d) + 3, "04b") for d in str(ord(c))) for c in s)


def iso2022(s):
    return " ".join("%02d/%02d" % (x >> 4, x & 15) for x in _b(s))


def bushels(s):
    return "; ".join("%d bu %d pk" % divmod(x, 4) for x in _b(s))


def dozens(s):
    return ", ".join("%d dozen %d" % divmod(ord(c), 12) for c in s)


# name -> (encoder, rule text stated before the run)
ENC = {
 "crockford_base32_symbols": (crockford, "in Crockford base32 (alphabet 0123456789ABCDEFGHJKMNPQRSTVWXYZ, the UTF-8 bits read 5 at a time, the last group padded with zero bits, no check symbol)"),
 "ascii85_adobe_delimited": (ascii85, "in Ascii85 as Adobe writes it (between <~ and ~>, 4 bytes to 5 characters from ! to u, z for four zero bytes)"),
 "base45_qr_alphabet": (base45, "in Base45 of RFC 9285 (byte pairs as three characters c d e with value c + 45d + 45*45e, alphabet 0-9 A-Z space $ % * + - . / :)"),
 "base58_bitcoin_alphabet": (base58, "as one Base58 number in the Bitcoin alphabet (123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz) of its UTF-8 bytes read big-endian"),
 "braille_pattern_byte_cells": (braille, "as Braille pattern cells, one per UTF-8 byte (cell code point minus U+2800 is the byte)"),
 "polybius_six_by_six_coordinates": (polybius, "as row-column pairs in a 6x6 square (rows ABCDEF GHIJKL MNOPQR STUVWX YZ0123 456789), a trailing l marks a lower-case letter, - _ . as themselves, space-separated"),
 "little_endian_u32_hex_words": (le_u32, "as little-endian 32-bit words in hex (the first byte is the lowest), zero bytes pad the last word and are dropped"),
 "ipv4_address_byte_quads": (ipv4, "as dotted quads, four UTF-8 bytes per address, the last padded with 0 bytes that are dropped"),
 "code_point_squares": (squares, "as the squares of the decimal code points, comma-separated (take the square root)"),
 "fullwidth_digit_decimal_codes": (fullwidth, "as decimal code points written with full-width digits, space-separated"),
 "nibble_letters_a_through_p": (nibble_letters, "as two letters per UTF-8 byte, high nibble then low nibble, a=0 b=1 ... p=15, no separators"),
 "byte_minus_256_signed": (minus256, "as each UTF-8 byte minus 256 (negative numbers; add 256), space-separated"),
 "scientific_e_notation_code_points": (sci, "as decimal code points in scientific e-notation (1.05e2 = 105), space-separated"),
 "java_byte_array_string_ctor": (java_bytes, "as a Java new String(new byte[]{...}, UTF_8) expression over decimal UTF-8 bytes"),
 "ruby_pack_u_star_array": (ruby_pack, "as a Ruby array of decimal code points with .pack(\"U*\")"),
 "matlab_char_vector_call": (matlab_char, "as a MATLAB char([...]) call over decimal code points"),
 "elixir_binary_literal_bytes": (elixir_bin, "as an Elixir binary literal <<...>> of decimal UTF-8 bytes"),
 "quinary_four_digit_bytes": (quinary, "in base 5, four base-5 digits per UTF-8 byte, space-separated"),
 "excess_three_code_points": (excess3, "in excess-3 code: each decimal digit of each code point as four bits of digit+3, digits joined by dots, characters space-separated"),
 "iso2022_column_row_notation": (iso2022, "in code-table column/row notation: each UTF-8 byte as cc/rr, column = high nibble and row = low nibble in decimal, space-separated"),
 "bushels_and_pecks_byte_units": (bushels, "as grain measures: each UTF-8 byte as bushels and pecks (4 pecks to the bushel; bushels x 4 + pecks is the byte), separated by semicolons"),
 "egg_dozens_and_units": (dozens, "as egg counts: each code point as dozens and single eggs (dozens x 12 + eggs is the code point), comma-separated"),
}
