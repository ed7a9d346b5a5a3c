"""Encoders for the p205 evasions. The rng only adds noise that the decoder ignores."""

# name -> (family, rule in words)
RULES = {
    "factoradic_code_points": ("numeral system (factorial base)",
        "as character codes in the factorial number system: the rightmost digit counts 0!, the next 1!, then 2!, 3!, 4! and 5!, one number per character, separated by spaces"),
    "dozenal_pitman_digit_code_points": ("numeral system (base twelve)",
        "as character codes in base twelve with the Pitman digits ↊ for ten and ↋ for eleven, highest place first, separated by spaces"),
    "thai_digit_code_points": ("digit block (Thai digits)",
        "as decimal character codes written in Thai digits (๐ = 0 … ๙ = 9), separated by spaces"),
    "tibetan_digit_code_points": ("digit block (Tibetan digits)",
        "as decimal character codes written in Tibetan digits (༠ = 0 … ༩ = 9), separated by spaces"),
    "french_number_words": ("spelled form (French number words)",
        "as character codes spelled out in French number words with hyphens throughout (1990 spelling), separated by slashes"),
    "dutch_number_words": ("spelled form (Dutch number words)",
        "as character codes spelled out in Dutch number words (units before tens, joined with en or ën), separated by commas"),
    "double_struck_alphanumerics": ("Unicode look-alike block (double-struck letters and digits)",
        "in double-struck (blackboard bold) letters and digits; - _ . are unchanged (they fold back under NFKC)"),
    "sans_serif_math_alphanumerics": ("Unicode look-alike block (mathematical sans-serif)",
        "in mathematical sans-serif letters and digits; - _ . are unchanged (they fold back under NFKC)"),
    "base91_utf8_bytes": ("byte notation (basE91)",
        "in basE91 (Joachim Henke's 91-character alphabet A–Z a–z 0–9 and !#$%&()*+,./:;<=>?@[]^_`{|}~\") of its UTF-8 bytes"),
    "cubed_code_points": ("arithmetic disguise (cubes)",
        "as cubes: for a character code n the number written is n × n × n, separated by spaces"),
    "cantor_paired_characters": ("arithmetic disguise (Cantor pairing)",
        "as Cantor pairs: characters are taken two at a time, codes a and b give (a + b)(a + b + 1)/2 + b, an odd last character is paired with 0, separated by spaces"),
    "inverse_mod_257_code_points": ("arithmetic disguise (modular inverse)",
        "as modular inverses: for a character code n the number written is the m with n × m ≡ 1 (mod 257), separated by spaces"),
    "hill_cipher_pairs_mod_65": ("cipher (Hill cipher)",
        "with a Hill cipher over the 65 symbols A–Z a–z 0–9 _ . - (A = 0 … - = 64): each pair x, y becomes 3x + 2y and 5x + 7y mod 65, an odd last symbol is left as it is"),
    "decimation_step_order": ("positional trick (decimation order)",
        "in step order: counting round in a circle from the first character, every k-th character is written, where k is the first of 3, 5, 7, 11, 13, 17, 19, 23 that shares no factor with the length"),
    "css_hex_colour_triplets": ("byte disguise (colour codes)",
        "as label colour swatches: its UTF-8 bytes three at a time as #rrggbb colours, the last colour padded with 00 bytes (drop them), separated by spaces"),
    "dotted_quad_address_list": ("byte disguise (IPv4 addresses)",
        "as a list of IPv4 addresses: its UTF-8 bytes four at a time as dotted quads, the last address padded with 0 (drop them), separated by commas"),
    "counter_scale_gram_weights": ("counter disguise (scale weights)",
        "as counter-scale tickets, one per character: the weight in grams minus 1000 is the character code; the cut is noise"),
    "scale_plu_numbers": ("counter disguise (PLU numbers)",
        "as a PLU list, one per character: the PLU number minus 4000 is the character code; the product name is noise"),
    "freezer_log_temperatures": ("cold-room disguise (freezer log)",
        "as a freezer log, one reading per character: the temperature in tenths of a degree plus 300 is the character code (−19.1 °C → 109); the probe name is noise"),
    "landing_box_weights": ("fish-market disguise (landing boxes)",
        "as a landing sheet, one box per character: the box weight in kilograms times ten is the character code; box number and species are noise"),
    "label_additive_e_numbers": ("label disguise (E-numbers)",
        "as an additives line on a label, one E-number per character: the E-number minus 100 is the character code"),
    "hamper_order_line_pence": ("hamper disguise (order lines)",
        "as a hamper order, one line per character: the price in pence is the character code; quantity and item are noise"),
}
ORDER = list(RULES)

DOUBLE_STRUCK_HOLES = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}
B91 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~"'
HILL_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"
CUTS = ["rump steak", "pork belly", "lamb rack", "beef mince", "chicken thighs", "venison loin", "ox cheek",
        "bavette", "gammon joint", "pheasant crown"]
PRODUCTS = ["pork loin", "lamb shoulder", "beef shin", "chipolatas", "black pudding", "haslet", "duck legs",
            "smoked haddock", "kippers", "rabbit saddle"]
PROBES = ["F1", "F2", "F3", "chiller A", "chiller B", "blast", "walk-in"]
SPECIES = ["hake", "cod", "haddock", "plaice", "monkfish", "lemon sole", "megrim", "ling", "pollack"]
HAMPER = ["damson jam", "oatcakes", "pork pie", "smoked salmon", "cheddar wedge", "chutney", "shortbread",
          "game terrine", "cider", "honey"]

FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize"]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
NL_UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
            "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
NL_TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig",
           9: "negentig"}


def fr(n):
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return FR_TENS[t]
        return FR_TENS[t] + ("-et-un" if u == 1 else "-" + FR_UNITS[u])
    if n < 80:
        return "soixante-et-onze" if n == 71 else "soixante-" + fr(n - 60)
    if n < 100:
        return "quatre-vingts" if n == 80 else "quatre-vingt-" + fr(n - 80)
    if n < 200:
        return "cent" if n == 100 else "cent-" + fr(n - 100)
    raise ValueError(n)


def nl(n):
    if n < 20:
        return NL_UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return NL_TENS[t]
        w = NL_UNITS[u]
        return w + ("ën" if w.endswith("e") else "en") + NL_TENS[t]
    if n < 200:
        return "honderd" + ("" if n == 100 else nl(n - 100))
    raise ValueError(n)


def factoradic(n):
    digits, k = [], 1
    while n > 0:
        digits.append(n % k)
        n //= k
        k += 1
    return "".join(str(d) for d in reversed(digits)) or "0"


def base12(n):
    sym = "0123456789↊↋"
    s = ""
    while n:
        s = sym[n % 12] + s
        n //= 12
    return s or "0"


def digits_in(n, zero):
    return "".join(chr(zero + int(d)) for d in str(n))


def b91_encode(data):
    b = n = 0
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
            out.append(B91[v % 91] + B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90:
            out.append(B91[b // 91])
    return "".join(out)


def decimation_step(n):
    from math import gcd
    for k in (3, 5, 7, 11, 13, 17, 19, 23):
        if gcd(k, n) == 1:
            return k
    raise ValueError(n)


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    data = plain.encode("utf-8")
    if name == "factoradic_code_points":
        return " ".join(factoradic(c) for c in codes)
    if name == "dozenal_pitman_digit_code_points":
        return " ".join(base12(c) for c in codes)
    if name == "thai_digit_code_points":
        return " ".join(digits_in(c, 0x0E50) for c in codes)
    if name == "tibetan_digit_code_points":
        return " ".join(digits_in(c, 0x0F20) for c in codes)
    if name == "french_number_words":
        return " / ".join(fr(c) for c in codes)
    if name == "dutch_number_words":
        return ", ".join(nl(c) for c in codes)
    if name == "double_struck_alphanumerics":
        out = []
        for ch in plain:
            if ch in DOUBLE_STRUCK_HOLES:
                out.append(DOUBLE_STRUCK_HOLES[ch])
            elif "A" <= ch <= "Z":
                out.append(chr(0x1D538 + ord(ch) - 65))
            elif "a" <= ch <= "z":
                out.append(chr(0x1D552 + ord(ch) - 97))
            elif "0" <= ch <= "9":
                out.append(chr(0x1D7D8 + ord(ch) - 48))
            else:
                out.append(ch)
        return "".join(out)
    if name == "sans_serif_math_alphanumerics":
        out = []
        for ch in plain:
            if "A" <= ch <= "Z":
                out.append(chr(0x1D5A0 + ord(ch) - 65))
            elif "a" <= ch <= "z":
                out.append(chr(0x1D5BA + ord(ch) - 97))
            elif "0" <= ch <= "9":
                out.append(chr(0x1D7E2 + ord(ch) - 48))
            else:
                out.append(ch)
        return "".join(out)
    if name == "base91_utf8_bytes":
        return b91_encode(data)
    if name == "cubed_code_points":
        return " ".join(str(c ** 3) for c in codes)
    if name == "cantor_paired_characters":
        cs = codes + ([0] if len(codes) % 2 else [])
        return " ".join(str((a + b) * (a + b + 1) // 2 + b) for a, b in zip(cs[0::2], cs[1::2]))
    if name == "inverse_mod_257_code_points":
        return " ".join(str(pow(c, -1, 257)) for c in codes)
    if name == "hill_cipher_pairs_mod_65":
        idx = [HILL_ALPHA.index(ch) for ch in plain]
        out = []
        for i in range(0, len(idx) - 1, 2):
            x, y = idx[i], idx[i + 1]
            out += [(3 * x + 2 * y) % 65, (5 * x + 7 * y) % 65]
        if len(idx) % 2:
            out.append(idx[-1])
        return "".join(HILL_ALPHA[i] for i in out)
    if name == "decimation_step_order":
        n = len(plain)
        k = decimation_step(n)
        return "".join(plain[(j * k) % n] for j in range(n))
    if name == "css_hex_colour_triplets":
        d = data + b"\x00" * (-len(data) % 3)
        return " ".join("#" + d[i:i + 3].hex() for i in range(0, len(d), 3))
    if name == "dotted_quad_address_list":
        d = data + b"\x00" * (-len(data) % 4)
        return ", ".join(".".join(str(x) for x in d[i:i + 4]) for i in range(0, len(d), 4))
    if name == "counter_scale_gram_weights":
        parts = []
        for c in codes:
            g = 1000 + c
            parts.append(f"{rng.choice(CUTS)} {g // 1000}.{g % 1000:03d} kg")
        return " | ".join(parts)
    if name == "scale_plu_numbers":
        return ", ".join(f"PLU {4000 + c} {rng.choice(PRODUCTS)}" for c in codes)
    if name == "freezer_log_temperatures":
        parts = []
        for c in codes:
            t = c - 300  # tenths, negative
            parts.append(f"{rng.choice(PROBES)} -{(-t) // 10}.{(-t) % 10}°C")
        return "; ".join(parts)
    if name == "landing_box_weights":
        return "; ".join(f"box {rng.randint(1, 60)} {rng.choice(SPECIES)} {c // 10}.{c % 10} kg" for c in codes)
    if name == "label_additive_e_numbers":
        return ", ".join(f"E{c + 100}" for c in codes)
    if name == "hamper_order_line_pence":
        return "; ".join(f"{rng.randint(1, 4)} x {rng.choice(HAMPER)} £{c // 100}.{c % 100:02d}" for c in codes)
    raise KeyError(name)
