"""Encoders for the p217 evasion records. The rng only adds noise that the decoder ignores."""

ENCODINGS = [
    # name, family, rule in words
    ("nibble_swapped_hex_bytes", "byte trick (nibble swap)",
     "as its UTF-8 bytes in hexadecimal with the two hex digits of every byte swapped (a = 0x61 is written 16), separated by spaces"),
    ("xor_0x5a_hex_bytes", "byte trick (XOR with a fixed key)",
     "as its UTF-8 bytes each XORed with 0x5A and written as two lower-case hex digits, separated by spaces"),
    ("bcd_nibble_code_points", "binary variant (binary-coded decimal)",
     "as character codes in binary-coded decimal: every decimal digit of the code is a group of four binary digits (97 = 1001 0111), characters separated by ' / '"),
    ("primorial_base_code_points", "numeral system (primorial mixed radix)",
     "as character codes in the primorial number system: four digits worth 30, 6, 2 and 1 (97 = 3101), separated by spaces"),
    ("base_fifteen_code_points", "numeral system (base 15)",
     "as character codes in base fifteen (digits 0-9 then a-e, highest place first), separated by spaces"),
    ("tibetan_digit_code_points", "digit block (Tibetan)",
     "as decimal character codes in Tibetan digits (༠ = 0 … ༩ = 9), separated by spaces"),
    ("postnet_bar_digits", "barcode notation (POSTNET two-of-five bars)",
     "as POSTNET bar groups: every decimal digit of a character code is five bars, | tall and . short, with exactly two tall bars (1 = ...||, 2 = ..|.|, 3 = ..||., 4 = .|..|, 5 = .|.|., 6 = .||.., 7 = |...|, 8 = |..|., 9 = |.|.., 0 = ||...), characters separated by spaces"),
    ("latin_number_words", "spelled form (Latin)",
     "as character codes spelled out in Latin number words (nonaginta septem = 97, centum viginti duo = 122), separated by ' | '"),
    ("keyword_substitution_boathouse", "cipher (keyword-mixed alphabet)",
     "with a keyword substitution: the cipher alphabet is BOATHUSE followed by the unused letters in order (a→b, b→o, c→a, d→t …, same for capitals), digits 0-9 became 7 3 0 5 9 1 8 2 4 6, and _ . - are unchanged"),
    ("parenthesized_latin_letters", "look-alike block (parenthesized letters)",
     "with every letter written as its parenthesized form (⒜ … ⒵ for small letters, 🄐 … 🄩 for capitals); digits and _ . - are plain"),
    ("grade_one_braille_letters", "literary Braille (uncontracted)",
     "in uncontracted English Braille: ⠠ before a capital, ⠼ before every digit (digits use the letters a-j), ⠲ for a dot, ⠤ for a dash, ⠨⠤ for an underscore"),
    ("roman_numeral_code_points", "numeral notation (Roman numerals)",
     "as character codes in Roman numerals (XCVII = 97, CXXII = 122), separated by spaces"),
    ("suzhou_numeral_code_points", "numeral notation (Suzhou / Hangzhou numerals)",
     "as decimal character codes in Suzhou numerals (〇 = 0, 〡 = 1 … 〩 = 9), separated by spaces"),
    ("hebrew_gematria_code_points", "numeral notation (Hebrew letter values)",
     "as character codes in Hebrew numerals (letters add up: ק = 100, צ = 90, ז = 7, so צ״ז = 97; 15 and 16 are טו and טז), separated by spaces"),
    ("boustrophedon_rows_of_five", "positional trick (boustrophedon)",
     "boustrophedon in rows of five: the first row left to right, the second right to left, and so on, rows separated by ' / '"),
    ("decimation_step_three", "positional trick (decimation)",
     "in decimated order: the n-th character of the line is the plain character at position 3 × n, counting from 0 and wrapping round the length"),
    ("river_gauge_readings_cm", "disguise as this world's numbers (gauge readings)",
     "as river-gauge readings, one per character: the stage in centimetres minus 100 is the character code (the time is noise)"),
    ("erg_split_seconds", "disguise as this world's numbers (erg splits)",
     "as ergometer 500 m splits, one rower per character: the split in whole seconds is the character code (initials and tenths are noise)"),
    ("paddle_length_cm", "disguise as this world's numbers (paddle lengths)",
     "as a paddle order, one paddle per character: the length in cm minus 100 is the character code (the blade material is noise)"),
    ("buoyancy_aid_chest_cm", "disguise as this world's numbers (buoyancy-aid sizes)",
     "as a buoyancy-aid kit list, one aid per character: the chest size in cm is the character code (the aid number is noise)"),
    ("outing_launch_times", "disguise as this world's times (launch times)",
     "as an outing launch sheet, one boat per character: minutes after 05:00 is the character code (the boat name is noise)"),
    ("hire_hull_numbers", "disguise as this world's identifiers (hire hull numbers)",
     "as hire-fleet hull numbers, one per character: the number after the dash minus 300 is the character code (the fleet letters are noise)"),
]

KEYWORD = "BOATHUSE"
DIGIT_MAP = "7305918246"
LATIN_UNITS = ["", "unus", "duo", "tres", "quattuor", "quinque", "sex", "septem", "octo", "novem"]
LATIN_TEENS = ["decem", "undecim", "duodecim", "tredecim", "quattuordecim", "quindecim", "sedecim", "septendecim", "duodeviginti", "undeviginti"]
LATIN_TENS = ["", "", "viginti", "triginta", "quadraginta", "quinquaginta", "sexaginta", "septuaginta", "octoginta", "nonaginta"]
POSTNET = {"1": "...||", "2": "..|.|", "3": "..||.", "4": ".|..|", "5": ".|.|.", "6": ".||..", "7": "|...|", "8": "|..|.", "9": "|.|..", "0": "||..."}
BRAILLE_AJ = "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚"


def _sub_alphabet():
    seen = []
    for c in KEYWORD + "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if c not in seen:
            seen.append(c)
    return "".join(seen)


def _latin(n):
    out = []
    if n >= 100:
        out.append("centum")
        n -= 100
    if 10 <= n < 20:
        out.append(LATIN_TEENS[n - 10])
    else:
        if n >= 20:
            out.append(LATIN_TENS[n // 10])
        if n % 10:
            out.append(LATIN_UNITS[n % 10])
    return " ".join(out)


def _roman(n):
    vals = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    s = ""
    for v, sym in vals:
        while n >= v:
            s += sym
            n -= v
    return s


def _gematria(n):
    letters = [(100, "ק"), (90, "צ"), (80, "פ"), (70, "ע"), (60, "ס"), (50, "נ"), (40, "מ"), (30, "ל"), (20, "כ"), (10, "י"),
               (9, "ט"), (8, "ח"), (7, "ז"), (6, "ו"), (5, "ה"), (4, "ד"), (3, "ג"), (2, "ב"), (1, "א")]
    s = ""
    rest = n
    for v, ch in letters:
        if rest % 100 in (15, 16) and v == 10:
            continue
        while rest >= v:
            s += ch
            rest -= v
    if len(s) == 1:
        return s + "׳"
    return s[:-1] + "״" + s[-1]


def _braille_char(c):
    if c.isdigit():
        return "⠼" + BRAILLE_AJ[(int(c) - 1) % 10]
    if c == ".":
        return "⠲"
    if c == "-":
        return "⠤"
    if c == "_":
        return "⠨⠤"
    lower = c.lower()
    i = ord(lower) - 97
    if i < 10:
        cell = ord(BRAILLE_AJ[i])
    elif i < 20:
        cell = ord(BRAILLE_AJ[i - 10]) + 0x04  # add dot 3
    elif lower == "w":
        cell = 0x283A
    else:
        cell = ord(BRAILLE_AJ["uvxyz".index(lower)]) + 0x24  # u v x y z = a-e plus dots 3 and 6
    out = chr(cell)
    return ("⠠" + out) if c.isupper() else out


def enc(name, plain, rng):
    b = plain.encode("utf-8")
    codes = [ord(c) for c in plain]
    if name == "nibble_swapped_hex_bytes":
        return " ".join(("%02x" % x)[::-1] for x in b)
    if name == "xor_0x5a_hex_bytes":
        return " ".join("%02x" % (x ^ 0x5A) for x in b)
    if name == "bcd_nibble_code_points":
        return " / ".join(" ".join(format(int(dg), "04b") for dg in str(c)) for c in codes)
    if name == "primorial_base_code_points":
        out = []
        for c in codes:
            out.append("%d%d%d%d" % (c // 30, (c % 30) // 6, (c % 6) // 2, c % 2))
        return " ".join(out)
    if name == "base_fifteen_code_points":
        digs = "0123456789abcde"
        out = []
        for c in codes:
            s = ""
            while c:
                s = digs[c % 15] + s
                c //= 15
            out.append(s)
        return " ".join(out)
    if name == "tibetan_digit_code_points":
        return " ".join("".join(chr(0x0F20 + int(dg)) for dg in str(c)) for c in codes)
    if name == "postnet_bar_digits":
        return " ".join("".join(POSTNET[dg] for dg in str(c)) for c in codes)
    if name == "latin_number_words":
        return " | ".join(_latin(c) for c in codes)
    if name == "keyword_substitution_boathouse":
        alpha = _sub_alphabet()
        out = ""
        for ch in plain:
            if "a" <= ch <= "z":
                out += alpha[ord(ch) - 97].lower()
            elif "A" <= ch <= "Z":
                out += alpha[ord(ch) - 65]
            elif ch.isdigit():
                out += DIGIT_MAP[int(ch)]
            else:
                out += ch
        return out
    if name == "parenthesized_latin_letters":
        out = ""
        for ch in plain:
            if "a" <= ch <= "z":
                out += chr(0x249C + ord(ch) - 97)
            elif "A" <= ch <= "Z":
                out += chr(0x1F110 + ord(ch) - 65)
            else:
                out += ch
        return out
    if name == "grade_one_braille_letters":
        return "".join(_braille_char(c) for c in plain)
    if name == "roman_numeral_code_points":
        return " ".join(_roman(c) for c in codes)
    if name == "suzhou_numeral_code_points":
        sz = "〇〡〢〣〤〥〦〧〨〩"
        return " ".join("".join(sz[int(dg)] for dg in str(c)) for c in codes)
    if name == "hebrew_gematria_code_points":
        return " ".join(_gematria(c) for c in codes)
    if name == "boustrophedon_rows_of_five":
        rows = [plain[i:i + 5] for i in range(0, len(plain), 5)]
        return " / ".join(r if k % 2 == 0 else r[::-1] for k, r in enumerate(rows))
    if name == "decimation_step_three":
        n = len(plain)
        assert n % 3 != 0
        return "".join(plain[(3 * j) % n] for j in range(n))
    if name == "river_gauge_readings_cm":
        return "; ".join("%02d:%02d %d.%02d m" % (rng.randint(0, 23), rng.choice([0, 15, 30, 45]), (c + 100) // 100, (c + 100) % 100) for c in codes)
    if name == "erg_split_seconds":
        return ", ".join("%s%s %d:%02d.%d" % (rng.choice("ABCDEFGHJKLMNPRST"), rng.choice("ABCDEFGHJKLMNPRSTW"), c // 60, c % 60, rng.randint(0, 9)) for c in codes)
    if name == "paddle_length_cm":
        return "; ".join("%d cm %s" % (c + 100, rng.choice(["carbon", "glass", "alloy", "wood"])) for c in codes)
    if name == "buoyancy_aid_chest_cm":
        return "; ".join("BA-%02d chest %d cm" % (rng.randint(1, 60), c) for c in codes)
    if name == "outing_launch_times":
        return ", ".join("%s %02d:%02d" % (rng.choice(["Kingfisher", "Heron", "Otter", "Mallard", "Grebe", "Coot", "Swift"]), 5 + c // 60, c % 60) for c in codes)
    if name == "hire_hull_numbers":
        return " ".join("%s-%d" % (rng.choice(["OC", "SK", "SUP", "TK", "DK"]), c + 300) for c in codes)
    raise ValueError(name)
