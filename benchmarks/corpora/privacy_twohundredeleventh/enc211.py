"""Encoders for the p211 evasion records (the rng only adds noise the decoder ignores)."""

SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz",
                     "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d\u0274\u1d0f\u1d18\u01eb\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21x\u028f\u1d22"))
SV_ONES = ["", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton",
           "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"]
SV_TENS = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]
FI_ONES = ["", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]
GRONSFELD_KEY = "31415"
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
INITIALS = ["JB", "AK", "MR", "TS", "OL", "PD", "FN", "RW", "HC", "GE"]
VARIETIES = ["Kelvedon Wonder", "Boltardy", "Scarlet Emperor", "Early Nantes", "Gardener's Delight",
             "Red Baron", "Crimson Flowered", "Lollo Rosso", "Musselburgh", "Tendergreen"]
SHEDS = "ABCDEFGH"


def _digits(n, b):
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(r)
    return out[::-1] or [0]


def base13(n):
    return "".join("0123456789ABC"[d] for d in _digits(n, 13))


def bijective10(n):
    out = ""
    while n:
        d = n % 10
        if d == 0:
            d = 10
        out = "123456789A"[d - 1] + out
        n = (n - d) // 10
    return out


def negadecimal(n):
    out = ""
    while n:
        n, r = divmod(n, -10)
        if r < 0:
            r += 10
            n += 1
        out = str(r) + out
    return out or "0"


def sv_words(n):
    h, rest = divmod(n, 100)
    s = "hundra" if h else ""
    if rest < 20:
        s += SV_ONES[rest]
    else:
        s += SV_TENS[rest // 10] + SV_ONES[rest % 10]
    return s


def fi_words(n):
    h, rest = divmod(n, 100)
    s = "sata" if h else ""
    t, o = divmod(rest, 10)
    if rest == 10:
        s += "kymmenen"
    elif 10 < rest < 20:
        s += FI_ONES[o] + "toista"
    else:
        if t >= 2:
            s += FI_ONES[t] + "kymmentä"
        s += FI_ONES[o]
    return s


def gronsfeld(p):
    out = []
    for i, ch in enumerate(p):
        k = int(GRONSFELD_KEY[i % len(GRONSFELD_KEY)])
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.isdigit():
            out.append(str((int(ch) + k) % 10))
        else:
            out.append(ch)
    return "".join(out)


def brainfuck(p):
    out = ["++++++++++[>++++++++++<-]>"]
    cur = 100
    for ch in p:
        d = ord(ch) - cur
        out.append(("+" * d if d > 0 else "-" * (-d)) + ".")
        cur = ord(ch)
    return "".join(out)


def rods(n):
    ds = [int(c) for c in str(n)]
    out = []
    for i, d in enumerate(ds):
        place = len(ds) - 1 - i  # 0 units, 1 tens, 2 hundreds
        if d == 0:
            out.append("\u3007")
        elif place % 2 == 1:
            out.append(chr(0x1D369 + d - 1))
        else:
            out.append(chr(0x1D360 + d - 1))
    return "".join(out)


def hexagrams(p):
    b = p.encode()
    bits = "".join(format(x, "08b") for x in b)
    bits += "0" * (-len(bits) % 6)
    return "".join(chr(0x4DC0 + int(bits[i:i + 6], 2)) for i in range(0, len(bits), 6))


def enc(name, p, rng):
    cps = [ord(c) for c in p]
    if name == "base_thirteen_code_points":
        return " ".join(base13(n) for n in cps)
    if name == "bijective_base_ten_code_points":
        return " ".join(bijective10(n) for n in cps)
    if name == "negadecimal_code_points":
        return " ".join(negadecimal(n) for n in cps)
    if name == "lao_digit_code_points":
        return " ".join("".join(chr(0x0ED0 + int(c)) for c in str(n)) for n in cps)
    if name == "nko_digit_code_points":
        return " ".join("".join(chr(0x07C0 + int(c)) for c in str(n)) for n in cps)
    if name == "swedish_number_words":
        return ", ".join(sv_words(n) for n in cps)
    if name == "finnish_number_words":
        return " / ".join(fi_words(n) for n in cps)
    if name == "small_capital_letters":
        return "".join(SMALLCAPS.get(c, c) for c in p)
    if name == "combining_long_stroke_overlay":
        return "".join(c + "\u0336" for c in p)
    if name == "gronsfeld_cipher_key_31415":
        return gronsfeld(p)
    if name == "brainfuck_print_program":
        return brainfuck(p)
    if name == "big_endian_decimal_integer":
        return str(int.from_bytes(p.encode(), "big"))
    if name == "triplet_block_reversal":
        return "".join(p[i:i + 3][::-1] for i in range(0, len(p), 3))
    if name == "chinese_remainder_residues":
        return " ".join("(%d,%d,%d)" % (n % 7, n % 11, n % 13) for n in cps)
    if name == "counting_rod_numerals":
        return " ".join(rods(n) for n in cps)
    if name == "yijing_hexagram_six_bit_groups":
        return hexagrams(p)
    if name == "plot_rent_pence_total":
        return "; ".join("%d%s £%d.%02d" % (rng.randint(1, 60), rng.choice("ABCD"), (3000 + n) // 100, (3000 + n) % 100) for n in cps)
    if name == "rain_gauge_tenths_mm":
        return ", ".join("%s %d.%d mm" % (WEEKDAYS[i % 7], n // 10, n % 10) for i, n in enumerate(cps))
    if name == "work_party_minutes_hh_mm":
        return "; ".join("%s %d:%02d" % (rng.choice(INITIALS), n // 60, n % 60) for n in cps)
    if name == "seed_packet_seed_counts":
        return " | ".join("%s x%d" % (rng.choice(VARIETIES), n) for n in cps)
    if name == "marrow_show_weights_grams":
        return "; ".join("#%d %d.%03d kg" % (rng.randint(10, 99), (5000 + n) // 1000, (5000 + n) % 1000) for n in cps)
    if name == "shed_key_tag_numbers":
        return " ".join("%s-%d" % (rng.choice(SHEDS), 400 + n) for n in cps)
    raise KeyError(name)
