"""Encoders for the p212 evasions. The rng only adds noise the decoder ignores."""
import datetime

ALPHA62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
GRID = ALPHA62 + "_.-"  # 65 symbols in an 8 x 9 grid (last 7 cells empty)

CZ_UNITS = ["", "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"]
CZ_TEENS = ["deset", "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct", "osmnáct", "devatenáct"]
CZ_TENS = ["", "", "dvacet", "třicet", "čtyřicet", "padesát", "šedesát", "sedmdesát", "osmdesát", "devadesát"]

PT_UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
PT_TEENS = ["dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
PT_TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]

CN_DIG = "零壹贰叁肆伍陆柒捌玖"

COSTUMES = ["Dame Trott", "Widow Twankey", "Puss in Boots", "Fairy Godmother", "Ugly Sister", "Buttons",
            "Abanazar", "Genie", "Snow Queen", "Mouse King", "Sugar Plum", "Nativity shepherd", "Angel Gabriel"]
GARMENTS = ["hem, ivory satin", "take in bodice", "bustle, cathedral train", "shorten sleeves, navy suit",
            "let out waist, morning suit", "replace zip, bridesmaid", "taper trousers, tux", "add cups, mermaid gown"]
SUITS = ["navy 3-piece 40R", "black tux 42L", "grey morning suit 38S", "tweed 44R", "ivory dinner jacket 40R",
         "highland kilt set 36", "tailcoat 42R", "midnight blue tux 46L"]
INITIALS = "ABCDEFGHJKLMNPRSTW"
VEILS = ["raw edge", "lace trim", "pencil edge", "horsehair", "ribbon edge", "two tier"]


def _base(n, b):
    if n == 0:
        return "0"
    d = ""
    while n:
        n, r = divmod(n, b)
        d = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + d
    return d


def _factoradic(n):
    digits = []
    i = 1
    while n:
        n, r = divmod(n, i)
        digits.append(str(r))
        i += 1
    return "".join(reversed(digits))


def _cz(n):
    parts = []
    if n >= 100:
        parts.append("sto")
        n -= 100
    if 10 <= n < 20:
        parts.append(CZ_TEENS[n - 10])
    else:
        if n >= 20:
            parts.append(CZ_TENS[n // 10])
        if n % 10:
            parts.append(CZ_UNITS[n % 10])
    return " ".join(parts)


def _pt(n):
    if n == 100:
        return "cem"
    parts = []
    if n > 100:
        parts.append("cento")
        n -= 100
    if 10 <= n < 20:
        parts.append(PT_TEENS[n - 10])
    else:
        if n >= 20:
            parts.append(PT_TENS[n // 10])
        if n % 10:
            parts.append(PT_UNITS[n % 10])
    return " e ".join(parts)


def _cn(n):
    s = ""
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    if h:
        s += CN_DIG[h] + "佰"
        if t == 0 and u:
            s += "零"
    if t:
        s += CN_DIG[t] + "拾"
    if u:
        s += CN_DIG[u]
    return s


def _mono(c):
    o = ord(c)
    if "A" <= c <= "Z":
        return chr(0x1D670 + o - 65)
    if "a" <= c <= "z":
        return chr(0x1D68A + o - 97)
    if "0" <= c <= "9":
        return chr(0x1D7F6 + o - 48)
    return c


def _affine(c):
    if c in ALPHA62:
        return ALPHA62[(5 * ALPHA62.index(c) + 8) % 62]
    return c


def enc(name, plain, rng):
    cps = [ord(c) for c in plain]
    if name == "senary_code_points":
        return " ".join(_base(c, 6) for c in cps)
    if name == "factoradic_code_points":
        return " ".join(_factoradic(c) for c in cps)
    if name == "utf8_bigint_base36":
        return _base(int.from_bytes(plain.encode("utf-8"), "big"), 36)
    if name == "balinese_digit_code_points":
        return " ".join("".join(chr(0x1B50 + int(d)) for d in str(c)) for c in cps)
    if name == "osmanya_digit_code_points":
        return " ".join("".join(chr(0x104A0 + int(d)) for d in str(c)) for c in cps)
    if name == "czech_number_words":
        return ", ".join(_cz(c) for c in cps)
    if name == "portuguese_number_words":
        return " / ".join(_pt(c) for c in cps)
    if name == "affine_cipher_5x_plus_8_over_62":
        return "".join(_affine(c) for c in plain)
    if name == "rail_fence_three_rails":
        rails = [[], [], []]
        pattern = [0, 1, 2, 1]
        for i, c in enumerate(plain):
            rails[pattern[i % 4]].append(c)
        return " ".join("".join(r) for r in rails)
    if name == "polybius_grid_eight_by_nine":
        return " ".join("%d%d" % (GRID.index(c) // 9 + 1, GRID.index(c) % 9 + 1) for c in plain)
    if name == "mathematical_monospace_letters":
        return "".join(_mono(c) for c in plain)
    if name == "unicode_tag_characters":
        return "".join(chr(0xE0000 + c) for c in cps)
    if name == "odd_then_even_positions":
        return plain[0::2] + plain[1::2]
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
    if name == "chinese_financial_numerals":
        return " ".join(_cn(c) for c in cps)
    if name == "code_point_squares":
        return " ".join(str(c * c) for c in cps)
    if name == "fitting_hip_measurements_cm":
        items = []
        for c in cps:
            items.append("%s%s bust %d waist %d hip %d cm" % (rng.choice(INITIALS), rng.choice(INITIALS),
                                                              rng.randint(78, 112), rng.randint(60, 98), c + 30))
        return "; ".join(items)
    if name == "alteration_ticket_numbers":
        return "; ".join("ALT-%d (%s)" % (c + 5000, rng.choice(GARMENTS)) for c in cps)
    if name == "hire_deposit_pounds":
        return "; ".join("%s deposit £%d" % (rng.choice(SUITS), c + 100) for c in cps)
    if name == "garment_rfid_epc_hex":
        return " ".join("3034%s%04X" % ("".join(rng.choice("0123456789ABCDEF") for _ in range(16)), c) for c in cps)
    if name == "veil_length_inches":
        return "; ".join("veil %d in (%s)" % (c, rng.choice(VEILS)) for c in cps)
    if name == "costume_return_day_of_year_dates":
        base = datetime.date(2025, 1, 1)
        return "; ".join("%s due %s" % (rng.choice(COSTUMES), (base + datetime.timedelta(days=c - 1)).isoformat())
                         for c in cps)
    raise KeyError(name)
