"""Encoders for the 22 evasion notations (hand-written; rng only adds noise the decoder ignores)."""

POLY = "abcdefghijklmnopqrstuvwxyz0123456789"
XKEY = b"TAILOR"
B91 = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
       "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
PT_UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
PT_TEENS = ["dez", "onze", "doze", "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove"]
PT_TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]


def _poly(p, rng):
    out = []
    for ch in p:
        if ch in "-_.":
            out.append(ch)
            continue
        i = POLY.index(ch.lower())
        out.append(("^" if ch.isupper() else "") + "%d%d" % (i // 6 + 1, i % 6 + 1))
    return " ".join(out)


def _xor(p, rng):
    b = p.encode()
    return "".join("%02x" % (c ^ XKEY[i % len(XKEY)]) for i, c in enumerate(b))


def _uplus(p, rng): return " ".join("U+%04X" % ord(c) for c in p)
def _css(p, rng): return "".join("\\%06x" % ord(c) for c in p)
def _pct(p, rng): return "".join("%%%02X" % c for c in p.encode())


def _b91(p, rng):
    b, n, out = 0, 0, []
    for byte in p.encode():
        b |= byte << n
        n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13
                n -= 13
            else:
                v = b & 16383
                b >>= 14
                n -= 14
            out.append(B91[v % 91] + B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90:
            out.append(B91[b // 91])
    return "".join(out)


def _sexa(p, rng): return " ".join("%d;%02d" % divmod(ord(c), 60) for c in p)
def _resid(p, rng): return " ".join("%d.%d.%d" % (ord(c) % 5, ord(c) % 7, ord(c) % 11) for c in p)
def _tri(p, rng): return " ".join(str(ord(c) * (ord(c) + 1) // 2) for c in p)
def _mayan(p, rng): return " ".join(chr(0x1D2E0 + ord(c) // 20) + chr(0x1D2E0 + ord(c) % 20) for c in p)


def _bolditalic(p, rng):
    out = []
    for ch in p:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D468 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D482 + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7CE + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def _pt_number(n):
    if n == 100:
        return "cem"
    words = []
    if n > 100:
        words.append("cento")
        n -= 100
    if n >= 20:
        words.append(PT_TENS[n // 10])
        if n % 10:
            words.append(PT_UNITS[n % 10])
    elif n >= 10:
        words.append(PT_TEENS[n - 10])
    elif n:
        words.append(PT_UNITS[n])
    return " e ".join(words)


def _pt(p, rng): return " / ".join(_pt_number(ord(c)) for c in p)


def _dna(p, rng):
    return "".join("ACGT"[(b >> s) & 3] for b in p.encode() for s in (6, 4, 2, 0))


def _boustro(p, rng):
    rows = [p[i:i + 4] for i in range(0, len(p), 4)]
    return "/".join(r[::-1] if k % 2 else r for k, r in enumerate(rows))


def _halves(p, rng):
    h = len(p) // 2
    return p[h:] + "|" + p[:h]


def _mac(p, rng):
    b = list(p.encode())
    b += [0] * (-len(b) % 6)
    return " ".join(":".join("%02x" % x for x in b[i:i + 6]) for i in range(0, len(b), 6))


def _swatch(p, rng):
    b = list(p.encode())
    b += [0] * (-len(b) % 3)
    return ", ".join("#%02x%02x%02x" % tuple(b[i:i + 3]) for i in range(0, len(b), 3))


def _bitting(p, rng):
    return " · ".join("".join(str(int(d) + 1) for d in "%03o" % ord(c)) for c in p)


def _locker(p, rng): return ", ".join("%s-%d" % (chr(65 + ord(c) // 10), ord(c) % 10) for c in p)
def _thread(p, rng): return " ".join("%d%s" % (ord(c) + 300, rng.choice("MGS")) for c in p)


def _halfcm(p, rng):
    return " | ".join(("%d" % (ord(c) // 2)) + (".5" if ord(c) % 2 else ".0") + "cm" for c in p)


def _sku(p, rng):
    return " ".join("%s-%03d-%s" % (rng.choice(["HT", "SL", "TP", "RB"]), ord(c), rng.choice("ABCDEF")) for c in p)


# name -> (family, rule in words, encoder)
ENCODINGS = {
    "polybius_six_by_six_coordinates": ("cipher (grid coordinates)", "on a 6x6 Polybius square (rows and columns 1-6, filled row by row with a-z and then 0-9), each character as its row digit then column digit, ^ in front of a capital, - _ . written as themselves, separated by spaces", _poly),
    "xor_key_tailor_hex": ("cipher (repeating-key XOR)", "XORed byte by byte with the repeating key TAILOR (ASCII) and written as lower-case hex with no separators", _xor),
    "unicode_u_plus_code_points": ("developer notation (code points)", "as Unicode code points in U+ notation (four hex digits each), separated by spaces", _uplus),
    "css_backslash_hex_escapes": ("developer notation (CSS escapes)", "as CSS escapes: a backslash and six hex digits per character, run together", _css),
    "percent_encoded_every_byte": ("developer notation (URL encoding)", "percent-encoded, every single byte written as % and two upper-case hex digits, even letters and digits", _pct),
    "base91_henke": ("byte notation (basE91)", "in basE91 (Joachim Henke's alphabet A-Z a-z 0-9 and !#$%&()*+,./:;<=>?@[]^_`{|}~\" - 13 or 14 bits per pair of characters)", _b91),
    "sexagesimal_code_points": ("numeral system (base 60)", "as character codes in base 60: each code as sixties;units (97 is 1;37), separated by spaces", _sexa),
    "residues_mod_five_seven_eleven": ("arithmetic disguise (remainders)", "as remainders: each character code divided by 5, 7 and 11, the three remainders joined with dots (use the Chinese remainder theorem to get the code back), separated by spaces", _resid),
    "triangular_numbers_of_code_points": ("arithmetic disguise (triangular numbers)", "as triangular numbers: each number is n(n+1)/2 where n is the character code, separated by spaces", _tri),
    "mayan_numeral_vigesimal_digits": ("Unicode symbol block (Mayan numerals)", "as character codes in base 20 written with the Unicode Mayan numeral signs (U+1D2E0 is zero), two signs per character, separated by spaces", _mayan),
    "mathematical_bold_italic_letters_bold_digits": ("Unicode look-alike block (bold italic)", "in mathematical bold italic letters with mathematical bold digits; - _ . unchanged", _bolditalic),
    "portuguese_number_words": ("spelled form (number words)", "as character codes spelled out in European Portuguese number words, separated by slashes", _pt),
    "dna_nucleotide_bases": ("byte notation (two bits per base)", "as a DNA strand: every UTF-8 byte as four bases, two bits each, A=00 C=01 G=10 T=11, highest bits first, no separators", _dna),
    "boustrophedon_rows_of_four": ("positional trick (boustrophedon)", "written as the ox ploughs: rows of four characters separated by slashes, every second row written right to left", _boustro),
    "halves_swapped_at_bar": ("positional trick (swapped halves)", "with its halves swapped: the part after the bar comes first when you read it back (the first half is the shorter one when the length is odd)", _halves),
    "mac_address_byte_groups": ("network disguise (MAC addresses)", "as MAC addresses: the UTF-8 bytes six at a time in hex joined by colons, the last one padded with 00 bytes, separated by spaces", _mac),
    "fabric_swatch_hex_colours": ("tailoring disguise (fabric swatch colours)", "as fabric swatch colours: the UTF-8 bytes three at a time as #rrggbb, the last swatch padded with 00, separated by commas", _swatch),
    "key_bitting_depth_codes": ("key-cutting disguise (bitting depths)", "as key bitting codes, one per character: three cut depths 1-8, each depth minus one is an octal digit of the character code, codes separated by middle dots", _bitting),
    "locker_bay_and_door_numbers": ("locker disguise (bay and door)", "as click-and-collect locker positions: bay letter A = 0, B = 1 ... is the tens and the door number the units of the character code, separated by commas", _locker),
    "thread_shade_numbers": ("tailoring disguise (thread shades)", "as thread shade numbers, one per character: the shade minus 300 is the character code, the finish letter after it (M, G or S) is noise", _thread),
    "garment_measurements_half_cm": ("tailoring disguise (measurements)", "as garment measurements in centimetres, one per character: twice the measurement is the character code", _halfcm),
    "heel_stock_skus_middle_number": ("shoe-repair disguise (heel and sole SKUs)", "as heel and sole stock SKUs, one per character: the three-digit middle number is the character code, the letters around it are noise", _sku),
}
