"""Independent decoders for the p167 evasion notations: decode(encoding, run) -> plain.

Written separately from enc167.py; shares no code or tables with it (tables are retyped or
derived another way, e.g. from unicodedata names).
"""
import re
import unicodedata


def _ascii85(run):
    if not (run.startswith("<~") and run.endswith("~>")):
        raise ValueError("ascii85 delimiters")
    body = run[2:-2]
    out = bytearray()
    group = []
    for ch in body:
        if ch == "z" and not group:
            out += b"\0\0\0\0"
            continue
        o = ord(ch) - 33
        if not 0 <= o < 85:
            raise ValueError("ascii85 char")
        group.append(o)
        if len(group) == 5:
            n = 0
            for g in group:
                n = n * 85 + g
            out += n.to_bytes(4, "big")
            group = []
    if group:
        pad = 5 - len(group)
        group += [84] * pad
        n = 0
        for g in group:
            n = n * 85 + g
        out += n.to_bytes(4, "big")[:4 - pad]
    return out.decode("utf-8")


def _base58(run):
    alphabet = "".join(c for c in "123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz"
                       if c not in "IOl")
    n = 0
    for ch in run:
        n = n * 58 + alphabet.index(ch)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return raw.decode("utf-8")


def _atbash(run):
    out = []
    for ch in run:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr(219 - o))
        elif 65 <= o <= 90:
            out.append(chr(155 - o))
        elif 48 <= o <= 57:
            out.append(chr(105 - o))
        else:
            out.append(ch)
    return "".join(out)


def _greek(run):
    back = {}
    for latin, gname in [("A", "ALPHA"), ("B", "BETA"), ("E", "EPSILON"), ("Z", "ZETA"), ("H", "ETA"),
                         ("I", "IOTA"), ("K", "KAPPA"), ("M", "MU"), ("N", "NU"), ("O", "OMICRON"),
                         ("P", "RHO"), ("T", "TAU"), ("Y", "UPSILON"), ("X", "CHI")]:
        back[unicodedata.lookup("GREEK CAPITAL LETTER " + gname)] = latin
    for latin, gname in [("i", "IOTA"), ("k", "KAPPA"), ("v", "NU"), ("o", "OMICRON"), ("p", "RHO"),
                         ("u", "UPSILON")]:
        back[unicodedata.lookup("GREEK SMALL LETTER " + gname)] = latin
    return "".join(back.get(ch, ch) for ch in run)


def _fraktur(run):
    digits = "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()
    out = []
    for ch in run:
        if ch in "-_.":
            out.append(ch)
            continue
        nm = unicodedata.name(ch)
        m = re.fullmatch(r"MATHEMATICAL BOLD FRAKTUR (CAPITAL|SMALL) ([A-Z])", nm)
        if m:
            out.append(m.group(2) if m.group(1) == "CAPITAL" else m.group(2).lower())
            continue
        m = re.fullmatch(r"MATHEMATICAL SANS-SERIF DIGIT ([A-Z]+)", nm)
        if m:
            out.append(str(digits.index(m.group(1))))
            continue
        raise ValueError(nm)
    return "".join(out)


def _braille(run):
    # retyped as bit masks (dot n = bit n-1)
    letters = {0x01: "a", 0x03: "b", 0x09: "c", 0x19: "d", 0x11: "e", 0x0B: "f", 0x1B: "g", 0x13: "h",
               0x0A: "i", 0x1A: "j", 0x05: "k", 0x07: "l", 0x0D: "m", 0x1D: "n", 0x15: "o", 0x0F: "p",
               0x1F: "q", 0x17: "r", 0x0E: "s", 0x1E: "t", 0x25: "u", 0x27: "v", 0x3A: "w", 0x2D: "x",
               0x3D: "y", 0x35: "z"}
    cells = [ord(c) - 0x2800 for c in run]
    out, i = [], 0
    while i < len(cells):
        c = cells[i]
        if c == 0x20:
            out.append(letters[cells[i + 1]].upper())
            i += 2
        elif c == 0x3C:
            out.append("1234567890"["abcdefghij".index(letters[cells[i + 1]])])
            i += 2
        elif c == 0x28 and i + 1 < len(cells) and cells[i + 1] == 0x24:
            out.append("_")
            i += 2
        elif c == 0x24:
            out.append("-")
            i += 1
        elif c == 0x32:
            out.append(".")
            i += 1
        else:
            out.append(letters[c])
            i += 1
    return "".join(out)


def _emoji(run):
    out = []
    for tok in run.split(" "):
        cap = tok.startswith("^")
        if cap:
            tok = tok[1:]
        if len(tok) == 1 and 0x1F1E6 <= ord(tok) <= 0x1F1FF:
            ch = chr(ord("a") + ord(tok) - 0x1F1E6)
            out.append(ch.upper() if cap else ch)
        elif len(tok) == 3 and tok[1:] == "\ufe0f\u20e3":
            out.append(tok[0])
        elif tok in ("-", "_", "."):
            out.append(tok)
        else:
            raise ValueError(repr(tok))
    return "".join(out)


def _zero_width(run):
    bits = "".join({"\u200b": "0", "\u200c": "1"}[c] for c in run)
    raw = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    return raw.decode("utf-8")


def _dna(run):
    val = {"A": 0, "C": 1, "G": 2, "T": 3}
    raw = bytearray()
    for quad in run.split(" "):
        n = 0
        for b in quad:
            n = n * 4 + val[b]
        raw.append(n)
    return raw.decode("utf-8")


def _bacon(run):
    return "".join(chr(int(g.translate(str.maketrans("AB", "01")), 2)) for g in run.split(" "))


def _number_words(run):
    small = {w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split())}
    tens = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
    out = []
    for phrase in run.split(" / "):
        total = 0
        for w in phrase.replace("-", " ").split():
            if w == "hundred":
                total *= 100
            elif w in small:
                total += small[w]
            else:
                total += tens[w]
        out.append(chr(total))
    return "".join(out)


def _elements(run):
    table = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn "
             "Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr "
             "Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra "
             "Ac Th Pa U").split()
    z = {sym: i + 1 for i, sym in enumerate(table)}
    return "".join(chr(z[s] + 32) for s in run.split(" "))


def _doubled(run):
    if len(run) % 2 or any(run[i] != run[i + 1] for i in range(0, len(run), 2)):
        raise ValueError("not doubled")
    return run[::2]


def _outside_in(run):
    n = len(run)
    res = [""] * n
    lo, hi = 0, n - 1
    for k, ch in enumerate(run):
        if k % 2 == 0:
            res[lo] = ch
            lo += 1
        else:
            res[hi] = ch
            hi -= 1
    return "".join(res)


def _chunks(run):
    return "".join(reversed(run.split(" | ")))


def _epa(run):
    return "".join(chr(int(m) - 1000) for m in re.findall(r"EPA Reg\. No\. (\d+)-\d+", run))


def _label_rate(run):
    return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d) fl oz/1000 sq ft", run))


def _zones(run):
    return "".join(chr(int(m)) for m in re.findall(r"zone \d+: (\d+) min", run))


def _gps(run):
    out = []
    for frac in re.findall(r"-?\d+\.(\d{6})", run):
        for part in (frac[:3], frac[3:]):
            if part != "000":
                out.append(chr(int(part)))
    return "".join(out)


def _soil(run):
    vals = re.findall(r"(\d+)\.(\d)°F", run)
    return "".join(chr(int(a) * 2 + (1 if b == "5" else 0)) for a, b in vals)


DECODERS = {
    "ascii85_adobe_delimited": _ascii85,
    "base58_bitcoin_big_number": _base58,
    "html_decimal_character_references": lambda r: "".join(chr(int(m)) for m in re.findall(r"&#(\d+);", r)),
    "xor_key_0x5a_hex_bytes": lambda r: bytes(int(r[i:i + 2], 16) ^ 0x5A for i in range(0, len(r), 2)).decode(),
    "atbash_mirror_alphabet": _atbash,
    "greek_lookalike_letters": _greek,
    "bold_fraktur_letters_sans_digits": _fraktur,
    "braille_grade1_with_indicators": _braille,
    "regional_indicator_and_keycap_emoji": _emoji,
    "zero_width_binary_bits": _zero_width,
    "dna_nucleotide_quads": _dna,
    "bacon_ab_seven_bit_groups": _bacon,
    "english_number_words_code_points": _number_words,
    "periodic_table_symbols_offset_32": _elements,
    "each_character_doubled": _doubled,
    "outside_in_interleave": _outside_in,
    "three_char_chunks_reverse_order": _chunks,
    "epa_registration_number_disguise": _epa,
    "label_rate_fl_oz_per_1000_sqft": _label_rate,
    "irrigation_zone_runtime_minutes": _zones,
    "gps_breadcrumb_coordinate_fractions": _gps,
    "soil_temperature_half_degrees": _soil,
}


def decode(encoding, run):
    return DECODERS[encoding](run)
