"""Decoders for the p236 evasion records, written separately from enc236 (imports nothing from it;
no base64 / binascii / codecs / unicodedata; every table retyped)."""
import re


class DecodeError(ValueError):
    pass


_NATO_WORDS = ("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa "
               "quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu").split()
_NATO_BACK = {w: chr(97 + i) for i, w in enumerate(_NATO_WORDS)}
_ICAO_BACK = {"zero": "0", "one": "1", "two": "2", "tree": "3", "four": "4", "fife": "5", "six": "6",
              "seven": "7", "eight": "8", "niner": "9", "underscore": "_", "stop": ".", "dash": "-"}

_B91 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\""
_B91_BACK = {c: i for i, c in enumerate(_B91)}
_CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCK_BACK = {c: i for i, c in enumerate(_CROCK)}

_FR = {"zéro": 0, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
       "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
       "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100}

_HOPS = ("Amarillo Bravo Cascade Citra Columbus Ekuanot Fuggle Galaxy Hallertau Magnum Mosaic Nelson Saaz "
         "Simcoe Talus Willamette").split()
_HOPS_BACK = {h: i for i, h in enumerate(_HOPS)}
_SEG = {"abcdef": 0, "bc": 1, "abdeg": 2, "abcdg": 3, "bcfg": 4, "acdfg": 5, "acdefg": 6, "abc": 7,
        "abcdefg": 8, "abcdfg": 9, "abcefg": 10, "cdefg": 11, "adef": 12, "bcdeg": 13, "adefg": 14, "aefg": 15}
_HEXW = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ay": 10, "bee": 11, "cee": 12, "dee": 13, "ee": 14, "ef": 15}


def _utf8(bs):
    try:
        return bytes(bs).decode("utf-8")
    except UnicodeDecodeError as e:
        raise DecodeError(str(e))


def _chars(codes):
    for c in codes:
        if not 0 < c < 0x110000:
            raise DecodeError("code out of range")
    return "".join(chr(c) for c in codes)


def _french(words):
    w = words.replace("-", " ").replace(" et ", " ").split()
    total = 0
    i = 0
    if not w:
        raise DecodeError("empty")
    if w[0] == "cent":
        total = 100
        i = 1
    rest = w[i:]
    if rest[:2] == ["quatre", "vingt"] or rest[:2] == ["quatre", "vingts"]:
        total += 80
        rest = rest[2:]
    for x in rest:
        if x not in _FR:
            raise DecodeError("unknown French word %r" % x)
        total += _FR[x]
    return total


def _negabinary(s):
    if not re.fullmatch(r"[01]+", s):
        raise DecodeError("bad negabinary")
    v = 0
    for i, d in enumerate(reversed(s)):
        v += int(d) * (-2) ** i
    return v


def _base91(s):
    b = 0
    n = 0
    v = -1
    out = []
    for ch in s:
        if ch not in _B91_BACK:
            raise DecodeError("bad basE91 char")
        c = _B91_BACK[ch]
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
    if v >= 0:
        out.append((b | v << n) & 255)
    return bytes(out)


def _crock(s):
    bits = ""
    for ch in s:
        if ch not in _CROCK_BACK:
            raise DecodeError("bad Crockford char")
        bits += format(_CROCK_BACK[ch], "05b")
    cut = len(bits) - len(bits) % 8
    if "1" in bits[cut:]:
        raise DecodeError("non-zero padding")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, cut, 8))


def _beaufort(s, key="HOPS"):
    out = []
    for i, ch in enumerate(s):
        k = ord(key[i % 4]) - ord("A")
        if "a" <= ch <= "z":
            out.append(chr(ord("a") + (k - (ord(ch) - ord("a"))) % 26))
        elif "A" <= ch <= "Z":
            out.append(chr(ord("A") + (k - (ord(ch) - ord("A"))) % 26))
        elif "0" <= ch <= "9":
            out.append(str((k - int(ch)) % 10))
        else:
            out.append(ch)
    return "".join(out)


def _pairs_to_bytes(hexstr):
    if len(hexstr) % 2:
        raise DecodeError("odd hex")
    return bytes(int(hexstr[i:i + 2], 16) for i in range(0, len(hexstr), 2))


def decode(name, run):
    if name == "nato_phonetic_spelling":
        out = []
        for w in run.split(" "):
            if w in _NATO_BACK:
                out.append(_NATO_BACK[w])
            elif w.lower() in _NATO_BACK and w == w.upper():
                out.append(_NATO_BACK[w.lower()].upper())
            elif w in _ICAO_BACK:
                out.append(_ICAO_BACK[w])
            else:
                raise DecodeError("unknown word %r" % w)
        return "".join(out)
    if name == "baconian_ab_seven_bit":
        codes = []
        for g in run.split(" "):
            if not re.fullmatch(r"[ab]{7}", g):
                raise DecodeError("bad group")
            codes.append(int(g.replace("a", "0").replace("b", "1"), 2))
        return _chars(codes)
    if name == "base91_henke":
        return _utf8(_base91(run))
    if name == "crockford_base32":
        return _utf8(_crock(run))
    if name == "negabinary_code_points":
        return _chars([_negabinary(x) for x in run.split(" ")])
    if name == "egyptian_hieroglyph_numerals":
        codes = []
        for g in run.split(" "):
            if not re.fullmatch("\U00013362*\U00013386*\U000133FA*", g) or not g:
                raise DecodeError("bad hieroglyph group")
            codes.append(100 * g.count("\U00013362") + 10 * g.count("\U00013386") + g.count("\U000133FA"))
        return _chars(codes)
    if name == "aegean_number_signs":
        codes = []
        for g in run.split(" "):
            v = 0
            for ch in g:
                o = ord(ch)
                if o == 0x10119:
                    v += 100
                elif 0x10110 <= o <= 0x10118:
                    v += 10 * (o - 0x10110 + 1)
                elif 0x10107 <= o <= 0x1010F:
                    v += o - 0x10107 + 1
                else:
                    raise DecodeError("not an Aegean number sign")
            codes.append(v)
        return _chars(codes)
    if name == "kaktovik_vigesimal_numerals":
        codes = []
        for g in run.split(" "):
            v = 0
            for ch in g:
                d = ord(ch) - 0x1D2C0
                if not 0 <= d < 20:
                    raise DecodeError("not a Kaktovik digit")
                v = v * 20 + d
            codes.append(v)
        return _chars(codes)
    if name == "french_number_words":
        return _chars([_french(x.strip()) for x in run.split(",")])
    if name == "cherokee_letter_substitution":
        out = []
        for ch in run:
            o = ord(ch)
            if 0x13A0 <= o < 0x13A0 + 26:
                out.append(chr(ord("a") + o - 0x13A0))
            elif 0x13BA <= o < 0x13BA + 26:
                out.append(chr(ord("A") + o - 0x13BA))
            elif 0x13D4 <= o < 0x13D4 + 10:
                out.append(chr(ord("0") + o - 0x13D4))
            elif ch in "_.-":
                out.append(ch)
            else:
                raise DecodeError("unexpected character")
        return "".join(out)
    if name == "regional_indicator_letters":
        out = []
        for t in run.split(" "):
            if len(t) == 1 and 0x1F1E6 <= ord(t) <= 0x1F1FF:
                out.append(chr(ord("a") + ord(t) - 0x1F1E6))
            elif len(t) == 2 and t[0] == "^" and 0x1F1E6 <= ord(t[1]) <= 0x1F1FF:
                out.append(chr(ord("A") + ord(t[1]) - 0x1F1E6))
            elif len(t) == 3 and t[0] in "0123456789" and t[1:] == "\uFE0F\u20E3":
                out.append(t[0])
            elif t in ("_", ".", "-"):
                out.append(t)
            else:
                raise DecodeError("bad token")
        return "".join(out)
    if name == "ones_complement_hex_bytes":
        return _utf8(bytes(255 - int(x, 16) for x in run.split(" ")))
    if name == "mac_address_octets":
        bs = []
        for mac in run.split(", "):
            octs = mac.split(":")
            if len(octs) != 6:
                raise DecodeError("bad MAC")
            bs.extend(int(o, 16) for o in octs)
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "css_hex_colour_triplets":
        hx = ""
        for col in run.split(" "):
            if not re.fullmatch(r"#[0-9a-f]{6}", col):
                raise DecodeError("bad colour")
            hx += col[1:]
        bs = list(_pairs_to_bytes(hx))
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "beaufort_hops_keyword":
        return _beaufort(run)
    if name == "tap_list_abv_tenths":
        return _chars([int(a) * 10 + int(b) for a, b in re.findall(r"(\d+)\.(\d)%", run)])
    if name == "specific_gravity_points":
        return _chars([int(x) for x in re.findall(r"\b1\.(\d{3})\b", run)])
    if name == "hop_variety_nibbles":
        bs = []
        for pair in run.split(" / "):
            hi, lo = pair.split(" + ")
            bs.append(_HOPS_BACK[hi] * 16 + _HOPS_BACK[lo])
        return _utf8(bs)
    if name == "mash_step_fahrenheit":
        return _chars([int(x) - 60 for x in re.findall(r"(\d+)°F", run)])
    if name == "spelled_hex_digits":
        bs = []
        for grp in run.split(" | "):
            a, b = grp.split(" ")
            bs.append(_HEXW[a] * 16 + _HEXW[b])
        return _utf8(bs)
    if name == "prime_factorisation_code_points":
        codes = []
        for g in run.split(" "):
            v = 1
            for f in g.split("×"):
                if "^" in f:
                    p, e = f.split("^")
                    v *= int(p) ** int(e)
                else:
                    v *= int(f)
            codes.append(v)
        return _chars(codes)
    if name == "seven_segment_hex_nibbles":
        bs = []
        for grp in run.split(" "):
            a, b = grp.split("/")
            bs.append(_SEG[a] * 16 + _SEG[b])
        return _utf8(bs)
    raise DecodeError("unknown encoding %r" % name)
