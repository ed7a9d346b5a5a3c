"""Encoders for the evasion records (the decoder lives in dec179.py and shares nothing)."""
import base64
import datetime

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"


def atbash(p, r):
    out = []
    for c in p:
        if c in LOW:
            out.append(LOW[25 - LOW.index(c)])
        elif c in UP:
            out.append(UP[25 - UP.index(c)])
        elif c in DIG:
            out.append(DIG[9 - DIG.index(c)])
        else:
            out.append(c)
    return "".join(out)


def rail_fence(p, r):
    rails = [[], [], []]
    row, step = 0, 1
    for c in p:
        rails[row].append(c)
        if row == 0:
            step = 1
        elif row == 2:
            step = -1
        row += step
    return " ".join("".join(x) for x in rails)


def affine(p, r):
    out = []
    for c in p:
        if c in LOW:
            out.append(LOW[(5 * LOW.index(c) + 8) % 26])
        elif c in UP:
            out.append(UP[(5 * UP.index(c) + 8) % 26])
        elif c in DIG:
            out.append(DIG[(3 * DIG.index(c) + 7) % 10])
        else:
            out.append(c)
    return "".join(out)


def u_escape(p, r):
    return "".join("\\u%04x" % ord(c) for c in p)


def rev_b64url(p, r):
    return base64.urlsafe_b64encode(p[::-1].encode()).decode().rstrip("=")


def binary_octets(p, r):
    return " ".join(format(b, "08b") for b in p.encode())


def u_plus(p, r):
    return " ".join("U+%04X" % ord(c) for c in p)


def octal_cp(p, r):
    return " ".join(format(ord(c), "o") for c in p)


NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
        "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
NATO_DIG = ["Zero", "One", "Two", "Tree", "Fower", "Fife", "Six", "Seven", "Eight", "Niner"]
NATO_SYM = {"-": "Dash", "_": "Underscore", ".": "Stop"}


def nato(p, r):
    out = []
    for c in p:
        if c in LOW:
            out.append(NATO[LOW.index(c)])
        elif c in UP:
            out.append(NATO[UP.index(c)].upper())
        elif c in DIG:
            out.append(NATO_DIG[int(c)])
        else:
            out.append(NATO_SYM[c])
    return " ".join(out)


def braille(p, r):
    return "".join(chr(0x2800 + b) for b in p.encode())


def reverse(p, r):
    return p[::-1]


def circled(p, r):
    out = []
    for c in p:
        if c in LOW:
            out.append(chr(0x24D0 + LOW.index(c)))
        elif c in UP:
            out.append(chr(0x24B6 + UP.index(c)))
        elif c == "0":
            out.append(chr(0x24EA))
        elif c in DIG:
            out.append(chr(0x2460 + int(c) - 1))
        else:
            out.append(c)
    return "".join(out)


def monospace(p, r):
    out = []
    for c in p:
        if c in UP:
            out.append(chr(0x1D670 + UP.index(c)))
        elif c in LOW:
            out.append(chr(0x1D68A + LOW.index(c)))
        elif c in DIG:
            out.append(chr(0x1D7F6 + int(c)))
        else:
            out.append(c)
    return "".join(out)


QROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]


def qwerty_right(p, r):
    out = []
    for c in p:
        lc = c.lower()
        hit = None
        for row in QROWS:
            if lc in row:
                hit = row[(row.index(lc) + 1) % len(row)]
        if hit is None:
            out.append(c)
        else:
            out.append(hit.upper() if c.isupper() else hit)
    return "".join(out)


KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
TAP_SYM = {".": "1", "-": "11", "_": "111"}


def multitap(p, r):
    out = []
    for c in p:
        lc = c.lower()
        if lc in LOW:
            for k, letters in KEYPAD.items():
                if lc in letters:
                    g = k * (letters.index(lc) + 1)
            out.append(("#" + g) if c in UP else g)
        elif c in DIG:
            out.append("*" + c)
        else:
            out.append(TAP_SYM[c])
    return " ".join(out)


def bacon7(p, r):
    return " ".join(format(ord(c), "07b").replace("0", "a").replace("1", "b") for c in p)


CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def crockford(p, r):
    bits = "".join(format(b, "08b") for b in p.encode())
    bits += "0" * (-len(bits) % 5)
    return "".join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def uuencode_line(p, r):
    data = p.encode()
    assert len(data) <= 45
    out = chr(32 + len(data))
    padded = data + b"\0" * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        n = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        for sh in (18, 12, 6, 0):
            v = (n >> sh) & 63
            out += "`" if v == 0 else chr(32 + v)
    return out


def table_seat(p, r):
    return ", ".join("Table %d Seat %d" % (ord(c) // 10, ord(c) % 10 + 1) for c in p)


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def event_dates(p, r):
    out = []
    for c in p:
        d = datetime.date(2026, 1, 1) + datetime.timedelta(days=ord(c) - 1)
        out.append("%s %d %s" % (WD[d.weekday()], d.day, MO[d.month - 1]))
    return "; ".join(out)


def deposits(p, r):
    return ", ".join("$%d.%02d" % (400 + ord(c), r.randint(0, 99)) for c in p)


def ribbon_hex(p, r):
    return " ".join("#%02X%02X%02X" % (r.randint(0, 255), ord(c), r.randint(0, 255)) for c in p)


# name -> (family, rule in words, encoder)
ENCODINGS = {
    "atbash_mirrored_alphabet": ("cipher", "with Atbash: every letter mirrored in its alphabet (a↔z, b↔y, A↔Z …) and every digit mirrored (0↔9, 1↔8 …); - _ . unchanged", atbash),
    "rail_fence_three_rails": ("cipher (transposition)", "with a three-rail fence: the characters written in a zigzag over three rails, then each rail read left to right; the three rails are separated by single spaces", rail_fence),
    "affine_cipher_five_eight": ("cipher", "with an affine cipher: each letter x (a=0 … z=25, case kept) becomes 5x+8 mod 26 and each digit d becomes 3d+7 mod 10; - _ . unchanged", affine),
    "backslash_u_unicode_escapes": ("developer notation", "as \\uXXXX escapes, one per character, four lower-case hex digits of the code point, back to back", u_escape),
    "reversed_then_base64url": ("positional trick + byte notation", "reversed first, then written as unpadded base64url (RFC 4648 §5) of its UTF-8 bytes", rev_b64url),
    "binary_octets_spaced": ("numeral system", "as the UTF-8 bytes in binary, eight digits each, separated by spaces", binary_octets),
    "u_plus_code_point_notation": ("Unicode notation", "in U+ notation, one code point per character (four upper-case hex digits), separated by spaces", u_plus),
    "octal_code_points_spaced": ("numeral system", "as the code point of each character in octal, separated by spaces", octal_cp),
    "nato_phonetic_spelling": ("spelled form", "spelled in the NATO / ICAO phonetic alphabet, one word per character separated by spaces: a lower-case letter as its word in lower case, a capital as its word in CAPITALS, digits as Zero One Two Tree Fower Fife Six Seven Eight Niner, and Dash, Underscore, Stop for - _ .", nato),
    "braille_pattern_per_byte": ("Unicode look-alike block", "in Braille patterns: every UTF-8 byte b written as the character U+2800 + b", braille),
    "reversed_character_order": ("positional trick", "written backwards, last character first", reverse),
    "circled_alphanumerics": ("Unicode look-alike block", "in circled letters and digits (ⓐ U+24D0 for a, Ⓐ U+24B6 for A, ① U+2460 for 1, ⓪ U+24EA for 0); - _ . unchanged", circled),
    "mathematical_monospace_forms": ("Unicode look-alike block", "in mathematical monospace letters and digits (U+1D670 for A, U+1D68A for a, U+1D7F6 for 0); - _ . unchanged", monospace),
    "qwerty_right_neighbour_shift": ("keyboard trick", "typed one key to the right on a US QWERTY keyboard, wrapping within each row (1234567890, qwertyuiop, asdfghjkl, zxcvbnm), capitals kept; - _ . unchanged", qwerty_right),
    "phone_keypad_multitap": ("spelled form", "as phone-keypad multi-tap presses, one group per character separated by spaces (2 = a, 22 = b, 222 = c … 9999 = z); # in front marks a capital, * in front of a digit means the digit itself, and 1 / 11 / 111 stand for . / - / _", multitap),
    "baconian_seven_bit_ab_groups": ("cipher (binary)", "in seven-letter Baconian groups, one per character separated by spaces: the 7-bit ASCII code with a for 0 and b for 1, most significant first", bacon7),
    "crockford_base32_bytes": ("byte notation", "in Crockford Base32 (alphabet 0123456789ABCDEFGHJKMNPQRSTVWXYZ) of the UTF-8 bytes read as one bit string, five bits per character, zero bits added at the end", crockford),
    "uuencoded_single_line": ("byte notation", "as one uuencoded line: a length character (32 + number of bytes), then every three UTF-8 bytes as four characters 32 + six bits, with ` for zero", uuencode_line),
    "guest_table_seat_assignments": ("event-world disguise", "as a seating list, one table / seat per character separated by ', ': ten times the table number plus the seat number minus one is the code point", table_seat),
    "wedding_dates_day_of_year_2026": ("event-world disguise", "as wedding dates in 2026, one per character separated by '; ': the day of the year of the date (1 January = 1) is the code point", event_dates),
    "deposit_instalment_dollar_amounts": ("event-world disguise", "as deposit instalments in dollars separated by ', ', one per character: the whole-dollar amount minus 400 is the code point (the cents are noise)", deposits),
    "ribbon_colour_hex_green_channel": ("florist-world disguise", "as ribbon colour codes #RRGGBB separated by spaces, one per character: the green channel GG (hex) is the code point, red and blue are noise", ribbon_hex),
}


def encode(name, plain, r):
    return ENCODINGS[name][2](plain, r)
