"""Evasion encoders (p234). The decoder lives in dec234.py and shares no code with this file."""
import base64
import binascii

ENCODINGS = [
    ("vigenere_rinse_keyword", "keyed cipher (Vigenère with a laundry keyword)",
     "with a Vigenère cipher under the keyword RINSECYCLE: the key advances one letter on every character; "
     "a letter is shifted forward in its own case by the key letter (A = 0 … Z = 25), a digit by the same amount modulo 10, "
     "and _ . - stay as they are"),
    ("atbash_with_digit_complement", "mirror substitution (Atbash with nines' complement)",
     "in Atbash: every letter mirrored in its own case (a ↔ z, b ↔ y, A ↔ Z …), every digit replaced by 9 minus the digit, "
     "_ . - unchanged"),
    ("rail_fence_three_rails", "transposition (rail fence)",
     "as a rail-fence transposition with three rails: the characters are written in a zigzag over three rails "
     "(1, 2, 3, 2, 1, 2, 3 …) and read off rail by rail, top rail first, run together"),
    ("polybius_nine_by_eight_grid", "grid coordinates (Polybius square)",
     "as Polybius coordinates in a grid of 9 rows and 8 columns filled row by row with A-Z, a-z, 0-9, _ . - "
     "(A = 11, H = 18, I = 21, a = 43, - = 91): row digit then column digit, separated by spaces"),
    ("ascii85_adobe_frame", "base-85 byte notation (Adobe Ascii85)",
     "in Adobe Ascii85: its UTF-8 bytes in groups of four as five characters from ! to u, framed by <~ and ~>"),
    ("base45_qr_alphabet", "base-45 byte notation (RFC 9285)",
     "in Base45 (RFC 9285, the QR-code alphabet 0-9 A-Z space $ % * + - . / :): every two UTF-8 bytes as three "
     "characters, least significant first, a single last byte as two"),
    ("z_base32_human_alphabet", "base-32 byte notation (z-base-32)",
     "in z-base-32: its UTF-8 bits in groups of five, most significant first, written with the alphabet "
     "ybndrfg8ejkmcpqxot1uwisza345h769 (y = 0 … 9 = 31), no padding"),
    ("uuencode_single_line", "line-based byte notation (uuencode)",
     "as one uuencoded line: a length character (32 + number of bytes), then every three bytes as four characters "
     "32 + six bits, with ` for zero"),
    ("osmanya_digit_code_points", "digit block (Osmanya digits)",
     "as decimal character codes written with Osmanya digits (𐒠 = 0 … 𐒩 = 9; 𐒩𐒧 = 97), separated by spaces"),
    ("ternary_five_trit_code_points", "numeral system (base 3)",
     "as character codes in base 3, five trits each, most significant first (97 = 10121), separated by spaces"),
    ("esperanto_number_words", "spelled numerals (Esperanto)",
     "as character codes spelled out in Esperanto (naŭdek sep = 97, cent dudek du = 122), separated by commas"),
    ("estonian_number_words", "spelled numerals (Estonian)",
     "as character codes spelled out in Estonian (üheksakümmend seitse = 97, sada kakskümmend kaks = 122), "
     "separated by commas"),
    ("upside_down_reversed_text", "look-alike flip (upside-down letters)",
     "turned upside down: the order reversed and every character replaced by its upside-down look-alike "
     "(a → ɐ, e → ǝ, b ↔ q, d ↔ p, n ↔ u, A → ∀, 6 ↔ 9, _ → ‾, . → ˙), read it on your head"),
    ("repeating_key_xor_hex", "repeating-key XOR",
     "XORed byte by byte with the repeating ASCII key spin-cycle (10 bytes) and written as lower-case hex, run together"),
    ("nibble_swapped_hex_bytes", "byte notation with swapped nibbles",
     "as upper-case hex bytes with the two hex digits of every byte swapped (a = 0x61 → 16), separated by spaces"),
    ("gray_code_eight_bit_groups", "bit code (reflected Gray code)",
     "as eight-bit reflected Gray codes of its UTF-8 bytes (g = b XOR (b >> 1); a = 0x61 → 01010001), "
     "separated by spaces"),
    ("zeckendorf_fibonacci_bits", "numeral system (Zeckendorf / Fibonacci)",
     "as Zeckendorf codes: every character code as a sum of non-consecutive Fibonacci numbers, written as ten bits "
     "for 89 55 34 21 13 8 5 3 2 1 (97 = 89 + 8 → 1000010000), separated by spaces"),
    ("chess_square_sextets", "board disguise (chess squares for six-bit groups)",
     "as chess squares: its UTF-8 bits in groups of six (zero-padded at the end), each group n as the square "
     "file a-h = n mod 8, rank 1-8 = n div 8 + 1 (0 = a1, 63 = h8), separated by spaces"),
    ("combining_long_stroke_overlay", "combining-mark overlay",
     "struck through: every character followed by the combining long stroke overlay U+0336"),
    ("glagolitic_letter_substitution", "script substitution (Glagolitic letters)",
     "in Glagolitic letters: a-z as the first 26 small Glagolitic letters in code-point order (a = ⰰ, z = ⱉ), "
     "A-Z as the first 26 capitals (A = Ⰰ), the digits 0-9 as the next ten small letters (0 = ⱊ … 9 = ⱓ), _ . - unchanged"),
    ("machine_takings_five_pence_units", "world disguise (machine takings in 5p units)",
     "as a takings list: each machine's takings in pence, divided by five, is a character code (W03 £4.85 = 97; "
     "the machine names are noise), separated by semicolons"),
    ("spin_speed_rpm_tenths", "world disguise (spin speeds)",
     "as wash-programme spin speeds: each speed in rpm divided by ten is a character code (P4 970 rpm = 97; "
     "the programme numbers are noise), separated by semicolons"),
]
ENCODING_NAMES = [e[0] for e in ENCODINGS]

_TABLE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"
_ZB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"
_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_EO_UNITS = ["", "unu", "du", "tri", "kvar", "kvin", "ses", "sep", "ok", "naŭ"]
_ET_UNITS = ["", "üks", "kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "üheksa"]
_FLIP = {
    "a": "\u0250", "b": "q", "c": "\u0254", "d": "p", "e": "\u01dd", "f": "\u025f", "g": "\u0183", "h": "\u0265",
    "i": "\u1d09", "j": "\u027e", "k": "\u029e", "l": "\ua781", "m": "\u026f", "n": "u", "o": "o", "p": "d",
    "q": "b", "r": "\u0279", "s": "s", "t": "\u0287", "u": "n", "v": "\u028c", "w": "\u028d", "x": "x",
    "y": "\u028e", "z": "z",
    "A": "\u2200", "B": "\ua4ed", "C": "\u0186", "D": "\ua4f7", "E": "\u018e", "F": "\u2132", "G": "\u2141",
    "H": "H", "I": "I", "J": "\u017f", "K": "\ua4d8", "L": "\u02e5", "M": "W", "N": "N", "O": "O",
    "P": "\u0500", "Q": "\u038c", "R": "\ua4e4", "S": "S", "T": "\u22a5", "U": "\u2229", "V": "\u039b",
    "W": "M", "X": "X", "Y": "\u2144", "Z": "Z",
    "0": "0", "1": "\u0196", "2": "\u1105", "3": "\u0190", "4": "\u3123", "5": "\u03db", "6": "9", "7": "\u3125",
    "8": "8", "9": "6", "_": "\u203e", ".": "\u02d9", "-": "-",
}
assert len(set(_FLIP.values())) == len(_FLIP)


def _eo(n):
    parts = []
    if n >= 100:
        parts.append("cent")
        n -= 100
    t, u = divmod(n, 10)
    if t == 1:
        parts.append("dek")
    elif t > 1:
        parts.append(_EO_UNITS[t] + "dek")
    if u:
        parts.append(_EO_UNITS[u])
    return " ".join(parts)


def _et(n):
    parts = []
    if n >= 100:
        parts.append("sada")
        n -= 100
    t, u = divmod(n, 10)
    if t == 1 and u == 0:
        parts.append("kümme")
    elif t == 1:
        parts.append(_ET_UNITS[u] + "teist")
    else:
        if t > 1:
            parts.append(_ET_UNITS[t] + "kümmend")
        if u:
            parts.append(_ET_UNITS[u])
    return " ".join(parts)


def _bits(data):
    return "".join(format(b, "08b") for b in data)


def enc(name, plain, rng):
    data = plain.encode("utf-8")
    if name == "vigenere_rinse_keyword":
        key = "RINSECYCLE"
        out = []
        for i, c in enumerate(plain):
            k = ord(key[i % len(key)]) - 65
            if "a" <= c <= "z":
                out.append(chr((ord(c) - 97 + k) % 26 + 97))
            elif "A" <= c <= "Z":
                out.append(chr((ord(c) - 65 + k) % 26 + 65))
            elif c.isdigit():
                out.append(str((int(c) + k) % 10))
            else:
                out.append(c)
        return "".join(out)
    if name == "atbash_with_digit_complement":
        out = []
        for c in plain:
            if "a" <= c <= "z":
                out.append(chr(219 - ord(c)))
            elif "A" <= c <= "Z":
                out.append(chr(155 - ord(c)))
            elif c.isdigit():
                out.append(str(9 - int(c)))
            else:
                out.append(c)
        return "".join(out)
    if name == "rail_fence_three_rails":
        rails = [[], [], []]
        pattern = [0, 1, 2, 1]
        for i, c in enumerate(plain):
            rails[pattern[i % 4]].append(c)
        return "".join("".join(r) for r in rails)
    if name == "polybius_nine_by_eight_grid":
        return " ".join("%d%d" % (_TABLE64.index(c) // 8 + 1, _TABLE64.index(c) % 8 + 1) for c in plain)
    if name == "ascii85_adobe_frame":
        return base64.a85encode(data, adobe=True).decode()
    if name == "base45_qr_alphabet":
        out = []
        for i in range(0, len(data) - 1, 2):
            n = data[i] * 256 + data[i + 1]
            c, rest = n % 45, n // 45
            d, e = rest % 45, rest // 45
            out.append(_B45[c] + _B45[d] + _B45[e])
        if len(data) % 2:
            n = data[-1]
            out.append(_B45[n % 45] + _B45[n // 45])
        return "".join(out)
    if name == "z_base32_human_alphabet":
        bits = _bits(data)
        bits += "0" * (-len(bits) % 5)
        return "".join(_ZB32[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
    if name == "uuencode_single_line":
        return binascii.b2a_uu(data, backtick=True).decode().rstrip("\n")
    if name == "osmanya_digit_code_points":
        return " ".join("".join(chr(0x104A0 + int(d)) for d in str(ord(c))) for c in plain)
    if name == "ternary_five_trit_code_points":
        out = []
        for c in plain:
            n, t = ord(c), ""
            for _ in range(5):
                t = str(n % 3) + t
                n //= 3
            out.append(t)
        return " ".join(out)
    if name == "esperanto_number_words":
        return ", ".join(_eo(ord(c)) for c in plain)
    if name == "estonian_number_words":
        return ", ".join(_et(ord(c)) for c in plain)
    if name == "upside_down_reversed_text":
        return "".join(_FLIP[c] for c in reversed(plain))
    if name == "repeating_key_xor_hex":
        key = b"spin-cycle"
        return bytes(b ^ key[i % len(key)] for i, b in enumerate(data)).hex()
    if name == "nibble_swapped_hex_bytes":
        return " ".join(("%02X" % b)[::-1] for b in data)
    if name == "gray_code_eight_bit_groups":
        return " ".join(format(b ^ (b >> 1), "08b") for b in data)
    if name == "zeckendorf_fibonacci_bits":
        fibs = [89, 55, 34, 21, 13, 8, 5, 3, 2, 1]
        out = []
        for c in plain:
            n, bits = ord(c), ""
            for f in fibs:
                if f <= n:
                    bits += "1"
                    n -= f
                else:
                    bits += "0"
            assert n == 0
            out.append(bits)
        return " ".join(out)
    if name == "chess_square_sextets":
        bits = _bits(data)
        bits += "0" * (-len(bits) % 6)
        out = []
        for i in range(0, len(bits), 6):
            v = int(bits[i:i + 6], 2)
            out.append("abcdefgh"[v % 8] + str(v // 8 + 1))
        return " ".join(out)
    if name == "combining_long_stroke_overlay":
        return "".join(c + "\u0336" for c in plain)
    if name == "glagolitic_letter_substitution":
        out = []
        for c in plain:
            if "a" <= c <= "z":
                out.append(chr(0x2C30 + ord(c) - 97))
            elif "A" <= c <= "Z":
                out.append(chr(0x2C00 + ord(c) - 65))
            elif c.isdigit():
                out.append(chr(0x2C30 + 26 + int(c)))
            else:
                out.append(c)
        return "".join(out)
    if name == "machine_takings_five_pence_units":
        out = []
        for c in plain:
            p = ord(c) * 5
            mid = rng.choice(["W", "D"]) + "%02d" % rng.randint(1, 12)
            out.append("%s £%d.%02d" % (mid, p // 100, p % 100))
        return "; ".join(out)
    if name == "spin_speed_rpm_tenths":
        return "; ".join("P%d %d rpm" % (rng.randint(1, 9), ord(c) * 10) for c in plain)
    raise KeyError(name)
