"""Decoder for the evasion runs. Written separately from enc239: imports nothing from it, and no
base64 / binascii / codecs / unicodedata; every table is retyped here."""
import re


def _bytes_to_text(bs):
    return bytes(bs).decode("utf-8")


def _it_table():
    units = "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove".split()
    tens = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90}
    table = {}
    for i, w in enumerate(units):
        table[w] = i
    for tw, tv in tens.items():
        table[tw] = tv
        for u in range(1, 10):
            uw = "tré" if u == 3 else units[u]
            stem = tw[:-1] if u in (1, 8) else tw
            table[stem + uw] = tv + u
    base = dict(table)
    table["cento"] = 100
    for w, v in base.items():
        if 0 < v < 100:
            table["cento" + ("tré" if v == 3 else w)] = 100 + v
    return table


_IT = _it_table()
_HOMO_BACK = {"\u0430": "a", "\u0441": "c", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0445": "x", "\u0443": "y",
              "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E",
              "\u041d": "H", "\u041a": "K", "\u041c": "M", "\u041e": "O", "\u0420": "P", "\u0422": "T", "\u0425": "X", "\u04ae": "Y"}
_NOTES = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}
_CON = "bdfghjklmnprstvz"
_VO = "aiou"


def _ham(cw):
    if not re.fullmatch(r"[01]{7}", cw):
        raise ValueError("bad codeword")
    p1, p2, d1, p3, d2, d3, d4 = (int(x) for x in cw)
    if p1 != d1 ^ d2 ^ d4 or p2 != d1 ^ d3 ^ d4 or p3 != d2 ^ d3 ^ d4:
        raise ValueError("parity")
    return d1 << 3 | d2 << 2 | d3 << 1 | d4


def decode(name, run):
    if name == "senary_code_points":
        out = []
        for g in run.split(" "):
            n = 0
            for d in g:
                if d not in "012345":
                    raise ValueError(d)
                n = n * 6 + int(d)
            out.append(chr(n))
        return "".join(out)
    if name == "thai_digit_code_points":
        return "".join(chr(int("".join(str(ord(d) - 0x0E50) for d in g))) for g in run.split(" "))
    if name == "italian_number_words":
        return "".join(chr(_IT[w]) for w in run.split(", "))
    if name == "bcd_nibble_code_points":
        out = []
        for g in run.split(" "):
            ds = [int(n, 2) for n in g.split(".")]
            if any(d > 9 for d in ds) or len(ds) != 3:
                raise ValueError("bcd")
            out.append(chr(ds[0] * 100 + ds[1] * 10 + ds[2]))
        return "".join(out)
    if name == "runic_letter_substitution":
        out = []
        for ch in run:
            o = ord(ch)
            if 0x16A0 <= o < 0x16BA:
                out.append(chr(97 + o - 0x16A0))
            elif 0x16BA <= o < 0x16D4:
                out.append(chr(65 + o - 0x16BA))
            elif 0x16D4 <= o < 0x16DE:
                out.append(chr(48 + o - 0x16D4))
            else:
                out.append(ch)
        return "".join(out)
    if name == "cyrillic_homoglyph_swap":
        return "".join(_HOMO_BACK.get(ch, ch) for ch in run)
    if name == "manchester_bit_pairs":
        bs = []
        for g in run.split(" "):
            bits = ""
            for i in range(0, 16, 2):
                pair = g[i:i + 2]
                bits += {"10": "1", "01": "0"}[pair]
            bs.append(int(bits, 2))
        return _bytes_to_text(bs)
    if name == "hamming_seven_four_nibbles":
        bs = []
        for g in run.split(" "):
            hi, lo = g.split(":")
            bs.append(_ham(hi) << 4 | _ham(lo))
        return _bytes_to_text(bs)
    if name == "proquint_words":
        bs = []
        for w in run.split("-"):
            v = (_CON.index(w[0]) << 12 | _VO.index(w[1]) << 10 | _CON.index(w[2]) << 6 |
                 _VO.index(w[3]) << 4 | _CON.index(w[4]))
            bs += [v >> 8, v & 255]
        if bs and bs[-1] == 0:
            bs.pop()
        return _bytes_to_text(bs)
    if name == "midi_note_names":
        out = []
        for g in run.split(" "):
            m = re.fullmatch(r"([A-G]#?)(-?\d+)", g)
            out.append(chr(_NOTES[m.group(1)] + 12 * (int(m.group(2)) + 1)))
        return "".join(out)
    if name == "tasting_note_acrostic":
        out = []
        for tok in run.split(" "):
            if re.fullmatch(r"\dg", tok):
                out.append(tok[0])
            elif tok in ("_", ".", "-"):
                out.append(tok)
            else:
                out.append(tok[0])
        return "".join(out)
    if name == "roast_log_bean_temperatures":
        return "".join(chr(int(t) - 100) for t in re.findall(r"BT (\d+)°C", run))
    if name == "green_moisture_permille":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r" (\d+)\.(\d)%", run))
    if name == "gongfu_steep_seconds":
        return "".join(chr(int(t)) for t in re.findall(r": (\d+) s", run))
    if name == "retail_bag_ean13_codes":
        digits = ""
        for code in run.split(" "):
            body, chk = code[:12], code[12]
            tot = 0
            for k, d in enumerate(body):
                tot += int(d) * (1 if k % 2 == 0 else 3)
            if (10 - tot % 10) % 10 != int(chk):
                raise ValueError("EAN check digit")
            digits += body
        out = []
        for i in range(0, len(digits), 3):
            n = int(digits[i:i + 3])
            if n:
                out.append(chr(n))
        return "".join(out)
    if name == "porta_cipher_keyword":
        key = "CREMA"
        out = []
        for i, ch in enumerate(run):
            sh = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(key[i % 5]) // 2
            if "a" <= ch <= "z" or "A" <= ch <= "Z":
                base = 97 if ch >= "a" else 65
                c = ord(ch) - base
                p = 13 + (c + sh) % 13 if c < 13 else (c - 13 - sh) % 13
                out.append(chr(base + p))
            elif "0" <= ch <= "9":
                out.append(str(9 - int(ch)))
            else:
                out.append(ch)
        return "".join(out)
    if name == "square_plus_remainder_code_points":
        out = []
        for g in run.split(" "):
            m = re.fullmatch(r"(\d+)²\+(\d+)", g)
            k, r = int(m.group(1)), int(m.group(2))
            if r > 2 * k:
                raise ValueError("not the largest square")
            out.append(chr(k * k + r))
        return "".join(out)
    if name == "mod257_inverse_bytes":
        bs = []
        for g in run.split(" "):
            y = int(g)
            x = next(x for x in range(1, 257) if (x * y) % 257 == 1)
            bs.append(x)
        return _bytes_to_text(bs)
    if name == "base100_emoji_bytes":
        return _bytes_to_text([ord(ch) - 0x1F3F7 for ch in run])
    if name == "big_endian_integer_decimal":
        n = int(run)
        bs = []
        while n:
            bs.append(n & 255)
            n >>= 8
        return _bytes_to_text(bs[::-1])
    if name == "bit_reversed_bytes_hex":
        bs = []
        for g in run.split("-"):
            v = int(g, 16)
            r = 0
            for _ in range(8):
                r = (r << 1) | (v & 1)
                v >>= 1
            bs.append(r)
        return _bytes_to_text(bs)
    if name == "letter_case_bit_stego":
        letters = [ch for ch in run if ("a" <= ch <= "z") or ("A" <= ch <= "Z")]
        if len(letters) % 8:
            raise ValueError("letters not a multiple of 8")
        bits = "".join("1" if "A" <= ch <= "Z" else "0" for ch in letters)
        return _bytes_to_text([int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)])
    raise ValueError("unknown encoding " + name)
