"""Encoders for the p201 evasions. The rng only adds noise the decoder ignores."""

ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n):
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def bal_ternary(n):
    digits = []
    while n:
        r = n % 3
        if r == 0:
            digits.append("0")
        elif r == 1:
            digits.append("+")
            n -= 1
        else:
            digits.append("\u2212")
            n += 1
        n //= 3
    return "".join(reversed(digits)) or "0"


def negabinary(n):
    out = ""
    while n:
        r = n % -2
        n //= -2
        if r < 0:
            r += 2
            n += 1
        out = str(r) + out
    return out or "0"


def column_letters(n):
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


G_UNITS = ["", "α", "β", "γ", "δ", "ε", "ϛ", "ζ", "η", "θ"]
G_TENS = ["", "ι", "κ", "λ", "μ", "ν", "ξ", "ο", "π", "ϟ"]
G_HUND = ["", "ρ"]


def milesian(n):
    return G_HUND[n // 100] + G_TENS[(n // 10) % 10] + G_UNITS[n % 10] + "\u0374"


ZH = "〇一二三四五六七八九"


def zh_num(n):
    if n < 10:
        return ZH[n]
    if n < 100:
        t, u = divmod(n, 10)
        return (ZH[t] if t > 1 else "") + "十" + (ZH[u] if u else "")
    h, rest = divmod(n, 100)
    s = ZH[h] + "百"
    if rest == 0:
        return s
    if rest < 10:
        return s + "零" + ZH[rest]
    t, u = divmod(rest, 10)
    return s + ZH[t] + "十" + (ZH[u] if u else "")


QWERTY_ROWS = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"]
DVORAK_ROWS = ["1234567890[]", "',.pyfgcrl/=", "aoeuidhtns-", ";qjkxbmwvz"]
SHIFT = {"-": "_", "'": '"', ";": ":", ",": "<", ".": ">", "/": "?", "[": "{", "]": "}", "=": "+"}


def _dvorak_map():
    m = {}
    for d, q in zip(DVORAK_ROWS, QWERTY_ROWS):
        for dc, qc in zip(d, q):
            m[dc] = qc
    # shifted forms
    for dc, qc in list(m.items()):
        if dc.isalpha():
            m[dc.upper()] = qc.upper() if qc.isalpha() else SHIFT[qc]
    m["_"] = SHIFT[m["-"]]
    return m


DVO = _dvorak_map()

IT_UNITS = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
IT_TEENS = ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"]
IT_TENS = ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"]


def italian(n):
    if n >= 100:
        return "cento" + (italian(n - 100) if n > 100 else "")
    if n < 10:
        return IT_UNITS[n]
    if n < 20:
        return IT_TEENS[n - 10]
    t, u = divmod(n, 10)
    w = IT_TENS[t]
    if u == 0:
        return w
    if u in (1, 8):
        w = w[:-1]
    return w + ("tré" if u == 3 else IT_UNITS[u])


SETS = ["MKM", "OTJ", "BLB", "DSK", "FDN", "DFT", "TDM", "LCI", "WOE", "MOM"]
PAINTS = ["Dusty Olive", "Sand Yellow", "Bone White", "Gunmetal", "Flat Red", "Ivory", "Sky Grey", "Deep Sea",
          "Brass", "Moss Green", "Rust", "Ochre"]
CONS = "bdfghjklmnprstvz"
VOWS = "aiou"
BB_V = "aeiouy"
BB_C = "bcdfghklmnprstvzx"
DEVA = "०१२३४५६७८९"
SUZHOU = "〇〡〢〣〤〥〦〧〨〩"


def proquint(data):
    if len(data) % 2:
        data = data + b"\0"
    words = []
    for i in range(0, len(data), 2):
        w = (data[i] << 8) | data[i + 1]
        words.append(CONS[(w >> 12) & 15] + VOWS[(w >> 10) & 3] + CONS[(w >> 6) & 15] + VOWS[(w >> 4) & 3] + CONS[w & 15])
    return "-".join(words)


def bubblebabble(data):
    out = "x"
    seed = 1
    rounds = len(data) // 2 + 1
    for i in range(rounds):
        if i + 1 < rounds or len(data) % 2:
            b1 = data[2 * i]
            out += BB_V[(((b1 >> 6) & 3) + seed) % 6] + BB_C[(b1 >> 2) & 15] + BB_V[((b1 & 3) + seed // 6) % 6]
            if i + 1 < rounds:
                b2 = data[2 * i + 1]
                out += BB_C[(b2 >> 4) & 15] + "-" + BB_C[b2 & 15]
                seed = (seed * 5 + b1 * 7 + b2) % 36
        else:
            out += BB_V[seed % 6] + BB_C[16] + BB_V[seed // 6]
    return out + "x"


def enc(name, plain, rng):
    cps = [ord(c) for c in plain]
    if name == "roman_numeral_code_points":
        return " ".join(roman(c) for c in cps)
    if name == "balanced_ternary_code_points":
        return " ".join(bal_ternary(c) for c in cps)
    if name == "negabinary_code_points":
        return " ".join(negabinary(c) for c in cps)
    if name == "spreadsheet_column_labels":
        return " ".join(column_letters(c) for c in cps)
    if name == "greek_milesian_numerals":
        return " ".join(milesian(c) for c in cps)
    if name == "chinese_character_numerals":
        return "、".join(zh_num(c) for c in cps)
    if name == "triangular_numbers_of_code_points":
        return " ".join(str(c * (c + 1) // 2) for c in cps)
    if name == "packed_bcd_nibbles":
        return " | ".join(" ".join(format(int(d), "04b") for d in "%03d" % c) for c in cps)
    if name == "dvorak_intent_typed_on_qwerty":
        return "".join(DVO[c] for c in plain)
    if name == "fullwidth_forms":
        return "".join(chr(ord(c) + 0xFEE0) for c in plain)
    if name == "italian_number_words":
        return " / ".join(italian(c) for c in cps)
    if name == "chess_move_target_squares":
        moves = []
        for c in cps:
            idx, cap = divmod(c, 2)
            sq = "abcdefgh"[idx % 8] + str(idx // 8 + 1)
            moves.append(rng.choice("KQRBN") + ("x" if cap else "") + sq)
        out = []
        for i, m in enumerate(moves):
            if i % 2 == 0:
                out.append("%d." % (i // 2 + 1))
            out.append(m)
        return " ".join(out)
    if name == "tcg_collector_numbers":
        return "; ".join("%s %03d/%d" % (rng.choice(SETS), c, rng.randint(c + 10, 350)) for c in cps)
    if name == "swiss_pairing_rating_offsets":
        return " | ".join("T%d %d" % (rng.randint(1, 40), c + 1400) for c in cps)
    if name == "lan_switch_stack_ports":
        out = []
        for c in cps:
            m = (c - 1) // 48 + 1
            out.append("Gi%d/0/%d" % (m, c - 48 * (m - 1)))
        return ", ".join(out)
    if name == "paint_pot_catalogue_numbers":
        return "; ".join("70.%d %s" % (c + 800, rng.choice(PAINTS)) for c in cps)
    if name == "devanagari_digit_code_points":
        return " ".join("".join(DEVA[int(d)] for d in str(c)) for c in cps)
    if name == "suzhou_numeral_code_points":
        return " ".join("".join(SUZHOU[int(d)] for d in str(c)) for c in cps)
    if name == "outside_in_interleave":
        out = []
        i, j = 0, len(plain) - 1
        while i <= j:
            out.append(plain[i])
            if i != j:
                out.append(plain[j])
            i += 1
            j -= 1
        return "".join(out)
    if name == "proquint_utf8_words":
        return proquint(plain.encode())
    if name == "bubblebabble_utf8":
        return bubblebabble(plain.encode())
    if name == "convention_badge_numbers":
        return " ".join("%s%s-%d" % (rng.choice("ABCDEFGHJKLMNPRSTVWZ"), rng.choice("ABCDEFGHJKLMNPRSTVWZ"), 3000 + c) for c in cps)
    raise KeyError(name)


# name: (family, rule text)
ENCODINGS = {
    "roman_numeral_code_points": ("numeral system (Roman numerals)", "as character codes in Roman numerals, separated by spaces"),
    "balanced_ternary_code_points": ("numeral system (balanced ternary)", "as character codes in balanced ternary, highest digit first, with + for plus one, 0 for zero and \u2212 for minus one, separated by spaces"),
    "negabinary_code_points": ("numeral system (base minus two)", "as character codes in base minus two (negabinary), digits 0 and 1, separated by spaces"),
    "spreadsheet_column_labels": ("numeral system (bijective base 26)", "as spreadsheet column labels: each character code is the column number (A = 1, Z = 26, AA = 27 and so on), separated by spaces"),
    "greek_milesian_numerals": ("numeral system (Greek alphabetic numerals)", "as character codes in Greek alphabetic numerals (α = 1 … θ = 9, ι = 10 … ϟ = 90, ρ = 100, with a keraia ʹ after each number), separated by spaces"),
    "chinese_character_numerals": ("spelled form (Chinese numerals)", "as character codes in Chinese numerals (一二三 … 十 百, 零 for a gap), separated by 、"),
    "triangular_numbers_of_code_points": ("arithmetic disguise (triangular numbers)", "as triangular numbers: for a character code n the number written is n times (n + 1) divided by 2, separated by spaces"),
    "packed_bcd_nibbles": ("bit-level code (binary-coded decimal)", "in binary-coded decimal: each character code as three decimal digits, each digit as four bits, characters separated by bars"),
    "dvorak_intent_typed_on_qwerty": ("keyboard trick (Dvorak intent on QWERTY)", "as typed by a Dvorak touch-typist on a US QWERTY keyboard: each key pressed is where that character sits on Dvorak, what you see is what QWERTY printed (shift kept)"),
    "fullwidth_forms": ("Unicode look-alike block (fullwidth forms)", "in fullwidth forms (the wide letters, digits and signs of East Asian typesetting; they fold back under NFKC)"),
    "italian_number_words": ("spelled form (Italian number words)", "as character codes spelled out in Italian number words, separated by slashes"),
    "chess_move_target_squares": ("tabletop disguise (chess moves)", "as a chess game score, one move per character: the target square's number (a1 = 0, b1 = 1 … h1 = 7, a2 = 8 … h8 = 63) times two, plus one if the move is a capture (x), is the character code; piece letters and move numbers are noise"),
    "tcg_collector_numbers": ("trading-card disguise (collector numbers)", "as a card list, one card per character: the collector number before the slash is the character code; the set code and the set size are noise"),
    "swiss_pairing_rating_offsets": ("tournament disguise (ratings)", "as a Swiss pairing sheet, one player per character: the rating minus 1400 is the character code; the table number is noise"),
    "lan_switch_stack_ports": ("LAN disguise (switch ports)", "as switch ports, one per character: for Gi m/0/p the number 48 times (m minus 1) plus p is the character code"),
    "paint_pot_catalogue_numbers": ("painting disguise (paint pot numbers)", "as a paint shopping list, one pot per character: the number after 70. minus 800 is the character code; the colour name is noise"),
    "devanagari_digit_code_points": ("numeral notation (Devanagari digits)", "as decimal character codes in Devanagari digits (० = 0 … ९ = 9), separated by spaces"),
    "suzhou_numeral_code_points": ("numeral notation (Suzhou numerals)", "as decimal character codes in Suzhou (Hangzhou) numerals, one sign per digit (〇 = 0, 〡 = 1 … 〩 = 9), separated by spaces"),
    "outside_in_interleave": ("positional trick (outside-in order)", "in outside-in order: first character, last character, second character, second-to-last character and so on"),
    "proquint_utf8_words": ("byte notation (proquints)", "as proquints: its UTF-8 bytes two at a time as pronounceable five-letter words, a NUL byte added if the count is odd (drop it), separated by hyphens"),
    "bubblebabble_utf8": ("byte notation (Bubble Babble)", "in Bubble Babble encoding of its UTF-8 bytes (the x…x fingerprint notation)"),
    "convention_badge_numbers": ("convention disguise (badge numbers)", "as convention badge numbers, one per character: the number after the dash minus 3000 is the character code; the two letters are noise"),
}
