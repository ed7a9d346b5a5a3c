"""Encoders for the p198 evasion notations (the decoder lives in dec198.py and imports nothing from here)."""

KB_ROWS = ["1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm,."]
ALPH62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
    "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
    "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
    "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", "-": "-....-",
    "_": "..--.-", ".": ".-.-.-",
}
DE_UNITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
            "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
            "achtzehn", "neunzehn"]
DE_TENS = {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig", 7: "siebzig",
           8: "achtzig", 9: "neunzig"}
NOZZLES = ["red 0°", "yellow 15°", "green 25°", "white 40°", "black soap"]
STREETS = ["Elm Rd", "Mill Lane", "Church St", "Park View", "Station Rd", "Ash Grove", "The Crescent",
           "Kings Ave", "Low Fold", "Moor Close"]
HOMES = ["semi", "detached", "terrace", "bungalow", "flat", "shop", "cottage"]


def gray(c):
    return c ^ (c >> 1)


def e_gray(p, r):
    return " ".join(format(gray(ord(c)), "08b") for c in p)


def e_qwerty(p, r):
    out = []
    for c in p:
        pre = ""
        base = c
        if c.isupper():
            pre, base = "⇧", c.lower()
        elif c == "_":
            pre, base = "⇧", "-"
        for ri, row in enumerate(KB_ROWS):
            if base in row:
                out.append("%sR%dC%d" % (pre, ri + 1, row.index(base) + 1))
                break
        else:
            raise ValueError(c)
    return " ".join(out)


def e_bacon(p, r):
    return " ".join(format(ord(c), "07b").replace("0", "a").replace("1", "b") for c in p)


def e_aegean(p, r):
    out = []
    for c in p:
        n = ord(c)
        h, t, u = n // 100, (n // 10) % 10, n % 10
        s = ""
        if h:
            s += chr(0x10119 + h - 1)
        if t:
            s += chr(0x10110 + t - 1)
        if u:
            s += chr(0x10107 + u - 1)
        out.append(s)
    return " ".join(out)


def rod_digit(d, vertical):
    if d == 0:
        return "\u3007"
    return chr((0x1D360 if vertical else 0x1D369) + d - 1)


def e_rods(p, r):
    out = []
    for c in p:
        digits = [int(x) for x in str(ord(c))]
        n = len(digits)
        s = ""
        for i, d in enumerate(digits):
            place_from_right = n - 1 - i
            s += rod_digit(d, place_from_right % 2 == 0)
        out.append(s)
    return " ".join(out)


def e_factoradic(p, r):
    out = []
    for c in p:
        n = ord(c)
        digits = []
        k = 1
        while n:
            n, d = divmod(n, k)
            digits.append(d)
            k += 1
        out.append(":".join(str(d) for d in reversed(digits)))
    return " ".join(out)


def e_squares(p, r):
    return " ".join(str(ord(c) ** 2) for c in p)


def e_base9(p, r):
    out = []
    for c in p:
        n = ord(c)
        s = ""
        while n:
            n, d = divmod(n, 9)
            s = str(d) + s
        out.append(s)
    return " ".join(out)


def de_words(n):
    out = ""
    if n >= 100:
        out += "hundert"
        n -= 100
        if n == 0:
            return out
    if n < 20:
        w = DE_UNITS[n]
        if n == 1 and out:
            w = "eins"
        return out + w
    t, u = divmod(n, 10)
    if u == 0:
        return out + DE_TENS[t]
    uw = "ein" if u == 1 else DE_UNITS[u]
    return out + uw + "und" + DE_TENS[t]


def e_german(p, r):
    return " / ".join(de_words(ord(c)) for c in p)


def e_autokey(p, r):
    primer = "ROUND"
    stream = [ALPH62.index(ch) for ch in primer]
    out = []
    for c in p:
        if c in ALPH62:
            k = stream.pop(0)
            out.append(ALPH62[(ALPH62.index(c) + k) % 62])
            stream.append(ALPH62.index(c))
        else:
            out.append(c)
    return "".join(out)


def e_morse(p, r):
    out = []
    for c in p:
        if c.isupper():
            out.append("^" + MORSE[c.lower()])
        else:
            out.append(MORSE[c])
    return " ".join(out)


def e_regional(p, r):
    out = []
    for c in p:
        if c.isalpha():
            sym = chr(0x1F1E6 + ord(c.lower()) - 97)
            out.append(("^" if c.isupper() else "") + sym)
        elif c.isdigit():
            out.append(c + "\ufe0f\u20e3")
        else:
            out.append(c)
    return " ".join(out)


def e_parenthesized(p, r):
    out = []
    for c in p:
        if "a" <= c <= "z":
            out.append(chr(0x249C + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(chr(0x1F110 + ord(c) - 65))
        elif c == "0":
            out.append("\U0001F100")
        elif c.isdigit():
            out.append(chr(0x2488 + int(c) - 1))
        else:
            out.append(c)
    return "".join(out)


def e_psi(p, r):
    return "; ".join("%s @ %d psi" % (r.choice(NOZZLES), ord(c) * 20) for c in p)


def e_gutter(p, r):
    return ", ".join("run %d: %d.%d m" % (i + 1, ord(c) // 10, ord(c) % 10) for i, c in enumerate(p))


def e_tank(p, r):
    out = []
    t = r.randint(6 * 60, 7 * 60)
    for c in p:
        t += r.randint(3, 19)
        out.append("%02d:%02d %d L" % (t // 60 % 24, t % 60, ord(c) + 300))
    return " | ".join(out)


def e_panes(p, r):
    return "; ".join("%s no.%d: %d panes" % (r.choice(HOMES), r.randint(1, 199), ord(c)) for c in p)


def e_houses(p, r):
    return " → ".join("%s %d" % (r.choice(STREETS), ord(c)) for c in p)


def e_ipv6(p, r):
    b = p.encode("utf-8")
    addrs = []
    for i in range(0, len(b), 16):
        chunk = b[i:i + 16]
        chunk = chunk + b"\x00" * (16 - len(chunk))
        groups = ["%02x%02x" % (chunk[j], chunk[j + 1]) for j in range(0, 16, 2)]
        addrs.append(":".join(groups))
    return " ".join(addrs)


def e_ones(p, r):
    return " ".join(str(255 - ord(c)) for c in p)


def e_clock(p, r):
    return " ".join("%02d:%02d" % divmod(ord(c), 60) for c in p)


def primes_upto(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    return [i for i in range(n + 1) if sieve[i]]


PRIMES = primes_upto(800)


def e_nth_prime(p, r):
    return " ".join(str(PRIMES[ord(c) - 1]) for c in p)


# name -> (encoder, rule in words, family)
ENCODINGS = {
    "gray_code_binary_octets": (e_gray, "as Gray code: each character code c is turned into c XOR (c >> 1) and written as 8 binary digits, separated by spaces", "bit-level code (reflected binary)"),
    "qwerty_row_column_coordinates": (e_qwerty, "as positions on a UK QWERTY keyboard: R is the row counted from the number row (R1) down, C the key counted from the left, ⇧ means hold shift (so ⇧ on the minus key is the underscore), separated by spaces", "keyboard coordinates"),
    "baconian_ab_seven_bit": (e_bacon, "in Bacon's style: each character code as seven letters, a for 0 and b for 1, highest bit first, groups separated by spaces", "binary as letters (Baconian)"),
    "aegean_numerals": (e_aegean, "as character codes written with the Aegean numbers of Linear A / B times (hundreds, tens and units signs, U+10107 onwards), separated by spaces", "Unicode symbol block (Aegean numbers)"),
    "counting_rod_numerals": (e_rods, "as character codes in Chinese counting rods: units and hundreds upright, tens lying flat, 〇 for a zero, separated by spaces", "Unicode symbol block (counting rods)"),
    "factoradic_code_points": (e_factoradic, "as character codes in the factorial number system: digits joined by colons, the last digit counts 0!, the one before 1!, then 2! and so on, separated by spaces", "numeral system (factorial base)"),
    "squares_of_code_points": (e_squares, "as squares: each number is a character code multiplied by itself, separated by spaces", "arithmetic disguise (squares)"),
    "base_nine_code_points": (e_base9, "as character codes in base 9, separated by spaces", "numeral system (base 9)"),
    "german_number_words": (e_german, "as character codes spelled out in German number words, separated by slashes", "spelled form (number words)"),
    "autokey_vigenere_primer_round": (e_autokey, "with an autokey cipher over the alphabet A-Z a-z 0-9 (62 letters): the key starts with the primer ROUND and continues with the letters of the message itself, each letter is shifted forward by its key letter's position; - _ . are left as they are and use no key letter", "cipher (autokey)"),
    "morse_code_caret_capitals": (e_morse, "in Morse code, one letter group per character separated by spaces, a ^ in front of a capital letter; - _ . have their own Morse signs", "signalling code (Morse)"),
    "regional_indicator_letters_keycap_digits": (e_regional, "with regional-indicator letters (the flag letters), a ^ in front of a capital, digits as keycaps, - _ . unchanged, separated by spaces", "Unicode look-alike block (regional indicators)"),
    "parenthesized_letters_and_digit_stops": (e_parenthesized, "in parenthesized letters (⒜ for small a, 🄐 for capital A) and digit-full-stop signs (⒈ for 1, 🄀 for 0); - _ . unchanged", "Unicode look-alike block (parenthesized)"),
    "pressure_washer_psi_settings": (e_psi, "as pressure-washer settings, one per character: the nozzle is noise, the pressure in psi divided by 20 is the character code, separated by semicolons", "pressure-washing disguise (psi settings)"),
    "gutter_run_lengths_metres": (e_gutter, "as gutter runs, one per character: the length in metres times ten is the character code", "gutter disguise (run lengths)"),
    "van_tank_litre_readings": (e_tank, "as van tank readings, one per character: the time is noise, the litres minus 300 is the character code, separated by bars", "water-fed-pole disguise (tank readings)"),
    "quote_pane_counts": (e_panes, "as window-cleaning quote lines, one per character: the property type and number are noise, the number of panes is the character code", "window-cleaning disguise (pane counts)"),
    "round_house_numbers": (e_houses, "as the stops of a round, one per character: the street is noise, the house number is the character code, in order of the arrows", "round disguise (house numbers)"),
    "ipv6_address_groups": (e_ipv6, "as IPv6 addresses: the UTF-8 bytes sixteen at a time as eight groups of four hex digits, the last address padded with 00 bytes, separated by spaces", "network disguise (IPv6 addresses)"),
    "ones_complement_code_points": (e_ones, "as complements: each number is 255 minus the character code, separated by spaces", "arithmetic disguise (complement)"),
    "clock_times_minutes_past_midnight": (e_clock, "as clock times: each time, counted in minutes after midnight, is a character code, separated by spaces", "time disguise (minutes past midnight)"),
    "nth_prime_of_code_points": (e_nth_prime, "as primes: for a character code n the number written is the n-th prime (2 is the first), separated by spaces", "arithmetic disguise (n-th prime)"),
}


def encode(name, plain, r):
    return ENCODINGS[name][0](plain, r)
