"""Encoders for the p235 evasions. The rng only adds noise that the decoder ignores."""

EO_UNITS = ["", "unu", "du", "tri", "kvar", "kvin", "ses", "sep", "ok", "naŭ"]
ET_UNITS = ["", "üks", "kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "üheksa"]

GRID = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"

B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
XX = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"

FLIP = {
    "a": "ɐ", "b": "q", "c": "ɔ", "d": "p", "e": "ǝ", "f": "ɟ", "g": "ƃ", "h": "ɥ", "i": "ᴉ", "j": "ɾ",
    "k": "ʞ", "l": "l", "m": "ɯ", "n": "u", "o": "o", "p": "d", "q": "b", "r": "ɹ", "s": "s", "t": "ʇ",
    "u": "n", "v": "ʌ", "w": "ʍ", "x": "x", "y": "ʎ", "z": "z",
    "A": "∀", "B": "ꓭ", "C": "Ɔ", "D": "ᗡ", "E": "Ǝ", "F": "Ⅎ", "G": "⅁", "H": "H", "I": "I", "J": "ſ",
    "K": "ꓘ", "L": "˥", "M": "W", "N": "N", "O": "O", "P": "Ԁ", "Q": "Ꝺ", "R": "ꓤ", "S": "S", "T": "⊥",
    "U": "∩", "V": "Λ", "W": "M", "X": "X", "Y": "⅄", "Z": "Z",
    "0": "0", "1": "Ɩ", "2": "ᄅ", "3": "Ɛ", "4": "ㄣ", "5": "ϛ", "6": "9", "7": "ㄥ", "8": "8", "9": "6",
    "_": "‾", ".": "˙", "-": "-",
}

BOARD_MODELS = ["Fish", "Twin", "Groveler", "Step-up", "Hybrid", "Mid", "Egg", "Log", "Noserider", "Gun", "Quad"]
SPOTS = ["North Wall", "The Point", "Kelp Cove", "Sandbar", "Rivermouth", "Lefts", "Bombie"]


def _eo(n):
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append("cent" if h == 1 else EO_UNITS[h] + "cent")
    t, u = divmod(r, 10)
    if t:
        parts.append("dek" if t == 1 else EO_UNITS[t] + "dek")
    if u:
        parts.append(EO_UNITS[u])
    return " ".join(parts)


def _et(n):
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append("sada")
    if 11 <= r <= 19:
        parts.append(ET_UNITS[r - 10] + "teist")
    else:
        t, u = divmod(r, 10)
        if t == 1:
            parts.append("kümme")
        elif t:
            parts.append(ET_UNITS[t] + "kümmend")
        if u:
            parts.append(ET_UNITS[u])
    return " ".join(parts)


def _b45(data):
    out = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += [B45[c], B45[d], B45[e]]
    if len(data) % 2:
        n = data[-1]
        out += [B45[n % 45], B45[n // 45]]
    return "".join(out)


def _uu_like(data, table):
    out = [table[len(data)]]
    pad = data + b"\0" * (-len(data) % 3)
    for i in range(0, len(pad), 3):
        n = (pad[i] << 16) | (pad[i + 1] << 8) | pad[i + 2]
        out += [table[(n >> 18) & 63], table[(n >> 12) & 63], table[(n >> 6) & 63], table[n & 63]]
    return "".join(out)


UU = "`" + "".join(chr(c) for c in range(33, 96))


def _z85(data):
    pad = data + b"\0" * (-len(data) % 4)
    out = []
    for i in range(0, len(pad), 4):
        n = int.from_bytes(pad[i:i + 4], "big")
        chunk = []
        for _ in range(5):
            n, r = divmod(n, 85)
            chunk.append(Z85[r])
        out += chunk[::-1]
    return "".join(out)


def _vs(b):
    return chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16)


FIB = [89, 55, 34, 21, 13, 8, 5, 3, 2, 1]


def _zeck(n):
    bits = []
    for f in FIB:
        if f <= n:
            bits.append("1")
            n -= f
        else:
            bits.append("0")
    s = "".join(bits).lstrip("0")
    return s


def _pow2(n):
    return "+".join(str(1 << i) for i in range(7, -1, -1) if n >> i & 1)


def enc(name, plain, rng):
    b = plain.encode("utf-8")
    codes = [ord(c) for c in plain]
    if name == "esperanto_number_words":
        return ", ".join(_eo(c) for c in codes)
    if name == "estonian_number_words":
        return ", ".join(_et(c) for c in codes)
    if name == "polybius_grid_row_column":
        return " ".join("%d%d" % divmod(GRID.index(c), 10) for c in plain)
    if name == "atbash_alphanumeric_mirror":
        out = []
        for c in plain:
            if "a" <= c <= "z":
                out.append(chr(ord("z") - (ord(c) - ord("a"))))
            elif "A" <= c <= "Z":
                out.append(chr(ord("Z") - (ord(c) - ord("A"))))
            elif "0" <= c <= "9":
                out.append(chr(ord("9") - (ord(c) - ord("0"))))
            else:
                out.append(c)
        return "".join(out)
    if name == "baconian_ab_bytes":
        return " ".join(format(x, "08b").replace("0", "a").replace("1", "b") for x in b)
    if name == "base45_rfc9285":
        return _b45(b)
    if name == "uuencode_single_line":
        return _uu_like(b, UU)
    if name == "xxencode_single_line":
        return _uu_like(b, XX)
    if name == "z85_zeromq_padded":
        return _z85(b)
    if name == "variation_selector_wave_smuggle":
        return "🌊" + "".join(_vs(x) for x in b)
    if name == "upside_down_flip_text":
        return "".join(FLIP[c] for c in reversed(plain))
    if name == "combining_long_stroke_overlay":
        return "".join(c + "\u0336" for c in plain)
    if name == "xor_key_5a_hex_bytes":
        return "".join("%02x" % (x ^ 0x5A) for x in b)
    if name == "zeckendorf_fibonacci_bits":
        return " ".join(_zeck(c) for c in codes)
    if name == "power_of_two_sums":
        return ", ".join(_pow2(c) for c in codes)
    if name == "ones_complement_decimal_bytes":
        return " ".join(str(255 - x) for x in b)
    if name == "shuffled_position_tagged_chars":
        pairs = ["%d:%s" % (i + 1, c) for i, c in enumerate(plain)]
        while True:
            rng.shuffle(pairs)
            if len(pairs) < 3 or pairs != sorted(pairs, key=lambda p: int(p.split(":")[0])):
                break
        return " ".join(pairs)
    if name == "mac_address_byte_groups":
        pad = b + b"\0" * (-len(b) % 6)
        return ", ".join(":".join("%02X" % x for x in pad[i:i + 6]) for i in range(0, len(pad), 6))
    if name == "surfboard_volume_litres":
        return "; ".join("%s %s %.1f L" % (rng.choice(BOARD_MODELS), rng.choice(["FCS II", "Futures", "single box"]),
                                           (c + 200) / 10) for c in codes)
    if name == "board_length_feet_inches":
        return "; ".join("%s %d'%d\"" % (rng.choice(BOARD_MODELS), (c + 20) // 12, (c + 20) % 12) for c in codes)
    if name == "buoy_swell_period_tenths":
        return "; ".join("%.1f m @ %.1f s %03d°" % (rng.randint(5, 35) / 10, c / 10, rng.randint(150, 260)) for c in codes)
    if name == "tide_height_centimetres":
        return ", ".join("%02d:%02d %d cm" % (rng.randint(0, 23), rng.randint(0, 59), c + 30) for c in codes)
    raise KeyError(name)


RULES = {
    "esperanto_number_words": "as character codes spelled out in Esperanto (naŭdek sep = 97, cent dudek du = 122, kvardek kvin = 45), separated by commas",
    "estonian_number_words": "as character codes spelled out in Estonian (üheksakümmend seitse = 97, sada kakskümmend kaks = 122, sada üksteist = 111), separated by commas",
    "polybius_grid_row_column": "in a Polybius grid of ten columns filled row by row with A–Z, a–z, 0–9, _ . - (rows and columns counted from 0, so A = 00, K = 10, a = 26), one row-then-column pair per character, separated by spaces",
    "atbash_alphanumeric_mirror": "with the Atbash mirror applied to letters and digits (A ↔ Z, a ↔ z, 0 ↔ 9, B ↔ Y …); _ . - stay as they are",
    "baconian_ab_bytes": "Bacon-style: every UTF-8 byte as eight letters, a for a 0 bit and b for a 1 bit (a = abbaaaab), groups separated by spaces",
    "base45_rfc9285": "in Base45 as in RFC 9285 (the QR-code alphabet 0–9 A–Z space $ % * + - . / :, two bytes to three characters, least significant first)",
    "uuencode_single_line": "as one uuencoded line without begin/end (first character is the byte count, then four characters per three bytes, ` for zero)",
    "xxencode_single_line": "as one xxencoded line (alphabet + - 0–9 A–Z a–z; first character is the byte count, then four characters per three bytes)",
    "z85_zeromq_padded": "in Z85, the ZeroMQ Base85 alphabet (the UTF-8 bytes padded with zero bytes to a multiple of four; drop trailing zero bytes after decoding)",
    "variation_selector_wave_smuggle": "hidden after the wave emoji as Unicode variation selectors, one per UTF-8 byte (bytes 0–15 are U+FE00–U+FE0F, bytes 16–255 are U+E0100–U+E01EF; the line looks like a lone 🌊)",
    "upside_down_flip_text": "upside down: read it from the end, and every character is its flipped look-alike (ɐ = a, q = b, ∀ = A, Ɩ = 1, ‾ = _, ˙ = .)",
    "combining_long_stroke_overlay": "struck through: every character is followed by the combining long stroke overlay U+0336 – drop the strokes",
    "xor_key_5a_hex_bytes": "with every UTF-8 byte XORed with the key byte 0x5A and written as two lower-case hex digits, run together",
    "zeckendorf_fibonacci_bits": "as character codes in Zeckendorf form: bits for the Fibonacci numbers 89, 55, 34, 21, 13, 8, 5, 3, 2, 1, most significant first, no two 1s adjacent, leading zeros dropped (97 = 89 + 8 = 1000010000), separated by spaces",
    "power_of_two_sums": "as character codes written as sums of powers of two (97 = 64+32+1), separated by commas",
    "ones_complement_decimal_bytes": "as every UTF-8 byte subtracted from 255, in decimal (a = 158), separated by spaces",
    "shuffled_position_tagged_chars": "as position:character pairs in shuffled order – sort them by position and read the characters",
    "mac_address_byte_groups": "as MAC addresses: the UTF-8 bytes six at a time in upper-case hex (the last one filled up with 00 bytes), separated by ', '",
    "surfboard_volume_litres": "as a board rack list: each volume in litres times ten, minus 200, is a character code (the models and fin systems are noise), separated by '; '",
    "board_length_feet_inches": "as a quiver list: each board length in inches, minus 20, is a character code (the models are noise), separated by '; '",
    "buoy_swell_period_tenths": "as a buoy report: each swell period in seconds times ten is a character code (heights and directions are noise), separated by '; '",
    "tide_height_centimetres": "as a tide table: each height in centimetres minus 30 is a character code (the times are noise), separated by ', '",
}

FAMILIES = {
    "esperanto_number_words": "spelled numerals (Esperanto)",
    "estonian_number_words": "spelled numerals (Estonian)",
    "polybius_grid_row_column": "coordinate cipher (Polybius grid)",
    "atbash_alphanumeric_mirror": "mirror substitution (Atbash)",
    "baconian_ab_bytes": "two-letter bit code (Bacon style)",
    "base45_rfc9285": "binary-to-text encoding (Base45)",
    "uuencode_single_line": "binary-to-text encoding (uuencode)",
    "xxencode_single_line": "binary-to-text encoding (xxencode)",
    "z85_zeromq_padded": "binary-to-text encoding (Z85)",
    "variation_selector_wave_smuggle": "invisible characters (variation selectors after an emoji)",
    "upside_down_flip_text": "look-alike glyphs plus reversal (upside-down text)",
    "combining_long_stroke_overlay": "combining-mark overlay (strike-through)",
    "xor_key_5a_hex_bytes": "keyed XOR with a stated key byte",
    "zeckendorf_fibonacci_bits": "arithmetic disguise (Zeckendorf / Fibonacci)",
    "power_of_two_sums": "arithmetic disguise (sums of powers of two)",
    "ones_complement_decimal_bytes": "arithmetic disguise (255 minus byte)",
    "shuffled_position_tagged_chars": "positional trick (shuffled, position-tagged characters)",
    "mac_address_byte_groups": "ops disguise (MAC addresses)",
    "surfboard_volume_litres": "world disguise (board volumes)",
    "board_length_feet_inches": "world disguise (board lengths)",
    "buoy_swell_period_tenths": "world disguise (swell periods)",
    "tide_height_centimetres": "world disguise (tide heights)",
}
