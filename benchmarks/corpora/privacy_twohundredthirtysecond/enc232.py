"""Encoders for the 22 evasion encodings of p232 (the decoder lives in dec232.py)."""

JA_DIG = {1: "ichi", 2: "ni", 3: "san", 4: "yon", 5: "go", 6: "roku", 7: "nana", 8: "hachi", 9: "kyuu"}
LT_UNITS = {1: "vienas", 2: "du", 3: "trys", 4: "keturi", 5: "penki", 6: "šeši", 7: "septyni", 8: "aštuoni", 9: "devyni"}
LT_TEENS = {10: "dešimt", 11: "vienuolika", 12: "dvylika", 13: "trylika", 14: "keturiolika", 15: "penkiolika",
            16: "šešiolika", 17: "septyniolika", 18: "aštuoniolika", 19: "devyniolika"}
LT_TENS = {2: "dvidešimt", 3: "trisdešimt", 4: "keturiasdešimt", 5: "penkiasdešimt", 6: "šešiasdešimt",
           7: "septyniasdešimt", 8: "aštuoniasdešimt", 9: "devyniasdešimt"}
QWERTY = "qwertyuiopasdfghjkl;zxcvbnm"
COLEMAK = "qwfpgjluy;arstdhneiozxcvbkm"
MONTHS = [("Jan", 31), ("Feb", 28), ("Mar", 31), ("Apr", 30), ("May", 31), ("Jun", 30)]
LOCKS = ["brass padlock", "cryptex", "suitcase lock", "bike lock", "diary lock", "locker dial", "lockbox"]
TEAMS = ["The Red Herrings", "Lock Ness", "Clue Crew", "Escape Goats", "Panic Room", "Key Masters", "Brain Drain"]
CHESTS = ["chest A", "chest B", "strongbox", "sea trunk", "tool crate", "gold idol", "bell jar"]
JIGSAWS = ["Night Library", "Old Map", "Star Chart", "Clock Face", "Ship Plan", "Tomb Mural", "Gear Train"]
ENCODINGS = [
    "balinese_digit_code_points", "dozenal_pitman_code_points", "septenary_code_points",
    "dice_face_senary_code_points", "japanese_romaji_number_words", "lithuanian_number_words",
    "colemak_layout_mistype", "braille_pattern_bytes", "yijing_hexagram_sextets",
    "unicode_tag_characters", "zero_width_space_interleave", "decoy_interleave_every_third",
    "parenthesized_and_squared_letters", "quoted_printable_every_byte", "css_six_digit_hex_escapes",
    "base36_big_integer", "day_of_year_dates", "running_delta_code_points",
    "padlock_dial_combinations", "leaderboard_escape_seconds", "prop_chest_weights_grams",
    "jigsaw_piece_counts",
]


def _base(n, b):
    ds = []
    while True:
        ds.append(n % b)
        n //= b
        if n == 0:
            return ds[::-1]


def ja(n):
    s = ""
    if n >= 100:
        s += "hyaku"
        n -= 100
    t, u = divmod(n, 10)
    if t:
        s += ("" if t == 1 else JA_DIG[t]) + "juu"
    if u:
        s += JA_DIG[u]
    return s


def lt(n):
    out = []
    if n >= 100:
        out.append("šimtas")
        n -= 100
    if 10 <= n <= 19:
        out.append(LT_TEENS[n])
    else:
        t, u = divmod(n, 10)
        if t:
            out.append(LT_TENS[t])
        if u:
            out.append(LT_UNITS[u])
    return " ".join(out)


def day_of_year(n):
    for m, d in MONTHS:
        if n <= d:
            return "%02d %s" % (n, m)
        n -= d
    raise ValueError


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    bs = plain.encode("utf-8")
    if name == "balinese_digit_code_points":
        return " ".join("".join(chr(0x1B50 + int(d)) for d in str(c)) for c in codes)
    if name == "dozenal_pitman_code_points":
        sym = "0123456789\u218a\u218b"
        return " ".join("".join(sym[d] for d in _base(c, 12)) for c in codes)
    if name == "septenary_code_points":
        return " ".join("".join(str(d) for d in _base(c, 7)) for c in codes)
    if name == "dice_face_senary_code_points":
        return " ".join("".join(chr(0x2680 + d) for d in ([0, 0, 0] + _base(c, 6))[-3:]) for c in codes)
    if name == "japanese_romaji_number_words":
        return ", ".join(ja(c) for c in codes)
    if name == "lithuanian_number_words":
        return ", ".join(lt(c) for c in codes)
    if name == "colemak_layout_mistype":
        out = []
        for ch in plain:
            lo = ch.lower()
            if lo in QWERTY:
                m = COLEMAK[QWERTY.index(lo)]
                if ch.isupper():
                    m = ":" if m == ";" else m.upper()
                out.append(m)
            else:
                out.append(ch)
        return "".join(out)
    if name == "braille_pattern_bytes":
        return "".join(chr(0x2800 + b) for b in bs)
    if name == "yijing_hexagram_sextets":
        bits = "".join("{:08b}".format(b) for b in bs)
        bits += "0" * (-len(bits) % 6)
        return "".join(chr(0x4DC0 + int(bits[i:i + 6], 2)) for i in range(0, len(bits), 6))
    if name == "unicode_tag_characters":
        return "".join(chr(0xE0000 + c) for c in codes)
    if name == "zero_width_space_interleave":
        return "\u200b".join(plain)
    if name == "decoy_interleave_every_third":
        al = "abcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(c + rng.choice(al) + rng.choice(al) for c in plain)
    if name == "parenthesized_and_squared_letters":
        out = []
        for ch in plain:
            if "a" <= ch <= "z":
                out.append(chr(0x249C + ord(ch) - 97))
            elif "A" <= ch <= "Z":
                out.append(chr(0x1F130 + ord(ch) - 65))
            elif ch == "0":
                out.append(chr(0x1F100))
            elif "1" <= ch <= "9":
                out.append(chr(0x2488 + ord(ch) - 49))
            else:
                out.append(ch)
        return "".join(out)
    if name == "quoted_printable_every_byte":
        return "".join("=%02X" % b for b in bs)
    if name == "css_six_digit_hex_escapes":
        return "".join("\\%06x" % c for c in codes)
    if name == "base36_big_integer":
        n = int.from_bytes(bs, "big")
        al = "0123456789abcdefghijklmnopqrstuvwxyz"
        return "".join(al[d] for d in _base(n, 36))
    if name == "day_of_year_dates":
        return ", ".join(day_of_year(c) for c in codes)
    if name == "running_delta_code_points":
        out = [str(codes[0])] + ["%+d" % (codes[i] - codes[i - 1]) for i in range(1, len(codes))]
        return " ".join(out)
    if name == "padlock_dial_combinations":
        return "; ".join("%s %s" % (rng.choice(LOCKS), "-".join(str(c + 300))) for c in codes)
    if name == "leaderboard_escape_seconds":
        return "; ".join("%s %d:%02d" % ((rng.choice(TEAMS),) + divmod(c + 2400, 60)) for c in codes)
    if name == "prop_chest_weights_grams":
        return "; ".join("%s %d g" % (rng.choice(CHESTS), c + 500) for c in codes)
    if name == "jigsaw_piece_counts":
        return "; ".join("%s %d pcs" % (rng.choice(JIGSAWS), c * 4) for c in codes)
    raise ValueError(name)


RULES = {
    "balinese_digit_code_points": "as decimal character codes written with Balinese digits (᭐ = 0 … ᭙ = 9; ᭙᭗ = 97), separated by spaces",
    "dozenal_pitman_code_points": "as character codes in base 12 with Pitman's dozenal digits ↊ for ten and ↋ for eleven (97 = 81, 122 = ↊2), separated by spaces",
    "septenary_code_points": "as character codes in base 7 (97 = 1·49 + 6·7 + 6 → 166), separated by spaces",
    "dice_face_senary_code_points": "as character codes in base 6, three dice per code, a face showing n pips standing for the digit n − 1 (⚀ = 0 … ⚅ = 5; 97 = ⚂⚄⚁), separated by spaces",
    "japanese_romaji_number_words": "as character codes said in Japanese and written in rōmaji (kyuujuunana = 97, hyakunijuuni = 122), separated by commas",
    "lithuanian_number_words": "as character codes spelled out in Lithuanian (devyniasdešimt septyni = 97, šimtas dvidešimt du = 122), separated by commas",
    "colemak_layout_mistype": "typed on a QWERTY keyboard that was switched to Colemak (e → f, r → p, o → y, p → ;, s → r, n → k, k → e, …; capitals stay capitals and P becomes :, digits and _ . - unchanged)",
    "braille_pattern_bytes": "as its UTF-8 bytes written as eight-dot Braille patterns (the pattern U+2800 + byte value, so a = ⡡)",
    "yijing_hexagram_sextets": "as its UTF-8 bits cut into groups of six (zero-padded at the end), each group written as the Yijing hexagram U+4DC0 + value",
    "unicode_tag_characters": "in invisible Unicode tag characters (U+E0000 + the ASCII code of each character; the line below looks empty in most editors)",
    "zero_width_space_interleave": "with a zero-width space (U+200B) between every two characters",
    "decoy_interleave_every_third": "hidden in a longer string: only the 1st, 4th, 7th … character counts, the two after each are decoys",
    "parenthesized_and_squared_letters": "in look-alike letters: lower-case as parenthesized letters (⒜), capitals as squared letters (🄰), 1–9 as digit-full-stop signs (⒈), 0 as 🄀; _ . - unchanged",
    "quoted_printable_every_byte": "in quoted-printable with every byte escaped (=61 = a), run together",
    "css_six_digit_hex_escapes": "as CSS escapes with six hex digits per character (\\000061 = a), run together",
    "base36_big_integer": "as one big number: its UTF-8 bytes read as a big-endian integer and written in base 36 (0–9 a–z)",
    "day_of_year_dates": "as calendar dates of a non-leap year: the day of the year is the character code (07 Apr = 97), separated by commas",
    "running_delta_code_points": "as a running delta: the first character code, then each code as the difference from the one before (+n / −n), separated by spaces",
    "padlock_dial_combinations": "as the padlock combinations on the prop sheet: each three-wheel combination read as a number, minus 300, is a character code (the lock names are noise), separated by '; '",
    "leaderboard_escape_seconds": "as a leaderboard: each team's escape time in seconds minus 2400 is a character code (the team names are noise), separated by '; '",
    "prop_chest_weights_grams": "as a prop weigh-in list: each weight in grams minus 500 is a character code (the prop names are noise), separated by '; '",
    "jigsaw_piece_counts": "as a jigsaw shelf list: each piece count divided by four is a character code (the titles are noise), separated by '; '",
}
FAMILY = {
    "balinese_digit_code_points": "digit block (Balinese digits)",
    "dozenal_pitman_code_points": "numeral system (base 12, Pitman dozenal digits)",
    "septenary_code_points": "numeral system (base 7)",
    "dice_face_senary_code_points": "numeral system in symbols (base 6 dice faces)",
    "japanese_romaji_number_words": "spelled form (Japanese number words in rōmaji)",
    "lithuanian_number_words": "spelled form (Lithuanian number words)",
    "colemak_layout_mistype": "keyboard-layout mistype (Colemak)",
    "braille_pattern_bytes": "byte-to-symbol encoding (Braille patterns)",
    "yijing_hexagram_sextets": "6-bit-to-symbol encoding (Yijing hexagrams)",
    "unicode_tag_characters": "invisible characters (Unicode tag block)",
    "zero_width_space_interleave": "invisible separators (zero-width space)",
    "decoy_interleave_every_third": "positional trick (decoy interleave)",
    "parenthesized_and_squared_letters": "look-alike block (parenthesized / squared letters)",
    "quoted_printable_every_byte": "escape notation (quoted-printable)",
    "css_six_digit_hex_escapes": "escape notation (CSS hex escapes)",
    "base36_big_integer": "big-integer encoding (base 36)",
    "day_of_year_dates": "calendar disguise (day of the year)",
    "running_delta_code_points": "arithmetic disguise (running differences)",
    "padlock_dial_combinations": "world disguise (padlock combinations)",
    "leaderboard_escape_seconds": "world disguise (leaderboard escape times)",
    "prop_chest_weights_grams": "world disguise (prop weights)",
    "jigsaw_piece_counts": "world disguise (jigsaw piece counts)",
}
