"""Independent decoder: gets only the notation name and the encoded run."""
import re, unicodedata

_SYMS = ("H,He,Li,Be,B,C,N,O,F,Ne,Na,Mg,Al,Si,P,S,Cl,Ar,K,Ca,Sc,Ti,V,Cr,Mn,Fe,Co,Ni,Cu,Zn,Ga,Ge,As,Se,Br,Kr,"
         "Rb,Sr,Y,Zr,Nb,Mo,Tc,Ru,Rh,Pd,Ag,Cd,In,Sn,Sb,Te,I,Xe,Cs,Ba,La,Ce,Pr,Nd,Pm,Sm,Eu,Gd,Tb,Dy,Ho,Er,Tm,Yb,"
         "Lu,Hf,Ta,W,Re,Os,Ir,Pt,Au,Hg,Tl,Pb,Bi,Po,At,Rn,Fr,Ra,Ac,Th").split(",")
_Z = {s: i + 1 for i, s in enumerate(_SYMS)}


def _letter_rot(c, k):
    base = 65 if "A" <= c <= "Z" else 97
    return chr((ord(c) - base + k) % 26 + base)


def decode(name, run):
    if name in ("base_twentytwo_digit_pairs", "base_twentyfive_digit_pairs"):
        b = 22 if "twentytwo" in name else 25
        return "".join(chr(int(t, b)) for t in run.split(" "))
    if name == "subscript_digit_code_points":
        return "".join(chr(int("".join(str(ord(ch) - 0x2080) for ch in t))) for t in run.split(" "))
    if name == "devanagari_digit_code_points":
        return "".join(chr(int("".join(str(unicodedata.digit(ch)) for ch in t))) for t in run.split(","))
    if name == "braille_cell_ascii_offset":
        return "".join(chr(ord(ch) - 0x2800) for ch in run)
    if name == "measured_depth_thirty_foot_joints":
        out = []
        for t in run.split(";"):
            m = re.fullmatch(r"\s*([\d,]+) ft", t)
            n = int(m.group(1).replace(",", ""))
            assert n % 30 == 0
            out.append(chr(n // 30))
        return "".join(out)
    if name == "nibble_swapped_byte_hex":
        return "".join(chr(int(t[1] + t[0], 16)) for t in run.split())
    if name == "bit_reversed_byte_hex":
        return "".join(chr(sum(((int(t, 16) >> i) & 1) << (7 - i) for i in range(8))) for t in run.split())
    if name == "xor_key_5a_byte_hex":
        return "".join(chr(int(t, 16) ^ 90) for t in run.split())
    if name == "rot7_letters_rot3_digits":
        return "".join(_letter_rot(c, -7) if c.isascii() and c.isalpha() else
                       "0123456789"[("0123456789".index(c) - 3) % 10] if c.isdigit() else c for c in run)
    if name == "atbash_letters_nines_digits":
        lo, up = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        t = str.maketrans(lo + up + "0123456789", lo[::-1] + up[::-1] + "9876543210")
        return run.translate(t)
    if name == "vigenere_pump_keyword":
        out, i = [], 0
        for c in run:
            if c.isascii() and c.isalpha():
                out.append(_letter_rot(c, -("PUMP"[i % 4] and ord("PUMP"[i % 4]) - 65)))
                i += 1
            else:
                out.append(c)
        return "".join(out)
    if name == "columnar_transposition_width_four":
        cols = run.split("|")
        assert len(cols) == 4
        n = sum(map(len, cols))
        return "".join(cols[k % 4][k // 4] for k in range(n))
    if name == "swapped_letter_case":
        return "".join(c.lower() if c.isupper() else c.upper() for c in run)
    if name == "unicode_character_names":
        return "".join(unicodedata.lookup(n) for n in run.split(" / "))
    if name == "seven_quotient_remainder_pairs":
        return "".join(chr(7 * int(q) + int(r)) for q, r in (t.split(":") for t in run.split()))
    if name == "periodic_table_offset_symbols":
        return "".join(chr(_Z[s] + 32) for s in run.split("."))
    if name == "fraktur_letters_plain_digits":
        return unicodedata.normalize("NFKC", run)
    if name == "modbus_register_pair_words":
        bs = []
        for t in run.split():
            w = int(t)
            bs += [w >> 8, w & 255]
        if bs[-1] == 0:
            bs.pop()
        return bytes(bs).decode("ascii")
    if name == "lua_string_char_call":
        m = re.fullmatch(r"string\.char\(([\d, ]+)\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(","))
    if name == "r_inttoutf8_call":
        m = re.fullmatch(r"intToUtf8\(c\(([\d, ]+)\)\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(","))
    if name == "excel_char_concatenation":
        assert run.startswith("=")
        return "".join(chr(int(x)) for x in re.findall(r"CHAR\((\d+)\)", run))
    raise KeyError(name)
