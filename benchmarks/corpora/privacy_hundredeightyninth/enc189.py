"""Evasion encoders (22). Plains use [A-Za-z0-9_.-]. Each encoder takes (plain, rng) -> run;
the rng is only used for noise that the decoder ignores."""
import string

LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
DIG = string.digits

# ---------------------------------------------------------------- ciphers


def atbash(p, r):
    out = []
    for c in p:
        if c in LOW:
            out.append(LOW[25 - LOW.index(c)])
        elif c in UPP:
            out.append(UPP[25 - UPP.index(c)])
        elif c in DIG:
            out.append(DIG[9 - DIG.index(c)])
        else:
            out.append(c)
    return "".join(out)


POLY = UPP + DIG  # 6 x 6 grid, rows and columns numbered 1-6


def polybius(p, r):
    out = []
    for c in p:
        if c in "-_.":
            out.append(c)
            continue
        i = POLY.index(c.upper())
        cell = "%d%d" % (i // 6 + 1, i % 6 + 1)
        out.append(("^" + cell) if c in UPP else cell)
    return " ".join(out)


def a1z26(p, r):
    out = []
    for c in p:
        if c in LOW:
            out.append(str(LOW.index(c) + 1))
        elif c in UPP:
            out.append("^" + str(UPP.index(c) + 1))
        elif c in DIG:
            out.append("#" + c)
        else:
            out.append(c)
    return " ".join(out)

# ---------------------------------------------------------------- numeral systems


def octal(p, r):
    return " ".join(format(ord(c), "o") for c in p)


FIBS = [89, 55, 34, 21, 13, 8, 5, 3, 2, 1]


def zeckendorf(p, r):
    out = []
    for c in p:
        n = ord(c)
        bits = ""
        for f in FIBS:
            if f <= n:
                bits += "1"
                n -= f
            else:
                bits += "0"
        out.append(bits.lstrip("0"))
    return " ".join(out)


def factoradic(p, r):
    out = []
    for c in p:
        n = ord(c)
        digits = []
        k = 2  # least significant digit counts 1!, the next 2!, ...
        while n:
            n, d = divmod(n, k)
            digits.append(str(d))
            k += 1
        out.append("".join(reversed(digits)))
    return " ".join(out)

# ---------------------------------------------------------------- byte notations


B62 = DIG + UPP + LOW


def base62(p, r):
    n = int.from_bytes(p.encode(), "big")
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s


def uuencode_line(p, r):
    data = p.encode()
    assert len(data) <= 45
    ch = lambda v: "`" if v == 0 else chr(32 + v)
    out = ch(len(data))
    padded = data + b"\0" * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        a, b, c = padded[i], padded[i + 1], padded[i + 2]
        out += ch(a >> 2) + ch(((a & 3) << 4) | (b >> 4)) + ch(((b & 15) << 2) | (c >> 6)) + ch(c & 63)
    return out


def percent_every_byte(p, r):
    return "".join("%%%02X" % b for b in p.encode())


def html_decimal(p, r):
    return "".join("&#%d;" % ord(c) for c in p)


def u_plus(p, r):
    return " ".join("U+%04X" % ord(c) for c in p)


def dna(p, r):
    bases = "ACGT"
    out = ""
    for b in p.encode():
        out += bases[b >> 6] + bases[(b >> 4) & 3] + bases[(b >> 2) & 3] + bases[b & 3]
    return out

# ---------------------------------------------------------------- unicode tricks


def circled(p, r):
    out = []
    for c in p:
        if c in LOW:
            out.append(chr(0x24D0 + LOW.index(c)))
        elif c in UPP:
            out.append(chr(0x24B6 + UPP.index(c)))
        elif c == "0":
            out.append("\u24EA")
        elif c in DIG:
            out.append(chr(0x2460 + int(c) - 1))
        else:
            out.append(c)
    return "".join(out)


FLIP = {
    "a": "ɐ", "b": "q", "c": "ɔ", "d": "p", "e": "ǝ", "f": "ɟ", "g": "ƃ", "h": "ɥ", "i": "ᴉ", "j": "ɾ",
    "k": "ʞ", "l": "ꞁ", "m": "ɯ", "n": "u", "o": "o", "p": "d", "q": "b", "r": "ɹ", "s": "s", "t": "ʇ",
    "u": "n", "v": "ʌ", "w": "ʍ", "x": "x", "y": "ʎ", "z": "z",
    "A": "∀", "B": "ꓭ", "C": "Ɔ", "D": "ᗡ", "E": "Ǝ", "F": "Ⅎ", "G": "⅁", "H": "H", "I": "I", "J": "ſ",
    "K": "ꓘ", "L": "⅂", "M": "W", "N": "N", "O": "O", "P": "Ԁ", "Q": "Ό", "R": "ꓤ", "S": "S", "T": "⊥",
    "U": "∩", "V": "Λ", "W": "M", "X": "X", "Y": "⅄", "Z": "Z",
    "0": "0", "1": "Ɩ", "2": "ᄅ", "3": "Ɛ", "4": "ㄣ", "5": "ϛ", "6": "9", "7": "ㄥ", "8": "8", "9": "6",
    ".": "˙", "_": "‾", "-": "-",
}
assert len(set(FLIP.values())) == len(FLIP)


def upside_down(p, r):
    return "".join(FLIP[c] for c in reversed(p))


def combining_overlay(p, r):
    return "".join(c + chr(0x0300 + r.randrange(0, 0x70)) for c in p)

# ---------------------------------------------------------------- positional trick


def rotate_three(p, r):
    return p[3:] + p[:3]

# ---------------------------------------------------------------- spelled / world disguises


ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
            "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm "
            "Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No "
            "Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og").split()


def elements(p, r):
    return " ".join(ELEMENTS[ord(c) - 10 - 1] for c in p)


NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]


def midi_notes(p, r):
    return " ".join("%s%d" % (NOTES[ord(c) % 12], ord(c) // 12 - 1) for c in p)


def bpm_setlist(p, r):
    return ", ".join("%d BPM" % (ord(c) + 20) for c in p)


def dmx_levels(p, r):
    start = r.randint(1, 400)
    return " ".join("ch%d@%d" % (start + i, ord(c)) for i, c in enumerate(p))


def karaoke_discs(p, r):
    return " ".join("SF%03d-%02d" % (ord(c), r.randint(1, 15)) for c in p)


def laeq(p, r):
    return "; ".join("LAeq %d.%d dB" % (ord(c), r.randint(0, 9)) for c in p)


# name -> (family, rule text, encoder)
ENCODINGS = {
    "atbash_mirror_alphabet": ("cipher (mirror alphabet)", "with the Atbash mirror alphabet: a↔z, b↔y … (capitals the same way, A↔Z), every digit d replaced by 9 minus d; - _ . unchanged", atbash),
    "polybius_six_by_six_coordinates": ("cipher (Polybius square)", "as Polybius coordinates in a 6 × 6 square filled row by row with A-Z then 0-9 (row digit then column digit, 1-6), ^ in front of a capital letter, - _ . as themselves, groups separated by spaces", polybius),
    "a1z26_letter_numbers": ("cipher (letter numbers)", "as letter numbers: a=1 … z=26, ^ in front for a capital, # in front of a digit, - _ . as themselves, separated by spaces", a1z26),
    "octal_code_points": ("numeral system", "as character codes in octal (base 8), one per character, separated by spaces", octal),
    "zeckendorf_fibonacci_code_points": ("numeral system", "as character codes in Zeckendorf form: bits for the Fibonacci numbers 89 55 34 21 13 8 5 3 2 1 (leading zeros dropped), one group per character", zeckendorf),
    "factoradic_code_points": ("numeral system", "as character codes in the factorial number system (the last digit counts 1!, the one before 2!, then 3! …), one number per character", factoradic),
    "base62_big_integer": ("byte notation", "in base 62 (digits 0-9, then A-Z, then a-z) of its UTF-8 bytes read as one big-endian number", base62),
    "uuencode_single_line": ("byte notation", "as one uuencoded line (first character = byte count + 32, then four characters per three bytes, ` for zero)", uuencode_line),
    "url_percent_encoding_every_byte": ("byte notation", "URL-encoded with every byte escaped, even letters and digits (%XX, upper-case hex)", percent_every_byte),
    "html_decimal_character_references": ("markup escape", "as HTML decimal character references (&#NNN;), one per character", html_decimal),
    "unicode_u_plus_notation": ("code-point notation", "as Unicode code points in U+XXXX notation, separated by spaces", u_plus),
    "dna_nucleotide_quadruplets": ("byte notation", "as DNA letters: every byte as four bases, two bits each (A=00 C=01 G=10 T=11), most significant first, no separators", dna),
    "circled_enclosed_alphanumerics": ("Unicode enclosed block", "in circled letters and digits (Ⓐ-Ⓩ, ⓐ-ⓩ, ⓪, ①-⑨); - _ . unchanged", circled),
    "upside_down_flipped_text": ("Unicode turned letters", "upside down: the text is turned 180 degrees, so read the line from right to left with every turned letter set upright again (ɐ is a, ∀ is A, Ɩ is 1, ˙ is ., ‾ is _)", upside_down),
    "combining_diacritic_overlay": ("Unicode combining marks", "with a random combining accent after every character; strip the accents to read it", combining_overlay),
    "leading_three_rotated_to_end": ("positional trick", "rotated: the first three characters were moved to the end, so take the last three and put them in front", rotate_three),
    "periodic_table_element_symbols": ("spelled form (chemistry)", "as chemical element symbols: each element's atomic number plus 10 is the character code", elements),
    "midi_note_names": ("music disguise", "as MIDI notes, one per character: the MIDI note number is the character code (C4 = 60, sharps with #)", midi_notes),
    "dj_setlist_bpm_tempos": ("DJ-set disguise", "as a DJ set list of tempos, one track per character: the BPM minus 20 is the character code", bpm_setlist),
    "dmx_cue_channel_levels": ("lighting disguise", "as a lighting cue of DMX channel levels, one channel per character: the level (after @) is the character code; the channel numbers are noise", dmx_levels),
    "karaoke_disc_track_catalogue": ("karaoke disguise", "as karaoke disc and track numbers, one per character: the three-digit disc number is the character code, the track after the dash is noise", karaoke_discs),
    "laeq_noise_readings_decibels": ("noise-log disguise", "as noise-meter LAeq readings, one per character: the whole decibels are the character code, the decimal is noise", laeq),
}
