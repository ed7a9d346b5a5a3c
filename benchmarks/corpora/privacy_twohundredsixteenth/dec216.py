"""Independent decoders for the p216 evasions.  Imports nothing from the
encoder and no base64 / binascii / codecs / struct / unicodedata; every table
is retyped here."""
import re

_SYMS = ("Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm "
         "Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th "
         "Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn").split()
ATOMIC = {s: 35 + i for i, s in enumerate(_SYMS)}  # Br is element 35

UNTURN = {}
for a, b in zip("ɐqɔpǝɟƃɥᴉɾʞʅɯuodbɹsʇnʌʍxʎz", "abcdefghijklmnopqrstuvwxyz"):
    UNTURN[a] = b
for a, b in zip("∀ꓭƆᗡƎℲ⅁HIſꓘ˥WNOԀΌꓤS⊥∩ΛMX⅄Z", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    UNTURN[a] = b
for a, b in zip("0ƖᄅƐㄣϛ9ㄥ86", "0123456789"):
    UNTURN[a] = b
UNTURN.update({"‾": "_", "˙": ".", "-": "-"})

BARS = {"11000": "0", "00011": "1", "00101": "2", "00110": "3", "01001": "4",
        "01010": "5", "01100": "6", "10001": "7", "10010": "8", "10100": "9"}

GEM = {"א": 1, "ב": 2, "ג": 3, "ד": 4, "ה": 5, "ו": 6, "ז": 7, "ח": 8, "ט": 9,
       "י": 10, "כ": 20, "ל": 30, "מ": 40, "נ": 50, "ס": 60, "ע": 70, "פ": 80, "צ": 90,
       "ק": 100, "ר": 200, "ש": 300, "ת": 400}

# EBCDIC code page 037, only the characters a plain may use
EBC = {}
for i, ch in enumerate("abcdefghi"):
    EBC[0x81 + i] = ch
for i, ch in enumerate("jklmnopqr"):
    EBC[0x91 + i] = ch
for i, ch in enumerate("stuvwxyz"):
    EBC[0xA2 + i] = ch
for i, ch in enumerate("ABCDEFGHI"):
    EBC[0xC1 + i] = ch
for i, ch in enumerate("JKLMNOPQR"):
    EBC[0xD1 + i] = ch
for i, ch in enumerate("STUVWXYZ"):
    EBC[0xE2 + i] = ch
for i in range(10):
    EBC[0xF0 + i] = str(i)
EBC[0x4B] = "."
EBC[0x60] = "-"
EBC[0x6D] = "_"

NAME_DIGITS = {"ZERO": "0", "ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4",
               "FIVE": "5", "SIX": "6", "SEVEN": "7", "EIGHT": "8", "NINE": "9"}
NAME_SYMS = {"LOW LINE": "_", "FULL STOP": ".", "HYPHEN-MINUS": "-"}

KEY = "SIDING"


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _float32(h):
    v = int(h, 16)
    sign = -1 if v >> 31 else 1
    exp = (v >> 23) & 0xFF
    frac = v & 0x7FFFFF
    if exp == 0:
        return 0
    mant = (1 << 23) | frac
    shift = exp - 127 - 23
    val = mant << shift if shift >= 0 else mant >> (-shift)
    if shift < 0 and mant & ((1 << -shift) - 1):
        raise ValueError("not an integer")
    return sign * val


def decode(name, run):
    if name == "dna_nucleotide_quads":
        m = {"A": 0, "C": 1, "G": 2, "T": 3}
        out = []
        for g in run.split():
            v = 0
            for ch in g:
                v = v * 4 + m[ch]
            out.append(v)
        return _utf8(out)
    if name == "factoradic_code_points":
        out = ""
        for g in run.split():
            v, f = 0, 1
            for k, ch in enumerate(reversed(g)):
                if k > 0:
                    f *= k
                v += int(ch) * f
            out += chr(v)
        return out
    if name == "hebrew_gematria_numerals":
        return "".join(chr(sum(GEM[c] for c in g if c in GEM)) for g in run.split())
    if name == "upside_down_turned_text":
        return "".join(UNTURN[c] for c in reversed(run))
    if name == "periodic_element_symbols":
        return "".join(chr(ATOMIC[s] + 10) for s in re.findall(r"[A-Z][a-z]?", run))
    if name == "postnet_bar_digits":
        out = ""
        for g in run.split():
            bits = "".join("1" if c == "█" else "0" for c in g)
            digits = "".join(BARS[bits[i:i + 5]] for i in range(0, len(bits), 5))
            out += chr(int(digits))
        return out
    if name == "xor_key_siding_hex":
        return _utf8([int(h, 16) ^ ord(KEY[i % len(KEY)]) for i, h in enumerate(run.split())])
    if name == "float32_ieee754_hex":
        return "".join(chr(_float32(h)) for h in run.split())
    if name == "css_hex_colour_triplets":
        bs = []
        for g in run.split():
            h = g.lstrip("#")
            bs += [int(h[i:i + 2], 16) for i in (0, 2, 4)]
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "unicode_tag_characters":
        return "".join(chr(ord(c) - 0xE0000) for c in run if 0xE0020 <= ord(c) <= 0xE007E)
    if name == "variation_selector_bytes":
        bs = []
        for c in run:
            o = ord(c)
            if 0xFE00 <= o <= 0xFE0F:
                bs.append(o - 0xFE00)
            elif 0xE0100 <= o <= 0xE01EF:
                bs.append(o - 0xE0100 + 16)
        return _utf8(bs)
    if name == "a1z26_letter_positions":
        out = ""
        for g in run.split(" "):
            if g.startswith("^"):
                out += chr(64 + int(g[1:]))
            elif g.startswith("#"):
                out += g[1:]
            elif g.isdigit():
                out += chr(96 + int(g))
            else:
                out += g
        return out
    if name == "balanced_ternary_code_points":
        out = ""
        for g in run.split():
            v = 0
            for ch in g:
                v = v * 3 + {"+": 1, "0": 0, "-": -1}[ch]
            out += chr(v)
        return out
    if name == "packed_bcd_nibbles":
        out = ""
        for g in run.split():
            digits = "".join(str(int(g[i:i + 4], 2)) for i in range(0, len(g), 4))
            out += chr(int(digits))
        return out
    if name == "ebcdic_cp037_hex_bytes":
        return "".join(EBC[int(h, 16)] for h in run.split())
    if name == "unicode_character_names":
        out = ""
        for nm in run.split("; "):
            m = re.match(r"^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$", nm)
            if m:
                out += m.group(2).lower() if m.group(1) == "SMALL" else m.group(2)
            elif nm.startswith("DIGIT "):
                out += NAME_DIGITS[nm[6:]]
            else:
                out += NAME_SYMS[nm]
        return out
    if name == "layout_fast_clock_minutes":
        return "".join(chr(int(h) * 60 + int(m) - 300) for h, m in re.findall(r"(\d\d):(\d\d) ", run))
    if name == "race_lap_time_hundredths":
        return "".join(chr(int(s) * 100 + int(c) - 1000) for s, c in re.findall(r"L\d+ (\d+)\.(\d\d)", run))
    if name == "transponder_number_tails":
        return "".join(chr(int(g[-3:])) for g in run.split())
    if name == "kit_catalogue_price_pence":
        return "".join(chr(int(p) * 100 + int(q) - 1200) for p, q in re.findall(r"£(\d+)\.(\d\d)", run))
    if name == "layout_gradient_one_in_n":
        return "".join(chr(int(n)) for n in re.findall(r"1 in (\d+)", run))
    if name == "servo_pulse_microseconds":
        return "".join(chr((int(p) - 1000) // 8) for p in re.findall(r" (\d+)µs", run))
    raise KeyError(name)
