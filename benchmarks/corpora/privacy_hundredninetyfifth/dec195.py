"""Independent decoders for the p195 evasion notations (no import from enc195, no base64/binascii/codecs)."""
import re
import unicodedata

_SQUARE = "abcdefghijklmnopqrstuvwxyz0123456789"
_KEY = "TAILOR"
_B91_ALPHA = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
              "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
_PT = {"um": 1, "dois": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
       "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quinze": 15, "dezasseis": 16,
       "dezassete": 17, "dezoito": 18, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
       "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100}


def _bytes_text(bs):
    return bytes(bs).decode("utf-8")


def d_poly(run):
    out = []
    for tok in run.split(" "):
        if tok in ("-", "_", "."):
            out.append(tok)
            continue
        cap = tok.startswith("^")
        t = tok.lstrip("^")
        ch = _SQUARE[(int(t[0]) - 1) * 6 + int(t[1]) - 1]
        out.append(ch.upper() if cap else ch)
    return "".join(out)


def d_xor(run):
    bs = [int(run[i:i + 2], 16) for i in range(0, len(run), 2)]
    return _bytes_text(b ^ ord(_KEY[i % 6]) for i, b in enumerate(bs))


def d_uplus(run): return "".join(chr(int(t[2:], 16)) for t in run.split(" "))
def d_css(run): return "".join(chr(int(h, 16)) for h in re.findall(r"\\([0-9a-f]{6})", run))
def d_pct(run): return _bytes_text(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", run))


def d_b91(run):
    v, b, n, out = -1, 0, 0, []
    for ch in run:
        c = _B91_ALPHA.index(ch)
        if v < 0:
            v = c
        else:
            v += c * 91
            b |= v << n
            n += 13 if (v & 8191) > 88 else 14
            while n > 7:
                out.append(b & 255)
                b >>= 8
                n -= 8
            v = -1
    if v > -1:
        out.append((b | v << n) & 255)
    return _bytes_text(out)


def d_sexa(run):
    return "".join(chr(int(a) * 60 + int(b)) for a, b in (t.split(";") for t in run.split(" ")))


def d_resid(run):
    out = []
    for t in run.split(" "):
        r5, r7, r11 = (int(x) for x in t.split("."))
        for n in range(385):
            if n % 5 == r5 and n % 7 == r7 and n % 11 == r11:
                out.append(chr(n))
                break
    return "".join(out)


def d_tri(run):
    out = []
    for t in run.split(" "):
        T = int(t)
        n = (int((8 * T + 1) ** 0.5) - 1) // 2
        while n * (n + 1) // 2 < T:
            n += 1
        while n * (n + 1) // 2 > T:
            n -= 1
        out.append(chr(n))
    return "".join(out)


def d_mayan(run):
    return "".join(chr((ord(t[0]) - 0x1D2E0) * 20 + ord(t[1]) - 0x1D2E0) for t in run.split(" "))


def d_bolditalic(run): return unicodedata.normalize("NFKC", run)


def d_pt(run):
    out = []
    for grp in run.split(" / "):
        out.append(chr(sum(_PT[w] for w in grp.split(" ") if w != "e")))
    return "".join(out)


def d_dna(run):
    val = {"A": 0, "C": 1, "G": 2, "T": 3}
    bs = []
    for i in range(0, len(run), 4):
        x = 0
        for ch in run[i:i + 4]:
            x = x * 4 + val[ch]
        bs.append(x)
    return _bytes_text(bs)


def d_boustro(run):
    return "".join(r[::-1] if k % 2 else r for k, r in enumerate(run.split("/")))


def d_halves(run):
    second, first = run.split("|")
    return first + second


def d_mac(run):
    bs = [int(x, 16) for grp in run.split(" ") for x in grp.split(":")]
    while bs and bs[-1] == 0:
        bs.pop()
    return _bytes_text(bs)


def d_swatch(run):
    bs = []
    for sw in run.split(", "):
        h = sw.lstrip("#")
        bs += [int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)]
    while bs and bs[-1] == 0:
        bs.pop()
    return _bytes_text(bs)


def d_bitting(run):
    return "".join(chr(int("".join(str(int(d) - 1) for d in g), 8)) for g in run.split(" · "))


def d_locker(run):
    return "".join(chr((ord(t[0]) - 65) * 10 + int(t[2:])) for t in run.split(", "))


def d_thread(run): return "".join(chr(int(m) - 300) for m in re.findall(r"(\d+)[MGS]", run))


def d_halfcm(run):
    out = []
    for m in re.findall(r"(\d+)\.(\d)cm", run):
        out.append(chr(int(m[0]) * 2 + (1 if m[1] == "5" else 0)))
    return "".join(out)


def d_sku(run): return "".join(chr(int(m)) for m in re.findall(r"[A-Z]{2}-(\d{3})-[A-F]", run))


DECODERS = {
    "polybius_six_by_six_coordinates": d_poly, "xor_key_tailor_hex": d_xor,
    "unicode_u_plus_code_points": d_uplus, "css_backslash_hex_escapes": d_css,
    "percent_encoded_every_byte": d_pct, "base91_henke": d_b91, "sexagesimal_code_points": d_sexa,
    "residues_mod_five_seven_eleven": d_resid, "triangular_numbers_of_code_points": d_tri,
    "mayan_numeral_vigesimal_digits": d_mayan, "mathematical_bold_italic_letters_bold_digits": d_bolditalic,
    "portuguese_number_words": d_pt, "dna_nucleotide_bases": d_dna, "boustrophedon_rows_of_four": d_boustro,
    "halves_swapped_at_bar": d_halves, "mac_address_byte_groups": d_mac, "fabric_swatch_hex_colours": d_swatch,
    "key_bitting_depth_codes": d_bitting, "locker_bay_and_door_numbers": d_locker,
    "thread_shade_numbers": d_thread, "garment_measurements_half_cm": d_halfcm,
    "heel_stock_skus_middle_number": d_sku,
}


def decode(encoding, run):
    return DECODERS[encoding](run)
