"""Encoders for the 22 p88 evasions (decoders are in dec88.py, written separately)."""
import binascii

NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike",
        "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..", "j": ".---",
         "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-",
         "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---",
         "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-",
         "-": "-....-", "_": "..--.-"}
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
GEO = "0123456789bcdefghjkmnpqrstuvwxyz"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _shift(s, k, kd):
    o = []
    for c in s:
        if c.islower():
            o.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif c.isupper():
            o.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.isdigit():
            o.append(chr((ord(c) - 48 + kd) % 10 + 48))
        else:
            o.append(c)
    return "".join(o)


def vigenere(s, key="QLIK"):
    o, i = [], 0
    for c in s:
        if c.isalpha():
            k = ord(key[i % len(key)]) - 65
            base = 97 if c.islower() else 65
            o.append(chr((ord(c) - base + k) % 26 + base)); i += 1
        else:
            o.append(c)
    return "".join(o)


def z85(b):
    b = b + b"\0" * (-len(b) % 4)
    out = ""
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], "big")
        ch = ""
        for _ in range(5):
            n, d = divmod(n, 85); ch = Z85[d] + ch
        out += ch
    return out


def base45(b):
    out = ""
    for i in range(0, len(b), 2):
        ch = b[i:i + 2]
        if len(ch) == 2:
            n = ch[0] * 256 + ch[1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out += B45[c] + B45[d] + B45[e]
        else:
            n = ch[0]
            out += B45[n % 45] + B45[n // 45]
    return out


def geohash32(b):
    bits = "".join(format(x, "08b") for x in b)
    bits += "0" * (-len(bits) % 5)
    return "".join(GEO[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def base36(b):
    n = int.from_bytes(b, "big"); o = ""
    while n:
        n, d = divmod(n, 36); o = B36[d] + o
    return o or "0"


ENC = {
 "excel_char_ampersand_formula": lambda s: "=" + "&".join("CHAR(%d)" % ord(c) for c in s),
 "dax_unichar_concatenation": lambda s: " & ".join("UNICHAR(%d)" % ord(c) for c in s),
 "vba_chrw_hex_literal_concat": lambda s: " & ".join("ChrW$(&H%X)" % ord(c) for c in s),
 "r_rawtochar_hex_vector": lambda s: "rawToChar(as.raw(c(" + ", ".join("0x%02x" % b for b in s.encode()) + ")))",
 "sas_byte_function_cats": lambda s: "cats(" + ", ".join("byte(%d)" % b for b in s.encode()) + ")",
 "stata_char_function_sum": lambda s: " + ".join("char(%d)" % b for b in s.encode()),
 "power_query_character_fromnumber_list": lambda s: "Text.Combine(List.Transform({" + ", ".join(str(ord(c)) for c in s) + "}, Character.FromNumber))",
 "tsql_varbinary_hex_cast": lambda s: "CAST(0x" + s.encode().hex().upper() + " AS VARCHAR(100))",
 "base36_big_integer": lambda s: base36(s.encode()),
 "z85_zeromq_nul_padded": lambda s: z85(s.encode()),
 "base45_rfc9285_alphabet": lambda s: base45(s.encode()),
 "uuencode_single_line": lambda s: binascii.b2a_uu(s.encode(), backtick=True).decode().rstrip("\n"),
 "binary_octets_space_separated": lambda s: " ".join(format(b, "08b") for b in s.encode()),
 "atbash_letters_and_digits": lambda s: "".join(chr(219 - ord(c)) if c.islower() else chr(155 - ord(c)) if c.isupper() else chr(105 - ord(c)) if c.isdigit() else c for c in s),
 "vigenere_keyword_qlik": vigenere,
 "caesar_shift_three_with_digits": lambda s: _shift(s, 3, 3),
 "xor_byte_5a_hex": lambda s: "".join("%02x" % (b ^ 0x5A) for b in s.encode()),
 "reversed_character_order": lambda s: s[::-1],
 "fullwidth_ascii_forms": lambda s: "".join(chr(ord(c) + 0xFEE0) for c in s),
 "morse_code_space_separated": lambda s: " ".join(MORSE[c] for c in s),
 "nato_phonetic_case_marked": lambda s: " ".join(NATO[ord(c) - 97] if c.islower() else NATO[ord(c) - 65].upper() if c.isupper() else DIG[int(c)] if c.isdigit() else {"-": "dash", "_": "underscore", ".": "dot"}[c] for c in s),
 "geohash_base32_alphabet": lambda s: geohash32(s.encode()),
}

RULE = {
 "excel_char_ampersand_formula": "as an Excel formula of CHAR() calls joined with &",
 "dax_unichar_concatenation": "as a DAX expression of UNICHAR() calls joined with &",
 "vba_chrw_hex_literal_concat": "as VBA ChrW$() calls on &H hex literals joined with &",
 "r_rawtochar_hex_vector": "as an R rawToChar(as.raw(c(...))) of hex bytes",
 "sas_byte_function_cats": "as a SAS cats() of byte() calls on decimal byte values",
 "stata_char_function_sum": "as a Stata string expression of char() calls added with +",
 "power_query_character_fromnumber_list": "as a Power Query Text.Combine over Character.FromNumber of decimal code points",
 "tsql_varbinary_hex_cast": "as a T-SQL CAST of a 0x hex literal to VARCHAR",
 "base36_big_integer": "in base 36 (digits 0-9 a-z; the UTF-8 bytes read as one big-endian integer)",
 "z85_zeromq_nul_padded": "in Z85 (ZeroMQ alphabet; NUL-padded to a multiple of four bytes, drop the trailing NULs)",
 "base45_rfc9285_alphabet": "in Base45 (RFC 9285 alphabet 0-9 A-Z space $ % * + - . / :)",
 "uuencode_single_line": "as one uuencoded line (the first character encodes the byte count)",
 "binary_octets_space_separated": "as eight-bit binary octets separated by spaces",
 "atbash_letters_and_digits": "in Atbash (a<->z, A<->Z, 0<->9; - _ . unchanged)",
 "vigenere_keyword_qlik": "Vigenere-enciphered with keyword QLIK (key advances on letters only; digits and - _ . unchanged)",
 "caesar_shift_three_with_digits": "Caesar-shifted by three (letters within their case, digits mod 10; subtract 3 to read)",
 "xor_byte_5a_hex": "as hex of every UTF-8 byte XORed with 0x5A",
 "reversed_character_order": "written backwards (read it from right to left)",
 "fullwidth_ascii_forms": "in Unicode fullwidth forms (U+FF01 to U+FF5E, one per character)",
 "morse_code_space_separated": "in Morse code, one letter per space-separated group (lower case)",
 "nato_phonetic_case_marked": "spelled in NATO words (capital letter = word in CAPITALS, digits as English words, dash, underscore, dot)",
 "geohash_base32_alphabet": "in base32 with the geohash alphabet 0-9 b-z without a i l o, no padding",
}
