"""Encoders for the 22 evasion notations of corpus 197 (the decoder is dec197, written separately)."""
import base64
import datetime

ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As "
            "Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd "
            "Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am "
            "Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og").split()
assert len(ELEMENTS) == 118

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
    "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
    "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
    "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", "-": "-....-",
    "_": "..--.-",
}

SW_SMALL = ["", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
            "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"]
SW_TENS = {2: "tjugo", 3: "trettio", 4: "fyrtio", 5: "femtio", 6: "sextio", 7: "sjuttio", 8: "åttio", 9: "nittio"}

GREEK = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a",
         "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
         "Y": "\u03a5", "Z": "\u0396", "i": "\u03b9", "k": "\u03ba", "o": "\u03bf", "u": "\u03c5",
         "v": "\u03bd"}

FLIP = dict(zip(
    "abcdefghijklmnopqrstuvwxyz"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "0123456789._-",
    ["\u0250", "q", "\u0254", "p", "\u01dd", "\u025f", "\u0183", "\u0265", "\u1d09", "\u027e", "\u029e",
     "l", "\u026f", "u", "o", "d", "b", "\u0279", "s", "\u0287", "n", "\u028c", "\u028d", "x", "\u028e", "z",
     "\u2200", "\u15fa", "\u0186", "\u15e1", "\u018e", "\u2132", "\u2141", "H", "I", "\u017f", "\ua4d8",
     "\u02e5", "W", "N", "O", "\u0500", "\u038c", "\u1d1a", "S", "\u22a5", "\u2229", "\u039b", "M", "X",
     "\u2144", "Z",
     "0", "\u0196", "\u1105", "\u0190", "\u3123", "\u03db", "9", "\u3125", "8", "6", "\u02d9", "\u203e",
     "-"]))
assert len(set(FLIP.values())) == len(FLIP)

NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]


def primes(n):
    out, k = [], 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


PRIMES = primes(200)


def codes(s):
    return [ord(c) for c in s]


def to_base(n, b, digits="0123456789"):
    out = ""
    while n:
        out = digits[n % b] + out
        n //= b
    return out or "0"


def ethiopic(n):
    out = ""
    if n >= 100:
        out += "\u137b"
        n -= 100
    if n >= 10:
        out += chr(0x1372 + n // 10 - 1)
    if n % 10:
        out += chr(0x1369 + n % 10 - 1)
    return out


def swedish(n):
    out = ""
    if n >= 100:
        out = "hundra"
        n -= 100
    if n < 20:
        return out + SW_SMALL[n]
    return out + SW_TENS[n // 10] + SW_SMALL[n % 10]


def column(n):
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def e_morse(s, r):
    return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in s)


def e_combining(s, r):
    marks = [cp for cp in range(0x300, 0x370) if cp != 0x34F]
    return "".join(c + chr(r.choice(marks)) for c in s)


def e_ipv6(s, r):
    b = s.encode()
    b += b"\x00" * (-len(b) % 16)
    addrs = []
    for i in range(0, len(b), 16):
        chunk = b[i:i + 16]
        addrs.append(":".join("%02x%02x" % (chunk[j], chunk[j + 1]) for j in range(0, 16, 2)))
    return " ".join(addrs)


def e_odometer(s, r):
    cur = r.randint(41000, 98000)
    out = [cur]
    for c in codes(s):
        cur += c
        out.append(cur)
    return ", ".join(str(x) for x in out)


def e_doy(s, r):
    base = datetime.date(2027, 1, 1)
    return ", ".join((base + datetime.timedelta(days=c - 1)).isoformat() for c in codes(s))


ENCODINGS = {
    "nonary_code_points": (
        "numeral system (base 9)",
        "as character codes in base 9 (digits 0-8), one per character, separated by spaces",
        lambda s, r: " ".join(to_base(c, 9) for c in codes(s))),
    "tibetan_digit_code_points": (
        "numeral system (Tibetan digits)",
        "as decimal character codes written with Tibetan digits (\u0f20 = 0 \u2026 \u0f29 = 9), separated by spaces",
        lambda s, r: " ".join("".join(chr(0x0F20 + int(d)) for d in str(c)) for c in codes(s))),
    "ethiopic_numeral_code_points": (
        "numeral system (Ge'ez numerals)",
        "as character codes in Ethiopic numerals (\u1369 = 1 \u2026 \u1371 = 9, \u1372 = 10 \u2026 \u137a = 90, \u137b = 100; the signs are added up), separated by spaces",
        lambda s, r: " ".join(ethiopic(c) for c in codes(s))),
    "morse_code_caret_capitals": (
        "spelled form (Morse code)",
        "in International Morse code, one group per character, a ^ in front of a capital, . - _ as the Morse signs .-.-.- -....- ..--.-, separated by spaces",
        e_morse),
    "periodic_table_element_symbols": (
        "symbol substitution (chemical elements)",
        "as chemical element symbols, one per character: the atomic number of the element plus ten is the character code, separated by spaces",
        lambda s, r: " ".join(ELEMENTS[c - 11] for c in codes(s))),
    "gray_code_seven_bit_code_points": (
        "byte notation (reflected Gray code)",
        "as character codes in seven-bit reflected binary Gray code, separated by spaces",
        lambda s, r: " ".join(format(c ^ (c >> 1), "07b") for c in codes(s))),
    "bit_reversed_utf8_bytes_hex": (
        "byte notation (bit reversal)",
        "with the eight bits of every UTF-8 byte put in reverse order and written as two lower-case hex digits, separated by hyphens",
        lambda s, r: "-".join("%02x" % int(format(b, "08b")[::-1], 2) for b in s.encode())),
    "nth_prime_code_points": (
        "arithmetic disguise (prime positions)",
        "as prime numbers, one per character: the position of the prime in the list 2, 3, 5, 7, 11 \u2026 (2 is number 1) is the character code, separated by spaces",
        lambda s, r: " ".join(str(PRIMES[c - 1]) for c in codes(s))),
    "squared_code_points": (
        "arithmetic disguise (squares)",
        "as the squares of the character codes, separated by spaces",
        lambda s, r: " ".join(str(c * c) for c in codes(s))),
    "swedish_number_words": (
        "spelled form (number words)",
        "as character codes spelled out in Swedish number words (hundra = 100), separated by commas",
        lambda s, r: ", ".join(swedish(c) for c in codes(s))),
    "greek_homoglyph_substitution": (
        "Unicode look-alike letters (Greek)",
        "with every Latin letter that has a Greek twin (A B E H I K M N O P T X Y Z and i k o u v) swapped for that Greek letter; everything else unchanged",
        lambda s, r: "".join(GREEK.get(c, c) for c in s)),
    "combining_mark_interleave": (
        "Unicode trick (combining marks)",
        "with one combining diacritical mark (U+0300 to U+036F) stuck after every character; strip the marks to read it",
        e_combining),
    "upside_down_flipped_text": (
        "Unicode look-alike letters (upside-down)",
        "turned upside down: every character swapped for its upside-down look-alike and the whole thing read from the other end",
        lambda s, r: "".join(FLIP[c] for c in reversed(s))),
    "utf16le_base64": (
        "byte notation (UTF-16LE Base64)",
        "as standard Base64 of its UTF-16LE bytes (the way PowerShell -EncodedCommand carries text)",
        lambda s, r: base64.b64encode(s.encode("utf-16-le")).decode()),
    "ipv6_address_hextets": (
        "network disguise (IPv6 addresses)",
        "as IPv6 addresses: the UTF-8 bytes sixteen at a time as eight groups of four lower-case hex digits, the last address padded with 00 bytes, separated by spaces",
        e_ipv6),
    "spreadsheet_column_letters": (
        "numeral system (bijective base 26)",
        "as spreadsheet column labels (A = 1 \u2026 Z = 26, AA = 27 \u2026): the column number is the character code, separated by spaces",
        lambda s, r: " ".join(column(c) for c in codes(s))),
    "midi_note_names": (
        "music disguise (MIDI notes)",
        "as MIDI note names (middle C is C4 = note 60, sharps written #): the note number is the character code, separated by spaces",
        lambda s, r: " ".join("%s%d" % (NOTES[c % 12], c // 12 - 1) for c in codes(s))),
    "showground_odometer_readings": (
        "touring disguise (odometer readings)",
        "as the lorry's odometer readings from showground to showground: the miles between one reading and the next are the character codes (the first reading is only where the trip started)",
        e_odometer),
    "fair_circuit_day_of_year_dates": (
        "touring disguise (fair dates)",
        "as opening dates on the 2027 fair circuit, one per character: the day of the year of the date is the character code, separated by commas",
        e_doy),
    "genset_load_tenths_kilowatt": (
        "power disguise (generator load)",
        "as generator load readings, one per character: the load in kW times ten is the character code (the generator number is noise)",
        lambda s, r: " | ".join("G%d:%d.%dkW" % (r.randint(1, 9), c // 10, c % 10) for c in codes(s))),
    "pitch_frontage_feet_inches": (
        "pitch disguise (frontage in feet and inches)",
        "as pitch frontages, one per character: feet times twelve plus inches is the character code, separated by commas",
        lambda s, r: ", ".join("%d'%d\"" % (c // 12, c % 12) for c in codes(s))),
    "wristband_token_balances": (
        "wristband disguise (token balances)",
        "as wristband token balances, one per character: the balance minus 30 is the character code (the wristband number is noise)",
        lambda s, r: "; ".join("WB%04d=%d" % (r.randint(1000, 9999), c + 30) for c in codes(s))),
}
