"""Independent decoders for the 22 evasion encodings.

Imports nothing from enc222 and no base64 / binascii / codecs; every table is retyped here.
decode(name, run) -> plain
"""
import re


def _chars(codes):
    return "".join(chr(c) for c in codes)


# ---------------------------------------------------------------- complex bases
def _qi_value(tok):
    # Gaussian integer arithmetic with (re, im); (2i)^k
    re_, im_ = 0, 0
    p_re, p_im = 1, 0
    for ch in reversed(tok):
        d = int(ch)
        if d > 3:
            raise ValueError("digit")
        re_ += d * p_re
        im_ += d * p_im
        p_re, p_im = -2 * p_im, 2 * p_re  # multiply by 2i
    if im_ != 0:
        raise ValueError("not real")
    return re_


def _twin_value(tok):
    re_, im_ = 0, 0
    for ch in tok:  # Horner: z = z * (-1 + i) + d
        re_, im_ = -re_ - im_, re_ - im_
        re_ += int(ch)
    if im_ != 0:
        raise ValueError("not real")
    return re_


# ---------------------------------------------------------------- numerals and words
DAXIE_V = {"零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}


def _daxie_value(tok):
    total, cur = 0, 0
    for ch in tok:
        if ch in DAXIE_V:
            cur = DAXIE_V[ch]
        elif ch == "拾":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "佰":
            total += (cur or 1) * 100
            cur = 0
        else:
            raise ValueError(ch)
    return total + cur


TAMIL_V = {"௧": 1, "௨": 2, "௩": 3, "௪": 4, "௫": 5, "௬": 6, "௭": 7, "௮": 8, "௯": 9}


def _tamil_value(tok):
    total, cur = 0, 0
    for ch in tok:
        if ch in TAMIL_V:
            cur = TAMIL_V[ch]
        elif ch == "௰":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "௱":
            total += (cur or 1) * 100
            cur = 0
        else:
            raise ValueError(ch)
    return total + cur


TR = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
      "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80,
      "doksan": 90}


def _turkish_value(phrase):
    total, cur = 0, 0
    for w in phrase.split():
        if w == "yüz":
            total += (cur or 1) * 100
            cur = 0
        else:
            cur += TR[w]
    return total + cur


# ---------------------------------------------------------------- ciphers / transforms
HILL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~!"


def _hill_dec(run):
    det_inv = pow(3 * 7 - 5 * 2, -1, 67)
    out = []
    for i in range(0, len(run), 2):
        a, b = HILL.index(run[i]), HILL.index(run[i + 1])
        x = det_inv * (7 * a - 5 * b) % 67
        y = det_inv * (-2 * a + 3 * b) % 67
        out.append(HILL[x] + HILL[y])
    s = "".join(out)
    return s[:-1] if s.endswith("~") else s


def _ibwt(run):
    last, idx = run.rsplit(" / ", 1)
    idx = int(idx)
    n = len(last)
    order = sorted(range(n), key=lambda i: (last[i], i))  # stable: first column positions
    # order[k] = position in last column of the k-th smallest char; walk forward from row idx
    out = []
    row = idx
    for _ in range(n):
        row = order[row]
        out.append(last[row])
    return "".join(out)


B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def _b45_dec(run):
    vals = [B45.index(c) for c in run]
    out = bytearray()
    i = 0
    while i + 3 <= len(vals):
        n = vals[i] + vals[i + 1] * 45 + vals[i + 2] * 2025
        if n > 65535:
            raise ValueError("b45")
        out += bytes([n >> 8, n & 255])
        i += 3
    if len(vals) - i == 2:
        n = vals[i] + vals[i + 1] * 45
        if n > 255:
            raise ValueError("b45")
        out.append(n)
    elif len(vals) - i:
        raise ValueError("b45 length")
    return out.decode("utf-8")


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values):
    g = (0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3)
    c = 1
    for v in values:
        top = c >> 25
        c = ((c & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                c ^= g[i]
    return c


def _bech32m_dec(run):
    pos = run.rfind("1")
    hrp, rest = run[:pos], run[pos + 1:]
    data = [BECH.index(c) for c in rest]
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    if _bech_polymod(hv + data) != 0x2bc830a3:
        raise ValueError("bech32m checksum")
    acc = bits = 0
    out = bytearray()
    for v in data[:-6]:
        acc = (acc << 5) | v
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 255)
    if bits >= 5 or (acc & ((1 << bits) - 1)):
        raise ValueError("bech32m padding")
    return out.decode("utf-8")


# keyboard rows retyped: Dvorak character -> QWERTY key label at the same position
QWERTY_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
               "~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?")
DVORAK_ROWS = ("`1234567890[]", "',.pyfgcrl/=\\", "aoeuidhtns-", ";qjkxbmwvz",
               "~!@#$%^&*(){}", "\"<>PYFGCRL?+|", "AOEUIDHTNS_", ":QJKXBMWVZ")
QW_TO_DV = {}
for _qr, _dr in zip(QWERTY_ROWS, DVORAK_ROWS):
    for _q, _d in zip(_qr, _dr):
        QW_TO_DV.setdefault(_q, _d)

PHRASE_LETTERS = "packmyboxwithfivedozenliquorjugs"
SEGMENTS = {"abcdef": "0", "bc": "1", "abdeg": "2", "abcdg": "3", "bcfg": "4", "acdfg": "5", "acdefg": "6",
            "abc": "7", "abcdefg": "8", "abcdfg": "9"}
MONTH_START = {"Jan": 0, "Feb": 31, "Mar": 59, "Apr": 90, "May": 120, "Jun": 151}


def decode(name, run):
    if name == "quater_imaginary_code_points":
        return _chars(_qi_value(t) for t in run.split(" "))
    if name == "twindragon_base_minus_one_plus_i":
        return _chars(_twin_value(t) for t in run.split(" "))
    if name == "chinese_daxie_financial_numerals":
        return _chars(_daxie_value(t) for t in run.split(" "))
    if name == "tamil_numeral_signs":
        return _chars(_tamil_value(t) for t in run.split(" "))
    if name == "turkish_number_words":
        return _chars(_turkish_value(t) for t in run.split(" / "))
    if name == "hill_cipher_pairs_mod_67":
        return _hill_dec(run)
    if name == "burrows_wheeler_with_index":
        return _ibwt(run)
    if name == "base45_qr_alphabet":
        return _b45_dec(run)
    if name == "bech32m_lock_hrp":
        return _bech32m_dec(run)
    if name == "toy_rsa_cube_mod_187":
        return _chars(pow(int(t), 107, 187) for t in run.split(" "))
    if name == "fahrenheit_from_code_celsius":
        out = []
        for t in run.split(", "):
            m = re.fullmatch(r"(\d+)\.(\d)°F", t)
            tenths = int(m.group(1)) * 10 + int(m.group(2))
            if (tenths - 320) % 18:
                raise ValueError("not a whole °C")
            out.append((tenths - 320) // 18)
        return _chars(out)
    if name == "day_of_year_calendar_dates":
        out = []
        for t in run.split(", "):
            d, mon = t.split(" ")
            out.append(MONTH_START[mon] + int(d))
        return _chars(out)
    if name == "dvorak_typed_on_qwerty":
        return "".join(QW_TO_DV[c] for c in run)
    if name == "keycap_enclosed_digits":
        return _chars(int(t.replace("\u20e3", "")) for t in run.split(" "))
    if name == "book_cipher_pangram_positions":
        out = []
        for t in run.split(" "):
            if t.startswith("#"):
                out.append(t[1:])
            elif t in ("_", ".", "-"):
                out.append(t)
            elif t.startswith("^"):
                out.append(PHRASE_LETTERS[int(t[1:]) - 1].upper())
            else:
                out.append(PHRASE_LETTERS[int(t) - 1])
        return "".join(out)
    if name == "seven_segment_digit_patterns":
        return _chars(int("".join(SEGMENTS[s] for s in t.split("+"))) for t in run.split(" "))
    if name == "safe_dial_combination_turns":
        return _chars(int(re.fullmatch(r"\d[LR] (\d\d)", t).group(1)) + 30 for t in run.split(", "))
    if name == "key_bitting_cut_depths":
        out = []
        for t in run.split("; "):
            cuts = re.fullmatch(r"\S+ (\d)-(\d)-(\d)", t).groups()
            out.append(int("".join(cuts)) - 111)
        return _chars(out)
    if name == "lever_key_step_heights_mm":
        out = []
        for t in run.split("; "):
            m = re.fullmatch(r"lever \d: (\d+)\.(\d\d) mm", t)
            hundredths = int(m.group(1)) * 100 + int(m.group(2))
            if hundredths % 5:
                raise ValueError("height")
            out.append(hundredths // 5)
        return _chars(out)
    if name == "euro_cylinder_half_lengths":
        return _chars(sum(int(x) for x in t.split("/")) for t in run.split(" "))
    if name == "key_blank_catalogue_numbers":
        return _chars(int(re.fullmatch(r"[A-Z]+(\d+)", t).group(1)) - 300 for t in run.split(" "))
    if name == "key_cutting_ticket_prices":
        out = []
        for t in run.split("; "):
            m = re.fullmatch(r"[a-zA-Z ]+ £(\d+)\.(\d\d)", t)
            out.append(int(m.group(1)) * 100 + int(m.group(2)) - 250)
        return _chars(out)
    raise ValueError(name)
