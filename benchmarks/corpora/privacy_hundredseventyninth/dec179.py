"""Independent decoder for the evasion runs: gets only the encoding name and the run.
Imports nothing from enc179 and no base64 / binascii / codecs."""
import re
import unicodedata

_L = "abcdefghijklmnopqrstuvwxyz"
_U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_D = "0123456789"


def _bytes_to_str(bs):
    return bytes(bs).decode("utf-8")


def d_atbash(run):
    t = str.maketrans(_L + _U + _D, _L[::-1] + _U[::-1] + _D[::-1])
    return run.translate(t)


def d_rail(run):
    rails = run.split(" ")
    assert len(rails) == 3
    n = sum(len(x) for x in rails)
    pattern = []
    row, step = 0, 1
    for _ in range(n):
        pattern.append(row)
        if row == 0:
            step = 1
        elif row == 2:
            step = -1
        row += step
    its = [iter(x) for x in rails]
    return "".join(next(its[k]) for k in pattern)


def d_affine(run):
    out = []
    for c in run:
        if c in _L:
            out.append(_L[(21 * (_L.index(c) - 8)) % 26])
        elif c in _U:
            out.append(_U[(21 * (_U.index(c) - 8)) % 26])
        elif c in _D:
            out.append(_D[(7 * (int(c) - 7)) % 10])
        else:
            out.append(c)
    return "".join(out)


def d_uesc(run):
    parts = re.findall(r"\\u([0-9a-f]{4})", run)
    assert "".join("\\u" + p for p in parts) == run
    return "".join(chr(int(p, 16)) for p in parts)


_B64U = _U + _L + _D + "-_"


def d_revb64(run):
    bits = "".join(format(_B64U.index(c), "06b") for c in run)
    bs = [int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)]
    return _bytes_to_str(bs)[::-1]


def d_binary(run):
    return _bytes_to_str(int(x, 2) for x in run.split(" "))


def d_uplus(run):
    return "".join(chr(int(x[2:], 16)) for x in run.split(" "))


def d_octal(run):
    return "".join(chr(int(x, 8)) for x in run.split(" "))


_NATO = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
_NDIG = "Zero One Two Tree Fower Fife Six Seven Eight Niner".split()
_NSYM = {"Dash": "-", "Underscore": "_", "Stop": "."}


def d_nato(run):
    out = []
    for w in run.split(" "):
        if w in _NATO:
            out.append(_L[_NATO.index(w)])
        elif w.lower() in _NATO and w == w.upper():
            out.append(_U[_NATO.index(w.lower())])
        elif w in _NDIG:
            out.append(str(_NDIG.index(w)))
        else:
            out.append(_NSYM[w])
    return "".join(out)


def d_braille(run):
    return _bytes_to_str(ord(c) - 0x2800 for c in run)


def d_reverse(run):
    return run[::-1]


def d_nfkc(run):
    return unicodedata.normalize("NFKC", run)


_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]


def d_qwerty(run):
    out = []
    for c in run:
        lc = c.lower()
        row = next((x for x in _ROWS if lc in x), None)
        if row is None:
            out.append(c)
        else:
            o = row[(row.index(lc) - 1) % len(row)]
            out.append(o.upper() if c.isupper() else o)
    return "".join(out)


_PAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def d_multitap(run):
    out = []
    for g in run.split(" "):
        if g.startswith("*"):
            out.append(g[1])
        elif set(g) == {"1"}:
            out.append({1: ".", 2: "-", 3: "_"}[len(g)])
        else:
            cap = g.startswith("#")
            g = g.lstrip("#")
            assert len(set(g)) == 1
            ch = _PAD[g[0]][len(g) - 1]
            out.append(ch.upper() if cap else ch)
    return "".join(out)


def d_bacon(run):
    return "".join(chr(int(g.replace("a", "0").replace("b", "1"), 2)) for g in run.split(" "))


_CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def d_crockford(run):
    bits = "".join(format(_CROCK.index(c), "05b") for c in run)
    nbytes = len(bits) // 8
    return _bytes_to_str(int(bits[i * 8:i * 8 + 8], 2) for i in range(nbytes))


def d_uu(run):
    n = ord(run[0]) - 32
    vals = [0 if c == "`" else ord(c) - 32 for c in run[1:]]
    bs = []
    for i in range(0, len(vals), 4):
        x = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        bs += [(x >> 16) & 255, (x >> 8) & 255, x & 255]
    return _bytes_to_str(bs[:n])


def d_table(run):
    return "".join(chr(int(t) * 10 + int(s) - 1) for t, s in re.findall(r"Table (\d+) Seat (\d+)", run))


_MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def d_dates(run):
    out = []
    for item in run.split("; "):
        _wd, day, mon = item.split(" ")
        doy = sum(_MONTH_DAYS[:_MON.index(mon)]) + int(day)
        out.append(chr(doy))
    return "".join(out)


def d_deposits(run):
    return "".join(chr(int(d) - 400) for d in re.findall(r"\$(\d+)\.\d\d", run))


def d_ribbon(run):
    return "".join(chr(int(g, 16)) for g in re.findall(r"#[0-9A-F]{2}([0-9A-F]{2})[0-9A-F]{2}", run))


DECODERS = {
    "atbash_mirrored_alphabet": d_atbash,
    "rail_fence_three_rails": d_rail,
    "affine_cipher_five_eight": d_affine,
    "backslash_u_unicode_escapes": d_uesc,
    "reversed_then_base64url": d_revb64,
    "binary_octets_spaced": d_binary,
    "u_plus_code_point_notation": d_uplus,
    "octal_code_points_spaced": d_octal,
    "nato_phonetic_spelling": d_nato,
    "braille_pattern_per_byte": d_braille,
    "reversed_character_order": d_reverse,
    "circled_alphanumerics": d_nfkc,
    "mathematical_monospace_forms": d_nfkc,
    "qwerty_right_neighbour_shift": d_qwerty,
    "phone_keypad_multitap": d_multitap,
    "baconian_seven_bit_ab_groups": d_bacon,
    "crockford_base32_bytes": d_crockford,
    "uuencoded_single_line": d_uu,
    "guest_table_seat_assignments": d_table,
    "wedding_dates_day_of_year_2026": d_dates,
    "deposit_instalment_dollar_amounts": d_deposits,
    "ribbon_colour_hex_green_channel": d_ribbon,
}


def decode(name, run):
    return DECODERS[name](run)
