"""Encoders for the p216 evasions.  The rng only adds noise the decoder ignores."""
import struct
import unicodedata

ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn "
            "Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce "
            "Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn "
            "Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn").split()

TURN_LOW = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɐqɔpǝɟƃɥᴉɾʞʅɯuodbɹsʇnʌʍxʎz"))
TURN_UP = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "∀ꓭƆᗡƎℲ⅁HIſꓘ˥WNOԀΌꓤS⊥∩ΛMX⅄Z"))
TURN_DIG = dict(zip("0123456789", "0ƖᄅƐㄣϛ9ㄥ86"))
TURN_SYM = {"_": "‾", ".": "˙", "-": "-"}

POSTNET = {"1": "00011", "2": "00101", "3": "00110", "4": "01001", "5": "01010",
           "6": "01100", "7": "10001", "8": "10010", "9": "10100", "0": "11000"}

XOR_KEY = "SIDING"

GEM_UNITS = "אבגדהוזחט"
GEM_TENS = "יכלמנסעפצ"
GEM_HUNDREDS = "קרשת"


def _gematria(n):
    s = ""
    while n >= 400:
        s += "ת"
        n -= 400
    if n >= 100:
        s += GEM_HUNDREDS[n // 100 - 1]
        n %= 100
    if n in (15, 16):
        s += "ט" + ("ו" if n == 15 else "ז")
        n = 0
    if n >= 10:
        s += GEM_TENS[n // 10 - 1]
        n %= 10
    if n:
        s += GEM_UNITS[n - 1]
    if len(s) == 1:
        return s + "׳"
    return s[:-1] + "״" + s[-1]


def _factoradic(n):
    digits = []
    b = 1
    while n:
        n, r = divmod(n, b)
        digits.append(str(r))
        b += 1
    return "".join(reversed(digits))


def _balanced_ternary(n):
    out = ""
    while n:
        r = n % 3
        if r == 0:
            out = "0" + out
            n //= 3
        elif r == 1:
            out = "+" + out
            n //= 3
        else:
            out = "-" + out
            n = (n + 1) // 3
    return out


def _a1z26(c):
    if c.isalpha():
        n = str(ord(c.lower()) - 96)
        return ("^" + n) if c.isupper() else n
    if c.isdigit():
        return "#" + c
    return c


def enc(name, plain, rng):
    cps = [ord(c) for c in plain]
    bs = plain.encode("utf-8")
    if name == "dna_nucleotide_quads":
        m = "ACGT"
        return " ".join("".join(m[(b >> s) & 3] for s in (6, 4, 2, 0)) for b in bs)
    if name == "factoradic_code_points":
        return " ".join(_factoradic(c) for c in cps)
    if name == "hebrew_gematria_numerals":
        return " ".join(_gematria(c) for c in cps)
    if name == "upside_down_turned_text":
        t = {}
        for d in (TURN_LOW, TURN_UP, TURN_DIG, TURN_SYM):
            t.update(d)
        return "".join(t[c] for c in reversed(plain))
    if name == "periodic_element_symbols":
        return "".join(ELEMENTS[c - 10 - 1] for c in cps)
    if name == "postnet_bar_digits":
        return " ".join("".join("█" if bit == "1" else "▄" for d in "%03d" % c for bit in POSTNET[d]) for c in cps)
    if name == "xor_key_siding_hex":
        return " ".join("%02x" % (b ^ ord(XOR_KEY[i % len(XOR_KEY)])) for i, b in enumerate(bs))
    if name == "float32_ieee754_hex":
        return " ".join(struct.pack(">f", float(c)).hex().upper() for c in cps)
    if name == "css_hex_colour_triplets":
        padded = bs + b"\0" * (-len(bs) % 3)
        return " ".join("#" + padded[i:i + 3].hex() for i in range(0, len(padded), 3))
    if name == "unicode_tag_characters":
        return "🏴" + "".join(chr(0xE0000 + c) for c in cps) + "\U000E007F"
    if name == "variation_selector_bytes":
        return "🚂" + "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in bs)
    if name == "a1z26_letter_positions":
        return " ".join(_a1z26(c) for c in plain)
    if name == "balanced_ternary_code_points":
        return " ".join(_balanced_ternary(c) for c in cps)
    if name == "packed_bcd_nibbles":
        return " ".join("".join(format(int(d), "04b") for d in "%03d" % c) for c in cps)
    if name == "ebcdic_cp037_hex_bytes":
        return " ".join("%02X" % b for b in plain.encode("cp037"))
    if name == "unicode_character_names":
        return "; ".join(unicodedata.name(c) for c in plain)
    # ---- disguises as this world's numbers
    if name == "layout_fast_clock_minutes":
        out = []
        for c in cps:
            m = 300 + c
            out.append("%02d:%02d %d%s%02d" % (m // 60, m % 60, rng.randint(1, 9), rng.choice("ABCFJKM"), rng.randint(0, 99)))
        return " | ".join(out)
    if name == "race_lap_time_hundredths":
        return ", ".join("L%d %d.%02d" % (i + 1, (1000 + c) // 100, (1000 + c) % 100) for i, c in enumerate(cps))
    if name == "transponder_number_tails":
        return " ".join("%d%03d" % (rng.randint(1000, 9999), c) for c in cps)
    if name == "kit_catalogue_price_pence":
        out = []
        for c in cps:
            p = 1200 + c
            out.append("R%d £%d.%02d" % (rng.randint(1000, 9999), p // 100, p % 100))
        return "; ".join(out)
    if name == "layout_gradient_one_in_n":
        return ", ".join("1 in %d" % c for c in cps)
    if name == "servo_pulse_microseconds":
        return " / ".join("CH%d %dµs" % (rng.randint(1, 8), 1000 + 8 * c) for c in cps)
    raise KeyError(name)
