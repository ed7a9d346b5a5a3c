"""Encoders for the 22 evasion notations of p116."""
import base64

NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike",
        "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
PUNW = {"-": "dash", "_": "underscore", ".": "dot"}
MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..", "j": ".---",
         "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-",
         "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---",
         "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", "-": "-....-",
         "_": "..--.-", ".": ".-.-.-"}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
D25 = "0123456789ABCDEFGHIJKLMNO"


def _circ(c):
    if "a" <= c <= "z":
        return chr(0x24D0 + ord(c) - 97)
    if "A" <= c <= "Z":
        return chr(0x24B6 + ord(c) - 65)
    if c == "0":
        return "\u24EA"
    if "1" <= c <= "9":
        return chr(0x2460 + ord(c) - 49)
    return c


def _a1z26(c):
    if c.islower():
        return str(ord(c) - 96)
    if c.isupper():
        return "U" + str(ord(c) - 64)
    if c.isdigit():
        return "#" + c
    return c


def _columnar(p):
    w = 4
    padded = p + "*" * (-len(p) % w)
    rows = [padded[i:i + w] for i in range(0, len(padded), w)]
    return "|".join("".join(r[c] for r in rows) for c in range(w))


def _b58(p):
    n = int.from_bytes(p.encode(), "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


E = {
    "base25_digit_pairs": lambda p: " ".join(D25[ord(c) // 25] + D25[ord(c) % 25] for c in p),
    "base26_letter_pairs": lambda p: " ".join(chr(97 + ord(c) // 26) + chr(97 + ord(c) % 26) for c in p),
    "octal_backslash_escapes": lambda p: "".join("\\%03o" % b for b in p.encode()),
    "html_decimal_entities": lambda p: "".join("&#%d;" % ord(c) for c in p),
    "morse_caret_capitals": lambda p: " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in p),
    "nato_phonetic_words": lambda p: " ".join(NATO[ord(c) - 97] if c.islower() else NATO[ord(c) - 65].upper() if c.isupper() else DIGW[int(c)] if c.isdigit() else PUNW[c] for c in p),
    "reversed_character_order": lambda p: p[::-1],
    "rot47_printable_ascii": lambda p: "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in p),
    "base32_rfc4648_padded": lambda p: base64.b32encode(p.encode()).decode(),
    "base58_bitcoin_alphabet": _b58,
    "ascii85_adobe_delimited": lambda p: base64.a85encode(p.encode(), adobe=True).decode(),
    "percent_encoded_every_byte": lambda p: "".join("%%%02X" % b for b in p.encode()),
    "binary_octets_msb_first": lambda p: " ".join(format(b, "08b") for b in p.encode()),
    "js_unicode_escapes": lambda p: "".join("\\u%04x" % ord(c) for c in p),
    "code_point_cubes": lambda p: " ".join(str(ord(c) ** 3) for c in p),
    "middle_dot_interleaved": lambda p: "\u00b7".join(p),
    "columnar_transposition_width4": _columnar,
    "odd_then_even_positions": lambda p: p[0::2] + " | " + p[1::2],
    "utf16le_hex_bytes": lambda p: " ".join("%02x" % b for b in p.encode("utf-16-le")),
    "circled_alphanumerics": lambda p: "".join(_circ(c) for c in p),
    "a1z26_case_marked": lambda p: " ".join(_a1z26(c) for c in p),
    "xor_position_hex_bytes": lambda p: " ".join("%02x" % (b ^ ((i + 1) % 256)) for i, b in enumerate(p.encode())),
}

RULES = {
    "base25_digit_pairs": "in base 25 (digits 0-9 then A-O for ten to twenty-four), two digits per character code point, space-separated",
    "base26_letter_pairs": "as two letters per character, a=0 ... z=25, the code point being first letter x 26 + second letter, pairs space-separated",
    "octal_backslash_escapes": "as C-style octal escapes, one backslash and three octal digits per UTF-8 byte",
    "html_decimal_entities": "as HTML decimal character references (&#N; where N is the code point)",
    "morse_caret_capitals": "in Morse code, letters space-separated, a ^ in front of a letter meaning upper case (-....- is a dash, ..--.- an underscore, .-.-.- a dot)",
    "nato_phonetic_words": "in the NATO spelling alphabet: a lower-case word is a lower-case letter, an UPPER-CASE word a capital, digits as English number words, and the words dash, underscore, dot",
    "reversed_character_order": "backwards (read the characters from right to left)",
    "rot47_printable_ascii": "in ROT47 (every printable ASCII character from ! to ~ rotated 47 places; apply ROT47 again to read it)",
    "base32_rfc4648_padded": "in RFC 4648 Base32 (upper-case alphabet, = padding)",
    "base58_bitcoin_alphabet": "in Base58 with the Bitcoin alphabet, the whole UTF-8 string read as one big-endian number",
    "ascii85_adobe_delimited": "in Adobe Ascii85 between <~ and ~>",
    "percent_encoded_every_byte": "percent-encoded, every UTF-8 byte written as %XX even where not needed",
    "binary_octets_msb_first": "as 8-bit binary octets, one per UTF-8 byte, most significant bit first, space-separated",
    "js_unicode_escapes": "as JavaScript \\uXXXX escapes, one per character",
    "code_point_cubes": "as the cube of each character's code point, space-separated (take cube roots)",
    "middle_dot_interleaved": "with a middle dot (U+00B7) between every two characters (drop the middle dots)",
    "columnar_transposition_width4": "by columnar transposition: written in rows of four (the last row padded with *), then read out column by column, the four columns joined by |",
    "odd_then_even_positions": "as the characters in odd positions (1st, 3rd, ...), then ' | ', then those in even positions; interleave them back",
    "utf16le_hex_bytes": "as UTF-16LE bytes in lower-case hex, space-separated",
    "circled_alphanumerics": "in Unicode circled letters and digits (read each as the plain A-Z, a-z, 0-9 character; - _ . unchanged)",
    "a1z26_case_marked": "in A1Z26 (a=1 ... z=26), a U in front of a number meaning a capital, #d a digit d, - _ . as themselves, space-separated",
    "xor_position_hex_bytes": "as hex bytes, each UTF-8 byte XORed with its 1-based position in the string, space-separated",
}
