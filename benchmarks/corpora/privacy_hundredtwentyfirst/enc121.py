"""Encoders for p121 evasions."""
import base64, binascii

def _b36(n, digs="0123456789abcdefghijklmnopqrstuvwxyz", base=36):
    s = ""
    while True:
        n, m = divmod(n, base); s = digs[m] + s
        if n == 0: return s

def atbash(c):
    if "a" <= c <= "z": return chr(ord("z") - (ord(c) - ord("a")))
    if "A" <= c <= "Z": return chr(ord("Z") - (ord(c) - ord("A")))
    if c.isdigit(): return str(9 - int(c))
    return c

def vig(p, key="HALFTONE"):
    out, k = [], 0
    for c in p:
        if c.isalpha() and c.isascii():
            sh = ord(key[k % len(key)]) - 65; k += 1
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base + sh) % 26 + base))
        else: out.append(c)
    return "".join(out)

def caesar7(c):
    if "a" <= c <= "z": return chr((ord(c) - 97 + 7) % 26 + 97)
    if "A" <= c <= "Z": return chr((ord(c) - 65 + 7) % 26 + 65)
    return c

E = {
 "picas_points_notation": ("as typographic measures: each character's code point written in picas and points (1 pica = 12 points, so 8p11 is 8 x 12 + 11), space-separated",
     lambda p: " ".join("%dp%d" % divmod(ord(c), 12) for c in p)),
 "spot_swatch_numbers": ("as spot-colour swatch numbers: each swatch number minus 1000 is a code point (ignore the trailing C), comma-separated",
     lambda p: ", ".join("%d C" % (1000 + ord(c)) for c in p)),
 "cmyk_tint_pairs": ("as C/M tint pairs: for each character C is the code point divided by ten (integer part) and M the remainder, pairs space-separated",
     lambda p: " ".join("C%dM%d" % divmod(ord(c), 10) for c in p)),
 "twips_times_twenty": ("in twips: every value is 20 times a code point, values followed by tw and separated by spaces",
     lambda p: " ".join("%dtw" % (20 * ord(c)) for c in p)),
 "nibble_swapped_hex_bytes": ("as hex bytes of the UTF-8 string with the two hex digits of each byte swapped (so 6b is written b6), space-separated",
     lambda p: " ".join(("%02x" % b)[::-1] for b in p.encode())),
 "base36_code_points": ("as each code point in base 36 (digits 0-9 then a-z), space-separated",
     lambda p: " ".join(_b36(ord(c)) for c in p)),
 "unicode_u_plus_notation": ("as Unicode code point labels U+XXXX, one per character, space-separated",
     lambda p: " ".join("U+%04X" % ord(c) for c in p)),
 "atbash_letters_digit_complement": ("in Atbash (a<->z, b<->y ... for each case) with every digit d replaced by 9-d; - _ . unchanged",
     lambda p: "".join(atbash(c) for c in p)),
 "vigenere_key_halftone": ("with a Vigenere cipher keyed HALFTONE on ASCII letters only (cipher = plain + key letter, A=0, mod 26; case kept; the key advances only on letters; digits and - _ . unchanged)",
     vig),
 "caesar_shift_seven_letters": ("with every ASCII letter shifted forward 7 places in the alphabet (case kept; digits and - _ . unchanged)",
     lambda p: "".join(caesar7(c) for c in p)),
 "reversed_then_base64": ("by reversing the string and then encoding the UTF-8 bytes in standard padded Base64",
     lambda p: base64.b64encode(p[::-1].encode()).decode()),
 "colon_hex_octets_upper": ("as the UTF-8 bytes in upper-case hex joined by colons",
     lambda p: ":".join("%02X" % b for b in p.encode())),
 "quoted_printable_every_byte": ("in quoted-printable with every UTF-8 byte written as =XX",
     lambda p: "".join("=%02X" % b for b in p.encode())),
 "uuencode_single_line": ("as one uuencoded line (the first character gives the byte count)",
     lambda p: binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip("\n")),
 "braille_pattern_bytes": ("as Unicode braille patterns, one per UTF-8 byte: the pattern's code point minus U+2800 is the byte value",
     lambda p: "".join(chr(0x2800 + b) for b in p.encode())),
 "triplet_chunks_reverse_order": ("cut into chunks of three characters from the left, the chunks written in reverse order and separated by /",
     lambda p: "/".join([p[i:i + 3] for i in range(0, len(p), 3)][::-1])),
 "dozenal_code_points": ("as each code point in base 12 (digits 0-9, X for ten, E for eleven), space-separated",
     lambda p: " ".join(_b36(ord(c), "0123456789XE", 12) for c in p)),
 "ones_complement_hex_bytes": ("as hex bytes, each UTF-8 byte bit-inverted (255 minus the byte), space-separated",
     lambda p: " ".join("%02x" % (255 - b) for b in p.encode())),
 "adjacent_pair_swap": ("with each pair of neighbouring characters swapped (1st with 2nd, 3rd with 4th ...; an odd last character stays)",
     lambda p: "".join(p[i + 1] + p[i] if i + 1 < len(p) else p[i] for i in range(0, len(p), 2))),
 "halves_swapped_slash": ("split at the middle (the first half being the shorter when the length is odd), then the second half written first, ' // ', then the first half",
     lambda p: p[len(p) // 2:] + " // " + p[:len(p) // 2]),
 "nonary_code_points": ("as each code point in base 9, space-separated",
     lambda p: " ".join(_b36(ord(c), "012345678", 9) for c in p)),
 "xor_key_2a_hex_bytes": ("as hex bytes, each UTF-8 byte XORed with 0x2a, space-separated",
     lambda p: " ".join("%02x" % (b ^ 0x2A) for b in p.encode())),
}
