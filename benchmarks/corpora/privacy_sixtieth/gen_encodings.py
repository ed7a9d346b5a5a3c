"""Encoders for the 22 evasion encodings. Each entry: phrase(rng) -> (phrase, params); enc(plain, params) -> run."""
import base64, string

NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SYMW = {"-": "dash", "_": "underscore", ".": "dot"}
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def _nato(p):
    out = []
    for c in p:
        if c.isdigit():
            out.append(DIGW[int(c)])
        elif c in SYMW:
            out.append(SYMW[c])
        elif c.isupper():
            out.append(NATO[ord(c) - 65].upper())
        else:
            out.append(NATO[ord(c) - 97])
    return " ".join(out)


def _caesar(p, k):
    o = []
    for c in p:
        if "a" <= c <= "z":
            o.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            o.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            o.append(c)
    return "".join(o)


def _crock(b):
    bits = "".join(format(x, "08b") for x in b)
    bits += "0" * (-len(bits) % 5)
    return "".join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def _b62(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s


def _od(b):
    lines = []
    for i in range(0, len(b), 16):
        lines.append("%06x " % i + " ".join("%02x" % x for x in b[i:i + 16]))
    lines.append("%06x" % len(b))
    return "\n".join(lines)


def _rail(p):
    return p[0::2] + p[1::2]


def _filler(p, r):
    return "".join(c + r.choice("xqzjkvw") for c in p)


ENC = {
 "right_to_left_reversal": (lambda r: ("written backwards (read it right to left)", None), lambda p, k, r: p[::-1]),
 "excel_char_concatenate_formula": (lambda r: ("as an Excel formula of CHAR() codes joined with &", None), lambda p, k, r: "=" + "&".join("CHAR(%d)" % ord(c) for c in p)),
 "octal_backslash_escapes": (lambda r: ("as backslash octal escapes (three octal digits per byte)", None), lambda p, k, r: "".join("\\%03o" % ord(c) for c in p)),
 "json_int_array_char_codes": (lambda r: ("as a JSON array of character codes", None), lambda p, k, r: "[" + ", ".join(str(ord(c)) for c in p) + "]"),
 "binary_eight_bit_groups": (lambda r: ("as 8-bit binary groups, one group per character", None), lambda p, k, r: " ".join(format(ord(c), "08b") for c in p)),
 "ascii85_adobe_tildes": (lambda r: ("in Adobe Ascii85 (between <~ and ~>)", None), lambda p, k, r: base64.a85encode(p.encode(), adobe=True).decode()),
 "caesar_stated_shift": (lambda r: (lambda k: ("Caesar-shifted forward by %d letters (digits, dashes, dots and underscores unchanged)" % k, k))(r.randint(3, 11)), lambda p, k, r: _caesar(p, k)),
 "url_percent_every_byte": (lambda r: ("percent-encoded with every byte escaped as %XX", None), lambda p, k, r: "".join("%%%02X" % ord(c) for c in p)),
 "fix_custom_tag_char_codes": (lambda r: (lambda k: ("as FIX custom tags %d, %d, ... whose values are the character codes in order" % (k, k + 1), k))(r.choice([5001, 7001, 9001, 20001])), lambda p, k, r: "|".join("%d=%d" % (k + i, ord(c)) for i, c in enumerate(p)) + "|"),
 "nato_phonetic_words": (lambda r: ("spelled out in the NATO alphabet (code word in CAPITALS for an upper-case letter, digits and dash / underscore / dot as English words)", None), lambda p, k, r: _nato(p)),
 "crockford_base32_digits": (lambda r: ("in Crockford Base32 (0-9 and A-Z without I, L, O, U; bits padded with zeros, no check symbol)", None), lambda p, k, r: _crock(p.encode())),
 "base62_integer": (lambda r: ("as one base-62 number (digits 0-9, A-Z, a-z; the bytes read as a big-endian integer)", None), lambda p, k, r: _b62(p.encode())),
 "od_hex_byte_dump": (lambda r: ("as an od -A x -t x1 dump (hex offset, then the bytes)", None), lambda p, k, r: _od(p.encode())),
 "utf32be_hex_words": (lambda r: ("as UTF-32BE code units in hex (eight hex digits per character)", None), lambda p, k, r: " ".join("%08x" % ord(c) for c in p)),
 "decimal_triplet_digit_run": (lambda r: ("as one run of three-digit decimal character codes (read it in groups of three)", None), lambda p, k, r: "".join("%03d" % ord(c) for c in p)),
 "reverse_then_base64": (lambda r: ("reversed and then Base64-encoded (decode, then read it backwards)", None), lambda p, k, r: base64.b64encode(p[::-1].encode()).decode()),
 "rail_fence_two_rails": (lambda r: ("in a two-rail rail-fence cipher (the first half holds characters 1, 3, 5 ..., the rest holds 2, 4, 6 ...)", None), lambda p, k, r: _rail(p)),
 "offset_decimal_codes": (lambda r: (lambda k: ("as decimal character codes with %d added to each (subtract %d)" % (k, k), k))(r.randint(100, 400)), lambda p, k, r: " ".join(str(ord(c) + k) for c in p)),
 "every_other_char_filler": (lambda r: ("with a filler letter after every real character (keep characters 1, 3, 5 ...)", None), lambda p, k, r: _filler(p, r)),
 "csv_row_single_chars": (lambda r: ("one character per spreadsheet cell (CSV row, read left to right)", None), lambda p, k, r: ",".join(p)),
 "fullwidth_unicode_forms": (lambda r: ("in full-width Unicode forms (subtract U+FEE0 from each character)", None), lambda p, k, r: "".join(chr(ord(c) + 0xFEE0) for c in p)),
 "base16_rfc4648_upper": (lambda r: ("in Base16 (RFC 4648, upper-case, two hex digits per byte)", None), lambda p, k, r: base64.b16encode(p.encode()).decode()),
}
