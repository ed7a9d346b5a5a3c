"""Independent decoders for the p193 evasions.

Written separately from enc193: imports nothing from it and no base64 / binascii / codecs.
decode(encoding_name, run) -> plain
"""
import re
import unicodedata

_MORSE_TABLE = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- p .--.
q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 .....
6 -.... 7 --... 8 ---.. 9 ----. - -....- _ ..--.- . .-.-.-"""


def _morse_rev():
    toks = _MORSE_TABLE.split()
    return {toks[i + 1]: toks[i] for i in range(0, len(toks), 2)}


def d_backwards(run):
    return "".join(reversed(run))


def d_morse(run):
    rev = _morse_rev()
    out = ""
    for g in run.split(" "):
        if g.startswith("^"):
            out += rev[g[1:]].upper()
        else:
            out += rev[g]
    return out


def d_bal3(run):
    out = ""
    for g in run.split():
        v = 0
        for ch in g:
            v = v * 3 + {"T": -1, "0": 0, "1": 1}[ch]
        out += chr(v)
    return out


def d_hexagram(run):
    bits = "".join(format(ord(ch) - 0x4DC0, "06b") for ch in run)
    nbytes = len(bits) // 8
    data = bytes(int(bits[8 * i:8 * i + 8], 2) for i in range(nbytes))
    return data.decode("utf-8")


def d_arabic_indic(run):
    out = ""
    for g in run.split(" "):
        out += chr(int("".join(str(ord(ch) - 0x0660) for ch in g)))
    return out


def d_script(run):
    return unicodedata.normalize("NFKC", run)


def d_paren(run):
    out = ""
    for ch in run:
        cp = ord(ch)
        if 0x249C <= cp <= 0x24B5:
            out += chr(cp - 0x249C + ord("a"))
        elif 0x1F110 <= cp <= 0x1F129:
            out += chr(cp - 0x1F110 + ord("A"))
        elif 0x2474 <= cp <= 0x247C:
            out += str(cp - 0x2474 + 1)
        else:
            out += ch
    return out


def d_u32le(run):
    data = b""
    for w in run.split(", "):
        v = int(w, 16)
        data += bytes([(v >> (8 * i)) & 0xFF for i in range(4)])
    return data.rstrip(b"\x00").decode("utf-8")


_B45 = "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + " $%*+-./:"


def d_base45(run):
    vals = [_B45.index(ch) for ch in run]
    data = []
    i = 0
    while i < len(vals):
        chunk = vals[i:i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 2025
            data += [n // 256, n % 256]
        else:
            data.append(chunk[0] + chunk[1] * 45)
        i += 3
    return bytes(data).decode("utf-8")


def d_nibble(run):
    return bytes(int(g[1] + g[0], 16) for g in run.split(" ")).decode("utf-8")


def d_zeck(run):
    fib = [1, 2]
    while len(fib) < 20:
        fib.append(fib[-1] + fib[-2])
    out = ""
    for g in run.split(" "):
        out += chr(sum(fib[i] for i, b in enumerate(reversed(g)) if b == "1"))
    return out


def d_factoradic(run):
    out = ""
    for g in run.split(" "):
        digits = [int(x) for x in g.split(":")]
        v = 0
        f = 1
        for k, dgt in enumerate(reversed(digits)):
            if k > 0:
                f *= k
            v += dgt * f
        out += chr(v)
    return out


def d_negabinary(run):
    out = ""
    for g in run.split(" "):
        v = 0
        for k, b in enumerate(reversed(g)):
            v += int(b) * (-2) ** k
        out += chr(v)
    return out


def d_primes(run):
    out = ""
    for g in run.split(" "):
        v = 1
        for f in g.split("\u00b7"):
            if "^" in f:
                b, e = f.split("^")
                v *= int(b) ** int(e)
            else:
                v *= int(f)
        out += chr(v)
    return out


def d_ean_addon(run):
    return "".join(chr(int(g[1:4])) for g in run.split(" "))


def d_back_issue(run):
    return "".join(chr(int(m)) for m in re.findall(r"#(\d{3})[A-E]", run))


def d_dewey(run):
    return "".join(chr(int(g.split(".")[0])) for g in run.split("; "))


def d_shelf(run):
    out = ""
    for m in re.finditer(r"B(\d+)-L(\d)", run):
        out += chr(int(m.group(1)) * 10 + int(m.group(2)))
    return out


def d_edifact_qty(run):
    return "".join(chr(int(q)) for q in re.findall(r"QTY\+21:(\d+)'", run))


def d_keyword(run):
    key = ""
    for ch in "PAPERBACK".lower() + "abcdefghijklmnopqrstuvwxyz":
        if ch not in key:
            key += ch
    out = ""
    for ch in run:
        if ch.islower() and ch.isascii():
            out += chr(key.index(ch) + ord("a"))
        elif ch.isupper() and ch.isascii():
            out += chr(key.index(ch.lower()) + ord("A"))
        else:
            out += ch
    return out


def d_shuffled(run):
    pairs = []
    for item in run.split(" "):
        idx, ch = item.split("=", 1)
        pairs.append((int(idx), ch))
    return "".join(ch for _, ch in sorted(pairs))


_ELEM = """H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y
Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt
Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr""".split()


def d_periodic(run):
    return "".join(chr(_ELEM.index(sym) + 1 + 32) for sym in run.split(" "))


DECODERS = {
    "backwards_character_order": d_backwards,
    "morse_code_with_caret_capitals": d_morse,
    "balanced_ternary_code_points": d_bal3,
    "yijing_hexagram_sextets": d_hexagram,
    "arabic_indic_digit_code_points": d_arabic_indic,
    "mathematical_script_letters": d_script,
    "parenthesized_letters_and_digits": d_paren,
    "uint32_little_endian_hex_words": d_u32le,
    "base45_rfc9285": d_base45,
    "nibble_swapped_hex_bytes": d_nibble,
    "zeckendorf_fibonacci_code_points": d_zeck,
    "factoradic_code_points": d_factoradic,
    "negabinary_code_points": d_negabinary,
    "prime_factorisation_code_points": d_primes,
    "ean_price_addon_digits": d_ean_addon,
    "back_issue_numbers_with_variant_letter": d_back_issue,
    "dewey_class_numbers": d_dewey,
    "shelf_bay_and_level_numbers": d_shelf,
    "edifact_qty_segment_quantities": d_edifact_qty,
    "keyword_mixed_alphabet_substitution": d_keyword,
    "shuffled_indexed_characters": d_shuffled,
    "periodic_table_symbols_plus_32": d_periodic,
}


def decode(name, run):
    return DECODERS[name](run)
