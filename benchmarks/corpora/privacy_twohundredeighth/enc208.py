"""Encoders for the p208 evasions (the rng only adds noise that the decoder ignores)."""
import string

KEYED = "chimneyabdfgjklopqrstuvwxz"
assert sorted(KEYED) == list(string.ascii_lowercase)

DE_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
DE_TEENS = {10: "zehn", 11: "elf", 12: "zwölf", 13: "dreizehn", 14: "vierzehn", 15: "fünfzehn", 16: "sechzehn",
            17: "siebzehn", 18: "achtzehn", 19: "neunzehn"}
DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
EO_UNITS = ["", "unu", "du", "tri", "kvar", "kvin", "ses", "sep", "ok", "naŭ"]
EO_TENS = ["", "dek", "dudek", "tridek", "kvardek", "kvindek", "sesdek", "sepdek", "okdek", "naŭdek"]
ROOMS = ["lounge", "kitchen", "snug", "study", "parlour", "bedroom", "dining", "cellar", "annexe", "hall"]
STREETS = ["Mill Lane", "Church St", "Kiln Row", "Abbey Rd", "Priory Walk", "Forge Yard", "Bridge St", "Station Rd"]
BRANDS = ["ETA", "Sellita", "Miyota", "Seiko", "Unitas", "Valjoux", "Ronda", "Peseux"]


def _bt(n):
    out = ""
    while n:
        r = n % 3
        if r == 0:
            out = "0" + out
        elif r == 1:
            out = "1" + out
            n -= 1
        else:
            out = "T" + out
            n += 1
        n //= 3
    return out or "0"


def _b11(n):
    d = "0123456789X"
    out = ""
    while n:
        out = d[n % 11] + out
        n //= 11
    return out or "0"


def _digits(n, zero):
    return "".join(chr(zero + int(c)) for c in str(n))


def _aegean(n):
    out = ""
    h, t, u = n // 100, (n // 10) % 10, n % 10
    if h:
        out += chr(0x10119 + h - 1)
    if t:
        out += chr(0x10110 + t - 1)
    if u:
        out += chr(0x10107 + u - 1)
    return out


def _de(n):
    pre = ""
    if n >= 100:
        pre = "hundert"
        n -= 100
    if n == 0:
        return pre
    if n == 1:
        return pre + "eins"
    if n < 10:
        return pre + DE_UNITS[n]
    if n < 20:
        return pre + DE_TEENS[n]
    t, u = divmod(n, 10)
    return pre + (DE_UNITS[u] + "und" if u else "") + DE_TENS[t]


def _eo(n):
    parts = []
    if n >= 100:
        parts.append("cent")
        n -= 100
    t, u = divmod(n, 10)
    if t:
        parts.append(EO_TENS[t])
    if u:
        parts.append(EO_UNITS[u])
    return " ".join(parts)


def _shift_letters(plain, key, fn):
    out, ki = [], 0
    for ch in plain:
        if ch.isalpha() and ch.isascii():
            k = ord(key[ki % len(key)].lower()) - 97
            p = ord(ch.lower()) - 97
            c = chr(97 + fn(p, k))
            out.append(c.upper() if ch.isupper() else c)
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


def _porta(p, k):
    k //= 2
    if p < 13:
        return 13 + (p + k) % 13
    return (p - 13 - k) % 13


def enc(name, plain, rng):
    cps = [ord(c) for c in plain]
    bs = plain.encode("utf-8")
    if name == "balanced_ternary_code_points":
        return " ".join(_bt(c) for c in cps)
    if name == "base_eleven_code_points":
        return " ".join(_b11(c) for c in cps)
    if name == "myanmar_digit_code_points":
        return " ".join(_digits(c, 0x1040) for c in cps)
    if name == "mongolian_digit_code_points":
        return " ".join(_digits(c, 0x1810) for c in cps)
    if name == "aegean_numeral_code_points":
        return " ".join(_aegean(c) for c in cps)
    if name == "german_number_words":
        return ", ".join(_de(c) for c in cps)
    if name == "esperanto_number_words":
        return " / ".join(_eo(c) for c in cps)
    if name == "beaufort_cipher_keyword_flue":
        return _shift_letters(plain, "FLUE", lambda p, k: (k - p) % 26)
    if name == "porta_cipher_keyword_dial":
        return _shift_letters(plain, "DIAL", _porta)
    if name == "keyed_alphabet_substitution_chimney":
        out = []
        for ch in plain:
            if ch.isascii() and ch.isalpha():
                c = KEYED[ord(ch.lower()) - 97]
                out.append(c.upper() if ch.isupper() else c)
            else:
                out.append(ch)
        return "".join(out)
    if name == "xor_2a_hex_pairs":
        return " ".join("%02x" % (b ^ 0x2A) for b in bs)
    if name == "swapped_adjacent_pairs":
        chars = list(plain)
        for i in range(0, len(chars) - 1, 2):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        return "".join(chars)
    if name == "dna_nucleotide_bytes":
        return "".join("ACGT"[(b >> s) & 3] for b in bs for s in (6, 4, 2, 0))
    if name == "delta_encoded_code_points":
        out = [str(cps[0])]
        for a, b in zip(cps, cps[1:]):
            out.append("%+d" % (b - a))
        return " ".join(out)
    if name == "variation_selector_byte_smuggling":
        return "\u231a" + "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in bs)
    if name == "nibble_letters_a_to_p":
        return "".join("abcdefghijklmnop"[b >> 4] + "abcdefghijklmnop"[b & 15] for b in bs)
    if name == "flue_diameter_millimetres":
        return "; ".join("%s %dmm" % (rng.choice(ROOMS), c + 50) for c in cps)
    if name == "cemetery_plot_numbers":
        return ", ".join("%s-%d" % (rng.choice("ABCDEFGH"), c + 300) for c in cps)
    if name == "timegrapher_amplitude_degrees":
        return " | ".join("%s %+ds/d %d° %.1fms" % (rng.choice(["DU", "DD", "CU", "CD", "9U", "3U"]), rng.randint(-9, 9),
                                                    c + 200, rng.randint(0, 9) / 10) for c in cps)
    if name == "movement_calibre_numbers":
        return ", ".join("%s %d" % (rng.choice(BRANDS), c + 2000) for c in cps)
    if name == "sweep_round_house_numbers":
        return "; ".join("%d %s" % (c, rng.choice(STREETS)) for c in cps)
    if name == "headstone_width_millimetres":
        return ", ".join("%dx%d" % (c + 400, rng.choice([610, 760, 840, 910, 990, 1060])) for c in cps)
    raise ValueError(name)


ENCODINGS = [
    ("balanced_ternary_code_points", "numeral system (balanced ternary)",
     "as character codes in balanced ternary (digits 1, 0 and T for minus one, highest place first), separated by spaces"),
    ("base_eleven_code_points", "numeral system (base 11)",
     "as character codes in base eleven (digits 0 to 9 and X for ten, highest place first), separated by spaces"),
    ("myanmar_digit_code_points", "numeral notation (Myanmar digits)",
     "as decimal character codes written with Myanmar digits (၀ = 0 … ၉ = 9), separated by spaces"),
    ("mongolian_digit_code_points", "numeral notation (Mongolian digits)",
     "as decimal character codes written with Mongolian digits (᠐ = 0 … ᠙ = 9), separated by spaces"),
    ("aegean_numeral_code_points", "numeral system (Aegean numbers)",
     "as character codes in Aegean numbers (𐄇 = 1 … 𐄏 = 9, 𐄐 = 10 … 𐄘 = 90, 𐄙 = 100, added up), separated by spaces"),
    ("german_number_words", "spelled form (German number words)",
     "as character codes spelled out in German number words (siebenundneunzig = 97, hunderteins = 101), separated by commas"),
    ("esperanto_number_words", "spelled form (Esperanto number words)",
     "as character codes spelled out in Esperanto (naŭdek sep = 97, cent unu = 101), separated by slashes"),
    ("beaufort_cipher_keyword_flue", "cipher (Beaufort)",
     "with a Beaufort cipher under the key FLUE (each letter becomes key minus letter mod 26, a = 0, the key advancing on letters only, case kept); digits and - _ . unchanged"),
    ("porta_cipher_keyword_dial", "cipher (Porta)",
     "with a Porta cipher under the key DIAL (key letters pair up AB, CD …; a–m go to the n–z half shifted by the pair number and back again, the key advancing on letters only, case kept); digits and - _ . unchanged"),
    ("keyed_alphabet_substitution_chimney", "cipher (keyed substitution alphabet)",
     "with a keyed substitution alphabet built from CHIMNEY (a→c, b→h, c→i, d→m, e→n, f→e, g→y, then the unused letters in order), case kept; digits and - _ . unchanged"),
    ("xor_2a_hex_pairs", "byte cipher (XOR with a constant)",
     "as its UTF-8 bytes each XORed with hex 2A and written as two hex digits, separated by spaces"),
    ("swapped_adjacent_pairs", "positional trick (pair swap)",
     "with every pair of neighbouring characters swapped (1st with 2nd, 3rd with 4th …; an odd last character stays)"),
    ("dna_nucleotide_bytes", "byte notation (nucleotide letters)",
     "as its UTF-8 bytes in nucleotide letters, two bits per letter (A = 00, C = 01, G = 10, T = 11), four letters per byte, run together"),
    ("delta_encoded_code_points", "arithmetic disguise (delta coding)",
     "as the first character code followed by the signed difference to each next character code, separated by spaces"),
    ("variation_selector_byte_smuggling", "Unicode trick (variation selectors)",
     "hidden as Unicode variation selectors after a watch emoji, one selector per UTF-8 byte (VS1–VS16 for 0–15, VS17 onwards for 16 and up)"),
    ("nibble_letters_a_to_p", "byte notation (nibble letters)",
     "as its UTF-8 bytes in hex written with the letters a–p instead of 0–f (a = 0 … p = 15), two letters per byte, run together"),
    ("flue_diameter_millimetres", "sweep disguise (flue diameters)",
     "as a sweep's flue survey, one flue per character: the liner diameter in millimetres minus 50 is the character code; the room names are noise"),
    ("cemetery_plot_numbers", "mason disguise (cemetery plots)",
     "as cemetery plot references, one per character: the plot number minus 300 is the character code; the section letter is noise"),
    ("timegrapher_amplitude_degrees", "watch disguise (timegrapher amplitude)",
     "as timegrapher readings, one per character: the amplitude in degrees minus 200 is the character code; position, rate and beat error are noise"),
    ("movement_calibre_numbers", "watch disguise (calibre numbers)",
     "as a list of movements, one per character: the calibre number minus 2000 is the character code; the maker's name is noise"),
    ("sweep_round_house_numbers", "sweep disguise (round house numbers)",
     "as a sweep round, one call per character: the house number is the character code; the street is noise"),
    ("headstone_width_millimetres", "mason disguise (headstone sizes)",
     "as headstone sizes (width x height in mm), one per character: the width minus 400 is the character code; the height is noise"),
]
