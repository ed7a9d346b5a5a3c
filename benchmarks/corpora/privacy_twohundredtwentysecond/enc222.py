"""Encoders for the 22 evasion encodings (the rng only adds noise the decoder ignores)."""

# rule wording shown in the text (before ':' and a newline), and a family for the README
RULES = {
    "quater_imaginary_code_points": ("as character codes in Knuth's quater-imaginary base 2i (place values 1, 2i, -4, -8i, 16, 32i, -64 …; digits 0-3; for whole numbers every second digit is 0), separated by spaces", "numeral system (complex base 2i)"),
    "twindragon_base_minus_one_plus_i": ("as character codes in the complex base -1+i (the twindragon base: place values 1, -1+i, -2i, 2+2i, -4, 4-4i, 8i …; digits 0 and 1), separated by spaces", "numeral system (complex base -1+i)"),
    "chinese_daxie_financial_numerals": ("as character codes in Chinese financial (daxie) numerals: 壹 1, 贰 2, 叁 3, 肆 4, 伍 5, 陆 6, 柒 7, 捌 8, 玖 9, 拾 ten, 佰 hundred, 零 marks an empty place; separated by spaces", "spelled numerals (Chinese banker's numerals)"),
    "tamil_numeral_signs": ("as character codes in traditional Tamil numerals: ௧-௯ are 1-9, ௰ is ten and ௱ is hundred, a digit written before ௰ multiplies it (௯௰௭ = 97); separated by spaces", "numeral notation (Tamil multiplicative-additive)"),
    "turkish_number_words": ("as character codes spelled out in Turkish (doksan yedi = 97, yüz yirmi iki = 122), separated by ' / '", "spelled form (Turkish number words)"),
    "hill_cipher_pairs_mod_67": ("with a Hill cipher: number the alphabet A-Z a-z 0-9 _ . - ~ ! from 0 to 66, take the characters in pairs (pad with ~), and map each pair (x, y) to (3x + 5y, 2x + 7y) mod 67", "cipher (Hill, 2×2 matrix mod 67)"),
    "burrows_wheeler_with_index": ("as a Burrows-Wheeler transform: sort all rotations of the text, write the last letter of each sorted rotation, then ' / ' and the row (from 0) where the original text sits", "transform (Burrows-Wheeler with primary index)"),
    "base45_qr_alphabet": ("in Base45 (RFC 9285, the QR-code alphanumeric alphabet 0-9 A-Z space $ % * + - . / :): every two UTF-8 bytes become three characters, least significant first", "byte notation (Base45)"),
    "bech32m_lock_hrp": ("as a Bech32m string with human-readable part lock (BIP-350: the UTF-8 bytes cut into 5-bit groups over the alphabet qpzry9x8gf2tvdw0s3jn54khce6mua7l, with the six-character checksum)", "byte notation with checksum (Bech32m)"),
    "toy_rsa_cube_mod_187": ("as toy-RSA ciphertexts: each character code cubed modulo 187 (n = 11 × 17, e = 3; the private exponent is 107), separated by spaces", "arithmetic disguise (toy RSA)"),
    "fahrenheit_from_code_celsius": ("as a fire-test oven log: each character code is a temperature in °C, written converted to °F (°F = °C × 9/5 + 32), separated by commas", "unit-conversion disguise (°C to °F)"),
    "day_of_year_calendar_dates": ("as dates in 2025: each character code is the day of the year (1 Jan = 1, 1 Feb = 32, 7 Apr = 97), separated by commas", "calendar disguise (day of year)"),
    "dvorak_typed_on_qwerty": ("typed by Dvorak fingers on a QWERTY keyboard: every character is the QWERTY key sitting where that character is on a Dvorak layout (a stays a, o came out as s, e as d, . as e, - as ')", "keyboard-layout substitution (Dvorak on QWERTY)"),
    "keycap_enclosed_digits": ("as character codes written with keycap digits (each decimal digit followed by the combining enclosing keycap U+20E3), separated by spaces", "combining-mark digits (keycaps)"),
    "book_cipher_pangram_positions": ("as a book cipher over the phrase 'Pack my box with five dozen liquor jugs': each letter is its position among the phrase's 32 letters (from 1), ^ in front means a capital, #n is the digit n, _ . - stay; tokens separated by spaces", "book cipher (pangram key)"),
    "seven_segment_digit_patterns": ("as seven-segment display patterns (a top, b upper right, c lower right, d bottom, e lower left, f upper left, g middle): each decimal digit of the character code is written as its lit segments, digits joined by +, codes separated by spaces", "display disguise (seven-segment patterns)"),
    "safe_dial_combination_turns": ("as safe-dial turns: in every 'nX NN' the dial number NN plus 30 is the character code (the turn count and direction are noise), separated by commas", "locksmith disguise (safe-dial numbers)"),
    "key_bitting_cut_depths": ("as key bitting: for each key the three cut depths, read as one three-digit number, are the character code plus 111 (the blank name is noise); keys separated by semicolons", "locksmith disguise (bitting depths)"),
    "lever_key_step_heights_mm": ("as lever-key step heights: each height in millimetres times 20 is the character code (the lever number is noise), separated by semicolons", "locksmith disguise (lever step heights)"),
    "euro_cylinder_half_lengths": ("as euro-cylinder sizes A/B in mm: the two halves of each cylinder add up to the character code, separated by spaces", "locksmith disguise (cylinder sizes)"),
    "key_blank_catalogue_numbers": ("as key-blank catalogue numbers: the number after the letters minus 300 is the character code (the letters are noise), separated by spaces", "locksmith disguise (blank numbers)"),
    "key_cutting_ticket_prices": ("as key-cutting till tickets: each price in pence minus 250 is the character code (the item name is noise), separated by semicolons", "locksmith disguise (till prices)"),
}
ENCODINGS = list(RULES)

# ---------------------------------------------------------------- numeral systems


def _negaquaternary(n):
    ds = []
    while n != 0:
        r = n % 4
        ds.append(r)
        n = (n - r) // -4
    return ds or [0]  # least significant first


def quater_imaginary(n):
    ds = _negaquaternary(n)
    out = []
    for i, d in enumerate(ds):
        if i:
            out.append("0")
        out.append(str(d))
    return "".join(reversed(out))


def twindragon(n):
    x, y = n, 0
    ds = []
    while x != 0 or y != 0:
        d = (x + y) % 2
        ds.append(str(d))
        x -= d
        # (x + yi) / (-1 + i) = ((-x + y) + (-x - y) i) / 2
        x, y = (-x + y) // 2, (-x - y) // 2
    return "".join(reversed(ds)) or "0"


DAXIE = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    s = ""
    if h:
        s += DAXIE[h] + "佰"
        if rest == 0:
            return s
        if t == 0:
            return s + "零" + DAXIE[u]
    if t:
        s += DAXIE[t] + "拾"
    if u:
        s += DAXIE[u]
    return s


TAMIL_D = "௦௧௨௩௪௫௬௭௮௯"


def tamil(n):
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    s = ""
    if h:
        s += ("" if h == 1 else TAMIL_D[h]) + "௱"
    if t:
        s += ("" if t == 1 else TAMIL_D[t]) + "௰"
    if u:
        s += TAMIL_D[u]
    return s


TR_U = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
TR_T = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]


def turkish(n):
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    w = []
    if h:
        w.append("yüz" if h == 1 else TR_U[h] + " yüz")
    if t:
        w.append(TR_T[t])
    if u:
        w.append(TR_U[u])
    return " ".join(w)


# ---------------------------------------------------------------- ciphers and transforms
HILL_A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~!"


def hill(s):
    if len(s) % 2:
        s += "~"
    out = []
    for i in range(0, len(s), 2):
        x, y = HILL_A.index(s[i]), HILL_A.index(s[i + 1])
        out.append(HILL_A[(3 * x + 5 * y) % 67] + HILL_A[(2 * x + 7 * y) % 67])
    return "".join(out)


def bwt(s):
    rots = sorted(range(len(s)), key=lambda i: s[i:] + s[:i])
    last = "".join(s[(i - 1) % len(s)] for i in rots)
    return last + " / " + str(rots.index(0))


B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def base45(b):
    out = []
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += [B45[c], B45[d], B45[e]]
    if len(b) % 2:
        n = b[-1]
        out += [B45[n % 45], B45[n // 45]]
    return "".join(out)


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32m(hrp, data8):
    acc = bits = 0
    data = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(hv + data + [0] * 6) ^ 0x2bc830a3
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


# ---------------------------------------------------------------- keyboards, books, displays
QW = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
      "~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?"]
DV = ["`1234567890[]", "',.pyfgcrl/=\\", "aoeuidhtns-", ";qjkxbmwvz",
      "~!@#$%^&*(){}", "\"<>PYFGCRL?+|", "AOEUIDHTNS_", ":QJKXBMWVZ"]
DV2QW = {}
for _q, _d in zip(QW, DV):
    for _a, _b in zip(_d, _q):
        DV2QW.setdefault(_a, _b)

BOOK = "Pack my box with five dozen liquor jugs"
BOOK_LETTERS = [c.lower() for c in BOOK if c.isalpha()]

SEG = {"0": "abcdef", "1": "bc", "2": "abdeg", "3": "abcdg", "4": "bcfg", "5": "acdfg", "6": "acdefg",
       "7": "abc", "8": "abcdefg", "9": "abcdfg"}

MONTHS = [("Jan", 31), ("Feb", 28), ("Mar", 31), ("Apr", 30), ("May", 31), ("Jun", 30)]
BLANK_PREFIX = ["UL", "YA", "CS", "ERR", "AB", "KW", "SC"]
BLANKS = ["UL050", "YA1", "ERR1", "CS72", "AB62", "KW1", "SC1"]
ITEMS = ["Yale cut", "mortice cut", "dimple cut", "fob copy", "padlock key", "garage key"]


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    if name == "quater_imaginary_code_points":
        return " ".join(quater_imaginary(c) for c in codes)
    if name == "twindragon_base_minus_one_plus_i":
        return " ".join(twindragon(c) for c in codes)
    if name == "chinese_daxie_financial_numerals":
        return " ".join(daxie(c) for c in codes)
    if name == "tamil_numeral_signs":
        return " ".join(tamil(c) for c in codes)
    if name == "turkish_number_words":
        return " / ".join(turkish(c) for c in codes)
    if name == "hill_cipher_pairs_mod_67":
        return hill(plain)
    if name == "burrows_wheeler_with_index":
        return bwt(plain)
    if name == "base45_qr_alphabet":
        return base45(plain.encode())
    if name == "bech32m_lock_hrp":
        return bech32m("lock", plain.encode())
    if name == "toy_rsa_cube_mod_187":
        return " ".join(str(pow(c, 3, 187)) for c in codes)
    if name == "fahrenheit_from_code_celsius":
        out = []
        for c in codes:
            t = 18 * c + 320  # tenths of a degree F
            out.append("%d.%d°F" % divmod(t, 10))
        return ", ".join(out)
    if name == "day_of_year_calendar_dates":
        out = []
        for c in codes:
            d = c
            for m, n in MONTHS:
                if d <= n:
                    out.append("%d %s" % (d, m))
                    break
                d -= n
        return ", ".join(out)
    if name == "dvorak_typed_on_qwerty":
        return "".join(DV2QW[c] for c in plain)
    if name == "keycap_enclosed_digits":
        return " ".join("".join(d + "\u20e3" for d in str(c)) for c in codes)
    if name == "book_cipher_pangram_positions":
        toks = []
        for ch in plain:
            if ch.isdigit():
                toks.append("#" + ch)
            elif ch.isalpha():
                pos = [i + 1 for i, l in enumerate(BOOK_LETTERS) if l == ch.lower()]
                toks.append(("^" if ch.isupper() else "") + str(rng.choice(pos)))
            else:
                toks.append(ch)
        return " ".join(toks)
    if name == "seven_segment_digit_patterns":
        return " ".join("+".join(SEG[d] for d in str(c)) for c in codes)
    if name == "safe_dial_combination_turns":
        return ", ".join("%d%s %02d" % (rng.randint(1, 4), rng.choice("LR"), c - 30) for c in codes)
    if name == "key_bitting_cut_depths":
        return "; ".join("%s %s" % (rng.choice(BLANKS), "-".join(str(c + 111))) for c in codes)
    if name == "lever_key_step_heights_mm":
        return "; ".join("lever %d: %d.%02d mm" % ((rng.randint(1, 7),) + divmod(c * 5, 100)) for c in codes)
    if name == "euro_cylinder_half_lengths":
        out = []
        for c in codes:
            a = rng.randint(max(20, c - 70), min(70, c - 20))
            out.append("%d/%d" % (a, c - a))
        return " ".join(out)
    if name == "key_blank_catalogue_numbers":
        return " ".join("%s%d" % (rng.choice(BLANK_PREFIX), c + 300) for c in codes)
    if name == "key_cutting_ticket_prices":
        return "; ".join("%s £%d.%02d" % ((rng.choice(ITEMS),) + divmod(c + 250, 100)) for c in codes)
    raise ValueError(name)
