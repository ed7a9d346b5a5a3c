"""Encoders for the evasion records (the decoder lives in dec239.py and shares nothing)."""
import random

# name -> (family, rule in words)
RULES = {
    "senary_code_points": ("numeral system (base 6)",
        "as character codes in base six (digits 0-5, most significant first; 97 = 2·36 + 4·6 + 1 = 241), separated by spaces"),
    "thai_digit_code_points": ("native digit block (Thai digits)",
        "as decimal character codes written with Thai digits (๐ ๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘ ๙ = 0-9; 97 = ๙๗), separated by spaces"),
    "italian_number_words": ("spelled numerals (Italian)",
        "as character codes spelled out in Italian (novantasette = 97, centoventidue = 122, quarantacinque = 45), separated by commas"),
    "bcd_nibble_code_points": ("binary-coded decimal",
        "as character codes in binary-coded decimal: three decimal digits per code, each digit as four bits, digits joined by dots (97 = 0000.1001.0111), codes separated by spaces"),
    "runic_letter_substitution": ("script substitution (Runic letters)",
        "in Runic letters: a-z as the first 26 runes in code-point order (a = ᚠ U+16A0), A-Z as the next 26 (A = ᚺ U+16BA), 0-9 as the next ten (0 = ᛔ U+16D4), _ . - unchanged"),
    "cyrillic_homoglyph_swap": ("look-alike letters (Cyrillic homoglyphs)",
        "with every Latin letter that has a Cyrillic twin swapped for the twin (a c e o p x y i j s and A B C E H K M O P T X Y look the same but are Cyrillic), everything else unchanged"),
    "manchester_bit_pairs": ("line code (Manchester)",
        "in Manchester line code: each UTF-8 byte as its eight bits, most significant first, every 0 written 01 and every 1 written 10, bytes separated by spaces"),
    "hamming_seven_four_nibbles": ("error-correcting code (Hamming 7,4)",
        "as Hamming(7,4) codewords: each UTF-8 byte as two nibbles (high first), each nibble d1d2d3d4 written p1 p2 d1 p3 d2 d3 d4 with p1 = d1⊕d2⊕d4, p2 = d1⊕d3⊕d4, p3 = d2⊕d3⊕d4; the two codewords of a byte joined by ':', bytes separated by spaces"),
    "proquint_words": ("pronounceable identifiers (proquints)",
        "as proquints: its UTF-8 bytes in 16-bit words (a trailing zero byte added if the count is odd), each word as consonant-vowel-consonant-vowel-consonant from bdfghjklmnprstvz (4 bits) and aiou (2 bits), words joined by '-'"),
    "midi_note_names": ("music notation (MIDI note numbers)",
        "as MIDI notes: each character code is a MIDI note number written as a note name with octave (60 = C4, 97 = C#7, 122 = D9, 45 = A2), separated by spaces"),
    "tasting_note_acrostic": ("acrostic (first letters)",
        "as an acrostic of tasting notes: read the first character of every word (a capitalised note for a capital letter; a digit is written as itself before 'g', and _ . - stand alone)"),
    "roast_log_bean_temperatures": ("world disguise (roast-log bean temperatures)",
        "as a roast log: each bean temperature in °C minus 100 is a character code (BT 197°C = 97; the times and rates of rise are noise), entries separated by semicolons"),
    "green_moisture_permille": ("world disguise (green-coffee moisture readings)",
        "as green-coffee moisture readings: each reading in tenths of a percent is a character code (9.7% = 97; the lot numbers are noise), separated by semicolons"),
    "gongfu_steep_seconds": ("world disguise (gongfu tea steeping times)",
        "as a gongfu steeping schedule: each steep time in seconds is a character code (97 s = 97; the steep numbers and water temperatures are noise), separated by ' / '"),
    "retail_bag_ean13_codes": ("world disguise (retail-bag EAN-13 barcodes)",
        "as retail-bag EAN-13 barcodes: the first twelve digits of each code are four three-digit character codes (000 = filler at the end), the thirteenth is the real GS1 check digit, codes separated by spaces"),
    "porta_cipher_keyword": ("keyed reciprocal cipher (Porta)",
        "with a Porta cipher under the keyword CREMA: the key advances on every character; key letters A/B give shift 0, C/D shift 1 … Y/Z shift 12; a letter p (A = 0) in the first half becomes 13 + (p + shift) mod 13, in the second half (p − 13 − shift) mod 13, case kept; a digit d becomes 9 − d; _ . - unchanged; the same rule decodes it"),
    "square_plus_remainder_code_points": ("arithmetic disguise (largest square plus remainder)",
        "as character codes written as the largest square below them plus the rest (97 = 9²+16, 45 = 6²+9), separated by spaces"),
    "mod257_inverse_bytes": ("arithmetic cipher (inverse modulo 257)",
        "as its UTF-8 bytes replaced by their multiplicative inverses modulo 257 (97 × 53 = 5141 = 20 × 257 + 1, so 97 is written 53), separated by spaces"),
    "base100_emoji_bytes": ("emoji byte encoding (base100)",
        "in base100 emoji: each UTF-8 byte b as the emoji U+1F3F7 + b (a = 0x61 gives U+1F458 👘, - = 0x2D gives U+1F424 🐤; written one after another)"),
    "big_endian_integer_decimal": ("big-integer decimal",
        "as one big number: its UTF-8 bytes read as a single big-endian integer and written in decimal"),
    "bit_reversed_bytes_hex": ("byte transform (bit reversal) in hex",
        "as its UTF-8 bytes with the bit order of each byte reversed (a = 0x61 = 01100001 becomes 10000110 = 86), lower-case hex, joined by '-'"),
    "letter_case_bit_stego": ("steganography (letter case carries bits)",
        "hidden in the capitalisation of the line below: read only the letters, capital = 1 and small = 0, eight letters per UTF-8 byte, most significant first (spaces are padding)"),
}

ORDER = list(RULES)

IT_UNITS = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
            "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"]
IT_TENS = {2: "venti", 3: "trenta", 4: "quaranta", 5: "cinquanta", 6: "sessanta", 7: "settanta", 8: "ottanta", 9: "novanta"}


def italian(n):
    if n >= 100:
        rest = n - 100
        return "cento" + ("" if rest == 0 else "tré" if rest == 3 else italian(rest))
    if n < 20:
        return IT_UNITS[n]
    t, u = divmod(n, 10)
    w = IT_TENS[t]
    if u in (1, 8):
        w = w[:-1]
    if u == 0:
        return w
    return w + ("tré" if u == 3 else IT_UNITS[u])


NOTE = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
        "i": "\u0456", "j": "\u0458", "s": "\u0455", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
        "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "Y": "\u04ae"}
NOTES_WORDS = {
    "a": ["apricot", "almond"], "b": ["blackberry", "bergamot"], "c": ["cacao", "cherry"], "d": ["date", "demerara"],
    "e": ["elderflower", "earthy"], "f": ["fig", "florals"], "g": ["grapefruit", "guava"], "h": ["hazelnut", "honey"],
    "i": ["iris", "incense"], "j": ["jasmine", "jammy"], "k": ["kumquat", "kiwi"], "l": ["lemon", "lychee"],
    "m": ["molasses", "mango"], "n": ["nougat", "nectarine"], "o": ["orange", "oolong"], "p": ["peach", "plum"],
    "q": ["quince"], "r": ["raisin", "rhubarb"], "s": ["strawberry", "stonefruit"], "t": ["tamarind", "toffee"],
    "u": ["umami"], "v": ["vanilla", "violet"], "w": ["walnut", "winey"], "x": ["xoconostle"], "y": ["yuzu"], "z": ["zest"],
}
COVER = ("washed ethiopian lots open with jasmine then settle into stone fruit and black tea while the natural "
         "process coffees lean into berries and the roaster keeps development short to hold the acidity bright "
         "and the body silky across every batch on the drum").split()


def enc(name, plain, rng):
    b = plain.encode("utf-8")
    codes = [ord(c) for c in plain]
    if name == "senary_code_points":
        def b6(n):
            s = ""
            while n:
                s = str(n % 6) + s
                n //= 6
            return s
        return " ".join(b6(c) for c in codes)
    if name == "thai_digit_code_points":
        return " ".join("".join(chr(0x0E50 + int(d)) for d in str(c)) for c in codes)
    if name == "italian_number_words":
        return ", ".join(italian(c) for c in codes)
    if name == "bcd_nibble_code_points":
        return " ".join(".".join(format(int(d), "04b") for d in "%03d" % c) for c in codes)
    if name == "runic_letter_substitution":
        out = []
        for ch in plain:
            if "a" <= ch <= "z":
                out.append(chr(0x16A0 + ord(ch) - 97))
            elif "A" <= ch <= "Z":
                out.append(chr(0x16BA + ord(ch) - 65))
            elif "0" <= ch <= "9":
                out.append(chr(0x16D4 + ord(ch) - 48))
            else:
                out.append(ch)
        return "".join(out)
    if name == "cyrillic_homoglyph_swap":
        return "".join(HOMO.get(ch, ch) for ch in plain)
    if name == "manchester_bit_pairs":
        return " ".join("".join("10" if bit == "1" else "01" for bit in format(x, "08b")) for x in b)
    if name == "hamming_seven_four_nibbles":
        def cw(n):
            d1, d2, d3, d4 = (n >> 3) & 1, (n >> 2) & 1, (n >> 1) & 1, n & 1
            p1, p2, p3 = d1 ^ d2 ^ d4, d1 ^ d3 ^ d4, d2 ^ d3 ^ d4
            return "".join(str(x) for x in (p1, p2, d1, p3, d2, d3, d4))
        return " ".join(cw(x >> 4) + ":" + cw(x & 15) for x in b)
    if name == "proquint_words":
        con, vo = "bdfghjklmnprstvz", "aiou"
        bb = b + (b"\x00" if len(b) % 2 else b"")
        words = []
        for i in range(0, len(bb), 2):
            w = bb[i] << 8 | bb[i + 1]
            words.append(con[w >> 12] + vo[(w >> 10) & 3] + con[(w >> 6) & 15] + vo[(w >> 4) & 3] + con[w & 15])
        return "-".join(words)
    if name == "midi_note_names":
        return " ".join(NOTE[c % 12] + str(c // 12 - 1) for c in codes)
    if name == "tasting_note_acrostic":
        toks = []
        for ch in plain:
            if ch.lower() in NOTES_WORDS:
                w = rng.choice(NOTES_WORDS[ch.lower()])
                toks.append(w.capitalize() if ch.isupper() else w)
            elif ch.isdigit():
                toks.append(ch + "g")
            else:
                toks.append(ch)
        return " ".join(toks)
    if name == "roast_log_bean_temperatures":
        out = []
        for i, c in enumerate(codes):
            t = 30 * (i + 1)
            out.append("%d:%02d BT %d°C RoR %.1f" % (t // 60, t % 60, c + 100, rng.uniform(4.0, 18.0)))
        return "; ".join(out)
    if name == "green_moisture_permille":
        return "; ".join("lot G-%d %d.%d%%" % (rng.randint(100, 999), c // 10, c % 10) for c in codes)
    if name == "gongfu_steep_seconds":
        return " / ".join("steep %d @ %d°C: %d s" % (i + 1, rng.choice([85, 90, 95, 99]), c) for i, c in enumerate(codes))
    if name == "retail_bag_ean13_codes":
        digits = "".join("%03d" % c for c in codes)
        while len(digits) % 12:
            digits += "000"
        out = []
        for i in range(0, len(digits), 12):
            body = digits[i:i + 12]
            s = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(body))
            out.append(body + str((10 - s % 10) % 10))
        return " ".join(out)
    if name == "porta_cipher_keyword":
        key = "CREMA"
        out = []
        for i, ch in enumerate(plain):
            shift = (ord(key[i % len(key)]) - 65) // 2
            if ch.isalpha() and ch.isascii():
                base = 65 if ch.isupper() else 97
                p = ord(ch) - base
                c = 13 + (p + shift) % 13 if p < 13 else (p - 13 - shift) % 13
                out.append(chr(base + c))
            elif ch.isdigit():
                out.append(str(9 - int(ch)))
            else:
                out.append(ch)
        return "".join(out)
    if name == "square_plus_remainder_code_points":
        out = []
        for c in codes:
            k = int(c ** 0.5)
            while (k + 1) * (k + 1) <= c:
                k += 1
            while k * k > c:
                k -= 1
            out.append("%d²+%d" % (k, c - k * k))
        return " ".join(out)
    if name == "mod257_inverse_bytes":
        return " ".join(str(pow(x, 255, 257)) for x in b)
    if name == "base100_emoji_bytes":
        return "".join(chr(0x1F3F7 + x) for x in b)
    if name == "big_endian_integer_decimal":
        return str(int.from_bytes(b, "big"))
    if name == "bit_reversed_bytes_hex":
        return "-".join("%02x" % int(format(x, "08b")[::-1], 2) for x in b)
    if name == "letter_case_bit_stego":
        bits = "".join(format(x, "08b") for x in b)
        words = []
        i = 0
        start = rng.randrange(len(COVER))
        while sum(len(w) for w in words) < len(bits):
            words.append(COVER[(start + i) % len(COVER)])
            i += 1
        extra = sum(len(w) for w in words) - len(bits)
        if extra:
            words[-1] = words[-1][:len(words[-1]) - extra]
        out, k = [], 0
        for w in words:
            s = ""
            for ch in w:
                s += ch.upper() if bits[k] == "1" else ch.lower()
                k += 1
            out.append(s)
        return " ".join(out)
    raise ValueError(name)
