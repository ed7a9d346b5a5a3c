"""Encoders for the 22 p86 evasions (input: plain str over [A-Za-z0-9_.-])."""
import base64, binascii, random

NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()))
DIGW = "zero one two three four five six seven eight nine".split()
SYM = {"-": "dash", "_": "underscore", ".": "dot"}


def _bigint(b, alpha):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, len(alpha))
        out = alpha[r] + out
    return out


def crockford(p):
    bits = "".join("%08d" % int(bin(c)[2:]) for c in p.encode())
    bits += "0" * (-len(bits) % 5)
    return "".join("0123456789abcdefghjkmnpqrstvwxyz"[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def math_sans_bold(p):
    o = []
    for c in p:
        if "A" <= c <= "Z": o.append(chr(0x1D5D4 + ord(c) - 65))
        elif "a" <= c <= "z": o.append(chr(0x1D5EE + ord(c) - 97))
        elif "0" <= c <= "9": o.append(chr(0x1D7EC + ord(c) - 48))
        else: o.append(c)
    return "".join(o)


def caesar7(p):
    o = []
    for c in p:
        if c.isupper(): o.append(chr((ord(c) - 65 + 7) % 26 + 65))
        elif c.islower(): o.append(chr((ord(c) - 97 + 7) % 26 + 97))
        elif c.isdigit(): o.append(str((int(c) + 7) % 10))
        else: o.append(c)
    return "".join(o)


def nato(p):
    w = []
    for c in p:
        if c.isupper(): w.append("capital-" + NATO[c.lower()])
        elif c.islower(): w.append(NATO[c])
        elif c.isdigit(): w.append(DIGW[int(c)])
        else: w.append(SYM[c])
    return " ".join(w)


def od_octal(p):
    b = p.encode()
    return "\n".join(" ".join("%03o" % x for x in b[i:i + 16]) for i in range(0, len(b), 16))


def decoy(p, rng):
    al = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(c + rng.choice(al) for c in p)


ENC = {
    "crockford_base32_lowercase": crockford,
    "base36_big_integer": lambda p: _bigint(p.encode(), "0123456789abcdefghijklmnopqrstuvwxyz"),
    "base62_big_integer": lambda p: _bigint(p.encode(), "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
    "rfc1924_base85_alphabet": lambda p: base64.b85encode(p.encode()).decode(),
    "uuencoded_single_line": lambda p: binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip("\n"),
    "utf16le_hex_bytes": lambda p: p.encode("utf-16-le").hex(),
    "ebcdic_cp037_hex_bytes": lambda p: p.encode("cp037").hex().upper(),
    "bash_ansi_c_hex_quoting": lambda p: "$'" + "".join("\\x%02x" % b for b in p.encode()) + "'",
    "go_byte_slice_hex_literal": lambda p: "[]byte{" + ", ".join("0x%02x" % b for b in p.encode()) + "}",
    "python_bytes_fromhex_call": lambda p: "bytes.fromhex('" + p.encode().hex() + "')",
    "xml_hex_char_references": lambda p: "".join("&#x%X;" % ord(c) for c in p),
    "css_six_digit_hex_escapes": lambda p: "".join("\\%06x" % ord(c) for c in p),
    "od_octal_byte_columns": od_octal,
    "unicode_tag_characters_invisible": lambda p: "".join(chr(0xE0000 + ord(c)) for c in p),
    "zero_width_space_interleave": lambda p: "\u200b".join(p),
    "soft_hyphen_interleave": lambda p: "\u00ad".join(p),
    "mathematical_sans_serif_bold_alphanumerics": math_sans_bold,
    "fullwidth_ascii_variants": lambda p: "".join(chr(ord(c) + 0xFEE0) for c in p),
    "nato_phonetic_spelling": nato,
    "rail_fence_two_rails": lambda p: p[0::2] + " | " + p[1::2],
    "caesar_shift_seven_alnum": caesar7,
    "every_other_char_decoy": decoy,
}

PHRASE = {
    "crockford_base32_lowercase": "in Crockford Base32, lower case (alphabet 0123456789abcdefghjkmnpqrstvwxyz, the UTF-8 bits in 5-bit groups, no padding)",
    "base36_big_integer": "in base 36 (digits 0-9a-z; the UTF-8 bytes read as one big-endian number)",
    "base62_big_integer": "in base 62 (digits 0-9A-Za-z; the UTF-8 bytes read as one big-endian number)",
    "rfc1924_base85_alphabet": "in Base85 with the RFC 1924 alphabet (0-9 A-Z a-z !#$%&()*+-;<=>?@^_`{|}~, as Python b85encode)",
    "uuencoded_single_line": "as one uuencoded line (first character is the length, backtick for zero)",
    "utf16le_hex_bytes": "as the hex of its UTF-16LE bytes",
    "ebcdic_cp037_hex_bytes": "as the upper-case hex of its EBCDIC (code page 037) bytes",
    "bash_ansi_c_hex_quoting": "as a bash $'...' string with every byte written as \\xHH",
    "go_byte_slice_hex_literal": "as a Go []byte{...} literal of hex bytes",
    "python_bytes_fromhex_call": "as a Python bytes.fromhex('...') call",
    "xml_hex_char_references": "as XML hexadecimal character references (&#xHH;)",
    "css_six_digit_hex_escapes": "as CSS escapes, a backslash and six hex digits per character",
    "od_octal_byte_columns": "as od -An -to1 output (three-digit octal bytes, 16 per line)",
    "unicode_tag_characters_invisible": "in invisible Unicode tag characters (U+E0000 plus the ASCII code of each character)",
    "zero_width_space_interleave": "with a zero-width space (U+200B) between every two characters",
    "soft_hyphen_interleave": "with a soft hyphen (U+00AD) between every two characters",
    "mathematical_sans_serif_bold_alphanumerics": "in Mathematical Sans-Serif Bold letters and digits (U+1D5D4 block; - _ . unchanged)",
    "fullwidth_ascii_variants": "in fullwidth forms (every character shifted by U+FEE0)",
    "nato_phonetic_spelling": "spelled in the NATO alphabet (capital- marks upper case, digits as words, dash/underscore/dot)",
    "rail_fence_two_rails": "rail-fenced on two rails (characters 1, 3, 5 ... then, after ' | ', characters 2, 4, 6 ...)",
    "caesar_shift_seven_alnum": "Caesar-shifted by seven (letters +7 within their case, digits +7 mod 10, - _ . unchanged)",
    "every_other_char_decoy": "with a decoy character after every real one (keep the 1st, 3rd, 5th ... characters)",
}
