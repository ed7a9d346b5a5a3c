"""Encoders for the p231 evasions. The rng only adds noise that the decoder ignores."""
import string
import struct

# ------------------------------------------------------------------ rules in words
CHACHA_KEY = b"lensmeter-axis-prism-bevel-2024!"
CHACHA_NONCE = b"rx-nonce-001"
assert len(CHACHA_KEY) == 32 and len(CHACHA_NONCE) == 12

RULES = {
    "morse_code_with_caret_capitals": "in Morse code (dots and dashes; '.' is .-.-.-, '-' is -....-, '_' is ..--.-), a capital letter's code preceded by ^, one code per character, separated by spaces",
    "braille_grade1_cells": "in Unicode Braille cells, grade 1: letters a-z as their cells, ⠠ before a capital, ⠼ plus the letters a-j for each digit (1 = a … 0 = j), ⠲ for '.', ⠤ for '-', ⠨⠤ for '_', run together",
    "tarot_deck_positions": "as tarot cards: each character code minus 45 is the card's place in the 78-card deck (0 The Fool … 21 The World, then Ace to King of Wands, Cups, Swords and Pentacles), separated by semicolons",
    "dice_base6_triplets": "as three dice per character: the character code in base 6, most significant first, with ⚀ = 0, ⚁ = 1 … ⚅ = 5, characters separated by spaces",
    "dna_nucleotide_quads": "as a DNA strand: every UTF-8 byte as four bases, two bits each, most significant first (A = 00, C = 01, G = 10, T = 11), run together",
    "ebcdic_cp037_hex": "as its bytes in the EBCDIC code page 037 (IBM mainframe), upper-case hex, separated by spaces",
    "chacha20_stream_hex": "encrypted with ChaCha20 (RFC 8439, block counter 1) under the 32-byte ASCII key 'lensmeter-axis-prism-bevel-2024!' and the 12-byte ASCII nonce 'rx-nonce-001', ciphertext as lower-case hex",
    "base36_big_integer": "as one big number: its UTF-8 bytes read as a big-endian integer, written in base 36 (0-9 then a-z)",
    "duodecimal_turned_digits": "as character codes in base 12, with ↊ for ten and ↋ for eleven (97 = 81, 122 = ↊2), separated by spaces",
    "spreadsheet_column_letters": "as spreadsheet column names: each character code is a column number (1 = A, 26 = Z, 27 = AA, 97 = CS), separated by commas",
    "day_of_year_dates": "as calendar dates: each character code is the day of a non-leap year (45 = 14 Feb, 97 = 7 Apr), separated by commas",
    "delta_coded_code_points": "as delta-coded character codes: the first code as it is, then each code as its signed difference from the one before (+3, -12, +0), separated by spaces",
    "icelandic_number_words": "as character codes spelled out in Icelandic (níutíu og sjö = 97, hundrað tuttugu og tveir = 122), separated by commas",
    "maori_number_words": "as character codes spelled out in Māori (iwa tekau mā whitu = 97, kotahi rau rua tekau mā rua = 122), separated by commas",
    "cylinder_axis_degrees": "as a list of spectacle prescriptions: the cylinder axis of each (the three digits after x) is the character code; the sphere and cylinder powers are noise; separated by semicolons",
    "sphere_power_quarter_steps": "as sphere powers: each power in dioptres plus 20, times 4, is the character code (+4.25 DS = 97), separated by semicolons",
    "pupillary_distance_halves": "as pupillary distances: each PD in millimetres times 2, minus 40, is the character code (PD 68.5 = 97); the job numbers are noise; separated by semicolons",
    "contact_lens_base_curves": "as contact-lens parameters: each base curve minus 8.00 mm, times 100, is the character code (BC 8.97 = 97); the diameters are noise; separated by semicolons",
    "frame_temple_lengths": "as frame size markings (eye □ bridge temple): each temple length in millimetres minus 30 is the character code; eye and bridge sizes are noise; separated by semicolons",
    "sexagesimal_degree_minutes": "as angles in degrees and minutes: each character code is the angle in arc-minutes (1°37′ = 97), separated by spaces",
    "bcrypt_radix64_alphabet": "in Base64 bit grouping of its UTF-8 bytes but with the bcrypt alphabet ./A-Za-z0-9 (. = 0, / = 1, A = 2 … 9 = 63), no padding",
    "residue_number_system_triples": "as residue triples: each character code as (code mod 7, code mod 11, code mod 13), separated by spaces",
}
FAMILIES = {
    "morse_code_with_caret_capitals": "signal code (Morse with a case mark)",
    "braille_grade1_cells": "tactile script (Unicode Braille, grade 1)",
    "tarot_deck_positions": "card disguise (78-card tarot deck, offset 45)",
    "dice_base6_triplets": "numeral system in symbols (base 6 with die faces)",
    "dna_nucleotide_quads": "byte-to-letters code (2-bit nucleotides)",
    "ebcdic_cp037_hex": "legacy code page (EBCDIC 037 bytes)",
    "chacha20_stream_hex": "stream cipher with the key in the text (ChaCha20)",
    "base36_big_integer": "big-integer radix (base 36)",
    "duodecimal_turned_digits": "numeral system (duodecimal with turned digits)",
    "spreadsheet_column_letters": "bijective base 26 (spreadsheet columns)",
    "day_of_year_dates": "calendar disguise (day of year)",
    "delta_coded_code_points": "arithmetic disguise (delta coding)",
    "icelandic_number_words": "spelled numerals (Icelandic)",
    "maori_number_words": "spelled numerals (Māori)",
    "cylinder_axis_degrees": "world disguise (prescription cylinder axes)",
    "sphere_power_quarter_steps": "world disguise (sphere powers in quarter dioptres)",
    "pupillary_distance_halves": "world disguise (pupillary distances)",
    "contact_lens_base_curves": "world disguise (contact-lens base curves)",
    "frame_temple_lengths": "world disguise (frame temple lengths)",
    "sexagesimal_degree_minutes": "numeral system (sexagesimal degrees and minutes)",
    "bcrypt_radix64_alphabet": "byte-to-text with a foreign alphabet (bcrypt radix-64)",
    "residue_number_system_triples": "residue number system (moduli 7, 11, 13)",
}
ENCODINGS = list(RULES)
assert len(ENCODINGS) == 22

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
    "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
    "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
    "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", "-": "-....-",
    "_": "..--.-",
}

BRAILLE_DOTS = {
    "a": "1", "b": "12", "c": "14", "d": "145", "e": "15", "f": "124", "g": "1245", "h": "125", "i": "24",
    "j": "245", "k": "13", "l": "123", "m": "134", "n": "1345", "o": "135", "p": "1234", "q": "12345",
    "r": "1235", "s": "234", "t": "2345", "u": "136", "v": "1236", "w": "2456", "x": "1346", "y": "13456",
    "z": "1356",
}


def _cell(dots):
    v = 0
    for d in dots:
        v |= 1 << (int(d) - 1)
    return chr(0x2800 + v)


TAROT_MAJOR = ["The Fool", "The Magician", "The High Priestess", "The Empress", "The Emperor",
               "The Hierophant", "The Lovers", "The Chariot", "Strength", "The Hermit",
               "Wheel of Fortune", "Justice", "The Hanged Man", "Death", "Temperance", "The Devil",
               "The Tower", "The Star", "The Moon", "The Sun", "Judgement", "The World"]
TAROT_RANKS = ["Ace", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
               "Page", "Knight", "Queen", "King"]
TAROT_SUITS = ["Wands", "Cups", "Swords", "Pentacles"]
TAROT = TAROT_MAJOR + ["%s of %s" % (r, s) for s in TAROT_SUITS for r in TAROT_RANKS]
assert len(TAROT) == 78

MONTHS = [("Jan", 31), ("Feb", 28), ("Mar", 31), ("Apr", 30), ("May", 31), ("Jun", 30),
          ("Jul", 31), ("Aug", 31), ("Sep", 30), ("Oct", 31), ("Nov", 30), ("Dec", 31)]

IS_UNITS = {1: "einn", 2: "tveir", 3: "þrír", 4: "fjórir", 5: "fimm", 6: "sex", 7: "sjö", 8: "átta", 9: "níu"}
IS_TEENS = {10: "tíu", 11: "ellefu", 12: "tólf", 13: "þrettán", 14: "fjórtán", 15: "fimmtán",
            16: "sextán", 17: "sautján", 18: "átján", 19: "nítján"}
IS_TENS = {2: "tuttugu", 3: "þrjátíu", 4: "fjörutíu", 5: "fimmtíu", 6: "sextíu", 7: "sjötíu",
           8: "áttatíu", 9: "níutíu"}
MI_UNITS = {1: "tahi", 2: "rua", 3: "toru", 4: "whā", 5: "rima", 6: "ono", 7: "whitu", 8: "waru", 9: "iwa"}

B64_BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B36 = string.digits + string.ascii_lowercase


def _icelandic(n):
    parts = []
    if n >= 100:
        parts.append("hundrað")
        n -= 100
    if n >= 20:
        parts.append(IS_TENS[n // 10])
        n %= 10
    if 10 <= n <= 19:
        parts.append(IS_TEENS[n])
    elif n > 0:
        parts.append(IS_UNITS[n])
    if len(parts) > 1:
        parts.insert(len(parts) - 1, "og")
    return " ".join(parts)


def _maori(n):
    parts = []
    big = n >= 100
    if big:
        parts.append("kotahi rau")
        n -= 100
    t, u = divmod(n, 10)
    if t:
        parts.append("tekau" if t == 1 else MI_UNITS[t] + " tekau")
    if u:
        parts.append(("mā " if (t or big) else "") + MI_UNITS[u])
    return " ".join(parts)


def _rotl(v, c):
    return ((v << c) & 0xFFFFFFFF) | (v >> (32 - c))


def _quarter(s, a, b, c, d):
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = _rotl(s[d] ^ s[a], 16)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = _rotl(s[b] ^ s[c], 12)
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = _rotl(s[d] ^ s[a], 8)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = _rotl(s[b] ^ s[c], 7)


def _chacha_block(key, counter, nonce):
    st = [0x61707865, 0x3320646E, 0x79622D32, 0x6B206574]
    st += list(struct.unpack("<8I", key)) + [counter] + list(struct.unpack("<3I", nonce))
    w = st[:]
    for _ in range(10):
        _quarter(w, 0, 4, 8, 12); _quarter(w, 1, 5, 9, 13); _quarter(w, 2, 6, 10, 14); _quarter(w, 3, 7, 11, 15)
        _quarter(w, 0, 5, 10, 15); _quarter(w, 1, 6, 11, 12); _quarter(w, 2, 7, 8, 13); _quarter(w, 3, 4, 9, 14)
    return struct.pack("<16I", *[(w[i] + st[i]) & 0xFFFFFFFF for i in range(16)])


def chacha20(data, key=CHACHA_KEY, nonce=CHACHA_NONCE, counter=1):
    out = bytearray()
    for i in range(0, len(data), 64):
        ks = _chacha_block(key, counter + i // 64, nonce)
        out += bytes(x ^ y for x, y in zip(data[i:i + 64], ks))
    return bytes(out)


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    if name == "morse_code_with_caret_capitals":
        return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in plain)
    if name == "braille_grade1_cells":
        out = []
        for c in plain:
            if c.isdigit():
                out.append(_cell("3456") + _cell(BRAILLE_DOTS["jabcdefghi"[int(c)]]))
            elif c == ".":
                out.append(_cell("256"))
            elif c == "-":
                out.append(_cell("36"))
            elif c == "_":
                out.append(_cell("46") + _cell("36"))
            elif c.isupper():
                out.append(_cell("6") + _cell(BRAILLE_DOTS[c.lower()]))
            else:
                out.append(_cell(BRAILLE_DOTS[c]))
        return "".join(out)
    if name == "tarot_deck_positions":
        return "; ".join(TAROT[k - 45] for k in codes)
    if name == "dice_base6_triplets":
        return " ".join("".join(chr(0x2680 + d) for d in (k // 36, (k // 6) % 6, k % 6)) for k in codes)
    if name == "dna_nucleotide_quads":
        return "".join("".join("ACGT"[(b >> s) & 3] for s in (6, 4, 2, 0)) for b in plain.encode())
    if name == "ebcdic_cp037_hex":
        return " ".join("%02X" % b for b in plain.encode("cp037"))
    if name == "chacha20_stream_hex":
        return chacha20(plain.encode()).hex()
    if name == "base36_big_integer":
        n = int.from_bytes(plain.encode(), "big")
        s = ""
        while n:
            n, r = divmod(n, 36)
            s = B36[r] + s
        return s
    if name == "duodecimal_turned_digits":
        dig = "0123456789\u218a\u218b"
        return " ".join(dig[k // 144] * (k >= 144) + dig[(k // 12) % 12] + dig[k % 12] for k in codes)
    if name == "spreadsheet_column_letters":
        out = []
        for k in codes:
            s = ""
            while k:
                k, r = divmod(k - 1, 26)
                s = chr(65 + r) + s
            out.append(s)
        return ",".join(out)
    if name == "day_of_year_dates":
        out = []
        for k in codes:
            d = k
            for m, n in MONTHS:
                if d <= n:
                    out.append("%d %s" % (d, m))
                    break
                d -= n
        return ", ".join(out)
    if name == "delta_coded_code_points":
        out = [str(codes[0])] + ["%+d" % (codes[i] - codes[i - 1]) for i in range(1, len(codes))]
        return " ".join(out)
    if name == "icelandic_number_words":
        return ", ".join(_icelandic(k) for k in codes)
    if name == "maori_number_words":
        return ", ".join(_maori(k) for k in codes)
    if name == "cylinder_axis_degrees":
        out = []
        for k in codes:
            sph = rng.randint(-24, 16) * 0.25
            cyl = -rng.randint(1, 12) * 0.25
            out.append("%+.2f/%.2fx%03d" % (sph, cyl, k))
        return "; ".join(out)
    if name == "sphere_power_quarter_steps":
        return "; ".join("%+.2f DS" % (k / 4 - 20) for k in codes)
    if name == "pupillary_distance_halves":
        return "; ".join("J%d PD %.1f" % (rng.randint(100, 999), (k + 40) / 2) for k in codes)
    if name == "contact_lens_base_curves":
        return "; ".join("BC %.2f DIA %.1f" % (8 + k / 100, rng.choice([13.8, 14.0, 14.2, 14.3, 14.5])) for k in codes)
    if name == "frame_temple_lengths":
        return "; ".join("%d\u25a1%d %d" % (rng.randint(46, 56), rng.randint(15, 22), k + 30) for k in codes)
    if name == "sexagesimal_degree_minutes":
        return " ".join("%d\u00b0%02d\u2032" % divmod(k, 60) for k in codes)
    if name == "bcrypt_radix64_alphabet":
        b = plain.encode()
        bits = "".join("{:08b}".format(x) for x in b)
        bits += "0" * (-len(bits) % 6)
        return "".join(B64_BCRYPT[int(bits[i:i + 6], 2)] for i in range(0, len(bits), 6))
    if name == "residue_number_system_triples":
        return " ".join("(%d,%d,%d)" % (k % 7, k % 11, k % 13) for k in codes)
    raise ValueError(name)
