"""Decoders for the 22 evasion encodings.

Written separately from enc243.py: imports nothing from the encoder or common243 and
uses no base64 / binascii / codecs / unicodedata; every table is retyped here.
decode(name, run) -> plain string (raises ValueError on malformed input).
"""
import re

_DEV0 = 0x0966
_DA_UNITS = {"en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
             "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
             "sytten": 17, "atten": 18, "nitten": 19}
_DA_TENS = {"tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70,
            "firs": 80, "halvfems": 90}
_ID = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
       "sembilan": 9}
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_SMALLCAPS_BACK = {0x1D00: "a", 0x0299: "b", 0x1D04: "c", 0x1D05: "d", 0x1D07: "e", 0xA730: "f",
                   0x0262: "g", 0x029C: "h", 0x026A: "i", 0x1D0A: "j", 0x1D0B: "k", 0x029F: "l",
                   0x1D0D: "m", 0x0274: "n", 0x1D0F: "o", 0x1D18: "p", 0xA7AF: "q", 0x0280: "r",
                   0xA731: "s", 0x1D1B: "t", 0x1D1C: "u", 0x1D20: "v", 0x1D21: "w", 0x028F: "y",
                   0x1D22: "z"}
_MON = {"Jan": 0, "Feb": 31, "Mar": 59, "Apr": 90, "May": 120, "Jun": 151, "Jul": 181, "Aug": 212,
        "Sep": 243, "Oct": 273, "Nov": 304, "Dec": 334}
_MLEN = {"Jan": 31, "Feb": 28, "Mar": 31, "Apr": 30, "May": 31, "Jun": 30, "Jul": 31, "Aug": 31,
         "Sep": 30, "Oct": 31, "Nov": 30, "Dec": 31}
_BREED = {"merino": 0, "romney": 1, "texel": 2, "suffolk": 3, "dorper": 4, "cheviot": 5, "jacob": 6,
          "herdwick": 7, "swaledale": 8, "shetland": 9, "lincoln": 10, "corriedale": 11, "perendale": 12,
          "polwarth": 13, "coopworth": 14, "drysdale": 15}
_COUNT = {"nowt": 0, "yan": 1, "tyan": 2, "tethera": 3, "methera": 4, "pimp": 5, "sethera": 6, "lethera": 7,
          "hovera": 8, "dovera": 9, "dick": 10, "yan-a-dick": 11, "tyan-a-dick": 12, "tethera-dick": 13,
          "methera-dick": 14, "bumfit": 15, "yan-a-bumfit": 16, "tyan-a-bumfit": 17,
          "tethera-bumfit": 18, "methera-bumfit": 19}


def _chars(codes):
    codes = list(codes)
    for c in codes:
        if not 0 < c < 0x110000:
            raise ValueError("code out of range")
    return "".join(chr(c) for c in codes)


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _da(word):
    w = word.strip()
    if w.startswith("hundrede"):
        rest = w[len("hundrede"):]
        if rest == "":
            return 100
        if not rest.startswith(" og "):
            raise ValueError("danish hundred")
        return 100 + _da(rest[4:])
    if w in _DA_UNITS:
        return _DA_UNITS[w]
    if w in _DA_TENS:
        return _DA_TENS[w]
    m = re.fullmatch(r"([a-z]+)og([a-z]+)", w)
    if not m or m.group(1) not in _DA_UNITS or m.group(2) not in _DA_TENS or _DA_UNITS[m.group(1)] > 9:
        raise ValueError("danish: " + w)
    return _DA_UNITS[m.group(1)] + _DA_TENS[m.group(2)]


def _id(phrase):
    toks = phrase.split()
    n = 0
    if toks and toks[0] == "seratus":
        n = 100
        toks = toks[1:]
    if not toks:
        return n
    if toks == ["sepuluh"]:
        return n + 10
    if toks == ["sebelas"]:
        return n + 11
    if len(toks) == 2 and toks[1] == "belas":
        return n + 10 + _ID[toks[0]]
    if len(toks) >= 2 and toks[1] == "puluh":
        n += 10 * _ID[toks[0]]
        toks = toks[2:]
    if len(toks) == 1:
        return n + _ID[toks[0]]
    if toks:
        raise ValueError("indonesian")
    return n


def _b64dec(s):
    vals = [_B64.index(ch) for ch in s]
    bits = "".join(format(v, "06b") for v in vals)
    nbytes = len(bits) // 8
    return bytes(int(bits[i * 8:(i + 1) * 8], 2) for i in range(nbytes))


def decode(name, run):
    if name == "devanagari_digit_code_points":
        return _chars(int("".join(str(ord(ch) - _DEV0) for ch in tok)) for tok in run.split(" "))
    if name == "danish_vigesimal_number_words":
        return _chars(_da(t) for t in run.split(","))
    if name == "indonesian_number_words":
        return _chars(_id(t.strip()) for t in run.split(","))
    if name == "decimal_bignum_of_bytes":
        n = int(run)
        return _utf8(n.to_bytes((n.bit_length() + 7) // 8, "big"))
    if name == "utf7_forced_shift_sequence":
        if not (run.startswith("+") and run.endswith("-")):
            raise ValueError("utf7 frame")
        raw = _b64dec(run[1:-1])
        if len(raw) % 2:
            raise ValueError("utf16 length")
        return _chars(raw[i] * 256 + raw[i + 1] for i in range(0, len(raw), 2))
    if name == "deseret_letter_substitution":
        out = []
        for ch in run:
            o = ord(ch)
            if 0x10428 <= o < 0x10428 + 26:
                out.append(chr(97 + o - 0x10428))
            elif 0x10400 <= o < 0x10400 + 26:
                out.append(chr(65 + o - 0x10400))
            else:
                out.append(ch)
        return "".join(out)
    if name == "latin_small_capital_lookalikes":
        return "".join(_SMALLCAPS_BACK.get(ord(ch), ch) for ch in run)
    if name == "fleece_micron_test_results":
        return _chars(round(float(m) * 10) - 100 for m in re.findall(r"S-\d+ (\d+\.\d) µm", run))
    if name == "shearing_run_tallies":
        return _chars(int(t.split()[-1]) for t in run.split("|"))
    if name == "lambing_dates_day_of_year":
        codes = []
        for d, mon in re.findall(r"ewe \d+: (\d+) ([A-Z][a-z]{2})", run):
            if int(d) > _MLEN[mon]:
                raise ValueError("date")
            codes.append(_MON[mon] + int(d))
        return _chars(codes)
    if name == "wool_bale_weights_kg":
        return _chars(int(w) - 80 for w in re.findall(r"bale \d+: (\d+) kg", run))
    if name == "knit_purl_run_length_rows":
        bs = []
        for row in run.split(";"):
            body = row.split(":", 1)[1].split()
            bits = "".join(("0" if t[0] == "k" else "1") * int(t[1:]) for t in body)
            if len(bits) != 8:
                raise ValueError("row length")
            bs.append(int(bits, 2))
        return _utf8(bs)
    if name == "jacquard_punch_card_rows":
        bs = []
        for row in run.split("|"):
            r = row.strip()
            if len(r) != 8:
                raise ValueError("card row")
            bs.append(int("".join("1" if ch == "●" else "0" for ch in r), 2))
        return _utf8(bs)
    if name == "sheep_breed_nibble_codebook":
        bs = []
        for grp in run.split("/"):
            hi, lo = grp.split()
            bs.append(_BREED[hi] * 16 + _BREED[lo])
        return _utf8(bs)
    if name == "spreadsheet_char_formula":
        if not run.startswith("="):
            raise ValueError("formula")
        return _chars(int(x) for x in re.findall(r"CHAR\((\d+)\)", run))
    if name == "cantor_pairing_of_code_pairs":
        codes = []
        for tok in run.split():
            z = int(tok)
            w = int(((8 * z + 1) ** 0.5 - 1) // 2)
            while (w + 1) * (w + 2) // 2 <= z:
                w += 1
            while w * (w + 1) // 2 > z:
                w -= 1
            b = z - w * (w + 1) // 2
            codes += [w - b, b]
        if codes and codes[-1] == 0:
            codes.pop()
        return _chars(codes)
    if name == "residues_mod_7_11_13":
        codes = []
        for a, b, c in re.findall(r"\((\d+),(\d+),(\d+)\)", run):
            hits = [n for n in range(1001) if n % 7 == int(a) and n % 11 == int(b) and n % 13 == int(c)]
            codes.append(hits[0])
        return _chars(codes)
    if name == "delta_encoded_code_points":
        toks = run.split()
        cur = int(toks[0])
        codes = [cur]
        for t in toks[1:]:
            cur += int(t)
            codes.append(cur)
        return _chars(codes)
    if name == "hill_2x2_mod_128_pairs":
        codes = []
        for grp in run.split("/"):
            u, v = (int(x) for x in grp.split())
            codes += [(117 * u + 58 * v) % 128, (81 * u + 105 * v) % 128]
        if codes and codes[-1] == 0:
            codes.pop()
        return _chars(codes)
    if name == "yan_tan_tethera_sheep_count":
        codes = []
        for t in run.split(","):
            s, r = t.strip().split(" score ")
            codes.append(20 * _COUNT[s] + _COUNT[r])
        return _chars(codes)
    if name == "nonary_base_nine_code_points":
        return _chars(int(t, 9) for t in run.split())
    if name == "capitalisation_bit_steganography":
        bits = "".join("1" if ch.isupper() else "0" for ch in run if ch.isalpha())
        if len(bits) % 8:
            raise ValueError("bits")
        return _utf8(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    raise KeyError(name)
