"""Encoders for the 22 evasion encodings (the rng adds only noise that the decoder ignores)."""
import unicodedata

ENCODINGS = [
    ("negabinary_code_points", "numeral system (base minus two)",
     "as character codes in negabinary, base minus two (place values 1, -2, 4, -8, 16, -32, 64, -128; highest place first), separated by spaces"),
    ("spreadsheet_column_letters", "numeral system (bijective base 26)",
     "as character codes written the way spreadsheet columns are named (A = 1 … Z = 26, AA = 27, so 97 = CS and 122 = DR), separated by spaces"),
    ("ol_chiki_digit_code_points", "digit block (Ol Chiki)",
     "as decimal character codes written with Ol Chiki digits (᱐ = 0 … ᱙ = 9), separated by spaces"),
    ("mongolian_digit_code_points", "digit block (Mongolian)",
     "as decimal character codes written with Mongolian digits (᠐ = 0 … ᠙ = 9), separated by spaces"),
    ("esperanto_number_words", "spelled form (Esperanto number words)",
     "as character codes spelled out in Esperanto (naŭdek sep = 97, cent dudek du = 122), separated by ' | '"),
    ("swahili_number_words", "spelled form (Swahili number words)",
     "as character codes spelled out in Swahili (tisini na saba = 97, mia moja ishirini na mbili = 122), separated by ' ; '"),
    ("aegean_number_signs", "numeral notation (Aegean numbers, additive)",
     "as character codes in Aegean number signs, one sign each for the hundreds, tens and units (𐄙 = 100, 𐄘 = 90, 𐄍 = 7), separated by spaces"),
    ("combining_dot_below_marks", "look-alike disguise (combining marks)",
     "with a combining dot below (U+0323) added after every character; strip the dots to read it"),
    ("bacon_biliteral_seven_bit", "cipher (Bacon-style biliteral)",
     "as seven-bit character codes in Bacon's biliteral style, A for 0 and B for 1 (a = 97 = BBAAAAB), separated by spaces"),
    ("delta_from_previous_code_point", "arithmetic disguise (running differences)",
     "as the first character code followed by the signed difference from each code to the next, separated by spaces"),
    ("modular_inverse_mod_257", "arithmetic disguise (modular inverse)",
     "as the inverse of each character code modulo 257 (code × number ≡ 1 mod 257), separated by spaces"),
    ("adjacent_pair_swap", "positional trick (pair swap)",
     "with every pair of neighbouring characters swapped (1st with 2nd, 3rd with 4th …; an odd last character stays)"),
    ("index_tagged_scramble", "positional trick (index-tagged shuffle)",
     "as position:character tokens in shuffled order (positions count from 1); sort by position to read it"),
    ("uuencode_single_line", "byte notation (uuencode)",
     "as one uuencoded line (first character = byte count + 32, then four characters of 6 bits + 32 per three bytes, ` for zero)"),
    ("ascii85_adobe_frame", "byte notation (Ascii85)",
     "in Adobe Ascii85 between <~ and ~> (four bytes become five base-85 digits from ! = 0)"),
    ("base58_bitcoin_alphabet", "byte notation (Base58)",
     "as its bytes read as one big number and written in base 58 with the Bitcoin alphabet (123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz)"),
    ("crockford_base32_bytes", "byte notation (Crockford Base32)",
     "as its bytes in Crockford Base32 (0-9 then A-Z without I, L, O and U; five bits per character, last group padded with zero bits)"),
    ("kart_lap_time_thousandths", "disguise as this world's numbers (lap times)",
     "as a lap chart, one lap per character: the thousandths of the lap time are the character code (the seconds are noise), separated by semicolons"),
    ("paintball_chrono_velocity_fps", "disguise as this world's numbers (chronograph readings)",
     "as a chronograph sheet, one marker per character: the velocity in fps minus 180 is the character code (the marker number is noise), separated by commas"),
    ("party_session_start_times", "disguise as this world's times (party sessions)",
     "as a party-session list, one session per character: the minutes after 10:00 are the character code (the party name is noise), separated by commas"),
    ("transponder_number_suffix", "disguise as this world's identifiers (transponder numbers)",
     "as transponder numbers, one per character: the last three digits are the character code (the first four are noise), separated by spaces"),
    ("league_table_points", "disguise as this world's numbers (league points)",
     "as a league table, one driver per character: the points minus 200 are the character code (the driver is noise), separated by semicolons"),
]
ENC_NAMES = [e[0] for e in ENCODINGS]

EO_UNITS = ["", "unu", "du", "tri", "kvar", "kvin", "ses", "sep", "ok", "naŭ"]
SW_UNITS = ["", "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"]
SW_TENS = ["", "kumi", "ishirini", "thelathini", "arobaini", "hamsini", "sitini", "sabini", "themanini", "tisini"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PARTIES = ["Ava", "Noah", "Zara", "Leo", "Isla", "Finn", "Ruby", "Omar", "Maya", "Theo", "Ella", "Kian"]
DRIVERS = ["Okafor", "Nowak", "Patel", "Brennan", "Silva", "Haddad", "Lindqvist", "Moreau", "Kowalski", "Adeyemi"]


def negabinary(n):
    if n == 0:
        return "0"
    d = []
    while n != 0:
        n, r = divmod(n, -2)
        if r < 0:
            n, r = n + 1, r + 2
        d.append(str(r))
    return "".join(reversed(d))


def bijective26(n):
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def digits_block(n, zero):
    return "".join(chr(zero + int(c)) for c in str(n))


def eo_words(n):
    parts = []
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    if h:
        parts.append("cent" if h == 1 else EO_UNITS[h] + "cent")
    if t:
        parts.append("dek" if t == 1 else EO_UNITS[t] + "dek")
    if u:
        parts.append(EO_UNITS[u])
    return " ".join(parts)


def sw_two(n):
    t, u = divmod(n, 10)
    if t and u:
        return SW_TENS[t] + " na " + SW_UNITS[u]
    if t:
        return SW_TENS[t]
    return SW_UNITS[u]


def sw_words(n):
    if n < 100:
        return sw_two(n)
    rest = n - 100
    if rest == 0:
        return "mia moja"
    if rest <= 10:
        return "mia moja na " + sw_two(rest)
    return "mia moja " + sw_two(rest)


def aegean(n):
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    s = ""
    if h:
        s += chr(0x10119 + h - 1)
    if t:
        s += chr(0x10110 + t - 1)
    if u:
        s += chr(0x10107 + u - 1)
    return s


def uuencode_line(b):
    def c(v):
        return "`" if v == 0 else chr(32 + v)
    out = c(len(b))
    pad = b + bytes((-len(b)) % 3)
    for i in range(0, len(pad), 3):
        n = (pad[i] << 16) | (pad[i + 1] << 8) | pad[i + 2]
        out += "".join(c((n >> s) & 63) for s in (18, 12, 6, 0))
    return out


def ascii85(b):
    out = "<~"
    for i in range(0, len(b), 4):
        chunk = b[i:i + 4]
        n = len(chunk)
        v = int.from_bytes(chunk + bytes(4 - n), "big")
        if v == 0 and n == 4:
            out += "z"
            continue
        d = []
        for _ in range(5):
            v, r = divmod(v, 85)
            d.append(chr(33 + r))
        out += "".join(reversed(d))[:n + 1]
    return out + "~>"


def base58(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    lead = len(b) - len(b.lstrip(b"\0"))
    return "1" * lead + s


def crock32(b):
    bits = "".join(format(x, "08b") for x in b)
    bits += "0" * ((-len(bits)) % 5)
    return "".join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    if name == "negabinary_code_points":
        return " ".join(negabinary(c) for c in codes)
    if name == "spreadsheet_column_letters":
        return " ".join(bijective26(c) for c in codes)
    if name == "ol_chiki_digit_code_points":
        return " ".join(digits_block(c, 0x1C50) for c in codes)
    if name == "mongolian_digit_code_points":
        return " ".join(digits_block(c, 0x1810) for c in codes)
    if name == "esperanto_number_words":
        return " | ".join(eo_words(c) for c in codes)
    if name == "swahili_number_words":
        return " ; ".join(sw_words(c) for c in codes)
    if name == "aegean_number_signs":
        return " ".join(aegean(c) for c in codes)
    if name == "combining_dot_below_marks":
        return "".join(ch + "\u0323" for ch in plain)
    if name == "bacon_biliteral_seven_bit":
        return " ".join(format(c, "07b").replace("0", "A").replace("1", "B") for c in codes)
    if name == "delta_from_previous_code_point":
        out = [str(codes[0])]
        for a, b in zip(codes, codes[1:]):
            out.append("%+d" % (b - a))
        return " ".join(out)
    if name == "modular_inverse_mod_257":
        return " ".join(str(pow(c, 255, 257)) for c in codes)
    if name == "adjacent_pair_swap":
        ch = list(plain)
        for i in range(0, len(ch) - 1, 2):
            ch[i], ch[i + 1] = ch[i + 1], ch[i]
        return "".join(ch)
    if name == "index_tagged_scramble":
        toks = ["%d:%s" % (i + 1, c) for i, c in enumerate(plain)]
        while True:
            rng.shuffle(toks)
            if toks != ["%d:%s" % (i + 1, c) for i, c in enumerate(plain)]:
                break
        return " ".join(toks)
    if name == "uuencode_single_line":
        return uuencode_line(plain.encode())
    if name == "ascii85_adobe_frame":
        return ascii85(plain.encode())
    if name == "base58_bitcoin_alphabet":
        return base58(plain.encode())
    if name == "crockford_base32_bytes":
        return crock32(plain.encode())
    if name == "kart_lap_time_thousandths":
        return "; ".join("L%d 0:%02d.%03d" % (i + 1, rng.randint(41, 58), c) for i, c in enumerate(codes))
    if name == "paintball_chrono_velocity_fps":
        return ", ".join("marker #%d %d fps" % (rng.randint(1, 40), 180 + c) for c in codes)
    if name == "party_session_start_times":
        return ", ".join("%s's party %02d:%02d" % (rng.choice(PARTIES), 10 + (c // 60), c % 60) for c in codes)
    if name == "transponder_number_suffix":
        return " ".join("%04d%03d" % (rng.randint(1000, 9999), c) for c in codes)
    if name == "league_table_points":
        return "; ".join("%s %d" % (rng.choice(DRIVERS), 200 + c) for c in codes)
    raise KeyError(name)


def check_blocks():
    """Confirm the digit blocks and Aegean signs through unicodedata (used by the build)."""
    errs = []
    for zero, label in ((0x1C50, "OL CHIKI DIGIT"), (0x1810, "MONGOLIAN DIGIT")):
        for d in range(10):
            ch = chr(zero + d)
            if unicodedata.digit(ch, None) != d or not unicodedata.name(ch, "").startswith(label):
                errs.append("digit block %s %d" % (label, d))
    for base, word, mult in ((0x10107, "AEGEAN NUMBER", 1), (0x10110, "AEGEAN NUMBER", 10), (0x10119, "AEGEAN NUMBER", 100)):
        for k in range(9 if mult < 100 else 1):
            nm = unicodedata.name(chr(base + k), "")
            if not nm.startswith(word):
                errs.append("aegean %x %s" % (base + k, nm))
    return errs
