"""Encoders for the p168 evasion notations (the decoder lives in dec168.py and shares nothing)."""
import base64
import gzip


def _bytes(s):
    return s.encode("utf-8")


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58(s):
    b = _bytes(s)
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def ascii85(s):
    return base64.a85encode(_bytes(s), adobe=True).decode()


def base85(s):
    return base64.b85encode(_bytes(s)).decode()


def binary_octets(s):
    return " ".join(format(x, "08b") for x in _bytes(s))


def dna(s):
    nuc = "ACGT"
    return " ".join("".join(nuc[(x >> sh) & 3] for sh in (6, 4, 2, 0)) for x in _bytes(s))


def dice(s):
    out = []
    for x in _bytes(s):
        a, rest = divmod(x, 36)
        b, c = divmod(rest, 6)
        out.append("%d%d%d" % (a + 1, b + 1, c + 1))
    return " ".join(out)


def rot47(s):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)


_ROWS = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./",
         "!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"]


def qwerty_right(s):
    out = []
    for c in s:
        for row in _ROWS:
            i = row.find(c)
            if i >= 0:
                out.append(row[i + 1])
                break
        else:
            raise ValueError(c)
    return "".join(out)


def braille_bytes(s):
    return "".join(chr(0x2800 + x) for x in _bytes(s))


def fullwidth(s):
    return "".join(chr(0xFF01 + ord(c) - 0x21) for c in s)


def bold_fraktur(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D56C + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D586 + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def tag_chars(s):
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def decoys(s, rng):
    alpha = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(c + rng.choice(alpha) for c in s)


def triplets_reversed(s):
    groups = [s[i:i + 3] for i in range(0, len(s), 3)]
    return " ".join(reversed(groups))


def middle_dots(s):
    return "\u00b7".join(s)


def html_decimal(s):
    return "".join("&#%d;" % ord(c) for c in s)


def gzip_b64(s):
    return base64.b64encode(gzip.compress(_bytes(s), compresslevel=9, mtime=0)).decode()


def autoclave_seconds(s):
    return ", ".join("%d:%02d" % divmod(ord(c), 60) for c in s)


def coil_voltage(s):
    return " / ".join("%d.%dV" % divmod(ord(c), 10) for c in s)


def deposit_cents(s):
    return ", ".join("$%d.%02d" % divmod(5000 + ord(c), 100) for c in s)


def ink_lots(s):
    return " ".join("IL24-%d" % (ord(c) + 300) for c in s)


def ipv4_quads(s):
    b = _bytes(s)
    b = b + b"\0" * (-len(b) % 4)
    return ", ".join(".".join(str(x) for x in b[i:i + 4]) for i in range(0, len(b), 4))


# name -> (rule wording, encoder, needs rng)
E = {
    "base58_bitcoin_alphabet": ("in Base58 with the Bitcoin alphabet (123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz), the UTF-8 bytes read as one big-endian number", base58, False),
    "ascii85_adobe_delimited": ("in Ascii85 (Adobe style, between <~ and ~>; every 4 bytes become 5 characters from ! to u)", ascii85, False),
    "base85_rfc1924_alphabet": ("in Base85 with the RFC 1924 / git alphabet (0-9 A-Z a-z !#$%&()*+-;<=>?@^_`{|}~), every 4 bytes as 5 characters, a short last group padded and trimmed", base85, False),
    "binary_octets_space_separated": ("in binary, eight bits per UTF-8 byte, bytes separated by spaces", binary_octets, False),
    "dna_nucleotide_quads": ("as DNA letters, two bits per letter (A=00 C=01 G=10 T=11), four letters per byte, bytes separated by spaces", dna, False),
    "dice_roll_base6_triplets": ("as three dice rolls per byte, i.e. base 6 with the digits written 1-6 (roll minus one), most significant roll first, separated by spaces", dice, False),
    "rot47_printable_ascii": ("in ROT47: every printable ASCII character from ! to ~ moved 47 places along that 94-character range", rot47, False),
    "qwerty_one_key_to_the_right": ("typed with the hand shifted one key to the right on a US QWERTY keyboard (each character replaced by the key to its right, shifted keys stay shifted)", qwerty_right, False),
    "braille_byte_cells": ("as 8-dot Braille cells, one per UTF-8 byte, the cell U+2800 plus the byte value", braille_bytes, False),
    "fullwidth_latin_forms": ("in full-width forms (U+FF01 to U+FF5E, each ASCII character plus 0xFEE0)", fullwidth, False),
    "bold_fraktur_letters": ("with every letter in mathematical bold Fraktur (U+1D56C for A, U+1D586 for a); digits and - _ . unchanged", bold_fraktur, False),
    "unicode_tag_characters": ("in invisible Unicode tag characters (U+E0000 plus the ASCII code); copy the line into a code-point viewer", tag_chars, False),
    "every_second_character_decoys": ("with a decoy after every real character: keep the 1st, 3rd, 5th … characters and drop the others", decoys, True),
    "triplets_in_reverse_order": ("cut into groups of three from the start and the groups written in reverse order, separated by spaces (the last, possibly short, group comes first)", triplets_reversed, False),
    "middle_dot_between_characters": ("with a middle dot (·) between every two characters; delete the dots", middle_dots, False),
    "html_decimal_character_references": ("as HTML decimal character references (&#NN;), one per character, back to back", html_decimal, False),
    "gzip_then_base64": ("gzip-compressed and then Base64-encoded (pipe it through base64 -d | gunzip)", gzip_b64, False),
    "autoclave_cycle_durations_seconds": ("as a list of autoclave hold times M:SS, one per character, where the total seconds are the code point, separated by commas", autoclave_seconds, False),
    "coil_machine_voltage_tenths": ("as coil-machine voltage settings, one per character, where the voltage times ten is the code point, separated by slashes", coil_voltage, False),
    "deposit_amounts_cents_offset": ("as booking deposits in dollars, one per character, where the amount in cents minus 5000 is the code point, separated by commas", deposit_cents, False),
    "ink_lot_numbers_minus_300": ("as ink lot numbers IL24-N, one per character, where N minus 300 is the code point, separated by spaces", ink_lots, False),
    "ipv4_dotted_quads_of_bytes": ("as IPv4-looking addresses, four UTF-8 bytes per address (the last one padded with zeros), addresses separated by commas", ipv4_quads, False),
}


def encode(name, plain, rng=None):
    _rule, fn, needs_rng = E[name]
    return fn(plain, rng) if needs_rng else fn(plain)
