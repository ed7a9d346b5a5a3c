"""Evasion encoders (22 notations). The decoder lives in dec180.py and shares no code with this file."""

VIG_KEY = "DERAILLEUR"
RAILS = 3
QWERTY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]
GERMAN_LETTERS = ["Anton", "Berta", "Caesar", "Dora", "Emil", "Friedrich", "Gustav", "Heinrich", "Ida",
                  "Julius", "Kaufmann", "Ludwig", "Martha", "Nordpol", "Otto", "Paula", "Quelle", "Richard",
                  "Samuel", "Theodor", "Ulrich", "Viktor", "Wilhelm", "Xanthippe", "Ypsilon", "Zacharias"]
GERMAN_DIGITS = ["Null", "Eins", "Zwei", "Drei", "Vier", "Fuenf", "Sechs", "Sieben", "Acht", "Neun"]
GERMAN_PUNCT = {"-": "Strich", "_": "Unterstrich", ".": "Punkt"}


def _vigenere(p):
    out, k = [], 0
    for c in p:
        if c.isascii() and c.isalnum():
            shift = ord(VIG_KEY[k % len(VIG_KEY)]) - 65
            k += 1
            if c.islower():
                out.append(chr((ord(c) - 97 + shift) % 26 + 97))
            elif c.isupper():
                out.append(chr((ord(c) - 65 + shift) % 26 + 65))
            else:
                out.append(chr((ord(c) - 48 + shift) % 10 + 48))
        else:
            out.append(c)
    return "".join(out)


def _rail_fence(p):
    rails = [[] for _ in range(RAILS)]
    r, step = 0, 1
    for c in p:
        rails[r].append(c)
        if r == 0:
            step = 1
        elif r == RAILS - 1:
            step = -1
        r += step
    return " ".join("".join(x) for x in rails)


def _odd_even(p):
    return p[0::2] + " | " + p[1::2]


def _pair_swap(p):
    out = []
    for i in range(0, len(p) - 1, 2):
        out.append(p[i + 1] + p[i])
    if len(p) % 2:
        out.append(p[-1])
    return "".join(out)


def _braille(p):
    return "".join(chr(0x2800 + b) for b in p.encode("utf-8"))


def _monospace(p):
    out = []
    for c in p:
        if "A" <= c <= "Z":
            out.append(chr(0x1D670 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D68A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7F6 + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def _circled(p):
    out = []
    for c in p:
        if "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        elif c == "0":
            out.append("\u24EA")
        elif "1" <= c <= "9":
            out.append(chr(0x2460 + ord(c) - 49))
        else:
            out.append(c)
    return "".join(out)


def _combining(p):
    return "".join(c + "\u0301" for c in p)


def _zwsp(p):
    return "\u200B".join(p)


def _uplus(p):
    return " ".join("U+%04X" % ord(c) for c in p)


def _eastern_arabic(p):
    tr = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    return " ".join(str(ord(c)).translate(tr) for c in p)


def _mayan(p):
    toks = []
    for c in p:
        n, digs = ord(c), []
        while n:
            n, r = divmod(n, 20)
            digs.append(chr(0x1D2E0 + r))
        toks.append("".join(reversed(digs)))
    return " ".join(toks)


def _german(p):
    toks = []
    for c in p:
        if "a" <= c <= "z":
            toks.append(GERMAN_LETTERS[ord(c) - 97].lower())
        elif "A" <= c <= "Z":
            toks.append(GERMAN_LETTERS[ord(c) - 65].upper())
        elif c.isdigit():
            toks.append(GERMAN_DIGITS[int(c)])
        else:
            toks.append(GERMAN_PUNCT[c])
    return " ".join(toks)


def _a1z26(p):
    toks = []
    for c in p:
        if "a" <= c <= "z":
            toks.append(str(ord(c) - 96))
        elif "A" <= c <= "Z":
            toks.append("^" + str(ord(c) - 64))
        elif c.isdigit():
            toks.append("#" + c)
        else:
            toks.append(c)
    return " ".join(toks)


def _qwerty(p):
    out = []
    for c in p:
        lo = c.lower()
        for row in QWERTY_ROWS:
            if lo in row:
                n = row[(row.index(lo) + 1) % len(row)]
                out.append(n.upper() if c.isupper() else n)
                break
        else:
            out.append(c)
    return "".join(out)


def _bacon7(p):
    return " ".join(format(ord(c), "07b").replace("0", "a").replace("1", "b") for c in p)


def _spokes(p):
    return ", ".join(str(ord(c) + 190) for c in p)


def _tyres(p):
    return " ".join("%dpsi" % (ord(c) + 10) for c in p)


def _laps(p):
    return ", ".join("%d:%02d" % divmod(ord(c) + 60, 60) for c in p)


def _hr(p):
    return " ".join("%dbpm" % (ord(c) + 40) for c in p)


def _cogs(p):
    return " ".join("%d-%d" % (11 + (b >> 4), 11 + (b & 15)) for b in p.encode("utf-8"))


def _watts(p):
    return " ".join("%dW" % (ord(c) * 3) for c in p)


# name: (encoder, family, rule in words)
ENCODINGS = {
    "vigenere_key_derailleur": (_vigenere, "cipher",
        "with a Vigenère cipher keyed DERAILLEUR: each letter moves forward by the next key letter (A=0 … Z=25) with its case kept, each digit by the same amount round 0-9; - _ . stay and do not use up a key letter"),
    "rail_fence_three_rails": (_rail_fence, "positional trick",
        "with a three-rail fence: the characters are written in a zigzag over three rails and the rails are read top to bottom, separated by spaces"),
    "odd_even_position_split": (_odd_even, "positional trick",
        "split by position: first the 1st, 3rd, 5th … characters, then ' | ', then the 2nd, 4th, 6th …"),
    "adjacent_pair_swap": (_pair_swap, "positional trick",
        "with every neighbouring pair of characters swapped (1st with 2nd, 3rd with 4th, …; an odd last character stays)"),
    "braille_pattern_bytes": (_braille, "Unicode block",
        "as Braille patterns: every UTF-8 byte b written as the character U+2800 + b"),
    "mathematical_monospace_alphanumerics": (_monospace, "Unicode look-alike block",
        "in mathematical monospace letters and digits (U+1D670 for A, U+1D68A for a, U+1D7F6 for 0); - _ . unchanged"),
    "circled_enclosed_alphanumerics": (_circled, "Unicode look-alike block",
        "in circled letters and digits (Ⓐ from U+24B6, ⓐ from U+24D0, ⓪ for 0, ① to ⑨ from U+2460); - _ . unchanged"),
    "combining_acute_overlay": (_combining, "Unicode mark trick",
        "with a combining acute accent (U+0301) after every character; strip the accents to read it"),
    "zero_width_space_interleave": (_zwsp, "invisible-character trick",
        "with an invisible zero-width space (U+200B) between every two characters"),
    "unicode_u_plus_hex_notation": (_uplus, "developer notation",
        "as Unicode code points in U+ notation (four upper-case hex digits), separated by spaces"),
    "eastern_arabic_digit_code_points": (_eastern_arabic, "numeral system",
        "as decimal code points written in Eastern Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩), one per character, separated by spaces"),
    "mayan_numeral_code_points": (_mayan, "numeral system",
        "as code points in base twenty written with Mayan numeral digits (U+1D2E0 is zero … U+1D2F3 is nineteen), most significant first, one number per character, separated by spaces"),
    "german_classic_spelling_table": (_german, "spelled form",
        "spelled with the classic German spelling table (Anton, Berta, Caesar … Zacharias): a small letter as its word in lower case, a capital as its word in UPPER CASE, a digit as a German number word (Null Eins Zwei Drei Vier Fuenf Sechs Sieben Acht Neun), - as Strich, _ as Unterstrich, . as Punkt; separated by spaces"),
    "a1z26_letter_position_numbers": (_a1z26, "spelled form",
        "as alphabet positions: a small letter as its number (a=1 … z=26), a capital as ^ and its number, a digit d as #d, - _ . as themselves; separated by spaces"),
    "qwerty_row_shift_right": (_qwerty, "keyboard cipher",
        "shifted one key to the right on a QWERTY keyboard, wrapping round within each row (qwertyuiop, asdfghjkl, zxcvbnm, 1234567890), case kept; - _ . unchanged"),
    "baconian_seven_bit_ab_groups": (_bacon7, "spelled binary",
        "in a Bacon-style a/b code: every character's code point as seven binary digits with a for 0 and b for 1, groups separated by spaces"),
    "spoke_length_millimetres": (_spokes, "cycling disguise",
        "as a spoke-length list in millimetres, one length per character: the length minus 190 is the code point, separated by ', '"),
    "tyre_pressure_psi_log": (_tyres, "cycling disguise",
        "as a tyre-pressure log, one reading per character: the pressure in psi minus 10 is the code point"),
    "track_lap_split_times": (_laps, "cycling disguise",
        "as track lap splits (m:ss), one per character: the split in seconds minus 60 is the code point, separated by ', '"),
    "heart_rate_bpm_samples": (_hr, "cycling disguise",
        "as heart-rate samples, one per character: the beats per minute minus 40 is the code point"),
    "cassette_cog_teeth_pairs": (_cogs, "cycling disguise",
        "as pairs of cassette cog sizes, one pair per UTF-8 byte: the first cog's teeth minus 11 is the high half of the byte, the second cog's minus 11 the low half (so 11-11 is zero)"),
    "power_meter_watts_triple": (_watts, "cycling disguise",
        "as power-meter readings, one per character: the watts divided by three is the code point"),
}


def encode(name, plain):
    return ENCODINGS[name][0](plain)
