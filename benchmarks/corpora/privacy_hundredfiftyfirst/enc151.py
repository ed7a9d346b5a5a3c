"""Encoders for the 22 evasion notations (p151)."""
import base64, string

NATO = dict(zip(string.ascii_lowercase, "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()))
NATO_D = dict(zip("0123456789-_.", "Zero One Two Tree Fower Fife Six Seven Ait Niner Dash Underscore Stop".split()))

RULES = {
 "nato_phonetic_spelling": "in the NATO phonetic alphabet, one word per character separated by spaces: a lower-case word for a lower-case letter, an UPPER-CASE word for a capital, digits as Zero One Two Tree Fower Fife Six Seven Ait Niner, and Dash, Underscore, Stop for - _ .",
 "maidenhead_field_pairs": "as Maidenhead-style field pairs, one per character separated by spaces: two letters A-R, where 18 times the first letter's index plus the second letter's index (A=0 ... R=17) is the code point",
 "twenty_metre_band_khz": "as 20 m dial frequencies in MHz, one per character separated by commas: the kHz above 14.000 MHz is the code point",
 "aprs_base91_pairs": "in APRS-style base91 pairs: each code point as two characters, (code point div 91) + 33 and (code point mod 91) + 33, written together with no separator",
 "ax25_shifted_address_hex": "as AX.25 address bytes: every byte shifted one bit to the left, written as two upper-case hex digits, separated by spaces",
 "binary_octets": "as the UTF-8 bytes in binary, eight bits per byte, most significant bit first, separated by spaces",
 "base36_integer": "in base 36 (0-9 then a-z), reading the UTF-8 bytes as one big-endian number",
 "ascii85_adobe": "in Adobe Ascii85 of the UTF-8 bytes, between <~ and ~> (z for four zero bytes)",
 "base45_qr": "in Base45 (RFC 9285, the QR alphabet 0-9 A-Z space $ % * + - . / :) of the UTF-8 bytes",
 "quoted_printable_every_byte": "in quoted-printable with every byte escaped as = and two upper-case hex digits",
 "percent_encoding_every_byte": "percent-encoded with every byte written as % and two lower-case hex digits",
 "html_decimal_entities": "as HTML decimal character references (&#N;), one per character, joined",
 "reversed_order": "with the characters in reverse order (read it right to left)",
 "caesar_shift_three_alnum": "in a Caesar shift of three: every letter moved three places forward within its case (x->a), every digit d written as (d + 3) mod 10, - _ . unchanged",
 "rst_report_triplets": "as RST signal reports, one per character separated by / : readability R (1-5), strength S (1-9), tone T (1-9), where (R-1)*81 + (S-1)*9 + (T-1) is the code point",
 "dmr_talkgroup_offset": "as DMR talkgroups TGn, one per character separated by spaces, where n minus 3100 is the code point",
 "bit_reversed_byte_hex": "as lower-case hex of every UTF-8 byte with its eight bits in reverse order, no separators",
 "filler_hash_interleave": "with a # after every real character (drop every #)",
 "braille_byte_cells": "as Unicode Braille cells, one per byte: the cell's code point minus U+2800 is the byte",
 "fullwidth_forms": "in full-width forms: every character shifted to its U+FF01-U+FF5E full-width twin",
 "zero_width_space_interleaved": "with an invisible zero-width space (U+200B) between every two characters",
 "decimal_big_integer": "as one decimal number, reading the UTF-8 bytes as a big-endian integer",
}


def _b45(b):
    A = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    out = []
    for i in range(0, len(b), 2):
        ch = b[i:i + 2]
        if len(ch) == 2:
            n = ch[0] * 256 + ch[1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out += [A[c], A[d], A[e]]
        else:
            n = ch[0]
            out += [A[n % 45], A[n // 45]]
    return "".join(out)


def _b36(n):
    s = ""
    while n:
        n, m = divmod(n, 36)
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[m] + s
    return s or "0"


def _rev8(x):
    return int(format(x, "08b")[::-1], 2)


def _caesar(c):
    if c.islower():
        return chr((ord(c) - 97 + 3) % 26 + 97)
    if c.isupper():
        return chr((ord(c) - 65 + 3) % 26 + 65)
    if c.isdigit():
        return str((int(c) + 3) % 10)
    return c


def _rst(cp):
    r, rem = divmod(cp, 81)
    s, t = divmod(rem, 9)
    return f"{r + 1}{s + 1}{t + 1}"


def encode(name, p):
    b = p.encode()
    if name == "nato_phonetic_spelling":
        return " ".join(NATO_D[c] if c in NATO_D else (NATO[c.lower()].upper() if c.isupper() else NATO[c]) for c in p)
    if name == "maidenhead_field_pairs":
        return " ".join(chr(65 + ord(c) // 18) + chr(65 + ord(c) % 18) for c in p)
    if name == "twenty_metre_band_khz":
        return ", ".join(f"14.{ord(c):03d}" for c in p)
    if name == "aprs_base91_pairs":
        return "".join(chr(33 + ord(c) // 91) + chr(33 + ord(c) % 91) for c in p)
    if name == "ax25_shifted_address_hex":
        return " ".join(f"{(x << 1):02X}" for x in b)
    if name == "binary_octets":
        return " ".join(format(x, "08b") for x in b)
    if name == "base36_integer":
        return _b36(int.from_bytes(b, "big"))
    if name == "ascii85_adobe":
        return base64.a85encode(b, adobe=True).decode()
    if name == "base45_qr":
        return _b45(b)
    if name == "quoted_printable_every_byte":
        return "".join(f"={x:02X}" for x in b)
    if name == "percent_encoding_every_byte":
        return "".join(f"%{x:02x}" for x in b)
    if name == "html_decimal_entities":
        return "".join(f"&#{ord(c)};" for c in p)
    if name == "reversed_order":
        return p[::-1]
    if name == "caesar_shift_three_alnum":
        return "".join(_caesar(c) for c in p)
    if name == "rst_report_triplets":
        return " / ".join(_rst(ord(c)) for c in p)
    if name == "dmr_talkgroup_offset":
        return " ".join(f"TG{3100 + ord(c)}" for c in p)
    if name == "bit_reversed_byte_hex":
        return "".join(f"{_rev8(x):02x}" for x in b)
    if name == "filler_hash_interleave":
        return "".join(c + "#" for c in p)
    if name == "braille_byte_cells":
        return "".join(chr(0x2800 + x) for x in b)
    if name == "fullwidth_forms":
        return "".join(chr(ord(c) + 0xFEE0) for c in p)
    if name == "zero_width_space_interleaved":
        return "\u200b".join(p)
    if name == "decimal_big_integer":
        return str(int.from_bytes(b, "big"))
    raise KeyError(name)
