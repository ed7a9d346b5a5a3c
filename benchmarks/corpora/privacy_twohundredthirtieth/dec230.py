"""Independent decoder for the 22 evasion encodings.

Written separately from enc230.py: it imports nothing from the encoder and no
base64 / binascii / codecs / unicodedata; every table is typed again here.
"""
import re


def _utf8(bs):
    return bytes(bs).decode("utf-8")


_LAT = {"unus": 1, "duo": 2, "tres": 3, "quattuor": 4, "quinque": 5, "sex": 6, "septem": 7,
        "octo": 8, "novem": 9, "decem": 10, "undecim": 11, "duodecim": 12, "tredecim": 13,
        "quattuordecim": 14, "quindecim": 15, "sedecim": 16, "septendecim": 17,
        "duodeviginti": 18, "undeviginti": 19, "viginti": 20, "triginta": 30,
        "quadraginta": 40, "quinquaginta": 50, "sexaginta": 60, "septuaginta": 70,
        "octoginta": 80, "nonaginta": 90, "centum": 100}

_SW = {"moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8,
       "tisa": 9, "kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50,
       "sitini": 60, "sabini": 70, "themanini": 80, "tisini": 90}

_MORSE_BACK = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0",
    ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9", "-....-": "-", "..--.-": "_", ".-.-.-": ".",
}

_A62 = "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz"
_INV17 = next(i for i in range(62) if (17 * i) % 62 == 1)
_B32H = "0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _ascii85(run):
    if not (run.startswith("<~") and run.endswith("~>")):
        raise ValueError("no Adobe frame")
    body = run[2:-2]
    out, group = [], []
    for ch in body:
        if ch == "z" and not group:
            out += [0, 0, 0, 0]
            continue
        o = ord(ch) - 33
        if not 0 <= o < 85:
            raise ValueError("bad ascii85 char")
        group.append(o)
        if len(group) == 5:
            n = 0
            for g in group:
                n = n * 85 + g
            out += [(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255]
            group = []
    if group:
        k = len(group)
        group += [84] * (5 - k)
        n = 0
        for g in group:
            n = n * 85 + g
        out += [(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255][:k - 1]
    return _utf8(out)


def _base32hex(run):
    body = run.rstrip("=")
    if len(run) % 8:
        raise ValueError("base32hex length")
    bits = "".join(format(_B32H.index(c), "05b") for c in body)
    nbytes = len(bits) // 8
    return _utf8(int(bits[i * 8:i * 8 + 8], 2) for i in range(nbytes))


def decode(name, run):
    if name == "maya_vigesimal_numerals":
        out = ""
        for grp in run.split(" "):
            n = 0
            for ch in grp:
                d = ord(ch) - 0x1D2E0
                if not 0 <= d < 20:
                    raise ValueError("not a Mayan numeral")
                n = n * 20 + d
            out += chr(n)
        return out
    if name == "latin_number_words":
        return "".join(chr(sum(_LAT[w] for w in grp.split())) for grp in run.split(", "))
    if name == "swahili_number_words":
        out = ""
        for grp in run.split(", "):
            toks = [t for t in grp.split() if t != "na"]
            n, i = 0, 0
            while i < len(toks):
                if toks[i] == "mia":
                    if toks[i + 1] != "moja":
                        raise ValueError("mia without moja")
                    n += 100
                    i += 2
                else:
                    n += _SW[toks[i]]
                    i += 1
            out += chr(n)
        return out
    if name == "braille_byte_cells":
        return _utf8(ord(ch) - 0x2800 for ch in run)
    if name == "morse_code_case_marked":
        out = ""
        for grp in run.split(" "):
            cap = grp.startswith("^")
            ch = _MORSE_BACK[grp.lstrip("^")]
            out += ch.upper() if cap else ch
        return out
    if name == "affine_cipher_mod62":
        return "".join(_A62[(_INV17 * (_A62.index(ch) - 29)) % 62] if ch in _A62 else ch for ch in run)
    if name == "keyed_columnar_transposition":
        key = "MERLOT"
        w = len(key)
        if len(run) % w:
            raise ValueError("length not a multiple of the key")
        h = len(run) // w
        order = sorted(range(w), key=lambda i: key[i])
        cols = {}
        for k, col in enumerate(order):
            cols[col] = run[k * h:(k + 1) * h]
        text = "".join(cols[c][r] for r in range(h) for c in range(w))
        return text.rstrip("~")
    if name == "ascii85_adobe_frame":
        return _ascii85(run)
    if name == "base32hex_extended_alphabet":
        return _base32hex(run)
    if name == "octal_byte_triplets":
        return _utf8(int(t, 8) for t in run.split(" "))
    if name == "chaff_interleave_keep_every_third":
        if len(run) % 3:
            raise ValueError("chaff length")
        return run[0::3]
    if name == "bcd_nibble_codes":
        out = ""
        for grp in run.split(" / "):
            digs = [int(n, 2) for n in grp.split(" ")]
            if len(digs) != 3 or any(d > 9 for d in digs):
                raise ValueError("bad BCD")
            out += chr(digs[0] * 100 + digs[1] * 10 + digs[2])
        return out
    if name == "factoradic_code_points":
        out = ""
        for grp in run.split(" "):
            d = [int(x) for x in grp.split(":")]
            if len(d) != 5 or d[1] > 3 or d[2] > 2 or d[3] > 1 or d[4] != 0:
                raise ValueError("bad factoradic digits")
            out += chr(d[0] * 24 + d[1] * 6 + d[2] * 2 + d[3])
        return out
    if name == "balanced_ternary_code_points":
        out = ""
        for grp in run.split(" "):
            n = 0
            for ch in grp:
                n = n * 3 + {"+": 1, "0": 0, "-": -1}[ch]
            out += chr(n)
        return out
    if name == "die_face_base6":
        out = ""
        for grp in run.split(" "):
            n = 0
            for ch in grp:
                d = ord(ch) - 0x2680
                if not 0 <= d < 6:
                    raise ValueError("not a die face")
                n = n * 6 + d
            out += chr(n)
        return out
    if name == "yijing_hexagram_sextets":
        bits = ""
        for ch in run:
            v = ord(ch) - 0x4DC0
            if not 0 <= v < 64:
                raise ValueError("not a hexagram")
            bits += format(v, "06b")
        n = len(bits) // 8
        return _utf8(int(bits[i * 8:i * 8 + 8], 2) for i in range(n))
    if name == "clock_time_minutes":
        out = ""
        for grp in run.split(" "):
            hh, mm = grp.split(":")
            out += chr(int(hh) * 60 + int(mm))
        return out
    if name == "ipv4_dotted_quad_bytes":
        bs = []
        for q in run.split(", "):
            parts = [int(x) for x in q.split(".")]
            if len(parts) != 4:
                raise ValueError("bad quad")
            bs += parts
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "brix_refractometer_readings":
        vals = re.findall(r"B\d+ (\d+)\.(\d) °Bx", run)
        if len(vals) != run.count(";") + 1:
            raise ValueError("brix count")
        return "".join(chr(int(a) * 10 + int(b)) for a, b in vals)
    if name == "vintage_year_cellar_list":
        vals = re.findall(r"[A-Z][a-z]+ (\d{4})", run)
        if len(vals) != run.count(",") + 1:
            raise ValueError("vintage count")
        return "".join(chr(int(y) - 1900) for y in vals)
    if name == "barrel_fill_litres":
        vals = re.findall(r"BRL-\d{3} (\d+) L", run)
        if len(vals) != run.count(";") + 1:
            raise ValueError("barrel count")
        return "".join(chr(int(v) - 100) for v in vals)
    if name == "total_so2_mg_per_litre":
        vals = re.findall(r"T\d\d (\d+) mg/L", run)
        if len(vals) != run.count(",") + 1:
            raise ValueError("so2 count")
        return "".join(chr(int(v)) for v in vals)
    raise KeyError(name)
