"""Encoders: enc(plain, param) -> encoded run; PHRASE[name](param) names the encoding (text before the value)."""
import base64

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
         "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
         "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----.", "_": "..--.-", "-": "-....-"}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
RING = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
        "i": "\u0456", "s": "\u0455", "j": "\u0458", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
        "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425"}


def morse(p, _):
    return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in p)


def braille(p, _):
    return "".join(chr(0x2800 + ord(c)) for c in p)


def b32(p, _):
    return base64.b32encode(p.encode()).decode()


def b58(p, _):
    n = int.from_bytes(p.encode(), "big"); out = ""
    while n:
        n, m = divmod(n, 58); out = B58[m] + out
    return out


def b45(p, _):
    b = p.encode(); out = ""
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        c, n = n % 45, n // 45
        out += B45[c] + B45[n % 45] + B45[n // 45]
    if len(b) % 2:
        out += B45[b[-1] % 45] + B45[b[-1] // 45]
    return out


def z85(p, _):
    b = p.encode(); b += b"\0" * (-len(b) % 4); out = ""
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], "big")
        out += "".join(Z85[(n // 85 ** k) % 85] for k in (4, 3, 2, 1, 0))
    return out


def vigenere(p, key):
    out, k = [], 0
    for c in p:
        if c.isalpha():
            base = 65 if c.isupper() else 97
            out.append(chr(base + (ord(c) - base + ord(key[k % len(key)]) - 65) % 26)); k += 1
        else:
            out.append(c)
    return "".join(out)


def atbash(p, _):
    out = []
    for c in p:
        if c.isupper(): out.append(chr(155 - ord(c)))
        elif c.islower(): out.append(chr(219 - ord(c)))
        elif c.isdigit(): out.append(str(9 - int(c)))
        else: out.append(c)
    return "".join(out)


def caesar(p, k):
    return "".join(RING[(RING.index(c) + k) % 62] if c in RING else c for c in p)


def interleave(p, decoys):
    return "".join(c + d for c, d in zip(p, decoys))[:-1]


def tags(p, _):
    return "".join(chr(0xE0000 + ord(c)) for c in p)


def zwbits(p, _):
    return "".join("\u200c" if bit == "1" else "\u200b" for c in p for bit in format(ord(c), "08b"))


def homoglyph(p, _):
    return "".join(HOMO.get(c, c) for c in p)


def bold(p, _):
    out = []
    for c in p:
        if "A" <= c <= "Z": out.append(chr(0x1D400 + ord(c) - 65))
        elif "a" <= c <= "z": out.append(chr(0x1D41A + ord(c) - 97))
        elif c.isdigit(): out.append(chr(0x1D7CE + int(c)))
        else: out.append(c)
    return "".join(out)


def od(p, _):
    b = p.encode(); lines = []
    for i in range(0, len(b), 16):
        lines.append("%07o " % i + " ".join("%02x" % x for x in b[i:i + 16]))
    lines.append("%07o" % len(b))
    return "\n".join(lines)


def pschar(p, _):
    return "-join [char[]](" + ",".join(str(ord(c)) for c in p) + ")"


def pyhex(p, _):
    return "bytes.fromhex('" + p.encode().hex() + "').decode()"


def printfx(p, _):
    return "".join("\\x%02x" % ord(c) for c in p)


def rail(p, _):
    return p[0::2] + " " + p[1::2]


def dns(p, _):
    h = p.encode().hex()
    return ".".join(h[i:i + 8] for i in range(0, len(h), 8))


def ipv6(p, _):
    b = p.encode(); b += b"\0" * (-len(b) % 16); addrs = []
    for i in range(0, len(b), 16):
        addrs.append(":".join(b[j:j + 2].hex() for j in range(i, i + 16, 2)))
    return ", ".join(addrs)


def bigint(p, _):
    return str(int.from_bytes(p.encode(), "big"))


ENC = {
 "morse_code_caret_capitals": morse, "braille_pattern_byte_cells": braille, "base32_rfc4648_padded": b32,
 "base58_bitcoin_alphabet": b58, "base45_qr_alphabet": b45, "z85_zeromq_frames": z85,
 "vigenere_keyword_shift": vigenere, "atbash_mirror_alphabet": atbash, "caesar_alnum_ring_shift": caesar,
 "interleaved_decoy_characters": interleave, "unicode_tag_characters": tags, "zero_width_bit_string": zwbits,
 "cyrillic_homoglyph_swap": homoglyph, "mathematical_bold_alphanumerics": bold, "od_tx1_byte_rows": od,
 "powershell_char_cast_join": pschar, "python_bytes_fromhex_call": pyhex, "printf_backslash_x_escapes": printfx,
 "rail_fence_two_rails": rail, "dns_label_hex_chunks": dns, "ipv6_hextet_byte_pairs": ipv6,
 "big_endian_decimal_integer": bigint,
}

PHRASE = {
 "morse_code_caret_capitals": lambda k: "in Morse code (a ^ in front of a letter means capital, letters separated by single spaces, ..--.- is underscore)",
 "braille_pattern_byte_cells": lambda k: "as Braille pattern cells (each cell minus U+2800 is the character code)",
 "base32_rfc4648_padded": lambda k: "in Base32 (RFC 4648 alphabet, = padding kept)",
 "base58_bitcoin_alphabet": lambda k: "in Base58 with the Bitcoin alphabet (no 0, O, I, l)",
 "base45_qr_alphabet": lambda k: "in Base45, the QR-code alphabet of RFC 9285",
 "z85_zeromq_frames": lambda k: "in Z85 (ZeroMQ base-85; trailing zero bytes are padding)",
 "vigenere_keyword_shift": lambda k: "Vigenère-enciphered with the keyword %s (letters only, case kept, digits and - _ untouched)" % k,
 "atbash_mirror_alphabet": lambda k: "Atbash-mirrored (A<->Z, a<->z and 0<->9, mirror it back)",
 "caesar_alnum_ring_shift": lambda k: "Caesar-shifted forward by %d on the 62-character ring A-Z a-z 0-9 (shift back by %d)" % (k, k),
 "interleaved_decoy_characters": lambda k: "with a junk character after every real one (keep the 1st, 3rd, 5th ... characters)",
 "unicode_tag_characters": lambda k: "as invisible Unicode tag characters (each one is U+E0000 plus the ASCII code) between the brackets",
 "zero_width_bit_string": lambda k: "as zero-width bits (U+200B = 0, U+200C = 1, eight bits per character) between the brackets",
 "cyrillic_homoglyph_swap": lambda k: "with Cyrillic look-alike letters swapped in (map а, е, о, р, с, х, у, і, ѕ, ј, Н, К, М, Т ... back to Latin)",
 "mathematical_bold_alphanumerics": lambda k: "in Unicode mathematical bold letters and digits (map them back to plain ASCII)",
 "od_tx1_byte_rows": lambda k: "as an od -An -tx1 style dump with octal offsets (hex bytes, last line is the length)",
 "powershell_char_cast_join": lambda k: "as a PowerShell char-array join",
 "python_bytes_fromhex_call": lambda k: "as a Python bytes.fromhex() call",
 "printf_backslash_x_escapes": lambda k: "as printf \\x hex escapes (one escape per byte)",
 "rail_fence_two_rails": lambda k: "in a two-rail rail fence (top rail, one space, bottom rail; zip them back together)",
 "dns_label_hex_chunks": lambda k: "as DNS labels (hex of the bytes, eight hex digits per label, read before the .cdn-check.example suffix)",
 "ipv6_hextet_byte_pairs": lambda k: "as IPv6 addresses (every 16-bit group is two ASCII bytes, 00 is padding)",
 "big_endian_decimal_integer": lambda k: "as one big-endian integer in decimal (convert to bytes)",
}
