"""Encoders for the p236 evasion records. The rng only adds noise the decoder ignores."""

NATO = {"a": "alfa", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliett", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
ICAO_DIGITS = ["zero", "one", "two", "tree", "four", "fife", "six", "seven", "eight", "niner"]
NATO_PUNCT = {"_": "underscore", ".": "stop", "-": "dash"}

BASE91 = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
          "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

EG_100, EG_10, EG_1 = "\U00013362", "\U00013386", "\U000133FA"

FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize"]
FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}

HOPS16 = ["Amarillo", "Bravo", "Cascade", "Citra", "Columbus", "Ekuanot", "Fuggle", "Galaxy", "Hallertau",
          "Magnum", "Mosaic", "Nelson", "Saaz", "Simcoe", "Talus", "Willamette"]
SEG7 = ["abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg",
        "abcefg", "cdefg", "adef", "bcdeg", "adefg", "aefg"]
HEXWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ay", "bee", "cee", "dee", "ee", "ef"]
BEERS = ["Hazy IPA", "Dry Stout", "Pilsner", "Saison", "Red Ale", "Gose", "Tripel", "Porter", "Kolsch", "Mild",
         "Bitter", "Dunkel", "Helles", "Wit", "Barleywine", "Brown Ale"]
VESSELS = ["FV1", "FV2", "FV3", "FV4", "FV5", "FV6", "BT1", "BT2", "CT1", "CT2"]
STEPS = ["dough-in", "protein rest", "beta rest", "alpha rest", "saccharification", "mash-out", "step"]


def french(n):
    def below100(n):
        if n <= 16:
            return FR_UNITS[n]
        if n < 20:
            return "dix-" + FR_UNITS[n - 10]
        if n < 70:
            t, u = divmod(n, 10)
            w = FR_TENS[t * 10]
            if u == 0:
                return w
            if u == 1:
                return w + " et un"
            return w + "-" + FR_UNITS[u]
        if n < 80:
            r = n - 60
            if r == 11:
                return "soixante et onze"
            return "soixante-" + below100(r)
        if n == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + below100(n - 80)
    if n < 100:
        return below100(n)
    r = n - 100
    return "cent" if r == 0 else "cent " + below100(r)


def negabinary(n):
    if n == 0:
        return "0"
    out = []
    while n != 0:
        n, r = divmod(n, -2)
        if r < 0:
            n, r = n + 1, r + 2
        out.append(str(r))
    return "".join(reversed(out))


def factorise(n):
    f = []
    d = 2
    while d * d <= n:
        e = 0
        while n % d == 0:
            n //= d
            e += 1
        if e:
            f.append("%d^%d" % (d, e) if e > 1 else str(d))
        d += 1
    if n > 1:
        f.append(str(n))
    return "×".join(f)


def base91_encode(data):
    b = 0
    n = 0
    out = []
    for byte in data:
        b |= byte << n
        n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13
                n -= 13
            else:
                v = b & 16383
                b >>= 14
                n -= 14
            out.append(BASE91[v % 91])
            out.append(BASE91[v // 91])
    if n:
        out.append(BASE91[b % 91])
        if n > 7 or b > 90:
            out.append(BASE91[b // 91])
    return "".join(out)


def crockford(data):
    bits = "".join("{:08b}".format(x) for x in data)
    bits += "0" * (-len(bits) % 5)
    return "".join(CROCKFORD[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def beaufort(s, key="HOPS"):
    out = []
    for i, ch in enumerate(s):
        k = ord(key[i % len(key)]) - 65
        if "a" <= ch <= "z":
            out.append(chr(97 + (k - (ord(ch) - 97)) % 26))
        elif "A" <= ch <= "Z":
            out.append(chr(65 + (k - (ord(ch) - 65)) % 26))
        elif ch.isdigit():
            out.append(str((k - int(ch)) % 10))
        else:
            out.append(ch)
    return "".join(out)


def enc(name, plain, rng):
    b = plain.encode("utf-8")
    codes = [ord(c) for c in plain]
    if name == "nato_phonetic_spelling":
        parts = []
        for ch in plain:
            if ch.islower():
                parts.append(NATO[ch])
            elif ch.isupper():
                parts.append(NATO[ch.lower()].upper())
            elif ch.isdigit():
                parts.append(ICAO_DIGITS[int(ch)])
            else:
                parts.append(NATO_PUNCT[ch])
        return " ".join(parts)
    if name == "baconian_ab_seven_bit":
        return " ".join("{:07b}".format(c).replace("0", "a").replace("1", "b") for c in codes)
    if name == "base91_henke":
        return base91_encode(b)
    if name == "crockford_base32":
        return crockford(b)
    if name == "negabinary_code_points":
        return " ".join(negabinary(c) for c in codes)
    if name == "egyptian_hieroglyph_numerals":
        return " ".join(EG_100 * (c // 100) + EG_10 * ((c // 10) % 10) + EG_1 * (c % 10) for c in codes)
    if name == "aegean_number_signs":
        out = []
        for c in codes:
            s = ""
            if c >= 100:
                s += chr(0x10119)
            t = (c // 10) % 10
            if t:
                s += chr(0x10110 + t - 1)
            u = c % 10
            if u:
                s += chr(0x10107 + u - 1)
            out.append(s)
        return " ".join(out)
    if name == "kaktovik_vigesimal_numerals":
        out = []
        for c in codes:
            hi, lo = divmod(c, 20)
            out.append(chr(0x1D2C0 + hi) + chr(0x1D2C0 + lo))
        return " ".join(out)
    if name == "french_number_words":
        return ", ".join(french(c) for c in codes)
    if name == "cherokee_letter_substitution":
        out = []
        for ch in plain:
            if "a" <= ch <= "z":
                out.append(chr(0x13A0 + ord(ch) - 97))
            elif "A" <= ch <= "Z":
                out.append(chr(0x13BA + ord(ch) - 65))
            elif ch.isdigit():
                out.append(chr(0x13D4 + int(ch)))
            else:
                out.append(ch)
        return "".join(out)
    if name == "regional_indicator_letters":
        out = []
        for ch in plain:
            if "a" <= ch <= "z":
                out.append(chr(0x1F1E6 + ord(ch) - 97))
            elif "A" <= ch <= "Z":
                out.append("^" + chr(0x1F1E6 + ord(ch) - 65))
            elif ch.isdigit():
                out.append(ch + "\uFE0F\u20E3")
            else:
                out.append(ch)
        return " ".join(out)
    if name == "ones_complement_hex_bytes":
        return " ".join("%02X" % (x ^ 0xFF) for x in b)
    if name == "mac_address_octets":
        bb = b + b"\0" * (-len(b) % 6)
        return ", ".join(":".join("%02x" % x for x in bb[i:i + 6]) for i in range(0, len(bb), 6))
    if name == "css_hex_colour_triplets":
        bb = b + b"\0" * (-len(b) % 3)
        return " ".join("#" + bb[i:i + 3].hex() for i in range(0, len(bb), 3))
    if name == "beaufort_hops_keyword":
        return beaufort(plain)
    if name == "tap_list_abv_tenths":
        return "; ".join("%s %d.%d%%" % (rng.choice(BEERS), c // 10, c % 10) for c in codes)
    if name == "specific_gravity_points":
        return "; ".join("%s 1.%03d" % (rng.choice(VESSELS), c) for c in codes)
    if name == "hop_variety_nibbles":
        return " / ".join(HOPS16[x >> 4] + " + " + HOPS16[x & 15] for x in b)
    if name == "mash_step_fahrenheit":
        return ", ".join("%s %d°F" % (rng.choice(STEPS), c + 60) for c in codes)
    if name == "spelled_hex_digits":
        return " | ".join(HEXWORDS[x >> 4] + " " + HEXWORDS[x & 15] for x in b)
    if name == "prime_factorisation_code_points":
        return " ".join(factorise(c) for c in codes)
    if name == "seven_segment_hex_nibbles":
        return " ".join(SEG7[x >> 4] + "/" + SEG7[x & 15] for x in b)
    raise KeyError(name)


RULES = {
    "nato_phonetic_spelling": "letter by letter in the NATO / ICAO spelling alphabet, one word per character (alfa = a, ALFA = A, digits as zero one two tree four fife six seven eight niner, underscore, stop = ., dash = -), separated by spaces",
    "baconian_ab_seven_bit": "in a Baconian a/b code: every character code as seven letters, a for 0 and b for 1, most significant first (a = 97 → bbaaaab), groups separated by spaces",
    "base91_henke": "in basE91 (Joachim Henke's 91-character alphabet A-Z a-z 0-9 !#$%&()*+,./:;<=>?@[]^_`{|}~\"), one run",
    "crockford_base32": "in Crockford Base32 (0-9 and A-Z without I L O U): its UTF-8 bits in groups of five, most significant first, last group filled with zeros, no check symbol",
    "negabinary_code_points": "as character codes in base −2 (negabinary: digits 0/1, place values 1, −2, 4, −8 …; 97 = 110100001 = 256 − 128 − 32 + 1), separated by spaces",
    "egyptian_hieroglyph_numerals": "as character codes in Egyptian hieroglyphic numerals (𓍢 coil = 100, 𓎆 heel bone = 10, 𓏺 stroke = 1), one group per code, separated by spaces",
    "aegean_number_signs": "as character codes in Aegean number signs (𐄙 = 100, 𐄐…𐄘 = 10…90, 𐄇…𐄏 = 1…9), one group per code, separated by spaces",
    "kaktovik_vigesimal_numerals": "as character codes in Kaktovik numerals, base 20, two digits each (U+1D2C0 = 0 … U+1D2D3 = 19; 97 = 4·20 + 17), separated by spaces",
    "french_number_words": "as character codes spelled out in French (quatre-vingt-dix-sept = 97, cent vingt-deux = 122), separated by commas",
    "cherokee_letter_substitution": "in Cherokee letters: a-z as the first 26 Cherokee letters in code-point order (a = Ꭰ U+13A0), A-Z as the next 26 (A = Ꮊ U+13BA), 0-9 as the next ten (0 = Ꮤ U+13D4), _ . - unchanged",
    "regional_indicator_letters": "in regional-indicator letters (the flag letters 🇦…🇿) for a-z, ^ before the letter for a capital, keycap digits (1️⃣), _ . - unchanged, separated by spaces",
    "ones_complement_hex_bytes": "as its UTF-8 bytes with every bit flipped (255 minus the byte), upper-case hex, separated by spaces",
    "mac_address_octets": "as MAC addresses: its UTF-8 bytes six to an address (lower-case hex, colons; the last filled with 00), addresses separated by commas",
    "css_hex_colour_triplets": "as CSS colours: its UTF-8 bytes three to a #rrggbb colour (the last filled with 00), separated by spaces",
    "beaufort_hops_keyword": "with a Beaufort cipher under the keyword HOPS: the key advances on every character; a letter becomes key minus letter in its own case (A = 0 … Z = 25, mod 26), a digit key minus digit mod 10, _ . - unchanged",
    "tap_list_abv_tenths": "as a tap list: each beer's ABV times ten is a character code (Hazy IPA 9.7% = 97; the beer names are noise), separated by semicolons",
    "specific_gravity_points": "as gravity readings: the three digits after 1. of each reading are a character code (FV3 1.097 = 97; the vessel names are noise), separated by semicolons",
    "hop_variety_nibbles": "as a hop schedule: each UTF-8 byte is two hops, high nibble + low nibble, from the 16 varieties in alphabetical order (Amarillo 0, Bravo 1, Cascade 2, Citra 3, Columbus 4, Ekuanot 5, Fuggle 6, Galaxy 7, Hallertau 8, Magnum 9, Mosaic 10, Nelson 11, Saaz 12, Simcoe 13, Talus 14, Willamette 15), bytes separated by ' / '",
    "mash_step_fahrenheit": "as a mash schedule: each step temperature in °F minus 60 is a character code (157°F = 97; the step names are noise), separated by commas",
    "spelled_hex_digits": "as its UTF-8 bytes in hex with every hex digit spelled out (zero … nine, ay bee cee dee ee ef; six one = 0x61), bytes separated by ' | '",
    "prime_factorisation_code_points": "as character codes written as prime factorisations (98 = 2×7^2, 97 = 97), separated by spaces",
    "seven_segment_hex_nibbles": "as seven-segment display patterns: each UTF-8 byte as two hex digits, each digit as the lit segments a-g (0 = abcdef, 1 = bc, 6 = acdefg, A = abcefg, b = cdefg …), digits joined by /, bytes separated by spaces",
}

FAMILIES = {
    "nato_phonetic_spelling": "spelling alphabet (NATO / ICAO words)",
    "baconian_ab_seven_bit": "two-letter bit code (Baconian a/b)",
    "base91_henke": "byte-to-text notation (basE91)",
    "crockford_base32": "byte-to-text notation (Crockford Base32)",
    "negabinary_code_points": "numeral system (base −2)",
    "egyptian_hieroglyph_numerals": "additive numerals (Egyptian hieroglyphs)",
    "aegean_number_signs": "additive numerals (Aegean number signs)",
    "kaktovik_vigesimal_numerals": "numeral system (Kaktovik, base 20)",
    "french_number_words": "spelled numerals (French)",
    "cherokee_letter_substitution": "script substitution (Cherokee letters)",
    "regional_indicator_letters": "emoji look-alike block (regional indicators, keycaps)",
    "ones_complement_hex_bytes": "byte transform (ones' complement) in hex",
    "mac_address_octets": "disguise as network identifiers (MAC addresses)",
    "css_hex_colour_triplets": "disguise as colour codes (#rrggbb)",
    "beaufort_hops_keyword": "keyed reciprocal cipher (Beaufort)",
    "tap_list_abv_tenths": "world disguise (tap-list ABV)",
    "specific_gravity_points": "world disguise (gravity readings)",
    "hop_variety_nibbles": "world disguise, symbol base 16 (hop varieties)",
    "mash_step_fahrenheit": "world disguise (mash-step temperatures)",
    "spelled_hex_digits": "spelled hex digits",
    "prime_factorisation_code_points": "arithmetic disguise (prime factorisations)",
    "seven_segment_hex_nibbles": "symbol base 16 (seven-segment patterns)",
}

ENCODINGS = list(RULES)
