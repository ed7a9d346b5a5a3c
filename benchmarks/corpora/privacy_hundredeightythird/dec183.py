"""Independent evasion decoder: gets only the encoding name and the run.

Imports nothing from enc183 and no base64 / binascii / codecs; every table is retyped here.
"""
import re
import unicodedata

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _inv_mod(a, m):
    for x in range(1, m):
        if (a * x) % m == 1:
            return x
    raise ValueError


def d_affine(run):
    ia, idd = _inv_mod(5, 26), _inv_mod(3, 10)
    res = ""
    for ch in run:
        if ch.isalpha():
            x = (ia * (ALPHA.index(ch.lower()) - 8)) % 26
            res += ALPHA[x].upper() if ch.isupper() else ALPHA[x]
        elif ch.isdigit():
            res += str((idd * (int(ch) - 7)) % 10)
        else:
            res += ch
    return res


def d_beaufort(run):
    key = [ord(c) - ord("A") for c in "ORION"]
    res, i = "", 0
    for ch in run:
        if ch.isalpha():
            p = (key[i % 5] - ALPHA.index(ch.lower())) % 26
            res += ALPHA[p].upper() if ch.isupper() else ALPHA[p]
            i += 1
        elif ch.isdigit():
            res += str((key[i % 5] - int(ch)) % 10)
            i += 1
        else:
            res += ch
    return res


def d_columnar(run):
    key = "COMET"
    parts = run.split(" ")
    read_order = sorted(range(len(key)), key=lambda j: key[j])
    cols = [""] * len(key)
    for part, col in zip(parts, read_order):
        cols[col] = part
    total = sum(len(c) for c in cols)
    return "".join(cols[i % 5][i // 5] for i in range(total))


def d_polybius(run):
    grid = ["abcdef", "ghijkl", "mnopqr", "stuvwx", "yz0123", "456789"]
    res = ""
    for tok in run.split(" "):
        if tok in ("-", "_", "."):
            res += tok
            continue
        cap = tok.startswith("^")
        t = tok.lstrip("^")
        ch = grid[int(t[0]) - 1][int(t[1]) - 1]
        res += ch.upper() if cap else ch
    return res


def d_roman(run):
    val = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    res = ""
    for tok in run.split(" "):
        n = 0
        for i, ch in enumerate(tok):
            v = val[ch]
            if i + 1 < len(tok) and val[tok[i + 1]] > v:
                n -= v
            else:
                n += v
        res += chr(n)
    return res


def d_zodiac(run):
    signs = "♈♉♊♋♌♍♎♏♐♑♒♓"
    return "".join(chr(signs.index(t[0]) * 12 + signs.index(t[1])) for t in run.split(" "))


def d_planets(run):
    sym = "☿♀♁♂♃♄♅♆"
    out = ""
    for tok in run.split(" "):
        n = 0
        for ch in tok:
            n = n * 8 + sym.index(ch)
        out += chr(n)
    return out


_NUM = {"ZERO": "0", "ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4", "FIVE": "5", "SIX": "6",
        "SEVEN": "7", "EIGHT": "8", "NINE": "9"}


def d_sans_bold(run):
    out = ""
    for ch in run:
        name = unicodedata.name(ch, "")
        if name.startswith("MATHEMATICAL SANS-SERIF BOLD "):
            rest = name[len("MATHEMATICAL SANS-SERIF BOLD "):]
            kind, what = rest.split(" ", 1)
            if kind == "CAPITAL":
                out += what
            elif kind == "SMALL":
                out += what.lower()
            elif kind == "DIGIT":
                out += _NUM[what]
        else:
            out += ch
    return out


_CYR_BACK = {0x0430: "a", 0x0441: "c", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0445: "x", 0x0443: "y",
             0x0456: "i", 0x0458: "j", 0x0455: "s", 0x04BB: "h", 0x0501: "d", 0x051B: "q", 0x051D: "w",
             0x0410: "A", 0x0412: "B", 0x0421: "C", 0x0415: "E", 0x041D: "H", 0x0406: "I", 0x0408: "J",
             0x041A: "K", 0x041C: "M", 0x041E: "O", 0x0420: "P", 0x0405: "S", 0x0422: "T", 0x0425: "X",
             0x04AE: "Y"}


def d_cyr(run):
    return "".join(_CYR_BACK.get(ord(c), c) for c in run)


def d_regional(run):
    out = ""
    for tok in run.split(" "):
        if tok in ("-", "_", "."):
            out += tok
        elif tok.endswith("\u20e3"):
            out += tok[0]
        elif tok.startswith("\u21e7"):
            out += chr(ord(tok[1]) - 0x1F1E6 + ord("A"))
        else:
            out += chr(ord(tok) - 0x1F1E6 + ord("a"))
    return out


def d_tags(run):
    return "".join(chr(ord(c) - 0xE0000) for c in run)


def d_qp(run):
    return bytes(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run)).decode("utf-8")


def d_ascii85(run):
    body = run[2:-2]
    out = bytearray()
    i = 0
    group = []
    for ch in body:
        if ch == "z" and not group:
            out += b"\x00\x00\x00\x00"
            continue
        group.append(ord(ch) - 33)
        if len(group) == 5:
            n = 0
            for g in group:
                n = n * 85 + g
            out += n.to_bytes(4, "big")
            group = []
    if group:
        k = len(group)
        group += [84] * (5 - k)
        n = 0
        for g in group:
            n = n * 85 + g
        out += n.to_bytes(4, "big")[:k - 1]
    return out.decode("utf-8")


def d_uu(run):
    val = lambda ch: 0 if ch == "`" else (ord(ch) - 32) & 63
    n = val(run[0])
    data = bytearray()
    body = run[1:]
    for i in range(0, len(body), 4):
        a, b, c, d = (val(x) for x in body[i:i + 4])
        data += bytes([(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d])
    return data[:n].decode("utf-8")


def d_ebcdic(run):
    table = {}
    for start, letters in ((0x81, "abcdefghi"), (0x91, "jklmnopqr"), (0xA2, "stuvwxyz"),
                           (0xC1, "ABCDEFGHI"), (0xD1, "JKLMNOPQR"), (0xE2, "STUVWXYZ"), (0xF0, "0123456789")):
        for k, ch in enumerate(letters):
            table[start + k] = ch
    table.update({0x60: "-", 0x6D: "_", 0x4B: "."})
    return "".join(table[int(h, 16)] for h in run.split(" "))


def d_fromcharcode(run):
    inner = run[run.index("(") + 1:run.rindex(")")]
    return "".join(chr(int(x)) for x in inner.split(","))


def d_multitap(run):
    pads = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
    out = ""
    for tok in run.split(" "):
        if tok in ("-", "_", "."):
            out += tok
        elif tok.startswith("#"):
            out += tok[1]
        else:
            cap = tok.startswith("^")
            t = tok.lstrip("^")
            ch = pads[t[0]][len(t) - 1]
            out += ch.upper() if cap else ch
    return out


CONST = ["And", "Ant", "Aps", "Aqr", "Aql", "Ara", "Ari", "Aur", "Boo", "Cae", "Cam", "Cnc", "CVn",
         "CMa", "CMi", "Cap", "Car", "Cas", "Cen", "Cep", "Cet", "Cha", "Cir", "Col", "Com", "CrA",
         "CrB", "Crv", "Crt", "Cru", "Cyg", "Del", "Dor", "Dra", "Equ", "Eri", "For", "Gem", "Gru",
         "Her", "Hor", "Hya", "Hyi", "Ind", "Lac", "Leo", "LMi", "Lep", "Lib", "Lup", "Lyn", "Lyr",
         "Men", "Mic", "Mon", "Mus", "Nor", "Oct", "Oph", "Ori", "Pav", "Peg", "Per", "Phe", "Pic",
         "Psc", "PsA", "Pup", "Pyx", "Ret", "Sge", "Sgr", "Sco", "Scl", "Sct", "Ser", "Sex", "Tau",
         "Tel", "Tri", "TrA", "Tuc", "UMa", "UMi", "Vel", "Vir", "Vol", "Vul"]


def d_constellations(run):
    return "".join(chr(CONST.index(t) + 1 + 40) for t in run.split(" "))


def d_messier(run):
    return "".join(chr(int(t.strip()[1:]) + 20) for t in run.split(","))


def d_sqm(run):
    return "".join(chr(int(round((float(t) - 17) * 50))) for t in run.split(","))


def d_azimuth(run):
    return "".join(chr(int(round(float(t.strip().rstrip("\u00b0")) / 2.5))) for t in run.split(","))


def d_focuser(run):
    return "".join(chr((int(t) - 2000) // 125) for t in run.split(","))


DECODERS = {
    "affine_cipher_five_eight": d_affine,
    "beaufort_cipher_key_orion": d_beaufort,
    "columnar_transposition_key_comet": d_columnar,
    "polybius_six_by_six_coordinates": d_polybius,
    "roman_numeral_code_points": d_roman,
    "zodiac_sign_duodecimal_digits": d_zodiac,
    "planet_symbol_octal_digits": d_planets,
    "mathematical_sans_serif_bold_forms": d_sans_bold,
    "cyrillic_homoglyph_substitution": d_cyr,
    "regional_indicator_and_keycap_symbols": d_regional,
    "unicode_tag_character_smuggling": d_tags,
    "quoted_printable_every_byte": d_qp,
    "ascii85_adobe_framed": d_ascii85,
    "uuencode_single_line": d_uu,
    "ebcdic_cp037_hex_bytes": d_ebcdic,
    "javascript_fromcharcode_call": d_fromcharcode,
    "phone_keypad_multitap_presses": d_multitap,
    "iau_constellation_abbreviations_offset_forty": d_constellations,
    "messier_object_list_offset_twenty": d_messier,
    "sky_quality_meter_mag_readings": d_sqm,
    "dome_azimuth_quarter_step_readings": d_azimuth,
    "focuser_step_positions_log": d_focuser,
}


def decode(name, run):
    return DECODERS[name](run)
