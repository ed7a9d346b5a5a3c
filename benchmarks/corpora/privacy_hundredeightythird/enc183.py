"""Evasion encoders (hand-written). The decoder lives in dec183.py and shares nothing with this file."""

_L = "abcdefghijklmnopqrstuvwxyz"


def _affine(p):
    out = []
    for ch in p:
        if ch.islower():
            out.append(_L[(5 * _L.index(ch) + 8) % 26])
        elif ch.isupper():
            out.append(_L[(5 * _L.index(ch.lower()) + 8) % 26].upper())
        elif ch.isdigit():
            out.append(str((3 * int(ch) + 7) % 10))
        else:
            out.append(ch)
    return "".join(out)


def _beaufort(p, key="ORION"):
    out, k = [], 0
    for ch in p:
        kv = ord(key[k % len(key)]) - 65
        if ch.isalpha():
            c = _L[(kv - _L.index(ch.lower())) % 26]
            out.append(c.upper() if ch.isupper() else c)
            k += 1
        elif ch.isdigit():
            out.append(str((kv - int(ch)) % 10))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def _columnar(p, key="COMET"):
    n = len(key)
    cols = ["".join(p[i::n]) for i in range(n)]
    order = sorted(range(n), key=lambda i: key[i])
    return " ".join(cols[i] for i in order)


_POLY = ["abcdef", "ghijkl", "mnopqr", "stuvwx", "yz0123", "456789"]


def _polybius(p):
    toks = []
    for ch in p:
        if ch in "-_.":
            toks.append(ch)
            continue
        low = ch.lower()
        for r, row in enumerate(_POLY):
            if low in row:
                t = "%d%d" % (r + 1, row.index(low) + 1)
                break
        toks.append(("^" + t) if ch.isupper() else t)
    return " ".join(toks)


def _roman(n):
    vals = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    s = ""
    for v, r in vals:
        while n >= v:
            s += r
            n -= v
    return s


def _zodiac(p):
    return " ".join(chr(0x2648 + ord(c) // 12) + chr(0x2648 + ord(c) % 12) for c in p)


def _planets(p):
    return " ".join("".join(chr(0x263F + int(d)) for d in "%03o" % ord(c)) for c in p)


def _sans_bold(p):
    out = []
    for c in p:
        if "A" <= c <= "Z":
            out.append(chr(0x1D5D4 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D5EE + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7EC + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


_CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455", "h": "\u04bb", "d": "\u0501",
        "q": "\u051b", "w": "\u051d", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
        "H": "\u041d", "I": "\u0406", "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e",
        "P": "\u0420", "S": "\u0405", "T": "\u0422", "X": "\u0425", "Y": "\u04ae"}


def _cyr(p):
    return "".join(_CYR.get(c, c) for c in p)


def _regional(p):
    toks = []
    for c in p:
        if "a" <= c <= "z":
            toks.append(chr(0x1F1E6 + ord(c) - 97))
        elif "A" <= c <= "Z":
            toks.append("\u21e7" + chr(0x1F1E6 + ord(c) - 65))
        elif c.isdigit():
            toks.append(c + "\ufe0f\u20e3")
        else:
            toks.append(c)
    return " ".join(toks)


def _tags(p):
    return "".join(chr(0xE0000 + ord(c)) for c in p)


def _qp(p):
    return "".join("=%02X" % b for b in p.encode("utf-8"))


_A85 = "".join(chr(33 + i) for i in range(85))


def _ascii85(p):
    data = p.encode("utf-8")
    out = []
    for i in range(0, len(data), 4):
        chunk = data[i:i + 4]
        pad = 4 - len(chunk)
        n = int.from_bytes(chunk + b"\x00" * pad, "big")
        if n == 0 and pad == 0:
            out.append("z")
            continue
        digs = []
        for _ in range(5):
            n, r = divmod(n, 85)
            digs.append(_A85[r])
        out.append("".join(reversed(digs))[:5 - pad])
    return "<~" + "".join(out) + "~>"


def _uu(p):
    data = p.encode("utf-8")
    enc = lambda v: "`" if v == 0 else chr(32 + v)
    s = enc(len(data))
    padded = data + b"\x00" * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        a, b, c = padded[i:i + 3]
        s += enc(a >> 2) + enc(((a & 3) << 4) | (b >> 4)) + enc(((b & 15) << 2) | (c >> 6)) + enc(c & 63)
    return s


def _ebcdic(p):
    out = []
    for c in p:
        if "a" <= c <= "i":
            v = 0x81 + ord(c) - ord("a")
        elif "j" <= c <= "r":
            v = 0x91 + ord(c) - ord("j")
        elif "s" <= c <= "z":
            v = 0xA2 + ord(c) - ord("s")
        elif "A" <= c <= "I":
            v = 0xC1 + ord(c) - ord("A")
        elif "J" <= c <= "R":
            v = 0xD1 + ord(c) - ord("J")
        elif "S" <= c <= "Z":
            v = 0xE2 + ord(c) - ord("S")
        elif c.isdigit():
            v = 0xF0 + int(c)
        else:
            v = {"-": 0x60, "_": 0x6D, ".": 0x4B}[c]
        out.append("%02X" % v)
    return " ".join(out)


def _fromcharcode(p):
    return "String.fromCharCode(" + ",".join(str(ord(c)) for c in p) + ")"


_KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def _multitap(p):
    toks = []
    for c in p:
        low = c.lower()
        if low.isalpha():
            for k, letters in _KEYPAD.items():
                if low in letters:
                    t = k * (letters.index(low) + 1)
            toks.append(("^" + t) if c.isupper() else t)
        elif c.isdigit():
            toks.append("#" + c)
        else:
            toks.append(c)
    return " ".join(toks)


IAU88 = ("And Ant Aps Aqr Aql Ara Ari Aur Boo Cae Cam Cnc CVn CMa CMi Cap Car Cas Cen Cep Cet Cha Cir "
         "Col Com CrA CrB Crv Crt Cru Cyg Del Dor Dra Equ Eri For Gem Gru Her Hor Hya Hyi Ind Lac Leo "
         "LMi Lep Lib Lup Lyn Lyr Men Mic Mon Mus Nor Oct Oph Ori Pav Peg Per Phe Pic Psc PsA Pup Pyx "
         "Ret Sge Sgr Sco Scl Sct Ser Sex Tau Tel Tri TrA Tuc UMa UMi Vel Vir Vol Vul").split()
assert len(IAU88) == 88


def _constellations(p):
    return " ".join(IAU88[ord(c) - 40 - 1] for c in p)


def _messier(p):
    return ", ".join("M%d" % (ord(c) - 20) for c in p)


def _sqm(p):
    return ", ".join("%.2f" % (17 + ord(c) / 50) for c in p)


def _azimuth(p):
    return ", ".join("%.1f\u00b0" % (ord(c) * 2.5) for c in p)


def _focuser(p):
    return ", ".join(str(2000 + 125 * ord(c)) for c in p)


# name -> (family, rule in words, encoder)
ENCODINGS = {
    "affine_cipher_five_eight": ("cipher", "with an affine cipher: each letter x (a=0 … z=25) becomes 5x+8 mod 26 with its case kept, each digit d becomes 3d+7 mod 10; - _ . stay", _affine),
    "beaufort_cipher_key_orion": ("cipher", "with a Beaufort cipher keyed ORION: each letter becomes key letter minus plain letter mod 26 (A=0 … Z=25, case kept), each digit becomes key-letter value minus digit mod 10; the key moves on with every letter or digit; - _ . stay", _beaufort),
    "columnar_transposition_key_comet": ("positional trick", "with a columnar transposition keyed COMET: written row by row under the five key letters, then the columns read off in the alphabetical order of the key letters (C E M O T), columns separated by spaces", _columnar),
    "polybius_six_by_six_coordinates": ("cipher", "as coordinates in a 6x6 Polybius square (rows abcdef / ghijkl / mnopqr / stuvwx / yz0123 / 456789, row then column, 1-6); a capital gets ^ in front; - _ . as themselves; separated by spaces", _polybius),
    "roman_numeral_code_points": ("numeral system", "as the code point of every character in Roman numerals, separated by spaces", lambda p: " ".join(_roman(ord(c)) for c in p)),
    "zodiac_sign_duodecimal_digits": ("numeral system", "as code points in base twelve with the zodiac signs as digits (Aries ♈ = 0 … Pisces ♓ = 11), two signs per character, separated by spaces", _zodiac),
    "planet_symbol_octal_digits": ("numeral system", "as code points in octal with the planet symbols as digits (Mercury ☿ = 0, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune ♆ = 7), three symbols per character, separated by spaces", _planets),
    "mathematical_sans_serif_bold_forms": ("Unicode look-alike block", "in mathematical sans-serif bold letters and digits (U+1D5D4 for A, U+1D5EE for a, U+1D7EC for 0); - _ . unchanged", _sans_bold),
    "cyrillic_homoglyph_substitution": ("Unicode look-alike block", "with Latin letters swapped for look-alike Cyrillic letters wherever one exists (а с е о р х у і ј ѕ һ ԁ ԛ ԝ, А В С Е Н І Ј К М О Р Ѕ Т Х Ү); everything else unchanged", _cyr),
    "regional_indicator_and_keycap_symbols": ("Unicode symbol block", "as regional-indicator letters (🇦 for a …) with ⇧ in front of a capital, digits as keycap symbols, - _ . as themselves, separated by spaces", _regional),
    "unicode_tag_character_smuggling": ("invisible-character trick", "in invisible Unicode tag characters: every character c written as U+E0000 + its code point (the line below looks empty but is not)", _tags),
    "quoted_printable_every_byte": ("developer notation", "in quoted-printable with every UTF-8 byte escaped as = and two upper-case hex digits", _qp),
    "ascii85_adobe_framed": ("developer notation", "in Ascii85 (Adobe flavour, framed by <~ and ~>) of the UTF-8 bytes", _ascii85),
    "uuencode_single_line": ("developer notation", "as one uuencoded data line of the UTF-8 bytes (length character first, ` for zero)", _uu),
    "ebcdic_cp037_hex_bytes": ("developer notation", "as EBCDIC (code page 037) bytes in upper-case hex, separated by spaces", _ebcdic),
    "javascript_fromcharcode_call": ("developer notation", "as a JavaScript String.fromCharCode call with the decimal code points", _fromcharcode),
    "phone_keypad_multitap_presses": ("spelled form", "as old phone keypad multi-tap presses (2 = a, 22 = b, 222 = c … 9999 = z), ^ in front of a capital, # in front of a digit, - _ . as themselves, separated by spaces", _multitap),
    "iau_constellation_abbreviations_offset_forty": ("spelled form", "as IAU constellation abbreviations: the constellation's position in the alphabetical list of the 88 (And = 1 … Vul = 88) plus 40 is the code point, separated by spaces", _constellations),
    "messier_object_list_offset_twenty": ("observatory disguise", "as a Messier observing list, one object per character: the catalogue number plus 20 is the code point, separated by ', '", _messier),
    "sky_quality_meter_mag_readings": ("observatory disguise", "as sky-quality-meter readings in mag/arcsec², one per character: (reading - 17) x 50 is the code point, separated by ', '", _sqm),
    "dome_azimuth_quarter_step_readings": ("observatory disguise", "as dome azimuth readings, one per character: the azimuth in degrees divided by 2.5 is the code point, separated by ', '", _azimuth),
    "focuser_step_positions_log": ("observatory disguise", "as focuser step positions, one per character: (position - 2000) / 125 is the code point, separated by ', '", _focuser),
}


def encode(name, plain):
    return ENCODINGS[name][2](plain)
