"""Evasion encoders (the decoder is dec219, written separately)."""

# name -> (rule in words, family)
RULES = {
    "ogham_feda_letters": ("in Ogham letters, the old Irish tree alphabet: b ᚁ, l ᚂ, f ᚃ, s ᚄ, n ᚅ, h ᚆ, d ᚇ, t ᚈ, c ᚉ, q ᚊ, m ᚋ, g ᚌ, j ᚍ, z ᚎ, r ᚏ, a ᚐ, o ᚑ, u ᚒ, e ᚓ, i ᚔ, k ᚕ, y ᚖ, w ᚗ, x ᚘ, v ᚙ, p ᚚ; ᚛ in front makes a capital, ᚜ in front makes a digit (the letter a-j stands for 0-9); _ . - are left as they are", "script substitution (Ogham block)"),
    "negadecimal_code_points": ("as character codes in base minus ten (negadecimal: the places are worth 1, -10, 100, -1000 …, so 117 means 100 - 10 + 7 = 97), separated by spaces", "numeral system (negative base)"),
    "egyptian_hieroglyph_numerals": ("as character codes in Egyptian hieroglyphic numerals: each 𓍢 coil is 100, each 𓎆 hobble is 10, each 𓏺 stroke is 1, one group per character separated by spaces", "numeral notation (additive hieroglyphs)"),
    "aegean_number_signs": ("as character codes in Aegean numbers (U+10107 𐄇 one … 𐄏 nine, 𐄐 ten … 𐄘 ninety, 𐄙 one hundred …), one group per character separated by spaces", "numeral notation (Aegean numbers block)"),
    "yijing_hexagram_sextets": ("as I Ching hexagrams: the UTF-8 bytes are read as one bit string, cut into groups of six bits, and each group is the hexagram U+4DC0 + value (䷀ = 0, ䷿ = 63); the last hexagram is padded with zero bits that mean nothing", "symbol block (64 hexagrams, 6 bits each)"),
    "tree_species_acrostic": ("as an acrostic of tree names: each letter is the first letter of a tree (alder = a, Birch = B …, a capital tree name means a capital letter); digits are yard words (stump 0, log 1, billet 2, cord 3, stack 4, crate 5, sack 6, pallet 7, load 8, trailer 9); bar is _, dot is ., dash is -", "spelled form (acrostic codebook)"),
    "adjacent_pair_swap": ("with every pair of neighbouring characters swapped (1st with 2nd, 3rd with 4th …; an odd last character stays put)", "positional trick (pair swap)"),
    "move_to_front_indices": ("as move-to-front indices: start from the list -.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz (position 0 is -), write the position of each character and then move that character to the front of the list; numbers separated by spaces", "transform (move-to-front)"),
    "code_point_deltas": ("as character-code differences: the first number is the code of the first character, each following signed number is what you add to the previous code", "arithmetic transform (delta coding)"),
    "combining_long_stroke_overlay": ("with a combining long stroke (U+0336) laid over every character – delete the strokes to read it", "combining-mark overlay"),
    "superscript_modifier_letters": ("in superscript modifier letters (ᵃ ᵇ ᶜ … ᶻ, 𐞥 for q) and superscript digits (⁰-⁹); ^ in front means a capital; _ . - are unchanged", "look-alike block (modifier letters and superscripts)"),
    "bubblebabble_words": ("in Bubble Babble (the pronounceable encoding OpenSSH uses for fingerprints) of the UTF-8 bytes", "pronounceable byte encoding (Bubble Babble, with checksum)"),
    "proquint_words": ("as proquints: every two UTF-8 bytes are one five-letter word (consonants bdfghjklmnprstvz, vowels aiou), words joined by -; a final 00 byte is padding", "pronounceable byte encoding (proquints)"),
    "midi_note_names": ("as a melody: each note's MIDI number is the character code (C4 = 60, C#7 = 97), notes separated by spaces", "disguise as music (MIDI note names)"),
    "qwerty_right_shift_typing": ("typed with both hands one key too far right on a UK/US QWERTY keyboard (a came out as s, p as [, 0 as -, shifted keys shifted too, so _ came out as +)", "keyboard shift cipher"),
    "nth_prime_code_points": ("as primes: the character code is the prime's position in the list of primes (2 is the 1st, 509 the 97th), separated by spaces", "number-theory disguise (prime index)"),
    "survey_stem_diameter_mm": ("as a tree survey schedule, one tree per character: the stem diameter in millimetres minus 200 is the character code (the tree numbers are noise)", "tree-survey disguise (stem diameters)"),
    "log_moisture_readings": ("as log moisture readings, one per character: the reading times ten, minus 50, is the character code (14.7 % = 97; the batch labels are noise)", "firewood disguise (moisture readings)"),
    "saw_chain_drive_links": ("as a saw-chain order, one loop per character: the drive-link count minus 10 is the character code (pitch and gauge are noise)", "saw-shop disguise (drive-link counts)"),
    "bulk_bag_net_weights": ("as bulk-bag weights, one bag per character: (net kg minus 200) divided by 5 is the character code (the bag numbers are noise)", "firewood disguise (bulk-bag weights)"),
    "tpo_register_numbers": ("as TPO register numbers, one per character: the serial after the year, minus 1000, is the character code (the year is noise)", "tree-survey disguise (TPO numbers)"),
    "chipper_engine_hours": ("as chipper engine-hour readings, one per character: (whole hours minus 1000) divided by 3 is the character code (unit number and tenths are noise)", "equipment disguise (engine hours)"),
}
NAMES = list(RULES)

OGHAM = {"b": "\u1681", "l": "\u1682", "f": "\u1683", "s": "\u1684", "n": "\u1685", "h": "\u1686",
         "d": "\u1687", "t": "\u1688", "c": "\u1689", "q": "\u168a", "m": "\u168b", "g": "\u168c",
         "j": "\u168d", "z": "\u168e", "r": "\u168f", "a": "\u1690", "o": "\u1691", "u": "\u1692",
         "e": "\u1693", "i": "\u1694", "k": "\u1695", "y": "\u1696", "w": "\u1697", "x": "\u1698",
         "v": "\u1699", "p": "\u169a"}
TREES = {"a": "alder", "b": "birch", "c": "cedar", "d": "dogwood", "e": "elm", "f": "fir", "g": "gorse",
         "h": "hazel", "i": "ivy", "j": "juniper", "k": "katsura", "l": "larch", "m": "maple", "n": "nutmeg",
         "o": "oak", "p": "pine", "q": "quince", "r": "rowan", "s": "spruce", "t": "tamarisk", "u": "ulmo",
         "v": "viburnum", "w": "willow", "x": "xanthoceras", "y": "yew", "z": "zelkova"}
YARD = ["stump", "log", "billet", "cord", "stack", "crate", "sack", "pallet", "load", "trailer"]
SUP = {"a": "\u1d43", "b": "\u1d47", "c": "\u1d9c", "d": "\u1d48", "e": "\u1d49", "f": "\u1da0", "g": "\u1d4d",
       "h": "\u02b0", "i": "\u2071", "j": "\u02b2", "k": "\u1d4f", "l": "\u02e1", "m": "\u1d50", "n": "\u207f",
       "o": "\u1d52", "p": "\u1d56", "q": "\U000107a5", "r": "\u02b3", "s": "\u02e2", "t": "\u1d57", "u": "\u1d58",
       "v": "\u1d5b", "w": "\u02b7", "x": "\u02e3", "y": "\u02b8", "z": "\u1dbb",
       "0": "\u2070", "1": "\u00b9", "2": "\u00b2", "3": "\u00b3", "4": "\u2074", "5": "\u2075",
       "6": "\u2076", "7": "\u2077", "8": "\u2078", "9": "\u2079"}
MTF_START = "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
ROWS = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"]
SROWS = ["!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"]


def _qwerty_map():
    m = {}
    for rows in (ROWS, SROWS):
        for r in rows:
            for i in range(len(r) - 1):
                m[r[i]] = r[i + 1]
    return m


QWERTY = _qwerty_map()


def _primes(n):
    out = []
    k = 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


PRIMES = _primes(130)


def _negadec(n):
    if n == 0:
        return "0"
    d = []
    while n != 0:
        n, r = divmod(n, -10)
        if r < 0:
            n += 1
            r += 10
        d.append(str(r))
    return "".join(reversed(d))


def _bubble(data):
    V, Cn = "aeiouy", "bcdfghklmnprstvzx"
    out = ["x"]
    seed = 1
    rounds = len(data) // 2 + 1
    for i in range(rounds):
        if i + 1 < rounds or len(data) % 2:
            b1 = data[2 * i]
            out.append(V[(((b1 >> 6) & 3) + seed) % 6])
            out.append(Cn[(b1 >> 2) & 15])
            out.append(V[((b1 & 3) + seed // 6) % 6])
            if i + 1 < rounds:
                b2 = data[2 * i + 1]
                out.append(Cn[(b2 >> 4) & 15])
                out.append("-")
                out.append(Cn[b2 & 15])
                seed = (seed * 5 + b1 * 7 + b2) % 36
        else:
            out.append(V[seed % 6])
            out.append(Cn[16])
            out.append(V[seed // 6])
    out.append("x")
    return "".join(out)


def _proquint(data):
    Cn, V = "bdfghjklmnprstvz", "aiou"
    if len(data) % 2:
        data = data + b"\x00"
    words = []
    for i in range(0, len(data), 2):
        w = data[i] << 8 | data[i + 1]
        words.append(Cn[w >> 12] + V[(w >> 10) & 3] + Cn[(w >> 6) & 15] + V[(w >> 4) & 3] + Cn[w & 15])
    return "-".join(words)


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    if name == "ogham_feda_letters":
        out = []
        for c in plain:
            if c.islower():
                out.append(OGHAM[c])
            elif c.isupper():
                out.append("\u169b" + OGHAM[c.lower()])
            elif c.isdigit():
                out.append("\u169c" + OGHAM["abcdefghij"[int(c)]])
            else:
                out.append(c)
        return "".join(out)
    if name == "negadecimal_code_points":
        return " ".join(_negadec(n) for n in codes)
    if name == "egyptian_hieroglyph_numerals":
        return " ".join("\U00013362" * (n // 100) + "\U00013386" * (n // 10 % 10) + "\U000133fa" * (n % 10) for n in codes)
    if name == "aegean_number_signs":
        out = []
        for n in codes:
            g = ""
            if n // 100:
                g += chr(0x10119 + n // 100 - 1)
            if n // 10 % 10:
                g += chr(0x10110 + n // 10 % 10 - 1)
            if n % 10:
                g += chr(0x10107 + n % 10 - 1)
            out.append(g)
        return " ".join(out)
    if name == "yijing_hexagram_sextets":
        bits = "".join("{:08b}".format(b) for b in plain.encode())
        bits += "0" * (-len(bits) % 6)
        return "".join(chr(0x4DC0 + int(bits[i:i + 6], 2)) for i in range(0, len(bits), 6))
    if name == "tree_species_acrostic":
        out = []
        for c in plain:
            if c.islower():
                out.append(TREES[c])
            elif c.isupper():
                out.append(TREES[c.lower()].capitalize())
            elif c.isdigit():
                out.append(YARD[int(c)])
            else:
                out.append({"_": "bar", ".": "dot", "-": "dash"}[c])
        return " ".join(out)
    if name == "adjacent_pair_swap":
        s = list(plain)
        for i in range(0, len(s) - 1, 2):
            s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    if name == "move_to_front_indices":
        lst = list(MTF_START)
        out = []
        for c in plain:
            i = lst.index(c)
            out.append(str(i))
            lst.insert(0, lst.pop(i))
        return " ".join(out)
    if name == "code_point_deltas":
        out = [str(codes[0])]
        for a, b in zip(codes, codes[1:]):
            out.append("%+d" % (b - a))
        return " ".join(out)
    if name == "combining_long_stroke_overlay":
        return "".join(c + "\u0336" for c in plain)
    if name == "superscript_modifier_letters":
        out = []
        for c in plain:
            if c.isupper():
                out.append("^" + SUP[c.lower()])
            elif c in SUP:
                out.append(SUP[c])
            else:
                out.append(c)
        return "".join(out)
    if name == "bubblebabble_words":
        return _bubble(plain.encode())
    if name == "proquint_words":
        return _proquint(plain.encode())
    if name == "midi_note_names":
        return " ".join(NOTES[n % 12] + str(n // 12 - 1) for n in codes)
    if name == "qwerty_right_shift_typing":
        return "".join(QWERTY[c] for c in plain)
    if name == "nth_prime_code_points":
        return " ".join(str(PRIMES[n - 1]) for n in codes)
    if name == "survey_stem_diameter_mm":
        t0 = rng.randrange(10, 300)
        return "; ".join("T%03d %d mm" % (t0 + i, n + 200) for i, n in enumerate(codes))
    if name == "log_moisture_readings":
        return "; ".join("%s%d: %.1f %%" % (rng.choice("ABCDK"), rng.randrange(1, 9), (n + 50) / 10) for n in codes)
    if name == "saw_chain_drive_links":
        return " | ".join("%s %s %d DL" % (rng.choice(['3/8"', '.325"', '3/8" LP']), rng.choice([".043", ".050", ".058"]), n + 10) for n in codes)
    if name == "bulk_bag_net_weights":
        b0 = rng.randrange(100, 900)
        return "; ".join("bag %d: %d kg" % (b0 + i, 200 + 5 * n) for i, n in enumerate(codes))
    if name == "tpo_register_numbers":
        return ", ".join("TPO/%d/%04d" % (rng.randrange(2001, 2024), 1000 + n) for n in codes)
    if name == "chipper_engine_hours":
        return "; ".join("CH-%02d %d.%d h" % (rng.randrange(1, 12), 1000 + 3 * n, rng.randrange(10)) for n in codes)
    raise ValueError(name)
