"""Encoders for the 22 p154 evasion notations (rules stated in RULES)."""
import binascii

RULES = {
 "octal_escape_per_byte": "as backslash octal escapes, one \\NNN (three octal digits) per UTF-8 byte, joined",
 "roman_numeral_code_points": "as Roman numerals, one per character separated by spaces, each numeral being the character's code point",
 "birth_year_offset_1800": "as birth years b.YYYY, one per character separated by commas, where YYYY minus 1800 is the code point",
 "folio_recto_verso_numbers": "as register folios f.Nr / f.Nv, one per character separated by spaces, where twice N, plus 1 for a verso (v), is the code point",
 "morse_with_caret_capitals": "in Morse code, letters separated by a space, a ^ directly before the Morse of an upper-case letter, dash written -....- , underscore ..--.- and dot .-.-.-",
 "base58_bitcoin_integer": "in Base58 (the Bitcoin alphabet 123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz), reading the UTF-8 bytes as one big-endian number",
 "uuencode_single_line": "as one uuencoded line (first character gives the byte count, then groups of four characters of 32 plus a six-bit value, backquote for zero)",
 "rot47_printable_ascii": "in ROT47: every printable ASCII character from ! to ~ moved 47 places forward, wrapping around",
 "ebcdic_cp037_hex": "as the EBCDIC code page 037 bytes of the text, two upper-case hex digits per byte separated by spaces",
 "utf16be_code_unit_hex": "as UTF-16 big-endian code units, four lower-case hex digits each, separated by spaces",
 "rail_fence_two_rails": "as a two-rail fence: first the characters at positions 1, 3, 5, ... then a | then those at positions 2, 4, 6, ...",
 "xor_5a_byte_hex": "as lower-case hex of every UTF-8 byte XOR-ed with 0x5A, no separators",
 "nibble_swapped_byte_hex": "as upper-case hex of every UTF-8 byte with its two hex digits swapped, separated by colons",
 "dna_nucleotide_quads": "as DNA letters, four per UTF-8 byte, two bits per letter, most significant first (A=00 C=01 G=10 T=11), one group of four per byte separated by spaces",
 "census_page_line_refs": "as census references p.P/l.L, one per character separated by spaces, where 50 times P plus L is the code point (L runs from 0 to 49)",
 "ahnentafel_father_mother_paths": "as ancestor paths, one per character separated by spaces: write the code point in binary, drop the leading 1, then write 0 as F (father) and 1 as M (mother)",
 "doubled_characters": "with every character written twice (keep every second character)",
 "combining_acute_interleaved": "with a combining acute accent (U+0301) after every character (strip the accents)",
 "soft_hyphen_interleaved": "with a soft hyphen (U+00AD) between every two characters (delete them)",
 "cyrillic_homoglyph_swap": "with the Latin letters a c e o p x y A B C E H K M O P T X swapped for their look-alike Cyrillic letters (swap them back)",
 "mathematical_bold_alnum": "in mathematical bold letters and digits (U+1D400 block); - _ . are unchanged",
 "circled_alphanumerics": "in circled letters and digits (U+24B6 for A, U+24D0 for a, U+2460 for 1, U+24EA for 0); - _ . are unchanged",
}

ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-"}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
HOMO = dict(zip("acеopxyABCEHKMOPTX".replace("е", "e"), "асеорхуАВСЕНКМОРТХ"))


def roman(n):
    s = ""
    for v, r in ROMAN:
        while n >= v:
            s += r
            n -= v
    return s


def encode(name, p):
    b = p.encode()
    if name == "octal_escape_per_byte":
        return "".join("\\%03o" % x for x in b)
    if name == "roman_numeral_code_points":
        return " ".join(roman(ord(c)) for c in p)
    if name == "birth_year_offset_1800":
        return ",".join("b.%d" % (1800 + ord(c)) for c in p)
    if name == "folio_recto_verso_numbers":
        return " ".join("f.%d%s" % (ord(c) // 2, "v" if ord(c) % 2 else "r") for c in p)
    if name == "morse_with_caret_capitals":
        return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in p)
    if name == "base58_bitcoin_integer":
        n = int.from_bytes(b, "big")
        s = ""
        while n:
            n, m = divmod(n, 58)
            s = B58[m] + s
        return s
    if name == "uuencode_single_line":
        return binascii.b2a_uu(b, backtick=True).decode().rstrip("\n")
    if name == "rot47_printable_ascii":
        return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in p)
    if name == "ebcdic_cp037_hex":
        return " ".join("%02X" % x for x in p.encode("cp037"))
    if name == "utf16be_code_unit_hex":
        u = p.encode("utf-16-be")
        return " ".join(u[i:i + 2].hex() for i in range(0, len(u), 2))
    if name == "rail_fence_two_rails":
        return p[0::2] + "|" + p[1::2]
    if name == "xor_5a_byte_hex":
        return "".join("%02x" % (x ^ 0x5A) for x in b)
    if name == "nibble_swapped_byte_hex":
        return ":".join(("%02X" % x)[::-1] for x in b)
    if name == "dna_nucleotide_quads":
        return " ".join("".join("ACGT"[(x >> s) & 3] for s in (6, 4, 2, 0)) for x in b)
    if name == "census_page_line_refs":
        return " ".join("p.%d/l.%d" % divmod(ord(c), 50) for c in p)
    if name == "ahnentafel_father_mother_paths":
        return " ".join(bin(ord(c))[3:].replace("0", "F").replace("1", "M") for c in p)
    if name == "doubled_characters":
        return "".join(c + c for c in p)
    if name == "combining_acute_interleaved":
        return "".join(c + "\u0301" for c in p)
    if name == "soft_hyphen_interleaved":
        return "\u00ad".join(p)
    if name == "cyrillic_homoglyph_swap":
        return "".join(HOMO.get(c, c) for c in p)
    if name == "mathematical_bold_alnum":
        out = []
        for c in p:
            if "A" <= c <= "Z":
                out.append(chr(0x1D400 + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x1D41A + ord(c) - 97))
            elif "0" <= c <= "9":
                out.append(chr(0x1D7CE + ord(c) - 48))
            else:
                out.append(c)
        return "".join(out)
    if name == "circled_alphanumerics":
        out = []
        for c in p:
            if "A" <= c <= "Z":
                out.append(chr(0x24B6 + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x24D0 + ord(c) - 97))
            elif c == "0":
                out.append("\u24EA")
            elif "1" <= c <= "9":
                out.append(chr(0x2460 + ord(c) - 49))
            else:
                out.append(c)
        return "".join(out)
    raise KeyError(name)
