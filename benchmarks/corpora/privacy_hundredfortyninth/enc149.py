"""Encoders for the 22 evasion notations (may use stdlib codecs)."""
import base64, urllib.parse

NATO = {"a": "alfa", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
        "i": "india", "j": "juliett", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu", "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four",
        "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine", "-": "dash", "_": "underscore", ".": "dot"}


def _vig(s, key="BOXES"):
    out, k = [], 0
    for c in s:
        if c.isascii() and c.isalpha():
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base + ord(key[k % len(key)]) - 65) % 26 + base)); k += 1
        else:
            out.append(c)
    return "".join(out)


def _atbash(s):
    o = []
    for c in s:
        if "a" <= c <= "z": o.append(chr(219 - ord(c)))
        elif "A" <= c <= "Z": o.append(chr(155 - ord(c)))
        elif c.isdigit(): o.append(str(9 - int(c)))
        else: o.append(c)
    return "".join(o)


def _b36(b):
    n = int.from_bytes(b, "big"); a = "0123456789abcdefghijklmnopqrstuvwxyz"; o = ""
    while n: n, r = divmod(n, 36); o = a[r] + o
    return o or "0"


def _cols(s, w=4):
    return "/".join(s[i::w] for i in range(w))


def _q4(b):
    return " ".join("".join(str((x >> sh) & 3) for sh in (6, 4, 2, 0)) for x in b)


E = {
    "base32_rfc4648_padded": lambda s: base64.b32encode(s.encode()).decode(),
    "ascii85_adobe_delimited": lambda s: base64.a85encode(s.encode(), adobe=True).decode(),
    "quoted_printable_every_byte": lambda s: "".join("=%02X" % x for x in s.encode()),
    "percent_encoding_every_byte": lambda s: "".join("%%%02X" % x for x in s.encode()),
    "html_decimal_entities": lambda s: "".join("&#%d;" % ord(c) for c in s),
    "html_hex_entities": lambda s: "".join("&#x%x;" % ord(c) for c in s),
    "binary_octets_spaced": lambda s: " ".join(format(x, "08b") for x in s.encode()),
    "whole_string_reversed": lambda s: s[::-1],
    "atbash_letters_nine_complement_digits": _atbash,
    "vigenere_key_boxes_letters_only": _vig,
    "fullwidth_latin_forms": lambda s: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s),
    "nato_phonetic_words_capital_marked": lambda s: " ".join(("CAPITAL-" + NATO[c.lower()]) if c.isupper() else NATO[c] for c in s),
    "base36_big_integer_bytes": lambda s: _b36(s.encode()),
    "hex_byte_order_reversed": lambda s: s.encode()[::-1].hex(),
    "zero_width_space_interleaved": lambda s: "\u200b".join(s),
    "storage_unit_door_numbers": lambda s: " ".join("U-%03d" % ord(c) for c in s),
    "box_volume_cubic_feet_plus_fifty": lambda s: ", ".join("%dcuft" % (ord(c) + 50) for c in s),
    "gate_keypad_star_hash_codes": lambda s: "".join("*%03d#" % ord(c) for c in s),
    "base64_then_string_reversed": lambda s: base64.b64encode(s.encode()).decode()[::-1],
    "hex_upper_dash_groups_of_four": lambda s: "-".join((lambda h: [h[i:i + 4] for i in range(0, len(h), 4)])(s.encode().hex().upper())),
    "column_transposition_width_four": _cols,
    "quaternary_digits_per_byte": lambda s: _q4(s.encode()),
}

RULES = {
    "base32_rfc4648_padded": "in Base32 (RFC 4648 alphabet A-Z 2-7, = padding) of the UTF-8 bytes",
    "ascii85_adobe_delimited": "in Ascii85 of the UTF-8 bytes, Adobe style between <~ and ~> (z for four zero bytes)",
    "quoted_printable_every_byte": "as quoted-printable with every UTF-8 byte written as = and two upper-case hex digits",
    "percent_encoding_every_byte": "percent-encoded, every UTF-8 byte as % and two upper-case hex digits",
    "html_decimal_entities": "as HTML decimal character references &#N; one per character",
    "html_hex_entities": "as HTML hexadecimal character references &#xH; one per character",
    "binary_octets_spaced": "as the UTF-8 bytes in eight-digit binary, space-separated",
    "whole_string_reversed": "written backwards (read it from right to left)",
    "atbash_letters_nine_complement_digits": "in Atbash (a<->z, b<->y within each case) with each digit d replaced by 9 minus d, - _ . unchanged",
    "vigenere_key_boxes_letters_only": "in Vigenere with the key BOXES applied to letters only (A shifts 0, B shifts 1; the key advances only on letters), digits and - _ . unchanged",
    "fullwidth_latin_forms": "in fullwidth forms (each ASCII character moved up by U+FEE0)",
    "nato_phonetic_words_capital_marked": "spelled in NATO words, space-separated, CAPITAL- in front of an upper-case letter, digits as English number words, dash / underscore / dot for - _ .",
    "base36_big_integer_bytes": "in base 36 (0-9 then a-z), reading the UTF-8 bytes as one big-endian number",
    "hex_byte_order_reversed": "as lower-case hex of the UTF-8 bytes taken in reverse order (last byte first)",
    "zero_width_space_interleaved": "with an invisible zero-width space (U+200B) between every two characters; delete them",
    "storage_unit_door_numbers": "as storage unit door numbers U-NNN, one per character, where NNN is the code point, space-separated",
    "box_volume_cubic_feet_plus_fifty": "as moving-box volumes Ncuft, one per character, where N minus 50 is the code point, comma-separated",
    "gate_keypad_star_hash_codes": "as gate keypad entries *NNN#, one per character, where NNN is the code point",
    "base64_then_string_reversed": "as standard Base64 of the UTF-8 bytes, then the whole Base64 string written backwards",
    "hex_upper_dash_groups_of_four": "as upper-case hex of the UTF-8 bytes in groups of four hex digits joined by dashes",
    "column_transposition_width_four": "as a column transposition: written in rows of four characters, then read column by column, columns separated by /",
    "quaternary_digits_per_byte": "as base-4 digits, four per UTF-8 byte (most significant first), space-separated",
}
