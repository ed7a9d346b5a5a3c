"""Independent evasion decoders: get only the encoding name and the run. Imports nothing from enc200,
and no base64 / binascii / codecs."""
import re

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        if i + 1 < len(s) and _ROMAN[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _from_bal3(s):
    n = 0
    for ch in s:
        n = n * 3 + {"+": 1, "0": 0, "-": -1}[ch]
    return n


def _from_negabin(s):
    n = 0
    for ch in s:
        n = n * -2 + int(ch)
    return n


_KD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _from_kanji(s):
    total = 0
    cur = 0
    for ch in s:
        if ch in _KD:
            cur = _KD[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            raise ValueError(ch)
    return total + cur


_IT_U = {"uno": 1, "un": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9}
_IT_T = {"dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
         "diciassette": 17, "diciotto": 18, "diciannove": 19}
_IT_S = [("vent", 20), ("trent", 30), ("quarant", 40), ("cinquant", 50), ("sessant", 60), ("settant", 70), ("ottant", 80), ("novant", 90)]


def _from_italian(w):
    n = 0
    if w.startswith("cento"):
        n = 100
        w = w[5:]
    if not w:
        return n
    if w in _IT_T:
        return n + _IT_T[w]
    for stem, val in _IT_S:
        if w.startswith(stem):
            n += val
            w = w[len(stem):]
            if w in ("a", "i"):
                return n
            if w[:1] in ("a", "i") and w[1:] in _IT_U and w[1:] not in ("uno", "otto"):
                w = w[1:]
            return n + _IT_U[w]
    return n + _IT_U[w]


def _a85_decode(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = "".join(run[2:-2].split())
    out = bytearray()
    group = []
    for ch in body:
        if ch == "z" and not group:
            out += b"\0\0\0\0"
            continue
        group.append(ord(ch) - 33)
        if len(group) == 5:
            n = 0
            for d in group:
                n = n * 85 + d
            out += n.to_bytes(4, "big")
            group = []
    if group:
        k = len(group)
        group += [84] * (5 - k)
        n = 0
        for d in group:
            n = n * 85 + d
        out += n.to_bytes(4, "big")[:k - 1]
    return out.decode()


_A62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_INV5 = 25  # 5 * 25 = 125 = 2 * 62 + 1


def _columnar(run, key="MARQUE"):
    n = len(key)
    L = len(run)
    lengths = [L // n + (1 if i < L % n else 0) for i in range(n)]
    order = sorted(range(n), key=lambda i: key[i])
    cols = {}
    pos = 0
    for i in order:
        cols[i] = run[pos:pos + lengths[i]]
        pos += lengths[i]
    out = []
    for r in range(max(lengths)):
        for i in range(n):
            if r < len(cols[i]):
                out.append(cols[i][r])
    return "".join(out)


def _rail(run, rails=3):
    L = len(run)
    pattern = []
    r, step = 0, 1
    for _ in range(L):
        pattern.append(r)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    counts = [pattern.count(i) for i in range(rails)]
    pieces = []
    pos = 0
    for c in counts:
        pieces.append(list(run[pos:pos + c]))
        pos += c
    return "".join(pieces[p].pop(0) for p in pattern)


def decode(name, run):
    if name == "roman_numeral_code_points":
        return "".join(chr(_from_roman(t)) for t in run.split(" "))
    if name == "balanced_ternary_code_points":
        return "".join(chr(_from_bal3(t)) for t in run.split(" "))
    if name == "negabinary_code_points":
        return "".join(chr(_from_negabin(t)) for t in run.split(" "))
    if name == "kanji_numeral_code_points":
        return "".join(chr(_from_kanji(t)) for t in run.split("、"))
    if name == "html_decimal_character_references":
        return "".join(chr(int(m)) for m in re.findall(r"&#(\d+);", run))
    if name == "percent_encoded_every_byte":
        return bytes(int(m, 16) for m in re.findall(r"%([0-9A-Fa-f]{2})", run)).decode()
    if name == "binary_coded_decimal_nibbles":
        out = []
        for g in run.split(" "):
            digits = [int(g[i:i + 4], 2) for i in range(0, len(g), 4)]
            out.append(chr(digits[0] * 100 + digits[1] * 10 + digits[2]))
        return "".join(out)
    if name == "rail_fence_three_rails":
        return _rail(run)
    if name == "atbash_mirrored_alphanumerics":
        out = []
        for ch in run:
            o = ord(ch)
            if 65 <= o <= 90:
                out.append(chr(155 - o))
            elif 97 <= o <= 122:
                out.append(chr(219 - o))
            elif 48 <= o <= 57:
                out.append(chr(105 - o))
            else:
                out.append(ch)
        return "".join(out)
    if name == "affine_cipher_over_62_symbols":
        return "".join(_A62[(_INV5 * (_A62.index(ch) - 17)) % 62] if ch in _A62 else ch for ch in run)
    if name == "columnar_transposition_keyword_marque":
        return _columnar(run)
    if name == "fullwidth_latin_forms":
        return "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in run)
    if name == "mathematical_monospace_alphanumerics":
        out = []
        for ch in run:
            o = ord(ch)
            if 0x1D670 <= o < 0x1D670 + 26:
                out.append(chr(65 + o - 0x1D670))
            elif 0x1D68A <= o < 0x1D68A + 26:
                out.append(chr(97 + o - 0x1D68A))
            elif 0x1D7F6 <= o < 0x1D7F6 + 10:
                out.append(chr(48 + o - 0x1D7F6))
            else:
                out.append(ch)
        return "".join(out)
    if name == "braille_pattern_byte_cells":
        return bytes(ord(ch) - 0x2800 for ch in run).decode()
    if name == "italian_number_words":
        return "".join(chr(_from_italian(w.strip())) for w in run.split(","))
    if name == "decoy_letter_every_other_position":
        return run[0::2]
    if name == "ascii85_adobe_frame":
        return _a85_decode(run)
    if name == "marque_model_year_list":
        return "".join(chr(int(y) - 1900) for y in re.findall(r"(?:^|; )(\d{4}) ", run))
    if name == "paint_tinter_gram_weights":
        return "".join(chr(int(g)) for g in re.findall(r"(\d+) g(?: \||$)", run))
    if name == "torque_wrench_settings_lbft":
        return "".join(chr(int(g)) for g in re.findall(r"(\d+) lb ft", run))
    if name == "auction_hammer_prices_hundreds":
        return "".join(chr(int(g.replace(",", "")) // 100) for g in re.findall(r"£([\d,]+)", run))
    if name == "concours_points_out_of_150":
        return "".join(chr(int(g)) for g in re.findall(r": (\d+)/150", run))
    raise KeyError(name)
