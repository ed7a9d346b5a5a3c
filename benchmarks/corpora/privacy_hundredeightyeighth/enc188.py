"""Encoders for the p188 evasions. Each takes (plain, rng) and returns the encoded run."""
import base64
import string

LOW, UP, DIG = string.ascii_lowercase, string.ascii_uppercase, string.digits


def atbash(p, r):
    out = []
    for ch in p:
        if ch in LOW:
            out.append(LOW[25 - LOW.index(ch)])
        elif ch in UP:
            out.append(UP[25 - UP.index(ch)])
        elif ch in DIG:
            out.append(str(9 - int(ch)))
        else:
            out.append(ch)
    return "".join(out)


def rot13_rot5(p, r):
    out = []
    for ch in p:
        if ch in LOW:
            out.append(LOW[(LOW.index(ch) + 13) % 26])
        elif ch in UP:
            out.append(UP[(UP.index(ch) + 13) % 26])
        elif ch in DIG:
            out.append(str((int(ch) + 5) % 10))
        else:
            out.append(ch)
    return "".join(out)


def trithemius(p, r):
    out = []
    for i, ch in enumerate(p):
        if ch in LOW:
            out.append(LOW[(LOW.index(ch) + i) % 26])
        elif ch in UP:
            out.append(UP[(UP.index(ch) + i) % 26])
        elif ch in DIG:
            out.append(str((int(ch) + i) % 10))
        else:
            out.append(ch)
    return "".join(out)


POLY = LOW + DIG


def polybius(p, r):
    groups = []
    for ch in p:
        if ch in "-_.":
            groups.append(ch)
            continue
        k = POLY.index(ch.lower())
        g = "%d%d" % (k // 6 + 1, k % 6 + 1)
        groups.append(("^" + g) if ch in UP else g)
    return " ".join(groups)


_QW = "qwertyuiop[]asdfghjkl;'zxcvbnm,./-="
_DV = "',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz[]"
_QW_S = 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?_+'
_DV_S = '"<>PYFGCRL?+AOEUIDHTNS_:QJKXBMWVZ{}'
DVORAK_KEY_FOR = {}
for q, d in zip(_QW + _QW_S, _DV + _DV_S):
    DVORAK_KEY_FOR[d] = q


def dvorak(p, r):
    return "".join(DVORAK_KEY_FOR.get(ch, ch) for ch in p)


NOISE = LOW + UP + DIG


def every_third(p, r):
    return "".join(r.choice(NOISE) + r.choice(NOISE) + ch for ch in p)


def raffle_tickets(p, r):
    return ", ".join("No. %04d" % (ord(ch) * 7 + r.randrange(7)) for ch in p)


B62A = DIG + UP + LOW


def base62(p, r):
    n = int.from_bytes(p.encode("utf-8"), "big")
    out = ""
    while n:
        n, k = divmod(n, 62)
        out = B62A[k] + out
    return out


def b64_utf16le(p, r):
    return base64.b64encode(p.encode("utf-16-le")).decode("ascii")


def percent_all(p, r):
    return "".join("%%%02X" % b for b in p.encode("utf-8"))


def unicode_escape(p, r):
    return "".join("\\u%04x" % ord(ch) for ch in p)


CP037 = {}
for i, ch in enumerate("abcdefghi"):
    CP037[ch] = 0x81 + i
for i, ch in enumerate("jklmnopqr"):
    CP037[ch] = 0x91 + i
for i, ch in enumerate("stuvwxyz"):
    CP037[ch] = 0xA2 + i
for i, ch in enumerate("ABCDEFGHI"):
    CP037[ch] = 0xC1 + i
for i, ch in enumerate("JKLMNOPQR"):
    CP037[ch] = 0xD1 + i
for i, ch in enumerate("STUVWXYZ"):
    CP037[ch] = 0xE2 + i
for i, ch in enumerate(DIG):
    CP037[ch] = 0xF0 + i
CP037.update({"-": 0x60, "_": 0x6D, ".": 0x4B})


def ebcdic(p, r):
    return " ".join("%02X" % CP037[ch] for ch in p)


def dna(p, r):
    out = []
    for b in p.encode("utf-8"):
        for shift in (6, 4, 2, 0):
            out.append("ACGT"[(b >> shift) & 3])
    return "".join(out)


def excess3(p, r):
    return " ".join("".join(format(int(d) + 3, "04b") for d in str(ord(ch))) for ch in p)


def devanagari(p, r):
    return " ".join("".join(chr(0x0966 + int(d)) for d in str(ord(ch))) for ch in p)


def mayan(p, r):
    words = []
    for ch in p:
        n = ord(ch)
        digs = []
        while True:
            n, k = divmod(n, 20)
            digs.insert(0, chr(0x1D2E0 + k))
            if n == 0:
                break
        words.append("".join(digs))
    return " ".join(words)


def counting_rods(p, r):
    words = []
    for ch in p:
        ds = str(ord(ch))
        out = []
        for pos, d in enumerate(ds):
            place = len(ds) - 1 - pos  # 0 units, 1 tens, 2 hundreds
            d = int(d)
            if d == 0:
                out.append("\u3007")
            elif place % 2 == 0:
                out.append(chr(0x1D360 + d - 1))
            else:
                out.append(chr(0x1D369 + d - 1))
        words.append("".join(out))
    return " ".join(words)


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n % 100
    return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + _words(rest))


def number_words(p, r):
    return " / ".join(_words(ord(ch)) for ch in p)


FRAKTUR_EXC = {"C": 0x212D, "H": 0x210C, "I": 0x2111, "R": 0x211C, "Z": 0x2128}


def fraktur(p, r):
    out = []
    for ch in p:
        if ch in UP:
            out.append(chr(FRAKTUR_EXC.get(ch, 0x1D504 + UP.index(ch))))
        elif ch in LOW:
            out.append(chr(0x1D51E + LOW.index(ch)))
        else:
            out.append(ch)
    return "".join(out)


def ninety_ball(p, r):
    return " \u00b7 ".join(str(ord(ch) - 32) for ch in p)


PULLTAB = ["\U0001F352", "\U0001F514", "\U0001F34B", "\u2B50", "\U0001F48E"]


def pulltab(p, r):
    ws = []
    for ch in p:
        n = ord(ch)
        ws.append(PULLTAB[n // 25] + PULLTAB[(n // 5) % 5] + PULLTAB[n % 5])
    return " | ".join(ws)


def float_pence(p, r):
    return " + ".join("\u00a3%d.%02d" % divmod(ord(ch), 100) for ch in p)


# name -> (encoder, family, rule in words)
ENCODINGS = {
    "atbash_letters_nines_digits": (atbash, "cipher (substitution)", "with Atbash: every letter swapped for its mirror in the alphabet (a-z, A-Z, keeping case), every digit d replaced by 9 - d; - _ . unchanged"),
    "rot13_letters_rot5_digits": (rot13_rot5, "cipher (rotation)", "with ROT13 on the letters and ROT5 on the digits (letters move 13 places, digits 5 places, both wrapping); - _ . unchanged"),
    "trithemius_progressive_shift": (trithemius, "cipher (progressive)", "with a Trithemius progressive shift: the character at position i (counting from 0, every character counts) moves forward i places, letters within their case mod 26, digits mod 10; - _ . unchanged"),
    "polybius_six_by_six_square": (polybius, "cipher (grid)", "in a 6 x 6 Polybius square filled a-z then 0-9 row by row: each letter or digit is its row and column (11 = a, 16 = f, 66 = 9), ^ in front for a capital letter; - _ . stand as themselves; groups separated by spaces"),
    "dvorak_typed_on_qwerty_keys": (dvorak, "keyboard trick", "as the QWERTY key labels you would press to type it on a Dvorak layout (so e is typed on d, - on ', . on e); read each key as the Dvorak character at that position"),
    "every_third_character_real": (every_third, "positional trick (padding)", "hidden in noise: only every third character is real, starting with the third; the two before each real one are filler"),
    "raffle_ticket_book_numbers": (raffle_tickets, "raffle disguise (ticket books)", "as raffle ticket numbers, one per character separated by commas: each book holds seven tickets, so the ticket number divided by 7 and rounded down is the character code (the position in the book is noise)"),
    "base62_big_integer": (base62, "byte notation", "in Base62 (digits, then A-Z, then a-z) of its UTF-8 bytes read as one big-endian number"),
    "base64_of_utf16le_bytes": (b64_utf16le, "byte notation (UTF-16)", "in standard Base64 of its UTF-16 little-endian bytes (so every second byte is zero)"),
    "percent_encoding_every_byte": (percent_all, "web notation", "percent-encoded byte by byte: every UTF-8 byte written as % and two upper-case hex digits, even the ones that need no escaping"),
    "unicode_escape_backslash_u": (unicode_escape, "developer notation", "as JSON / JavaScript Unicode escapes: \\u and four lower-case hex digits per character"),
    "ebcdic_cp037_hex_bytes": (ebcdic, "byte notation (mainframe code page)", "as EBCDIC code page 037 bytes in upper-case hex separated by spaces (a = 81, A = C1, 0 = F0, - = 60, _ = 6D, . = 4B)"),
    "dna_nucleotide_bytes": (dna, "byte notation (quaternary)", "as a DNA strand: every UTF-8 byte as four bases, two bits each, most significant first (A = 00, C = 01, G = 10, T = 11)"),
    "excess_three_code_points": (excess3, "numeral code (excess-3)", "as character codes in excess-3 code: each decimal digit of the code written as four bits of the digit plus three, one group per character separated by spaces"),
    "devanagari_digit_code_points": (devanagari, "numeral system (Devanagari digits)", "as decimal character codes written in Devanagari digits (० १ २ ३ ४ ५ ६ ७ ८ ९), separated by spaces"),
    "mayan_numerals_vigesimal": (mayan, "numeral system (vigesimal)", "as character codes in base 20 written with the Unicode Mayan numerals (U+1D2E0 = 0 … U+1D2F3 = 19), most significant first, separated by spaces"),
    "counting_rod_numerals": (counting_rods, "numeral system (counting rods)", "as decimal character codes in Unicode counting-rod numerals: units and hundreds in the vertical unit forms, tens in the horizontal tens forms, 〇 for a zero digit; separated by spaces"),
    "english_number_words_code_points": (number_words, "spelled form (number words)", "as decimal character codes spelled out in English words, separated by ' / '"),
    "mathematical_fraktur_letters": (fraktur, "Unicode look-alike block (Fraktur)", "in mathematical Fraktur letters (the five letters C H I R Z take their older letter-like forms ℭ ℌ ℑ ℜ ℨ); digits and - _ . unchanged"),
    "ninety_ball_call_numbers": (ninety_ball, "bingo disguise (90-ball calls)", "as a list of 90-ball bingo calls separated by middle dots: add 32 to each ball number to get the character code"),
    "pull_tab_window_symbols_base5": (pulltab, "bingo disguise (pull-tab windows)", "as pull-tab windows of three symbols, one window per character separated by |: the symbols are base-5 digits (🍒 0, 🔔 1, 🍋 2, ⭐ 3, 💎 4), most significant first, and the window value is the character code"),
    "cash_float_amounts_in_pence": (float_pence, "cash-cage disguise (float sheet)", "as a float count, one amount per character joined by +: the amount in pence is the character code (£1.09 is 109)"),
}
