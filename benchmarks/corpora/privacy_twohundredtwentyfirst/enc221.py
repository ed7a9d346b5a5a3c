"""Evasion encoders (the decoder lives in dec221.py and shares nothing with this file).
The rng only adds noise that the decoder ignores."""

THAI0 = 0x0E50
MONG0 = 0x1810
CN_DIG = "零壹贰叁肆伍陆柒捌玖"
IT_UNITS = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
IT_TEENS = ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"]
IT_TENS = ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"]
KB_ROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"]
KB_SHIFT = {"~": "`", "!": "1", "@": "2", "#": "3", "$": "4", "%": "5", "^": "6", "&": "7", "*": "8", "(": "9", ")": "0", "_": "-", "+": "="}
RUNES = {"a": "ᚨ", "b": "ᛒ", "c": "ᚳ", "d": "ᛞ", "e": "ᛖ", "f": "ᚠ", "g": "ᚷ", "h": "ᚺ", "i": "ᛁ", "j": "ᛃ",
         "k": "ᚲ", "l": "ᛚ", "m": "ᛗ", "n": "ᚾ", "o": "ᛟ", "p": "ᛈ", "q": "ᛩ", "r": "ᚱ", "s": "ᛊ", "t": "ᛏ",
         "u": "ᚢ", "v": "ᚡ", "w": "ᚹ", "x": "ᛪ", "y": "ᚤ", "z": "ᛉ"}
RUNE_CAP = "᛭"   # U+16ED: next rune is a capital
RUNE_DIGIT = "᛫"  # U+16EB: next rune (a..j) is a digit 0..9
SMALL_CAPS = {"a": "ᴀ", "b": "ʙ", "c": "ᴄ", "d": "ᴅ", "e": "ᴇ", "f": "ꜰ", "g": "ɢ", "h": "ʜ", "i": "ɪ", "j": "ᴊ",
              "k": "ᴋ", "l": "ʟ", "m": "ᴍ", "n": "ɴ", "o": "ᴏ", "p": "ᴘ", "q": "ꞯ", "r": "ʀ", "s": "ꜱ", "t": "ᴛ",
              "u": "ᴜ", "v": "ᴠ", "w": "ᴡ", "y": "ʏ", "z": "ᴢ"}
WORDS_BY_LEN = {1: ["a"], 2: ["in", "on", "to", "by"], 3: ["bee", "wax", "hum", "lid"], 4: ["comb", "hive", "cell", "wing"],
                5: ["queen", "drone", "honey", "smoke"], 6: ["pollen", "nectar", "colony", "heater"],
                7: ["forager", "cluster", "swarmed", "brooded"], 8: ["apiarist", "colonies", "entrance", "clusters"],
                9: ["beekeeper", "extractor", "honeycomb", "excluders"], 10: ["beekeepers", "queenright", "supersedes", "uncappings"]}
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _cn(n):
    if n >= 100:
        rest = n - 100 * (n // 100)
        s = CN_DIG[n // 100] + "佰"
        if rest == 0:
            return s
        if rest < 10:
            return s + "零" + CN_DIG[rest]
        return s + _cn(rest)
    t, u = divmod(n, 10)
    return CN_DIG[t] + "拾" + (CN_DIG[u] if u else "")


def _it(n):
    pre = ""
    if n >= 100:
        pre, n = "cento", n - 100
        if n == 0:
            return "cento"
    if n < 10:
        w = IT_UNITS[n]
    elif n < 20:
        w = IT_TEENS[n - 10]
    else:
        t, u = divmod(n, 10)
        tens = IT_TENS[t]
        if u in (1, 8):
            tens = tens[:-1]
        w = tens + ("tré" if u == 3 else IT_UNITS[u])
    return pre + w


def _col(n):
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _gamma(n):
    b = bin(n)[2:]
    return "0" * (len(b) - 1) + b


def _kb(c):
    shift = False
    base = c
    if c.isupper():
        shift, base = True, c.lower()
    elif c in KB_SHIFT:
        shift, base = True, KB_SHIFT[c]
    for r, row in enumerate(KB_ROWS):
        if base in row:
            return ("^" if shift else "") + "r%dc%d" % (r + 1, row.index(base) + 1)
    raise ValueError(c)


def _z85(b):
    b = b + b"\x00" * (-len(b) % 4)
    out = []
    for i in range(0, len(b), 4):
        v = int.from_bytes(b[i:i + 4], "big")
        chunk = []
        for _ in range(5):
            v, r = divmod(v, 85)
            chunk.append(Z85[r])
        out.append("".join(reversed(chunk)))
    return "".join(out)


def _b58(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(b) - len(b.lstrip(b"\x00"))
    return "1" * pad + s


def enc(name, s, rng):
    cps = [ord(c) for c in s]
    if name == "thai_digit_code_points":
        return " ".join("".join(chr(THAI0 + int(d)) for d in str(c)) for c in cps)
    if name == "mongolian_digit_code_points":
        return " ".join("".join(chr(MONG0 + int(d)) for d in str(c)) for c in cps)
    if name == "chinese_financial_numerals":
        return "、".join(_cn(c) for c in cps)
    if name == "italian_number_words":
        return " / ".join(_it(c) for c in cps)
    if name == "spreadsheet_column_letters":
        return " ".join(_col(c) for c in cps)
    if name == "elias_gamma_bit_strings":
        return "".join(_gamma(c) for c in cps)
    if name == "ecma_column_row_notation":
        return " ".join("%02d/%02d" % divmod(c, 16) for c in cps)
    if name == "dotted_quad_byte_groups":
        b = s.encode()
        b = b + b"\x00" * (-len(b) % 4)
        return ", ".join(".".join(str(x) for x in b[i:i + 4]) for i in range(0, len(b), 4))
    if name == "keyboard_row_column_coordinates":
        return " ".join(_kb(c) for c in s)
    if name == "runic_letter_substitution":
        out = []
        for c in s:
            if c.islower():
                out.append(RUNES[c])
            elif c.isupper():
                out.append(RUNE_CAP + RUNES[c.lower()])
            elif c.isdigit():
                out.append(RUNE_DIGIT + RUNES["abcdefghij"[int(c)]])
            else:
                out.append(c)
        return "".join(out)
    if name == "latin_small_capital_letters":
        return "".join(SMALL_CAPS.get(c, c) for c in s)
    if name == "doubled_character_stutter":
        return "".join(c + c for c in s)
    if name == "word_length_digits":
        return " / ".join(" ".join(rng.choice(WORDS_BY_LEN[int(d) or 10]) for d in str(c)) for c in cps)
    if name == "bee_flower_emoji_bits":
        return " ".join("".join("🐝" if bit == "1" else "🌼" for bit in format(x, "08b")) for x in s.encode())
    if name == "z85_byte_groups":
        return _z85(s.encode())
    if name == "base58_bitcoin_bytes":
        return _b58(s.encode())
    if name == "waggle_dance_bearings":
        return " ".join("%d°/%.1fs" % (3 * c - 100, rng.randint(5, 40) / 10) for c in cps)
    if name == "hive_weight_kilograms":
        return "; ".join("H%02d %.1f kg" % (rng.randint(1, 60), 15 + c / 5) for c in cps)
    if name == "refractometer_moisture_readings":
        return " ".join("%.1f%%" % ((c + 80) / 10) for c in cps)
    if name == "varroa_mite_drop_counts":
        return "; ".join("day %d: %d mites" % (i + 1, c + 3 * (i + 1)) for i, c in enumerate(cps))
    if name == "swarm_call_clock_times":
        return " ".join("%02d:%02d(%s)" % (6 + c // 60, c % 60, rng.choice(["JB", "MW", "PK", "RT", "AO", "DL"])) for c in cps)
    if name == "honey_jar_lot_codes":
        return " ".join("LOT%d/BB%02d.%d" % (4000 + 7 * c, rng.randint(1, 12), rng.choice([2027, 2028])) for c in cps)
    raise ValueError(name)


ENCODINGS = [
    ("thai_digit_code_points", "digit block (Thai digits)", "as decimal character codes written with Thai digits (๐ = 0 … ๙ = 9; ๙๗ = 97), separated by spaces"),
    ("mongolian_digit_code_points", "digit block (Mongolian digits)", "as decimal character codes written with Mongolian digits (᠐ = 0 … ᠙ = 9), separated by spaces"),
    ("chinese_financial_numerals", "numeral notation (Chinese financial numerals)", "as character codes in Chinese financial numerals (壹 1 … 玖 9, 拾 ten, 佰 hundred, 零 marks a missing ten; 玖拾柒 = 97, 壹佰零伍 = 105), separated by 、"),
    ("italian_number_words", "spelled form (Italian number words)", "as character codes spelled out in Italian (novantasette = 97, centoventidue = 122), separated by slashes"),
    ("spreadsheet_column_letters", "numeral system (bijective base 26)", "as spreadsheet column names: the character code is the column number (A = 1 … Z = 26, AA = 27, CS = 97), separated by spaces"),
    ("elias_gamma_bit_strings", "bit code (Elias gamma)", "as one run of Elias gamma codes: for each character code, as many 0s as its binary form has digits minus one, then the binary form (97 = 0000001100001); the codes follow each other without separators"),
    ("ecma_column_row_notation", "code-table notation (ISO 2022 / ECMA-35 column/row)", "in code-table notation: column/row of each character in the 16-row ASCII table (06/01 = a, 05/15 = _), separated by spaces"),
    ("dotted_quad_byte_groups", "machine disguise (IPv4 dotted quads)", "as IPv4-looking addresses: the UTF-8 bytes four at a time as dotted decimals, the last group padded with zero bytes that mean nothing, separated by commas"),
    ("keyboard_row_column_coordinates", "keyboard coordinates (US layout rows and columns)", "as key positions on a US keyboard: r = row (1 is the digit row), c = column from the left, ^ = hold shift (so ^r1c11 is _ and ^r2c1 is Q), separated by spaces"),
    ("runic_letter_substitution", "script substitution (Runic block)", "in runes: a ᚨ b ᛒ c ᚳ d ᛞ e ᛖ f ᚠ g ᚷ h ᚺ i ᛁ j ᛃ k ᚲ l ᛚ m ᛗ n ᚾ o ᛟ p ᛈ q ᛩ r ᚱ s ᛊ t ᛏ u ᚢ v ᚡ w ᚹ x ᛪ y ᚤ z ᛉ; ᛭ before a rune makes it a capital, ᛫ before a rune a–j makes it the digit 0–9; _ . - stay as they are"),
    ("latin_small_capital_letters", "look-alike block (Latin small capitals)", "with every lower-case letter swapped for its small-capital look-alike (ᴀ ʙ ᴄ ᴅ ᴇ ꜰ ɢ ʜ ɪ ᴊ ᴋ ʟ ᴍ ɴ ᴏ ᴘ ꞯ ʀ ꜱ ᴛ ᴜ ᴠ ᴡ ʏ ᴢ; x has none and stays x); capitals, digits and _ . - are unchanged"),
    ("doubled_character_stutter", "positional trick (every character doubled)", "with every character written twice in a row (read every second one)"),
    ("word_length_digits", "steganographic code (word lengths)", "as word lengths: each decimal digit of a character code is the length of one word (a ten-letter word means 0), words of one character are separated by spaces and characters by slashes"),
    ("bee_flower_emoji_bits", "bit disguise (two emoji)", "as bits of the UTF-8 bytes, 🐝 = 1 and 🌼 = 0, eight per byte, bytes separated by spaces"),
    ("z85_byte_groups", "byte-to-text encoding (Z85)", "in Z85 (the ZeroMQ Base85 alphabet 0-9 a-z A-Z .-:+=^!/*?&<>()[]{}@%$#, five characters per four bytes; zero bytes pad the end and mean nothing)"),
    ("base58_bitcoin_bytes", "byte-to-text encoding (Base58, Bitcoin alphabet)", "in Base58 with the Bitcoin alphabet (no 0, O, I or l) of the UTF-8 bytes read as one big number"),
    ("waggle_dance_bearings", "world disguise (waggle-dance bearings)", "as a waggle dance, one run per character: the bearing in degrees plus 100, divided by 3, is the character code (the run length in seconds is noise)"),
    ("hive_weight_kilograms", "world disguise (hive weights)", "as a weigh-in, one hive per character: the weight in kg minus 15, times 5, is the character code (hive numbers are noise)"),
    ("refractometer_moisture_readings", "world disguise (honey moisture readings)", "as refractometer readings, one per character: the moisture percentage times 10, minus 80, is the character code"),
    ("varroa_mite_drop_counts", "world disguise (varroa mite-drop counts)", "as a varroa board count, one day per character: the mites counted minus three times the day number is the character code"),
    ("swarm_call_clock_times", "world disguise (swarm-call times)", "as swarm-call times, one call per character: minutes after 06:00 is the character code (caller initials are noise)"),
    ("honey_jar_lot_codes", "world disguise (jar lot numbers)", "as honey-jar lot numbers, one jar per character: (lot number minus 4000) divided by 7 is the character code (the best-before month and year are noise)"),
]
