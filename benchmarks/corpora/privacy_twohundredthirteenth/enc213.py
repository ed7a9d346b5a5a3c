"""Encoders of the 22 evasion encodings (the rng only adds noise the decoder ignores)."""

FIB10 = [89, 55, 34, 21, 13, 8, 5, 3, 2, 1]

PL_UNITS = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
PL_TEENS = ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
            "siedemnaście", "osiemnaście", "dziewiętnaście"]
PL_TENS = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt",
           "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"]

DA_UNITS = ["", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
DA_TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
DA_TENS = ["", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"]

NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo",
        "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
        "whiskey", "xray", "yankee", "zulu"]
NATO_DIGITS = ["zero", "one", "two", "tree", "fower", "fife", "six", "seven", "eight", "niner"]
NATO_PUNCT = {"-": "dash", "_": "underscore", ".": "dot"}

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
         "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
         "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
         "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
         "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", "-": "-....-",
         "_": "..--.-"}

BR_AJ = [0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A]


def br_letter(ch):
    i = ord(ch) - 97
    if i < 10:
        return BR_AJ[i]
    if i < 20:
        return BR_AJ[i - 10] | 0x04
    if ch == "w":
        return 0x3A
    return {"u": 0x25, "v": 0x27, "x": 0x2D, "y": 0x3D, "z": 0x35}[ch]


CHEROKEE = {"A": 0x13AA, "B": 0x13F4, "C": 0x13DF, "D": 0x13A0, "E": 0x13AC, "G": 0x13C0, "H": 0x13BB,
            "J": 0x13AB, "K": 0x13E6, "L": 0x13DE, "M": 0x13B7, "P": 0x13E2, "R": 0x13A1, "S": 0x13DA,
            "T": 0x13A2, "V": 0x13D9, "W": 0x13B3, "Z": 0x13C3}

KEYPAD = {"1": ".-_1", "2": "abc2", "3": "def3", "4": "ghi4", "5": "jkl5", "6": "mno6", "7": "pqrs7",
          "8": "tuv8", "9": "wxyz9", "0": " 0"}

MONTHS = [("Jan", 31), ("Feb", 28), ("Mar", 31), ("Apr", 30), ("May", 31), ("Jun", 30), ("Jul", 31),
          ("Aug", 31), ("Sep", 30), ("Oct", 31), ("Nov", 30), ("Dec", 31)]


def polish(n):
    out = []
    if n >= 100:
        out.append("sto")
        n -= 100
    if 10 <= n < 20:
        out.append(PL_TEENS[n - 10])
    else:
        if n >= 20:
            out.append(PL_TENS[n // 10])
        if n % 10:
            out.append(PL_UNITS[n % 10])
    return " ".join(out)


def danish_below_100(n):
    if n < 10:
        return DA_UNITS[n]
    if n < 20:
        return DA_TEENS[n - 10]
    if n % 10 == 0:
        return DA_TENS[n // 10]
    return DA_UNITS[n % 10] + "og" + DA_TENS[n // 10]


def danish(n):
    if n >= 100:
        rest = n - 100
        return "hundrede" if rest == 0 else "hundrede og " + danish_below_100(rest)
    return danish_below_100(n)


def zeck(n):
    bits = []
    for f in FIB10:
        if f <= n:
            bits.append("1")
            n -= f
        else:
            bits.append("0")
    assert n == 0
    return "".join(bits)


def braille(plain):
    cells = []
    num = False
    for ch in plain:
        if ch.isdigit():
            if not num:
                cells.append(0x3C)
                num = True
            cells.append(BR_AJ[(int(ch) - 1) % 10])
            continue
        if ch.isalpha():
            if ch.isupper():
                cells.append(0x20)
                cells.append(br_letter(ch.lower()))
            else:
                if num and ch in "abcdefghij":
                    cells.append(0x30)
                cells.append(br_letter(ch))
            num = False
            continue
        cells.extend({".": [0x32], "-": [0x24], "_": [0x28, 0x24]}[ch])
        num = False
    return "".join(chr(0x2800 + c) for c in cells)


def multitap(ch):
    pre = ""
    if ch.isupper():
        pre = "*"
        ch = ch.lower()
    for k, letters in KEYPAD.items():
        if ch in letters:
            return pre + k * (letters.index(ch) + 1)
    raise ValueError(ch)


def day_of_year(n):
    for name, days in MONTHS:
        if n <= days:
            return "%02d %s" % (n, name)
        n -= days
    raise ValueError


def enc(name, plain, rng):
    cps = [ord(c) for c in plain]
    if name == "zeckendorf_fibonacci_code_points":
        return " ".join(zeck(c) for c in cps)
    if name == "adlam_digit_code_points":
        return " ".join("".join(chr(0x1E950 + int(d)) for d in str(c)) for c in cps)
    if name == "javanese_digit_code_points":
        return " ".join("".join(chr(0xA9D0 + int(d)) for d in str(c)) for c in cps)
    if name == "polish_number_words":
        return ", ".join(polish(c) for c in cps)
    if name == "danish_vigesimal_number_words":
        return " / ".join(danish(c) for c in cps)
    if name == "nato_phonetic_alphabet_spelling":
        out = []
        for ch in plain:
            if ch.isalpha():
                w = NATO[ord(ch.lower()) - 97]
                out.append(w.upper() if ch.isupper() else w)
            elif ch.isdigit():
                out.append(NATO_DIGITS[int(ch)])
            else:
                out.append(NATO_PUNCT[ch])
        return " ".join(out)
    if name == "morse_code_with_capital_marks":
        return " ".join(("^" if ch.isupper() else "") + MORSE[ch.lower()] for ch in plain)
    if name == "braille_grade_one_cells":
        return braille(plain)
    if name == "regional_indicator_letters":
        out = []
        for ch in plain:
            if ch.isalpha():
                out.append(("^" if ch.isupper() else "") + chr(0x1F1E6 + ord(ch.lower()) - 97))
            else:
                out.append(ch)
        return "".join(out)
    if name == "parenthesized_latin_letters":
        out = []
        for ch in plain:
            if "a" <= ch <= "z":
                out.append(chr(0x249C + ord(ch) - 97))
            elif "A" <= ch <= "Z":
                out.append(chr(0x1F110 + ord(ch) - 65))
            elif "1" <= ch <= "9":
                out.append(chr(0x2474 + int(ch) - 1))
            else:
                out.append(ch)
        return "".join(out)
    if name == "cherokee_lookalike_letters":
        out = []
        for ch in plain:
            up = ch.upper()
            if ch.isalpha() and up in CHEROKEE:
                cp = CHEROKEE[up]
                if ch.islower():
                    cp = cp - 0x13A0 + 0xAB70 if cp < 0x13F0 else cp + 8
                out.append(chr(cp))
            else:
                out.append(ch)
        return "".join(out)
    if name == "columnar_transposition_five_wide":
        return "".join(plain[c::5] for c in range(5))
    if name == "outside_in_fold":
        out = []
        i, j = 0, len(plain) - 1
        while i <= j:
            out.append(plain[i])
            if i != j:
                out.append(plain[j])
            i += 1
            j -= 1
        return "".join(out)
    if name == "perfect_square_code_points":
        return " ".join(str(c * c) for c in cps)
    if name == "phone_keypad_multitap":
        return " ".join(multitap(ch) for ch in plain)
    if name == "html_decimal_character_references":
        return "".join("&#%d;" % c for c in cps)
    if name == "tide_height_centimetres":
        parts = []
        for c in cps:
            parts.append("%s %02d:%02d %d.%02dm" % (rng.choice(["HW", "LW"]), rng.randrange(24), rng.randrange(60),
                                                    c // 100, c % 100))
        return "; ".join(parts)
    if name == "casualty_pulse_bpm":
        parts = []
        h, m = rng.randrange(8, 22), rng.randrange(60)
        for c in cps:
            parts.append("%02d:%02d P%d RR%d SpO2 %d" % (h, m, c, rng.randint(12, 28), rng.randint(88, 99)))
            m += 5
            if m >= 60:
                h, m = (h + 1) % 24, m - 60
        return " | ".join(parts)
    if name == "rope_length_metres":
        return ", ".join("R-%02d %dm" % (rng.randrange(1, 60), c) for c in cps)
    if name == "ppe_due_day_of_year":
        items = ["HM", "HN", "LJ", "DS", "TL", "KB"]
        return "; ".join("%s-%02d due %s" % (rng.choice(items), rng.randrange(1, 40), day_of_year(c)) for c in cps)
    if name == "lifeboat_fuel_litres":
        boats = ["Atlantic 85", "Shannon", "Severn", "Tamar", "D-class", "Trent", "Mersey"]
        return "; ".join("%s: %d L" % (rng.choice(boats), c + 300) for c in cps)
    if name == "plb_battery_millivolts":
        return ", ".join("PLB-%s %dmV" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)), c + 3000)
                         for c in cps)
    raise KeyError(name)
